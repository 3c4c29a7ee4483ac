"""Synthetic agendas and shows, for the benchmarks (and for tests that want big inputs).

`synthetic_agenda_yaml(sessions, days, seed)` writes a valid agenda in the format of docs/contracts.md:
times quoted "HH:MM", each day's sessions in order and not overlapping, all between 08:00
and 22:00, dates ascending. Each day looks like a real (if crowded) conference day: an
opening that is a `hard_start`, a closing that is a `hard_end`, a lunch followed by a
`hard_start` session, coffee breaks, panels with their Q&A (`parent`), `min_duration` on
about a third of the sessions, a few gaps, titles in Chinese and English, some
descriptions and speakers, a few sessions without an id (the loader generates one).

`synthetic_actions(agenda, count, seed)` makes a valid list of live actions for a loaded
agenda: the show runs day after day (start, next, extends, skips, unskips, a chair starting
the session after lunch by hand, end at the close of each day) until about `count` actions,
and stops in the middle of a day with a session live. `projection_moment` gives a moment
just after the last action, a natural `now` for projecting.

Everything is deterministic for a given seed.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from datetime import date, timedelta

from runofshow.actions import Action, replay
from runofshow.model import Agenda

DAY_OPENS = 8 * 60  # minutes after midnight
DAY_CLOSES = 22 * 60
FIRST_DATE = date(2025, 3, 3)  # with 50 days the show crosses the spring daylight-saving change
TIMEZONE = "Europe/Zurich"

# (kind, zh, en, weight): weight scales the session's natural length (weight x 15 minutes)
_TOPICS = (
    ("人工智能", "Artificial Intelligence"),
    ("知识产权", "Intellectual Property"),
    ("前沿技术", "Frontier Technologies"),
    ("生成式人工智能", "Generative AI"),
    ("数据治理", "Data Governance"),
    ("版权与创意", "Copyright and Creativity"),
    ("专利制度", "The Patent System"),
    ("商业秘密", "Trade Secrets"),
    ("开放科学", "Open Science"),
    ("量子计算", "Quantum Computing"),
    ("区块链", "Blockchain"),
    ("合成生物学", "Synthetic Biology"),
    ("训练数据", "Training Data"),
    ("公平报酬", "Fair Remuneration"),
    ("发展中国家", "Developing Countries"),
    ("中小企业", "Small and Medium-Sized Enterprises"),
)
_FORMATS = {
    # kind: (zh pattern, en pattern, weight)
    "panel": ("小组讨论：{zh}", "Panel: {en}", 4.0),
    "qa": ("问答：{zh}", "Q&A: {en}", 2.0),
    "presentation": ("专题介绍：{zh}", "Presentation: {en}", 2.0),
    "fireside": ("围炉叙谈：{zh}", "Fireside Chat: {en}", 3.0),
    "discussion": ("公开讨论：{zh}", "Open Discussion: {en}", 3.0),
}
_FIXED = {
    "opening": ("开幕", "Opening", 1.0),
    "closing": ("闭幕", "Closing", 1.0),
    "meal": ("午餐", "Lunch", 6.0),
    "break": ("茶歇", "Coffee Break", 2.0),
}
_SPEAKERS = (
    ("王芳", "Wang Fang"), ("李明", "Li Ming"), ("张伟", "Zhang Wei"), ("陈静", "Chen Jing"),
    ("Maria Rossi", None), ("Amara Okafor", None), ("Jean Dupont", None), ("Priya Nair", None),
)
_DESCRIPTION_ZH = (
    "本场会议汇集了来自不同领域的专家，探讨{zh}领域的最新发展、机遇与挑战，"
    "以及知识产权制度如何在鼓励创新与保障公共利益之间取得平衡。"
)
_DESCRIPTION_EN = (
    "This session brings together experts from different fields to discuss the latest "
    "developments, opportunities and challenges in {en}, and how the intellectual property "
    "system can balance encouraging innovation with safeguarding the public interest."
)


@dataclass
class _Plan:
    """One session as the generator lays it out, before it is written as YAML."""

    sid: str | None
    kind: str
    zh: str
    en: str
    weight: float
    hard_start: bool = False
    hard_end: bool = False
    parent: str | None = None
    start: int = 0  # minutes after midnight
    minutes: int = 0
    min_duration: int | None = None
    description: bool = False
    speakers: tuple[tuple[str, str | None], ...] = ()


def synthetic_agenda_yaml(sessions: int, days: int, seed: int, *, first_date: date = FIRST_DATE,
                          timezone: str = TIMEZONE) -> str:
    """A valid agenda of `sessions` sessions spread evenly over `days` consecutive days."""
    if days < 1 or sessions < days:
        raise ValueError("need at least one day and one session per day")
    per_day, extra = divmod(sessions, days)
    if per_day + (extra > 0) > (DAY_CLOSES - DAY_OPENS) // 2:
        raise ValueError(f"{per_day + 1} sessions do not fit in a day of 2-minute sessions")
    rng = random.Random(seed)
    out = [
        "# Synthetic agenda written by benchmarks/synthetic.py "
        f"({sessions} sessions, {days} days, seed {seed})",
        'title: {zh: "合成基准会议", en: "Synthetic Benchmark Conference"}',
        'venue: {zh: "日内瓦", en: "Geneva"}',
        f"timezone: {timezone}",
        "languages: [zh, en]",
        "days:",
    ]
    for number in range(days):
        count = per_day + (1 if number < extra else 0)
        day = first_date + timedelta(days=number)
        plans = _lay_out_day(rng, number + 1, count)
        out.append(f"  - date: {day.isoformat()}")
        out.append("    sessions:")
        previous_end: int | None = None
        for plan in plans:
            out.extend(_session_yaml(rng, plan, previous_end))
            previous_end = plan.start + plan.minutes
    return "\n".join(out) + "\n"


def _lay_out_day(rng: random.Random, number: int, count: int) -> list[_Plan]:
    plans = _day_roles(rng, number, count)
    # Where the day opens and closes, then how much room the sessions have.
    opens = DAY_OPENS + rng.choice((0, 30, 60, 90))
    closes = DAY_CLOSES - rng.choice((0, 30, 60, 120))
    room = closes - opens
    if room < 2 * count:  # a crowded day uses the whole of 08:00-22:00
        opens, closes, room = DAY_OPENS, DAY_CLOSES, DAY_CLOSES - DAY_OPENS
    floor = 2  # minutes: the shortest session
    # A few gaps (changeovers), taken from the room before the sessions are sized.
    gaps = [0] * count
    gap_room = (room - floor * count) // 5
    for i in range(1, count):
        if rng.random() < 0.08:
            gap = rng.choice((5, 10, 15))
            if gap <= gap_room:
                gaps[i], gap_room = gap, gap_room - gap
    room -= sum(gaps)
    # Natural lengths, squeezed proportionally when the day is too full for them.
    natural = [p.weight * 15 * rng.uniform(0.7, 1.3) for p in plans]
    spare = room - floor * count
    wanted = sum(natural) - floor * count
    scale = min(1.0, spare / wanted) if wanted > 0 else 1.0
    # Cumulative rounding: the whole minutes add up exactly to the scaled total.
    cumulative, given = 0.0, 0
    clock = opens
    for plan, length, gap in zip(plans, natural, gaps, strict=True):
        cumulative += max(0.0, length - floor) * scale
        whole = round(cumulative) - given
        given += whole
        plan.minutes = floor + whole
        clock += gap
        plan.start = clock
        clock += plan.minutes
    assert clock <= closes, (clock, closes)
    for plan in plans:
        _flexibility(rng, plan)
    return plans


def _day_roles(rng: random.Random, number: int, count: int) -> list[_Plan]:
    """Kinds, titles and anchors of one day's sessions, in order."""
    roles: dict[int, str] = {0: "opening"}
    if count >= 2:
        roles[count - 1] = "closing"
    lunch = None
    if count >= 6:
        lunch = max(2, min(count - 3, round(count * 0.45)))
        roles[lunch] = "meal"
    if count >= 12:
        roles.setdefault(round(count * 0.2), "break")
        roles.setdefault(round(count * 0.72), "break")
    plans: list[_Plan] = []
    panel_id: str | None = None
    for i in range(count):
        sid = f"s{number:03d}-{i + 1:03d}"
        role = roles.get(i)
        if role is None:
            role = "qa" if panel_id is not None else rng.choices(
                ("panel", "presentation", "fireside", "discussion"), (4, 3, 1, 2))[0]
        if role in _FIXED:
            zh, en, weight = _FIXED[role]
        else:
            if role != "qa":  # a Q&A is on its panel's topic
                topic_zh, topic_en = rng.choice(_TOPICS)
            zh_pattern, en_pattern, weight = _FORMATS[role]
            zh, en = zh_pattern.format(zh=topic_zh), en_pattern.format(en=topic_en)
        if role not in ("panel", "qa", "opening", "closing") and rng.random() < 0.06:
            sid = None  # no id in the file: the loader generates one
        plan = _Plan(sid, role, zh, en, weight)
        if role == "qa":
            plan.parent, panel_id = panel_id, None
        elif role == "panel" and i + 1 < count and (i + 1) not in roles:
            panel_id = sid
        plan.description = role in _FORMATS and rng.random() < 0.25
        if role in ("panel", "fireside", "presentation"):
            plan.speakers = tuple(rng.sample(_SPEAKERS, rng.randint(1, 3)))
        plans.append(plan)
    # Anchors: the opening, the close, the session after lunch, and on some days the
    # session after the afternoon break or the end of the morning.
    plans[0].hard_start = True
    plans[-1].hard_end = True
    if lunch is not None:
        plans[lunch + 1].hard_start = True
        if rng.random() < 0.5:
            plans[lunch - 1].hard_end = True
    if count >= 12 and rng.random() < 0.5:
        after_break = round(count * 0.72) + 1
        if after_break < count - 1:
            plans[after_break].hard_start = True
    return plans


