"""The compact form of the selected element, beside the picture: its fields, rename everywhere,
delete (with undo) and "show in YAML".

Every change goes into the YAML through praatplaat.yamledit (only that element's lines change)
and is refused with a plain message when the result would not be a valid vision. References are
chosen by name and written as names. Paths are paths in the resolved vision: for a vision built on a
base, editing an inherited element writes an override and deleting it adds its id to ``weglaten``.
"""

from __future__ import annotations

import hashlib
from functools import partial

import streamlit as st

from praatplaat import yamledit
from praatplaat.compare import seen_before
from praatplaat.layout.common import beleving_label
from praatplaat.model import ICONEN, SOORTEN, STATUSSEN
from praatplaat.ref import Ref
from praatplaat.words import table

from . import editor, picture, workspace
from .i18n import lang, t
from .markdown import esc

PROBLEM = "element_problem"  # a refused edit's message, shown once
DELETED = "element_deleted"  # the name of the element just deleted (offers undo)
ADOPTED = "element_adopted"  # the own principle just replaced by the base's (offers undo)
RENAMED_KINDS = {"principes", "kanalen", "doelgroepen"}  # renamed in a form: every reference follows

# (key, label, widget) per kind of element; widgets: text, long, lines, soort, icoon, status, beleving,
# kanaal, principe, principes, doelgroep
FIELDS = {
    "visie": (("kern", "f_kern", "long"), ("toelichting", "f_toelichting", "long")),
    "fundament": (("naam", "col_naam", "text"), ("uitleg", "f_uitleg", "long")),
    "principes": (("uitleg", "f_uitleg", "long"), ("voorbeelden", "f_voorbeelden", "lines"),
                  ("icoon", "f_icoon", "icoon")),
    "kanalen": (("soort", "f_soort", "soort"), ("bereikbaarheid", "f_bereikbaarheid", "text"),
                ("servicenorm", "f_servicenorm", "text")),
    "doelgroepen": (("uitleg", "f_uitleg", "long"),),
    "klantreizen": (("naam", "col_naam", "text"), ("doelgroep", "f_doelgroep", "doelgroep")),
    "stappen": (("naam", "col_naam", "text"), ("kanaal", "f_kanaal", "kanaal"),
                ("principes", "f_principes", "principes"), ("beleving", "f_beleving", "beleving"),
                ("toelichting", "f_toelichting", "long")),
    "verhalen": (("citaat", "col_citaat", "long"), ("wie", "f_wie", "text"), ("principe", "f_principe", "principe")),
    "agenda": (("naam", "col_naam", "text"), ("wanneer", "f_wanneer", "text"), ("status", "f_status", "status"),
               ("principes", "f_principes", "principes")),
}
_CHOICES = {"kanaal": "kanalen", "principe": "principes", "principes": "principes", "doelgroep": "doelgroepen"}


def _digest(value) -> str:
    return hashlib.sha1(repr(value).encode()).hexdigest()[:10]


def _kind(path: tuple) -> str:
    return yamledit._kind(path) if len(path) > 1 else path[0]


def editable() -> bool:
    """Whether the current text is a valid vision, so forms can edit it (else the picture is an older one)."""
    return picture.current(workspace.current()).ok


def commit(new_text: str):
    """Take ``new_text`` when it is a valid vision and return that vision; else say why not (None)."""
    result = picture.load(picture.source(workspace.current(), new_text))  # cached: the picture reuses it
    if not result.ok:
        first = result.errors[0]
        st.session_state[PROBLEM] = f"{t('edit_refused')} {t('at_line', line=first.line, col=first.col)}: " \
                                    f"{first.message(lang())}"
        return None
    workspace.change_text(new_text)
    return result.vision


def _edit(operation, path: tuple, ref: str, *args):
    """Apply a yamledit ``operation`` (edit, remove, rename) to element ``ref`` at model path ``path`` of the
    current text's vision; a selection of it follows a new id."""
    ws = workspace.current()
    current = picture.current(ws)
    if not current.ok:
        st.session_state[PROBLEM] = t("side_needs_valid")
        return None
    try:
        vision = commit(operation(ws.text, current.vision, path, *args))
    except yamledit.EditError as error:
        st.session_state[PROBLEM] = t(f"edit_{error.reason}")
        return None
    if vision is not None and st.session_state.get("selected") == ref:
        workspace.put("selected", yamledit.ref_of(vision, path))
    return vision


