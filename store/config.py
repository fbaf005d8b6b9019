"""Where the database is: env PRAATPLAAT_DATABASE_URL, else secrets.toml, else a SQLite file under data/."""

from __future__ import annotations

import os
import tomllib
from pathlib import Path

URL_ENV = "PRAATPLAAT_DATABASE_URL"
WORKSPACES_ENV = "PRAATPLAAT_WORKSPACES"
SECRETS = Path(".streamlit") / "secrets.toml"
DEFAULT_SQLITE = Path("data") / "praatplaat.db"


def database_url() -> str:
    """``$PRAATPLAAT_DATABASE_URL``; else ``[connections.praatplaat] url`` in ``.streamlit/secrets.toml``
    (read with tomllib, relative to the working directory like Streamlit does); else SQLite in data/."""
    url = os.environ.get(URL_ENV, "").strip()
    if url:
        return url
    try:
        secrets = tomllib.loads(SECRETS.read_text(encoding="utf-8"))
        url = str(secrets.get("connections", {}).get("praatplaat", {}).get("url", "")).strip()
    except (OSError, tomllib.TOMLDecodeError, AttributeError):
        url = ""
    if url:
        return url
    DEFAULT_SQLITE.parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{DEFAULT_SQLITE.resolve()}"


def legacy_root() -> Path:
    """The directory of pre-database workspaces: ``$PRAATPLAAT_WORKSPACES`` or ./workspaces."""
    return Path(os.environ.get(WORKSPACES_ENV) or "workspaces")
