/* The studio's picture: see components/svgview.py for what it does and the data it gets. */
const NEXT = new Set(["ArrowRight", "ArrowDown", "PageDown", " ", "Spacebar", "Enter"]);
const PREV = new Set(["ArrowLeft", "ArrowUp", "PageUp", "Backspace"]);

function build(host) {
  const root = document.createElement("div");
  root.className = "pp";
  root.innerHTML = '<div class="pp-stage" role="group"><div class="pp-pic"></div>' +
    '<div class="pp-tip" role="tooltip" hidden></div>' +
    '<div class="pp-card" role="status" aria-live="polite" hidden><p class="pp-where"></p>' +
    '<p class="pp-title"></p><p class="pp-body"></p></div><div class="pp-keys" hidden><span></span>' +
    '<button type="button" class="pp-leave"></button></div></div>';
  host.appendChild(root);
  const s = { host, root, stage: root.firstChild, pic: root.querySelector(".pp-pic"),
              tip: root.querySelector(".pp-tip"), card: root.querySelector(".pp-card"),
              keys: root.querySelector(".pp-keys"), svgText: null, spots: {}, boxes: [], byRef: {},
              painted: [], selected: null, fade: true, hovered: null, pending: null, gen: 0, index: -1, slides: null,
              listeners: [] };
  const on = (target, type, fn, opts) => { target.addEventListener(type, fn, opts); s.listeners.push([target, type, fn, opts]); };
  on(s.stage, "mousemove", (e) => hover(s, e));
  on(s.stage, "mouseleave", () => hideTip(s));
  on(s.stage, "click", (e) => click(s, e));
  on(root.querySelector(".pp-leave"), "click", (e) => { e.stopPropagation(); s.trigger("leave", true); });
  on(s.stage, "keydown", (e) => {
    const spot = e.target.closest && e.target.closest(".pp-hs");
    if (spot && !s.slides && (e.key === "Enter" || e.key === " ")) { e.preventDefault(); choose(s, spot.dataset.ref); }
    if (!s.slides && (e.key === "Escape" || e.key === "Esc") && s.selected) { e.stopPropagation(); choose(s, null); }
  });
  on(s.stage, "focusin", (e) => { const spot = e.target.closest && e.target.closest(".pp-hs"); if (spot) showTip(s, spot); });
  on(s.stage, "focusout", () => hideTip(s));
  on(window, "keydown", (e) => projectorKey(s, e), true);
  on(window, "resize", () => { if (s.slides) fit(s.card); });
  s.stop = () => s.listeners.forEach(([t, type, fn, opts]) => t.removeEventListener(type, fn, opts));
  return s;
}

function setPicture(s, svg, spots) {
  s.spots = spots || {};
  if (svg === s.svgText) return;
  const focused = s.host.activeElement && s.host.activeElement.closest && s.host.activeElement.closest(".pp-hs");
  const again = focused ? focused.dataset.ref : null;
  s.svgText = svg;
  const next = document.createElement("template");
  next.innerHTML = svg;
  const fresh = next.content.firstElementChild;
  if (s.svg && fresh) morph(s.svg, fresh);
  else s.pic.replaceChildren(...next.content.childNodes);
  s.svg = s.pic.querySelector("svg");
  s.byRef = {};
  s.boxes = [...s.pic.querySelectorAll(".pp-hs")].map((el) => {
    const a = el.querySelector(".pp-area");
    const b = { el, x: +a.getAttribute("x"), y: +a.getAttribute("y"), w: +a.getAttribute("width"), h: +a.getAttribute("height") };
    b.size = b.w * b.h;
    s.byRef[el.dataset.ref] = el;
    return b;
  });
  s.painted = [...s.pic.querySelectorAll(".pp-paint [data-ref]")];
  s.hovered = null;
  s.tip.hidden = true;
  paint(s);
  if (again && s.byRef[again]) s.byRef[again].focus({ preventScroll: true });
}

/** Make the live node equal to ``next`` (a parse of the new picture), changing only what differs: an edit then
 * costs the browser only the parts of the picture it changed, not a whole new picture to lay out and paint. */
