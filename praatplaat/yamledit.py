"""Edit a vision's YAML text in place: only the lines of what changes are rewritten.

Every function takes the YAML text and returns the new text; comments and the layout of
everything else survive. Elements are addressed by their path in the data, as in
``yamlload.Document.marks``: ``("principes", 2)``, ``("klantreizen", 0, "stappen", 1)``,
``("verhalen", 3)``, ``("visie",)``; ``path_of`` and ``ref_of`` translate to and from the refs
the picture uses ("principe:open", "stap:verhuizen/2", "verhaal:verhaal-4", ...).

- ``update(text, path, changes)``: set (or, with None/empty, remove) fields of one element.
- ``append(text, list_path, item)``: add an item to a list, creating the section in key order.
- ``count(doc, list_path)``: how many items a list has (the place an appended item gets).
- ``delete(text, path)``: remove an element and every reference to it.
- ``rename(text, path, name)``: give an element a new name; every reference follows.
- ``position(text, path)``: (line, col), 1-based, where an element starts ("show in YAML").

A vision built on a base (``basis:``) writes only what it adds or changes, so its elements' places in the
resolved model are not their places in the text. ``written_path`` translates a model path to the text;
``edit``, ``remove`` and ``rename`` take model paths and the resolved vision and work for both kinds:
editing an inherited element writes an override (``- id: x`` with only the changed fields), deleting one
adds its id to ``weglaten``.

A block-style element is edited key by key; anything written in flow style (``{...}``,
``[...]``) falls back to rewriting its top-level section. An edit that cannot be made raises
``EditError`` with a reason code (``missing``, ``last_item``, ``invalid``, ``empty``, ``taken``; for a vision
built on a base ``in_base`` and ``inherited_empty``).
"""

from __future__ import annotations

import copy
import re

import yaml

from .basis import item_id
from .load import load_text
from .model import Vision, slug
from .ref import Ref
from .yamlload import Document, load_yaml

KEY_ORDER = (
    "versie", "basis", "weglaten", "titel", "ondertitel", "organisatie", "logo", "huisstijl", "visie", "principes",
    "fundament", "kanalen", "doelgroepen", "klantreizen", "verhalen", "agenda",
)
ITEM_KEYS = {  # the keys of each kind of element, in the format's order
    "visie": ("kern", "toelichting"),
    "fundament": ("naam", "uitleg"),
    "principes": ("naam", "id", "uitleg", "voorbeelden", "icoon"),
    "kanalen": ("naam", "id", "soort", "bereikbaarheid", "servicenorm"),
    "doelgroepen": ("naam", "id", "uitleg"),
    "klantreizen": ("naam", "id", "doelgroep", "stappen"),
    "stappen": ("naam", "kanaal", "principes", "beleving", "toelichting"),
    "verhalen": ("citaat", "wie", "principe"),
    "agenda": ("naam", "id", "wanneer", "status", "principes"),
}
REFERENCED = {"principes": "principe", "kanalen": "kanaal", "doelgroepen": "doelgroep", "klantreizen": "reis"}
_TOP_KEY = re.compile(r"^(?P<key>[^\s#\-'\"{\[][^:#]*?)\s*:(\s|$)")
_DASH = re.compile(r"^\s*-\s+$")
_FLOW_MAX = 70


