"""Three-way, line-based merge (pure): changes to different lines combine, overlapping changes conflict.

Each side's changes against the base are hunks (difflib opcodes). Two hunks conflict when their base ranges
overlap, or both insert at the same place, unless they are the very same change. Changes that only touch
(one ends where the other starts) merge. Without conflict every hunk is applied once, in base order.
"""

from __future__ import annotations

from difflib import SequenceMatcher
from typing import NamedTuple


class Merged(NamedTuple):
    text: str
    conflict: bool


class _Hunk(NamedTuple):
    start: int
    end: int
    lines: tuple[str, ...]


def _hunks(base: list[str], other: list[str]) -> list[_Hunk]:
    ops = SequenceMatcher(None, base, other, autojunk=False).get_opcodes()
    return [_Hunk(i1, i2, tuple(other[j1:j2])) for tag, i1, i2, j1, j2 in ops if tag != "equal"]


def _clash(a: _Hunk, b: _Hunk) -> bool:
    if a == b:
        return False
    overlap = a.start < b.end and b.start < a.end
    same_insert = a.start == a.end == b.start == b.end
    return overlap or same_insert


def merge3(base: str, mine: str, theirs: str) -> Merged:
    """Merge ``mine`` and ``theirs``, both edited from ``base``. On conflict ``text`` is ``theirs``."""
    if mine == theirs or base == mine:
        return Merged(theirs, False)
    if base == theirs:
        return Merged(mine, False)
    lines = base.splitlines(keepends=True)
    ours, their_hunks = _hunks(lines, mine.splitlines(keepends=True)), _hunks(lines, theirs.splitlines(keepends=True))
    if any(_clash(a, b) for a in ours for b in their_hunks):
        return Merged(theirs, True)
    out: list[str] = []
    pos = 0
    for hunk in sorted(set(ours) | set(their_hunks), key=lambda h: (h.start, h.end)):
        out.extend(lines[pos:hunk.start])
        out.extend(hunk.lines)
        pos = hunk.end
    out.extend(lines[pos:])
    text = "".join(out)
    return Merged(text, False)
