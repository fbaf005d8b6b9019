"""Command line: ``python -m praatplaat check|render|schema``.

Exit codes: 0 success (warnings allowed), 1 the vision has errors, 2 usage error.
"""

from __future__ import annotations

import argparse
import functools
import sys
from pathlib import Path

from .export import FORMATS, SIZES, export
from .krant import cli as krant_cli  # the newsletter subcommand
from .layout import VIEWS
from .layout.reis import UnknownJourney
from .load import LoadResult, load_file
from .logo import read_logo

TEXT = {
    "nl": {
        "usage": "gebruik", "error": "fout", "ok": "{file}: geldig", "written": "geschreven: {path}",
        "missing_file": "bestand niet gevonden: {file}",
        "suffix": "onbekend uitvoerformaat '{suffix}'; kies uit: {choices}",
        "journey": "onbekende klantreis '{journey}'; kies uit: {choices}",
        "no_journeys": "deze visie heeft geen klantreizen",
        "scale": "--scale moet tussen 0.1 en 8 liggen", "fragment": "--fragment kan alleen bij .html",
        "summary": "{errors} fout(en), {warnings} waarschuwing(en)",
        "help_check": "controleer een visie (YAML, of PNG met ingebedde bron)",
        "help_render": "maak een praatplaat als PNG, SVG, PDF of HTML", "help_schema": "druk het JSON Schema af",
        "help_out": "uitvoerbestand; het formaat volgt de extensie (.png, .svg, .pdf, .html)",
        "help_view": "weergave (standaard: overzicht)", "help_journey": "id of naam van de klantreis voor 'reis'",
        "help_size": "formaat: scherm (1920×1080), a4 of a3 (300 dpi)", "help_scale": "vermenigvuldig de pixelmaat",
        "help_lang": "taal van meldingen en teksten (nl of en)",
        "help_alt": "schrijf ook alt-tekst en lange beschrijving",
        "help_fragment": "HTML-fragment om in een bestaande pagina te plakken",
    },
    "en": {
        "usage": "usage", "error": "error", "ok": "{file}: valid", "written": "written: {path}",
        "missing_file": "file not found: {file}", "suffix": "unknown output format '{suffix}'; choose from: {choices}",
        "journey": "unknown journey '{journey}'; choose from: {choices}", "no_journeys": "this vision has no journeys",
        "scale": "--scale must be between 0.1 and 8", "fragment": "--fragment only applies to .html",
        "summary": "{errors} error(s), {warnings} warning(s)",
        "help_check": "check a vision (YAML, or a PNG with its embedded source)",
        "help_render": "render a praatplaat as PNG, SVG, PDF or HTML", "help_schema": "print the JSON Schema",
        "help_out": "output file; the format follows its suffix (.png, .svg, .pdf, .html)",
        "help_view": "view (default: overzicht)", "help_journey": "id or name of the journey for 'reis'",
        "help_size": "size: scherm (1920×1080), a4 or a3 (300 dpi)", "help_scale": "multiply the pixel size",
        "help_lang": "language of messages and texts (nl or en)",
        "help_alt": "also write alt text and a long description",
        "help_fragment": "HTML fragment to paste into an existing page",
    },
}


class UsageError(Exception):
    """A mistake in how the command was called (exit code 2)."""


