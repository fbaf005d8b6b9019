"""How large the browser window and a column are, for parts that must fit them (the editor's height).

A tiny inline component measures its container and the window height, and reports them in steps
of 20 px.
"""

from __future__ import annotations

import streamlit as st

DEFAULT = {"width": 1100, "height": 800}
MIN_WIDTH = 320

_JS = """
export default function (component) {
  const { setStateValue, parentElement } = component;
  const host = parentElement.host || parentElement;
  const box = () => host.closest('[data-testid="stVerticalBlock"]') || document.body;
  let last = "";
  let timer = null;
  const report = () => {
    const width = Math.floor(box().getBoundingClientRect().width / 20) * 20;
    const height = Math.floor(window.innerHeight / 20) * 20;
    const value = width + "x" + height;
    if (width > 0 && value !== last) {
      last = value;
      setStateValue("size", { width: width, height: height });
    }
  };
  const later = () => { clearTimeout(timer); timer = setTimeout(report, 120); };
  const observer = new ResizeObserver(later);
  observer.observe(box());
  window.addEventListener("resize", later);
  later();
  return () => { observer.disconnect(); window.removeEventListener("resize", later); clearTimeout(timer); };
}
"""

_probe = st.components.v2.component("praatplaat_viewport", js=_JS)


def size(key: str) -> dict:
    """{'width', 'height'} in CSS px of the current container (a default until measured)."""
    _probe(key=key, on_size_change=lambda: None, default={"size": DEFAULT})
    return measured(key)


def measured(key: str) -> dict:
    """What probe ``key`` reported last (a default until measured), without drawing it: for parts drawn before it."""
    state = st.session_state.get(key)
    value = (state.get("size") if hasattr(state, "get") else None) or DEFAULT
    try:
        return {"width": max(MIN_WIDTH, int(value["width"])), "height": max(360, int(value["height"]))}
    except (KeyError, TypeError, ValueError):
        return dict(DEFAULT)
