"""Every key the studio keeps in Streamlit's session state: what it holds, its default and the module that owns it.

Four kinds of key:

- ``value``: the studio's own; ``init()`` gives it its default at the top of every page run when it has none.
- ``setting``: saved per workspace (``workspace.remember``); ``seed_settings()`` gives it the workspace's saved value
  (else its default) when a workspace opens.
- ``once``: set by an action for the next run, which takes it (``pop``); no value means nothing happened.
- ``widget``: a widget's (Streamlit owns its value); declared so that the studio's every key is known.

A family of keys made per element, room or editor is declared by its prefix. tests/test_session_state.py checks that
every key the code of ``components/`` uses is declared here and that nothing else initialises one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

import streamlit as st

import store


@dataclass(frozen=True)
class Key:
    name: str
    owner: str  # the module in components/ that writes it
    kind: str = "value"  # value | setting | once | widget
    default: Any = None  # a callable default is called for each session (a fresh list, a new id)


def _keys(*keys: Key) -> dict[str, Key]:
    return {k.name: k for k in keys}


KEYS = _keys(
    # the open praatplaat and how this tab looks at it
    Key("workspace", "workspace"),
    Key("tab_id", "workspace", default=store.new_id),
    Key("browser_id", "start"),
    Key("typed_at", "workspace"),
    Key("lang", "i18n", "setting", "nl"),
    Key("mode", "studio", "setting"),
    Key("view", "picture", "setting", "overzicht"),
    Key("journey", "picture", "setting"),
    Key("selected", "picture", "setting"),
    Key("journey_followed", "picture"),
    Key("last_good", "picture"),
    Key("picture_quiet", "picture", "once"),  # a selection shown without fading the rest (just added)
    Key("projecting", "studio", default=False),
    Key("toolbar_drawn", "studio"),
    # what the last action has to say or do once
    Key("flash", "gallery", "once"),
    Key("flash_error", "workspace", "once"),
    Key("logo-flash", "huisstijl", "once"),
    Key("krant_flash", "krant_panel"),
    Key("room_flash", "room", "once"),
    Key("share_revoked", "share", "once"),
    # the editor and the side form
    Key("editor_name", "editor"),
    Key("editor_seen_edit", "editor"),
    Key("goto", "element_form"),
    Key("element_problem", "element_form", "once"),
    Key("element_adopted", "element_form", "once"),
    Key("element_deleted", "element_form", "once"),
    Key("form_tables", "forms", default=dict),
    # quick capture
    Key("qa-what", "quickadd", "widget"),
    Key("qa-text", "quickadd", "widget"),
    Key("qa-kind", "quickadd"),
    Key("qa-changed", "quickadd", "once"),  # the kind an add replaced, until the browser shows the new one
    Key("qa-problem", "quickadd", "once"),
    Key("qa-added", "quickadd", "once"),
    Key("qa-drawn", "quickadd", "once"),
    Key("qa-soort", "quickadd", "widget"),  # a channel's kind, chosen in the line
    Key("qa-beleving", "quickadd", "widget"),  # a step's emotion, chosen in the line
    Key("qa-kept", "quickadd", "once"),  # the choices beside a refused sentence, given back
    # uploads, exports, house style
    Key("upload", "gallery", "widget"),
    Key("logo-upload", "huisstijl", "widget"),
    Key("tokens-upload", "huisstijl", "widget"),
    Key("export", "export_panel"),
    Key("export_asked", "export_panel", "once"),  # "Bestand maken" clicked: made in the next run that ends
    # the newsletter
    Key("krant_editie", "krant_panel"),
    Key("krant_size", "krant_panel", default="a4"),
    Key("krant-naam", "krant_panel", "widget"),
    Key("krant_made", "krant_panel", default=dict),  # the laid-out editions
    Key("krant_defer", "krant_panel", "once"),
    # werksessies
    Key("room_view", "room", default="join"),
    Key("room_page", "room", default=0),
    Key("room_editing", "room"),
    Key("room_full", "room", default=False),
    Key("room_rerun_app", "room", "once"),
    Key("room_cache", "results"),
    Key("merge-pick", "room", "widget"),
    # comparison
    Key("vergelijk-kies", "vergelijk", "widget"),
    Key("vergelijk-ws", "vergelijk", "widget"),
    # components that report to the script
    Key("picture", "picture", "widget"),
    Key("projector", "projector", "widget"),
    Key("probe-window", "studio", "widget"),
    Key("probe-shared", "share", "widget"),
    Key("browser-id", "start", "widget"),
)

# Families of widget keys, made per element, room, table or component instance: prefix -> owner.
FAMILIES = {
    "editor-": "editor",  # the YAML editor, one per workspace
    "ef-": "element_form",  # a side form's field
    "fld-": "forms",  # a form's field
    "tbl-": "forms",  # a form's table
    "colour-": "huisstijl",
    "hex-": "huisstijl",
    "k-art-": "krant_panel",  # an article's fields
    "k-ed-": "krant_panel",  # an edition's fields
    "act-": "room",  # a room's activity switches
    "edit-": "room",  # a contribution being edited
    "room-lock-": "room",
    "show-res-": "room",
    "show-names-": "room",
}

SETTINGS = {k.name: k.default for k in KEYS.values() if k.kind == "setting"}


def _fresh(default: Any) -> Any:
    return default() if isinstance(default, Callable) else default


def init() -> None:
    """Give every ``value`` key without a value its default (once at the top of each page run)."""
    for key in KEYS.values():
        if key.kind == "value" and key.name not in st.session_state:
            st.session_state[key.name] = _fresh(key.default)


def seed_settings(saved: dict) -> None:
    """Give each setting without a value in this session the workspace's ``saved`` value, else its default."""
    for name, default in SETTINGS.items():
        if name not in st.session_state:
            st.session_state[name] = saved.get(name, default)


def choice(name: str, options: Iterable[Any], fallback: Any) -> Any:
    """The value of ``name``, a choice that always holds one of ``options`` (a segmented control with
    ``required=True`` and no ``default``): its value in the session, else ``fallback``; set again through the
    session state, so that the control this run draws carries its value to the browser. Call it in every run that
    draws the control, before drawing it.

    Streamlit drops what a run has not sent yet when the next run starts (on a busy machine: the first run after
    a page load, when a component's first report starts the next at once), and a control carries its value only
    from a run that set it through the session state. Drawn from a later run without it, the control shows nothing
    chosen and the browser's next report makes the value None (the toolbar's export panel, drawn with view None,
    then failed until the next page run: CI's missing 'Bestand maken')."""
    value = st.session_state.get(name)
    if value not in options:
        value = fallback
    st.session_state[name] = value
    return value


def seed(name: str, value: Any) -> None:
    """Give a widget of a family (a room's switch) its stored ``value`` when the session has none for it; set it
    through the session state in every run, so the switch carries its value to the browser (see ``choice``: drawn
    without it, a switch shows "off" and the browser's next report switched the room's activities off)."""
    st.session_state[name] = st.session_state.get(name, value)
