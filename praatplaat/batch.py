"""Many pictures in one run: ``python -m praatplaat render A.yaml FOLDER ... --out-dir OUT``.

Every vision is read once and drawn in each asked view and format, in one process (``--jobs 1``) or in a
pool of worker processes started once (``--jobs N``): the workers are forked after the engine is imported
and warmed, so nothing is imported again per file. A vision with errors, or one that fails to draw, is
reported with its located messages and the run goes on; the exit code is 1 when any file failed.

Output names: ``<out-dir>/<file stem>-<view>.<ext>``; with ``--every-journey`` the view ``reis`` gives
one picture per journey, ``<file stem>-reis-<journey id>.<ext>`` (without it: the first journey, as
``render --view reis`` without ``--journey`` draws).
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

from .words import table

SUFFIXES = (".yaml", ".yml")
# Pillow's image memory in a batch process: blocks of 1 MB (not 16), at most 128 of them kept when freed
BLOCK_SIZE = 1 << 20
BLOCKS_MAX = 128


def words(lang: str) -> dict:
    """The batch's words in ``lang`` (praatplaat.words, table 'batch')."""
    return table("batch", lang)


class BatchUsage(Exception):
    """A mistake in how the batch was asked for (the CLI turns it into exit code 2)."""


def collect(paths: list[str], lang: str = "nl", unique: bool = True) -> list[Path]:
    """The vision files named: files as given, a folder's *.yaml and *.yml (not its subfolders), sorted.
    With ``unique``, two with the same stem (they would write the same outputs) are a usage error."""
    w = words(lang)
    files: list[Path] = []
    for name in paths:
        path = Path(name)
        if path.is_dir():
            files += sorted(p for p in path.iterdir() if p.suffix.lower() in SUFFIXES and p.is_file())
        else:
            files.append(path)  # a missing file is reported as that file's failure
    if not files:
        raise BatchUsage(w["no_files"].format(paths=", ".join(paths)))
    seen: dict[str, Path] = {}
    for path in files if unique else ():
        if path.stem in seen:
            raise BatchUsage(w["same_stem"].format(stem=path.stem, a=seen[path.stem], b=path))
        seen[path.stem] = path
    return files


def split_list(values: list[str] | None) -> list[str]:
    """``["a,b", "c"]`` -> ``["a", "b", "c"]`` (repeated options and comma lists alike), in order, once each."""
    out: list[str] = []
    for value in values or []:
        out += [v.strip() for v in value.split(",") if v.strip()]
    return list(dict.fromkeys(out))


@dataclass(frozen=True)
class Options:
    """What every vision of a batch is drawn as."""

    out_dir: str
    views: tuple[str, ...] = ("overzicht",)
    formats: tuple[str, ...] = ("png",)
    size: str = "scherm"
    scale: float = 1.0
    lang: str = "nl"
    herkomst: bool = False
    every_journey: bool = False
    tokens: dict | None = None  # read once by the parent (praatplaat.tokens.read_tokens_file)


@dataclass
class Outcome:
    """One vision's result: the files written, or why it failed (located messages, one line each)."""

    file: str
    written: list[str] = field(default_factory=list)
    messages: str = ""
    failed: bool = False


def render_one(file: str, opts: Options) -> Outcome:
    """Load ``file`` and write each view in each format into ``opts.out_dir``; never raises."""
    from .export import FORMATS, export
    from .load import load_file
    from .logo import read_logo

    out = Outcome(file)
    try:
        path = Path(file)
        if not path.is_file():
            from .words import table

            out.messages, out.failed = table("cli", opts.lang)["missing_file"].format(file=file), True
            return out
        result = load_file(path)
        if not result.ok:
            out.messages, out.failed = result.report(opts.lang), True
            return out
        vision = result.vision
        if opts.tokens is not None:
            from .tokens import apply_tokens

            vision = apply_tokens(vision, opts.tokens)
        logo = read_logo(vision.logo, path.parent)
        folder = Path(opts.out_dir)
        for view in opts.views:
            journeys: list[str | None] = [None]
            if view == "reis" and opts.every_journey and vision.klantreizen:
                journeys = [r.id for r in vision.klantreizen]
            for journey in journeys:
                name = f"{path.stem}-{view}" + (f"-{journey}" if journey else "")
                for fmt in opts.formats:
                    data = export(vision, fmt, view=view, journey=journey, size=opts.size, scale=opts.scale,
                                  lang=opts.lang, logo=logo, source=result.text, herkomst=opts.herkomst)
                    target = folder / f"{name}{FORMATS[fmt].suffix}"
                    target.write_bytes(data)
                    out.written.append(str(target))
    except OSError as exc:
        out.messages, out.failed = f"{file}: {exc.strerror or exc}", True
    except Exception as exc:  # noqa: BLE001 - one broken vision must not stop the others
        out.messages, out.failed = words(opts.lang)["internal"].format(file=file, kind=type(exc).__name__), True
    return out


