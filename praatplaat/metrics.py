"""Named metrics of every layout, in one place (design px on the 1920-wide canvas).

Like blockdiag's ``DiagramMetrics``: spacing comes from one unit, type sizes from one scale and
line heights from named leadings, so a layout says ``GAP`` or ``NAME`` instead of a bare number.
A composition of its own (the phone, the comparison, the national overview) has one frozen Metrics
object of its named sizes; measuring text never draws.
"""

from __future__ import annotations

from dataclasses import dataclass

UNIT = 8  # the spacing unit
CANVAS_W, CANVAS_H = 1920, 1080  # the design canvas
UNBOUNDED = 1e6  # the height of a box that only measures how high its text wraps
MARGIN = 6 * UNIT  # around the canvas
GAP = 3 * UNIT  # between panels
PAD = 2 * UNIT  # inside panels and cards
RADIUS = 14  # panel corners
CARD_RADIUS = 10  # card corners

# Type scale (font sizes)
TITLE = 44  # the vision's title in the header
TITLE_MIN = 28
HEADING = 30  # empty-state titles, journey titles
LABEL = 22  # section labels
NAME = 18  # element names
BODY = 17  # explanations, quotes
DETAIL = 15  # details, notes
MIN = 14  # never below: the smallest size any text is drawn at

# Leading (line height as a multiple of the font size)
LEADING = 1.3  # body text
LEADING_TIGHT = 1.25  # names of two or more lines
LEADING_TITLE = 1.15  # the title

# Header band
HEADER_H = 112
HEADER_RULE = 6  # the primary-coloured rule under the header
ORG_W_MAX = 520  # room for organisation and subtitle, right in the header
LOGO_H = 80  # height of a square or tall logo
LOGO_MAX_W = 360  # a wordmark is at most this wide at full height ...
LOGO_MIN_H = 48  # ... then shrinks, but not below this height ...
LOGO_WIDEST = 480  # ... growing in width up to this (logos wider than 10:1 are drawn lower)

# The phone composition (praatplaat.layout.phone): laid out this narrow with its type scale, then
# scaled up to the 1080-wide output, so MIN shows at MIN × 390 / PHONE_W ≥ 12 CSS px on a 390 px phone.
PHONE_ASPECT = 0.6  # a canvas this narrow (width / height) or narrower gets the phone composition
PHONE_W = 450
PHONE_H = 800  # at least this high; higher when the content needs it (a phone scrolls)
PHONE_MAX_H = 8 * PHONE_H  # beyond this, long texts are limited to a few lines (and reported)


@dataclass(frozen=True)
class PhoneMetrics:
    """The phone composition's sizes, on its PHONE_W-wide canvas (the whole scene is scaled once, after)."""

    width: int = PHONE_W
    margin: int = 2 * UNIT  # around the column
    gap: int = 2 * UNIT  # between sections
    pad: int = 10  # inside cards
    grid_cols: int = 2  # pillars and channels side by side in the overview
    card_gap: int = UNIT  # between cards, and under a section's label
    line_gap: int = UNIT // 2  # between the texts of a card
    brief_lines: int = 4  # long texts in a vision too long for PHONE_MAX_H
    # type scale (never below MIN)
    title: int = 24
    heading: int = 20
    label: int = 18
    name: int = 16
    body: int = 15
    line: float = 1.2  # outlines of cards and panels
    card_radius: int = UNIT  # the overview's small cards
    panel_radius: int = 10  # full-width cards and panels
    # header
    header_pad: int = 14  # above and under its texts
    logo_h: int = 5 * UNIT
    logo_w: float = 0.6  # at most this part of the column
    logo_gap: int = 10
    title_gap: int = 6
    sub_gap: int = 2
    header_rule: int = 5
    # the house: roof, pillars, foundation
    roof_peak: float = 5.0 * UNIT
    roof_inset: int = 2 * UNIT
    roof_pad: int = 12  # under the peak
    roof_bottom: int = 14
    cap_h: int = UNIT  # the foundation-coloured cap on a pillar, and the foundation's bar
    cap_over: int = 3  # how far the cap reaches out on either side
    cap_radius: int = 3
    pillar_radius: int = 6
    icon: int = 26
    icon_gap: int = 6  # under a pillar's pictogram, and between a pillar's texts
    foundation_gap: int = 12
    # the overview's channels, journeys, quotes, agenda
    small_icon: int = 20
    small_icon_col: int = 28
    legend_line: int = 26
    legend_dy: int = 3  # the legend's words under the top of their line
    text_slack: int = 2  # room added to a measured word
    legend_label_gap: int = 12
    legend_dot_w: int = 24
    legend_dot_dy: int = 11
    legend_word_gap: int = 14
    road_steps: int = 10  # steps on one road before it wraps
    road_row: int = 36
    road_h: int = 4
    dot_r: int = 10  # a beleving dot in the overview and the legend
    dot_rise: int = 3  # a step's dot rises this much per beleving level
    journey_gap: int = 10
    empty_journey: int = 12  # under a journey without steps
    quote_radius: int = 12
    quote_tail: tuple[int, int, int] = (24, 20, 36)  # where the tail leaves, points and returns
    quote_tail_h: int = 10
    quote_gap: int = 18
    agenda_indent: int = 4 * UNIT
    agenda_mark: int = 12
    agenda_gap: int = 10
    # the channels view
    group_icon: int = 22
    group_indent: int = 30
    card_indent: int = 36  # the text beside a card's pictogram
    # the journey view: the curve, the step cards
    curve_h: float = 170.0
    curve_axis: float = 30.0
    curve_top: int = 2 * UNIT
    curve_bottom: int = 34
    curve_right: int = 10  # the level lines stop this far from the panel's edge
    curve_line: float = 2.5
    level_dot_x: int = 15
    level_dot_r: int = 7
    steps_left: int = 14  # the first step right of the axis
    steps_right: int = 2 * UNIT
    step_dot_r: int = 9
    step_dot_small: int = 6  # when the steps are closer than step_dense
    step_dense: int = 22
    step_every: int = 5  # closely spaced steps are numbered every this many
    number_w: int = 28
    number_dy: int = 12
    badge: int = 28  # the step number's badge; a step card is at least this high inside
    badge_h: int = 26
    badge_text_dy: int = 2
    badge_text_h: int = 22
    badge_radius: int = 6
    channel_icon_col: int = 26
    # an empty state
    empty_pad: int = 3 * UNIT
    empty_inset: int = 20
    empty_icon: int = 8 * UNIT
    empty_gap: int = 2 * UNIT  # under the pictogram

    @property
    def column(self) -> int:
        """The column's width."""
        return self.width - 2 * self.margin

    @property
    def card_inner(self) -> int:
        """The width inside a full-width card."""
        return self.column - 2 * self.pad


