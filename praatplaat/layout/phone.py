"""The phone composition (``--size telefoon``, the HTML export on narrow screens): every view as one
column, read from top to bottom like a web page.

It is laid out on a narrow canvas (PHONE_W design px, the width of a phone in CSS px give or take)
with the normal type scale, and then scaled up by ``width / PHONE_W`` to the 1080-wide output. So
text at MIN (14) on the narrow canvas shows at ≥ 12 CSS px on a 390 px wide phone. Nothing is
shortened: every text wraps, and the picture grows taller than 1920 when its content needs the
room (a phone scrolls). Long parts stay out of the overview and are in the details (the hotspot's
describe() text): a principle's explanation, a step's name. Only a vision too long for PHONE_MAX_H
gets its long texts (quotes, notes, explanations) limited to a few lines, which ``check`` reports.
"""

from __future__ import annotations

import math

from ..fonts import measure
from ..metrics import (
    DETAIL,
    LEADING,
    LEADING_TIGHT,
    LEADING_TITLE,
    PHONE_GAP,
    PHONE_H,
    PHONE_MARGIN,
    PHONE_MAX_H,
    PHONE_W,
)
from ..ref import step_id, verhaal_id
from ..scene import Circle, Image, Path, Rect, Scene, Text
from ..textfit import fit
from ..theme import readable_on
from ..words import table
from . import herkomst
from .common import GROUP_ICON, Ctx, grouped_channels, logo_box

M = PHONE_MARGIN
W = PHONE_W - 2 * PHONE_MARGIN  # the column's width
PAD = 10  # inside cards
BRIEF_LINES = 4  # long texts in a vision too long for PHONE_MAX_H

# The phone's type scale (design px on the narrow canvas): never below MIN.
TITLE, TITLE_MIN, HEADING, LABEL, NAME, BODY = 24, 18, 20, 18, 16, 15


def layout(vision, view: str, part, width: float, height: float, lang: str = "nl", logo: bytes | None = None,
           journey: str | None = None) -> Scene:
    """``view`` of ``vision`` as the phone composition, ``width`` wide and at least ``height`` high: the header,
    then ``part(ctx, y, brief, journey) -> y`` (the view's part, registered in praatplaat.layout.VIEWS)."""
    k = width / PHONE_W
    scene = _build(vision, view, part, lang, logo, journey, brief=False, min_h=height / k)
    if scene.height > PHONE_MAX_H:
        scene = _build(vision, view, part, lang, logo, journey, brief=True, min_h=height / k)
    return _scaled(herkomst.mark(scene, vision), k)


def _build(vision, view: str, part, lang: str, logo: bytes | None, journey: str | None, brief: bool,
           min_h: float) -> Scene:
    ctx = Ctx.start(vision, view, PHONE_W, PHONE_H, lang)
    y = _header(ctx, logo) + PHONE_GAP
    y = part(ctx, y, brief, journey)
    ctx.scene.height = max(min_h, y + M)
    return ctx.scene


def _scaled(scene: Scene, k: float) -> Scene:
    """Every coordinate and size of the scene times ``k``."""
    for item in scene.items:
        if isinstance(item, Rect | Image):
            item.x, item.y, item.w, item.h = item.x * k, item.y * k, item.w * k, item.h * k
        if isinstance(item, Rect):
            item.radius *= k
        if isinstance(item, Path):
            item.points = [(x * k, y * k) for x, y in item.points]
        if isinstance(item, Circle):
            item.cx, item.cy, item.r = item.cx * k, item.cy * k, item.r * k
        if isinstance(item, Rect | Path | Circle):
            item.stroke_width *= k
        if isinstance(item, Text):
            item.x, item.y, item.size, item.line_height = item.x * k, item.y * k, item.size * k, item.line_height * k
            if item.box:
                item.box = tuple(v * k for v in item.box)
    for h in scene.hotspots:
        h.x, h.y, h.w, h.h = h.x * k, h.y * k, h.w * k, h.h * k
    scene.width, scene.height = scene.width * k, round(scene.height * k, 2)
    return scene


# --- text that wraps instead of being shortened ----------------------------------------------------

