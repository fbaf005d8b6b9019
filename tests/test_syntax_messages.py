"""Frequent YAML syntax mistakes get a plain message in the user's language, at the right place."""

from __future__ import annotations

import pytest

from praatplaat.load import load_text


@pytest.mark.parametrize(
    ("text", "where", "nl", "en"),
    [
        ("titel: Visie: kern\n", (1, 13), "dubbele punt tussen aanhalingstekens", "quote text that contains a colon"),
        ("principes: {naam: a\n", (2, 1), "hier werd ',' of '}' verwacht", "',' or '}' was expected here"),
        ("principes: [a, b\n", (2, 1), "hier werd ',' of ']' verwacht", "',' or ']' was expected here"),
        ("titel: *nergens\n", (1, 8), "anker (&naam) dat niet bestaat", "anchor (&name) that does not exist"),
        ("visie:\n\tkern: x\n", (2, 1), "niet met tabs", "not tabs"),
        ("- a\nb: c\n", (2, 1), "lijstelement ('- ') verwacht", "a list item ('- ') was expected"),
    ],
)
def test_syntax_mistakes_are_explained(text, where, nl, en):
    result = load_text(text)
    syntax = [d for d in result.errors if d.code == "syntax"]
    assert syntax, result.report()
    assert (syntax[0].line, syntax[0].col) == where
    assert nl in syntax[0].message("nl") and en in syntax[0].message("en")
