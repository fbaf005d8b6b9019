// The praatplaat YAML editor: CodeMirror 6 in a Streamlit components v2 component.
//
// The editor owns the text while the user types. Every edit is sent to the server as soon as the
// previous one has been processed (the server acknowledges it through `data.ack`); edits made in
// the meantime are coalesced into the next send. The server never pushes text into a running
// editor: a change made elsewhere gives the component a new key, which mounts a new editor. A new mount
// under the same key (a whole-page rerun) carries on the old one: text, cursor, undo history and focus.
//
// With `data.sync` the text is shared (collab.mjs): CodeMirror is bound to the Y.Text "yaml" of the room's Y.Doc,
// which syncs with the server over a websocket and is kept in this browser's IndexedDB. Until the doc has its text
// (from IndexedDB or the server) the editor shows `data.text` read-only; it never puts `data.text` into the doc.
// Every change of the shared text, typed here or by someone else, is sent to Streamlit as above (for the picture).

import { Compartment, EditorSelection, EditorState, StateEffect, StateField, Transaction } from "@codemirror/state";
import {
  EditorView, drawSelection, highlightActiveLine, highlightActiveLineGutter, keymap, lineNumbers, placeholder, tooltips,
} from "@codemirror/view";
import { defaultKeymap, history, historyField, historyKeymap, indentLess, indentMore } from "@codemirror/commands";
import { bracketMatching, defaultHighlightStyle, indentUnit, syntaxHighlighting } from "@codemirror/language";
import {
  acceptCompletion, autocompletion, closeCompletion, completionStatus, moveCompletionSelection, startCompletion,
} from "@codemirror/autocomplete";
import { lintGutter, setDiagnostics } from "@codemirror/lint";
import { highlightSelectionMatches, search, searchKeymap } from "@codemirror/search";
import { yaml } from "@codemirror/lang-yaml";
import { yCollab, yUndoManagerKeymap } from "y-codemirror.next";
import { completionContext, itemDashColumn, newLinePrefix } from "./yamlcontext.mjs";
import { acquire, chooseName, nameFor, presence, release, status } from "./collab.mjs";
import { userColor } from "./presence.mjs";
import { createBar, renderBar } from "./bar.mjs";
import { catchKeys, replayKeys } from "./keycatch.mjs";

// Page-wide state, shared by every copy of this module (the loader may import it under a second URL).
const shared = (window.praatplaatEditor ??= { instances: new WeakMap(), latest: new Map(), seenGotos: new Set() });
const instances = shared.instances; // parentElement -> instance
const latest = shared.latest; // widget key -> the instance with the newest text typed in this page
const seenGotos = shared.seenGotos; // goto nonces already carried out in this page
const RESEND_MS = 3000; // send again if an acknowledgement never came (a rerun lost to another)

function lines(state) {
  return state.doc.toString().split("\n");
}

// What Enter put at the start of the new line ("    " or "  - "), which a typist may type over: `pos` is the cursor
// right after it, `typed` how much of it was typed over. Any other local edit or cursor move ends it; a change by
// someone else elsewhere in the shared text only moves it.
const setAuto = StateEffect.define();
const autoIndent = StateField.define({
  create: () => null,
  update(value, tr) {
    for (const e of tr.effects) if (e.is(setAuto)) return e.value;
    if (!value || (!tr.docChanged && !tr.selection)) return value;
    if (tr.docChanged && tr.annotation(Transaction.userEvent) !== undefined) return null;
    const pos = tr.changes.mapPos(value.pos, -1);
    const sel = tr.state.selection.main;
    return sel.empty && sel.head === pos ? { ...value, pos } : null;
  },
});

/** The auto-inserted prefix the cursor is right after (and nothing follows on its line), with its line. */
function autoAt(state) {
  const auto = state.field(autoIndent, false);
  const sel = state.selection.main;
  if (!auto || !sel.empty || sel.head !== auto.pos) return null;
  const line = state.doc.lineAt(auto.pos);
  const before = line.text.slice(0, auto.pos - line.from);
  if (line.to !== auto.pos || !/^ *(- )?$/.test(before)) return null;
  return { auto, line, before };
}