class EditError(ValueError):
    """An edit that cannot be made; ``reason`` is a short code the interface translates."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


# --- writing YAML ----------------------------------------------------------------------------


class _Dumper(yaml.SafeDumper):
    """Block style with list items indented under their key."""

    def increase_indent(self, flow: bool = False, indentless: bool = False):
        return super().increase_indent(flow, False)


def _represent_str(dumper: yaml.SafeDumper, value: str):
    style = None
    if "\n" in value.strip("\n"):
        style = "|"
    elif value:
        analysis = dumper.analyze_scalar(value)
        implicit = dumper.resolve(yaml.ScalarNode, value, (True, False)) == "tag:yaml.org,2002:str"
        if not (implicit and analysis.allow_block_plain):
            style = '"'
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


def _represent_list(dumper: yaml.SafeDumper, value: list):
    short = all(isinstance(v, (str, int)) and "\n" not in str(v) for v in value)
    flow = short and len(", ".join(map(str, value))) <= _FLOW_MAX
    node = dumper.represent_sequence("tag:yaml.org,2002:seq", value, flow_style=flow)
    if flow:
        for item in node.value:
            if item.style is None and not dumper.analyze_scalar(item.value).allow_flow_plain:
                item.style = '"'
    return node


_Dumper.add_representer(str, _represent_str)
_Dumper.add_representer(list, _represent_list)


def clean(value):
    """Drop None, empty text and empty lists/mappings (list items are always kept)."""
    if isinstance(value, dict):
        out = {k: clean(v) for k, v in value.items()}
        return {k: v for k, v in out.items() if v not in (None, "", [], {})}
    if isinstance(value, list):
        return [clean(v) for v in value]
    if isinstance(value, str):
        return value.strip()
    return value


def _dump(value) -> str:
    return yaml.dump(value, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=10_000)


def dump_section(key: str, value) -> str:
    """``key: value`` as block YAML ending in a newline ('' when the value is empty)."""
    value = clean(value)
    if value in (None, "", [], {}):
        return ""
    return _dump({key: value})


def _sections(lines: list[str]) -> dict[str, tuple[int, int]]:
    """Line ranges [start, end) of each top-level key (first occurrence)."""
    starts = [(i, m.group("key")) for i, line in enumerate(lines) if (m := _TOP_KEY.match(line))]
    out: dict[str, tuple[int, int]] = {}
    for n, (start, key) in enumerate(starts):
        end = starts[n + 1][0] if n + 1 < len(starts) else len(lines)
        while end > start + 1 and (not lines[end - 1].strip() or lines[end - 1].startswith("#")):
            end -= 1
        out.setdefault(key, (start, end))
    return out


def replace_section(text: str, key: str, value) -> str:
    """``text`` with the top-level ``key`` set to ``value`` (removed when the value is empty)."""
    block = dump_section(key, value)
    lines = _lines(text)
    sections = _sections(lines)
    if key in sections:
        start, end = sections[key]
        return "".join(lines[:start]) + block + "".join(lines[end:])
    later = [sections[k][0] for k in KEY_ORDER[KEY_ORDER.index(key) + 1:] if k in sections] if key in KEY_ORDER else []
    at = min(later) if later else len(lines)
    return "".join(lines[:at]) + block + "".join(lines[at:])


def ordered(kind: str, item: dict) -> dict:
    """``item`` with its keys in the format's order for ``kind`` (a list name, e.g. "stappen")."""
    order = ITEM_KEYS.get(kind, ())
    return {k: item[k] for k in order if k in item} | {k: v for k, v in item.items() if k not in order}


# --- finding elements in the text ------------------------------------------------------------


def _lines(text: str) -> list[str]:
    lines = text.splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    return lines


def _get(data, path: tuple):
    for part in path:
        found = (isinstance(part, int) and isinstance(data, list) and 0 <= part < len(data)) or (
            isinstance(part, str) and isinstance(data, dict) and part in data)
        if found:
            data = data[part]
        else:
            raise EditError("missing")
    return data


def _kind(path: tuple) -> str:
    """The list (or section) name of the element at ``path``: "stappen" for a step."""
    return str(path[-2] if isinstance(path[-1], int) else path[-1])


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _is_content(line: str) -> bool:
    stripped = line.strip()
    return bool(stripped) and not stripped.startswith("#")


