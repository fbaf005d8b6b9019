"""The picture in the browser: the engine's interactive SVG in a components-v2 component, updated in place.

The component keeps one element alive across reruns and only swaps the SVG inside it when the
picture changed, so an edit costs a string replacement instead of remounting a chart; scroll
position and focus stay. In the browser it does what the HTML export does: hover or focus shows a
short detail, a click (or Enter/Space on a focused part) selects, the selection gets the accent
outline and everything linked to it stays lit while the rest fades. A selection is reported to
Python as the ``select`` trigger ("" for none).

In projector mode (``slides`` given) it covers the whole window (the picture, and the caption in a band beside
it), holds every picture the slides need and steps through them by itself with a window-level key listener (←/→,
space, PageUp/PageDown, Home/End; Esc leaves), so stepping works at once whatever has focus and never waits for (or
reruns) the server; the current slide lives in the browser while projecting. Esc is reported as the ``leave``
trigger.
"""

from __future__ import annotations

from pathlib import Path

import streamlit as st

ASSETS = Path(__file__).resolve().parents[1] / "assets" / "picture"
_component = st.components.v2.component(
    "praatplaat_picture",
    css=(ASSETS / "svgview.css").read_text(encoding="utf-8"),
    js=(ASSETS / "svgview.js").read_text(encoding="utf-8"),
)


def show(data: dict, key: str, on_select=None, on_leave=None):
    """Mount the picture ``key``, or update it in place, with ``data``.

    ``data``: ``svg`` (from ``render_svg(scene, interactive=True)``), ``spots`` ({ref: [label, detail,
    refs lit with it]}), ``selected`` (a ref or None), ``fade`` (False: the selection is marked without fading the
    rest), ``colours`` ({bg, ink, select, card, line,
    heading, muted}) and ``alt``; in projector mode ``projector`` instead of svg/spots/selected:
    {``slides``: [{ref, pic, where, title, body}], ``pictures``: {pic: {svg, spots}}, ``start``,
    ``keys``, ``leave``}.
    """
    callbacks = {}
    if on_select is not None:
        callbacks["on_select_change"] = on_select
    if on_leave is not None:
        callbacks["on_leave_change"] = on_leave
    return _component(key=key, data=data, width="stretch", height="content", **callbacks)
