"""Where a picture's CPU time goes in a batch process (issue 21): what sets the floor.

    python bench/profile_batch.py [-n 40] [--views overzicht,huis,kanalen,reis]

Draws ``-n`` generated visions (bench/generate.py batch_set) in each view to PNG, in one process warmed as a
batch worker is (praatplaat.batch.warm), as ``render FOLDER --out-dir`` does. Prints the CPU milliseconds per
picture without a profiler (after one vision to warm the caches), then cProfile's own time (tottime) of every
function summed by part: the supersampled canvas (its fill and the 2×2 reduction), shapes, text, PNG encoding,
layout, loading, and the rest (writing the files, the walk over the scene, built-ins such as ``round``
called from every part).
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.generate import batch_set  # noqa: E402
from praatplaat.batch import Options, render_one, warm  # noqa: E402

# (part, what a function's file or name contains), the first that matches
PARTS = (
    ("canvas: 2×2 reduction", ("'reduce'",)),
    ("canvas: fill", ("_imaging.fill",)),
    ("text: measuring, glyphs", ("draw_bitmap", "fonts.py", *(f"render/png.py:{f}" for f in (
        "_run", "text", "_glyph", "_advance", "_kern", "_needs_shaping", "<genexpr>")))),
    ("PNG encoding", ("zlib", "ImagingEncoder", "render/png.py:_deflate_rows", "render/png.py:_encode")),
    ("shapes", ("ImagingDraw", "ImageDraw.py", "render/png.py")),
    ("layout", ("praatplaat/layout/", "textfit.py", "describe.py", "scene.py", "metrics.py", "theme.py")),
    ("loading", ("praatplaat/load.py", "yamlload.py", "yaml/", "pydantic", "a11y.py", "basis.py", "logo.py")),
)


def part(key: tuple[str, int, str]) -> str:
    file, _, name = key
    label = f"{file.replace(os.sep, '/')}:{name}"
    return next((p for p, needles in PARTS if any(n in label for n in needles)), "other")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("-n", type=int, default=40, help="visions")
    parser.add_argument("--views", default="overzicht,huis,kanalen,reis")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="pp-profile-") as tmp:
        files = [str(p) for p in batch_set(Path(tmp) / "in", options.n + 1)]
        opts = Options(str(Path(tmp) / "out"), views=tuple(options.views.split(",")))
        Path(opts.out_dir).mkdir()
        warm()
        render_one(files[0], opts)  # the glyph and kerning caches, as after a worker's first vision
        pictures = options.n * len(opts.views)
        start = time.process_time()
        for file in files[1:]:
            render_one(file, opts)
        cpu = time.process_time() - start
        profile = cProfile.Profile()
        profile.runcall(lambda: [render_one(file, opts) for file in files[1:]])
    print(f"{pictures} pictures: {1000 * cpu / pictures:.1f} ms CPU per picture without a profiler "
          f"(load average {' '.join(f'{x:.1f}' for x in os.getloadavg())})")
    shares: dict[str, float] = {}
    for key, (_, _, tottime, _, _) in pstats.Stats(profile).stats.items():
        shares[part(key)] = shares.get(part(key), 0.0) + tottime
    total = sum(shares.values())
    for name, seconds in sorted(shares.items(), key=lambda kv: -kv[1]):
        print(f"  {name:24s} {100 * seconds / total:5.1f} %")


if __name__ == "__main__":
    main()
