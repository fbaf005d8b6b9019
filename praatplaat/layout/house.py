"""The house: the core sentence as the roof, principles as pillars, the foundation as the base."""

from __future__ import annotations

import math

from ..metrics import LEADING, LEADING_TIGHT
from ..model import Principe
from ..ref import Ref
from ..scene import Path, Rect
from ..textfit import fit
from .common import DETAIL, MIN, NAME, Ctx


def draw_house(ctx: Ctx, x: float, y: float, w: float, h: float, rich: bool = False, explain: bool = True) -> None:
    """Draw the house within the box; ``rich`` also shows examples and the vision's explanation;
    ``explain=False`` gives the pillars their names only (the explanations are in the details).

    The house uses the room it has: a vision with few or short principles gets larger type (up to
    SCALES[0] times the normal sizes) as long as every pillar's text fits at that size, and pillars
    at most PILLAR_MAX_W (times that scale) wide, wider only to keep the house HOUSE_MIN_W wide; a
    house that still has room left is centred. A crowded house first gives the roof and the base
    their minimum heights before the pillars' text is shrunk (and, at MIN, shortened).
    """
    v = ctx.vision
    principes = _principes(ctx)
    n = len(principes)
    rows = _rows(ctx, n)
    cols = math.ceil(n / rows)
    roof_h = max(ROOF_MIN_H, min(h * (0.30 if rich else 0.27), 260.0))
    base_h = max(BASE_MIN_H, min(h * 0.14, 120.0 if rich else 96.0)) if v.fundament else 0.0

    def body(roof: float, base: float) -> float:
        return h - (roof + 10 + base + PLINTH + (10 if base else 0))

    def house_w(k: float) -> float:
        return min(w, max(HOUSE_MIN_W * k, cols * PILLAR_MAX_W * k + (cols - 1) * 24 + 56))

    measured: dict[float, float] = {}

    def needed(k: float) -> float:
        if k not in measured:
            pw = _pillar_width(house_w(k) - 56, cols)
            tallest = max(_pillar_needed(p, pw, rich, k, explain) for p in principes)
            measured[k] = tallest * rows + (rows - 1) * ROW_GAP
        return measured[k]

    room = body(roof_h, base_h)
    k = 1.0
    if needed(SCALES[-1]) <= room:  # larger type needs more room: only try the scales when the smallest fits
        k = next(k for k in SCALES if needed(k) <= room)
    x, w = x + (w - house_w(k)) / 2, house_w(k)
    if k == 1.0 and needed(1.0) > room:  # crowded: give the pillars all the room there is
        base_h = BASE_MIN_H if v.fundament else 0.0
        lower = [r for r in range(int(roof_h), int(ROOF_MIN_H) - 1, -10) if _roof_fits(v, w, r, rich)]
        roof_h = float(lower[-1]) if lower else roof_h
    body_h = body(roof_h, base_h)
    fixed = h - body_h
    want = needed(k)
    if body_h > want * 1.25 + 60:
        body_h = max(want * 1.25 + 60, 300.0) if body_h > 300 else body_h
        y += (h - fixed - body_h) / 2
    body_y = y + roof_h + 10

    _roof(ctx, x, y, w, roof_h, rich, k)
    _pillars(ctx, x + 28, body_y, w - 56, body_h, rich, k, explain)
    _base(ctx, x, body_y + body_h, w, base_h, rich, k)


def _principes(ctx: Ctx) -> list:
    """The principles to lay out: a vision without any yet gets one empty place (drawn by _empty_pillar)."""
    return ctx.vision.principes or [Principe(naam=ctx.w("leeg_principe"), id="-")]


def _empty_pillar(ctx: Ctx, p, x: float, y: float, w: float, h: float, name_size: float) -> None:
    """The place of the first principle, while there is none: a dashed outline with a hint to type one (in the
    studio only; no element: no ref, no hotspot)."""
    if not ctx.placeholders:
        return
    t = ctx.theme
    ctx.scene.add(Rect(x, y + CAP, w, h - CAP, fill=t.panel, radius=t.corner(8)))
    ctx.scene.add(Path([(x, y + CAP), (x + w, y + CAP), (x + w, y + h), (x, y + h)], closed=True,
                       stroke=t.primary, stroke_width=2, dash=True))
    pad = _pad(w, 1.0)
    ctx.text(p.naam, x + pad, y + CAP + (h - CAP) / 2 - name_size, w - 2 * pad, name_size * 3, name_size, MIN,
             color=t.muted, anchor="middle", leading=LEADING_TIGHT)


