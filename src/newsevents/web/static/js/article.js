// Article view: the text with the selected event's source, trigger and target highlighted, the rule
// that fired, the resolved date and place, and the review form (right, or wrong with the right code).
import {ApiFailure, describe, get, post} from "./api.js";
import {fmt, h, message, quadBadge, safeUrl, show} from "./dom.js";
import {provenance} from "./events.js";
import {highlighted, key} from "./highlight.js";
import {go} from "./router.js";

let codesCache = null;
async function codes() {
  codesCache = codesCache || await get("/api/codes");
  return codesCache;
}

function verdictLine(m) {
  const v = m.verdict;
  if (!v) return h("p", {class: "verdict none"}, "not reviewed");
  const what = v.verdict === "right" ? "judged right"
    : `judged wrong: ${v.code ? `should be ${v.code} (${v.mode || "actual"})` : "no event here"}` +
      (v.source_code || v.target_code ? `, ${v.source_code || "-"} → ${v.target_code || "-"}` : "");
  return h("p", {class: `verdict ${v.verdict}`}, `${what} (review ${v.correction_id})`);
}

async function wrongForm(m, done) {
  const {codes: list, modes} = await codes();
  const field = (name, label, value, extra = {}) => h("label", {}, label, h("input", {name, value: value || "", ...extra}));
  const form = h("form", {class: "correction", id: "correction-form"},
    h("datalist", {id: "cameo-codes"}, list.map((c) => h("option", {value: c.code}, `${c.code} ${c.name}`))),
    field("code", "right code (the act as if it happened)", "", {list: "cameo-codes", pattern: "[0-9]{2,4}"}),
    h("label", {}, "mode", h("select", {name: "mode"}, modes.map((mode) => h("option", {value: mode}, mode)))),
    field("trigger_text", "trigger word", m.trigger && m.trigger.text),
    field("source_text", "source phrase", m.source && m.source.text),
    field("source_code", "source code", m.source && m.source.code),
    field("target_text", "target phrase", m.target && m.target.text),
    field("target_code", "target code", m.target && m.target.code),
    h("label", {class: "check"}, h("input", {type: "checkbox", name: "no_event"}), "there is no such event here"),
    field("note", "note", ""),
    h("button", {type: "submit"}, "Save correction"));
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const values = Object.fromEntries(new FormData(form).entries());
    const body = {mention_id: m.mention_id, verdict: "wrong", note: values.note || ""};
    if (!values.no_event) {
      Object.assign(body, {code: values.code || null, mode: values.mode || null});
      for (const name of ["trigger_text", "source_text", "target_text", "source_code", "target_code"]) {
        if (values[name]) body[name] = values[name].trim();
      }
    }
    done(body);
  });
  return form;
}

function reviewPanel(m, reload) {
  const status = h("p", {class: "status"});
  const box = h("div", {class: "review", id: "review"}, h("h3", {}, "Review"), verdictLine(m), status);
  const send = async (body) => {
    try {
      await post("/api/corrections", body);
      reload(m.mention_id);
    } catch (error) {
      show(status, error instanceof ApiFailure && error.status === 401
        ? "saving a verdict needs the server's token (top right)" : describe(error));
      status.className = "status error";
    }
  };
  box.append(h("div", {class: "buttons"},
    h("button", {type: "button", id: "mark-right", onclick: () => send({mention_id: m.mention_id, verdict: "right"})}, "Right"),
    h("button", {type: "button", id: "mark-wrong", onclick: async (e) => {
      e.target.disabled = true;
      box.append(await wrongForm(m, send));
    }}, "Wrong…")));
  return box;
}

function eventList(art, selected, pick) {
  return h("ol", {class: "event-list"}, art.events.map((m) => h("li", {class: m === selected ? "selected" : ""},
    h("button", {type: "button", class: "link", onclick: () => pick(m)},
      quadBadge(m.quad_class), ` ${m.source ? m.source.code : "-"} → ${m.code} → ${m.target ? m.target.code : "-"}`),
    m.verdict ? h("span", {class: `tag ${m.verdict.verdict}`}, m.verdict.verdict) : null)));
}

function detail(m, reload) {
  return h("div", {class: "event-detail", id: "event-detail"},
    h("h2", {}, `${m.source ? m.source.code : "-"} → ${m.code} ${fmt(m.plover)} → ${m.target ? m.target.code : "-"}`),
    h("p", {}, `confidence ${fmt(m.confidence)}`, m.aux_modes.length ? ` · ${m.aux_modes.join(", ")}` : ""),
    provenance(m), reviewPanel(m, reload));
}

export async function article(root, id, params) {
  const {article: art} = await get(`/api/articles/${encodeURIComponent(id)}`);
  const selected = art.events.find((m) => m.mention_id === params.mention) || art.events[0] || null;
  const pick = (m) => go("article", id, {mention: m.mention_id});
  const reload = (mention) => article(root, id, {mention});
  const url = safeUrl(art.url);
  show(root,
    h("h1", {}, fmt(art.title || art.article_id)),
    h("p", {class: "meta"}, `${fmt(art.date)} · ${fmt(art.source)} · ${art.article_id} `,
      url ? h("a", {href: url, rel: "noopener noreferrer", target: "_blank"}, "original") : null),
    h("div", {class: "columns article"},
      h("section", {class: "panel"}, key(), highlighted(art.text || "", selected, art.events, pick)),
      h("aside", {class: "panel"},
        h("h2", {}, `${art.events.length} event mention(s)`), eventList(art, selected, pick),
        selected ? detail(selected, reload) : message("No events were coded in this article."))));
}
