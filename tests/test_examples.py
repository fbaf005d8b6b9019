"""Every example in praatplaten/ is valid and renders in every view and every format."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from praatplaat.export import export
from praatplaat.layout import VIEWS
from praatplaat.load import load_file
from praatplaat.logo import read_logo

EXAMPLES = sorted((Path(__file__).resolve().parent.parent / "praatplaten").glob("*.yaml"))


def test_there_are_at_least_three_examples():
    names = {p.stem for p in EXAMPLES}
    assert {"gemeente-groothaven", "uitvoeringsorganisatie", "gemeente-kleindorp"} <= names


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_example_checks_clean(path):
    result = load_file(path)
    assert result.ok, result.report()
    assert not result.warnings, result.report()


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
@pytest.mark.parametrize("view", VIEWS)
def test_example_renders_in_every_format(path, view):
    vision = load_file(path).vision
    logo = read_logo(vision.logo, path.parent)
    png = export(vision, "png", view=view, scale=0.5, logo=logo)
    with Image.open(io.BytesIO(png)) as image:
        assert image.size == (960, 540)
    assert export(vision, "pdf", view=view, logo=logo).startswith(b"%PDF")
    svg = export(vision, "svg", view=view, logo=logo).decode()
    assert vision.organisatie in svg.replace("&amp;", "&")
    html = export(vision, "html", view=view, logo=logo).decode()
    assert (vision.visie.kern or vision.titel).split()[0] in html  # the empty template has no core sentence yet
    assert "Typ hier" not in svg + html, "an export has no empty places"


def test_the_large_example_uses_every_section():
    vision = load_file(next(p for p in EXAMPLES if p.stem == "gemeente-groothaven")).vision
    assert vision.fundament and vision.kanalen and vision.doelgroepen and vision.klantreizen
    assert vision.verhalen and vision.agenda and vision.logo and vision.ondertitel
    assert {k.soort for k in vision.kanalen} == {"online", "email", "chat", "sociale-media", "telefoon", "video",
                                                "balie", "thuis", "post"}
    assert {a.status for a in vision.agenda} == {"gepland", "bezig", "klaar"}
