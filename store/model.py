"""What the store hands out: plain frozen dataclasses (safe to keep in session state) and its errors."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

# Written now: create, copy, edit (a snapshot of the shared document), import. Older databases also hold merge,
# conflict, undo, redo and restore revisions from before the shared document.
RevisionKind = Literal["edit", "merge", "conflict", "undo", "redo", "restore", "import", "copy", "create"]
Activity = Literal["verhaal", "beoordeling", "stem", "voorstel"]
ACTIVITIES: tuple[str, ...] = ("verhaal", "beoordeling", "stem", "voorstel")
Status = Literal["nieuw", "geaccepteerd", "bewerkt", "verborgen", "samengevoegd"]
STATUSES: tuple[str, ...] = ("nieuw", "geaccepteerd", "bewerkt", "verborgen", "samengevoegd")


class StoreError(Exception):
    """Base of the store's errors. ``code`` is a stable key for a translated message."""

    code = "store_error"


class NotFound(StoreError):
    code = "not_found"


class InvalidId(StoreError, ValueError):
    """An id, token, code or file name that does not have the required form."""

    code = "invalid_id"


class InvalidText(StoreError, ValueError):
    """Text the databases cannot keep (a NUL character or a lone surrogate)."""

    code = "invalid_text"


class LimitExceeded(StoreError):
    """A documented bound (size, count) was hit; ``what`` names it, e.g. 'text_size'."""

    code = "limit"

    def __init__(self, what: str, limit: int | float):
        super().__init__(f"{what} exceeds {limit}")
        self.what, self.limit = what, limit


class RateLimited(StoreError):
    """Too many attempts in a short time; try again after ``retry_after`` seconds."""

    code = "rate_limited"

    def __init__(self, what: str, retry_after: float):
        super().__init__(f"{what}: retry after {retry_after:.0f} s")
        self.what, self.retry_after = what, retry_after


class RoomClosed(StoreError):
    code = "room_closed"


class RoomLocked(StoreError):
    """The facilitator locked the room: phones that joined before go on, new phones cannot join."""

    code = "room_locked"


class InvalidContribution(StoreError, ValueError):
    """A contribution's payload is missing a field or has a wrong one; ``field`` names it."""

    code = "invalid_contribution"

    def __init__(self, field: str):
        super().__init__(f"invalid field {field!r}")
        self.field = field


@dataclass(frozen=True)
class WorkspaceState:
    """A workspace as it is now: the head revision's text (the shared document's last snapshot) plus settings.

    ``revision`` is the number of the head revision (``Store.head``).
    ``title``/``organisation`` come from the text's top-level ``titel``/``organisatie`` ('' when absent).
    """

    id: str
    text: str
    revision: int
    settings: dict
    title: str
    organisation: str
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class Revision:
    """One entry of a workspace's append-only history. ``text`` is None in ``history()`` listings."""

    n: int
    kind: RevisionKind
    author: str
    session: str
    created_at: datetime
    size: int
    text: str | None = None


@dataclass(frozen=True)
class RecentWorkspace:
    """One line of a browser's 'recent work' list; the UI renders a thumbnail from ``text`` if it wants."""

    id: str
    title: str
    organisation: str
    updated_at: datetime
    opened_at: datetime
    text: str


@dataclass(frozen=True)
class Room:
    """A werksessie on a workspace. Never show ``ws_id`` to participants: it is the editing secret."""

    id: int
    code: str
    ws_id: str
    activities: frozenset[str]
    is_open: bool
    created_at: datetime
    closed_at: datetime | None
    show_results: bool = False  # participants see the results (votes, ratings, stories and proposals)
    show_names: bool = False  # ... with the names participants gave
    join_token: str | None = None  # the secret in the QR link (see Rooms.join_token); None before migration 0004
    locked: bool = False  # the facilitator locked the room: no new phones


@dataclass(frozen=True)
class Participant:
    """Someone who joined a room. ``key`` is a secret to find them again after a reload."""

    id: int
    room_id: int
    key: str
    name: str
    role: str
    hidden: bool = False  # the facilitator hid everything from this phone


@dataclass(frozen=True)
class Contribution:
    """One contribution. ``payload`` is what the participant sent; ``edited`` the facilitator's version.

    Payloads per kind (all text plain, trimmed, bounded):
    - verhaal: ``{"quote": str, "who": str, "principle": str|None, "journey": str|None, "step": str|None}``
    - beoordeling: ``{"journey": str, "step": str, "score": -2..2, "remark": str}``
    - stem: ``{"principles": [str, ...]}`` (1..3 ids, repeats allowed; a later stem replaces an earlier one)
    - voorstel: ``{"text": str, "principle": str|None}``
    """

    id: int
    room_id: int
    participant_id: int
    name: str
    role: str
    kind: str
    payload: dict
    status: str
    edited: dict | None
    merged_into: int | None
    created_at: datetime
    updated_at: datetime

    @property
    def content(self) -> dict:
        """The facilitator's edited version when there is one, else the participant's."""
        return self.edited if self.edited is not None else self.payload


@dataclass(frozen=True)
class Results:
    """Aggregates of a room, hidden contributions left out (merged ones count for the one they joined).

    - ``votes``: principle id -> number of votes (each participant's latest stem only)
    - ``ratings``: (journey id, step id) -> counts per score {-2: n, ..., 2: n} (latest rating per participant)
    - ``timeline``: (created_at, kind) of every visible contribution, oldest first
    - ``participants``: number of participants who joined
    """

    votes: dict[str, int] = field(default_factory=dict)
    ratings: dict[tuple[str, str], dict[int, int]] = field(default_factory=dict)
    timeline: list[tuple[datetime, str]] = field(default_factory=list)
    participants: int = 0