_OPTIONS: Options | None = None


def _init(opts: Options) -> None:
    global _OPTIONS
    _OPTIONS = opts


def _work(file: str) -> Outcome:
    return render_one(file, _OPTIONS)


def warm() -> None:
    """Import and warm what drawing needs (the model, every view, Pillow, the fonts) before forking, so that
    no worker imports or reads a font again."""
    from . import export, load  # noqa: F401
    from .layout import VIEWS, herkomst  # noqa: F401
    from .render import png  # noqa: F401

    for view in VIEWS.values():
        view.function("layout")
    from PIL import Image

    # keep freed image memory for the next picture instead of giving it back to the system: a new
    # supersampled canvas (33 MB) then costs no page faults. In small blocks, because a kept block is
    # resized to the next request: 16 MB blocks went back and forth between the canvas and its reduction
    # (8 MB) at every picture; a 1 MB block holds 68 rows of the one or 136 of the other, the same bytes.
    Image.core.set_block_size(BLOCK_SIZE)
    Image.core.set_blocks_max(BLOCKS_MAX)
    from . import fonts

    for bold in (False, True):
        fonts.pil_font(16, bold)
        fonts.measure("Aa", 16, bold)


def run_batch(files: list[Path], opts: Options, jobs: int, *, progress: bool | None = None,
              err=None) -> tuple[list[Outcome], int]:
    """Render every file; returns the outcomes (in the order of ``files``) and the number of failures.
    ``progress``: a progress bar on stderr (default: when stderr is a terminal); failures are printed to
    ``err`` (stderr) as they come, above the bar."""
    err = err or sys.stderr
    Path(opts.out_dir).mkdir(parents=True, exist_ok=True)
    show = err.isatty() if progress is None else progress
    names = [str(f) for f in files]
    bar = None
    if show:
        from tqdm import tqdm

        bar = tqdm(total=len(names), unit=" " + words(opts.lang)["progress"], file=err, dynamic_ncols=True)

    outcomes: dict[str, Outcome] = {}

    def done(outcome: Outcome) -> None:
        outcomes[outcome.file] = outcome
        if outcome.failed:
            text = words(opts.lang)["failed_file"].format(file=outcome.file) + "\n" + outcome.messages
            if bar is not None:
                bar.write(text, file=err)
            else:
                print(text, file=err)
        if bar is not None:
            bar.update(1)

    warm()
    jobs = max(1, min(jobs, len(names)))
    if jobs == 1:
        for name in names:
            done(render_one(name, opts))
    else:
        import multiprocessing

        # fork: the workers start with everything warm() imported; the pool is started once for the run
        method = "fork" if "fork" in multiprocessing.get_all_start_methods() else None
        context = multiprocessing.get_context(method)
        chunk = max(1, min(8, len(names) // (jobs * 8)))
        pool = context.Pool(jobs, initializer=_init, initargs=(opts,))
        try:
            for outcome in pool.imap_unordered(_work, names, chunksize=chunk):
                done(outcome)
            pool.close()
        except BaseException:
            pool.terminate()
            raise
        finally:
            pool.join()
    if bar is not None:
        bar.close()
    ordered = [outcomes[n] for n in names]
    return ordered, sum(o.failed for o in ordered)


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)
