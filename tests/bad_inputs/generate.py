"""Writes the corpus files that are not plain hand-written text: random junk (fixed
seeds), other encodings, NUL and control bytes, deep nesting, very long lines, huge
numbers and files large enough to show a slow path.

    python tests/bad_inputs/generate.py           # rewrite them in place
    python tests/bad_inputs/generate.py OUT_DIR   # write them elsewhere (the test compares)

The output is committed; tests/test_bad_inputs.py checks that this script still writes
exactly the committed bytes. Every other file in agendas/ and events/ is hand-written.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

SMALL = ('title: T\ntimezone: Europe/Zurich\ndays:\n  - date: 2024-03-13\n    sessions:\n'
         '      - {id: a, start: "10:00", end: "10:30", title: A}\n')
SESSIONS_HEAD = 'title: T\ntimezone: UTC\ndays:\n  - date: 2024-03-13\n    sessions:\n'


def _random_bytes(seed: int, size: int) -> bytes:
    return random.Random(seed).randbytes(size)


def _random_printable(seed: int, size: int) -> bytes:
    rng = random.Random(seed)
    alphabet = "abcdefghijklmnopqrstuvwxyz0123456789 :-[]{},'\"#&*!|>?%@`\n\n\n    "
    return "".join(rng.choice(alphabet) for _ in range(size)).encode("ascii")


def _random_unicode(seed: int, size: int) -> bytes:
    rng = random.Random(seed)
    pieces = ["开幕", "知识产权", "Café", "Straße", "ø", "€", "😀", " ", ": ", "- ", "\n", "  ",
              "{", "}", "[", "]", ",", "title", "days", "start", "10:00", '"', "#"]
    return "".join(rng.choice(pieces) for _ in range(size)).encode("utf-8")


def _shuffled_wipo(seed: int) -> bytes:
    text = (HERE.parent.parent / "agendas" / "wipo-ip-frontier-2024.yaml").read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    random.Random(seed).shuffle(lines)
    return "".join(lines).encode("utf-8")


def _nested_speakers(levels: int) -> str:
    # root(1) days(2) day(3) sessions(4) session(5) speakers(6): `levels` in all
    inner = "[" * (levels - 5) + "Ada" + "]" * (levels - 5)
    return (SESSIONS_HEAD + f'      - {{start: "10:00", end: "10:30", title: A, speakers: {inner}}}\n')


def agendas() -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    comment = "# {}\n".format
    # -- encodings and bytes YAML does not allow
    files["enc-latin1"] = (comment("saved as Latin-1, not UTF-8: é is the byte 0xe9")
                           + "title: Caf\xe9 des d\xe9l\xe9gu\xe9s\ntimezone: Europe/Zurich\n"
                           "days: []\n").encode("latin-1")
    files["enc-utf16-bom"] = (comment("saved as UTF-16 with a byte order mark") + SMALL).encode("utf-16")
    files["enc-utf16be-bom"] = b"\xfe\xff" + (comment("saved as UTF-16 big-endian")
                                               + SMALL).encode("utf-16-be")
    files["enc-utf32-bom"] = (comment("saved as UTF-32 with a byte order mark") + SMALL).encode("utf-32")
    files["enc-nul-byte"] = (comment("a NUL byte in the middle of a title")
                             + 'title: "Open\x00ing"\ntimezone: Europe/Zurich\ndays: []\n').encode()
    files["enc-nul-after-cjk"] = ("# NUL after Chinese\ntitle: " + "知识产权" * 10 + "\x00").encode()
    venue = "title: T\nvenue: Gen{}eva\ntimezone: Europe/Zurich\ndays: []\n".format
    files["enc-bell-character"] = (comment("a BEL control character in the venue") + venue("\x07")).encode()
    files["enc-c1-control"] = (comment("U+0080, a C1 control character") + venue("\x80")).encode()
    files["enc-escape-sequence"] = (comment("a terminal escape sequence in the title")
                                    + "title: \x1b[31mRED\x1b[0m\ndays: []\n").encode()
    files["enc-utf8-surrogate"] = (comment("UTF-8 bytes of a lone surrogate (invalid UTF-8)").encode()
                                   + b"title: T\xed\xa0\x80\ndays: []\n")
    files["enc-overlong-utf8"] = (comment("an overlong UTF-8 sequence").encode()
                                  + b"title: \xc0\xaf\ndays: []\n")
    files["enc-truncated-utf8"] = (comment("the file ends in the middle of a character").encode()
                                   + "title: 开幕".encode() + "式".encode()[:2])
    files["enc-latin1-after-cjk"] = (comment("a Latin-1 byte after Chinese text on the same line").encode()
                                     + "title: 开幕 Caf".encode() + b"\xe9\ndays: []\n")
    files["enc-cr-line-ends-latin1"] = b"# old Mac line ends (CR only) and a Latin-1 byte on line 3\r" \
                                       b"title: T\rvenue: Gen\xe8ve\rdays: []\r"
    files["enc-bom-only"] = b"\xef\xbb\xbf"
    files["enc-bom-then-problem"] = b"\xef\xbb\xbf" + b"tittle: T\ntimezone: Europe/Zurich\ndays: []\n"
    crlf = (comment("Windows line ends and an unclosed quote on line 3")
            + 'title: T\nvenue: "Geneva\ndays: []\n')
    files["syntax-crlf-unclosed-quote"] = crlf.replace("\n", "\r\n").encode()
    # -- nesting
    files["deep-flow-lists"] = (comment("lists nested 200 deep in a title")
                                + "title: " + "[" * 200 + "x" + "]" * 200 + "\ndays: []\n").encode()
    files["deep-flow-mappings"] = (comment("mappings nested 100 deep")
                                   + "title: " + "{a: " * 100 + "x" + "}" * 100 + "\ndays: []\n").encode()
    files["deep-block-mappings"] = (comment("block mappings nested 40 deep")
                                    + "title: T\nvenue:\n"
                                    + "".join("  " * i + f"k{i}:\n" for i in range(1, 40))
                                    + "  " * 40 + "end: x\ndays: []\n").encode()
    files["deep-block-lists"] = (comment("block lists nested 60 deep")
                                 + "title: T\ndays:\n" + "- " * 60 + "x\n").encode()
    files["deep-flow-unclosed"] = (comment("10,000 opening brackets and nothing else")
                                   + "title: " + "[" * 10_000 + "\n").encode()
    files["deep-speakers-33"] = (comment("speakers nested to 33 levels, one more than allowed")
                                 + _nested_speakers(33)).encode()
    files["deep-speakers-32-and-wrong"] = (
        comment("speakers nested to the 32-level limit: read, then refused as not text")
        + _nested_speakers(32)).encode()
    # -- long lines and large numbers
    files["long-line-unknown-key"] = (comment("an unknown key 70,000 characters long")
                                      + "title: T\n" + "k" * 70_000 + ": 1\ndays: []\n").encode()
    files["long-line-timezone"] = (comment("a timezone 72,000 characters long")
                                   + "title: T\ntimezone: Europe/" + "Zurich" * 12_000
                                   + "\ndays: []\n").encode()
    files["long-line-days-of-numbers"] = (comment("20,000 days on one line, each a number")
                                          + "title: T\ntimezone: UTC\ndays: [" + ",".join(["1"] * 20_000)
                                          + "]\n").encode()
    files["long-line-title-then-error"] = (comment("a valid 80,000-character title, then a bad date")
                                           + "title: " + "Opening " * 10_000 + "\ntimezone: UTC\ndays:\n"
                                           "  - date: 2024-99-99\n    sessions:\n"
                                           '      - {start: "10:00", end: "10:30", title: A}\n').encode()
    files["huge-number-duration"] = (comment("a duration of 5,000 digits")
                                     + SESSIONS_HEAD + '      - {start: "10:00", duration: ' + "9" * 5000
                                     + ", title: A}\n").encode()
    files["huge-number-min-duration"] = (comment("a min_duration of 5,000 digits")
                                         + SESSIONS_HEAD + '      - {start: "10:00", duration: 30, '
                                         "min_duration: " + "9" * 5000 + ", title: A}\n").encode()
    files["huge-number-start"] = (comment("a start of 5,000 digits")
                                  + SESSIONS_HEAD + "      - {start: " + "1" * 5000
                                  + ", duration: 30, title: A}\n").encode()
    files["huge-number-cue-warning"] = (comment("a cue warning of 5,000 digits")
                                        + "title: T\ncues: {warnings: [" + "7" * 5000
                                        + "]}\ndays: []\n").encode()
    # -- many values: problems are still listed quickly
    files["many-bad-durations"] = (comment("1,000 sessions, each with a bad duration")
                                   + SESSIONS_HEAD + '      - {start: "00:00", duration: 1, title: A}\n'
                                   + "".join(f"      - {{id: s{i}, duration: x{i}, title: A}}\n"
                                             for i in range(1000))).encode()
    first = '      - {id: s0, start: "00:00", duration: 1, title: A, parent: p0}\n'
    files["many-unknown-parents"] = (comment("2,000 sessions whose parents do not exist")
                                     + SESSIONS_HEAD + first
                                     + "".join(f"      - {{id: s{i}, duration: 1, title: A, parent: p{i}}}\n"
                                               for i in range(1, 2000))).encode()
    # -- junk
    for n, size in enumerate((16, 256, 1024, 4096, 16_384)):
        files[f"junk-random-bytes-{n}"] = _random_bytes(1000 + n, size)
    for n, size in enumerate((512, 2048, 8192)):
        files[f"junk-random-printable-{n}"] = _random_printable(2000 + n, size)
    for n, size in enumerate((300, 3000)):
        files[f"junk-random-unicode-{n}"] = _random_unicode(3000 + n, size)
    for n in range(3):
        files[f"junk-shuffled-wipo-{n}"] = _shuffled_wipo(4000 + n)
    wipo = (HERE.parent.parent / "agendas" / "wipo-ip-frontier-2024.yaml").read_bytes()
    cut = wipo.index("知识产权".encode()) + 4  # in the middle of the second character
    files["junk-wipo-cut-mid-character"] = wipo[:cut]
    cut = wipo.index(b"title: {zh: \xe5\xbc\x80\xe5\xb9\x95") + 20  # inside a flow mapping
    files["junk-wipo-cut-mid-flow"] = wipo[:cut]
    return files


def events() -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    comment = "# {}\n".format
    start = '- {at: "2024-03-13T10:00:00", do: start, session: d1-opening}\n'
    files["enc-latin1"] = (comment("Latin-1, not UTF-8") + start
                           + '- {at: "2024-03-13T10:05:00", do: skip, session: caf\xe9}\n').encode("latin-1")
    files["enc-utf16-bom"] = (comment("UTF-16 with a byte order mark") + start).encode("utf-16")
    files["enc-nul-byte"] = (comment("a NUL byte") + start
                             + '- {at: "2024-03-13T10:05:00", do: n\x00ext}\n').encode()
    files["deep-nesting"] = (comment("an event nested 100 lists deep")
                             + "- " + "[" * 100 + "]" * 100 + "\n").encode()
    files["long-line-session"] = (comment("a session id 70,000 characters long")
                                  + '- {at: "2024-03-13T10:00:00", do: start, session: ' + "d1" * 35_000
                                  + "}\n").encode()
    files["minutes-5000-digits"] = (comment("minutes of 5,000 digits") + start
                                    + '- {at: "2024-03-13T10:05:00", do: extend, minutes: ' + "9" * 5000
                                    + "}\n").encode()
    files["many-bad-events"] = (comment("2,000 events, each naming an unknown session")
                                + "".join(f'- {{at: "2024-03-13T10:00:00", do: skip, session: nope-{i}}}\n'
                                          for i in range(2000))).encode()
    for n, size in enumerate((64, 2048, 8192)):
        files[f"junk-random-bytes-{n}"] = _random_bytes(5000 + n, size)
    files["junk-random-printable"] = _random_printable(6000, 4096)
    return files


def write(root: Path) -> list[Path]:
    written = []
    for folder, made in (("agendas", agendas()), ("events", events())):
        (root / folder).mkdir(parents=True, exist_ok=True)
        for name, data in made.items():
            path = root / folder / f"{name}.yaml"
            path.write_bytes(data)
            written.append(path)
    return written


if __name__ == "__main__":
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
    print(f"wrote {len(write(out))} files under {out}")
