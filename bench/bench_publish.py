"""Benchmark of publishing: what tagged, accessible PDFs (PDF/UA-1) and the trainer's slides cost.

    python bench/bench_publish.py [--runs 5]

Median seconds (wall and CPU) for the Groothaven example, from the loaded vision to the bytes:
before, the untagged fpdf2 renderer this project used until the PDFs were tagged (read from git
history, commit BEFORE), and after, the tagged WeasyPrint PDFs: one picture with its long description,
the picture alone, every view (``render --all``), the comparison, the newsletter (the same
WeasyPrint document with and without the ``pdf/ua-1`` variant and the tag repairs), and the .pptx.
"""

from __future__ import annotations

import argparse
import importlib.util
import io
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_krant import median_s  # noqa: E402 - one way to time a step
from praatplaat.compare import compare  # noqa: E402
from praatplaat.export import SIZE_INFO, all_views, export  # noqa: E402
from praatplaat.krant import pdf as krant_pdf  # noqa: E402
from praatplaat.layout import build_scene  # noqa: E402
from praatplaat.load import load_file  # noqa: E402
from praatplaat.logo import read_logo  # noqa: E402
from praatplaat.render.pdf import render_pdf  # noqa: E402
from praatplaat.vergelijk_export import export_vergelijking  # noqa: E402

EXAMPLES = ROOT / "praatplaten"
EXAMPLE = EXAMPLES / "gemeente-groothaven.yaml"
BEFORE = "64e6d9a"  # main before tagged PDFs: praatplaat/render/pdf.py was the fpdf2 renderer
A4_PT = (297 * 72 / 25.4, 210 * 72 / 25.4)



def old_module(path: str, name: str):
    """A module of this package as it was at commit BEFORE (relative imports resolve in the package)."""
    source = subprocess.run(["git", "show", f"{BEFORE}:{path}"], cwd=ROOT, capture_output=True, text=True,
                            check=True).stdout
    package = name.rsplit(".", 1)[0]
    spec = importlib.util.spec_from_loader(name, loader=None)
    module = importlib.util.module_from_spec(spec)
    module.__package__ = package
    exec(compile(source, path, "exec"), module.__dict__)  # noqa: S102 - our own file from git history
    return module


def pages(data: bytes) -> int:
    import pikepdf

    with pikepdf.open(io.BytesIO(data)) as pdf:
        return len(pdf.pages)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    fpdf2 = old_module("praatplaat/render/pdf.py", "praatplaat.render.pdf_before")
    result = load_file(EXAMPLE)
    vision = result.vision
    logo = read_logo(vision.logo, EXAMPLE.parent)
    spec = SIZE_INFO["a4"]
    scene = build_scene(vision, "overzicht", aspect=spec.px[0] / spec.px[1], logo=logo)
    views = all_views(vision, "a4", "nl", logo)
    others = [load_file(EXAMPLES / f"{n}.yaml") for n in ("gemeente-beekdal", "gemeente-kleindorp")]
    comparison = compare([r.vision for r in others], [r.herkomst for r in others])

    def krant(tagged: bool) -> bytes:
        if tagged:
            return krant_pdf.render_krant_pdf(vision, 1, logo=logo, base_dir=EXAMPLE.parent)
        weasyprint = krant_pdf.weasyprint()
        write = weasyprint.Document.write_pdf
        weasyprint.Document.write_pdf = lambda self, **kw: write(self)  # the variant left out
        fixes, krant_pdf.tag_fixes = krant_pdf.tag_fixes, lambda data: data
        try:
            return krant_pdf.render_krant_pdf(vision, 1, logo=logo, base_dir=EXAMPLE.parent)
        finally:
            weasyprint.Document.write_pdf, krant_pdf.tag_fixes = write, fixes

    export(vision, "pdf", size="a4", logo=logo)  # warm up: WeasyPrint's imports and fonts load once
    rows = [
        ("before: fpdf2, picture, A4", lambda: fpdf2.render_pdf(scene, *A4_PT, title=vision.titel)),
        ("before: fpdf2, --all, A4", lambda: fpdf2.render_pdf_pages(views, *A4_PT, title=vision.titel)),
        ("after: picture alone, A4", lambda: render_pdf(scene, *A4_PT, title=vision.titel)),
        ("after: picture + text, A4", lambda: export(vision, "pdf", size="a4", logo=logo)),
        ("after: picture + text, scherm", lambda: export(vision, "pdf", logo=logo)),
        ("after: --all, A4", lambda: export(vision, "pdf", size="a4", logo=logo, all_views=True)),
        ("after: vergelijk (2)", lambda: export_vergelijking(comparison, "pdf")),
        ("krant untagged, A4", lambda: krant(False)),
        ("krant tagged, A4", lambda: krant(True)),
        ("pptx", lambda: export(vision, "pptx", logo=logo)),
    ]
    print(f"median of {runs} runs, load average {os.getloadavg()[0]:.1f}")
    print(f"{'':32} {'wall':>8} {'cpu':>8}")
    for label, fn in rows:
        wall, cpu, data = median_s(fn, runs)
        size = f"{len(data) / 1e6:.2f} MB"
        extra = f"  ({pages(data)} pages, {size})" if data.startswith(b"%PDF") else f"  ({size})"
        print(f"{label:32} {wall:6.2f} s {cpu:6.2f} s{extra}")


if __name__ == "__main__":
    main()