def _base(ctx: Ctx, x: float, y: float, w: float, base_h: float, rich: bool, k: float) -> None:
    """The plinth under the pillars and the foundation (when the vision has one)."""
    v, t = ctx.vision, ctx.theme
    ctx.scene.add(Rect(x + 14, y, w - 28, PLINTH, fill=t.foundation, radius=4))
    if not v.fundament:
        return
    fy = y + PLINTH + 10
    ref = str(Ref("fundament", "fundament"))
    ctx.scene.add(Rect(x, fy, w, base_h, fill=t.foundation, radius=t.corner(12), ref=ref))
    tc = t.on_foundation
    name_f = ctx.text(v.fundament.naam, x + 24, fy + 12, w - 48, min(base_h - 20, 60 * k), 22 * k, 16, bold=True,
                      color=tc, ref=ref, anchor="middle", max_lines=2, field="naam")
    rest = base_h - 24 - name_f.height
    if v.fundament.uitleg and rest >= DETAIL * LEADING:
        ctx.text(v.fundament.uitleg, x + 24, fy + 12 + name_f.height + 2, w - 48, rest, 16 * k, MIN, color=tc,
                 ref=ref, anchor="middle", field="uitleg")
    ctx.hotspot("fundament", "fundament", x, fy, w, base_h)


def _roof_box(x: float, y: float, w: float, h: float) -> tuple[float, float, float, float]:
    """The widest rectangle in the lower part of the roof triangle, where its text goes."""
    top = y + h * 0.36
    avail_w = w * (top - y) / h - 24
    return x + (w - avail_w) / 2, top, avail_w, y + h - 12 - top


def _roof_fits(v, w: float, h: float, rich: bool) -> bool:
    """Whether the core sentence (and explanation, when ``rich``) fits a roof h high, unshortened."""
    _, _, avail_w, avail_h = _roof_box(0, 0, w, h)
    explain = rich and v.visie.toelichting and avail_h > 90
    return not fit(v.visie.kern or "",  avail_w, avail_h * (0.6 if explain else 1), 30, 18, True).truncated


def _roof(ctx: Ctx, x: float, y: float, w: float, h: float, rich: bool, k: float) -> None:
    v, t = ctx.vision, ctx.theme
    ref = str(Ref("visie", "visie")) if v.visie.kern else None  # no core sentence yet: the roof is no element
    ctx.scene.add(Path([(x, y + h), (x + w / 2, y), (x + w, y + h)], closed=True, fill=t.roof, ref=ref))
    # The text sits in the lower part of the triangle, in the widest rectangle that fits there.
    left, top, avail_w, avail_h = _roof_box(x, y, w, h)
    core_h = avail_h
    explain = rich and v.visie.toelichting and avail_h > 90
    if explain:
        core_h = avail_h * 0.6
    if v.visie.kern:
        f = ctx.text(v.visie.kern, left, top, avail_w, core_h, 30 * k, 18, bold=True, color=t.on_primary,
                     ref=ref, anchor="middle", field="kern")
    else:  # not written yet: an empty place to type it (studio only), no element
        f = ctx.text(ctx.w("leeg_kern") if ctx.placeholders else "", left, top, avail_w, core_h, 26 * k, 18,
                     color=t.on_primary, anchor="middle")
    if explain:
        ty = top + f.height + 6
        bottom_w = w * (ty - y) / h - 40
        ctx.text(v.visie.toelichting, x + (w - bottom_w) / 2, ty, bottom_w, y + h - 10 - ty, 17 * k, MIN,
                 color=t.on_primary, ref=ref, anchor="middle", field="toelichting")
    if v.visie.kern:
        ctx.hotspot("visie", "visie", x + w * 0.25, y + h * 0.3, w * 0.5, h * 0.7)


def _pillar_width(w: float, cols: int) -> float:
    return (w - (cols - 1) * (16 if cols > 4 else 24)) / cols