class _Block:
    """Where a block-style mapping's keys and lines are in the text (offsets into the text)."""

    def __init__(self, lines: list[str], doc: Document, path: tuple, item: dict):
        self.lines = lines
        self.offsets = [0]
        for line in lines:
            self.offsets.append(self.offsets[-1] + len(line))
        marks = [(doc.key_marks.get(path + (k,)), k) for k in item]
        if not marks or any(m is None for m, _ in marks) or doc.marks.get(path) != marks[0][0]:
            raise EditError("flow")
        marks.sort()
        self.col = marks[0][0][1] - 1
        first = marks[0][0][0] - 1
        for (line, col), _ in marks:
            before = lines[line - 1][:col - 1]
            if col - 1 != self.col or not (before.strip() == "" or (line - 1 == first and _DASH.match(before))):
                raise EditError("flow")
        self.dash = isinstance(path[-1], int)
        if self.dash and not _DASH.match(lines[first][:self.col]):
            raise EditError("flow")
        self.first = first
        boundary = next((n for n in range(first + 1, len(lines))
                         if _is_content(lines[n]) and _indent(lines[n]) < self.col), len(lines))
        self.keys: dict[str, tuple[int, int]] = {}
        for n, ((line, col), key) in enumerate(marks):
            stop = marks[n + 1][0][0] - 1 if n + 1 < len(marks) else boundary
            self.keys[key] = (self.offsets[line - 1] + col - 1, self._end(line - 1, stop))
        self.start = self.offsets[first] if self.dash else self.keys[marks[0][1]][0]
        self.end = max(end for _, end in self.keys.values())

    def _end(self, start: int, stop: int) -> int:
        """Offset after the last line of a value written on lines [start, stop), trailing comments excluded."""
        value = self.lines[start].split(":", 1)[-1].strip()
        block_scalar = value[:1] in ("|", ">")
        last = start
        for n in range(start + 1, stop):
            line = self.lines[n]
            if _is_content(line) or (block_scalar and line.strip() and _indent(line) > self.col):
                last = n
        return self.offsets[last + 1]


def _block(text: str, path: tuple, doc: Document | None = None) -> tuple[Document, dict, _Block | None]:
    doc = doc or load_yaml(text)
    item = _get(doc.data, path)
    if not isinstance(item, dict):
        raise EditError("missing")
    try:
        return doc, item, _Block(_lines(text), doc, path, item)
    except EditError:
        return doc, item, None


def _splice(text: str, edits: list[tuple[int, int, str]]) -> str:
    text = "".join(_lines(text))
    for start, end, new in sorted(edits, reverse=True):
        text = text[:start] + new + text[end:]
    return text


def _indented(block: str, col: int, first: bool = True) -> str:
    lines = block.splitlines(keepends=True)
    pad = " " * col
    return "".join((pad + line if line.strip() and (first or n) else line) for n, line in enumerate(lines))


def _rewrite_section(text: str, doc: Document, path: tuple, value) -> str:
    """The fallback: set the data at ``path`` to ``value`` (None: remove it) and rewrite its section."""
    if len(path) == 1:
        return replace_section(text, path[0], value)
    data = copy.deepcopy(doc.data)
    parent = _get(data, path[:-1])
    if value is None:
        del parent[path[-1]]
    else:
        parent[path[-1]] = value
    return replace_section(text, path[0], data[path[0]])


# --- operations ------------------------------------------------------------------------------