function morph(live, next) {
  if (live.isEqualNode(next)) return;  // (native) most of the picture is as it was
  if (live.nodeType !== next.nodeType || live.nodeName !== next.nodeName) {
    live.replaceWith(next);
    return;
  }
  if (live.nodeType !== Node.ELEMENT_NODE) {
    if (live.nodeValue !== next.nodeValue) live.nodeValue = next.nodeValue;
    return;
  }
  for (const a of [...live.attributes]) {
    if (!next.hasAttributeNS(a.namespaceURI, a.localName)) live.removeAttributeNS(a.namespaceURI, a.localName);
  }
  for (const a of next.attributes) {
    if (live.getAttributeNS(a.namespaceURI, a.localName) !== a.value) live.setAttributeNS(a.namespaceURI, a.name, a.value);
  }
  let mine = live.firstChild;
  for (let theirs = next.firstChild; theirs; ) {
    const following = theirs.nextSibling;  // read first: appending moves ``theirs`` out of ``next``
    if (mine) {
      const after = mine.nextSibling;
      morph(mine, theirs);
      mine = after;
    } else live.appendChild(theirs);
    theirs = following;
  }
  while (mine) {
    const after = mine.nextSibling;
    mine.remove();
    mine = after;
  }
}

function paint(s) {
  if (!s.svg) return;
  const sel = s.selected && s.spots[s.selected] ? s.selected : null;
  const lit = new Set(sel ? s.spots[sel][2] : []);
  s.svg.classList.toggle("is-sel", !!sel && s.fade);  // a quiet selection (an element just added) fades nothing
  s.painted.forEach((el) => el.classList.toggle("is-lit", lit.has(el.dataset.ref)));
  s.boxes.forEach(({ el }) => {
    const me = el.dataset.ref === sel;
    el.classList.toggle("is-cur", me);
    el.classList.toggle("is-lit", !me && lit.has(el.dataset.ref));
    el.setAttribute("aria-pressed", me ? "true" : "false");
  });
}

function spotAt(s, e) {
  const m = s.svg && s.svg.getScreenCTM();
  if (!m) return null;
  const p = new DOMPoint(e.clientX, e.clientY).matrixTransform(m.inverse());
  let best = null;
  for (const b of s.boxes) {
    if (p.x >= b.x && p.x <= b.x + b.w && p.y >= b.y && p.y <= b.y + b.h && (!best || b.size < best.size)) best = b;
  }
  return best && best.el;
}

function hover(s, e) {
  const el = spotAt(s, e);
  s.stage.style.cursor = el ? "pointer" : "";
  if (el && el !== s.hovered) showTip(s, el);
  else if (!el && s.hovered) hideTip(s);
}

function short(text) {
  const first = (text || "").split("\n")[0];
  return first.length > 160 ? first.slice(0, 159).replace(/\s+\S*$/, "") + "…" : first;
}

function showTip(s, el) {
  if (s.slides) return;
  if (s.hovered && s.hovered !== el) s.hovered.classList.remove("is-hover");
  s.hovered = el;
  el.classList.add("is-hover");
  const spot = s.spots[el.dataset.ref] || ["", ""];
  s.tip.textContent = "";
  const name = document.createElement("strong");
  name.textContent = spot[0];
  s.tip.appendChild(name);
  const detail = short(spot[1]);
  if (detail) s.tip.appendChild(document.createTextNode(detail));
  s.tip.hidden = false;
  const st = s.stage.getBoundingClientRect(), r = el.querySelector(".pp-area").getBoundingClientRect();
  const left = Math.max(0, Math.min(r.left - st.left, st.width - s.tip.offsetWidth));
  let top = r.bottom - st.top + 8;
  if (top + s.tip.offsetHeight > st.height && r.top - st.top - s.tip.offsetHeight - 8 >= 0) {
    top = r.top - st.top - s.tip.offsetHeight - 8;
  }
  s.tip.style.left = left + "px";
  s.tip.style.top = top + "px";
}

function hideTip(s) {
  if (s.hovered) s.hovered.classList.remove("is-hover");
  s.hovered = null;
  s.tip.hidden = true;
}

