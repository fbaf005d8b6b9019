"""Hardening, round two (issue 18): titles the store's metadata step cannot choke on, one bounded YAML
reader, bases refused on lstat alone, messages that say where and what, and README commands that run."""

from __future__ import annotations

import ast
import errno
import os
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from praatplaat import cli, limits
from praatplaat.load import load_file, load_text
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
    tops = [p for p in ROOT.iterdir() if p.name not in ("tests", "bench", "node_modules") and p.name[0] != "."]
    for path in [p for top in tops for p in ([top] if top.is_file() else top.rglob("*"))]:
        if path.suffix != ".py" or path.name == "yamlload.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Attribute) and node.attr in parsers and isinstance(node.value, ast.Name)
                    and node.value.id == "yaml"):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}: yaml.{node.attr}")
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


# --- 4. messages that say where and what -----------------------------------------------------------


def check(path: Path, *extra: str, lang: str = "nl") -> tuple[int, list[str]]:
    """``check``'s exit code and stderr lines."""
    import contextlib
    import io

    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        code = cli.main(["--lang", lang, "check", str(path), *extra])
    return code, err.getvalue().splitlines()


@pytest.mark.parametrize("lang, words", [("nl", "'principes': hier hoort een lijst"), ("en", "'principes': a list")])
def test_a_type_message_names_its_key(tmp_path, lang, words):
    path = tmp_path / "visie.yaml"
    path.write_text("versie: 1\ntitel: T\norganisatie: O\nvisie:\n  kern: k\nprincipes: \"tekst\"\n", encoding="utf-8")
    code, lines = check(path, lang=lang)
    assert code == 1
    assert lines[0].startswith(f"{path}:6:12: ") and words in lines[0], lines


def test_every_type_message_names_its_key():
    text = HEAD.replace("principes: [{naam: a}]", "principes: [Helder, {naam: [a], uitleg: {a: 1}}]") + "fundament: x\n"
    found = {d.message("en").split(":")[0] for d in load_text(text).errors}
    assert found == {"'principes' (item 1)", "'naam'", "'uitleg'", "'fundament'"}


@pytest.mark.parametrize("text, at", [
    ("versie: 1\ntitel: T\x00x\n", (2, 9)), ("versie: 1\ntitel: T\norganisatie: \x07\n", (3, 14)),
    ("a: é\x01\n", (1, 5)), ("\x00", (1, 1)),
])
def test_a_control_character_is_reported_where_it_is(text, at):
    (error,) = load_text(text).errors
    assert (error.code, (error.line, error.col)) == ("control_char", at)
    assert "control characters are not allowed" not in error.message("nl")
    assert error.message("nl").startswith("ongeldig teken \\x")


@pytest.mark.parametrize("command", [
    ["render", "{vision}", "--out", "{folder}"], ["render", "{vision}", "--out", "{folder}/"],
    ["render", "{vision}", "--out", "{png_folder}"], ["vergelijk", "{vision}", "{vision}", "--out", "{folder}"],
    ["krant", "{krant}", "--out", "{folder}"],
])
def test_out_an_existing_folder_is_exit_4(tmp_path, command, capsys):
    (tmp_path / "uit").mkdir()
    (tmp_path / "uit.png").mkdir()
    vision = tmp_path / "visie.yaml"
    vision.write_text(HEAD, encoding="utf-8")
    names = {"vision": vision, "folder": tmp_path / "uit", "png_folder": tmp_path / "uit.png",
             "krant": ROOT / "praatplaten" / "gemeente-groothaven.yaml"}
    assert cli.main([arg.format(**names) for arg in command]) == cli.EXIT_OUTPUT
    err = capsys.readouterr().err
    assert "bestaande map" in err and "uitvoerformaat" not in err


def test_a_full_disk_is_said_in_dutch(tmp_path, capsys):
    vision = tmp_path / "visie.yaml"
    vision.write_text(HEAD, encoding="utf-8")
    (tmp_path / "vol.svg").symlink_to("/dev/full")
    assert cli.main(["render", str(vision), "--out", str(tmp_path / "vol.svg")]) == cli.EXIT_OUTPUT
    err = capsys.readouterr().err
    assert "de schijf is vol" in err and "No space" not in err
    assert cli.main(["--lang", "en", "render", str(vision), "--out", str(tmp_path / "vol.svg")]) == cli.EXIT_OUTPUT
    assert "the disk is full" in capsys.readouterr().err


