"""From YAML text to a validated Vision, with every problem located in the text."""

from __future__ import annotations

import difflib
import os
import re
import stat
import types
import typing
from dataclasses import dataclass, field, replace
from pathlib import Path

from pydantic import BaseModel, ValidationError

from . import a11y, basis, filenames
from .diagnostics import Diagnostic, hint, type_name
from .limits import MAX_PNG_BYTES, MAX_YAML_BYTES
from .logo import LogoError, load_logo
from .model import Vision, slug
from .words import ITEM_OF, KIND_NAMES, LANGS, NOT_REGULAR, both, os_reason
from .yamlload import Document, LongNumber, load_yaml

MAX_BYTES = MAX_YAML_BYTES  # public name (the app's upload limit)
SURROGATE = re.compile("[\ud800-\udfff]")  # half a UTF-16 pair (e.g. from a browser): no character, no UTF-8
PNG_SIGNATURE = b"\x89PNG"


@dataclass
class LoadResult:
    """A vision (None when there are errors) with all diagnostics, errors first."""

    vision: Vision | None
    diagnostics: list[Diagnostic] = field(default_factory=list)
    filename: str = "<tekst>"
    text: str = ""  # the YAML source that was loaded (what a PNG export embeds)
    herkomst: dict = field(default_factory=dict)  # where elements come from when built on a base (basis.Herkomst)

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.severity == "error"]

    @property
    def warnings(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.severity == "warning"]

    @property
    def ok(self) -> bool:
        return self.vision is not None

    def report(self, lang: str = "nl") -> str:
        """All diagnostics as compiler-style lines."""
        return "\n".join(d.format(self.filename, lang) for d in self.diagnostics)


def decode(data: bytes) -> tuple[str | None, Diagnostic | None]:
    """Bytes to text, refusing oversized and non-UTF-8 input."""
    if len(data) > MAX_BYTES:
        return None, Diagnostic("error", "too_large", 1, 1, {"size": len(data), "limit": MAX_BYTES})
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        line_start = data.rfind(b"\n", 0, exc.start) + 1
        col = len(data[line_start:exc.start].decode("utf-8", "replace")) + 1
        return None, Diagnostic("error", "not_utf8", line, col, {"offset": exc.start})
    return text, None


def read_bounded(path: Path) -> tuple[bytes | None, Diagnostic | None]:
    """A regular file's bytes, its size checked (fstat) before reading: at most the limit + 1 bytes are read
    (MAX_PNG_BYTES for a PNG, else MAX_YAML_BYTES)."""
    try:
        with open(path, "rb", opener=_opener) as file:
            info = os.fstat(file.fileno())
            if not stat.S_ISREG(info.st_mode):
                return None, Diagnostic("error", "unreadable", 1, 1, {"reason": NOT_REGULAR})
            head = file.read(len(PNG_SIGNATURE))
            limit = MAX_PNG_BYTES if head == PNG_SIGNATURE else MAX_YAML_BYTES
            if info.st_size > limit:
                return None, Diagnostic("error", "too_large", 1, 1, {"size": info.st_size, "limit": limit})
            data = head + file.read(limit + 1 - len(head))
    except (OSError, ValueError) as exc:
        return None, Diagnostic("error", "unreadable", 1, 1, {"reason": os_reason(exc)})
    if len(data) > limit:
        return None, Diagnostic("error", "too_large", 1, 1, {"size": len(data), "limit": limit})
    return data, None


def _opener(path, flags: int) -> int:
    return os.open(path, flags | os.O_NONBLOCK)


def load_file(path: str | Path) -> LoadResult:
    """Load a vision from a .yaml file, or from a PNG that carries its source; never raises for bad input."""
    path = Path(path)
    data, problem = read_bounded(path)
    if problem:
        return LoadResult(None, [problem], str(path))
    if data.startswith(PNG_SIGNATURE):
        from .embed import source_from_png

        data = source_from_png(data)
        if not data:
            return LoadResult(None, [Diagnostic("error", "png_without_source", 1, 1)], str(path))
    text, problem = decode(data)
    if problem:
        return LoadResult(None, [problem], str(path))
    return load_text(text, str(path), base_dir=path.parent)


