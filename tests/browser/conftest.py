"""Shared fixtures for the real-browser tests: Debian's Chromium via Playwright, and the studio
running as a real `streamlit run app.py` server on a free local port.

Without /usr/bin/chromium the browser tests are skipped locally and fail in CI (env var CI set).
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-quic"]
STARTUP_S = 90


def _skip_or_fail(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(reason)
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser():
    """A headless Chromium per test module (Playwright's sync API allows one running instance at a time)."""
    if not Path(CHROMIUM).is_file():
        _skip_or_fail(f"{CHROMIUM} not installed")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@dataclass
class Studio:
    url: str
    workspaces: Path
    log: Path
    database: str  # the server's PRAATPLAAT_DATABASE_URL


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def serve(base: Path, database: str) -> Iterator[Studio]:
    """`streamlit run app.py` on a free port with ``database`` and its own workspace directory under ``base``."""
    base.mkdir(parents=True, exist_ok=True)
    workspaces, log = base / "workspaces", base / "streamlit.log"
    port = _free_port()
    env = os.environ | {"PRAATPLAAT_WORKSPACES": str(workspaces), "PRAATPLAAT_DATABASE_URL": database}
    command = [sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(port),
               "--server.address", "127.0.0.1", "--server.headless", "true", "--server.fileWatcherType", "none",
               "--browser.gatherUsageStats", "false"]
    with log.open("wb") as out:
        server = subprocess.Popen(command, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + STARTUP_S
        while True:
            if server.poll() is not None:
                pytest.fail(f"streamlit exited:\n{log.read_text(errors='replace')}")
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                    if response.status == 200:
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"streamlit did not become healthy:\n{log.read_text(errors='replace')}")
            time.sleep(0.3)
        yield Studio(url, workspaces, log, database)
    finally:
        server.terminate()
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()


@pytest.fixture(scope="session")
def studio(tmp_path_factory):
    """The studio on its own SQLite database; stopped after the session."""
    base = tmp_path_factory.mktemp("studio")
    with serve(base, f"sqlite:///{base / 'praatplaat.db'}") as running:
        yield running
