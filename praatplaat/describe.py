"""What one element of a vision says, in people's words: the one description behind the hotspots'
titles and tooltips, the HTML export's details panel and the text alternative.

``describe(vision, ref, lang)`` gives the element's kind word, title, labelled fields (model values
such as a channel's ``soort`` or an agenda item's ``status`` translated, never raw) with the refs
they name, and the linked elements with their names. The studio's details panel shows it too
(components/details.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from .basis import herkomst_of, herkomst_text
from .links import links
from .model import Vision
from .ref import Ref
from .words import beleving_label, lang_of, table, word

QUOTE_NAME_MAX = 60


@dataclass
class Field:
    """One labelled part of an element. ``style``: 'prose' (a paragraph, shown without its label),
    'fact' (label: value), 'list' (label and items) or 'bullets' (items under the label)."""

    key: str
    label: str
    value: str | list[str]
    style: str = "fact"
    refs: list[str] = field(default_factory=list)  # refs of what the value names, in order

    def __bool__(self) -> bool:
        return bool(self.value)


@dataclass
class Description:
    ref: str
    kind: str
    kind_word: str
    title: str
    fields: list[Field] = field(default_factory=list)
    links: list[tuple[str, str]] = field(default_factory=list)  # (ref, name) of linked elements
    journey: str | None = None  # the journey to open, for journeys and steps

    def detail(self) -> str:
        """The fields as plain text lines (a tooltip, an SVG <title>)."""
        lines = []
        for f in self.fields:
            if f.style == "prose":
                lines.append(f.value)
            elif f.style == "bullets":
                lines += [f"• {v}" for v in f.value]
            elif isinstance(f.value, list):
                lines.append(f"{f.label}: " + ", ".join(f.value))
            else:
                lines.append(f"{f.label}: {f.value}")
        return "\n".join(lines)

    def get(self, key: str) -> Field | None:
        return next((f for f in self.fields if f.key == key), None)


Parts = tuple[str, list[Field], str | None]  # an element's title, fields and journey to open


class Describer:
    """Descriptions of the elements of one vision in one language (names and links computed once)."""

    def __init__(self, vision: Vision, lang: str = "nl") -> None:
        self.vision = vision
        self.lang = lang_of(lang)

    @cached_property
    def names(self) -> dict[str, str]:
        """Display name of every element ref, in reading order."""
        v = self.vision
        names = {str(Ref("visie", "visie")): v.visie.kern} if v.visie.kern else {}
        names |= {str(Ref("principe", p.id)): p.naam for p in v.principes}
        if v.fundament:
            names[str(Ref("fundament", "fundament"))] = v.fundament.naam
        names |= {str(Ref("kanaal", k.id)): k.naam for k in v.kanalen}
        names |= {str(Ref("doelgroep", d.id)): d.naam for d in v.doelgroepen}
        for reis in v.klantreizen:
            names[str(Ref("klantreis", reis.id))] = reis.naam
            for i, stap in enumerate(reis.stappen):
                names[str(Ref.step(reis.id, i))] = f"{reis.naam} · {i + 1}. {stap.naam}"
        for i, verhaal in enumerate(v.verhalen):
            quote = verhaal.citaat
            if len(quote) > QUOTE_NAME_MAX:
                quote = quote[:QUOTE_NAME_MAX - 3].rstrip() + "…"
            names[str(Ref.quote(i))] = f"“{quote}”"
        names |= {str(Ref("agenda", a.id)): a.naam for a in v.agenda}
        return names

    @cached_property
    def _links(self) -> dict[str, set[str]]:
        return links(self.vision)

    @cached_property
    def _order(self) -> dict[str, int]:
        return {r: i for i, r in enumerate(self.names)}

    def links_of(self, ref: str) -> set[str]:
        """Refs linked to ``ref`` (both directions), including refs the vision does not define."""
        return self._links.get(ref, set())

    def linked(self, ref: str) -> list[tuple[str, str]]:
        """(ref, name) of the elements linked to ``ref``, in reading order."""
        refs = [r for r in self._links.get(ref, ()) if r in self.names]
        return [(r, self.names[r]) for r in sorted(refs, key=self._order.__getitem__)]

    def _w(self, key: str, **kw) -> str:
        return word(key, self.lang, **kw)

    def _refs(self, kind: str, ids: list[str]) -> tuple[list[str], list[str]]:
        refs = [str(Ref(kind, i)) for i in ids]
        return [self.names.get(r, i) for r, i in zip(refs, ids, strict=True)], refs

    def describe(self, ref: str | Ref) -> Description | None:
        """The element ``ref`` described, or None when the vision has no such element."""
        parsed = ref if isinstance(ref, Ref) else Ref.parse(ref)
        if parsed is None:
            return None
        out = self._fields(parsed)
        if out is None:
            return None
        title, fields, journey = out
        origin = herkomst_text(herkomst_of(self.vision.herkomst, parsed.kind, parsed.id), self.lang)
        fields.append(Field("herkomst", table("herkomst", self.lang)["label"], origin))
        text = str(parsed)
        return Description(text, parsed.kind, table("kind", self.lang)[parsed.kind], title,
                           [f for f in fields if f], self.linked(text), journey)

    def _one(self, kind: str, ident: str | None) -> Field:
        """The field naming one element, ``kind:ident``: key and label are its kind."""
        ref = [str(Ref(kind, ident))] if ident else []
        return Field(kind, self._w(kind), self.names.get(ref[0], ident) if ref else "", refs=ref)

    def _fields(self, ref: Ref) -> Parts | None:
        """(title, fields, journey to open) of the element ``ref``, or None when the vision has no such element."""
        per_kind = {"visie": self._visie, "fundament": self._fundament, "principe": self._principe,
                    "kanaal": self._kanaal, "doelgroep": self._doelgroep, "klantreis": self._klantreis,
                    "stap": self._stap, "verhaal": self._verhaal, "agenda": self._agenda}
        return per_kind[ref.kind](ref) if ref.kind in per_kind else None

    def _visie(self, ref: Ref) -> Parts | None:
        v = self.vision.visie
        if not v.kern:
            return None
        return v.kern, [Field("toelichting", self._w("toelichting"), v.toelichting or "", "prose")], None

    def _fundament(self, ref: Ref) -> Parts | None:
        f = self.vision.fundament
        if f is None:
            return None
        return f.naam, [Field("uitleg", self._w("uitleg"), f.uitleg or "", "prose")], None

    def _principe(self, ref: Ref) -> Parts | None:
        p = _by_id(self.vision.principes, ref.id)
        if p is None:
            return None
        return p.naam, [Field("uitleg", self._w("uitleg"), p.uitleg or "", "prose"),
                        Field("voorbeelden", self._w("voorbeelden"), list(p.voorbeelden), "bullets")], None

    def _kanaal(self, ref: Ref) -> Parts | None:
        k, w = _by_id(self.vision.kanalen, ref.id), self._w
        if k is None:
            return None
        return k.naam, [Field("soort", w("soort_label"), table("soort", self.lang)[k.soort]),
                        Field("bereikbaarheid", w("bereikbaarheid"), k.bereikbaarheid or ""),
                        Field("servicenorm", w("servicenorm"), k.servicenorm or "")], None

    def _doelgroep(self, ref: Ref) -> Parts | None:
        d = _by_id(self.vision.doelgroepen, ref.id)
        if d is None:
            return None
        journeys = [r for r in self.vision.klantreizen if r.doelgroep == d.id]
        return d.naam, [Field("uitleg", self._w("uitleg"), d.uitleg or "", "prose"),
                        Field("klantreizen", self._w("klantreizen"), [r.naam for r in journeys], "list",
                              [str(Ref("klantreis", r.id)) for r in journeys])], None

    def _klantreis(self, ref: Ref) -> Parts | None:
        r = _by_id(self.vision.klantreizen, ref.id)
        if r is None:
            return None
        steps = [f"{i + 1}. {s.naam}" for i, s in enumerate(r.stappen)]
        return r.naam, [self._one("doelgroep", r.doelgroep),
                        Field("stappen", self._w("stappen_label"), steps, "list",
                              [str(Ref.step(r.id, i)) for i in range(len(r.stappen))])], r.id

    def _stap(self, ref: Ref) -> Parts | None:
        position, w = ref.step_position(), self._w
        r = _by_id(self.vision.klantreizen, position[0]) if position else None
        if r is None or position[1] >= len(r.stappen):
            return None
        n, s = position[1], r.stappen[position[1]]
        names, refs = self._refs("principe", s.principes)
        beleving = beleving_label(s.beleving, self.lang) if s.beleving is not None else w("beleving_onbekend")
        return s.naam, [
            Field("klantreis", w("klantreis"), f"{r.naam} · {w('step_of', n=n + 1, total=len(r.stappen))}",
                  refs=[str(Ref("klantreis", r.id))]),
            self._one("kanaal", s.kanaal),
            Field("beleving", w("beleving"), beleving),
            Field("principes", w("principes"), names, "list", refs),
            Field("toelichting", w("toelichting"), s.toelichting or "", "prose"),
        ], r.id

    def _verhaal(self, ref: Ref) -> Parts | None:
        index = ref.quote_index()
        if index is None or index >= len(self.vision.verhalen):
            return None
        q = self.vision.verhalen[index]
        return q.citaat, [Field("wie", self._w("wie"), q.wie or ""), self._one("principe", q.principe)], None

    def _agenda(self, ref: Ref) -> Parts | None:
        a, w = _by_id(self.vision.agenda, ref.id), self._w
        if a is None:
            return None
        names, refs = self._refs("principe", a.principes)
        return a.naam, [Field("wanneer", w("wanneer"), a.wanneer or ""),
                        Field("status", w("status_label"), table("status", self.lang)[a.status]),
                        Field("principes", w("principes"), names, "list", refs)], None

def _by_id(items, ident: str):
    """The item with id ``ident``, or None."""
    return next((x for x in items if x.id == ident), None)

def describe(vision: Vision, ref: str | Ref, lang: str = "nl") -> Description | None:
    """The element ``ref`` of ``vision`` described in ``lang`` (None when there is no such element)."""
    return Describer(vision, lang).describe(ref)
