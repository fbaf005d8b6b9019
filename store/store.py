"""The Store: one object per database URL holding every workspace and room operation."""

from __future__ import annotations

from collections.abc import Iterable

from .model import (
    Contribution,
    Participant,
    RecentWorkspace,
    Results,
    Revision,
    Room,
    SaveResult,
    WorkspaceState,
)


class Store:
    """Workspaces (text, append-only history, settings, files, sharing) and rooms on one database.

    Thread-safe and process-safe: use one Store per process (``open_store``) from every thread.
    Every method is one short transaction; none keeps a connection between calls.
    """

    url: str

    # --- workspaces --------------------------------------------------------------------------

    def get(self, ws_id: str) -> WorkspaceState | None:
        """The workspace now, or None when it does not exist (or was deleted).

        A legacy ``workspaces/<id>/`` directory is imported on the first call for its id (and left in place).
        Raises InvalidId for a malformed id.
        """
        raise NotImplementedError

    def create(self, text: str, *, author: str = "", session: str = "", browser: str | None = None,
               settings: dict | None = None) -> WorkspaceState:
        """A new workspace with a fresh random id and ``text`` as revision 1 (call when something is first
        written; nothing else creates a workspace). Listed in ``browser``'s recent work when given.
        Raises LimitExceeded('text_size' | 'workspaces_per_browser' | 'settings_size')."""
        raise NotImplementedError

    def save(self, ws_id: str, text: str, *, base_revision: int, author: str = "", session: str = "",
             typing: bool = False) -> SaveResult:
        """Save ``text``, edited from revision ``base_revision``. Never overwrites silently: see SaveResult.

        ``typing=True`` (from the editor) lets saves of one session within TYPING_BURST_S share one undo step.
        Raises NotFound, LimitExceeded('text_size').
        """
        raise NotImplementedError

    def head(self, ws_id: str) -> int:
        """The head revision number (0 when the workspace does not exist): cheap, for polling every second."""
        raise NotImplementedError

    def undo(self, ws_id: str, *, base_revision: int, author: str = "", session: str = "") -> SaveResult:
        """Go back one step. History is append-only: undo adds a new revision ('undo') whose text is the
        text before the head's step; redo adds one ('redo') with the undone text. An edit after an undo
        ends the redo chain (like any editor). If ``base_revision`` is not the head (someone else saved),
        the step back is merged like a save. status 'unchanged' when there is nothing to undo."""
        raise NotImplementedError

    def redo(self, ws_id: str, *, base_revision: int, author: str = "", session: str = "") -> SaveResult:
        """Redo the last undone step (see ``undo``); 'unchanged' when there is nothing to redo."""
        raise NotImplementedError

    def history(self, ws_id: str, limit: int = 50) -> list[Revision]:
        """Newest first, without texts (``text`` None); includes 'conflict' revisions kept aside."""
        raise NotImplementedError

    def revision(self, ws_id: str, n: int) -> Revision | None:
        """One revision with its text (None when pruned or unknown). Restore one with
        ``save(ws_id, rev.text, base_revision=head)`` or ``restore``."""
        raise NotImplementedError

    def restore(self, ws_id: str, n: int, *, base_revision: int, author: str = "", session: str = "") -> SaveResult:
        """Make revision ``n``'s text the head again (a new 'restore' revision; merged like a save)."""
        raise NotImplementedError

    def save_settings(self, ws_id: str, changes: dict) -> bool:
        """Merge ``changes`` (JSON-able) into the workspace's settings. Returns False, and creates nothing,
        when the workspace does not exist. Settings have no history; last writer wins per key."""
        raise NotImplementedError

    def put_file(self, ws_id: str, name: str, data: bytes) -> None:
        """Store a file (the logo) under a plain name (``check_file_name``), replacing one of that name.
        Raises NotFound, InvalidId, LimitExceeded('file_size' | 'files')."""
        raise NotImplementedError

    def get_file(self, ws_id: str, name: str | None) -> bytes | None:
        """A stored file's bytes, None when absent or the name is not a plain file name."""
        raise NotImplementedError

    # --- a browser's own list ----------------------------------------------------------------

    def touch(self, browser: str, ws_id: str) -> None:
        """Note that ``browser`` (a random id kept by the UI) opened ``ws_id`` now; no-op for unknown ids."""
        raise NotImplementedError

    def recent(self, browser: str, limit: int = 20) -> list[RecentWorkspace]:
        """This browser's workspaces, most recently opened first (deleted ones left out)."""
        raise NotImplementedError

    def copy(self, ws_id: str, *, browser: str, author: str = "", session: str = "") -> str:
        """A new workspace with the head text, settings and files of ``ws_id`` (history starts anew);
        returns its id. Raises NotFound, LimitExceeded('workspaces_per_browser')."""
        raise NotImplementedError

    def delete(self, ws_id: str, *, browser: str) -> None:
        """Remove ``ws_id`` from this browser's list. When no other browser lists it any more, the workspace
        itself is deleted (history, files, share link and rooms with it)."""
        raise NotImplementedError

    # --- read-only sharing -------------------------------------------------------------------

    def share(self, ws_id: str) -> str:
        """The workspace's read-only share token, made on first call (the same one until revoked)."""
        raise NotImplementedError

    def share_token(self, ws_id: str) -> str | None:
        """The current share token, None when not shared."""
        raise NotImplementedError

    def revoke_share(self, ws_id: str) -> None:
        """The share link stops working; a later ``share`` makes a new token."""
        raise NotImplementedError

    def by_share_token(self, token: str) -> str | None:
        """The workspace id a share token opens (read-only!), None when unknown, revoked or malformed."""
        raise NotImplementedError

    # --- rooms (werksessies) -----------------------------------------------------------------

    def start_room(self, ws_id: str, *, activities: Iterable[str]) -> Room:
        """Open a room on the workspace with a fresh join code (unique among open rooms).
        ``activities`` is a subset of ACTIVITIES. Raises NotFound, LimitExceeded('open_rooms')."""
        raise NotImplementedError

    def room(self, room_id: int) -> Room | None:
        raise NotImplementedError

    def rooms(self, ws_id: str) -> list[Room]:
        """The workspace's rooms, newest first (open and closed)."""
        raise NotImplementedError

    def room_by_code(self, code: str, *, client_key: str) -> Room | None:
        """The open room with this join code (typed form accepted, see ``normal_code``); else the most recent
        closed room that had it (``is_open`` False: say the room is closed); else None (wrong code).
        Wrong codes count against ``client_key`` (e.g. the browser id): raises RateLimited after too many."""
        raise NotImplementedError

    def set_activities(self, room_id: int, activities: Iterable[str]) -> Room:
        """Switch activities on or off while the room is open."""
        raise NotImplementedError

    def close_room(self, room_id: int) -> None:
        """Close the room: no more joins or contributions; its code may be given to a new room."""
        raise NotImplementedError

    def join(self, room_id: int, *, name: str = "", role: str = "", client_key: str = "") -> Participant:
        """A new participant (name and role optional, trimmed). Raises RoomClosed, LimitExceeded('participants'),
        RateLimited('join'), LimitExceeded('name'|'role')."""
        raise NotImplementedError

    def participant(self, key: str) -> Participant | None:
        """A participant by their secret key (after a reload), None when unknown."""
        raise NotImplementedError

    def add_contribution(self, participant: Participant, kind: str, payload: dict) -> Contribution:
        """Store a contribution (validated and trimmed, see Contribution for payloads).
        Raises RoomClosed, InvalidContribution(field), LimitExceeded('contributions'|'length'),
        RateLimited('contribution'); a kind switched off in the room raises InvalidContribution('kind')."""
        raise NotImplementedError

    def contributions(self, room_id: int, *, since_id: int = 0,
                      participant_id: int | None = None) -> list[Contribution]:
        """Contributions with id > since_id, oldest first (hidden ones included: filter on ``status``)."""
        raise NotImplementedError

    def room_head(self, room_id: int) -> int:
        """A number that grows on every new contribution or status change in the room: poll it cheaply."""
        raise NotImplementedError

    def set_status(self, contribution_id: int, status: str, *, edited: dict | None = None,
                   merged_into: int | None = None) -> Contribution:
        """Facilitator's decision. 'bewerkt' needs ``edited`` (validated like a payload of the same kind);
        'samengevoegd' needs ``merged_into`` (another contribution of the same room)."""
        raise NotImplementedError

    def results(self, room_id: int) -> Results:
        """Aggregates for the results view (see Results)."""
        raise NotImplementedError


def open_store(url: str | None = None) -> Store:
    """The Store for ``url`` (default: ``database_url()``), made once per URL and process; applies the
    Alembic migrations on first open (safe when several processes start together)."""
    raise NotImplementedError