def _lines(brief: bool) -> int | None:
    return BRIEF_LINES if brief else None


def _measure(text: str, w: float, size: float, bold: bool = False, leading: float = LEADING,
             max_lines: int | None = None) -> float:
    """Height of ``text`` wrapped into ``w`` at ``size`` (no shrinking)."""
    return fit(text, w, 1e6, size, size, bold, leading, max_lines).height


def _para(ctx: Ctx, text: str, x: float, y: float, w: float, size: float, bold: bool = False, color: str | None = None,
          ref: str | None = None, field: str | None = None, anchor: str = "start", leading: float = LEADING,
          max_lines: int | None = None) -> float:
    """Add ``text`` wrapped into ``w`` at ``size``, as many lines as it needs (or ``max_lines``); its height."""
    h = _measure(text, w, size, bold, leading, max_lines)
    ctx.text(text, x, y, w, h, size, size, bold=bold, color=color, ref=ref, field=field, anchor=anchor,
             leading=leading, max_lines=max_lines)
    return h


def _label(ctx: Ctx, text: str, y: float) -> float:
    """A section's label; returns the y below it."""
    return y + _para(ctx, text, M, y, W, LABEL, bold=True, color=ctx.theme.heading) + 8


# --- header ----------------------------------------------------------------------------------------

def _header(ctx: Ctx, logo: bytes | None) -> float:
    """Logo, title, organisation and subtitle stacked in the header band; returns its bottom y."""
    v, t = ctx.vision, ctx.theme
    box = logo_box(logo) if logo else None
    lw = lh = 0.0
    if box:
        f = min(1.0, 40 / box[1], (W * 0.6) / box[0])
        lw, lh = box[0] * f, box[1] * f
    title = fit(v.titel, W, 1e6, TITLE, TITLE, True, LEADING_TITLE)
    org_h = _measure(v.organisatie, W, BODY, True)
    sub_h = _measure(v.ondertitel, W, DETAIL) + 2 if v.ondertitel else 0.0
    height = 14 + (lh + 10 if box else 0) + title.height + 6 + org_h + sub_h + 14 + 5
    ctx.scene.add(Rect(0, 0, PHONE_W, height, fill=t.panel))
    ctx.scene.add(Rect(0, height - 5, PHONE_W, 5, fill=t.primary))
    y = 14
    if box:
        ctx.scene.add(Image(M, y, lw, lh, logo))
        y += lh + 10
    ctx.scene.add(Text(M, y, title.lines, title.size, readable_on(t.panel, t.primary), True, title.line_height,
                       box=(M, y, W, title.height), field="titel"))
    y += title.height + 6
    y += _para(ctx, v.organisatie, M, y, W, BODY, bold=True, color=readable_on(t.panel, t.muted),
               field="organisatie")
    if v.ondertitel:
        _para(ctx, v.ondertitel, M, y + 2, W, DETAIL, color=readable_on(t.panel, t.muted), field="ondertitel")
    return height


# --- the house -------------------------------------------------------------------------------------

def _roof(ctx: Ctx, y: float, rich: bool, brief: bool) -> float:
    """The core sentence under a roof; with ``rich`` its explanation too. Returns the y below it."""
    v, t = ctx.vision, ctx.theme
    ref, peak, tw = "visie:visie" if v.visie.kern else None, 40.0, W - 2 * 16
    kern = v.visie.kern or (ctx.w("leeg_kern") if ctx.placeholders else "")  # an empty place is no element
    core_h = _measure(kern, tw, HEADING, True, LEADING_TIGHT)
    more = rich and v.visie.toelichting
    more_h = _measure(v.visie.toelichting, tw, BODY, max_lines=_lines(brief)) + 8 if more else 0.0
    bottom = y + peak + 12 + core_h + more_h + 14
    ctx.scene.add(Path([(M, y + peak), (M + W / 2, y), (M + W, y + peak), (M + W, bottom), (M, bottom)],
                       closed=True, fill=t.roof, ref=ref))
    ty = y + peak + 12
    if v.visie.kern:
        ty += _para(ctx, kern, M + 16, ty, tw, HEADING, True, t.on_primary, ref, "kern", "middle", LEADING_TIGHT)
    elif kern:
        ty += _para(ctx, kern, M + 16, ty, tw, HEADING, False, t.on_primary, None, None, "middle", LEADING_TIGHT)
    if more:
        _para(ctx, v.visie.toelichting, M + 16, ty + 8, tw, BODY, color=t.on_primary, ref=ref, field="toelichting",
              anchor="middle", max_lines=_lines(brief))
    if v.visie.kern:
        ctx.hotspot("visie", "visie", M, y, W, bottom - y)
    return bottom + 8


