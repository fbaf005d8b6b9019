"""The YAML editor (Ace, via streamlit-code-editor) and the list of problems in the text.

The editor owns the text while the user types: it sends its whole text to the server after each
short pause (debounce) and the server never pushes text back into it. Only changes made elsewhere
(forms, undo, gallery) give the editor a new key, which mounts it afresh with the new text, so
typed text can never be overwritten by a late server round trip.
"""

from __future__ import annotations

import streamlit as st
from code_editor import code_editor

from . import workspace
from .i18n import lang, t
from .markdown import esc

DEBOUNCE_MS = 200
LINE_PX = 24  # height of one editor row
MIN_LINES = 12
_SEEN = "editor_seen_event"


def key() -> str:
    """The widget key of the editor for the current text origin."""
    return f"editor-{workspace.external_revision()}"


def sync() -> None:
    """Take the editor's latest text into the workspace (call before anything reads the text)."""
    event = st.session_state.get(key())
    if not isinstance(event, dict) or not event.get("id") or event["id"] == st.session_state.get(_SEEN):
        return
    st.session_state[_SEEN] = event["id"]
    if event.get("type") in ("change", "blur", "submit") and isinstance(event.get("text"), str):
        workspace.change_text(event["text"], from_editor=True)


def lines_for(window_height: int) -> int:
    """Editor rows that fill the window below the toolbar (in steps of 4, so small resizes don't matter)."""
    return max(MIN_LINES, (window_height - 120) // LINE_PX // 4 * 4)


def show(text: str, lines: int) -> None:
    """The editor with ``text``, ``lines`` rows high; its changes arrive through ``sync`` on the next run."""
    code_editor(
        text,
        lang="yaml",
        theme="light",
        height=[lines, lines],
        key=key(),
        response_mode="debounce",
        allow_reset=False,
        options={"showLineNumbers": True, "wrap": True, "tabSize": 2, "useSoftTabs": True, "fontSize": 14},
        props={"debounceChangePeriod": DEBOUNCE_MS, "placeholder": "versie: 1"},
        component_props={"style": {"border": "1px solid #C9D3DD", "borderRadius": "8px"}},
    )


def show_errors(result, showing_last_good: bool, limit: int = 5) -> None:
    """The errors of a LoadResult (line, column, message in the interface language), above the editor."""
    if not result.errors:
        return
    language = lang()
    lines = [f"- **{t('at_line', line=d.line, col=d.col)}:** {esc(d.message(language))}" for d in result.errors]
    more = len(lines) - limit
    body = "\n".join(lines[:limit]) + (f"\n- … {t('more_errors', n=more)}" if more > 0 else "")
    last = t("showing_last_good") if showing_last_good else t("no_picture_yet")
    st.error(f"**{t('errors_title', n=len(lines))}**\n\n{body}\n\n{last}")


def show_warnings(result) -> None:
    """The warnings of a LoadResult, folded away below the editor."""
    if result.warnings:
        language = lang()
        with st.expander(t("warnings_title", n=len(result.warnings))):
            st.markdown("\n".join(f"- **{t('at_line', line=d.line, col=d.col)}:** {esc(d.message(language))}"
                                   for d in result.warnings))
