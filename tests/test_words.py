"""The one word list (praatplaat.words): the picture's, the command line's and the studio's words, with the
same keys and the same placeholders in Dutch and English, and every key used somewhere in the code."""

from __future__ import annotations

import ast
import string
from pathlib import Path

import pytest

from praatplaat import words
from praatplaat.words import APP, CLI, KRANT_CLI, LANGS, TABLES, WORDS, table, word

ROOT = Path(__file__).resolve().parent.parent
# every word table of the module: a mapping key -> {"nl": ..., "en": ...}, or one such entry of its own
ALL = {name: value for name, value in vars(words).items()
       if name.isupper() and isinstance(value, dict) and name not in ("TABLES", "ARGPARSE_NL")}


def _entries():
    """(name, both-language entry) of every word in the module."""
    for name, value in ALL.items():
        if set(value) == set(LANGS):
            yield name, value
        else:
            yield from ((f"{name}.{key}", entry) for key, entry in value.items())


def _leaves(value, prefix=""):
    """(dotted key, text) of every word in a (nested) table; tuples (singular, plural) give two."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _leaves(item, f"{prefix}{key}.")
    elif isinstance(value, tuple):
        for i, item in enumerate(value):
            yield f"{prefix}{i}", item
    else:
        yield prefix.rstrip("."), value


def _fields(text: str) -> set[str] | None:
    """The placeholders of a template; None for a text that is shown as it is (a lone brace)."""
    try:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}
    except ValueError:
        return None


def test_every_word_has_the_same_keys_and_placeholders_in_dutch_and_english():
    for name, entry in _entries():
        assert set(entry) == set(LANGS), name
        nl, en = dict(_leaves(entry["nl"])), dict(_leaves(entry["en"]))
        assert set(nl) == set(en), (name, set(nl) ^ set(en))
        for key, text in nl.items():
            assert isinstance(text, str) and text.strip() and en[key].strip(), (name, key)
            assert _fields(text) == _fields(en[key]), (name, key, text, en[key])


def test_every_table_is_named_for_the_one_lookup():
    named = {id(v) for v in TABLES.values()} | {id(WORDS)}
    assert [n for n, v in ALL.items() if set(v) != set(LANGS) and id(v) not in named] == []
    assert not set(TABLES) & set(WORDS)  # table('soort') and table('cli') never mean two things


def test_dutch_words_have_no_english_and_no_raw_values():
    nl = " ".join(text.lower() for _, text in _leaves({k: v["nl"] for k, v in WORDS.items()}))
    for english in ("click", "call", "face", "channels", "journeys", "stories"):
        assert english not in nl.split(), english
    assert "sociale-media" not in nl and "inwoner-aan-zet" not in nl


def test_one_lookup_for_picture_command_line_and_studio():
    assert word("meer", "en", n=3) == "+3 more"
    assert table("cli", "nl")["written"].format(path="x") == "geschreven: x"
    assert table("krant_cli", "en")["no_krant"] == "this vision has no 'krant:'"
    assert table("app", "en")["undo"] == "Undo" and table("app", "fr")["undo"] == "Ongedaan maken"
    assert table("soort", "en")["telefoon"] != table("soort", "nl")["telefoon"]


def _code(paths) -> tuple[set[str], set[str]]:
    """String literals in the code, and the constant beginnings of f-strings ('status_' of f'status_{x}')."""
    literals, prefixes = set(), set()
    for path in paths:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        if path.name == "words.py":  # the tables' own keys do not count, the lookup functions do
            tree = ast.Module([n for n in tree.body if isinstance(n, ast.FunctionDef)], [])
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                literals.add(node.value)
            elif isinstance(node, ast.JoinedStr) and len(node.values) > 1 and isinstance(node.values[0], ast.Constant):
                prefixes.add(node.values[0].value)
    return literals, {p for p in prefixes if p.endswith("_")}


def _unused(keys, paths) -> list[str]:
    literals, prefixes = _code(paths)
    return sorted(k for k in keys if k not in literals and not any(k.startswith(p) for p in prefixes))


STUDIO = sorted((ROOT / "components").glob("*.py")) + sorted((ROOT / "web").glob("*.py")) + [ROOT / "app.py"]
ENGINE = sorted((ROOT / "praatplaat").rglob("*.py"))


@pytest.mark.parametrize(("keys", "paths"), [
    pytest.param(APP, STUDIO, id="app"),
    pytest.param(CLI, [ROOT / "praatplaat" / "cli.py", ROOT / "praatplaat" / "command.py"], id="cli"),
    pytest.param(KRANT_CLI, [ROOT / "praatplaat" / "krant" / "cli.py"], id="krant_cli"),
    pytest.param(WORDS, ENGINE + STUDIO, id="picture"),
])
def test_every_key_is_used_somewhere(keys, paths):
    """A key counts as used when the code names it as a string, or builds it from an f-string's constant start
    (``t(f"status_{value}")`` uses every ``status_…``)."""
    assert _unused(keys, paths) == []


def test_the_usage_check_finds_an_unused_key():
    assert _unused(["undo", "surely_unused_key"], STUDIO) == ["surely_unused_key"]