function click(s, e) {
  const el = (e.target.closest && e.target.closest(".pp-hs")) || spotAt(s, e);
  const ref = el ? el.dataset.ref : null;
  if (s.slides) {
    const i = s.slides.findIndex((x) => x.ref === ref);
    if (i >= 0) show(s, i);
    return;
  }
  choose(s, ref && ref !== s.selected ? ref : null);
  if (el) el.focus({ preventScroll: true });
}

function choose(s, ref) {
  s.selected = ref;
  s.fade = true;
  s.pending = { ref, at: Date.now() };
  paint(s);
  s.trigger("select", ref || "");
}

// --- projector ----------------------------------------------------------------------------

function projectorKey(s, e) {
  if (!s.slides || e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
  const onLeave = e.composedPath()[0] === s.keys.lastChild;
  if (onLeave && (e.key === "Enter" || e.key === " ")) return;  // the focused way-back button does its own job
  let i = null;
  if (NEXT.has(e.key)) i = s.index + 1;
  else if (PREV.has(e.key)) i = s.index - 1;
  else if (e.key === "Home") i = 0;
  else if (e.key === "End") i = s.slides.length - 1;
  else if (e.key === "Escape" || e.key === "Esc") { e.preventDefault(); e.stopPropagation(); s.trigger("leave", true); return; }
  else return;
  e.preventDefault();
  e.stopPropagation();
  show(s, Math.max(0, Math.min(s.slides.length - 1, i)));
}

function show(s, i) {
  const slide = s.slides[i];
  if (!slide) return;
  s.index = i;
  const picture = s.pictures[slide.pic];
  setPicture(s, picture.svg, picture.spots);
  s.selected = slide.ref;
  s.fade = true;
  paint(s);
  s.card.querySelector(".pp-where").textContent = slide.where;
  s.card.querySelector(".pp-title").textContent = slide.title;
  const body = s.card.querySelector(".pp-body");
  body.textContent = slide.body;
  body.hidden = !slide.body;
  s.card.hidden = false;
  fit(s.card);
}

// The caption has its own band beside the picture (it never covers it); a long one is set smaller until it fits
// the band, down to 28 px for the explanation (readable from the back of the room), and scrolls beyond that.
function fit(card) {
  let scale = 1;
  card.style.setProperty("--fit", scale);
  while (card.scrollHeight > card.clientHeight && scale > 0.6) {
    scale -= 0.05;
    card.style.setProperty("--fit", scale);
  }
}

function project(s, p) {
  s.root.classList.add("pp-proj");
  s.keys.hidden = false;
  s.keys.firstChild.textContent = p.keys;
  s.keys.lastChild.textContent = p.leave;
  s.pictures = p.pictures;
  const same = s.slides && s.slides.length === p.slides.length && s.slides.every((x, i) => x.ref === p.slides[i].ref);
  const at = s.index >= 0 && s.slides ? s.slides[s.index].ref : p.start;
  s.slides = p.slides;
  const i = Math.max(0, s.slides.findIndex((x) => x.ref === at));
  if (!same || s.index < 0) s.index = -1;
  show(s, s.index >= 0 ? s.index : i);
}

export default function (component) {
  const { data, parentElement, setTriggerValue } = component;
  let s = parentElement.__pp;
  if (!s || !s.root.isConnected) s = parentElement.__pp = build(parentElement);
  const gen = ++s.gen;
  s.trigger = setTriggerValue;
  const c = data.colours || {};
  Object.entries(c).forEach(([k, v]) => s.root.style.setProperty("--pp-" + k, v));
  s.stage.setAttribute("aria-label", data.alt || "");
  if (data.projector) {
    project(s, data.projector);
  } else {
    setPicture(s, data.svg, data.spots);
    const p = s.pending;
    if (p && p.ref !== data.selected && Date.now() - p.at < 3000) {
      // a click that the server has not answered yet wins over the older state
    } else {
      s.pending = null;
      s.selected = data.selected || null;
      s.fade = data.fade !== false;
    }
    paint(s);
  }
  return () => {
    if (s.gen !== gen) return;  // a newer call owns the element
    s.stop();
    parentElement.__pp = null;
    s.root.remove();
  };
}
