// The small line above the shared editor: the save status, who is here, and our own name (a button that turns into
// a text field to change it).

import { whoText } from "./presence.mjs";

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function setText(node, text) {
  if (node.textContent !== text) node.textContent = text; // unchanged: screen readers hear nothing new
}

/** The bar's elements; ``onName(name)`` is called with a new name the person typed. */
export function createBar(onName) {
  const bar = el("div", "sync-bar");
  const info = el("p", "sync-info"); // status and who are here flow as one text that wraps in a narrow column
  const state = el("span", "sync-status");
  state.setAttribute("role", "status");
  const who = el("span", "sync-who");
  info.append(state, who);
  const me = el("span", "sync-me");
  bar.append(info, me);
  const parts = { bar, state, who, me, editing: false, onName, labels: null, name: null, color: null };
  return parts;
}

function nameButton(parts) {
  const { labels, name, color } = parts;
  const button = el("button", "sync-name");
  button.type = "button";
  button.title = labels.name;
  button.setAttribute("aria-label", labels.name + ": " + name);
  const dot = el("span", "sync-dot");
  dot.style.backgroundColor = color;
  dot.setAttribute("aria-hidden", "true");
  button.append(dot, document.createTextNode(name));
  button.addEventListener("click", () => edit(parts));
  return button;
}

function edit(parts) {
  parts.editing = true;
  const label = el("label", "sync-name-edit");
  label.append(el("span", "", parts.labels.name));
  const input = el("input");
  input.type = "text";
  input.value = parts.name;
  input.maxLength = 40;
  input.autocomplete = "nickname";
  input.spellcheck = false;
  label.append(input);
  let done = false;
  const finish = (commit) => {
    if (done) return;
    done = true;
    const refocus = parts.me.contains(document.activeElement) || input === document.activeElement;
    const name = input.value.trim().replace(/\s+/g, " ");
    parts.editing = false;
    if (commit && name && name !== parts.name) {
      parts.name = name;
      parts.onName(name);
    }
    show(parts);
    if (refocus && commit !== "blur") parts.me.querySelector("button")?.focus();
  };
  input.addEventListener("keydown", (event) => {
    if (event.key === "Enter") {
      event.preventDefault();
      finish(true);
    } else if (event.key === "Escape") {
      event.preventDefault();
      event.stopPropagation();
      finish(false);
    }
  });
  input.addEventListener("blur", () => finish("blur"));
  parts.me.replaceChildren(label);
  input.focus();
  input.select();
}

function show(parts) {
  if (parts.editing) return;
  if (parts.name === null) {
    parts.me.replaceChildren();
    return;
  }
  parts.me.replaceChildren(nameButton(parts));
}

/** Show ``status`` (a key of labels), who is here and our name (null for a viewer: no button). */
export function renderBar(parts, { status, who, name, color, labels }) {
  setText(parts.state, labels[status] || "");
  setText(parts.who, whoText(who, labels));
  if (name !== parts.name || color !== parts.color || labels !== parts.labels) {
    const same = parts.labels && name === parts.name && color === parts.color
      && JSON.stringify(labels) === JSON.stringify(parts.labels);
    parts.name = name;
    parts.color = color;
    parts.labels = labels;
    if (!same) show(parts);
  }
}
