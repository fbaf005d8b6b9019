"""Debian's nginx in front of local app processes, with deploy/nginx.conf as it is (only the upstream addresses
and the listening port replaced): for multi-process tests and benches on 127.0.0.1. Stopped at the end."""

from __future__ import annotations

import contextlib
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

DEPLOY = Path(__file__).resolve().parents[1] / "deploy"


def nginx_binary() -> str | None:
    return shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").is_file() else None)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def nginx_in_front(app1: str, app2: str) -> Iterator[str]:
    """nginx on a free local port in front of ``app1`` and ``app2`` (``host:port``); yields its base URL."""
    binary = nginx_binary()
    if binary is None:
        raise FileNotFoundError("nginx is not installed (apt-get install nginx; tests/run.sh does it)")
    base = Path(tempfile.mkdtemp(prefix="praatplaat-nginx-"))
    port = _free_port()
    site = (DEPLOY / "nginx.conf").read_text(encoding="utf-8")
    site = site.replace("app1:8501", app1).replace("app2:8501", app2).replace("listen 80;", f"listen 127.0.0.1:{port};")
    (base / "site.conf").write_text(site)
    kinds = ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    temp = "".join(f"{kind}_temp_path {base}/{kind};\n" for kind in kinds)
    (base / "nginx.conf").write_text(
        f"daemon off;\npid {base}/nginx.pid;\nerror_log {base}/error.log;\n"
        "events {\n  worker_connections 4096;  # 1,000 phones' event streams, each also a connection upstream\n}\n"
        f"http {{\naccess_log off;\n{temp}include {base}/site.conf;\n}}\n")
    process = subprocess.Popen([binary, "-c", str(base / "nginx.conf"), "-p", str(base)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    error = process.stderr.read().decode(errors="replace") if process.poll() is not None else ""
                    raise RuntimeError(f"nginx did not start: {error}") from None
                time.sleep(0.1)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
        shutil.rmtree(base, ignore_errors=True)


def serving_port(ports: list[int]) -> int | None:
    """Which of the app ``ports`` holds an established connection (the one nginx sent a websocket to)."""
    established = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        with contextlib.suppress(OSError), open(table) as f:
            for line in f.readlines()[1:]:
                fields = line.split()
                if fields[3] == "01":  # ESTABLISHED
                    established.add(int(fields[1].rsplit(":", 1)[1], 16))
    return next((port for port in ports if port in established), None)
