"""A throw-away PostgreSQL for tests: Debian's ``initdb``/``pg_ctl`` in a temporary directory on a free port.

Fixtures (import them into a conftest: ``from tests.pg import postgres_server, postgres_url  # noqa: F401``):
- ``postgres_server`` (session): the server's base URL, stopped at the end of the session;
- ``postgres_url`` (function): a new, empty database on it, as a SQLAlchemy URL (psycopg 3).

Without the binaries (Debian package ``postgresql``; tests/run.sh installs it) the tests are skipped locally and
fail when the environment variable CI is set. PostgreSQL refuses to run as root: as root, the server runs as
the ``postgres`` user (runuser) in a directory owned by it.
"""

from __future__ import annotations

import glob
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

_counter = itertools.count(1)


def pg_bindir() -> Path | None:
    """The newest installed PostgreSQL's bin directory, None when there is none."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), key=lambda p: int(Path(p).parts[-3]))
    return Path(found[-1]).parent if found else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def running_postgres(control: dict | None = None) -> Iterator[str]:
    """Start a PostgreSQL server; yields ``postgresql+psycopg://postgres@127.0.0.1:PORT``; always stopped.

    ``control`` (a dict) receives ``stop`` and ``start`` functions, for tests of a database outage.
    """
    bindir = pg_bindir()
    if bindir is None:
        raise FileNotFoundError("PostgreSQL binaries not found under /usr/lib/postgresql/*/bin")
    base = Path(tempfile.mkdtemp(prefix="praatplaat-pg-"))
    as_user: list[str] = []
    if os.geteuid() == 0:
        shutil.chown(base, "postgres", "postgres")
        as_user = ["runuser", "-u", "postgres", "--"]
    data, port = base / "data", _free_port()

    def run(*args: str) -> None:
        done = subprocess.run([*as_user, *args], capture_output=True, text=True, timeout=120)
        if done.returncode:
            log = (base / "log").read_text(errors="replace") if (base / "log").is_file() else ""
            raise RuntimeError(f"{Path(args[0]).name} failed: {done.stderr}{done.stdout}{log}")

    options = f"-p {port} -k {base} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off " \
              "-c full_page_writes=off -c max_connections=300"
    try:
        run(str(bindir / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-locale")
        start = [str(bindir / "pg_ctl"), "-D", str(data), "-l", str(base / "log"), "-w", "-t", "60", "-o", options,
                 "start"]
        run(*start)
        if control is not None:
            control["start"] = lambda: run(*start)
            control["stop"] = lambda: run(str(bindir / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop")
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}"
    finally:
        if (data / "postmaster.pid").exists():
            subprocess.run([*as_user, str(bindir / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"],
                           capture_output=True, timeout=120)
        shutil.rmtree(base, ignore_errors=True)


def new_database(server: str) -> str:
    """A new empty database on ``server``; returns its URL."""
    import psycopg

    name = f"t{os.getpid()}_{next(_counter)}"
    with psycopg.connect(server.replace("postgresql+psycopg", "postgresql") + "/postgres", autocommit=True) as conn:
        fast = " STRATEGY = FILE_COPY" if conn.info.server_version >= 150000 else ""  # a plain copy: faster
        conn.execute(f"CREATE DATABASE {name}{fast}")
    return f"{server}/{name}"


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    if pg_bindir() is None:
        reason = "PostgreSQL not installed (apt-get install postgresql; tests/run.sh does it)"
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    with running_postgres() as url:
        yield url


@pytest.fixture
def postgres_url(postgres_server: str) -> str:
    return new_database(postgres_server)
