"""Nothing cut silently: every shortened text in every example, view and size has a located warning,
and every warning stands for a shortened text."""

from __future__ import annotations

from pathlib import Path

import pytest

from praatplaat.export import SIZES
from praatplaat.fitcheck import truncation_warnings
from praatplaat.layout import VIEWS, build_scene
from praatplaat.load import load_file, load_text
from praatplaat.yamlload import load_yaml

EXAMPLES = sorted(Path(__file__).resolve().parents[1].joinpath("praatplaten").glob("*.yaml"))
SIZE_NAMES = ("scherm", "a4", "a3", "telefoon", "a4-staand", "a3-staand")


def shortened(vision) -> set[tuple[str, str | None, str | None, str]]:
    """(view, ref, field, size) of every text drawn with an ellipsis."""
    out = set()
    for view in VIEWS:
        journeys = [r.id for r in vision.klantreizen] if view == "reis" and vision.klantreizen else [None]
        for size in SIZE_NAMES:
            w, h = SIZES[size]
            for journey in journeys:
                for t in build_scene(vision, view, journey=journey, aspect=w / h).texts():
                    if t.full is not None and t.field != "meer":
                        assert t.lines[-1].endswith("…")
                        out.add((view, t.ref, t.field, size))
    return out


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_warnings_match_truncations(path):
    result = load_file(path)
    warnings = truncation_warnings(result.vision, load_yaml(result.text))
    reported = {(d.params["view_id"], d.params["ref"], f, s) for d in warnings for s in d.params["size_ids"]
                for f in [_field(d)]}
    assert reported == shortened(result.vision)
    for d in warnings:
        assert d.severity == "warning" and d.line > 1
        assert "ingekort" in d.message("nl") and "shortened" in d.message("en")


def _field(d):
    return d.params["field_id"]


LONG = " ".join(["Wij doen wat wij beloven en leggen uit waarom, ook als het anders loopt dan gepland."] * 13)
CROWDED = """\
versie: 1
titel: Test
organisatie: Gemeente Test
visie: {kern: Wij helpen.}
principes:
""" + "".join(f"  - naam: {name}\n    uitleg: {LONG}\n" for name in ("Betrouwbaar", "Duidelijk", "Dichtbij",
                                                                    "Samen", "Snel", "Eerlijk", "Open"))


def test_a_shortened_explanation_is_located_and_says_what_fits():
    result = load_text(CROWDED)
    assert result.ok, result.report()
    warnings = truncation_warnings(result.vision, load_yaml(CROWDED), views=("overzicht",), sizes=("a4",))
    assert len(warnings) == 7  # one per principle: each explanation is too long for its pillar
    d = warnings[0]
    assert (d.line, d.col) == (7, 13)  # the first explanation's text in the YAML
    message = d.message("nl")
    assert message.startswith("uitleg van 'Betrouwbaar' is ingekort in overzicht op A4; maximaal ± ")
    assert 10 <= int(message.rsplit("±", 1)[1].split()[0]) < len(LONG)
    assert d.message("en").startswith("explanation of 'Betrouwbaar' is shortened in the overview view at A4")


def test_check_reports_shortened_texts_and_strict_fails(tmp_path, capsys):
    from praatplaat.cli import main

    path = tmp_path / "visie.yaml"
    path.write_text(CROWDED, encoding="utf-8")
    assert main(["check", str(path)]) == 0
    err = capsys.readouterr().err
    assert "visie.yaml:7:13: waarschuwing: uitleg van 'Betrouwbaar' is ingekort" in err
    assert main(["check", str(path), "--strict", "--lang", "en"]) == 1
    assert "visie.yaml:7:13: error: explanation of 'Betrouwbaar' is shortened" in capsys.readouterr().err
    example = EXAMPLES[[p.stem for p in EXAMPLES].index("gemeente-kleindorp")]
    assert main(["check", str(example), "--strict"]) == 0
