"""The dienstverleningskrant: format checks with located messages, safe photos, edition changes, PDF and HTML."""

from __future__ import annotations

import io
import json
import os
import re
from pathlib import Path

import pypdf
import pypdfium2
import pytest
from hypothesis import given, settings
from hypothesis import strategies as hs

from praatplaat.cli import main
from praatplaat.krant.edition import edition
from praatplaat.krant.html import TEXT_PAIRS, colours, render_krant_html
from praatplaat.krant.pdf import render_krant_pdf
from praatplaat.krant.photo import read_photo, safe_name
from praatplaat.load import load_file, load_text
from praatplaat.logo import read_logo
from praatplaat.theme import contrast

ROOT = Path(__file__).resolve().parents[1]
GROOTHAVEN = ROOT / "praatplaten" / "gemeente-groothaven.yaml"
# (edition, size) -> pages: front (masthead, praatplaat, opening, contents, first articles), articles,
# agenda and channels, back page with the principles and the quotes that carry them.
PAGES = {(1, "a4"): 4, (2, "a4"): 4, (1, "a3"): 3, (2, "a3"): 4}


@pytest.fixture(scope="module")
def groothaven():
    result = load_file(GROOTHAVEN)
    assert result.ok, result.report()
    return result.vision


@pytest.fixture(scope="module")
def pdfs(groothaven):
    logo = read_logo(groothaven.logo, GROOTHAVEN.parent)
    return {key: render_krant_pdf(groothaven, key[0], size=key[1], logo=logo, base_dir=GROOTHAVEN.parent)
            for key in PAGES}


def _flat(text: str) -> str:
    return " ".join(text.replace("\u00ad", "").split())


# --- the PDF -------------------------------------------------------------------------------------


@pytest.mark.parametrize("key", list(PAGES))
def test_pdf_holds_everything_as_text(groothaven, pdfs, key):
    reader = pypdf.PdfReader(io.BytesIO(pdfs[key]))
    assert len(reader.pages) == PAGES[key]
    text = _flat(" ".join(page.extract_text() for page in reader.pages))
    editie = next(e for e in groothaven.krant.edities if e.nummer == key[0])
    expected = [groothaven.krant.naam, groothaven.visie.kern, f"Editie {key[0]}"]
    expected += [a.titel for a in editie.artikelen]
    expected += [k.naam for k in groothaven.kanalen] + [k.servicenorm for k in groothaven.kanalen if k.servicenorm]
    expected += [p.naam for p in groothaven.agenda] + [v.citaat for v in groothaven.verhalen]
    expected += [p.naam for p in groothaven.principes]
    missing = [e for e in expected if _flat(e) not in text]
    assert not missing


@pytest.mark.parametrize("key", list(PAGES))
def test_pdf_fonts_embedded_and_text_inside_pages(pdfs, key):
    reader = pypdf.PdfReader(io.BytesIO(pdfs[key]))
    fonts = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            fonts[font["/BaseFont"]] = "/FontFile2" in descriptor or "/FontFile3" in descriptor
    assert fonts and all(fonts.values())
    assert all("Atkinson" in name for name in fonts), fonts  # no fallback font: every glyph is the house font
    doc = pypdfium2.PdfDocument(pdfs[key])
    for page in doc:
        width, height = page.get_size()
        textpage = page.get_textpage()
        for i in range(textpage.count_chars()):
            left, bottom, right, top = textpage.get_charbox(i)
            if right > left:  # spaces and line ends have empty boxes
                assert left >= -0.5 and right <= width + 0.5 and bottom >= -0.5 and top <= height + 0.5


def test_pdf_headings_are_never_last_on_a_page(pdfs):
    """No widowed headline: every page's last text line is not an article title."""
    titles = set()
    for data in pdfs.values():
        reader = pypdf.PdfReader(io.BytesIO(data))
        for page in reader.pages:
            lines = [line.strip() for line in page.extract_text().splitlines() if line.strip()]
            body = [line for line in lines if not re.match(r"^(pagina \d+ / \d+|De Groothavense.*)$", line)]
            titles.add(body[-1] if body else "")
    vision = load_file(GROOTHAVEN).vision
    heads = {a.titel for e in vision.krant.edities for a in e.artikelen} | {"Wat we beloofden, wat we deden"}
    assert not titles & heads


# --- the edition and its changes -------------------------------------------------------------------


