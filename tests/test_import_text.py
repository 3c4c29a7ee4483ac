"""`runofshow import` of plain-text agendas (docs/import.md), on the seed programme of our
reference event, on generated agendas, and on broken ones; the command as a real process."""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import date, time, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from runofshow.errors import AgendaError
from runofshow.importing.guess import decide_language, guess_roles
from runofshow.importing.text import parse_text_agenda, read_text_agenda
from runofshow.importing.write_yaml import agenda_yaml
from runofshow.loader import load_agenda, load_agenda_text
from tests.conftest import REPO, WIPO

# the seed as the organisers wrote it (a copy of ../shared/agenda-source/, kept in the
# repository so that a clean clone tests it too)
SEED = REPO / "agendas" / "sources" / "wipo-ip-frontier-9th-session.zh.txt"


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "runofshow", *args], capture_output=True,
                          text=True, cwd=REPO, timeout=60)


def imported(text: str, first: date | None = None, language: str | None = None):
    """Text -> draft -> YAML -> the agenda the loader reads from it."""
    draft = parse_text_agenda(text, "agenda.txt", first)
    draft.timezone = "Europe/Zurich"
    decide_language(draft, language)
    guess_roles(draft)
    return load_agenda_text(agenda_yaml(draft), "agenda.yaml"), draft


# -- the seed -----------------------------------------------------------------------------
def _session_lines_of_the_source() -> list[tuple[str, str, str]]:
    """An independent, simple reading of the seed: (start, end, title start) of every line
    that begins with two times."""
    found = []
    for line in SEED.read_text(encoding="utf-8").splitlines():
        match = re.match(r"\s*(\d\d)\.(\d\d) - (\d\d)\.(\d\d)\s+(\S+)", line)
        if match:
            found.append((f"{match[1]}:{match[2]}", f"{match[3]}:{match[4]}", match[5]))
    return found


def test_the_seed_imports_as_two_days_of_23_sessions_with_the_times_of_its_lines(tmp_path):
    out = tmp_path / "wipo.yaml"
    result = run("import", str(SEED), "-o", str(out), "--timezone", "Europe/Zurich")
    assert result.returncode == 0, result.stderr
    agenda = load_agenda(out)
    sessions = list(agenda.sessions())
    source = _session_lines_of_the_source()
    assert [d.date for d in agenda.days] == [date(2024, 3, 13), date(2024, 3, 14)]
    assert len(sessions) == len(source) == 23
    assert [(f"{s.start:%H:%M}", f"{s.end:%H:%M}") for s in sessions] == [(a, b) for a, b, _ in source]
    for session, (_, _, first_word) in zip(sessions, source, strict=True):
        assert session.title.get("zh").startswith(first_word.replace(" ", ""))
    assert agenda.languages == ("zh",)


def test_the_seed_gives_the_titles_kinds_and_anchors_of_our_hand_made_agenda():
    """The hand-made agenda of the same event is the reference: same Chinese titles and
    times, and the guessed kinds, anchors, minimum durations and parents are the ones its
    authors chose."""
    agenda, _ = imported(SEED.read_text(encoding="utf-8"))
    reference = load_agenda(WIPO)
    ours, theirs = list(agenda.sessions()), list(reference.sessions())
    assert len(ours) == len(theirs)
    by_id = {s.id: s for s in ours}
    ref_ids = {s.id: i for i, s in enumerate(theirs)}
    for mine, ref in zip(ours, theirs, strict=True):
        assert (mine.start, mine.end) == (ref.start, ref.end)
        assert mine.title.get("zh") == ref.title.get("zh")
        assert (mine.kind, mine.hard_start, mine.hard_end) == (
            ref.kind, ref.hard_start, ref.hard_end), ref.id
        # the words say how far a Q&A or a meal may shrink; the discussions' minimum is the
        # organisers' call, and the import leaves it to them
        expected = ref.min_duration_s if ref.kind in ("qa", "meal") else None
        assert mine.min_duration_s == expected, ref.id
        parent = by_id[mine.parent] if mine.parent else None
        assert (ours.index(parent) if parent else None) == (
            ref_ids[ref.parent] if ref.parent else None)


