// The event table (with the API's filters, sorting and pages) and one event with its mentions.
import {get} from "./api.js";
import {fmt, h, message, quadBadge, show} from "./dom.js";
import {go, href} from "./router.js";

const FILTERS = [
  ["actor", "actor (source or target)", "USAGOV"], ["source", "source", "USA"], ["target", "target", "AFG"],
  ["country", "country (source or target)", "AFG"], ["code", "CAMEO code", "19"], ["root", "root", "04"],
  ["plover", "PLOVER type", "ASSAULT"], ["place_country", "place country", "QAT"], ["place", "place", "Doha"],
  ["date_from", "from", "2021-01-01"], ["date_to", "to", "2021-12-31"], ["q", "text in the sentence", "ceasefire"],
];
const COLUMNS = [["date", "date"], ["source", "source"], ["code", "code"], ["target", "target"],
                 ["quad_class", "quad"], [null, "trigger"], [null, "place"], ["mentions", "mentions"]];

export function eventTable(rows, sort, onSort) {
  const head = COLUMNS.map(([key, label]) => {
    if (!key || !onSort) return h("th", {}, label);
    const mark = sort === key ? " ▲" : sort === `-${key}` ? " ▼" : "";
    return h("th", {}, h("button", {type: "button", class: "link", onclick: () => onSort(sort === `-${key}` ? key : `-${key}`)},
      label + mark));
  });
  return h("table", {class: "events"}, h("thead", {}, h("tr", {}, head)), h("tbody", {}, rows.map((e) =>
    h("tr", {dataset: {key: e.event_key}},
      h("td", {}, h("a", {href: href("event", e.event_key)}, fmt(e.event_date))),
      h("td", {}, fmt(e.source_code)), h("td", {}, fmt(e.code), " ", h("small", {}, fmt(e.plover))),
      h("td", {}, fmt(e.target_code)), h("td", {}, quadBadge(e.quad_class)),
      h("td", {class: "trigger-cell", title: e.sentence_text || ""}, fmt(e.trigger_text)),
      h("td", {}, fmt(e.place_name)), h("td", {}, fmt(e.num_mentions))))));
}

function filterForm(params) {
  const inputs = FILTERS.map(([name, label, example]) => h("label", {},
    label, h("input", {name, value: params[name] || "", placeholder: example,
                       type: name.startsWith("date") ? "date" : "text"})));
  const quads = h("select", {name: "quad_class", "aria-label": "quad class"},
    ["", "1", "2", "3", "4"].map((q) => h("option", {value: q, selected: (params.quad_class || "") === q}, q || "any quad")));
  return h("form", {class: "filters", id: "event-filters", onsubmit: (e) => {
    e.preventDefault();
    const values = Object.fromEntries(new FormData(e.target).entries());
    go("events", "", {...values, sort: params.sort || ""});
  }}, inputs, h("label", {}, "quad class", quads), h("button", {type: "submit"}, "Filter"),
     h("a", {href: "#/events", class: "button"}, "Clear"));
}

export async function events(root, _arg, params) {
  const sort = params.sort || "-date";
  const limit = 50, offset = Number(params.offset || 0);
  const page = await get("/api/events", {...params, sort, limit, offset});
  const to = (changes) => go("events", "", {...params, ...changes});
  const pager = h("div", {class: "pager"},
    h("button", {type: "button", disabled: offset === 0, onclick: () => to({offset: Math.max(0, offset - limit)})}, "previous"),
    ` ${page.total ? offset + 1 : 0}–${Math.min(offset + limit, page.total)} of ${page.total} `,
    h("button", {type: "button", disabled: offset + limit >= page.total, onclick: () => to({offset: offset + limit})}, "next"));
  show(root, h("h1", {}, "Events"), filterForm(params), pager,
       page.events.length ? eventTable(page.events, sort, (s) => to({sort: s, offset: 0})) : message("No events match."));
}

function provenance(m) {
  const date = m.date ? `${m.date.value} (${m.date.precision}${m.date.text ? `, "${m.date.text}"` : ""}; ${m.date.rule || "?"})` : "-";
  const place = m.place ? `${m.place.name}, ${m.place.country} (${m.place.level}${m.place.text ? `, "${m.place.text}"` : ""}; ${m.place.rule || "?"})` : "-";
  return h("dl", {class: "facts"},
    h("dt", {}, "rule"), h("dd", {}, fmt(m.rule_id)),
    h("dt", {}, "source"), h("dd", {}, m.source ? `${m.source.code} "${m.source.text}" (${m.source.how || "?"})` : "-"),
    h("dt", {}, "target"), h("dd", {}, m.target ? `${m.target.code} "${m.target.text}" (${m.target.how || "?"})` : "-"),
    h("dt", {}, "date"), h("dd", {}, date), h("dt", {}, "place"), h("dd", {}, place));
}

export async function eventDetail(root, key) {
  const {event} = await get(`/api/events/${encodeURIComponent(key)}`);
  show(root,
    h("h1", {}, `${fmt(event.source_code)} → ${event.code} ${fmt(event.plover)} → ${fmt(event.target_code)}`),
    h("p", {}, quadBadge(event.quad_class), ` ${fmt(event.event_date)} · ${fmt(event.place_name)} · `,
      `${event.num_mentions} mention(s) in ${event.num_articles} article(s)`),
    h("ol", {class: "mentions"}, event.mentions.map((m) => h("li", {class: "mention"},
      h("blockquote", {}, fmt(m.sentence_text)),
      provenance(m),
      h("a", {class: "open-article", href: href("article", m.article_id, {mention: m.mention_id})},
        `open the article: ${m.title || m.article_id}`)))));
}

export {provenance};
