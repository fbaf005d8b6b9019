"""Fit text into a box: wrap on words, then shrink within limits, then shorten with an ellipsis."""

from __future__ import annotations

from dataclasses import dataclass

from .fonts import drawable, measure

ELLIPSIS = "…"
SAFETY = 0.985  # leave room for tiny differences between renderers' glyph advances


@dataclass(slots=True)
class Fit:
    lines: list[str]
    size: float
    line_height: float
    truncated: bool

    @property
    def height(self) -> float:
        return len(self.lines) * self.line_height


def _split_word(word: str, width: float, size: float, bold: bool) -> list[str]:
    """Break a word too long for a line into hyphenated pieces."""
    pieces = []
    while measure(word, size, bold) > width and len(word) > 1:
        low, high = 1, len(word) - 1  # binary search for the longest prefix that fits with a hyphen
        while low < high:
            mid = (low + high + 1) // 2
            if measure(word[:mid] + "-", size, bold) <= width:
                low = mid
            else:
                high = mid - 1
        pieces.append(word[:low] + "-")
        word = word[low:]
    pieces.append(word)
    return pieces


def wrap(text: str, width: float, size: float, bold: bool = False, split: bool = True) -> list[str] | None:
    """Greedy word wrap at the given size; explicit newlines are kept.

    A word wider than the line is hyphenated, or, with ``split=False``, makes the wrap fail (None).
    """
    width *= SAFETY
    space = measure(" ", size, bold)
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line, line_w = "", 0.0
        for word in paragraph.split():
            word_w = measure(word, size, bold)
            if line and line_w + space + word_w <= width:
                line, line_w = f"{line} {word}", line_w + space + word_w
                continue
            if line:
                lines.append(line)
            if word_w > width:
                if not split:
                    return None
                *full, word = _split_word(word, width, size, bold)
                lines.extend(full)
                word_w = measure(word, size, bold)
            line, line_w = word, word_w
        lines.append(line)
    return [ln for ln in lines if ln] or [""]


def ellipsize(line: str, width: float, size: float, bold: bool = False) -> str:
    """Shorten a line, preferably at a word boundary, so that it ends with an ellipsis and fits."""
    width *= SAFETY
    if measure(line + ELLIPSIS, size, bold) <= width:
        return line + ELLIPSIS
    words = line.split()
    while len(words) > 1:
        words.pop()
        candidate = " ".join(words).rstrip(",.;:") + ELLIPSIS
        if measure(candidate, size, bold) <= width:
            return candidate
    word = words[0] if words else ""
    while word and measure(word + ELLIPSIS, size, bold) > width:
        word = word[:-1]
    return word + ELLIPSIS


def fit(
    text: str,
    width: float,
    height: float,
    size: float,
    min_size: float | None = None,
    bold: bool = False,
    leading: float = 1.3,
    max_lines: int | None = None,
) -> Fit:
    """Largest size from ``size`` down to ``min_size`` at which the wrapped text fits the box.

    Shrinking is preferred over hyphenating a long word; if the text does not fit even at
    ``min_size``, the lines that fit are kept and the last one ends in an ellipsis.
    """
    text = drawable(text)  # characters the font lacks are left out (and reported by fitcheck.glyph_warnings)
    text = " ".join(text.split()) if "\n" not in text else text.strip()
    min_size = size if min_size is None else min(min_size, size)
    for split in (False, True):
        current = size
        while True:
            line_height = round(current * leading, 2)
            lines = wrap(text, width, current, bold, split)
            room = int((height + 0.01) // line_height)
            if max_lines:
                room = min(room, max_lines)
            if lines is not None and room and len(lines) <= room:
                return Fit(lines, current, line_height, False)
            if current <= min_size:
                break
            current = max(min_size, current - 1)
    room = max(1, room)
    kept = lines[:room]
    kept[-1] = ellipsize(kept[-1], width, current, bold)
    return Fit(kept, current, line_height, True)
