"""Visions built on a base: inheritance, overrides, weglaten, bases of bases, cycles and located errors."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from praatplaat.basis import AANGEPAST, EIGEN, OVERGENOMEN, builtins, expanded_yaml
from praatplaat.load import load_file, load_text

ROOT = Path(__file__).resolve().parent.parent
OVERHEID_IDS = ["algemeen-belang", "er-om-te-helpen", "duidelijk-en-aanspreekbaar"]
HEAD = "versie: 1\ntitel: T\norganisatie: O\n"


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_builtin_bases_are_valid_visions_with_stable_ids():
    assert {"overheid", "mens-centraal"} <= set(builtins())
    overheid = load_file(ROOT / "praatplaten" / "basis" / "overheid.yaml")
    assert overheid.ok and not overheid.warnings, overheid.report()
    assert [p.id for p in overheid.vision.principes] == OVERHEID_IDS
    assert overheid.vision.fundament is not None
    mens = load_file(ROOT / "praatplaten" / "basis" / "mens-centraal.yaml").vision
    assert [p.id for p in mens.principes] == ["passend", "overzichtelijk", "betrouwbaar", "respectvol", "eigentijds"]


def test_everything_of_the_base_is_inherited():
    result = load_text(HEAD + "basis: overheid\n")
    assert result.ok, result.report()
    vision = result.vision
    assert [p.id for p in vision.principes] == OVERHEID_IDS
    assert vision.fundament.naam == "Menselijke waardigheid"
    assert vision.visie.kern.startswith("Wij werken op menselijke maat")
    assert vision.titel == "T" and vision.organisatie == "O"
    assert all(result.herkomst[("principes", i)].status == OVERGENOMEN for i in OVERHEID_IDS)
    assert result.herkomst[("principes", "algemeen-belang")].bron == "overheid"
    assert result.vision.herkomst is result.herkomst  # the views get it with the vision


def test_same_id_overrides_fields_and_new_ones_are_added():
    text = HEAD + (
        "basis: overheid\n"
        "visie:\n  toelichting: Eigen toelichting.\n"
        "principes:\n"
        "  - id: er-om-te-helpen\n    uitleg: Wij helpen u op het dorpsplein.\n"
        "  - naam: Dichtbij\n    uitleg: Wij komen naar u toe.\n"
    )
    result = load_text(text)
    assert result.ok, result.report()
    by_id = {p.id: p for p in result.vision.principes}
    assert list(by_id) == OVERHEID_IDS + ["dichtbij"]
    assert by_id["er-om-te-helpen"].naam == "Wij zijn er om te helpen"  # kept from the base
    assert by_id["er-om-te-helpen"].uitleg == "Wij helpen u op het dorpsplein."
    assert by_id["er-om-te-helpen"].icoon == "hand"
    assert result.herkomst[("principes", "er-om-te-helpen")].status == AANGEPAST
    assert result.herkomst[("principes", "er-om-te-helpen")].velden == ("uitleg",)
    assert result.herkomst[("principes", "dichtbij")].status == EIGEN
    assert result.vision.visie.kern.startswith("Wij werken op menselijke maat")
    assert result.vision.visie.toelichting == "Eigen toelichting."
    assert result.herkomst[("visie",)].velden == ("toelichting",)


def test_restating_the_base_unchanged_stays_inherited_unchanged():
    text = HEAD + "basis: overheid\nprincipes:\n  - id: algemeen-belang\n    icoon: weegschaal\n"
    result = load_text(text)
    assert result.herkomst[("principes", "algemeen-belang")].status == OVERGENOMEN


def test_weglaten_drops_inherited_elements():
    result = load_text(HEAD + "basis: overheid\nweglaten: [algemeen-belang]\n")
    assert result.ok and not result.warnings, result.report()
    assert [p.id for p in result.vision.principes] == OVERHEID_IDS[1:]
    assert ("principes", "algemeen-belang") not in result.herkomst


def test_weglaten_of_an_unknown_id_is_a_located_warning_with_a_guess():
    result = load_text(HEAD + "basis: overheid\nweglaten:\n  - algemeen-belang\n  - er-om-te-helpn\n")
    assert result.ok
    (warning,) = result.warnings
    assert (warning.code, warning.line, warning.col) == ("weglaten_unknown", 7, 5)
    assert "er-om-te-helpen" in warning.message()


def test_override_of_an_id_the_base_lacks_is_a_located_warning_with_did_you_mean():
    text = HEAD + "basis: overheid\nprincipes:\n  - id: er-om-te-helpn\n    uitleg: Wij helpen.\n"
    result = load_text(text)
    assert result.ok, result.report()
    (warning,) = result.warnings
    assert (warning.code, warning.line) == ("basis_unknown_id", 6)
    assert "bedoelde u 'er-om-te-helpen'" in warning.message()
    assert "did you mean 'er-om-te-helpen'" in warning.message("en")
    assert [p.id for p in result.vision.principes] == OVERHEID_IDS  # the override of nothing is left out


def test_bases_of_bases(tmp_path):
    write(tmp_path, "provincie.yaml", "versie: 1\ntitel: T\n" + (
        "basis: overheid\norganisatie: Provincie\n"
        "principes:\n  - id: algemeen-belang\n    naam: Wij werken voor het hele gebied\n"
        "  - naam: Samen met partners\n"
        "kanalen:\n  - naam: Provinciehuis\n    soort: balie\n"
    ))
    gemeente = write(tmp_path, "gemeente.yaml", "versie: 1\ntitel: T\n" + (
        "basis: provincie.yaml\norganisatie: Gemeente\n"
        "principes:\n  - id: er-om-te-helpen\n    uitleg: Op het dorpsplein.\n  - naam: Dichtbij\n"
        "weglaten: [samen-met-partners]\n"
    ))
    result = load_file(gemeente)
    assert result.ok, result.report()
    assert [p.id for p in result.vision.principes] == OVERHEID_IDS + ["dichtbij"]
    assert [k.naam for k in result.vision.kanalen] == ["Provinciehuis"]
    assert result.vision.organisatie == "Gemeente"
    h = result.herkomst
    assert h[("principes", "algemeen-belang")] == type(h[("principes", "dichtbij")])(AANGEPAST, "overheid", ("naam",))
    assert h[("principes", "er-om-te-helpen")].velden == ("uitleg",)
    assert h[("principes", "duidelijk-en-aanspreekbaar")].status == OVERGENOMEN
    assert h[("kanalen", "provinciehuis")].bron == "provincie.yaml"
    assert h[("principes", "dichtbij")].status == EIGEN


def test_a_cycle_is_a_located_error(tmp_path):
    write(tmp_path, "a.yaml", HEAD + "basis: b.yaml\nvisie:\n  kern: A\nprincipes:\n  - naam: P\n")
    write(tmp_path, "b.yaml", HEAD + "basis: a.yaml\nvisie:\n  kern: B\nprincipes:\n  - naam: Q\n")
    result = load_file(tmp_path / "a.yaml")
    assert not result.ok
    codes = [(d.code, d.file, d.line) for d in result.errors]
    assert ("basis_cycle", str(tmp_path / "b.yaml"), 4) in codes
    assert ("basis_invalid", None, 4) in codes
    assert f"{tmp_path / 'b.yaml'}:4:" in result.report()


def test_a_vision_that_is_its_own_base_is_a_cycle(tmp_path):
    path = write(tmp_path, "zelf.yaml", HEAD + "basis: zelf.yaml\n")
    assert [d.code for d in load_file(path).errors] == ["basis_cycle"]


def test_errors_in_a_base_carry_the_base_files_name_line_and_column(tmp_path):
    write(tmp_path, "basis.yaml", HEAD + "visie:\n  kern: K\nprincipes:\n  - naam: P\n    icoon: hartje\n")
    path = write(tmp_path, "visie.yaml", HEAD + "basis: basis.yaml\n")
    result = load_file(path)
    assert not result.ok
    choice = next(d for d in result.errors if d.code == "choice")
    assert (choice.file, choice.line, choice.col) == (str(tmp_path / "basis.yaml"), 8, 12)
    report = result.report()
    assert f"{tmp_path / 'basis.yaml'}:8:12: fout: 'hartje' is geen geldige keuze" in report
    assert f"{path}:4:8: fout: basis 'basis.yaml' bevat 1 fout(en)" in report


def test_syntax_errors_in_a_base_are_located_in_the_base(tmp_path):
    write(tmp_path, "basis.yaml", "versie: 1\ntitel: 'open\n")
    result = load_file(write(tmp_path, "visie.yaml", HEAD + "basis: basis.yaml\n"))
    syntax = next(d for d in result.errors if d.code == "syntax")
    assert (syntax.file, syntax.line) == (str(tmp_path / "basis.yaml"), 2)


@pytest.mark.parametrize("name", ["../basis.yaml", "sub/basis.yaml", "/etc/passwd", ".verborgen.yaml"])
def test_a_base_outside_the_folder_is_refused_by_name(tmp_path, name):
    result = load_file(write(tmp_path, "visie.yaml", HEAD + f"basis: '{name}'\n"))
    assert [d.code for d in result.errors] == ["basis_name"]
    assert result.errors[0].line == 4


def test_a_symlinked_base_is_refused_and_never_read(tmp_path):
    outside = tmp_path / "buiten"
    outside.mkdir()
    write(outside, "geheim.yaml", HEAD + "visie:\n  kern: Geheim\nprincipes:\n  - naam: Geheim\n")
    inside = tmp_path / "map"
    inside.mkdir()
    os.symlink(outside / "geheim.yaml", inside / "basis.yaml")
    result = load_file(write(inside, "visie.yaml", HEAD + "basis: basis.yaml\n"))
    assert [d.code for d in result.errors] == ["basis_not_plain"]
    assert "Geheim" not in result.report()


def test_a_missing_base_and_a_file_base_without_folder(tmp_path):
    result = load_file(write(tmp_path, "visie.yaml", HEAD + "basis: weg.yaml\n"))
    assert [d.code for d in result.errors] == ["basis_missing"]
    assert [d.code for d in load_text(HEAD + "basis: weg.yaml\n").errors] == ["basis_no_folder"]


def test_errors_in_inherited_references_point_at_the_basis_key():
    text = HEAD + (
        "basis: overheid\nweglaten: [er-om-te-helpen]\n"
        "klantreizen:\n  - naam: R\n    stappen:\n      - naam: S\n        principes: [er-om-te-helpen]\n"
    )
    (error,) = load_text(text).errors
    assert (error.code, error.line) == ("unknown_ref", 10)


def test_uitgeklapt_reloads_to_the_same_vision(tmp_path):
    for path in sorted((ROOT / "praatplaten").glob("*.yaml")):
        result = load_file(path)
        again = load_text(expanded_yaml(result.vision), base_dir=path.parent)
        assert again.ok, again.report()
        assert again.vision.model_dump() == result.vision.model_dump() | {"basis": None, "weglaten": []}, path.name


def test_check_uitgeklapt_prints_yaml_without_basis(tmp_path):
    path = write(tmp_path, "visie.yaml", HEAD + "basis: overheid\nweglaten: [algemeen-belang]\n")
    done = subprocess.run([sys.executable, "-m", "praatplaat", "check", "--uitgeklapt", str(path)],
                          capture_output=True, text=True, cwd=ROOT, check=False)
    assert done.returncode == 0, done.stderr
    assert "basis:" not in done.stdout and "weglaten" not in done.stdout
    assert "id: er-om-te-helpen" in done.stdout and "algemeen-belang" not in done.stdout
    out = write(tmp_path, "uit.yaml", done.stdout)
    assert load_file(out).vision.model_dump() == load_file(path).vision.model_dump() | {"basis": None, "weglaten": []}


def test_a_number_as_base_name_is_resolved_not_ignored():
    assert [d.code for d in load_text(HEAD + "basis: 12\n").errors] == ["basis_no_folder"]


def test_weglaten_without_basis_is_a_located_warning():
    text = HEAD + "visie:\n  kern: K\nprincipes:\n  - naam: P\nweglaten: [p]\n"
    result = load_text(text)
    assert result.ok and [(d.code, d.line) for d in result.warnings] == [("weglaten_no_basis", 8)]


def test_herkomst_in_words():
    from praatplaat.basis import Herkomst, herkomst_text

    assert herkomst_text(Herkomst(AANGEPAST, "overheid", ("uitleg",))) == (
        "uit de basis 'overheid', hier aangepast: uitleg")
    assert herkomst_text(Herkomst(OVERGENOMEN, "overheid"), "en") == "taken over from the base 'overheid'"
    assert herkomst_text(None) == ""


def test_the_schema_offers_every_built_in_base_for_completion():
    from praatplaat.schema import json_schema

    schema = json_schema()
    assert sorted(schema["properties"]["basis"]["examples"]) == builtins()
    assert schema["properties"]["weglaten"]["type"] == "array"


def test_outputs_say_where_elements_come_from():
    from praatplaat.alttext import long_description
    from praatplaat.describe import describe
    from praatplaat.export import export

    vision = load_file(ROOT / "praatplaten" / "gemeente-beekdal.yaml").vision
    assert describe(vision, "principe:samen").get("herkomst").value == "eigen aan de organisatie"
    helpen = describe(vision, "principe:er-om-te-helpen", "en").get("herkomst").value
    assert helpen == "from the base 'overheid', changed here: uitleg, voorbeelden"
    text = long_description(vision)
    assert "overgenomen uit de basis 'overheid'" in text and "eigen aan de organisatie" in text
    svg = export(vision, "svg", herkomst=True).decode()  # exports are public unless asked (test_herkomst_export)
    assert "Herkomst: uit de basis 'overheid', hier aangepast: uitleg" in svg
    assert "Herkomst:" not in export(vision, "svg").decode()
    html = export(vision, "html", herkomst=True).decode()
    assert "overgenomen uit de basis" in html
    plain = load_file(ROOT / "praatplaten" / "gemeente-kleindorp.yaml").vision
    assert describe(plain, f"principe:{plain.principes[0].id}").get("herkomst") is None  # no base, no word
