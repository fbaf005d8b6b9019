"""The studio's interface language and its strings, Dutch first, English selectable.

The strings live with every other word of Praatplaat in ``praatplaat.words.APP`` (one table, one nl/en
parity test); ``STRINGS`` is that table, read here and by components.results.
"""

from __future__ import annotations

import streamlit as st

from praatplaat.words import APP as STRINGS  # noqa: F401 - re-exported for components.results and the tests
from praatplaat.words import table

LANGS = {"nl": "Nederlands", "en": "English"}


def lang() -> str:
    """The interface language of this session."""
    value = st.session_state.get("lang", "nl")
    return value if value in LANGS else "nl"


def tr(key: str, language: str, **params) -> str:
    """The string ``key`` in ``language`` (Dutch when missing), formatted with ``params``."""
    text = table("app", language)[key]
    return text.format(**params) if params else text


def t(key: str, **params) -> str:
    """The string ``key`` in this session's language."""
    return tr(key, lang(), **params)
