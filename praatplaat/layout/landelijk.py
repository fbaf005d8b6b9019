"""The national overview as one picture (praatplaat.overview): per base a block, one row per principle
and one column per kind of organisation (and all together), each cell a bar split into adopted (solid),
changed (half-tone) and left out (open, outlined) with the numbers written under it, so colour is never
the only cue; then the own principles many share (bar: the share of that kind that has it); a legend."""

from __future__ import annotations

from collections import Counter

from ..model import Huisstijl
from ..overview import AANGEPAST, KINDS, OVERGENOMEN, STATUSES, WEGGELATEN, Overview, kinds_text, words
from ..scene import Rect, Scene, Text
from ..textfit import fit
from ..theme import Theme, mix, readable_on
from .common import DETAIL, LABEL, MARGIN, MIN

WIDTH = 1920
HEADER_H = 132
LEFT = 360
GAP = 16
BAR_H = 18
NAME = 18
ROW_PAD = 10
SECTION_GAP = 36
SHARED = "gedeeld"


def fills(t: Theme) -> dict[str, tuple[str, str | None]]:
    """(fill, outline) per status: solid, half-tone, open."""
    return {SHARED: (t.accent, None), OVERGENOMEN: (t.primary, None),
            AANGEPAST: (mix(t.background, t.primary, 0.35), t.primary), WEGGELATEN: (t.card, t.muted)}


def _text(scene: Scene, text: str, x, y, w, h, size, colour, bold=False, max_lines=None) -> float:
    f = fit(text, w, h, size, max(MIN, min(size, MIN)), bold, 1.3, max_lines)
    scene.add(Text(x, y, f.lines, f.size, colour, bold, f.line_height, full=text if f.truncated else None,
                   box=(x, y, w, h)))
    return f.height


def _bar(scene: Scene, t: Theme, x: float, y: float, w: float, parts: list[tuple[str, int]], total: int) -> None:
    """A bar of ``w`` split by ``parts`` ((status, count)), the empty rest outlined."""
    scene.add(Rect(x, y, w, BAR_H, fill=t.card, stroke=t.card_line, stroke_width=1, radius=3))
    style = fills(t)
    for status, count in parts:
        if not count or not total:
            continue
        width = w * count / total
        fill, line = style[status]
        scene.add(Rect(x, y, width, BAR_H, fill=fill, stroke=line, stroke_width=1.5 if line else 0))
        x += width


def layout(ov: Overview, lang: str = "nl") -> Scene:
    w = words(lang)
    t = Theme.from_huisstijl(Huisstijl())
    scene = Scene(WIDTH, 1080, t.background, "landelijk", w["titel"], lang if lang in ("nl", "en") else "nl",
                  accent=t.accent)
    scene.add(Rect(0, 0, WIDTH, HEADER_H, fill=t.panel), Rect(0, HEADER_H - 6, WIDTH, 6, fill=t.primary))
    heading = readable_on(t.panel, t.primary)
    _text(scene, w["titel"], MARGIN, 24, WIDTH - 2 * MARGIN, 56, 42, heading, bold=True, max_lines=1)
    intro = w["ondertitel"].format(n=len(ov.orgs), orgs=kinds_text(ov.kinds, lang))
    _text(scene, intro, MARGIN, 80, WIDTH - 2 * MARGIN, 30, 20, readable_on(t.panel, t.text), max_lines=1)
    y = _legend(scene, t, w, HEADER_H + 20) + 16
    for base in ov.bases:
        if base.name:
            y = _base(scene, t, w, base, y, lang) + SECTION_GAP
        else:
            kinds = kinds_text(Counter(o.kind for o in base.orgs), lang)
            text = f"{w['geen_basis']}: {w['orgs'].format(n=len(base.orgs))} ({kinds})"
            y += _text(scene, text, MARGIN, y, WIDTH - 2 * MARGIN, LABEL * 2.6, LABEL, t.heading, bold=True,
                       max_lines=2) + SECTION_GAP
    y = _shared(scene, t, w, ov, y, lang)
    scene.height = round(max(1080.0, y + MARGIN), 2)
    return scene


def _columns(kinds: list[str]) -> tuple[list[str | None], float]:
    cols: list[str | None] = [None] + kinds
    width = (WIDTH - 2 * MARGIN - LEFT - GAP * len(cols)) / len(cols)
    return cols, width


def _heads(scene: Scene, t: Theme, w: dict, cols: list, col_w: float, y: float, counts: Counter) -> float:
    x = MARGIN + LEFT + GAP
    h = 0.0
    for kind in cols:
        label = w["totaal"] if kind is None else w["k_" + kind]
        n = sum(counts.values()) if kind is None else counts[kind]
        h = max(h, _text(scene, f"{label} ({n})", x, y, col_w, DETAIL * 2.6, DETAIL + 1, t.heading, bold=True,
                         max_lines=2))
        x += col_w + GAP
    return y + h + 8


