"""The studio's Krant mode: editions and articles as forms, a page preview, and PDF/HTML export.

The forms read the YAML as plain data and write the whole ``krant:`` section back with
workspace.set_section (undo works as for every other change). A new edition keeps the agenda's
current statuses in the previous edition's ``stand``, so "what changed" has something to compare.
Uploaded photos are normalised (praatplaat.krant.photo) and saved in the workspace under a plain name.
"""

from __future__ import annotations

import copy
import hashlib
import json
import logging
from datetime import date
from pathlib import Path

import streamlit as st

from praatplaat.krant.check import parse_date
from praatplaat.krant.photo import mime
from praatplaat.model import ARTIKELSOORTEN, slug

from . import state, workspace
from .i18n import lang, t
from .markdown import esc
from .picture import Source, load, logo_of, parse

log = logging.getLogger("praatplaat.app")
SIZES = ("a4", "a3")
PHOTO_TYPES = ("jpg", "jpeg", "png", "webp")
OPTIONAL = ("intro", "citaat", "principe", "reis", "foto", "foto_tekst", "auteur")


# --- pure helpers on the plain YAML data ------------------------------------------------------


def editions(krant: dict) -> list[dict]:
    items = krant.get("edities") if isinstance(krant, dict) else None
    return [e for e in items if isinstance(e, dict)] if isinstance(items, list) else []


def number(editie: dict) -> int:
    value = editie.get("nummer")
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def new_edition(data: dict, krant: dict, today: date) -> tuple[dict, int]:
    """``krant`` with a new edition after the highest number; the newest one keeps the agenda as it stands now."""
    krant = copy.deepcopy(krant)
    items = krant.setdefault("edities", [])
    if items:
        latest = max(items, key=number)
        stand = latest.get("stand") if isinstance(latest.get("stand"), dict) else {}
        for punt in data.get("agenda") or []:
            if isinstance(punt, dict) and punt.get("naam") and str(punt["naam"]) not in stand:
                stand[str(punt["naam"])] = punt.get("status", "gepland")
        if stand:
            latest["stand"] = stand
    nummer = max((number(e) for e in items), default=0) + 1
    items.append({"nummer": nummer, "datum": today.isoformat(), "artikelen": []})
    return krant, nummer


def move(items: list, index: int, step: int) -> list:
    items = list(items)
    target = index + step
    if 0 <= target < len(items):
        items[index], items[target] = items[target], items[index]
    return items


def photo_name(upload_name: str, data: bytes) -> str:
    """A plain, safe file name for an uploaded photo: slug of its name, extension from its bytes."""
    stem = slug(Path(upload_name).stem)[:60]
    suffix = ".png" if mime(data) == "image/png" else ".jpg"
    return f"foto-{stem}{suffix}"


# --- writing back ----------------------------------------------------------------------------


def _write(krant: dict) -> None:
    workspace.set_section("krant", krant)


def _krant() -> tuple[dict, dict]:
    data = parse(workspace.current().text).data
    return data, copy.deepcopy(data.get("krant")) if isinstance(data, dict) else {}


def _on_start() -> None:
    data, _ = _krant()
    name = (st.session_state.get("krant-naam") or "").strip() or t("k_default_name")
    krant, nummer = new_edition(data, {"naam": name, "edities": []}, date.today())
    _write(krant)
    st.session_state["krant_editie"] = nummer


def _on_new_edition() -> None:
    data, krant = _krant()
    krant, nummer = new_edition(data, krant, date.today())
    _write(krant)
    st.session_state["krant_editie"] = nummer


def _edition_of(krant: dict, nummer: int) -> dict:
    return next(e for e in editions(krant) if number(e) == nummer)


def _on_edition_form(nummer: int, key: str) -> None:
    _, krant = _krant()
    editie = _edition_of(krant, nummer)
    when = st.session_state.get(f"{key}-datum")
    editie["datum"] = when.isoformat() if isinstance(when, date) else editie.get("datum")
    opening = (st.session_state.get(f"{key}-opening") or "").strip()
    if opening:
        editie["opening"] = opening
    else:
        editie.pop("opening", None)
    _write(krant)


def _on_add_article(nummer: int) -> None:
    _, krant = _krant()
    editie = _edition_of(krant, nummer)
    articles = editie.get("artikelen") if isinstance(editie.get("artikelen"), list) else []
    articles.append({"titel": t("k_new_title"), "soort": "nieuws", "tekst": t("k_new_text")})
    editie["artikelen"] = articles
    _write(krant)