def _on_field(key: str, path: tuple, ref: str, field: str, widget: str, ids_to_names: dict) -> None:
    value = st.session_state.get(key)
    if widget == "lines":
        value = [line.strip() for line in (value or "").splitlines() if line.strip()]
    elif widget in ("kanaal", "principe", "doelgroep"):
        value = ids_to_names.get(value)
    elif widget == "principes":
        value = [ids_to_names[v] for v in value or [] if v in ids_to_names]
    _changed(path, _edit, yamledit.edit, path, ref, {field: value})


def _rename(text: str, vision, path: tuple, name: str) -> str:
    return yamledit.rename(text, path, name, vision)


def _on_rename(key: str, path: tuple, ref: str) -> None:
    _changed(path, _edit, _rename, path, ref, st.session_state.get(key) or "")


def _changed(path: tuple, edit, *args) -> None:
    """``edit(*args)``; when it changed the text, the editor shows the lines of the element at ``path``."""
    before = workspace.current().text
    vision = edit(*args)
    text = workspace.current().text
    written = yamledit.written_path(text, vision, path) if vision is not None and text != before else None
    if written is not None:
        editor.reveal(text, written)


def _on_delete(path: tuple, ref: str, name: str) -> None:
    if _edit(yamledit.remove, path, ref) is not None:
        workspace.put("selected", None)
        st.session_state[DELETED] = {"ref": ref, "name": name}


def _on_goto(vision, path: tuple) -> None:
    text = workspace.current().text
    written = yamledit.written_path(text, vision, path)
    editor.reveal(text, written or ("basis",), focus=True)  # inherited unchanged: where the base is named
    if st.session_state.get("mode") != "edit":
        workspace.put("mode", "edit")


def _choices(vision, widget: str) -> dict[str, str]:
    """id -> name of the elements a reference field chooses from."""
    return {item.id: item.naam for item in getattr(vision, _CHOICES[widget])}


def _field(vision, model, path: tuple, ref: str, field: str, label: str, widget: str) -> None:
    value = getattr(model, field, None)
    key = f"ef-{ref}-{field}-{_digest(value)}"
    names = _choices(vision, widget) if widget in _CHOICES else {}
    on_change = partial(_on_field, key, path, ref, field, widget, names)
    label = t(label)
    if widget == "text":
        st.text_input(label, value or "", key=key, on_change=on_change)
    elif widget == "long":
        st.text_area(label, value or "", key=key, on_change=on_change, height=96)
    elif widget == "lines":
        st.text_area(label, "\n".join(value or []), key=key, on_change=on_change, height=96,
                     help=t("help_lines"))
    elif widget in ("soort", "icoon"):
        options = list(SOORTEN if widget == "soort" else (None, *ICONEN))
        kinds = table("soort", lang())
        st.selectbox(label, options, index=options.index(value), key=key, on_change=on_change,
                     format_func=lambda v: t("none") if v is None else kinds.get(v, v))
    elif widget == "status":
        st.segmented_control(label, STATUSSEN, default=value, key=key, on_change=on_change, required=True,
                             format_func=lambda v: t(f"status_{v}"))
    elif widget == "beleving":
        options = [None, 2, 1, 0, -1, -2]
        st.selectbox(label, options, index=options.index(value), key=key, on_change=on_change,
                     format_func=lambda v: t("none") if v is None else beleving_label(v, lang()))
    elif widget == "principes":
        st.multiselect(label, list(names), default=[v for v in value if v in names], key=key, on_change=on_change,
                       format_func=names.get, placeholder=t("choose"))
    else:  # kanaal, principe, doelgroep: one reference
        options = [None, *names]
        st.selectbox(label, options, index=options.index(value) if value in names else 0, key=key,
                     on_change=on_change, format_func=lambda v: t("none") if v is None else names[v])


def _model(vision, path: tuple):
    item = vision
    for part in path:
        item = item[part] if isinstance(part, int) else getattr(item, part)
    return item