def _pillars(ctx: Ctx, x: float, y: float, w: float, h: float, rich: bool, k: float, explain: bool) -> None:
    principes = _principes(ctx)
    n = len(principes)
    rows = _rows(ctx, n)
    cols = math.ceil(n / rows)
    gap = 16 if cols > 4 else 24
    pw = _pillar_width(w, cols)
    ph = (h - (rows - 1) * ROW_GAP) / rows
    # Siblings share one type size: the largest at which every pillar's text fits.
    sizes = [_pillar_sizes(p, pw, ph, rich, k) for p in principes]
    name_size = _shared_name_size(principes, pw, ph, min(s[0] for s in sizes), k)
    detail_size = min(s[1] for s in sizes)
    portrait = ctx.scene.height > ctx.scene.width
    if not explain or (portrait and not rich and any(_cut(p, pw, ph, name_size, detail_size, k) for p in principes)):
        detail_size = 0.0  # on a portrait page, explanations that cannot be read in full stay in the details
    for i, p in enumerate(principes):
        r, c = divmod(i, cols)
        in_row = min(cols, n - r * cols)
        offset = (w - (in_row * pw + (in_row - 1) * gap)) / 2  # centre a shorter last row
        px, py = x + offset + c * (pw + gap), y + r * (ph + ROW_GAP)
        if ctx.vision.principes:
            _pillar(ctx, p, px, py, pw, ph, rich, name_size, detail_size, k)
        else:
            _empty_pillar(ctx, p, px, py, pw, ph, name_size)


def _shared_name_size(principes, w: float, h: float, size: float, k: float) -> float:
    """The largest size from ``size`` down to NAME_MIN at which every name fits its pillar as ``_pillar``
    places it (a word wrap is not monotonic: a name that fits at 19 px may need a fifth line at 18)."""
    pad = _pad(w, k)

    def fits(p, s: float) -> bool:
        isz = _icon_size(p, w, h, k)
        room = min(h - CAP - 2 * pad - (isz + 10 if isz else 0), s * LEADING_TIGHT * 4)
        return not fit(p.naam, w - 2 * pad, room, s, s, True, LEADING_TIGHT).truncated

    while size > NAME_MIN and not all(fits(p, size) for p in principes):
        size = max(NAME_MIN, size - 1)
    return size


def house_height(ctx: Ctx, w: float, explain: bool = True) -> float:
    """The height a (not rich) house ``w`` wide needs at normal type, with every pillar's explanation in full
    (or, ``explain=False``, names only)."""
    v = ctx.vision
    principes = _principes(ctx)
    rows = _rows(ctx, len(principes))
    cols = math.ceil(len(principes) / rows)
    pw = _pillar_width(min(w, max(HOUSE_MIN_W, cols * PILLAR_MAX_W + (cols - 1) * 24 + 56)) - 56, cols)
    body = max(_pillar_needed(p, pw, False, 1.0, explain) for p in principes) * rows + (rows - 1) * ROW_GAP
    return 180 + 10 + body + PLINTH + (10 + BASE_MIN_H + 16 if v.fundament else 0)


def _rows(ctx: Ctx, n: int) -> int:
    """Pillars in two rows when there are more than six, or on a portrait page more than three."""
    return 2 if n > 6 or (n > 3 and ctx.scene.height > ctx.scene.width) else 1


def _cut(p, w: float, h: float, name_size: float, detail_size: float, k: float) -> bool:
    """Whether the pillar's explanation would be shortened at these sizes (as ``_pillar`` places it)."""
    pad = _pad(w, k)
    top = CAP + pad + (_icon_size(p, w, h, k) + 10 if _icon_size(p, w, h, k) else 0)
    name = fit(p.naam, w - 2 * pad, min(h - top - pad, name_size * LEADING_TIGHT * 4), name_size, name_size, True,
               LEADING_TIGHT)
    room = h - pad - (top + name.height + 10) - 4
    size = min(detail_size, _detail_max(False, k))
    return bool(p.uitleg) and room >= size * LEADING and fit(p.uitleg, w - 2 * pad, room, size, size).truncated


CAP = 10
NAME_MIN = 15  # pillar names shrink to this before they are shortened
PILLAR_MAX_W = 330
HOUSE_MIN_W = 820
ROOF_MIN_H = 120.0
BASE_MIN_H = 64.0
PLINTH = 14.0
ROW_GAP = 16
SCALES = (2.0, 1.8, 1.6, 1.5, 1.4, 1.3, 1.2, 1.1)  # type scales tried for a house with room to spare, largest first


