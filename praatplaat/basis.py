"""Visions built on a shared base: ``basis:`` and ``weglaten:``, resolved on the parsed YAML before validation.

A base is a built-in name (a file in praatplaten/basis/, e.g. ``overheid``) or a plain file name next to
the vision, opened by the one safe file rule of praatplaat.logo (no folders, no symlinks, nothing outside
the folder). praatplaat.load loads and validates it as a vision of its own (so its errors carry its own
file, line and column), its own base first; a cycle or more than MAX_BASES levels is a located error.

Merging: a list element (principes, kanalen, doelgroepen, klantreizen, agenda) with the id of a base
element replaces the fields it names (a list field such as ``stappen`` is replaced as a whole); other
elements are added after the inherited ones; ``weglaten: [id, ...]`` drops inherited elements. The
mappings visie, huisstijl and fundament merge field by field; every other key of the vision replaces the
base's; verhalen are the base's followed by the vision's own. Every element's origin is kept as a
Herkomst: inherited unchanged, inherited and changed (which fields), or own.
"""

from __future__ import annotations

import difflib
import os
from dataclasses import dataclass
from pathlib import Path

import yaml

from . import filenames
from .diagnostics import Diagnostic, hint
from .limits import MAX_LOGO_BYTES, MAX_YAML_BYTES
from .logo import LogoError, logo_bytes
from .model import Vision, slug
from .words import KIND_NAMES, table
from .yamlload import Document

BUILTIN_DIR = Path(__file__).resolve().parent.parent / "praatplaten" / "basis"
LISTS = {"principes": "principe", "kanalen": "kanaal", "doelgroepen": "doelgroep", "klantreizen": "klantreis",
         "agenda": "agenda"}
MAPPINGS = ("visie", "huisstijl", "fundament")
MAX_BASES = 8
OVERGENOMEN, AANGEPAST, EIGEN = "overgenomen", "aangepast", "eigen"


@dataclass(frozen=True)
class Herkomst:
    """Where an element comes from: ``status`` is overgenomen (inherited unchanged), aangepast (inherited,
    ``velden`` changed here or in a base between) or eigen (the organisation's own); ``bron`` names the base
    that first has it."""

    status: str
    bron: str | None = None
    velden: tuple[str, ...] = ()


@dataclass
class Resolved:
    """The vision's document with its base merged in, what went wrong, and where every element comes from."""

    doc: Document
    diagnostics: list[Diagnostic]
    herkomst: dict  # (collection, id) or (mapping,) -> Herkomst




_COLLECTION = {"principe": "principes", "kanaal": "kanalen", "doelgroep": "doelgroepen", "klantreis": "klantreizen",
               "agenda": "agenda"}


def herkomst_of(herkomst: dict, kind: str, ident: str) -> Herkomst | None:
    """The origin of element ``kind:ident`` (visie and fundament by kind alone), or None without a base."""
    key = (_COLLECTION[kind], ident) if kind in _COLLECTION else (kind,)
    return herkomst.get(key)


def herkomst_text(herkomst: Herkomst | None, lang: str = "nl") -> str:
    """Where an element comes from, in words (for details and text alternatives); '' when it has no base."""
    if herkomst is None:
        return ""
    return table("herkomst", lang)[herkomst.status].format(bron=herkomst.bron or "", velden=", ".join(herkomst.velden))


def builtins() -> list[str]:
    """The names of the built-in bases."""
    return sorted(p.stem for p in BUILTIN_DIR.glob("*.yaml"))


def expanded_yaml(vision: Vision) -> str:
    """The resolved vision as a YAML file of its own: no ``basis`` or ``weglaten``, the same vision on loading."""
    data = vision.model_dump(mode="json", exclude_defaults=True, exclude={"basis", "weglaten"})
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=120)


def item_id(item: object) -> str | None:
    """An element's id as the model gives it: its ``id``, else the slug of its ``naam``."""
    if not isinstance(item, dict):
        return None
    for key, make in (("id", str), ("naam", slug)):
        value = item.get(key)
        if isinstance(value, (str, int)) and not isinstance(value, bool) and str(value).strip():
            return make(str(value).strip())
    return None


def named(doc: Document) -> tuple[str | None, list[Diagnostic]]:
    """The base ``basis:`` names (None: no base, or one the model reports) and the warning for a ``weglaten``
    without a base."""
    name = doc.data.get("basis")
    if isinstance(name, int) and not isinstance(name, bool):
        name = str(name)  # the model reads a number as text too
    if isinstance(name, str):
        name = name.strip(filenames.SPACES)  # as the model reads it
    if isinstance(name, str) and name:
        return name, []
    if name is None and doc.data.get("weglaten"):
        return None, [Diagnostic("warning", "weglaten_no_basis", *doc.mark(("weglaten",)))]
    return None, []


# --- finding the base ----------------------------------------------------------------------------


