"""The national overview (``vergelijk FOLDER``, praatplaat.overview): counts per base and kind, own principles
shared by many, the outputs, and a broken file reported and left out."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.generate import landelijk_set
from praatplaat.cli import main
from praatplaat.load import load_text
from praatplaat.overview import AANGEPAST, OVERGENOMEN, WEGGELATEN, build, html_page, kind_of

BASE = "versie: 1\nbasis: overheid\ntitel: T\n"


def _vision(org: str, extra: str = "") -> object:
    result = load_text(BASE + f"organisatie: {org}\n" + extra, f"{org}.yaml")
    assert result.ok, result.report()
    return result


def test_kind_of_organisation_from_its_name():
    assert kind_of("Gemeente Beekdal") == "gemeente"
    assert kind_of("provincie Zuidwold") == "provincie"
    assert kind_of("Waterschap Veen") == "waterschap"
    assert kind_of("Dienst Inkomen") == kind_of("UWV") == kind_of("") == "uitvoeringsorganisatie"


def test_adopted_changed_and_left_out_per_kind_and_shared_own_principles():
    own = "principes:\n  - naam: Wij zijn dichtbij\n    id: d\n"
    results = [
        _vision("Gemeente A", own),
        _vision("Gemeente B", "weglaten: [algemeen-belang]\nprincipes:\n  - naam: Dichtbij\n    id: x\n"),
        _vision("Provincie C", "principes:\n  - id: algemeen-belang\n    uitleg: Anders.\n"
                               "  - naam: Wij zijn er dichtbij\n    id: y\n"),
        _vision("Dienst D", "principes:\n  - naam: Trots op D\n    id: t\n"),
    ]
    ov = build(results)
    (base,) = ov.bases
    assert base.name == "overheid" and len(base.orgs) == 4 and base.kinds == ["gemeente", "provincie",
                                                                                "uitvoeringsorganisatie"]
    assert base.counts("algemeen-belang") == {OVERGENOMEN: 2, AANGEPAST: 1, WEGGELATEN: 1}
    assert base.counts("algemeen-belang", "gemeente") == {OVERGENOMEN: 1, WEGGELATEN: 1}
    assert base.counts("er-om-te-helpen") == {OVERGENOMEN: 4}
    assert ov.threshold == 3
    (shared,) = ov.shared  # three names, one principle; 'Trots op D' is one organisation's own
    assert shared.label in {"Wij zijn dichtbij", "Dichtbij", "Wij zijn er dichtbij"} and len(shared.orgs) == 3
    page = html_page(ov, "en")
    assert '<html lang="en">' in page and "<caption>" in page and 'scope="col"' in page and 'scope="row"' in page
    assert '<label for="filter">' in page and 'role="status"' in page


@pytest.mark.parametrize("suffix", ["html", "png", "svg", "pdf"])
def test_a_folder_with_a_broken_file_gives_the_overview_of_the_others_and_exit_1(tmp_path, capsys, suffix):
    folder = tmp_path / "visies"
    landelijk_set(folder, 12)
    (folder / "kapot.yaml").write_text("versie: 1\ntitel: [\n", encoding="utf-8")
    out = tmp_path / f"overzicht.{suffix}"
    assert main(["vergelijk", str(folder), "--out", str(out)]) == 1
    assert out.stat().st_size > 1000
    err = capsys.readouterr().err
    assert "kapot.yaml:3:1" in err
    if suffix == "html":
        text = out.read_text(encoding="utf-8")
        assert "kapot.yaml" in text and text.count('<tr data-q=') > 12


def test_the_few_visions_comparison_is_unchanged(tmp_path):
    root = Path(__file__).resolve().parent.parent / "praatplaten"
    out = tmp_path / "v.html"
    assert main(["vergelijk", str(root / "gemeente-beekdal.yaml"), str(root / "provincie-zuidwold.yaml"),
                 "--out", str(out)]) == 0
    assert "Vergelijking van visies" in out.read_text(encoding="utf-8")
