"""The phone composition (``--size telefoon``, the HTML export on narrow screens): every view as one
column, read from top to bottom like a web page.

It is laid out on a narrow canvas (PHONE_W design px, the width of a phone in CSS px give or take)
with the sizes of its one PhoneMetrics, and then scaled up by ``width / PHONE_W`` to the 1080-wide
output. So text at MIN (14) on the narrow canvas shows at ≥ 12 CSS px on a 390 px wide phone. Nothing is
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
    PHONE_H,
    PHONE_MAX_H,
    PHONE_W,
    UNBOUNDED,
    PhoneMetrics,
)
from ..ref import Ref, step_id, verhaal_id
from ..scene import Circle, Image, Path, Rect, Scene, Text
from ..textfit import fit
from ..theme import BELEVING, readable_on
from ..words import table
from . import herkomst
from .common import GROUP_ICON, Ctx, grouped_channels, logo_box

m = PhoneMetrics()


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
    y = _header(ctx, logo) + m.gap
    y = part(ctx, y, brief, journey)
    ctx.scene.height = max(min_h, y + m.margin)
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
    return m.brief_lines if brief else None


def _measure(text: str, w: float, size: float, bold: bool = False, leading: float = LEADING,
             max_lines: int | None = None) -> float:
    """Height of ``text`` wrapped into ``w`` at ``size`` (no shrinking)."""
    return fit(text, w, UNBOUNDED, size, size, bold, leading, max_lines).height


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
    return y + _para(ctx, text, m.margin, y, m.column, m.label, bold=True, color=ctx.theme.heading) + m.card_gap


# --- header ----------------------------------------------------------------------------------------

def _header(ctx: Ctx, logo: bytes | None) -> float:
    """Logo, title, organisation and subtitle stacked in the header band; returns its bottom y."""
    v, t = ctx.vision, ctx.theme
    box = logo_box(logo) if logo else None
    lw = lh = 0.0
    if box:
        f = min(1.0, m.logo_h / box[1], (m.column * m.logo_w) / box[0])
        lw, lh = box[0] * f, box[1] * f
    title = fit(v.titel, m.column, UNBOUNDED, m.title, m.title, True, LEADING_TITLE)
    org_h = _measure(v.organisatie, m.column, m.body, True)
    sub_h = _measure(v.ondertitel, m.column, DETAIL) + m.sub_gap if v.ondertitel else 0.0
    height = (m.header_pad + (lh + m.logo_gap if box else 0) + title.height + m.title_gap + org_h + sub_h
              + m.header_pad + m.header_rule)
    ctx.scene.add(Rect(0, 0, m.width, height, fill=t.panel))
    ctx.scene.add(Rect(0, height - m.header_rule, m.width, m.header_rule, fill=t.primary))
    y = m.header_pad
    if box:
        ctx.scene.add(Image(m.margin, y, lw, lh, logo))
        y += lh + m.logo_gap
    ctx.scene.add(Text(m.margin, y, title.lines, title.size, readable_on(t.panel, t.primary), True,
                       title.line_height, box=(m.margin, y, m.column, title.height), field="titel"))
    y += title.height + m.title_gap
    y += _para(ctx, v.organisatie, m.margin, y, m.column, m.body, bold=True, color=readable_on(t.panel, t.muted),
               field="organisatie")
    if v.ondertitel:
        _para(ctx, v.ondertitel, m.margin, y + m.sub_gap, m.column, DETAIL, color=readable_on(t.panel, t.muted),
              field="ondertitel")
    return height


# --- the house -------------------------------------------------------------------------------------

def _roof(ctx: Ctx, y: float, rich: bool, brief: bool) -> float:
    """The core sentence under a roof; with ``rich`` its explanation too. Returns the y below it."""
    v, t = ctx.vision, ctx.theme
    ref, peak, tw = str(Ref("visie", "visie")) if v.visie.kern else None, m.roof_peak, m.column - 2 * m.roof_inset
    kern = v.visie.kern or (ctx.w("leeg_kern") if ctx.placeholders else "")  # an empty place is no element
    core_h = _measure(kern, tw, m.heading, True, LEADING_TIGHT)
    more = rich and v.visie.toelichting
    more_h = _measure(v.visie.toelichting, tw, m.body, max_lines=_lines(brief)) + m.card_gap if more else 0.0
    bottom = y + peak + m.roof_pad + core_h + more_h + m.roof_bottom
    left, right = m.margin, m.margin + m.column
    ctx.scene.add(Path([(left, y + peak), (left + m.column / 2, y), (right, y + peak), (right, bottom), (left, bottom)],
                       closed=True, fill=t.roof, ref=ref))
    ty, tx = y + peak + m.roof_pad, left + m.roof_inset
    if v.visie.kern:
        ty += _para(ctx, kern, tx, ty, tw, m.heading, True, t.on_primary, ref, "kern", "middle", LEADING_TIGHT)
    elif kern:
        ty += _para(ctx, kern, tx, ty, tw, m.heading, False, t.on_primary, None, None, "middle", LEADING_TIGHT)
    if more:
        _para(ctx, v.visie.toelichting, tx, ty + m.card_gap, tw, m.body, color=t.on_primary, ref=ref,
              field="toelichting", anchor="middle", max_lines=_lines(brief))
    if v.visie.kern:
        ctx.hotspot("visie", "visie", left, y, m.column, bottom - y)
    return bottom + m.card_gap


def _pillar(ctx: Ctx, ref: str, x: float, y: float, w: float, h: float) -> float:
    """A pillar's foundation-coloured cap and its body; returns the y where its content starts."""
    t = ctx.theme
    ctx.scene.add(Rect(x - m.cap_over, y, w + 2 * m.cap_over, m.cap_h, fill=t.foundation, radius=m.cap_radius, ref=ref))
    ctx.scene.add(Rect(x, y + m.cap_h, w, h - m.cap_h, fill=t.primary, radius=m.pillar_radius, ref=ref))
    return y + m.cap_h + m.pad


