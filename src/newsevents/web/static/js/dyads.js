// Dyad explorer: two actors, how each treats the other over time, and the events behind each bar.
import {describe, get} from "./api.js";
import {divergingBars, fillPeriods, legend} from "./charts.js";
import {h, message, show} from "./dom.js";
import {go, nextPeriod, periodEnd} from "./router.js";
import {eventTable} from "./events.js";

async function actorList() {
  const [countries, codes] = await Promise.all([get("/api/actors", {level: "country", limit: 300}),
                                                get("/api/actors", {limit: 300})]);
  const names = [...new Set([...countries.actors, ...codes.actors].map((a) => a.actor))];
  return h("datalist", {id: "actor-codes"}, names.map((name) => h("option", {value: name})));
}

function form(params) {
  const a = h("input", {name: "a", value: params.a || "", list: "actor-codes", required: true, "aria-label": "actor A",
                        placeholder: "USA"});
  const b = h("input", {name: "b", value: params.b || "", list: "actor-codes", required: true, "aria-label": "actor B",
                        placeholder: "AFG"});
  const freq = h("select", {name: "freq", "aria-label": "period"},
    ["week", "month", "year"].map((f) => h("option", {value: f, selected: f === (params.freq || "year")}, f)));
  return h("form", {class: "inline", id: "dyad-form", onsubmit: (e) => {
    e.preventDefault();
    go("dyads", "", {a: a.value.trim().toUpperCase(), b: b.value.trim().toUpperCase(), freq: freq.value});
  }}, "Actor A ", a, " and actor B ", b, " per ", freq, h("button", {type: "submit"}, "Show"));
}

async function behind(box, direction, period, freq) {
  const [source, target] = direction.split("->");
  const params = {source, target, date_from: period, date_to: periodEnd(period, freq), sort: "date", limit: 100};
  show(box, message("loading…"));
  try {
    const page = await get("/api/events", params);
    show(box, h("h3", {}, `${direction}, ${period} to ${params.date_to}: ${page.total} event(s)`), eventTable(page.events));
  } catch (error) {
    show(box, message(describe(error), "error"));
  }
}

export async function dyads(root, _arg, params) {
  show(root, h("h1", {}, "Dyad explorer"), form(params), await actorList());
  if (!params.a || !params.b) {
    root.append(message("Choose two actors (a country such as USA, or a code such as AFGGOV)."));
    return;
  }
  const freq = params.freq || "year";
  const dyad = await get(`/api/dyads/${encodeURIComponent(params.a)}/${encodeURIComponent(params.b)}`, {freq});
  const names = Object.keys(dyad.directions);
  const total = names.reduce((n, d) => n + dyad.directions[d].reduce((m, r) => m + r.events, 0), 0);
  const list = h("div", {id: "dyad-events"});
  root.append(h("section", {class: "panel", id: "dyad-chart"},
    h("h2", {}, `${dyad.a} and ${dyad.b}: ${total} event(s) per ${freq}`),
    h("p", {class: "hint", id: "dyad-members"}, Object.entries(dyad.members)
      .filter(([, codes]) => codes.length).map(([prefix, codes]) => `${prefix} = ${codes.join(" + ")}`).join("; ")),
    h("p", {class: "hint"}, `Cooperation above the axis, conflict below; left bar ${names[0]}, right bar ${names[1]} ` +
                            "(hatched). Click a bar for its events."),
    total ? divergingBars(dyad.directions, (direction, period) => behind(list, direction, period, freq),
                                (rows) => fillPeriods(rows, freq, nextPeriod))
          : message("No events between these two."),
    legend(), list));
}