def update(text: str, path: tuple, changes: dict, doc: Document | None = None) -> str:
    """Set the fields in ``changes`` on the element at ``path``; None or empty removes a field. ``doc``: the
    text's parse, when the caller has it (else it is parsed)."""
    path = tuple(path)
    doc, item, block = _block(text, path, doc)
    new = dict(item)
    for key, value in changes.items():
        value = clean(value)
        if value in (None, "", [], {}):
            new.pop(key, None)
        else:
            new[key] = value
    if new == item:
        return text
    kind = _kind(path)
    if block is None or any(k not in new for k in list(item)[:1]):
        return _rewrite_section(text, doc, path, ordered(kind, new))
    order = ITEM_KEYS.get(kind, ())
    edits = []
    for key in changes:
        if key in item and key not in new:
            start, end = block.keys[key]
            edits.append((start - block.col, end, ""))
        elif key in item and new[key] != item[key]:
            start, end = block.keys[key]
            edits.append((start, end, _indented(_dump({key: new[key]}), block.col, first=False)))
        elif key not in item and key in new:
            before = [k for k in order[:order.index(key)] if k in item] if key in order else list(item)
            at = block.keys[before[-1] if before else next(iter(block.keys))][1]
            edits.append((at, at, _indented(_dump({key: new[key]}), block.col)))
    return _splice(text, edits)


def append(text: str, list_path: tuple, item: dict, doc: Document | None = None) -> str:
    """Add ``item`` at the end of the list at ``list_path`` (e.g. ``("principes",)``, ``("klantreizen", 0,
    "stappen")``); a missing section (or a journey's missing 'stappen') is created in the format's key order.
    ``doc``: the text's parse, when the caller has it (else it is parsed)."""
    list_path = tuple(list_path)
    item = ordered(str(list_path[-1]), clean(item))
    doc = doc or load_yaml(text)
    try:
        items = _get(doc.data, list_path)
    except EditError:
        if len(list_path) > 1:  # a nested list not written yet (a new journey's steps): add it to its element
            if not isinstance(_get(doc.data, list_path[:-1]), dict):
                raise
            return update(text, list_path[:-1], {list_path[-1]: [item]}, doc)
        if not isinstance(doc.data, dict):
            raise
        items = None
    if not isinstance(items, list) or not items:
        return _rewrite_section(text, doc, list_path, [*(items or []), item])
    last = list_path + (len(items) - 1,)
    try:
        _, _, block = _block(text, last, doc)
    except EditError:
        block = None
    if block is None:
        return _rewrite_section(text, doc, list_path, [*items, item])
    dash = len(block.lines[block.first]) - len(block.lines[block.first].lstrip(" "))
    return _splice(text, [(block.end, block.end, _indented(_dump([item]), dash))])


def count(doc: Document, list_path: tuple) -> int:
    """How many items the list at ``list_path`` of ``doc`` has (0 when it is not written): the place in the text
    of an item ``append`` adds to it."""
    try:
        items = _get(doc.data, tuple(list_path))
    except EditError:
        return 0
    return len(items) if isinstance(items, list) else 0


def delete(text: str, path: tuple) -> str:
    """Remove the element at ``path`` and every reference to it (a principle from steps' lists...).

    Removing the only step of a journey raises EditError("last_item"); the only item of a top-level
    list removes the section.
    """
    path = tuple(path)
    result = load_text(text)
    if result.ok:
        text = _unreference(text, result.vision, path)
    return _delete_item(text, path)


def _unreference(text: str, vision: Vision, path: tuple) -> str:
    """``text`` without the references to the element at model path ``path`` (and its newsletter snapshots)."""
    if path[0] in REFERENCED and len(path) == 2:
        target = _get(vision.model_dump(), path)["id"]
        for where, key, written, resolved in _references(text, vision, path[0]):
            if isinstance(resolved, list):
                keep = [w for w, r in zip(written, resolved, strict=True) if r != target]
                if len(keep) != len(written):
                    text = update(text, where, {key: keep})
            elif resolved == target:
                text = update(text, where, {key: None})
    if path[0] == "agenda" and len(path) == 2 and vision.krant:
        text = _drop_snapshots(text, _get(vision.model_dump(), path))
    return text


