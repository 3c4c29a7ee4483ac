"""Checked agendas kept between launches (runofshow/agenda_cache.py): the same agenda as the
file says, or the file read again; never a stale one."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from datetime import timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from benchmarks.synthetic import synthetic_agenda_yaml
from runofshow import agenda_cache, loader
from runofshow.agenda_cache import cache_dir, load_agenda_cached
from runofshow.errors import AgendaError
from runofshow.loader import load_agenda
from runofshow.projection import project
from tests.conftest import REPO, WIPO
from tests.test_properties import SETTINGS


@pytest.fixture
def agenda_file(tmp_path):
    path = tmp_path / "wipo.yaml"
    shutil.copy(WIPO, path)
    return path


@pytest.fixture
def parses(monkeypatch):
    """Counts the files really parsed (cache misses)."""
    counted = []
    real = loader.load_agenda_bytes

    def counting(data, file):
        counted.append(file)
        return real(data, file)

    monkeypatch.setattr(loader, "load_agenda_bytes", counting)
    return counted


def cached_files(folder):
    return sorted(p.name for p in folder.glob("*.agenda"))


def test_the_second_load_comes_from_the_cache_and_is_the_same_agenda(agenda_file, tmp_path, parses):
    folder = tmp_path / "cache"
    first = load_agenda_cached(agenda_file, folder)
    assert parses == [str(agenda_file)]
    assert len(cached_files(folder)) == 1
    second = load_agenda_cached(agenda_file, folder)
    assert parses == [str(agenda_file)]  # not parsed again
    assert second == first == load_agenda(agenda_file)
    # what the engine works from is rebuilt too: indexes, epoch seconds, the projection
    assert second.session_ids == first.session_ids
    assert [s.start_s for s in second.sessions()] == [s.start_s for s in first.sessions()]
    at = first.days[0].sessions[0].start + timedelta(minutes=30)
    assert project(second, [], at) == project(first, [], at)


def test_an_edited_file_is_read_again_even_at_the_same_size(agenda_file, tmp_path, parses):
    folder = tmp_path / "cache"
    load_agenda_cached(agenda_file, folder)
    text = agenda_file.read_text(encoding="utf-8")
    edited = text.replace("Geneva", "Genevb", 1)
    assert edited != text and len(edited) == len(text)
    agenda_file.write_text(edited, encoding="utf-8")
    again = load_agenda_cached(agenda_file, folder)
    assert len(parses) == 2
    assert again == load_agenda(agenda_file)
    assert again != load_agenda(WIPO)


def test_a_change_in_the_core_s_code_reads_the_file_again(agenda_file, tmp_path, parses, monkeypatch):
    folder = tmp_path / "cache"
    load_agenda_cached(agenda_file, folder)
    real = agenda_cache.code_fingerprint()
    monkeypatch.setattr(agenda_cache, "code_fingerprint", lambda: real + " edited")
    assert load_agenda_cached(agenda_file, folder) == load_agenda(agenda_file)
    assert len(parses) == 2


def test_the_fingerprint_follows_every_core_source_file(monkeypatch, tmp_path):
    core = tmp_path / "runofshow"
    core.mkdir()
    for name in ("__init__.py", "model.py", "loader.py"):
        (core / name).write_text(f"# {name}\n")
    monkeypatch.setattr(agenda_cache.runofshow, "__file__", str(core / "__init__.py"))
    before = agenda_cache.code_fingerprint()
    assert agenda_cache.code_fingerprint() == before
    (core / "loader.py").write_text("# loader.py, edited\n")
    assert agenda_cache.code_fingerprint() != before


def test_code_that_cannot_be_read_as_files_caches_nothing(agenda_file, tmp_path, parses,
                                                          monkeypatch):
    # a frozen app: the core's modules are not files the fingerprint can read
    monkeypatch.setattr(agenda_cache.runofshow, "__file__", str(tmp_path / "app.zip" / "x.py"))
    assert agenda_cache.code_fingerprint() is None
    folder = tmp_path / "cache"
    assert load_agenda_cached(agenda_file, folder) == load_agenda(agenda_file)
    assert load_agenda_cached(agenda_file, folder) == load_agenda(agenda_file)
    assert len(parses) == 2
    assert not folder.exists()


@pytest.mark.parametrize("damage", [b"", b"not a cache file at all", "truncated"])
def test_a_damaged_cache_is_only_a_miss_and_is_written_afresh(agenda_file, tmp_path, parses, damage):
    folder = tmp_path / "cache"
    load_agenda_cached(agenda_file, folder)
    (cached,) = folder.glob("*.agenda")
    whole = cached.read_bytes()
    cached.write_bytes(whole[: len(whole) // 2] if damage == "truncated" else damage)
    assert load_agenda_cached(agenda_file, folder) == load_agenda(agenda_file)
    assert len(parses) == 2
    assert cached.read_bytes() == whole  # good again: the next launch is fast
    load_agenda_cached(agenda_file, folder)
    assert len(parses) == 2


def test_two_files_with_the_same_content_are_kept_apart(agenda_file, tmp_path, parses):
    folder = tmp_path / "cache"
    other = tmp_path / "elsewhere" / "wipo.yaml"
    other.parent.mkdir()
    shutil.copy(agenda_file, other)
    assert load_agenda_cached(agenda_file, folder).source == str(agenda_file)
    assert load_agenda_cached(other, folder).source == str(other)
    assert len(cached_files(folder)) == 2
    assert load_agenda_cached(agenda_file, folder).source == str(agenda_file)
    assert len(parses) == 2


def test_the_agenda_names_its_file_as_it_was_given_as_load_agenda_does(agenda_file, tmp_path,
                                                                       monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.chdir(agenda_file.parent)
    for spelled in ("wipo.yaml", str(agenda_file), "wipo.yaml"):
        assert load_agenda_cached(spelled, folder).source == load_agenda(spelled).source == spelled


def test_a_bad_agenda_raises_as_load_agenda_does_and_nothing_is_kept(tmp_path):
    folder = tmp_path / "cache"
    bad = tmp_path / "bad.yaml"
    bad.write_text("title: Broken\ntimezone: Mars/Olympus\ndays: []\n", encoding="utf-8")
    with pytest.raises(AgendaError) as direct:
        load_agenda(bad)
    with pytest.raises(AgendaError) as cached:
        load_agenda_cached(bad, folder)
    assert cached.value.problems == direct.value.problems
    assert not folder.exists() or cached_files(folder) == []


def test_a_missing_file_raises_as_load_agenda_does(tmp_path):
    missing = tmp_path / "nowhere.yaml"
    with pytest.raises(AgendaError) as direct:
        load_agenda(missing)
    with pytest.raises(AgendaError) as cached:
        load_agenda_cached(missing, tmp_path / "cache")
    assert cached.value.problems == direct.value.problems


def test_a_cache_folder_that_cannot_be_written_costs_only_time(agenda_file, tmp_path, parses):
    blocked = tmp_path / "a file, not a folder"
    blocked.write_text("")
    assert load_agenda_cached(agenda_file, blocked / "cache") == load_agenda(agenda_file)
    assert load_agenda_cached(agenda_file, blocked / "cache") == load_agenda(agenda_file)
    assert len(parses) == 2
    assert not list(tmp_path.glob("**/*.tmp"))


def test_the_cache_folder_follows_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("RUNOFSHOW_DATA_DIR", str(tmp_path / "data"))
    assert cache_dir() == tmp_path / "data" / "cache"
    monkeypatch.setenv("RUNOFSHOW_CACHE_DIR", str(tmp_path / "agendas"))
    assert cache_dir() == tmp_path / "agendas"
    monkeypatch.delenv("RUNOFSHOW_CACHE_DIR")
    monkeypatch.delenv("RUNOFSHOW_DATA_DIR")
    assert cache_dir().name.lower() in ("runofshow", "cache")


CACHED_RUN = r"""
import json, sys
from datetime import date
from runofshow.agenda_cache import load_agenda_cached
from runofshow.retime import shift_to
agenda = shift_to(load_agenda_cached(sys.argv[1]), date(2026, 11, 26))  # as --today does
print(json.dumps({"sessions": agenda.count(), "yaml": "yaml" in sys.modules,
                  "pickle": "pickle" in sys.modules}))
