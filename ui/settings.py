"""This computer's preferences, kept between launches with QSettings: the projector's
screen and fullscreen, the speech volume, rate and voices, the rehearsal speed, the
interface language, the windows' places, the Remote and OSC switches, and the venue's
broker, event, room and certificate authority set in the console's Venue menu, with whether
the room was publishing (never a broker's password: it comes from RUNOFSHOW_BROKER_PASSWORD,
or is typed in the console for one run).

Which wins, from first to last:
1. the command line (--serve, --osc, --lang, --broker, a clock given by a test): for this
   run only, never written here;
2. the show's own state (runofshow/display_state.py, beside its journal): a reopened show
   looks as it was left, blackout and message included (those belong to the show alone);
3. these settings: a new show on this computer (or one started afresh) gets the projector on
   the screen chosen last time, the windows where they were, the last rehearsal speed;
   speech, the Remote switch and the venue's publishing always come from here (the show
   keeps none of them);
4. the defaults.

What is not kept, on purpose: "Allow the venue network" and the OSC host. A server switched
on last time starts again, but on this computer only (loopback): a laptop carried to another
network must not be reachable from it before the technician says so. Nor is "Mute all"
kept (a show must not start silent without anyone deciding it), nor a paused rehearsal's
speed 0 (pausing is a moment's state, not a preference).

Reads are type-safe: QSettings gives strings back from an INI file (and other types from
the Windows registry or a macOS plist), so each value is converted and checked; a bad one
is logged and the default is used instead. A failure to write costs only the preference.

Where: QSettings' own place for organisation and application "runofshow" (the registry on
Windows, a plist on macOS, ~/.config/runofshow/runofshow.conf on Linux), or
settings.ini in RUNOFSHOW_CONFIG_DIR when that is set, as the tests set it for every test.
"""

from __future__ import annotations

import logging
import math
import os
import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QRect, QSettings
from PySide6.QtGui import QGuiApplication

if TYPE_CHECKING:
    from runofshow.display_state import DisplayState
    from runofshow.show import Show
    from runofshow.venue import VenueOptions
    from ui.controller import ShowController

log = logging.getLogger(__name__)
ORGANISATION = APPLICATION = "runofshow"
FILE_NAME = "settings.ini"  # in RUNOFSHOW_CONFIG_DIR
WINDOWS = ("chair", "console", "projector")
LANGUAGE_CODE = re.compile(r"[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*")
_TRUE, _FALSE = ("true", "1", "yes", "on"), ("false", "0", "no", "off")
_UNUSABLE = object()


def _store() -> QSettings:
    folder = os.environ.get("RUNOFSHOW_CONFIG_DIR")
    if folder:
        return QSettings(str(Path(folder) / FILE_NAME), QSettings.Format.IniFormat)
    return QSettings(ORGANISATION, APPLICATION)


def _to_bool(raw: Any) -> bool:
    if isinstance(raw, bool):
        return raw
    text = str(raw).strip().lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise ValueError(raw)


def _to_int(raw: Any) -> int:
    if isinstance(raw, bool):
        raise ValueError(raw)
    return int(str(raw).strip())


def _to_float(raw: Any) -> float:
    if isinstance(raw, bool):
        raise ValueError(raw)
    value = float(str(raw).strip())
    if not math.isfinite(value):
        raise ValueError(raw)
    return value


def _to_place(raw: Any) -> list[int]:
    """"x,y,w,h" (a string, so every platform's store gives the same back)."""
    parts = [int(part) for part in str(raw).split(",")]
    if len(parts) != 4 or parts[2] <= 0 or parts[3] <= 0:
        raise ValueError(raw)
    return parts


def _text(value: Any) -> str:
    return ("true" if value else "false") if isinstance(value, bool) else str(value)


