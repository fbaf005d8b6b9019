"""Form editing for people who don't write YAML: fields and tables, synchronised with the text.

The forms read the YAML as plain data (references stay as the user wrote them) and write a
changed section back with yamldump.replace_section, so the rest of the text keeps its comments.
Each table is keyed by a digest of its rows: after the text changes (here or in the editor) the
table is rebuilt from the text, so the two never disagree.
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
from praatplaat.yamlload import load_yaml

from . import workspace
from .i18n import lang, t
from .markdown import esc
from .picture import parse


@dataclass(frozen=True)
class Column:
    key: str
    label: str  # i18n key
    kind: str = "text"  # text | list | select | multi | int
    options: tuple[str, ...] = ()
    source: str | None = None  # section whose names are the options (references)


TABLES: dict[str, tuple[Column, ...]] = {
    "principes": (Column("naam", "col_naam"), Column("uitleg", "f_uitleg"),
                  Column("voorbeelden", "f_voorbeelden", "list"), Column("icoon", "f_icoon", "select", ICONEN),
                  Column("id", "col_id")),
    "kanalen": (Column("naam", "col_naam"), Column("soort", "f_soort", "select", SOORTEN),
                Column("bereikbaarheid", "f_bereikbaarheid"), Column("servicenorm", "f_servicenorm"),
                Column("id", "col_id")),
    "doelgroepen": (Column("naam", "col_naam"), Column("uitleg", "f_uitleg"), Column("id", "col_id")),
    "klantreizen": (Column("naam", "col_naam"), Column("doelgroep", "f_doelgroep", "select", source="doelgroepen"),
                    Column("id", "col_id")),
    "stappen": (Column("naam", "col_naam"), Column("kanaal", "f_kanaal", "select", source="kanalen"),
                Column("principes", "f_principes", "multi", source="principes"),
                Column("beleving", "f_beleving", "int"), Column("toelichting", "f_toelichting")),
    "verhalen": (Column("citaat", "col_citaat"), Column("wie", "f_wie"),
                 Column("principe", "f_principe", "select", source="principes")),
    "agenda": (Column("naam", "col_naam"), Column("wanneer", "f_wanneer"),
               Column("status", "f_status", "select", STATUSSEN),
               Column("principes", "f_principes", "multi", source="principes"), Column("id", "col_id")),
}
# The item keys in the format's order (table columns are ordered for reading instead).
KEY_ORDER = {
    "principes": ("naam", "id", "uitleg", "voorbeelden", "icoon"),
    "kanalen": ("naam", "id", "soort", "bereikbaarheid", "servicenorm"),
    "doelgroepen": ("naam", "id", "uitleg"),
    "klantreizen": ("naam", "id", "doelgroep", "stappen"),
    "stappen": ("naam", "kanaal", "principes", "beleving", "toelichting"),
    "verhalen": ("citaat", "wie", "principe"),
    "agenda": ("naam", "id", "wanneer", "status", "principes"),
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


def to_rows(items, columns: tuple[Column, ...]) -> list[dict]:
    """Table rows for a list of items as written in the YAML."""
    items = items if isinstance(items, list) else []
    return [{c.key: _display(item.get(c.key) if isinstance(item, dict) else None, c) for c in columns}
            for item in items]


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


def _ordered(item: dict, order: tuple[str, ...]) -> dict:
    return {k: item[k] for k in order if k in item} | {k: v for k, v in item.items() if k not in order}


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
    if section == "klantreizen":
        item["stappen"] = [{"naam": tr("first_step", language)}]
    return item


def apply_delta(section: str, items, delta: dict, language: str = "nl", references: frozenset = frozenset()) -> list:
    """``items`` with a data_editor delta (edited, deleted and added rows) applied.

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
        items[i] = _ordered(item, KEY_ORDER[section])
    for index in sorted({int(i) for i in delta.get("deleted_rows") or []}, reverse=True):
        if 0 <= index < len(items):
            items.pop(index)
    for row in delta.get("added_rows") or []:
        item = new_item(section, items, language)
        for key, raw in row.items():
            value = _value(raw, columns[key]) if key in columns else None
            if value is not None:
                item[key] = value
        items.append(_ordered(item, KEY_ORDER[section]))
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


def _names(data: dict, section: str, current: list) -> list[str]:
    names = [str(i.get("naam")) for i in data.get(section) or [] if isinstance(i, dict) and i.get("naam")]
    extra = [str(v) for v in current if v is not None and str(v) not in names]
    return list(dict.fromkeys(names + extra))


def _column_config(columns: tuple[Column, ...], data: dict, rows: list[dict]) -> dict:
    config = {}
    for c in columns:
        label = t(c.label)
        current = [v for r in rows for v in (r[c.key] if isinstance(r[c.key], list) else [r[c.key]])]
        options = list(c.options) or (_names(data, c.source, current) if c.source else [])
        if c.kind == "select":
            config[c.key] = st.column_config.SelectboxColumn(label, options=options)
        elif c.kind == "multi":
            config[c.key] = st.column_config.MultiselectColumn(label, options=options, accept_new_options=True)
        elif c.kind == "list":
            config[c.key] = st.column_config.ListColumn(label, help=t("help_list"))
        elif c.kind == "int":
            config[c.key] = st.column_config.NumberColumn(label, min_value=-2, max_value=2, step=1, format="%d")
        else:
            config[c.key] = st.column_config.TextColumn(label, width="large" if c.key in ("uitleg", "citaat") else None)
    return config


def _on_table(key: str, section: str, items, journey: int | None) -> None:
    delta = st.session_state.get(key) or {}
    data = load_yaml(workspace.current().text).data
    refs = frozenset(_references(data if isinstance(data, dict) else {}))
    if journey is None:
        workspace.set_section(section, apply_delta(section, items, delta, lang(), refs))
        return
    journeys = copy.deepcopy(items)
    reis = journeys[journey]
    reis["stappen"] = apply_delta("stappen", reis.get("stappen"), delta, lang(), refs)
    workspace.set_section("klantreizen", journeys)


def _table(data: dict, section: str, journey: int | None = None) -> None:
    items = data.get(section) if isinstance(data.get(section), list) else []
    table = "stappen" if journey is not None else section
    shown = items[journey].get("stappen") if journey is not None else items
    columns = TABLES[table]
    rows = to_rows(shown, columns)
    key = f"tbl-{table}-{_digest([section, journey, items])}"
    frame = pd.DataFrame(rows, columns=[c.key for c in columns])
    st.data_editor(frame, key=key, num_rows="dynamic", hide_index=True, width="stretch",
                   column_config=_column_config(columns, data, rows),
                   on_change=partial(_on_table, key, section, items, journey))


def _on_field(key: str, path: tuple[str, ...]) -> None:
    data = load_yaml(workspace.current().text).data
    section, value = set_field(data if isinstance(data, dict) else {}, path, st.session_state.get(key) or "")
    workspace.set_section(section, value)


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
    """All forms for ``text``; a text that is not readable YAML gets its first error instead."""
    doc = parse(text)
    if not isinstance(doc.data, dict):
        first = doc.diagnostics[0] if doc.diagnostics else None
        st.warning(t("forms_need_yaml") + (f"\n\n{t('at_line', line=first.line, col=first.col)}: "
                                            f"{esc(first.message(lang()))}" if first else ""))
        return
    data = doc.data
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