def test_second_edition_shows_what_moved(groothaven):
    ed = edition(groothaven)
    assert ed.editie.nummer == 2 and ed.previous.nummer == 1
    moved = {(c.punt.naam, c.before, c.after) for c in ed.changes}
    assert moved == {
        ("Alle brieven in gewone taal", "bezig", "klaar"),
        ("Stadswinkel op donderdagavond open", "bezig", "klaar"),
        ("Terugbellen binnen één werkdag", "gepland", "bezig"),
        ("Vaste contactpersoon bij ingewikkelde vragen", "gepland", "bezig"),
    }
    assert edition(groothaven, 1).changes == []
    page = render_krant_html(groothaven, 2, base_dir=GROOTHAVEN.parent)
    assert "Veranderd sinds editie 1" in page and "was gepland, nu bezig" in page


# --- the HTML -------------------------------------------------------------------------------------


def test_html_is_self_contained_and_in_the_house_style(groothaven):
    logo = read_logo(groothaven.logo, GROOTHAVEN.parent)
    page = render_krant_html(groothaven, 2, logo=logo, base_dir=GROOTHAVEN.parent)
    assert page.startswith('<!DOCTYPE html><html lang="nl">')
    assert not re.search(r"""(src|href)=["']?(https?:|//|file:)""", page)
    assert "url('data:font/ttf;base64," in page and '<img class="foto" src="data:image/' in page
    assert 'alt="Een medewerker van de gemeente praat via een scherm met een inwoner."' in page
    assert 'lang="en"' in render_krant_html(groothaven, 2, lang="en")
    c = colours(groothaven)
    assert all(contrast(c[fg], c[bg]) >= 4.5 for fg, bg in TEXT_PAIRS)


def test_user_text_is_escaped():
    text = GROOTHAVEN.read_text(encoding="utf-8").replace(
        "titel: Beeldbellen met de gemeente", "titel: <script>alert(1)</script>")
    vision = load_text(text, base_dir=GROOTHAVEN.parent).vision
    page = render_krant_html(vision, 2)
    assert "<script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page


# --- located errors and warnings -----------------------------------------------------------------

BASE = GROOTHAVEN.read_text(encoding="utf-8").split("\nkrant:")[0]


def _krant(body: str, base_dir: Path | None = None):
    text = BASE + "\nkrant:\n" + body
    return load_text(text, "k.yaml", base_dir=base_dir), text


def _line_of(text: str, needle: str) -> int:
    return text.splitlines().index(next(line for line in text.splitlines() if needle in line)) + 1


EDITION = "  naam: K\n  edities:\n    - nummer: 1\n      datum: \"2026-01-05\"\n"

MALFORMED = [
    ("  naam: K\n", "missing", "  naam: K"),
    ("  naam: K\n  edities: []\n", "too_few", "edities"),
    ("  naam: K\n  edities:\n    - nummer: 0\n      datum: \"2026-01-05\"\n", "krant_number", "nummer: 0"),
    (EDITION + "    - {nummer: 1, datum: \"2026-02-05\"}\n", "krant_duplicate_number", "2026-02-05"),
    ("  naam: K\n  edities:\n    - nummer: 1\n      datum: \"2026-13-05\"\n", "krant_date", "2026-13-05"),
    ("  naam: K\n  edities:\n    - nummer: 1\n      datum: 5 jan\n", "krant_date", "5 jan"),
    ("  naam: K\n  edities:\n    - nummer: een\n      datum: \"2026-01-05\"\n", "expected_int", "nummer: een"),
    (EDITION + "      kop: x\n", "unknown_key", "kop: x"),
    (EDITION + "      artikelen:\n        - titel: T\n", "missing", "titel: T"),
    (EDITION + "      artikelen:\n        - titel: T\n          tekst: x\n          soort: nieuwtje\n", "choice",
     "nieuwtje"),
    (EDITION + "      artikelen:\n        - titel: T\n          tekst: x\n          principe: duidelijkk\n",
     "unknown_ref", "duidelijkk"),
    (EDITION + "      artikelen:\n        - titel: T\n          tekst: x\n          reis: verhuisen\n", "unknown_ref",
     "verhuisen"),
    (EDITION + "      stand:\n        Wijkpunten in Noordd: klaar\n", "unknown_ref", "Noordd"),
    (EDITION + "      stand:\n        Wijkpunten in Noord en Zuid: klaarr\n", "krant_status", "klaarr"),
    (EDITION + "      artikelen: hallo\n", "expected_list", "artikelen: hallo"),
    (EDITION + "      artikelen:\n        - titel: T\n          tekst: x\n          foto: ../geheim.png\n",
     "krant_photo_name", "../geheim.png"),
    (EDITION + "      artikelen:\n        - titel: T\n          tekst: x\n          foto: /etc/passwd\n",
     "krant_photo_name", "/etc/passwd"),
    (EDITION + "      artikelen:\n        - titel: T\n          tekst: x\n          foto: .verborgen.png\n",
     "krant_photo_name", ".verborgen.png"),
]


