"""Reading a pre-database ``workspaces/<id>/`` directory (components/workspace.py's format), read-only."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from .bounds import MAX_FILE_BYTES, MAX_FILES
from .ids import is_file_name

TEXT_FILE = "praatplaat.yaml"
HISTORY_FILE = "geschiedenis.json"
SETTINGS_FILE = "instellingen.json"


@dataclass
class Legacy:
    text: str
    undo: list[str] = field(default_factory=list)  # oldest first; the last one is the next undo
    redo: list[str] = field(default_factory=list)  # the last one is the next redo
    settings: dict = field(default_factory=dict)
    files: dict[str, bytes] = field(default_factory=dict)


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8", errors="replace").replace("\x00", "")


def read_legacy(folder: Path) -> Legacy | None:
    """The workspace saved in ``folder``, None when there is none. Only plain files directly inside are read."""
    text_path = folder / TEXT_FILE
    if folder.is_symlink() or text_path.is_symlink() or not text_path.is_file():
        return None
    found = Legacy(_read(text_path))
    try:
        history = json.loads(_read(folder / HISTORY_FILE))
        found.undo = [t.replace("\x00", "") for t in history.get("undo", []) if isinstance(t, str)]
        found.redo = [t.replace("\x00", "") for t in history.get("redo", []) if isinstance(t, str)]
    except (OSError, ValueError, AttributeError):
        pass
    try:
        settings = json.loads(_read(folder / SETTINGS_FILE))
        found.settings = settings if isinstance(settings, dict) else {}
    except (OSError, ValueError):
        pass
    for path in sorted(folder.iterdir()):
        if len(found.files) >= MAX_FILES:
            break
        plain = is_file_name(path.name) and not path.is_symlink()
        ours = path.name not in (TEXT_FILE, HISTORY_FILE, SETTINGS_FILE)
        if plain and ours and path.is_file() and path.stat().st_size <= MAX_FILE_BYTES:
            found.files[path.name] = path.read_bytes()
    return found
