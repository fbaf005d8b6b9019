"""Hardening, round two (issue 18): titles the store's metadata step cannot choke on, one bounded YAML
reader, bases refused on lstat alone, messages that say where and what, and README commands that run."""

from __future__ import annotations

import ast
import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from praatplaat.load import load_file
from store.text import meta

ROOT = Path(__file__).resolve().parent.parent
HEAD = "versie: 1\ntitel: T\norganisatie: O\nvisie: {kern: k}\nprincipes: [{naam: a}]\n"

# Titles that made the metadata step raise (RecursionError, ValueError): nesting, an impossible date, a
# number of more than 4,300 digits, an unclosed flow list.
HOSTILE_TITLES = {
    "nested": "[" * 3000 + "1" + "]" * 3000,
    "date": "2026-02-30",
    "nines": "9" * 5000,
    "brackets": "[" * 2000,
}


# --- 1. the store's metadata: never raises, a title is a title ------------------------------------


@pytest.mark.parametrize("title", HOSTILE_TITLES.values(), ids=HOSTILE_TITLES)
def test_the_metadata_of_a_hostile_title_is_text(title):
    found = meta(f"titel: {title}\norganisatie: Gemeente\n")
    assert found["organisation"] == "Gemeente"
    assert found["title"] == title[:200]


@pytest.mark.parametrize("line, title", [
    ("titel: 'Onze visie'", "Onze visie"), ('titel: "a: b" # opmerking', "a: b"), ("titel: 2026", "2026"),
    ("titel: ~", ""), ("titel: [a, b]", "[a, b]"), ("titel: yes", "yes"), ("titel: 1.50", "1.50"),
])
def test_the_metadata_of_an_ordinary_title(line, title):
    assert meta(line + "\n")["title"] == title


@settings(max_examples=200, deadline=None)
@given(st.text(), st.sampled_from(["titel", "organisatie"]))
def test_metadata_never_raises(value, key):
    found = meta(f"{key}: {value}\n")
    assert set(found) == {"title", "organisation"}
    assert all(isinstance(v, str) and len(v) <= 200 for v in found.values())


def test_only_the_bounded_reader_parses_yaml():
    """Every path that reads YAML goes through praatplaat/yamlload.py (depth, size and numbers bounded)."""
    parsers = {"load", "safe_load", "full_load", "unsafe_load", "load_all", "safe_load_all", "compose",
               "compose_all", "parse", "scan"}
    found = []
    for folder in ("praatplaat", "store", "components"):
        for path in (ROOT / folder).rglob("*.py"):
            if path.name == "yamlload.py":
                continue
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if (isinstance(node, ast.Attribute) and node.attr in parsers and isinstance(node.value, ast.Name)
                        and node.value.id == "yaml"):
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno}: yaml.{node.attr}")
    for path in [ROOT / "app.py"]:
        assert "yaml.safe_load" not in path.read_text(encoding="utf-8")
    assert not found


# --- 3. a symlinked base: refused on lstat alone --------------------------------------------------


@pytest.fixture
def spied(monkeypatch):
    """Every path stat'ed, lstat'ed, read as a link or opened (os.open) while the test runs."""
    seen: list[tuple[str, str]] = []
    for name in ("stat", "lstat", "readlink", "open"):
        real = getattr(os, name)

        def spy(path, *args, _real=real, _name=name, **kwargs):
            if not isinstance(path, int):
                seen.append((_name, os.path.abspath(os.fsdecode(path))))
            return _real(path, *args, **kwargs)

        monkeypatch.setattr(os, name, spy)
    return seen


def test_a_symlinked_base_is_refused_without_reading_the_link_or_its_target(tmp_path, spied):
    outside, inside = tmp_path / "buiten", tmp_path / "map"
    outside.mkdir()
    inside.mkdir()
    (outside / "l.yaml").write_text(HEAD, encoding="utf-8")
    (inside / "l.yaml").symlink_to(outside / "l.yaml")
    (inside / "visie.yaml").write_text(HEAD + "basis: l.yaml\n", encoding="utf-8")
    spied.clear()
    result = load_file(inside / "visie.yaml")
    assert [d.code for d in result.errors] == ["basis_not_plain"]
    link = str(inside / "l.yaml")
    assert ("readlink", link) not in spied, "the link is never read"
    assert not [p for _, p in spied if p.startswith(str(outside))], f"the target is never touched: {spied}"
    assert ("lstat", link) in spied