def _pillar_grid(ctx: Ctx, y: float) -> float:
    """The principles as pillars in two columns: pictogram and name (the explanation is in the details)."""
    t, principes = ctx.theme, ctx.vision.principes
    gap = 8
    for start in range(0, len(principes), 2):
        row = principes[start:start + 2]
        cw = (W - gap) / 2 if len(row) == 2 else W
        inner = cw - 2 * PAD
        ph = 8 + PAD + max((26 + 6 if p.icoon else 0) + _measure(p.naam, inner, NAME, True, LEADING_TIGHT)
                           for p in row) + PAD
        for i, p in enumerate(row):
            x, ref = M + i * (cw + gap), f"principe:{p.id}"
            ctx.scene.add(Rect(x - 3, y, cw + 6, 8, fill=t.foundation, radius=3, ref=ref))
            ctx.scene.add(Rect(x, y + 8, cw, ph - 8, fill=t.primary, radius=6, ref=ref))
            cy = y + 8 + PAD
            if p.icoon:
                ctx.icon(p.icoon, x + (cw - 26) / 2, cy, 26, t.on_primary, ref)
                cy += 26 + 6
            _para(ctx, p.naam, x + PAD, cy, inner, NAME, True, t.on_primary, ref, "naam", "middle", LEADING_TIGHT)
            ctx.hotspot("principe", p.id, x, y, cw, ph)
        y += ph + gap
    return y


def _pillar_list(ctx: Ctx, y: float, brief: bool) -> float:
    """The principles one under the other, each with its explanation and examples (the house view)."""
    t = ctx.theme
    for p in ctx.vision.principes:
        ref, inner = f"principe:{p.id}", W - 2 * PAD - (34 if p.icoon else 0)
        tx = M + PAD + (34 if p.icoon else 0)
        parts = [(p.naam, NAME, True, "naam", None)]
        if p.uitleg:
            parts.append((p.uitleg, BODY, False, "uitleg", _lines(brief)))
        parts += [(f"• {e}", BODY, False, "voorbeelden", _lines(brief)) for e in p.voorbeelden]
        heights = [_measure(text, inner, size, bold, LEADING_TIGHT if bold else LEADING, lines)
                   for text, size, bold, _, lines in parts]
        ph = 8 + PAD + sum(heights) + 6 * (len(parts) - 1) + PAD
        ctx.scene.add(Rect(M - 3, y, W + 6, 8, fill=t.foundation, radius=3, ref=ref))
        ctx.scene.add(Rect(M, y + 8, W, ph - 8, fill=t.primary, radius=6, ref=ref))
        if p.icoon:
            ctx.icon(p.icoon, M + PAD, y + 8 + PAD, 26, t.on_primary, ref)
        cy = y + 8 + PAD
        for (text, size, bold, field, lines), h in zip(parts, heights, strict=True):
            _para(ctx, text, tx, cy, inner, size, bold, t.on_primary, ref, field if field != "voorbeelden" else None,
                  leading=LEADING_TIGHT if bold else LEADING, max_lines=lines)
            cy += h + 6
        ctx.hotspot("principe", p.id, M, y, W, ph)
        y += ph + 8
    return y