"""


def test_a_launch_that_finds_its_agenda_cached_never_imports_yaml_nor_pickle(agenda_file,
                                                                           tmp_path):
    env = {**os.environ, "RUNOFSHOW_CACHE_DIR": str(tmp_path / "cache")}

    def launch() -> dict:
        done = subprocess.run([sys.executable, "-c", CACHED_RUN, str(agenda_file)], cwd=REPO,
                              env=env, capture_output=True, text=True, timeout=60)
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout)

    assert launch() == {"sessions": 23, "yaml": True, "pickle": False}  # the first parses
    assert launch() == {"sessions": 23, "yaml": False, "pickle": False}


@SETTINGS
@given(sessions=st.integers(1, 60), days=st.integers(1, 3), seed=st.integers(0, 10_000))
def test_any_agenda_comes_back_from_the_cache_as_the_file_says(tmp_path_factory, sessions, days,
                                                               seed):
    days = min(days, sessions)
    folder = tmp_path_factory.mktemp("cached")
    path = folder / "generated.yaml"
    path.write_text(synthetic_agenda_yaml(sessions, days, seed), encoding="utf-8")
    parsed = load_agenda(path)
    assert load_agenda_cached(path, folder / "cache") == parsed  # a miss: parsed and kept
    hit = load_agenda_cached(path, folder / "cache")
    assert hit == parsed
    assert [(s.id, s.start_s, s.end_s) for s in hit.sessions()] == \
        [(s.id, s.start_s, s.end_s) for s in parsed.sessions()]
    assert all(hit.session(i) == parsed.session(i) for i in parsed.session_ids)
