"""The YAML editor (CodeMirror 6 in a Streamlit components v2 component) with its list of problems.

The editor is a peer of the praatplaat's shared Yjs document (``live``): it syncs over the websocket
``/sync/ws/<id>`` of the same server (saved there, kept in the browser's IndexedDB while offline), shows the
other editors' coloured cursors and names, and merges everyone's typing character by character. Changes made
elsewhere (forms, undo, another tab) reach it through the document, never by remounting it. For the picture it
reports its whole text (remote changes included) as soon as the server has processed the previous report
(``data.ack``).

The problems of the text (errors and warnings) sit in a fixed-height panel under the editor, so
the editor never moves; clicking one puts the cursor on its line and column. The source of the
component is assets/editor/src, bundled into assets/editor/dist by ``npm run build:editor``.
"""

from __future__ import annotations

import hashlib
import json
from functools import cache
from pathlib import Path

import streamlit as st
from streamlit import runtime

from praatplaat import yamledit
from praatplaat.model import ICONEN

from . import workspace
from .i18n import lang, t
from .markdown import esc

ASSETS = Path(__file__).resolve().parents[1] / "assets"
DIST = ASSETS / "editor" / "dist"
SCHEMA = ASSETS / "praatplaat.schema.json"
LINE_PX = 22  # height of one editor row (14 px text, line height 1.55)
PANEL_PX = 138  # the problem list under the editor, with its gap
TOP_PX = 204  # the toolbar, the quick capture line and the editor's own status line above it
MIN_LINES = 12
ROOT = "Praatplaat"
# Fields whose values name another element of the vision: (shape, key) -> kind of element.
REFS = {
    ("Stap", "kanaal"): "kanaal",
    ("Stap", "principes"): "principe",
    ("Agendapunt", "principes"): "principe",
    ("Verhaal", "principe"): "principe",
    ("Klantreis", "doelgroep"): "doelgroep",
}
ICON_FIELDS = {("Principe", "icoon")}
_SEEN = "editor_seen_edit"

BUNDLE = (DIST / "editor.js").read_bytes()
# The bundle (~530 kB with Yjs) is served once as a media file and imported by URL (the browser keeps the module), so
# reruns only carry this loader; an inline ``js=`` string would be re-sent with every rerun. Streamlit drops a
# media file no session refers to for a moment at the end of another session's run, so the loader retries.
_LOADER = """/* praatplaat editor: loads assets/editor/dist/editor.js */
export default async function (component) {
  const start = performance.now();
  const url = new URL(component.data.src, document.baseURI).href;
  let editor = null;
  for (let attempt = 0; editor === null; attempt++) {
    try {  // a failed import is remembered per URL, so a retry asks under another one
      editor = await import(attempt ? url + "?attempt=" + attempt : url);
    } catch (error) {
      if (attempt >= 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250 * (attempt + 1)));
    }
  }
  const cleanup = editor.default(component);
  window.praatplaatEditorReadyMs ??= performance.now() - start; // first mount: fetch + run + build (bench/editor.py)
  return cleanup;
}"""
_CSS = "/* praatplaat editor */\n" + (DIST / "editor.css").read_text(encoding="utf-8")

_component = st.components.v2.component("praatplaat_editor", js=_LOADER, css=_CSS)


def bundle_url() -> str:
    """The URL of the editor bundle for this session (registered with Streamlit's media files each run)."""
    return runtime.get_instance().media_file_mgr.add(BUNDLE, "text/javascript", "praatplaat-editor-bundle")


def _field(shape: str, key: str, spec: dict) -> dict:
    """One schema property as the editor needs it: scalar (with its choices), map or list."""
    spec = next((s for s in spec.get("anyOf", [spec]) if s.get("type") != "null"), spec)
    if "$ref" in spec:
        return {"t": "map", "shape": spec["$ref"].rsplit("/", 1)[1]}
    if spec.get("type") == "array":
        item = spec.get("items", {})
        out = {"t": "list", "item": item["$ref"].rsplit("/", 1)[1]} if "$ref" in item else {"t": "list"}
    else:
        out = {"t": "scalar"}
        if "enum" in spec:
            out["values"] = list(spec["enum"])
    if (shape, key) in REFS:
        out["ref"] = REFS[shape, key]
    if (shape, key) in ICON_FIELDS:
        out["icons"] = True
    return out


