// Overview: counts, events over time by quad class, top dyads and actors, and the review share.
import {get} from "./api.js";
import {barList, fillPeriods, legend, sizeBars, stackedBars} from "./charts.js";
import {fmt, h, show} from "./dom.js";
import {go, nextPeriod, periodEnd} from "./router.js";

function counts(stats) {
  const c = stats.counts, r = stats.review;
  const share = r.share_right === null ? "no events reviewed yet"
    : `${Math.round(r.share_right * 100)}% of ${r.reviewed} reviewed events judged right`;
  return h("div", {class: "cards"},
    h("div", {class: "card"}, h("b", {}, fmt(c.events)), " events"),
    h("div", {class: "card"}, h("b", {}, fmt(c.mentions)), " mentions"),
    h("div", {class: "card"}, h("b", {}, fmt(c.articles)), " articles"),
    h("div", {class: "card review-share", id: "review-share"}, h("a", {href: "#/review"}, share)));
}

export async function overview(root, _arg, params) {
  const freq = params.freq || "month";
  const stats = await get("/api/stats", {freq});
  const picker = h("select", {"aria-label": "period", onchange: (e) => go("overview", "", {freq: e.target.value})},
    ["week", "month", "year"].map((f) => h("option", {value: f, selected: f === freq}, `per ${f}`)));
  const dyads = barList(stats.top_dyads.map((d) => ({label: `${d.source} → ${d.target}`, value: d.events, d})),
    (item) => go("dyads", "", {a: item.d.source, b: item.d.target}));
  const actors = barList(stats.top_actors.map((a) => ({label: a.actor, value: a.events, a})),
    (item) => go("events", "", {actor: item.a.actor}));
  show(root,
    h("h1", {}, "Overview"),
    counts(stats),
    h("section", {class: "panel", id: "timeline"},
      h("h2", {}, "Events over time by quad class ", picker),
      stackedBars(fillPeriods(stats.timeline, freq, nextPeriod), (period) => go("events", "", {date_from: period, date_to: periodEnd(period, freq)})),
      legend()),
    h("div", {class: "columns"},
      h("section", {class: "panel", id: "top-dyads"}, h("h2", {}, "Top dyads"), dyads),
      h("section", {class: "panel", id: "top-actors"}, h("h2", {}, "Top actors"), actors)));
  sizeBars(root.querySelector("#top-dyads"));
  sizeBars(root.querySelector("#top-actors"));
}
