"""Export panel: every output format, named after the title, made with visible progress."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

import streamlit as st

from praatplaat.export import FORMATS as ENGINE_FORMATS
from praatplaat.export import Format as EngineFormat
from praatplaat.model import slug

from .i18n import lang, t
from .markdown import esc
from .picture import BY_DIGEST, Source, load, logo_of


@dataclass(frozen=True)
class Format:
    """An entry of the menu: an engine format's offer (praatplaat.export.Offer), or the YAML source."""

    id: str
    fmt: str  # export format, or "yaml"
    size: str = "scherm"
    scale: float = 1.0

    @property
    def engine(self) -> EngineFormat | None:
        """The engine's format; None for the YAML source."""
        return ENGINE_FORMATS.get(self.fmt)

    @property
    def mime(self) -> str:
        return self.engine.mime if self.engine else "application/x-yaml"

    @property
    def suffix(self) -> str:
        """The file's suffix, after its size (unless scherm) and scale (unless 1): '-a4.pdf', '-2x.png'."""
        size = f"-{self.size}" if self.size != "scherm" else ""
        scale = f"-{self.scale:g}x" if self.scale != 1 else ""
        return size + scale + (self.engine.suffix if self.engine else ".yaml")


YAML = Format("yaml", "yaml")  # the source text itself: the menu's one entry that is no engine format


def offers() -> list[Format]:
    """The menu: every offer of every engine format (praatplaat.export.FORMATS), then the YAML source."""
    return [Format(o.id, f.name, o.size, o.scale) for f in ENGINE_FORMATS.values() for o in f.offers] + [YAML]


def by_id(fmt_id: str) -> Format:
    return next(f for f in offers() if f.id == fmt_id)


def file_name(title: str, view: str, journey: str | None, fmt: Format) -> str:
    """E.g. 'zo-helpen-wij-u.png', 'zo-helpen-wij-u-reis-verhuizen-a4.pdf'."""
    parts = [slug(title)]
    if fmt.fmt != "yaml" and view != "overzicht":
        parts.append(view)
        if view == "reis" and journey:
            parts.append(slug(journey))
    return "-".join(parts) + fmt.suffix


def make(src: Source, fmt: Format, view: str, journey: str | None, language: str, herkomst: bool = False) -> bytes:
    """The bytes of one export of a valid source (an ``editable`` format, PNG, carries the YAML source); origin
    marks only with ``herkomst``."""
    if fmt.fmt == "yaml":
        return src.text.encode("utf-8")
    from praatplaat.export import export

    vision = load(src).vision
    return export(vision, fmt.fmt, view=view, journey=journey, size=fmt.size, scale=fmt.scale, lang=language,
                  logo=logo_of(src, vision), source=src.text, herkomst=herkomst)


@st.cache_data(max_entries=32, show_spinner=False, hash_funcs=BY_DIGEST)
def shortened(src: Source, fmt_id: str, view: str, journey: str | None, language: str) -> list[str]:
    """What the export ``fmt_id`` of a valid source shortens, one message per text ('op A4 wordt … ingekort')."""
    fmt = by_id(fmt_id)
    if fmt.fmt == "yaml":
        return []
    from praatplaat.fitcheck import export_warnings

    found = export_warnings(load(src).vision, None, fmt.fmt, view=view, journey=journey, size=fmt.size,
                            lang=language)
    return [(m := d.message(language, short=True))[:1].upper() + m[1:] for d in found]


def _signature(src: Source, fmt: Format, view: str, journey: str | None, language: str, herkomst: bool) -> str:
    return hashlib.sha1(repr((src, fmt.id, view, journey, language, herkomst)).encode()).hexdigest()


def _ask() -> None:
    st.session_state["export_asked"] = True


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
    choice = st.selectbox(t("export_format"), [f.id for f in offers()], key="export-format",
                          format_func=lambda i: t(f"fmt_{i.replace('-', '_')}"))
    fmt = by_id(choice)
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
    # The click is kept until a run has made the file: a button's own value lasts one run, and a run that another
    # rerun interrupts (the page still settling) would lose it.
    st.button(t("export_make"), key="export-make", type="primary", icon=":material/draft:", on_click=_ask)
    if st.session_state.get("export_asked"):
        _create(src, fmt, view, journey, herkomst)
        st.session_state.pop("export_asked")
    done = st.session_state.get("export") or {}
    if done.get("error"):
        st.error(t("export_failed"))
    elif done.get("signature") == _signature(src, fmt, view, journey, lang(), herkomst):
        st.download_button(t("export_download", name=done["name"]), done["data"], file_name=done["name"],
                           mime=done["mime"], key="export-download", on_click="ignore", icon=":material/download:")
    if fmt.engine and fmt.engine.editable:
        st.caption(t("png_editable"))
