"""Text alternatives for a praatplaat: a short alt text and a long description.

``outline`` gives the whole vision as neutral sections (headings, entries with facts, quotes);
``long_description`` writes it as Markdown and the HTML export writes the same outline as
semantic HTML, so the picture's text alternative says the same everywhere.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from .layout.common import WORDS, beleving_word, grouped_channels
from .links import step_id, verhaal_id
from .model import Vision

TEXT = {
    "nl": {
        "doelgroepen": "Doelgroepen", "soort_label": "Soort", "wanneer": "Wanneer", "status": "Status",
        "principe": "Principe",
        "soort": {"online": "online", "email": "e-mail", "chat": "chat", "sociale-media": "sociale media",
                  "telefoon": "telefoon", "video": "videobellen", "balie": "balie", "thuis": "aan huis",
                  "post": "post"},
        "count": {"principe": ("principe", "principes"), "kanaal": ("kanaal", "kanalen"),
                  "klantreis": ("klantreis", "klantreizen"), "verhaal": ("verhaal", "verhalen"),
                  "agenda": ("agendapunt", "agendapunten"), "stap": ("stap", "stappen")},
        "alt": {"overzicht": "Praatplaat '{t}' van {o}", "huis": "Praatplaat '{t}' van {o} als huis",
                "kanalen": "Kanalen van {o}", "reis": "Klantreis '{j}' van {o}",
                "reis_leeg": "Klantreizen van {o}"},
        "kern_huis": "kern, {n} en fundament", "geen_reis": "nog geen klantreizen",
        "alt_suffix": "beschrijving", "and": "en",
    },
    "en": {
        "doelgroepen": "Target groups", "soort_label": "Kind", "wanneer": "When", "status": "Status",
        "principe": "Principle",
        "soort": {"online": "online", "email": "email", "chat": "chat", "sociale-media": "social media",
                  "telefoon": "phone", "video": "video call", "balie": "desk", "thuis": "at home", "post": "post"},
        "count": {"principe": ("principle", "principles"), "kanaal": ("channel", "channels"),
                  "klantreis": ("journey", "journeys"), "verhaal": ("quote", "quotes"),
                  "agenda": ("agenda item", "agenda items"), "stap": ("step", "steps")},
        "alt": {"overzicht": "Praatplaat '{t}' by {o}", "huis": "Praatplaat '{t}' by {o} as a house",
                "kanalen": "Channels of {o}", "reis": "Journey '{j}' of {o}",
                "reis_leeg": "Journeys of {o}"},
        "kern_huis": "core, {n} and foundation", "geen_reis": "no journeys yet",
        "alt_suffix": "description", "and": "and",
    },
}
ALT_MAX = 150


def _lang(lang: str) -> str:
    return lang if lang in TEXT else "nl"


def word(key: str, lang: str):
    """A UI word for the text alternative (the picture's own words first, then this module's)."""
    lang = _lang(lang)
    return WORDS[lang][key] if key in WORDS[lang] else TEXT[lang][key]


def count(n: int, kind: str, lang: str) -> str:
    one, many = TEXT[_lang(lang)]["count"][kind]
    return f"{n} {one if n == 1 else many}"


@dataclass
class Entry:
    """One element: a name, facts as (label, value), paragraphs and bullets (e.g. examples)."""

    name: str | None = None
    facts: list[tuple[str, str]] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)
    bullets: list[str] = field(default_factory=list)
    bullets_label: str | None = None
    ref: str | None = None


@dataclass
class Block:
    """Entries under an optional sub-heading: a list (``ordered`` for steps), ``quotes``, or ``prose``."""

    heading: str | None = None
    facts: list[tuple[str, str]] = field(default_factory=list)
    entries: list[Entry] = field(default_factory=list)
    ordered: bool = False
    quotes: bool = False
    prose: bool = False


@dataclass
class Section:
    key: str
    heading: str
    blocks: list[Block]


def outline(vision: Vision, lang: str = "nl") -> list[Section]:
    """The full content of the vision as sections, in reading order; empty sections left out."""
    lang = _lang(lang)
    w = lambda key: word(key, lang)  # noqa: E731
    principles = {p.id: p.naam for p in vision.principes}
    channels = {k.id: k.naam for k in vision.kanalen}
    groups = {g.id: g.naam for g in vision.doelgroepen}
    names = lambda ids: ", ".join(principles.get(i, i) for i in ids)  # noqa: E731
    out = [Section("visie", w("visie"), [Block(prose=True, entries=[Entry(
        vision.visie.kern, paragraphs=[vision.visie.toelichting] if vision.visie.toelichting else [],
        ref="visie:visie")])])]
    out.append(Section("principes", w("principes"), [Block(entries=[
        Entry(p.naam, paragraphs=[p.uitleg] if p.uitleg else [], bullets=list(p.voorbeelden),
              bullets_label=w("voorbeelden"), ref=f"principe:{p.id}")
        for p in vision.principes])]))
    if vision.fundament:
        f = vision.fundament
        out.append(Section("fundament", w("fundament"), [Block(prose=True, entries=[
            Entry(f.naam, paragraphs=[f.uitleg] if f.uitleg else [], ref="fundament:fundament")])]))
    blocks = []
    for group, members in grouped_channels(vision):
        entries = []
        for k in members:
            soort = TEXT[lang]["soort"][k.soort]
            facts = [] if soort.lower() == k.naam.lower() else [(w("soort_label"), soort)]
            facts += [(w(key), value) for key, value in
                      (("bereikbaarheid", k.bereikbaarheid), ("servicenorm", k.servicenorm)) if value]
            entries.append(Entry(k.naam, facts, ref=f"kanaal:{k.id}"))
        blocks.append(Block(w(group), entries=entries))
    if blocks:
        out.append(Section("kanalen", w("kanalen"), blocks))
    if vision.doelgroepen:
        out.append(Section("doelgroepen", w("doelgroepen"), [Block(entries=[
            Entry(g.naam, paragraphs=[g.uitleg] if g.uitleg else [], ref=f"doelgroep:{g.id}")
            for g in vision.doelgroepen])]))
    if vision.klantreizen:
        blocks = []
        for reis in vision.klantreizen:
            steps = []
            for n, stap in enumerate(reis.stappen):
                facts = []
                if stap.kanaal:
                    facts.append((w("kanaal"), channels.get(stap.kanaal, stap.kanaal)))
                if stap.principes:
                    facts.append((w("principes"), names(stap.principes)))
                if stap.beleving is not None:
                    facts.append((w("beleving"), beleving_word(stap.beleving, lang)))
                steps.append(Entry(stap.naam, facts, [stap.toelichting] if stap.toelichting else [],
                                   ref=f"stap:{step_id(reis.id, n)}"))
            facts = [(w("doelgroep"), groups.get(reis.doelgroep, reis.doelgroep))] if reis.doelgroep else []
            blocks.append(Block(reis.naam, facts, steps, ordered=True))
        out.append(Section("klantreizen", w("klantreizen"), blocks))
    if vision.verhalen:
        out.append(Section("verhalen", w("verhalen"), [Block(quotes=True, entries=[
            Entry(v.wie, [(w("principe"), principles.get(v.principe, v.principe))] if v.principe else [],
                  [v.citaat], ref=f"verhaal:{verhaal_id(i)}")
            for i, v in enumerate(vision.verhalen)])]))
    if vision.agenda:
        out.append(Section("agenda", w("agenda"), [Block(entries=[
            Entry(a.naam, [(w(k), v) for k, v in (("wanneer", a.wanneer), ("status", w(a.status)),
                                                  ("principes", names(a.principes))) if v],
                  ref=f"agenda:{a.id}")
            for a in vision.agenda])]))
    return out


# --- short alt text ------------------------------------------------------------------------------


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: max(1, limit - 1)].rstrip() + "…"


def alt_text(vision: Vision, view: str = "overzicht", lang: str = "nl", journey: str | None = None) -> str:
    """A short alt text (about 150 characters at most) naming what the picture shows."""
    lang = _lang(lang)
    t = TEXT[lang]
    first = vision.klantreizen[0] if vision.klantreizen else None
    reis = next((r for r in vision.klantreizen if journey in (r.id, r.naam)), first)
    if view == "reis":
        if reis is None:
            head, parts = t["alt"]["reis_leeg"], [t["geen_reis"]]
        else:
            head, parts = t["alt"]["reis"], [count(len(reis.stappen), "stap", lang)]
    elif view == "kanalen":
        head = t["alt"]["kanalen"]
        parts = [count(len(vision.kanalen), "kanaal", lang)]
        parts += [word(group, lang).lower() for group, _ in grouped_channels(vision)]
    elif view == "huis":
        head, parts = t["alt"]["huis"], [t["kern_huis"].format(n=count(len(vision.principes), "principe", lang))]
    else:
        head = t["alt"]["overzicht"]
        amounts = [(len(vision.principes), "principe"), (len(vision.kanalen), "kanaal"),
                   (len(vision.klantreizen), "klantreis"), (len(vision.verhalen), "verhaal"),
                   (len(vision.agenda), "agenda")]
        parts = [count(n, kind, lang) for n, kind in amounts if n]
    tail = ": " + ", ".join(parts)
    room = ALT_MAX - len(tail) - len(head.format(t="", o="", j=""))
    title, org, name = vision.titel, vision.organisatie, reis.naam if reis else ""
    fields = [title, org, name]
    while sum(len(f) for f in fields) > room and max(len(f) for f in fields) > 12:
        longest = max(range(3), key=lambda i: len(fields[i]))
        fields[longest] = _shorten(fields[longest], len(fields[longest]) - 4)
    return head.format(t=fields[0], o=fields[1], j=fields[2]) + tail


# --- long description ----------------------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")


def _md(text: str) -> str:
    return _MD_SPECIAL.sub(r"\\\1", " ".join(text.split()))


def _md_entry(e: Entry, marker: str) -> list[str]:
    """An entry as a (loose) Markdown list item, or a quote when ``marker`` is '>'."""
    facts = "; ".join(f"{label}: {_md(value)}" for label, value in e.facts)
    if marker == ">":
        lines = [f"> {_md(p)}" for p in e.paragraphs]
        by = "; ".join(x for x in (_md(e.name) if e.name else "", facts) if x)
        return lines + ([">", f"> — {by}"] if by else [])
    head = " — ".join(x for x in (f"**{_md(e.name)}**" if e.name else "", facts) if x)
    pad = " " * len(marker)
    lines = [marker + head] if head else []
    for p in e.paragraphs:
        lines += ["", pad + _md(p)] if lines else [marker + _md(p)]
    if e.bullets:
        lines += ["", f"{pad}{e.bullets_label}:", ""] + [f"{pad}- {_md(b)}" for b in e.bullets]
    return lines


def long_description(vision: Vision, lang: str = "nl") -> str:
    """The full text alternative as Markdown (also readable as plain text)."""
    lang = _lang(lang)
    lines = [f"# {_md(vision.titel)}", "", _md(vision.organisatie)]
    if vision.ondertitel:
        lines[-1] += f" — {_md(vision.ondertitel)}"
    for section in outline(vision, lang):
        lines += ["", f"## {_md(section.heading)}"]
        for block in section.blocks:
            if block.heading:
                lines += ["", f"### {_md(block.heading)}"]
            if block.facts:
                lines += [""] + [f"{label}: {_md(value)}  " for label, value in block.facts]
            for n, entry in enumerate(block.entries, 1):
                marker = ">" if block.quotes else "" if block.prose else f"{n}. " if block.ordered else "- "
                lines += [""] + _md_entry(entry, marker)
    return "\n".join(lines).rstrip() + "\n"


def write_alt_files(out_path: str | Path, vision: Vision, view: str = "overzicht", lang: str = "nl",
                    journey: str | None = None) -> list[Path]:
    """Beside ``plaat.png`` write ``plaat.alt.txt`` and ``plaat.beschrijving.md`` (``.description.md`` in English)."""
    out_path = Path(out_path)
    lang = _lang(lang)
    alt = out_path.with_suffix(".alt.txt")
    long = out_path.with_suffix(f".{TEXT[lang]['alt_suffix']}.md")
    alt.write_text(alt_text(vision, view, lang, journey) + "\n", encoding="utf-8")
    long.write_text(long_description(vision, lang), encoding="utf-8")
    return [alt, long]
