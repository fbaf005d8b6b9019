"""Render every output of every example and compare it with another version's, to prove a refactor changed nothing.

    python bench/compare_outputs.py --out before          # in the old version: writes every output to before/
    python bench/compare_outputs.py --out after --against before   # in the new one: lists what differs
    python bench/compare_outputs.py                        # only prints a digest per output

Every output goes through the command line (in this process), so the script holds no engine names that a
refactor could move: each example (praatplaten/*.yaml) × view (every journey for ``reis``) as PNG (scherm, a4,
a4-staand, telefoon), SVG, PDF (a4) and HTML (once per vision: it holds every view; also as a fragment), the
English SVG and HTML, the text alternatives (``--alt``), the PDF of every view (``--all``), PPTX, the origin marks
of a vision built on a base (``--herkomst``), the krant (HTML, PDF) and the comparison and national overview in
every format.

Normalised before comparing, because they change from run to run and mean nothing: in a PDF the creation and
modification dates, the document id and the producer; in a PPTX (a zip) the zip's file dates and the core
properties' dates. Nothing else is normalised.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import io
import re
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from praatplaat.cli import main as cli  # noqa: E402
from praatplaat.load import load_file  # noqa: E402

PDF_VOLATILE = re.compile(rb"/(CreationDate|ModDate|ID|Producer)\s*(\(.*?\)|\[.*?\])", re.S)
PPTX_DATES = re.compile(rb"<dcterms:(created|modified)[^>]*>[^<]*</dcterms:\1>")
PICTURES = [("png", "scherm"), ("png", "a4"), ("png", "a4-staand"), ("png", "telefoon"), ("svg", "scherm"),
            ("pdf", "a4")]


def normalised(name: str, data: bytes) -> bytes:
    """``data`` without what changes from run to run (see the module's docstring)."""
    if name.endswith(".pdf"):
        return PDF_VOLATILE.sub(b"", data)
    if name.endswith(".pptx"):
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            return b"".join(n.encode() + b"\0" + PPTX_DATES.sub(b"", z.read(n)) for n in sorted(z.namelist()))
    return data


def digest(name: str, data: bytes) -> str:
    return hashlib.sha1(normalised(name, data)).hexdigest()[:12]


def jobs(examples: Path):
    """(file name, command line) of every output."""
    paths = sorted(examples.glob("*.yaml"))
    for path in paths:
        result = load_file(path)
        if not result.ok:
            continue
        vision, src, stem = result.vision, str(path), path.stem
        views = [("overzicht", []), ("huis", []), ("kanalen", [])]
        views += [(f"reis-{r.id}", ["--journey", r.id]) for r in vision.klantreizen]
        for view, extra in views:
            flags = ["--view", view.split("-")[0], *extra]
            for fmt, size in PICTURES:
                yield f"{stem}-{view}-{size}.{fmt}", ["render", src, *flags, "--size", size]
            yield f"{stem}-{view}-en.svg", ["render", src, *flags, "--lang", "en"]
        yield f"{stem}-alt.png", ["render", src, "--alt"]
        yield f"{stem}.html", ["render", src]
        yield f"{stem}-en.html", ["render", src, "--lang", "en"]
        yield f"{stem}-fragment.html", ["render", src, "--fragment"]
        yield f"{stem}-all.pdf", ["render", src, "--all", "--size", "a4"]
        yield f"{stem}.pptx", ["render", src]
        if vision.basis:
            yield f"{stem}-herkomst.png", ["render", src, "--herkomst"]
            yield f"{stem}-herkomst.html", ["render", src, "--herkomst"]
        if vision.krant:
            yield f"{stem}-krant.html", ["krant", src]
            yield f"{stem}-krant.pdf", ["krant", src]
    few = [str(p) for p in paths[:3]]
    for fmt in ("png", "svg", "pdf", "html"):
        yield f"vergelijk.{fmt}", ["vergelijk", *few]
        yield f"landelijk.{fmt}", ["vergelijk", str(examples)]
    yield "vergelijk-en.html", ["vergelijk", *few, "--lang", "en"]
    yield "landelijk-en.html", ["vergelijk", str(examples), "--lang", "en"]


def render_all(out: Path, examples: Path) -> dict[str, str]:
    """Writes every output (and its text alternatives) to ``out``; returns file name -> digest."""
    out.mkdir(parents=True, exist_ok=True)
    for name, argv in jobs(examples):
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()) as err:
            code = cli([*argv, "--out", str(out / name)])
        if code not in (0, 1):  # 1: the national overview of a folder with a broken vision
            raise SystemExit(f"{name}: exit {code}\n{err.getvalue()}")
    return digests(out)


def digests(folder: Path) -> dict[str, str]:
    return {p.name: digest(p.name, p.read_bytes()) for p in sorted(folder.iterdir()) if p.is_file()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", help="folder to write every output to (default: a temporary one)")
    parser.add_argument("--against", help="folder of another version's outputs to compare with")
    parser.add_argument("--examples", default=str(ROOT / "praatplaten"))
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        mine = render_all(Path(args.out or tmp), Path(args.examples))
    if not args.against:
        for name, value in mine.items():
            print(f"{value} {name}")
        return 0
    theirs = digests(Path(args.against))
    differ = sorted(n for n in mine.keys() & theirs.keys() if mine[n] != theirs[n])
    only_mine, only_theirs = sorted(mine.keys() - theirs.keys()), sorted(theirs.keys() - mine.keys())
    for label, names in (("differs", differ), ("new", only_mine), ("missing", only_theirs)):
        for name in names:
            print(f"{label}: {name}")
    same = len(mine.keys() & theirs.keys()) - len(differ)
    print(f"{same} identical, {len(differ)} differ, {len(only_mine)} new, {len(only_theirs)} missing")
    return 1 if differ or only_mine or only_theirs else 0


if __name__ == "__main__":
    sys.exit(main())
