"""Form editing for people who don't write YAML: fields and tables, synchronised with the text.

The forms read the YAML as plain data and write a changed section back with
yamledit.replace_section, so the rest of the text keeps its comments. References are shown and
chosen by name. A table keeps the rows it was built from while the person edits it (its edits
are applied to those rows and written at once), so typing and new rows are never lost; it is
rebuilt only when the text changed elsewhere. While the text is not readable YAML, the forms
show the last valid version, and saving them replaces the broken text (undo brings it back).
"""

from __future__ import annotations

import copy
import hashlib
import json
import math
from dataclasses import dataclass
from functools import partial

import pandas as pd
import streamlit as st

from praatplaat.model import ICONEN, SOORTEN, STATUSSEN, slug
from praatplaat.words import table
from praatplaat.yamledit import clean, ordered, replace_section

from . import workspace
from .i18n import lang, t
from .picture import parse

TABLES_STATE = "form_tables"  # per table: the rows it was built from, its widget key, what it last wrote
ROW_PX = 35


@dataclass(frozen=True)
class Column:
    key: str
    label: str  # i18n key
    kind: str = "text"  # text | list | select | multi | int
    options: tuple[str, ...] = ()
    source: str | None = None  # section whose names are the options (references)
    width: int | None = None  # px; each table's columns (+ the row marker) fit the forms column at 1280 px


TABLES: dict[str, tuple[Column, ...]] = {  # ids are kept as written, not shown
    "principes": (Column("naam", "col_naam", width=140), Column("uitleg", "f_uitleg", width=180),
                  Column("voorbeelden", "f_voorbeelden", "list", width=100),
                  Column("icoon", "f_icoon", "select", ICONEN, width=70)),
    "kanalen": (Column("naam", "col_naam", width=130), Column("soort", "f_soort", "select", SOORTEN, width=100),
                Column("bereikbaarheid", "f_bereikbaarheid", width=130),
                Column("servicenorm", "f_servicenorm", width=130)),
    "doelgroepen": (Column("naam", "col_naam", width=170), Column("uitleg", "f_uitleg", width=320)),
    "klantreizen": (Column("naam", "col_naam", width=250),
                    Column("doelgroep", "f_doelgroep", "select", source="doelgroepen", width=240)),
    "stappen": (Column("naam", "col_naam", width=130),
                Column("kanaal", "f_kanaal", "select", source="kanalen", width=100),
                Column("principes", "f_principes", "multi", source="principes", width=120),
                Column("beleving", "f_beleving", "int", width=50), Column("toelichting", "f_toelichting", width=90)),
    "verhalen": (Column("citaat", "col_citaat", width=250), Column("wie", "f_wie", width=110),
                 Column("principe", "f_principe", "select", source="principes", width=130)),
    "agenda": (Column("naam", "col_naam", width=170), Column("wanneer", "f_wanneer", width=70),
               Column("status", "f_status", "select", STATUSSEN, width=80),
               Column("principes", "f_principes", "multi", source="principes", width=170)),
}
FIELDS = (  # (path, label, long text)
    (("titel",), "f_titel", False), (("ondertitel",), "f_ondertitel", False),
    (("organisatie",), "f_organisatie", False), (("visie", "kern"), "f_kern", False),
    (("visie", "toelichting"), "f_visie_toelichting", True), (("fundament", "naam"), "f_fundament", False),
    (("fundament", "uitleg"), "f_fundament_uitleg", True),
)
REFERENCED = ("principes", "kanalen", "doelgroepen")


# --- pure conversions ------------------------------------------------------------------------


def _display(value, column: Column):
    if column.kind in ("list", "multi"):
        return [str(v) for v in value] if isinstance(value, list) else ([] if value is None else [str(value)])
    if column.kind == "int":
        return value if isinstance(value, int) and not isinstance(value, bool) else None
    return None if value is None or isinstance(value, (dict, list)) else str(value)


def ref_names(data: dict, section: str) -> dict[str, str]:
    """How each way of writing a reference to ``section`` (id, name, or loosely either) maps to the name."""
    items = [i for i in data.get(section) or [] if isinstance(i, dict) and i.get("naam") is not None]
    by_id = {str(i.get("id") or slug(str(i["naam"]))): str(i["naam"]) for i in items}
    exact = by_id | {str(i["naam"]): str(i["naam"]) for i in items if str(i["naam"]) not in by_id}
    return exact | {f"~{slug(k)}": v for k, v in exact.items()}


def _name(ref, names: dict[str, str]):
    if ref is None:
        return None
    return names.get(str(ref)) or names.get(f"~{slug(str(ref))}") or str(ref)


def to_rows(items, columns: tuple[Column, ...], data: dict | None = None) -> list[dict]:
    """Table rows for a list of items as written in the YAML; references shown by name."""
    items = items if isinstance(items, list) else []
    names = {c.source: ref_names(data or {}, c.source) for c in columns if c.source}
    rows = []
    for item in items:
        row = {}
        for c in columns:
            value = _display(item.get(c.key) if isinstance(item, dict) else None, c)
            if c.source and isinstance(value, list):
                value = [_name(v, names[c.source]) for v in value]
            elif c.source:
                value = _name(value, names[c.source])
            row[c.key] = value
        rows.append(row)
    return rows


