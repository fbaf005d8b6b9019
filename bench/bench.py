"""Benchmark: median time per stage, from YAML text to every output.

    python bench/bench.py [--runs 7] [--cli-only] [--kaleido-runs 3]

Stages: parse+validate (load_text), layout (build_scene, overzicht 1920×1080), Plotly dict,
PNG 1920×1080, SVG, PDF (A4); for the smallest and largest example and a generated vision of
40 journeys × 25 steps, then how YAML→figure grows with the number of steps (skipped with
``--cli-only``).

Then what a person waits for at the command line: the whole process ``python -m praatplaat
render praatplaten/gemeente-groothaven.yaml --out X.png``, median wall time and median CPU time
(user+sys of the process, less sensitive to other work on the machine), with the load average
next to it; the floor below it, run in turns with it: the interpreter alone (``python -S -c pass``),
with this machine's site (``python -c pass``), with pydantic imported, and with our model built
(``import praatplaat.model``), and what is left for Praatplaat's own work; the slowest imports of one
run (``-X importtime``). Next to it, in the same run, a plotly+kaleido PNG export of the same
picture (its Plotly figure, 1920 px wide) as a whole process too. kaleido is never a dependency:
``pip install kaleido`` to include it; it drives the machine's Chromium (``BROWSER_PATH``,
default /usr/bin/chromium) and never downloads a browser. When it cannot run, the bench says why.

Processes run with bytecode caching on (as for an installed package, even when the environment
sets PYTHONDONTWRITEBYTECODE), after one warm-up run.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
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
    parser.add_argument("--cli-only", action="store_true", help="only the whole-process command-line figures")
    parser.add_argument("--kaleido-runs", type=int, default=3, help="runs of the (slow) plotly+kaleido export")
    options = parser.parse_args()
    runs = options.runs
    if not options.cli_only:
        in_process(runs)
    command_line(ROOT / "praatplaten" / "gemeente-groothaven.yaml", runs, options.kaleido_runs)


def in_process(runs: int) -> None:
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
    print()


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return {**env, **extra}


def process(command: list[str], runs: int, env: dict[str, str] | None = None) -> tuple[float, float]:
    """Median wall time and median CPU time (user+sys) in ms of a whole process, from start to exit,
    after one warm-up run (which also writes the bytecode caches)."""
    return interleaved([command], runs, env)[0]


def interleaved(commands: list[list[str]], runs: int, env: dict[str, str] | None = None) -> list[tuple[float, float]]:
    """``process`` for several commands, run in turns (one run of each per round), so that a change in the
    machine's load falls on all of them alike."""
    env = env or _env()
    for command in commands:
        warm = subprocess.run(command, cwd=ROOT, capture_output=True, env=env)
        if warm.returncode != 0:
            raise RuntimeError(warm.stderr.decode(errors="replace")[-500:] or f"exit code {warm.returncode}")
    times: list[list[tuple[float, float]]] = [[] for _ in commands]
    for _ in range(runs):
        for command, measured in zip(commands, times):
            measured.append(_once(command, env))
    return [(statistics.median(w for w, _ in m), statistics.median(c for _, c in m)) for m in times]


