"""The national overview as one picture (praatplaat.overview): per base a block, one row per principle
and one column per kind of organisation (and all together), each cell a bar split into adopted (solid),
changed (half-tone) and left out (open, outlined) with the numbers written under it, so colour is never
the only cue; then the own principles many share (bar: the share of that kind that has it); a legend."""

from __future__ import annotations

from collections import Counter

from ..metrics import UNBOUNDED, NationalMetrics
from ..model import Huisstijl
from ..overview import AANGEPAST, KINDS, OVERGENOMEN, STATUSES, WEGGELATEN, Overview, kinds_text, words
from ..scene import Rect, Scene, Text
from ..textfit import fit
from ..theme import Theme, mix, readable_on
from .common import DETAIL, HEADER_RULE, LABEL, LEADING, MIN

m = NationalMetrics()
WIDTH = m.width  # read by the exports
SHARED = "gedeeld"


def fills(t: Theme) -> dict[str, tuple[str, str | None]]:
    """(fill, outline) per status: solid, half-tone, open."""
    return {SHARED: (t.accent, None), OVERGENOMEN: (t.primary, None),
            AANGEPAST: (mix(t.background, t.primary, m.half_tone), t.primary), WEGGELATEN: (t.card, t.muted)}


def _text(scene: Scene, text: str, x, y, w, h, size, colour, bold=False, max_lines=None) -> float:
    f = fit(text, w, h, size, max(MIN, min(size, MIN)), bold, LEADING, max_lines)
    scene.add(Text(x, y, f.lines, f.size, colour, bold, f.line_height, full=text if f.truncated else None,
                   box=(x, y, w, h)))
    return f.height


def _bar(scene: Scene, t: Theme, x: float, y: float, w: float, parts: list[tuple[str, int]], total: int) -> None:
    """A bar of ``w`` split by ``parts`` ((status, count)), the empty rest outlined."""
    scene.add(Rect(x, y, w, m.bar_h, fill=t.card, stroke=t.card_line, stroke_width=1, radius=m.bar_radius))
    style = fills(t)
    for status, count in parts:
        if not count or not total:
            continue
        width = w * count / total
        fill, line = style[status]
        scene.add(Rect(x, y, width, m.bar_h, fill=fill, stroke=line, stroke_width=m.bar_line if line else 0))
        x += width


def _band(scene: Scene, t: Theme, y: float, h: float) -> None:
    """The tinted band behind every other row."""
    scene.add(Rect(m.margin - m.row_x, y, m.inner + 2 * m.row_x, h, fill=mix(t.background, t.primary,
                   m.row_tint), radius=m.row_radius))


def layout(ov: Overview, lang: str = "nl") -> Scene:
    w = words(lang)
    t = Theme.from_huisstijl(Huisstijl())
    scene = Scene(m.width, m.height, t.background, "landelijk", w["titel"], lang if lang in ("nl", "en") else "nl",
                  accent=t.accent)
    scene.add(Rect(0, 0, m.width, m.header_h, fill=t.panel),
              Rect(0, m.header_h - HEADER_RULE, m.width, HEADER_RULE, fill=t.primary))
    heading = readable_on(t.panel, t.primary)
    _text(scene, w["titel"], m.margin, m.title_y, m.inner, m.title_h, m.title, heading, bold=True, max_lines=1)
    intro = w["ondertitel"].format(n=len(ov.orgs), orgs=kinds_text(ov.kinds, lang))
    _text(scene, intro, m.margin, m.intro_y, m.inner, m.intro_h, m.intro, readable_on(t.panel, t.text), max_lines=1)
    y = _legend(scene, t, w, m.header_h + m.header_gap) + m.legend_gap
    for base in ov.bases:
        if base.name:
            y = _base(scene, t, w, base, y, lang) + m.section_gap
        else:
            kinds = kinds_text(Counter(o.kind for o in base.orgs), lang)
            text = f"{w['geen_basis']}: {w['orgs'].format(n=len(base.orgs))} ({kinds})"
            y += _text(scene, text, m.margin, y, m.inner, LABEL * m.two_lines, LABEL, t.heading, bold=True,
                       max_lines=m.lines) + m.section_gap
    y = _shared(scene, t, w, ov, y, lang)
    scene.height = round(max(float(m.height), y + m.margin), 2)
    return scene


def _columns(kinds: list[str]) -> tuple[list[str | None], float]:
    cols: list[str | None] = [None] + kinds
    width = (m.inner - m.left - m.gap * len(cols)) / len(cols)
    return cols, width


def _heads(scene: Scene, t: Theme, w: dict, cols: list, col_w: float, y: float, counts: Counter) -> float:
    x = m.margin + m.left + m.gap
    h = 0.0
    for kind in cols:
        label = w["totaal"] if kind is None else w["k_" + kind]
        n = sum(counts.values()) if kind is None else counts[kind]
        h = max(h, _text(scene, f"{label} ({n})", x, y, col_w, DETAIL * m.two_lines, m.head, t.heading, bold=True,
                         max_lines=m.lines))
        x += col_w + m.gap
    return y + h + m.small_gap


