"""The PDFs' text layer names the ideographs the sheet drew, not look-alike radicals.

A PDF tells a reader which character each glyph stands for (a font's ToUnicode map); copy,
search and pdftotext go by it. CJK fonts draw many radicals with the very glyph of an
ideograph (Noto Sans CJK: ⼀ U+2F00 and 一 U+4E00, ⻛ U+2EDB and 风 U+98CE), and Qt's PDF
writer names such a glyph by the lowest code the font gives it, which is the radical's: a
run sheet saying 人工智能 would be copied out as ⼈⼯智能 and not be found by a search.

So, once Qt has written the PDF, every radical in a ToUnicode map is renamed to the
ideograph that the font draws with the same glyph. The font is asked (QRawFont), not a
table: fonts disagree (Noto's Simplified Chinese face draws ⼾ like 户, its Japanese face
like 戸). Only ideographs of the Basic Multilingual Plane are used, so that each name keeps
its length and the PDF its byte offsets; a radical drawn like a rarer ideograph beyond it
stays a radical.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from itertools import chain

from PySide6.QtGui import QFont, QRawFont

RADICALS = range(0x2E80, 0x2FE0)  # CJK Radicals Supplement and Kangxi Radicals
# Where a glyph is shared by several ideographs, the first of these ranges names it.
IDEOGRAPHS = (range(0x4E00, 0xA000), range(0x3400, 0x4DC0), range(0xF900, 0xFB00))

_TO_UNICODE = re.compile(rb"/ToUnicode\s+(\d+)\s+(\d+)\s+R")
_HEX = rb"<[0-9A-Fa-f]+>"
_BFCHAR = re.compile(rb"beginbfchar(.*?)endbfchar", re.S)
_BFRANGE = re.compile(rb"beginbfrange(.*?)endbfrange", re.S)
_CHAR_ENTRY = re.compile(rb"(" + _HEX + rb"\s*)(" + _HEX + rb")")
_RANGE_ENTRY = re.compile(rb"(" + _HEX + rb")(\s*)(" + _HEX + rb")(\s*)(\[[^\]]*\]|" + _HEX + rb")")
_TOKEN = re.compile(_HEX)


@cache
def radical_names(family: str) -> dict[int, int]:
    """For each radical that `family` (regular or bold) draws with an ideograph's glyph,
    that ideograph."""
    ideographs = "".join(map(chr, chain(*IDEOGRAPHS)))
    radicals = "".join(map(chr, RADICALS))
    names: dict[int, int] = {}
    for bold in (False, True):
        font = QFont(family)
        font.setBold(bold)
        raw = QRawFont.fromFont(font)
        first_of_glyph: dict[int, int] = {}
        for char, glyph in zip(ideographs, raw.glyphIndexesForString(ideographs), strict=True):
            if glyph:
                first_of_glyph.setdefault(glyph, ord(char))
        for char, glyph in zip(radicals, raw.glyphIndexesForString(radicals), strict=True):
            if glyph in first_of_glyph:
                names.setdefault(ord(char), first_of_glyph[glyph])
    return names


def rename_radicals(pdf: bytes, names: Mapping[int, int]) -> bytes:
    """`pdf` with each radical that its uncompressed ToUnicode maps name renamed by `names`
    (radical → ideograph, both of the Basic Multilingual Plane). Same length, same offsets."""
    out = bytearray(pdf)
    for number, generation in {m.groups() for m in _TO_UNICODE.finditer(pdf)}:
        span = _stream_span(pdf, number, generation)
        if span is not None:
            start, end = span
            out[start:end] = _rename_in_cmap(pdf[start:end], names)
    return bytes(out)


def _stream_span(pdf: bytes, number: bytes, generation: bytes) -> tuple[int, int] | None:
    """Where the data of object `number` lies, if it is a stream stored as it is."""
    header = re.search(rb"(?:^|[\r\n])" + number + rb"\s+" + generation + rb"\s+obj\b", pdf)
    if header is None:
        return None
    begin = pdf.find(b"stream", header.end())
    end = pdf.find(b"endstream", begin)
    if begin < 0 or end < 0 or b"/Filter" in pdf[header.end():begin]:
        return None  # not there, or compressed: left as Qt wrote it
    begin += len(b"stream")
    begin += 2 if pdf[begin:begin + 2] == b"\r\n" else 1
    return begin, end


def _rename_in_cmap(cmap: bytes, names: Mapping[int, int]) -> bytes:
    def rename(token: bytes) -> bytes:
        code = int(token[1:-1], 16)
        if len(token) == 6 and code in names:
            return b"<%04X>" % names[code]
        return token

    def char_entry(match: re.Match[bytes]) -> bytes:
        return match.group(1) + rename(match.group(2))

    def range_entry(match: re.Match[bytes]) -> bytes:
        low, space, high, space2, target = match.groups()
        if target.startswith(b"["):
            target = _TOKEN.sub(lambda token: rename(token.group()), target)
        elif low == high:  # a range of several codes counts up from its target: left alone
            target = rename(target)
        return low + space + high + space2 + target

    cmap = _BFCHAR.sub(lambda m: _CHAR_ENTRY.sub(char_entry, m.group()), cmap)
    return _BFRANGE.sub(lambda m: _RANGE_ENTRY.sub(range_entry, m.group()), cmap)