@pytest.mark.parametrize(("body", "code", "needle"), MALFORMED)
def test_every_malformed_part_is_located(body, code, needle):
    result, text = _krant(body)
    assert not result.ok
    found = [d for d in result.errors if d.code == code]
    assert found, result.report()
    assert found[0].line == _line_of(text, needle), result.report()
    assert "Traceback" not in result.report("en")


def test_references_resolve_by_name_and_did_you_mean():
    body = EDITION + ("      stand:\n        Wijkpunten in Noord en Zuid: bezig\n      artikelen:\n        - titel: T\n"
                      "          tekst: x\n          principe: Duidelijk en eenvoudig\n          reis: verhuizen\n")
    result, _ = _krant(body)
    assert result.ok, result.report()
    editie = result.vision.krant.edities[0]
    assert editie.artikelen[0].principe == "duidelijk" and editie.stand == {"wijkpunten-in-noord-en-zuid": "bezig"}
    result, _ = _krant(body.replace("principe: Duidelijk en eenvoudig", "principe: duidelik"))
    assert "bedoelde u 'duidelijk'?" in result.report()


def test_photo_outside_the_folder_is_refused(tmp_path):
    (tmp_path / "plaat").mkdir()
    outside = tmp_path / "geheim.png"
    outside.write_bytes((ROOT / "praatplaten" / "beeldbellen.png").read_bytes())
    (tmp_path / "plaat" / "link.png").symlink_to(outside)
    body = EDITION + "      artikelen:\n        - titel: T\n          tekst: x\n          foto: link.png\n"
    result, _ = _krant(body + "          foto_tekst: iets\n", tmp_path / "plaat")
    assert [d.code for d in result.errors] == ["krant_photo_name"]
    assert read_photo("link.png", tmp_path / "plaat") is None
    assert read_photo("../geheim.png", tmp_path / "plaat") is None
    for name in ("../x.png", "a/b.png", "a\\b.png", ".x", "x\0.png", "/etc/passwd", ""):
        assert not safe_name(name)


def test_missing_alt_text_and_missing_photo_are_located_warnings(tmp_path):
    (tmp_path / "foto.png").write_bytes((ROOT / "praatplaten" / "beeldbellen.png").read_bytes())
    body = (EDITION + "      artikelen:\n        - titel: Zonder tekst\n          tekst: x\n          foto: foto.png\n"
            "        - titel: Weg\n          tekst: x\n          foto: weg.png\n          foto_tekst: Een foto.\n")
    result, text = _krant(body, tmp_path)
    assert result.ok
    alt = [d for d in result.warnings if d.code == "krant_alt_missing"]
    gone = [d for d in result.warnings if d.code == "krant_photo_missing"]
    assert alt[0].line == _line_of(text, "foto: foto.png") and "Zonder tekst" in alt[0].message()
    assert gone[0].line == _line_of(text, "foto: weg.png")


def test_plain_language_of_articles():
    long = " ".join(["woord"] * 25) + "."
    body = (EDITION + f"      opening: {long}\n      artikelen:\n        - titel: T\n          tekst: "
            "De aanvraag wordt door de gemeente behandeld. Dat gaat snel.\n")
    result, text = _krant(body)
    codes = {(d.code, d.line) for d in result.warnings}
    assert ("b1_sentence", _line_of(text, "opening:")) in codes
    assert ("krant_passive", _line_of(text, "wordt door de gemeente")) in codes


def test_visions_without_krant_keep_working():
    for path in (ROOT / "praatplaten").glob("*.yaml"):
        assert load_file(path).ok or "sjabloon" in path.name


# --- the command line ------------------------------------------------------------------------------


