"""Text alternatives for a praatplaat: a short alt text and a long description.

``outline`` gives the whole vision as neutral sections (headings, entries with facts, quotes);
``long_description`` writes it as Markdown and the HTML export writes the same outline as
semantic HTML, so the picture's text alternative says the same everywhere.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from .describe import Describer, Description
from .layout import VIEWS
from .layout.common import grouped_channels
from .model import Klantreis, Vision
from .ref import Ref
from .words import count, lang_of, table, word

ALT_MAX = 150


_lang = lang_of


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


def _entry(d: Description, skip: tuple[str, ...] = ()) -> Entry:
    """An element's description as an outline entry: facts, paragraphs (prose) and bullets."""
    facts = [(f.label, ", ".join(f.value) if isinstance(f.value, list) else f.value)
             for f in d.fields if f.style in ("fact", "list") and f.key not in skip]
    bullets = next((f for f in d.fields if f.style == "bullets"), None)
    return Entry(d.title, facts, [f.value for f in d.fields if f.style == "prose"],
                 bullets.value if bullets else [], bullets.label if bullets else None, ref=d.ref)


def outline(vision: Vision, lang: str = "nl") -> list[Section]:
    """The full content of the vision as sections, in reading order; empty sections left out.

    Every entry is the element's describe() (praatplaat.describe), so the text alternative, the
    hotspots and the details panel say the same.
    """
    lang = _lang(lang)
    describe = Describer(vision, lang).describe
    w = lambda key: word(key, lang)  # noqa: E731
    out = []
    if vision.visie.kern:  # a core sentence not written yet is left out, as are principles not typed yet
        out.append(Section("visie", w("visie"), [Block(prose=True, entries=[_entry(describe(Ref("visie", "visie")))])]))
    if vision.principes:
        out.append(Section("principes", w("principes"), [Block(entries=[
            _entry(describe(Ref("principe", p.id))) for p in vision.principes])]))
    if vision.fundament:
        out.append(Section("fundament", w("fundament"), [Block(prose=True, entries=[
            _entry(describe(Ref("fundament", "fundament")))])]))
    blocks = []
    for group, members in grouped_channels(vision):
        entries = []
        for k in members:
            same = table("soort", lang)[k.soort].lower() == k.naam.lower()  # "Chat", soort chat: said once
            entries.append(_entry(describe(Ref("kanaal", k.id)), ("soort",) if same else ()))
        blocks.append(Block(w(group), entries=entries))
    if blocks:
        out.append(Section("kanalen", w("kanalen"), blocks))
    if vision.doelgroepen:
        out.append(Section("doelgroepen", w("doelgroepen"), [Block(entries=[
            _entry(describe(Ref("doelgroep", g.id))) for g in vision.doelgroepen])]))
    if vision.klantreizen:
        blocks = []
        for reis in vision.klantreizen:
            journey = _entry(describe(Ref("klantreis", reis.id)), ("stappen",))
            steps = [_entry(describe(Ref.step(reis.id, n)), ("klantreis",)) for n in range(len(reis.stappen))]
            blocks.append(Block(reis.naam, journey.facts, steps, ordered=True))
        out.append(Section("klantreizen", w("klantreizen"), blocks))
    if vision.verhalen:
        quotes = []
        for i in range(len(vision.verhalen)):
            d = describe(Ref.quote(i))
            wie = d.get("wie")
            quotes.append(Entry(wie.value if wie else None, _entry(d, ("wie",)).facts, [d.title], ref=d.ref))
        out.append(Section("verhalen", w("verhalen"), [Block(quotes=True, entries=quotes)]))
    if vision.agenda:
        out.append(Section("agenda", w("agenda"), [Block(entries=[
            _entry(describe(Ref("agenda", a.id))) for a in vision.agenda])]))
    return out


# --- short alt text ------------------------------------------------------------------------------


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: max(1, limit - 1)].rstrip() + "…"


def alt_text(vision: Vision, view: str = "overzicht", lang: str = "nl", journey: str | None = None) -> str:
    """A short alt text (about 150 characters at most) naming what the picture shows: the view's template and
    parts (its ``alt`` function in praatplaat.layout.VIEWS), shortened names where they do not fit."""
    lang = _lang(lang)
    first = vision.klantreizen[0] if vision.klantreizen else None
    reis = next((r for r in vision.klantreizen if journey in (r.id, r.naam)), first)
    head, parts = VIEWS[view].function("alt")(vision, lang, reis)
    tail = ": " + ", ".join(parts)
    room = ALT_MAX - len(tail) - len(head.format(t="", o="", j=""))
    title, org, name = vision.titel, vision.organisatie, reis.naam if reis else ""
    fields = [title, org, name]
    while sum(len(f) for f in fields) > room and max(len(f) for f in fields) > 12:
        longest = max(range(3), key=lambda i: len(fields[i]))
        fields[longest] = _shorten(fields[longest], len(fields[longest]) - 4)
    return head.format(t=fields[0], o=fields[1], j=fields[2]) + tail


def overview_alt(vision: Vision, lang: str, reis: Klantreis | None) -> tuple[str, list[str]]:
    """The overview's alt text: its template and how many of each kind of element it shows."""
    amounts = [(len(vision.principes), "principe"), (len(vision.kanalen), "kanaal"),
               (len(vision.klantreizen), "klantreis"), (len(vision.verhalen), "verhaal"),
               (len(vision.agenda), "agenda")]
    return table("alt", lang)["overzicht"], [count(n, kind, lang) for n, kind in amounts if n]


def house_alt(vision: Vision, lang: str, reis: Klantreis | None) -> tuple[str, list[str]]:
    return table("alt", lang)["huis"], [word("kern_huis", lang, n=count(len(vision.principes), "principe", lang))]


def channels_alt(vision: Vision, lang: str, reis: Klantreis | None) -> tuple[str, list[str]]:
    parts = [count(len(vision.kanalen), "kanaal", lang)]
    return table("alt", lang)["kanalen"], parts + [word(group, lang).lower() for group, _ in grouped_channels(vision)]


def journey_alt(vision: Vision, lang: str, reis: Klantreis | None) -> tuple[str, list[str]]:
    if reis is None:
        return table("alt", lang)["reis_leeg"], [word("geen_reis", lang)]
    return table("alt", lang)["reis"], [count(len(reis.stappen), "stap", lang)]


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
    long = out_path.with_suffix(f".{word('alt_suffix', lang)}.md")
    alt.write_text(alt_text(vision, view, lang, journey) + "\n", encoding="utf-8")
    long.write_text(long_description(vision, lang), encoding="utf-8")
    return [alt, long]
