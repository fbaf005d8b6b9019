// Where the cursor is in a praatplaat YAML text, read line by line (no parse tree needed, so it also
// works while the text has a syntax error): the path of keys and list items above a position, the
// schema field it belongs to, and the indentation a new line needs.

const KEY = /^([^\s:#\-[\]{}'",][^:#]*?|"[^"]*"|'[^']*')\s*:(?=\s|$)/;
const BLOCK_SCALAR = /^[|>][-+0-9]*$/;

/** A content line split up: indent, list dash, column of its content, key and the rest after 'key:'. */
export function parseLine(text) {
  const indent = /^ */.exec(text)[0].length;
  let body = text.slice(indent);
  if (!body.trim() || body.startsWith("#")) return null;
  let dash = false;
  let col = indent;
  const d = /^-(?: +|$)/.exec(body);
  if (d) {
    dash = true;
    col += d[0].length;
    body = body.slice(d[0].length);
  }
  const k = KEY.exec(body);
  const key = k ? k[1].replace(/^["']|["']$/g, "") : null;
  const rest = k ? stripComment(body.slice(k[0].length)).trim() : "";
  return { indent, dash, col, key, rest, body };
}

function stripComment(text) {
  const m = /(^|\s)#/.exec(text);
  return m ? text.slice(0, m.index) : text;
}

/** True if the key opens a nested block (nothing after the colon, or a block scalar like '>-'). */
function opens(p) {
  return p.key !== null && (p.rest === "" || BLOCK_SCALAR.test(p.rest));
}

/**
 * The steps from the root to the container of content at column `col` on line `n` (0-based):
 * [{key}, {item: true}, ...]. `dashCol` is the column of a list dash on that line (or null).
 * Returns null inside a multi-line text value, where no key can start.
 */
export function ancestors(lines, n, col, dashCol) {
  const steps = [];
  let target = col;
  let afterDash = false;
  if (dashCol !== null && dashCol !== undefined) {
    steps.push({ item: true });
    target = dashCol;
    afterDash = true;
  }
  for (let i = n - 1; i >= 0 && (target > 0 || afterDash); i--) {
    const p = parseLine(lines[i]);
    if (!p) continue;
    if (p.dash && p.indent < target) {
      if (p.key !== null && p.col < target) {
        if (!opens(p)) return null;
        steps.push({ key: p.key });
      }
      steps.push({ item: true });
      target = p.indent;
      afterDash = true;
    } else if (p.dash && p.indent === target && afterDash) {
      continue; // an earlier item of the same list
    } else if (!p.dash && p.indent < target || (afterDash && !p.dash && p.indent === target)) {
      if (p.key === null) return null;
      if (!opens(p)) return null;
      if (BLOCK_SCALAR.test(p.rest)) return null;
      steps.push({ key: p.key });
      target = p.indent;
      afterDash = false;
      if (target === 0) break;
    }
  }
  return steps.reverse();
}

/** Walk the completion model along the steps: {shape} for a mapping, {list} for a list of plain values. */
export function resolve(model, steps) {
  if (!steps) return null;
  let shape = model.shapes[model.root];
  let field = null;
  for (const step of steps) {
    if (step.key !== undefined) {
      field = shape && shape[step.key];
      if (!field) return null;
      shape = field.t === "map" ? model.shapes[field.shape] : null;
    } else {
      if (!field || field.t !== "list") return null;
      if (field.item) {
        shape = model.shapes[field.item];
        field = null;
      } else {
        return { list: field };
      }
    }
  }
  return shape ? { shape } : null;
}

/** The field spec of `key` anywhere in the model (used when the context cannot be resolved). */
function anyField(model, key) {
  for (const shape of Object.values(model.shapes)) if (shape[key]) return shape[key];
  return null;
}

/** The schema field of the key on line `n` (0-based), parsed as `p`. */
export function fieldOf(model, lines, n, p) {
  const where = resolve(model, ancestors(lines, n, p.col, p.dash ? p.indent : null));
  return (where && where.shape && where.shape[p.key]) || anyField(model, p.key);
}

/** What Enter puts at the start of the new line, given the text before the cursor on line `n`. */
export function newLinePrefix(model, lines, n, before) {
  const p = parseLine(before);
  const spaces = (k) => " ".repeat(k);
  if (!p) return spaces(/^ */.exec(before)[0].length);
  if (p.key !== null && p.rest === "") {
    const field = fieldOf(model, lines, n, p);
    return spaces(p.col + 2) + (field && field.t === "list" ? "- " : "");
  }
  if (p.key !== null && BLOCK_SCALAR.test(p.rest)) return spaces(p.col + 2);
  if (p.key !== null) return spaces(p.col);
  if (p.dash) return spaces(p.indent) + (p.body.trim() ? "- " : "");
  return spaces(p.indent);
}

/** Keys already written in the mapping whose keys start at column `col`, around line `n` (0-based). */
export function siblingKeys(lines, n, col, newItem) {
  const keys = new Set();
  for (let i = n - 1; i >= 0 && !newItem; i--) {
    const p = parseLine(lines[i]);
    if (!p) continue;
    if (p.dash && p.indent < col) {
      if (p.col === col && p.key !== null) keys.add(p.key);
      break;
    }
    if (p.indent < col) break;
    if (!p.dash && p.indent === col && p.key !== null) keys.add(p.key);
  }
  for (let i = n + 1; i < lines.length; i++) {
    const p = parseLine(lines[i]);
    if (!p) continue;
    if (p.indent < col) break;
    if (!p.dash && p.indent === col && p.key !== null) keys.add(p.key);
  }
  return keys;
}

const KEY_POS = /^( *)(- +)?([^\s:#]*)$/;
const VALUE_POS = /^( *)(- +)?([^\s:#\-[\]{}'",][^:#]*?)\s*:\s+(.*)$/;

/**
 * What can be completed at the end of `before` (the text of line `n` up to the cursor):
 * {kind: 'key', word, shape} or {kind: 'value', word, field}; null when nothing fits.
 */
export function completionContext(model, lines, n, before) {
  let m = KEY_POS.exec(before);
  if (m) {
    const dashCol = m[2] ? m[1].length : null;
    const col = m[1].length + (m[2] ? m[2].length : 0);
    const where = resolve(model, ancestors(lines, n, col, dashCol));
    if (!where) return null;
    if (where.list) return { kind: "value", word: m[3], field: where.list };
    const taken = siblingKeys(lines, n, col, dashCol !== null);
    const shape = Object.fromEntries(Object.entries(where.shape).filter(([key]) => !taken.has(key)));
    return { kind: "key", word: m[3], shape };
  }
  m = VALUE_POS.exec(before);
  if (!m) return null;
  const dashCol = m[2] ? m[1].length : null;
  const col = m[1].length + (m[2] ? m[2].length : 0);
  const where = resolve(model, ancestors(lines, n, col, dashCol));
  const field = where && where.shape && where.shape[m[3]];
  if (!field) return null;
  let value = m[4];
  if (value.startsWith("[")) value = /[^,[]*$/.exec(value)[0].replace(/^ +/, "");
  else if (field.t === "list") return null;
  return { kind: "value", word: value, field };
}

/**
 * The column of the list dash of the item whose fields start at column `col`, for a new line `n` (0-based)
 * that is still empty: the nearest content line above at a smaller indent is `- key: ...` with its key at
 * `col`. Null when `col` is not a list item's field column. A `-` typed there starts the next item of that list.
 */
export function itemDashColumn(lines, n, col) {
  for (let i = n - 1; i >= 0; i--) {
    const p = parseLine(lines[i]);
    if (!p) continue;
    if (p.indent >= col) continue; // a field of the item, or deeper content
    if (p.dash && p.col === col && p.indent < col) return p.indent;
    return null;
  }
  return null;
}
