"""The PDFs' text layer (ui/pdf_text.py): radicals in a ToUnicode map are renamed to the
ideograph the font draws alike, and nothing else in the file moves."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtGui import QFont, QRawFont

from ui.fonts import cjk_family
from ui.pdf_text import RADICALS, radical_names, rename_radicals

NAMES = {0x2F00: 0x4E00, 0x2EDB: 0x98CE, 0x2F08: 0x4EBA}  # ⼀ 一, ⻛ 风, ⼈ 人


def to_unicode(chars: list[tuple[int, int]], ranges: list[tuple[int, list[int]]]) -> bytes:
    """A ToUnicode CMap as Qt writes it: single codes, then runs of codes with a list."""
    lines = [b"/CIDInit /ProcSet findresource begin", b"begincmap",
             b"1 begincodespacerange", b"<0000> <FFFF>", b"endcodespacerange",
             b"%d beginbfchar" % len(chars)]
    lines += [b"<%04X> <%04X>" % pair for pair in chars]
    lines += [b"endbfchar", b"%d beginbfrange" % len(ranges)]
    for low, targets in ranges:
        listed = b" ".join(b"<%04X>" % target for target in targets)
        lines.append(b"<%04X> <%04X> [%s]" % (low, low + len(targets) - 1, listed))
    lines += [b"endbfrange", b"endcmap", b"end"]
    return b"\n".join(lines) + b"\n"


def pdf_with(cmap: bytes, filtered: bool = False) -> bytes:
    """A PDF whose one font has `cmap` for its ToUnicode stream (object 7)."""
    flate = b" /Filter /FlateDecode" if filtered else b""
    return (b"%%PDF-1.4\n5 0 obj\n<< /Type /Font /Subtype /Type0 /ToUnicode 7 0 R >>\nendobj\n"
            b"7 0 obj\n<< /Length %d%s >>\nstream\n%s\nendstream\nendobj\n"
            b"trailer << /Root 1 0 R >>\n%%%%EOF\n" % (len(cmap), flate, cmap))


def test_the_radicals_qt_named_become_the_ideographs():
    cmap = to_unicode([(3, 0x2F00), (4, 0x0041)], [(5, [0x2EDB, 0x2F08, 0x667A])])
    renamed = rename_radicals(pdf_with(cmap), NAMES)
    assert renamed == pdf_with(to_unicode([(3, 0x4E00), (4, 0x0041)],
                                          [(5, [0x98CE, 0x4EBA, 0x667A])]))


def test_glyph_codes_a_compressed_stream_and_counting_ranges_are_left_alone():
    cmap = to_unicode([(0x2F00, 0x0041)], [])  # a glyph numbered like a radical: not a name
    assert rename_radicals(pdf_with(cmap), NAMES) == pdf_with(cmap)
    assert rename_radicals(pdf_with(cmap.replace(b"<0041>", b"<2F00>"), filtered=True),
                           NAMES) == pdf_with(cmap.replace(b"<0041>", b"<2F00>"), filtered=True)
    counting = cmap.replace(b"0 beginbfrange\nendbfrange",
                            b"1 beginbfrange\n<0010> <0011> <2F00>\nendbfrange")
    assert b"<0010> <0011> <2F00>" in counting  # 0x10 ⼀, 0x11 ⼁: renaming one breaks both
    assert rename_radicals(pdf_with(counting), NAMES) == pdf_with(counting)


codes = st.integers(min_value=0x20, max_value=0xFFFF)
names_of_radicals = st.dictionaries(st.sampled_from(list(RADICALS)), st.integers(0x3400, 0x9FFF))


@given(chars=st.lists(st.tuples(codes, codes), max_size=8),
       ranges=st.lists(st.tuples(codes, st.lists(codes, min_size=1, max_size=6)), max_size=4),
       names=names_of_radicals)
def test_every_named_radical_is_renamed_and_nothing_moves(chars, ranges, names):
    pdf = pdf_with(to_unicode(chars, ranges))
    renamed = rename_radicals(pdf, names)
    assert len(renamed) == len(pdf)  # the cross-reference table's offsets stay right

    def name(code: int) -> int:
        return names.get(code, code)

    assert renamed == pdf_with(to_unicode([(glyph, name(code)) for glyph, code in chars],
                                          [(low, [name(c) for c in targets])
                                           for low, targets in ranges]))


@pytest.fixture
def family(qapp):
    found = cjk_family()
    if found is None:
        pytest.skip("no CJK font is installed")
    return found


def test_the_font_says_which_ideograph_a_radical_looks_like(family):
    names = radical_names(family)
    raw = QRawFont.fromFont(QFont(family))
    assert names  # every CJK font we know draws some radicals like ideographs
    for radical, ideograph in names.items():
        assert 0x2E80 <= radical < 0x2FE0 and ideograph < 0x10000
        if raw.supportsCharacter(radical) and raw.supportsCharacter(ideograph):
            assert (raw.glyphIndexesForString(chr(radical))
                    == raw.glyphIndexesForString(chr(ideograph)))
    if family == "Noto Sans CJK SC":
        # the Simplified Chinese face: ⼀ like 一, ⻛ like 风, and ⼾ like 户, not 戶 (NFKC's)
        assert names[0x2F00] == 0x4E00 and names[0x2EDB] == 0x98CE
        assert names[0x2F3E] == 0x6237
