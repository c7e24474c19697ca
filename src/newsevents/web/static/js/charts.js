// Small SVG charts, written for the dashboard (no library): stacked bars by quad class, the dyad's
// diverging bars (cooperation up, conflict down) and horizontal bar lists.
import {QUADS, h, s} from "./dom.js";

const W = 820, H = 280, M = {top: 14, right: 12, bottom: 58, left: 64};

function ticks(max) {
  const step = Math.max(1, Math.ceil(max / 4));
  const out = [];
  for (let v = 0; v <= max; v += step) out.push(v);
  return out;
}

function xLabels(periods, x, band, y) {
  const every = Math.max(1, Math.ceil(periods.length / 14));
  return periods.map((period, i) => i % every ? null : s("text", {
    x: x(i) + band / 2, y, class: "axis-label", "text-anchor": "end",
    transform: `rotate(-40 ${x(i) + band / 2} ${y})`}, period));
}

// every period from the first to the last, so that a quiet month shows as a gap and not as nothing
export function fillPeriods(rows, freq, next) {
  if (!rows.length) return rows;
  const byPeriod = Object.fromEntries(rows.map((r) => [String(r.period).slice(0, 10), r]));
  const out = [];
  const last = String(rows[rows.length - 1].period).slice(0, 10);
  for (let p = String(rows[0].period).slice(0, 10); p <= last && out.length < 2000; p = next(p, freq)) {
    out.push(byPeriod[p] || {period: p});
  }
  return out;
}

// periods: [{period: "2021-08-01", q1, q2, q3, q4}]; onPick(period) when a bar is clicked
export function stackedBars(rows, onPick) {
  const periods = rows.map((r) => String(r.period).slice(0, 10));
  const totals = rows.map((r) => [1, 2, 3, 4].reduce((sum, q) => sum + (r[`q${q}`] || 0), 0));
  const max = Math.max(1, ...totals);
  const innerW = W - M.left - M.right, innerH = H - M.top - M.bottom;
  const band = innerW / Math.max(1, rows.length);
  const x = (i) => M.left + i * band;
  const y = (v) => M.top + innerH - (v / max) * innerH;
  const svg = s("svg", {viewBox: `0 0 ${W} ${H}`, class: "chart stacked", role: "img",
                        "aria-label": "events over time by quad class"});
  for (const v of ticks(max)) {
    svg.append(s("line", {x1: M.left, x2: W - M.right, y1: y(v), y2: y(v), class: "grid"}),
               s("text", {x: M.left - 6, y: y(v) + 4, class: "axis-label", "text-anchor": "end"}, String(v)));
  }
  rows.forEach((row, i) => {
    const group = s("g", {class: "bar", tabindex: 0, dataset: {period: periods[i]}});
    let base = 0;
    for (const q of [1, 2, 3, 4]) {
      const n = row[`q${q}`] || 0;
      if (!n) continue;
      group.append(s("rect", {x: x(i) + band * 0.12, width: Math.max(1, band * 0.76), y: y(base + n),
                              height: y(base) - y(base + n), fill: QUADS[q].color},
                     s("title", {}, `${periods[i]}: ${n} ${QUADS[q].name}`)));
      base += n;
    }
    if (onPick) group.addEventListener("click", () => onPick(periods[i]));
    svg.append(group);
  });
  svg.append(...xLabels(periods, x, band, H - M.bottom + 14).filter(Boolean));
  return svg;
}

