"""This tab's workspace on the shared store: text, settings and logo, saved on every change.

The id lives in the page URL (``?ws=...``): it is the editing secret. A workspace is created in
the store only when something is first written. Every save names the revision it was based on,
so the store merges changes made meanwhile in another tab or process, or keeps both versions on
a conflict and the person chooses (``conflict_panel``). ``watch`` polls the head revision and
loads changes made elsewhere while this tab is not typing.
"""

from __future__ import annotations

import hashlib
import re
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import streamlit as st

import store

from .i18n import t
from .yamldump import replace_section

POLL_S = 1.0
QUIET_S = 1.5  # no remote text is loaded into the editor within this time after this tab typed
FILE_LINE = re.compile(r"^[ \t-]*(?:logo|foto):\s*['\"]?([A-Za-z0-9][A-Za-z0-9._-]{0,99})['\"]?\s*$", re.MULTILINE)


@st.cache_resource(show_spinner=False)
def _store(url: str) -> store.Store:
    return store.open_store(url)


def db() -> store.Store:
    """The process's store for the configured database."""
    return _store(store.database_url())


def _files_root() -> Path:
    """A per-database cache folder where the workspace's files (the logo) are mirrored for the renderer."""
    digest = hashlib.sha256(store.database_url().encode()).hexdigest()[:16]
    return Path(tempfile.gettempdir()) / "praatplaat-files" / digest


@dataclass
class Workspace:
    """The work of one tab: the head text it is based on (``revision``; 0 = not created yet)."""

    id: str
    text: str = ""
    revision: int = 0
    settings: dict = field(default_factory=dict)
    can_undo: bool = False
    can_redo: bool = False
    conflict: store.SaveResult | None = None
    pending_files: dict[str, bytes] = field(default_factory=dict)
    typed: bool = False  # ``text`` holds typing that ``flush`` has not saved yet
    mirrored: set[str] = field(default_factory=set)  # names of the files ``mirror_files`` copied

    @classmethod
    def from_state(cls, state: store.WorkspaceState) -> Workspace:
        ws = cls(state.id, settings=dict(state.settings))
        ws.load(state)
        return ws

    def load(self, state: store.WorkspaceState) -> None:
        self.text, self.revision = state.text, state.revision
        self.can_undo, self.can_redo = state.can_undo, state.can_redo
        self.typed = False
        self.mirrored.clear()
        self.mirror_files()

    @property
    def dir(self) -> Path:
        """Where the renderer finds the workspace's files (a mirror of the store's)."""
        return _files_root() / self.id

    @property
    def undo_stack(self) -> list[str]:
        """Older texts, oldest first (read from the history; only used to find a last valid picture)."""
        if not self.revision:
            return []
        texts = []
        for rev in reversed(db().history(self.id, limit=30)[1:]):
            full = db().revision(self.id, rev.n)
            if full is not None and full.text is not None:
                texts.append(full.text)
        return texts

    def mirror_files(self) -> None:
        """Copy the files the text names (the logo, the newsletter's photos) from the store into ``dir``.

        A name copied before is skipped: this tab writes its own files to both places, and a text loaded from
        the store (``load``) copies everything again.
        """
        if not self.revision:
            return
        for name in dict.fromkeys(m.group(1) for m in FILE_LINE.finditer(self.text)):
            if name in self.mirrored:
                continue
            self.mirrored.add(name)
            data = db().get_file(self.id, name)
            path = self.dir / name
            if data is not None and (not path.is_file() or path.read_bytes() != data):
                self.dir.mkdir(parents=True, exist_ok=True)
                path.write_bytes(data)

    def file(self, name: str | None) -> Path | None:
        """A plain file name inside the workspace (None for anything else)."""
        try:
            return self.dir / store.ids.check_file_name(name)
        except store.InvalidId:
            return None

    def read_file(self, name: str | None) -> bytes | None:
        if self.file(name) is None:
            return None
        if not self.revision:
            return self.pending_files.get(name)
        return db().get_file(self.id, name)

    def write_file(self, name: str, data: bytes) -> None:
        path = self.file(name)
        if path is None:
            raise ValueError("invalid file name")
        if not self.revision:
            self.pending_files[name] = data
            return
        db().put_file(self.id, name, data)
        self.dir.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)


