"""Located problems: every complaint about a file names FILE:LINE:COL."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    file: str
    line: int
    col: int
    message: str

    def format(self) -> str:
        return f"{self.file}:{self.line}:{self.col}: {self.message}"


class AgendaError(Exception):
    """An agenda or events file is invalid; `problems` lists every problem found."""

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(problems)
        super().__init__("\n".join(p.format() for p in self.problems))
