"""The process's open shared documents: one Yjs document (pycrdt) per workspace, served to the editors over the
sync websocket (pycrdt-websocket's ``YRoom``), kept in the store's update log and exchanged with other processes
through it.

- Every change (a browser's typing, a form, quick capture, undo) is a Yjs update on the room's document. The
  document broadcasts it to the room's browsers at once, and the flusher appends it to the log (batched, every
  ``FLUSH_S``). While the database is unreachable the updates wait in memory and the flusher retries; the
  browsers keep their copy too (IndexedDB), so a killed process costs nothing either.
- The tailer reads the log for rows other processes wrote (``POLL_S``) and applies them: two app processes on
  one database converge.
- A text snapshot (a revision) follows the document ``SNAPSHOT_S`` after the last change, for the revision
  history, the recent list and the read-only page; the log is compacted into one update beyond ``COMPACT_AFTER``
  rows.
- Undo and redo are per tab (``UndoManager`` tracking the tab's own changes: its typing and its forms), so a
  person never undoes someone else's work.

Everything touching a document runs on the hub's event loop. Streamlit's script threads call the blocking
methods at the bottom (``text``, ``edit``, ``undo``...), which hop onto that loop. In the server (``st.App``)
the loop is uvicorn's, started by ``running``; elsewhere (AppTest, scripts) ``get`` starts a private one.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import secrets
import socket
import threading
import time
from collections.abc import Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

import anyio
import pycrdt
from pycrdt.websocket import YRoom

import store
from store.text import check_text

from .text import TEXT, first_update, rebase, set_text

log = logging.getLogger("praatplaat.live")

FLUSH_S = 0.05  # updates are written to the log in batches at most this far apart
POLL_S = 0.15  # the log is read for other processes' updates this often
RETRY_S = (0.25, 0.5, 1.0, 2.0, 4.0)  # back-off while the database is unreachable (then every 4 s)
SNAPSHOT_S = 2.0  # a revision is taken this long after the last change
COMPACT_AFTER = 400  # log rows of one document before they are merged into one
IDLE_S = 300.0  # a document nobody uses is closed after this long (after it was written)
UNDO_TABS = 64  # undo managers kept per document (least recently used go first)
UNDO_CAPTURE_MS = 1000  # typing within this time is one undo step
READER_CHECK_S = 2.0  # read-only peers' links are checked this often (a revoked link disconnects)
CALL_TIMEOUT_S = 30.0
EDIT_WRITE_S = 2.0  # a studio edit waits this long for its write (longer: the flusher goes on with it)
PEER_CLIENTS = 16  # awareness client ids one connection may speak for (a page's editors of this document)


@dataclass(frozen=True)
class DocState:
    """What a tab needs to know of a document: its text, a counter that grows with every change, whether
    everything is in the database ('saved', 'pending' while it is unreachable, 'too_big' while the text is over
    the limit), whether this tab can undo or redo, and whether its editor is on the sync websocket (then a change
    made on the server reaches the editor, which reports it back: the tab's picture follows without a whole-page
    rerun)."""

    text: str
    version: int
    status: str
    can_undo: bool = False
    can_redo: bool = False
    joined: bool = False


class Peer:
    """One browser on the sync websocket: a pycrdt ``Channel`` that applies the browser's updates itself (with
    the tab as their origin, for per-tab undo) and drops every update of a read-only peer."""

    def __init__(self, websocket, room: Room, tab: str | None, reader_token: str | None):
        self.websocket, self.room, self.tab, self.reader_token = websocket, room, tab, reader_token
        self.refused = 0
        self.closed = False
        self.clients: set[int] = set()  # the awareness client ids this connection has announced

    @property
    def path(self) -> str:
        return self.room.ws_id

    def __aiter__(self):
        return self

    async def __anext__(self) -> bytes:
        while True:
            try:
                message = await self.recv()
            except Exception:  # noqa: BLE001 - a closed socket ends this peer, whatever the server says
                raise StopAsyncIteration from None
            if len(message) > 2 and message[0] == pycrdt.YMessageType.SYNC and message[1] in (
                    pycrdt.YSyncMessageType.SYNC_STEP2, pycrdt.YSyncMessageType.SYNC_UPDATE):
                if self.reader_token is not None:
                    self.refused += 1
                    continue
                self.room.apply(pycrdt.read_message(message[2:]), origin=self.tab or "peer")
                continue
            if message and message[0] == pycrdt.YMessageType.AWARENESS:
                self._note(message)
            return message

    def _note(self, message: bytes) -> None:
        """Keep track of the awareness client ids this connection announces (and those it says have left)."""
        with contextlib.suppress(Exception):  # a malformed update: the room refuses it, nothing to note
            decoder = pycrdt.Decoder(pycrdt.read_message(message[1:]))
            for _ in range(decoder.read_var_uint()):
                client_id = decoder.read_var_uint()
                decoder.read_var_uint()  # its clock
                if decoder.read_var_string() in ("", "null"):
                    self.clients.discard(client_id)
                elif len(self.clients) < PEER_CLIENTS:
                    self.clients.add(client_id)

    async def send(self, message: bytes) -> None:
        if self.closed:
            return
        try:
            await self.websocket.send_bytes(message)
        except Exception:  # noqa: BLE001 - the browser left; the room drops it when its loop ends
            self.closed = True

    async def recv(self) -> bytes:
        message = await self.websocket.receive()
        if message["type"] == "websocket.disconnect":
            raise StopAsyncIteration
        data = message.get("bytes")
        return data if data is not None else b""

    async def close(self, code: int) -> None:
        self.closed = True
        with contextlib.suppress(Exception):  # already gone
            await self.websocket.close(code=code)


class Room:
    """One open document."""

    def __init__(self, hub: Hub, ws_id: str, doc: pycrdt.Doc, rows: int):
        self.hub, self.ws_id, self.doc = hub, ws_id, doc
        self.ytext = doc.get(TEXT, type=pycrdt.Text)
        self.yroom = YRoom(ydoc=doc, ready=True, exception_handler=_logged, log=log)
        self.version = 0
        self.pending: list[bytes] = []
        self.failing = False
        self.too_big = False
        self.changed_at = 0.0
        self.snapshot_due = False
        self.session = ""  # the tab that changed it last (named in the revision)
        self.rows = rows
        self.loaded_upto = 0  # the log's rows up to this id are in the document
        self.caught_up = False  # the tailer read what was written between opening and its first round
        self.used_at = time.monotonic()
        self.peers: set[Peer] = set()
        self.writing = anyio.Lock()  # one write of its updates at a time
        self.undo: dict[str, pycrdt.UndoManager] = {}
        self.breaks: dict[str, list[int]] = {}  # per tab: bumped around a form's edit, so it is one undo step
        self._from_log = False
        doc.observe(self._updated)

    def _updated(self, event) -> None:
        self.version += 1
        self.changed_at = time.monotonic()
        self.snapshot_due = True
        if not self._from_log:
            self.pending.append(event.update)
            self.hub.wake()

    def apply(self, update: bytes, origin: str, from_log: bool = False) -> None:
        if update == b"\x00\x00":
            return
        self._from_log = from_log
        try:
            with self.doc.transaction(origin=origin):
                self.doc.apply_update(update)
        finally:
            self._from_log = False

    def undo_manager(self, tab: str) -> pycrdt.UndoManager:
        manager = self.undo.pop(tab, None)
        if manager is None:
            breaks = self.breaks.setdefault(tab, [0])
            manager = pycrdt.UndoManager(scopes=[self.ytext], capture_timeout_millis=UNDO_CAPTURE_MS,
                                         timestamp=lambda: int(time.time() * 1000) + breaks[0] * 10**9)
            manager.include_origin(tab)
            while len(self.undo) >= UNDO_TABS:
                oldest = next(iter(self.undo))
                del self.undo[oldest]
                self.breaks.pop(oldest, None)
        self.undo[tab] = manager  # most recently used last
        return manager

    @property
    def status(self) -> str:
        return "too_big" if self.too_big else "pending" if (self.failing and self.pending) else "saved"

    async def forget(self, peer: Peer) -> None:
        """Tell the others at once that the editors of a closed connection are gone, as y-websocket's own server
        does (pycrdt-websocket keeps their awareness states until the others' 30 s time-out): a browser that is
        closed, crashes or loses its network says nothing, and a page's editor that reconnected or opened its room
        anew would otherwise be counted twice. An id another connection still announces stays."""
        awareness = self.yroom.awareness
        gone = [client_id for client_id in peer.clients - {c for other in self.peers for c in other.clients}
                if client_id in awareness.states]
        if not gone:
            return
        awareness.remove_awareness_states(gone, "closed")
        # their states at the same clock with no state: removed (a later announcement has a higher clock)
        message = pycrdt.create_awareness_message(awareness.encode_awareness_update(gone))
        for other in list(self.peers):
            await other.send(message)

    def publish_status(self) -> None:
        """The server's awareness state: the editors show 'Nog niet bewaard' while it says not saved."""
        saved = self.status == "saved"
        state = self.yroom.awareness.get_local_state() or {}
        if state.get("server", {}).get("saved") != saved:
            self.yroom.awareness.set_local_state({"server": {"saved": saved}})


def _logged(exception: Exception, logger: logging.Logger) -> bool:
    logger.warning("sync room: %r", exception)
    return True


class Hub:
    def __init__(self, db: store.Store):
        self.db = db
        self.origin = f"{socket.gethostname()[:40]}:{os.getpid()}:{secrets.token_hex(4)}"
        self.rooms: dict[str, Room] = {}
        self.loop: asyncio.AbstractEventLoop | None = None
        self._tg = None
        self._wake: anyio.Event | None = None
        self._loading: dict[str, anyio.Lock] = {}
        self._cursor = 0
        self._retry = 0
        self._scope: anyio.CancelScope | None = None

    # --- running -----------------------------------------------------------------------------------

    async def run(self, *, task_status=anyio.TASK_STATUS_IGNORED) -> None:
        """Serve until cancelled: the flusher, the tailer and the janitor."""
        self.loop = asyncio.get_running_loop()
        self._wake = anyio.Event()
        try:
            self._cursor = await anyio.to_thread.run_sync(self.db.last_update_id)
        except Exception:  # noqa: BLE001 - the database may be down at start; the tailer re-reads later
            log.warning("sync: the update log could not be read at start", exc_info=True)
        async with anyio.create_task_group() as tg:
            self._tg = tg
            self._scope = tg.cancel_scope
            tg.start_soon(self._flusher)
            tg.start_soon(self._tailer)
            tg.start_soon(self._janitor)
            task_status.started()
            try:
                await anyio.sleep_forever()
            finally:
                with anyio.CancelScope(shield=True), anyio.move_on_after(5):
                    await self._flush_all()

    def stop(self) -> None:
        """End ``run`` (from any thread), after a last write of what waits."""
        if self.loop is not None and self._scope is not None:
            self.loop.call_soon_threadsafe(self._scope.cancel)

    def wake(self) -> None:
        if self._wake is not None:
            self._wake.set()

    async def room(self, ws_id: str) -> Room:
        """The open document of ``ws_id``, opened (seeded from its head text the first time) when needed.
        Raises store.NotFound, store.InvalidId, and database errors while it cannot be read."""
        room = self.rooms.get(ws_id)
        if room is not None:
            room.used_at = time.monotonic()
            return room
        lock = self._loading.setdefault(ws_id, anyio.Lock())
        async with lock:
            room = self.rooms.get(ws_id)
            if room is None:
                rows = await anyio.to_thread.run_sync(self._read, ws_id)
                doc = pycrdt.Doc()
                doc.get(TEXT, type=pycrdt.Text)
                for row in rows:
                    doc.apply_update(row.data)
                room = Room(self, ws_id, doc, len(rows))
                room.loaded_upto = rows[-1].id if rows else 0
                await self._tg.start(room.yroom.start)
                room.publish_status()
                self.rooms[ws_id] = room
        self._loading.pop(ws_id, None)
        return room

    def _read(self, ws_id: str) -> list[store.LoggedUpdate]:
        self.db.seed_doc(ws_id, first_update)
        return self.db.doc_log(ws_id)

    async def serve(self, websocket, ws_id: str, tab: str | None, reader_token: str | None) -> None:
        """Serve one accepted websocket until it closes."""
        room = await self.room(ws_id)
        peer = Peer(websocket, room, tab, reader_token)
        if tab and reader_token is None:
            room.undo_manager(tab)  # track this tab's typing from its first key
        room.peers.add(peer)
        awareness = room.yroom.awareness  # the server's saving status, at once (not only when it changes)
        await peer.send(pycrdt.create_awareness_message(awareness.encode_awareness_update([awareness.client_id])))
        try:
            await room.yroom.serve(peer)
        finally:
            room.peers.discard(peer)
            room.used_at = time.monotonic()
            with anyio.CancelScope(shield=True):
                await room.forget(peer)

    # --- writing to and reading from the log ------------------------------------------------------

    async def _flusher(self) -> None:
        while True:
            await self._wake.wait()
            self._wake = anyio.Event()
            await anyio.sleep(FLUSH_S)
            failed = await self._flush_all()
            if failed:
                delay = RETRY_S[min(self._retry, len(RETRY_S) - 1)]
                self._retry += 1
                with anyio.move_on_after(delay):
                    await anyio.sleep_forever()
                self.wake()
            else:
                self._retry = 0

    async def _flush_all(self) -> bool:
        """Write every room's waiting updates; returns whether some could not be written."""
        failed = False
        for room in list(self.rooms.values()):
            failed = not await self._flush(room) or failed
        return failed

    async def _flush(self, room: Room) -> bool:
        """Write the room's waiting updates (one at a time per room); returns whether it holds none unwritten."""
        async with room.writing:
            if not room.pending:
                return True
            room.too_big = len(str(room.ytext).encode("utf-8")) > store.bounds.MAX_TEXT_BYTES
            if room.too_big:
                room.publish_status()
                return True  # not a failure to retry: it waits until the text is shortened
            batch = list(room.pending)
            merged = pycrdt.merge_updates(*batch) if len(batch) > 1 else batch[0]
            try:
                await anyio.to_thread.run_sync(self.db.append_updates, room.ws_id, [merged], self.origin)
            except store.NotFound:
                room.pending.clear()  # deleted meanwhile: nothing to keep it in
                return True
            except Exception:  # noqa: BLE001 - the database is down or busy: keep the updates, try again
                log.warning("sync: %s not written yet (%d updates waiting)", room.ws_id, len(room.pending),
                            exc_info=log.isEnabledFor(logging.DEBUG))
                room.failing = True
                room.publish_status()
                return False
            del room.pending[:len(batch)]
            room.failing = False
            room.rows += 1
            room.publish_status()
            return True

    async def _tailer(self) -> None:
        while True:
            await anyio.sleep(POLL_S)
            if not self.rooms:
                continue
            try:
                for room in [r for r in self.rooms.values() if not r.caught_up]:  # opened since the last round
                    for row in await anyio.to_thread.run_sync(self.db.updates_after, room.loaded_upto, [room.ws_id]):
                        if row.origin != self.origin:
                            room.apply(row.data, origin="log", from_log=True)
                        room.loaded_upto = row.id
                    room.caught_up = True
                rows = await anyio.to_thread.run_sync(self.db.updates_after, self._cursor, list(self.rooms))
            except Exception:  # noqa: BLE001 - database down: the flusher reports it; read again later
                continue
            for row in rows:  # in id order, which is the order they were made in (store.docs._log_order)
                self._cursor = max(self._cursor, row.id)
                room = self.rooms.get(row.ws_id)
                if room is not None and row.origin != self.origin and row.id > room.loaded_upto:
                    room.apply(row.data, origin="log", from_log=True)
                    room.rows += 1

    async def _janitor(self) -> None:
        checked = 0.0
        while True:
            await anyio.sleep(0.5)
            now = time.monotonic()
            for room in list(self.rooms.values()):
                await self._tidy(room, now)
            if now - checked >= READER_CHECK_S:
                checked = now
                await self._check_readers()

    async def _tidy(self, room: Room, now: float) -> None:
        """Snapshot, compact, or close a quiet room."""
        try:
            if room.snapshot_due and now - room.changed_at >= SNAPSHOT_S and not room.pending:
                room.snapshot_due = False
                await anyio.to_thread.run_sync(self._snapshot, room.ws_id, str(room.ytext), room.session)
            if room.rows > COMPACT_AFTER and not room.pending:
                room.rows = 1
                await anyio.to_thread.run_sync(self.db.compact_doc, room.ws_id, _merge)
        except store.NotFound:
            room.pending.clear()
        except Exception:  # noqa: BLE001 - database down: try again on a later round
            room.snapshot_due = True
            return
        if (not room.peers and not room.pending and not room.snapshot_due
                and now - room.used_at > IDLE_S and now - room.changed_at > IDLE_S):
            self.rooms.pop(room.ws_id, None)
            await room.yroom.stop()

    def _snapshot(self, ws_id: str, text: str, session: str) -> None:
        # a NUL or an over-long text: the log keeps it; the history waits for a text it can hold
        with contextlib.suppress(store.InvalidText, store.LimitExceeded):
            self.db.snapshot(ws_id, text, session=session)

    async def _check_readers(self) -> None:
        """Disconnect read-only peers whose link was revoked (on any process)."""
        for room in list(self.rooms.values()):
            for token in {p.reader_token for p in room.peers if p.reader_token is not None}:
                try:
                    valid = await anyio.to_thread.run_sync(self.db.by_share_token, token) == room.ws_id
                except Exception:  # noqa: BLE001 - database down: check again later
                    continue
                if not valid:
                    for peer in [p for p in room.peers if p.reader_token == token]:
                        await peer.close(4403)

    async def _revoke(self, ws_id: str) -> None:
        room = self.rooms.get(ws_id)
        for peer in list(room.peers) if room else []:
            if peer.reader_token is not None:
                await peer.close(4403)

    # --- changes from the studio (on the loop) ----------------------------------------------------

    async def _edit(self, ws_id: str, text: str, tab: str, base: str | None) -> DocState:
        check_text(text)
        room = await self.room(ws_id)
        room.undo_manager(tab)
        target = text if base is None else rebase(base, text, str(room.ytext))
        check_text(target)
        breaks = room.breaks[tab]
        breaks[0] += 1  # a step of its own: not merged with typing just before or after it
        with room.doc.transaction(origin=tab):
            set_text(room.ytext, target)
        breaks[0] += 1
        room.session = tab
        with anyio.move_on_after(EDIT_WRITE_S):  # written before the tab goes on (no editor may hold it)
            await self._flush(room)
        return self._state(room, tab)

    async def _step(self, ws_id: str, tab: str, back: bool) -> DocState:
        room = await self.room(ws_id)
        manager = room.undo_manager(tab)
        if back and manager.can_undo():
            manager.undo()
        elif not back and manager.can_redo():
            manager.redo()
        room.session = tab
        with anyio.move_on_after(EDIT_WRITE_S):
            await self._flush(room)
        return self._state(room, tab)

    async def _settle(self, ws_id: str) -> None:
        room = self.rooms.get(ws_id)
        if room is None:
            return
        await self._flush(room)
        if not room.pending:
            room.snapshot_due = False
            await anyio.to_thread.run_sync(self._snapshot, room.ws_id, str(room.ytext), room.session)

    async def read(self, ws_id: str, tab: str | None = None) -> DocState:
        """The document now (opened when needed), on the hub's loop (the routes)."""
        return self._state(await self.room(ws_id), tab)

    def _state(self, room: Room, tab: str | None) -> DocState:
        manager = room.undo.get(tab) if tab else None
        return DocState(str(room.ytext), room.version, room.status,
                        bool(manager and manager.can_undo()), bool(manager and manager.can_redo()),
                        bool(tab) and any(peer.tab == tab and not peer.closed for peer in room.peers))

    # --- the blocking API for Streamlit's script threads -------------------------------------------

    def _call(self, fn: Callable[..., Awaitable[Any]], *args) -> Any:
        if self.loop is None:
            raise RuntimeError("the sync hub is not running")
        try:
            current = asyncio.get_running_loop()
        except RuntimeError:
            current = None
        if current is self.loop:
            raise RuntimeError("a blocking hub call on the hub's own loop")
        return asyncio.run_coroutine_threadsafe(fn(*args), self.loop).result(CALL_TIMEOUT_S)

    def state(self, ws_id: str, tab: str | None = None) -> DocState:
        """The document now (opened when needed)."""
        return self._call(self.read, ws_id, tab)

    def edit(self, ws_id: str, text: str, tab: str, base: str | None = None) -> DocState:
        """Change the document into ``text`` by minimal edits, as ``tab``'s change (undoable by that tab). With
        ``base`` (the text the tab saw), only the change from ``base`` to ``text`` is made, in the document as it
        is now (``live.text.rebase``): what others changed meanwhile stays.
        Raises store.LimitExceeded / store.InvalidText for a text the store cannot keep."""
        return self._call(self._edit, ws_id, text, tab, base)

    def undo(self, ws_id: str, tab: str) -> DocState:
        """Undo ``tab``'s last change (its typing or a form), merged with what others did since."""
        return self._call(self._step, ws_id, tab, True)

    def redo(self, ws_id: str, tab: str) -> DocState:
        return self._call(self._step, ws_id, tab, False)

    def settle(self, ws_id: str) -> None:
        """Write what waits and take the snapshot now (leaving a praatplaat: the recent list shows it as it is).
        Raises database errors."""
        self._call(self._settle, ws_id)

    def revoke_readers(self, ws_id: str) -> None:
        """Disconnect the read-only viewers of ``ws_id`` at once (the share link was revoked)."""
        self._call(self._revoke, ws_id)


def _merge(updates: list[bytes]) -> bytes:
    return pycrdt.merge_updates(*updates)


# --- the process's hub ---------------------------------------------------------------------------

_hub: Hub | None = None
_lock = threading.Lock()


@asynccontextmanager
async def running(db: store.Store):
    """Run the process's hub on the current (the server's) event loop for the duration of the block."""
    global _hub
    hub = Hub(db)
    async with anyio.create_task_group() as tg:
        await tg.start(hub.run)
        with _lock:
            _hub = hub
        try:
            yield hub
        finally:
            with _lock:
                _hub = None
            tg.cancel_scope.cancel()


def current() -> Hub:
    """The hub ``running`` runs on the server's loop (for the routes)."""
    if _hub is None:
        raise RuntimeError("the sync hub is not running")
    return _hub


def get(db: store.Store) -> Hub:
    """The process's running hub; without a server (AppTest, scripts) one on a private event loop thread."""
    global _hub
    with _lock:
        if _hub is not None and _hub.db.url == db.url:
            return _hub
        if _hub is not None:  # another database (tests): this process has no use for the old one any more
            _hub.stop()
        hub = Hub(db)
        started = threading.Event()

        async def main() -> None:
            async with anyio.create_task_group() as tg:
                await tg.start(hub.run)
                started.set()

        threading.Thread(target=asyncio.run, args=(main(),), name="praatplaat-sync", daemon=True).start()
        started.wait(CALL_TIMEOUT_S)
        _hub = hub
        return hub
