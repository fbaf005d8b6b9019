"""Accessibility and plain-language (B1) checks of a vision, as located warnings.

Contrast: for every way the layouts use a house-style colour (see praatplaat.theme.Theme) the
WCAG 2.1 ratio is computed: ``tekst`` on ``achtergrond`` for body text (4.5:1), ``primair`` for
headings and names on the panels (4.5:1) and for the house's shapes on the background (3:1),
``accent`` for selection and emphasis on the background (3:1). Only colours the author wrote are
checked (the built-in defaults are ours to keep right). A warning sits at the foreground colour
in the YAML, names the element, and suggests the nearest shade of it, towards black or white,
that passes every use of it; a written ``achtergrond`` that fails with default foreground colours
gets one warning listing the colours to add.

Plain language (taalniveau B1), a deliberately simple heuristic without network or model: in
every ``kern``, ``uitleg``, ``toelichting`` and ``citaat``, a sentence (text up to . ! ? … or a
blank line) of more than 20 words, and a word of more than 20 letters (parts of a hyphenated
word, web and e-mail addresses are not counted), are flagged, at most one warning of each kind
per text. Abbreviations with full stops only make sentences shorter, so they never add warnings.

``min_text_px`` tells the smallest text size of a scene when exported at a given pixel width.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from typing import TYPE_CHECKING

from .diagnostics import Diagnostic
from .model import HUISSTIJL_KLEUREN, Huisstijl, Vision
from .theme import BLACK, WHITE, Theme, contrast, mix
from .words import CONTRAST
from .yamlload import Document

if TYPE_CHECKING:  # only an annotation: loading a vision needs neither the scene nor the fonts
    from .scene import Scene

TEXT_RATIO, GRAPHICS_RATIO = 4.5, 3.0
MAX_SENTENCE_WORDS = 20
MAX_WORD_LETTERS = 20


DEFAULTS = {k: getattr(Huisstijl(), k).upper() for k in HUISSTIJL_KLEUREN}

# (foreground key, background name, background from the theme, ratio, element)
USES = (
    ("tekst", CONTRAST["background"], lambda t: t.background, TEXT_RATIO, CONTRAST["body_text"]),
    ("primair", CONTRAST["panels"], lambda t: t.panel, TEXT_RATIO, CONTRAST["headings"]),
    ("primair", CONTRAST["background"], lambda t: t.background, GRAPHICS_RATIO, CONTRAST["house"]),
    ("accent", CONTRAST["background"], lambda t: t.background, GRAPHICS_RATIO, CONTRAST["emphasis"]),
)


def _theme(colours: dict[str, str]) -> Theme:
    """The theme the layouts would derive from these house-style colours."""
    return Theme.from_huisstijl(Huisstijl(**colours))


def check(vision: Vision, doc: Document) -> list[Diagnostic]:
    """Warnings about colour contrast and B1 language, located in the YAML."""
    return _contrast(vision.huisstijl, doc) + _plain_language(vision, doc)


def min_text_px(scene: Scene, width_px: float) -> float:
    """The smallest font size in the scene, in output pixels at ``width_px`` wide (inf without text)."""
    sizes = [t.size for t in scene.texts() if any(t.lines)]
    return min(sizes) * width_px / scene.width if sizes else math.inf


# --- contrast ----------------------------------------------------------------------------------


def _passes(key: str, colours: dict[str, str]) -> bool:
    theme = _theme(colours)
    return all(contrast(colours[k], bg(theme)) >= ratio for k, _, bg, ratio, _ in USES if k == key)


def suggest(key: str, colours: dict[str, str]) -> str | None:
    """The nearest shade of colour ``key`` (towards black or white) with which all its uses pass."""
    for step in range(1, 41):
        for toward in (BLACK, WHITE):
            candidate = mix(colours[key], toward, step / 40)
            if _passes(key, colours | {key: candidate}):
                return candidate
    return None


def _contrast(h: Huisstijl, doc: Document) -> list[Diagnostic]:
    written = {k for k in HUISSTIJL_KLEUREN if ("huisstijl", k) in doc.marks}
    if not written:
        return []
    colours = {k: getattr(h, k).upper() for k in HUISSTIJL_KLEUREN}
    theme, default_theme = _theme(colours), _theme(DEFAULTS)
    out, defaults, done = [], [], set()
    for key, bg_name, bg_of, ratio, element in USES:
        if key in done or not ({key, "achtergrond"} & written):
            continue
        bg = bg_of(theme)
        got = contrast(colours[key], bg)
        if got >= ratio or (key not in written and contrast(DEFAULTS[key], bg_of(default_theme)) < ratio):
            continue  # passes, or a default colour that fails on the default background too: ours to fix
        done.add(key)
        shown = f"{math.floor(got * 10) / 10:.1f}"
        fix = suggest(key, colours) or (BLACK if ratio > GRAPHICS_RATIO else WHITE)
        if key not in written:
            defaults.append((f"{key} {colours[key]} ({shown}:1 < {ratio:g}:1)", f'{key}: "{fix}"'))
            continue
        params = {"key": key, "colour": colours[key], "element": element, "bg_name": bg_name, "bg": bg,
                  "ratio": shown, "need": f"{ratio:g}", "suggestion": fix}
        out.append(Diagnostic("warning", "contrast", *doc.mark(("huisstijl", key)), params))
    if defaults:
        params = {"bg": colours["achtergrond"], "items": ", ".join(i for i, _ in defaults),
                  "fixes": ", ".join(f for _, f in defaults)}
        out.append(Diagnostic("warning", "contrast_defaults", *doc.mark(("huisstijl", "achtergrond")), params))
    return out


# --- plain language ----------------------------------------------------------------------------

_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+|\n\s*\n")
_WORD_PARTS = re.compile(r"[-‐‑–/]")


def _texts(vision: Vision):
    """(path, field, text) of every text the B1 check reads."""
    if vision.visie.kern:
        yield ("visie", "kern"), "kern", vision.visie.kern
    if vision.visie.toelichting:
        yield ("visie", "toelichting"), "toelichting", vision.visie.toelichting
    for i, p in enumerate(vision.principes):
        if p.uitleg:
            yield ("principes", i, "uitleg"), "uitleg", p.uitleg
    if vision.fundament and vision.fundament.uitleg:
        yield ("fundament", "uitleg"), "uitleg", vision.fundament.uitleg
    for i, g in enumerate(vision.doelgroepen):
        if g.uitleg:
            yield ("doelgroepen", i, "uitleg"), "uitleg", g.uitleg
    for r, reis in enumerate(vision.klantreizen):
        for s, stap in enumerate(reis.stappen):
            if stap.toelichting:
                yield ("klantreizen", r, "stappen", s, "toelichting"), "toelichting", stap.toelichting
    for i, v in enumerate(vision.verhalen):
        yield ("verhalen", i, "citaat"), "citaat", v.citaat


def long_sentence(text: str) -> tuple[int, str] | None:
    """(word count, sentence) of the longest sentence over the limit, or None."""
    worst = None
    if len(text.split()) <= MAX_SENTENCE_WORDS:  # no sentence can be longer than the whole text
        return None
    for sentence in _SENTENCE_END.split(text):
        words = [w for w in sentence.split() if any(c.isalnum() for c in w)]
        if len(words) > MAX_SENTENCE_WORDS and (worst is None or len(words) > worst[0]):
            worst = (len(words), " ".join(sentence.split()))
    return worst


def long_words(text: str) -> list[str]:
    """Distinct words with more than the limit of letters, in order of appearance."""
    found: list[str] = []
    for token in text.split():
        if len(token) <= MAX_WORD_LETTERS:  # fewer characters than the limit of letters
            continue
        if "@" in token or "://" in token or token.lower().startswith("www."):
            continue
        word = token.strip(".,;:!?()[]{}'\"‘’“”«»…")
        parts = _WORD_PARTS.split(word)
        if any(sum(c.isalpha() for c in part) > MAX_WORD_LETTERS for part in parts) and word not in found:
            found.append(word)
    return found


@lru_cache(maxsize=8192)
def _findings(text: str) -> tuple[tuple[int, str] | None, tuple[str, ...]]:
    """long_sentence and long_words of ``text``, remembered: between two key presses almost every text is the same."""
    return long_sentence(text), tuple(long_words(text))


def _plain_language(vision: Vision, doc: Document) -> list[Diagnostic]:
    out = []
    for path, name, text in _texts(vision):
        at = doc.mark(path)
        sentence, words = _findings(text)
        if sentence:
            start = " ".join(sentence[1].split()[:8])
            params = {"field": name, "words": sentence[0], "limit": MAX_SENTENCE_WORDS, "start": start}
            out.append(Diagnostic("warning", "b1_sentence", *at, params))
        if words:
            params = {"field": name, "words": "', '".join(words[:3]), "limit": MAX_WORD_LETTERS}
            out.append(Diagnostic("warning", "b1_word", *at, params))
    return out