def _foundation(ctx: Ctx, y: float, rich: bool, brief: bool) -> float:
    v, t = ctx.vision, ctx.theme
    ctx.scene.add(Rect(M + 8, y, W - 16, 8, fill=t.foundation, radius=3))
    y += 12
    if not v.fundament:
        return y + 4
    ref, tw = "fundament:fundament", W - 2 * PAD
    name_h = _measure(v.fundament.naam, tw, NAME, True, LEADING_TIGHT)
    more = v.fundament.uitleg if rich else None
    more_h = _measure(more, tw, DETAIL, max_lines=_lines(brief)) + 4 if more else 0.0
    h = PAD + name_h + more_h + PAD
    ctx.scene.add(Rect(M, y, W, h, fill=t.foundation, radius=8, ref=ref))
    _para(ctx, v.fundament.naam, M + PAD, y + PAD, tw, NAME, True, t.on_foundation, ref, "naam", "middle",
          LEADING_TIGHT)
    if more:
        _para(ctx, more, M + PAD, y + PAD + name_h + 4, tw, DETAIL, color=t.on_foundation, ref=ref, field="uitleg",
              anchor="middle", max_lines=_lines(brief))
    ctx.hotspot("fundament", "fundament", M, y, W, h)
    return y + h + PHONE_GAP


# --- overview --------------------------------------------------------------------------------------

def overview(ctx: Ctx, y: float, brief: bool, _journey: str | None) -> float:
    v = ctx.vision
    y = _roof(ctx, y, False, brief)
    y = _pillar_grid(ctx, y)
    y = _foundation(ctx, y, False, brief)
    if v.kanalen:
        y = _channel_grid(ctx, _label(ctx, ctx.w("kanalen"), y)) + PHONE_GAP
    if v.klantreizen:
        y = _journey_list(ctx, y) + PHONE_GAP
    if v.verhalen:
        y = _quotes(ctx, _label(ctx, ctx.w("verhalen"), y), brief) + PHONE_GAP
    if v.agenda:
        y = _agenda(ctx, _label(ctx, ctx.w("agenda"), y)) + PHONE_GAP
    return y - PHONE_GAP


def _channel_grid(ctx: Ctx, y: float) -> float:
    """Every channel as a small card (pictogram and name) in two columns, grouped online · bellen · langskomen."""
    t = ctx.theme
    channels = [k for _, members in grouped_channels(ctx.vision) for k in members]
    gap, cw = 8, (W - 8) / 2
    for start in range(0, len(channels), 2):
        row = channels[start:start + 2]
        h = PAD + max(_measure(k.naam, cw - 2 * PAD - 28, BODY, True) for k in row) + PAD
        for i, k in enumerate(row):
            x, ref = M + i * (cw + gap), f"kanaal:{k.id}"
            ctx.scene.add(Rect(x, y, cw, h, fill=t.card, stroke=t.card_line, stroke_width=1.2, radius=8, ref=ref))
            ctx.icon(k.soort, x + PAD, y + PAD, 20, t.primary, ref)
            _para(ctx, k.naam, x + PAD + 28, y + PAD, cw - 2 * PAD - 28, BODY, True, ref=ref, field="naam")
            ctx.hotspot("kanaal", k.id, x, y, cw, h)
        y += h + gap
    return y - gap


def _legend(ctx: Ctx, y: float, words: bool) -> float:
    """The five beleving levels (with their words when ``words``), wrapped onto lines; returns the y below."""
    t = ctx.theme
    x, line_h = M, 26
    label = ctx.w("beleving")
    _para(ctx, label, x, y + 3, measure(label, DETAIL) + 2, DETAIL, color=t.muted)
    x += measure(label, DETAIL) + 12
    for value in (-2, -1, 0, 1, 2):
        word = ctx.beleving_word(value) if words else ""
        need = 24 + (measure(word, DETAIL) + 14 if word else 4)
        if x + need > M + W:
            x, y = M, y + line_h
        ctx.beleving_dot(x + 10, y + 11, 10, value)
        if word:
            _para(ctx, word, x + 24, y + 3, measure(word, DETAIL) + 2, DETAIL, color=t.muted)
        x += need
    return y + line_h + 4


