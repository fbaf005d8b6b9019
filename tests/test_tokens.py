"""The municipality's own house style from NL Design System tokens (praatplaat.tokens): read from JSON or CSS,
applied with --tokens or the studio's house style panel, and seen in PNG, SVG, PDF, HTML and the newsletter."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from praatplaat.cli import main
from praatplaat.export import export
from praatplaat.krant.html import render_krant_html
from praatplaat.load import load_file
from praatplaat.tokens import TokenError, apply_tokens, colour, huisstijl_from, read_tokens, read_tokens_file

ROOT = Path(__file__).resolve().parents[1]
TOKENS = ROOT / "assets" / "tokens"
EXAMPLE = ROOT / "praatplaten" / "gemeente-groothaven.yaml"
DENHAAG = {"primair": "#238541", "accent": "#1260A1", "achtergrond": "#FFFFFF", "tekst": "#2E2E2E",
           "lettertype": "TheSans", "hoekstraal": 3}
OWN_PRIMARY = "#0B4F6C"  # groothaven's own primair


@pytest.mark.parametrize("name", ["denhaag.tokens.json", "denhaag.tokens.css"])
def test_the_example_tokens_give_den_haags_house_style(name):
    assert huisstijl_from(read_tokens_file(TOKENS / name)) == DENHAAG


def test_colours_and_references():
    assert colour("hsl(138 58% 33%)") == "#238541"
    assert colour("hsla(0, 0%, 18%, 1)") == "#2E2E2E"
    assert colour("rgb(255 0 0 / 50%)") == "#FF0000" and colour("rgba(0, 128, 255, .5)") == "#0080FF"
    assert colour("#abc") == "#AABBCC" and colour("#00558cff") == "#00558C" and colour("white") == "#FFFFFF"
    assert colour("transparent") is None and colour("var(--x)") is None
    css = ":root{--a: #123456; --utrecht-document-color: var(--a); --utrecht-link-color: var(--missing, red)}"
    assert huisstijl_from(read_tokens(css, "t.css")) == {"tekst": "#123456"}
    tree = '{"x": {"blue": {"value": "#0000FF"}}, "utrecht": {"link": {"color": {"value": "{x.blue}"}}}}'
    assert huisstijl_from(read_tokens(tree, "t.json")) == {"accent": "#0000FF"}


@pytest.mark.parametrize("data, code", [("not tokens at all", "not_tokens"), ("{", "not_tokens"),
                                        (":root{--foo-color: red}", "empty"), (b" " * (5 << 20), "too_large")])
def test_unusable_tokens(data, code):
    with pytest.raises(TokenError) as err:
        huisstijl_from(read_tokens(data, "t.css"))
    assert err.value.code == code and err.value.reason("nl") and err.value.reason("en")


@pytest.fixture(scope="module")
def styled():
    vision = load_file(EXAMPLE).vision
    return vision, apply_tokens(vision, read_tokens_file(TOKENS / "denhaag.tokens.json"))


def _png_colours(data: bytes) -> set[str]:
    image = Image.open(io.BytesIO(data)).convert("RGB").resize((960, 540), Image.Resampling.NEAREST)
    return {"#{:02X}{:02X}{:02X}".format(*c) for _, c in image.getcolors(960 * 540)}


def test_png(styled):
    plain, dh = styled
    assert OWN_PRIMARY in _png_colours(export(plain, "png")) and DENHAAG["primair"] not in _png_colours(
        export(plain, "png"))
    found = _png_colours(export(dh, "png"))
    assert DENHAAG["primair"] in found and OWN_PRIMARY not in found


def test_svg_and_corners(styled):
    plain, dh = styled
    svg = export(dh, "svg").decode("utf-8")
    assert f'fill="{DENHAAG["primair"]}"' in svg and OWN_PRIMARY not in svg
    assert 'rx="14"' in export(plain, "svg").decode("utf-8") and 'rx="14"' not in svg and 'rx="3"' in svg


def test_pdf(styled, tmp_path):
    _, dh = styled
    (tmp_path / "p.pdf").write_bytes(export(dh, "pdf"))
    subprocess.run(["pdftoppm", "-png", "-r", "40", str(tmp_path / "p.pdf"), str(tmp_path / "p")], check=True)
    found = _png_colours((tmp_path / "p-1.png").read_bytes())
    assert DENHAAG["primair"] in found and OWN_PRIMARY not in found


def test_html_reads_nl_design_system_properties(styled):
    _, dh = styled
    page = export(dh, "html").decode("utf-8")
    assert "--pp-bg:var(--utrecht-document-background-color, #FFFFFF)" in page
    assert "--pp-ink:var(--utrecht-document-color, #2E2E2E)" in page
    assert "--pp-font:var(--utrecht-document-font-family, 'TheSans', 'Atkinson Hyperlegible'" in page
    assert f'fill="{DENHAAG["primair"]}"' in page and OWN_PRIMARY not in page


def test_krant(styled):
    plain, dh = styled
    page = render_krant_html(dh)
    assert "--font:var(--utrecht-document-font-family, 'TheSans', 'Atkinson Hyperlegible', sans-serif)" in page
    assert "--bg:var(--utrecht-document-background-color, #FFFFFF)" in page
    assert f"--mast:{DENHAAG['primair']}" in page and f"--mast:{OWN_PRIMARY}" in render_krant_html(plain)


def test_cli(tmp_path, capsys):
    out = tmp_path / "plaat.svg"
    assert main(["render", str(EXAMPLE), "--tokens", str(TOKENS / "denhaag.tokens.css"), "--out", str(out)]) == 0
    assert f'fill="{DENHAAG["primair"]}"' in out.read_text(encoding="utf-8")
    assert main(["render", str(EXAMPLE), "--tokens", str(ROOT / "README.md"), "--out", str(out)]) == 2
    assert "kan de tokens in" in capsys.readouterr().err
    assert main(["render", str(EXAMPLE), "--tokens", str(tmp_path / "missing.json"), "--out", str(out)]) == 2
    krant = tmp_path / "krant.html"
    assert main(["krant", str(EXAMPLE), "--tokens", str(TOKENS / "denhaag.tokens.json"), "--out", str(krant)]) == 0
    assert "'TheSans'" in krant.read_text(encoding="utf-8")


def test_krant_pdf_keeps_a_font_it_has(styled, tmp_path):
    from praatplaat.krant.pdf import render_krant_pdf

    _, dh = styled
    (tmp_path / "k.pdf").write_bytes(render_krant_pdf(dh))
    fonts = subprocess.run(["pdffonts", str(tmp_path / "k.pdf")], capture_output=True, text=True, check=True).stdout
    assert "Atkinson-Hyperlegible" in fonts and "DejaVu" not in fonts  # not the system's stand-in for TheSans
    subprocess.run(["pdftoppm", "-png", "-r", "30", "-f", "1", "-l", "1", str(tmp_path / "k.pdf"), str(tmp_path / "k")],
                   check=True)
    assert DENHAAG["primair"] in _png_colours((tmp_path / "k-1.png").read_bytes())
