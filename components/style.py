"""Page styling: the picture's font for the browser, and a few layout touches.

The Plotly picture is measured with Atkinson Hyperlegible (praatplaat.fonts); the browser must
draw it with the same font or text would not fit its boxes. The font files come from the pinned
pip package and are inlined once (Streamlit caches large messages in the browser).
"""

from __future__ import annotations

import base64
from functools import cache

import streamlit as st
from PIL import Image, ImageDraw

from praatplaat.fonts import BOLD, FAMILY, REGULAR

from .i18n import t

_CSS = """
[data-testid="stMainBlockContainer"] { padding: 1rem 1rem 1rem 1rem; }
[data-testid="stTextInput"]:has(input:placeholder-shown) [data-testid="InputInstructions"] { display: none; }
"""  # Streamlit's "press Enter" hint would cover a placeholder; nothing typed yet, nothing to send
# Projector mode: nothing of Streamlit's own chrome, no page padding; the picture covers the window.
_PROJECTING = """
header[data-testid="stHeader"], [data-testid="stToolbar"], [data-testid="stDecoration"],
[data-testid="stSidebar"], [data-testid="stStatusWidget"] { display: none !important; }
[data-testid="stMainBlockContainer"] { padding: 0 !important; max-width: none !important; }
html, body { overflow: hidden !important; }
"""


@cache
def _font_faces() -> str:
    faces = []
    for path, weight in ((REGULAR, 400), (BOLD, 700)):
        data = base64.b64encode(path.read_bytes()).decode()
        faces.append(f'@font-face {{ font-family: "{FAMILY}"; font-weight: {weight}; font-style: normal; '
                     f'font-display: block; src: url(data:font/ttf;base64,{data}) format("truetype"); }}')
    return "\n".join(faces)


@cache
def favicon() -> Image.Image:
    """A small speech-bubble icon in the default primary colour (no icon fetched from the internet)."""
    image = Image.new("RGBA", (64, 64), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((4, 6, 60, 46), radius=12, fill="#00558C")
    draw.polygon([(16, 44), (30, 44), (14, 60)], fill="#00558C")
    for x in (20, 32, 44):
        draw.ellipse((x - 4, 22, x + 4, 30), fill="#FFFFFF")
    return image


# Streamlit's hint under a typed-in field ("Press Enter to submit form") is English: its first part is replaced by
# our own words; a character counter after it ("12/300") stays.
_HINT = '[data-testid="{widget}"]{scope} [data-testid="InputInstructions"]'
_IN_FORM, _NOT_IN_FORM = ':is([data-testid="stForm"] *)', ':not([data-testid="stForm"] *)'
_HINTS = (("stTextInput", _IN_FORM, "hint_enter_send"), ("stTextInput", _NOT_IN_FORM, "hint_enter_save"),
          ("stTextArea", _IN_FORM, "hint_ctrl_enter_send"), ("stTextArea", _NOT_IN_FORM, "hint_ctrl_enter_save"))


def _input_hints() -> str:
    rules = []
    for widget, scope, key in _HINTS:
        where = _HINT.format(widget=widget, scope=scope)
        words = t(key).replace("\\", "").replace('"', "")
        rules.append(f'{where} > span:first-child {{ display: none; }}\n{where}::before {{ content: "{words}"; }}')
    return "\n".join(rules)


def inject() -> None:
    st.html(f"<style>{_font_faces()}\n{_CSS}\n{_input_hints()}</style>")


def projecting() -> None:
    """Hide the page around the projector."""
    st.html(f"<style>{_PROJECTING}</style>")
