"""The Store: one object per database URL holding every workspace and room operation."""

from __future__ import annotations

import threading
from pathlib import Path

import sqlalchemy as sa

from .cleanup import maybe_cleanup
from .config import database_url, legacy_root
from .docs import Docs
from .engine import make_engine, migrate
from .rooms import Rooms
from .workspaces import Workspaces


class Store(Workspaces, Docs, Rooms):
    """Workspaces (text, append-only history, settings, files, sharing), their shared documents' update logs and
    rooms on one database.

    Thread-safe and process-safe: use one Store per process (``open_store``) from every thread. Every method
    is one short transaction; none keeps a connection between calls. Method docs: store/workspaces.py,
    store/docs.py and store/rooms.py.
    """

    def __init__(self, url: str, legacy: Path | None = None):
        self.url = url
        self.engine: sa.Engine = make_engine(url)
        self.legacy_root = legacy if legacy is not None else legacy_root()
        migrate(self.engine)

    def touch(self, browser: str, ws_id: str) -> None:
        """Workspaces.touch (a browser opens a workspace), then the hourly age-based clean-up (store/cleanup.py)."""
        super().touch(browser, ws_id)
        maybe_cleanup(self.engine)

    def close(self) -> None:
        """Release the connections (tests; an app keeps its store for the life of the process)."""
        self.engine.dispose()


_stores: dict[str, Store] = {}
_lock = threading.Lock()


def open_store(url: str | None = None) -> Store:
    """The Store for ``url`` (default: ``database_url()``), made once per URL and process; applies the Alembic
    migrations on first open (safe when several processes start together). Legacy directories come from
    ``$PRAATPLAAT_WORKSPACES`` or ./workspaces, as read at first open. Runs the age-based clean-up
    (store/cleanup.py) at most once an hour per process."""
    url = url or database_url()
    with _lock:
        if url not in _stores:
            _stores[url] = Store(url)
        db = _stores[url]
    maybe_cleanup(db.engine)
    return db