@cache
def completion_model() -> dict:
    """The schema as {'root', 'shapes': {shape: {key: field}}}, keys in the schema's order."""
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    shapes = {name: spec for name, spec in schema["$defs"].items() if "properties" in spec} | {ROOT: schema}
    return {
        "root": ROOT,
        "shapes": {name: {key: _field(name, key, prop) for key, prop in spec["properties"].items()}
                   for name, spec in shapes.items()},
    }


def references(vision) -> dict:
    """Names and ids of the principles, channels and target groups the text may refer to."""
    if vision is None:
        return {}
    items = {"principe": vision.principes, "kanaal": vision.kanalen, "doelgroep": vision.doelgroepen}
    return {kind: [{"naam": i.naam, "id": i.id} for i in found] for kind, found in items.items()}


def key() -> str:
    """The widget key of the editor: one per workspace (the document brings every change into it). Made from a
    digest of the id: an id may hold "__", which a component key must not."""
    ws = st.session_state.get("workspace")
    return key_of(ws.id) if ws is not None else "editor-none"


def key_of(ws_id: str) -> str:
    return f"editor-{hashlib.sha256(ws_id.encode()).hexdigest()[:16]}"


def _state() -> dict:
    """The editor component's state values for the current key ({} before it sent any)."""
    state = st.session_state.get(key())
    return {name: state.get(name) for name in ("edit", "need_text")} if hasattr(state, "get") else {}


def _edit() -> dict | None:
    """The editor's latest edit {'text', 'seq', 'base'} for the current key, if any."""
    edit = _state().get("edit")
    return edit if isinstance(edit, dict) and edit.get("base") == key() else None


def sync() -> None:
    """Take the editor's latest text into the workspace (call before anything reads the text), and the name the
    person chose (the sync websocket has saved the text already)."""
    name = _state().get("name")
    if isinstance(name, str) and name.strip():
        st.session_state["editor_name"] = name.strip()[:40]
    edit = _edit()
    if edit is None or (key(), edit.get("seq")) == st.session_state.get(_SEEN):
        return
    st.session_state[_SEEN] = (key(), edit.get("seq"))
    if isinstance(edit.get("text"), str):
        workspace.type_text(edit["text"])


