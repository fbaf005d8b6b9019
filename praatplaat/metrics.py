"""Named metrics of every layout, in one place (design px on the 1920-wide canvas).

Like blockdiag's ``DiagramMetrics``: spacing comes from one unit, type sizes from one scale and
line heights from named leadings, so a layout says ``GAP`` or ``NAME`` instead of a bare number.
"""

from __future__ import annotations

UNIT = 8  # the spacing unit
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

# The phone composition (praatplaat.layout.phone): laid out this narrow with the type scale above, then
# scaled up to the 1080-wide output, so MIN shows at MIN × 390 / PHONE_W ≥ 12 CSS px on a 390 px phone.
PHONE_ASPECT = 0.6  # a canvas this narrow (width / height) or narrower gets the phone composition
PHONE_W = 450
PHONE_H = 800  # at least this high; higher when the content needs it (a phone scrolls)
PHONE_MAX_H = 8 * PHONE_H  # beyond this, long texts are limited to a few lines (and reported)
PHONE_MARGIN = 2 * UNIT
PHONE_GAP = 2 * UNIT
