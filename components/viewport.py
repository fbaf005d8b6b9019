"""How large the browser window and a column are, for parts that must fit them (the editor's height, the columns).

A tiny inline component measures its container and the window height, and reports them in steps of 20 px. Every page
run tells it what the server holds; when that differs from what it measures (the window was resized, or a report never
arrived), it reports again, at most RETRIES times for one size, so a lost report cannot leave the page in a layout made
for another window.
"""

from __future__ import annotations

import itertools

import streamlit as st

DEFAULT = {"width": 1100, "height": 800}
MIN_WIDTH = 320
RETRIES = 3

_JS = """
export default function (component) {
  const { data, setStateValue, parentElement } = component;
  const host = parentElement.host || parentElement;
  let s = parentElement.__ppViewport;
  if (!s) {
    s = parentElement.__ppViewport = { gen: 0, sent: "", tries: 0, timer: null, observer: null };
    s.box = () => host.closest('[data-testid="stVerticalBlock"]') || document.body;
    s.report = () => {
      clearTimeout(s.timer);
      const width = Math.floor(s.box().getBoundingClientRect().width / 20) * 20;
      const height = Math.floor(window.innerHeight / 20) * 20;
      const value = width + "x" + height;
      if (width <= 0 || value === s.known) return;
      s.tries = value === s.sent ? s.tries + 1 : 1;
      if (s.tries > s.retries) return;  // the server does not take it: never a loop of page runs
      s.sent = value;
      s.set("size", { width: width, height: height, attempt: s.tries });
      s.timer = setTimeout(s.report, 3000);  // no page run brought it back: the report was lost, send it again
    };
    s.later = () => { clearTimeout(s.timer); s.timer = setTimeout(s.report, 120); };
  }
  const gen = ++s.gen;
  s.set = setStateValue;
  s.known = data.known;
  s.retries = data.retries;
  if (!s.observer) {
    s.observer = new ResizeObserver(s.later);
    s.observer.observe(s.box());
    window.addEventListener("resize", s.later);
  }
  s.later();
  return () => {
    if (s.gen !== gen) return;  // a newer call owns the element
    s.observer.disconnect();
    s.observer = null;
    window.removeEventListener("resize", s.later);
    clearTimeout(s.timer);
  };
}
"""

_probe = st.components.v2.component("praatplaat_viewport", js=_JS)
_runs = itertools.count()


def size(key: str) -> dict:
    """{'width', 'height'} in CSS px of the current container (a default until measured)."""
    held = _held(key)
    # A new token in every run: the probe compares again, also while the server still holds nothing
    _probe(key=key, data={"known": f"{held['width']}x{held['height']}" if held else "", "retries": RETRIES,
                           "run": next(_runs)},
           on_size_change=lambda: None, default={"size": None})
    return measured(key)


def _held(key: str) -> dict | None:
    state = st.session_state.get(key)
    value = state.get("size") if hasattr(state, "get") else None
    return value if isinstance(value, dict) else None


def measured(key: str) -> dict:
    """What probe ``key`` reported last (a default until measured), without drawing it: for parts drawn before it."""
    value = _held(key) or DEFAULT
    try:
        return {"width": max(MIN_WIDTH, int(value["width"])), "height": max(360, int(value["height"]))}
    except (KeyError, TypeError, ValueError):
        return dict(DEFAULT)
