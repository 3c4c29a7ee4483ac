"""The remote server's two tokens: the control token may act, the view token may only watch.

They are made on first use (secrets.token_urlsafe) and kept in the user's config folder,
`<config>/runofshow/tokens.json` (RUNOFSHOW_CONFIG_DIR overrides the folder, as tests do),
written atomically and readable by the user only: a Stream Deck set up once keeps working
show after show. The console can replace either; `--token` sets the control token for one
run without writing it.

`role_of` is what the server asks of every request. It is called on the server's thread
while the console may replace a token on the Qt thread: the pair is one immutable value,
swapped whole. Nothing is read or written before the tokens are first asked for.
"""

from __future__ import annotations

import hmac
import json
import logging
import os
import secrets
import threading
from dataclasses import dataclass, replace
from pathlib import Path

import platformdirs

log = logging.getLogger(__name__)
CONTROL, VIEW = "control", "view"
ROLES = (CONTROL, VIEW)
TOKEN_BYTES = 24  # 32 URL-safe characters: short enough for a QR code, far beyond guessing
MAX_TOKEN_CHARS = 200


def config_dir() -> Path:
    """The folder of the user's settings for runofshow."""
    override = os.environ.get("RUNOFSHOW_CONFIG_DIR")
    return Path(override) if override else Path(platformdirs.user_config_dir("runofshow", False))


def tokens_path() -> Path:
    return config_dir() / "tokens.json"


def new_token() -> str:
    return secrets.token_urlsafe(TOKEN_BYTES)


def token_problem(token: str) -> str | None:
    """Why `token` cannot be a token (given with --token), or None. It travels in a URL and
    an HTTP header: visible ASCII only, no spaces."""
    if not token:
        return "the token is empty"
    if len(token) > MAX_TOKEN_CHARS:
        return f"the token is longer than {MAX_TOKEN_CHARS} characters"
    if not all("!" <= char <= "~" for char in token):
        return "a token is letters, digits and punctuation only (no spaces, ASCII)"
    return None


@dataclass(frozen=True)
class _Pair:
    control: str
    view: str


class Tokens:
    """The two tokens of this computer, read from (and kept in) `path`, on first use: an
    app that never serves (or a test) never writes the user's config folder."""

    def __init__(self, path: Path | None = None, control: str | None = None):
        """The tokens kept at `path` (default: the config folder); any that is missing is
        made and kept on first use. `control` (the --token option) replaces the control
        token for as long as this object lives, and is not written."""
        self.path = path or tokens_path()
        self.problem: str | None = None  # why the tokens could not be kept, in words
        self._given = control
        self._kept: _Pair | None = None
        self._pair: _Pair | None = None
        self._loading = threading.Lock()

    def _current(self) -> _Pair:
        if self._pair is None:
            with self._loading:
                if self._pair is None:
                    self._load()
        return self._pair

    def _load(self) -> None:
        kept = self._read()
        pair = _Pair(kept.get(CONTROL) or new_token(), kept.get(VIEW) or new_token())
        if (pair.control, pair.view) != (kept.get(CONTROL), kept.get(VIEW)):
            try:
                self._write(pair)
            except OSError as exc:  # they still work for this run; the console says why not kept
                log.warning("the tokens cannot be kept in %s: %s", self.path, exc)
                self.problem = f"the tokens cannot be kept in {self.path} ({exc.strerror or exc})"
        self._kept = pair
        self._pair = pair if self._given is None else replace(pair, control=self._given)

    def load(self) -> None:
        """Read the tokens now (made and kept, the first time)."""
        self._current()

    @property
    def control(self) -> str:
        return self._current().control

    @property
    def view(self) -> str:
        return self._current().view

    @property
    def control_overridden(self) -> bool:
        """Whether the control token is the one given on the command line (not kept)."""
        return self._current().control != self._kept.control

    def role_of(self, token: str | None) -> str | None:
        """CONTROL, VIEW or None for a token a request brought. Compared in constant time
        with both tokens, whatever the answer, so the time taken tells nothing."""
        if not token:
            return None
        given = token.encode("utf-8", "surrogatepass")
        pair = self._current()
        is_control = hmac.compare_digest(given, pair.control.encode())
        is_view = hmac.compare_digest(given, pair.view.encode())
        return CONTROL if is_control else VIEW if is_view else None

    def replace(self, role: str) -> str:
        """A new token for `role`, kept on disk; the old one stops working at once."""
        if role not in ROLES:
            raise ValueError(f"no token for {role!r}")
        current = self._current()
        token = new_token()
        kept = replace(self._kept, **{role: token})
        self._write(kept)  # raises OSError: the old token then stays, said by the caller
        self.problem = None
        self._kept = kept
        self._pair = replace(current, **{role: token})
        return token

    def _read(self) -> dict[str, str]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as exc:
            log.warning("the tokens in %s cannot be read (%s); new ones are made", self.path, exc)
            return {}
        if not isinstance(data, dict):
            return {}
        return {role: data[role] for role in ROLES
                if isinstance(data.get(role), str) and token_problem(data[role]) is None}

    def _write(self, pair: _Pair) -> None:
        """Atomically (a crash leaves the old file or the new one), readable by the user
        only: whoever reads it can drive the show."""
        folder = self.path.parent
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        temporary = self.path.with_suffix(".tmp")
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as file:
            json.dump({CONTROL: pair.control, VIEW: pair.view}, file, indent=1)
            file.flush()
            os.fsync(file.fileno())
        os.chmod(temporary, 0o600)  # O_CREAT's mode does not apply to a file left by a crash
        os.replace(temporary, self.path)
