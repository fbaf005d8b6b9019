"""This tab's workspace: the shared document (text), settings and files on the shared store.

The id lives in the page URL (``?ws=...``): it is the editing secret. A workspace is created in the store only
when something is first written. Its text is one shared Yjs document (``live``): the editor in the browser is a
peer of it over the sync websocket (typing is saved by that route, never by a rerun), and every other change (a
form, quick capture, undo, a contribution taken in) is an edit of the same document (``change_text``), merged
character by character with whoever types at the same moment. ``watch`` brings changes made elsewhere into
the picture where no editor shows them.
"""

from __future__ import annotations

import contextlib
import hashlib
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import streamlit as st

import store
from live import hub as live

from .i18n import t
from .yamldump import replace_section

POLL_S = 1.0


@st.cache_resource(show_spinner=False)
def _store(url: str) -> store.Store:
    return store.open_store(url)


def db() -> store.Store:
    """The process's store for the configured database."""
    return _store(store.database_url())


def docs() -> live.Hub:
    """The process's shared documents (the sync hub)."""
    return live.get(db())


def _files_root() -> Path:
    """A per-database cache folder where the workspace's files (the logo) are mirrored for the renderer."""
    digest = hashlib.sha256(store.database_url().encode()).hexdigest()[:16]
    return Path(tempfile.gettempdir()) / "praatplaat-files" / digest


@dataclass
class Workspace:
    """The work of one tab: the document's text as this tab last saw it, and what it may do with it."""

    id: str
    text: str = ""
    stored: bool = False  # False until something is written (then the store and the document exist)
    settings: dict = field(default_factory=dict)
    version: int = -1  # the document's change counter when ``text`` was taken from it
    status: str = "saved"  # 'saved' | 'pending' (database unreachable, retried) | 'too_big'
    can_undo: bool = False
    can_redo: bool = False
    joined: bool = False  # this tab's editor is on the sync websocket (live.DocState.joined)
    pending_files: dict[str, bytes] = field(default_factory=dict)
    mirrored: set[str] = field(default_factory=set)  # names of the files ``mirror_files`` copied

    @classmethod
    def from_state(cls, state: store.WorkspaceState) -> Workspace:
        """The workspace with its last snapshot's text (``take`` brings the live document's)."""
        ws = cls(state.id, text=state.text, stored=True, settings=dict(state.settings))
        ws.mirror_files()
        return ws

    def take(self, doc: live.DocState, text: bool = True) -> None:
        """Take in the document's state (its text too unless ``text`` is False: the editor shows it)."""
        if text and doc.text != self.text:
            self.text = doc.text
            self.mirror_files()
        self.version, self.status = doc.version, doc.status
        self.can_undo, self.can_redo, self.joined = doc.can_undo, doc.can_redo, doc.joined

    @property
    def dir(self) -> Path:
        """Where the renderer finds the workspace's files (a mirror of the store's)."""
        return _files_root() / self.id

    @property
    def undo_stack(self) -> list[str]:
        """Older snapshots' texts, oldest first (only used to find a last valid picture; none while the database
        cannot be read)."""
        if not self.stored:
            return []
        texts = []
        try:
            for rev in reversed(db().history(self.id, limit=30)[1:]):
                full = db().revision(self.id, rev.n)
                if full is not None and full.text is not None:
                    texts.append(full.text)
        except Exception:  # noqa: BLE001 - the database is unreachable: the picture waits, the typing goes on
            return []
        return texts

    def mirror_files(self) -> None:
        """Copy the files the text names (the logo, the newsletter's photos) from the store into ``dir``.

        A name copied before is skipped: this tab writes its own files to both places.
        """
        if not self.stored:
            return
        names = [name for name in store.named_files(self.text) if name not in self.mirrored]
        self.mirrored.update(names)
        db().mirror_files(self.id, names, self.dir)

    def file(self, name: str | None) -> Path | None:
        """A plain file name inside the workspace (None for anything else)."""
        try:
            return self.dir / store.ids.check_file_name(name)
        except store.InvalidId:
            return None

    def read_file(self, name: str | None) -> bytes | None:
        if self.file(name) is None:
            return None
        if not self.stored:
            return self.pending_files.get(name)
        return db().get_file(self.id, name)

    def write_file(self, name: str, data: bytes) -> None:
        path = self.file(name)
        if path is None:
            raise ValueError("invalid file name")
        if not self.stored:
            self.pending_files[name] = data
            return
        db().put_file(self.id, name, data)
        self.dir.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)


# --- this tab and this browser -------------------------------------------------------------------

def tab_id() -> str:
    """A random id of this browser tab's session: the origin of its changes (its undo) and its editor's peer."""
    return st.session_state["tab_id"]


def browser() -> str | None:
    """This browser's id (see components.start.browser_id), once the browser reported it."""
    value = st.session_state.get("browser_id")
    return value if store.is_id(value) else None


def requested_id() -> str:
    """The ``ws`` of the URL when it has the form of an id ('' otherwise)."""
    value = st.query_params.get("ws", "")
    return value if store.is_id(value) else ""