def _delete_item(text: str, path: tuple) -> str:
    """Remove the element at text path ``path``, references untouched."""
    doc = load_yaml(text)
    items = _get(doc.data, path[:-1])
    _get(doc.data, path)
    if not isinstance(items, list):
        raise EditError("missing")
    if len(items) == 1:
        if len(path) > 2:
            raise EditError("last_item")
        return replace_section(text, path[0], [])
    _, _, block = _block(text, path)
    if block is None or not block.dash:
        return _rewrite_section(text, doc, path[:-1], [v for i, v in enumerate(items) if i != path[-1]])
    return _splice(text, [(block.start, block.end, "")])


def _drop_snapshots(text: str, item: dict) -> str:
    """``text`` without the newsletter's agenda snapshots (``stand``) of agenda item ``item`` (by id or name)."""
    names = {slug(item["id"]), slug(item["naam"])}
    for e, editie in enumerate(load_yaml(text).data["krant"]["edities"]):
        stand = editie.get("stand") if isinstance(editie, dict) else None
        if isinstance(stand, dict) and any(slug(str(k)) in names for k in stand):
            keep = {k: v for k, v in stand.items() if slug(str(k)) not in names}
            text = _rewrite_section(text, load_yaml(text), ("krant", "edities", e, "stand"), keep or None)
    return text


def _references(text: str, vision: Vision, section: str):
    """(element path, key, value as written, value as resolved) of every reference to ``section``'s items."""
    data = load_yaml(text).data
    wanted = {"principes": ("principes", "principe"), "kanalen": ("kanaal",), "doelgroepen": ("doelgroep",),
              "klantreizen": ("reis",)}[section]
    found = []

    def add(path: tuple, key: str, resolved) -> None:
        path = _text_path(data, vision, path)  # None: written in the base, not here
        if key in wanted and resolved not in (None, []) and path is not None and key in _get(data, path):
            found.append((path, key, _get(data, path)[key], resolved))

    for r, reis in enumerate(vision.klantreizen):
        add(("klantreizen", r), "doelgroep", reis.doelgroep)
        for s, stap in enumerate(reis.stappen):
            add(("klantreizen", r, "stappen", s), "kanaal", stap.kanaal)
            add(("klantreizen", r, "stappen", s), "principes", stap.principes)
    for v, verhaal in enumerate(vision.verhalen):
        add(("verhalen", v), "principe", verhaal.principe)
    for a, punt in enumerate(vision.agenda):
        add(("agenda", a), "principes", punt.principes)
    for e, editie in enumerate(vision.krant.edities if vision.krant else ()):
        for a, artikel in enumerate(editie.artikelen):
            add(("krant", "edities", e, "artikelen", a), "principe", artikel.principe)
            add(("krant", "edities", e, "artikelen", a), "reis", artikel.reis)
    return found


def rename(text: str, path: tuple, name: str, vision: Vision | None = None) -> str:
    """Give the element at ``path`` the name ``name``; every reference to it is rewritten to the new name.

    An explicit ``id`` is kept (an inherited element keeps its id, so references by id stay). ``vision`` is
    the text's resolved vision (loaded from ``text`` when not given) and ``path`` a path in it. Raises
    EditError("invalid") when the text does not load, ("empty") for an empty name and ("taken") when the
    name would clash with another element.
    """
    path = tuple(path)
    name = name.strip()
    if not name:
        raise EditError("empty")
    if vision is None:
        result = load_text(text)
        if not result.ok:
            raise EditError("invalid")
        vision = result.vision
    element = _get(vision.model_dump(), path)
    section = path[0]
    if section in REFERENCED and len(path) == 2:
        written = written_path(text, vision, path)
        explicit = written is None or "id" in _get(load_yaml(text).data, written) or _inherited(vision, path)
        new_id = element["id"] if explicit else slug(name)
        for i, other in enumerate(getattr(vision, section)):
            if i != path[1] and ({other.id, slug(other.naam)} & {new_id, slug(name)}):
                raise EditError("taken")
    out = edit(text, vision, path, {"naam": name})
    if section in REFERENCED and len(path) == 2:
        for where, key, written, resolved in _references(text, vision, section):
            if isinstance(resolved, list):
                new = [name if r == element["id"] else w for w, r in zip(written, resolved, strict=True)]
                if new != written:
                    out = update(out, where, {key: new})
            elif resolved == element["id"] and written != name:
                out = update(out, where, {key: name})
    if not vision.basis and not load_text(out).ok:  # a based vision is checked by its caller, who has its folder
        raise EditError("taken")
    return out