/**
 * Typing over what Enter inserted, as in other editors: spaces and a "- " typed where the editor already put them
 * are taken as typed (not added again); a "-" typed at the field column of a list item (after Enter on its last
 * field) starts the next item of that list. Returns true when it handled the input.
 */
function typeOver(view, from, to, text) {
  if (from !== to || text.length !== 1 || view.state.readOnly) return false;
  const at = autoAt(view.state);
  if (!at || at.auto.pos !== from) return false;
  const { auto, line, before } = at;
  const rest = before.slice(auto.typed);
  if (rest && text === rest[0]) {
    view.dispatch({ effects: setAuto.of({ ...auto, typed: auto.typed + 1 }) });
    return true;
  }
  if (text === "-" && /^ *- $/.test(rest)) {
    view.dispatch({ effects: setAuto.of({ ...auto, typed: before.length - 1 }) });
    return true;
  }
  if (text === "-" && !before.includes("-") && before.length > 0) {
    const dash = itemDashColumn(lines(view.state), line.number - 1, before.length);
    if (dash === null) return false;
    const insert = " ".repeat(dash) + "- ";
    view.dispatch({
      changes: { from: line.from, to: from, insert },
      selection: { anchor: line.from + insert.length },
      effects: setAuto.of({ pos: line.from + insert.length, typed: insert.length - 1 }),
      userEvent: "input.type",
    });
    return true;
  }
  return false;
}

/** Backspace right after an auto-inserted "- " removes it at once (after plain indentation CodeMirror already
 * removes one indent level). */
function autoBackspace(view) {
  if (view.state.readOnly) return false;
  const at = autoAt(view.state);
  if (!at || !at.before.endsWith("- ")) return false;
  view.dispatch({ changes: { from: at.auto.pos - 2, to: at.auto.pos }, userEvent: "delete.backward" });
  return true;
}

/** Enter: a new line indented for YAML; never accepts a completion. */
function yamlEnter(view, inst) {
  if (view.state.readOnly) return false;
  if (completionStatus(view.state) !== null) closeCompletion(view);
  const { state } = view;
  const all = lines(state);
  const tr = state.changeByRange((range) => {
    const line = state.doc.lineAt(range.from);
    const before = line.text.slice(0, range.from - line.from);
    const after = state.doc.sliceString(range.to, line.to);
    const prefix = before.trim() ? newLinePrefix(inst.data.model, all, line.number - 1, before) : before;
    const trailing = before.trim() ? /( *)$/.exec(before)[1].length : 0;
    const from = range.from - trailing;
    const to = range.to + /^ */.exec(after)[0].length;
    const insert = "\n" + prefix;
    return { changes: { from, to, insert }, range: EditorSelection.cursor(from + insert.length) };
  });
  const main = tr.selection.main;
  const line = tr.changes.apply(state.doc).lineAt(main.head);
  const auto = main.head > line.from && tr.selection.ranges.length === 1 ? { pos: main.head, typed: 0 } : null;
  view.dispatch(state.update(tr, { scrollIntoView: true, userEvent: "input", effects: setAuto.of(auto) }));
  return true;
}

/** Tab: accept the open completion, else indent. */
function tab(view) {
  if (view.state.readOnly) return false;
  if (acceptCompletion(view)) return true;
  if (view.state.selection.ranges.some((r) => !r.empty)) return indentMore(view);
  view.dispatch(view.state.replaceSelection("  "), { scrollIntoView: true, userEvent: "input" });
  return true;
}

function options(inst, ctx) {
  const { refs, icons } = inst.data;
  if (ctx.kind === "key") {
    return Object.entries(ctx.shape).map(([key, f]) => ({
      label: key,
      apply: f.t === "scalar" ? key + ": " : key + ":",
      type: "property",
      detail: f.hint || "",
    }));
  }
  const f = ctx.field;
  if (f.values) return f.values.map((v) => ({ label: v, type: "enum" }));
  if (f.icons) return icons.map((v) => ({ label: v, type: "enum" }));
  if (f.ref) {
    const out = [];
    for (const item of refs[f.ref] || []) {
      out.push({ label: item.naam, type: "variable", detail: item.id !== item.naam ? item.id : "" });
      if (item.id && item.id !== item.naam) out.push({ label: item.id, type: "constant", detail: item.naam });
    }
    return out;
  }
  return null;
}

