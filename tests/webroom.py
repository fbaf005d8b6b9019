"""The light participant page (web/meedoen.py) on a real HTTP server in a thread, on the test's own database, and a
phone for it: urllib with its own cookie jar (the server-issued device token), following redirects like a browser
without JavaScript, or asking JSON like the page's script. Used by tests/test_meedoen.py and the werksessie tests."""

from __future__ import annotations

import contextlib
import json
import socket
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from http.cookiejar import CookieJar
from urllib.parse import urlencode

import uvicorn
from starlette.applications import Starlette

import store
from web import meedoen


def reset(db: store.Store) -> None:
    """Point the page at ``db`` and forget what it cached of another test's database."""
    meedoen._db = db
    for cache in (meedoen._visions, meedoen._participants, meedoen._rooms, meedoen._results):
        cache.clear()
    meedoen._watches.clear()


@contextlib.contextmanager
def serving(db: store.Store) -> Iterator[str]:
    """The participant page's routes on a free port; yields the base URL."""
    reset(db)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(Starlette(routes=meedoen.ROUTES), host="127.0.0.1", port=port,
                                           log_level="warning", timeout_graceful_shutdown=1))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline:
            raise RuntimeError("server did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


class Phone:
    """One phone: keeps its cookies; ``address`` is sent as X-Forwarded-For (uvicorn trusts it from 127.0.0.1, as
    behind nginx), so a test can play phones on different networks."""

    def __init__(self, base: str, address: str | None = None):
        self.base, self.address = base, address
        self.jar = CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))

    def _open(self, path: str, data: dict | list | None = None, headers: dict | None = None):
        request = urllib.request.Request(self.base + path, headers=dict(headers or {}),
                                         data=None if data is None else urlencode(data, doseq=True).encode())
        if self.address:
            request.add_header("X-Forwarded-For", self.address)
        try:
            response = self.opener.open(request, timeout=30)
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode(), error.geturl()
        with response:
            return response.status, response.read().decode(), response.geturl()

    def get(self, path: str) -> tuple[int, str, str]:
        """(status, body, final URL) after redirects."""
        return self._open(path)

    def post_form(self, path: str, fields: dict | list) -> tuple[int, str, str]:
        """A plain form post (no JavaScript): follows the redirect back to the page."""
        return self._open(path, fields)

    def send(self, fields: dict | list, path: str = "/meedoen/stuur") -> dict:
        """A post as the page's script makes it: the JSON answer."""
        status, body, _url = self._open(path, fields, {"Accept": "application/json"})
        answer = json.loads(body)
        answer["status"] = status
        return answer

    def join(self, link: str) -> str:
        """Open a join link (``/meedoen?j=...`` or ``?code=...``); returns the room's join token."""
        status, body, url = self.get(link)
        assert status == 200, body
        return url.split("j=")[1].split("&")[0] if "j=" in url else ""

    @property
    def device(self) -> str | None:
        return next((c.value for c in self.jar if c.name == meedoen.COOKIE), None)
