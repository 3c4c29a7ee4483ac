"""Which column of a spreadsheet holds what: the header row, found among the notes and blank
rows above it, its words recognised in English, German, French and Chinese, and the
organiser's own names for the rest (`--columns title=Titel,start=Uhrzeit`)."""

from __future__ import annotations

import re

FIELDS = ("title", "start", "end", "duration", "date", "room", "speakers", "kind", "notes")

_HEADER_WORDS: dict[str, tuple[str, ...]] = {
    "title": ("title", "session", "session title", "talk", "topic", "subject", "item",
              "agenda item", "programme item", "program item", "event", "name", "what",
              "titel", "thema", "programmpunkt", "veranstaltung", "titre", "sujet", "intitulé",
              "séance", "标题", "题目", "主题", "议题", "议程", "活动", "名称", "内容", "会议内容"),
    "start": ("start", "start time", "time start", "starts", "begin", "begins", "from", "time",
              "starting time", "beginn", "von", "uhrzeit", "zeit", "startzeit", "anfang", "début",
              "heure", "heure de début", "horaire", "de", "开始", "开始时间", "时间", "起始时间"),
    "end": ("end", "end time", "time end", "ends", "until", "to", "finish", "ende", "bis",
            "endzeit", "fin", "heure de fin", "à", "jusqu'à", "结束", "结束时间", "终止时间"),
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
}
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


def columns_of(row: list[object], given: dict[str, str]) -> dict[str, int]:
    """{field: column index} of the fields this row names: the organiser's names first
    (--columns), then the words we know; each field and each column taken once."""
    found: dict[str, int] = {}
    cells = [header_words(v) if isinstance(v, str) else "" for v in row]
    for field, header in given.items():
        wanted = header_words(header)
        if wanted in cells:
            found[field] = cells.index(wanted)
    for index, words in enumerate(cells):
        field = _BY_WORDS.get(words)
        if field and field not in found and index not in found.values():
            found[field] = index
    return found


def find_header(rows: list[list[object]], given: dict[str, str]) -> tuple[int, dict[str, int]] | None:
    """(row index, columns) of the first row that names a start and a title, or every
    column --columns names; None if there is none."""
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        columns = columns_of(row, given)
        if {"start", "title"} <= set(columns) and set(given) <= set(columns):
            return index, columns
    return None
