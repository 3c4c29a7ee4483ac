"""Files written whole (runofshow/files.py): an imported agenda and an export get the
permissions any new file gets here (a failed write: tests/test_export.py)."""

from __future__ import annotations

import os
import stat

import pytest

from runofshow.files import write_whole
from tests.test_cli import run
from tests.test_import_text import SEED


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture
def umask():
    """Set the process's umask for the test (child processes inherit it)."""
    kept = os.umask(0o022)
    yield lambda mask: os.umask(mask)
    os.umask(kept)


@pytest.mark.parametrize("mask", [0o022, 0o002, 0o077])
def test_a_file_written_whole_has_the_permissions_of_a_new_file(tmp_path, umask, mask):
    umask(mask)
    plain = tmp_path / "plain.txt"
    plain.write_bytes(b"made by open()")
    out = tmp_path / "agenda.yaml"
    write_whole(out, b"title: x\n")
    assert out.read_bytes() == b"title: x\n"
    assert mode(out) == mode(plain) == 0o666 & ~mask  # not a private 0600 from mkstemp
    assert sorted(p.name for p in tmp_path.iterdir()) == ["agenda.yaml", "plain.txt"]


def test_the_import_and_export_commands_write_files_the_colleagues_can_read(tmp_path, umask):
    umask(0o022)
    agenda = tmp_path / "seed.yaml"
    assert run("import", str(SEED), "-o", str(agenda), "--timezone", "Europe/Zurich").returncode == 0
    sheet = tmp_path / "sheet.csv"
    assert run("export", str(agenda), "--format", "csv", "-o", str(sheet)).returncode == 0
    assert mode(agenda) == mode(sheet) == 0o644