def _references(vision, ref: str) -> int:
    from praatplaat.links import links

    return len(links(vision).get(ref, ()))


def show(vision, ref: str, editable: bool) -> None:
    """The fields of element ``ref`` of ``vision``; read-only hints when the text cannot be edited now."""
    path = yamledit.path_of(vision, ref)
    if path is None:
        return
    problem = st.session_state.pop(PROBLEM, None)
    if problem:
        st.warning(problem, icon=":material/block:")
    if not editable:
        st.caption(t("side_needs_valid"))
        return
    model = _model(vision, path)
    kind = _kind(path)
    if kind in RENAMED_KINDS:
        key = f"ef-{ref}-naam-{_digest(model.naam)}"
        with st.form(f"rename-{ref}", border=False, enter_to_submit=True):
            st.text_input(t("col_naam"), model.naam, key=key)
            count = _references(vision, ref)
            st.form_submit_button(t("rename_everywhere"), on_click=_on_rename, args=(key, path, ref),
                                  icon=":material/drive_file_rename_outline:", key=f"rename-{ref}-go",
                                  help=t("rename_help", n=count))
    if kind == "principes":
        _seen_before(vision, model, path, ref)
    for field, label, widget in FIELDS[kind]:
        _field(vision, model, path, ref, field, label, widget)
    with st.container(horizontal=True, gap="small"):
        st.button(t("show_in_yaml"), on_click=_on_goto, args=(vision, path), key="show-in-yaml", icon=":material/code:",
                  type="tertiary")
        if len(path) > 1:
            name = getattr(model, "naam", None) or getattr(model, "citaat", "")
            st.button(t("delete"), on_click=_on_delete, args=(path, ref, name), key="delete-element",
                      icon=":material/delete:", type="tertiary")


def _adopt(text: str, vision, path: tuple, base_id: str) -> str:
    return yamledit.adopt(text, vision, path, base_id)


def _on_adopt(path: tuple, ref: str, base_id: str, name: str) -> None:
    if _edit(_adopt, path, ref, base_id) is not None:
        at = str(Ref("principe", base_id))
        workspace.put("selected", at)
        st.session_state[ADOPTED] = {"ref": ref, "name": name, "at": at}


def _seen_before(vision, model, path: tuple, ref: str) -> None:
    """'Seen it before': an own principle that repeats one of the base's, with an offer to take that one over."""
    hint = seen_before(vision, model.naam, model.uitleg or "", model.id)
    if hint is None:
        return
    with st.container(border=True, key="seen-before"):
        st.caption(esc(t("hint_seen", naam=hint.naam, bron=hint.bron, pct=round(hint.score * 100))))
        st.button(t("hint_adopt"), on_click=_on_adopt, args=(path, ref, hint.id, model.naam), key="adopt-hint",
                  icon=":material/merge:", help=t("hint_adopt_help"))


def undo_notice() -> None:
    """After a delete (and until something else is selected): what was deleted, with an undo button; the same
    after an own principle was replaced by the base's."""
    deleted = st.session_state.get(DELETED)
    if deleted and st.session_state.get("selected") is None:
        with st.container(horizontal=True, vertical_alignment="center", gap="small", key="deleted-notice"):
            st.caption(t("deleted", name=deleted["name"]))
            st.button(t("undo"), on_click=_undo_delete, key="undo-delete", icon=":material/undo:", type="tertiary")
    elif deleted:
        st.session_state.pop(DELETED)
    adopted = st.session_state.get(ADOPTED)
    if adopted and st.session_state.get("selected") == adopted["at"]:
        with st.container(horizontal=True, vertical_alignment="center", gap="small", key="adopted-notice"):
            st.caption(t("adopted", name=adopted["name"]))
            st.button(t("undo"), on_click=_undo_adopt, key="undo-adopt", icon=":material/undo:", type="tertiary")
    elif adopted:
        st.session_state.pop(ADOPTED)


def _undo_adopt() -> None:
    adopted = st.session_state.pop(ADOPTED)
    workspace.undo()
    workspace.put("selected", adopted["ref"])


def _undo_delete() -> None:
    deleted = st.session_state.pop(DELETED)
    workspace.undo()
    workspace.put("selected", deleted["ref"])
