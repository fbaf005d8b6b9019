"""The command line: exit codes, outputs by suffix, schema kept in sync with the model."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from praatplaat.cli import main
from praatplaat.schema import SCHEMA_PATH, json_schema

ROOT = Path(__file__).resolve().parent.parent
LARGE = ROOT / "praatplaten" / "gemeente-groothaven.yaml"


def test_schema_file_equals_generated_schema():
    assert json.loads(SCHEMA_PATH.read_text(encoding="utf-8")) == json_schema()


def test_schema_command_prints_the_schema(capsys):
    assert main(["schema"]) == 0
    assert json.loads(capsys.readouterr().out) == json_schema()


def test_check_valid_invalid_and_usage(tmp_path, capsys):
    assert main(["check", str(LARGE)]) == 0
    bad = tmp_path / "bad.yaml"
    bad.write_text("versie: 1\ntitel: x\norganisatie: y\nvisie: {kern: z}\nprincipes: [{naam: a, icoon: ster2}]\n")
    assert main(["check", str(bad)]) == 1
    err = capsys.readouterr().err
    assert f"{bad}:5:30: fout: 'ster2' is geen geldige keuze" in err and "bedoelde u 'ster'?" in err
    assert main(["check", str(bad), "--lang", "en"]) == 1
    assert f"{bad}:5:30: error: 'ster2' is not a valid choice" in capsys.readouterr().err
    assert main(["check", str(tmp_path / "missing.yaml")]) == 2
    assert "bestand niet gevonden" in capsys.readouterr().err
    assert main(["bogus"]) == 2


@pytest.mark.parametrize("suffix", ["png", "svg", "pdf", "html"])
def test_render_follows_the_suffix(tmp_path, suffix):
    out = tmp_path / f"plaat.{suffix}"
    assert main(["render", str(LARGE), "--out", str(out)]) == 0
    data = out.read_bytes()
    signature = {"png": b"\x89PNG\r\n\x1a\n", "pdf": b"%PDF", "svg": b"<svg", "html": b"<!DOCTYPE html>"}[suffix]
    assert signature in data[:200]


def test_render_sizes_and_usage_errors(tmp_path):
    out = tmp_path / "a4.png"
    assert main(["render", str(LARGE), "--out", str(out), "--size", "a4"]) == 0
    with Image.open(out) as image:
        assert image.size == (3508, 2480)
    assert main(["render", str(LARGE), "--out", str(tmp_path / "x.docx")]) == 2
    assert main(["render", str(LARGE), "--out", str(tmp_path / "x.png"), "--view", "reis", "--journey", "nee"]) == 2
    assert main(["render", str(LARGE), "--out", str(tmp_path / "x.png"), "--scale", "0"]) == 2
    assert main(["render", str(LARGE), "--out", str(tmp_path / "x.png"), "--fragment"]) == 2


def test_what_a_format_can_do_comes_from_the_registry_in_the_same_words(tmp_path, capsys):
    out = str(tmp_path / "x.png")
    assert main(["render", str(LARGE), "--out", str(tmp_path / "x.docx")]) == 2
    assert "onbekend uitvoerformaat '.docx'; kies uit: .png, .svg, .pdf, .html, .pptx" in capsys.readouterr().err
    assert main(["render", str(LARGE), "--out", out, "--fragment"]) == 2
    assert "fout: --fragment kan alleen bij .html" in capsys.readouterr().err
    assert main(["render", str(LARGE), "--out", out, "--all", "--lang", "en"]) == 2
    assert "error: --all only applies to .pdf" in capsys.readouterr().err
    for files in ([str(LARGE.parent)], [str(LARGE), str(LARGE)]):  # the national overview, a comparison
        assert main(["vergelijk", *files, "--out", str(tmp_path / "x.pptx")]) == 2
        assert "onbekend uitvoerformaat '.pptx'; kies uit: .png, .svg, .pdf, .html" in capsys.readouterr().err


def test_render_alt_files_and_png_round_trip(tmp_path):
    out = tmp_path / "plaat.png"
    assert main(["render", str(LARGE), "--out", str(out), "--alt"]) == 0
    assert (tmp_path / "plaat.alt.txt").read_text(encoding="utf-8").strip()
    assert "Zo helpen wij u" in (tmp_path / "plaat.beschrijving.md").read_text(encoding="utf-8")
    again = tmp_path / "again.svg"
    assert main(["render", str(out), "--out", str(again)]) == 0  # the PNG carries its YAML source
    assert b"Gemeente Groothaven" in again.read_bytes()


def test_module_entry_point_runs():
    done = subprocess.run([sys.executable, "-m", "praatplaat", "check", str(LARGE)], capture_output=True, text=True,
                          cwd=ROOT, check=False)
    assert done.returncode == 0 and "geldig" in done.stdout