def test_the_written_seed_passes_check_and_lists_every_guess_as_a_comment(tmp_path):
    out = tmp_path / "wipo.yaml"
    result = run("import", str(SEED), "-o", str(out), "--timezone", "Europe/Zurich")
    check = run("check", str(out))
    assert check.returncode == 0, check.stderr
    written = out.read_text(encoding="utf-8")
    reported = [line for line in result.stderr.splitlines() if ": guessed: " in line]
    assert reported
    for line in reported:
        assert line.startswith(f"{SEED}:")
        message = line.split(": guessed: ", 1)[1]
        assert message in written
    assert "[文件完]" in result.stderr and "[文件完]" not in written.split("# Left out")[0]


# -- generated agendas --------------------------------------------------------------------
_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéü开幕午餐问答组讨论演示"
words = st.text(alphabet=_LETTERS + "&()-", min_size=1, max_size=8).filter(lambda w: w[0] in _LETTERS)
# a title that starts with the word a time may have after it ("10:30 Uhr Eröffnung") is
# read as that time's: such a title is not generated
TIME_WORDS = {"Uhr", "uhr", "UHR", "h", "hrs", "Hrs", "HRS"}
titles = (st.lists(words, min_size=1, max_size=5)
          .filter(lambda w: w[0].rstrip(".") not in TIME_WORDS).map(" ".join))
dash = st.sampled_from(["-", "–", "—", " - ", " – ", "－"])
separator = st.sampled_from([".", ":", "：", "．"])
FULL = str.maketrans("0123456789", "０１２３４５６７８９")


@st.composite
def text_agendas(draw):
    """(text, [(date, [(start, end, title), ...]), ...]) of a random valid agenda."""
    day = date(2024, 1, 1) + timedelta(days=draw(st.integers(0, 700)))
    days = []
    for _ in range(draw(st.integers(1, 3))):
        day += timedelta(days=draw(st.integers(1, 3)))
        minute = draw(st.integers(6 * 60, 12 * 60))
        sessions = []
        for _ in range(draw(st.integers(1, 6))):
            minute += draw(st.integers(0, 30))
            length = draw(st.integers(1, 120))
            if minute + length >= 24 * 60:
                break
            sessions.append((time(*divmod(minute, 60)), time(*divmod(minute + length, 60)),
                             draw(titles)))
            minute += length
        if sessions:
            days.append((day, sessions))
    if not days:
        days = [(day, [(time(9), time(10), "Opening")])]
    lines = ["Our Conference", ""]
    heading = draw(st.sampled_from(["{:%Y-%m-%d}", "{0.year}年 {0.month}月 {0.day}日",
                                    "{0.day} {0:%B} {0.year}"]))
    for when, sessions in days:
        lines += [heading.format(when), ""]
        for start, end, title in sessions:
            sep, full = draw(separator), draw(st.booleans())
            times = f"{start:%H}{sep}{start:%M}{draw(dash)}{end:%H}{sep}{end:%M}"
            lines.append(f"{times.translate(FULL) if full else times} {title}")
    return "\n".join(lines) + "\n", days


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text_agendas())
def test_any_valid_text_agenda_imports_to_the_same_days_sessions_and_times(case):
    text, days = case
    agenda, _ = imported(text)
    assert [d.date for d in agenda.days] == [when for when, _ in days]
    for day, (_, sessions) in zip(agenda.days, days, strict=True):
        got = [(s.start.time(), s.end.time(), s.title.best(agenda.languages)) for s in day.sessions]
        assert got == sessions


# -- speakers, descriptions, dates ----------------------------------------------------------
def test_speakers_descriptions_and_numbered_days_take_the_date_given():
    text = ("Day 1\n09:00 – 09:15 Welcome\nSpeakers: Ana Silva, Bo Li (WIPO)\nModerator: Cy Do\n"
            "A short welcome.\nSecond paragraph.\n\nDay 2\n10:00 - 12:30 Coffee break\n")
    agenda, _ = imported(text, first=date(2025, 5, 6))
    assert [d.date for d in agenda.days] == [date(2025, 5, 6), date(2025, 5, 7)]
    welcome = agenda.days[0].sessions[0]
    assert [s.best(("en",)) for s in welcome.speakers] == ["Ana Silva", "Bo Li (WIPO)", "Cy Do (Moderator)"]
    assert welcome.description.get("en") == "A short welcome.\n\nSecond paragraph."
    assert (welcome.kind, welcome.hard_start) == ("opening", True)
    assert agenda.days[1].sessions[0].kind == "break"


