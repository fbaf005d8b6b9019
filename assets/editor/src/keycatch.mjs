// Keys typed while the focused editor is off the page. Streamlit now and then mounts the component anew (the old
// element leaves the page before the new one has the focus); the keys typed in between land on the page's body,
// where they would be lost (or taken as Streamlit's own shortcuts). They are kept and typed into the editor that
// takes over, in order.

import { runScopeHandlers } from "@codemirror/view";

const CATCH_MS = 3000; // how long after the editor left the page its keys are kept (no new editor: it was closed)
const KEEP_MS = 10_000; // keys older than this are not typed into a later editor
const EDITING = new Set(["Enter", "Backspace", "Delete", "Tab", "Home", "End", "PageUp", "PageDown",
  "ArrowLeft", "ArrowRight", "ArrowUp", "ArrowDown"]);
const FIELDS = ["key", "code", "ctrlKey", "metaKey", "altKey", "shiftKey"];

/** A key that types a character (no shortcut). */
function printable(key) {
  return [...key.key].length === 1 && !key.ctrlKey && !key.metaKey && !key.altKey;
}

/** A key that types or moves the cursor (shortcuts and Escape go on to the page). */
function editing(event) {
  return printable(event) || (EDITING.has(event.key) && !event.altKey && !event.metaKey);
}

/** Once per page: keep every key that reaches the body while the editor that had the focus is off the page. */
export function catchKeys(shared) {
  if (shared.caught) return;
  shared.caught = [];
  window.addEventListener("keydown", (event) => {
    const inst = shared.focused;
    if (!inst || !inst.focused || inst.root.isConnected || event.isComposing || !editing(event)) return;
    if (Date.now() - (inst.leftAt ?? Date.now()) > CATCH_MS) return;
    const target = event.composedPath()[0];
    if (target !== document.body && target !== document.documentElement) return; // typing somewhere else
    event.preventDefault();
    event.stopImmediatePropagation();
    const key = { id: inst.data.id, at: Date.now() };
    for (const field of FIELDS) key[field] = event[field];
    shared.caught.push(key);
  }, true);
}

/** Type the kept keys of this editor's text into ``inst`` (which has the focus now): its key bindings first
 * (Enter, Backspace, the arrows), else the character itself. */
export function replayKeys(shared, inst) {
  const now = Date.now();
  const keys = shared.caught.filter((key) => key.id === inst.data.id && now - key.at < KEEP_MS);
  shared.caught.length = 0;
  for (const key of keys) {
    if (runScopeHandlers(inst.view, new KeyboardEvent("keydown", key), "editor")) continue;
    if (printable(key)) {
      inst.view.dispatch(inst.view.state.replaceSelection(key.key), { userEvent: "input.type", scrollIntoView: true });
    }
  }
}