# --- this tab and this browser -------------------------------------------------------------------

def tab_id() -> str:
    """A random id of this browser tab's session (names the author of revisions)."""
    if "tab_id" not in st.session_state:
        st.session_state["tab_id"] = store.new_id()
    return st.session_state["tab_id"]


def browser() -> str | None:
    """This browser's id (see components.start.browser_id), once the browser reported it."""
    value = st.session_state.get("browser_id")
    return value if store.is_id(value) else None


def requested_id() -> str:
    """The ``ws`` of the URL when it has the form of an id ('' otherwise)."""
    value = st.query_params.get("ws", "")
    return value if store.is_id(value) else ""


def opened() -> Workspace | None:
    """The stored workspace the URL names; None for the start page (no, unknown or malformed ``ws``)."""
    ws = st.session_state.get("workspace")
    ws_id = requested_id()
    if not ws_id:
        return None
    if ws is not None and ws.id == ws_id and ws.revision:
        return ws
    state = db().get(ws_id)
    if state is None:
        return None
    ws = Workspace.from_state(state)
    st.session_state["workspace"] = ws
    st.session_state["external_revision"] = external_revision() + 1
    if browser():
        db().touch(browser(), ws.id)
    return ws


def current() -> Workspace:
    """This tab's workspace; a new, not yet stored one when the URL names none."""
    ws = opened()
    if ws is None:
        ws = st.session_state.get("workspace")
        if ws is None or ws.revision:
            ws = Workspace(store.new_id())
            st.session_state["workspace"] = ws
    return ws


def leave() -> None:
    """Back to the start page (the workspace stays in the store)."""
    st.session_state.pop("workspace", None)
    st.query_params.pop("ws", None)


def external_revision() -> int:
    """Counts text changes that did not come from the editor (forms, undo, other tabs...)."""
    return st.session_state.get("external_revision", 0)


def _reload_editor() -> None:
    st.session_state["external_revision"] = external_revision() + 1


def _apply(ws: Workspace, result: store.SaveResult, from_editor: bool) -> None:
    """Take a save's outcome into the tab: merged text or a conflict reloads the editor."""
    ws.text, ws.revision = result.text, result.revision
    if result.status == "conflict":
        ws.conflict = result
        _reload_editor()
    elif result.status == "merged":
        st.session_state["flash_merged"] = True
        _reload_editor()
    elif not from_editor:
        _reload_editor()


def change_text(text: str, from_editor: bool = False) -> bool:
    """Save ``text`` as this tab's change (created in the store on first write); returns whether it changed.

    ``from_editor``: typing (``flush``), which the editor already shows and ``type_text`` already timed.
    """
    ws = current()
    if text == ws.text and not ws.typed:
        return False
    ws.typed = False
    try:
        if not ws.revision:
            state = db().create(text, session=tab_id(), browser=browser(), settings=ws.settings)
            ws.id = state.id
            for name, data in ws.pending_files.items():
                db().put_file(ws.id, name, data)
            ws.pending_files.clear()
            ws.load(state)
            st.query_params["ws"] = ws.id
            if not from_editor:
                _reload_editor()
            return True
        result = db().save(ws.id, text, base_revision=ws.revision, session=tab_id(), typing=from_editor)
    except store.LimitExceeded as error:
        st.session_state["flash_error"] = t("text_too_long", n=len(text), limit=error.limit)
        return False
    except store.InvalidText:
        st.session_state["flash_error"] = t("text_unsavable")
        return False
    _apply(ws, result, from_editor)
    ws.can_undo, ws.can_redo = True, False
    ws.mirror_files()
    return result.status != "unchanged"


def type_text(text: str) -> None:
    """Take the editor's ``text`` into this tab's workspace at once; ``flush`` saves it.

    So a key press can be drawn before it is saved: the studio shows the picture, then flushes.
    """
    ws = current()
    if text != ws.text:
        ws.text, ws.typed = text, True
        st.session_state["typed_at"] = time.monotonic()