def _flexibility(rng: random.Random, plan: _Plan) -> None:
    """min_duration: always on meals and breaks, on about a third of the other sessions."""
    if plan.minutes < 3:
        return
    if plan.kind in ("meal", "break") or (not plan.hard_start and rng.random() < 0.3):
        plan.min_duration = max(1, min(plan.minutes - 1, int(plan.minutes * rng.uniform(0.4, 0.8))))


def _session_yaml(rng: random.Random, plan: _Plan, previous_end: int | None) -> list[str]:
    lines: list[str] = []

    def field(key: str, value: str) -> None:
        lines.append(("      - " if not lines else "        ") + f"{key}: {value}")

    if plan.sid is not None:
        field("id", plan.sid)
    # start: required first and after a gap; elsewhere sometimes written, sometimes implied
    if previous_end is None or previous_end != plan.start or rng.random() < 0.4:
        field("start", _clock(plan.start))
    if rng.random() < 0.6:
        field("end", _clock(plan.start + plan.minutes))
    else:
        field("duration", _duration(rng, plan.minutes))
    field("kind", plan.kind)
    if plan.kind in ("meal", "break") and rng.random() < 0.3:
        field("title", _quote(plan.en))  # a plain string: one language
    else:
        field("title", f"{{zh: {_quote(plan.zh)}, en: {_quote(plan.en)}}}")
    if plan.description:
        topic_zh = plan.zh.split("：", 1)[-1]
        topic_en = plan.en.split(": ", 1)[-1]
        lines.append("        description:")
        lines.append("          zh: |-")
        lines.append("            " + _DESCRIPTION_ZH.format(zh=topic_zh))
        lines.append("          en: " + _quote(_DESCRIPTION_EN.format(en=topic_en)))
    if plan.speakers:
        names = []
        for zh, en in plan.speakers:
            names.append(f"{{zh: {_quote(zh)}, en: {_quote(en)}}}" if en else _quote(zh))
        field("speakers", f"[{', '.join(names)}]")
    if plan.parent is not None:
        field("parent", plan.parent)
    if plan.hard_start:
        field("hard_start", "true")
    if plan.hard_end:
        field("hard_end", "true")
    if plan.min_duration is not None:
        field("min_duration", str(plan.min_duration))
    return lines