def _sync(ws: Workspace, text: bool = True) -> None:
    """Take the live document's state into ``ws``; while the database cannot be read, keep what the tab has."""
    try:
        ws.take(docs().state(ws.id, tab_id()), text)
    except store.NotFound:
        raise
    except Exception:  # noqa: BLE001 - the database is unreachable: the tab goes on with what it shows
        ws.status = "pending"


def opened() -> Workspace | None:
    """The stored workspace the URL names; None for the start page (no, unknown or malformed ``ws``)."""
    ws = st.session_state.get("workspace")
    ws_id = requested_id()
    if not ws_id:
        return None
    if ws is not None and ws.id == ws_id and ws.stored:
        return ws
    state = db().get(ws_id)
    if state is None:
        return None
    ws = Workspace.from_state(state)
    _sync(ws)
    st.session_state["workspace"] = ws
    if browser():
        db().touch(browser(), ws.id)
    return ws


def current() -> Workspace:
    """This tab's workspace; a new, not yet stored one when the URL names none."""
    ws = opened()
    if ws is None:
        ws = st.session_state.get("workspace")
        if ws is None or ws.stored:
            ws = Workspace(store.new_id())
            st.session_state["workspace"] = ws
    return ws


def leave() -> None:
    """Back to the start page (the workspace stays in the store; its list entry shows it as it is now)."""
    ws = st.session_state.pop("workspace", None)
    if ws is not None and ws.stored:
        with contextlib.suppress(Exception):  # the database is down: the snapshot follows when it is back
            docs().settle(ws.id)
    st.query_params.pop("ws", None)


def change_text(text: str) -> bool:
    """Make ``text`` the document's text, as this tab's change (minimal edits that merge with anyone typing at
    the same moment; undoable by this tab). The workspace is created in the store on the first write.
    Returns whether the text changed."""
    ws = current()
    if text == ws.text and ws.stored:
        return False
    try:
        if not ws.stored:
            state = db().create(text, session=tab_id(), browser=browser(), settings=ws.settings)
            ws.id, ws.stored = state.id, True
            for name, data in ws.pending_files.items():
                db().put_file(ws.id, name, data)
            ws.pending_files.clear()
            ws.text = state.text
            ws.mirror_files()
            _sync(ws)
            st.query_params["ws"] = ws.id
            return True
        ws.take(docs().edit(ws.id, text, tab_id(), base=ws.text))
    except store.LimitExceeded as error:
        st.session_state["flash_error"] = t("text_too_long", n=len(text), limit=error.limit)
        return False
    except store.InvalidText:
        st.session_state["flash_error"] = t("text_unsavable")
        return False
    return True


def type_text(text: str) -> None:
    """Take the editor's ``text`` (its peer of the document: typing, and changes from elsewhere) into this tab,
    for the picture. The sync websocket has saved it already."""
    ws = current()
    if text != ws.text:
        ws.text = text
        st.session_state["typed_at"] = time.monotonic()


def set_section(key: str, value) -> bool:
    """Rewrite one top-level section of the YAML text (see yamldump.replace_section)."""
    return change_text(replace_section(current().text, key, value))


def _step(back: bool) -> None:
    ws = current()
    if ws.stored:
        ws.take((docs().undo if back else docs().redo)(ws.id, tab_id()))


def undo() -> None:
    """Undo this tab's last change (its typing or a form), merged with what others did since."""
    _step(back=True)


def redo() -> None:
    _step(back=False)


# --- changes made elsewhere ------------------------------------------------------------------------

def refresh(editor_shown: bool) -> bool:
    """Take in the document when it changed elsewhere; returns whether something this tab shows changed.

    With the editor shown, its text arrives through the editor (a peer of the document); then only the
    status and undo/redo are taken from here.
    """
    ws = st.session_state.get("workspace")
    if ws is None or not ws.stored:
        return False
    before = (ws.text, ws.status, ws.can_undo, ws.can_redo)
    _sync(ws, text=not editor_shown)
    return (ws.text, ws.status, ws.can_undo, ws.can_redo) != before


@st.fragment(run_every=POLL_S)
def watch(editor_shown: bool = False) -> None:
    """Every second: rerun the page when the document changed elsewhere (or its saving status changed)."""
    if refresh(editor_shown):
        st.rerun(scope="app")


def messages() -> None:
    """One-off messages of the last action (a text the store cannot keep)."""
    if error := st.session_state.pop("flash_error", None):
        st.error(error)


def status_line(ws: Workspace) -> str:
    """How the saving stands, in the footer."""
    return t({"pending": "status_pending", "too_big": "status_too_big"}.get(ws.status, "autosaved"))


# --- settings kept per workspace (language, view, selection...) ------------------------------

def remember(name: str) -> None:
    """Save the session's value of setting ``name`` (use as a widget's on_change); nothing is created."""
    ws = current()
    value = st.session_state.get(name)
    if ws.settings.get(name) == value:
        return
    ws.settings[name] = value
    if ws.stored:
        db().save_settings(ws.id, {name: value})


def put(name: str, value) -> None:
    """Set and save a setting (in a callback, before its widget is drawn)."""
    st.session_state[name] = value
    remember(name)
