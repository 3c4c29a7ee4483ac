"""OSC messages as remote actions (docs/remote.md, "OSC").

`osc_action(address, args)` turns what a control surface sends, `/runofshow/extend 5`,
into the JSON action the HTTP API takes, `{"do": "extend", "minutes": 5}`. It only
reshapes: whether the action is sound (a known session, whole minutes, a message's
length) is `runofshow.remote.parse_action`'s to say, as for every other device, so there
is one set of rules. No I/O and no OSC library here: the arguments are the Python values
an OSC parser gives (int, float, str, bool, None, bytes, lists).
"""

from __future__ import annotations

from collections.abc import Sequence

from runofshow.remote import REMOTE_ACTIONS, RemoteError

PREFIX = "/runofshow/"
ADDRESSES = tuple(PREFIX + kind for kind in REMOTE_ACTIONS)
BUTTON_ACTIONS = ("next", "end", "undo", "redo")  # no argument, or a button's 1 / 0
SESSION_ACTIONS = ("start", "skip", "unskip")
PATTERN_CHARACTERS = frozenset("*?[]{}")
MAX_QUOTED = 60  # how much of a sender's address an error repeats


def _quoted(address: str) -> str:
    return repr(address if len(address) <= MAX_QUOTED else address[:MAX_QUOTED] + "…")


def _is_switch(value: object) -> bool:
    """True, False, 1 or 0 (an int or a float): what buttons and toggles send."""
    return isinstance(value, bool) or (isinstance(value, int | float) and value in (0, 1))


def _switch(value: object, words: str) -> bool:
    if not _is_switch(value):
        raise RemoteError(words)
    return bool(value)


def osc_action(address: str, args: Sequence[object]) -> dict | None:
    """The action an OSC message asks for, as parse_action takes it; None when it asks
    for nothing (a button's release); RemoteError, in words for the sender, when it is
    not one of ours.

    A button on a control surface often sends 1 when pressed and 0 when released, so the
    actions without arguments (next, end, undo, redo) act on no argument or a single 1
    (or true) and ignore a single 0 (or false): a press then acts once."""
    if any(character in PATTERN_CHARACTERS for character in address):
        raise RemoteError(f"address patterns ({_quoted(address)}) are not taken; send one of "
                          + ", ".join(ADDRESSES))
    kind = address.removeprefix(PREFIX)
    if not address.startswith(PREFIX) or kind not in REMOTE_ACTIONS:
        raise RemoteError(f"unknown address {_quoted(address)}; known: {', '.join(ADDRESSES)}")
    args = list(args)
    if kind in BUTTON_ACTIONS:
        if not args:
            return {"do": kind}
        if len(args) == 1 and _is_switch(args[0]):
            return {"do": kind} if args[0] else None
        raise RemoteError(f"{address} takes no argument (or a button's 1 and 0)")
    if kind in SESSION_ACTIONS:
        if len(args) != 1:
            raise RemoteError(f"{address} takes a session id, e.g. {address} d1-panel-2")
        return {"do": kind, "session": args[0]}
    if kind == "extend":
        if len(args) == 1:
            return {"do": kind, "minutes": args[0]}
        if len(args) == 2:
            return {"do": kind, "session": args[0], "minutes": args[1]}
        raise RemoteError(f"{address} takes minutes (5, or -5 to compress), or a session id "
                          "and minutes")
    if kind == "message":
        if len(args) > 2:
            raise RemoteError(f"{address} takes the text, and 1 to make it blink")
        action = {"do": kind, "text": args[0] if args else ""}
        if len(args) == 2:
            action["blink"] = _switch(args[1], f"{address}: blink is 1 (blink) or 0 (steady)")
        return action
    if kind == "blackout":
        words = f"{address} takes 1 (black out the projector) or 0 (show it again)"
        if len(args) != 1:
            raise RemoteError(words)
        return {"do": kind, "on": _switch(args[0], words)}
    raise RemoteError(f"{address} is not taken over OSC")  # an action added to the API alone
