"""'Vergelijken' compares this browser's workspaces too (AppTest on a real SQLite store), and uploads are read
as text only."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

import store

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def database(tmp_path, monkeypatch):
    monkeypatch.setenv("PRAATPLAAT_WORKSPACES", str(tmp_path / "ws"))
    monkeypatch.setenv("PRAATPLAAT_DATABASE_URL", f"sqlite:///{tmp_path / 'praatplaat.db'}")


def _studio(root: str, browser: str):
    import sys

    sys.path.insert(0, root)
    import streamlit as st

    from components import vergelijk

    st.session_state.setdefault("lang", "nl")
    st.session_state.setdefault("browser_id", browser)
    vergelijk.show()


def columns(at: AppTest) -> list[str]:
    """The organisations (x categories) of the principles grid."""
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    return spec["layout"]["xaxis"]["categoryarray"]


def test_a_workspace_of_this_browser_can_be_compared_with_the_examples():
    db = store.open_store()
    browser = store.new_id()
    text = (ROOT / "praatplaten" / "gemeente-beekdal.yaml").read_text(encoding="utf-8")
    mine = db.create(text.replace("Gemeente Beekdal", "Gemeente Waterdal").replace(
        "Samen met het dorp", "Samen met de wijk"), browser=browser)
    other = db.create("versie: 1\ntitel: Niet van mij\norganisatie: Ander\n", browser=store.new_id())
    at = AppTest.from_function(_studio, default_timeout=120, args=(str(ROOT), browser)).run()
    assert not at.exception
    choice = at.multiselect(key="vergelijk-ws")
    assert choice.options == ["Gemeente Waterdal · Beekdal helpt, dichtbij"]  # another browser's work not offered
    assert other.id not in str(choice.options)
    choice.set_value([mine.id]).run()
    assert not at.exception
    assert "Gemeente Waterdal" in columns(at) and "Gemeente Beekdal" in columns(at)


def test_an_upload_is_text_only_a_file_base_is_refused_and_a_twin_gets_its_own_column():
    at = AppTest.from_function(_studio, default_timeout=120, args=(str(ROOT), store.new_id())).run()
    assert not at.exception
    twin = (ROOT / "praatplaten" / "gemeente-beekdal.yaml").read_bytes()
    on_file = b"versie: 1\ntitel: T\norganisatie: O\nbasis: ../../etc/passwd\n"
    at.get("file_uploader")[0].set_value([("beekdal.yaml", twin, "application/yaml"),
                                          ("stiekem.yaml", on_file, "application/yaml")]).run()
    assert not at.exception
    assert "Gemeente Beekdal (2)" in columns(at)
    assert any("doet niet mee" in e.value for e in at.error)


@pytest.mark.parametrize("valid", [True, False], ids=["valid", "empty"])
def test_the_open_praatplaat_is_compared_by_default_when_its_text_is_valid(valid):
    db = store.open_store()
    browser = store.new_id()
    text = (ROOT / "praatplaten" / "gemeente-beekdal.yaml").read_text(encoding="utf-8")
    here = db.create(text if valid else "", browser=browser)
    at = AppTest.from_function(_studio, default_timeout=120, args=(str(ROOT), browser))
    at.query_params["ws"] = here.id
    at.run()
    assert not at.exception and not at.error  # an unfinished praatplaat is simply not chosen yet
    choice = at.multiselect(key="vergelijk-ws")
    assert choice.options[0] == ("Gemeente Beekdal" if valid else "(nog zonder titel)") + " (deze praatplaat)"
    assert choice.value == ([here.id] if valid else [])
    # beside it examples of other organisations (Beekdal's own example left out when it is open)
    assert columns(at) == ["Gemeente Beekdal", "Provincie Zuidwold", "Dienst Inkomen"]
    assert at.multiselect(key="vergelijk-kies").value == (["provincie-zuidwold", "dienst-inkomen"] if valid else
                                                          ["gemeente-beekdal", "provincie-zuidwold", "dienst-inkomen"])