def _journey_list(ctx: Ctx, y: float) -> float:
    """Each journey as its name (and target group) over a road with a dot per step; the steps' names are in
    the details (and in the journey view)."""
    t = ctx.theme
    y = _label(ctx, ctx.w("klantreizen"), y)
    y = _legend(ctx, y, False)
    groups = {d.id: d.naam for d in ctx.vision.doelgroepen}
    per_row = 10
    for reis in ctx.vision.klantreizen:
        jref = f"klantreis:{reis.id}"
        top = y
        y += _para(ctx, reis.naam, M, y, W, NAME, True, ref=jref, field="naam", leading=LEADING_TIGHT)
        sub = groups.get(reis.doelgroep or "")
        if sub:
            y += _para(ctx, sub, M, y, W, DETAIL, color=t.muted, ref=jref, field="doelgroep")
        ctx.hotspot("klantreis", reis.id, M, top, W, y - top)
        steps = reis.stappen
        if not steps:  # a journey just begun: its name only
            y += 12
            continue
        rows = math.ceil(len(steps) / per_row)
        n = math.ceil(len(steps) / rows)
        spacing = W / n
        for r in range(rows):
            mid = y + 18 + r * 36
            chunk = steps[r * n:(r + 1) * n]
            first = r * n
            ctx.scene.add(Rect(M, mid - 2, spacing * len(chunk), 4, fill=t.road, radius=2, ref=None))
            for i, s in enumerate(chunk):
                sref = f"stap:{step_id(reis.id, first + i)}"
                px = M + spacing * (i + 0.5)
                ctx.beleving_dot(px, mid - (s.beleving or 0) * 3, 10, s.beleving, sref)
                ctx.hotspot("stap", step_id(reis.id, first + i), px - spacing / 2, mid - 18, spacing, 36)
        y += rows * 36 + 4
        ctx.scene.add(Rect(M, y, W, 1, fill=t.panel_line))
        y += 10
    return y - 10


def _quotes(ctx: Ctx, y: float, brief: bool) -> float:
    t = ctx.theme
    muted = readable_on(t.card, t.muted)
    for i, q in enumerate(ctx.vision.verhalen):
        ref, tw = f"verhaal:{verhaal_id(i)}", W - 2 * PAD
        text = f"“{q.citaat}”"
        qh = _measure(text, tw, BODY, max_lines=_lines(brief))
        wh = _measure(f"— {q.wie}", tw, DETAIL) + 4 if q.wie else 0.0
        h = PAD + qh + wh + PAD
        ctx.scene.add(Rect(M, y, W, h, fill=t.card, stroke=t.card_line, stroke_width=1.2, radius=t.corner(12), ref=ref))
        ctx.scene.add(Path([(M + 24, y + h - 1), (M + 20, y + h + 10), (M + 36, y + h - 1)], closed=True,
                           fill=t.card, ref=ref))
        ctx.scene.add(Path([(M + 24, y + h), (M + 20, y + h + 10), (M + 36, y + h)], stroke=t.card_line,
                           stroke_width=1.2, ref=ref))
        _para(ctx, text, M + PAD, y + PAD, tw, BODY, ref=ref, field="citaat", max_lines=_lines(brief))
        if q.wie:
            _para(ctx, f"— {q.wie}", M + PAD, y + PAD + qh + 4, tw, DETAIL, color=muted, ref=ref, field="wie")
        ctx.hotspot("verhaal", verhaal_id(i), M, y, W, h)
        y += h + 18
    return y - 18


def _agenda(ctx: Ctx, y: float) -> float:
    from .overzicht import _status_mark

    t = ctx.theme
    for item in ctx.vision.agenda:
        ref, tx, tw = f"agenda:{item.id}", M + 32, W - 32
        top = y
        _status_mark(ctx, item.status, M + 12, y + 12, ref)
        head = " · ".join(p for p in (item.wanneer, table("status", ctx.lang)[item.status]) if p)
        y += _para(ctx, head, tx, y, tw, DETAIL, True, t.muted, ref, "wanneer")
        y += _para(ctx, item.naam, tx, y, tw, BODY, ref=ref, field="naam")
        ctx.hotspot("agenda", item.id, M, top, W, y - top)
        y += 10
    return y - 10


# --- house, channels, journey ----------------------------------------------------------------------

def house(ctx: Ctx, y: float, brief: bool, _journey: str | None) -> float:
    y = _roof(ctx, y, True, brief)
    y = _pillar_list(ctx, y, brief)
    return _foundation(ctx, y, True, brief) - PHONE_GAP