def _title(scene: Scene, t: Theme, text: str, y: float) -> float:
    """A section's title; its height."""
    return _text(scene, text, m.margin, y, m.inner, LABEL * LEADING, m.section, t.heading, bold=True,
                 max_lines=1)


def _base(scene: Scene, t: Theme, w: dict, base, y: float, lang: str) -> float:
    counts = Counter(o.kind for o in base.orgs)
    title = f"{w['basis'].format(name=base.name)} · {w['orgs'].format(n=len(base.orgs))}"
    y += _title(scene, t, title, y) + m.title_gap
    cols, col_w = _columns(base.kinds)
    y = _heads(scene, t, w, cols, col_w, y, counts)
    muted = readable_on(t.background, t.muted)
    name_w, name_h, numbers_h = m.left - m.left_pad, m.lines * m.name * LEADING, m.lines * DETAIL * LEADING
    for r, (pid, naam) in enumerate(base.principles):
        row_h = m.row_pad * 2 + max(fit(naam, name_w, UNBOUNDED, m.name, m.name, True, LEADING, m.lines).height,
                                    m.bar_h + m.bar_gap + numbers_h)
        if r % 2 == 0:
            _band(scene, t, y, row_h)
        _text(scene, naam, m.margin, y + m.row_pad, name_w, name_h, m.name, t.text, bold=True, max_lines=m.lines)
        x = m.margin + m.left + m.gap
        for kind in cols:
            c = base.counts(pid, kind)
            total = sum(c.values())
            _bar(scene, t, x, y + m.row_pad, col_w, [(s, c[s]) for s in STATUSES], total)
            text = " · ".join(f"{c[s]} {w[s]}" for s in STATUSES)
            _text(scene, text, x, y + m.row_pad + m.bar_h + m.bar_gap, col_w, numbers_h, DETAIL, muted,
                  max_lines=m.lines)
            x += col_w + m.gap
        y += row_h
    return y


def _shared(scene: Scene, t: Theme, w: dict, ov: Overview, y: float, lang: str) -> float:
    y += _title(scene, t, w["gedeeld"], y) + m.note_gap
    note = w["drempel"].format(n=ov.threshold) + " · " + w["balk"]
    y += _text(scene, note, m.margin, y, m.inner, DETAIL * LEADING, DETAIL, readable_on(t.background, t.muted),
               max_lines=1) + m.title_gap
    if not ov.shared:
        return y + _text(scene, w["niets_gedeeld"].format(n=ov.threshold), m.margin, y, m.inner, m.name * LEADING,
                         m.name, t.text, max_lines=1)
    kinds = [k for k in KINDS if ov.kinds[k]]
    cols, col_w = _columns(kinds)
    y = _heads(scene, t, w, cols, col_w, y, ov.kinds)
    muted = readable_on(t.background, t.muted)
    for r, s in enumerate(ov.shared):
        row_h = m.row_pad * 2 + m.bar_h + m.bar_gap + DETAIL * LEADING + m.shared_gap
        if r % 2 == 0:
            _band(scene, t, y, row_h)
        _text(scene, s.label, m.margin, y + m.row_pad, m.left - m.left_pad, m.lines * m.name * LEADING, m.name, t.text,
              bold=True, max_lines=m.lines)
        per = s.per_kind()
        x = m.margin + m.left + m.gap
        for kind in cols:
            have = len(s.orgs) if kind is None else per[kind]
            total = len(ov.orgs) if kind is None else ov.kinds[kind]
            _bar(scene, t, x, y + m.row_pad, col_w, [(SHARED, have)], total)
            text = f"{have} / {total} ({round(100 * have / total) if total else 0}%)"
            _text(scene, text, x, y + m.row_pad + m.bar_h + m.bar_gap, col_w, DETAIL * LEADING, DETAIL, muted,
                  max_lines=1)
            x += col_w + m.gap
        y += row_h
    return y


def _legend(scene: Scene, t: Theme, w: dict, y: float) -> float:
    x = m.margin
    _text(scene, w["legenda"], x, y, m.legend_label_w, DETAIL * LEADING, m.head, t.text, bold=True, max_lines=1)
    x += m.legend_label_adv
    for status in STATUSES:
        fill, line = fills(t)[status]
        scene.add(Rect(x, y + 1, m.swatch_w, m.bar_h, fill=fill, stroke=line or t.card_line, stroke_width=m.bar_line))
        x += m.swatch_adv
        _text(scene, w[status], x, y, m.legend_word_w, DETAIL * LEADING, m.head, t.text, max_lines=1)
        x += m.legend_word_adv
    return y + m.bar_h + m.small_gap
