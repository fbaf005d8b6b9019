"""Praatplaat's storage layer: workspaces and werksessie rooms on SQLite or PostgreSQL (SQLAlchemy 2 + Alembic).

Never imports Streamlit. Usage::

    import store
    db = store.open_store()              # URL: $PRAATPLAAT_DATABASE_URL > secrets.toml > sqlite data/
    ws = db.get(ws_id)                   # None until something is written; InvalidId for a bad id
    ws = db.create(text, browser=browser_id)          # first write makes the workspace (ws.id = editing link)
    # the text is a shared Yjs document (live/): its updates are an append-only log in the store
    db.seed_doc(ws.id, first_update); db.doc_log(ws.id)              # open: the head text's update once, the log
    db.append_updates(ws.id, [update], origin=process_id)            # a batch of local edits
    db.updates_after(cursor, ws_ids); db.compact_doc(ws.id, merge)   # others' edits; one update beyond 400 rows
    db.snapshot(ws.id, doc_text, session=tab_id)      # a new head revision when the text changed (history)
    db.history(ws.id); db.revision(ws.id, n); db.head(ws.id)
    db.save_settings(ws.id, {"lang": "en"}); db.put_file(ws.id, "logo.png", data)
    db.touch(browser_id, ws.id); db.recent(browser_id); db.copy(ws.id, browser=b); db.delete(ws.id, browser=b)
    token = db.share(ws.id); db.by_share_token(token) -> ws_id (read-only view); db.revoke_share(ws.id)

    room = db.start_room(ws.id, activities=store.ACTIVITIES)   # room.code: 6 chars
    room = db.room_by_code(typed, client_key=browser_id)  # None = wrong; RateLimited after many (per browser,
                                                           # never a network address: phones share one)
    p = db.join(room.id, name="Anna", role="inwoner", client_key=browser_id)
    db.add_contribution(p, "verhaal", {"quote": "...", "principle": "p1"})
    db.contributions(room.id, since_id=last_id); db.room_head(room.id)     # live polling
    db.set_status(c.id, "geaccepteerd"); db.results(room.id); db.close_room(room.id)

Errors are StoreError subclasses with a stable ``code`` for translated messages. Bounds: store.bounds and
docs/storage.md.
"""

from . import bounds
from .config import database_url
from .docs import LoggedUpdate
from .ids import is_id, new_id, normal_code
from .model import (
    ACTIVITIES,
    STATUSES,
    Contribution,
    InvalidContribution,
    InvalidId,
    InvalidText,
    LimitExceeded,
    NotFound,
    Participant,
    RateLimited,
    RecentWorkspace,
    Results,
    Revision,
    Room,
    RoomClosed,
    RoomLocked,
    StoreError,
    WorkspaceState,
)
from .store import Store, open_store
from .text import named_files

__all__ = [
    "ACTIVITIES", "STATUSES", "Contribution", "InvalidContribution", "InvalidId", "InvalidText", "LimitExceeded",
    "LoggedUpdate", "NotFound", "Participant", "RateLimited", "RecentWorkspace", "Results", "Revision", "Room",
    "RoomClosed", "RoomLocked", "Store", "StoreError", "WorkspaceState", "bounds", "database_url", "is_id",
    "named_files", "new_id", "normal_code", "open_store",
]