def channels(ctx: Ctx, y: float, brief: bool, _journey: str | None) -> float:
    t = ctx.theme
    groups = grouped_channels(ctx.vision)
    if not groups:
        return _empty(ctx, y, ctx.w("geen_kanalen"), ctx.w("geen_kanalen_hint"), "online")
    y += _para(ctx, ctx.w("ccf"), M, y, W, DETAIL, color=t.muted) + 8
    muted = readable_on(t.card, t.muted)
    for group, members in groups:
        ctx.icon(GROUP_ICON[group], M, y + 1, 22, t.heading)
        y += _para(ctx, ctx.w(group), M + 30, y, W - 30, LABEL, True, t.heading) + 8
        for k in members:
            ref, tx, tw = f"kanaal:{k.id}", M + PAD + 36, W - 2 * PAD - 36
            parts = [(k.naam, NAME, True, "naam")]
            for key in ("bereikbaarheid", "servicenorm"):
                if getattr(k, key):
                    parts += [(ctx.w(key), DETAIL, True, None), (getattr(k, key), BODY, False, key)]
            heights = [_measure(text, tw, size, bold) for text, size, bold, _ in parts]
            h = PAD + sum(heights) + 4 * (len(parts) - 1) + PAD
            ctx.scene.add(Rect(M, y, W, h, fill=t.card, stroke=t.card_line, stroke_width=1.2, radius=t.corner(10),
                               ref=ref))
            ctx.icon(k.soort, M + PAD, y + PAD, 26, t.primary, ref)
            cy = y + PAD
            for (text, size, bold, field), ph in zip(parts, heights, strict=True):
                colour = muted if field is None else None
                _para(ctx, text, tx, cy, tw, size, bold, colour, ref, field)
                cy += ph + 4
            ctx.hotspot("kanaal", k.id, M, y, W, h)
            y += h + 8
        y += 8
    return y - 16


def journey(ctx: Ctx, y: float, brief: bool, journey: str | None) -> float:
    from .reis import _pick

    v, t = ctx.vision, ctx.theme
    if not v.klantreizen:
        return _empty(ctx, y, ctx.w("geen_reizen"), ctx.w("geen_reizen_hint"), "mensen")
    reis = _pick(v, journey)
    jref, steps = f"klantreis:{reis.id}", reis.stappen
    groups = {d.id: d.naam for d in v.doelgroepen}
    sub = " · ".join(x for x in (groups.get(reis.doelgroep or ""), ctx.w("stappen", n=len(steps))) if x)
    title_y = y
    name_h = _measure(reis.naam, W, HEADING, True, LEADING_TIGHT)
    sub_h = _measure(sub, W, DETAIL)
    y = _legend(ctx, y + name_h + sub_h + 10, True)
    # The curve: five levels, a dot per step with its number under the panel.
    panel_h, axis = 170.0, 30.0
    ctx.scene.add(Rect(M, y, W, panel_h, fill=t.panel, stroke=t.panel_line, stroke_width=1.2, radius=t.corner(10)))
    top, bottom = y + 16, y + panel_h - 34

    def level(value: int | None) -> float:
        return bottom - ((value or 0) + 2) * (bottom - top) / 4

    for value in (2, 1, 0, -1, -2):
        ctx.scene.add(Rect(M + axis, level(value) - 0.6, W - axis - 10, 1.2, fill=t.panel_line))
        ctx.beleving_dot(M + 15, level(value), 7, value)
    x0, x1 = M + axis + 14, M + W - 16
    n = len(steps)
    xs = [x0 + (x1 - x0) * (i + 0.5) / n for i in range(n)] if n > 1 else [(x0 + x1) / 2] * n  # none: no dots
    known = [(x, level(s.beleving)) for x, s in zip(xs, steps, strict=True) if s.beleving is not None]
    if len(known) > 1:
        ctx.scene.add(Path(known, stroke=t.primary, stroke_width=2.5, ref=jref))
    ctx.text(reis.naam, M, title_y, W, name_h, HEADING, HEADING, True, t.heading, jref, leading=LEADING_TIGHT,
             field="naam")
    ctx.text(sub, M, title_y + name_h, W, sub_h, DETAIL, DETAIL, color=t.muted, ref=jref, field="doelgroep")
    ctx.hotspot("klantreis", reis.id, M, title_y, W, name_h + sub_h)
    spacing = (x1 - x0) / max(1, len(steps))
    cards_y = y + panel_h + PHONE_GAP
    for i, (x, s) in enumerate(zip(xs, steps, strict=True)):
        sref = f"stap:{step_id(reis.id, i)}"
        ctx.beleving_dot(x, level(s.beleving), 9 if spacing >= 22 else 6, s.beleving, sref)
        if spacing >= 22 or i % 5 == 4 or i == 0:
            ctx.text(str(i + 1), x - 14, bottom + 12, 28, DETAIL * LEADING, DETAIL, DETAIL, True, t.muted, sref,
                     max_lines=1, anchor="middle")
        cards_y = _step_card(ctx, reis, i, cards_y, sref, brief)
    return cards_y - 8


