"""Comparing organisations: matching principles, channels and fundament across visions."""

from __future__ import annotations

from pathlib import Path

import pytest

from praatplaat.compare import SAME_BASE, SAME_ID, SIMILAR, compare, name_score
from praatplaat.load import load_file, load_text

ROOT = Path(__file__).resolve().parent.parent
THREE = ["gemeente-beekdal", "provincie-zuidwold", "dienst-inkomen"]


def loaded(names):
    results = [load_file(ROOT / "praatplaten" / f"{n}.yaml") for n in names]
    assert all(r.ok for r in results)
    return [r.vision for r in results], [r.herkomst for r in results]


@pytest.fixture(scope="module")
def three():
    visions, herkomst = loaded(THREE)
    return visions, compare(visions, herkomst)


def test_every_element_of_every_organisation_appears_exactly_once(three):
    visions, comparison = three
    for section, attr in (("principes", "principes"), ("kanalen", "kanalen")):
        rows = getattr(comparison, attr)
        for org, vision in enumerate(visions):
            placed = [r.cells[org].id for r in rows if r.cells[org]]
            assert sorted(placed) == sorted(e.id for e in getattr(vision, attr)), (section, org)
    for org, vision in enumerate(visions):
        assert sum(r.cells[org] is not None for r in comparison.fundament) == (vision.fundament is not None)


def test_shared_base_principles_are_one_row_each_first(three):
    _, comparison = three
    first = comparison.principes[:3]
    assert [r.cells[0].id for r in first] == ["algemeen-belang", "er-om-te-helpen", "duidelijk-en-aanspreekbaar"]
    assert all(r.count == 3 and r.how == SAME_BASE and r.confidence == 1.0 for r in first)
    # changed locally (the agency renamed it) but still the same base element
    assert first[2].cells[2].naam == "Wij zijn duidelijk en altijd bereikbaar"


def test_similar_names_match_with_a_confidence(three):
    _, comparison = three
    row = next(r for r in comparison.principes if r.cells[0] and r.cells[0].id == "menselijke-maat")
    assert row.cells[1].naam == "Menselijke maat" and row.cells[2] is None
    assert row.how == SIMILAR and 0.6 <= row.confidence <= 1.0


def test_unique_principles_stay_alone_and_come_last(three):
    _, comparison = three
    counts = [r.count for r in comparison.principes]
    assert counts == sorted(counts, reverse=True)
    alone = {r.label for r in comparison.principes if r.count == 1}
    assert alone == {"Samen met het dorp", "Wij zijn makkelijk te vinden", "Wij gaan uit van vertrouwen",
                     "Wij herstellen fouten snel"}


def test_channels_side_by_side_with_availability_and_norm(three):
    _, comparison = three
    telefoon = next(r for r in comparison.kanalen if r.label == "Telefoon")
    assert telefoon.count == 3 and telefoon.how == SAME_ID
    assert "Binnen 1 minuut een mens aan de lijn" in telefoon.cells[0].tekst
    assert "Werkdagen van 8.00 tot 20.00 uur" in telefoon.cells[2].tekst


def test_fundament_inherited_by_all_is_one_row(three):
    _, comparison = three
    (row,) = comparison.fundament
    assert row.count == 3 and row.how == SAME_BASE


def test_name_score_method():
    assert name_score("Menselijke maat", "Op menselijke maat") >= 0.9
    assert name_score("Wij zijn er voor u", "Wij zijn er om te helpen") < 0.6
    assert name_score("Wij doen wat we beloven", "Wij komen in actie") < 0.6


def test_unrelated_principles_do_not_match():
    a = load_text("versie: 1\ntitel: A\norganisatie: A\nvisie:\n  kern: K\nprincipes:\n  - naam: Snel\n").vision
    b = load_text("versie: 1\ntitel: B\norganisatie: B\nvisie:\n  kern: K\nprincipes:\n  - naam: Eerlijk\n").vision
    rows = compare([a, b]).principes
    assert [r.count for r in rows] == [1, 1]


# --- the picture -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def scene(three):
    from praatplaat.layout.vergelijk import layout

    return layout(three[1])


def test_grid_has_each_principle_once_per_organisation_and_shared_ones_in_one_row(three, scene):
    visions, _ = three
    spots = [h for h in scene.hotspots if h.kind == "principe"]
    for org, vision in enumerate(visions):
        names = [h.label for h in spots if h.id.endswith(f"-{org}")]
        assert sorted(names) == sorted(p.naam for p in vision.principes)
    rows = {}
    for h in spots:
        rows.setdefault(h.id.rsplit("-", 1)[0], []).append(h)
    shared = [r for r in rows.values() if len(r) == 3]
    assert len(shared) == 3 and all(len({h.y for h in r}) == 1 for r in shared)  # side by side
    assert {h.label for h in rows["principes-3"]} == {"Op menselijke maat", "Menselijke maat"}