def load_text(text: str, filename: str = "<tekst>", base_dir: Path | None = None) -> LoadResult:
    """Parse, validate and resolve a vision; never raises for bad input."""
    result = _load(text, filename, base_dir, ())
    result.text = text
    return result


def _load(text: str, filename: str, base_dir: Path | None, chain: tuple[str, ...]) -> LoadResult:
    """The passes in order: parse, resolve the base, validate, resolve references, checks and warnings.
    ``chain``: the files of the visions built on this one (praatplaat.basis.find)."""
    if bad := SURROGATE.search(text):
        line = text.count("\n", 0, bad.start()) + 1
        col = bad.start() - text.rfind("\n", 0, bad.start())
        params = {"char": f"\\u{ord(bad.group()):04x}"}
        return LoadResult(None, [Diagnostic("error", "bad_char", line, col, params)], filename)
    if len(text.encode("utf-8", "surrogatepass")) > MAX_BYTES:
        size = len(text.encode("utf-8", "surrogatepass"))
        return LoadResult(None, [Diagnostic("error", "too_large", 1, 1, {"size": size, "limit": MAX_BYTES})], filename)
    if not text.strip():
        return LoadResult(None, [Diagnostic("error", "empty", 1, 1)], filename)
    doc = load_yaml(text)
    if doc.diagnostics and doc.data is None:
        return LoadResult(None, _sorted(doc.diagnostics), filename)
    if not isinstance(doc.data, dict):
        if doc.data is None:
            return LoadResult(None, [Diagnostic("error", "empty", 1, 1)], filename)
        return LoadResult(None, [Diagnostic("error", "root_not_mapping", *doc.mark(()))], filename)
    resolved = _resolve_base(doc, filename, base_dir, chain)
    if any(d.severity == "error" for d in resolved.diagnostics):
        return LoadResult(None, _sorted(resolved.diagnostics), filename)
    doc = resolved.doc
    try:
        vision = Vision.model_validate(doc.data)
    except ValidationError as exc:
        taken = {(d.line, d.col) for d in doc.diagnostics}
        schema = [d for d in _schema_errors(exc, doc) if (d.line, d.col) not in taken]
        return LoadResult(None, _sorted(doc.diagnostics + schema), filename)
    if doc.diagnostics:
        return LoadResult(None, _sorted(doc.diagnostics), filename)
    diagnostics = _check_ids(vision, doc) + _resolve_refs(vision, doc) + _logo(vision, doc, base_dir)
    diagnostics += _krant_errors(vision, doc, base_dir)
    if any(d.severity == "error" for d in diagnostics):
        return LoadResult(None, _sorted(diagnostics), filename)
    diagnostics += resolved.diagnostics + _warnings(vision, doc, base_dir)
    vision._herkomst = resolved.herkomst
    return LoadResult(vision, _sorted(diagnostics), filename, herkomst=resolved.herkomst)


def _resolve_base(doc: Document, filename: str, base_dir: Path | None, chain: tuple[str, ...]) -> basis.Resolved:
    """``doc`` with the base it names (if any) merged in, the base loaded as a vision of its own, its base first."""
    name, problems = basis.named(doc)
    if name is None:
        return basis.Resolved(doc, problems, {})
    at = doc.mark(("basis",))
    found, problems = basis.find(name, filename, base_dir, chain, at)
    if found is None:
        return basis.Resolved(doc, problems, {})
    text, problem = decode(found.data)
    if problem:
        return basis.Resolved(doc, [replace(problem, file=found.shown), basis.invalid(name, at, 1)], {})
    result = _load(text, found.shown, found.folder, found.chain)
    if not result.ok:
        errors = [d if d.file else replace(d, file=found.shown) for d in result.errors]
        return basis.Resolved(doc, errors + [basis.invalid(name, at, len(errors))], {})
    return basis.merge(doc, result.vision, result.herkomst, name, at)