def _step_card(ctx: Ctx, reis, i: int, y: float, ref: str, brief: bool) -> float:
    """A full-width card of step ``i``: number, name, channel, principles and note; returns the y below it."""
    t, s = ctx.theme, reis.stappen[i]
    kanalen = {k.id: k for k in ctx.vision.kanalen}
    principes = {p.id: p.naam for p in ctx.vision.principes}
    tx, tw = M + PAD + 36, W - 2 * PAD - 36
    k = kanalen.get(s.kanaal or "")
    parts = [(s.naam, NAME, True, "naam", t.text, None)]
    if k:
        parts.append((k.naam, BODY, False, "kanaal", t.text, None))
    parts += [(f"• {principes.get(p, p)}", DETAIL, True, "principes", readable_on(t.card, t.primary), None)
              for p in s.principes]
    if s.toelichting:
        parts.append((s.toelichting, BODY, False, "toelichting", readable_on(t.card, t.muted), _lines(brief)))
    widths = [tw - (26 if part[3] == "kanaal" else 0) for part in parts]
    heights = [_measure(text, w, size, bold, LEADING_TIGHT if bold else LEADING, lines)
               for (text, size, bold, _, _, lines), w in zip(parts, widths, strict=True)]
    h = max(PAD + sum(heights) + 4 * (len(parts) - 1) + PAD, 2 * PAD + 28)
    ctx.scene.add(Rect(M, y, W, h, fill=t.card, stroke=t.card_line, stroke_width=1.2, radius=t.corner(10), ref=ref))
    ctx.scene.add(Rect(M + PAD, y + PAD, 28, 26, fill=t.primary, radius=6, ref=ref))
    ctx.text(str(i + 1), M + PAD, y + PAD + 2, 28, 22, DETAIL, DETAIL, True, readable_on(t.primary), ref, 1,
             "middle")
    cy = y + PAD
    for (text, size, bold, field, colour, lines), w, ph in zip(parts, widths, heights, strict=True):
        x = tx
        if field == "kanaal":
            ctx.icon(k.soort, tx, cy, 20, t.primary, ref)
            x += 26
        _para(ctx, text, x, cy, w, size, bold, colour, ref, field, leading=LEADING_TIGHT if bold else LEADING,
              max_lines=lines)
        cy += ph + 4
    ctx.hotspot("stap", step_id(reis.id, i), M, y, W, h)
    return y + h + 8


def _empty(ctx: Ctx, y: float, title: str, hint: str, pictogram: str) -> float:
    """An informative empty state instead of an empty picture."""
    t = ctx.theme
    th, hh = _measure(title, W - 40, HEADING, True), _measure(hint, W - 40, BODY)
    h = 24 + 64 + 16 + th + 8 + hh + 24
    ctx.scene.add(Rect(M, y, W, h, fill=t.panel, stroke=t.panel_line, stroke_width=1.2, radius=t.corner(10)))
    ctx.icon(pictogram, M + W / 2 - 32, y + 24, 64, t.muted)
    _para(ctx, title, M + 20, y + 104, W - 40, HEADING, True, t.heading, anchor="middle")
    _para(ctx, hint, M + 20, y + 112 + th, W - 40, BODY, color=t.muted, anchor="middle")
    return y + h