def _once(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU time (user+sys) in ms of one run of ``command``."""
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        child = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=err)
        _, status, usage = os.wait4(child.pid, 0)
        wall = (time.perf_counter() - start) * 1000
        if status != 0:
            err.seek(0)
            raise RuntimeError(f"{command[:4]} failed: {err.read().decode(errors='replace')[-500:]}")
    return wall, (usage.ru_utime + usage.ru_stime) * 1000


def slowest_imports(command: list[str], top: int = 8) -> list[tuple[str, float]]:
    """The top-level imports of one run by cumulative time (ms), from ``-X importtime``."""
    done = subprocess.run([command[0], "-X", "importtime", *command[1:]], cwd=ROOT, env=_env(),
                          capture_output=True, text=True, check=True)
    found = []
    for line in done.stderr.splitlines():
        match = re.match(r"import time:\s+\d+ \|\s+(\d+) \| (\S.*)$", line)  # no indent: top level
        if match:
            found.append((match.group(2), int(match.group(1)) / 1000))
    return sorted(found, key=lambda item: -item[1])[:top]


# (label, interpreter arguments): interpreter start, then pydantic, then pydantic with our model built
FLOORS = (
    ("python -S -c pass (interpreter alone, no site-packages .pth files)", ["-S", "-c", "pass"]),
    ("python -c pass (interpreter start with this machine's site)", ["-c", "pass"]),
    ("python -c 'from pydantic import BaseModel' (pydantic import)", ["-c", "from pydantic import BaseModel"]),
    ("python -c 'import praatplaat.model' (pydantic + building our model)", ["-c", "import praatplaat.model"]),
)


def command_line(vision: Path, runs: int, kaleido_runs: int) -> None:
    print(f"command line, whole process: median of {runs} runs (ms); load average {_load()}")
    with tempfile.TemporaryDirectory() as tmp:
        out = str(Path(tmp) / "x.png")
        ours = [sys.executable, "-m", "praatplaat", "render", str(vision.relative_to(ROOT)), "--out", out]
        measured = interleaved([ours] + [[sys.executable, *args] for _, args in FLOORS], runs)
        wall, cpu = measured[0]
        floors = [(label, *times) for (label, _), times in zip(FLOORS, measured[1:])]
        imports = slowest_imports(ours)
        print(f"{'':<66}{'wall':>10}{'cpu':>10}")
        print(f"{'python -m praatplaat render ' + vision.name + ' --out x.png':<66}{wall:>10.1f}{cpu:>10.1f}")
        print("the floor: what every run pays before any of Praatplaat's own work")
        for label, floor_wall, floor_cpu in floors:
            print(f"{'  ' + label:<66}{floor_wall:>10.1f}{floor_cpu:>10.1f}")
        _, model_wall, model_cpu = floors[-1]
        print(f"{'ours: render minus the model import (load, layout, raster, encode)':<66}"
              f"{wall - model_wall:>10.1f}{cpu - model_cpu:>10.1f}")
        print("slowest top-level imports of one render (-X importtime, cumulative ms): "
              + ", ".join(f"{name} {ms:.0f}" for name, ms in imports))
        kaleido(vision, out, wall, cpu, kaleido_runs)
    print(f"load average after: {_load()}")


def kaleido(vision: Path, out: str, wall: float, cpu: float, runs: int) -> None:
    """The same picture as a Plotly figure written by plotly+kaleido, as a whole process; why not, if it cannot."""
    label = "plotly+kaleido write_image of the same picture"
    reason = "--kaleido-runs 0" if runs < 1 else _kaleido_missing()
    if reason:
        print(f"{label}: unavailable ({reason}); ratio unavailable")
        return
    script = (f"import sys; sys.path.insert(0, {str(ROOT)!r}); import plotly.graph_objects as go; "
              "from praatplaat.load import load_file; from praatplaat.layout import build_scene; "
              "from praatplaat.render.plotly_fig import figure; "
              f"go.Figure(figure(build_scene(load_file({str(vision)!r}).vision), display_width=1920))"
              f".write_image({out!r}, scale=1)")
    browser = os.environ.get("BROWSER_PATH", "/usr/bin/chromium")
    try:
        theirs_wall, theirs_cpu = process([sys.executable, "-c", script], runs, _env(BROWSER_PATH=browser))
    except (RuntimeError, OSError) as exc:
        print(f"{label}: unavailable ({str(exc).strip().splitlines()[-1][:200]}); ratio unavailable")
        return
    print(f"{label + f' (median of {runs})':<66}{theirs_wall:>10.1f}{theirs_cpu:>10.1f}"
          f"   ratio {theirs_wall / wall:.1f}x wall, {theirs_cpu / cpu:.1f}x cpu")
    print("(cpu: user+sys of the process and of the child processes it waited for)")


def _kaleido_missing() -> str | None:
    """Why plotly+kaleido cannot run here, or None."""
    try:
        import kaleido  # noqa: F401 - only to see whether the comparison can run
    except ImportError:
        return "kaleido is not installed; it is never a dependency: pip install kaleido"
    browser = os.environ.get("BROWSER_PATH", "/usr/bin/chromium")
    if not shutil.which(browser):
        return f"no Chromium at {browser} (set BROWSER_PATH); the bench never downloads a browser"
    return None


def _load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


if __name__ == "__main__":
    main()
