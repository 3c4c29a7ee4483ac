"""Where the files that ship with the app are: inside an installed wheel, or in a checkout."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
EXAMPLE_AGENDA = "wipo-ip-frontier-2024.yaml"


def bundled_dir(name: str) -> Path:
    """`agendas` or `assets`: the wheel carries them in runofshow/_bundled, a source
    checkout has them at the top of the repository."""
    installed = _PACKAGE / "_bundled" / name
    return installed if installed.is_dir() else _PACKAGE.parent / name


def example_agenda() -> Path:
    return bundled_dir("agendas") / EXAMPLE_AGENDA
