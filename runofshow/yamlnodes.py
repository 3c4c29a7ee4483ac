"""A small, safe YAML reader that keeps where every value came from.

Agendas and events files are read into plain nodes that remember their line and column,
so every problem can be reported as FILE:LINE:COL. Scalars are kept as the text written,
never resolved by YAML 1.1 rules: an unquoted ``10:00`` stays "10:00" (not 600) and a
date stays "2024-03-13", and the schema decides what each value means.

The composer is iterative and refuses what an agenda never needs but an attacker or a
damaged file can bring: aliases (the "billion laughs" bomb), deep nesting, huge files.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from runofshow.errors import Problem, shown

try:  # libyaml's parser is much faster; the pure-Python one reads the same events
    _Loader = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - wheels ship libyaml
    _Loader = yaml.SafeLoader

MAX_BYTES = 8 * 1024 * 1024
MAX_DEPTH = 32
MAX_NODES = 600_000
MAX_KEY_CHARS = 1024  # YAML's own limit on a plain key, which libyaml enforces


@dataclass(frozen=True)
class Mark:
    line: int  # 1-based
    col: int  # 1-based


@dataclass
class Node:
    mark: Mark


@dataclass
class Scalar(Node):
    value: str
    plain: bool  # written without quotes: "~", "null" and "" then mean nothing

    @property
    def is_null(self) -> bool:
        return self.plain and self.value in ("", "~", "null", "Null", "NULL")


@dataclass
class Seq(Node):
    items: list[Node] = field(default_factory=list)


@dataclass
class Map(Node):
    # (key scalar, value node) in file order; duplicate keys are reported by the composer
    entries: list[tuple[Scalar, Node]] = field(default_factory=list)


class YamlReadError(Exception):
    """The file could not be read as one YAML document; `problems` says where and why."""

    def __init__(self, problems: list[Problem]):
        super().__init__("; ".join(p.format() for p in problems))
        self.problems = problems


def _mark(file: str, m) -> Mark:
    return Mark(m.line + 1, m.column + 1)


_LINE_BREAK = re.compile(r"\r\n|\r|\n")  # as YAML (and editors) count lines


def _position_of(text: str, index: int) -> Mark:
    """Line and column (1-based, in characters) of character `index` of `text`."""
    before = text[:index]
    breaks = list(_LINE_BREAK.finditer(before))
    line_start = breaks[-1].end() if breaks else 0
    return Mark(len(breaks) + 1, index - line_start + 1)


def _position_of_byte(data: bytes, offset: int) -> Mark:
    """Line and column (in characters) of byte `offset` of UTF-8-ish `data`."""
    before = data[:offset].decode("utf-8", errors="replace")
    return _position_of(before, len(before))


def _refuse_size(size: int, file: str) -> None:
    if size > MAX_BYTES:
        raise YamlReadError([Problem(file, 1, 1, (
            f"file is {size / 1_048_576:.1f} MiB; an agenda or events file is at most "
            f"{MAX_BYTES // 1_048_576} MiB"))])


def decode(data: bytes, file: str) -> str:
    """Bytes to text, as UTF-8 (a BOM is allowed); anything else is a located error."""
    _refuse_size(len(data), file)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        where = _position_of_byte(data, exc.start)
        byte = data[exc.start]
        raise YamlReadError([Problem(
            file, where.line, where.col, f"not UTF-8 text: byte 0x{byte:02x} cannot start a character; "
            "save the file as UTF-8")]) from None


def read_path(path: Path) -> tuple[str, Node]:
    """Read a file from disk into nodes. Returns (display name, root node)."""
    file = str(path)
    try:
        _refuse_size(path.stat().st_size, file)  # before reading a byte of it
        data = path.read_bytes()
    except OSError as exc:
        raise YamlReadError([Problem(file, 1, 1, f"cannot read the file: {exc.strerror}")]) from None
    return file, compose(decode(data, file), file)


def compose(text: str, file: str) -> Node:
    """Compose exactly one YAML document into nodes, or raise YamlReadError."""
    # Events are composed iteratively (libyaml's parser is a state machine too), so deep
    # nesting cannot exhaust the stack; the composer refuses it at MAX_DEPTH.
    loader = _Loader(text)
    try:
        return _compose_events(loader, file)
    except yaml.MarkedYAMLError as exc:
        if exc.context == "while scanning a simple key" and exc.context_mark is not None:
            raise YamlReadError([_key_without_colon(text, file, exc.context_mark)]) from None
        mark = exc.problem_mark or exc.context_mark
        where = _mark(file, mark) if mark else Mark(1, 1)
        message = exc.problem or str(exc)
        if exc.context and exc.context not in message:
            message = f"{message} ({exc.context})"
        raise YamlReadError([Problem(file, where.line, where.col, f"YAML syntax: {message}")]) from None
    except yaml.reader.ReaderError as exc:
        # libyaml reads UTF-8 bytes: its position is a byte offset, not a character index
        where = _position_of_byte(text.encode("utf-8"), exc.position)
        character = chr(exc.character) if isinstance(exc.character, int) else exc.character
        name = unicodedata.name(character, "a control character")
        raise YamlReadError([Problem(
            file, where.line, where.col,
            f"character U+{ord(character):04X} ({name}) is not allowed in a YAML file")]) from None
    except yaml.YAMLError as exc:  # any other parser complaint, without a position
        raise YamlReadError([Problem(file, 1, 1, f"YAML syntax: {exc}")]) from None
    finally:
        loader.dispose()


def _key_without_colon(text: str, file: str, mark) -> Problem:
    """A plain text where a key belongs, with no ':' after it on its line (the parser's
    "could not find expected ':' while scanning a simple key"). The parser gives up only
    where a later ':' shows that the key ran on past its line: a line or more further down,
    where there is nothing wrong to see. The problem is the text the key starts with (the
    parser's context mark), so it is reported there.

    Most often that text is a value pushed onto a line of its own, no further indented than
    its key ("kind:" at the end of one line, "panel" at column 1 of the next): the message
    then also names that key, whose own line is valid YAML (a key with no value)."""
    lines = _LINE_BREAK.split(text)
    rest = lines[mark.line][mark.column:] if mark.line < len(lines) else ""
    where = Mark(mark.line + 1, mark.column + 1)
    colon = re.search(r":(\s|$)", rest)
    if colon:  # the key has its ':', further on than the parser looks
        return Problem(file, where.line, where.col,
                       f"YAML syntax: the key {shown(rest[:colon.start()].strip())} is too long: "
                       f"a key is at most {MAX_KEY_CHARS} characters")
    words = shown(rest.split(" #")[0].strip())
    above = next((n for n in range(min(mark.line, len(lines)) - 1, -1, -1)
                  if lines[n].strip() and not lines[n].lstrip().startswith("#")), None)
    if above is not None:
        previous = lines[above]
        key = previous.strip().removeprefix("- ").strip()
        indent = len(previous) - len(previous.lstrip(" -"))  # where that key's text starts
        if key.endswith(":") and mark.column <= indent:
            return Problem(file, where.line, where.col, (
                f"YAML syntax: {words} stands on a line of its own where a key belongs; if it "
                f"is the value of {shown(key)} (line {above + 1}), write it on that line after "
                f"the colon, or indent it further than {shown(key[:-1])}"))
    return Problem(file, where.line, where.col,
                   f"YAML syntax: {words} stands where a key belongs but has no ':' after it "
                   "(write key: value, with a space after the colon)")


def _compose_events(loader, file: str) -> Node:
    root: Node | None = None
    stack: list[Node] = []  # open Seq / Map nodes
    pending_key: list[Scalar | None] = []  # per open Map: the key waiting for its value
    seen_keys: list[dict[str, Scalar]] = []
    nodes = 0
    documents = 0

    def attach(node: Node) -> None:
        nonlocal root
        if not stack:
            root = node
            return
        parent = stack[-1]
        if isinstance(parent, Seq):
            parent.items.append(node)
            return
        key = pending_key[-1]
        if key is None:
            if not isinstance(node, Scalar):
                raise YamlReadError([Problem(file, node.mark.line, node.mark.col,
                                             "a key must be a plain value, not a list or mapping")])
            previous = seen_keys[-1].get(node.value)
            if previous is not None:
                raise YamlReadError([Problem(
                    file, node.mark.line, node.mark.col,
                    f"duplicate key {node.value!r} (first at line {previous.mark.line})")])
            seen_keys[-1][node.value] = node
            pending_key[-1] = node
        else:
            parent.entries.append((key, node))
            pending_key[-1] = None

    while True:
        event = loader.get_event()
        if event is None:
            break
        if isinstance(event, yaml.StreamEndEvent):
            break
        if isinstance(event, yaml.StreamStartEvent | yaml.DocumentEndEvent):
            continue
        if isinstance(event, yaml.DocumentStartEvent):
            documents += 1
            if documents > 1:
                m = _mark(file, event.start_mark)
                raise YamlReadError([Problem(file, m.line, m.col,
                                             "a second YAML document ('---'); one file holds one")])
            continue
        mark = _mark(file, event.start_mark)
        if isinstance(event, yaml.AliasEvent):
            raise YamlReadError([Problem(file, mark.line, mark.col,
                                         f"aliases (*{event.anchor}) are not supported here; "
                                         "write the value out")])
        nodes += 1
        if nodes > MAX_NODES:
            raise YamlReadError([Problem(file, mark.line, mark.col,
                                         f"more than {MAX_NODES:,} values; too large for an agenda")])
        if isinstance(event, yaml.ScalarEvent):
            # libyaml gives a plain scalar the style '' (the Python parser: None)
            attach(Scalar(mark, event.value, plain=not event.style and bool(event.implicit[0])))
        elif isinstance(event, yaml.SequenceStartEvent | yaml.MappingStartEvent):
            if len(stack) >= MAX_DEPTH:
                raise YamlReadError([Problem(file, mark.line, mark.col,
                                             f"nested more than {MAX_DEPTH} levels deep")])
            node: Node = Seq(mark) if isinstance(event, yaml.SequenceStartEvent) else Map(mark)
            attach(node)
            stack.append(node)
            pending_key.append(None)
            seen_keys.append({})
        elif isinstance(event, yaml.SequenceEndEvent | yaml.MappingEndEvent):
            stack.pop()
            pending_key.pop()
            seen_keys.pop()
    if root is None:
        raise YamlReadError([Problem(file, 1, 1, "the file is empty")])
    return root


def describe(node: Node) -> str:
    """How a node reads in an error message: 'a list', 'a mapping', 'the text "x"'."""
    if isinstance(node, Seq):
        return "a list" if node.items else "an empty list"
    if isinstance(node, Map):
        return "a mapping" if node.entries else "an empty mapping"
    assert isinstance(node, Scalar)
    if node.is_null:
        return "nothing"
    return shown(node.value)