def position(text: str, path: tuple) -> tuple[int, int]:
    """(line, col), 1-based, where the element at ``path`` starts: its dash, or its key for a section."""
    path = tuple(path)
    doc = load_yaml(text)
    _get(doc.data, path)
    if len(path) == 1:
        return doc.key_marks.get(path, doc.mark(path))
    line, col = doc.mark(path)
    before = _lines(text)[line - 1][:col - 1]
    if isinstance(path[-1], int) and _DASH.match(before):
        return line, before.index("-") + 1
    return line, col


# --- refs ------------------------------------------------------------------------------------

_BY_ID = {"principe": "principes", "kanaal": "kanalen", "doelgroep": "doelgroepen", "klantreis": "klantreizen",
          "agenda": "agenda"}


def path_of(vision: Vision, ref: str) -> tuple | None:
    """The path of the element with ref ``ref`` ("principe:open", "stap:reis/2"...) in the model, None when
    gone; for a vision built on a base ``written_path`` tells where (and whether) the text has it."""
    parsed = Ref.parse(ref)
    if parsed is None:
        return None
    if parsed.kind in ("visie", "fundament"):
        return (parsed.kind,) if parsed.kind == "visie" or vision.fundament else None
    if parsed.kind in _BY_ID:
        section = _BY_ID[parsed.kind]
        return next(((section, i) for i, item in enumerate(getattr(vision, section)) if item.id == parsed.id), None)
    if step := parsed.step_position():
        journey, index = step
        return next((("klantreizen", r, "stappen", index) for r, reis in enumerate(vision.klantreizen)
                     if reis.id == journey and index < len(reis.stappen)), None)
    index = parsed.quote_index()
    return ("verhalen", index) if index is not None and index < len(vision.verhalen) else None


def ref_of(vision: Vision, path: tuple) -> str | None:
    """The ref of the element at ``path`` (the inverse of ``path_of``)."""
    path = tuple(path)
    if path in (("visie",), ("fundament",)):
        return str(Ref(path[0], path[0]))  # as the picture names them
    try:
        if len(path) == 4 and path[0] == "klantreizen" and path[2] == "stappen":
            reis = vision.klantreizen[path[1]]
            reis.stappen[path[3]]
            return str(Ref.step(reis.id, path[3]))
        if len(path) == 2 and path[0] == "verhalen":
            vision.verhalen[path[1]]
            return str(Ref.quote(path[1]))
        if len(path) == 2:
            kind = next(k for k, s in _BY_ID.items() if s == path[0])
            return str(Ref(kind, getattr(vision, path[0])[path[1]].id))
    except (IndexError, StopIteration, TypeError):
        return None
    return None


# --- visions built on a base -----------------------------------------------------------------


def _text_path(data, vision: Vision, path: tuple) -> tuple | None:
    """Where the element at model path ``path`` is written in the text whose data is ``data``; None when
    only its base has it. Without a base the two are the same."""
    path = tuple(path)
    if not vision.basis or path[0] == "krant":
        return path
    if not isinstance(data, dict) or path[0] not in data:
        return None
    if len(path) == 1:
        return path
    if path[0] == "verhalen":
        own = data["verhalen"] if isinstance(data["verhalen"], list) else []
        index = path[1] - (len(vision.verhalen) - len(own))
        return ("verhalen", index) if 0 <= index < len(own) else None
    if path[0] not in _BY_ID.values():
        return path
    ident = getattr(vision, path[0])[path[1]].id
    items = data[path[0]] if isinstance(data[path[0]], list) else []
    own = next((j for j, item in enumerate(items) if item_id(item) == ident), None)
    if own is None:
        return None
    rest = path[2:]
    if rest and not (isinstance(items[own], dict) and isinstance(items[own].get(rest[0]), list)):
        return None  # e.g. a step of a journey whose steps come from the base
    return (path[0], own, *rest)