class Settings:
    """Typed reads and writes of the preferences. Each read gives a usable value or the
    default (with a log line for a bad stored one); writing the value already stored writes
    nothing, so an app that only restores never creates the file."""

    def __init__(self, store: QSettings | None = None):
        self.store = store if store is not None else _store()

    # -- reading and writing -----------------------------------------------------------
    def _read(self, key: str, convert: Callable[[Any], Any], default: Any,
              valid: Callable[[Any], bool] = lambda _value: True) -> Any:
        if not self.store.contains(key):
            return default
        raw = self.store.value(key)
        try:
            value = convert(raw)
        except (TypeError, ValueError):
            value = _UNUSABLE
        if value is _UNUSABLE or not valid(value):
            log.warning("setting %r is %r in %s, which is not usable: using %r", key, raw,
                        self.store.fileName(), default)
            return default
        return value

    def _write(self, key: str, value: Any, default: Any = None) -> None:
        """Nothing is written when the value is the stored one, or the default and none is
        stored (a control set to what it shows, at start, writes no file)."""
        text = _text(value)
        if self.store.contains(key):
            if _text(self.store.value(key)) == text:
                return
        elif default is not None and text == _text(default):
            return
        self.store.setValue(key, text)

    def sync(self) -> None:
        """Write now (QSettings also writes on its own, from the event loop and at exit)."""
        self.store.sync()
        if self.store.status() != QSettings.Status.NoError:
            log.warning("could not write the settings to %s (%s)", self.store.fileName(),
                        self.store.status().name)

    # -- the projector ------------------------------------------------------------------
    def projector_screen(self) -> str | None:
        """The screen's name the projector was last put on; None: automatic (or never
        chosen). A name may be "" (the offscreen platform's screen), so None is no key."""
        return self._read("projector/screen", str, None)

    def set_projector_screen(self, name: str | None) -> None:
        if name is None:
            self.store.remove("projector/screen")
        else:
            self._write("projector/screen", name)

    def fullscreen(self) -> bool:
        return self._read("projector/fullscreen", _to_bool, True)

    def set_fullscreen(self, on: bool) -> None:
        self._write("projector/fullscreen", bool(on), default=True)

    # -- speech -------------------------------------------------------------------------
    def speech_volume(self) -> float:
        """0..1."""
        return self._read("speech/volume", _to_float, 1.0, lambda v: 0.0 <= v <= 1.0)

    def set_speech_volume(self, volume: float) -> None:
        self._write("speech/volume", round(float(volume), 3), default=1.0)

    def speech_rate(self) -> int | None:
        """Words per minute; None: the announcer's own default."""
        return self._read("speech/rate", _to_int, None, lambda v: 0 < v <= 1000)

    def set_speech_rate(self, rate: int) -> None:
        self._write("speech/rate", int(rate))

    def voice(self, language: str) -> str | None:
        """The voice id chosen for a language (e.g. "roa/fr"); None: the app picks one."""
        return self._read(f"speech/voices/{_key(language)}", str, None) or None

    def set_voice(self, language: str, voice_id: str | None) -> None:
        key = f"speech/voices/{_key(language)}"
        if voice_id:
            self._write(key, voice_id)
        else:
            self.store.remove(key)

    def voices(self) -> dict[str, str]:
        """Every chosen voice, by language code."""
        self.store.beginGroup("speech/voices")
        languages = self.store.childKeys()
        self.store.endGroup()
        chosen = {language: self.voice(language) for language in languages}
        return {language: voice for language, voice in chosen.items() if voice}

    def speech_options(self) -> dict[str, Any]:
        """What an Announcer is made with (ui.speech.Announcer's keywords)."""
        options: dict[str, Any] = {"volume": self.speech_volume(), "voices": self.voices()}
        rate = self.speech_rate()
        if rate is not None:
            options["rate"] = rate
        return options

    # -- the rehearsal clock --------------------------------------------------------------
    def rehearsal_speed(self) -> float | None:
        """The speed a rehearsal last ran at; None: never set."""
        return self._read("rehearsal/speed", _to_float, None, lambda v: 0 < v <= 10_000)

    def set_rehearsal_speed(self, speed: float) -> None:
        if speed > 0:  # a pause is not a preference
            self._write("rehearsal/speed", float(speed))

    # -- the interface language ------------------------------------------------------------
    def language(self) -> str | None:
        """The interface language chosen in the app ("fr", "zh_CN"); None: the system's."""
        return self._read("language", str, None, lambda v: bool(LANGUAGE_CODE.fullmatch(v)))

    def set_language(self, code: str | None) -> None:
        if not code:
            self.store.remove("language")
        elif not LANGUAGE_CODE.fullmatch(code):
            raise ValueError(f"not a language code: {code!r}")
        else:
            self._write("language", code)

    # -- the windows' places --------------------------------------------------------------
    def window_place(self, name: str) -> list[int] | None:
        """Where a window was left (x, y, w, h), if that is still on a connected screen."""
        place = self._read(f"windows/{name}", _to_place, None)
        if place is not None and not on_a_screen(place):
            log.info("window %s was left at %s, on no screen connected now: placed afresh",
                     name, place)
            return None
        return place

    def set_window_place(self, name: str, place: list[int]) -> None:
        self._write(f"windows/{name}", ",".join(str(int(n)) for n in place))

    # -- Remote and OSC -------------------------------------------------------------------
    def server_on(self, kind: str) -> bool:
        """Was the "remote" (HTTP) or "osc" server switched on when last left?"""
        return self._read(f"{kind}/on", _to_bool, False)

    def set_server_on(self, kind: str, on: bool) -> None:
        self._write(f"{kind}/on", bool(on), default=False)

    def server_port(self, kind: str) -> int | None:
        return self._read(f"{kind}/port", _to_int, None, lambda v: 1 <= v <= 65535)

    def set_server_port(self, kind: str, port: int) -> None:
        self._write(f"{kind}/port", int(port))

    # -- the venue: this room published to the broker (ui/venue_menu.py) --------------------
    def venue(self) -> VenueOptions | None:
        """The broker, event, room and certificate authority last set in the console's Venue
        menu; None if never set, or if the broker kept is not usable (logged). The address
        has no password: none is ever kept."""
        if not self.store.contains("venue/broker"):
            return None
        # the venue's core only now: a computer that never set a broker never reads it
        from runofshow.venue import DEFAULT_EVENT, VenueOptions, check_name, parse_broker_url

        address = self._read("venue/broker", lambda raw: parse_broker_url(str(raw)), None,
                             lambda found: found.password is None)
        if address is None:
            return None
        room = self._read("venue/room", lambda raw: check_name("room", str(raw)), None)
        event = self._read("venue/event", lambda raw: check_name("event", str(raw)), DEFAULT_EVENT)
        return VenueOptions(address, room, event, self._read("venue/ca_file", str, None) or None)

    def set_venue(self, venue: VenueOptions) -> None:
        """Keep the console's choice, without the broker's password."""
        from runofshow.venue import url_without_password

        self._write("venue/broker", url_without_password(venue.address))
        if venue.room is not None:
            self._write("venue/room", venue.room)
        self._write("venue/event", venue.event)
        if venue.ca_file:
            self._write("venue/ca_file", venue.ca_file)
        else:
            self.store.remove("venue/ca_file")

    def overview_choice(self) -> tuple[str, str] | None:
        """The broker address (without password) and event last given for the venue
        overview on this computer, to offer again; None if never given."""
        broker, event = self._read("overview/broker", _text, ""), self._read("overview/event", _text, "")
        return (broker, event) if broker and event else None

    def set_overview_choice(self, venue: VenueOptions) -> None:
        from runofshow.venue import url_without_password

        self._write("overview/broker", url_without_password(venue.address))
        self._write("overview/event", venue.event)

    def venue_publishing(self) -> bool:
        """Was this room publishing to the venue's broker when last left?"""
        return self._read("venue/publishing", _to_bool, False)

    def set_venue_publishing(self, on: bool) -> None:
        self._write("venue/publishing", bool(on), default=False)

    # -- a show ---------------------------------------------------------------------------
    def apply_to_new_show(self, show: Show, fresh: bool, clock_given: bool = False) -> bool:
        """A show with no screens' state of its own (new here, or started afresh) takes
        this computer's: the projector's screen and fullscreen, the windows' places and a
        rehearsal's speed (unless the caller gave the clock). A reopened show keeps its
        own. True if applied."""
        own = not fresh and show.display_path is not None and show.display_path.exists()
        if own:
            return False
        display = show.display
        display.projector_screen = self.projector_screen()
        display.fullscreen = self.fullscreen()
        for name in WINDOWS:
            place = self.window_place(name)
            if place is not None:
                display.windows[name] = place
        speed = self.rehearsal_speed()
        if speed is not None and show.clock.simulated and not clock_given:
            show.clock.set_speed(speed)
            display.speed = speed
        return True

    def follow(self, controller: ShowController) -> None:
        """Keep what the technician changes in the screens' settings from now on: the
        projector's screen, fullscreen, a rehearsal's speed (not blackout nor the message,
        which belong to the show). Only what changed is written: a reopened show's own
        screen does not become this computer's until the technician picks one."""
        seen = _screens(controller.display, controller.clock.speed)

        def changed() -> None:
            nonlocal seen
            now = _screens(controller.display, controller.clock.speed)
            if now[0] != seen[0]:
                self.set_projector_screen(now[0])
            if now[1] != seen[1]:
                self.set_fullscreen(now[1])
            if now[2] != seen[2] and controller.clock.simulated:
                self.set_rehearsal_speed(now[2])
            seen = now

        controller.display_changed.connect(changed)

    def keep_window_places(self, places: dict[str, list[int]]) -> None:
        for name, place in places.items():
            if name in WINDOWS and len(place) == 4:
                self.set_window_place(name, place)
        self.sync()


