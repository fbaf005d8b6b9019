"""Nothing cut silently: every text a layout had to shorten becomes a located warning.

``truncation_warnings`` lays the vision out in the given views (every journey for 'reis') and
sizes, finds each text that ends in an ellipsis (``Text.full``; not the "+N meer: …" lines that
name what did not fit), and reports it once per element field and view, at the field in the YAML,
naming the element, the view and the sizes, and how long the text may be there: "uitleg van
'Betrouwbaar' is ingekort in overzicht op A4 en A3; maximaal ± 140 tekens". ``check --strict``
makes these warnings errors.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from .describe import Describer
from .diagnostics import Diagnostic
from .layout import VIEWS, build_scene
from .model import Vision
from .ref import Ref
from .words import FIT, FIT_FIELDS, LANGS, SIZE_NAMES, table
from .yamlload import Document

CODE = "ingekort"
GLYPH_CODE = "teken_ontbreekt"
NAME_MAX = 40


@dataclass(frozen=True)
class FitWarning(Diagnostic):
    """A located warning that a text was shortened (message from this module's templates)."""

    def message(self, lang: str = "nl", short: bool = False) -> str:
        """The located message; ``short``: what the export menu says before a download ('op A4 wordt …')."""
        lang = lang if lang in LANGS else "nl"
        template = FIT["glyphs" if self.code == GLYPH_CODE else "short" if short else "template"]
        return template[lang].format(**{k: v[lang] if isinstance(v, dict) else v for k, v in self.params.items()})


def _path(vision: Vision, ref: str | None, field: str | None) -> tuple:
    """The YAML path of ``field`` of element ``ref`` (the element itself without a field)."""
    tail = (field,) if field else ()
    parsed = Ref.parse(ref) if ref else None
    if parsed is None:
        return tail
    lists = {"principe": ("principes", vision.principes), "kanaal": ("kanalen", vision.kanalen),
             "doelgroep": ("doelgroepen", vision.doelgroepen), "agenda": ("agenda", vision.agenda),
             "klantreis": ("klantreizen", vision.klantreizen)}
    if parsed.kind in ("visie", "fundament"):
        return (parsed.kind, *tail)
    if parsed.kind in lists:
        key, items = lists[parsed.kind]
        index = next((i for i, item in enumerate(items) if item.id == parsed.id), None)
        return (key, index, *tail) if index is not None else (key,)
    if parsed.kind == "stap" and parsed.step_position():
        journey, n = parsed.step_position()
        r = next((i for i, reis in enumerate(vision.klantreizen) if reis.id == journey), None)
        return ("klantreizen", r, "stappen", n, *tail) if r is not None else ("klantreizen",)
    if parsed.kind == "verhaal" and parsed.quote_index() is not None:
        return ("verhalen", parsed.quote_index(), *tail)
    return tail


def _listed(items: list[str], lang: str) -> str:
    """'A', 'A en B', 'A, B en C'."""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + FIT["and"][lang] + items[-1]


def _chars(lines: list[str]) -> int:
    """How many characters fitted (the shown text without its ellipsis), rounded down to tens."""
    shown = sum(len(line) for line in lines) - 1
    return max(1, shown // 10 * 10 if shown >= 20 else shown)


ALL_SIZES = ("scherm", "a4", "a3", "telefoon", "a4-staand", "a3-staand")


def truncations(vision: Vision, views=VIEWS, sizes=ALL_SIZES, lang: str = "nl", journey: str | None = None):
    """{(view, ref, field): (sizes, shortest lines, full text)} of every shortened text (in the 'reis' view
    every journey, or only ``journey``)."""
    from .export import SIZES

    found: dict[tuple, list] = {}
    aspects: dict[float, list[str]] = {}
    for size in sizes:
        w, h = SIZES[size]
        aspects.setdefault(round(w / h, 4), []).append(size)
    for view in views:
        journeys = [r.id for r in vision.klantreizen] if view == "reis" and vision.klantreizen else [None]
        if view == "reis" and journey:
            journeys = [journey]
        for aspect, names in aspects.items():
            for one in journeys:
                for t in build_scene(vision, view, journey=one, aspect=aspect, lang=lang).texts():
                    if t.full is None or t.field == "meer":  # a list of what did not fit: not content
                        continue
                    key = (view, t.ref, t.field)
                    entry = found.setdefault(key, [[], t.lines, t.full])
                    entry[0] += [n for n in names if n not in entry[0]]
                    if sum(map(len, t.lines)) < sum(map(len, entry[1])):
                        entry[1] = t.lines
    return found


def _short(text: str) -> str:
    """At most NAME_MAX characters, cut after a word when there is one."""
    if len(text) <= NAME_MAX:
        return text
    cut = text[:NAME_MAX - 1]
    return (cut.rsplit(" ", 1)[0] if " " in cut[NAME_MAX // 2:] else cut).rstrip(" ,.;:") + "…"


def truncation_warnings(vision: Vision, doc: Document | None, views=VIEWS, sizes=ALL_SIZES,
                        lang: str = "nl", journey: str | None = None) -> list[Diagnostic]:
    """A located warning per shortened text: element, field, view, sizes and the room there is."""
    describer = Describer(vision, lang)
    out: list[Diagnostic] = []
    for (view, ref, field), (size_names, lines, full) in truncations(vision, views, sizes, lang, journey).items():
        d = describer.describe(ref) if ref else None
        name = _short(d.title if d else full)
        line, col = doc.mark(_path(vision, ref, field)) if doc is not None else (1, 1)
        params = {
            "field": FIT_FIELDS.get(field, FIT_FIELDS[None]),
            "name": name,
            "view": {lg: table("view", lg)[view] for lg in LANGS},
            "sizes": {lg: _listed([SIZE_NAMES[s][lg] for s in size_names], lg) for lg in LANGS},
            "chars": _chars(lines), "text": _short(" ".join(full.split())),
            "ref": ref, "field_id": field, "view_id": view, "size_ids": list(size_names),
        }
        out.append(FitWarning("warning", CODE, line, col, params))
    return out


def export_warnings(vision: Vision, doc: Document | None, fmt: str, *, view: str = "overzicht",
                    journey: str | None = None, size: str = "scherm", all_views: bool = False,
                    lang: str = "nl") -> list[Diagnostic]:
    """The shortened texts of one export (``praatplaat.export.export``'s arguments): its view at its size;
    every view for HTML and an all-views PDF, and for HTML also the phone composition the page holds."""
    whole = fmt == "html" or all_views
    sizes = (size, "telefoon") if fmt == "html" and size != "telefoon" else (size,)
    if view == "reis" and not journey and vision.klantreizen:
        journey = vision.klantreizen[0].id  # the journey the view shows
    return truncation_warnings(vision, doc, VIEWS if whole else (view,), sizes, lang, None if whole else journey)


def _strings(value, path: tuple = ()):
    """(path, text) of every string in a dumped model, paths as in the YAML."""
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(item, (*path, key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _strings(item, (*path, i))


def glyph_warnings(vision: Vision, doc: Document | None) -> list[Diagnostic]:
    """A located warning per text with characters the font cannot draw (e.g. emoji): they are left
    out of every output, so say so instead of drawing boxes or dropping them silently."""
    from .fonts import missing

    out: list[Diagnostic] = []
    for path, text in _strings(vision.model_dump(exclude_none=True)):
        chars = missing(text)
        if not chars or not path:
            continue
        key = next((k for k in reversed(path) if isinstance(k, str)), "")
        short = _short(text)
        line, col = doc.mark(path) if doc is not None else (1, 1)
        params = {"field": {lg: text.capitalize() for lg, text in FIT_FIELDS.get(key, FIT_FIELDS[None]).items()},
                  "text": short, "chars": " ".join(c for c in chars if unicodedata.category(c) not in ("Cf", "Mn")),
                  "path": list(path)}
        out.append(FitWarning("warning", GLYPH_CODE, line, col, params))
    return out


def fit_warnings(result, lang: str = "nl", strict: bool = False) -> list[FitWarning]:
    """For ``check``: the fit and glyph warnings of a loaded vision, as errors with ``strict``."""
    from .yamlload import load_yaml

    doc = load_yaml(result.text)
    warnings = glyph_warnings(result.vision, doc) + truncation_warnings(result.vision, doc, lang=lang)
    if strict:
        warnings = [FitWarning("error", d.code, d.line, d.col, d.params) for d in warnings]
    return warnings


def report_export(result, fmt: str, lang: str = "nl", out=None, **where) -> None:
    """For ``render``: print the warnings of the texts this export shortens (``where``: view, journey, size,
    all_views as given to export_warnings) to ``out`` (stderr)."""
    import sys

    from .yamlload import load_yaml

    for d in export_warnings(result.vision, load_yaml(result.text), fmt, lang=lang, **where):
        print(d.format(result.filename, lang), file=out or sys.stderr)
