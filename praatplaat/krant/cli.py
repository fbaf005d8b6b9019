"""``python -m praatplaat krant X.yaml --editie 3 --out krant.pdf|krant.html [--size a4|a3] [--lang en]``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from ..command import UsageError, check_out, with_tokens, writing
from ..words import table

if TYPE_CHECKING:
    from ..load import LoadResult



def add_parser(sub, lang: str) -> None:
    """Register the ``krant`` subcommand on the CLI's subparsers."""
    t = table("krant_cli", lang)
    p = sub.add_parser("krant", help=t["help"])
    p.add_argument("file")
    p.add_argument("--editie", type=int, help=t["help_editie"])
    p.add_argument("--out", required=True, help=t["help_out"])
    p.add_argument("--size", choices=("a4", "a3"), default="a4", help=t["help_size"])
    p.add_argument("--lang", choices=("nl", "en"), default=argparse.SUPPRESS)
    p.add_argument("--herkomst", action="store_true", help=table("cli", lang)["help_herkomst"])
    p.add_argument("--tokens", help=table("cli", lang)["help_tokens"])


def run(args, result: LoadResult, lang: str) -> int:
    """Write the edition; usage mistakes raise praatplaat.command.UsageError (exit code 2)."""
    from ..logo import read_logo
    from .edition import UnknownEdition

    t = table("krant_cli", lang)
    vision, base_dir = with_tokens(result.vision, args.tokens, lang), Path(args.file).parent
    out = Path(args.out)
    check_out(args.out, lang)
    fmt = out.suffix.lower()
    if fmt not in (".pdf", ".html"):
        raise UsageError(t["suffix"].format(suffix=out.suffix))
    if vision.krant is None:
        raise UsageError(t["no_krant"])
    logo = read_logo(vision.logo, base_dir)
    try:
        if fmt == ".pdf":
            from .pdf import render_krant_pdf

            data = render_krant_pdf(vision, args.editie, size=args.size, lang=lang, logo=logo, base_dir=base_dir,
                                    herkomst=args.herkomst)
        else:
            from .html import render_krant_html

            data = render_krant_html(vision, args.editie, lang=lang, logo=logo, base_dir=base_dir,
                                     herkomst=args.herkomst).encode("utf-8")
    except UnknownEdition as exc:
        choices = ", ".join(str(e.nummer) for e in vision.krant.edities)
        raise UsageError(t["editie"].format(n=exc, choices=choices)) from exc
    with writing(args.out, lang):
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(data)
    print(t["written"].format(path=out))
    return 0
