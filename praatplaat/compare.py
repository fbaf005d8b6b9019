"""Matching the principles, channels and fundament of several organisations (pure, no drawing).

How elements are matched, in this order (each organisation's elements are taken in their own order,
and an element joins at most one row, which holds at most one element per organisation):

1. **Same base element** (confidence 1.0): both were inherited from the same base (``basis:``) with the same
   id, changed or not.
2. **Same id** (confidence 0.9): the authors gave them the same id (for the fundament: the same name).
3. **Similar name and explanation** (confidence = the score, at least MIN_SCORE): names are compared
   after lower-casing, removing little words (wij, de, op, ...) and a crude stem (menselijke ~ menselijk):
   the name score is the mean of the word overlap (Dice) and the character similarity (difflib ratio) of
   what is left; the explanation (uitleg; for channels their kind, availability and norm) can raise a
   score, never lower it: score = name when name >= text, else (name + text) / 2. A row's best match is
   taken (the highest score against any element already in the row). Channels of the same ``soort``
   need only MIN_SCORE_SAME_KIND.

A row's confidence is the lowest confidence with which one of its elements joined (None for an
element that matched nothing). Rows are ordered by how many organisations share them, then by first
appearance, so that what is shared comes first and what is unique last.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field

from .basis import Herkomst
from .model import Vision, slug

MIN_SCORE = 0.6
MIN_SCORE_SAME_KIND = 0.45
SAME_BASE, SAME_ID, SIMILAR = "basis", "id", "naam"
CONFIDENCE = {SAME_BASE: 1.0, SAME_ID: 0.9}

_LITTLE = frozenset({
    "wij", "we", "ons", "onze", "u", "uw", "de", "het", "een", "en", "of", "op", "in", "om", "te", "voor", "van",
    "met", "aan", "bij", "er", "is", "zijn", "zij", "je", "jij", "ik", "mijn", "die", "dat", "dit", "als", "ook",
    "niet", "naar", "tot", "door", "over", "uit", "dan", "wel",
})


@dataclass(frozen=True)
class Cell:
    """One organisation's element in a row."""

    org: int
    id: str
    naam: str
    tekst: str = ""  # the explanation (principle, fundament) or availability and norm (channel)
    herkomst: Herkomst | None = None
    how: str | None = None  # how it joined the row (SAME_BASE, SAME_ID, SIMILAR); None for the first
    confidence: float | None = None


@dataclass
class Row:
    """Elements of several organisations that say the same thing; ``cells`` has one entry per organisation."""

    kind: str  # principe, kanaal, fundament
    cells: list[Cell | None]
    order: int = 0

    @property
    def label(self) -> str:
        return next(c.naam for c in self.cells if c)

    @property
    def count(self) -> int:
        return sum(c is not None for c in self.cells)

    @property
    def confidence(self) -> float | None:
        scores = [c.confidence for c in self.cells if c and c.confidence is not None]
        return min(scores) if scores else None

    @property
    def how(self) -> str | None:
        """The weakest way an element joined: naam before id before basis."""
        hows = {c.how for c in self.cells if c and c.how}
        return next((h for h in (SIMILAR, SAME_ID, SAME_BASE) if h in hows), None)


@dataclass
class Comparison:
    organisations: list[str]
    principes: list[Row] = field(default_factory=list)
    kanalen: list[Row] = field(default_factory=list)
    fundament: list[Row] = field(default_factory=list)

    @property
    def sections(self) -> list[tuple[str, list[Row]]]:
        return [("principes", self.principes), ("kanalen", self.kanalen), ("fundament", self.fundament)]


def words(text: str) -> list[str]:
    """The content words of a text, crudely stemmed: 'Op menselijke maat' -> ['menselijk', 'maat']."""
    out = []
    for word in re.findall(r"\w+", text.lower()):
        if word in _LITTLE:
            continue
        for suffix in ("en", "e"):
            if len(word) > 5 and word.endswith(suffix):
                word = word[: -len(suffix)]
                break
        out.append(word)
    return out


def _dice(a: list[str], b: list[str]) -> float:
    sa, sb = set(a), set(b)
    return 2 * len(sa & sb) / (len(sa) + len(sb)) if sa and sb else 0.0


def name_score(a: str, b: str) -> float:
    """How alike two names are, 0..1 (see the module docstring)."""
    wa, wb = words(a), words(b)
    ratio = difflib.SequenceMatcher(None, " ".join(wa), " ".join(wb)).ratio() if wa and wb else 0.0
    return (_dice(wa, wb) + ratio) / 2


def score(a: Cell, b: Cell) -> float:
    """Similarity of two elements: the name score, raised (never lowered) by their explanations."""
    name = name_score(a.naam, b.naam)
    text = _dice(words(a.naam + " " + a.tekst), words(b.naam + " " + b.tekst))
    return name if name >= text else (name + text) / 2


