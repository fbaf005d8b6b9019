// The shared text of a praatplaat: one Y.Doc per room per page, kept in this browser (IndexedDB) and synced with
// the studio's server over a websocket (y-websocket). Also who is here (awareness) and the save status.
//
// A room lives as long as an editor of the page uses it (and a little longer, so a whole-page rerun that remounts
// the editor finds the same doc, provider and undo history).

import * as Y from "yjs";
import { WebsocketProvider } from "y-websocket";
import { IndexeddbPersistence } from "y-indexeddb";
import { people, saveStatus, userColor } from "./presence.mjs";

const CLOSE_AFTER_MS = 30000; // an unused room is closed this long after its last editor left the page
const NAME_KEY = "praatplaat-naam";
// The page's open rooms (websocket path -> room: an editing and a read-only link are two). Kept by this copy of the module, not in the page-wide ``shared``: a second
// copy (the loader may import the bundle under a second URL) has its own Yjs, and Yjs objects must not cross copies.
const rooms = new Map();

/** ws(s)://host/<path without its last segment> and the last segment (y-websocket adds '/' + room itself). */
export function endpoint(path, location = window.location) {
  const cut = path.lastIndexOf("/");
  const scheme = location.protocol === "https:" ? "wss:" : "ws:";
  return { serverUrl: scheme + "//" + location.host + path.slice(0, cut), roomName: path.slice(cut + 1) };
}

function stored() {
  try {
    return window.localStorage.getItem(NAME_KEY) || null;
  } catch {
    return null; // storage blocked
  }
}

/** The name this person goes by on this page: chosen here, else given by the server, else remembered, else a guest. */
export function nameFor(shared, sync) {
  if (shared.chosenName) return shared.chosenName;
  const name = (sync.name && String(sync.name).trim()) || stored();
  if (name) return name;
  shared.guestName ??= (sync.labels.guest || "Gast") + " " + (1 + Math.floor(Math.random() * 99));
  return shared.guestName;
}

/** Choose a new name: remembered in this browser and shown to everyone in every room of the page (of this copy). */
export function chooseName(shared, name) {
  shared.chosenName = name;
  try {
    window.localStorage.setItem(NAME_KEY, name);
  } catch {
    // storage blocked: the name holds for this page
  }
  for (const room of rooms.values()) identify(room);
}

/** Put who we are into the room's awareness: a viewer is only {viewer: true} and is not counted. */
export function identify(room) {
  const { awareness } = room.provider;
  const local = awareness.getLocalState();
  let next;
  if (room.sync.readonly) {
    next = { viewer: true };
  } else {
    const color = userColor(room.doc.clientID);
    const user = { name: nameFor(room.shared, room.sync), color, colorLight: color + "33" };
    const { viewer, ...rest } = local || {};
    next = { ...rest, user, tab: room.sync.tab };
  }
  if (JSON.stringify(next) !== JSON.stringify(local)) awareness.setLocalState(next);
}

/** Leave the room's awareness now (the others stop counting us at once, not after their 30 s time-out). */
function leave(room) {
  if (room.provider.awareness.getLocalState() !== null) room.provider.awareness.setLocalState(null);
}

/** "connecting" | "saved" | "pending" | "offline" (see the editor's data.sync contract). */
export function status(room) {
  const p = room.provider;
  return saveStatus({
    connected: p.wsconnected, synced: p.synced, wasConnected: room.wasConnected || room.failed,
    states: p.awareness.getStates(),
  });
}

/** Who is here: {n, names} with our own name first as labels.you; only states with a user count. */
export function presence(room) {
  return people(room.provider.awareness.getStates(), room.doc.clientID, room.sync.labels.you || "u");
}

function changed(room) {
  for (const listener of room.listeners) listener(room);
}

function open(shared, sync) {
  const doc = new Y.Doc();
  const text = doc.getText("yaml");
  const { serverUrl, roomName } = endpoint(sync.path);
  const provider = new WebsocketProvider(serverUrl, roomName, doc, { params: { tab: String(sync.tab ?? "") }, connect: true });
  const room = {
    key: sync.path, shared, sync, doc, text, provider, persistence: null,
    undoManager: new Y.UndoManager(text),
    live: false, wasConnected: false, failed: false,
    users: new Set(), listeners: new Set(), closeTimer: null,
  };
  const goLive = () => {
    if (room.live) return;
    room.live = true;
    changed(room);
  };
  try {
    room.persistence = new IndexeddbPersistence("praatplaat-" + sync.room, doc);
    room.persistence.on("synced", () => {
      if (doc.store.clients.size > 0) goLive(); // this browser had the text: edit it while the server is away
    });
  } catch {
    room.persistence = null; // no IndexedDB here: wait for the server
  }
  provider.on("status", ({ status: s }) => {
    if (s === "connected") {
      room.wasConnected = true;
      // say who we are with a new clock: the server told the others we left when our last connection closed,
      // and they would ignore the state y-websocket sends again with the old one
      const local = provider.awareness.getLocalState();
      if (local !== null) provider.awareness.setLocalState({ ...local });
    }
    changed(room);
  });
  provider.on("connection-error", () => { room.failed = true; changed(room); });
  provider.on("connection-close", () => { room.failed = true; changed(room); });
  provider.on("sync", (synced) => {
    if (synced) goLive();
    changed(room);
  });
  provider.awareness.on("change", ({ added }, origin) => {
    // someone new: say who we are again, so they see us now (a server need not pass on the states it has seen)
    if (origin !== "local" && added.some((id) => id !== doc.clientID) && provider.awareness.getLocalState() !== null) {
      provider.awareness.setLocalState({ ...provider.awareness.getLocalState() });
    }
    changed(room);
  });
  identify(room);
  // a page that is left (or put in the back/forward cache) says so; one that comes back says who it is again
  room.onPageHide = () => leave(room);
  room.onPageShow = (event) => { if (event.persisted) identify(room); };
  window.addEventListener("pagehide", room.onPageHide);
  window.addEventListener("pageshow", room.onPageShow);
  return room;
}

/** The page's room for ``sync`` (opened on first use; its doc is kept in IndexedDB as 'praatplaat-' + sync.room),
 * held for ``user`` (an editor) until ``release``. */
export function acquire(shared, sync, user) {
  let room = rooms.get(sync.path);
  if (!room) {
    room = open(shared, sync);
    rooms.set(sync.path, room);
  }
  clearTimeout(room.closeTimer);
  room.closeTimer = null;
  if (user) room.users.add(user);
  if (JSON.stringify(room.sync) !== JSON.stringify(sync)) {
    room.sync = sync;
    identify(room);
  }
  return room;
}

export function release(room, user) {
  room.users.delete(user);
  if (room.users.size || room.closeTimer) return;
  room.closeTimer = setTimeout(() => {
    if (room.users.size) return;
    rooms.delete(room.key);
    room.listeners.clear();
    window.removeEventListener("pagehide", room.onPageHide);
    window.removeEventListener("pageshow", room.onPageShow);
    leave(room); // tells the others we left
    room.provider.destroy();
    if (room.persistence) room.persistence.destroy();
    room.undoManager.destroy();
    room.doc.destroy();
  }, CLOSE_AFTER_MS);
}