def _on_article_form(nummer: int, index: int, key: str) -> None:
    _, krant = _krant()
    article = _edition_of(krant, nummer)["artikelen"][index]
    for field in ("titel", "soort", "tekst") + OPTIONAL:
        value = st.session_state.get(f"{key}-{field}")
        value = value.strip() if isinstance(value, str) else value
        if value:
            article[field] = value
        elif field in OPTIONAL:
            article.pop(field, None)
    _write(krant)


def _on_move(nummer: int, index: int, step: int) -> None:
    _, krant = _krant()
    editie = _edition_of(krant, nummer)
    editie["artikelen"] = move(editie["artikelen"], index, step)
    _write(krant)


def _on_delete(nummer: int, index: int) -> None:
    _, krant = _krant()
    editie = _edition_of(krant, nummer)
    del editie["artikelen"][index]
    _write(krant)


def _on_upload(nummer: int, index: int, key: str) -> None:
    from praatplaat.krant.photo import normalise

    upload = st.session_state.get(key)
    if upload is None:
        return
    try:
        data = normalise(upload.getvalue())
    except ValueError:
        st.session_state["krant_flash"] = t("k_upload_bad")
        return
    name = photo_name(upload.name, data)
    workspace.current().write_file(name, data)
    _, krant = _krant()
    _edition_of(krant, nummer)["artikelen"][index]["foto"] = name
    _write(krant)


# --- the page ----------------------------------------------------------------------------------


def _digest(value) -> str:
    return hashlib.sha1(json.dumps(value, sort_keys=True, default=str).encode()).hexdigest()[:10]


def _names(data: dict, key: str) -> list[str]:
    return [str(x["naam"]) for x in data.get(key) or [] if isinstance(x, dict) and x.get("naam")]


def _photos() -> list[str]:
    folder = workspace.current().dir
    if not folder.is_dir():
        return []
    return sorted(p.name for p in folder.iterdir()
                  if p.suffix.lower().lstrip(".") in PHOTO_TYPES and not p.name.startswith(".") and p.is_file())


def _choice(label: str, options: list[str], value, key: str) -> None:
    options = [""] + options + ([str(value)] if value and str(value) not in options else [])
    st.selectbox(label, options, index=options.index(str(value)) if value else 0, key=key,
                 format_func=lambda o: o or t("k_none"))


def _article_form(data: dict, nummer: int, index: int, article: dict, count: int) -> None:
    key = f"k-art-{nummer}-{index}-{_digest(article)}"
    title = str(article.get("titel") or "")
    with st.expander(f"{index + 1}. {title}", expanded=False):
        with st.form(key):
            st.text_input(t("k_title"), value=title, key=f"{key}-titel")
            soort = article.get("soort") if article.get("soort") in ARTIKELSOORTEN else "nieuws"
            st.selectbox(t("k_kind"), ARTIKELSOORTEN, index=ARTIKELSOORTEN.index(soort), key=f"{key}-soort")
            st.text_area(t("k_intro_field"), value=str(article.get("intro") or ""), key=f"{key}-intro", height=68)
            st.text_area(t("k_text"), value=str(article.get("tekst") or ""), key=f"{key}-tekst", height=200)
            st.text_input(t("k_quote"), value=str(article.get("citaat") or ""), key=f"{key}-citaat")
            _choice(t("k_principle"), _names(data, "principes"), article.get("principe"), f"{key}-principe")
            _choice(t("k_journey"), _names(data, "klantreizen"), article.get("reis"), f"{key}-reis")
            _choice(t("k_photo"), _photos(), article.get("foto"), f"{key}-foto")
            st.text_input(t("k_photo_alt"), value=str(article.get("foto_tekst") or ""), key=f"{key}-foto_tekst")
            st.text_input(t("k_author"), value=str(article.get("auteur") or ""), key=f"{key}-auteur")
            st.form_submit_button(t("k_save"), on_click=_on_article_form, args=(nummer, index, key))
        st.file_uploader(t("k_upload"), type=PHOTO_TYPES, key=f"{key}-upload", on_change=_on_upload,
                         args=(nummer, index, f"{key}-upload"), max_upload_size=4)
        with st.container(horizontal=True):
            st.button(t("k_up"), key=f"{key}-up", on_click=_on_move, args=(nummer, index, -1), disabled=index == 0,
                      icon=":material/arrow_upward:")
            st.button(t("k_down"), key=f"{key}-down", on_click=_on_move, args=(nummer, index, 1),
                      disabled=index == count - 1, icon=":material/arrow_downward:")
            st.button(t("k_delete"), key=f"{key}-delete", on_click=_on_delete, args=(nummer, index),
                      icon=":material/delete:")