def written_path(text: str, vision: Vision, path: tuple) -> tuple | None:
    """Where the element at model path ``path`` of ``text``'s resolved ``vision`` is written in ``text``
    (None when it is inherited unchanged and the text does not name it)."""
    return _text_path(load_yaml(text).data, vision, path)


def _inherited(vision: Vision, path: tuple) -> bool:
    """Whether the element at model path ``path`` (a list element, visie or fundament) comes from a base."""
    if not vision.basis or path[0] not in (*_BY_ID.values(), "visie", "fundament") or len(path) > 2:
        return False
    key = (path[0],) if len(path) == 1 else (path[0], getattr(vision, path[0])[path[1]].id)
    origin = vision.herkomst.get(key)
    return origin is not None and origin.status != "eigen"


def edit(text: str, vision: Vision, path: tuple, changes: dict) -> str:
    """``update`` by model path: an element the text does not write yet (inherited from the base) gets an
    override with only the changed fields (``- id: x``, or the ``visie``/``fundament`` keys). A field of an
    inherited element cannot be emptied (the base's value would come back): EditError("inherited_empty")."""
    path = tuple(path)
    written = written_path(text, vision, path)
    if _inherited(vision, path) and any(clean(v) in (None, "", [], {}) for v in changes.values()):
        raise EditError("inherited_empty")
    if written is not None:
        return update(text, written, changes)
    if not _inherited(vision, path):
        raise EditError("in_base")  # a step of an inherited journey, an inherited quote: only in the base
    if len(path) == 1:
        return replace_section(text, path[0], changes)
    return append(text, (path[0],), {"id": getattr(vision, path[0])[path[1]].id} | changes)


def remove(text: str, vision: Vision, path: tuple) -> str:
    """``delete`` by model path: references to the element in the text go too; an inherited element is
    dropped with ``weglaten`` (and its override, if any, is removed)."""
    path = tuple(path)
    if not vision.basis:
        return delete(text, path)
    text = _unreference(text, vision, path)
    written = written_path(text, vision, path)
    if not _inherited(vision, path) or len(path) == 1:
        if written is None:
            raise EditError("in_base")
        return _delete_item(text, written)
    if written is not None:
        text = _delete_item(text, written)
    data = load_yaml(text).data
    drop = data.get("weglaten") if isinstance(data.get("weglaten"), list) else []
    ident = getattr(vision, path[0])[path[1]].id
    return text if ident in drop else replace_section(text, "weglaten", [*drop, ident])


def adopt(text: str, vision: Vision, path: tuple, base_id: str) -> str:
    """Replace the own principle at model path ``path`` by the inherited principle ``base_id``: references to
    it are rewritten to ``base_id``, its lines go, and ``base_id`` leaves ``weglaten`` if it was there."""
    path = tuple(path)
    own = _get(vision.model_dump(), path)["id"]
    for where, key, written, resolved in _references(text, vision, path[0]):
        if isinstance(resolved, list):
            new = list(dict.fromkeys(base_id if r == own else w for w, r in zip(written, resolved, strict=True)))
            if new != written:
                text = update(text, where, {key: new})
        elif resolved == own:
            text = update(text, where, {key: base_id})
    written = written_path(text, vision, path)
    if written is None:
        raise EditError("missing")
    text = _delete_item(text, written)
    drop = load_yaml(text).data.get("weglaten")
    if isinstance(drop, list) and base_id in drop:
        text = replace_section(text, "weglaten", [d for d in drop if d != base_id])
    return text