@pytest.mark.parametrize(("line", "title"), [
    ("10:00 – 10:30 Uhr Eröffnung", "Eröffnung"),
    ("10:00 Uhr – 10:30 Uhr Eröffnung", "Eröffnung"),
    ("10.00 - 10.30 Uhr: Eröffnung", "Eröffnung"),
    ("10.00 - 10.30 h Ouverture", "Ouverture"),
    ("10h00 - 10h30 h Ouverture", "Ouverture"),
    ("10:00-10:30 hrs Opening", "Opening"),
    ("10:00-10:30hrs. Opening", "Opening"),
    ("10:00 - 10:30 Uhr 开幕", "开幕"),
    # a title word is never taken for the time's: not a longer word, not a word that goes
    # on in lower case, not Herr Meier's "Hr.", not a word joined by a hyphen
    ("10:00 - 10:30 Uhrenmacher im Gespräch", "Uhrenmacher im Gespräch"),
    ("10:00 - 10:30 Uhr und Zeit im Mittelalter", "Uhr und Zeit im Mittelalter"),
    ("10:00 - 10:30 Hr. Meier spricht", "Hr. Meier spricht"),
    ("10:00 - 10:30 h-Bar Quiz", "h-Bar Quiz"),
    ("10:00 - 10:30 H. Müller: Vortrag", "H. Müller: Vortrag"),
])
def test_the_word_after_a_time_is_the_time_s_not_the_title_s(tmp_path, line, title):
    """German programmes write "10:00 – 10:30 Uhr Eröffnung" (Swiss and French ones "h",
    English "hrs"): the word says the numbers are a time, and is no part of the title."""
    source = tmp_path / "programm.txt"
    source.write_text(f"Tagung\n2024-03-13\n{line}\n", encoding="utf-8")
    draft = read_text_agenda(source)
    draft.timezone = "Europe/Zurich"
    decide_language(draft, "de")
    guess_roles(draft)
    [session] = load_agenda_text(agenda_yaml(draft), "agenda.yaml").sessions()
    assert session.title.get("de") == title
    assert (f"{session.start:%H:%M}", f"{session.end:%H:%M}") == ("10:00", "10:30")


def test_a_text_without_dates_needs_date():
    with pytest.raises(AgendaError, match=r"agenda.txt:1:1: .*--date"):
        parse_text_agenda("Day 1\n09:00 - 10:00 Talk\n", "agenda.txt")


# -- broken input: located, exit 2, nothing written ----------------------------------------
BROKEN = {
    "no-sessions.txt": ("Just some words\nand more\n", "1:1", "no sessions"),
    "overlap.txt": ("2024-03-13\n10.00 - 11.00 A\n10.30 - 11.30 B\n", "3:1", "before the session"),
    "end-before-start.txt": ("2024-03-13\n10.00 - 11.00 A\n12.00 - 11.30 B\n", "3:9", "not after"),
    "bad-time.txt": ("2024-03-13\n10.00 - 11.00 A\n25.61 - 26.00 B\n", "3:1", "not a time"),
    "bad-minutes.txt": ("2024-03-13\n  10.00 - 11.75 A\n", "2:11", "not a time"),
    "no-title.txt": ("2024-03-13\n10.00 - 11.00\n", "2:", "no title"),
    "no-title-but-uhr.txt": ("2024-03-13\n10.00 - 11.00 Uhr\n", "2:", "no title"),
    "days-backwards.txt": ("2024-03-14\n10.00 - 11.00 A\n2024-03-13\n10.00 - 11.00 B\n", "3:1",
                           "not after"),
    "start-only.txt": ("2024-03-13\n10.00 Opening\n", "2:", "without an end"),
    # 08:00 typed after 18:00 is a slip, not the next morning: only the small hours after a
    # late evening are the next calendar day
    "morning-after-evening.txt": ("2024-03-13\n17.00 - 18.00 A\n08.00 - 09.00 B\n", "3:1",
                                  "before the session"),
    "evening-to-morning.txt": ("2024-03-13\n22.00 - 08.00 A\n", "2:9", "not after"),
    "night-into-morning.txt": ("2024-03-13\n23.00 - 23.45 A\n00.15 - 01.00 B\n07.00 - 08.00 C\n",
                               "4:1", "before the session"),
}


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_a_broken_text_agenda_is_located_exits_2_and_leaves_no_file(tmp_path, name):
    text, where, words = BROKEN[name]
    source = tmp_path / name
    source.write_text(text, encoding="utf-8")
    out = tmp_path / "out.yaml"
    result = run("import", str(source), "-o", str(out), "--timezone", "UTC")
    assert result.returncode == 2
    assert f"{source}:{where}" in result.stderr and words in result.stderr, result.stderr
    assert "Traceback" not in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]