# argparse's own messages, in Dutch.
ARGPARSE_NL = {
    "the following arguments are required": "deze argumenten ontbreken",
    "unrecognized arguments": "onbekende argumenten",
    "invalid choice": "ongeldige keuze",
    "choose from": "kies uit",
    "invalid float value": "ongeldig getal",
    "expected one argument": "verwacht één waarde",
    "argument": "argument",
}


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
    t = TEXT[lang]
    parser = _Parser(prog="python -m praatplaat", description="Praatplaat", lang=lang)
    parser.add_argument("--lang", choices=("nl", "en"), default=lang, help=t["help_lang"])
    sub = parser.add_subparsers(dest="command", required=True, parser_class=functools.partial(_Parser, lang=lang))
    check = sub.add_parser("check", help=t["help_check"])
    check.add_argument("file")
    check.add_argument("--lang", choices=("nl", "en"), default=argparse.SUPPRESS, help=t["help_lang"])
    render = sub.add_parser("render", help=t["help_render"])
    render.add_argument("file")
    render.add_argument("--out", required=True, help=t["help_out"])
    render.add_argument("--view", choices=VIEWS, default="overzicht", help=t["help_view"])
    render.add_argument("--journey", help=t["help_journey"])
    render.add_argument("--size", choices=tuple(SIZES), default="scherm", help=t["help_size"])
    render.add_argument("--scale", type=float, default=1.0, help=t["help_scale"])
    render.add_argument("--alt", action="store_true", help=t["help_alt"])
    render.add_argument("--fragment", action="store_true", help=t["help_fragment"])
    render.add_argument("--lang", choices=("nl", "en"), default=argparse.SUPPRESS, help=t["help_lang"])
    sub.add_parser("schema", help=t["help_schema"])
    krant_cli.add_parser(sub, lang)
    return parser


def _lang(argv: list[str]) -> str:
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1] if argv[i + 1] in TEXT else "nl"
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1] if arg.split("=", 1)[1] in TEXT else "nl"
    return "nl"


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    lang = _lang(argv)
    parser = _parser(lang)
    try:
        args = parser.parse_args(argv)
        if args.command == "schema":
            from .schema import schema_text

            sys.stdout.write(schema_text())
            return 0
        result = _load(args.file, lang)
        _print_diagnostics(result, lang)
        if not result.ok:
            return 1
        if args.command == "check":
            print(TEXT[lang]["ok"].format(file=args.file))
            return 0
        if args.command == "krant":
            return krant_cli.run(args, result, lang)
        return _render(args, result, lang)
    except UsageError as exc:
        print(f"{TEXT[lang]['usage']}: {parser.format_usage().split(':', 1)[1].strip()}", file=sys.stderr)
        print(f"{TEXT[lang]['error']}: {exc}", file=sys.stderr)
        return 2


def _load(file: str, lang: str) -> LoadResult:
    path = Path(file)
    if not path.is_file():
        raise UsageError(TEXT[lang]["missing_file"].format(file=file))
    return load_file(path)


def _print_diagnostics(result: LoadResult, lang: str) -> None:
    if result.diagnostics:
        print(result.report(lang), file=sys.stderr)
        summary = TEXT[lang]["summary"].format(errors=len(result.errors), warnings=len(result.warnings))
        print(summary, file=sys.stderr)


def _render(args, result: LoadResult, lang: str) -> int:
    t = TEXT[lang]
    out = Path(args.out)
    fmt = out.suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        raise UsageError(t["suffix"].format(suffix=out.suffix, choices=", ".join(f".{f}" for f in FORMATS)))
    if not 0.1 <= args.scale <= 8:
        raise UsageError(t["scale"])
    if args.fragment and fmt != "html":
        raise UsageError(t["fragment"])
    vision = result.vision
    if args.view == "reis" and args.journey and not vision.klantreizen:
        raise UsageError(t["no_journeys"])
    try:
        data = export(vision, fmt, view=args.view, journey=args.journey, size=args.size, scale=args.scale,
                      lang=lang, logo=read_logo(vision.logo, Path(args.file).parent), source=result.text,
                      fragment=args.fragment)
    except UnknownJourney as exc:
        choices = ", ".join(r.id for r in vision.klantreizen)
        raise UsageError(t["journey"].format(journey=exc, choices=choices)) from exc
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(data)
    print(t["written"].format(path=out))
    if args.alt:
        from .alttext import write_alt_files

        for path in write_alt_files(out, vision, args.view, lang, journey=args.journey):
            print(t["written"].format(path=path))
    return 0