def _pillar_grid(ctx: Ctx, y: float) -> float:
    """The principles as pillars in two columns: pictogram and name (the explanation is in the details)."""
    t, principes, gap = ctx.theme, ctx.vision.principes, m.card_gap
    for start in range(0, len(principes), m.grid_cols):
        row = principes[start:start + m.grid_cols]
        cw = (m.column - gap * (len(row) - 1)) / len(row)
        inner = cw - 2 * m.pad
        ph = m.cap_h + m.pad + max((m.icon + m.icon_gap if p.icoon else 0)
                                   + _measure(p.naam, inner, m.name, True, LEADING_TIGHT) for p in row) + m.pad
        for i, p in enumerate(row):
            x, ref = m.margin + i * (cw + gap), str(Ref("principe", p.id))
            cy = _pillar(ctx, ref, x, y, cw, ph)
            if p.icoon:
                ctx.icon(p.icoon, x + (cw - m.icon) / 2, cy, m.icon, t.on_primary, ref)
                cy += m.icon + m.icon_gap
            _para(ctx, p.naam, x + m.pad, cy, inner, m.name, True, t.on_primary, ref, "naam", "middle", LEADING_TIGHT)
            ctx.hotspot("principe", p.id, x, y, cw, ph)
        y += ph + gap
    return y


