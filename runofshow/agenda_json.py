"""A checked agenda as JSON values and back, exactly: the agenda cache's format.

JSON rather than pickle: reading a cache file can only ever build an agenda (the five
classes of the model, by name), never run code, and the `json` module is one the app
imports anyway before its first window.

Each value of the model has one form:
- a dataclass of the model: {"class": its name, and each field given to its constructor};
  what it derives (an agenda's indexes, a session's epoch seconds) is worked out again;
- a tuple: a list; str, int, bool and None as they are;
- a datetime: {"datetime": the wall-clock time, "fold": 0 or 1, "zone": its zone's key};
- a date: {"date": ISO date}; a zone: {"zone": its key}.
Anything else cannot be kept (TypeError); a form that is none of these is refused
(ValueError), and the cache reads the file again.
"""

from __future__ import annotations

from dataclasses import fields
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from runofshow.model import Agenda, CueSettings, Day, Session, Text

MODEL = {cls.__name__: cls for cls in (Agenda, CueSettings, Day, Session, Text)}
Plain = Any  # what json.dumps takes and json.loads gives


def agenda_to_plain(agenda: Agenda) -> Plain:
    """The agenda as JSON values; TypeError if it holds a value that has no form here."""
    return _plain(agenda)


def agenda_from_plain(value: Plain) -> Agenda:
    """The agenda `agenda_to_plain` gave; ValueError (or the model's TypeError) if `value`
    is not one."""
    agenda = _built(value)
    if not isinstance(agenda, Agenda):
        raise ValueError(f"not an agenda: {type(agenda).__name__}")
    return agenda


def _plain(value: Any) -> Plain:
    if value is None or isinstance(value, str | bool | int):
        return value
    if isinstance(value, tuple):
        return [_plain(item) for item in value]
    if isinstance(value, datetime):  # before date: a datetime is a date too
        zone = value.tzinfo
        if not isinstance(zone, ZoneInfo) or zone.key is None:
            raise TypeError(f"a datetime in no named zone: {value!r}")
        return {"datetime": value.replace(tzinfo=None).isoformat(), "fold": value.fold,
                "zone": zone.key}
    if isinstance(value, date):
        return {"date": value.isoformat()}
    if isinstance(value, ZoneInfo) and value.key is not None:
        return {"zone": value.key}
    if MODEL.get(type(value).__name__) is type(value):
        return {"class": type(value).__name__,
                **{f.name: _plain(getattr(value, f.name)) for f in fields(value) if f.init}}
    raise TypeError(f"cannot keep a {type(value).__name__} in the agenda cache")


def _built(value: Plain) -> Any:
    if isinstance(value, list):
        return tuple(_built(item) for item in value)
    if not isinstance(value, dict):
        return value
    if "class" in value:
        cls = MODEL.get(value["class"])
        if cls is None:
            raise ValueError(f"not a class of the model: {value['class']!r}")
        return cls(**{name: _built(item) for name, item in value.items() if name != "class"})
    if value.keys() == {"datetime", "fold", "zone"}:
        return datetime.fromisoformat(value["datetime"]).replace(
            tzinfo=ZoneInfo(value["zone"]), fold=value["fold"])
    if value.keys() == {"date"}:
        return date.fromisoformat(value["date"])
    if value.keys() == {"zone"}:
        return ZoneInfo(value["zone"])
    raise ValueError(f"not a value of the model: {sorted(value)}")
