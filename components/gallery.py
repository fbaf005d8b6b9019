"""Starting points: the examples in praatplaten/ with thumbnails, the empty template, an upload."""

from __future__ import annotations

import contextlib
from pathlib import Path

import streamlit as st

from praatplaat.krant.photo import read_photo
from praatplaat.limits import MAX_PNG_BYTES, MAX_YAML_BYTES
from praatplaat.load import decode, load_file
from praatplaat.logo import LogoError, logo_bytes, read_logo

from . import workspace
from .i18n import lang, t
from .markdown import esc

EXAMPLES = Path(__file__).resolve().parent.parent / "praatplaten"
TEMPLATE = "leeg-sjabloon.yaml"
THUMB_SCALE = 0.25
COLUMNS = 4


def examples() -> list[Path]:
    """The example visions, the empty template first."""
    paths = sorted(p for p in EXAMPLES.glob("*.yaml") if p.name != TEMPLATE)
    template = EXAMPLES / TEMPLATE
    return ([template] if template.is_file() else []) + paths


@st.cache_data(max_entries=32, show_spinner=False)
def card(path: str, stamp: float) -> dict:
    """Title, organisation and a small PNG of an example (cached by file and modification time)."""
    from praatplaat.export import export

    result = load_file(path)
    if not result.ok:
        return {"title": Path(path).stem, "organisation": "", "thumbnail": None, "ok": False}
    vision = result.vision
    try:
        logo = read_logo(vision.logo, Path(path).parent)
        thumbnail = export(vision, "png", scale=THUMB_SCALE, logo=logo)
    except Exception:  # noqa: BLE001 - a missing thumbnail must not block the gallery
        thumbnail = None
    return {"title": vision.titel, "organisation": vision.organisatie, "thumbnail": thumbnail, "ok": True}


def open_text(text: str, files: dict[str, bytes] | None = None) -> bool:
    """Make ``text`` (and files it refers to, such as a logo) the workspace's work; undo brings back the old.
    False when the store refused the text (the reason is in the workspace's flash message)."""
    ws = workspace.current()
    for name, data in (files or {}).items():
        if ws.file(name) is not None:
            ws.write_file(name, data)
    if not workspace.change_text(text) and text != workspace.current().text:
        return False
    workspace.put("selected", None)
    workspace.put("mode", "edit")
    return True


def _open_example(path: str) -> None:
    example = Path(path)
    text = example.read_text(encoding="utf-8")
    result = load_file(example)
    files = {}
    if result.ok and result.vision.logo:
        with contextlib.suppress(LogoError):  # load has warned; the example then opens without its logo
            files[result.vision.logo] = logo_bytes(result.vision.logo, example.parent)
    for edition in result.vision.krant.edities if result.ok and result.vision.krant else ():
        for article in edition.artikelen:
            photo = read_photo(article.foto, example.parent)  # the newsletter's pictures travel along
            if photo is not None:
                files[article.foto] = photo
    open_text(text, files)


def _on_upload() -> None:
    upload = st.session_state.get("upload")
    if upload is None:
        return
    data = upload.getvalue()
    if data.startswith(b"\x89PNG") or upload.name.lower().endswith(".png"):
        if len(data) > MAX_PNG_BYTES:
            st.session_state["flash"] = ("error", t("upload_too_large", limit=f"{MAX_PNG_BYTES // 1024 // 1024} MB"))
            return
        from praatplaat.embed import source_from_png

        data = source_from_png(data)
        if not data:
            st.session_state["flash"] = ("error", t("upload_png_no_source"))
            return
    text, problem = decode(data)
    if problem is not None:
        st.session_state["flash"] = ("error", t("upload_unreadable", reason=esc(problem.message(lang()))))
        return
    if not open_text(text):
        st.session_state["flash"] = ("error", st.session_state.pop("flash_error", t("text_unsavable")))
        return
    st.session_state["flash"] = ("success", t("upload_done", name=esc(upload.name)))  # a name is plain text


def show() -> None:
    st.subheader(t("gallery_title"))
    st.caption(t("gallery_intro"))
    flash = st.session_state.pop("flash", None)
    if flash:
        (st.error if flash[0] == "error" else st.success)(flash[1])
    st.file_uploader(t("upload"), type=["yaml", "yml", "png"], key="upload", on_change=_on_upload,
                     max_upload_size=max(MAX_PNG_BYTES, MAX_YAML_BYTES) // (1024 * 1024))
    paths = examples()
    for start in range(0, len(paths), COLUMNS):
        for column, path in zip(st.columns(COLUMNS), paths[start:start + COLUMNS], strict=False):
            with column, st.container(border=True):
                info = card(str(path), path.stat().st_mtime)
                if info["thumbnail"]:
                    st.image(info["thumbnail"], width="stretch", alt=t("picture_alt", title=info["title"]))
                else:
                    st.caption(t("no_thumbnail"))
                is_template = path.name == TEMPLATE
                st.markdown(f"**{esc(t('template_title') if is_template else info['title'])}**")
                subtitle = t("template_text") if is_template else info["organisation"]
                st.caption(esc(subtitle) + ("" if info["ok"] else " " + t("example_broken")))
                st.button(t("start_empty") if is_template else t("open"), key=f"open-{path.stem}",
                          on_click=_open_example, args=(str(path),), type="primary" if is_template else "secondary")