def _origin(cell: Cell) -> tuple | None:
    h = cell.herkomst
    return (h.bron, cell.id) if h and h.bron else None


def _match(kind: str, per_org: list[list[Cell]], same_kind=None) -> list[Row]:
    rows: list[Row] = []
    n = len(per_org)
    for org, cells in enumerate(per_org):
        for cell in cells:
            open_rows = [r for r in rows if r.cells[org] is None]
            found, how, confidence = None, None, None
            origin = _origin(cell)
            if origin:
                found = next((r for r in open_rows if any(c and _origin(c) == origin for c in r.cells)), None)
                how = SAME_BASE
            if found is None:
                found = next((r for r in open_rows if any(c and c.id == cell.id for c in r.cells)), None)
                how = SAME_ID
            if found is None:
                best = 0.0
                for row in open_rows:
                    for other in filter(None, row.cells):
                        value = score(cell, other)
                        need = MIN_SCORE_SAME_KIND if same_kind and same_kind(cell, other) else MIN_SCORE
                        if value >= need and value > best:
                            found, best = row, value
                how, confidence = SIMILAR, round(best, 2)
            if found is None:
                rows.append(Row(kind, [None] * n, order=len(rows)))
                rows[-1].cells[org] = cell
                continue
            confidence = CONFIDENCE.get(how, confidence)
            found.cells[org] = Cell(cell.org, cell.id, cell.naam, cell.tekst, cell.herkomst, how, confidence)
    return sorted(rows, key=lambda r: (-r.count, r.order))


def _channel_text(k) -> str:
    return " · ".join(filter(None, (k.bereikbaarheid, k.servicenorm)))


def _unique(names: list[str]) -> list[str]:
    """Column names told apart: a second 'Gemeente X' (a copy, an upload) becomes 'Gemeente X (2)'."""
    out: list[str] = []
    for name in names:
        n, shown = 1, name
        while shown in out:
            n += 1
            shown = f"{name} ({n})"
        out.append(shown)
    return out


def compare(visions: list[Vision], herkomst: list[dict] | None = None) -> Comparison:
    """Match the principles, channels and fundament of ``visions`` (herkomst: per vision, from LoadResult)."""
    herkomst = herkomst or [{} for _ in visions]
    principes = [[Cell(o, p.id, p.naam, p.uitleg or "", h.get(("principes", p.id))) for p in v.principes]
                 for o, (v, h) in enumerate(zip(visions, herkomst, strict=True))]
    kanalen = [[Cell(o, k.id, k.naam, _channel_text(k), h.get(("kanalen", k.id))) for k in v.kanalen]
               for o, (v, h) in enumerate(zip(visions, herkomst, strict=True))]
    soort = {(o, k.id): k.soort for o, v in enumerate(visions) for k in v.kanalen}
    fundament = [
        [Cell(o, slug(v.fundament.naam), v.fundament.naam, v.fundament.uitleg or "", h.get(("fundament",)))]
        if v.fundament else []
        for o, (v, h) in enumerate(zip(visions, herkomst, strict=True))
    ]
    return Comparison(
        organisations=_unique([v.organisatie or v.titel for v in visions]),
        principes=_match("principe", principes),
        kanalen=_match("kanaal", kanalen, lambda a, b: soort[(a.org, a.id)] == soort[(b.org, b.id)]),
        fundament=_match("fundament", fundament),
    )


@dataclass(frozen=True)
class Hint:
    """A principle of the vision's base that an own principle seems to repeat ("seen it before")."""

    id: str
    naam: str
    bron: str
    score: float


def seen_before(vision: Vision, naam: str, uitleg: str = "", own_id: str | None = None) -> Hint | None:
    """The inherited principle of ``vision`` most like the principle being written (name ``naam``, explanation
    ``uitleg``, id ``own_id``), by the same score as the comparison (at least MIN_SCORE); None without a base.

    Only principles the vision inherits are offered (one dropped with ``weglaten`` is not): accepting the
    hint replaces the own principle by the inherited one (praatplaat.yamledit.adopt).
    """
    if not vision.basis or not naam.strip():
        return None
    mine = Cell(0, own_id or "", naam, uitleg)
    best: Hint | None = None
    for p in vision.principes:
        origin = vision.herkomst.get(("principes", p.id))
        if p.id == own_id or origin is None or origin.status == "eigen":
            continue
        value = score(mine, Cell(0, p.id, p.naam, p.uitleg or ""))
        if value >= MIN_SCORE and (best is None or value > best.score):
            best = Hint(p.id, p.naam, origin.bron or vision.basis, round(value, 2))
    return best
