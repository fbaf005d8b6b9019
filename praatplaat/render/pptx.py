"""Vision -> a 16:9 slide deck for trainers (python-pptx).

A title slide; one slide per view (overzicht, huis, kanalen, every journey); then one slide per
principle and per journey with that element picked out in the picture (praatplaat.spotlight, as the
studio shows a selection). Every slide has a native title, every picture is a PNG (render.png) with
its alt text in the shape's ``descr``, and the speaker notes hold what the trainer tells: the
element's explanation and its linked steps, or the part of the text alternative the view shows.
"""

from __future__ import annotations

import io

from pptx import Presentation
from pptx.enum.lang import MSO_LANGUAGE_ID
from pptx.util import Emu, Pt

from ..alttext import Section, alt_text, outline
from ..describe import Describer
from ..links import highlighted
from ..model import Vision
from ..ref import Ref
from ..scene import Scene
from ..spotlight import spotlight
from ..words import LOCALES, lang_of, table, word
from .png import render_png

SLIDE_W, SLIDE_H = 12_192_000, 6_858_000  # 13.333 × 7.5 inch: 16:9
INCH = 914_400
PICTURE_PX = 1920  # full HD: sharp on a projector, small enough for a deck of twenty slides
LANGUAGE = {"nl-NL": MSO_LANGUAGE_ID.DUTCH, "en-GB": MSO_LANGUAGE_ID.ENGLISH_UK}  # by locale


def render_pptx(vision: Vision, lang: str = "nl", logo: bytes | None = None) -> bytes:
    """The deck as .pptx bytes."""
    from ..layout import build_scene

    lang = lang_of(lang)
    deck = Presentation()
    deck.slide_width, deck.slide_height = Emu(SLIDE_W), Emu(SLIDE_H)
    deck.core_properties.title = vision.titel
    deck.core_properties.author = vision.organisatie
    deck.core_properties.language = LOCALES[lang]
    describer = Describer(vision, lang)
    sections = {s.key: s for s in outline(vision, lang)}
    views = table("view", lang)

    def scene(view: str, journey: str | None = None) -> Scene:
        return build_scene(vision, view, journey=journey, lang=lang, logo=logo)

    _title_slide(deck, vision, lang)
    overview = scene("overzicht")
    pages = [("overzicht", None, overview, ["visie", "principes", "fundament"]),
             ("huis", None, scene("huis"), ["visie", "principes", "fundament"]),
             ("kanalen", None, scene("kanalen"), ["kanalen"])]
    pages += [("reis", r.id, scene("reis", r.id), []) for r in vision.klantreizen]
    by_journey = {}
    for view, journey, picture, keys in pages:
        reis = next((r for r in vision.klantreizen if r.id == journey), None)
        title = f"{views['reis'].capitalize()}: {reis.naam}" if reis else views[view].capitalize()
        notes = _journey_notes(describer, reis.id) if reis else _section_notes([sections[k] for k in keys
                                                                               if k in sections])
        _picture_slide(deck, title, picture, alt_text(vision, view, lang, journey), notes, lang)
        if reis:
            by_journey[reis.id] = picture
    for p in vision.principes:
        ref = str(Ref("principe", p.id))
        picture = overview if overview.hotspot(ref) else scene("huis")
        _spot_slide(deck, vision, describer, ref, f"{word('principe', lang)}: {p.naam}", picture, lang,
                    _principle_notes(describer, ref))
    for r in vision.klantreizen:
        ref = str(Ref("klantreis", r.id))
        picture = overview if overview.hotspot(ref) else by_journey[r.id]
        _spot_slide(deck, vision, describer, ref, word("reis_uitgelicht", lang, naam=r.naam), picture, lang,
                    _journey_notes(describer, r.id))  # a title of its own: the view slide is "Klantreis: …"
    out = io.BytesIO()
    deck.save(out)
    return out.getvalue()


def _say(frame, text: str, lang: str) -> None:
    """Put ``text`` in a text frame, every run marked with the deck's language."""
    frame.text = text
    for paragraph in frame.paragraphs:
        for run in paragraph.runs:
            run.font.language_id = LANGUAGE[LOCALES[lang]]


