"""The tables (SQLAlchemy Core). The migrations in store/migrations create exactly these; a test checks it."""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()

workspaces = sa.Table(
    "workspaces", metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("revision", sa.Integer, nullable=False),  # the head revision's n
    sa.Column("last_n", sa.Integer, nullable=False),  # the highest n given (older databases: conflict revisions too)
    sa.Column("settings", sa.JSON, nullable=False),
    sa.Column("title", sa.String(200), nullable=False),
    sa.Column("organisation", sa.String(200), nullable=False),
    sa.Column("share_token", sa.String(64), unique=True),
    sa.Column("created_at", sa.DateTime, nullable=False),
    sa.Column("updated_at", sa.DateTime, nullable=False),
)

_ws_fk = sa.ForeignKey("workspaces.id", ondelete="CASCADE")

revisions = sa.Table(
    "revisions", metadata,
    sa.Column("ws_id", sa.String(64), _ws_fk, primary_key=True),
    sa.Column("n", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("kind", sa.String(16), nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("size", sa.Integer, nullable=False),
    sa.Column("author", sa.String(100), nullable=False),
    sa.Column("session", sa.String(100), nullable=False),
    sa.Column("created_at", sa.DateTime, nullable=False),
    # undo_to/redo_to linked the revisions of the old revision-based undo/redo (the revision whose text an undo or
    # redo from here restored). No longer written nor read: undo/redo are per tab in the shared document (live/).
    # The columns stay (existing databases have them; no migration): new revisions leave them NULL.
    sa.Column("undo_to", sa.Integer),
    sa.Column("redo_to", sa.Integer),
)

doc_updates = sa.Table(  # the shared document's append-only Yjs update log (live/: one Y.Doc per workspace)
    "doc_updates", metadata,
    sa.Column("id", sa.BigInteger().with_variant(sa.Integer, "sqlite"), primary_key=True),
    sa.Column("ws_id", sa.String(64), sa.ForeignKey("workspaces.id", ondelete="CASCADE"), nullable=False),
    sa.Column("data", sa.LargeBinary, nullable=False),
    sa.Column("origin", sa.String(64), nullable=False),  # the process that wrote it ('seed', 'compact')
    sa.Column("created_at", sa.DateTime, nullable=False),
    sa.Index("ix_doc_updates_ws", "ws_id", "id"),
    sqlite_autoincrement=True,  # ids only grow, also after compaction deleted the newest rows: readers keep a cursor
)

files = sa.Table(
    "files", metadata,
    sa.Column("ws_id", sa.String(64), sa.ForeignKey("workspaces.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("name", sa.String(100), primary_key=True),
    sa.Column("data", sa.LargeBinary, nullable=False),
    sa.Column("updated_at", sa.DateTime, nullable=False),
)

browser_workspaces = sa.Table(
    "browser_workspaces", metadata,
    sa.Column("browser", sa.String(64), primary_key=True),
    sa.Column("ws_id", sa.String(64), sa.ForeignKey("workspaces.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("created", sa.Boolean, nullable=False),
    sa.Column("opened_at", sa.DateTime, nullable=False),
    sa.Index("ix_browser_workspaces_ws", "ws_id"),
)

legacy_imports = sa.Table(
    "legacy_imports", metadata,
    sa.Column("ws_id", sa.String(64), primary_key=True),
    sa.Column("imported_at", sa.DateTime, nullable=False),
)

rooms = sa.Table(
    "rooms", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("ws_id", sa.String(64), sa.ForeignKey("workspaces.id", ondelete="CASCADE"), nullable=False),
    sa.Column("code", sa.String(8), nullable=False),
    sa.Column("activities", sa.String(100), nullable=False),
    sa.Column("is_open", sa.Boolean, nullable=False),
    sa.Column("head", sa.Integer, nullable=False),  # grows on every change in the room
    sa.Column("created_at", sa.DateTime, nullable=False),
    sa.Column("closed_at", sa.DateTime),
    sa.Column("show_results", sa.Boolean, nullable=False, server_default=sa.false()),  # to the participants
    sa.Column("show_names", sa.Boolean, nullable=False, server_default=sa.false()),  # with the results
    sa.Column("join_token", sa.String(64)),  # the secret in the QR link (128 bits); NULL in rooms made before 0004
    sa.Column("locked", sa.Boolean, nullable=False, server_default=sa.false()),  # no new phones join
    sa.Index("ix_rooms_ws", "ws_id"),
    sa.Index("ix_rooms_code", "code"),
    sa.Index("ux_rooms_join_token", "join_token", unique=True),
    sa.Index("ux_rooms_open_code", "code", unique=True,
             sqlite_where=sa.text("is_open"), postgresql_where=sa.text("is_open")),
)

participants = sa.Table(
    "participants", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("room_id", sa.Integer, sa.ForeignKey("rooms.id", ondelete="CASCADE"), nullable=False),
    sa.Column("key", sa.String(64), nullable=False, unique=True),
    sa.Column("name", sa.String(100), nullable=False),
    sa.Column("role", sa.String(100), nullable=False),
    sa.Column("created_at", sa.DateTime, nullable=False),
    sa.Column("device", sa.String(64)),  # a hash of the phone's server-issued device token (web/meedoen.py)
    sa.Column("address", sa.String(64)),  # a hash of the address the phone joined from (the per-address cap)
    sa.Column("hidden", sa.Boolean, nullable=False, server_default=sa.false()),  # the facilitator hid this phone
    sa.Column("seen_at", sa.DateTime),  # the phone last opened the page or sent (for "active")
    sa.Index("ix_participants_room", "room_id"),
    sa.Index("ux_participants_device", "room_id", "device", unique=True),
    sa.Index("ix_participants_address", "room_id", "address"),
)

contributions = sa.Table(
    "contributions", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("room_id", sa.Integer, sa.ForeignKey("rooms.id", ondelete="CASCADE"), nullable=False),
    sa.Column("participant_id", sa.Integer, sa.ForeignKey("participants.id", ondelete="CASCADE"), nullable=False),
    sa.Column("kind", sa.String(16), nullable=False),
    sa.Column("payload", sa.JSON, nullable=False),
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("edited", sa.JSON(none_as_null=True)),
    sa.Column("merged_into", sa.Integer),
    sa.Column("created_at", sa.DateTime, nullable=False),
    sa.Column("updated_at", sa.DateTime, nullable=False),
    sa.Index("ix_contributions_room", "room_id", "id"),
    sa.Index("ix_contributions_participant", "participant_id", "created_at"),
)

attempts = sa.Table(
    "attempts", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("what", sa.String(16), nullable=False),
    sa.Column("client", sa.String(64), nullable=False),  # a hash of the client key
    sa.Column("at", sa.DateTime, nullable=False),
    sa.Index("ix_attempts_client", "what", "client", "at"),
)