def test_picture_says_how_rows_match_and_where_elements_come_from(scene):
    text = " ".join(line for t in scene.texts() for line in t.lines)
    for words in ("gedeeld door 3 van 3", "zelfde basis-element", "lijkt op elkaar", "alleen Dienst Inkomen",
                  "basis: overgenomen uit de basis", "Legenda", "eigen: van de organisatie zelf"):
        assert words in text, words
    assert all(t.full is None for t in scene.texts()), [t.full for t in scene.texts() if t.full]


def test_every_format(three, tmp_path):
    import io

    from PIL import Image

    from praatplaat.vergelijk_export import export_vergelijking

    comparison = three[1]
    with Image.open(io.BytesIO(export_vergelijking(comparison, "png", scale=0.5))) as image:
        assert image.size == (960, 540)
    svg = export_vergelijking(comparison, "svg").decode()
    assert "Provincie Zuidwold" in svg and "aangepast: uit de basis, hier aangepast" in svg
    assert export_vergelijking(comparison, "pdf").startswith(b"%PDF")
    html = export_vergelijking(comparison, "html", lang="en").decode()
    assert '<html lang="en">' in html and "<caption>Principles</caption>" in html
    assert "<strong>Op menselijke maat</strong> (own)" in html and "same base element" in html


def test_cli_vergelijk(tmp_path):
    from praatplaat.cli import main

    files = [str(ROOT / "praatplaten" / f"{n}.yaml") for n in THREE]
    out = tmp_path / "v" / "vergelijking.png"
    assert main(["vergelijk", *files, "--out", str(out)]) == 0
    assert out.read_bytes().startswith(b"\x89PNG")
    assert main(["vergelijk", files[0], "--out", str(out)]) == 2
    assert main(["vergelijk", *files, "--out", str(tmp_path / "x.gif")]) == 2
    bad = tmp_path / "bad.yaml"
    bad.write_text("versie: 1\nbasis: overheid\nprincipes:\n  - naam: X\n    icoon: fout\n", encoding="utf-8")
    assert main(["vergelijk", files[0], str(bad), "--out", str(out)]) == 1


def test_three_organisations_fit_a_screen_and_each_cell_has_a_provenance_mark(three, scene):
    assert (scene.width, scene.height) == (1920, 1080)
    marks = [t for t in scene.texts() if t.lines in (["B"], ["A"], ["E"])]
    assert len(marks) == len(scene.hotspots) + 3  # one per cell, plus the three in the legend
    refs = {h.ref for h in scene.hotspots}
    assert {t.ref for t in marks if t.ref} == refs


def test_many_organisations_stack_and_grow(three):
    from praatplaat.compare import compare as match
    from praatplaat.layout.vergelijk import layout

    visions, _ = three
    scene = layout(match(visions * 2))
    assert scene.height > 1080 and all(t.full is None for t in scene.texts())


# --- the studio's Vergelijken mode -----------------------------------------------------------


def test_studio_grid_has_one_square_per_element(three):
    from components.vergelijk import grid

    visions, comparison = three
    figure = grid(comparison, "principes", "nl")
    rows = [r for trace in figure.data for r in trace.customdata]
    assert len(rows) == sum(len(v.principes) for v in visions)
    assert rows.count(0) == comparison.principes[0].count == 3
    hovers = [h for trace in grid(_with_html_name(comparison), "principes", "nl").data for h in trace.hovertext]
    assert any("&lt;b&gt;x" in h for h in hovers) and not any("<b><b>" in h for h in hovers)


def _with_html_name(comparison):
    from dataclasses import replace

    row = comparison.principes[0]
    cells = [replace(c, naam="<b>x</b>") if c else c for c in row.cells]
    return replace(comparison, principes=[replace(row, cells=cells)])


def _studio(root: str):
    import sys

    sys.path.insert(0, root)
    import streamlit as st

    from components import vergelijk

    st.session_state.setdefault("lang", "nl")
    vergelijk.show()


def test_studio_mode_shows_three_grids_and_asks_for_two_visions():
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_function(_studio, default_timeout=120, args=(str(ROOT),))
    at.run()
    assert not at.exception
    assert [s.value for s in at.subheader] == ["Principes", "Kanalen", "Fundament"]
    assert len(at.get("plotly_chart")) == 3
    examples = at.multiselect(key="vergelijk-kies")  # named by organisation, not by file
    assert {"Gemeente Beekdal", "Provincie Zuidwold", "Dienst Inkomen"} <= set(examples.options)
    assert not any("-" in o for o in examples.options)
    at.multiselect(key="vergelijk-kies").set_value(["gemeente-beekdal"]).run()
    assert not at.exception and "minstens twee" in at.info[0].value


def test_three_organisations_with_many_rows_are_stacked_instead():
    from praatplaat.compare import compare as match
    from praatplaat.layout.vergelijk import layout

    visions, herkomst = loaded(["gemeente-groothaven", "provincie-lindeland", "uitvoeringsorganisatie"])
    scene = layout(match(visions, herkomst))
    assert scene.height > 1080 and all(t.full is None for t in scene.texts())
    assert len([h for h in scene.hotspots if h.kind == "principe"]) == sum(len(v.principes) for v in visions)
