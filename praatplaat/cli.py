"""Command line: ``python -m praatplaat check|render|schema|vergelijk``.

Exit codes:
  0  success (warnings allowed)
  1  the vision has errors (located messages on stderr)
  2  usage error: bad arguments, input file missing, --journey without --view reis, an export beyond
     the pixel budget (praatplaat.limits.MAX_OUTPUT_PIXELS)
  3  internal error: a one-line message; the traceback only with --debug
  4  the output cannot be written: --out is an existing folder, a file stands where a folder is
     needed, no permission, disk full. A missing parent folder of --out is created.
"""

from __future__ import annotations

import argparse
import functools
import sys
from pathlib import Path
from typing import TYPE_CHECKING

# Only light modules here: each command imports what it needs (the model, the layout, Pillow) when it runs.
from .command import OutputError, UsageError, check_out, with_tokens, writing
from .export import FORMATS, SIZES, Format, export
from .krant import cli as krant_cli  # the newsletter subcommand
from .layout import VIEWS
from .limits import MAX_OUTPUT_PIXELS, MAX_SCALE, MIN_SCALE, output_pixels
from .words import ARGPARSE_NL, LANGS, table

if TYPE_CHECKING:
    from collections.abc import Callable

    from .load import LoadResult

EXIT_OK, EXIT_INVALID, EXIT_USAGE, EXIT_INTERNAL, EXIT_OUTPUT = 0, 1, 2, 3, 4


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args, lang: str = "nl", **kwargs):
        super().__init__(*args, **kwargs)
        self.lang = lang

    def error(self, message: str) -> None:  # argparse calls this on bad arguments
        if self.lang == "nl":
            for english, dutch in ARGPARSE_NL.items():
                message = message.replace(english, dutch)
        raise UsageError(message)


def _parser(lang: str) -> argparse.ArgumentParser:
    t = table("cli", lang)
    parser = _Parser(prog="python -m praatplaat", description="Praatplaat", epilog=t["epilog"], lang=lang)
    parser.add_argument("--lang", choices=LANGS, default=lang, help=t["help_lang"])
    parser.add_argument("--debug", action="store_true", help=t["help_debug"])
    sub = parser.add_subparsers(dest="command", required=True, parser_class=functools.partial(_Parser, lang=lang))
    check = sub.add_parser("check", help=t["help_check"], epilog=t["epilog"])
    check.add_argument("file")
    check.add_argument("--uitgeklapt", action="store_true", help=t["help_uitgeklapt"])
    check.add_argument("--lang", choices=LANGS, default=argparse.SUPPRESS, help=t["help_lang"])
    check.add_argument("--debug", action="store_true", default=argparse.SUPPRESS, help=t["help_debug"])
    check.add_argument("--strict", action="store_true", help=t["help_strict"])
    render = sub.add_parser("render", help=t["help_render"], epilog=t["epilog"])
    render.add_argument("file", nargs="+")
    render.add_argument("--out", help=t["help_out"])
    _batch_options(render, lang)
    render.add_argument("--view", choices=VIEWS, default="overzicht", help=t["help_view"])
    render.add_argument("--journey", help=t["help_journey"])
    render.add_argument("--size", choices=tuple(SIZES), default="scherm", help=t["help_size"])
    render.add_argument("--scale", type=float, default=1.0, help=t["help_scale"])
    render.add_argument("--alt", action="store_true", help=t["help_alt"])
    render.add_argument("--fragment", action="store_true", help=t["help_fragment"])
    render.add_argument("--all", action="store_true", help=t["help_all"])
    render.add_argument("--herkomst", action="store_true", help=t["help_herkomst"])
    render.add_argument("--tokens", help=t["help_tokens"])
    render.add_argument("--lang", choices=LANGS, default=argparse.SUPPRESS, help=t["help_lang"])
    render.add_argument("--debug", action="store_true", default=argparse.SUPPRESS, help=t["help_debug"])
    sub.add_parser("schema", help=t["help_schema"])
    vergelijk = sub.add_parser("vergelijk", help=t["help_vergelijk"], epilog=t["epilog"])
    vergelijk.add_argument("files", nargs="+")
    vergelijk.add_argument("--out", required=True, help=t["help_out"])
    vergelijk.add_argument("--scale", type=float, default=1.0, help=t["help_scale"])
    vergelijk.add_argument("--lang", choices=LANGS, default=argparse.SUPPRESS, help=t["help_lang"])
    vergelijk.add_argument("--debug", action="store_true", default=argparse.SUPPRESS, help=t["help_debug"])
    krant_cli.add_parser(sub, lang)
    return parser


