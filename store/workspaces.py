"""Workspaces: the head text with an append-only history of revisions (snapshots of the shared document,
store/docs.py), settings, files, browser lists and read-only share tokens."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

import sqlalchemy as sa

from . import schema as t
from .bounds import (
    KEEP_MIN_REVISIONS,
    KEEP_REVISIONS,
    MAX_FILE_BYTES,
    MAX_FILES,
    MAX_HISTORY_BYTES,
    MAX_SETTINGS_BYTES,
    MAX_WORKSPACES_PER_BROWSER,
    PRUNE_EVERY,
    RECENT_LIMIT,
)
from .clock import aware, now
from .engine import transaction
from .ids import check_file_name, check_id, check_token, new_id, new_token
from .legacy import Legacy, read_legacy
from .model import InvalidId, LimitExceeded, NotFound, RecentWorkspace, Revision, WorkspaceState
from .text import check_text, meta

W, R = t.workspaces, t.revisions
_REVISION_INFO = (R.c.n, R.c.kind, R.c.author, R.c.session, R.c.created_at, R.c.size)


def _settings_json(settings: dict) -> dict:
    if len(json.dumps(settings, ensure_ascii=False)) > MAX_SETTINGS_BYTES:
        raise LimitExceeded("settings_size", MAX_SETTINGS_BYTES)
    return settings


class Workspaces:
    engine: sa.Engine
    legacy_root: Path

    # --- reading -----------------------------------------------------------------------------

    def get(self, ws_id: str) -> WorkspaceState | None:
        """The workspace now, or None when it does not exist (or was deleted).

        A legacy ``workspaces/<id>/`` directory is imported on the first call for its id (and left in place).
        Raises InvalidId for a malformed id.
        """
        check_id(ws_id, "workspace id")
        for _ in range(2):
            with transaction(self.engine) as c:
                row = c.execute(sa.select(W).where(W.c.id == ws_id)).one_or_none()
                if row is not None:
                    return self._state(row)
            if not self._import_legacy(ws_id):
                return None
        return None

    def head(self, ws_id: str) -> int:
        """The head revision number (0 when the workspace does not exist): cheap, for polling every second."""
        check_id(ws_id, "workspace id")
        with transaction(self.engine) as c:
            return c.execute(sa.select(W.c.revision).where(W.c.id == ws_id)).scalar() or 0

    def history(self, ws_id: str, limit: int = 50) -> list[Revision]:
        """Newest first, without texts (``text`` None)."""
        check_id(ws_id, "workspace id")
        with transaction(self.engine) as c:
            rows = c.execute(sa.select(*_REVISION_INFO).where(R.c.ws_id == ws_id).order_by(R.c.n.desc())
                             .limit(max(0, limit))).all()
        return [Revision(r.n, r.kind, r.author, r.session, aware(r.created_at), r.size) for r in rows]

    def revision(self, ws_id: str, n: int) -> Revision | None:
        """One revision with its text (None when pruned or unknown)."""
        check_id(ws_id, "workspace id")
        with transaction(self.engine) as c:
            r = c.execute(sa.select(*_REVISION_INFO, R.c.text).where(R.c.ws_id == ws_id, R.c.n == n)).one_or_none()
        return None if r is None else Revision(r.n, r.kind, r.author, r.session, aware(r.created_at), r.size, r.text)

    @staticmethod
    def _state(row) -> WorkspaceState:
        return WorkspaceState(
            id=row.id, text=row.text, revision=row.revision, settings=dict(row.settings), title=row.title,
            organisation=row.organisation, created_at=aware(row.created_at), updated_at=aware(row.updated_at))

    # --- writing the text --------------------------------------------------------------------

    def create(self, text: str, *, author: str = "", session: str = "", browser: str | None = None,
               settings: dict | None = None) -> WorkspaceState:
        """A new workspace with a fresh random id and ``text`` as revision 1 (call when something is first
        written; nothing else creates a workspace). Listed in ``browser``'s recent work when given.
        Raises LimitExceeded('text_size' | 'workspaces_per_browser' | 'settings_size'), InvalidText."""
        check_text(text)
        settings = _settings_json(dict(settings or {}))
        if browser is not None:
            check_id(browser, "browser id")
        with transaction(self.engine, write=True) as c:
            ws_id = self._insert(c, text, settings, "create", author, session, browser)
        return self.get(ws_id)

    def _insert(self, c: sa.Connection, text: str, settings: dict, kind: str, author: str, session: str,
                browser: str | None) -> str:
        if browser is not None:
            made = c.execute(sa.select(sa.func.count()).select_from(t.browser_workspaces).where(
                t.browser_workspaces.c.browser == browser, t.browser_workspaces.c.created)).scalar()
            if made >= MAX_WORKSPACES_PER_BROWSER:
                raise LimitExceeded("workspaces_per_browser", MAX_WORKSPACES_PER_BROWSER)
        ws_id, at = new_id(), now()
        c.execute(sa.insert(W).values(id=ws_id, text=text, revision=1, last_n=1, settings=settings, share_token=None,
                                      created_at=at, updated_at=at, **meta(text)))
        self._add_revision(c, ws_id, 1, text, kind, author, session)
        if browser is not None:
            c.execute(sa.insert(t.browser_workspaces).values(browser=browser, ws_id=ws_id, created=True, opened_at=at))
        return ws_id

    def _locked(self, c: sa.Connection, ws_id: str):
        """The workspace row, locked until the transaction ends (SQLite: the write lock is already held)."""
        row = c.execute(sa.select(W).where(W.c.id == ws_id).with_for_update()).one_or_none()
        if row is None:
            raise NotFound("workspace")
        return row

    def _add_revision(self, c, ws_id, n, text, kind, author, session) -> None:
        c.execute(sa.insert(R).values(ws_id=ws_id, n=n, kind=kind, text=text, size=len(text.encode("utf-8")),
                                      author=(author or "")[:100], session=(session or "")[:100], created_at=now()))

    def _append(self, c, row, text, kind, author, session) -> int:
        """Add revision last_n + 1 as the new head (``row`` is the locked workspace row)."""
        n = row.last_n + 1
        self._add_revision(c, row.id, n, text, kind, author, session)
        c.execute(sa.update(W).where(W.c.id == row.id).values(last_n=n, text=text, revision=n, updated_at=now(),
                                                               **meta(text)))
        if n % PRUNE_EVERY == 0:
            self._prune(c, row.id, n)
        return n

    def _prune(self, c: sa.Connection, ws_id: str, head_n: int) -> None:
        """Drop the oldest revisions beyond KEEP_REVISIONS, or beyond MAX_HISTORY_BYTES in total, always keeping
        the newest KEEP_MIN_REVISIONS and the head. A revision is only dropped when newer ones exist."""
        rows = c.execute(sa.select(R.c.n, R.c.size).where(R.c.ws_id == ws_id).order_by(R.c.n.desc())).all()
        total, drop = 0, []
        for i, r in enumerate(rows):
            total += r.size
            if i >= KEEP_MIN_REVISIONS and r.n != head_n and (i >= KEEP_REVISIONS or total > MAX_HISTORY_BYTES):
                drop.append(r.n)
        for start in range(0, len(drop), 500):
            c.execute(sa.delete(R).where(R.c.ws_id == ws_id, R.c.n.in_(drop[start:start + 500])))

    # --- settings and files ------------------------------------------------------------------

    def save_settings(self, ws_id: str, changes: dict) -> bool:
        """Merge ``changes`` (JSON-able) into the workspace's settings. Returns False, and creates nothing,
        when the workspace does not exist. Settings have no history; the last writer wins per key.
        Raises LimitExceeded('settings_size'), TypeError for values JSON cannot hold."""
        check_id(ws_id, "workspace id")
        with transaction(self.engine, write=True) as c:
            row = c.execute(sa.select(W.c.settings).where(W.c.id == ws_id).with_for_update()).one_or_none()
            if row is None:
                return False
            settings = dict(row.settings)
            if all(settings.get(k) == v for k, v in changes.items()):
                return True
            settings.update(changes)
            c.execute(sa.update(W).where(W.c.id == ws_id).values(settings=_settings_json(settings)))
        return True

    def put_file(self, ws_id: str, name: str, data: bytes) -> None:
        """Store a file (the logo) under a plain name, replacing one of that name.
        Raises NotFound, InvalidId, LimitExceeded('file_size' | 'files')."""
        check_id(ws_id, "workspace id")
        check_file_name(name)
        if len(data) > MAX_FILE_BYTES:
            raise LimitExceeded("file_size", MAX_FILE_BYTES)
        F = t.files
        with transaction(self.engine, write=True) as c:
            self._locked(c, ws_id)
            others = c.execute(sa.select(sa.func.count()).select_from(F).where(F.c.ws_id == ws_id, F.c.name != name))
            if others.scalar() >= MAX_FILES:
                raise LimitExceeded("files", MAX_FILES)
            c.execute(sa.delete(F).where(F.c.ws_id == ws_id, F.c.name == name))
            c.execute(sa.insert(F).values(ws_id=ws_id, name=name, data=bytes(data), updated_at=now()))

    def get_file(self, ws_id: str, name: str | None) -> bytes | None:
        """A stored file's bytes, None when absent or the name is not a plain file name."""
        check_id(ws_id, "workspace id")
        try:
            check_file_name(name)
        except InvalidId:
            return None
        F = t.files
        with transaction(self.engine) as c:
            return c.execute(sa.select(F.c.data).where(F.c.ws_id == ws_id, F.c.name == name)).scalar()

    def mirror_files(self, ws_id: str, names: Iterable[str], folder: Path) -> None:
        """Copy the stored files ``names`` into ``folder`` (where the renderer reads a vision's files); a file that
        is already there with the same bytes is left alone, a name not stored is skipped."""
        for name in names:
            data = self.get_file(ws_id, name)
            path = folder / name
            if data is not None and (not path.is_file() or path.read_bytes() != data):
                folder.mkdir(parents=True, exist_ok=True)
                path.write_bytes(data)

    # --- a browser's own list ----------------------------------------------------------------

    def touch(self, browser: str, ws_id: str) -> None:
        """Note that ``browser`` (a random id the UI keeps per browser) opened ``ws_id`` now; no-op for unknown
        workspaces. The list keeps the RECENT_LIMIT most recent entries (plus every workspace it created)."""
        check_id(browser, "browser id")
        check_id(ws_id, "workspace id")
        B = t.browser_workspaces
        with transaction(self.engine, write=True) as c:
            if c.execute(sa.select(W.c.id).where(W.c.id == ws_id)).first() is None:
                return
            at = now()
            mine = (B.c.browser == browser) & (B.c.ws_id == ws_id)
            if c.execute(sa.update(B).where(mine).values(opened_at=at)).rowcount == 0:
                try:
                    with c.begin_nested():
                        c.execute(sa.insert(B).values(browser=browser, ws_id=ws_id, created=False, opened_at=at))
                except sa.exc.IntegrityError:
                    pass  # another tab of this browser listed it at the same moment
            old = c.execute(sa.select(B.c.ws_id).where(B.c.browser == browser, ~B.c.created)
                            .order_by(B.c.opened_at.desc()).offset(RECENT_LIMIT)).scalars().all()
            if old:
                c.execute(sa.delete(B).where(B.c.browser == browser, B.c.ws_id.in_(old)))

    def recent(self, browser: str, limit: int = 20) -> list[RecentWorkspace]:
        """This browser's workspaces, most recently opened first (deleted ones left out)."""
        check_id(browser, "browser id")
        B = t.browser_workspaces
        query = (sa.select(W.c.id, W.c.title, W.c.organisation, W.c.updated_at, W.c.text, B.c.opened_at)
                 .join(B, B.c.ws_id == W.c.id).where(B.c.browser == browser)
                 .order_by(B.c.opened_at.desc(), W.c.id).limit(max(0, min(limit, RECENT_LIMIT))))
        with transaction(self.engine) as c:
            rows = c.execute(query).all()
        return [RecentWorkspace(r.id, r.title, r.organisation, aware(r.updated_at), aware(r.opened_at), r.text)
                for r in rows]

    def copy(self, ws_id: str, *, browser: str, author: str = "", session: str = "") -> str:
        """A new workspace with the head text, settings and files of ``ws_id`` (its history starts anew);
        returns its id. Raises NotFound, LimitExceeded('workspaces_per_browser')."""
        check_id(ws_id, "workspace id")
        check_id(browser, "browser id")
        F = t.files
        with transaction(self.engine, write=True) as c:
            row = self._locked(c, ws_id)
            new = self._insert(c, row.text, dict(row.settings), "copy", author, session, browser)
            for f in c.execute(sa.select(F.c.name, F.c.data).where(F.c.ws_id == ws_id)).all():
                c.execute(sa.insert(F).values(ws_id=new, name=f.name, data=f.data, updated_at=now()))
        return new

    def delete(self, ws_id: str, *, browser: str) -> None:
        """Remove ``ws_id`` from this browser's list. When no browser lists it any more, the workspace itself is
        deleted (history, files, share link and rooms with it); a legacy directory is not imported again."""
        check_id(ws_id, "workspace id")
        check_id(browser, "browser id")
        B = t.browser_workspaces
        with transaction(self.engine, write=True) as c:
            c.execute(sa.delete(B).where(B.c.browser == browser, B.c.ws_id == ws_id))
            if not c.execute(sa.select(sa.func.count()).select_from(B).where(B.c.ws_id == ws_id)).scalar():
                c.execute(sa.delete(W).where(W.c.id == ws_id))

    # --- read-only sharing -------------------------------------------------------------------

    def share(self, ws_id: str) -> str:
        """The workspace's read-only share token, made on first call (the same one until revoked)."""
        check_id(ws_id, "workspace id")
        with transaction(self.engine, write=True) as c:
            row = self._locked(c, ws_id)
            if row.share_token:
                return row.share_token
            token = new_token()
            c.execute(sa.update(W).where(W.c.id == ws_id).values(share_token=token))
            return token

    def share_token(self, ws_id: str) -> str | None:
        """The current share token, None when not shared."""
        check_id(ws_id, "workspace id")
        with transaction(self.engine) as c:
            return c.execute(sa.select(W.c.share_token).where(W.c.id == ws_id)).scalar()

    def revoke_share(self, ws_id: str) -> None:
        """The share link stops working; a later ``share`` makes a new token."""
        check_id(ws_id, "workspace id")
        with transaction(self.engine, write=True) as c:
            c.execute(sa.update(W).where(W.c.id == ws_id).values(share_token=None))

    def by_share_token(self, token: str) -> str | None:
        """The workspace id a share token opens (read-only!), None when unknown, revoked or malformed."""
        try:
            check_token(token)
        except InvalidId:
            return None
        with transaction(self.engine) as c:
            return c.execute(sa.select(W.c.id).where(W.c.share_token == token)).scalar()

    # --- legacy directories ------------------------------------------------------------------

    def _import_legacy(self, ws_id: str) -> bool:
        """Import ``<legacy_root>/<ws_id>/`` once (its undo/redo stacks become revisions before the head); False
        when there is no such directory."""
        found = read_legacy(self.legacy_root / ws_id)
        if found is None:
            return False
        L = t.legacy_imports
        try:
            with transaction(self.engine, write=True) as c:
                if c.execute(sa.select(L.c.ws_id).where(L.c.ws_id == ws_id)).first():
                    return True  # imported before (perhaps by another thread just now, perhaps deleted since)
                c.execute(sa.insert(L).values(ws_id=ws_id, imported_at=now()))
                self._insert_legacy(c, ws_id, found)
        except sa.exc.IntegrityError:
            pass  # another process imported it at the same moment
        return True

    def _insert_legacy(self, c: sa.Connection, ws_id: str, found: Legacy) -> None:
        """The old undo stack's texts (oldest first), then the redo stack's (in redo order: the next redo
        first), become plain revisions before the head, the folder's current text: nothing is lost."""
        at = now()
        texts = [*found.undo, *reversed(found.redo), found.text]
        head = len(texts)
        settings = found.settings if len(json.dumps(found.settings)) <= MAX_SETTINGS_BYTES else {}
        c.execute(sa.insert(W).values(id=ws_id, text=found.text, revision=head, last_n=head, settings=settings,
                                      share_token=None, created_at=at, updated_at=at, **meta(found.text)))
        for n, text in enumerate(texts, start=1):
            self._add_revision(c, ws_id, n, text, "import", "", "")
        for name, data in found.files.items():
            c.execute(sa.insert(t.files).values(ws_id=ws_id, name=name, data=data, updated_at=at))
