"""The studio's Krant mode with Streamlit's AppTest: start a newsletter, add an edition with two articles,
reorder them, get the PDF; plus the pure helpers behind the forms."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pypdf
import pytest
from streamlit.testing.v1 import AppTest

from components import krant_panel
from praatplaat.load import load_text
from praatplaat.yamlload import load_yaml

ROOT = Path(__file__).resolve().parent.parent
APP = str(ROOT / "app.py")


@pytest.fixture(autouse=True)
def workspaces(tmp_path, monkeypatch):
    monkeypatch.setenv("PRAATPLAAT_WORKSPACES", str(tmp_path / "ws"))
    return tmp_path / "ws"


def _button(at: AppTest, key: str):
    return next(b for b in at.button if b.key == key)


def test_new_edition_keeps_the_agenda_as_it_stands():
    data = {"agenda": [{"naam": "A", "status": "bezig"}, {"naam": "B"}]}
    krant, nummer = krant_panel.new_edition(data, {"naam": "K", "edities": [{"nummer": 3, "datum": "2026-01-01"}]},
                                            date(2026, 6, 1))
    assert nummer == 4
    assert krant["edities"][0]["stand"] == {"A": "bezig", "B": "gepland"}
    assert krant["edities"][1] == {"nummer": 4, "datum": "2026-06-01", "artikelen": []}
    assert krant_panel.move(["a", "b", "c"], 2, -1) == ["a", "c", "b"]
    assert krant_panel.move(["a", "b"], 0, -1) == ["a", "b"]
    assert krant_panel.photo_name("../../Mijn foto.JPG", b"\xff\xd8") == "foto-mijn-foto.jpg"


def test_studio_creates_an_edition_with_two_articles_and_makes_the_pdf():
    at = AppTest.from_file(APP, default_timeout=300).run()
    at.button(key="open-gemeente-kleindorp").click().run()
    at.session_state["mode"] = "krant"
    at.run()
    assert not at.exception
    _button(at, "krant-start").click().run()
    ws = at.session_state["workspace"]
    assert "krant:" in ws.text
    _button(at, "krant-add-1").click().run()
    _button(at, "krant-add-1").click().run()
    assert not at.exception
    data = load_yaml(ws.text).data
    articles = data["krant"]["edities"][0]["artikelen"]
    assert len(articles) == 2
    # edit the second article's headline through its form, then move it up
    key = next(k.key for k in at.text_input if k.key and k.key.startswith("k-art-1-1-") and k.key.endswith("-titel"))
    at.text_input(key=key).input("Buren helpen buren")
    form = key.removesuffix("-titel")
    next(b for b in at.button if (b.key or "").startswith(f"FormSubmitter:{form}")).click().run()
    assert load_yaml(at.session_state["workspace"].text).data["krant"]["edities"][0]["artikelen"][1]["titel"] == \
        "Buren helpen buren"
    up = next(b.key for b in at.button if b.key and b.key.startswith("k-art-1-1-") and b.key.endswith("-up"))
    _button(at, up).click().run()
    text = at.session_state["workspace"].text
    titles = [a["titel"] for a in load_yaml(text).data["krant"]["edities"][0]["artikelen"]]
    assert titles[0] == "Buren helpen buren"
    assert not at.exception
    # a run of the page never lays the edition out (it ends with a message in the preview's place): the preview's
    # own run does, started by a timer in the browser (tests/browser/test_krant_studio.py)
    assert "De krant wordt opgemaakt…" in [i.value for i in at.info]
    assert "krant-download-pdf" not in {b.key for b in at.get("download_button")}
    result = load_text(text, base_dir=at.session_state["workspace"].dir)
    assert result.ok, result.report()
    pdf = krant_panel.pdf_bytes.__wrapped__(  # what the download button serves
        krant_panel.Source(text, str(at.session_state["workspace"].dir)), 1, "a4", "nl")
    pages = pypdf.PdfReader(io.BytesIO(pdf)).pages
    body = " ".join(" ".join(p.extract_text().split()) for p in pages)
    assert "Buren helpen buren" in body and "Editie 1" in body
