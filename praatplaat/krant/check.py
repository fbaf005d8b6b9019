"""Checks of the ``krant:`` section: located errors for what cannot be published, warnings for what reads badly.

Errors: edition numbers below 1 or used twice, more text in an edition than limits.MAX_EDITION_CHARS (its PDF
would take long), dates that are not ISO year-month-day, agenda statuses
outside gepland/bezig/klaar, photo names that are not a plain file name next to the vision (or are a
symlink). Warnings: a photo that is not there, a photo without ``foto_tekst`` (alt text), and plain
language (B1) in the opening, intros, texts and pull quotes: long sentences and long words with the
heuristics of praatplaat.a11y, and a cheap passive-voice heuristic (a form of 'worden' with a past
participle in the same sentence).
"""

from __future__ import annotations

import difflib
import os
import re
import stat
from datetime import date
from pathlib import Path

from .. import a11y
from ..diagnostics import Diagnostic, hint
from ..limits import MAX_EDITION_CHARS
from ..model import STATUSSEN, Krant
from ..yamlload import Document
from .photo import safe_name

_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_WORDEN = re.compile(r"\b(wordt|worden|werd|werden)\b", re.IGNORECASE)
_PARTICIPLE = re.compile(r"\b(ge|be|ver|ont|her)[a-zë]{2,}(d|t|en)\b", re.IGNORECASE)
_SENTENCE = re.compile(r"(?<=[.!?…])\s+|\n\s*\n")


def parse_date(text: str) -> date | None:
    """An ISO date written as YYYY-MM-DD, or None."""
    if not _ISO.match(text):
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def _is_symlink(base_dir: Path, name: str) -> bool:
    try:
        return stat.S_ISLNK(os.lstat(base_dir / name).st_mode)
    except OSError:
        return False


def edition_errors(krant: Krant, doc: Document, base_dir: Path | None) -> list[Diagnostic]:
    out = []
    seen: dict[int, int] = {}
    for e, editie in enumerate(krant.edities):
        base = ("krant", "edities", e)
        if editie.nummer < 1:
            out.append(Diagnostic("error", "krant_number", *doc.mark(base + ("nummer",)), {"value": editie.nummer}))
        elif editie.nummer in seen:
            params = {"number": editie.nummer, "first": seen[editie.nummer]}
            out.append(Diagnostic("error", "krant_duplicate_number", *doc.mark(base + ("nummer",)), params))
        else:
            seen[editie.nummer] = doc.mark(base + ("nummer",))[0]
        if parse_date(editie.datum) is None:
            out.append(Diagnostic("error", "krant_date", *doc.mark(base + ("datum",)), {"value": editie.datum}))
        for ref, status in editie.stand.items():
            if status not in STATUSSEN:
                guess = difflib.get_close_matches(status, STATUSSEN, n=1, cutoff=0.6)
                params = {"value": status, "hint": hint(guess[0] if guess else None)}
                out.append(Diagnostic("error", "krant_status", *doc.mark(base + ("stand", ref)), params))
        if (size := edition_chars(editie)) > MAX_EDITION_CHARS:
            params = {"number": editie.nummer, "size": size, "limit": MAX_EDITION_CHARS}
            out.append(Diagnostic("error", "krant_too_much_text", *doc.mark(base + ("artikelen",), key=True), params))
        for a, artikel in enumerate(editie.artikelen):
            name = artikel.foto
            if name and (not safe_name(name) or (base_dir is not None and _is_symlink(Path(base_dir), name))):
                at = doc.mark(base + ("artikelen", a, "foto"))
                out.append(Diagnostic("error", "krant_photo_name", *at, {"name": name}))
    return out


def edition_chars(editie) -> int:
    """The characters of text in an edition: its opening and its articles' texts (bounded by MAX_EDITION_CHARS)."""
    fields = ("titel", "intro", "tekst", "citaat", "foto_tekst", "auteur")
    return len(editie.opening or "") + sum(len(getattr(a, f) or "") for a in editie.artikelen for f in fields)


def passive(text: str) -> str | None:
    """The first sentence that looks passive ('wordt ... gedaan'), or None."""
    for sentence in _SENTENCE.split(text):
        if _WORDEN.search(sentence) and _PARTICIPLE.search(sentence):
            return " ".join(sentence.split())
    return None


def _texts(krant: Krant):
    for e, editie in enumerate(krant.edities):
        base = ("krant", "edities", e)
        if editie.opening:
            yield base + ("opening",), "opening", editie.opening
        for a, artikel in enumerate(editie.artikelen):
            for key in ("intro", "tekst", "citaat"):
                if getattr(artikel, key):
                    yield base + ("artikelen", a, key), key, getattr(artikel, key)


def warnings(krant: Krant, doc: Document, base_dir: Path | None) -> list[Diagnostic]:
    out = []
    for e, editie in enumerate(krant.edities):
        for a, artikel in enumerate(editie.artikelen):
            path = ("krant", "edities", e, "artikelen", a)
            if not artikel.foto:
                continue
            if base_dir is not None and not (Path(base_dir) / artikel.foto).is_file():
                out.append(Diagnostic("warning", "krant_photo_missing", *doc.mark(path + ("foto",)),
                                      {"name": artikel.foto}))
            if not artikel.foto_tekst:
                out.append(Diagnostic("warning", "krant_alt_missing", *doc.mark(path + ("foto",)),
                                      {"title": artikel.titel}))
    for path, name, text in _texts(krant):
        at = doc.mark(path)
        sentence = a11y.long_sentence(text)
        if sentence:
            params = {"field": name, "words": sentence[0], "limit": a11y.MAX_SENTENCE_WORDS,
                      "start": " ".join(sentence[1].split()[:8])}
            out.append(Diagnostic("warning", "b1_sentence", *at, params))
        words = a11y.long_words(text)
        if words:
            params = {"field": name, "words": "', '".join(words[:3]), "limit": a11y.MAX_WORD_LETTERS}
            out.append(Diagnostic("warning", "b1_word", *at, params))
        found = passive(text)
        if found:
            out.append(Diagnostic("warning", "krant_passive", *at, {"field": name,
                                                                     "start": " ".join(found.split()[:8])}))
    return out