def test_a_file_that_is_not_utf8_is_located(tmp_path):
    source = tmp_path / "latin1.txt"
    line = "10.00 - 11.00 Déjeuner"
    source.write_bytes(f"2024-03-13\n{line}\n".encode("latin-1"))
    with pytest.raises(AgendaError, match=rf"latin1.txt:2:{line.index('é') + 1}: not UTF-8"):
        read_text_agenda(source)


@pytest.mark.parametrize(("options", "words"), [
    (["--timezone", "Europe/Zurik"], "did you mean 'Europe/Zurich'"),
    (["--date", "13.03.2024"], "not a date"),
    (["--sheet", "Programme"], "only for spreadsheets"),
    (["--columns", "title=Titel"], "only for spreadsheets"),
    (["--room", "Hall A"], "only for files with several rooms"),
])
def test_bad_options_are_refused_with_exit_2(tmp_path, options, words):
    source = tmp_path / "a.txt"
    source.write_text("2024-03-13\n10.00 - 11.00 A\n", encoding="utf-8")
    result = run("import", str(source), "-o", str(tmp_path / "o.yaml"), *options)
    assert result.returncode == 2 and words in result.stderr, result.stderr
    assert not (tmp_path / "o.yaml").exists()


def test_without_output_the_agenda_goes_to_stdout_and_the_missing_zone_is_said(tmp_path):
    source = tmp_path / "a.txt"
    source.write_text("13 March 2024\n10:00 - 10:45 Opening\n10:45 - 11:00 Q&A\n", encoding="utf-8")
    result = run("import", str(source))
    assert result.returncode == 0, result.stderr
    assert "no --timezone" in result.stderr
    agenda = load_agenda_text(result.stdout, "stdout.yaml")
    assert [s.kind for s in agenda.sessions()] == ["opening", "qa"]


def test_the_runofshow_launcher_hands_import_to_the_core(tmp_path):
    source = tmp_path / "a.txt"
    source.write_text("2024-03-13\n10.00 - 11.00 A\n", encoding="utf-8")
    code = "import sys; from ui.launcher import main; sys.exit(main(sys.argv[1:]))"
    result = subprocess.run([sys.executable, "-c", code, "import", str(source)],
                            capture_output=True, text=True, cwd=REPO, timeout=60)
    assert result.returncode == 0, result.stderr
    assert load_agenda_text(result.stdout).count() == 1


def test_an_existing_output_is_replaced_whole(tmp_path):
    source, out = tmp_path / "a.txt", tmp_path / "o.yaml"
    source.write_text("2024-03-13\n10.00 - 11.00 A\n", encoding="utf-8")
    out.write_text("old", encoding="utf-8")
    assert run("import", str(source), "-o", str(out), "--timezone", "UTC").returncode == 0
    assert load_agenda(Path(out)).count() == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "o.yaml"]


def test_sessions_after_midnight_stay_on_their_day_and_run_on_the_next_calendar_day(tmp_path):
    source = tmp_path / "nacht.txt"
    source.write_text("Congress\n2025-12-27\n22.00 - 23.30 Lightning talks\n"
                      "23.30 - 00.30 Late talk\n00.30 - 01.00 Night talk\n"
                      "2025-12-28\n10.00 - 11.00 Morning\n", encoding="utf-8")
    out = tmp_path / "nacht.yaml"
    result = run("import", str(source), "-o", str(out), "--timezone", "Europe/Berlin")
    assert result.returncode == 0, result.stderr
    written = out.read_text(encoding="utf-8")
    assert 'start: "00:30+1"' in written and "duration: 60" in written
    agenda = load_agenda(out)
    assert [d.date for d in agenda.days] == [date(2025, 12, 27), date(2025, 12, 28)]
    first = agenda.days[0].sessions
    assert len(first) == 3

    def local(epoch_s: int) -> tuple[date, time]:
        moment = agenda.local(epoch_s)
        return moment.date(), moment.time()

    night = date(2025, 12, 28)
    assert local(first[1].start_s) == (date(2025, 12, 27), time(23, 30))
    assert local(first[1].end_s) == (night, time(0, 30))
    assert local(first[2].start_s) == (night, time(0, 30))
    assert local(first[2].end_s) == (night, time(1, 0))
    assert agenda.programme_date(first[2].start_s) == date(2025, 12, 27)