def _clock(minutes: int) -> str:
    return f'"{minutes // 60:02d}:{minutes % 60:02d}"'


def _duration(rng: random.Random, minutes: int) -> str:
    style = rng.random()
    if style < 0.5:
        return str(minutes)
    if minutes >= 60 and style < 0.8:
        hours, rest = divmod(minutes, 60)
        return f'"{hours}h{rest}m"' if rest else f'"{hours}h"'
    return f'"{minutes}m"'


def _quote(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a YAML double-quoted one


# -- live actions ------------------------------------------------------------------------


def synthetic_actions(agenda: Agenda, count: int, seed: int = 0) -> list[Action]:
    """About `count` valid actions running the show from its first day, in time order.

    The show ends the last session of each day and starts the next day at its opening;
    it stops in the middle of a day, with a session live, once `count` actions are made
    (or when the agenda runs out). The list is checked with the core's own replay.
    """
    rng = random.Random(seed)
    actions: list[Action] = []
    clock = 0  # epoch seconds of the last action: actions never go back in time

    def add(at: int, kind: str, session: str | None = None, minutes: int | None = None) -> int:
        nonlocal clock
        clock = max(clock, at)
        actions.append(Action(clock, kind, session, minutes))
        return clock

    stopped = False
    for day in agenda.days:
        if stopped:
            break
        sessions = day.sessions
        skipped: set[int] = set()
        live = 0
        started = add(sessions[0].start_s + rng.randint(-60, 180), "start", sessions[0].id)
        extension = 0
        while True:
            if len(actions) >= count and live > 0:
                stopped = True  # in the middle of a day, with a session live
                break
            current = sessions[live]
            # The chair extends the live session, now and then (rarely shortens it).
            if rng.random() < 0.08:
                minutes = rng.choice((5, 10, 3, 15)) if rng.random() < 0.8 else -1
                if current.duration_s + extension + minutes * 60 > 60:
                    at = started + rng.randint(30, max(30, current.duration_s // 2))
                    target = None if rng.random() < 0.7 else current.id
                    add(at, "extend", target, minutes)
                    extension += minutes * 60
            # ...or gives more (or less) time to a session still to come.
            ahead = [j for j in range(live + 1, min(live + 6, len(sessions))) if j not in skipped]
            if ahead and rng.random() < 0.03:
                add(clock + 20, "extend", sessions[rng.choice(ahead)].id, rng.choice((5, -2)))
            # Skips a session that will not take place, and sometimes brings one back.
            flexible = [j for j in ahead if j < len(sessions) - 1
                        and not sessions[j].hard_start and not sessions[j].hard_end]
            if flexible and rng.random() < 0.04:
                j = rng.choice(flexible)
                add(clock + 30, "skip", sessions[j].id)
                skipped.add(j)
            back = [j for j in skipped if j > live + 1]
            if back and rng.random() < 0.2:
                j = rng.choice(back)
                add(clock + 40, "unskip", sessions[j].id)
                skipped.discard(j)
            # The live session ends, a little early or (more often) late.
            ends = started + current.duration_s + extension + rng.randint(-60, 180)
            following = next((j for j in range(live + 1, len(sessions)) if j not in skipped), None)
            if following is None:
                add(ends, "end")
                break
            upcoming = sessions[following]
            if upcoming.hard_start and rng.random() < 0.7:
                # The chair waits for the published time and starts it by hand.
                at = max(ends, upcoming.start_s + rng.randint(0, 120))
                started = add(at, "start", upcoming.id)
            else:
                started = add(ends, "next")
            live, extension = following, 0
    replay(agenda, actions)  # raises ActionError if the generator made an invalid list
    return actions


def projection_moment(agenda: Agenda, actions: list[Action], after_s: int = 150) -> int:
    """A moment (epoch seconds) `after_s` seconds after the last action (the first opening
    if none)."""
    if not actions:
        return agenda.days[0].sessions[0].start_s
    return actions[-1].at_s + after_s
