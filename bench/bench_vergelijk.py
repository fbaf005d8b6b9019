"""Benchmark: comparing three visions built on 'basis: overheid', from files to a PNG, in-process.

    python bench/bench_vergelijk.py [--runs 9]

What a person does: ``python -m praatplaat vergelijk a.yaml b.yaml c.yaml --out v.png`` minus interpreter
start: load the three files (each resolving its base), match, lay out and render the PNG (target ≤ 300 ms).
Stages are reported as medians of several runs.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench import median_ms  # noqa: E402
from praatplaat.compare import compare  # noqa: E402
from praatplaat.layout.vergelijk import layout  # noqa: E402
from praatplaat.load import load_file  # noqa: E402
from praatplaat.render.png import render_png  # noqa: E402
from praatplaat.vergelijk_export import export_vergelijking  # noqa: E402

FILES = [ROOT / "praatplaten" / f"{n}.yaml" for n in ("gemeente-beekdal", "provincie-zuidwold", "dienst-inkomen")]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    runs = parser.parse_args().runs
    results = [load_file(f) for f in FILES]
    comparison = compare([r.vision for r in results], [r.herkomst for r in results])
    scene = layout(comparison)

    def whole() -> bytes:
        loaded = [load_file(f) for f in FILES]
        return export_vergelijking(compare([r.vision for r in loaded], [r.herkomst for r in loaded]), "png")

    whole()  # warm caches (fonts) as a running studio has them
    stages = {
        "load 3 (with base)": median_ms(lambda: [load_file(f) for f in FILES], runs),
        "match": median_ms(lambda: compare([r.vision for r in results], [r.herkomst for r in results]), runs),
        "layout": median_ms(lambda: layout(comparison), runs),
        f"png 1920x{round(scene.height)}": median_ms(lambda: render_png(scene, 1920), runs),
        "files -> PNG (total)": median_ms(whole, runs),
    }
    for name, ms in stages.items():
        print(f"{name:<24} {ms:8.1f} ms (median of {runs})")


if __name__ == "__main__":
    main()