def _pillar_list(ctx: Ctx, y: float, brief: bool) -> float:
    """The principles one under the other, each with its explanation and examples (the house view)."""
    t = ctx.theme
    for p in ctx.vision.principes:
        beside = m.icon + m.card_gap if p.icoon else 0  # room for the pictogram
        ref, inner = str(Ref("principe", p.id)), m.card_inner - beside
        tx = m.margin + m.pad + beside
        parts = [(p.naam, m.name, True, "naam", None)]
        if p.uitleg:
            parts.append((p.uitleg, m.body, False, "uitleg", _lines(brief)))
        parts += [(f"• {e}", m.body, False, "voorbeelden", _lines(brief)) for e in p.voorbeelden]
        heights = [_measure(text, inner, size, bold, LEADING_TIGHT if bold else LEADING, lines)
                   for text, size, bold, _, lines in parts]
        ph = m.cap_h + m.pad + sum(heights) + m.icon_gap * (len(parts) - 1) + m.pad
        cy = _pillar(ctx, ref, m.margin, y, m.column, ph)
        if p.icoon:
            ctx.icon(p.icoon, m.margin + m.pad, cy, m.icon, t.on_primary, ref)
        for (text, size, bold, field, lines), h in zip(parts, heights, strict=True):
            _para(ctx, text, tx, cy, inner, size, bold, t.on_primary, ref, field if field != "voorbeelden" else None,
                  leading=LEADING_TIGHT if bold else LEADING, max_lines=lines)
            cy += h + m.icon_gap
        ctx.hotspot("principe", p.id, m.margin, y, m.column, ph)
        y += ph + m.card_gap
    return y


def _foundation(ctx: Ctx, y: float, rich: bool, brief: bool) -> float:
    v, t = ctx.vision, ctx.theme
    ctx.scene.add(Rect(m.margin + m.card_gap, y, m.column - 2 * m.card_gap, m.cap_h, fill=t.foundation,
                       radius=m.cap_radius))
    y += m.foundation_gap
    if not v.fundament:
        return y + m.line_gap
    ref, tw = str(Ref("fundament", "fundament")), m.card_inner
    name_h = _measure(v.fundament.naam, tw, m.name, True, LEADING_TIGHT)
    more = v.fundament.uitleg if rich else None
    more_h = _measure(more, tw, DETAIL, max_lines=_lines(brief)) + m.line_gap if more else 0.0
    h = m.pad + name_h + more_h + m.pad
    ctx.scene.add(Rect(m.margin, y, m.column, h, fill=t.foundation, radius=m.card_radius, ref=ref))
    _para(ctx, v.fundament.naam, m.margin + m.pad, y + m.pad, tw, m.name, True, t.on_foundation, ref, "naam",
          "middle", LEADING_TIGHT)
    if more:
        _para(ctx, more, m.margin + m.pad, y + m.pad + name_h + m.line_gap, tw, DETAIL, color=t.on_foundation, ref=ref,
              field="uitleg", anchor="middle", max_lines=_lines(brief))
    ctx.hotspot("fundament", "fundament", m.margin, y, m.column, h)
    return y + h + m.gap


# --- overview --------------------------------------------------------------------------------------

def overview(ctx: Ctx, y: float, brief: bool, _journey: str | None) -> float:
    v = ctx.vision
    y = _roof(ctx, y, False, brief)
    y = _pillar_grid(ctx, y)
    y = _foundation(ctx, y, False, brief)
    if v.kanalen:
        y = _channel_grid(ctx, _label(ctx, ctx.w("kanalen"), y)) + m.gap
    if v.klantreizen:
        y = _journey_list(ctx, y) + m.gap
    if v.verhalen:
        y = _quotes(ctx, _label(ctx, ctx.w("verhalen"), y), brief) + m.gap
    if v.agenda:
        y = _agenda(ctx, _label(ctx, ctx.w("agenda"), y)) + m.gap
    return y - m.gap


def _channel_grid(ctx: Ctx, y: float) -> float:
    """Every channel as a small card (pictogram and name) in two columns, grouped online · bellen · langskomen."""
    t = ctx.theme
    channels = [k for _, members in grouped_channels(ctx.vision) for k in members]
    gap = m.card_gap
    cw = (m.column - gap * (m.grid_cols - 1)) / m.grid_cols
    tw = cw - 2 * m.pad - m.small_icon_col
    for start in range(0, len(channels), m.grid_cols):
        row = channels[start:start + m.grid_cols]
        h = m.pad + max(_measure(k.naam, tw, m.body, True) for k in row) + m.pad
        for i, k in enumerate(row):
            x, ref = m.margin + i * (cw + gap), str(Ref("kanaal", k.id))
            ctx.scene.add(Rect(x, y, cw, h, fill=t.card, stroke=t.card_line, stroke_width=m.line, radius=m.card_radius,
                               ref=ref))
            ctx.icon(k.soort, x + m.pad, y + m.pad, m.small_icon, t.primary, ref)
            _para(ctx, k.naam, x + m.pad + m.small_icon_col, y + m.pad, tw, m.body, True, ref=ref, field="naam")
            ctx.hotspot("kanaal", k.id, x, y, cw, h)
        y += h + gap
    return y - gap


