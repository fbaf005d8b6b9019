"""Age-based clean-up: what nobody uses any more goes; nothing a person still uses is touched.

What goes (the ages are in store/bounds.py and docs/storage.md):

- an **unlisted workspace**: no browser lists it (no start-page entry anywhere), its text and files have not
  changed for UNLISTED_KEEP_DAYS, and it has no open room and no room closed within CLOSED_ROOM_KEEP_DAYS. Its
  history, files, share link and rooms go with it; a legacy directory of it is not imported again;
- a **closed room** closed more than CLOSED_ROOM_KEEP_DAYS ago, with its participants and contributions
  (accepted ones live on in the vision's text);
- an **expired share link**: the workspace's text has not changed and no browser has opened it for
  SHARE_KEEP_DAYS; the read-only link stops working (sharing again makes a new one);
- rate-limit attempts older than a day (the longest window is 10 minutes).

In use, and so kept whatever its age: a workspace on any browser's recent list, one changed recently, one with
an open room; an open room however quiet.

``cleanup`` runs it now (``python -m store cleanup``); ``maybe_cleanup`` runs it at most once per
CLEANUP_EVERY_S per database and process, and is called by ``store.open_store`` and ``Store.touch`` (a browser
opening a workspace), after the touch, so the workspace being opened is listed and kept.
"""

from __future__ import annotations

import logging
import threading
import time
import weakref
from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlalchemy as sa

from . import schema as t
from .bounds import CLEANUP_EVERY_S, CLOSED_ROOM_KEEP_DAYS, SHARE_KEEP_DAYS, UNLISTED_KEEP_DAYS
from .clock import now
from .engine import transaction
from .rooms import ATTEMPTS_KEPT

log = logging.getLogger(__name__)
W, B, F, RM, A = t.workspaces, t.browser_workspaces, t.files, t.rooms, t.attempts


@dataclass(frozen=True)
class Cleaned:
    """What one clean-up removed."""

    workspaces: int = 0
    rooms: int = 0
    share_links: int = 0
    attempts: int = 0


def cleanup(engine: sa.Engine, at: datetime | None = None) -> Cleaned:
    """Remove what is unused by the rules above, as of ``at`` (naive UTC; default now). One write transaction."""
    at = at or now()
    unlisted = at - timedelta(days=UNLISTED_KEEP_DAYS)
    closed = at - timedelta(days=CLOSED_ROOM_KEEP_DAYS)
    share = at - timedelta(days=SHARE_KEEP_DAYS)
    listed = sa.exists().where(B.c.ws_id == W.c.id)
    file_changed = sa.exists().where(F.c.ws_id == W.c.id, F.c.updated_at >= unlisted)
    room_kept = sa.exists().where(RM.c.ws_id == W.c.id, RM.c.is_open | (RM.c.closed_at >= closed))
    opened = sa.exists().where(B.c.ws_id == W.c.id, B.c.opened_at >= share)
    with transaction(engine, write=True) as c:
        old_rooms = c.execute(sa.delete(RM).where(~RM.c.is_open, RM.c.closed_at < closed)).rowcount
        gone = c.execute(sa.delete(W).where(W.c.updated_at < unlisted, ~listed, ~file_changed, ~room_kept)).rowcount
        links = c.execute(sa.update(W).where(W.c.share_token.is_not(None), W.c.updated_at < share, ~opened)
                          .values(share_token=None)).rowcount
        attempts = c.execute(sa.delete(A).where(A.c.at < at - ATTEMPTS_KEPT)).rowcount
    return Cleaned(gone, old_rooms, links, attempts)


_last: weakref.WeakKeyDictionary[sa.Engine, float] = weakref.WeakKeyDictionary()
_lock = threading.Lock()


def maybe_cleanup(engine: sa.Engine) -> Cleaned | None:
    """``cleanup`` when this process has not cleaned this engine's database for CLEANUP_EVERY_S; else None.
    A failure is logged, never raised: opening the store must not depend on the clean-up."""
    with _lock:
        last = _last.get(engine)
        if last is not None and time.monotonic() - last < CLEANUP_EVERY_S:
            return None
        _last[engine] = time.monotonic()
    try:
        return cleanup(engine)
    except sa.exc.SQLAlchemyError:
        log.warning("store clean-up failed; it is tried again in %s s", CLEANUP_EVERY_S, exc_info=True)
        return None