def _lang(argv: list[str]) -> str:
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1] if argv[i + 1] in LANGS else "nl"
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1] if arg.split("=", 1)[1] in LANGS else "nl"
    return "nl"


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    lang = _lang(argv)
    t = table("cli", lang)
    parser = _parser(lang)
    try:
        return _run(parser.parse_args(argv), lang)
    except UsageError as exc:
        print(f"{t['usage']}: {parser.format_usage().split(':', 1)[1].strip()}", file=sys.stderr)
        print(f"{t['error']}: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except OutputError as exc:
        print(f"{t['error']}: {exc}", file=sys.stderr)
        return EXIT_OUTPUT
    except Exception as exc:  # noqa: BLE001 - a bug gets one line and its own exit code, not a traceback
        if "--debug" in argv:
            import traceback  # only here: it costs a few ms at every start

            traceback.print_exc()
        print(f"{t['error']}: {t['internal'].format(kind=type(exc).__name__)}", file=sys.stderr)
        return EXIT_INTERNAL


def _run(args, lang: str) -> int:
    if args.command == "schema":
        from .schema import schema_text

        sys.stdout.write(schema_text())
        return EXIT_OK
    if args.command == "vergelijk":
        return _vergelijk(args, lang)
    if args.command == "render":
        if _is_batch(args, lang):
            return _render_batch(args, lang)
        args.file = args.file[0]
        _check_render_args(args, lang)
    result = _load(args.file, lang)
    fit = []
    if args.command == "check" and result.ok and not args.uitgeklapt:
        from .fitcheck import fit_warnings

        fit = fit_warnings(result, lang, strict=args.strict)
    _print_diagnostics(result, lang, fit)
    if not result.ok:
        return EXIT_INVALID
    if args.command == "check":
        if args.uitgeklapt:
            from .basis import expanded_yaml

            sys.stdout.write(expanded_yaml(result.vision))
            return EXIT_OK
        if args.strict and fit:
            return EXIT_INVALID
        print(table("cli", lang)["ok"].format(file=args.file))
        return EXIT_OK
    if args.command == "krant":
        return krant_cli.run(args, result, lang)
    return _render(args, result, lang)


def _load(file: str, lang: str) -> LoadResult:
    from .load import load_file

    path = Path(file)
    if not path.is_file():
        raise UsageError(table("cli", lang)["missing_file"].format(file=file))
    return load_file(path)


def _print_diagnostics(result: LoadResult, lang: str, fit: list | None = None) -> None:
    """The located messages (``fit``: check's fit and glyph messages after the loader's), then the summary line."""
    fit = fit or []
    if result.diagnostics or fit:
        lines = [d.format(result.filename, lang) for d in result.diagnostics + fit]
        print("\n".join(lines), file=sys.stderr)
        everything = result.diagnostics + fit
        errors = sum(d.severity == "error" for d in everything)
        summary = table("cli", lang)["summary"].format(errors=errors, warnings=len(everything) - errors)
        print(summary, file=sys.stderr)


def _suffixes(able: Callable[[Format], object]) -> str:
    """The suffixes of the formats ``able(format)`` holds for, as a usage error lists them."""
    return ", ".join(f.suffix for f in FORMATS.values() if able(f))


def _format_of(out: Path, t: dict, able: Callable[[Format], object] = lambda f: True) -> str:
    """The output format its suffix names ("png" for x.PNG), one of those ``able(format)`` holds for; a usage error
    when none has it."""
    fmt = next((f.name for f in FORMATS.values() if f.suffix == out.suffix.lower() and able(f)), None)
    if fmt is None:
        raise UsageError(t["suffix"].format(suffix=out.suffix, choices=_suffixes(able)))
    return fmt


def _check_scale(args, t: dict) -> None:
    """The scale's range and the pixel budget of the size at that scale (usage errors)."""
    if not MIN_SCALE <= args.scale <= MAX_SCALE:
        raise UsageError(t["scale"])
    pixels = output_pixels(*SIZES[args.size], args.scale)
    if pixels > MAX_OUTPUT_PIXELS:
        raise UsageError(t["budget"].format(size=args.size, scale=f"{args.scale:g}", pixels=f"{pixels:,}",
                                            limit=f"{MAX_OUTPUT_PIXELS:,}"))


def _check_render_args(args, lang: str) -> None:
    """Usage errors found without reading the vision: format, scale, pixel budget, flags, the output path."""
    t = table("cli", lang)
    out = Path(args.out)
    check_out(args.out, lang)
    fmt = _format_of(out, t)
    _check_scale(args, t)
    if args.fragment and not FORMATS[fmt].fragment:
        raise UsageError(t["fragment"].format(choices=_suffixes(lambda f: f.fragment)))
    if args.all and FORMATS[fmt].every_view is None:
        raise UsageError(t["all_only"].format(choices=_suffixes(lambda f: f.every_view)))
    if args.journey and args.view != "reis":
        raise UsageError(t["journey_view"])


def _is_dir(path: Path) -> bool:
    """Whether an input names a folder (a batch or the national overview); never raises."""
    try:
        return path.is_dir()
    except (OSError, ValueError):
        return False


def _render(args, result: LoadResult, lang: str) -> int:
    from .layout.reis import UnknownJourney
    from .logo import read_logo

    t = table("cli", lang)
    out = Path(args.out)
    fmt = _format_of(out, t)  # checked before the vision was read
    vision = with_tokens(result.vision, args.tokens, lang)
    if args.view == "reis" and args.journey and not vision.klantreizen:
        raise UsageError(t["no_journeys"])
    try:
        data = export(vision, fmt, view=args.view, journey=args.journey, size=args.size, scale=args.scale,
                      lang=lang, logo=read_logo(vision.logo, Path(args.file).parent), source=result.text,
                      fragment=args.fragment, all_views=args.all, herkomst=args.herkomst)
    except UnknownJourney as exc:
        choices = ", ".join(r.id for r in vision.klantreizen)
        raise UsageError(t["journey"].format(journey=exc, choices=choices)) from exc
    with writing(args.out, lang):
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(data)
    from .fitcheck import report_export

    report_export(result, fmt, lang, view=args.view, journey=args.journey, size=args.size, all_views=args.all)
    print(t["written"].format(path=out))
    if args.alt:
        from .alttext import write_alt_files

        with writing(args.out, lang):
            paths = write_alt_files(out, vision, args.view, lang, journey=args.journey)
        for path in paths:
            print(t["written"].format(path=path))
    return EXIT_OK


def _vergelijk(args, lang: str) -> int:
    from .compare import compare
    from .layout.vergelijk import MAX_ORGANISATIONS
    from .vergelijk_export import export_vergelijking

    t = table("cli", lang)
    out = Path(args.out)
    check_out(args.out, lang)
    fmt = _format_of(out, t, lambda f: f.compare)
    if any(_is_dir(Path(f)) for f in args.files):
        return _landelijk(args, out, fmt, lang)
    if not 2 <= len(args.files) <= MAX_ORGANISATIONS:
        raise UsageError(t["vergelijk_count"])
    if not MIN_SCALE <= args.scale <= MAX_SCALE:
        raise UsageError(t["scale"])
    results = [_load(file, lang) for file in args.files]
    for result in results:
        _print_diagnostics(result, lang)
    if not all(r.ok for r in results):
        return EXIT_INVALID
    comparison = compare([r.vision for r in results], [r.herkomst for r in results])
    data = export_vergelijking(comparison, fmt, scale=args.scale, lang=lang)
    with writing(args.out, lang):
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(data)
    print(t["written"].format(path=out))
    return EXIT_OK


def _batch_options(render, lang: str) -> None:
    """The options of ``render`` for many visions at once (praatplaat.batch)."""
    from .batch import words as batch_words

    b = batch_words(lang)
    render.add_argument("--out-dir", help=b["help_out_dir"])
    render.add_argument("--views", action="append", help=b["help_views"])
    render.add_argument("--format", action="append", help=b["help_format"].format(choices=",".join(FORMATS)))
    render.add_argument("--jobs", type=int, help=b["help_jobs"])
    render.add_argument("--every-journey", action="store_true", help=b["help_every_journey"])


def _is_batch(args, lang: str) -> bool:
    """Several files, a folder or --out-dir: the batch; else the one file to --out (a usage error without it)."""
    from .batch import words as batch_words

    b = batch_words(lang)
    if args.out and args.out_dir:
        raise UsageError(b["both_out"])
    if args.out_dir:
        return True
    if len(args.file) > 1 or _is_dir(Path(args.file[0])):
        raise UsageError(b["need_out_dir"])
    if not args.out:
        required = "the following arguments are required"
        raise UsageError(f"{ARGPARSE_NL[required] if lang == 'nl' else required}: --out")
    return False


def _render_batch(args, lang: str) -> int:
    """``render`` of many visions into --out-dir: 1 when any of them failed (each reported, the rest made)."""
    from .batch import BatchUsage, Options, collect, default_jobs, run_batch, split_list
    from .batch import words as batch_words

    t, b = table("cli", lang), batch_words(lang)
    views = split_list(args.views) or [args.view]
    formats = split_list(args.format) or ["png"]
    for view in views:
        if view not in VIEWS:
            raise UsageError(b["bad_view"].format(view=view, choices=", ".join(VIEWS)))
    for fmt in formats:
        if fmt not in FORMATS:
            raise UsageError(b["bad_format"].format(fmt=fmt, choices=", ".join(FORMATS)))
    _check_scale(args, t)
    if args.journey or args.fragment or args.all or args.alt:
        raise UsageError(", ".join(f for f, on in (("--journey", args.journey), ("--fragment", args.fragment),
                                                   ("--all", args.all), ("--alt", args.alt)) if on)
                         + ": " + b["only_single"])
    if args.jobs is not None and args.jobs < 1:
        raise UsageError(b["jobs"])
    tokens = None
    if args.tokens:
        from .tokens import TokenError, read_tokens_file

        try:
            tokens = read_tokens_file(args.tokens)
        except TokenError as exc:
            raise UsageError(t["tokens_bad"].format(file=args.tokens, reason=exc.reason(lang))) from None
    try:
        files = collect(args.file, lang)
    except BatchUsage as exc:
        raise UsageError(str(exc)) from None
    opts = Options(args.out_dir, tuple(views), tuple(formats), args.size, args.scale, lang, args.herkomst,
                   args.every_journey, tokens)
    with writing(args.out_dir, lang):
        outcomes, failed = run_batch(files, opts, args.jobs or default_jobs())
    written = sum(len(o.written) for o in outcomes)
    print(b["summary"].format(pictures=written, ok=len(outcomes) - failed, out=args.out_dir, failed=failed))
    return EXIT_INVALID if failed else EXIT_OK


def _landelijk(args, out: Path, fmt: str, lang: str) -> int:
    """``vergelijk FOLDER``: the national overview of every vision in the folders (praatplaat.overview); a
    vision with errors is reported and left out, and makes the exit code 1."""
    from .overview import build, load_folder
    from .vergelijk_export import export_overview

    t = table("cli", lang)
    if not MIN_SCALE <= args.scale <= MAX_SCALE:
        raise UsageError(t["scale"])
    if _is_dir(out):
        raise OutputError(t["out_dir"].format(path=args.out))
    results, files = load_folder(args.files)
    if not results:
        raise UsageError(table("cli", lang)["missing_file"].format(file=", ".join(args.files)))
    failed = [f for r, f in zip(results, files, strict=True) if not r.ok]
    for result in results:
        if not result.ok:
            _print_diagnostics(result, lang)
    good = [(r, f) for r, f in zip(results, files, strict=True) if r.ok]
    overview = build([r for r, _ in good], [f for _, f in good])
    overview.failed = failed
    data = export_overview(overview, fmt, scale=args.scale, lang=lang)
    with writing(args.out, lang):
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(data)
    print(t["written"].format(path=out))
    return EXIT_INVALID if failed else EXIT_OK
