"""View 'kanalen': channels in columns digitaal · telefonisch · persoonlijk · schriftelijk."""

from __future__ import annotations

from ..scene import Path, Rect, Scene
from ..textfit import fit
from ..theme import readable_on
from .common import DETAIL, GAP, GROUP_ICON, LABEL, MARGIN, MIN, NAME, RADIUS, Ctx, channel_detail, grouped_channels


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
    n = len(groups)
    col_w = (width - 2 * MARGIN - (n - 1) * GAP) / n
    # Equal card heights everywhere: what the fullest card needs, within what the longest column allows.
    most = max(len(m) for _, m in groups)
    room = (bottom - top - 86 - CARD_GAP * (most - 1)) / most
    card_h = min(room, max(_needed(k, col_w - 32) for _, m in groups for k in m))
    col_h = min(bottom - top, 70 + most * (card_h + CARD_GAP) + 4)
    for i, (group, members) in enumerate(groups):
        _column(ctx, group, members, MARGIN + i * (col_w + GAP), top, col_w, col_h, card_h)
    return ctx.scene


CARD_GAP = 12
PAD = 16


def _needed(k, w: float) -> float:
    """Height a card needs to show everything at full size."""
    tw = w - 2 * PAD - 40 - 14
    h = PAD + fit(k.naam, tw, 1e4, 22, 22, True, 1.25).height + 8
    for value in (k.bereikbaarheid, k.servicenorm):
        if value:
            h += DETAIL * 1.3 + fit(value, tw, 17 * 1.3 * 3, 17, 17, max_lines=3).height + 6
    return max(h + PAD, 90)


def _column(ctx: Ctx, group: str, members: list, x: float, y: float, w: float, h: float, card_h: float) -> None:
    t = ctx.theme
    ctx.scene.add(Rect(x, y, w, h, fill=t.panel, stroke=t.panel_line, stroke_width=1.5, radius=RADIUS))
    ctx.icon(GROUP_ICON[group], x + 20, y + 18, 32, t.heading)
    ctx.text(ctx.w(group), x + 64, y + 18, w - 84, 34, 26, LABEL, bold=True, color=t.heading, max_lines=1)
    cy = y + 70
    inner_x, inner_w = x + 16, w - 32
    muted = readable_on(t.card, t.muted)
    gap = CARD_GAP
    for k in members:
        ref = f"kanaal:{k.id}"
        ctx.scene.add(Rect(inner_x, cy, inner_w, card_h, fill=t.card, stroke=t.card_line, stroke_width=1.5,
                           radius=12, ref=ref))
        pad = PAD
        isz = 40 if card_h >= 90 else 28
        ctx.icon(k.soort, inner_x + pad, cy + pad, isz, t.primary, ref)
        tx, tw = inner_x + pad + isz + 14, inner_w - 2 * pad - isz - 14
        ty = cy + pad
        f = ctx.text(k.naam, tx, ty, tw, min(card_h - 2 * pad, 2 * 22 * 1.25), 22, NAME, bold=True, ref=ref,
                     leading=1.25)
        ty += f.height + 8
        for label, value in ((ctx.w("bereikbaarheid"), k.bereikbaarheid), (ctx.w("servicenorm"), k.servicenorm)):
            room = cy + card_h - pad - ty
            if not value or room < MIN * 1.3:
                continue
            lf = fit(label, tw, DETAIL * 1.3, DETAIL, MIN, True, max_lines=1)
            if room >= lf.height + MIN * 1.3:
                ctx.text(label, tx, ty, tw, lf.height, DETAIL, MIN, bold=True, color=muted, ref=ref, max_lines=1)
                ty += lf.height
            vf = ctx.text(value, tx, ty, tw, min(cy + card_h - pad - ty, 17 * 1.3 * 3), 17, MIN, ref=ref)
            ty += vf.height + 6
        ctx.hotspot("kanaal", k.id, inner_x, cy, inner_w, card_h, k.naam, channel_detail(k, ctx.lang))
        cy += card_h + gap
