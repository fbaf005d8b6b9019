// Pure parts of the shared editor (no browser, no Yjs): colours, who is here, the save status.

/** Cursor colours: each at least 4.5:1 against white (so also white name labels on them), told apart by hue. */
export const PALETTE = ["#0B5CAD", "#1E7A3A", "#8E44AD", "#A84300", "#00727A", "#B0276E", "#4B52C8", "#6B6B00"];

export function userColor(clientID) {
  return PALETTE[Math.abs(clientID) % PALETTE.length];
}

/** The people editing, from awareness states (a Map clientID -> state): only states with a ``user`` count (viewers
 * and the server's own state have none), one per tab (a tab whose editor opened its room anew may have a second
 * state until the first one's removal arrives). Ours is named ``you`` and comes first; the others by name. */
export function people(states, ownID, you) {
  const own = states.get(ownID);
  const ownTab = own && own.tab;
  const others = new Map(); // tab (or client id) -> name
  let me = false;
  for (const [id, state] of states) {
    if (!state || !state.user) continue;
    if (id === ownID) me = true;
    else if (!ownTab || state.tab !== ownTab) others.set(state.tab ? "tab " + state.tab : id, String(state.user.name || "?"));
  }
  const names = [...others.values()].sort((a, b) => a.localeCompare(b));
  if (me) names.unshift(you);
  return { n: names.length, names, alone: me && others.size === 0 };
}

/** "connecting" before the first sync (and while syncing again), "offline" when the websocket is down after having
 * been up or after failing to connect, else "pending" when the server says it could not save yet, else "saved". */
export function saveStatus({ connected, synced, wasConnected, states }) {
  if (!connected) return wasConnected ? "offline" : "connecting";
  if (!synced) return "connecting";
  for (const state of states.values()) {
    if (state && state.server && state.server.saved === false) return "pending";
  }
  return "saved";
}

/** The sentence for who is here, from the labels of data.sync. */
export function whoText(who, labels) {
  if (who.alone) return labels.alone;
  if (!who.n) return "";
  return labels.editors.replace("{n}", String(who.n)).replace("{names}", who.names.join(", "));
}
