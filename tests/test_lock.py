"""packaging/requirements.lock agrees with pyproject.toml: every runtime dependency is pinned
exactly, within pyproject's range, and every pin carries a hash (packaging/build.py installs
the lock with --require-hashes --no-deps). No network; no version is written here."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

REPO = Path(__file__).resolve().parent.parent
LOCK = REPO / "packaging" / "requirements.lock"
HASH = "--hash=sha256:"


def runtime_requirements() -> list[Requirement]:
    with (REPO / "pyproject.toml").open("rb") as file:
        return [Requirement(line) for line in tomllib.load(file)["project"]["dependencies"]]


def lock_entries() -> dict[str, tuple[Requirement, list[str]]]:
    """Canonical name -> (the pinned requirement, its hashes). An entry is one logical line:
    `name==version ; marker \\` then `--hash=...` continuation lines; comments are dropped."""
    logical, current = [], ""
    for raw in LOCK.read_text(encoding="utf-8").splitlines():
        line = raw.split(" #", 1)[0].strip() if not raw.lstrip().startswith("#") else ""
        if not line:
            continue
        current += " " + line.removesuffix("\\").strip()
        if not line.endswith("\\"):
            logical.append(current.strip())
            current = ""
    if current.strip():
        logical.append(current.strip())

    entries = {}
    for text in logical:
        words = text.split()
        hashes = [word.removeprefix(HASH) for word in words if word.startswith(HASH)]
        requirement = Requirement(" ".join(word for word in words if not word.startswith("--")))
        name = canonicalize_name(requirement.name)
        assert name not in entries, f"{requirement.name} is in the lock twice"
        entries[name] = (requirement, hashes)
    return entries


ENTRIES = lock_entries()


def test_every_lock_entry_is_one_exact_version_with_hashes():
    assert ENTRIES, f"{LOCK} pins nothing"
    for name, (requirement, hashes) in ENTRIES.items():
        specs = list(requirement.specifier)
        assert len(specs) == 1 and specs[0].operator == "==", f"{name} is not pinned with ==: {requirement}"
        assert "*" not in specs[0].version, f"{name} is pinned to a wildcard: {requirement}"
        assert hashes, f"{name} has no {HASH} entry"
        assert all(len(h) == 64 and set(h) <= set("0123456789abcdef") for h in hashes), (
            f"{name} has a malformed hash")


@pytest.mark.parametrize("wanted", runtime_requirements(), ids=str)
def test_runtime_dependency_is_pinned_within_pyproject(wanted: Requirement):
    name = canonicalize_name(wanted.name)
    assert name in ENTRIES, f"{wanted.name} (pyproject.toml) is missing from {LOCK.name}"
    pinned, _ = ENTRIES[name]
    if wanted.marker is None:
        assert pinned.marker is None, f"{wanted.name} is needed everywhere, yet locked under a marker"
    version = next(iter(pinned.specifier)).version
    assert wanted.specifier.contains(version, prereleases=True), (
        f"{wanted.name}=={version} in the lock is outside pyproject's {wanted.specifier}")