@dataclass(frozen=True)
class SheetMetrics:
    """A sheet's canvas: the comparison and the national overview."""

    width: int = CANVAS_W
    height: int = CANVAS_H  # at least
    margin: int = MARGIN

    @property
    def inner(self) -> int:
        """The width between the margins."""
        return self.width - 2 * self.margin


@dataclass(frozen=True)
class CompareMetrics(SheetMetrics):
    """The comparison's sizes (praatplaat.layout.vergelijk)."""

    side_by_side: int = 3  # organisations that still fit two panels side by side
    header_gap: int = 20  # under the header
    title_y: int = 30
    title_h: int = 56
    left: int = 250  # the column that says how widely a row is shared
    left_narrow: int = 175  # ... in a panel narrower than wide_panel
    wide_panel: int = 1200
    panel_gap: int = 5 * UNIT  # between the two panels side by side
    gap: int = 10  # between columns and rows
    section_gap: int = 3 * UNIT
    pad: int = 10  # inside cells
    name: int = 17  # a little smaller than the other views: three organisations share half the width
    name_lines: int = 3
    detail_lines: int = 4
    label_lines: int = 2  # the shared words, the organisation names
    line_gap: int = UNIT // 2
    org_gap: int = 14
    label_gap: int = 10
    label_pad: int = UNIT // 2
    row_min: float = 6.0 * UNIT
    band_x: int = UNIT  # a band reaches out this far on either side ...
    band_y: int = UNIT // 2  # ... and above and under
    band_shared: float = 0.16  # tint of a row every organisation shares
    band_some: float = 0.07  # ... some share
    half_tone: float = 0.3  # the mark of a changed element
    cell_radius: int = 12
    cell_line: float = 1.5
    unique_line: int = 2
    mark: int = 3 * UNIT  # the provenance mark: a circle with a letter (B, A, E), explained in the legend
    mark_gap: int = 6
    mark_line: float = 1.5
    mark_size: int = DETAIL
    mark_leading: int = 20
    mark_dy: int = 2
    legend_h: int = 8 * UNIT
    legend_gap: int = 20
    legend_dy: int = 2
    legend_label_w: int = 120
    legend_label_adv: int = 110
    legend_mark_gap: int = UNIT
    legend_slack: int = 12
    legend_item_gap: int = 3 * UNIT
    legend_line: int = 34  # the second line of the legend


@dataclass(frozen=True)
class NationalMetrics(SheetMetrics):
    """The national overview's sizes (praatplaat.layout.landelijk)."""

    header_h: int = 132
    header_gap: int = 20
    title_y: int = 3 * UNIT
    title_h: int = 56
    title: int = 42
    intro_y: int = 80
    intro_h: int = 30
    intro: int = 20
    legend_gap: int = 2 * UNIT  # under the legend
    left: int = 360  # the principles' names
    left_pad: int = 12
    gap: int = 2 * UNIT  # between columns
    bar_h: int = 18
    bar_gap: int = 6  # between a bar and its numbers
    bar_radius: int = 3
    bar_line: float = 1.5
    name: int = NAME
    head: int = DETAIL + 1  # the columns' heads
    section: int = LABEL + 4  # a base's title
    lines: int = 2  # a name, a head or a bar's numbers wrap onto at most this many lines
    two_lines: float = 2 * LEADING  # a box of two lines, as a multiple of its font size
    row_pad: int = 10
    row_x: int = 10  # a row's band reaches out this far on either side
    row_tint: float = 0.05
    half_tone: float = 0.35  # the tint of a changed principle's part of a bar
    row_radius: int = 6
    section_gap: int = 36
    title_gap: int = 10
    small_gap: int = UNIT  # under the columns' heads and the legend
    note_gap: int = UNIT // 2
    shared_gap: int = UNIT // 2  # under the shared bar's numbers
    legend_label_w: int = 140
    legend_label_adv: int = 130
    swatch_w: int = 36
    swatch_adv: int = 46
    legend_word_w: int = 220
    legend_word_adv: int = 200