def _forms(data: dict, krant: dict | None) -> int | None:
    """The edition and article forms; returns the chosen edition number."""
    st.caption(t("k_intro"))
    if not krant:
        st.text_input(t("k_name"), value=t("k_default_name"), key="krant-naam")
        st.button(t("k_start"), on_click=_on_start, key="krant-start", type="primary", icon=":material/newspaper:")
        return None
    items = sorted(editions(krant), key=number, reverse=True)
    numbers = [number(e) for e in items]
    if st.session_state.get("krant_editie") not in numbers:
        st.session_state["krant_editie"] = numbers[0]
    labels = {number(e): t("k_edition_label", n=number(e), date=e.get("datum", "")) for e in items}
    newest = numbers[0]
    with st.container(horizontal=True, vertical_alignment="bottom"):
        st.selectbox(t("k_edition"), numbers, key="krant_editie", format_func=labels.get)
        st.button(t("k_new_edition"), on_click=_on_new_edition, key="krant-new-edition", icon=":material/add:",
                  help=t("k_new_edition_help", n=newest + 1, prev=newest))
    nummer = st.session_state["krant_editie"]
    editie = _edition_of(krant, nummer)
    key = f"k-ed-{nummer}-{_digest({k: editie.get(k) for k in ('datum', 'opening')})}"
    with st.form(key):
        st.date_input(t("k_date"), value=parse_date(str(editie.get("datum", ""))) or date.today(), key=f"{key}-datum",
                      format="YYYY-MM-DD")
        st.text_area(t("k_opening"), value=str(editie.get("opening") or ""), key=f"{key}-opening", height=100)
        st.form_submit_button(t("k_save"), on_click=_on_edition_form, args=(nummer, key))
    st.subheader(t("k_articles"))
    flash = st.session_state.get("krant_flash")
    if flash:
        st.error(flash)
        st.session_state["krant_flash"] = None
    articles = [a for a in editie.get("artikelen") or [] if isinstance(a, dict)]
    for index, article in enumerate(articles):
        _article_form(data, nummer, index, article, len(articles))
    st.button(t("k_add_article"), on_click=_on_add_article, args=(nummer,), key=f"krant-add-{nummer}",
              icon=":material/post_add:")
    return nummer


@st.cache_data(max_entries=16, show_spinner=False)
def pdf_bytes(src: Source, nummer: int, size: str, language: str) -> bytes:
    """The edition's PDF for a valid source (cached per text, files, edition, size and language)."""
    from praatplaat.krant.pdf import render_krant_pdf

    vision = load(src).vision
    return render_krant_pdf(vision, nummer, size=size, lang=language, logo=logo_of(src, vision),
                            base_dir=Path(src.base_dir))


@st.cache_data(max_entries=16, show_spinner=False)
def html_bytes(src: Source, nummer: int, language: str) -> bytes:
    from praatplaat.krant.html import render_krant_html

    vision = load(src).vision
    return render_krant_html(vision, nummer, lang=language, logo=logo_of(src, vision),
                             base_dir=Path(src.base_dir)).encode("utf-8")


@st.cache_data(max_entries=16, show_spinner=False)
def page_images(pdf: bytes, scale: float = 1.6) -> list[bytes]:
    """The PDF's pages as PNG bytes (pypdfium2), for the preview."""
    import io

    import pypdfium2

    out = []
    for page in pypdfium2.PdfDocument(pdf):
        image = page.render(scale=scale).to_pil()
        buffer = io.BytesIO()
        image.save(buffer, "PNG")
        out.append(buffer.getvalue())
    return out


WAIT_S = 0.2  # how soon after the page is drawn the preview's own run starts laying the edition out
MADE = 32  # laid-out editions a session remembers (its newest)