def _name_max(w: float, k: float) -> float:
    return (21 if w > 200 * k else NAME + 1) * k


def _detail_max(rich: bool, k: float) -> float:
    return (17 if rich else 16) * k


def _pillar_needed(p, w: float, rich: bool, k: float = 1.0, explain: bool = True) -> float:
    """Height a pillar needs for its icon, name and text (``explain``) at full (scaled) size."""
    pad = _pad(w, k)
    isz = (36 if w > 160 * k else 28) * k
    name = fit(p.naam, w - 2 * pad, 1e4, _name_max(w, k), NAME_MIN, True, LEADING_TIGHT).height
    detail = _detail(p, rich) if explain else ""
    text = fit(detail, w - 2 * pad, 1e4, _detail_max(rich, k), MIN).height + 14 if detail else 0
    return CAP + pad + (isz + 10 if p.icoon else 0) + name + 10 + text + pad


def _pad(w: float, k: float) -> float:
    return (14 if w > 150 * k else 10) * k


def _icon_size(p, w: float, h: float, k: float) -> float:
    return (36 if w > 160 * k else 28) * k if p.icoon and h > 170 * k else 0


def _detail(p, rich: bool) -> str:
    detail = p.uitleg or ""
    if rich and p.voorbeelden:
        detail = "\n".join([detail] + [f"• {e}" for e in p.voorbeelden]).strip()
    return detail


def _pillar_sizes(p, w: float, h: float, rich: bool, k: float) -> tuple[float, float]:
    """Name and detail sizes at which this pillar's texts fit."""
    pad = _pad(w, k)
    isz = _icon_size(p, w, h, k)
    top = CAP + pad + (isz + 10 if isz else 0)
    name_max = _name_max(w, k)
    name_h = min(h - top - pad, name_max * LEADING_TIGHT * 4)
    nf = fit(p.naam, w - 2 * pad, name_h, name_max, NAME_MIN, True, LEADING_TIGHT)
    detail = _detail(p, rich)
    room = h - top - pad - nf.height - 14
    if not detail or room < MIN * LEADING:
        return nf.size, 99.0
    return nf.size, fit(detail, w - 2 * pad, room, _detail_max(rich, k), MIN).size


def _pillar(ctx: Ctx, p, x: float, y: float, w: float, h: float, rich: bool, name_size: float,
            detail_size: float, k: float) -> None:
    t = ctx.theme
    ref = str(Ref("principe", p.id))
    ctx.scene.add(Rect(x - 4, y, w + 8, CAP, fill=t.foundation, radius=3, ref=ref))
    ctx.scene.add(Rect(x, y + CAP, w, h - CAP, fill=t.primary, radius=t.corner(8), ref=ref))
    pad = _pad(w, k)
    cy = y + CAP + pad
    inner_w = w - 2 * pad
    bottom = y + h - pad
    isz = _icon_size(p, w, h, k) or ((28 * k) if p.icoon and not detail_size and h > 110 * k else 0)
    name_h = min(bottom - cy - (isz + 10 if isz else 0), name_size * LEADING_TIGHT * 4)
    if not detail_size:  # names only: the pictogram and the name centred in the pillar
        name = fit(p.naam, inner_w, name_h, name_size, name_size, True, LEADING_TIGHT)
        block = (isz + 10 if isz else 0) + name.height
        cy += max(0.0, (bottom - cy - block) / 2)
    if isz:
        ctx.icon(p.icoon, x + (w - isz) / 2, cy, isz, t.on_primary, ref)
        cy += isz + 10
    f = ctx.text(p.naam, x + pad, cy, inner_w, name_h, name_size, name_size, bold=True, color=t.on_primary,
                 ref=ref, anchor="middle", leading=LEADING_TIGHT, field="naam")
    cy += f.height + 10
    detail = _detail(p, rich) if detail_size else ""
    size = min(detail_size, _detail_max(rich, k))
    if detail and bottom - cy - 4 >= size * LEADING:
        ctx.scene.add(Rect(x + w * 0.3, cy - 6, w * 0.4, 2, fill=t.on_primary, ref=ref))
        ctx.text(detail, x + pad, cy + 4, inner_w, bottom - cy - 4, size, size, color=t.on_primary, ref=ref,
                 field="uitleg")
    ctx.hotspot("principe", p.id, x, y, w, h)
