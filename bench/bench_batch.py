"""Benchmark: many pictures in one run, and the national overview.

    python bench/bench_batch.py [-n 1000] [--jobs 2] [--runs 3] [--views overzicht,huis,kanalen,reis]
                                [--landelijk 350] [--per-picture 8] [--kaleido 4]

1. ``python -m praatplaat render FOLDER --out-dir OUT --views ... --format png --jobs N`` over ``-n``
   generated visions (bench/generate.py batch_set: 2-4 journeys of 5-8 steps), as a whole process: wall
   time, pictures per second, the peak memory of the largest process (the parent or one worker), the load
   average next to it. Median of ``--runs``.
2. Next to it, in the same run: the old way, one process per picture (``render FILE --out X.png --view V``),
   ``--per-picture`` pictures run one after another, and what 4 × n of them would take on ``--jobs``
   processes in parallel; and plotly+kaleido per picture if kaleido is installed (it is never a dependency;
   the bench says so when it is missing).
3. ``python -m praatplaat vergelijk FOLDER --out overzicht.{html,png,pdf}`` over ``--landelijk`` generated
   organisations (bench/generate.py landelijk_set), as a whole process: median wall time per format.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.generate import batch_set, landelijk_set  # noqa: E402

# Runs the CLI, then prints the peak resident memory (MB) of this process and of its largest child (a worker).
_MEASURED = ("import json, resource, sys; from praatplaat.cli import main; code = main(json.loads(sys.argv[1])); "
             "me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss; "
             "kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss; "
             "print(json.dumps({'code': code, 'self_mb': me / 1024, 'child_mb': kids / 1024}))")


def _env() -> dict:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)  # every process waited for, and theirs
    return usage.ru_utime + usage.ru_stime


def measured(args: list[str]) -> tuple[float, dict]:
    """Wall seconds of the CLI run with ``args`` in a fresh process, and its report: memory (MB) and the CPU
    seconds of the process and its workers (``cpu``)."""
    start, cpu = time.perf_counter(), _cpu()
    done = subprocess.run([sys.executable, "-c", _MEASURED, json.dumps(args)], cwd=ROOT, capture_output=True,
                          text=True, env=_env(), timeout=3600)
    wall = time.perf_counter() - start
    report = json.loads(done.stdout.strip().splitlines()[-1])
    report["cpu"] = _cpu() - cpu
    if report["code"] != 0:
        raise SystemExit(f"the run failed ({report['code']}): {done.stderr[-2000:]}")
    return wall, report


def batch(folder: Path, out: Path, views: str, jobs: int, runs: int, n: int) -> float:
    pictures = n * len(views.split(","))
    walls, mems, cpus = [], [], []
    for _ in range(runs):
        shutil.rmtree(out, ignore_errors=True)
        wall, report = measured(["render", str(folder), "--out-dir", str(out), "--views", views, "--format", "png",
                                 "--jobs", str(jobs)])
        made = len(list(out.iterdir()))
        assert made == pictures, (made, pictures)
        walls.append(wall)
        cpus.append(report["cpu"])
        mems.append(max(report["self_mb"], report["child_mb"]))
        print(f"  run: {wall:7.1f} s wall   {cpus[-1]:7.1f} s cpu   {pictures / wall:6.1f} pictures/s   "
              f"peak {mems[-1]:.0f} MB   load {_load()}", flush=True)
    wall, cpu = statistics.median(walls), statistics.median(cpus)
    print(f"batch: {n} visions × {len(views.split(','))} views = {pictures} PNG, --jobs {jobs}: "
          f"{wall:.1f} s wall (median of {runs}), {pictures / wall:.1f} pictures/s; cpu {cpu:.1f} s "
          f"= {1000 * cpu / pictures:.0f} ms per picture, so ≈ {cpu / jobs:.0f} s on {jobs} free cores; "
          f"peak memory of one process {max(mems):.0f} MB")
    return wall


def per_picture(folder: Path, out: Path, views: list[str], count: int, jobs: int, n: int) -> None:
    """The old way: one CLI process per picture."""
    files = sorted(folder.iterdir())
    cases = [(files[i % len(files)], views[i % len(views)]) for i in range(count)]
    subprocess.run([sys.executable, "-m", "praatplaat", "render", str(files[0]), "--out", str(out / "warm.png")],
                   cwd=ROOT, env=_env(), check=True, capture_output=True)
    start, cpu = time.perf_counter(), _cpu()
    for i, (file, view) in enumerate(cases):
        subprocess.run([sys.executable, "-m", "praatplaat", "render", str(file), "--out", str(out / f"{i}.png"),
                        "--view", view], cwd=ROOT, env=_env(), check=True, capture_output=True)
    each, each_cpu = (time.perf_counter() - start) / count, (_cpu() - cpu) / count
    total = n * len(views)
    print(f"one process per picture (old CLI): {1000 * each:.0f} ms wall, {1000 * each_cpu:.0f} ms cpu per picture "
          f"({count} one after another); {total} pictures on {jobs} free cores ≈ {each_cpu * total / jobs:.0f} s")


def kaleido(folder: Path, out: Path, count: int) -> None:
    try:
        import kaleido as _  # noqa: F401 - only to see whether the comparison can run
    except ImportError:
        print("plotly+kaleido per picture: unavailable (kaleido is not installed; it is never a dependency: "
              "pip install kaleido)")
        return
    if count < 1:
        return
    import plotly.graph_objects as go

    from praatplaat.layout import build_scene
    from praatplaat.load import load_file
    from praatplaat.render.plotly_fig import figure

    files = sorted(folder.iterdir())[:count]
    start = time.perf_counter()
    for i, file in enumerate(files):
        scene = build_scene(load_file(file).vision)
        go.Figure(figure(scene, display_width=1920)).write_image(str(out / f"k{i}.png"), scale=1)
    print(f"plotly+kaleido per picture (in one process): {1000 * (time.perf_counter() - start) / count:.0f} ms")


def landelijk(folder: Path, out: Path, runs: int, n: int) -> None:
    for fmt in ("html", "png", "pdf"):
        runs_ = [measured(["vergelijk", str(folder), "--out", str(out / f"overzicht.{fmt}")]) for _ in range(runs)]
        wall = statistics.median(w for w, _ in runs_)
        cpu = statistics.median(r["cpu"] for _, r in runs_)
        print(f"national overview of {n} visions -> {fmt}: {wall:.2f} s wall, {cpu:.2f} s cpu (median of {runs}, "
              f"whole process; load {_load()})")


def _load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("-n", type=int, default=1000, help="visions in the batch")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--views", default="overzicht,huis,kanalen,reis")
    parser.add_argument("--per-picture", type=int, default=8, help="pictures made the old way (0: skip)")
    parser.add_argument("--kaleido", type=int, default=4, help="pictures made with plotly+kaleido, if installed")
    parser.add_argument("--landelijk", type=int, default=350, help="visions in the national overview (0: skip)")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="pp-batch-") as tmp:
        tmp = Path(tmp)
        if options.n:
            batch_set(tmp / "in", options.n)
            (tmp / "old").mkdir()
            batch(tmp / "in", tmp / "out", options.views, options.jobs, options.runs, options.n)
            if options.per_picture:
                per_picture(tmp / "in", tmp / "old", options.views.split(","), options.per_picture, options.jobs,
                            options.n)
            kaleido(tmp / "in", tmp / "old", options.kaleido)
        if options.landelijk:
            landelijk_set(tmp / "land", options.landelijk)
            landelijk(tmp / "land", tmp, options.runs, options.landelijk)


if __name__ == "__main__":
    main()
