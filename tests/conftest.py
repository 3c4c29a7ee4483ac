"""Shared test helpers. Qt runs offscreen in every test (set here, not by hand)."""

from __future__ import annotations

import os
import textwrap
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from runofshow.loader import load_agenda
from runofshow.model import Agenda

REPO = Path(__file__).resolve().parent.parent
WIPO = REPO / "agendas" / "wipo-ip-frontier-2024.yaml"
ZURICH = ZoneInfo("Europe/Zurich")


def zurich(day: int, hhmm: str, month: int = 3, year: int = 2024, second: int = 0) -> datetime:
    hour, minute = (int(x) for x in hhmm.split(":"))
    return datetime(year, month, day, hour, minute, second, tzinfo=ZURICH)


def zurich_s(day: int, hhmm: str, month: int = 3, year: int = 2024, second: int = 0) -> int:
    """The same moment as `zurich`, in epoch seconds (what clocks and actions take)."""
    return int(zurich(day, hhmm, month, year, second).timestamp())


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path, monkeypatch):
    # journals, the remote tokens and the settings kept between launches (ui/settings.py:
    # settings.ini in RUNOFSHOW_CONFIG_DIR) of tests never touch the user's real folders
    monkeypatch.setenv("RUNOFSHOW_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("RUNOFSHOW_CONFIG_DIR", str(tmp_path / "config"))


@pytest.fixture
def write_agenda(tmp_path):
    """Write YAML text to a real file and load it."""
    counter = iter(range(1_000_000))

    def write(text: str, name: str | None = None) -> Agenda:
        path = tmp_path / (name or f"agenda{next(counter)}.yaml")
        path.write_text(textwrap.dedent(text), encoding="utf-8")
        return load_agenda(path)

    return write


@pytest.fixture
def served(qtbot, tmp_path, monkeypatch):
    """A show on a frozen clock served on a free loopback port (tests/remote_helpers.py),
    stopped afterwards."""
    from tests.remote_helpers import serve  # aiohttp: only for the tests that serve

    found = serve(qtbot, tmp_path, monkeypatch)
    yield found
    found.server.stop(wait=True)
    found.clients.close()


@pytest.fixture
def broker(tmp_path):
    """A real Mosquitto on a free loopback port (tests/venue_helpers.py), stopped after the
    test; tests that need its websockets listener or TLS define their own."""
    from tests.venue_helpers import Broker  # paho is loaded only by the tests that use a broker

    found = Broker(tmp_path / "broker").start()
    yield found
    found.stop()