def _legend(ctx: Ctx, y: float, words: bool) -> float:
    """The five beleving levels (with their words when ``words``), wrapped onto lines; returns the y below."""
    t = ctx.theme
    x, line_h = m.margin, m.legend_line
    label = ctx.w("beleving")
    _para(ctx, label, x, y + m.legend_dy, measure(label, DETAIL) + m.text_slack, DETAIL, color=t.muted)
    x += measure(label, DETAIL) + m.legend_label_gap
    for value in BELEVING:
        word = ctx.beleving_word(value) if words else ""
        need = m.legend_dot_w + (measure(word, DETAIL) + m.legend_word_gap if word else m.line_gap)
        if x + need > m.margin + m.column:
            x, y = m.margin, y + line_h
        ctx.beleving_dot(x + m.dot_r, y + m.legend_dot_dy, m.dot_r, value)
        if word:
            _para(ctx, word, x + m.legend_dot_w, y + m.legend_dy, measure(word, DETAIL) + m.text_slack, DETAIL,
                  color=t.muted)
        x += need
    return y + line_h + m.line_gap


def _journey_list(ctx: Ctx, y: float) -> float:
    """Each journey as its name (and target group) over a road with a dot per step; the steps' names are in
    the details (and in the journey view)."""
    t = ctx.theme
    y = _label(ctx, ctx.w("klantreizen"), y)
    y = _legend(ctx, y, False)
    groups = {d.id: d.naam for d in ctx.vision.doelgroepen}
    row_h = m.road_row
    for reis in ctx.vision.klantreizen:
        jref = str(Ref("klantreis", reis.id))
        top = y
        y += _para(ctx, reis.naam, m.margin, y, m.column, m.name, True, ref=jref, field="naam", leading=LEADING_TIGHT)
        sub = groups.get(reis.doelgroep or "")
        if sub:
            y += _para(ctx, sub, m.margin, y, m.column, DETAIL, color=t.muted, ref=jref, field="doelgroep")
        ctx.hotspot("klantreis", reis.id, m.margin, top, m.column, y - top)
        steps = reis.stappen
        if not steps:  # a journey just begun: its name only
            y += m.empty_journey
            continue
        rows = math.ceil(len(steps) / m.road_steps)
        n = math.ceil(len(steps) / rows)
        spacing = m.column / n
        for r in range(rows):
            mid = y + row_h // 2 + r * row_h
            chunk = steps[r * n:(r + 1) * n]
            first = r * n
            ctx.scene.add(Rect(m.margin, mid - m.road_h // 2, spacing * len(chunk), m.road_h, fill=t.road,
                               radius=m.road_h // 2, ref=None))
            for i, s in enumerate(chunk):
                sref = str(Ref.step(reis.id, first + i))
                px = m.margin + spacing * (i + 0.5)
                ctx.beleving_dot(px, mid - (s.beleving or 0) * m.dot_rise, m.dot_r, s.beleving, sref)
                ctx.hotspot("stap", step_id(reis.id, first + i), px - spacing / 2, mid - row_h // 2, spacing, row_h)
        y += rows * row_h + m.line_gap
        ctx.scene.add(Rect(m.margin, y, m.column, 1, fill=t.panel_line))
        y += m.journey_gap
    return y - m.journey_gap


def _quotes(ctx: Ctx, y: float, brief: bool) -> float:
    t = ctx.theme
    muted = readable_on(t.card, t.muted)
    leave, point, back = (m.margin + dx for dx in m.quote_tail)
    for i, q in enumerate(ctx.vision.verhalen):
        ref, tw = str(Ref.quote(i)), m.card_inner
        text = f"“{q.citaat}”"
        qh = _measure(text, tw, m.body, max_lines=_lines(brief))
        wh = _measure(f"— {q.wie}", tw, DETAIL) + m.line_gap if q.wie else 0.0
        h = m.pad + qh + wh + m.pad
        ctx.scene.add(Rect(m.margin, y, m.column, h, fill=t.card, stroke=t.card_line, stroke_width=m.line,
                           radius=t.corner(m.quote_radius), ref=ref))
        tip = (point, y + h + m.quote_tail_h)
        ctx.scene.add(Path([(leave, y + h - 1), tip, (back, y + h - 1)], closed=True, fill=t.card, ref=ref))
        ctx.scene.add(Path([(leave, y + h), tip, (back, y + h)], stroke=t.card_line, stroke_width=m.line, ref=ref))
        _para(ctx, text, m.margin + m.pad, y + m.pad, tw, m.body, ref=ref, field="citaat", max_lines=_lines(brief))
        if q.wie:
            _para(ctx, f"— {q.wie}", m.margin + m.pad, y + m.pad + qh + m.line_gap, tw, DETAIL, color=muted, ref=ref,
                  field="wie")
        ctx.hotspot("verhaal", verhaal_id(i), m.margin, y, m.column, h)
        y += h + m.quote_gap
    return y - m.quote_gap


def _agenda(ctx: Ctx, y: float) -> float:
    from .overzicht import _status_mark

    t = ctx.theme
    for item in ctx.vision.agenda:
        ref, tx, tw = str(Ref("agenda", item.id)), m.margin + m.agenda_indent, m.column - m.agenda_indent
        top = y
        _status_mark(ctx, item.status, m.margin + m.agenda_mark, y + m.agenda_mark, ref)
        head = " · ".join(p for p in (item.wanneer, table("status", ctx.lang)[item.status]) if p)
        y += _para(ctx, head, tx, y, tw, DETAIL, True, t.muted, ref, "wanneer")
        y += _para(ctx, item.naam, tx, y, tw, m.body, ref=ref, field="naam")
        ctx.hotspot("agenda", item.id, m.margin, top, m.column, y - top)
        y += m.agenda_gap
    return y - m.agenda_gap


# --- house, channels, journey ----------------------------------------------------------------------

def house(ctx: Ctx, y: float, brief: bool, _journey: str | None) -> float:
    y = _roof(ctx, y, True, brief)
    y = _pillar_list(ctx, y, brief)
    return _foundation(ctx, y, True, brief) - m.gap


def _card(ctx: Ctx, ref: str, y: float, h: float) -> None:
    """A full-width card, outlined."""
    t = ctx.theme
    ctx.scene.add(Rect(m.margin, y, m.column, h, fill=t.card, stroke=t.card_line, stroke_width=m.line,
                       radius=t.corner(m.panel_radius), ref=ref))


def channels(ctx: Ctx, y: float, brief: bool, _journey: str | None) -> float:
    t = ctx.theme
    groups = grouped_channels(ctx.vision)
    if not groups:
        return _empty(ctx, y, ctx.w("geen_kanalen"), ctx.w("geen_kanalen_hint"), "online")
    y += _para(ctx, ctx.w("ccf"), m.margin, y, m.column, DETAIL, color=t.muted) + m.card_gap
    muted = readable_on(t.card, t.muted)
    tx, tw = m.margin + m.pad + m.card_indent, m.card_inner - m.card_indent
    for group, members in groups:
        ctx.icon(GROUP_ICON[group], m.margin, y + 1, m.group_icon, t.heading)
        y += _para(ctx, ctx.w(group), m.margin + m.group_indent, y, m.column - m.group_indent, m.label, True,
                   t.heading) + m.card_gap
        for k in members:
            ref = str(Ref("kanaal", k.id))
            parts = [(k.naam, m.name, True, "naam")]
            for key in ("bereikbaarheid", "servicenorm"):
                if getattr(k, key):
                    parts += [(ctx.w(key), DETAIL, True, None), (getattr(k, key), m.body, False, key)]
            heights = [_measure(text, tw, size, bold) for text, size, bold, _ in parts]
            h = m.pad + sum(heights) + m.line_gap * (len(parts) - 1) + m.pad
            _card(ctx, ref, y, h)
            ctx.icon(k.soort, m.margin + m.pad, y + m.pad, m.icon, t.primary, ref)
            cy = y + m.pad
            for (text, size, bold, field), ph in zip(parts, heights, strict=True):
                colour = muted if field is None else None
                _para(ctx, text, tx, cy, tw, size, bold, colour, ref, field)
                cy += ph + m.line_gap
            ctx.hotspot("kanaal", k.id, m.margin, y, m.column, h)
            y += h + m.card_gap
        y += m.card_gap
    return y - 2 * m.card_gap


def journey(ctx: Ctx, y: float, brief: bool, journey: str | None) -> float:
    from .reis import _pick

    v, t = ctx.vision, ctx.theme
    if not v.klantreizen:
        return _empty(ctx, y, ctx.w("geen_reizen"), ctx.w("geen_reizen_hint"), "mensen")
    reis = _pick(v, journey)
    jref, steps = str(Ref("klantreis", reis.id)), reis.stappen
    groups = {d.id: d.naam for d in v.doelgroepen}
    sub = " · ".join(x for x in (groups.get(reis.doelgroep or ""), ctx.w("stappen", n=len(steps))) if x)
    title_y = y
    name_h = _measure(reis.naam, m.column, m.heading, True, LEADING_TIGHT)
    sub_h = _measure(sub, m.column, DETAIL)
    y = _legend(ctx, y + name_h + sub_h + m.journey_gap, True)
    # The curve: five levels, a dot per step with its number under the panel.
    panel_h, axis = m.curve_h, m.curve_axis
    ctx.scene.add(Rect(m.margin, y, m.column, panel_h, fill=t.panel, stroke=t.panel_line, stroke_width=m.line,
                       radius=t.corner(m.panel_radius)))
    top, bottom = y + m.curve_top, y + panel_h - m.curve_bottom

    def level(value: int | None) -> float:
        return bottom - ((value or 0) - min(BELEVING)) * (bottom - top) / (len(BELEVING) - 1)

    for value in reversed(BELEVING):
        ctx.scene.add(Rect(m.margin + axis, level(value) - m.line / 2, m.column - axis - m.curve_right, m.line,
                           fill=t.panel_line))
        ctx.beleving_dot(m.margin + m.level_dot_x, level(value), m.level_dot_r, value)
    x0, x1 = m.margin + axis + m.steps_left, m.margin + m.column - m.steps_right
    n = len(steps)
    xs = [x0 + (x1 - x0) * (i + 0.5) / n for i in range(n)] if n > 1 else [(x0 + x1) / 2] * n  # none: no dots
    known = [(x, level(s.beleving)) for x, s in zip(xs, steps, strict=True) if s.beleving is not None]
    if len(known) > 1:
        ctx.scene.add(Path(known, stroke=t.primary, stroke_width=m.curve_line, ref=jref))
    ctx.text(reis.naam, m.margin, title_y, m.column, name_h, m.heading, m.heading, True, t.heading, jref,
             leading=LEADING_TIGHT, field="naam")
    ctx.text(sub, m.margin, title_y + name_h, m.column, sub_h, DETAIL, DETAIL, color=t.muted, ref=jref,
             field="doelgroep")
    ctx.hotspot("klantreis", reis.id, m.margin, title_y, m.column, name_h + sub_h)
    spacing = (x1 - x0) / max(1, len(steps))
    dense = spacing < m.step_dense
    cards_y = y + panel_h + m.gap
    for i, (x, s) in enumerate(zip(xs, steps, strict=True)):
        sref = str(Ref.step(reis.id, i))
        ctx.beleving_dot(x, level(s.beleving), m.step_dot_small if dense else m.step_dot_r, s.beleving, sref)
        if not dense or i % m.step_every == m.step_every - 1 or i == 0:
            ctx.text(str(i + 1), x - m.number_w / 2, bottom + m.number_dy, m.number_w, DETAIL * LEADING, DETAIL,
                     DETAIL, True, t.muted, sref, max_lines=1, anchor="middle")
        cards_y = _step_card(ctx, reis, i, cards_y, sref, brief)
    return cards_y - m.card_gap


def _step_card(ctx: Ctx, reis, i: int, y: float, ref: str, brief: bool) -> float:
    """A full-width card of step ``i``: number, name, channel, principles and note; returns the y below it."""
    t, s = ctx.theme, reis.stappen[i]
    kanalen = {k.id: k for k in ctx.vision.kanalen}
    principes = {p.id: p.naam for p in ctx.vision.principes}
    tx, tw = m.margin + m.pad + m.card_indent, m.card_inner - m.card_indent
    k = kanalen.get(s.kanaal or "")
    parts = [(s.naam, m.name, True, "naam", t.text, None)]
    if k:
        parts.append((k.naam, m.body, False, "kanaal", t.text, None))
    parts += [(f"• {principes.get(p, p)}", DETAIL, True, "principes", readable_on(t.card, t.primary), None)
              for p in s.principes]
    if s.toelichting:
        parts.append((s.toelichting, m.body, False, "toelichting", readable_on(t.card, t.muted), _lines(brief)))
    widths = [tw - (m.channel_icon_col if field == "kanaal" else 0) for _, _, _, field, _, _ in parts]
    heights = [_measure(text, w, size, bold, LEADING_TIGHT if bold else LEADING, lines)
               for (text, size, bold, _, _, lines), w in zip(parts, widths, strict=True)]
    h = max(m.pad + sum(heights) + m.line_gap * (len(parts) - 1) + m.pad, 2 * m.pad + m.badge)
    _card(ctx, ref, y, h)
    ctx.scene.add(Rect(m.margin + m.pad, y + m.pad, m.badge, m.badge_h, fill=t.primary, radius=m.badge_radius, ref=ref))
    ctx.text(str(i + 1), m.margin + m.pad, y + m.pad + m.badge_text_dy, m.badge, m.badge_text_h, DETAIL, DETAIL, True,
             readable_on(t.primary), ref, 1, "middle")
    cy = y + m.pad
    for (text, size, bold, field, colour, lines), w, ph in zip(parts, widths, heights, strict=True):
        x = tx
        if field == "kanaal":
            ctx.icon(k.soort, tx, cy, m.small_icon, t.primary, ref)
            x += m.channel_icon_col
        _para(ctx, text, x, cy, w, size, bold, colour, ref, field, leading=LEADING_TIGHT if bold else LEADING,
              max_lines=lines)
        cy += ph + m.line_gap
    ctx.hotspot("stap", step_id(reis.id, i), m.margin, y, m.column, h)
    return y + h + m.card_gap


def _empty(ctx: Ctx, y: float, title: str, hint: str, pictogram: str) -> float:
    """An informative empty state instead of an empty picture."""
    t = ctx.theme
    tx, tw = m.margin + m.empty_inset, m.column - 2 * m.empty_inset
    th, hh = _measure(title, tw, m.heading, True), _measure(hint, tw, m.body)
    title_y = m.empty_pad + m.empty_icon + m.empty_gap
    h = title_y + th + m.card_gap + hh + m.empty_pad
    ctx.scene.add(Rect(m.margin, y, m.column, h, fill=t.panel, stroke=t.panel_line, stroke_width=m.line,
                       radius=t.corner(m.panel_radius)))
    ctx.icon(pictogram, m.margin + m.column / 2 - m.empty_icon / 2, y + m.empty_pad, m.empty_icon, t.muted)
    _para(ctx, title, tx, y + title_y, tw, m.heading, True, t.heading, anchor="middle")
    _para(ctx, hint, tx, y + (title_y + m.card_gap) + th, tw, m.body, color=t.muted, anchor="middle")
    return y + h
