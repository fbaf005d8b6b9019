"""Hash every output of every example, to compare two versions of the engine.

    python bench/hash_outputs.py [--herkomst] > after.txt; diff before.txt after.txt

One line per example × view × format × size: the SHA-1 of the bytes (a PDF without its creation
date, document id and producer, which change from run to run). The krant's HTML of each example is
included. Run it in a checkout of each version and diff the two lists. ``--herkomst`` exports with the origin
marks (what an export was before exports became public by default), to compare with an older version.
"""

from __future__ import annotations

import hashlib
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from praatplaat.export import export  # noqa: E402
from praatplaat.layout import VIEWS  # noqa: E402
from praatplaat.load import load_file  # noqa: E402
from praatplaat.logo import read_logo  # noqa: E402

VOLATILE = re.compile(rb"/(CreationDate|ModDate|ID|Producer)\s*(\(.*?\)|\[.*?\])", re.S)
JOBS = [("png", "scherm", 1.0), ("png", "a4", 1.0), ("png", "a4-staand", 1.0), ("png", "telefoon", 1.0),
        ("svg", "scherm", 1.0), ("pdf", "a4", 1.0), ("html", "scherm", 1.0)]


def digest(fmt: str, data: bytes) -> str:
    if fmt == "pdf":
        data = VOLATILE.sub(b"", data)
    return hashlib.sha1(data).hexdigest()[:12]


def main() -> None:
    extra = {"herkomst": True} if "--herkomst" in sys.argv[1:] else {}
    examples = sorted((ROOT / "praatplaten").glob("*.yaml"))
    for path in examples:
        result = load_file(path)
        if not result.ok:
            continue
        vision = result.vision
        logo = read_logo(vision.logo, path.parent)
        for view in VIEWS:
            if view == "reis" and not vision.klantreizen:
                continue
            for fmt, size, scale in JOBS:
                if fmt == "html" and view != "overzicht":
                    continue
                data = export(vision, fmt, view=view, size=size, scale=scale, logo=logo, **extra)
                print(f"{path.name} {view} {fmt} {size} {digest(fmt, data)}", flush=True)
        if vision.krant:
            from praatplaat.krant.html import render_krant_html

            data = render_krant_html(vision, logo=logo, base_dir=path.parent, **extra).encode("utf-8")
            print(f"{path.name} krant html a4 {digest('html', data)}", flush=True)


if __name__ == "__main__":
    main()
