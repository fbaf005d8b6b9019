"""House style: colour pickers and logo upload, written back into the YAML."""

from __future__ import annotations

import copy
import io

import streamlit as st
from PIL import Image

from praatplaat.limits import LOGO_FORMATS, MAX_LOGO_BYTES
from praatplaat.logo import LogoError, normalise_logo, read_logo
from praatplaat.model import HUISSTIJL_KLEUREN, Huisstijl
from praatplaat.tokens import MAX_TOKEN_BYTES, TokenError, huisstijl_from, read_tokens
from praatplaat.yamlload import load_yaml

from . import workspace
from .i18n import lang, t
from .picture import parse

COLOURS = HUISSTIJL_KLEUREN
MB = 1024 * 1024
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


def _set_style(values: dict) -> None:
    """Write ``values`` into the YAML's huisstijl section, keeping its other keys."""
    data = load_yaml(workspace.current().text).data
    if not isinstance(data, dict):
        return
    style = copy.deepcopy(data.get("huisstijl")) if isinstance(data.get("huisstijl"), dict) else {}
    workspace.set_section("huisstijl", style | values)


def _on_colour(key: str, name: str) -> None:
    _set_style({name: str(st.session_state.get(key) or getattr(_DEFAULTS, name)).upper()})


def hex_code(value: str) -> str | None:
    """'#RRGGBB' of a typed HEX code ('#abc', 'AABBCC', ' #aabbcc '), None when it is none."""
    v = value.strip().lstrip("#")
    if len(v) == 3:
        v = "".join(c * 2 for c in v)
    return f"#{v.upper()}" if len(v) == 6 and all(c in "0123456789abcdefABCDEF" for c in v) else None


def _on_hex(key: str, name: str) -> None:
    """A HEX code typed and confirmed with Enter (the colour picker's own field only takes it on closing)."""
    typed = str(st.session_state.get(key) or "")
    code = hex_code(typed)
    if code is None:
        st.session_state["logo-flash"] = ("error", t("hex_bad", value=typed.strip()))
        return
    _set_style({name: code})


def _on_tokens() -> None:
    upload = st.session_state.get("tokens-upload")
    if upload is None:
        return
    try:
        values = huisstijl_from(read_tokens(upload.getvalue(), upload.name))
    except TokenError as err:
        st.session_state["logo-flash"] = ("error", t("tokens_bad", reason=err.reason(lang())))
        return
    _set_style(values)
    fields = ", ".join(f"{k} {v}" for k, v in values.items())
    st.session_state["logo-flash"] = ("success", t("tokens_saved", fields=fields))


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
        key, hex_key = f"colour-{name}-{colours[name]}", f"hex-{name}-{colours[name]}"
        columns[i % 2].color_picker(t(f"c_{name}"), value=colours[name], key=key, on_change=_on_colour,
                                    args=(key, name))
        columns[i % 2].text_input(t("c_hex", colour=t(f"c_{name}")), value=colours[name], key=hex_key, max_chars=7,
                                  on_change=_on_hex, args=(hex_key, name), label_visibility="collapsed")
    flash = st.session_state.pop("logo-flash", None)
    if flash:
        (st.error if flash[0] == "error" else st.success)(flash[1])
    st.file_uploader(t("tokens_upload"), type=["json", "css"], key="tokens-upload", on_change=_on_tokens,
                     max_upload_size=MAX_TOKEN_BYTES // MB)
    st.file_uploader(t("logo"), type=LOGO_TYPES, key="logo-upload", on_change=_on_logo,
                     max_upload_size=MAX_LOGO_BYTES // MB)  # the widget says the limit the label says
    logo = read_logo(data.get("logo"), workspace.current().dir) if isinstance(data.get("logo"), str) else None
    if logo:
        st.image(logo, width=120)
    if data.get("logo"):
        st.button(t("logo_remove"), on_click=_remove_logo, key="logo-remove")
