"""Store maintenance from the command line: ``python -m store cleanup [--url URL]``.

Runs the age-based clean-up (store/cleanup.py) now on the configured database (or ``--url``) and prints what
it removed. The app also runs it by itself at most once an hour per process.
"""

from __future__ import annotations

import argparse
import sys

from .cleanup import cleanup
from .config import database_url
from .store import Store


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m store", description="Praatplaat store maintenance.")
    commands = parser.add_subparsers(dest="command", required=True)
    clean = commands.add_parser("cleanup", help="remove unused workspaces, old closed rooms and expired share links")
    clean.add_argument("--url", help="database URL (default: $PRAATPLAAT_DATABASE_URL, secrets.toml, data/)")
    args = parser.parse_args(argv)
    db = Store(args.url or database_url())
    try:
        done = cleanup(db.engine)
    finally:
        db.close()
    print(f"removed: {done.workspaces} workspaces, {done.rooms} closed rooms, {done.share_links} share links, "
          f"{done.attempts} rate-limit attempts")
    return 0


if __name__ == "__main__":
    sys.exit(main())
