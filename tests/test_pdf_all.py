"""`render --all`: one PDF with a table of contents, a bookmarked and numbered page per view and
journey, then the text version, and every element's name in it as text."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pypdf
import pytest

from praatplaat.cli import main
from praatplaat.load import load_file

EXAMPLES = sorted(Path(__file__).resolve().parents[1].joinpath("praatplaten").glob("*.yaml"))


def names(vision) -> list[str]:
    out = [vision.titel, vision.visie.kern] + [p.naam for p in vision.principes] + [k.naam for k in vision.kanalen]
    out += [r.naam for r in vision.klantreizen] + [s.naam for r in vision.klantreizen for s in r.stappen]
    return out + [a.naam for a in vision.agenda]


def flat(text: str) -> str:
    return re.sub(r"-\s+(?=\w)", "", re.sub(r"\s+", " ", text))


@pytest.mark.parametrize("path", [p for p in EXAMPLES if p.stem in ("gemeente-groothaven", "provincie-lindeland")],
                         ids=lambda p: p.stem)
def test_all_views_in_one_pdf(path, tmp_path, capsys):
    out = tmp_path / "plaat.pdf"
    assert main(["render", str(path), "--out", str(out), "--size", "a4", "--all"]) == 0
    vision = load_file(path).vision
    reader = pypdf.PdfReader(io.BytesIO(out.read_bytes()))
    journeys = [r.naam for r in vision.klantreizen]
    pictures = 1 + 3 + len(journeys)
    assert len(reader.pages) > pictures  # the text version follows the pictures
    marks = [(m.title, reader.get_destination_page_number(m)) for m in reader.outline if not isinstance(m, list)]
    assert [t for t, _ in marks] == (["Overzicht", "Huis", "Kanalen"] + [f"Klantreis: {n}" for n in journeys]
                                     + ["Tekstversie van de praatplaat"])
    assert [p for _, p in marks] == list(range(1, pictures + 1))
    assert isinstance(reader.outline[-1], list)  # its sections nested under it
    contents = flat(reader.pages[0].extract_text())
    assert "Inhoud" in contents and all(f"{t} {p + 1}" in contents for t, p in marks)
    total = len(reader.pages)
    texts = [flat(page.extract_text()) for page in reader.pages]
    for n, text in enumerate(texts[1:], 2):
        assert f"Pagina {n} van {total}" in text
    everything = " ".join(texts)
    missing = [name for name in names(vision) if flat(name) not in everything]
    assert missing == []
    assert "zie de weergave" not in everything  # no pointer to a view the reader cannot open


def test_all_needs_pdf(tmp_path, capsys):
    assert main(["render", str(EXAMPLES[0]), "--out", str(tmp_path / "x.png"), "--all"]) == 2
    assert "--all" in capsys.readouterr().err