function completionSource(inst) {
  return (context) => {
    const line = context.state.doc.lineAt(context.pos);
    const before = line.text.slice(0, context.pos - line.from);
    const ctx = completionContext(inst.data.model, lines(context.state), line.number - 1, before);
    if (!ctx) return null;
    if (!context.explicit && !ctx.word && ctx.kind === "key") return null;
    const list = options(inst, ctx);
    if (!list || !list.length) return null;
    return { from: context.pos - ctx.word.length, options: list, validFor: /^[^:#,[\]]*$/ };
  };
}

function toPos(doc, line, col) {
  const l = doc.line(Math.min(Math.max(1, line), doc.lines));
  return Math.min(l.from + Math.max(0, col - 1), l.to);
}

function moveTo(inst, line, col, focus) {
  const view = inst.view;
  const pos = toPos(view.state.doc, line, col);
  view.dispatch({ selection: { anchor: pos }, effects: EditorView.scrollIntoView(pos, { y: "center" }) });
  if (focus) view.focus();
}

/** A change made elsewhere (quick capture, the side form beside the picture): scroll to its line once the
 * shared text has it (`expect`, the line's text, nearest to `line`), leaving the cursor and the focus alone. Typing
 * here before that cancels it. */
function reveal(inst) {
  const goto = inst.reveal;
  if (!goto || inst.destroyed) return;
  const doc = inst.view.state.doc;
  let found = goto.expect ? null : Math.min(goto.line, doc.lines);
  for (let d = 0; found === null && d < doc.lines; d++) {
    for (const n of [goto.line - d, goto.line + d]) {
      if (found === null && n >= 1 && n <= doc.lines && doc.line(n).text === goto.expect) found = n;
    }
  }
  if (found === null) return; // not here yet: tried again when the text changes
  inst.reveal = null;
  centre(inst.view, doc.line(found).from);
}

/** Scroll the editor alone (never the page around it, which holds the quick capture line) so that `pos` is in the
 * middle; lines not drawn yet have estimated heights, so it centres again once they are measured. */
function centre(view, pos) {
  const place = () => {
    const box = view.scrollDOM.getBoundingClientRect(), block = view.lineBlockAt(pos);
    const top = view.documentTop - box.top + view.scrollDOM.scrollTop + block.top;
    return Math.max(0, top - (view.scrollDOM.clientHeight - block.height) / 2);
  };
  view.scrollDOM.scrollTop = place();
  view.requestMeasure({ read: place, write: (top) => { view.scrollDOM.scrollTop = top; } });
}

function problemList(inst, problems) {
  const list = document.createElement("ul");
  for (const p of problems) {
    const li = document.createElement("li");
    const button = document.createElement("button");
    button.type = "button";
    button.className = p.severity;
    const where = document.createElement("b");
    where.textContent = p.where + ": ";
    button.append(where, document.createTextNode(p.message));
    button.addEventListener("click", () => moveTo(inst, p.line, p.col, true));
    li.appendChild(button);
    list.appendChild(li);
  }
  return list;
}

/** The problem list under the editor and the marks in the text. Errors and warnings show at once; warnings about an
 * unfinished vision (``review``) wait, counted, in a folded "Controleren" list and are marked in the text only while
 * that list is open. */
function showProblems(inst) {
  const { view, panel } = inst;
  const { problems, labels } = inst.data;
  const open = Boolean(inst.reviewOpen);
  const shown = JSON.stringify([problems, labels, open]);
  if (shown === inst.shown) return; // unchanged: no relint, and screen readers hear nothing new
  inst.shown = shown;
  const now = problems.filter((p) => !p.review);
  const later = problems.filter((p) => p.review);
  const doc = view.state.doc;
  view.dispatch(setDiagnostics(view.state, (open ? problems : now).map((p) => {
    const from = toPos(doc, p.line, p.col);
    const to = Math.max(from, Math.min(doc.lineAt(from).to, from + 1));
    return { from, to: to === from && from < doc.length ? from : to, severity: p.severity, message: p.message };
  })));
  const errors = now.filter((p) => p.severity === "error").length;
  panel.replaceChildren();
  const head = document.createElement("div");
  head.className = "head " + (errors ? "has-errors" : now.length ? "has-warnings" : "ok");
  head.textContent = labels.summary;
  head.title = labels.explain; // the full sentence (the last good picture stays; fix the errors and it follows)
  panel.appendChild(head);
  panel.appendChild(problemList(inst, now));
  if (later.length) {
    const review = document.createElement("details");
    review.className = "review";
    review.open = open;
    const summary = document.createElement("summary");
    summary.textContent = labels.review;
    const explain = document.createElement("p");
    explain.className = "tips";
    explain.textContent = labels.review_explain;
    review.append(summary, explain, problemList(inst, later));
    review.addEventListener("toggle", () => {
      if (inst.reviewOpen === review.open) return;
      inst.reviewOpen = review.open;
      inst.shown = null;
      showProblems(inst);
    });
    panel.appendChild(review);
  }
  if (!now.length) {
    const tips = document.createElement("p");
    tips.className = "tips";
    tips.textContent = labels.tips;
    panel.appendChild(tips);
  }
}

/** Run ``fn`` with Streamlit's ``setTimeout(flush)`` (its widget manager sends a value change to the server from a
 * zero-delay timer) turned into a microtask. After a key press the browser runs a timer only after it has drawn the
 * next frame, ~15 ms later; the microtask sends the edit at once. Only zero-delay timers set during ``fn`` change. */
function soon(fn) {
  const timer = window.setTimeout;
  window.setTimeout = (callback, delay, ...args) => {
    if (delay || typeof callback !== "function") return timer(callback, delay, ...args);
    queueMicrotask(() => callback(...args));
    return 0;
  };
  try {
    fn();
  } finally {
    window.setTimeout = timer;
  }
}

function send(inst) {
  const text = inst.view.state.doc.toString();
  inst.seq += 1;
  inst.inFlight = inst.seq;
  inst.sentAt = Date.now();
  inst.dirty = false;
  inst.root.dataset.synced = "false";
  soon(() => inst.setStateValue("edit", { text, seq: inst.seq, base: inst.data.id }));
  const seq = inst.seq;
  setTimeout(() => { if (!inst.destroyed && inst.inFlight === seq && inst.dirty) send(inst); }, RESEND_MS);
}

function edited(inst) {
  // a shared text changes in every editor bound to it: only the page's newest editor reports it
  if (inst.room && (inst.destroyed || shared.newest !== inst)) return;
  inst.dirty = true;
  inst.root.dataset.synced = "false";
  if (inst.inFlight === null || Date.now() - inst.sentAt > RESEND_MS) send(inst);
}

/** Remember whether the editor has focus; losing it because Streamlit took the editor off the page does not count. */
function trackFocus(inst) {
  inst.root.addEventListener("focusin", (event) => {
    if (inst.bar && inst.bar.bar.contains(event.target)) return; // the name field is not the editor
    inst.focused = true;
    shared.focused = inst; // its keys are kept while it is off the page (keycatch.mjs)
  });
  inst.root.addEventListener("focusout", () => setTimeout(() => {
    if (inst.root.isConnected) inst.focused = inst.view.hasFocus;
  }, 0));
  inst.view.scrollDOM.addEventListener("scroll", () => {
    if (inst.root.isConnected) inst.scrollTop = inst.view.scrollDOM.scrollTop;
  }, { passive: true });
}

/** A mount of the same key that replaces one taken off the page (a whole-page rerun remounts the component):
 * it goes on with the same text, cursor, undo history, scroll position and focus, so typing is not interrupted. */
function carryOver(inst, previous) {
  inst.focused = previous.focused;
  inst.scrollTop = previous.scrollTop;
  if (previous.scrollTop) requestAnimationFrame(() => { inst.view.scrollDOM.scrollTop = previous.scrollTop; });
  if (!previous.focused) return;
  // The previous editor may still have the keys until the page drops it: hand over its newest cursor and the
  // focus at that moment (with a shared text, what it typed meanwhile is already in this editor's document).
  const handOver = () => {
    if (inst.destroyed || !inst.root.isConnected) return;
    if (inst.room && previous.view) {
      const sel = previous.view.state.selection.main;
      const end = inst.view.state.doc.length;
      inst.view.dispatch({ selection: EditorSelection.single(Math.min(sel.anchor, end), Math.min(sel.head, end)) });
    }
    inst.view.focus();
    if (!inst.room || inst.live) replayKeys(shared, inst); // else once the shared text is here (goLive)
  };
  const active = document.activeElement;
  if (active === null || active === document.body || !previous.root.isConnected) {
    handOver();
    return;
  }
  const watch = new MutationObserver(() => {
    if (previous.root.isConnected) return;
    watch.disconnect();
    handOver();
  });
  watch.observe(document.body, { childList: true, subtree: true });
  setTimeout(() => watch.disconnect(), 10_000);
}

/** Where ``inst``'s cursor is: line and column, both from 1. */
function place(inst) {
  const state = inst.view.state;
  const head = state.selection.main.head;
  const line = state.doc.lineAt(head);
  return { line: line.number, col: head - line.from + 1 };
}

/** A mount for a text changed elsewhere (another tab, undo, the forms) replaces an editor of another key: the
 * cursor stays on the same line and column (as far as the new text has them), with its scroll position and focus. */
function keepPlace(inst, before) {
  const { line, col } = place(before);
  moveTo(inst, line, col, false);
  carryOver(inst, before);
}

/** The shared text's undo (Y.UndoManager: only our own changes) in place of CodeMirror's history; nothing to undo
 * while the editor waits for the shared text. */
function undoKeys(inst) {
  return yUndoManagerKeymap.map((binding) => ({ ...binding, run: (view) => inst.live && binding.run(view) }));
}

/** The binding to the room's shared text: its changes, the others' cursors, its undo. */
function collab(inst) {
  const { room } = inst;
  return inst.live ? yCollab(room.text, room.provider.awareness, { undoManager: room.undoManager }) : [];
}

/** Editable only when bound to the shared text and the person may edit. */
function access(inst) {
  inst.readonly = Boolean(inst.data.sync.readonly);
  return inst.live && !inst.readonly ? [] : [EditorState.readOnly.of(true), EditorView.editable.of(false)];
}

/** The room's doc has its text (from this browser or the server): show it instead of ``data.text`` and bind to it. */
function goLive(inst) {
  inst.live = true;
  const view = inst.view;
  const { line, col } = place(inst);
  const text = inst.room.text.toString();
  if (text !== view.state.doc.toString()) view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
  const at = toPos(view.state.doc, line, col);
  view.dispatch({
    selection: { anchor: at },
    effects: [inst.collab.reconfigure(collab(inst)), inst.access.reconfigure(access(inst))],
  });
  inst.root.classList.remove("waiting");
  if (inst.focused) replayKeys(shared, inst);
}

/** The status line, who is here and our name; ``root.dataset.sync`` for tests. */
function showSync(inst) {
  const { room, data } = inst;
  if (!room || !inst.bar) return;
  const sync = data.sync;
  const state = status(room);
  inst.root.dataset.sync = state;
  const viewer = Boolean(sync.readonly);
  renderBar(inst.bar, {
    // who is here is known only while connected (the others' states are dropped with the connection)
    status: state, who: state === "saved" || state === "pending" ? presence(room) : { n: 0, names: [], alone: false },
    labels: sync.labels,
    name: viewer ? null : nameFor(shared, sync), color: userColor(room.doc.clientID),
  });
}

/** Tell Streamlit the name in use when it does not know it yet (once per name and page). */
function reportName(inst) {
  const sync = inst.data.sync;
  if (!sync || sync.readonly) return;
  const name = nameFor(shared, sync);
  if (name === sync.name || name === shared.reportedName) return;
  shared.reportedName = name;
  inst.setStateValue("name", name);
}

function create(parent, data, setStateValue) {
  const sync = data.sync || null;
  const root = document.createElement("div");
  root.className = "praatplaat-editor";
  const host = document.createElement("div");
  host.className = "cm-host";
  const panel = document.createElement("div");
  panel.className = "problems";
  panel.setAttribute("role", "region");
  panel.setAttribute("aria-live", "polite");
  root.append(host, panel);
  parent.appendChild(root);

  const inst = { data, setStateValue, root, panel, seq: data.ack || 0, inFlight: null, sentAt: 0, dirty: false };
  const previous = latest.get(data.id);
  if (previous) inst.seq = Math.max(inst.seq, previous.seq); // a seq the server has seen is never sent again
  if (sync) {
    inst.room = acquire(shared, sync, inst);
    inst.live = inst.room.live;
    inst.collab = new Compartment();
    inst.access = new Compartment();
    inst.bar = createBar((name) => {
      chooseName(shared, name);
      for (const other of inst.room.users) showSync(other);
      reportName(inst);
    });
    root.prepend(inst.bar.bar);
    if (!inst.live) root.classList.add("waiting");
    root.ydoc = inst.room.doc; // for tests
    root.provider = inst.room.provider;
  }
  let text = previous ? previous.view.state.doc.toString() : data.text;
  if (inst.live) text = inst.room.text.toString();
  else if (text === null) text = "";
  const server = data.text === null ? text : data.text;
  const keys = [
    { key: "Enter", run: (v) => yamlEnter(v, inst) },
    { key: "Backspace", run: autoBackspace },
    { key: "Tab", run: tab, shift: indentLess },
    { key: "Mod-Space", run: startCompletion },
    { key: "Ctrl-Space", run: startCompletion },
    { key: "Escape", run: (v) => completionStatus(v.state) !== null && closeCompletion(v) },
    { key: "ArrowDown", run: (v) => completionStatus(v.state) === "active" && moveCompletionSelection(true)(v) },
    { key: "ArrowUp", run: (v) => completionStatus(v.state) === "active" && moveCompletionSelection(false)(v) },
  ];
  const extensions = [
    lineNumbers(), highlightActiveLineGutter(), highlightActiveLine(), drawSelection(),
    sync ? [inst.collab.of(collab(inst)), inst.access.of(access(inst))] : history(),
    bracketMatching(), highlightSelectionMatches(), search({ top: true }),
    indentUnit.of("  "), EditorState.tabSize.of(2), EditorView.lineWrapping,
    yaml(), syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
    autocompletion({ override: [completionSource(inst)], defaultKeymap: false, icons: false }),
    lintGutter(), placeholder("versie: 1"),
    // keep pop-ups inside the editor: the page's columns clip anything that reaches into the picture's
    tooltips({ tooltipSpace: (view) => view.dom.getBoundingClientRect() }),
    keymap.of([...keys, ...searchKeymap, ...(sync ? undoKeys(inst) : historyKeymap), ...defaultKeymap]),
    autoIndent, EditorView.inputHandler.of(typeOver),
    // tabindex: the text is reachable with Tab also for checkers that do not count contenteditable (axe-core's
    // scrollable-region-focusable flags the scroller around it otherwise)
    EditorView.contentAttributes.of({ "aria-label": data.labels.editor, tabindex: "0" }),
    EditorView.updateListener.of((u) => {
      if (!u.docChanged) return;
      edited(inst);
      if (inst.reveal && u.transactions.some((tr) => tr.isUserEvent("input") || tr.isUserEvent("delete"))) inst.reveal = null;
      if (inst.reveal) setTimeout(() => reveal(inst), 0); // no dispatch inside an update
    }),
  ];
  const fields = { history: historyField };
  let state;
  if (sync) {
    // the undo history lives in the room's Y.UndoManager; the cursor comes along
    const sel = previous ? previous.view.state.selection.main : null;
    const clamp = (pos) => Math.min(pos, text.length);
    state = EditorState.create({
      doc: text, extensions, selection: sel ? EditorSelection.single(clamp(sel.anchor), clamp(sel.head)) : undefined,
    });
  } else {
    state = previous
      ? EditorState.fromJSON(previous.view.state.toJSON(fields), { extensions }, fields)
      : EditorState.create({ doc: text, extensions });
  }
  inst.view = new EditorView({ parent: host, root: parent instanceof ShadowRoot ? parent : undefined, state });
  const before = shared.newest && shared.newest.data.id !== data.id ? shared.newest : null;
  latest.set(data.id, inst);
  shared.newest = inst;
  root.editorView = inst.view; // for tests and other parts of the page: the running CodeMirror view
  root.editorData = () => inst.data; // for tests: what the latest mount was given
  catchKeys(shared);
  trackFocus(inst);
  if (sync) {
    inst.onRoom = () => {
      if (inst.destroyed) return;
      if (inst.room.live && !inst.live) goLive(inst);
      showSync(inst);
    };
    inst.room.listeners.add(inst.onRoom);
    reportName(inst);
  }
  update(inst, data);
  if (text !== server || (previous && (previous.dirty || previous.inFlight > (data.ack || 0)))) edited(inst);
  if (previous) {
    carryOver(inst, previous);
    return inst;
  }
  if (before) {
    keepPlace(inst, before);
    return inst;
  }
  const first = data.problems.find((p) => p.severity === "error");
  if (first && !(data.goto && !seenGotos.has(data.goto.nonce))) moveTo(inst, first.line, first.col, false);
  return inst;
}

function update(inst, data) {
  inst.data = data;
  if (inst.room && data.sync && data.sync.path === inst.room.key) {
    acquire(shared, data.sync, inst);
    if (inst.live && Boolean(data.sync.readonly) !== inst.readonly) {
      inst.view.dispatch({ effects: inst.access.reconfigure(access(inst)) });
    }
  }
  inst.view.dom.parentElement.style.height = data.height + "px";
  if (data.ack >= (inst.inFlight || 0)) {
    inst.inFlight = null;
    if (inst.dirty) send(inst);
  }
  inst.root.dataset.synced = String(inst.inFlight === null && !inst.dirty);
  showProblems(inst);
  showSync(inst);
  if (data.goto && !seenGotos.has(data.goto.nonce)) {
    seenGotos.add(data.goto.nonce);
    if (data.goto.focus === false) {
      inst.reveal = data.goto;
      reveal(inst);
    } else moveTo(inst, data.goto.line, data.goto.col || 1, true);
  }
}

export default function (component) {
  const { data, parentElement, setStateValue } = component;
  let inst = instances.get(parentElement);
  if (inst && (inst.destroyed || !inst.root.isConnected)) inst = undefined; // its element left: a mount anew
  // a shared text that is already here needs no text from the server; otherwise open the room right away
  let ready = false;
  if (!inst && data.sync) {
    const room = acquire(shared, data.sync, null);
    ready = room.live;
    release(room, null); // closed later unless an editor takes it (create acquires it again)
  }
  if (!inst && data.text === null && !latest.has(data.id) && !ready) {
    setStateValue("need_text", data.id); // the server left the text out; ask for it
    return undefined;
  }
  if (!inst) {
    inst = create(parentElement, data, setStateValue);
    instances.set(parentElement, inst);
    // Streamlit also calls the cleanup of a mount that was superseded while the bundle loaded; only a
    // component that has really left the page is taken down.
    inst.cleanup = () => setTimeout(() => {
      if (inst.root.isConnected || inst.destroyed) return;
      inst.destroyed = true;
      inst.leftAt = Date.now();
      inst.view.destroy();
      instances.delete(parentElement);
      if (inst.room) {
        inst.room.listeners.delete(inst.onRoom);
        release(inst.room, inst);
      }
    }, 0);
  } else {
    inst.setStateValue = setStateValue;
    update(inst, data);
  }
  return inst.cleanup;
}