def _base(scene: Scene, t: Theme, w: dict, base, y: float, lang: str) -> float:
    counts = Counter(o.kind for o in base.orgs)
    title = f"{w['basis'].format(name=base.name)} · {w['orgs'].format(n=len(base.orgs))}"
    y += _text(scene, title, MARGIN, y, WIDTH - 2 * MARGIN, LABEL * 1.3, LABEL + 4, t.heading, bold=True,
               max_lines=1) + 10
    cols, col_w = _columns(base.kinds)
    y = _heads(scene, t, w, cols, col_w, y, counts)
    muted = readable_on(t.background, t.muted)
    for r, (pid, naam) in enumerate(base.principles):
        row_h = ROW_PAD * 2 + max(fit(naam, LEFT - 12, 1e4, NAME, NAME, True, 1.3, 2).height,
                                  BAR_H + 6 + 2 * DETAIL * 1.3)
        if r % 2 == 0:
            scene.add(Rect(MARGIN - 10, y, WIDTH - 2 * MARGIN + 20, row_h, fill=mix(t.background, t.primary, 0.05),
                           radius=6))
        _text(scene, naam, MARGIN, y + ROW_PAD, LEFT - 12, 2 * NAME * 1.3, NAME, t.text, bold=True, max_lines=2)
        x = MARGIN + LEFT + GAP
        for kind in cols:
            c = base.counts(pid, kind)
            total = sum(c.values())
            _bar(scene, t, x, y + ROW_PAD, col_w, [(s, c[s]) for s in STATUSES], total)
            text = " · ".join(f"{c[s]} {w[s]}" for s in STATUSES)
            _text(scene, text, x, y + ROW_PAD + BAR_H + 6, col_w, 2 * DETAIL * 1.3, DETAIL, muted, max_lines=2)
            x += col_w + GAP
        y += row_h
    return y


def _shared(scene: Scene, t: Theme, w: dict, ov: Overview, y: float, lang: str) -> float:
    y += _text(scene, w["gedeeld"], MARGIN, y, WIDTH - 2 * MARGIN, LABEL * 1.3, LABEL + 4, t.heading, bold=True,
               max_lines=1) + 4
    note = w["drempel"].format(n=ov.threshold) + " · " + w["balk"]
    y += _text(scene, note, MARGIN, y, WIDTH - 2 * MARGIN, DETAIL * 1.3, DETAIL, readable_on(t.background, t.muted),
               max_lines=1) + 10
    if not ov.shared:
        return y + _text(scene, w["niets_gedeeld"].format(n=ov.threshold), MARGIN, y, WIDTH - 2 * MARGIN,
                         NAME * 1.3, NAME, t.text, max_lines=1)
    kinds = [k for k in KINDS if ov.kinds[k]]
    cols, col_w = _columns(kinds)
    y = _heads(scene, t, w, cols, col_w, y, ov.kinds)
    muted = readable_on(t.background, t.muted)
    for r, s in enumerate(ov.shared):
        row_h = ROW_PAD * 2 + BAR_H + 6 + DETAIL * 1.3 + 4
        if r % 2 == 0:
            scene.add(Rect(MARGIN - 10, y, WIDTH - 2 * MARGIN + 20, row_h, fill=mix(t.background, t.primary, 0.05),
                           radius=6))
        _text(scene, s.label, MARGIN, y + ROW_PAD, LEFT - 12, 2 * NAME * 1.3, NAME, t.text, bold=True, max_lines=2)
        per = s.per_kind()
        x = MARGIN + LEFT + GAP
        for kind in cols:
            have = len(s.orgs) if kind is None else per[kind]
            total = len(ov.orgs) if kind is None else ov.kinds[kind]
            _bar(scene, t, x, y + ROW_PAD, col_w, [(SHARED, have)], total)
            text = f"{have} / {total} ({round(100 * have / total) if total else 0}%)"
            _text(scene, text, x, y + ROW_PAD + BAR_H + 6, col_w, DETAIL * 1.3, DETAIL, muted, max_lines=1)
            x += col_w + GAP
        y += row_h
    return y


def _legend(scene: Scene, t: Theme, w: dict, y: float) -> float:
    x = MARGIN
    _text(scene, w["legenda"], x, y, 140, DETAIL * 1.3, DETAIL + 1, t.text, bold=True, max_lines=1)
    x += 130
    for status in STATUSES:
        fill, line = fills(t)[status]
        scene.add(Rect(x, y + 1, 36, BAR_H, fill=fill, stroke=line or t.card_line, stroke_width=1.5))
        x += 46
        _text(scene, w[status], x, y, 220, DETAIL * 1.3, DETAIL + 1, t.text, max_lines=1)
        x += 200
    return y + BAR_H + 8
