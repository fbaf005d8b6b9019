"""Public by default: exports leave the origin marks, their legend and the origin in the details out unless
asked for (``herkomst=True``, ``render --herkomst``, the export menu's switch); the studio keeps them."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from praatplaat.cli import main
from praatplaat.export import export, public
from praatplaat.layout import build_scene
from praatplaat.load import load_file

ROOT = Path(__file__).resolve().parents[1]
BEEKDAL = ROOT / "praatplaten" / "gemeente-beekdal.yaml"
LEGEND = "uit de basis 'overheid'"


@pytest.fixture(scope="module")
def beekdal():
    return load_file(BEEKDAL).vision


def test_public_vision_has_no_origins_and_leaves_the_original_alone(beekdal):
    assert beekdal.herkomst and not public(beekdal).herkomst
    assert public(beekdal).titel == beekdal.titel and beekdal.herkomst  # the shared vision is not changed
    studio = build_scene(beekdal)  # the studio's own picture keeps its marks
    assert any(LEGEND in " ".join(t.lines) for t in studio.texts())


@pytest.mark.parametrize("fmt", ["svg", "html"])
def test_text_exports(beekdal, fmt):
    plain = export(beekdal, fmt).decode("utf-8")
    marked = export(beekdal, fmt, herkomst=True).decode("utf-8")
    assert LEGEND in marked and LEGEND not in plain
    assert "Herkomst" not in plain


def test_png_differs_only_with_herkomst(beekdal):
    assert export(beekdal, "png") != export(beekdal, "png", herkomst=True)
    assert export(beekdal, "png") == export(public(beekdal), "png", herkomst=True)


def test_pdf(beekdal, tmp_path):
    for name, flag in (("plain", False), ("marked", True)):
        (tmp_path / f"{name}.pdf").write_bytes(export(beekdal, "pdf", size="a4", herkomst=flag))
    text = {n: subprocess.run(["pdftotext", str(tmp_path / f"{n}.pdf"), "-"], capture_output=True, text=True,
                              check=True).stdout for n in ("plain", "marked")}
    assert "uit de basis" in text["marked"] and "uit de basis" not in text["plain"]


def test_cli_flag(tmp_path):
    assert main(["render", str(BEEKDAL), "--out", str(tmp_path / "a.svg")]) == 0
    assert main(["render", str(BEEKDAL), "--out", str(tmp_path / "b.svg"), "--herkomst"]) == 0
    assert LEGEND not in (tmp_path / "a.svg").read_text(encoding="utf-8")
    assert LEGEND in (tmp_path / "b.svg").read_text(encoding="utf-8")


def test_krant(beekdal):
    from praatplaat.krant.html import render_krant_html

    krant = load_file(ROOT / "praatplaten" / "gemeente-groothaven.yaml").vision.krant
    vision = beekdal.model_copy(update={"krant": krant})  # a newsletter of a vision built on a base
    assert vision.herkomst
    assert LEGEND not in render_krant_html(vision)
    assert LEGEND in render_krant_html(vision, herkomst=True)
