"""Export panel: every output format, named after the title, made with visible progress."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

import streamlit as st

from praatplaat.export import FORMATS as ENGINE_FORMATS
from praatplaat.model import slug

from .i18n import lang, t
from .markdown import esc
from .picture import BY_DIGEST, Source, load, logo_of


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


def make(src: Source, fmt: Format, view: str, journey: str | None, language: str, herkomst: bool = False) -> bytes:
    """The bytes of one export of a valid source (PNGs carry the YAML source); origin marks only with
    ``herkomst``."""
    if fmt.fmt == "yaml":
        return src.text.encode("utf-8")
    from praatplaat.export import export

    vision = load(src).vision
    source = src.text if fmt.fmt == "png" else None
    return export(vision, fmt.fmt, view=view, journey=journey, size=fmt.size, scale=fmt.scale, lang=language,
                  logo=logo_of(src, vision), source=source, herkomst=herkomst)


@st.cache_data(max_entries=32, show_spinner=False, hash_funcs=BY_DIGEST)
def shortened(src: Source, fmt_id: str, view: str, journey: str | None, language: str) -> list[str]:
    """What the export ``fmt_id`` of a valid source shortens, one message per text ('op A4 wordt … ingekort')."""
    fmt = BY_ID[fmt_id]
    if fmt.fmt == "yaml":
        return []
    from praatplaat.fitcheck import export_warnings

    found = export_warnings(load(src).vision, None, fmt.fmt, view=view, journey=journey, size=fmt.size,
                            lang=language)
    return [(m := d.message(language, short=True))[:1].upper() + m[1:] for d in found]


def _signature(src: Source, fmt: Format, view: str, journey: str | None, language: str, herkomst: bool) -> str:
    return hashlib.sha1(repr((src, fmt.id, view, journey, language, herkomst)).encode()).hexdigest()


def _create(src: Source, fmt: Format, view: str, journey: str | None, herkomst: bool) -> None:
    language = lang()
    label = t(f"fmt_{fmt.id.replace('-', '_')}")
    with st.spinner(t("exporting", label=label), show_time=fmt.size != "scherm"):
        try:
            data = make(src, fmt, view, journey, language, herkomst)
        except Exception:  # noqa: BLE001 - never a stack trace for users
            st.session_state["export"] = {"error": True}
            return
    st.session_state["export"] = {
        "signature": _signature(src, fmt, view, journey, language, herkomst), "data": data,
        "name": file_name(load(src).vision.titel, view, journey, fmt), "mime": fmt.mime,
    }


def show(src: Source | None, valid: bool, view: str, journey: str | None) -> None:
    if src is None or not valid:
        st.caption(t("export_needs_valid"))
        return
    choice = st.selectbox(t("export_format"), [f.id for f in FORMATS], key="export-format",
                          format_func=lambda i: t(f"fmt_{i.replace('-', '_')}"))
    fmt = BY_ID[choice]
    herkomst = False
    if fmt.fmt != "yaml":
        st.caption(t("export_view", view=t(f"view_{view}")))
        if load(src).vision.herkomst:  # built on a base: the marks are the studio's, an export leaves them out
            herkomst = st.toggle(t("export_herkomst"), key="export-herkomst", help=t("export_herkomst_help"))
        review = [d for d in load(src).warnings if d.review]
        if review:  # what waited in "Controleren" while the vision was written: now is the moment to look
            lines = [f"- {t('at_line', line=d.line, col=d.col)}: {esc(d.message(lang()))}" for d in review]
            st.info("\n".join([f"**{t('review_title', n=len(review))}**", t("review_export"), *lines]),
                    icon=":material/checklist:")
        cut = shortened(src, fmt.id, view, journey, lang())
        if cut:
            st.warning("\n".join([t("export_shortened"), *(f"- {line}" for line in cut)]), icon=":material/warning:")
    if st.button(t("export_make"), key="export-make", type="primary", icon=":material/draft:"):
        _create(src, fmt, view, journey, herkomst)
    done = st.session_state.get("export") or {}
    if done.get("error"):
        st.error(t("export_failed"))
    elif done.get("signature") == _signature(src, fmt, view, journey, lang(), herkomst):
        st.download_button(t("export_download", name=done["name"]), done["data"], file_name=done["name"],
                           mime=done["mime"], key="export-download", on_click="ignore", icon=":material/download:")
    if fmt.fmt == "png":
        st.caption(t("png_editable"))
