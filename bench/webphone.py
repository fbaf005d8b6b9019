"""A tiny asyncio HTTP/1.1 client for the light participant page (web/meedoen.py): one keep-alive connection per
phone, its own cookies (the server-issued device token), form posts, JSON answers, and the event stream.
No dependencies beyond the standard library; used by bench/load_room.py and the tests."""

from __future__ import annotations

import asyncio
import json
from http.cookies import SimpleCookie
from urllib.parse import urlencode, urlsplit


class Phone:
    def __init__(self, base: str, headers: dict | None = None):
        parts = urlsplit(base)
        self.host, self.port = parts.hostname, parts.port or 80
        self.cookies: dict[str, str] = {}
        self.extra = headers or {}
        self._conn: tuple[asyncio.StreamReader, asyncio.StreamWriter] | None = None

    async def _open(self):
        if self._conn is None or self._conn[1].is_closing():
            self._conn = await asyncio.open_connection(self.host, self.port)
        return self._conn

    def _head(self, method: str, path: str, extra: dict) -> str:
        lines = [f"{method} {path} HTTP/1.1", f"Host: {self.host}:{self.port}", "Connection: keep-alive"]
        if self.cookies:
            lines.append("Cookie: " + "; ".join(f"{k}={v}" for k, v in self.cookies.items()))
        lines += [f"{k}: {v}" for k, v in {**self.extra, **extra}.items()]
        return "\r\n".join(lines) + "\r\n"

    async def _headers(self, reader) -> tuple[int, dict]:
        status = await reader.readline()
        if not status:
            raise ConnectionError("closed")
        code = int(status.split()[1])
        headers: dict[str, str] = {}
        while True:
            line = (await reader.readline()).decode("latin-1")
            if line in ("\r\n", "\n", ""):
                break
            name, _, value = line.partition(":")
            name, value = name.strip().lower(), value.strip()
            if name == "set-cookie":
                for key, morsel in SimpleCookie(value).items():
                    self.cookies[key] = morsel.value
            headers[name] = value
        return code, headers

    async def request(self, method: str, path: str, body: bytes = b"", headers: dict | None = None,
                      retry: bool = True) -> tuple[int, dict, bytes]:
        extra = dict(headers or {})
        if body or method == "POST":
            extra["Content-Length"] = str(len(body))
        try:
            reader, writer = await self._open()
            writer.write(self._head(method, path, extra).encode() + b"\r\n" + body)
            await writer.drain()
            code, hdrs = await self._headers(reader)
        except (ConnectionError, OSError):
            self.close()
            if not retry:
                raise
            return await self.request(method, path, body, headers, retry=False)
        if "content-length" in hdrs:
            data = await reader.readexactly(int(hdrs["content-length"]))
        elif hdrs.get("transfer-encoding") == "chunked":
            data = b""
            while True:
                size = int((await reader.readline()).strip(), 16)
                if size == 0:
                    await reader.readline()
                    break
                data += await reader.readexactly(size)
                await reader.readline()
        else:
            data = await reader.read()
            self.close()
        if hdrs.get("connection", "").lower() == "close":
            self.close()
        return code, hdrs, data

    async def get(self, path: str) -> tuple[int, dict, bytes]:
        return await self.request("GET", path)

    async def post(self, path: str, fields: dict | list, *, json_answer: bool = True) -> tuple[int, dict | bytes]:
        body = urlencode(fields, doseq=True).encode()
        headers = {"Content-Type": "application/x-www-form-urlencoded"}
        if json_answer:
            headers["Accept"] = "application/json"
        code, _hdrs, data = await self.request("POST", path, body, headers)
        return code, json.loads(data) if json_answer and data[:1] == b"{" else data

    async def events(self, path: str, on_event, stop: asyncio.Event) -> None:
        """Read the event stream on its own connection until ``stop`` is set; ``on_event(dict)`` per event."""
        reader, writer = await asyncio.open_connection(self.host, self.port)
        try:
            writer.write((self._head("GET", path, {"Accept": "text/event-stream"}) + "\r\n").encode())
            await writer.drain()
            await self._headers(reader)
            while not stop.is_set():
                try:
                    line = await asyncio.wait_for(reader.readline(), 1.0)
                except TimeoutError:
                    continue
                if not line:
                    return
                text = line.decode(errors="replace").strip()
                if text.startswith("data: {"):
                    on_event(json.loads(text[6:]))
        finally:
            writer.close()

    def close(self) -> None:
        if self._conn is not None:
            self._conn[1].close()
            self._conn = None