def _title(slide, text: str, lang: str, top: int, height: int, size: int) -> None:
    shape = slide.shapes.title
    shape.left, shape.top, shape.width, shape.height = Emu(INCH // 2), Emu(top), Emu(SLIDE_W - INCH), Emu(height)
    _say(shape.text_frame, text, lang)
    for paragraph in shape.text_frame.paragraphs:
        for run in paragraph.runs:
            run.font.size = Pt(size)


def _title_slide(deck, vision: Vision, lang: str) -> None:
    slide = deck.slides.add_slide(deck.slide_layouts[0])  # "Title Slide": title and subtitle
    _title(slide, vision.titel, lang, int(SLIDE_H * 0.3), int(SLIDE_H * 0.2), 44)
    subtitle = slide.placeholders[1]
    subtitle.left, subtitle.top = Emu(INCH // 2), Emu(int(SLIDE_H * 0.52))
    subtitle.width, subtitle.height = Emu(SLIDE_W - INCH), Emu(int(SLIDE_H * 0.2))
    _say(subtitle.text_frame, vision.organisatie + (f"\n{vision.ondertitel}" if vision.ondertitel else ""), lang)
    _say(slide.notes_slide.notes_text_frame, "\n\n".join(x for x in (vision.visie.kern, vision.visie.toelichting)
                                                          if x), lang)


def _picture_slide(deck, title: str, scene: Scene, alt: str, notes: str, lang: str) -> None:
    """A slide with a native title, the picture under it (PNG, fitted and centred) and speaker notes."""
    slide = deck.slides.add_slide(deck.slide_layouts[5])  # "Title Only"
    top = int(INCH * 0.95)
    _title(slide, title, lang, int(INCH * 0.15), int(INCH * 0.75), 28)
    room_w, room_h = SLIDE_W - INCH // 2, SLIDE_H - top - INCH // 5
    scale = min(room_w / scene.width, room_h / scene.height)
    w, h = int(scene.width * scale), int(scene.height * scale)
    png = render_png(scene, PICTURE_PX)
    picture = slide.shapes.add_picture(io.BytesIO(png), Emu((SLIDE_W - w) // 2), Emu(top), Emu(w), Emu(h))
    picture._element.nvPicPr.cNvPr.set("descr", alt)
    picture.name = title
    _say(slide.notes_slide.notes_text_frame, notes, lang)


def _spot_slide(deck, vision: Vision, describer: Describer, ref: str, title: str, scene: Scene, lang: str,
                notes: str) -> None:
    name = describer.names.get(ref, ref)
    alt = word("uitgelicht", lang, alt=alt_text(vision, scene.view, lang), naam=name)
    _picture_slide(deck, title, spotlight(scene, ref, highlighted(vision, ref) or {ref}), alt, notes, lang)


def _one_line(describer: Describer, ref: str) -> str:
    d = describer.describe(ref)
    detail = "; ".join(line for line in d.detail().splitlines() if line) if d else ""
    return f"{d.title if d else ref}" + (f" ({detail})" if detail else "")


def _principle_notes(describer: Describer, ref: str) -> str:
    """The principle's explanation and examples, then its linked steps and the rest it is linked to."""
    d = describer.describe(ref)
    lang = describer.lang
    lines = [d.detail()]
    steps = [r for r, _ in d.links if Ref.parse(r).kind == "stap"]
    if steps:
        lines += ["", word("stappen_label", lang) + ":"] + [f"• {_one_line(describer, r)}" for r in steps]
    others = [name for r, name in d.links if Ref.parse(r).kind != "stap"]
    if others:
        lines += ["", word("linked", lang)] + [f"• {name}" for name in others]
    return "\n".join(lines).strip()


def _journey_notes(describer: Describer, journey: str) -> str:
    """The journey's facts, then every step on a line of its own, numbered."""
    d = describer.describe(Ref("klantreis", journey))
    reis = next(r for r in describer.vision.klantreizen if r.id == journey)
    lines = [d.detail(), "", word("stappen_label", describer.lang) + ":"]
    lines += [f"{n + 1}. {_one_line(describer, str(Ref.step(journey, n)))}" for n in range(len(reis.stappen))]
    return "\n".join(lines).strip()


def _section_notes(sections: list[Section]) -> str:
    """Parts of the text alternative as plain text: headings, then one line per element."""
    lines = []
    for section in sections:
        lines += ["", section.heading.upper()]
        for block in section.blocks:
            if block.heading:
                lines.append(block.heading)
            for e in block.entries:
                facts = "; ".join(f"{label}: {value}" for label, value in e.facts)
                text = " — ".join(x for x in (e.name or "", facts, " ".join(e.paragraphs)) if x)
                lines.append(text if block.prose else f"• {text}")
    return "\n".join(lines).strip()
