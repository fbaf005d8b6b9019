"""Server-side workspaces: one directory per workspace id, saved on every change.

A workspace holds the YAML text, its undo/redo history, the uploaded logo and a few view
settings. The id lives in the page URL (``?ws=...``) so a reload or a server restart finds the
same work again. The directory root is ``./workspaces`` or ``$PRAATPLAAT_WORKSPACES``.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import time
from dataclasses import dataclass, field
from pathlib import Path

import streamlit as st

from .yamldump import replace_section

ROOT_ENV = "PRAATPLAAT_WORKSPACES"
ID_PATTERN = re.compile(r"^[A-Za-z0-9_-]{16,64}$")
MAX_HISTORY = 100
MAX_HISTORY_CHARS = 8_000_000
TYPING_BURST_S = 2.0
TEXT_FILE = "praatplaat.yaml"
HISTORY_FILE = "geschiedenis.json"
SETTINGS_FILE = "instellingen.json"
LOGO_FILE = "logo.png"


def root() -> Path:
    return Path(os.environ.get(ROOT_ENV) or "workspaces")


def new_id() -> str:
    return secrets.token_urlsafe(16)


def _write(path: Path, data: bytes) -> None:
    """Write atomically: a crash never leaves a half-written file."""
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


@dataclass
class Workspace:
    """The work of one user: text, history, settings and logo, mirrored to a directory."""

    id: str
    text: str = ""
    undo_stack: list[str] = field(default_factory=list)
    redo_stack: list[str] = field(default_factory=list)
    settings: dict = field(default_factory=dict)
    _last_typing: float = field(default=0.0, repr=False)

    @property
    def dir(self) -> Path:
        return root() / self.id

    @classmethod
    def open(cls, ws_id: str) -> Workspace:
        """The workspace with this id, as saved (empty when it does not exist yet)."""
        if not ID_PATTERN.match(ws_id):
            raise ValueError("invalid workspace id")
        ws = cls(ws_id)
        folder = ws.dir
        if (folder / TEXT_FILE).is_file():
            ws.text = (folder / TEXT_FILE).read_text(encoding="utf-8")
        try:
            history = json.loads((folder / HISTORY_FILE).read_text(encoding="utf-8"))
            ws.undo_stack = [t for t in history.get("undo", []) if isinstance(t, str)]
            ws.redo_stack = [t for t in history.get("redo", []) if isinstance(t, str)]
        except (OSError, ValueError, AttributeError):
            pass
        try:
            settings = json.loads((folder / SETTINGS_FILE).read_text(encoding="utf-8"))
            ws.settings = settings if isinstance(settings, dict) else {}
        except (OSError, ValueError):
            pass
        return ws

    def save(self, history: bool = True) -> None:
        """Write the text (and the history, unless only the text changed) to the directory."""
        self.dir.mkdir(parents=True, exist_ok=True)
        _write(self.dir / TEXT_FILE, self.text.encode("utf-8"))
        if history:
            stacks = {"undo": self.undo_stack, "redo": self.redo_stack}
            _write(self.dir / HISTORY_FILE, json.dumps(stacks, ensure_ascii=False).encode("utf-8"))

    def save_settings(self, **changes) -> None:
        if all(self.settings.get(k) == v for k, v in changes.items()):
            return
        self.settings.update(changes)
        self.dir.mkdir(parents=True, exist_ok=True)
        _write(self.dir / SETTINGS_FILE, json.dumps(self.settings, ensure_ascii=False).encode("utf-8"))

    def set_text(self, text: str, typing: bool = False, now: float | None = None) -> bool:
        """Replace the text, keeping an undo point; returns whether anything changed.

        Typing within a short burst shares one undo point, so undo goes back a burst at a time.
        """
        if text == self.text:
            return False
        now = time.monotonic() if now is None else now
        in_burst = typing and now - self._last_typing < TYPING_BURST_S
        if not in_burst:
            self.undo_stack.append(self.text)
            self._trim()
        self._last_typing = now if typing else 0.0
        self.text = text
        self.redo_stack.clear()
        self.save(history=not in_burst)
        return True

    def undo(self) -> bool:
        if not self.undo_stack:
            return False
        self.redo_stack.append(self.text)
        self.text = self.undo_stack.pop()
        self._last_typing = 0.0
        self.save()
        return True

    def redo(self) -> bool:
        if not self.redo_stack:
            return False
        self.undo_stack.append(self.text)
        self.text = self.redo_stack.pop()
        self._last_typing = 0.0
        self.save()
        return True

    def _trim(self) -> None:
        while len(self.undo_stack) > MAX_HISTORY or (
            len(self.undo_stack) > 1 and sum(map(len, self.undo_stack)) > MAX_HISTORY_CHARS
        ):
            self.undo_stack.pop(0)

    # --- logo -----------------------------------------------------------------------------

    def file(self, name: str | None) -> Path | None:
        """A plain file name inside the workspace directory (None for anything else)."""
        if not name or "/" in name or "\\" in name or name.startswith("."):
            return None
        return self.dir / name

    def read_file(self, name: str | None) -> bytes | None:
        path = self.file(name)
        return path.read_bytes() if path and path.is_file() else None

    def write_file(self, name: str, data: bytes) -> None:
        path = self.file(name)
        if path is None:
            raise ValueError("invalid file name")
        self.dir.mkdir(parents=True, exist_ok=True)
        _write(path, data)


def current() -> Workspace:
    """This browser session's workspace, opened from (or added to) the URL's ``ws`` parameter."""
    ws_id = st.query_params.get("ws", "")
    ws = st.session_state.get("workspace")
    if ws is not None and ws_id in ("", ws.id):
        if not ws_id:
            st.query_params["ws"] = ws.id
        return ws
    if not ID_PATTERN.match(ws_id):
        ws_id = new_id()
        st.query_params["ws"] = ws_id
    ws = Workspace.open(ws_id)
    st.session_state["workspace"] = ws
    return ws


def external_revision() -> int:
    """Counts text changes that did not come from the editor (forms, undo, gallery...)."""
    return st.session_state.get("external_revision", 0)


def change_text(text: str, from_editor: bool = False) -> bool:
    """Set this session's text (saved at once); the editor reloads unless the change came from it."""
    changed = current().set_text(text, typing=from_editor)
    if changed and not from_editor:
        st.session_state["external_revision"] = external_revision() + 1
    return changed


def set_section(key: str, value) -> bool:
    """Rewrite one top-level section of the YAML text (see yamldump.replace_section)."""
    return change_text(replace_section(current().text, key, value))


def undo() -> None:
    if current().undo():
        st.session_state["external_revision"] = external_revision() + 1


def redo() -> None:
    if current().redo():
        st.session_state["external_revision"] = external_revision() + 1


# --- settings kept per workspace (language, view, selection...) ------------------------------

SETTINGS = {"lang": "nl", "mode": None, "view": "overzicht", "journey": None, "selected": None}


def seed_settings() -> None:
    """Give each setting's session key (often a widget key) its saved value when it has none."""
    ws = current()
    for name, default in SETTINGS.items():
        if name not in st.session_state:
            st.session_state[name] = ws.settings.get(name, default)


def remember(name: str) -> None:
    """Save the session's value of setting ``name`` (use as a widget's on_change)."""
    current().save_settings(**{name: st.session_state.get(name)})


def put(name: str, value) -> None:
    """Set and save a setting (in a callback, before its widget is drawn)."""
    st.session_state[name] = value
    remember(name)
