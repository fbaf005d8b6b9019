"""A protocol-level peer of a praatplaat's shared document: what the editor in a browser does over the sync
websocket (Yjs sync steps 1 and 2, then updates both ways), in Python with pycrdt. For tests and benches."""

from __future__ import annotations

import asyncio
import contextlib
import time

import pycrdt
import websockets

TEXT = "yaml"


class Peer:
    """One editor: its own copy of the document, kept in step with the server while connected. Typing goes on
    while disconnected; ``connect`` again and the sync merges what either side missed."""

    def __init__(self, url: str):
        self.url = url
        self.doc = pycrdt.Doc()
        self.text = self.doc.get(TEXT, type=pycrdt.Text)
        self.ws = None
        self.synced = asyncio.Event()
        self._reader: asyncio.Task | None = None
        self._remote = False
        self.received = 0  # remote updates applied
        self.awareness = pycrdt.Awareness(self.doc)  # who is here, as the editor sees it (no time-out of its own)
        self.doc.observe(self._local)

    def _local(self, event) -> None:
        if self._remote or self.ws is None:
            return
        with contextlib.suppress(Exception):
            asyncio.get_running_loop().create_task(self._send(pycrdt.create_update_message(event.update)))

    async def _send(self, message: bytes) -> None:
        with contextlib.suppress(Exception):
            await self.ws.send(message)

    async def connect(self, timeout: float = 20) -> None:
        self.synced = asyncio.Event()
        self.ws = await websockets.connect(self.url, open_timeout=timeout, max_size=None)
        await self.ws.send(pycrdt.create_sync_message(self.doc))
        self._reader = asyncio.get_running_loop().create_task(self._read())
        await asyncio.wait_for(self.synced.wait(), timeout)

    async def _read(self) -> None:
        try:
            async for message in self.ws:
                if message and message[0] == pycrdt.YMessageType.AWARENESS:
                    self.awareness.apply_awareness_update(pycrdt.read_message(message[1:]), "remote")
                    continue
                if not message or message[0] != pycrdt.YMessageType.SYNC:
                    continue
                self._remote = True
                try:
                    reply = pycrdt.handle_sync_message(message[1:], self.doc)
                finally:
                    self._remote = False
                if message[1] != pycrdt.YSyncMessageType.SYNC_STEP1:
                    self.received += 1
                if reply is not None:
                    await self._send(reply)
                if message[1] == pycrdt.YSyncMessageType.SYNC_STEP2:
                    self.synced.set()
        except websockets.ConnectionClosed:
            pass

    async def announce(self, name: str) -> None:
        """Say who is here, as the editor does: its awareness state with a user."""
        self.awareness.set_local_state({"user": {"name": name}})
        await self._send(pycrdt.create_awareness_message(
            self.awareness.encode_awareness_update([self.awareness.client_id])))

    def others(self) -> list[str]:
        """The names of the other people this peer sees (the server's own state has no user)."""
        return sorted(state["user"]["name"] for client_id, state in self.awareness.states.items()
                      if client_id != self.awareness.client_id and state and "user" in state)

    async def close(self) -> None:
        if self.ws is not None:
            await self.ws.close()
            self.ws = None
        if self._reader is not None:
            with contextlib.suppress(BaseException):
                await self._reader

    @property
    def connected(self) -> bool:
        return self.ws is not None and self._reader is not None and not self._reader.done()

    def __str__(self) -> str:
        return str(self.text)

    async def type(self, words: str, at: str | int = "end", delay: float = 0.02) -> None:
        """Type ``words`` one character every ``delay`` seconds, as a person does: at the start of the text, at its
        end, or at a UTF-8 byte offset (a cursor that stays after what this peer typed while others type at the
        same place: a Yjs sticky index)."""
        offset = 0
        cursor = self.text.sticky_index(at, pycrdt.Assoc.BEFORE) if isinstance(at, int) and at > 0 else None
        for char in words:
            size = len(char.encode("utf-8"))
            if cursor is not None:
                index = cursor.get_index()
                self.text.insert(index, char)
                cursor = self.text.sticky_index(index + size, pycrdt.Assoc.BEFORE)
            elif at == "end":
                self.text.insert(len(self.text), char)
            else:
                self.text.insert(offset, char)
                offset += size
            await asyncio.sleep(delay)


async def until(condition, timeout: float = 20.0, every: float = 0.05) -> bool:
    """Wait until ``condition()`` holds (True) or ``timeout`` passes (False)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        await asyncio.sleep(every)
    return condition()
