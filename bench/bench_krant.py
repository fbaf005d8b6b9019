"""Benchmark of the newsletter: median time from the YAML file to the bytes a communication team downloads.

    python bench/bench_krant.py [--runs 5]

Measures, for the Groothaven example: the PDF of edition 1 in A4 (4 pages; WeasyPrint, layout passes
for "lees verder" included), edition 2 in A3, the HTML page; and, as the alternative that was weighed,
a bare fpdf2 document of the same size (the engine's own fpdf2 PDF of the praatplaat for the front
page, plus three pages of masthead and articles in two text columns) without any of the paged-media
rules (balancing, keep-with-next, widows, cross-references), i.e. the lower bound of what extending
the fpdf2 renderer would cost.
"""

from __future__ import annotations

import argparse
import io
import logging
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from praatplaat import fonts  # noqa: E402
from praatplaat.export import export  # noqa: E402
from praatplaat.krant.html import render_krant_html  # noqa: E402
from praatplaat.krant.pdf import render_krant_pdf  # noqa: E402
from praatplaat.load import load_file  # noqa: E402
from praatplaat.logo import read_logo  # noqa: E402

EXAMPLE = ROOT / "praatplaten" / "gemeente-groothaven.yaml"


def median_s(fn, runs: int) -> tuple[float, float, object]:
    """Median wall-clock and CPU seconds (CPU time is what counts on a machine shared with other jobs)."""
    wall, cpu, result = [], [], None
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        result = fn()
        wall.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return statistics.median(wall), statistics.median(cpu), result


def fpdf2_bare(vision, logo) -> bytes:
    from fpdf import FPDF

    export(vision, "pdf", size="a4", logo=logo)  # the front page's picture (tagged WeasyPrint since issue 22)
    pdf = FPDF(format="A4")
    pdf.add_font("AH", "", str(fonts.REGULAR))
    pdf.add_font("AH", "B", str(fonts.BOLD))
    pdf.add_page()
    pdf.set_font("AH", "B", 24)
    pdf.cell(text=vision.krant.naam, new_x="LMARGIN", new_y="NEXT")
    editie = vision.krant.edities[0]
    texts = [a.titel + "\n\n" + a.tekst for e in vision.krant.edities for a in e.artikelen]
    texts += [f"{k.naam}: {k.bereikbaarheid} {k.servicenorm}" for k in vision.kanalen]
    texts += [v.citaat for v in vision.verhalen] + [f"{p.naam}: {p.uitleg}" for p in vision.principes]
    pdf.set_font("AH", "", 10)
    for page in range(3):
        if page:
            pdf.add_page()
        with pdf.text_columns(ncols=2, gutter=6) as cols:
            for text in texts[:12]:
                cols.write(text=(editie.opening or "") + "\n\n" + text + "\n\n")
    return bytes(pdf.output())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    import pypdf

    def pdf(n: int, size: str) -> bytes:
        result = load_file(EXAMPLE)
        logo = read_logo(result.vision.logo, EXAMPLE.parent)
        return render_krant_pdf(result.vision, n, size=size, logo=logo, base_dir=EXAMPLE.parent)

    def page_count(data: bytes) -> int:
        return len(pypdf.PdfReader(io.BytesIO(data)).pages)

    vision = load_file(EXAMPLE).vision
    logo = read_logo(vision.logo, EXAMPLE.parent)
    logging.getLogger("fpdf.svg").setLevel(logging.ERROR)
    pdf(1, "a4")  # warm up: WeasyPrint's imports and font loading happen once per process
    rows = []
    for label, fn in (("WeasyPrint PDF, edition 1, A4", lambda: pdf(1, "a4")),
                      ("WeasyPrint PDF, edition 2, A3", lambda: pdf(2, "a3")),
                      ("fpdf2 bare (lower bound), A4", lambda: fpdf2_bare(vision, logo))):
        wall, cpu, data = median_s(fn, runs)
        rows.append((label, wall, cpu, page_count(data)))
    wall, cpu, _ = median_s(lambda: render_krant_html(vision, 2, logo=logo, base_dir=EXAMPLE.parent), runs)
    rows.append(("HTML page, edition 2", wall, cpu, 0))
    print(f"median of {runs} runs, load average {os.getloadavg()[0]:.1f}")
    print(f"{'':34} {'wall':>8} {'cpu':>8}")
    for label, wall, cpu, pages in rows:
        print(f"{label:34} {wall:6.2f} s {cpu:6.2f} s" + (f"  ({pages} pages)" if pages else ""))


if __name__ == "__main__":
    main()