@dataclass(frozen=True)
class BaseFile:
    """A base found and read: its bytes, its folder, the name its messages show, and the files that led to it."""

    data: bytes
    folder: Path
    shown: str
    chain: tuple[str, ...]


def invalid(name: str, at: tuple[int, int], count: int) -> Diagnostic:
    """The error at ``basis:`` that the base ``name`` has ``count`` errors (each located in the base)."""
    return Diagnostic("error", "basis_invalid", *at, {"name": name, "count": count})


def _error(code: str, at: tuple[int, int], **params) -> list[Diagnostic]:
    return [Diagnostic("error", code, *at, params)]


def find(name: str, filename: str, base_dir: Path | None, chain: tuple[str, ...],
         at: tuple[int, int]) -> tuple[BaseFile | None, list[Diagnostic]]:
    """The base ``name`` of the vision ``filename`` in ``base_dir``, read by the one safe file rule; ``chain``
    holds the files of the visions built on this one (a cycle or more than MAX_BASES levels is an error)."""
    if name in builtins():
        folder, file, shown = BUILTIN_DIR, f"{name}.yaml", f"praatplaten/basis/{name}.yaml"
    else:
        if problem := filenames.problem(name):
            return None, _error("basis_name", at, value=name, reason=filenames.REASONS[problem],
                                choices=", ".join(builtins()))
        if base_dir is None:
            return None, _error("basis_no_folder", at, name=name)
        folder, file = base_dir, name
        shown = name if filename.startswith("<") else str(Path(filename).parent / name)
    chain = chain + ((_key(base_dir, filename),) if base_dir is not None else ())
    if len(chain) >= MAX_BASES:
        return None, _error("basis_too_deep", at, limit=MAX_BASES)
    try:
        data = logo_bytes(file, folder)  # the one safe file rule: lstat first, so a symlink is never followed
    except LogoError as err:
        code = {"missing": "basis_missing", "too_large": "too_large"}.get(err.code, "basis_not_plain")
        return None, _error(code, at, name=name, size=f"> {MAX_LOGO_BYTES}", limit=MAX_YAML_BYTES)
    if os.path.realpath(os.path.join(folder, file)) in chain:  # a plain file in the folder by now
        return None, _error("basis_cycle", at, name=name)
    if len(data) > MAX_YAML_BYTES:
        return None, _error("too_large", at, size=len(data), limit=MAX_YAML_BYTES)
    return BaseFile(data, folder, shown, chain), []


def _key(base_dir: Path, filename: str) -> str:
    return os.path.realpath(os.path.join(base_dir, Path(filename).name))


# --- merging -----------------------------------------------------------------------------------


def _inherited(key: tuple, base_herkomst: dict, name: str, changed: tuple[str, ...] = ()) -> Herkomst:
    """The origin of a base element as seen from the vision that inherits it."""
    before = base_herkomst.get(key)
    bron = before.bron if before and before.bron else name
    velden = tuple(dict.fromkeys((before.velden if before else ()) + changed))
    return Herkomst(AANGEPAST if velden else OVERGENOMEN, bron, velden)


def _changed(base_item: dict, own: dict) -> tuple[str, ...]:
    return tuple(k for k, v in own.items() if k != "id" and base_item.get(k) != v)


def _moved(doc: Document, marks: dict, key_marks: dict, old: tuple, new: tuple) -> None:
    """Copy the marks under path ``old`` to path ``new``."""
    n = len(old)
    for source, target in ((doc.marks, marks), (doc.key_marks, key_marks)):
        for path, mark in source.items():
            if path[:n] == old:
                target[new + path[n:]] = mark