@pytest.mark.parametrize("error, nl, en", [
    (PermissionError(errno.EACCES, "Permission denied"), "geen toestemming", "permission denied"),
    (FileNotFoundError(errno.ENOENT, "No such file or directory"), "bestand of map bestaat niet", "no such file"),
    (IsADirectoryError(errno.EISDIR, "Is a directory"), "dat is een map", "that is a folder"),
    (OSError(errno.ENOSPC, "No space left on device"), "de schijf is vol", "the disk is full"),
])
def test_an_unreadable_file_says_why_in_dutch(tmp_path, monkeypatch, error, nl, en):
    import praatplaat.load as load_module

    def refuse(*_):
        raise error

    monkeypatch.setattr(load_module, "_opener", refuse)
    (tmp_path / "visie.yaml").write_text(HEAD, encoding="utf-8")
    (problem,) = load_file(tmp_path / "visie.yaml").errors
    assert problem.code == "unreadable"
    assert nl in problem.message("nl") and error.strerror not in problem.message("nl")
    assert en in problem.message("en")


def test_a_folder_or_fifo_as_vision_is_said_in_dutch(tmp_path):
    os.mkfifo(tmp_path / "fifo.yaml")
    for path, words in ((tmp_path, "(dat is een map)"), (tmp_path / "fifo.yaml", "(geen gewoon bestand)")):
        (problem,) = load_file(path).errors
        assert problem.message("nl") == f"het bestand kan niet worden gelezen {words}"


LONG = "Vergunningverleningsomgevingsloketspreekuurafsprakenplanner"  # one word: never fits, always shortened
SHORTENED = HEAD.replace("principes: [{naam: a}]", "principes: [{naam: Duidelijk}]") + f"""kanalen:
  - {{naam: {LONG}, soort: balie}}
  - {{naam: Post, soort: post}}
klantreizen:
  - naam: Reis
    stappen: [{{naam: Stap, kanaal: {LONG}, principes: [Duidelijk]}}]
"""


def test_check_strict_prints_its_summary_last(tmp_path):
    path = tmp_path / "visie.yaml"
    path.write_text(SHORTENED, encoding="utf-8")
    code, lines = check(path, "--strict")
    assert code == 1
    assert ": waarschuwing: kanaal 'Post'" in lines[0], "the loader's warning (an unused channel)"
    assert ": fout: naam van 'Vergunning" in lines[1], "the shortened name, an error with --strict"
    assert lines[2:] == ["1 fout(en), 1 waarschuwing(en)"], "the summary last, counting both"


# --- 2. valid input that took tens of seconds ---------------------------------------------------------


def edition(articles: int, chars: int) -> str:
    """Groothaven with one edition of ``articles`` articles whose text has ``chars`` characters."""
    body = ("Wij schrijven onze brieven opnieuw, in gewone taal. " * (chars // 52 + 1))[:chars].strip()
    items = "".join(f"        - titel: A{i}\n          tekst: {body}\n" for i in range(articles))
    head = (ROOT / "praatplaten" / "gemeente-groothaven.yaml").read_text(encoding="utf-8").split("\nkrant:")[0]
    edition_head = "\nkrant:\n  naam: K\n  edities:\n    - nummer: 1\n      datum: \"2026-03-02\"\n      artikelen:\n"
    return head + edition_head + items


def test_an_edition_beyond_the_text_limit_is_a_located_error():
    """Issue 18's 30 articles of 6,000 characters took 22.8 s (A4) and 47.9 s (A3) to print."""
    text = edition(30, 5990)
    (error,) = load_text(text, base_dir=ROOT / "praatplaten").errors
    artikelen = text.splitlines().index("      artikelen:") + 1
    assert (error.code, error.line, error.col) == ("krant_too_much_text", artikelen, 7)
    words = rf"editie 1 heeft te veel tekst voor de krant \(17\d{{4}} tekens; maximaal {limits.MAX_EDITION_CHARS}\)"
    assert re.match(words, error.message("nl"))
    assert "edition 1 has too much text" in error.message("en")


def test_an_edition_at_the_text_limit_is_valid():
    count = limits.MAX_EDITION_CHARS // 2000
    text = edition(count, 2000 - len("A0"))
    assert load_text(text, base_dir=ROOT / "praatplaten").ok
    assert not load_text(edition(count, 2000), base_dir=ROOT / "praatplaten").ok


def test_only_a_small_edition_balances_its_last_columns():
    """WeasyPrint's balancing lays the last page out again 1 px taller at a time (up to 10 s of CPU at the limit)."""
    from praatplaat.krant.html import BALANCED_CHARS, render_krant_html

    small = load_text(edition(2, BALANCED_CHARS // 2 - 10), base_dir=ROOT / "praatplaten").vision
    large = load_text(edition(4, BALANCED_CHARS // 2), base_dir=ROOT / "praatplaten").vision
    assert "column-fill:balance" in render_krant_html(small, for_print=True)
    assert "column-fill:auto" in render_krant_html(large, for_print=True)


# --- 5. the suite names its slowest tests -----------------------------------------------------------


def test_every_run_prints_the_slowest_15_tests():
    import tomllib

    options = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["pytest"]["ini_options"]
    assert "--durations=15" in options["addopts"].split()