// directions: {"A->B": [{period, verbal_coop, material_coop, verbal_conflict, material_conflict}], "B->A": [...]}
// periodsOf(sorted rows) may fill the gaps between periods (see fillPeriods)
export function divergingBars(directions, onPick, periodsOf = (rows) => rows) {
  const names = Object.keys(directions);
  const seen = [...new Set(names.flatMap((d) => directions[d].map((r) => r.period)))].sort();
  const periods = periodsOf(seen.map((period) => ({period}))).map((r) => r.period);
  const index = Object.fromEntries(names.map((d) => [d, Object.fromEntries(directions[d].map((r) => [r.period, r]))]));
  const parts = (r) => [[1, r.verbal_coop], [2, r.material_coop], [3, r.verbal_conflict], [4, r.material_conflict]];
  let up = 1, down = 1;
  for (const d of names) for (const r of directions[d]) {
    up = Math.max(up, (r.verbal_coop || 0) + (r.material_coop || 0));
    down = Math.max(down, (r.verbal_conflict || 0) + (r.material_conflict || 0));
  }
  const innerW = W - M.left - M.right, innerH = H - M.top - M.bottom;
  const band = innerW / Math.max(1, periods.length);
  const zero = M.top + innerH * up / (up + down);
  const unit = innerH / (up + down);
  const x = (i) => M.left + i * band;
  const svg = s("svg", {viewBox: `0 0 ${W} ${H}`, class: "chart diverging", role: "img",
                        "aria-label": "cooperation above the axis, conflict below, both directions"},
    s("defs", {}, s("pattern", {id: "hatch", width: 5, height: 5, patternUnits: "userSpaceOnUse",
                                patternTransform: "rotate(45)"},
      s("line", {x1: 0, y1: 0, x2: 0, y2: 5, class: "hatch-line"}))),
    s("text", {x: W - M.right, y: M.top + 10, class: "axis-label", "text-anchor": "end"}, "cooperation ↑"),
    s("text", {x: W - M.right, y: M.top + innerH - 4, class: "axis-label", "text-anchor": "end"}, "conflict ↓"));
  for (const [v, label] of [[up, up], [0, 0], [-down, down]]) {
    svg.append(s("line", {x1: M.left, x2: W - M.right, y1: zero - v * unit, y2: zero - v * unit,
                          class: v === 0 ? "axis" : "grid"}),
               s("text", {x: M.left - 6, y: zero - v * unit + 4, class: "axis-label", "text-anchor": "end"},
                 String(label)));
  }
  periods.forEach((period, i) => names.forEach((direction, k) => {
    const row = index[direction][period];
    if (!row) return;
    const width = band * 0.38, left = x(i) + band * 0.1 + k * (width + band * 0.04);
    const group = s("g", {class: `bar dir${k}`, tabindex: 0, dataset: {direction, period}});
    let above = 0, below = 0;
    for (const [q, n] of parts(row)) {
      if (!n) continue;
      const conflict = q >= 3;
      const top = conflict ? zero + below * unit : zero - (above + n) * unit;
      const box = {x: left, width: Math.max(1, width), y: top, height: n * unit};
      group.append(s("rect", {...box, fill: QUADS[q].color}, s("title", {}, `${direction} ${period}: ${n} ${QUADS[q].name}`)));
      if (k) group.append(s("rect", {...box, fill: "url(#hatch)", "pointer-events": "none"}));  // the second direction
      if (conflict) below += n; else above += n;
    }
    if (onPick) group.addEventListener("click", () => onPick(direction, period));
    svg.append(group);
  }));
  svg.append(...xLabels(periods, x, band, H - M.bottom + 14).filter(Boolean));
  return svg;
}

// items: [{label, value, title}]; onPick(item)
export function barList(items, onPick) {
  return h("ol", {class: "barlist"}, items.map((item) => h("li", {},
    h("button", {type: "button", class: "link", onclick: () => onPick && onPick(item), title: item.title || ""},
      item.label),
    h("span", {class: "bar-track"}, h("span", {class: "bar-fill", dataset: {value: item.value}})),
    h("span", {class: "bar-value"}, String(item.value)))));
}

export function legend() {
  return h("ul", {class: "legend"}, [1, 2, 3, 4].map((q) => h("li", {},
    h("span", {class: `swatch q${q}`}), QUADS[q].name)));
}

// bar widths are set from script (CSP: no inline style attributes in markup, but CSSOM is fine)
export function sizeBars(root) {
  const fills = root.querySelectorAll(".bar-fill");
  const max = Math.max(1, ...[...fills].map((f) => Number(f.dataset.value)));
  fills.forEach((f) => { f.style.width = `${(100 * Number(f.dataset.value)) / max}%`; });
}
