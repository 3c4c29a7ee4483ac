"""Files written whole or not at all: an export, an imported agenda.

The data goes to a temporary file beside the target, reaches the disk, and is renamed over
it, so a reader (or a crash) never sees half a file and a failure leaves nothing behind.
The temporary file is made with the permissions any new file gets here (the umask's), not
a private one: an agenda or a run sheet is for the colleagues who share the folder.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path


def write_whole(path: Path, data: bytes) -> None:
    """Put `data` at `path`, whole or not at all. OSError if it cannot be written."""
    path = Path(path)
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(6)}.part")
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    handle = os.open(temporary, flags, 0o666)  # less what the umask takes away
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
