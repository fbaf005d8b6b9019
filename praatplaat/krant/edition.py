"""One edition of the newsletter with what it needs: its articles, the previous edition, agenda statuses and changes.

Agenda snapshots: an edition's ``stand`` records the status an agenda item had when the edition
appeared (agenda item -> gepland | bezig | klaar). Items it does not list count with their current
status from ``agenda:``. So the latest edition normally needs no ``stand``, and an older edition
keeps what it said then. "What changed" compares an edition with the edition numbered just below
it: every item whose status moved forward (gepland -> bezig -> klaar).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..model import STATUSSEN, Agendapunt, Editie, Vision
from ..words import MONTHS, lang_of
from .check import parse_date


class UnknownEdition(ValueError):
    """No edition with that number (the message is the number)."""


@dataclass
class Change:
    punt: Agendapunt
    before: str
    after: str


@dataclass
class Edition:
    editie: Editie
    previous: Editie | None
    status: dict[str, str]  # agenda id -> status at this edition
    changes: list[Change] = field(default_factory=list)

    @property
    def date(self) -> date | None:
        return parse_date(self.editie.datum)


def statuses(vision: Vision, editie: Editie) -> dict[str, str]:
    return {p.id: editie.stand.get(p.id, p.status) for p in vision.agenda}


def edition(vision: Vision, nummer: int | None = None) -> Edition:
    """The edition with that number (default: the highest number) and its changes since the one before."""
    if vision.krant is None:
        raise UnknownEdition("")
    ordered = sorted(vision.krant.edities, key=lambda e: e.nummer)
    chosen = ordered[-1] if nummer is None else next((e for e in ordered if e.nummer == nummer), None)
    if chosen is None:
        raise UnknownEdition(str(nummer))
    before = [e for e in ordered if e.nummer < chosen.nummer]
    previous = before[-1] if before else None
    now = statuses(vision, chosen)
    changes = []
    if previous is not None:
        then = statuses(vision, previous)
        for p in vision.agenda:
            if STATUSSEN.index(now[p.id]) > STATUSSEN.index(then[p.id]):
                changes.append(Change(p, then[p.id], now[p.id]))
    return Edition(chosen, previous, now, changes)


def long_date(text: str, lang: str) -> str:
    """'2026-09-01' -> '1 september 2026' (the text itself if it is not a date)."""
    d = parse_date(text)
    if d is None:
        return text
    month = MONTHS[d.month][lang_of(lang)]
    return f"{d.day} {month} {d.year}"
