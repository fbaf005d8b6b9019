"""The full praatplaat: house in the centre, channels left, quotes right, journeys and agenda below."""

from __future__ import annotations

import math

from ..fonts import measure
from ..metrics import LEADING, LEADING_TIGHT
from ..ref import Ref, step_id, verhaal_id
from ..scene import Circle, Path, Rect, Scene
from ..textfit import fit
from ..theme import readable_on
from ..words import table
from .common import (
    DETAIL,
    GAP,
    GROUP_ICON,
    MARGIN,
    MIN,
    NAME,
    Ctx,
    grouped_channels,
)
from .house import draw_house, house_height

SIDE_W = 420
QUOTE = 17
QUOTE_LINES = 5
ROW_H = 72
ROW_H_PORTRAIT = 88  # room for step names on two lines
COMPACT_H = 44
MORE_H = 34
HOUSE_MIN_H = 500


def layout(vision, width: float, height: float, lang: str = "nl", logo: bytes | None = None, **_) -> Scene:
    ctx = Ctx.start(vision, "overzicht", width, height, lang)
    if height > width:
        return _portrait(ctx, logo)
    top = ctx.header(logo) + GAP
    bottom = height - MARGIN
    if vision.agenda:
        agenda_h = 118
        _agenda(ctx, MARGIN, bottom - agenda_h, width - 2 * MARGIN, agenda_h)
        bottom -= agenda_h + GAP * 0.75
    if vision.klantreizen:
        # Every journey in a row of its own when they fit; else compact rows in two columns; what
        # still does not fit is named in a closing line.
        n, room = len(vision.klantreizen), bottom - top - HOUSE_MIN_H - 60
        if n * ROW_H <= room:
            cols, row_h, rows = 1, ROW_H, n
            inner = width - 2 * MARGIN - 40
            if n * ROW_H_PORTRAIT <= room and not all(_step_names_fit(r, inner, ROW_H, 300)
                                                      for r in vision.klantreizen):
                row_h = ROW_H_PORTRAIT  # a second line for step names rather than shortening one
        else:
            cols, row_h = 2, COMPACT_H
            rows = math.ceil(n / 2)
            if rows * row_h > room:
                rows = max(1, int((room - MORE_H) // row_h))
        hidden = n - min(n, rows * cols)
        band_h = 60 + rows * row_h + (MORE_H if hidden else 0) + 4
        _journeys(ctx, MARGIN, bottom - band_h, width - 2 * MARGIN, band_h, rows, cols, row_h)
        bottom -= band_h + GAP * 0.75
    left, right = MARGIN, width - MARGIN
    # Hotspot reading order: vision and principles first, so draw the house before the side columns.
    house_left = left + (SIDE_W + 32 if vision.kanalen else 0)
    house_right = right - (SIDE_W + 32 if vision.verhalen else 0)
    house_w = min(house_right - house_left, 1180)
    draw_house(ctx, house_left + (house_right - house_left - house_w) / 2, top, house_w, bottom - top)
    if vision.kanalen:
        _channels(ctx, left, top, SIDE_W, bottom - top)
    if vision.verhalen:
        _quotes(ctx, right - SIDE_W, top, SIDE_W, bottom - top)
    return ctx.scene


def _portrait(ctx: Ctx, logo: bytes | None) -> Scene:
    """The overview stacked for a portrait page or a phone: house, channels and quotes side by side,
    journeys, agenda — each part the full width, heights shared out by what they hold."""
    vision, width, height = ctx.vision, ctx.scene.width, ctx.scene.height
    top = ctx.header(logo) + GAP
    inner = width - 2 * MARGIN
    bottom = height - MARGIN
    if vision.agenda:
        agenda_h = 118
        _agenda(ctx, MARGIN, bottom - agenda_h, inner, agenda_h)
        bottom -= agenda_h + GAP
    if vision.klantreizen:
        n = len(vision.klantreizen)
        rows = min(n, max(1, int((bottom - top) * 0.3 - 60) // ROW_H_PORTRAIT))
        band_h = 60 + rows * ROW_H_PORTRAIT + (MORE_H if rows < n else 0) + 4
        _journeys(ctx, MARGIN, bottom - band_h, inner, band_h, rows, 1, ROW_H_PORTRAIT)
        bottom -= band_h + GAP
    sides = [part for part in ("kanalen", "verhalen") if getattr(vision, part)]
    # The house gets what it needs to show every explanation (between half and 70 % of the room), the sides the rest.
    # When that is more than 70 %, the pillars show their names only and the house is as low as they allow.
    room = bottom - top - GAP
    explain = house_height(ctx, inner) <= room * 0.7
    need = house_height(ctx, inner, explain)
    side_h = room - min(max(need, room * (0.5 if explain else 0.3)), room * 0.7) if sides else 0
    draw_house(ctx, MARGIN, top, inner, bottom - top - side_h - (GAP if sides else 0), explain=explain)
    y = bottom - side_h
    side_w = (inner - GAP * (len(sides) - 1)) / max(1, len(sides))
    for i, part in enumerate(sides):
        x = MARGIN + i * (side_w + GAP)
        (_channels if part == "kanalen" else _quotes)(ctx, x, y, side_w, side_h)
    return ctx.scene


# --- channels --------------------------------------------------------------------------------------

def _channels(ctx: Ctx, x: float, y: float, w: float, h: float) -> None:
    t = ctx.theme
    cy = ctx.panel(x, y, w, h, ctx.w("kanalen"), ctx.w("ccf"))
    groups = grouped_channels(ctx.vision)
    inner_x, inner_w, bottom = x + 16, w - 32, y + h - 16
    avail = bottom - cy
    heading = 28
    # Levels of detail: (card height, show availability, show norm, columns); the first that fits wins.
    levels = [(92, True, True, 1), (66, False, True, 1), (44, False, False, 1), (56, False, True, 2),
              (44, False, False, 2), (36, False, False, 2)]
    n_groups, n = len(groups), len(ctx.vision.kanalen)
    chosen = levels[-1]
    def one_line(show: bool, values: list, cols: int) -> bool:
        """Whether every shown value fits on its card's one line (else that level would shorten them)."""
        tw = (inner_w - (cols - 1) * 8) / cols - (24 if cols > 1 else 28) - 30
        return not show or all(not fit(v, tw, DETAIL * LEADING, DETAIL, MIN, max_lines=1).truncated
                               for v in values if v)

    channels = ctx.vision.kanalen
    for level in levels:
        card_h, show_avail, show_norm, cols = level
        rows = sum(-(-len(m) // cols) for _, m in groups)
        if (n_groups * heading + rows * (card_h + 8) <= avail
                and one_line(show_avail, [k.bereikbaarheid for k in channels], cols)
                and one_line(show_norm, [k.servicenorm for k in channels], cols)):
            chosen = level
            break
    card_h, show_avail, show_norm, cols = chosen
    card_w = (inner_w - (cols - 1) * 8) / cols
    shown = 0
    drawn: set[str] = set()
    for group, members in groups:
        if cy + heading + card_h > bottom:
            break
        ctx.icon(GROUP_ICON[group], inner_x, cy + 3, 20, t.heading)
        ctx.text(ctx.w(group), inner_x + 28, cy, inner_w - 28, 24, NAME, 16, bold=True, color=t.heading, max_lines=1)
        cy += heading
        for i, k in enumerate(members):
            col = i % cols
            if cy + card_h > bottom - (30 if shown < n - 1 else 0):
                break
            cx = inner_x + col * (card_w + 8)
            _channel_card(ctx, k, cx, cy, card_w, card_h, show_avail, show_norm)
            drawn.add(k.id)
            shown += 1
            if col == cols - 1 or i == len(members) - 1:
                cy += card_h + 8
        cy += 4
    if shown < n:
        ctx.more([k.naam for k in ctx.vision.kanalen if k.id not in drawn], inner_x, bottom - 24, inner_w, 22)


def _channel_card(ctx: Ctx, k, x: float, y: float, w: float, h: float, show_avail: bool, show_norm: bool) -> None:
    t = ctx.theme
    ref = str(Ref("kanaal", k.id))
    ctx.scene.add(Rect(x, y, w, h, fill=t.card, stroke=t.card_line, stroke_width=1.5, radius=t.corner(10), ref=ref))
    narrow = w < 300
    isz = 24 if narrow or h < 60 else 28
    ctx.icon(k.soort, x + 10, y + (h - isz) / 2 if h < 60 else y + 12, isz, t.primary, ref)
    tx, tw = x + 10 + isz + 10, w - isz - 30
    size = 16 if narrow else NAME
    lines = 1 + (show_avail and bool(k.bereikbaarheid)) + (show_norm and bool(k.servicenorm))
    ty = y + (10 if h >= 60 else (h - size * LEADING - (lines - 1) * DETAIL * LEADING) / 2)
    ctx.text(k.naam, tx, ty, tw, size * LEADING, size, MIN, bold=True, ref=ref, max_lines=1, field="naam")
    ty += size * LEADING + 2
    muted = readable_on(t.card, t.muted)
    shown = ((show_avail, "bereikbaarheid", k.bereikbaarheid), (show_norm, "servicenorm", k.servicenorm))
    for show, key, value in shown:
        if show and value:
            ctx.text(value, tx, ty, tw, DETAIL * LEADING, DETAIL, MIN, color=muted, ref=ref, max_lines=1, field=key)
            ty += DETAIL * LEADING + 2
    ctx.hotspot("kanaal", k.id, x, y, w, h)


# --- quotes ----------------------------------------------------------------------------------------

def _quotes(ctx: Ctx, x: float, y: float, w: float, h: float) -> None:
    t = ctx.theme
    cy = ctx.panel(x, y, w, h, ctx.w("verhalen"))
    bottom = y + h - 16
    quotes = ctx.vision.verhalen
    inner_x, inner_w = x + 16, w - 32
    tail = 14

    # Every quote in full while they fit (at most QUOTE_LINES lines each; only a first quote longer than that is
    # shortened); the ones after the first that does not fit are named in a closing line.
    shown = 0
    for i, q in enumerate(quotes):
        reserve = 30 if i < len(quotes) - 1 else 0
        room = bottom - reserve - cy - tail - 26 - (26 if q.wie else 0)
        f = fit(f"“{q.citaat}”", inner_w - 32, min(room, QUOTE * LEADING * QUOTE_LINES), QUOTE, QUOTE,
                max_lines=QUOTE_LINES)
        if room < QUOTE * LEADING or (f.truncated and shown):
            break
        ref = str(Ref.quote(i))
        bh = 14 + f.height + (26 if q.wie else 0) + 12
        ctx.scene.add(Rect(inner_x, cy, inner_w, bh, fill=t.card, stroke=t.card_line, stroke_width=1.5,
                           radius=t.corner(16), ref=ref))
        tx = inner_x + 28
        ctx.scene.add(Path([(tx, cy + bh - 1), (tx - 6, cy + bh + tail), (tx + 16, cy + bh - 1)], closed=True,
                           fill=t.card, ref=ref))
        ctx.scene.add(Path([(tx, cy + bh), (tx - 6, cy + bh + tail), (tx + 16, cy + bh)], stroke=t.card_line,
                           stroke_width=1.5, ref=ref))
        ctx.text(f"“{q.citaat}”", inner_x + 16, cy + 14, inner_w - 32, f.height, QUOTE, QUOTE, ref=ref,
                 max_lines=QUOTE_LINES, field="citaat")
        if q.wie:
            ctx.text(f"— {q.wie}", inner_x + 16, cy + 14 + f.height + 4, inner_w - 32, 22, DETAIL, MIN,
                     color=readable_on(t.card, t.muted), ref=ref, max_lines=1, field="wie")
        ctx.hotspot("verhaal", verhaal_id(i), inner_x, cy, inner_w, bh)
        cy += bh + tail + 12
        shown += 1
    if shown < len(quotes):
        ctx.more([q.wie or " ".join(q.citaat.split()[:4]) + "…" for q in quotes[shown:]], inner_x, bottom - 24,
                 inner_w, 22)


# --- journeys --------------------------------------------------------------------------------------

def _legend(ctx: Ctx, right: float, y: float) -> None:
    """Beleving legend: the five dots with their marks, right-aligned on the label line."""
    t = ctx.theme
    label = ctx.w("beleving")
    x = right - 5 * 30 - measure(label, DETAIL) - 12
    ctx.text(label, x, y + 2, measure(label, DETAIL) + 4, 22, DETAIL, color=t.muted, max_lines=1)
    x += measure(label, DETAIL) + 24
    for value in (-2, -1, 0, 1, 2):
        ctx.beleving_dot(x, y + 12, 11, value)
        x += 30


def _journeys(ctx: Ctx, x: float, y: float, w: float, h: float, rows: int, cols: int, row_h: float) -> None:
    reizen = ctx.vision.klantreizen
    cy = ctx.panel(x, y, w, h, ctx.w("klantreizen"))
    _legend(ctx, x + w - 20, y + 16)
    shown = reizen[:rows * cols]
    col_gap = 40
    col_w = (w - 40 - (cols - 1) * col_gap) / cols
    for i, reis in enumerate(shown):
        c, r = divmod(i, rows)
        _journey_row(ctx, reis, x + 20 + c * (col_w + col_gap), cy + r * row_h, col_w, row_h,
                     240 if ctx.scene.height > ctx.scene.width else 300, compact=cols > 1)
    hidden = reizen[len(shown):]
    if hidden:
        ctx.more([r.naam for r in hidden], x + 20, cy + rows * row_h + 6, w - 40, 24, 17)


def _name_lines(h: float) -> int:
    """How many lines of step names a journey row ``h`` high has room for."""
    return max(1, int((h - 46 - 4) // (MIN * LEADING_TIGHT)))


def _step_names_fit(reis, w: float, h: float, name_w: float) -> bool:
    """Whether every step name of the journey fits, unshortened, under its dot in a row w × h."""
    spacing = (w - 8 - name_w) / max(1, len(reis.stappen))
    return not any(fit(s.naam, spacing - 8, 1e4, MIN, MIN, leading=LEADING_TIGHT, max_lines=_name_lines(h)).truncated
                   for s in reis.stappen)


def _journey_row(ctx: Ctx, reis, x: float, y: float, w: float, h: float, name_w: float,
                 compact: bool = False) -> None:
    """One journey: name (and target group), the road with a dot per step (and step names).

    ``compact``: name and dots only, centred in a lower row."""
    t = ctx.theme
    jref = str(Ref("klantreis", reis.id))
    doelgroepen = {d.id: d.naam for d in ctx.vision.doelgroepen}
    sub = doelgroepen.get(reis.doelgroep) if reis.doelgroep and not compact else None
    ctx.scene.add(Rect(x, y + h - 1, w, 1, fill=t.panel_line))  # the rule under the row, before the journey's group
    lines = 2 if h >= ROW_H_PORTRAIT else 1  # a portrait row has room for two lines of name and target group
    name_y = y + (h - NAME * LEADING) / 2 if compact else y + (8 if sub else 16)
    leading = LEADING_TIGHT if lines > 1 else LEADING
    nf = ctx.text(reis.naam, x, name_y, name_w - 16, NAME * leading * lines, NAME, MIN, bold=True, ref=jref,
                  max_lines=lines, leading=leading, field="naam")
    if sub:
        sub_lines = lines + 1 - len(nf.lines)
        ctx.text(sub, x, name_y + nf.height + 2, name_w - 16, DETAIL * LEADING_TIGHT * sub_lines, DETAIL, MIN,
                 color=t.muted, ref=jref, max_lines=sub_lines, leading=LEADING_TIGHT, field="doelgroep")
    ctx.hotspot("klantreis", reis.id, x, y, name_w - 8, h)
    steps = reis.stappen
    x0, x1 = x + name_w, x + w - 8
    if not steps:  # a journey just begun: its name and a quiet note, no road yet
        ctx.text(ctx.w("leeg_stappen"), x0, y + (h - DETAIL * LEADING) / 2 if compact else y + 16, x1 - x0,
                 DETAIL * LEADING, DETAIL, MIN, color=t.muted, ref=jref, max_lines=1)
        return
    spacing = (x1 - x0) / len(steps)
    mid = y + (h / 2 if compact else 28)
    amp = 3 if compact else 5
    pts = [(x0 + spacing * (i + 0.5), mid - (s.beleving or 0) * amp) for i, s in enumerate(steps)]
    known = [p for p, s in zip(pts, steps, strict=True) if s.beleving is not None]  # the curve skips unknowns
    ctx.scene.add(Rect(x0, mid - 2, x1 - x0, 4, fill=t.road, radius=2, ref=jref))
    if len(known) > 1:
        ctx.scene.add(Path(known, stroke=t.muted, stroke_width=2, ref=jref))
    # Step names on the lines the row has room for; when one does not fit there, the journey shows its dots
    # only (the names are in the details and the journey view), never a shortened name.
    name_lines = _name_lines(h)
    names = spacing >= 72 and not compact and _step_names_fit(reis, w, h, name_w)
    for i, (s, (px, py)) in enumerate(zip(steps, pts, strict=True)):
        sref = str(Ref.step(reis.id, i))
        ctx.beleving_dot(px, py, 10, s.beleving, sref)
        if names:
            ctx.text(s.naam, px - spacing / 2 + 4, y + 46, spacing - 8, name_lines * MIN * LEADING_TIGHT, MIN,
                     color=t.muted, ref=sref, max_lines=name_lines, anchor="middle", leading=LEADING_TIGHT,
                     field="naam")
        ctx.hotspot("stap", step_id(reis.id, i), px - spacing / 2, y, spacing, h)


# --- agenda ----------------------------------------------------------------------------------------

def _agenda(ctx: Ctx, x: float, y: float, w: float, h: float) -> None:
    t = ctx.theme
    items = ctx.vision.agenda
    ctx.panel(x, y, w, h)
    label_w = 170
    ctx.text(ctx.w("agenda"), x + 20, y + (h - 22 * LEADING) / 2, label_w - 20, 22 * LEADING, 22, bold=True,
             color=t.heading, max_lines=1)
    x0, x1 = x + label_w, x + w - 16
    line_y = y + 26
    min_w = 230 if len(items) * 230 <= x1 - x0 else 170  # compact slots when there are many
    fits = max(1, int((x1 - x0) // min_w))
    hidden = max(0, len(items) - fits)
    shown = items[:fits - 1] if hidden else items
    slots = len(shown) + (1 if hidden else 0)
    slot_w = (x1 - x0) / slots
    ctx.scene.add(Rect(x0, line_y - 1.5, x1 - x0, 3, fill=t.road, radius=1.5))
    for i, item in enumerate(shown):
        sx = x0 + i * slot_w
        ref = str(Ref("agenda", item.id))
        _status_mark(ctx, item.status, sx + 14, line_y, ref)
        head = " · ".join(p for p in (item.wanneer, table("status", ctx.lang)[item.status]) if p)
        ctx.text(head, sx + 4, line_y + 16, slot_w - 16, DETAIL * LEADING, DETAIL, MIN, bold=True, color=t.muted,
                 ref=ref, max_lines=1, field="wanneer")
        ctx.text(item.naam, sx + 4, line_y + 16 + DETAIL * LEADING + 2, slot_w - 16, DETAIL * LEADING * 2, DETAIL, MIN,
                 ref=ref, max_lines=2, field="naam")
        ctx.hotspot("agenda", item.id, sx, y, slot_w - 8, h)
    if hidden:
        mx = x0 + len(shown) * slot_w + 4
        names = [item.naam for item in items[len(shown):]]
        f = ctx.text(ctx.w("meer", n=len(names)) + ":", mx, line_y + 16, slot_w - 16, DETAIL * LEADING, DETAIL,
                     bold=True, color=t.heading, max_lines=1, field="meer")
        ctx.text(", ".join(names), mx, line_y + 16 + f.height + 2, slot_w - 16, DETAIL * LEADING * 2, DETAIL, MIN,
                 color=t.heading, max_lines=2, field="meer")


def _status_mark(ctx: Ctx, status: str, cx: float, cy: float, ref: str) -> None:
    """Status as shape as well as colour: klaar a filled dot with a tick, bezig half-filled, gepland open."""
    t = ctx.theme
    colour = t.status(status)
    r = 11
    if status == "klaar":
        ctx.scene.add(Circle(cx, cy, r, fill=colour, ref=ref))
        ctx.scene.add(Path([(cx - 5, cy), (cx - 1.5, cy + 4), (cx + 5.5, cy - 4.5)], stroke=readable_on(colour),
                           stroke_width=2.5, ref=ref))
    elif status == "bezig":
        ctx.scene.add(Circle(cx, cy, r, fill=t.background, stroke=colour, stroke_width=3, ref=ref))
        half = [(cx + (r - 2) * math.sin(a * math.pi / 8), cy - (r - 2) * math.cos(a * math.pi / 8)) for a in range(9)]
        ctx.scene.add(Path(half, closed=True, fill=colour, ref=ref))
    else:
        ctx.scene.add(Circle(cx, cy, r, fill=t.background, stroke=colour, stroke_width=2.5, ref=ref))