def test_cli(tmp_path, capsys):
    out = tmp_path / "krant.pdf"
    assert main(["krant", str(GROOTHAVEN), "--editie", "1", "--out", str(out), "--size", "a3"]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert main(["krant", str(GROOTHAVEN), "--out", str(tmp_path / "k.html"), "--lang", "en"]) == 0
    assert 'lang="en"' in (tmp_path / "k.html").read_text(encoding="utf-8")
    assert main(["krant", str(GROOTHAVEN), "--editie", "9", "--out", str(out)]) == 2
    assert "er is geen editie 9; kies uit: 1, 2" in capsys.readouterr().err
    assert main(["krant", str(GROOTHAVEN), "--out", str(tmp_path / "k.png")]) == 2
    kleindorp = ROOT / "praatplaten" / "gemeente-kleindorp.yaml"
    assert main(["krant", str(kleindorp), "--out", str(out)]) == 2
    bad = tmp_path / "bad.yaml"
    bad.write_text(BASE + "\nkrant:\n  naam: K\n  edities:\n    - nummer: 1\n      datum: morgen\n", encoding="utf-8")
    assert main(["krant", str(bad), "--out", str(out)]) == 1
    assert os.path.basename(str(bad)) in capsys.readouterr().err


def long_articles(count: int = 3, chars: int = 5000) -> str:
    """Groothaven with one edition of ``count`` articles of about ``chars`` characters: some go on to a next page."""
    sentence = "Wij schrijven onze brieven opnieuw, in gewone taal, samen met inwoners die meelezen. "
    paragraph = (sentence * 7).strip()
    body = "\n\n".join([paragraph] * (chars // len(paragraph))).replace("\n", "\n            ")
    articles = "".join(f"        - titel: Artikel {i + 1}\n          tekst: |-\n            {body}\n"
                       for i in range(count))
    head = GROOTHAVEN.read_text(encoding="utf-8").split("\nkrant:")[0]
    return (head + "\nkrant:\n  naam: K\n  edities:\n    - nummer: 1\n      datum: \"2026-03-02\"\n"
            "      artikelen:\n" + articles)


@pytest.mark.parametrize("size", ["a4", "a3"])
def test_split_article_says_where_it_goes_on(size):
    """An article that goes on to another page says so on both pages, and only such an article."""
    vision = load_text(long_articles(), base_dir=GROOTHAVEN.parent).vision
    pages = [_flat(p.extract_text()) for p in pypdf.PdfReader(io.BytesIO(render_krant_pdf(vision, size=size))).pages]
    onward = [(i + 1, int(n)) for i, text in enumerate(pages)
              for n in re.findall(r"Lees verder op pagina (\d+) »", text)]
    assert onward, "an article of 5,000 characters goes on to another page"
    for page, n in onward:
        assert n > page and f"(vervolg van pagina {page})" in pages[n - 1], (page, n)
    assert len(onward) == sum(text.count("(vervolg van pagina") for text in pages)


def test_only_a_split_article_says_it_goes_on(pdfs):
    for key, data in pdfs.items():
        text = _flat(" ".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(data)).pages))
        assert text.count("Lees verder op pagina") == text.count("(vervolg van pagina"), key


# --- fuzzing: whatever is written under krant:, loading never crashes and every message is located ---------

_leaf = hs.one_of(hs.none(), hs.booleans(), hs.integers(-3, 5), hs.text(max_size=12),
                  hs.sampled_from(["2026-09-01", "2026-02-30", "../x.png", "duidelijk", "verhuizen", "bezig",
                                   "foto.png", "nieuws", "klaar"]))
_keys = hs.sampled_from(["naam", "edities", "nummer", "datum", "opening", "artikelen", "stand", "titel", "tekst",
                         "soort", "principe", "reis", "foto", "foto_tekst", "auteur", "intro", "citaat", "x"])
_value = hs.recursive(_leaf, lambda inner: hs.lists(inner, max_size=3) | hs.dictionaries(_keys, inner, max_size=4),
                      max_leaves=12)


@settings(max_examples=60, deadline=None)
@given(_value)
def test_any_krant_section_loads_without_crashing(value):
    text = BASE + "\nkrant: " + json.dumps(value, ensure_ascii=False) + "\n"
    result = load_text(text, "k.yaml")
    assert result.ok or result.errors
    lines = text.count("\n") + 1
    assert all(1 <= d.line <= lines and d.message() for d in result.diagnostics)


def test_weasyprint_leaves_pillow_strict(pdfs):
    """WeasyPrint's import would let Pillow accept truncated images process-wide; the krant undoes that."""
    from PIL import ImageFile

    assert pdfs and ImageFile.LOAD_TRUNCATED_IMAGES is False