def merge(doc: Document, vision: Vision, base_herkomst: dict, name: str, at: tuple[int, int]) -> Resolved:
    """``doc`` with the base ``vision`` (named ``name`` at ``at``, its own origins ``base_herkomst``) merged in."""
    base = vision.model_dump(mode="json", exclude_defaults=True, exclude={"basis", "weglaten"})
    own: dict = doc.data
    data = dict(base) | {k: v for k, v in own.items() if k not in LISTS and k not in MAPPINGS and k != "verhalen"}
    marks = {p: m for p, m in doc.marks.items() if not p or p[0] not in LISTS and p[0] != "verhalen"}
    key_marks = {p: m for p, m in doc.key_marks.items() if p[0] not in LISTS and p[0] != "verhalen"}
    out: list[Diagnostic] = []
    herkomst: dict = {}
    for key in base:
        if key not in own:
            marks[(key,)] = at
    for key in MAPPINGS:
        mine, theirs = own.get(key), base.get(key)
        if isinstance(mine, dict) and isinstance(theirs, dict):
            data[key] = theirs | mine
            herkomst[(key,)] = _inherited((key,), base_herkomst, name, _changed(theirs, mine))
        elif key in own:
            data[key] = mine
            herkomst[(key,)] = Herkomst(EIGEN)
        elif key in base:
            herkomst[(key,)] = _inherited((key,), base_herkomst, name)
    drop = _dropped(own.get("weglaten"), base, doc, out)
    for coll, kind in LISTS.items():
        data[coll] = _merge_list(coll, kind, own, base, drop, doc, marks, key_marks, herkomst, base_herkomst,
                                 name, at, out)
        if not data[coll] and coll not in base and coll not in own:
            del data[coll]
    verhalen = list(base.get("verhalen", []))
    for i in range(len(verhalen)):
        marks[("verhalen", i)] = at
    if isinstance(own.get("verhalen"), list):
        for j, item in enumerate(own["verhalen"]):
            _moved(doc, marks, key_marks, ("verhalen", j), ("verhalen", len(verhalen)))
            verhalen.append(item)
        marks.setdefault(("verhalen",), doc.marks.get(("verhalen",), at))
    elif "verhalen" in own:
        verhalen = own["verhalen"]
        _moved(doc, marks, key_marks, ("verhalen",), ("verhalen",))
    if verhalen or "verhalen" in own:
        data["verhalen"] = verhalen
    merged = Document(data=data, marks=marks, key_marks=key_marks, diagnostics=doc.diagnostics)
    return Resolved(merged, out, herkomst)


def _dropped(weglaten: object, base: dict, doc: Document, out: list[Diagnostic]) -> set[tuple[str, str]]:
    """The (collection, id) pairs named in ``weglaten``; unknown ids are located warnings."""
    if not isinstance(weglaten, list):
        return set()
    known = {(coll, item_id(item)): coll for coll in LISTS for item in base.get(coll, [])}
    ids = [i for _, i in known]
    drop = set()
    for k, ref in enumerate(weglaten):
        if not isinstance(ref, (str, int)) or isinstance(ref, bool):
            continue
        ref = str(ref).strip()
        hits = {(coll, i) for (coll, i) in known if i == ref}
        if hits:
            drop |= hits
        else:
            params = {"id": ref, "hint": hint(_guess(ref, ids))}
            out.append(Diagnostic("warning", "weglaten_unknown", *doc.mark(("weglaten", k)), params))
    return drop


def _guess(ref: str, ids: list[str], cutoff: float = 0.6) -> str | None:
    matches = difflib.get_close_matches(ref, ids, n=1, cutoff=cutoff)
    return matches[0] if matches else None


def _merge_list(coll, kind, own, base, drop, doc, marks, key_marks, herkomst, base_herkomst, name, at, out):
    theirs = [item for item in base.get(coll, []) if (coll, item_id(item)) not in drop]
    index = {item_id(item): i for i, item in enumerate(theirs)}
    merged = [dict(item) for item in theirs]
    origin: list[int | None] = [None] * len(merged)  # the vision's own index that overrides, per element
    for item in theirs:
        herkomst[(coll, item_id(item))] = _inherited((coll, item_id(item)), base_herkomst, name)
    mine = own.get(coll)
    if mine is not None and not isinstance(mine, list):
        _moved(doc, marks, key_marks, (coll,), (coll,))
        return mine  # the model reports it
    added = []
    for j, item in enumerate(mine or []):
        ident = item_id(item)
        i = index.get(ident)
        if i is not None and origin[i] is None and isinstance(item, dict):
            merged[i] = theirs[i] | item
            origin[i] = j
            herkomst[(coll, ident)] = _inherited((coll, ident), base_herkomst, name, _changed(theirs[i], item))
            continue
        ids = [item_id(t) for t in theirs]
        if isinstance(item, dict) and ident and "naam" not in item:
            params = {"kind": KIND_NAMES[kind], "id": ident, "hint": hint(_guess(ident, ids))}
            out.append(Diagnostic("warning", "basis_unknown_id", *doc.mark((coll, j, "id")), params))
            continue  # an override of nothing: left out
        if isinstance(item, dict) and "id" in item and (guess := _guess(str(ident), ids, 0.8)):
            params = {"kind": KIND_NAMES[kind], "id": ident, "hint": hint(guess)}
            out.append(Diagnostic("warning", "basis_unknown_id", *doc.mark((coll, j, "id")), params))
        added.append((j, item))
        if ident:
            herkomst[(coll, ident)] = Herkomst(EIGEN)
    for i, j in enumerate(origin):
        if j is None:
            marks[(coll, i)] = at
        else:
            _moved(doc, marks, key_marks, (coll, j), (coll, i))
    for j, item in added:
        _moved(doc, marks, key_marks, (coll, j), (coll, len(merged)))
        merged.append(item)
    marks[(coll,)] = doc.marks.get((coll,), at)
    if (coll,) in doc.key_marks:
        key_marks[(coll,)] = doc.key_marks[(coll,)]
    return merged
