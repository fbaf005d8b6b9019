"""Checks and cleaning of text the store keeps, and the title/organisation read from a vision's text."""

from __future__ import annotations

import re

from praatplaat.yamlload import load_yaml

from .bounds import MAX_TEXT_BYTES
from .model import InvalidText, LimitExceeded

_TOP = re.compile(r"^(titel|organisatie)[ \t]*:[ \t]*(.*?)[ \t]*$", re.MULTILINE)
_FILE_LINE = re.compile(r"^[ \t-]*(?:logo|foto):\s*['\"]?([A-Za-z0-9][A-Za-z0-9._-]{0,99})['\"]?\s*$", re.MULTILINE)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def check_text(text: str) -> str:
    """A vision text the databases can keep within MAX_TEXT_BYTES (LimitExceeded / InvalidText otherwise)."""
    if not isinstance(text, str) or "\x00" in text:
        raise InvalidText("text")
    try:
        size = len(text.encode("utf-8"))
    except UnicodeEncodeError:
        raise InvalidText("text") from None
    if size > MAX_TEXT_BYTES:
        raise LimitExceeded("text_size", MAX_TEXT_BYTES)
    return text


def clean(value: str) -> str:
    """Short user text (names, quotes): control characters and lone surrogates dropped, trimmed."""
    value = _CONTROL.sub("", value.replace("\r\n", "\n").replace("\t", " "))
    return value.encode("utf-8", "ignore").decode("utf-8").strip()


def meta(text: str) -> dict[str, str]:
    """``title`` and ``organisation`` from the top-level ``titel:``/``organisatie:`` lines ('' when absent).

    Never raises: each value is read with the bounded reader (praatplaat.yamlload); text (quotes and a
    comment removed) is itself, anything else (a date, a number, a list, deep nesting) is kept as written.
    """
    found: dict[str, str] = {}
    for key, raw in _TOP.findall(text):
        if key in found:
            continue
        raw = clean(raw)
        doc = load_yaml(raw)
        value = doc.data
        if doc.diagnostics or not isinstance(value, str | None):
            value = raw.strip("'\"")
        found[key] = clean("" if value is None else str(value))[:200]
    return {"title": found.get("titel", ""), "organisation": found.get("organisatie", "")}


def named_files(text: str) -> list[str]:
    """The file names a vision's text names (its logo, the newsletter's photos), once each, in order."""
    return list(dict.fromkeys(m.group(1) for m in _FILE_LINE.finditer(text)))
