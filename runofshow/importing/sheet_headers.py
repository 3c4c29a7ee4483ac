"""Which column of a spreadsheet holds what: the header row, found among the notes and blank
rows above it, its words recognised in English, German, French and Chinese, and the
organiser's own names for the rest (`--columns title=Titel,start=Uhrzeit`)."""

from __future__ import annotations

import re

FIELDS = ("title", "start", "end", "duration", "date", "room", "speakers", "kind", "notes",
          "hard_start", "hard_end")

_HEADER_WORDS: dict[str, tuple[str, ...]] = {
    "title": ("title", "session", "session title", "talk", "topic", "subject", "item",
              "agenda item", "programme item", "program item", "event", "name", "what",
              "titel", "thema", "programmpunkt", "veranstaltung", "titre", "sujet", "intitulé",
              "séance", "标题", "题目", "主题", "议题", "议程", "活动", "名称", "内容", "会议内容"),
    "start": ("start", "start time", "time start", "starts", "begin", "begins", "from", "time",
              "starting time", "beginn", "von", "uhrzeit", "zeit", "startzeit", "anfang", "début",
              "heure", "heure de début", "horaire", "de", "开始", "开始时间", "时间", "起始时间",
              "planned start"),
    "end": ("end", "end time", "time end", "ends", "until", "to", "finish", "ende", "bis",
            "endzeit", "fin", "heure de fin", "à", "jusqu'à", "结束", "结束时间", "终止时间",
            "planned end"),
    "duration": ("duration", "length", "minutes", "mins", "min", "dauer", "länge", "minuten",
                 "durée", "时长", "持续时间", "分钟", "用时"),
    "date": ("date", "day", "datum", "tag", "jour", "日期", "日"),
    "room": ("room", "venue", "location", "track", "stage", "hall", "raum", "saal", "ort",
             "salle", "lieu", "会议室", "房间", "地点", "场地", "会场"),
    "speakers": ("speaker", "speakers", "presenter", "presenters", "moderator", "speaker name",
                 "speaker names", "who", "referent", "referenten", "referentin", "sprecher",
                 "redner", "intervenant", "intervenants", "orateur", "orateurs", "发言人",
                 "演讲人", "演讲者", "讲者", "嘉宾", "主讲人"),
    "kind": ("kind", "type", "format", "session type", "category", "art", "typ", "genre",
             "类型", "形式"),
    "notes": ("notes", "note", "description", "abstract", "details", "comment", "comments",
              "remarks", "beschreibung", "bemerkung", "bemerkungen", "notizen", "anmerkung",
              "résumé", "remarques", "备注", "说明", "描述", "简介"),
    "hard_start": ("hard start", "fixed start"),
    "hard_end": ("hard end", "fixed end"),
}
# A title column per language, as our export writes them: title_zh, title_en
_TITLE_IN = re.compile(r"\s*title[ _]([a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*)\s*", re.IGNORECASE)
# the columns of runofshow's own export (docs/export.md) that no programme has
_OUR_EXPORT = {"status", "planned start", "projected start"}
_BY_WORDS = {words: field for field, names in _HEADER_WORDS.items() for words in names}
HEADER_SEARCH_ROWS = 40  # a header further down than this is not a header


def header_words(text: str) -> str:
    """A header cell as compared: lower case, single spaces, no `:`/`*`/units in brackets."""
    text = re.sub(r"\s*[(（\[][^)）\]]*[)）\]]\s*", " ", str(text))
    return re.sub(r"[\s_]+", " ", text).strip(" :：*.#").lower()


def parse_column_map(option: str) -> dict[str, str]:
    """`--columns title=Titel,start=Uhrzeit` as {field: header}; ValueError says what is wrong."""
    mapping: dict[str, str] = {}
    for part in option.split(","):
        field, equals, header = part.partition("=")
        field, header = field.strip().lower(), header.strip()
        if not equals or not header:
            raise ValueError(f"{part.strip()!r} is not FIELD=HEADER")
        if field not in FIELDS:
            raise ValueError(f"{field!r} is not a field; the fields are {', '.join(FIELDS)}")
        mapping[field] = header
    return mapping


def is_our_export(row: list[object]) -> bool:
    """Whether a header row is that of runofshow's own CSV or XLSX export."""
    return {header_words(v) for v in row if isinstance(v, str)} >= _OUR_EXPORT


def title_languages(row: list[object]) -> dict[str, int]:
    """{language: column index} of a header row's title columns by language (title_zh,
    title_en), in their order; empty when it has none."""
    found: dict[str, int] = {}
    for index, cell in enumerate(row):
        language = _TITLE_IN.fullmatch(cell) if isinstance(cell, str) else None
        if language is not None:  # `Title_DE` is de: a language's primary tag is lower case
            primary, _, rest = language.group(1).partition("-")
            found.setdefault(primary.lower() + (f"-{rest}" if rest else ""), index)
    return found


def columns_of(row: list[object], given: dict[str, str]) -> dict[str, int]:
    """{field: column index} of the fields this row names: the organiser's names first
    (--columns), then the words we know; each field and each column taken once. The
    first of the titles by language (title_zh) is the title column."""
    found: dict[str, int] = {}
    cells = [header_words(v) if isinstance(v, str) else "" for v in row]
    for field, header in given.items():
        wanted = header_words(header)
        if wanted in cells:
            found[field] = cells.index(wanted)
    by_language = title_languages(row)
    if by_language and "title" not in found:
        found["title"] = next(iter(by_language.values()))
    ours = is_our_export(row)
    for index, words in enumerate(cells):
        field = _BY_WORDS.get(words)
        if ours and field == "notes":
            continue  # our export's `note` is the report's words ("ran over by 5:00")
        if field and field not in found and index not in found.values():
            found[field] = index
    if ours and "id" in cells:  # the agenda's own ids: its journal and parents name them
        found.setdefault("id", cells.index("id"))
    return found


def find_header(rows: list[list[object]], given: dict[str, str]) -> tuple[int, dict[str, int]] | None:
    """(row index, columns) of the first row that names a start and a title, or every
    column --columns names; None if there is none."""
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        columns = columns_of(row, given)
        if {"start", "title"} <= set(columns) and set(given) <= set(columns):
            return index, columns
    return None
