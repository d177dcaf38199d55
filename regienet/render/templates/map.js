/* regienet map: tooltips, search and filters over vis-network.
 *
 * Safety: every string from the data reaches the page through textContent or
 * createTextNode, never innerHTML; the data itself is parsed from a JSON
 * block (never evaluated). Ids in the page are synthetic (n0, e0 ...).
 * window.regienetMap exposes the network for tests and curious analysts.
 */
(function () {
  "use strict";
  // The page data is packed (regienet.render.map.pack_map_data): styles in
  // tables, tooltip strings in one list referred to by position. unpack()
  // gives back the nodes and edges exactly as map_data built them; a tooltip
  // is resolved when it is shown (info()), so a big map holds each string once.
  function unpack(raw) {
    if (raw.format !== 1) { throw new Error("regienet: unknown map data format " + raw.format); }
    function rows(list, styles, keys) {
      return list.map(function (row) {
        var item = {};
        var style = styles[row[row.length - 1]];
        for (var k in style) { if (Object.prototype.hasOwnProperty.call(style, k)) { item[k] = style[k]; } }
        keys.forEach(function (key, i) { item[key] = row[i]; });
        return item;
      });
    }
    return {
      raw: raw,
      nodes: rows(raw.nodes, raw.nodeStyles, ["id", "label", "x", "y"]),
      edges: rows(raw.edges, raw.edgeStyles, ["id", "from", "to"]),
      municipalities: raw.municipalities,
      layers: raw.layers,
      strings: raw.strings,
      options: raw.options
    };
  }
  var data = unpack(JSON.parse(document.getElementById("regienet-data").textContent));
  function resolve(value) {
    if (value === null || typeof value === "boolean") { return value; }
    if (typeof value === "number") { return data.raw.text[value]; }
    if (Array.isArray(value)) { return value.map(resolve); }
    var out = {};
    for (var k in value) { if (Object.prototype.hasOwnProperty.call(value, k)) { out[k] = resolve(value[k]); } }
    return out;
  }
  function info(id) {
    var packed = data.raw.info[id];
    return packed === undefined ? null : resolve(packed);
  }
  var S = data.strings;
  // vis fills in defaults inside the objects it is given (a node's scaling, say): give it copies,
  // so that data.nodes and data.edges stay exactly what map_data built
  var nodes = new vis.DataSet(JSON.parse(JSON.stringify(data.nodes)));
  var edges = new vis.DataSet(JSON.parse(JSON.stringify(data.edges)));
  var container = document.getElementById("map");
  var tip = document.getElementById("tooltip");
  var state = { drawn: false, drawnAt: null, pinned: null, municipality: "", layers: {} };
  data.layers.forEach(function (l) { state.layers[l.id] = true; });

  var network = new vis.Network(container, { nodes: nodes, edges: edges }, data.options);
  // Labels are measured at the first drawing: fit the view then (with a small
  // margin), and call the map "drawn" once that fitted picture is on screen.
  var fitted = false;
  // Our own fit, not network.fit(): vis leaves 5 % of the view empty on every side,
  // and on a 1024 x 768 projector every pixel goes to the labels. FIT_MARGIN px round the
  // bounding boxes (labels included) of the nodes shown.
  var FIT_MARGIN = 14, MAX_ZOOM = 2.5;
  function fitView(ids) {
    var x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    (ids || nodes.getIds()).forEach(function (id) {
      var b = network.getBoundingBox(id);
      if (!b) { return; }
      x0 = Math.min(x0, b.left); x1 = Math.max(x1, b.right);
      y0 = Math.min(y0, b.top); y1 = Math.max(y1, b.bottom);
    });
    if (!(x1 >= x0 && y1 >= y0)) { return null; }
    var w = Math.max(container.clientWidth - 2 * FIT_MARGIN, 1), h = Math.max(container.clientHeight - 2 * FIT_MARGIN, 1);
    var scale = Math.min(w / Math.max(x1 - x0, 1), h / Math.max(y1 - y0, 1), MAX_ZOOM);
    return { position: { x: (x0 + x1) / 2, y: (y0 + y1) / 2 }, scale: scale };
  }
  function fitAll(ids) {
    var v = fitView(ids);
    if (!v) { network.fit({ animation: false, maxZoomLevel: MAX_ZOOM }); return; }
    network.moveTo({ position: v.position, scale: v.scale, animation: false });
  }
  // The first drawing is not thrown away (issue 28): before it, the view is set from the nodes' positions and
  // an estimate of their labels; after it, the exact fit (labels measured) replaces it only when
  // the first view cuts something off or is more than 4 % smaller. On a big map a drawing costs seconds, and
  // the old way drew everything twice.
  var estimated = null;
  function estimateFit() {
    var x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    var base = (data.options.nodes && data.options.nodes.font && data.options.nodes.font.size) || 14;
    data.nodes.forEach(function (n) {
      var font = (n.font && n.font.size) || base;
      var lines = String(n.label || "").split("\n");
      var chars = Math.max.apply(null, lines.map(function (l) { return l.length; }));
      var w, top, bottom;
      if (n.shape === "box") {
        var m = n.margin || 5;
        w = chars * font * 0.6 / 2 + m; top = n.y - lines.length * font * 0.56 - m; bottom = n.y + lines.length * font * 0.56 + m;
      } else {
        var r = (n.size || 25) * (n.shape === "star" ? 1.3 : 1);
        w = Math.max(r, chars * font * 0.3); top = n.y - r; bottom = n.y + r + 4 + lines.length * font * 1.12;
      }
      x0 = Math.min(x0, n.x - w); x1 = Math.max(x1, n.x + w); y0 = Math.min(y0, top); y1 = Math.max(y1, bottom);
    });
    if (!(x1 >= x0 && y1 >= y0)) { return null; }
    var w = Math.max(container.clientWidth - 2 * FIT_MARGIN, 1), h = Math.max(container.clientHeight - 2 * FIT_MARGIN, 1);
    var scale = Math.min(w / Math.max(x1 - x0, 1), h / Math.max(y1 - y0, 1), MAX_ZOOM);
    return { position: { x: (x0 + x1) / 2, y: (y0 + y1) / 2 }, scale: scale };
  }
  estimated = estimateFit();
  if (estimated) { network.moveTo({ position: estimated.position, scale: estimated.scale, animation: false }); }
  state.firstDrawKept = false;
  // the first drawing's view holds everything the exact fit holds, at no less than 96 % of its scale
  function firstViewFits(exact) {
    var scale = network.getScale(), at = network.getViewPosition();
    if (!exact || scale > exact.scale * 1.0001 || scale < exact.scale * 0.96) { return false; }
    var slackX = (container.clientWidth / scale - container.clientWidth / exact.scale) / 2;
    var slackY = (container.clientHeight / scale - container.clientHeight / exact.scale) / 2;
    return Math.abs(at.x - exact.position.x) <= slackX + 0.5 && Math.abs(at.y - exact.position.y) <= slackY + 0.5;
  }
  network.on("afterDrawing", function onDraw() {
    if (!fitted) {
      fitted = true;
      var exact = fitView();
      if (!firstViewFits(exact)) { fitAll(); return; }  // redrawn at the exact fit: wait for that drawing
      state.firstDrawKept = true;
    }
    network.off("afterDrawing", onDraw);
    state.drawn = true;
    state.drawnAt = performance.now();
    document.documentElement.setAttribute("data-state", "drawn");
  });

  // ------------------------------------------------------------ tooltips (text only)
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }
  function clear(node) { while (node.firstChild) { node.removeChild(node.firstChild); } }

  function fill(id, pinned) {
    var it = info(id);
    clear(tip);
    if (!it) { return false; }
    if (pinned) { tip.appendChild(el("div", "tt-pin", S.pinned)); }
    tip.appendChild(el("div", "tt-title", it.title));
    if (it.sub) { tip.appendChild(el("div", "tt-sub", it.sub)); }
    it.sections.forEach(function (sec) {
      tip.appendChild(el("div", "tt-h", sec.h));
      if (sec.rows) {
        var dl = el("dl");
        sec.rows.forEach(function (r) {
          dl.appendChild(el("dt", null, r[0]));
          dl.appendChild(el("dd", null, r[1]));
        });
        tip.appendChild(dl);
      }
      if (sec.lines) {
        var ul = el("ul");
        sec.lines.forEach(function (l) {
          var li = el("li", l[2] || null);
          if (l[0]) {
            li.appendChild(el("b", null, l[0]));
            li.appendChild(document.createTextNode(" "));
          }
          li.appendChild(document.createTextNode(l[1]));
          ul.appendChild(li);
        });
        tip.appendChild(ul);
      }
    });
    return true;
  }

  function show(id, pointer, pinned) {
    if (!fill(id, pinned)) { return; }
    tip.className = pinned ? "pinned" : "";
    tip.hidden = false;
    var r = container.getBoundingClientRect();
    var x = r.left + pointer.x, y = r.top + pointer.y;
    var w = tip.offsetWidth, h = tip.offsetHeight;
    var left = x + 18, top = y + 18;
    if (left + w > window.innerWidth - 8) { left = Math.max(8, x - w - 18); }
    if (top + h > window.innerHeight - 8) { top = Math.max(8, window.innerHeight - h - 8); }
    tip.style.left = left + "px";
    tip.style.top = top + "px";
  }
  function hide() { if (!state.pinned) { tip.hidden = true; } }
  function pin(id, pointer) { state.pinned = id; show(id, pointer, true); }
  function unpin() { state.pinned = null; tip.hidden = true; tip.className = ""; }
  function nodeDOM(id) { return network.canvasToDOM(network.getPosition(id)); }
  function centre() { return { x: container.clientWidth / 2, y: container.clientHeight / 3 }; }

  network.on("hoverNode", function (p) { if (!state.pinned) { show(p.node, p.pointer.DOM, false); } });
  network.on("blurNode", hide);
  network.on("hoverEdge", function (p) { if (!state.pinned) { show(p.edge, p.pointer.DOM, false); } });
  network.on("blurEdge", hide);
  network.on("click", function (p) {
    if (p.nodes.length) { pin(p.nodes[0], p.pointer.DOM); }
    else if (p.edges.length) { pin(p.edges[0], p.pointer.DOM); }
    else { unpin(); }
  });
  network.on("dragStart", function () { if (!state.pinned) { tip.hidden = true; } });
  document.addEventListener("keydown", function (e) { if (e.key === "Escape") { unpin(); } });

  // ------------------------------------------------------------ search
  function norm(s) { return String(s).normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase(); }
  var index = data.nodes.map(function (n) {
    var packed = data.raw.info[n.id];
    var title = resolve(packed.title), sub = resolve(packed.sub);
    return { id: n.id, key: norm(title), title: title, kind: String(sub || "").split(" · ")[0] };
  });
  var search = document.getElementById("search");
  var results = document.getElementById("results");

  function focusNode(id) {
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 1.1), animation: false });
    pin(id, nodeDOM(id));
  }
  search.addEventListener("input", function () {
    var q = norm(search.value.trim());
    clear(results);
    if (!q) { results.hidden = true; return; }
    var found = [];
    for (var i = 0; i < index.length && found.length < 15; i++) {
      var item = nodes.get(index[i].id);
      if (index[i].key.indexOf(q) !== -1 && item && !item.hidden) { found.push(index[i]); }
    }
    if (!found.length) { results.appendChild(el("li", "none", S.noMatch)); }
    found.forEach(function (h) {
      var li = el("li");
      var b = el("button");
      b.type = "button";
      b.appendChild(document.createTextNode(h.title + " "));
      b.appendChild(el("span", "kind", h.kind));
      b.addEventListener("click", function () { focusNode(h.id); });
      li.appendChild(b);
      results.appendChild(li);
    });
    results.hidden = false;
  });
  search.addEventListener("keydown", function (e) {
    if (e.key === "Enter") {
      var first = results.querySelector("button");
      if (first) { first.click(); }
    }
  });

  // ------------------------------------------------------------ filters
  function visibleNodes() {
    if (state.municipality === "") { return null; }
    var set = {};
    data.municipalities[Number(state.municipality)].nodes.forEach(function (id) { set[id] = true; });
    return set;
  }
  function applyFilters(fit) {
    var only = visibleNodes();
    var mi = state.municipality === "" ? null : Number(state.municipality);
    nodes.update(data.nodes.map(function (n) { return { id: n.id, hidden: only ? !only[n.id] : false }; }));
    edges.update(data.edges.map(function (e) {
      // a line of the region view stands for ties of several layers: shown while any of them is ticked
      var hidden = e.layers ? !e.layers.some(function (l) { return state.layers[l]; }) : !state.layers[e.layer];
      if (!hidden && only && (!only[e.from] || !only[e.to])) { hidden = true; }
      if (!hidden && mi !== null && e.ms && e.ms.indexOf(mi) === -1) { hidden = true; }
      return { id: e.id, hidden: hidden };
    }));
    if (fit) {
      // a municipality of the region map: zoom to it (its town hall and the actors round it), not to the
      // whole ring of regional actors it shares, so that its labels can be read (issue 28)
      var core = mi !== null ? data.municipalities[mi].core : null;
      var ids = core && core.length ? core
        : data.nodes.filter(function (n) { return !only || only[n.id]; }).map(function (n) { return n.id; });
      fitAll(ids);
    }
  }
  var select = document.getElementById("municipality");
  if (select) {
    select.addEventListener("change", function () {
      state.municipality = select.value;
      unpin();
      applyFilters(true);
      if (!textView.hidden) { buildText(); }
    });
  }
  Array.prototype.forEach.call(document.querySelectorAll("input[data-layer]"), function (box) {
    box.addEventListener("change", function () {
      state.layers[box.getAttribute("data-layer")] = box.checked;
      applyFilters(false);
      if (!textView.hidden) { buildText(); }
    });
  });

  // ------------------------------------------------------------ the map as text (issue 28): tables of the
  // actors and of the ties and gaps in view (the municipality filter and the layer boxes apply), built from
  // the tooltips' own text when the view opens, filtered as you type; the summary paragraph is in the page.
  var textView = document.getElementById("text-view");
  // the tooltip rows that hold an actor's municipality and (region view) a municipality's level
  var alt = { municipality: textView.getAttribute("data-municipality-key"), level: textView.getAttribute("data-level-key") };
  var toggle = document.getElementById("text-toggle");
  var filter = document.getElementById("text-filter");
  var MAX_ROWS = 2000;
  var listed = null;
  function cell(tr, text, head) {
    var c = el(head ? "th" : "td", null, text);
    if (head) { c.scope = "row"; }
    tr.appendChild(c);
  }
  function rowsOf(it, key) {
    var found = "";
    (it.sections || []).forEach(function (sec) {
      (sec.rows || []).forEach(function (r) { if (!found && r[0] === key) { found = r[1]; } });
    });
    return found;
  }
  function buildText() {
    var q = norm(filter.value.trim());
    var capped = false;
    var body = document.querySelector("#actors-table tbody");
    clear(body);
    var n = 0;
    // the actors by name, their tooltips resolved once (the first time the view opens)
    listed = listed || data.nodes.map(function (node) { return { node: node, it: info(node.id) }; })
      .filter(function (x) { return x.it; })
      .sort(function (a, b) { return String(a.it.title).localeCompare(String(b.it.title)); });
    listed.forEach(function (x) {
      var node = x.node, it = x.it;
      var shown = nodes.get(node.id);
      if (!shown || shown.hidden) { return; }
      var where = rowsOf(it, alt.municipality);
      var level = alt.level ? rowsOf(it, alt.level) : null;
      if (q && norm([it.title, it.sub, where, level || ""].join(" ")).indexOf(q) === -1) { return; }
      n += 1;
      if (n > MAX_ROWS) { capped = true; return; }
      var tr = el("tr");
      cell(tr, it.title, true);
      cell(tr, it.sub || "");
      cell(tr, where);
      if (alt.level) { cell(tr, level || ""); }
      body.appendChild(tr);
    });
    document.getElementById("actors-count").textContent = "(" + n + ")";
    body = document.querySelector("#ties-table tbody");
    clear(body);
    var m = 0;
    data.edges.forEach(function (edge) {
      var shown = edges.get(edge.id);
      if (!shown || shown.hidden) { return; }
      var it = info(edge.id);
      if (!it) { return; }
      if (q && norm(it.title + " " + (it.sub || "")).indexOf(q) === -1) { return; }
      m += 1;
      if (m > MAX_ROWS) { capped = true; return; }
      var tr = el("tr");
      cell(tr, it.title, true);
      cell(tr, it.sub || "");
      body.appendChild(tr);
    });
    document.getElementById("ties-count").textContent = "(" + m + ")";
    document.getElementById("text-capped").hidden = !capped;
  }
  function showText(on) {
    textView.hidden = !on;
    document.body.classList.toggle("text-mode", on);
    toggle.setAttribute("aria-expanded", on ? "true" : "false");
    toggle.textContent = on ? toggle.getAttribute("data-map") : toggle.getAttribute("data-text");
    if (on) { unpin(); buildText(); filter.focus(); }
  }
  toggle.addEventListener("click", function () { showText(textView.hidden); });
  filter.addEventListener("input", buildText);

  window.regienetMap = {
    network: network,
    nodes: nodes,
    edges: edges,
    state: state,
    nodeDOM: nodeDOM,
    data: data,
    info: info,
    showInfo: function (id) {
      show(id, nodes.get(id) ? nodeDOM(id) : centre(), false);
      return tip.textContent;
    },
    hideInfo: unpin,
    showText: showText
  };
})();