def _sorted(diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    unique = list(dict.fromkeys(diagnostics))
    return sorted(unique, key=lambda d: (d.severity != "error", d.line, d.col))


# --- schema errors ---------------------------------------------------------------------------


def _unwrap(annotation):
    """The model or Literal inside list[...], X | None and Annotated[...]."""
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
        elif origin in (list, typing.Union, types.UnionType):
            args = [a for a in typing.get_args(annotation) if a is not type(None)]
            annotation = args[0]
        else:
            return annotation


def _model_at(loc: tuple) -> type[BaseModel] | None:
    model: type[BaseModel] | None = Vision
    for part in loc:
        if isinstance(part, int):
            continue
        if model is None or part not in model.model_fields:
            return None
        inner = _unwrap(model.model_fields[part].annotation)
        model = inner if isinstance(inner, type) and issubclass(inner, BaseModel) else None
    return model


def _choices(loc: tuple) -> list[str]:
    parent = _model_at(loc[:-1])
    if parent is None or loc[-1] not in parent.model_fields:
        return []
    inner = _unwrap(parent.model_fields[loc[-1]].annotation)
    return [str(a) for a in typing.get_args(inner)] if typing.get_origin(inner) is typing.Literal else []


def _shown(value: object) -> object:
    """A value as the author wrote it: quoted text stays quoted, nothing is named."""
    if isinstance(value, str):
        return f'"{value}"'
    if value is None or isinstance(value, bool):
        return {lang: type_name(value, lang) for lang in LANGS}
    return value


def _guess(word: str, options) -> str | None:
    if not isinstance(word, str) or len(word) > 200:
        return None
    matches = difflib.get_close_matches(str(word), [str(o) for o in options], n=1, cutoff=0.6)
    return matches[0] if matches else None


def _key_named(loc: tuple) -> dict | str:
    """The key a type message names: 'naam', or 'principes' (element 2) for an element of a list."""
    keys = [part for part in loc if isinstance(part, str)]
    key = f"'{keys[-1]}'" if keys else "''"
    if loc and isinstance(loc[-1], int):
        return both(ITEM_OF, key=key, n=loc[-1] + 1)
    return key


def _schema_errors(exc: ValidationError, doc: Document) -> list[Diagnostic]:
    out = []
    for err in exc.errors(include_url=False):
        loc = tuple(p for p in err["loc"] if not (isinstance(p, str) and p.startswith("function-")))
        kind, ctx, value = err["type"], err.get("ctx", {}), err.get("input")
        got = {lang: type_name(value, lang) for lang in LANGS}
        if kind == "missing":
            out.append(Diagnostic("error", "missing", *doc.mark(loc[:-1]), {"key": loc[-1]}))
            continue
        if kind == "extra_forbidden":
            model = _model_at(loc[:-1])
            guess = _guess(loc[-1], model.model_fields) if model else None
            params = {"key": loc[-1], "hint": hint(guess)}
            out.append(Diagnostic("error", "unknown_key", *doc.mark(loc, key=True), params))
            continue
        line, col = doc.mark(loc)
        if isinstance(value, LongNumber):
            code, params = "number_too_large", {"size": len(value)}
        elif loc == ("logo",) and kind in ("string_pattern_mismatch", "string_too_long", "logo_name"):
            reason = filenames.REASONS[filenames.problem(value) or "length"]
            code, params = "logo_name", {"value": value, "reason": reason}
        elif loc[:1] == ("huisstijl",) and value is None:
            code, params = "colour_unquoted", {}
        elif kind == "string_type":
            code, params = "expected_text", {"got": got, "key": _key_named(loc)}
        elif kind in ("int_type", "int_parsing", "int_from_float"):
            code, params = "expected_int", {"got": got, "key": _key_named(loc)}
        elif kind == "list_type":
            code, params = "expected_list", {"got": got, "key": _key_named(loc)}
        elif kind in ("model_type", "model_attributes_type", "dict_type"):
            code, params = "expected_mapping", {"got": got, "key": _key_named(loc)}
        elif kind == "string_too_short" or (kind == "too_short" and isinstance(value, str)):
            code, params = "empty_text", {}
        elif kind == "string_too_long" or (kind == "too_long" and isinstance(value, str)):
            code, params = "too_long", {"size": len(str(value)), "limit": ctx.get("max_length")}
        elif kind == "too_short":
            code, params = "too_few", {"limit": ctx.get("min_length")}
        elif kind == "too_long":
            code, params = "too_many", {"limit": ctx.get("max_length")}
        elif kind in ("greater_than_equal", "less_than_equal"):
            code, params = "range", {"value": value, "low": -2, "high": 2}
        elif loc == ("versie",):
            code, params = "version", {"value": _shown(value)}
        elif kind == "literal_error":
            choices = _choices(loc)
            code = "choice"
            params = {"value": value, "choices": ", ".join(choices), "hint": hint(_guess(value, choices))}
        elif kind == "string_pattern_mismatch":
            code, params = "colour", {"value": value}
        else:
            code, params = "invalid", {"detail": err["msg"]}
        out.append(Diagnostic("error", code, line, col, params))
    return out


# --- ids and references ----------------------------------------------------------------------

# The lists whose items have ids that must be unique.
_COLLECTIONS = ("principes", "kanalen", "doelgroepen", "klantreizen", "agenda")


def _id_path(doc: Document, coll: str, index: int) -> tuple:
    """Where an item's id comes from: its 'id' key if written, else its 'naam'."""
    return (coll, index, "id") if (coll, index, "id") in doc.marks else (coll, index, "naam")


def _check_ids(vision: Vision, doc: Document) -> list[Diagnostic]:
    out = []
    for coll in _COLLECTIONS:
        seen: dict[str, int] = {}
        for i, item in enumerate(getattr(vision, coll)):
            if item.id in seen:
                params = {"id": item.id, "coll": coll, "first": doc.mark(_id_path(doc, coll, seen[item.id]))[0]}
                out.append(Diagnostic("error", "duplicate_id", *doc.mark(_id_path(doc, coll, i)), params))
            else:
                seen[item.id] = i
    return out


def _kind(kind: str) -> dict:
    return KIND_NAMES[kind]


class _Index:
    """Resolves a reference by id, by name, or case-insensitively by either."""

    def __init__(self, items):
        self.ids = [i.id for i in items]
        self.exact = {i.id: i.id for i in items} | {i.naam: i.id for i in items if i.naam not in self.ids}
        self.loose = {slug(k): v for k, v in self.exact.items()}

    def resolve(self, ref: str) -> str | None:
        return self.exact.get(ref) or self.loose.get(slug(ref))

    def guess(self, ref: str) -> str | None:
        """The closest id (if ref is written like an id) or name, compared case-insensitively."""
        keys = self.ids if ref == slug(ref) else [k for k in self.exact if k not in self.ids] + self.ids
        by_slug: dict[str, str] = {}
        for key in keys:
            by_slug.setdefault(slug(key), key)
        match = _guess(slug(ref), by_slug)
        return by_slug[match] if match else None


def _resolve_refs(vision: Vision, doc: Document) -> list[Diagnostic]:
    out: list[Diagnostic] = []
    indexes = {
        "principe": _Index(vision.principes),
        "kanaal": _Index(vision.kanalen),
        "doelgroep": _Index(vision.doelgroepen),
    }

    def fix(ref: str, kind: str, path: tuple) -> str:
        target = indexes[kind].resolve(ref)
        if target is None:
            params = {"kind": _kind(kind), "ref": ref, "hint": hint(indexes[kind].guess(ref))}
            out.append(Diagnostic("error", "unknown_ref", *doc.mark(path), params))
            return ref
        return target

    for r, reis in enumerate(vision.klantreizen):
        if reis.doelgroep:
            reis.doelgroep = fix(reis.doelgroep, "doelgroep", ("klantreizen", r, "doelgroep"))
        for s, stap in enumerate(reis.stappen):
            base = ("klantreizen", r, "stappen", s)
            if stap.kanaal:
                stap.kanaal = fix(stap.kanaal, "kanaal", base + ("kanaal",))
            stap.principes = [fix(p, "principe", base + ("principes", k)) for k, p in enumerate(stap.principes)]
    for v, verhaal in enumerate(vision.verhalen):
        if verhaal.principe:
            verhaal.principe = fix(verhaal.principe, "principe", ("verhalen", v, "principe"))
    for a, punt in enumerate(vision.agenda):
        punt.principes = [fix(p, "principe", ("agenda", a, "principes", k)) for k, p in enumerate(punt.principes)]
    return out


def _warnings(vision: Vision, doc: Document, base_dir: Path | None) -> list[Diagnostic]:
    out = []
    steps = [s for r in vision.klantreizen for s in r.stappen]
    if steps:
        used = {s.kanaal for s in steps}
        for i, k in enumerate(vision.kanalen):
            if k.id not in used:
                out.append(Diagnostic("warning", "unused_channel", *doc.mark(("kanalen", i)), {"name": k.naam}))
        carried = {p for s in steps for p in s.principes}
        carried |= {v.principe for v in vision.verhalen} | {p for a in vision.agenda for p in a.principes}
        for i, p in enumerate(vision.principes):
            if p.id not in carried:
                out.append(Diagnostic("warning", "unused_principle", *doc.mark(("principes", i)), {"name": p.naam}))
    groups = {r.doelgroep for r in vision.klantreizen}
    for i, g in enumerate(vision.doelgroepen):
        if g.id not in groups:
            out.append(Diagnostic("warning", "unused_group", *doc.mark(("doelgroepen", i)), {"name": g.naam}))
    out += _krant_warnings(vision, doc, base_dir)
    return out + a11y.check(vision, doc)


def _logo(vision: Vision, doc: Document, base_dir: Path | None) -> list[Diagnostic]:
    """The logo file by the one rule of praatplaat.logo: an error when it is no plain file in the folder,
    a warning when it is missing or cannot be used."""
    if not vision.logo or base_dir is None:
        return []
    try:
        load_logo(vision.logo, base_dir)
    except LogoError as err:
        if err.code == "bad_name":  # the model refuses these already; kept for a caller's own Vision
            params = {"value": vision.logo, "reason": filenames.REASONS[err.reason]}
            return [Diagnostic("error", "logo_name", *doc.mark(("logo",)), params)]
        severity = "error" if err.code == "not_plain" else "warning"
        code = {"missing": "logo_missing"}.get(err.code, f"logo_{err.code}")
        return [Diagnostic(severity, code, *doc.mark(("logo",)), {"path": vision.logo})]
    return []


# --- krant (the service newsletter) ----------------------------------------------------------


def _krant_errors(vision: Vision, doc: Document, base_dir: Path | None) -> list[Diagnostic]:
    """Edition numbers and dates, references of articles and agenda snapshots, safe photo names."""
    if vision.krant is None:
        return []
    from .krant import check

    indexes = {"principe": _Index(vision.principes), "klantreis": _Index(vision.klantreizen),
               "agenda": _Index(vision.agenda)}

    def resolve(ref: str, kind: str, path: tuple, key: bool = False) -> str | None:
        target = indexes[kind].resolve(ref)
        if target is None:
            params = {"kind": _kind(kind), "ref": ref, "hint": hint(indexes[kind].guess(ref))}
            out.append(Diagnostic("error", "unknown_ref", *doc.mark(path, key=key), params))
        return target

    out = check.edition_errors(vision.krant, doc, base_dir)
    for e, editie in enumerate(vision.krant.edities):
        base = ("krant", "edities", e)
        for a, artikel in enumerate(editie.artikelen):
            if artikel.principe:
                artikel.principe = resolve(artikel.principe, "principe", base + ("artikelen", a, "principe"))
            if artikel.reis:
                artikel.reis = resolve(artikel.reis, "klantreis", base + ("artikelen", a, "reis"))
        editie.stand = {resolve(ref, "agenda", base + ("stand", ref), key=True) or ref: status
                        for ref, status in editie.stand.items()}
    return out


def _krant_warnings(vision: Vision, doc: Document, base_dir: Path | None) -> list[Diagnostic]:
    if not vision.krant:
        return []
    from .krant import check

    return check.warnings(vision.krant, doc, base_dir)