def _screens(display: DisplayState, speed: float) -> tuple[str | None, bool, float]:
    return display.projector_screen, display.fullscreen, speed


def _key(language: str) -> str:
    """A language code as a settings key: lower case, "-" (QSettings keeps "/" for groups)."""
    return language.strip().lower().replace("_", "-").replace("/", "-")


def on_a_screen(place: list[int]) -> bool:
    """The window's centre is on a connected screen (else it would open out of sight)."""
    x, y, width, height = place
    centre = QRect(x, y, width, height).center()
    return any(screen.geometry().contains(centre) for screen in QGuiApplication.screens())


def remembered_server(settings: Settings, kind: str, host: str, default_port: int) -> tuple[str, int] | None:
    """Where to start the "remote" or "osc" server at launch, if it was left switched on:
    `host` (this computer only: the venue network is never opened by a memory) and the
    port it was left on."""
    if not settings.server_on(kind):
        return None
    return host, settings.server_port(kind) or default_port


def remembered_venue(settings: Settings) -> VenueOptions | None:
    """What the app starts with when the command line names no broker: the one set in the
    console, for the overview, with its room if that was publishing when left (it then
    publishes again, as with --broker --room); else no room (nothing is published)."""
    venue = settings.venue()
    if venue is None or (venue.room is not None and settings.venue_publishing()):
        return venue
    return replace(venue, room=None)


def follow_remote_panel(settings: Settings, panel) -> None:
    """Keep what the technician sets in the Remote panel (ui/remote_panel.py) and its OSC
    row: each switch and port. Only the technician's own changes are kept (the panels
    block their signals when they show what --serve or --osc did, which is for one run)."""
    rows = [("remote", panel)]
    if panel.osc_panel is not None:
        rows.append(("osc", panel.osc_panel))
    for kind, row in rows:
        port = settings.server_port(kind)
        if port is not None and not row.server.running:
            row.port.setValue(port)
        row.switch.toggled.connect(lambda on, kind=kind: settings.set_server_on(kind, on))
        row.port.editingFinished.connect(
            lambda kind=kind, row=row: settings.set_server_port(kind, row.port.value()))
