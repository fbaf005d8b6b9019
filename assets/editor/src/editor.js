// The praatplaat YAML editor: CodeMirror 6 in a Streamlit components v2 component.
//
// The editor owns the text while the user types. Every edit is sent to the server as soon as the
// previous one has been processed (the server acknowledges it through `data.ack`); edits made in
// the meantime are coalesced into the next send. The server never pushes text into a running
// editor: a change made elsewhere gives the component a new key, which mounts a new editor. A new mount
// under the same key (a whole-page rerun) carries on the old one: text, cursor, undo history and focus.

import { EditorSelection, EditorState } from "@codemirror/state";
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
import { completionContext, newLinePrefix } from "./yamlcontext.mjs";

// Page-wide state, shared by every copy of this module (the loader may import it under a second URL).
const shared = (window.praatplaatEditor ??= { instances: new WeakMap(), latest: new Map(), seenGotos: new Set() });
const instances = shared.instances; // parentElement -> instance
const latest = shared.latest; // widget key -> the instance with the newest text typed in this page
const seenGotos = shared.seenGotos; // goto nonces already carried out in this page
const RESEND_MS = 3000; // send again if an acknowledgement never came (a rerun lost to another)

function lines(state) {
  return state.doc.toString().split("\n");
}

/** Enter: a new line indented for YAML; never accepts a completion. */
function yamlEnter(view, inst) {
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
  view.dispatch(state.update(tr, { scrollIntoView: true, userEvent: "input" }));
  return true;
}

/** Tab: accept the open completion, else indent. */
function tab(view) {
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

function showProblems(inst) {
  const { view, panel } = inst;
  const { problems, labels } = inst.data;
  const shown = JSON.stringify([problems, labels]);
  if (shown === inst.shown) return; // unchanged: no relint, and screen readers hear nothing new
  inst.shown = shown;
  const doc = view.state.doc;
  view.dispatch(setDiagnostics(view.state, problems.map((p) => {
    const from = toPos(doc, p.line, p.col);
    const to = Math.max(from, Math.min(doc.lineAt(from).to, from + 1));
    return { from, to: to === from && from < doc.length ? from : to, severity: p.severity, message: p.message };
  })));
  const errors = problems.filter((p) => p.severity === "error").length;
  panel.replaceChildren();
  const head = document.createElement("div");
  head.className = "head " + (errors ? "has-errors" : problems.length ? "has-warnings" : "ok");
  head.textContent = labels.summary;
  head.title = labels.explain; // the full sentence (the last good picture stays; fix the errors and it follows)
  panel.appendChild(head);
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
  panel.appendChild(list);
  if (!problems.length) {
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
  inst.dirty = true;
  inst.root.dataset.synced = "false";
  if (inst.inFlight === null || Date.now() - inst.sentAt > RESEND_MS) send(inst);
}

/** Remember whether the editor has focus; losing it because Streamlit took the editor off the page does not count. */
function trackFocus(inst) {
  inst.root.addEventListener("focusin", () => { inst.focused = true; });
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
  const active = document.activeElement;
  if (previous.focused && (active === null || active === document.body)) inst.view.focus();
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

function create(parent, data, setStateValue) {
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
  const text = previous ? previous.view.state.doc.toString() : data.text;
  const server = data.text === null ? text : data.text;
  const keys = [
    { key: "Enter", run: (v) => yamlEnter(v, inst) },
    { key: "Tab", run: tab, shift: indentLess },
    { key: "Mod-Space", run: startCompletion },
    { key: "Ctrl-Space", run: startCompletion },
    { key: "Escape", run: (v) => completionStatus(v.state) !== null && closeCompletion(v) },
    { key: "ArrowDown", run: (v) => completionStatus(v.state) === "active" && moveCompletionSelection(true)(v) },
    { key: "ArrowUp", run: (v) => completionStatus(v.state) === "active" && moveCompletionSelection(false)(v) },
  ];
  const extensions = [
    lineNumbers(), highlightActiveLineGutter(), highlightActiveLine(), drawSelection(), history(),
    bracketMatching(), highlightSelectionMatches(), search({ top: true }),
    indentUnit.of("  "), EditorState.tabSize.of(2), EditorView.lineWrapping,
    yaml(), syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
    autocompletion({ override: [completionSource(inst)], defaultKeymap: false, icons: false }),
    lintGutter(), placeholder("versie: 1"),
    // keep pop-ups inside the editor: the page's columns clip anything that reaches into the picture's
    tooltips({ tooltipSpace: (view) => view.dom.getBoundingClientRect() }),
    keymap.of([...keys, ...searchKeymap, ...historyKeymap, ...defaultKeymap]),
    EditorView.contentAttributes.of({ "aria-label": data.labels.editor }),
    EditorView.updateListener.of((u) => { if (u.docChanged) edited(inst); }),
  ];
  const fields = { history: historyField };
  const state = previous
    ? EditorState.fromJSON(previous.view.state.toJSON(fields), { extensions }, fields)
    : EditorState.create({ doc: text, extensions });
  inst.view = new EditorView({ parent: host, root: parent instanceof ShadowRoot ? parent : undefined, state });
  const before = shared.newest && shared.newest.data.id !== data.id ? shared.newest : null;
  latest.set(data.id, inst);
  shared.newest = inst;
  root.editorView = inst.view; // for tests and other parts of the page: the running CodeMirror view
  trackFocus(inst);
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
  inst.view.dom.parentElement.style.height = data.height + "px";
  if (data.ack >= (inst.inFlight || 0)) {
    inst.inFlight = null;
    if (inst.dirty) send(inst);
  }
  inst.root.dataset.synced = String(inst.inFlight === null && !inst.dirty);
  showProblems(inst);
  if (data.goto && !seenGotos.has(data.goto.nonce)) {
    seenGotos.add(data.goto.nonce);
    moveTo(inst, data.goto.line, data.goto.col || 1, true);
  }
}

export default function (component) {
  const { data, parentElement, setStateValue } = component;
  let inst = instances.get(parentElement);
  if (!inst && data.text === null && !latest.has(data.id)) {
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
      inst.view.destroy();
      instances.delete(parentElement);
    }, 0);
  } else {
    inst.setStateValue = setStateValue;
    update(inst, data);
  }
  return inst.cleanup;
}
