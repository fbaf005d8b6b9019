"""The studio's upload and editor against the CLI's hostile corpus (issue 18), driven with Streamlit's AppTest.

Whatever arrives (mutated examples, deep nesting, huge numbers, dates and nesting in ``titel``, other
encodings, NUL, more than the size limit), the studio answers with a located message or a picture, never
with Streamlit's error page, and the start page that lists the work (titles from store.text.meta) still
opens. Example counts are small: each example starts the app; ``HYPOTHESIS_SCALE=20`` runs more.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st
from streamlit.testing.v1 import AppTest

import store
from praatplaat.embed import source_from_png
from praatplaat.load import MAX_BYTES
from tests.test_app import type_text  # what the editor sends, as the studio's tests drive it
from tests.test_fuzz import EXAMPLES, ROOT, bounded, examples, hostile_pngs, hostile_texts, huge_numbers

APP = str(ROOT / "app.py")
LOCATED = re.compile(r"^Regel \d+, kolom \d+$")


@st.composite
def hostile_titles(draw) -> str:
    """A ``titel:`` value the metadata step once choked on: nesting, impossible dates, huge numbers."""
    kind = draw(st.sampled_from(["nest", "date", "number", "nines"]))
    if kind == "nest":
        depth = draw(st.sampled_from([33, 2000, 5000]))
        return "[" * depth + "1" + "]" * draw(st.sampled_from([depth, 0]))
    if kind == "date":
        return draw(st.sampled_from(["2026-02-30", "2026-13-01", "0000-00-00", "2026-02-28T25:61:00", "9999-99-99"]))
    if kind == "number":
        return draw(huge_numbers())
    return "9" * draw(st.sampled_from([4301, 5000, 50_000]))


@st.composite
def titled_texts(draw) -> str:
    """An example vision whose ``titel`` (and maybe ``organisatie``) is hostile."""
    text = draw(st.sampled_from(sorted(EXAMPLES.values())))
    for key in draw(st.sampled_from([["titel"], ["organisatie"], ["titel", "organisatie"]])):
        text = re.sub(rf"(?m)^{key}:.*$", lambda _m, k=key: f"{k}: {draw(hostile_titles())}", text, count=1)
    return text


@st.composite
def encoded(draw) -> bytes:
    """A vision text as bytes the way people send them: other encodings, a BOM, NUL, too many bytes."""
    text = draw(st.one_of(titled_texts(), hostile_texts()))
    kind = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "latin-1", "invalid", "nul", "oversize"]))
    if kind in ("utf-8-sig", "utf-16", "latin-1"):
        return text.encode(kind, "replace")
    data = text.encode("utf-8", "surrogatepass")
    if kind == "invalid":
        at = draw(st.integers(0, len(data)))
        return data[:at] + draw(st.sampled_from([b"\xff", b"\xc3", b"\xed\xa0\x80", b"\x80\x80"])) + data[at:]
    if kind == "nul":
        at = draw(st.integers(0, len(data)))
        return data[:at] + b"\0" + data[at:]
    if kind == "oversize":
        return data + b"#" * (MAX_BYTES + 1 - len(data)) + b"\n"
    return data


UPLOADS = st.one_of(encoded(), hostile_pngs())
TEXTS = st.one_of(titled_texts(), hostile_texts(), encoded().map(lambda b: b.decode("utf-8", "replace")))


@pytest.fixture
def db(tmp_path, monkeypatch):
    monkeypatch.setenv("PRAATPLAAT_WORKSPACES", str(tmp_path / "ws"))
    monkeypatch.setenv("PRAATPLAAT_DATABASE_URL", f"sqlite:///{tmp_path / 'praatplaat.db'}")
    return store.open_store()


def app(browser: str) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=120)
    at.session_state["browser_id"] = browser
    return at


def editor(at: AppTest) -> dict:
    """What the studio gave the YAML editor component: its text and problems ({} when it is not shown)."""
    import json

    return next((json.loads(e.proto.json) for e in at.get("bidi_component")
                 if e.proto.component_name == "praatplaat_editor"), {})


def assert_no_error_page(at: AppTest) -> None:
    assert not at.exception, [e.value for e in at.exception]
    assert "Er ging iets mis" not in " ".join(e.value for e in at.error)


def assert_picture_or_located(at: AppTest) -> None:
    """The editor shows the text with located problems, or the picture of a valid text."""
    shown = editor(at)
    assert shown, "the editor is on the page"
    problems = shown.get("problems", [])
    assert all(LOCATED.match(p["where"]) and p["message"] for p in problems), problems[:3]
    if not any(p["severity"] == "error" for p in problems):
        assert any(e.proto.component_name == "praatplaat_picture" for e in at.get("bidi_component")), "a picture"


def assert_start_page_opens(browser: str) -> None:
    """The start page and its list of recent work (titles from the store's metadata) still open."""
    at = app(browser).run()
    assert_no_error_page(at)


@examples(8)
@given(data=UPLOADS)
def test_the_studio_answers_every_hostile_upload(db, data):
    browser = store.new_id()
    at = app(browser).run()
    upload = next(u for u in at.get("file_uploader") if u.key == "upload")
    name = "plaat.png" if data.startswith(b"\x89PNG") else "plaat.yaml"
    with bounded(memory=False):
        upload.upload(name, data, "application/octet-stream").run()
        assert_no_error_page(at)
        if at.session_state["mode"] == "edit" if "mode" in at.session_state else False:
            source = source_from_png(data) if name == "plaat.png" else data
            assert at.session_state["workspace"].text == source.decode("utf-8-sig"), "opened as it is"
            assert_picture_or_located(at)
        else:
            assert at.error, "a refused upload says why"
        assert_start_page_opens(browser)


@examples(8)
@given(text=TEXTS)
def test_the_editor_answers_every_hostile_text(db, text):
    browser = store.new_id()
    at = app(browser).run()
    at.button(key="open-gemeente-groothaven").click().run()
    with bounded(memory=False):
        try:
            type_text(at, text, "fuzz")
        except (store.InvalidText, store.LimitExceeded):  # a text the store cannot keep, refused by its save
            at.run()
        assert_no_error_page(at)
        assert_picture_or_located(at)
        assert_start_page_opens(browser)


@pytest.mark.parametrize("title", ["[" * 3000 + "1" + "]" * 3000, "2026-02-30", "9" * 5000, "[" * 2000],
                         ids=["nested", "date", "nines", "brackets"])
def test_an_upload_with_a_hostile_title_opens_and_is_listed(db, title):
    """Issue 18's reproduction: these titles replaced the page with Streamlit's error (store.text.meta)."""
    browser = store.new_id()
    at = app(browser).run()
    text = re.sub(r"(?m)^titel:.*$", lambda _m: f"titel: {title}", EXAMPLES["gemeente-groothaven.yaml"], count=1)
    upload = next(u for u in at.get("file_uploader") if u.key == "upload")
    upload.upload("plaat.yaml", text.encode("utf-8"), "application/octet-stream").run()
    assert_no_error_page(at)
    assert at.session_state["workspace"].text == text
    assert_picture_or_located(at)
    assert_start_page_opens(browser)


def test_a_big_paste_gets_a_located_message(db):
    """Issue 18's 47 kB paste of 3,000 principles: the studio answers with the list's limit, where it is.

    (Its 102.6 s were Chromium's insertText of 47 kB into a contenteditable; a real paste settles in about
    2 s: bench/bench_big.py --browser.)"""
    text = "versie: 1\ntitel: Groot\norganisatie: Gemeente\nvisie:\n  kern: Wij helpen\nprincipes:\n"
    text += "".join(f"  - naam: p{i}\n" for i in range(3000))
    at = app(store.new_id()).run()
    at.button(key="open-gemeente-groothaven").click().run()
    type_text(at, text, "paste")
    assert_no_error_page(at)
    assert at.session_state["workspace"].text == text
    (problem,) = editor(at)["problems"]
    assert problem["where"] == "Regel 7, kolom 3"
    assert problem["message"] == "deze lijst mag hoogstens 12 elementen bevatten"
