"""View 'kanalen': channels in columns digitaal · telefonisch · persoonlijk · schriftelijk."""

from __future__ import annotations

from ..metrics import LEADING, LEADING_TIGHT
from ..ref import Ref
from ..scene import Path, Rect, Scene
from ..textfit import fit
from ..theme import readable_on
from .common import DETAIL, GAP, GROUP_ICON, LABEL, MARGIN, MIN, NAME, RADIUS, Ctx, grouped_channels


def layout(vision, width: float, height: float, lang: str = "nl", logo: bytes | None = None, **_) -> Scene:
    ctx = Ctx.start(vision, "kanalen", width, height, lang)
    top = ctx.header(logo) + GAP
    groups = grouped_channels(vision)
    bottom = height - MARGIN
    if not groups:
        ctx.empty_state(MARGIN, top, width - 2 * MARGIN, bottom - top, ctx.w("geen_kanalen"),
                        ctx.w("geen_kanalen_hint"), "online")
        return ctx.scene
    t = ctx.theme
    # The click · call · face arrow over the columns: digital first, then phone, then in person.
    arrow_y = top + 18
    ctx.scene.add(Path([(MARGIN, arrow_y), (width - MARGIN - 14, arrow_y)], stroke=t.panel_line, stroke_width=6))
    ctx.scene.add(Path([(width - MARGIN - 22, arrow_y - 12), (width - MARGIN, arrow_y),
                        (width - MARGIN - 22, arrow_y + 12)], closed=True, fill=t.panel_line))
    ctx.text(ctx.w("ccf"), MARGIN, arrow_y + 12, 400, 24, DETAIL + 1, color=t.muted, max_lines=1)
    top += 60
    if height > width and len(groups) > 2:  # portrait: the groups in two bands, so each column is wide enough
        bands = [groups[:2], groups[2:]]
        longest = [max(len(members) for _, members in band) for band in bands]  # the room goes by cards per column
        band_h = [(bottom - top - GAP) * n / sum(longest) for n in longest]
        _columns(ctx, bands[0], MARGIN, top, width - 2 * MARGIN, band_h[0])
        _columns(ctx, bands[1], MARGIN, top + band_h[0] + GAP, width - 2 * MARGIN, band_h[1])
    else:
        _columns(ctx, groups, MARGIN, top, width - 2 * MARGIN, bottom - top)
    return ctx.scene