def _preview(result, src: Source | None, nummer: int | None) -> None:
    vision = result.vision if result.ok else None
    if vision is None or vision.krant is None or nummer not in {e.nummer for e in vision.krant.edities}:
        if nummer is not None or not result.ok:
            st.info(t("k_fix_errors"))
        return
    # Laying an edition out takes seconds. Done in the page's run, Streamlit keeps showing the previous mode's
    # elements greyed out below until the run ends (a "ghost" of the workbench). So a page whose edition is not
    # laid out yet ends at once with a message in the preview's place, and the preview's fragment lays it out in
    # a run of its own WAIT_S later (run_every; a run of the whole page stops that timer). A page's run never
    # lays out: one that starts meanwhile (Streamlit then leaves the fragment's run to finish alone) defers again.
    defer = _made_key(src, nummer, _size()) not in st.session_state.get("krant_made", {})
    st.session_state["krant_defer"] = defer  # for the fragment's part of this run
    st.fragment(_edition, run_every=WAIT_S if defer else None)(src, nummer, slug(vision.krant.naam))


def _size() -> str:
    """The paper size chosen (set through the session state, see state.choice)."""
    return state.choice("krant_size", SIZES, state.KEYS["krant_size"].default)


def _made_key(src: Source, nummer: int, size: str) -> str:
    return f"{src.digest}-{nummer}-{size}-{lang()}"


def _edition(src: Source, nummer: int, name: str) -> None:
    """Paper size, downloads and pages of one edition (a fragment: choosing a size reruns only this, and lays the
    edition out in that run: only this fragment's elements could go grey meanwhile, and they are all redrawn)."""
    language = lang()
    with st.container(horizontal=True, vertical_alignment="bottom"):
        size = _size()
        st.segmented_control(t("k_size"), SIZES, key="krant_size", format_func=str.upper, required=True)
        downloads = st.empty()
    pages = st.empty()  # the message or the pages: the message replaces the old pages at once
    made = st.session_state.get("krant_made", {})  # laid-out editions (_made_key) -> whether that worked
    key = _made_key(src, nummer, size)
    if key not in made:
        pages.info(t("k_making"), icon=":material/hourglass_top:")
        if st.session_state.pop("krant_defer", False):
            return  # the page's run: it ends now, complete; this fragment's next run lays the edition out
        made = {**made, key: _lay_out(src, nummer, size, language)}
        st.session_state["krant_made"] = dict(list(made.items())[-MADE:])
        st.rerun(scope="app")  # shows the result and stops the timer
    if not made[key]:
        pages.error(t("unexpected"))
        return
    pdf = pdf_bytes(src, nummer, size, language)
    with downloads.container(horizontal=True):
        st.download_button(t("k_download_pdf", size=size.upper()), pdf, file_name=f"{name}-editie-{nummer}-{size}.pdf",
                           mime="application/pdf", key="krant-download-pdf", on_click="ignore",
                           icon=":material/picture_as_pdf:")
        st.download_button(t("k_download_html"), html_bytes(src, nummer, language),
                           file_name=f"{name}-editie-{nummer}.html", mime="text/html", key="krant-download-html",
                           on_click="ignore", icon=":material/html:")
    images = page_images(pdf)
    with pages.container():
        st.subheader(t("k_preview"))
        for i, png in enumerate(images):
            st.image(png, caption=t("k_page", n=i + 1, total=len(images)), width="stretch",
                     alt=t("k_page_alt", n=i + 1, total=len(images)))


def _lay_out(src: Source, nummer: int, size: str, language: str) -> bool:
    """Make (and cache) the edition's PDF, HTML and page images; False when that failed (logged)."""
    try:
        page_images(pdf_bytes(src, nummer, size, language))
        html_bytes(src, nummer, language)
    except Exception:  # noqa: BLE001 - users never see stack traces; the log keeps the details
        log.exception("laying out edition %s failed", nummer)
        return False
    return True


def _messages(result, text: str) -> None:
    """Errors and warnings located in the ``krant:`` section, as plain text."""
    start = parse(text).key_marks.get(("krant",), (0, 0))[0]
    if not start:
        return
    for d in result.diagnostics:
        if d.line >= start:
            show_box = st.error if d.severity == "error" else st.warning
            show_box(f"{t('at_line', line=d.line, col=d.col)}: {esc(d.message(lang()))}")


def show(result, src: Source | None) -> None:
    """The Krant mode: forms on the left, preview and export on the right."""
    text = workspace.current().text
    data = parse(text).data
    if not isinstance(data, dict):
        st.info(t("k_fix_errors"))
        return
    krant = data.get("krant") if isinstance(data.get("krant"), dict) else None
    left, right = st.columns([5, 7], gap="medium")
    with left:
        nummer = _forms(data, krant)
        _messages(result, text)
    with right:
        _preview(result, src, nummer)
