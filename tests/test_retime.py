"""Mapping an agenda onto another date (rehearse or run it today)."""

from __future__ import annotations

from datetime import date

from runofshow.loader import load_agenda
from runofshow.retime import shift_to
from tests.conftest import WIPO


def test_wipo_mapped_onto_a_new_date_keeps_times_and_order():
    agenda = load_agenda(WIPO)
    moved = shift_to(agenda, date(2026, 11, 26))
    assert [d.date for d in moved.days] == [date(2026, 11, 26), date(2026, 11, 27)]
    for old, new in zip(agenda.sessions(), moved.sessions(), strict=True):
        assert (new.id, f"{new.start:%H:%M}", f"{new.end:%H:%M}") == \
            (old.id, f"{old.start:%H:%M}", f"{old.end:%H:%M}")
        assert new.duration_s == old.duration_s and new.day == new.start.date()
    assert moved.session("d2-opening").start_s - agenda.session("d2-opening").start_s == \
        (date(2026, 11, 27) - date(2024, 3, 14)).days * 86400  # both in winter time


def test_a_move_onto_a_daylight_saving_day_keeps_real_durations(write_agenda):
    agenda = write_agenda("""\
        title: T
        timezone: Europe/Zurich
        days:
          - date: 2024-03-13
            sessions:
              - {id: a, start: "01:30", duration: 60, title: A}
              - {id: b, start: "02:45", end: "04:00", title: B}
        """)
    moved = shift_to(agenda, date(2024, 3, 31))  # clocks go 02:00 -> 03:00
    a, b = moved.days[0].sessions
    assert f"{a.start:%H:%M}" == "01:30" and a.duration_s == 3600 and f"{a.end:%H:%M}" == "03:30"
    # 02:45 does not exist that day: it becomes 03:45, keeping its 75 minutes
    assert f"{b.start:%H:%M}" == "03:45" and b.duration_s == 75 * 60


def test_a_moved_agenda_says_so_and_one_on_its_own_days_does_not():
    agenda = load_agenda(WIPO)
    assert not agenda.moved
    assert shift_to(agenda, agenda.days[0].date) is agenda  # nothing to move
    moved = shift_to(agenda, date(2026, 12, 3))
    assert moved.moved
    assert shift_to(moved, date(2026, 12, 4)).moved
    assert moved == shift_to(load_agenda(WIPO), date(2026, 12, 3))  # a mark, not part of the plan
