// Timeline dashboard: filters in the URL, a chart from /timeline, a paged list from /events,
// and a map of the places with coordinates. Plain JavaScript and SVG; only the public API.
"use strict";

(function () {
  const SVG_NS = "http://www.w3.org/2000/svg";
  const FILTERS = ["place", "actor", "source", "country", "q", "from", "to", "type"];
  const INTERVALS = ["day", "week", "month", "year"];
  const PAGE_SIZE = 50;
  const MAP_PLACES = 300;  // the map plots the places with the most events, up to this many
  const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

  // What the page shows: the URL's view, the last timeline, and where the list is.
  const state = {
    view: null,        // {filters: [[name, value]...], interval, period: {start, end} | null}
    timeline: null,
    active: -1,        // index of the bar the keyboard is on
    cursors: [null],   // cursor of each page seen so far; cursors[page] fetches that page
    page: 0,
    next: null,
    serial: 0,         // answers to an older request are dropped
  };

  const $ = (id) => document.getElementById(id);

  // ---- small DOM builders (text always goes through textContent) ----

  function build(make, tag, attrs, children) {
    const node = make(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key === "text") node.textContent = String(value);
      else node.setAttribute(key, value === true ? "" : String(value));
    }
    for (const child of children || []) {
      if (child === null || child === undefined || child === false) continue;
      node.append(typeof child === "string" || typeof child === "number" ? String(child) : child);
    }
    return node;
  }
  const html = (tag, attrs, ...children) => build((t) => document.createElement(t), tag, attrs, children);
  const svg = (tag, attrs, ...children) => build((t) => document.createElementNS(SVG_NS, t), tag, attrs, children);

  // ---- dates ----

  const pad = (n) => String(n).padStart(2, "0");

  function lastDayOfMonth(year, month) {
    return new Date(Date.UTC(year, month, 0)).getUTCDate();
  }

  // First day a partial date (YYYY, YYYY-MM, YYYY-MM-DD) may mean.
  function firstDay(value) {
    if (/^\d{4}$/.test(value)) return value + "-01-01";
    if (/^\d{4}-\d{2}$/.test(value)) return value + "-01";
    return value;
  }

  // Last day a partial date may mean.
  function lastDay(value) {
    if (/^\d{4}$/.test(value)) return value + "-12-31";
    const month = /^(\d{4})-(\d{2})$/.exec(value);
    if (month) return value + "-" + pad(lastDayOfMonth(+month[1], +month[2]));
    return value;
  }

  function isPartialDate(value) {
    return /^\d{4}(-\d{2}(-\d{2})?)?$/.test(value || "");
  }

  function humanDay(iso) {
    const [y, m, d] = iso.split("-");
    return `${+d} ${MONTHS[+m - 1]} ${y}`;
  }

  // How a bucket is named: "15 Oct 2015", "week of 12 Oct 2015", "Oct 2015", "2015".
  function bucketName(start, interval) {
    const [y, m] = start.split("-");
    if (interval === "year") return y;
    if (interval === "month") return `${MONTHS[+m - 1]} ${y}`;
    if (interval === "week") return `week of ${humanDay(start)}`;
    return humanDay(start);
  }

  function bucketTick(start, interval) {
    if (interval === "year") return start.slice(0, 4);
    if (interval === "month") return start.slice(0, 7);
    return start;
  }

  // ---- the view in the URL ----

  function readView(search) {
    const params = new URLSearchParams(search);
    const filters = [];
    for (const [name, value] of params) {
      if (FILTERS.includes(name) && value.trim() !== "") filters.push([name, value.trim()]);
    }
    const interval = INTERVALS.includes(params.get("interval")) ? params.get("interval") : "month";
    let period = null;
    const match = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(params.get("period") || "");
    if (match && match[1] <= match[2]) period = { start: match[1], end: match[2] };
    return { filters, interval, period };
  }

  function viewQuery(view) {
    const params = new URLSearchParams(view.filters);
    if (view.interval !== "month") params.set("interval", view.interval);
    if (view.period) params.set("period", `${view.period.start}..${view.period.end}`);
    return params.toString();
  }

  function fillForm(view) {
    const form = $("filters");
    for (const input of form.querySelectorAll("input[type=search], input[type=text]")) {
      const found = view.filters.find(([name]) => name === input.name);
      input.value = found ? found[1] : "";
      input.removeAttribute("aria-invalid");
    }
    const types = view.filters.filter(([name]) => name === "type").map(([, value]) => value);
    for (const box of form.querySelectorAll("input[name=type]")) box.checked = types.includes(box.value);
    $("f-interval").value = view.interval;
  }

  function formView() {
    const data = new FormData($("filters"));
    const filters = [];
    for (const [name, value] of data) {
      if (FILTERS.includes(name) && String(value).trim() !== "") filters.push([name, String(value).trim()]);
    }
    const interval = String(data.get("interval") || "month");
    return { filters, interval, period: null };
  }

  function go(view, { replace = false } = {}) {
    const query = viewQuery(view);
    const url = location.pathname + (query ? "?" + query : "");
    if (replace) history.replaceState(null, "", url);
    else history.pushState(null, "", url);
    state.view = view;
    fillForm(view);
    load();
  }

  // ---- the API ----

  class ApiError extends Error {
    constructor(status, body) {
      const error = (body && body.error) || {};
      super(error.message || `The server answered ${status}.`);
      this.fields = error.fields || {};
    }
  }

  async function getJson(path, params) {
    const response = await fetch(`${path}?${params}`, { headers: { Accept: "application/json" } });
    let body = null;
    try {
      body = await response.json();
    } catch (e) {
      body = null;
    }
    if (!response.ok) throw new ApiError(response.status, body);
    return body;
  }

  function filterParams(view) {
    return new URLSearchParams(view.filters);
  }

  // The list's query: the filters, narrowed to the chosen period when there is one.
  function listParams(view, cursor) {
    const params = filterParams(view);
    if (view.period) {
      const from = params.get("from");
      const to = params.get("to");
      params.set("from", from && firstDay(from) > view.period.start ? firstDay(from) : view.period.start);
      params.set("to", to && lastDay(to) < view.period.end ? lastDay(to) : view.period.end);
    }
    params.set("limit", String(PAGE_SIZE));
    if (cursor) params.set("cursor", cursor);
    return params;
  }

  function showError(error) {
    const box = $("error");
    if (!error) {
      box.hidden = true;
      box.textContent = "";
      return;
    }
    const lines = [error.message];
    for (const [field, messages] of Object.entries(error.fields || {})) {
      const name = field === "from_" ? "from" : field;
      lines.push(`${name}: ${[].concat(messages).join(" ")}`);
      const input = $("filters").querySelector(`[name="${CSS.escape(name)}"]`);
      if (input && input.type !== "checkbox") input.setAttribute("aria-invalid", "true");
    }
    box.textContent = lines.join(" — ");
    box.hidden = false;
  }

  // Load the chart and the first page of the list for the current view.
  async function load() {
    const serial = ++state.serial;
    const view = state.view;
    state.cursors = [null];
    state.page = 0;
    showError(null);
    setBusy(true);
    // The chart needs counts only, and the map the places' counts: neither needs the events.
    const timelineParams = filterParams(view);
    timelineParams.set("interval", view.interval);
    timelineParams.set("events", "false");
    const placeParams = filterParams(view);
    placeParams.set("field", "place");
    placeParams.set("limit", String(MAP_PLACES));
    try {
      const [timeline, page, places] = await Promise.all([
        getJson("/timeline", timelineParams),
        getJson("/events", listParams(view, null)),
        getJson("/facets", placeParams),
      ]);
      if (serial !== state.serial) return;
      state.timeline = timeline;
      renderSummary(view, timeline);
      renderChart(view, timeline);
      renderMap(places);
      renderList(view, page);
    } catch (error) {
      if (serial !== state.serial) return;
      showError(error);
      $("summary").textContent = "The filters could not be applied.";
    } finally {
      if (serial === state.serial) setBusy(false);
    }
  }

  async function loadPage(page, { focus = false } = {}) {
    const serial = ++state.serial;
    setBusy(true);
    try {
      const answer = await getJson("/events", listParams(state.view, state.cursors[page]));
      if (serial !== state.serial) return;
      state.page = page;
      renderList(state.view, answer);
      if (focus) $("list-heading").focus();
    } catch (error) {
      if (serial === state.serial) showError(error);
    } finally {
      if (serial === state.serial) setBusy(false);
    }
  }

  function setBusy(busy) {
    document.body.classList.toggle("busy", busy);
    for (const id of ["chart", "events", "map"]) $(id).setAttribute("aria-busy", String(busy));
    if (!busy) document.body.dataset.ready = String(state.serial);
  }

  // ---- summary ----

  function totals(timeline) {
    const charted = timeline.buckets.reduce((sum, bucket) => sum + bucket.count, 0);
    const spanning = timeline.spanning_count;
    return { charted, spanning, all: charted + spanning };
  }

  function plural(n, one, many) {
    return `${n.toLocaleString("en")} ${n === 1 ? one : many || one + "s"}`;
  }

  function renderSummary(view, timeline) {
    const count = totals(timeline);
    const described = view.filters.map(([name, value]) => `${name} ${value}`).join(", ");
    $("summary").textContent = `${plural(count.all, "event")}${described ? " for " + described : ""}.`;
  }

  // ---- chart ----

  function niceCeiling(n) {
    if (n <= 5) return Math.max(n, 1);
    const power = Math.pow(10, Math.floor(Math.log10(n)));
    for (const step of [1, 2, 2.5, 5, 10]) {
      if (step * power >= n) return step * power;
    }
    return 10 * power;
  }

  function bucketLabel(bucket, interval) {
    return `${bucketName(bucket.start, interval)}: ${plural(bucket.count, "event")}`;
  }

  function renderChart(view, timeline) {
    const box = $("chart");
    box.replaceChildren();
    $("chart-heading").textContent = `Events per ${view.interval}`;
    const buckets = timeline.buckets;
    const count = totals(timeline);
    $("chart-note").textContent = count.spanning
      ? `${plural(count.spanning, "event")} may have happened over more than one ${view.interval} and ${count.spanning === 1 ? "is" : "are"} not charted; the list shows ${count.spanning === 1 ? "it" : "them"}.`
      : "";
    renderPeriod(view);
    if (!buckets.length) {
      box.append(html("p", { class: "empty", text: "No dated event matches these filters." }));
      state.active = -1;
      return;
    }
    const width = 960, height = 240;
    const margin = { top: 12, right: 12, bottom: 36, left: 48 };
    const plotW = width - margin.left - margin.right;
    const plotH = height - margin.top - margin.bottom;
    const max = niceCeiling(Math.max(...buckets.map((b) => b.count)));
    const step = plotW / buckets.length;
    const gap = step > 4 ? Math.min(step * 0.15, 6) : 0;
    const barWidth = Math.min(Math.max(step - gap, 0.5), 64);
    const y = (n) => margin.top + plotH - (n / max) * plotH;

    const chart = svg("svg", {
      viewBox: `0 0 ${width} ${height}`, class: "chart-svg", role: "listbox", tabindex: 0,
      "aria-label": `Events per ${view.interval}, ${buckets.length} bars`,
      "aria-describedby": "chart-help",
    });
    const axis = svg("g", { class: "axis", "aria-hidden": "true" });
    for (const tick of [0, max / 2, max]) {
      if (tick !== Math.round(tick)) continue;
      axis.append(
        svg("line", { x1: margin.left, x2: width - margin.right, y1: y(tick), y2: y(tick), class: "gridline" }),
        svg("text", { x: margin.left - 6, y: y(tick) + 4, class: "tick-y", text: tick.toLocaleString("en") }),
      );
    }
    const labelEvery = Math.max(1, Math.ceil(buckets.length / 8));
    buckets.forEach((bucket, i) => {
      if (i % labelEvery !== 0) return;
      const x = margin.left + i * step + step / 2;
      axis.append(
        svg("line", { x1: x, x2: x, y1: margin.top + plotH, y2: margin.top + plotH + 5, class: "tick" }),
        svg("text", { x, y: height - 12, class: "tick-x", text: bucketTick(bucket.start, view.interval) }),
      );
    });
    chart.append(axis);

    const bars = svg("g", { class: "bars" });
    buckets.forEach((bucket, i) => {
      const x = margin.left + i * step;
      const selected = !!view.period && view.period.start === bucket.start && view.period.end === bucket.end;
      const group = svg("g", {
        id: `bar-${i}`, class: "bar" + (selected ? " selected" : ""), role: "option",
        "aria-selected": String(selected), "aria-label": bucketLabel(bucket, view.interval),
        "data-start": bucket.start, "data-end": bucket.end, "data-count": bucket.count, "data-index": i,
      });
      group.append(
        svg("title", { text: `${bucketLabel(bucket, view.interval)} (${bucket.start} to ${bucket.end})` }),
        svg("rect", { class: "hit", x, y: margin.top, width: step, height: plotH }),
        svg("rect", {
          class: "fill", x: x + (step - barWidth) / 2, width: barWidth,
          y: y(bucket.count), height: Math.max(margin.top + plotH - y(bucket.count), bucket.count ? 1 : 0),
        }),
      );
      bars.append(group);
    });
    chart.append(bars);
    box.append(chart);

    const selectedIndex = buckets.findIndex((b) => view.period && b.start === view.period.start && b.end === view.period.end);
    state.active = selectedIndex >= 0 ? selectedIndex : -1;
    markActive(chart);

    chart.addEventListener("click", (event) => {
      const bar = event.target.closest(".bar");
      if (bar) choose(+bar.dataset.index);
    });
    chart.addEventListener("keydown", onChartKey);
    chart.addEventListener("focus", () => {
      if (state.active < 0) {
        state.active = 0;
        markActive(chart);
      }
    });
  }

  function markActive(chart) {
    for (const bar of chart.querySelectorAll(".bar.active")) bar.classList.remove("active");
    if (state.active < 0) {
      chart.removeAttribute("aria-activedescendant");
      return;
    }
    const bar = chart.querySelector(`#bar-${state.active}`);
    bar.classList.add("active");
    chart.setAttribute("aria-activedescendant", bar.id);
  }

  function onChartKey(event) {
    const buckets = state.timeline ? state.timeline.buckets : [];
    if (!buckets.length) return;
    const chart = event.currentTarget;
    const moves = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1, PageDown: 10, PageUp: -10 };
    let index = state.active < 0 ? 0 : state.active;
    if (event.key in moves) index += moves[event.key];
    else if (event.key === "Home") index = 0;
    else if (event.key === "End") index = buckets.length - 1;
    else if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      choose(index);
      return;
    } else if (event.key === "Escape" && state.view.period) {
      event.preventDefault();
      choosePeriod(null);
      return;
    } else return;
    event.preventDefault();
    state.active = Math.min(Math.max(index, 0), buckets.length - 1);
    markActive(chart);
  }

  // Clicking a bar lists that period; clicking the chosen bar again lists every period.
  function choose(index) {
    const bucket = state.timeline.buckets[index];
    const period = state.view.period;
    state.active = index;
    if (period && period.start === bucket.start && period.end === bucket.end) choosePeriod(null);
    else choosePeriod({ start: bucket.start, end: bucket.end });
  }

  function choosePeriod(period) {
    const view = { ...state.view, period };
    const query = viewQuery(view);
    history.pushState(null, "", location.pathname + (query ? "?" + query : ""));
    state.view = view;
    const chart = $("chart").querySelector("svg");
    if (chart) {
      for (const bar of chart.querySelectorAll(".bar")) {
        const selected = !!period && bar.dataset.start === period.start && bar.dataset.end === period.end;
        bar.classList.toggle("selected", selected);
        bar.setAttribute("aria-selected", String(selected));
      }
    }
    renderPeriod(view);
    reloadList();
  }

  async function reloadList() {
    state.cursors = [null];
    await loadPage(0);
  }

  function renderPeriod(view) {
    const box = $("period");
    if (!view.period) {
      box.hidden = true;
      return;
    }
    const { start, end } = view.period;
    const span = start === end ? humanDay(start) : `${humanDay(start)} to ${humanDay(end)}`;
    $("period-text").textContent = `Listing the events that may have happened from ${span}.`;
    box.hidden = false;
  }

  // ---- map ----

  // The places of the filtered events with coordinates, most events first (GET /facets?field=place).
  function collectPlaces(facets) {
    return facets.values
      .map((value) => ({ ...value.place, count: value.count }))
      .filter((place) => typeof place.lat === "number" && typeof place.lon === "number");
  }

  function gridStep(span) {
    for (const step of [1, 2, 5, 10, 15, 30]) if (span / step <= 6) return step;
    return 30;
  }

  function degrees(value, positive, negative) {
    if (value === 0) return "0°";
    return `${Math.abs(value)}°${value > 0 ? positive : negative}`;
  }

  function renderMap(facets) {
    const places = collectPlaces(facets);
    const box = $("map");
    box.replaceChildren();
    renderPlaceTable(places);
    if (!places.length) {
      box.append(html("p", { class: "empty", text: "No place with coordinates in these events." }));
      return;
    }
    // The frame: the points' extent, padded, never narrower than a few degrees.
    let west = Math.min(...places.map((p) => p.lon)), east = Math.max(...places.map((p) => p.lon));
    let south = Math.min(...places.map((p) => p.lat)), north = Math.max(...places.map((p) => p.lat));
    const padLon = Math.max((east - west) * 0.2, (8 - (east - west)) / 2, 1);
    const padLat = Math.max((north - south) * 0.2, (6 - (north - south)) / 2, 1);
    west = Math.max(-180, west - padLon); east = Math.min(180, east + padLon);
    south = Math.max(-85, south - padLat); north = Math.min(85, north + padLat);
    // Equirectangular, with longitudes shrunk by the cosine of the middle latitude.
    const shrink = Math.max(Math.cos(((south + north) / 2) * Math.PI / 180), 0.2);
    const width = 480;
    const scale = width / ((east - west) * shrink);
    let height = (north - south) * scale;
    if (height > 480) height = 480;
    const project = (lon, lat) => [(lon - west) * shrink * scale, (north - lat) * scale];

    const map = svg("svg", {
      viewBox: `0 0 ${width} ${height.toFixed(1)}`, class: "map-svg", role: "img",
      "aria-label": `Map of ${plural(places.length, "place")} with coordinates, from ${degrees(Math.round(west), "E", "W")} to ${degrees(Math.round(east), "E", "W")}`,
    });
    map.append(svg("rect", { class: "sea", x: 0, y: 0, width, height }));

    const land = svg("g", { class: "land", "aria-hidden": "true" });
    for (const shape of window.WORLD_OUTLINE || []) {
      const points = shape.points.map(([lon, lat]) => project(lon, lat).map((v) => v.toFixed(1)).join(",")).join(" ");
      land.append(svg("polygon", { points, class: shape.water ? "water" : "ground" }));
    }
    map.append(land);

    const grid = svg("g", { class: "graticule", "aria-hidden": "true" });
    const step = gridStep(Math.max(east - west, north - south));
    for (let lon = Math.ceil(west / step) * step; lon <= east; lon += step) {
      const [x] = project(lon, 0);
      grid.append(
        svg("line", { x1: x, x2: x, y1: 0, y2: height }),
        svg("text", { x: x + 3, y: height - 4, text: degrees(lon, "E", "W") }),
      );
    }
    for (let lat = Math.ceil(south / step) * step; lat <= north; lat += step) {
      const [, y] = project(0, lat);
      grid.append(
        svg("line", { x1: 0, x2: width, y1: y, y2: y }),
        svg("text", { x: 3, y: y - 3, text: degrees(lat, "N", "S") }),
      );
    }
    map.append(grid);

    const most = places[0].count;
    const dots = svg("g", { class: "places" });
    // Regions and countries are rings under the localities, which stay on top and clickable.
    const area = (place) => (place.kind === "admin1" || place.kind === "country" ? 1 : 0);
    const labelled = new Set(places.slice(0, 12));
    const drawn = [...places].sort((a, b) => area(b) - area(a) || b.count - a.count);
    drawn.forEach((place) => {
      const [x, y] = project(place.lon, place.lat);
      const where = [place.admin1, place.country].filter((v) => v && v !== place.name).join(", ");
      const dot = svg("circle", {
        cx: x.toFixed(1), cy: y.toFixed(1), r: (3 + 7 * Math.sqrt(place.count / most)).toFixed(1),
        class: area(place) ? "place area" : "place", "data-name": place.name,
      });
      const kind = place.kind === "admin1" ? " (region)" : place.kind === "country" ? " (country)" : "";
      dot.append(svg("title", { text: `${place.name}${kind}${where ? ", " + where : ""}: ${plural(place.count, "event")} (click to filter)` }));
      dot.addEventListener("click", () => filterByPlace(place.name));
      dots.append(dot);
      // Localities are labelled above their dot, regions and countries below their ring.
      const below = area(place) ? 16 : -6;
      if (labelled.has(place)) dots.append(svg("text", { x: (x + 6).toFixed(1), y: (y + below).toFixed(1), class: "place-label", "aria-hidden": "true", text: place.name }));
    });
    map.append(dots);
    box.append(map);
  }

  function renderPlaceTable(places) {
    const body = $("place-table").tBodies[0];
    body.replaceChildren();
    for (const place of places.slice(0, 200)) {
      const button = html("button", { type: "button", class: "link", text: "Filter" });
      button.setAttribute("aria-label", `Filter by ${place.name}`);
      button.addEventListener("click", () => filterByPlace(place.name));
      body.append(html("tr", {},
        html("th", { scope: "row", text: place.name }),
        html("td", { text: [place.admin1, place.country].filter(Boolean).join(", ") }),
        html("td", { text: String(place.count) }),
        html("td", {}, button),
      ));
    }
  }

  function filterByPlace(name) {
    const filters = state.view.filters.filter(([key]) => key !== "place");
    filters.unshift(["place", name]);
    go({ filters, interval: state.view.interval, period: null });
  }

  // ---- list ----

  function dateText(event) {
    return event.date === event.date_end ? event.date : `${event.date} to ${event.date_end}`;
  }

  function renderList(view, answer) {
    const list = $("events");
    list.replaceChildren();
    state.next = answer.next;
    if (answer.next) state.cursors[state.page + 1] = answer.next;
    const first = state.page * PAGE_SIZE + 1;
    const last = state.page * PAGE_SIZE + answer.events.length;
    for (const event of answer.events) list.append(renderEvent(event, view.period));
    let status;
    if (!answer.events.length) status = "No event matches.";
    else {
      status = `Events ${first.toLocaleString("en")}–${last.toLocaleString("en")}`;
      if (!view.period && state.timeline) status += ` of ${totals(state.timeline).all.toLocaleString("en")}`;
      if (view.period) status += ` that may have happened from ${view.period.start} to ${view.period.end}`;
      status += ", in date order.";
    }
    $("list-status").textContent = status;
    $("page-info").textContent = answer.events.length ? `Page ${state.page + 1}` : "";
    $("prev").disabled = state.page === 0;
    $("next").disabled = !answer.next;
  }

  function renderEvent(event, period) {
    const heading = `event-${event.id}`;
    const head = html("h3", { id: heading },
      html("time", { datetime: event.date, text: dateText(event) }),
      " ",
      html("span", { class: `precision precision-${event.precision}`, title: "How exactly the text dates it", text: event.precision }),
      " ",
      html("span", { class: "type", text: String(event.type).replace(/_/g, " ") }),
    );
    const item = html("li", { class: "event", "data-id": event.id });
    const article = html("article", { "aria-labelledby": heading }, head);
    if (period && (event.date < period.start || event.date_end > period.end)) {
      article.append(html("p", { class: "wide", text: "Dated less precisely than the chosen period: it may have happened outside it." }));
    }
    const facts = html("dl", { class: "facts" });
    const fact = (name, ...value) => facts.append(html("div", {}, html("dt", { text: name }), html("dd", {}, ...value)));
    fact("Places", event.places && event.places.length
      ? event.places.map((p) => [p.name, [p.admin1, p.country].filter((v) => v && v !== p.name).join(", ")].filter(Boolean).join(", ")).join("; ")
      : "none named");
    fact("Actors", event.actors && event.actors.length
      ? event.actors.map((a) => `${a.name} (${String(a.type).replace(/_/g, " ")})`).join("; ")
      : "none named");
    fact("Killed", event.killed === null || event.killed === undefined ? "not given" : event.killed.toLocaleString("en"));
    if (event.injured !== null && event.injured !== undefined) fact("Injured", event.injured.toLocaleString("en"));
    fact("Sources", (event.sources || []).join(", "));
    article.append(facts);

    const mentions = html("ul", { class: "mentions", "aria-label": "Evidence" });
    for (const mention of event.mentions || []) {
      mentions.append(html("li", {},
        html("blockquote", { text: mention.quote }),
        html("p", { class: "cite", text: `${mention.source}, article ${mention.article_id}, characters ${mention.start}–${mention.end}` }),
      ));
    }
    article.append(mentions);
    item.append(article);
    return item;
  }

  // ---- suggestions ----

  // Values the database holds for the text filters, most frequent first, as the inputs' datalists.
  async function suggest() {
    for (const field of ["place", "actor", "source", "country"]) {
      let answer;
      try {
        answer = await getJson("/facets", new URLSearchParams({ field, limit: "300" }));
      } catch (error) {
        return; // suggestions are a convenience: the filters work without them
      }
      const options = answer.values.map((item) => html("option", { value: item.value, label: `${item.value} (${plural(item.count, "event")})` }));
      $(`${field}-values`).replaceChildren(...options);
    }
  }

  // Whether a chosen period still meets the date range of the view's filters.
  function overlaps(period, view) {
    if (!period) return false;
    const from = view.filters.find(([name]) => name === "from");
    const to = view.filters.find(([name]) => name === "to");
    if (from && isPartialDate(from[1]) && firstDay(from[1]) > period.end) return false;
    if (to && isPartialDate(to[1]) && lastDay(to[1]) < period.start) return false;
    return true;
  }

  // ---- wiring ----

  function start() {
    const form = $("filters");
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const next = formView();
      // A chosen period stays while only the filters change; a new interval has other bars.
      if (state.view && next.interval === state.view.interval && overlaps(state.view.period, next)) {
        next.period = state.view.period;
      }
      go(next);
    });
    $("f-interval").addEventListener("change", () => form.requestSubmit());
    for (const box of form.querySelectorAll("input[name=type]")) box.addEventListener("change", () => form.requestSubmit());
    $("clear").addEventListener("click", (event) => {
      event.preventDefault();
      go({ filters: [], interval: "month", period: null });
    });
    $("period-clear").addEventListener("click", () => choosePeriod(null));
    $("prev").addEventListener("click", () => { if (state.page > 0) loadPage(state.page - 1, { focus: true }); });
    $("next").addEventListener("click", () => { if (state.next) loadPage(state.page + 1, { focus: true }); });
    window.addEventListener("popstate", () => {
      state.view = readView(location.search);
      fillForm(state.view);
      load();
    });
    state.view = readView(location.search);
    fillForm(state.view);
    load().then(suggest);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
