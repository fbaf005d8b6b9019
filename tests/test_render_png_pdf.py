"""The PNG and PDF renderers draw exactly the scene's primitives, scaled, with text kept as text in PDF
(tests/test_pdf_tagged.py checks the PDF's tags)."""

from __future__ import annotations

import io
import math
import shutil
import subprocess
import zlib
from pathlib import Path as FilePath

import pikepdf
import pypdfium2
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image as PILImage
from PIL import ImageChops, ImageDraw, ImageStat

from praatplaat import fonts
from praatplaat.render import png as png_module
from praatplaat.render.pdf import render_pdf
from praatplaat.render.png import read_text_chunks, render_png
from praatplaat.scene import Circle, Image, Path, Rect, Scene, Text

WHITE, RED, BLUE, BLACK = "#FFFFFF", "#FF0000", "#0000FF", "#000000"
A4_PT = (297 * 72 / 25.4, 210 * 72 / 25.4)
EXAMPLES = sorted((FilePath(__file__).parent.parent / "praatplaten").glob("*.yaml"))


def scene(*items, height: float = 1080, background: str = WHITE) -> Scene:
    return Scene(1920, height, background, "overzicht", "Testplaat", items=list(items))


def raster(sc: Scene, width: int = 1920) -> PILImage.Image:
    image = PILImage.open(io.BytesIO(render_png(sc, width)))
    image.load()
    return image


def ink_box(image: PILImage.Image, background: str = WHITE) -> tuple[int, int, int, int] | None:
    """Bounding box of every pixel that differs from the background."""
    return ImageChops.difference(image, PILImage.new("RGB", image.size, background)).getbbox()


def png_bytes(colour: tuple, size: tuple[int, int], mode: str = "RGBA") -> bytes:
    out = io.BytesIO()
    PILImage.new(mode, size, colour).save(out, "PNG")
    return out.getvalue()


# --- PNG: size, metadata, text chunks ---------------------------------------------------------


@pytest.mark.parametrize(("width", "height"), [(1920, 1080), (960, 540), (2880, 1620)])
def test_png_has_the_asked_size(width, height):
    image = raster(scene(Rect(0, 0, 100, 100, fill=RED)), width)
    assert image.format == "PNG" and image.mode == "RGB"
    assert image.size == (width, height)


def test_a4_at_300_dpi_has_its_pixel_size_and_dpi():
    sc = scene(Rect(100, 100, 400, 300, fill=RED), height=1920 * 2480 / 3508)
    image = PILImage.open(io.BytesIO(render_png(sc, 3508, dpi=300)))
    assert image.size == (3508, 2480)
    assert tuple(round(d) for d in image.info["dpi"]) == (300, 300)