def _value(value, column: Column):
    """A cell value as YAML data (None when empty)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if column.kind in ("list", "multi"):
        values = [str(v).strip() for v in (value if isinstance(value, (list, tuple)) else [value])]
        return [v for v in values if v] or None
    if column.kind == "int":
        try:
            return int(value)
        except (TypeError, ValueError):
            return None
    return str(value).strip() or None


def _references(data: dict) -> set[str]:
    """Slugs of every reference written in the vision (to keep them valid on renames)."""
    refs: list = []
    for reis in data.get("klantreizen") or []:
        if isinstance(reis, dict):
            refs.append(reis.get("doelgroep"))
            for stap in reis.get("stappen") or []:
                if isinstance(stap, dict):
                    refs.append(stap.get("kanaal"))
                    refs.extend(stap.get("principes") or [])
    for verhaal in data.get("verhalen") or []:
        if isinstance(verhaal, dict):
            refs.append(verhaal.get("principe"))
    for punt in data.get("agenda") or []:
        if isinstance(punt, dict):
            refs.extend(punt.get("principes") or [])
    return {slug(str(r)) for r in refs if r is not None}


def _unique_name(base: str, items: list, field: str) -> str:
    taken = {str(i.get(field)) for i in items if isinstance(i, dict)}
    n = 1
    while f"{base} {n}" in taken:
        n += 1
    return f"{base} {n}"


def new_item(section: str, items: list, language: str) -> dict:
    """A fresh item that is valid on its own (so a new table row never breaks the picture)."""
    from .i18n import tr

    if section == "verhalen":
        return {"citaat": tr("new_quote", language)}
    item = {"naam": _unique_name(tr("new_item", language), items, "naam")}
    if section == "kanalen":
        item["soort"] = "online"
    # a new journey starts without steps (no phantom "Eerste stap"): its steps are typed or added next
    return item


def apply_delta(section: str, items, delta: dict, language: str = "nl", references: frozenset = frozenset()) -> list:
    """``items`` with a data_editor delta (edited, deleted and added rows) applied; empty new rows are skipped.

    Renaming an element that has no explicit id and is referenced elsewhere keeps its old id,
    so the references stay valid.
    """
    columns = {c.key: c for c in TABLES[section]}
    items = copy.deepcopy(items) if isinstance(items, list) else []
    for index, changes in (delta.get("edited_rows") or {}).items():
        i = int(index)
        if not 0 <= i < len(items):
            continue
        item = items[i] if isinstance(items[i], dict) else {}
        for key, raw in changes.items():
            if key not in columns:
                continue
            value = _value(raw, columns[key])
            old_name = item.get("naam")
            if (key == "naam" and section in REFERENCED and "id" not in item and old_name is not None
                    and slug(str(old_name)) in references and value != old_name):
                item["id"] = slug(str(old_name))
            if value is None:
                item.pop(key, None)
            else:
                item[key] = value
        items[i] = ordered(section, item)
    for index in sorted({int(i) for i in delta.get("deleted_rows") or []}, reverse=True):
        if 0 <= index < len(items):
            items.pop(index)
    for row in delta.get("added_rows") or []:
        typed = {key: _value(raw, columns[key]) for key, raw in row.items() if key in columns}
        typed = {key: value for key, value in typed.items() if value is not None}
        if typed:  # an empty new row waits until something is typed in it
            items.append(ordered(section, new_item(section, items, language) | typed))
    return items


def set_field(data: dict, path: tuple[str, ...], value: str) -> tuple[str, object]:
    """(section, new section value) for a general field changed to ``value``."""
    value = value.strip() or None
    if len(path) == 1:
        return path[0], value
    section = copy.deepcopy(data.get(path[0])) if isinstance(data.get(path[0]), dict) else {}
    if value is None:
        section.pop(path[1], None)
    else:
        section[path[1]] = value
    return path[0], section


# --- Streamlit -------------------------------------------------------------------------------


def _digest(value) -> str:
    return hashlib.sha1(json.dumps(value, sort_keys=True, default=str).encode()).hexdigest()[:12]


def _base(text: str) -> tuple[str | None, dict | None]:
    """The text the forms edit and its data: ``text``, or the last valid version while it is not readable YAML."""
    data = parse(text).data
    if isinstance(data, dict):
        return text, data
    saved = st.session_state.get("last_good")
    if saved and saved[0] == workspace.current().id and isinstance(parse(saved[1]).data, dict):
        return saved[1], parse(saved[1]).data
    return None, None


def _write(section: str, value) -> None:
    text, _ = _base(workspace.current().text)
    if text is not None:
        workspace.change_text(replace_section(text, section, value))


def _names(data: dict, section: str, current: list) -> list[str]:
    names = [str(i.get("naam")) for i in data.get(section) or [] if isinstance(i, dict) and i.get("naam")]
    extra = [str(v) for v in current if v is not None and str(v) not in names]
    return list(dict.fromkeys(names + extra))


def _shown(key: str):
    """How a fixed value of column ``key`` is shown: a channel's kind and an agenda item's status in words."""
    words = table(key, lang()) if key in ("soort", "status") else None
    return (lambda value: words.get(value, value)) if words else None


def _column_config(columns: tuple[Column, ...], data: dict, rows: list[dict]) -> dict:
    config = {}
    for c in columns:
        label = t(c.label)
        current = [v for r in rows for v in (r[c.key] if isinstance(r[c.key], list) else [r[c.key]])]
        options = list(c.options) or (_names(data, c.source, current) if c.source else [])
        if c.kind == "select":
            config[c.key] = st.column_config.SelectboxColumn(label, options=options, width=c.width,
                                                             format_func=_shown(c.key))
        elif c.kind == "multi":
            config[c.key] = st.column_config.MultiselectColumn(label, options=options, accept_new_options=True,
                                                               width=c.width)
        elif c.kind == "list":
            config[c.key] = st.column_config.ListColumn(label, help=t("help_list"), width=c.width)
        elif c.kind == "int":
            config[c.key] = st.column_config.NumberColumn(label, min_value=-2, max_value=2, step=1, format="%d",
                                                          width=c.width)
        else:
            config[c.key] = st.column_config.TextColumn(label, width=c.width)
    return config


def _on_table(table_id: str, section: str, journey: int | None) -> None:
    entry = st.session_state[TABLES_STATE][table_id]
    _, data = _base(workspace.current().text)
    if data is None:
        return
    table = "stappen" if journey is not None else section
    refs = frozenset(_references(data))
    items = apply_delta(table, entry["rows"], st.session_state.get(entry["key"]) or {}, lang(), refs)
    entry["written"] = _digest(clean(items))
    if journey is not None:
        journeys = copy.deepcopy(data.get("klantreizen"))
        journeys[journey]["stappen"] = items
        items = journeys
    _write(section, items)


def _table(data: dict, section: str, journey: int | None = None) -> None:
    """One table; it keeps its own rows (and so everything typed) until the text changes elsewhere."""
    items = data.get(section) if isinstance(data.get(section), list) else []
    table = "stappen" if journey is not None else section
    shown = items[journey].get("stappen") if journey is not None else items
    shown = shown if isinstance(shown, list) else []
    columns = TABLES[table]
    config = _column_config(columns, data, to_rows(shown, columns, data))
    table_id = f"{table}-{journey}"
    tables = st.session_state[TABLES_STATE]
    entry = tables.get(table_id)
    signature = _digest(str(config))
    if entry is None or entry["written"] != _digest(clean(shown)) or entry["signature"] != signature:
        entry = tables[table_id] = {"rows": copy.deepcopy(shown), "written": _digest(clean(shown)),
                                    "signature": signature, "key": f"tbl-{table_id}-{_digest([shown, signature])}"}
    rows = to_rows(entry["rows"], columns, data)
    frame = pd.DataFrame(rows, columns=[c.key for c in columns])
    st.data_editor(frame, key=entry["key"], num_rows="dynamic", hide_index=True, width="stretch", placeholder="",
                   height=ROW_PX * (len(rows) + 3) + 3, column_config=config,
                   on_change=partial(_on_table, table_id, section, journey))


def _on_field(key: str, path: tuple[str, ...]) -> None:
    _, data = _base(workspace.current().text)
    if data is not None:
        _write(*set_field(data, path, st.session_state.get(key) or ""))


def _fields(data: dict) -> None:
    for path, label, long in FIELDS:
        value = data.get(path[0])
        if len(path) > 1:
            value = value.get(path[1]) if isinstance(value, dict) else None
        value = "" if value is None or isinstance(value, (dict, list)) else str(value)
        key = f"fld-{'.'.join(path)}-{_digest(value)}"
        widget = st.text_area if long else st.text_input
        widget(t(label), value=value, key=key, on_change=_on_field, args=(key, path))


def show(text: str) -> None:
    """All forms for ``text`` (or for its last valid version while the text is not readable YAML)."""
    base, data = _base(text)
    if base != text:  # the error itself is listed above the forms
        st.warning(t("forms_last_good" if data is not None else "forms_no_good"), icon=":material/warning:")
        if data is None:
            return
    st.caption(t("forms_intro"))
    sections = ("algemeen", "principes", "kanalen", "klantreizen", "verhalen", "agenda", "doelgroepen")
    tabs = st.tabs([t(f"section_{s}") for s in sections])
    with tabs[0]:
        _fields(data)
    for tab, section in zip(tabs[1:], sections[1:], strict=True):
        with tab:
            _table(data, section)
            if section == "klantreizen":
                _steps(data)


def _steps(data: dict) -> None:
    journeys = [r for r in data.get("klantreizen") or [] if isinstance(r, dict)]
    if not journeys or len(journeys) != len(data.get("klantreizen") or []):
        st.caption(t("no_journeys"))
        return
    st.markdown(f"**{t('steps_of')}**")
    index = st.selectbox(t("journey"), range(len(journeys)), key="form-journey",
                         format_func=lambda i: str(journeys[i].get("naam") or i + 1))
    _table(data, "klantreizen", journey=min(index or 0, len(journeys) - 1))
