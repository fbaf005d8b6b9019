"""Nothing cut silently at any size: our examples fit every export size, and a text that cannot fit A4 is
reported by ``render``, by the studio's export menu before the download, and fails ``check --strict``."""

from __future__ import annotations

from pathlib import Path

import pytest

from components.export_panel import shortened
from components.picture import Source
from praatplaat.cli import main
from praatplaat.fitcheck import ALL_SIZES, export_warnings, truncation_warnings
from praatplaat.load import load_file, load_text

EXAMPLES = sorted(Path(__file__).resolve().parents[1].joinpath("praatplaten").glob("*.yaml"))
LONG_NAME = ("Wij handelen altijd en overal in het algemeen belang en kijken daarbij eerst naar het leven van "
             "mensen en dan pas naar de regels")
VISION = f"""\
versie: 1
titel: Test
organisatie: Gemeente Test
visie: {{kern: Wij helpen.}}
principes:
  - naam: {LONG_NAME}
    uitleg: Wij kijken naar het leven van mensen.
  - naam: Dichtbij
  - naam: Samen
  - naam: Eerlijk
  - naam: Open
  - naam: Snel
"""


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_examples_fit_every_size(path):
    result = load_file(path)
    assert set(ALL_SIZES) == {"scherm", "a4", "a3", "telefoon", "a4-staand", "a3-staand"}
    assert [d.message("en") for d in truncation_warnings(result.vision, None)] == []


@pytest.fixture
def too_long(tmp_path) -> Path:
    path = tmp_path / "visie.yaml"
    path.write_text(VISION, encoding="utf-8")
    found = export_warnings(load_text(VISION).vision, None, "pdf", size="a4")
    assert any(d.params["field_id"] == "naam" and d.params["size_ids"] == ["a4"] for d in found)
    return path


def test_render_warns_for_its_size(too_long, tmp_path, capsys):
    assert main(["render", str(too_long), "--size", "a4", "--out", str(tmp_path / "x.pdf")]) == 0
    err = capsys.readouterr().err
    assert "is ingekort in overzicht op A4" in err and "visie.yaml:6:" in err


def test_check_strict_fails(too_long, capsys):
    assert main(["check", str(too_long)]) == 0
    assert "waarschuwing: naam van" in capsys.readouterr().err
    assert main(["check", "--strict", str(too_long)]) == 1
    assert "fout: naam van" in capsys.readouterr().err


def test_export_menu_says_what_is_shortened(too_long):
    src = Source(VISION, str(too_long.parent))
    lines = shortened(src, "pdf-a4", "overzicht", None, "nl")
    assert lines == ["Op A4 wordt 'Wij handelen altijd en overal in het…' ingekort (naam in overzicht)"]
    assert shortened(src, "yaml", "overzicht", None, "nl") == []
    assert shortened(src, "pdf-a4", "overzicht", None, "en")[0].startswith("At A4 'Wij handelen")