def _columns(ctx: Ctx, groups: list, x: float, y: float, w: float, h: float) -> None:
    """One column per group; a long group splits into sub-columns, and what still does not fit is counted."""
    rows_fit = max(1, int((h - HEAD_H + CARD_GAP) // (MIN_CARD_H + CARD_GAP)))
    subs = [max(1, -(-len(members) // rows_fit)) for _, members in groups]
    # Columns get width in proportion to their sub-columns, but a sub-column is never narrower than MIN_SUB_W.
    while True:
        unit = (w - (len(groups) - 1) * GAP) / sum(subs)
        if unit >= MIN_SUB_W or max(subs) == 1:
            break
        subs[subs.index(max(subs))] -= 1
    rows = max(min(rows_fit, -(-len(m) // k)) for (_, m), k in zip(groups, subs, strict=True))
    room = (h - HEAD_H - CARD_GAP * (rows - 1)) / rows
    # Labels ('Bereikbaarheid', 'Servicenorm') only when every card has room for them.
    full = max(_needed(k, unit - 32) for _, m in groups for k in m)
    labelled = full <= room
    card_h = full if labelled else min(room, max(_needed(k, unit - 32, False) for _, m in groups for k in m))
    col_h = min(h, HEAD_H + rows * (card_h + CARD_GAP) + 4)
    cx = x
    for (group, members), k in zip(groups, subs, strict=True):
        col_w = unit * k
        _column(ctx, group, members, cx, y, col_w, col_h, card_h, k, rows, labelled)
        cx += col_w + GAP


CARD_GAP = 12
PAD = 16
HEAD_H = 70
MIN_CARD_H = 64
MIN_SUB_W = 300




def _needed(k, w: float, labelled: bool = True) -> float:
    """Height a card needs to show everything at full size (with or without the small labels)."""
    tw = w - 2 * PAD - 40 - 14
    h = PAD + fit(k.naam, tw, 1e4, 22, 22, True, LEADING_TIGHT).height + 8
    for value in (k.bereikbaarheid, k.servicenorm):
        if value:
            h += DETAIL * LEADING * labelled + fit(value, tw, 17 * LEADING * 3, 17, 17, max_lines=3).height + 6
    return max(h + PAD, 90)


def _column(ctx: Ctx, group: str, members: list, x: float, y: float, w: float, h: float, card_h: float,
            subs: int, rows: int, labelled: bool) -> None:
    t = ctx.theme
    ctx.scene.add(Rect(x, y, w, h, fill=t.panel, stroke=t.panel_line, stroke_width=1.5, radius=t.corner(RADIUS)))
    ctx.icon(GROUP_ICON[group], x + 20, y + 18, 32, t.heading)
    ctx.text(ctx.w(group), x + 64, y + 18, w - 84, 34, 26, LABEL, bold=True, color=t.heading, max_lines=1)
    capacity = subs * rows
    shown = members if len(members) <= capacity else members[:capacity - 1]
    sub_w = (w - 32 - (subs - 1) * CARD_GAP) / subs
    muted = readable_on(t.card, t.muted)
    for i, k in enumerate(shown):
        col, row = divmod(i, rows)
        inner_x, inner_w = x + 16 + col * (sub_w + CARD_GAP), sub_w
        cy = y + HEAD_H + row * (card_h + CARD_GAP)
        ref = str(Ref("kanaal", k.id))
        ctx.scene.add(Rect(inner_x, cy, inner_w, card_h, fill=t.card, stroke=t.card_line, stroke_width=1.5,
                           radius=t.corner(12), ref=ref))
        pad = PAD
        isz = 40 if card_h >= 90 else 28
        ctx.icon(k.soort, inner_x + pad, cy + pad, isz, t.primary, ref)
        tx, tw = inner_x + pad + isz + 14, inner_w - 2 * pad - isz - 14
        ty = cy + pad
        f = ctx.text(k.naam, tx, ty, tw, min(card_h - 2 * pad, 2 * 22 * LEADING_TIGHT), 22, NAME, bold=True, ref=ref,
                     leading=LEADING_TIGHT, field="naam")
        ty += f.height + 8
        details = (("bereikbaarheid", "klok", k.bereikbaarheid), ("servicenorm", "check", k.servicenorm))
        for key, pictogram, value in details:
            label = ctx.w(key)
            room = cy + card_h - pad - ty
            if not value or room < MIN * LEADING:
                continue
            vx, vw = tx, tw
            if labelled:
                lf = ctx.text(label, tx, ty, tw, DETAIL * LEADING, DETAIL, MIN, bold=True, color=muted, ref=ref,
                              max_lines=1)
                ty += lf.height
            else:  # compact: a clock or tick instead of the label, so the two stay distinguishable
                ctx.icon(pictogram, tx, ty + 2, 18, muted, ref)
                vx, vw = tx + 24, tw - 24
            vf = ctx.text(value, vx, ty, vw, min(cy + card_h - pad - ty, 17 * LEADING * 3), 17, MIN, ref=ref, field=key)
            ty += vf.height + 6
        ctx.hotspot("kanaal", k.id, inner_x, cy, inner_w, card_h)
    if len(shown) < len(members):
        col, row = divmod(len(shown), rows)
        mx, my = x + 16 + col * (sub_w + CARD_GAP), y + HEAD_H + row * (card_h + CARD_GAP)
        rest = [k.naam for k in members[len(shown):]]
        f = ctx.text(ctx.w("meer", n=len(rest)) + ":", mx + PAD, my + PAD, sub_w - 2 * PAD, 26, NAME, MIN, bold=True,
                     color=t.heading, max_lines=1, field="meer")
        room = card_h - 2 * PAD - f.height
        if room >= MIN * LEADING:
            ctx.text(", ".join(rest), mx + PAD, my + PAD + f.height, sub_w - 2 * PAD, room, DETAIL + 1, MIN,
                     color=t.heading, field="meer")
