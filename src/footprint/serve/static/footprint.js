// Footprint's map and timeline. Plain browser JavaScript, no libraries, no network
// beyond this server (and the tile server when the operator turned tiles on).
// Data from reports is only ever set with textContent or setAttribute, never parsed as HTML.
"use strict";

(function () {
  const SVG = "http://www.w3.org/2000/svg";
  const WORLD = 1000; // the projected world is WORLD × WORLD units (Web Mercator)
  const MAX_LAT = 85.05;

  function el(name, attrs, parent) {
    const node = document.createElementNS(SVG, name);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
    if (parent) parent.appendChild(node);
    return node;
  }

  function title(node, text) {
    const t = document.createElementNS(SVG, "title");
    t.textContent = text;
    node.appendChild(t);
  }

  function project(lon, lat) {
    const clamped = Math.max(-MAX_LAT, Math.min(MAX_LAT, lat));
    const phi = (clamped * Math.PI) / 180;
    const x = ((lon + 180) / 360) * WORLD;
    const y = ((1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2) * WORLD;
    return [x, y];
  }

  function unproject(x, y) {
    const lon = (x / WORLD) * 360 - 180;
    const n = Math.PI - (2 * Math.PI * y) / WORLD;
    const lat = (180 / Math.PI) * Math.atan(0.5 * (Math.exp(n) - Math.exp(-n)));
    return [lon, lat];
  }

  async function getJSON(url) {
    const response = await fetch(url, { headers: { Accept: "application/json" }, credentials: "same-origin" });
    const body = await response.json();
    if (!response.ok) {
      const message = body && body.error ? body.error.message : "request failed";
      throw new Error(message);
    }
    return body;
  }

  function sameOriginPath(url) {
    // only follow links the server gave us that stay on this server
    return typeof url === "string" && url.startsWith("/") && !url.startsWith("//") ? url : null;
  }

  // --- the map -------------------------------------------------------------------

  function MapView(svg) {
    this.svg = svg;
    this.layers = {
      tiles: svg.querySelector("g.tiles"),
      countries: svg.querySelector("g.countries"),
      cells: svg.querySelector("g.cells"),
      presences: svg.querySelector("g.presences"),
      markers: svg.querySelector("g.markers"),
    };
    this.view = { x: 0, y: 0, w: WORLD, h: WORLD };
    this.tileUrl = document.body.dataset.tiles || "";
    this.status = document.getElementById("map-status");
  }

  MapView.prototype.unitsPerPixel = function () {
    const width = this.svg.clientWidth || 800;
    return this.view.w / width;
  };

  MapView.prototype.apply = function () {
    const v = this.view;
    this.svg.setAttribute("viewBox", `${v.x} ${v.y} ${v.w} ${v.h}`);
    const u = this.unitsPerPixel();
    for (const node of this.svg.querySelectorAll("[data-rpx]")) {
      node.setAttribute("r", String(Number(node.dataset.rpx) * u));
    }
    for (const node of this.svg.querySelectorAll("rect[data-spx]")) {
      const s = Number(node.dataset.spx) * u;
      node.setAttribute("x", String(Number(node.dataset.cx) - s / 2));
      node.setAttribute("y", String(Number(node.dataset.cy) - s / 2));
      node.setAttribute("width", String(s));
      node.setAttribute("height", String(s));
    }
    if (this.tileUrl) this.drawTiles();
  };

  MapView.prototype.fit = function (points) {
    const width = this.svg.clientWidth || 800;
    const height = this.svg.clientHeight || 500;
    let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    for (const [x, y] of points) {
      x0 = Math.min(x0, x); y0 = Math.min(y0, y); x1 = Math.max(x1, x); y1 = Math.max(y1, y);
    }
    if (!points.length) {
      [x0, y0] = project(-20, 38); // West Africa and the Sahel when there is nothing to show
      [x1, y1] = project(45, -5);
    }
    const minSpan = 25;
    let w = Math.max(x1 - x0, minSpan) * 1.4;
    let h = Math.max(y1 - y0, minSpan) * 1.4;
    const aspect = width / height;
    if (w / h < aspect) w = h * aspect; else h = w / aspect;
    const cx = (x0 + x1) / 2, cy = (y0 + y1) / 2;
    this.view = { x: cx - w / 2, y: cy - h / 2, w: w, h: h };
    this.apply();
  };

  MapView.prototype.drawCountries = function (world) {
    const g = this.layers.countries;
    for (const c of world.countries) {
      const parts = [];
      for (const ring of c.rings) {
        let d = "";
        for (let i = 0; i < ring.length; i += 2) {
          const [x, y] = project(ring[i], ring[i + 1]);
          d += (i === 0 ? "M" : "L") + x.toFixed(2) + "," + y.toFixed(2);
        }
        parts.push(d + "Z");
      }
      const path = el("path", { d: parts.join(""), class: "country", "vector-effect": "non-scaling-stroke" }, g);
      if (c.iso) path.dataset.iso = c.iso;
      title(path, c.name || "");
    }
  };

  function markerClass(precision) {
    if (precision === "country" || precision === "unknown") return "m-country";
    if (precision === "region" || precision === "area") return "m-region";
    return "m-point";
  }

  MapView.prototype.drawEvents = function (data) {
    const g = this.layers.markers;
    const cells = this.layers.cells;
    g.replaceChildren();
    cells.replaceChildren();
    const placed = [];
    if (data.mode === "cells") {
      let max = 1;
      for (const c of data.cells) max = Math.max(max, c[2]);
      for (const [lat, lon, n] of data.cells) {
        const [x, y] = project(lon, lat);
        const circle = el("circle", { cx: x, cy: y, class: "m-cell", "data-rpx": 3 + 12 * Math.sqrt(n / max), "vector-effect": "non-scaling-stroke" }, cells);
        title(circle, `${n} events`);
        placed.push([x, y]);
      }
      this.setStatus(`${data.cells.reduce((s, c) => s + c[2], 0)} events, grouped (too many to draw one by one)`);
      return placed;
    }
    // coarse markers first so fine ones stay clickable on top
    const order = { "m-country": 0, "m-region": 1, "m-point": 2 };
    const points = data.points.slice().sort((a, b) => order[markerClass(a[3])] - order[markerClass(b[3])]);
    for (const [id, lat, lon, precision, type, start, end, country] of points) {
      const [x, y] = project(lon, lat);
      const link = el("a", { href: "/events/" + encodeURIComponent(id), class: "marker-link" }, g);
      const cls = markerClass(precision);
      const r = cls === "m-country" ? 9 : cls === "m-region" ? 7 : 5;
      const circle = el("circle", { cx: x, cy: y, class: "marker " + cls, "data-rpx": r, "data-id": id, "data-precision": precision || "", "vector-effect": "non-scaling-stroke" }, link);
      const when = start ? (end && end !== start ? `${start} – ${end}` : start) : "undated";
      const where = cls === "m-country" ? `somewhere in ${country || "?"} (country only)` : `${precision || "?"} precision`;
      title(circle, `${type} · ${when} · ${where}`);
      placed.push([x, y]);
    }
    const extra = data.unplaced ? `, ${data.unplaced} without a place` : "";
    this.setStatus(`${data.points.length} events on the map${extra}.`);
    return placed;
  };

  MapView.prototype.drawPresences = function (data) {
    const g = this.layers.presences;
    g.replaceChildren();
    for (const p of data.items || []) {
      const place = p.place || {};
      if (typeof place.lat !== "number" || typeof place.lon !== "number") continue;
      const [x, y] = project(place.lon, place.lat);
      const actor = p.actor && typeof p.actor === "object" ? p.actor.name : p.actor_name;
      const link = el("a", { href: "/presence?actor=" + encodeURIComponent(actor || "") }, g);
      const rect = el("rect", { class: "p-square p-" + String(p.status || "active").replace(/[^a-z]/g, ""), "data-spx": 11, "data-cx": x, "data-cy": y, "vector-effect": "non-scaling-stroke" }, link);
      title(rect, `${actor || "?"} at ${place.name || "?"}: ${p.start || "?"} → ${p.last_seen || "?"} (${p.status || ""})`);
    }
  };

  MapView.prototype.setStatus = function (text) {
    if (this.status) this.status.textContent = text;
  };

  MapView.prototype.drawTiles = function () {
    const g = this.layers.tiles;
    g.replaceChildren();
    const width = this.svg.clientWidth || 800;
    const z = Math.max(0, Math.min(18, Math.round(Math.log2((WORLD * width) / (256 * this.view.w)))));
    const n = 2 ** z, size = WORLD / n;
    const tx0 = Math.max(0, Math.floor(this.view.x / size)), tx1 = Math.min(n - 1, Math.floor((this.view.x + this.view.w) / size));
    const ty0 = Math.max(0, Math.floor(this.view.y / size)), ty1 = Math.min(n - 1, Math.floor((this.view.y + this.view.h) / size));
    if ((tx1 - tx0 + 1) * (ty1 - ty0 + 1) > 100) return;
    for (let tx = tx0; tx <= tx1; tx++) {
      for (let ty = ty0; ty <= ty1; ty++) {
        const href = this.tileUrl.replace("{z}", z).replace("{x}", tx).replace("{y}", ty);
        el("image", { href: href, x: tx * size, y: ty * size, width: size, height: size, preserveAspectRatio: "none" }, g);
      }
    }
  };

  MapView.prototype.enablePanZoom = function () {
    const svg = this.svg;
    let drag = null;
    svg.addEventListener("pointerdown", (ev) => {
      if (ev.button !== 0) return;
      drag = { x: ev.clientX, y: ev.clientY, view: Object.assign({}, this.view), moved: false };
    });
    window.addEventListener("pointermove", (ev) => {
      if (!drag) return;
      const u = this.unitsPerPixel();
      const dx = ev.clientX - drag.x, dy = ev.clientY - drag.y;
      if (Math.abs(dx) + Math.abs(dy) > 3) drag.moved = true;
      if (!drag.moved) return;
      this.view.x = drag.view.x - dx * u;
      this.view.y = drag.view.y - dy * u;
      this.apply();
    });
    window.addEventListener("pointerup", () => {
      if (drag && drag.moved) {
        // a drag is not a click on the marker under the pointer
        svg.addEventListener("click", (e) => e.preventDefault(), { once: true, capture: true });
      }
      drag = null;
    });
    svg.addEventListener("wheel", (ev) => {
      ev.preventDefault();
      const rect = svg.getBoundingClientRect();
      const u = this.unitsPerPixel();
      const mx = this.view.x + (ev.clientX - rect.left) * u;
      const my = this.view.y + (ev.clientY - rect.top) * u;
      const factor = ev.deltaY > 0 ? 1.25 : 0.8;
      const w = Math.min(WORLD * 2, Math.max(0.05, this.view.w * factor));
      const k = w / this.view.w;
      this.view = { x: mx - (mx - this.view.x) * k, y: my - (my - this.view.y) * k, w: w, h: this.view.h * k };
      this.apply();
    }, { passive: false });
  };

  async function initMap(svg) {
    const view = new MapView(svg);
    view.enablePanZoom();
    const [world, events, presence] = await Promise.all([
      getJSON(svg.dataset.basemap).catch((e) => { view.setStatus("Basemap unavailable: " + e.message); return { countries: [] }; }),
      getJSON(svg.dataset.src),
      getJSON(svg.dataset.presence).catch(() => ({ items: [] })),
    ]);
    view.drawCountries(world);
    view.drawPresences(presence);
    const placed = view.drawEvents(events);
    view.fit(placed);
    const useView = document.getElementById("use-view");
    const form = document.getElementById("filters");
    if (useView && form) {
      useView.addEventListener("click", () => {
        const v = view.view;
        const [west, north] = unproject(Math.max(0, v.x), Math.max(0, v.y));
        const [east, south] = unproject(Math.min(WORLD, v.x + v.w), Math.min(WORLD, v.y + v.h));
        let input = form.querySelector("input[name=bbox]");
        if (!input) {
          input = document.createElement("input");
          input.type = "hidden";
          input.name = "bbox";
          form.appendChild(input);
        }
        input.value = [west, south, east, north].map((n) => n.toFixed(3)).join(",");
        form.submit();
      });
    }
    svg.dataset.ready = "1";
  }

  // --- the timeline ----------------------------------------------------------------

  function monthIndex(iso) {
    return Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;
  }

  function dayFraction(iso) {
    // position inside the month, 0..1
    const day = iso.length >= 10 ? Number(iso.slice(8, 10)) : 1;
    return (day - 1) / 31;
  }

  async function initTimeline(svg) {
    const data = await getJSON(svg.dataset.src);
    const width = Math.max(svg.clientWidth || 800, 300);
    const months = data.months.filter((m) => /^\d{4}-\d{2}$/.test(m[0]));
    const intervals = (data.intervals || []).filter((iv) => /^\d{4}-\d{2}/.test(iv[1] || "") && /^\d{4}-\d{2}/.test(iv[2] || ""));
    if (!months.length) {
      const t = el("text", { x: 10, y: 20, class: "muted-text" }, svg);
      t.textContent = "No dated events.";
      svg.setAttribute("viewBox", `0 0 ${width} 30`);
      svg.dataset.ready = "1";
      return;
    }
    let m0 = monthIndex(months[0][0] + "-01"), m1 = monthIndex(months[months.length - 1][0] + "-01");
    for (const iv of intervals) { m0 = Math.min(m0, monthIndex(iv[1])); m1 = Math.max(m1, monthIndex(iv[2])); }
    const span = m1 - m0 + 1;
    const left = 30, right = 40, barH = 60;
    const scale = (width - left - right) / span;
    const x = (m, f) => left + (m - m0 + (f || 0)) * scale;
    let max = 1;
    for (const [, n] of months) max = Math.max(max, n);
    const bars = el("g", { class: "bars" }, svg);
    for (const [m, n] of months) {
      const mi = monthIndex(m + "-01");
      const h = Math.max(1, (n / max) * barH);
      const bar = el("rect", { x: x(mi), y: 10 + barH - h, width: Math.max(1, scale - 1), height: h, class: "t-bar" }, bars);
      title(bar, `${m}: ${n} events`);
    }
    // year ticks
    const axis = el("g", { class: "axis" }, svg);
    for (let m = m0; m <= m1; m++) {
      if (m % 12 === 0 || m === m0) {
        const tick = el("text", { x: x(m), y: 10 + barH + 14, class: "t-label" }, axis);
        tick.textContent = String(Math.floor(m / 12)) + (m % 12 ? "-" + String((m % 12) + 1).padStart(2, "0") : "");
      }
    }
    // one line per event interval, packed into lanes
    const lanes = [];
    const g = el("g", { class: "intervals" }, svg);
    const top = 10 + barH + 24;
    for (const [id, start, end, type] of intervals) {
      const a = x(monthIndex(start), dayFraction(start));
      const b = Math.max(a + 3, x(monthIndex(end), dayFraction(end) + 1 / 31));
      let lane = lanes.findIndex((last) => last < a - 2);
      if (lane < 0) { lane = lanes.length; lanes.push(0); }
      lanes[lane] = b;
      const link = el("a", { href: "/events/" + encodeURIComponent(id) }, g);
      const r = el("rect", { x: a, y: top + lane * 7, width: b - a, height: 5, class: "t-interval", "data-id": id }, link);
      title(r, `${type}: ${start}${end !== start ? " – " + end : ""}`);
    }
    svg.setAttribute("viewBox", `0 0 ${width} ${top + lanes.length * 7 + 6}`);
    svg.setAttribute("height", String(top + lanes.length * 7 + 6));
    svg.dataset.ready = "1";
  }

  function start() {
    const map = document.getElementById("map");
    if (map) initMap(map).catch((e) => {
      const s = document.getElementById("map-status");
      if (s) s.textContent = "The map could not be loaded: " + e.message;
      map.dataset.ready = "error";
    });
    const timeline = document.getElementById("timeline");
    if (timeline) initTimeline(timeline).catch(() => { timeline.dataset.ready = "error"; });
    for (const a of document.querySelectorAll("a[data-follow]")) {
      if (!sameOriginPath(a.getAttribute("href"))) a.removeAttribute("href");
    }
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
