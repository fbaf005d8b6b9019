"""Scene + vision -> one self-contained, accessible HTML file (or a fragment to paste into a page).

The picture is the interactive inline SVG (praatplaat.render.svg): hotspot buttons in reading
order, a tooltip on hover/focus, selection with Enter/Space/click that lights up linked elements,
and a details panel (aria-live). Below it the full text alternative as semantic HTML, from
praatplaat.alttext.outline. Styles, script and the font are inline: no network, no CDN.
Every class and id starts with one prefix unique to the content, so fragments do not clash.
"""

from __future__ import annotations

import hashlib
import json
from functools import cache
from pathlib import Path

from ..alttext import Block, Entry, alt_text, outline
from ..describe import Describer
from ..links import lit
from ..model import Vision
from ..scene import Scene
from ..theme import Theme
from ..tokens import CSS_PROPS
from ..words import lang_of, word
from .svg import esc, fallback_face_css, font_face_css, render_svg

ASSETS = Path(__file__).resolve().parents[2] / "assets" / "html"
FONT_FAMILY = "'Atkinson Hyperlegible', 'Noto Emoji', Verdana, sans-serif"

@cache
def _asset(name: str) -> str:
    return (ASSETS / name).read_text(encoding="utf-8")


def _colours(theme: Theme) -> dict[str, str]:
    """The page's colours by their CSS names, from the theme (text 4.5:1, lines and selection 3:1)."""
    return {
        "bg": theme.background, "ink": theme.text, "on-ink": theme.on_text, "heading": theme.heading_bg,
        "muted": theme.muted_bg, "panel": theme.panel, "ink-panel": theme.text_panel, "muted-panel": theme.muted,
        "line": theme.line, "select": theme.accent,
    }


def _props(colours: dict[str, str], font: str | None) -> str:
    """The page's custom properties: colours and font read from the NL Design System properties when the page
    around it sets them (a CMS theme), else our theme's (praatplaat.tokens.CSS_PROPS)."""
    nlds = {"bg": CSS_PROPS["bg"], "ink": CSS_PROPS["ink"], "heading": CSS_PROPS["heading"],
            "muted": CSS_PROPS["ink"], "on-ink": CSS_PROPS["bg"]}  # a theme's pair of colours passes for these too
    props = [f"--pp-{k}:var({nlds[k]}, {v})" if k in nlds else f"--pp-{k}:{v}" for k, v in colours.items()]
    family = (f"'{font}', " if font else "") + FONT_FAMILY
    props += [f"--pp-link:var({CSS_PROPS['link']}, var(--pp-heading))", f"--pp-font:var({CSS_PROPS['font']}, {family})"]
    return ";".join(props)


def _prefix(*parts: str) -> str:
    return "pp" + hashlib.sha1("\x00".join(parts).encode("utf-8", "replace")).hexdigest()[:8]


def _json_for_script(value: object) -> str:
    return json.dumps(value, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e").replace(
        "&", "\\u0026").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def _entry_html(e: Entry) -> str:
    parts = [f"<p><strong>{esc(e.name)}</strong></p>"] if e.name else []
    if e.facts:
        parts.append("<dl>" + "".join(f"<dt>{esc(k)}</dt><dd>{esc(v)}</dd>" for k, v in e.facts) + "</dl>")
    parts += [f"<p>{esc(p)}</p>" for p in e.paragraphs]
    if e.bullets:
        if e.bullets_label:
            parts.append(f"<p>{esc(e.bullets_label)}:</p>")
        parts.append("<ul>" + "".join(f"<li>{esc(b)}</li>" for b in e.bullets) + "</ul>")
    return "".join(parts)


def _block_html(b: Block, h: int, p: str) -> str:
    out = [f"<h{h}>{esc(b.heading)}</h{h}>"] if b.heading else []
    out += [f"<p>{esc(k)}: {esc(v)}</p>" for k, v in b.facts]
    if b.prose:
        for e in b.entries:
            out.append(f'<p class="{p}-kern">{esc(e.name)}</p>' if e.name else "")
            out += [f"<p>{esc(x)}</p>" for x in e.paragraphs]
    elif b.quotes:
        for e in b.entries:
            by = "; ".join(x for x in [e.name or ""] + [f"{k}: {v}" for k, v in e.facts] if x)
            quote = "".join(f"<p>{esc(x)}</p>" for x in e.paragraphs)
            caption = f"<figcaption>— {esc(by)}</figcaption>" if by else ""
            out.append(f"<figure><blockquote>{quote}</blockquote>{caption}</figure>")
    else:
        tag = "ol" if b.ordered else "ul"
        out.append(f"<{tag}>" + "".join(f"<li>{_entry_html(e)}</li>" for e in b.entries) + f"</{tag}>")
    return "".join(out)


def text_alternative(vision: Vision, lang: str, p: str, top: int = 2) -> str:
    """The vision as semantic HTML sections: h{top} per section, h{top+1} per group or journey."""
    out = []
    for section in outline(vision, lang):
        out.append(f"<section><h{top}>{esc(section.heading)}</h{top}>")
        out += [_block_html(b, top + 1, p) for b in section.blocks]
        out.append("</section>")
    return "".join(out)


