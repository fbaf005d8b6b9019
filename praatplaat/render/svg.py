"""Scene -> SVG: vector shapes, text as real text, each element one group with a <title>.

Each of the scene's element groups (praatplaat.scene.Scene.groups) becomes one
``<g data-ref="kind:id">`` carrying the hotspot's label and detail as its ``<title>``. With
``interactive=True`` (the HTML export) the painted picture is hidden from assistive technology
and a layer of focusable hotspot buttons, in the scene's reading order, lies on top; the page's
script hit-tests pointer positions itself, so the buttons' DOM order (= Tab order) need not follow
the paint order.
"""

from __future__ import annotations

import base64
import io
import re
from functools import cache, lru_cache

from .. import fonts
from ..scene import DASH, Circle, Hotspot, Image, Path, Rect, Scene, Text
from ..words import table
from .base import Renderer, group_title

FONT_STACK = f"'{fonts.FAMILY}', '{fonts.FALLBACK_FAMILY}', sans-serif"
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def esc(text: str) -> str:
    """Text safe inside XML/HTML content and double-quoted attributes (no invalid characters)."""
    if not text.isprintable():  # fast path; the regex only when there is something unusual
        text = _NOT_XML.sub("\ufffd", text)
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def num(v: float) -> str:
    """A coordinate, short: six significant digits (two decimals in a 1920-wide scene)."""
    return f"{v:.6g}"


@cache
def font_face_css() -> str:
    """@font-face rules embedding the whole regular and bold TTF as base64 (the family every renderer uses)."""
    rules = []
    for weight, bold in ((400, False), (700, True)):
        data = base64.b64encode(fonts.path(bold).read_bytes()).decode("ascii")
        rules.append(_face(weight, f"data:font/ttf;base64,{data}", "truetype"))
    return "\n".join(rules)


def _face(weight: int | str, url: str, fmt: str, family: str = fonts.FAMILY) -> str:
    return (f"@font-face{{font-family:'{family}';font-style:normal;font-weight:{weight};"
            f"src:url({url}) format('{fmt}')}}")


def fallback_face_css(text: str) -> str:
    """An @font-face rule embedding the fallback face's glyphs for the characters of ``text`` it draws
    (emoji), for every weight so that no browser fakes a bold; "" when there are none."""
    chars = "".join(sorted({c for c in fonts.drawable(text) if fonts.is_fallback(c)}))
    return _face("100 900", f"data:font/woff;base64,{_subset(False, chars, True)}", "woff",
                 fonts.FALLBACK_FAMILY) if chars else ""


def subset_font_css(scene: Scene) -> str:
    """@font-face rules embedding only the glyphs the scene's text uses, per weight, as WOFF (and the
    fallback face's glyphs for the characters the font lacks)."""
    chars: dict[bool, set[str]] = {False: set(), True: set()}
    for item in scene.texts():
        for line in item.lines:
            chars[item.bold].update(c for c in line if c.isprintable() and not "\ud800" <= c <= "\udfff")
    rules = [_face(700 if bold else 400, f"data:font/woff;base64,{_subset(bold, ''.join(sorted(used)))}", "woff")
             for bold, used in chars.items() if used]
    rules.append(fallback_face_css("".join(chars[False] | chars[True])))
    return "\n".join(r for r in rules if r)


@lru_cache(maxsize=32)
def _subset(bold: bool, chars: str, fallback: bool = False) -> str:
    """The font (or the fallback face) reduced to ``chars`` (kerning and other layout features kept),
    WOFF in base64."""
    from fontTools import subset
    from fontTools.ttLib import TTFont

    options = subset.Options()
    options.flavor = "woff"
    options.layout_features = ["*"]  # keep kerning and ligatures: the browser shapes as the measurement did
    options.name_IDs = ["*"]  # keep the copyright and licence (SIL OFL) names
    options.notdef_outline = True
    font = TTFont(str(fonts.path(bold, fallback)), lazy=True, recalcTimestamp=False)  # the same subset, reproducibly
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=chars)
    subsetter.subset(font)
    out = io.BytesIO()
    font.flavor = "woff"
    font.save(out)
    return base64.b64encode(out.getvalue()).decode("ascii")


def render_svg(scene: Scene, width: float | None = None, *, interactive: bool = False, embed_font: bool = False,
               fluid: bool = False) -> str:
    """The scene as an SVG document ``width`` px wide (default: the scene's), height in proportion; ``fluid``:
    no pixel size at all, as wide as its container (a window, a page's column) and as high as the viewBox's
    proportions make it, so the whole picture is always in view.

    ``embed_font`` embeds the glyphs of the font it was measured with, so the file looks the same
    everywhere (browsers, Inkscape, Illustrator); ``interactive`` adds
    focusable hotspot buttons for the HTML export (see the module docstring).
    """
    width = scene.width if width is None else width
    height = width * scene.height / scene.width
    size = ('width="100%" height="auto" style="max-width:100%;height:auto" preserveAspectRatio="xMidYMin meet"'
            if fluid else f'width="{num(width)}" height="{num(height)}"')
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {num(scene.width)} {num(scene.height)}" '
        f'{size} font-family="{esc(FONT_STACK)}"'
    ]
    if interactive:
        out.append(' class="pp-svg">')
    else:
        out.append(f' role="img" aria-labelledby="pp-svg-title"><title id="pp-svg-title">{esc(scene.title)}</title>')
    if embed_font:
        out.append(f"<style>{subset_font_css(scene)}</style>")
    if interactive:
        out.append('<g class="pp-paint" aria-hidden="true">')
    out.append(f'<rect width="100%" height="100%" fill="{esc(scene.background)}"/>')
    svg = _Svg(out, titles=not interactive)
    svg.draw(scene)
    if interactive:
        out.append("</g>")
        _buttons(scene, out)
    else:
        for h in scene.hotspots:
            if h.ref not in svg.drawn:
                out.append(
                    f'<g data-ref="{esc(h.ref)}"><title>{esc(group_title(h))}</title>'
                    f'<rect x="{num(h.x)}" y="{num(h.y)}" width="{num(h.w)}" height="{num(h.h)}" '
                    'fill="#FFFFFF" fill-opacity="0"/></g>'
                )
    out.append("</svg>")
    return "".join(out)