def flush() -> bool:
    """Save the typing ``type_text`` took in (see ``change_text``); returns whether the saved text differs from it.

    It differs when the store merged a change made elsewhere, or kept both versions on a conflict.
    """
    ws = current()
    if not ws.typed:
        return False
    typed = ws.text
    change_text(typed, from_editor=True)
    return ws.text != typed or ws.conflict is not None


def set_section(key: str, value) -> bool:
    """Rewrite one top-level section of the YAML text (see yamldump.replace_section)."""
    return change_text(replace_section(current().text, key, value))


def _step(back: bool) -> None:
    ws = current()
    if not ws.revision:
        return
    action = db().undo if back else db().redo
    _apply(ws, action(ws.id, base_revision=ws.revision, session=tab_id()), from_editor=False)
    state = db().get(ws.id)
    if state is not None:
        ws.can_undo, ws.can_redo = state.can_undo, state.can_redo


def undo() -> None:
    _step(back=True)


def redo() -> None:
    _step(back=False)


# --- changes made elsewhere ------------------------------------------------------------------------

def refresh() -> bool:
    """Load the store's head when it moved on and this tab is not typing; returns whether it did."""
    ws = st.session_state.get("workspace")
    if ws is None or not ws.revision or ws.conflict is not None:
        return False
    if db().head(ws.id) == ws.revision:
        return False
    if time.monotonic() - st.session_state.get("typed_at", 0.0) < QUIET_S:
        return False  # this tab's next save names its base revision and merges
    state = db().get(ws.id)
    if state is None or state.revision == ws.revision:
        return False
    ws.load(state)
    _reload_editor()
    return True


@st.fragment(run_every=POLL_S)
def watch() -> None:
    """Poll the head revision; rerun the whole page when another tab or process changed the text."""
    if refresh():
        st.rerun(scope="app")


def _resolve(keep_mine: bool) -> None:
    ws = current()
    conflict, ws.conflict = ws.conflict, None
    if keep_mine and conflict is not None and conflict.mine is not None:
        change_text(conflict.mine)


def conflict_panel() -> None:
    """The choice after a conflicting save: keep mine, take theirs, or look at both."""
    ws = st.session_state.get("workspace")
    if st.session_state.pop("flash_merged", False):
        st.toast(t("merged"), icon=":material/merge:")
    if error := st.session_state.pop("flash_error", None):
        st.error(error)
    if ws is None or ws.conflict is None:
        return
    with st.container(border=True, key="conflict"):
        st.warning(f"**{t('conflict_title')}** {t('conflict_body')}")
        with st.container(horizontal=True):
            st.button(t("conflict_mine"), key="conflict-mine", on_click=_resolve, args=(True,), type="primary")
            st.button(t("conflict_theirs"), key="conflict-theirs", on_click=_resolve, args=(False,))
            both = st.toggle(t("conflict_both"), key="conflict-both")
        if both:
            mine, theirs = st.columns(2)
            mine.caption(t("conflict_my_version"))
            mine.code(ws.conflict.mine or "", language="yaml")
            theirs.caption(t("conflict_their_version"))
            theirs.code(ws.conflict.theirs or "", language="yaml")


# --- settings kept per workspace (language, view, selection...) ------------------------------

SETTINGS = {"lang": "nl", "mode": None, "view": "overzicht", "journey": None, "selected": None}


def seed_settings() -> None:
    """Give each setting's session key (often a widget key) its saved value when it has none."""
    ws = current()
    for name, default in SETTINGS.items():
        if name not in st.session_state:
            st.session_state[name] = ws.settings.get(name, default)


def remember(name: str) -> None:
    """Save the session's value of setting ``name`` (use as a widget's on_change); nothing is created."""
    ws = current()
    value = st.session_state.get(name)
    if ws.settings.get(name) == value:
        return
    ws.settings[name] = value
    if ws.revision:
        db().save_settings(ws.id, {name: value})


def put(name: str, value) -> None:
    """Set and save a setting (in a callback, before its widget is drawn)."""
    st.session_state[name] = value
    remember(name)
