"""Export panel: every output format, named after the title, made with visible progress."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

import streamlit as st

from praatplaat.export import FORMATS as ENGINE_FORMATS
from praatplaat.model import slug

from .i18n import lang, t
from .picture import Source, load, logo_of


@dataclass(frozen=True)
class Format:
    id: str
    fmt: str  # export format, or "yaml"
    size: str = "scherm"
    scale: float = 1.0

    @property
    def mime(self) -> str:
        return ENGINE_FORMATS[self.fmt].mime if self.fmt in ENGINE_FORMATS else "application/x-yaml"

    @property
    def suffix(self) -> str:
        extra = {"png-2x": "-2x", "png-a4": "-a4", "png-a3": "-a3", "pdf-a4": "-a4", "pdf-a3": "-a3"}
        suffix = ENGINE_FORMATS[self.fmt].suffix if self.fmt in ENGINE_FORMATS else ".yaml"
        return extra.get(self.id, "") + suffix


FORMATS = (
    Format("png-scherm", "png"),
    Format("png-2x", "png", scale=2.0),
    Format("png-a4", "png", "a4"),
    Format("png-a3", "png", "a3"),
    Format("svg", "svg"),
    Format("pdf-a4", "pdf", "a4"),
    Format("pdf-a3", "pdf", "a3"),
    Format("html", "html"),
    Format("pptx", "pptx"),
    Format("yaml", "yaml"),
)
BY_ID = {f.id: f for f in FORMATS}


def file_name(title: str, view: str, journey: str | None, fmt: Format) -> str:
    """E.g. 'zo-helpen-wij-u.png', 'zo-helpen-wij-u-reis-verhuizen-a4.pdf'."""
    parts = [slug(title)]
    if fmt.fmt != "yaml" and view != "overzicht":
        parts.append(view)
        if view == "reis" and journey:
            parts.append(slug(journey))
    return "-".join(parts) + fmt.suffix


def make(src: Source, fmt: Format, view: str, journey: str | None, language: str) -> bytes:
    """The bytes of one export of a valid source (PNGs carry the YAML source)."""
    if fmt.fmt == "yaml":
        return src.text.encode("utf-8")
    from praatplaat.export import export

    vision = load(src).vision
    source = src.text if fmt.fmt == "png" else None
    return export(vision, fmt.fmt, view=view, journey=journey, size=fmt.size, scale=fmt.scale, lang=language,
                  logo=logo_of(src, vision), source=source)


def _signature(src: Source, fmt: Format, view: str, journey: str | None, language: str) -> str:
    return hashlib.sha1(repr((src, fmt.id, view, journey, language)).encode()).hexdigest()


def _create(src: Source, fmt: Format, view: str, journey: str | None) -> None:
    language = lang()
    label = t(f"fmt_{fmt.id.replace('-', '_')}")
    with st.spinner(t("exporting", label=label), show_time=fmt.size != "scherm"):
        try:
            data = make(src, fmt, view, journey, language)
        except Exception:  # noqa: BLE001 - never a stack trace for users
            st.session_state["export"] = {"error": True}
            return
    st.session_state["export"] = {
        "signature": _signature(src, fmt, view, journey, language), "data": data,
        "name": file_name(load(src).vision.titel, view, journey, fmt), "mime": fmt.mime,
    }


def show(src: Source | None, valid: bool, view: str, journey: str | None) -> None:
    if src is None or not valid:
        st.caption(t("export_needs_valid"))
        return
    choice = st.selectbox(t("export_format"), [f.id for f in FORMATS], key="export-format",
                          format_func=lambda i: t(f"fmt_{i.replace('-', '_')}"))
    fmt = BY_ID[choice]
    if fmt.fmt != "yaml":
        st.caption(t("export_view", view=t(f"view_{view}")))
    if st.button(t("export_make"), key="export-make", type="primary", icon=":material/draft:"):
        _create(src, fmt, view, journey)
    done = st.session_state.get("export") or {}
    if done.get("error"):
        st.error(t("export_failed"))
    elif done.get("signature") == _signature(src, fmt, view, journey, lang()):
        st.download_button(t("export_download", name=done["name"]), done["data"], file_name=done["name"],
                           mime=done["mime"], key="export-download", on_click="ignore", icon=":material/download:")
    if fmt.fmt == "png":
        st.caption(t("png_editable"))