def test_text_chunks_round_trip_exactly_even_large_and_non_ascii():
    big = ("Wij helpen u snel — één loket, überall ≤ 3 dagen 🙂\n" * 6000)[:300_000]
    chunks = {"praatplaat:source": big, "Title": "Gemeente Ŧest"}
    data = render_png(scene(), 400, text_chunks=chunks)
    assert read_text_chunks(data) == chunks
    assert len(data) < len(big.encode("utf-8")) / 4  # compressed, not stored raw
    assert read_text_chunks(render_png(scene(), 400)) == {}
    assert read_text_chunks(b"no png at all") == read_text_chunks(data[: len(data) // 2]) == {}


def chunks_of(data: bytes) -> list[tuple[bytes, bytes]]:
    """(type, data) of every chunk, each CRC checked by zlib itself (not by the decoder under test)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    out, at = [], 8
    while at < len(data):
        length = int.from_bytes(data[at:at + 4], "big")
        kind, body = data[at + 4:at + 8], data[at + 8:at + 8 + length]
        assert int.from_bytes(data[at + 8 + length:at + 12 + length], "big") == zlib.crc32(kind + body), kind
        out.append((kind, body))
        at += 12 + length
    return out


def test_png_file_is_well_formed_and_holds_exactly_the_drawn_pixels():
    sc = scene(Rect(10, 10, 300, 200, fill=RED), Circle(900, 500, 120, fill=BLUE),
               Text(400, 700, ["Zo helpen wij u — één loket"], 40, BLACK))
    data = render_png(sc, 1920, dpi=96, text_chunks={"praatplaat:source": "versie: 1"})
    chunks = chunks_of(data)
    assert [k for k, _ in chunks] == [b"IHDR", b"pHYs", b"iTXt", b"IDAT", b"IEND"]
    assert chunks[0][1] == (1920).to_bytes(4, "big") + (1080).to_bytes(4, "big") + bytes([8, 2, 0, 0, 0])
    rows = zlib.decompress(chunks[3][1])
    assert len(rows) == 1080 * (1 + 1920 * 3) and all(rows[i] == 0 for i in range(0, len(rows), 1 + 1920 * 3))
    drawn = png_module._raster(sc, 1920, 1080)
    assert raster(sc).tobytes() == drawn.tobytes()  # the file holds exactly what was drawn
    assert ImageChops.difference(drawn, PILImage.new("RGB", drawn.size, WHITE)).getbbox() is not None


@pytest.mark.parametrize("rows", [(0, 1), (1, -1), (1, 0), (1, 1), (2, 0), (2, 1)])
def test_rows_are_streamed_to_the_deflater_whole_each_after_its_filter_byte(rows):
    height = rows[0] * png_module._ROWS_PER_CHUNK + rows[1]  # around the rows handed over at a time
    image = PILImage.effect_noise((37, height), 80).convert("RGB")  # every row different, every byte used
    rows = zlib.decompress(chunks_of(png_module._encode(image, None, {}))[1][1])
    raw = image.tobytes()
    assert rows == b"".join(b"\0" + raw[y * 37 * 3:(y + 1) * 37 * 3] for y in range(height))


# --- PNG: what is drawn -----------------------------------------------------------------------


def test_rect_is_drawn_at_its_scaled_place_and_background_elsewhere():
    image = raster(scene(Rect(400, 200, 200, 100, fill=RED), background="#F0F4F8"), 960)
    assert image.getpixel((250, 125)) == (255, 0, 0)  # centre, at half scale
    assert image.getpixel((150, 50)) == (240, 244, 248)
    assert image.getpixel((350, 125)) == (240, 244, 248)
    assert ink_box(image, "#F0F4F8") == (200, 100, 300, 150)


def test_rounded_rect_has_round_corners_and_a_centred_stroke():
    image = raster(scene(Rect(100, 100, 400, 300, fill=RED, stroke=BLUE, stroke_width=8, radius=40)))
    assert image.getpixel((100, 102)) == (255, 255, 255)  # the corner is cut off
    assert image.getpixel((300, 100)) == (0, 0, 255)  # the stroke is centred on the edge
    assert image.getpixel((300, 97)) == (0, 0, 255)
    assert image.getpixel((300, 250)) == (255, 0, 0)
    assert ink_box(image) == (96, 96, 504, 404)


def test_shapes_are_anti_aliased():
    image = raster(scene(Circle(500, 500, 200, fill=BLACK), Path([(0, 0), (1000, 700)], stroke=BLACK, stroke_width=3)))
    edge = image.crop((280, 280, 720, 720)).convert("L")
    greys = [count for value, count in enumerate(edge.histogram()) if 40 < value < 215]
    assert sum(greys) > 200  # intermediate shades along the curved and slanted edges


def test_paint_order_a_later_shape_covers_text_and_later_text_shows_on_a_shape():
    covered = scene(Text(100, 100, ["Verborgen"], 40, BLACK), Rect(80, 80, 400, 100, fill=RED))
    assert ImageStat.Stat(raster(covered).crop((80, 80, 480, 180))).extrema[0] == (255, 255)
    shown = scene(Rect(80, 80, 400, 100, fill=RED), Text(100, 100, ["Zichtbaar"], 40, BLACK))
    assert raster(shown).crop((80, 80, 480, 180)).convert("L").getextrema()[0] < 40


def test_text_ink_stays_inside_its_box():
    line = "Wij helpen u snel, persoonlijk"
    width = fonts.measure(line, 32, bold=True)
    text = Text(300, 200, [line, "en op maat"], 32, BLACK, bold=True)
    box = (300, 200, width, text.height)
    left, top, right, bottom = ink_box(raster(scene(text)))
    assert left >= box[0] - 1 and right <= box[0] + box[2] + 2
    assert top >= box[1] and bottom <= box[1] + box[3]
    assert right - left > 0.95 * width  # the text is really there, full width


def test_middle_anchor_centres_each_line_on_x():
    left, _, right, _ = ink_box(raster(scene(Text(960, 100, ["Gecentreerde titel"], 40, BLACK, anchor="middle"))))
    assert abs((left + right) / 2 - 960) <= 3


def test_fast_glyph_text_matches_pillows_own_line_layout():
    line = "Wij helpen inwoners — AVWA Tÿ 24/7 ≤ 3 dagen"
    text = Text(40, 40, [line], 30, BLACK)
    ours = raster(scene(text, height=200)).convert("L")
    reference = PILImage.new("L", (3840, 400), 255)
    ImageDraw.Draw(reference).text((80, text.baselines()[0] * 2), line, font=fonts.pil_font(60), fill=0, anchor="ls")
    reference = reference.reduce(2)
    assert ImageChops.invert(ours).getbbox() == ImageChops.invert(reference).getbbox()
    assert ImageStat.Stat(ImageChops.difference(ours, reference)).mean[0] < 1


def test_text_that_needs_shaping_is_drawn_too():
    assert ink_box(raster(scene(Text(100, 100, ["Cafe\u0301 مرحبا"], 40, BLACK)))) is not None


@pytest.mark.parametrize(("run", "shaped"), [
    ("Plain ASCII", False), ("één café", False), ("\u1e00 Latin Extended Additional", False), ("€ – “ ”", False),
    ("e\u0301", True), ("\u0483", True), ("שלום", True), ("مرحبا", True), ("\u20d7", True), ("\u2e00", True),
    ("\U0001f642", True), ("\U0010ffff", True),
])
def test_runs_with_marks_or_complex_scripts_go_to_the_shaper(run, shaped):
    """Such runs are laid out by Pillow (Raqm) as a whole; every other run is drawn glyph by glyph."""
    assert png_module._needs_shaping(run) is shaped


def test_dashed_path_has_gaps_and_closed_path_is_filled():
    triangle = Path([(100, 300), (500, 300), (300, 600)], closed=True, fill=RED, stroke=BLUE, stroke_width=4)
    image = raster(scene(Path([(100, 100), (1800, 100)], stroke=BLACK, stroke_width=4, dash=True), triangle))
    row = [image.getpixel((x, 100))[0] < 128 for x in range(100, 1800)]
    changes = sum(a != b for a, b in zip(row, row[1:]))
    assert 0.45 < sum(row) / len(row) < 0.75 and changes > 100
    assert image.getpixel((300, 400)) == (255, 0, 0)
    assert image.getpixel((300, 300)) == (0, 0, 255)


def test_image_is_fitted_centred_and_alpha_composited():
    logo = png_bytes((255, 0, 0, 255), (100, 100))
    half = png_bytes((0, 0, 255, 128), (10, 10))
    image = raster(scene(Image(100, 100, 400, 200, logo), Image(800, 100, 100, 100, half)))
    assert ink_box(image.crop((0, 0, 700, 700))) == (200, 100, 400, 300)  # square in a wide box: centred
    assert image.getpixel((850, 150)) == (127, 127, 255)


def test_unreadable_image_is_left_out():
    sc = scene(Image(100, 100, 400, 200, b"not an image"), Rect(0, 0, 10, 10, fill=RED))
    assert ink_box(raster(sc)) == (0, 0, 10, 10)
    assert render_pdf(sc, *A4_PT).startswith(b"%PDF")


def test_bands_join_seamlessly(monkeypatch):
    sc = scene(Circle(960, 540, 500, fill=RED, stroke=BLUE, stroke_width=6),
               Text(300, 500, ["Over de bandgrens heen"], 60, BLACK),
               Path([(0, 0), (1920, 1080)], stroke=BLACK, stroke_width=5, dash=True))
    whole = raster(sc, 1000)
    monkeypatch.setattr(png_module, "_BAND_PIXELS", 1000 * 4 * 37)  # bands of 37 rows
    assert ImageChops.difference(whole, raster(sc, 1000)).getbbox() is None


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.floats(0, 500), st.floats(0, 500)), min_size=2, max_size=8),
       st.floats(1, 20), st.floats(1, 20))
def test_dashes_cover_the_on_fraction_of_the_line(points, on, off):
    runs = png_module._dashes(points, on, off)
    total = sum(math.dist(a, b) for a, b in zip(points, points[1:]))
    drawn = sum(math.dist(a, b) for run in runs for a, b in zip(run, run[1:]))
    periods = total / (on + off)
    assert drawn <= total + 1e-6
    assert abs(drawn - periods * on) <= on + 1e-6
    assert all(math.dist(a, b) <= on + 1e-6 for run in runs for a, b in zip(run, run[1:]))


# --- PDF --------------------------------------------------------------------------------------


def pdf_text(pdf: bytes, page: int = 0) -> str:
    """The text of a page as a PDF reader extracts it (pdfium), in content order."""
    return pypdfium2.PdfDocument(pdf)[page].get_textpage().get_text_range()


def in_order(lines: list[str], text: str) -> bool:
    """Every line occurs in ``text``, one after the other."""
    at = 0
    for line in lines:
        found = text.find(line, at)
        if found < 0:
            return False
        at = found + len(line)
    return True


def test_pdf_has_the_page_size_title_language_and_embedded_font():
    sc = scene(Rect(100, 100, 400, 200, fill=RED), Text(100, 400, ["Zo helpen wij u"], 44, BLACK, bold=True),
               Text(100, 600, ["gewoon"], 30, BLACK))
    pdf = render_pdf(sc, *A4_PT, title="Dienstverlening Groothaven")
    assert pdf.startswith(b"%PDF-") and pdf.rstrip().endswith(b"%%EOF")
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        assert len(doc.pages) == 1
        assert [float(v) for v in doc.pages[0].MediaBox] == pytest.approx([0, 0, *A4_PT], abs=0.01)
        assert str(doc.docinfo.Title) == "Dienstverlening Groothaven"
        assert str(doc.Root.Lang) == "nl"
        faces = [f for f in doc.pages[0].Resources.Font.values()] if "/Font" in doc.pages[0].Resources else []
        faces += [f for x in doc.pages[0].Resources.XObject.values() if "/Resources" in x and "/Font" in x.Resources
                  for f in x.Resources.Font.values()]
        names = {str(f.BaseFont) for f in faces}
        assert any("Atkinson-Hyperlegible-Bold" in n for n in names), names
        assert any(n.endswith("Atkinson-Hyperlegible") for n in names), names
        assert all("/FontFile2" in f.DescendantFonts[0].FontDescriptor for f in faces)


def test_pdf_keeps_every_line_as_text():
    lines = ["Zo helpen wij u", "Één loket — ‘snel’ & persoonlijk", "≤ 3 dagen (ook) \\ 24/7"]
    sc = scene(Text(100, 100, lines[:2], 30, BLACK), Text(960, 500, lines[2:], 20, BLUE, bold=True, anchor="middle"))
    assert in_order(lines, pdf_text(render_pdf(sc, *A4_PT)))


@pytest.mark.skipif(not shutil.which("pdftoppm"), reason="poppler-utils not installed")
def test_pdf_page_shows_the_shapes_scaled_and_centred(tmp_path):
    sc = scene(Rect(0, 0, 960, 1080, fill=RED), Circle(1440, 540, 200, fill=BLUE), background="#00FF00")
    page = _pdf_page(render_pdf(sc, 400, 400), tmp_path, 72)
    assert page.size == (400, 400)
    assert page.getpixel((100, 200)) == (255, 0, 0)  # the scene fills the width, centred vertically
    assert page.getpixel((300, 200)) == (0, 0, 255)
    assert page.getpixel((100, 20)) == (0, 255, 0)  # background beyond the scene is filled too
    assert page.getpixel((390, 390)) == (0, 255, 0)


def _pdf_page(pdf: bytes, tmp_path: FilePath, dpi: int) -> PILImage.Image:
    (tmp_path / "p.pdf").write_bytes(pdf)
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), "-singlefile", str(tmp_path / "p.pdf"), str(tmp_path / "p")],
                   check=True)
    return PILImage.open(tmp_path / "p.png").convert("RGB")


@pytest.mark.skipif(not shutil.which("pdftoppm"), reason="poppler-utils not installed")
@pytest.mark.parametrize(("anchor", "x"), [("start", 100), ("middle", 960)])
def test_pdf_text_is_as_wide_and_placed_as_in_the_png(tmp_path, anchor, x):
    sc = scene(Text(x, 100, ["AVAVAV Telefonisch WAT Ty"], 60, BLACK, anchor=anchor))
    page = _pdf_page(render_pdf(sc, 1920 * 0.75, 1080 * 0.75), tmp_path, 96)  # 1 pt = 1 design px at 96 dpi
    pdf_box, png_box = ink_box(page), ink_box(raster(sc))
    assert all(abs(a - b) <= 2 for a, b in zip(pdf_box, png_box)), (pdf_box, png_box)


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils not installed")
def test_pdftotext_extracts_the_text(tmp_path):
    (tmp_path / "p.pdf").write_bytes(render_pdf(scene(Text(100, 100, ["Één loket voor iedereen"], 30, BLACK)),
                                                *A4_PT))
    out = subprocess.run(["pdftotext", str(tmp_path / "p.pdf"), "-"], capture_output=True, text=True, check=True)
    assert "Één loket voor iedereen" in out.stdout


# --- Real scenes from the examples ------------------------------------------------------------


def _real_scenes():
    from praatplaat.layout import VIEWS, build_scene
    from praatplaat.load import load_file

    for path in EXAMPLES:
        vision = load_file(path).vision
        assert vision is not None, path
        for view in VIEWS:
            yield path.stem, view, build_scene(vision, view)


@pytest.mark.skipif(not EXAMPLES, reason="no example visions yet")
def test_real_scenes_render_to_png():
    pytest.importorskip("praatplaat.layout.overzicht")
    for name, view, sc in _real_scenes():
        image = raster(sc, 960)
        assert image.size == (960, 540), (name, view)
        assert raster(sc, 96).size == (96, 54)  # a thumbnail with sub-pixel shapes works too
        assert len(image.getcolors(1 << 20)) > 50, (name, view)  # a picture, not a blank page


@pytest.mark.skipif(not EXAMPLES or not shutil.which("pdftotext"), reason="no examples or no poppler-utils")
def test_real_scenes_render_to_pdf_with_all_text(tmp_path):
    for name, view, sc in _real_scenes():
        lines = [" ".join(line.split()) for text in sc.texts() for line in text.lines if line.strip()]
        (tmp_path / "p.pdf").write_bytes(render_pdf(sc, *A4_PT, title=sc.title))
        out = subprocess.run(["pdftotext", str(tmp_path / "p.pdf"), "-"], capture_output=True, text=True, check=True)
        text = " ".join(out.stdout.split())
        assert [line for line in lines if line not in text] == [], (name, view)
