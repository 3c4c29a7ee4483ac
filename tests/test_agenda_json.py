"""The agenda cache's format (runofshow/agenda_json.py): an agenda as JSON and back,
exactly, and nothing but an agenda out of it."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from runofshow.agenda_json import agenda_from_plain, agenda_to_plain
from runofshow.loader import load_agenda
from runofshow.model import Agenda, CueSettings, Day, Session, Text
from tests.conftest import WIPO


def through_json(agenda: Agenda) -> Agenda:
    return agenda_from_plain(json.loads(json.dumps(agenda_to_plain(agenda))))


ZURICH = ZoneInfo("Europe/Zurich")
CUES = CueSettings(warnings_min=(5, 1), speak=("warning",), silent=False,
                   texts=(("warning", Text(by_lang=(("en", "{minutes} min"), ("zh", "还有{minutes}分钟")))),))


def one_session_agenda(start: datetime, end: datetime) -> Agenda:
    session = Session(id="s", day=start.date(), index=0, start=start, end=end, kind="panel",
                      title=Text(by_lang=(("en", "Panel"), ("zh", "小组"))), cues=CUES,
                      min_duration_s=600, speakers=(Text(plain="Ada"),))
    return Agenda(title=Text(plain="Day"), timezone=ZURICH, languages=("en", "zh"),
                  days=(Day(date=start.date(), sessions=(session,)),), cues=CUES)


def test_the_wipo_agenda_comes_back_equal_to_the_last_detail():
    agenda = load_agenda(WIPO)
    back = through_json(agenda)
    assert back == agenda and repr(back) == repr(agenda)
    assert back.timezone is agenda.timezone  # ZoneInfo's own cache: one zone object
    # what it derives is worked out again: indexes and epoch seconds
    assert back.session_ids == agenda.session_ids
    assert [s.start_s for s in back.sessions()] == [s.start_s for s in agenda.sessions()]


def test_a_time_in_the_hour_that_happens_twice_keeps_which_one_it_is():
    second = datetime(2024, 10, 27, 2, 30, tzinfo=ZURICH, fold=1)  # after clocks go back
    agenda = one_session_agenda(second, second + timedelta(minutes=30))
    back = through_json(agenda)
    assert back == agenda and repr(back) == repr(agenda)  # cue settings and texts too
    (session,) = back.sessions()
    assert session.start.fold == 1 and session.start_s == int(second.timestamp())
    assert session.start_s - int(second.replace(fold=0).timestamp()) == 3600


def test_a_time_in_no_named_zone_cannot_be_kept():
    fixed = datetime(2024, 3, 13, 9, 0, tzinfo=timezone(timedelta(hours=1)))
    with pytest.raises(TypeError, match="no named zone"):
        agenda_to_plain(one_session_agenda(fixed, fixed + timedelta(hours=1)))


@pytest.mark.parametrize("plain, message", [
    ({"class": "Popen", "args": ["rm", "-rf", "/"]}, "not a class of the model"),
    ({"__reduce__": "os.system"}, "not a value of the model"),
    ({"class": "Text", "plain": "only a text"}, "not an agenda"),
    ({"date": "2024-03-13", "extra": 1}, "not a value of the model"),
])
def test_a_cache_file_can_only_ever_build_an_agenda(plain, message):
    with pytest.raises(ValueError, match=message):
        agenda_from_plain(plain)


def test_a_date_is_not_taken_for_a_datetime():
    agenda = load_agenda(WIPO)
    plain = agenda_to_plain(agenda)
    assert plain["days"][0]["date"] == {"date": "2024-03-13"}
    assert isinstance(through_json(agenda).days[0].date, date)
    assert not isinstance(through_json(agenda).days[0].date, datetime)
