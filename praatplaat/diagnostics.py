"""Located, translated messages about a vision file, formatted like a compiler's (words: praatplaat.words.MESSAGES)."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

from .limits import MAX_QUOTED_CHARS
from .words import LANGS, MESSAGES, SEVERITY, TYPE_NAMES


def type_name(value: object, lang: str) -> str:
    """Human name of a YAML value's type."""
    names = TYPE_NAMES.get(type(value).__name__, TYPE_NAMES["other"])
    return names[lang]


# Parameters the program words itself; every other parameter quotes the author and is shortened.
_OWN_PARAMS = frozenset({"problem", "choices", "hint", "kind", "got", "items", "fixes", "field", "element",
                         "bg_name", "reason", "detail", "char"})


def short(value: object) -> object:
    """A value the author wrote, as text of at most MAX_QUOTED_CHARS characters plus '…'.

    Numbers and short texts are returned as they are; converting a huge integer never fails.
    """
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, int):
        if value.bit_length() <= 128:
            return value
        text = str(value) if value.bit_length() < 10_000 else f"{value:#x}"
    elif isinstance(value, float):
        return value
    else:
        text = value if isinstance(value, str) else repr(value)[: MAX_QUOTED_CHARS * 4]
    shown = "".join(_visible(c) for c in text[:MAX_QUOTED_CHARS])
    return shown if len(text) <= MAX_QUOTED_CHARS else shown + "…"


def _visible(char: str) -> str:
    """A control, format or surrogate character as an escape (\\x00), any other as itself."""
    return f"\\x{ord(char):02x}" if unicodedata.category(char) in ("Cc", "Cf", "Cs") else char


# Warnings that only say a vision is not finished yet (an element no step, quote or agenda item refers to): while a
# vision is being written they wait in a folded "Controleren" list until asked for, or until export.
REVIEW_CODES = frozenset({"unused_principle", "unused_channel", "unused_group"})


@dataclass(frozen=True)
class Diagnostic:
    """One error or warning at a 1-based line and column of a file."""

    severity: str
    code: str
    line: int
    col: int
    params: dict = field(default_factory=dict, compare=False, hash=False)
    file: str | None = None  # set when the problem is in another file than the one loaded (a base)

    @property
    def review(self) -> bool:
        """A warning about an unfinished vision: shown on request (see REVIEW_CODES), not while typing."""
        return self.severity == "warning" and self.code in REVIEW_CODES

    def message(self, lang: str = "nl") -> str:
        lang = lang if lang in LANGS else "nl"
        params = {k: (v[lang] if isinstance(v, dict) and lang in v else v) for k, v in self.params.items()}
        params = {k: (v if k in _OWN_PARAMS else short(v)) for k, v in params.items()}
        if params.get("hint") is None:
            params["hint"] = ""
        return MESSAGES[self.code][lang].format(**params)

    def format(self, filename: str, lang: str = "nl") -> str:
        sev = SEVERITY[self.severity][lang if lang in LANGS else "nl"]
        return f"{self.file or filename}:{self.line}:{self.col}: {sev}: {self.message(lang)}"


def hint(guess: str | None) -> dict | None:
    """A translated 'did you mean' suffix, or None."""
    if guess is None:
        return None
    return {lang: MESSAGES["hint"][lang].format(guess=short(guess)) for lang in LANGS}
