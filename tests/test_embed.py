"""Editable PNG: the YAML source travels inside the PNG and comes back exactly."""

from __future__ import annotations

import io

from PIL import Image, PngImagePlugin

from praatplaat.embed import SOURCE_KEY, source_from_png
from praatplaat.export import export
from praatplaat.load import MAX_BYTES, load_file, load_text

SOURCE = """\
# Praatplaat van Gemeente Één — met “aanhalingstekens”, émoji 🙂 en een tab\tin een commentaar
versie: 1
titel: Zo helpen wij u
organisatie: Gemeente Één
huisstijl: {primair: "#00558C"}
visie:
  kern: Wij werken met menselijke maat.
principes:
  - naam: Wij zijn er om te helpen
    voorbeelden: [We bellen terug]
  - {naam: Duidelijk, id: duidelijk}
kanalen:
  - {naam: Website, soort: online}
klantreizen:
  - naam: Verhuizen
    stappen:
      - {naam: Doorgeven, kanaal: website, principes: [duidelijk, Wij zijn er om te helpen], beleving: -1}
agenda:
  - {naam: Chat, wanneer: 2026, status: klaar, principes: [duidelijk]}
"""


def png_with_text(chunks: dict[str, str], zip: bool = True) -> bytes:
    info = PngImagePlugin.PngInfo()
    for key, value in chunks.items():
        info.add_itxt(key, value, zip=zip)
    out = io.BytesIO()
    Image.new("RGB", (8, 8), "white").save(out, "PNG", pnginfo=info)
    return out.getvalue()


def test_png_round_trip_is_exact(tmp_path):
    original = load_text(SOURCE)
    assert original.ok, original.report()
    png = export(original.vision, "png", source=SOURCE)
    assert source_from_png(png) == SOURCE.encode("utf-8")
    path = tmp_path / "plaat.png"
    path.write_bytes(png)
    restored = load_file(path)
    assert restored.ok, restored.report()
    assert restored.vision.model_dump() == original.vision.model_dump()
    assert [d.code for d in restored.diagnostics] == [d.code for d in original.diagnostics]


def test_png_without_source_is_refused_clearly(tmp_path):
    path = tmp_path / "foto.png"
    path.write_bytes(png_with_text({"Software": "iets anders"}))
    assert source_from_png(path.read_bytes()) == b""
    result = load_file(path)
    assert not result.ok and [d.code for d in result.errors] == ["png_without_source"]


def test_broken_png_gives_no_source():
    good = png_with_text({SOURCE_KEY: SOURCE})
    assert source_from_png(good[:40]) == b""
    assert source_from_png(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64) == b""


def test_compressed_bomb_in_the_text_chunk_is_not_inflated():
    bomb = png_with_text({SOURCE_KEY: "#" * (40 * 1024 * 1024)})  # a few kB that would inflate to 40 MB
    assert len(bomb) < 100_000
    assert source_from_png(bomb) == b""


def test_oversized_source_is_reported_as_too_large(tmp_path):
    path = tmp_path / "groot.png"
    path.write_bytes(png_with_text({SOURCE_KEY: "# " + "x" * MAX_BYTES}))
    result = load_file(path)
    assert [d.code for d in result.errors] == ["too_large"]
