"""House style: colour pickers and logo upload, written back into the YAML."""

from __future__ import annotations

import copy
import io

import streamlit as st
from PIL import Image

from praatplaat.limits import LOGO_FORMATS
from praatplaat.logo import LogoError, normalise_logo, read_logo
from praatplaat.model import Huisstijl
from praatplaat.yamlload import load_yaml

from . import workspace
from .i18n import t
from .picture import parse

COLOURS = ("primair", "accent", "achtergrond", "tekst")
LOGO_TYPES = ["png", "jpg", "jpeg", "gif", "webp"]
LOGO_NAME = "logo.png"
_DEFAULTS = Huisstijl()


def current(data: dict) -> dict[str, str]:
    """The four colours as written in the YAML, defaults for those that are not (or not valid)."""
    written = data.get("huisstijl") if isinstance(data.get("huisstijl"), dict) else {}
    out = {}
    for name in COLOURS:
        value = written.get(name)
        ok = isinstance(value, str) and len(value) == 7 and value.startswith("#")
        out[name] = value.upper() if ok else getattr(_DEFAULTS, name)
    return out


def _on_colour(key: str, name: str) -> None:
    data = load_yaml(workspace.current().text).data
    if not isinstance(data, dict):
        return
    style = copy.deepcopy(data.get("huisstijl")) if isinstance(data.get("huisstijl"), dict) else {}
    style[name] = str(st.session_state.get(key) or getattr(_DEFAULTS, name)).upper()
    workspace.set_section("huisstijl", style)


def logo_problem(data: bytes) -> str | None:
    """A message for an unusable logo file, or None (also used by the upload callback)."""
    try:
        normalise_logo(data)
    except LogoError as err:
        if err.code == "too_large":
            return t("logo_too_large", size=f"{len(data) / 1024 / 1024:.1f} MB")
        if err.code == "too_big_pixels":
            with Image.open(io.BytesIO(data), formats=LOGO_FORMATS) as image:
                return t("logo_too_wide", w=image.width, h=image.height)
        return t("logo_not_image")
    return None


def _on_logo() -> None:
    upload = st.session_state.get("logo-upload")
    if upload is None:
        return
    data = upload.getvalue()
    problem = logo_problem(data)
    if problem:
        st.session_state["logo-flash"] = ("error", problem)
        return
    workspace.current().write_file(LOGO_NAME, normalise_logo(data))
    workspace.set_section("logo", LOGO_NAME)
    st.session_state["logo-flash"] = ("success", t("logo_saved"))


def _remove_logo() -> None:
    workspace.set_section("logo", None)


def show(text: str) -> None:
    data = parse(text).data
    if not isinstance(data, dict):
        st.caption(t("huisstijl_needs_valid"))
        return
    colours = current(data)
    columns = st.columns(2)
    for i, name in enumerate(COLOURS):
        key = f"colour-{name}-{colours[name]}"
        columns[i % 2].color_picker(t(f"c_{name}"), value=colours[name], key=key, on_change=_on_colour,
                                    args=(key, name))
    flash = st.session_state.pop("logo-flash", None)
    if flash:
        (st.error if flash[0] == "error" else st.success)(flash[1])
    st.file_uploader(t("logo"), type=LOGO_TYPES, key="logo-upload", on_change=_on_logo, max_upload_size=10)
    logo = read_logo(data.get("logo"), workspace.current().dir) if isinstance(data.get("logo"), str) else None
    if logo:
        st.image(logo, width=120)
    if data.get("logo"):
        st.button(t("logo_remove"), on_click=_remove_logo, key="logo-remove")