def _panel_data(scenes: list[Scene], vision: Vision, lang: str) -> dict:
    """What the details panel shows of each hotspot's element: describe() in short keys."""
    describer = Describer(vision, lang)
    spots = {h.ref: h for scene in scenes for h in scene.hotspots}
    data: dict = {"_words": {key: word(key, lang) for key in ("empty", "linked", "clear")}}
    for ref, h in spots.items():
        d = describer.describe(ref)
        linked = [r for r, _ in d.links if r in spots and r != ref]
        data[ref] = {"k": d.kind_word, "l": d.title, "d": d.detail(), "n": linked, "h": sorted(lit(ref, h.links))}
    return data


def _stage(scene: Scene, vision: Vision, lang: str, p: str, alt_id: str, cls: str) -> str:
    """One interactive picture: its alt text, the SVG with hotspot buttons, and its tooltip."""
    journey = next((s.id for s in scene.hotspots if s.kind == "klantreis"), None)
    return (
        f'<div class="{p}-stage{cls}" role="group" aria-labelledby="{alt_id}" aria-describedby="{p}-help">'
        f'<span class="{p}-sr" id="{alt_id}">{esc(alt_text(vision, scene.view, lang, journey))}</span>'
        f"{render_svg(scene, interactive=True)}"
        f'<div class="{p}-tip" role="tooltip" hidden></div></div>'
    )


def _view(scene: Scene, vision: Vision, lang: str, p: str, n: int, name: str | None, h: int,
          tall: Scene | None = None) -> str:
    """One view: its heading (when there are several), the interactive picture — with ``tall``, also
    its portrait composition, shown instead on narrow screens — and its details panel."""
    suffix = f"-{n}" if n else ""
    heading = f'<h{h} id="{p}-v{n}">{esc(name)}</h{h}>' if name else ""
    labelled = f' aria-labelledby="{p}-v{n}"' if name else ""
    label = word("details", lang) + (f": {name}" if name else "")
    pictures = _stage(scene, vision, lang, p, f"{p}-alt{suffix}", f" {p}-wide" if tall else "")
    if tall is not None:
        pictures += _stage(tall, vision, lang, p, f"{p}-alt{suffix}-tall", f" {p}-tall")
    return (
        f'<section class="{p}-view"{labelled}>{heading}{pictures}'
        f'<div class="{p}-details" role="region" aria-label="{esc(label)}" aria-live="polite"></div></section>'
    )


def render_html(scene: Scene, vision: Vision, lang: str = "nl", fragment: bool = False,
                views: list[tuple[str, Scene]] | None = None, tall: list[Scene] | None = None) -> str:
    """A self-contained HTML page (``fragment``: one scoped element to paste into a page).

    With ``views`` — (name, scene) of every view, see praatplaat.export.all_views — the page holds
    all of them, each under its own heading with its own picture and details panel, and a list of
    links to them; otherwise only ``scene``. ``tall`` (the same views in portrait, in the same
    order) is shown instead on narrow screens such as phones.
    """
    lang = lang_of(lang)
    words = {key: word(key, lang) for key in ("skip", "help", "details", "text", "views")}
    pages = views or [(None, scene)]
    scenes = [s for _, s in pages] + list(tall or [])
    p = _prefix(vision.model_dump_json(), lang, str(fragment), *[f"{s.view} {s.width}x{s.height}" for s in scenes])
    theme = Theme.from_huisstijl(vision.huisstijl)
    colours = _colours(theme)
    props = _props(colours, theme.font)
    css = _asset("praatplaat.css").replace("ROOT", p)
    script = _asset("praatplaat.js").replace("ROOT", p)
    top = 2 if fragment else 1
    subtitle = f" — {esc(vision.ondertitel)}" if vision.ondertitel else ""
    nav = ""
    if views:
        links = "".join(f'<li><a href="#{p}-v{n}">{esc(name)}</a></li>' for n, (name, _) in enumerate(pages))
        nav = f'<nav class="{p}-nav" aria-label="{esc(words["views"])}"><ul>{links}</ul></nav>'
    body = (
        f'<header class="{p}-head"><h{top} id="{p}-title">{esc(vision.titel)}</h{top}>'
        f'<p class="{p}-org">{esc(vision.organisatie)}{subtitle}</p></header>'
        f'<a class="{p}-skip" href="#{p}-text">{esc(words["skip"])}</a>{nav}'
        f'<p class="{p}-help" id="{p}-help">{esc(words["help"])}</p>'
        + "".join(_view(s, vision, lang, p, n, name, top + 1, tall[n] if tall else None)
                  for n, (name, s) in enumerate(pages))
        + f'<div class="{p}-text" id="{p}-text" role="region" aria-label="{esc(words["text"])}" tabindex="-1">'
        f"{text_alternative(vision, lang, p, top + 1)}</div>"
        f'<script type="application/json" data-pp>{_json_for_script(_panel_data(scenes, vision, lang))}</script>'
        f"<script>{script}</script>"
    )
    emoji = fallback_face_css(" ".join(t for s in scenes for item in s.texts() for t in item.lines)
                              + vision.model_dump_json())
    style = f"<style>{font_face_css()}{emoji}\n.{p}{{{props}}}\n{css}</style>"
    if fragment:
        return f'<div class="{p}" id="{p}" lang="{lang}">{style}{body}</div>\n'
    title = esc(f"{vision.titel} — {vision.organisatie}")
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1"><title>{title}</title>'
        f"{style}<style>body{{margin:0;background:{colours['bg']}}}</style></head>"
        f'<body><main class="{p}" id="{p}">{body}</main></body></html>\n'
    )
