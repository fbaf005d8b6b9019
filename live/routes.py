"""The sync websocket next to the studio (mounted by ``st.App`` in app.py), and the lifespan that runs the hub.

- ``/sync/ws/<id>``: the editing link's secret is the workspace id; the peer may send updates.
- ``/sync/lees/<token>``: a read-only link; the peer receives every change live, and every update it sends is
  dropped (counted in ``Peer.refused``). Revoking the link disconnects it at once (or within
  ``hub.READER_CHECK_S`` when revoked by another process).
- A malformed or unknown id or token is refused before the handshake (HTTP 403), with no hint whether it exists.
"""

from __future__ import annotations

import logging
from contextlib import asynccontextmanager

import anyio
from starlette.routing import WebSocketRoute
from starlette.websockets import WebSocket

import store

from . import hub

log = logging.getLogger("praatplaat.live")


def _editable(ws_id: str) -> bool:
    return store.is_id(ws_id) and hub.current().db.head(ws_id) > 0


def readable(token: str) -> str | None:
    """The workspace a read-only link's token opens (None: malformed, unknown or revoked); reads the database."""
    if not isinstance(token, str) or not 16 <= len(token) <= 64:
        return None
    try:
        return hub.current().db.by_share_token(token)
    except store.StoreError:
        return None


def _tab(websocket: WebSocket) -> str | None:
    tab = websocket.query_params.get("tab", "")
    return tab if store.is_id(tab) else None


async def _serve(websocket: WebSocket, ws_id: str | None, reader_token: str | None) -> None:
    if ws_id is None:
        await websocket.close(code=1008)
        return
    await websocket.accept()
    try:
        await hub.current().serve(websocket, ws_id, _tab(websocket), reader_token)
    except Exception:  # noqa: BLE001 - the database is unreachable while opening: the browser retries
        log.warning("sync: %s could not be opened", ws_id, exc_info=log.isEnabledFor(logging.DEBUG))
        await websocket.close(code=1013)


async def _open(websocket: WebSocket, key: str, resolve) -> None:
    """Resolve the path's id or token to a workspace (in a thread: it reads the database), then serve it."""
    value = websocket.path_params[key]
    try:
        ws_id = await anyio.to_thread.run_sync(resolve, value)
    except Exception:  # noqa: BLE001 - database down: the browser tries again later
        await websocket.close(code=1013)
        return
    await _serve(websocket, ws_id, value if key == "token" else None)


async def edit(websocket: WebSocket) -> None:
    await _open(websocket, "ws_id", lambda ws_id: ws_id if _editable(ws_id) else None)


async def read(websocket: WebSocket) -> None:
    await _open(websocket, "token", readable)


ROUTES = [WebSocketRoute("/sync/ws/{ws_id}", edit), WebSocketRoute("/sync/lees/{token}", read)]


@asynccontextmanager
async def lifespan(_app):
    """The hub runs on the server's event loop for as long as the server does."""
    db = await anyio.to_thread.run_sync(store.open_store)
    async with hub.running(db):
        yield
