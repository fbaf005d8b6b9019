/* Praatplaat HTML export: hover/focus shows a short detail, click/Enter/Space selects (the element and
   everything linked light up, the rest fades, the details panel shows the full text), Escape clears.
   ROOT is replaced by the export's unique root class/id. No dependencies, no network. */
(function () {
  "use strict";
  var root = document.getElementById("ROOT");
  if (!root) return;
  var data = JSON.parse(root.querySelector("script[data-pp]").textContent);
  /* One picture per view (a wide and, for narrow screens, a tall one, only one of them shown): each
     stage has its own tooltip and shares its view's details panel. */
  Array.prototype.forEach.call(root.querySelectorAll(".ROOT-stage"), setup);

  function setup(stage) {
    var view = stage.parentNode;
    var svg = stage.querySelector("svg.pp-svg");
    var tip = stage.querySelector(".ROOT-tip");
    var panel = view.querySelector(".ROOT-details");
    var spots = Array.prototype.slice.call(stage.querySelectorAll(".pp-hs"));
    var painted = Array.prototype.slice.call(stage.querySelectorAll(".pp-paint [data-ref]"));
    var byRef = {};
    var boxes = spots.map(function (el) {
      var area = el.querySelector(".pp-area");
      var b = { el: el, x: +area.getAttribute("x"), y: +area.getAttribute("y"),
                w: +area.getAttribute("width"), h: +area.getAttribute("height") };
      b.size = b.w * b.h;
      byRef[el.getAttribute("data-ref")] = el;
      return b;
    });
    var selected = null, hovered = null, hideTimer = null;

    function ref(el) { return el.getAttribute("data-ref"); }

    function spotAt(evt) {
      var m = svg.getScreenCTM();
      if (!m) return null;
      var pt = svg.createSVGPoint();
      pt.x = evt.clientX; pt.y = evt.clientY;
      var p = pt.matrixTransform(m.inverse()), best = null;
      boxes.forEach(function (b) {
        if (p.x >= b.x && p.x <= b.x + b.w && p.y >= b.y && p.y <= b.y + b.h && (!best || b.size < best.size)) best = b;
      });
      return best && best.el;
    }

    function short(text) {
      var first = (text || "").split("\n")[0];
      return first.length > 160 ? first.slice(0, 159).replace(/\s+\S*$/, "") + "…" : first;
    }

    function showTip(el) {
      clearTimeout(hideTimer);
      if (hovered && hovered !== el) hovered.classList.remove("ROOT-hover");
      hovered = el;
      el.classList.add("ROOT-hover");
      var d = data[ref(el)] || {};
      tip.textContent = "";
      var name = document.createElement("strong");
      name.textContent = d.l || "";
      tip.appendChild(name);
      var detail = short(d.d);
      if (detail) tip.appendChild(document.createTextNode(detail));
      tip.hidden = false;
      var s = stage.getBoundingClientRect(), r = el.querySelector(".pp-area").getBoundingClientRect();
      var left = Math.max(0, Math.min(r.left - s.left, s.width - tip.offsetWidth));
      var top = r.bottom - s.top + 8;
      if (top + tip.offsetHeight > s.height && r.top - s.top - tip.offsetHeight - 8 >= 0) {
        top = r.top - s.top - tip.offsetHeight - 8;
      }
      tip.style.left = left + "px";
      tip.style.top = top + "px";
    }

    function hideTip() {
      clearTimeout(hideTimer);
      if (hovered) hovered.classList.remove("ROOT-hover");
      hovered = null;
      tip.hidden = true;
    }

    function para(parent, tag, text, cls) {
      var node = document.createElement(tag);
      node.textContent = text;
      if (cls) node.className = cls;
      parent.appendChild(node);
      return node;
    }

    function fillPanel(r) {
      panel.textContent = "";
      if (!r) { para(panel, "p", data._words.empty); return; }
      var d = data[r];
      para(panel, "p", d.k, "ROOT-dkind");
      para(panel, "p", d.l, "ROOT-dname");
      var list = null;
      (d.d || "").split("\n").forEach(function (line) {
        if (!line) return;
        if (line.indexOf("• ") === 0) {
          if (!list) list = para(panel, "ul", "");
          para(list, "li", line.slice(2));
        } else { list = null; para(panel, "p", line); }
      });
      var linked = (d.n || []).filter(function (x) { return data[x]; });
      if (linked.length) {
        para(panel, "p", data._words.linked);
        var ul = para(panel, "ul", "");
        linked.forEach(function (x) { para(ul, "li", data[x].k + ": " + data[x].l); });
      }
      var clear = para(panel, "button", data._words.clear, "ROOT-clear");
      clear.type = "button";
      clear.addEventListener("click", function () {
        var back = byRef[selected];
        select(null);
        if (back) back.focus();
      });
    }

    function select(r) {
      selected = r && data[r] ? r : null;
      var lit = {};
      if (selected) (data[selected].h || []).forEach(function (x) { lit[x] = true; });
      svg.classList.toggle("ROOT-sel", !!selected);
      painted.forEach(function (el) { el.classList.toggle("ROOT-lit", !!lit[ref(el)]); });
      spots.forEach(function (el) {
        var me = ref(el) === selected;
        el.classList.toggle("ROOT-cur", me);
        el.classList.toggle("ROOT-lit", !me && !!lit[ref(el)]);
        el.setAttribute("aria-pressed", me ? "true" : "false");
      });
      fillPanel(selected);
    }

    svg.addEventListener("mousemove", function (e) {
      var el = spotAt(e);
      svg.style.cursor = el ? "pointer" : "";
      if (el && el !== hovered) showTip(el);
      else if (!el && hovered && document.activeElement !== hovered) hideTip();
    });
    svg.addEventListener("mouseleave", function () {
      hideTimer = setTimeout(hideTip, 400);
    });
    tip.addEventListener("mouseenter", function () { clearTimeout(hideTimer); });
    tip.addEventListener("mouseleave", hideTip);
    svg.addEventListener("click", function (e) {
      var el = (e.target.closest && e.target.closest(".pp-hs")) || spotAt(e);
      if (!el) { select(null); return; }
      select(ref(el) === selected ? null : ref(el));
      el.focus({ preventScroll: true });
    });
    spots.forEach(function (el) {
      el.addEventListener("focus", function () { showTip(el); });
      el.addEventListener("blur", function () { if (hovered === el) hideTip(); });
      el.addEventListener("keydown", function (e) {
        if (e.key === "Enter" || e.key === " " || e.key === "Spacebar") {
          e.preventDefault();
          select(ref(el) === selected ? null : ref(el));
        }
      });
    });
    view.addEventListener("keydown", function (e) {
      if (e.key === "Escape" || e.key === "Esc") {
        hideTip();
        if (selected) select(null);
      }
    });
    fillPanel(null);
  }
})();
