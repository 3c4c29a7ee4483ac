"""Located problems: every complaint about a file names FILE:LINE:COL; and the exit status
and usage errors of the command line."""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field

EXIT_INVALID = 2  # an invalid file, or a command line that makes no sense


@dataclass(frozen=True, order=True)
class Problem:
    """One problem with a file, at FILE:LINE:COL (or FILE:Sheet!C12 in a spreadsheet)."""

    file: str
    line: int
    col: int
    message: str
    cell: str = ""  # "Sheet!C12": a spreadsheet's own way to say where, shown for LINE:COL
    # the import option that would answer it ("room", "date" or "timezone") and its choices
    # (the rooms), so the app's Open dialog can ask for it instead of only showing the words
    needs: str = field(default="", compare=False)
    choices: tuple[str, ...] = field(default=(), compare=False)

    def format(self) -> str:
        return f"{self.file}:{self.cell or f'{self.line}:{self.col}'}: {self.message}"


def shown(value: str, limit: int = 40) -> str:
    """A value quoted in a message, shortened: a 70,000-character line helps no one."""
    return repr(value if len(value) <= limit else value[:limit - 3] + "...")


class AgendaError(Exception):
    """An agenda or events file is invalid; `problems` lists every problem found."""

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(problems)
        super().__init__("\n".join(p.format() for p in self.problems))

    def needed(self) -> dict[str, tuple[str, ...]]:
        """The options the problems ask for (Problem.needs), each with its choices."""
        found: dict[str, tuple[str, ...]] = {}
        for problem in self.problems:
            if problem.needs:
                found[problem.needs] = found.get(problem.needs, ()) or problem.choices
        return found


class Hints:
    """"Did you mean" lookups for one file, within a budget of comparisons: each lookup
    compares the word with every choice, and a file with thousands of bad ids must still be
    answered in well under two seconds (the first problems get their hints)."""

    def __init__(self, budget: int = 200_000):
        self.budget = budget

    def close(self, word: str, choices, cutoff: float = 0.6) -> str | None:
        choices = sorted(choices)
        self.budget -= len(choices)
        if self.budget < 0 or len(word) > 100:
            return None
        import difflib  # only a bad file needs it, not every start of the app

        found = difflib.get_close_matches(word, choices, n=1, cutoff=cutoff)
        return found[0] if found else None


class UsageParser(argparse.ArgumentParser):
    """An argument parser whose usage errors exit with EXIT_INVALID, like an invalid file,
    without a traceback."""

    def error(self, message: str):
        self.print_usage(sys.stderr)
        self.exit(EXIT_INVALID, f"{self.prog}: error: {message}\n")
