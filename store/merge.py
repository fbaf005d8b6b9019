"""Three-way, line-based merge (pure): changes to different lines combine, overlapping changes conflict."""

from __future__ import annotations

from typing import NamedTuple


class Merged(NamedTuple):
    text: str
    conflict: bool


def merge3(base: str, mine: str, theirs: str) -> Merged:
    """Merge ``mine`` and ``theirs``, both edited from ``base``. On conflict ``text`` is ``theirs``."""
    raise NotImplementedError
