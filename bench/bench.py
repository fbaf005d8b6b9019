"""Benchmark: median time per stage, from YAML text to every output.

    python bench/bench.py [--runs 7]

Stages: parse+validate (load_text), layout (build_scene, overzicht 1920×1080), Plotly dict,
PNG 1920×1080, SVG, PDF (A4); for the smallest and largest example and a generated vision of
40 journeys × 25 steps, then how YAML→figure grows with the number of steps; then what a person
waits for at the command line: the whole process ``python -m praatplaat render <largest> --out
X.png`` (and ``python -c pass`` for the interpreter's own start), next to a plotly+kaleido PNG
export of a comparable figure when kaleido is installed (it is never a dependency).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.generate import vision_yaml  # noqa: E402
from praatplaat.export import PAGE_MM  # noqa: E402
from praatplaat.layout import build_scene  # noqa: E402
from praatplaat.load import load_text  # noqa: E402
from praatplaat.render.pdf import render_pdf  # noqa: E402
from praatplaat.render.plotly_fig import figure  # noqa: E402
from praatplaat.render.png import render_png  # noqa: E402
from praatplaat.render.svg import render_svg  # noqa: E402


def median_ms(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def stages(text: str, runs: int) -> dict[str, float]:
    vision = load_text(text).vision
    assert vision is not None, "benchmark input must be valid"
    scene = build_scene(vision)
    a4 = [mm * 72 / 25.4 for mm in PAGE_MM["a4"]]
    out = {
        "parse+validate": median_ms(lambda: load_text(text), runs),
        "layout": median_ms(lambda: build_scene(vision), runs),
        "plotly dict": median_ms(lambda: figure(scene), runs),
        "png 1920x1080": median_ms(lambda: render_png(scene, 1920), runs),
        "svg": median_ms(lambda: render_svg(scene), runs),
        "pdf a4": median_ms(lambda: render_pdf(scene, *a4), runs),
    }
    out["yaml->figure"] = median_ms(lambda: figure(build_scene(load_text(text).vision)), runs)
    out["yaml->png"] = median_ms(lambda: render_png(build_scene(load_text(text).vision), 1920), runs)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs
    examples = sorted((ROOT / "praatplaten").glob("*.yaml"), key=lambda p: p.stat().st_size)
    inputs = {
        f"smallest example ({examples[0].name})": examples[0].read_text(encoding="utf-8"),
        f"largest example ({examples[-1].name})": examples[-1].read_text(encoding="utf-8"),
        "generated 40 journeys x 25 steps": vision_yaml(40, 25),
    }
    print(f"median of {runs} runs, milliseconds (warm caches, as in the running app)\n")
    results = {name: stages(text, runs) for name, text in inputs.items()}
    names = list(next(iter(results.values())))
    print(f"{'stage':<16}" + "".join(f"{n[:34]:>36}" for n in results))
    for stage in names:
        print(f"{stage:<16}" + "".join(f"{results[n][stage]:>36.1f}" for n in results))
    print("\ngrowth: YAML text -> Plotly figure (overzicht)")
    print(f"{'steps':>8}{'ms':>10}{'ms per 100 steps':>20}")
    for journeys in (5, 10, 20, 40):
        text = vision_yaml(journeys, 25)
        ms = median_ms(lambda t=text: figure(build_scene(load_text(t).vision)), runs)
        print(f"{journeys * 25:>8}{ms:>10.1f}{ms / (journeys * 25) * 100:>20.1f}")
    command_line(examples[-1], runs)


def process_ms(command: list[str], runs: int) -> float:
    """Median wall time of a whole process, from start to exit."""
    return median_ms(lambda: subprocess.run(command, cwd=ROOT, check=True, capture_output=True), runs)


def command_line(largest: Path, runs: int) -> None:
    print("\ncommand line, whole process (median ms)")
    with tempfile.TemporaryDirectory() as tmp:
        out = str(Path(tmp) / "x.png")
        ours = process_ms([sys.executable, "-m", "praatplaat", "render", str(largest), "--out", out], runs)
        bare = process_ms([sys.executable, "-c", "pass"], runs)
        print(f"{'python -m praatplaat render ' + largest.name + ' --out x.png':<64}{ours:>10.1f}")
        print(f"{'python -c pass (interpreter start)':<64}{bare:>10.1f}")
        try:
            import kaleido  # noqa: F401 - only to see whether the comparison can run
        except ImportError:
            print("plotly+kaleido PNG export: skipped (kaleido is not installed; it is never a dependency)")
            return
        script = (f"import sys; sys.path.insert(0, {str(ROOT)!r}); import plotly.graph_objects as go; "
                  "from praatplaat.load import load_file; from praatplaat.layout import build_scene; "
                  "from praatplaat.render.plotly_fig import figure; "
                  f"go.Figure(figure(build_scene(load_file({str(largest)!r}).vision), display_width=1920))"
                  f".write_image({out!r}, scale=1)")
        theirs = process_ms([sys.executable, "-c", script], runs)
        print(f"{'plotly+kaleido write_image of the same figure':<64}{theirs:>10.1f}   ratio {theirs / ours:.1f}x")


if __name__ == "__main__":
    main()
