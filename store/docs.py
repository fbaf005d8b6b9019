"""The shared document of a workspace: an append-only log of Yjs updates, compacted now and then, and text
snapshots (revisions) taken from it.

The store only keeps bytes: making, merging and reading Yjs updates is the job of ``live/`` (pycrdt). Every
process that has a workspace's document open reads the log (``updates_after``) to take in what other
processes wrote, so updates travel between processes through the database.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

import sqlalchemy as sa

from . import schema as t
from .clock import now
from .engine import transaction
from .ids import check_id
from .model import NotFound
from .text import check_text

U, W = t.doc_updates, t.workspaces
LOG_LOCK = 72_617_302  # PostgreSQL advisory lock held while appending: ids commit in the order they are given


@dataclass(frozen=True)
class LoggedUpdate:
    """One row of the update log."""

    id: int
    ws_id: str
    data: bytes
    origin: str


class Docs:
    engine: sa.Engine

    def seed_doc(self, ws_id: str, first_update: Callable[[str], bytes]) -> None:
        """Give the workspace's log its first update, made from the head text by ``first_update``, unless the log
        has one already. Serialised on the workspace row, so two processes never both seed (which would double
        the text). Raises NotFound."""
        check_id(ws_id, "workspace id")
        with transaction(self.engine, write=True) as c:
            self._log_order(c)
            row = c.execute(sa.select(W.c.text).where(W.c.id == ws_id).with_for_update()).one_or_none()
            if row is None:
                raise NotFound("workspace")
            if c.execute(sa.select(U.c.id).where(U.c.ws_id == ws_id).limit(1)).first() is None:
                c.execute(sa.insert(U).values(ws_id=ws_id, data=first_update(row.text), origin="seed",
                                              created_at=now()))

    def doc_log(self, ws_id: str) -> list[LoggedUpdate]:
        """The workspace's whole log, oldest first."""
        check_id(ws_id, "workspace id")
        with transaction(self.engine) as c:
            rows = c.execute(sa.select(U.c.id, U.c.data, U.c.origin).where(U.c.ws_id == ws_id)
                             .order_by(U.c.id)).all()
        return [LoggedUpdate(r.id, ws_id, bytes(r.data), r.origin) for r in rows]

    def append_updates(self, ws_id: str, updates: Iterable[bytes], origin: str) -> list[int]:
        """Append ``updates`` to the log; returns their ids. Raises NotFound for a deleted workspace."""
        check_id(ws_id, "workspace id")
        at = now()
        with transaction(self.engine, write=True) as c:
            self._log_order(c)
            if c.execute(sa.select(W.c.id).where(W.c.id == ws_id)).first() is None:
                raise NotFound("workspace")
            return [c.execute(sa.insert(U).values(ws_id=ws_id, data=data, origin=origin[:64], created_at=at)
                              .returning(U.c.id)).scalar_one() for data in updates]

    @staticmethod
    def _log_order(c: sa.Connection) -> None:
        """Appends wait for each other until commit, so a reader that keeps the highest id it saw never misses a
        row committed later with a lower id (PostgreSQL gives ids before commit; SQLite's writers queue anyway).
        Readers apply rows in id order, which is then also the order they were made in: a row never arrives
        before one it builds on (Yrs loses text when several such updates wait for a missing one).
        Take it first in a transaction, before any row lock.
        """
        if c.dialect.name == "postgresql":
            c.execute(sa.text("SELECT pg_advisory_xact_lock(:k)"), {"k": LOG_LOCK})

    def updates_after(self, after: int, ws_ids: Iterable[str], limit: int = 2000) -> list[LoggedUpdate]:
        """Log rows with an id above ``after`` for the given workspaces, oldest first (see ``_log_order``)."""
        ids = list(ws_ids)
        if not ids:
            return []
        with transaction(self.engine) as c:
            rows = c.execute(sa.select(U.c.id, U.c.ws_id, U.c.data, U.c.origin)
                             .where(U.c.id > after, U.c.ws_id.in_(ids)).order_by(U.c.id).limit(limit)).all()
        return [LoggedUpdate(r.id, r.ws_id, bytes(r.data), r.origin) for r in rows]

    def last_update_id(self) -> int:
        with transaction(self.engine) as c:
            return c.execute(sa.select(sa.func.max(U.c.id))).scalar() or 0

    def compact_doc(self, ws_id: str, merge: Callable[[list[bytes]], bytes]) -> int:
        """Replace the workspace's log by one update, ``merge`` of all its rows, in one transaction (so no row
        written meanwhile is lost: it waits for the lock). Returns the number of rows it replaced."""
        check_id(ws_id, "workspace id")
        with transaction(self.engine, write=True) as c:
            self._log_order(c)  # first, as every writer of the log: no deadlock with an append
            if c.execute(sa.select(W.c.id).where(W.c.id == ws_id).with_for_update()).first() is None:
                return 0
            rows = c.execute(sa.select(U.c.id, U.c.data).where(U.c.ws_id == ws_id).order_by(U.c.id)).all()
            if len(rows) < 2:
                return 0
            merged = merge([bytes(r.data) for r in rows])
            c.execute(sa.delete(U).where(U.c.ws_id == ws_id, U.c.id <= rows[-1].id))
            c.execute(sa.insert(U).values(ws_id=ws_id, data=merged, origin="compact", created_at=now()))
            return len(rows)

    def snapshot(self, ws_id: str, text: str, *, session: str = "") -> int:
        """Keep ``text`` (the document now) as a new head revision unless it equals the head: the revision history,
        the recent list's title and the read-only view follow the document. Returns the head revision.
        Raises NotFound, InvalidText, LimitExceeded('text_size')."""
        check_id(ws_id, "workspace id")
        check_text(text)
        with transaction(self.engine, write=True) as c:
            row = self._locked(c, ws_id)
            if row.text == text:
                return row.revision
            return self._append(c, row, text, "edit", "", session)