def lines_for(window_height: int) -> int:
    """Editor rows that fill the window below the toolbar and above the problem list (in steps of 4)."""
    return max(MIN_LINES, (window_height - TOP_PX - PANEL_PX) // LINE_PX // 4 * 4)


def problems(result) -> list[dict]:
    """Errors, then warnings, as the editor shows them: line, col, severity and message in the interface language;
    ``review`` marks a warning about an unfinished vision, which waits in the folded "Controleren" list."""
    language = lang()
    return [{"line": d.line, "col": d.col, "severity": d.severity, "message": d.message(language),
             "where": t("at_line", line=d.line, col=d.col), "review": d.review}
            for d in result.errors + result.warnings]


def summary(result, showing_last_good: bool) -> str:
    """The heading of the problem list (the warnings that wait in "Controleren" are counted there, not here)."""
    if result.errors:
        picture = t("last_good_short" if showing_last_good else "no_picture_short")
        return f"{t('errors_title', n=len(result.errors))} · {picture}"
    now = [d for d in result.warnings if not d.review]
    if now:
        return t("warnings_title", n=len(now))
    return t("no_problems")


def reveal(text: str, path: tuple, focus: bool = False) -> None:
    """Let the editor show the lines of the element at ``path`` of ``text`` (a path in the text, see
    yamledit.written_path): it scrolls there once the shared document has that text; with ``focus`` it also takes
    the keyboard focus with its cursor there ("show in YAML"), else the focus stays where it is."""
    try:
        line, col = yamledit.position(text, path)
    except yamledit.EditError:
        return
    nonce = (st.session_state.get("goto") or {}).get("nonce", 0) + 1
    expect = text.splitlines()[line - 1] if line <= len(text.splitlines()) else ""
    st.session_state["goto"] = {"line": line, "col": col, "nonce": nonce, "focus": focus, "expect": expect}


def _goto() -> dict | None:
    goto = st.session_state.get("goto")
    if isinstance(goto, dict) and isinstance(goto.get("line"), int):
        return {"line": goto["line"], "col": int(goto.get("col") or 1), "nonce": str(goto.get("nonce")),
                "focus": bool(goto.get("focus", True)), "expect": goto.get("expect")}
    return None


def show(text: str, lines: int, result=None, vision=None) -> None:
    """The editor with ``text``, ``lines`` rows high, and the problems of ``result`` under it.

    ``vision`` is the one the picture shows (the last good one while the text has errors; None when
    there is none): completion offers its principles and channels. Its changes arrive through ``sync``
    on the next run; ``st.session_state['goto']`` (see ``reveal``) shows a line, once per nonce.
    """
    edit = _edit()
    data = {
        "id": key(),
        "src": bundle_url(),
        # Once the editor has sent an edit it holds the text (and keeps it across remounts in the page), so
        # the text is not re-sent with every keystroke; it asks for it ("need_text") if it ever lacks it.
        "text": text if edit is None or _state().get("need_text") else None,
        "height": lines * LINE_PX + 8,
        "ack": edit.get("seq", 0) if edit else 0,
        "model": completion_model(),
        "refs": references(vision),
        "icons": list(ICONEN),
        "problems": problems(result) if result is not None else [],
        "labels": {"summary": summary(result, showing_last_good=vision is not None) if result is not None else "",
                   "explain": (t("showing_last_good") if vision is not None else t("no_picture_yet"))
                   if result is not None and result.errors else "",
                   "tips": t("editor_tips"), "editor": t("editor_label"),
                   "review": t("review_title", n=sum(d.review for d in result.warnings)) if result is not None else "",
                   "review_explain": t("review_explain")},
        "goto": _goto(),
        "sync": sync_data(),
    }
    _component(key=key(), data=data, on_edit_change=_noop, on_need_text_change=_noop, on_name_change=_noop,
               default={"edit": None, "need_text": None, "name": None})


def sync_data(readonly_token: str | None = None) -> dict:
    """How the editor joins the shared document: its websocket path, this tab, and the words it shows."""
    ws = workspace.current()
    words = ("saved", "pending", "offline", "connecting", "alone", "editors", "you", "name", "guest")
    return {
        "path": f"/sync/lees/{readonly_token}" if readonly_token else f"/sync/ws/{ws.id}",
        "room": ws.id,
        "tab": workspace.tab_id(),
        "readonly": readonly_token is not None,
        "name": st.session_state.get("editor_name"),
        "labels": {word: t(f"sync_{word}") for word in words},
    }


def _noop() -> None:
    """Edits need no callback: ``sync`` reads them at the start of the run."""


def show_errors(result, showing_last_good: bool, limit: int = 5) -> None:
    """The errors of a LoadResult where no editor is shown (the form view), above the forms."""
    if not result.errors:
        return
    language = lang()
    lines = [f"- **{t('at_line', line=d.line, col=d.col)}:** {esc(d.message(language))}" for d in result.errors]
    more = len(lines) - limit
    body = "\n".join(lines[:limit]) + (f"\n- … {t('more_errors', n=more)}" if more > 0 else "")
    last = t("showing_last_good") if showing_last_good else t("no_picture_yet")
    st.error(f"**{t('errors_title', n=len(lines))}**\n\n{body}\n\n{last}")


def show_warnings(result) -> None:
    """The warnings of a LoadResult where no editor is shown, folded away below the forms; those about an
    unfinished vision in their own "Controleren" list."""
    language = lang()
    now = [d for d in result.warnings if not d.review]
    later = [d for d in result.warnings if d.review]
    for title, items in ((t("warnings_title", n=len(now)), now), (t("review_title", n=len(later)), later)):
        if items:
            with st.expander(title):
                st.markdown("\n".join(f"- **{t('at_line', line=d.line, col=d.col)}:** {esc(d.message(language))}"
                                       for d in items))