class _Svg(Renderer):
    """Appends SVG markup to ``out``: one ``<g data-ref>`` per element, titled unless ``titles`` is off."""

    def __init__(self, out: list[str], titles: bool) -> None:
        self.out, self.titles = out, titles
        self.drawn: set[str] = set()

    def begin_group(self, ref: str, title: str) -> None:
        self.drawn.add(ref)
        self.out.append(f'<g data-ref="{esc(ref)}">')
        if self.titles and title:
            self.out.append(f"<title>{esc(title)}</title>")

    def end_group(self) -> None:
        self.out.append("</g>")

    def rect(self, r: Rect) -> None:
        self.out.append(_rect(r))

    def path(self, p: Path) -> None:
        self.out.append(_path(p))

    def circle(self, c: Circle) -> None:
        self.out.append(_circle(c))

    def text(self, t: Text) -> None:
        self.out.append(_text(t))

    def image(self, im: Image) -> None:
        self.out.append(_image(im))


@lru_cache(maxsize=1024)
def _paint_attrs(fill: str | None, stroke: str | None, stroke_width: float) -> str:
    attrs = f' fill="{esc(fill)}"' if fill else ' fill="none"'
    if stroke and stroke_width > 0:
        attrs += f' stroke="{esc(stroke)}" stroke-width="{num(stroke_width)}"'
    return attrs


def _rect(item: Rect) -> str:
    rx = f' rx="{item.radius:.6g}"' if item.radius > 0 else ""
    return (
        f'<rect x="{item.x:.6g}" y="{item.y:.6g}" width="{max(0.0, item.w):.6g}" '
        f'height="{max(0.0, item.h):.6g}"{rx}{_paint_attrs(item.fill, item.stroke, item.stroke_width)}/>'
    )


def _path(item: Path) -> str:
    tag = "polygon" if item.closed else "polyline"
    points = " ".join([f"{x:.6g},{y:.6g}" for x, y in item.points])
    attrs = _line_attrs(item.fill if item.closed else None, item.stroke, item.stroke_width, item.dash)
    return f'<{tag} points="{points}"{attrs}/>'


@lru_cache(maxsize=1024)
def _line_attrs(fill: str | None, stroke: str | None, stroke_width: float, dash: bool) -> str:
    attrs = _paint_attrs(fill, stroke, stroke_width)
    if stroke and stroke_width > 0:
        attrs += ' stroke-linejoin="round" stroke-linecap="round"'
        if dash:
            attrs += f' stroke-dasharray="{num(DASH[0] * stroke_width)} {num(DASH[1] * stroke_width)}"'
    return attrs


def _circle(item: Circle) -> str:
    return (
        f'<circle cx="{item.cx:.6g}" cy="{item.cy:.6g}" r="{item.r:.6g}"'
        f"{_paint_attrs(item.fill, item.stroke, item.stroke_width)}/>"
    )


def _image(item: Image) -> str:
    mime = item.mime if item.mime in ("image/png", "image/jpeg") else "image/png"
    data = base64.b64encode(item.data).decode("ascii")
    return (
        f'<image x="{num(item.x)}" y="{num(item.y)}" width="{num(item.w)}" height="{num(item.h)}" '
        f'preserveAspectRatio="xMidYMid meet" href="data:{mime};base64,{data}"/>'
    )


def _text(t: Text) -> str:
    anchor = ' text-anchor="middle"' if t.anchor == "middle" else ""
    weight = ' font-weight="700"' if t.bold else ""
    x = num(t.x)
    spans = "".join(
        [f'<tspan x="{x}" y="{y:.6g}">{esc(line)}</tspan>' for line, y in zip(t.lines, t.baselines()) if line]
    )
    return f'<text font-size="{t.size:.6g}" fill="{esc(t.color)}"{weight}{anchor}>{spans}</text>'


def _buttons(scene: Scene, out: list[str]) -> None:
    """Focusable hotspot buttons in reading order, each an invisible area plus its focus/selection rings."""
    out.append('<g class="pp-hits">')
    for h in scene.hotspots:
        box = f'x="{num(h.x)}" y="{num(h.y)}" width="{num(max(1.0, h.w))}" height="{num(max(1.0, h.h))}"'
        ring = f'x="{num(h.x - 5)}" y="{num(h.y - 5)}" width="{num(max(1.0, h.w) + 10)}" ' \
               f'height="{num(max(1.0, h.h) + 10)}" rx="10"'
        out.append(
            f'<g class="pp-hs" data-ref="{esc(h.ref)}" tabindex="0" role="button" aria-pressed="false" '
            f'aria-label="{esc(button_label(h, scene.lang))}">'
            f'<rect class="pp-area" {box} rx="8"/><rect class="pp-halo" {ring}/><rect class="pp-ring" {ring}/></g>'
        )
    out.append("</g>")


def button_label(h: Hotspot, lang: str) -> str:
    """Accessible name of a hotspot: its kind and label, e.g. 'Principe: Wij zijn er om te helpen'."""
    kind = table("kind", lang).get(h.kind, h.kind)
    return h.label if h.label.lower().startswith(kind.lower()) else f"{kind}: {h.label}"
