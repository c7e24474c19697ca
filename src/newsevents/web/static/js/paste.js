// Paste box: code text live (nothing is stored) and, one click away, the coder's explain trace.
import {describe, post} from "./api.js";
import {fmt, h, message, quadBadge, show} from "./dom.js";
import {highlighted, key} from "./highlight.js";

function steps(candidate) {
  return h("ol", {class: "steps"}, (candidate.steps || []).map((step) =>
    h("li", {class: `step ${step.action}`}, h("b", {}, step.action), ` ${step.rule}: ${step.detail}`)));
}

function candidateView(c) {
  const model = c.model ? `model: root ${c.model.root}, p=${Number(c.model.probability).toFixed(2)}, ${c.model.mode}`
                        : "model: no score (no classifier in this installation, or not consulted)";
  const events = (c.events || []).map((e) => `${e.source && e.source.code || e.source_code || "-"} ${e.code} ` +
                                              `${e.target && e.target.code || e.target_code || "-"}`);
  return h("details", {class: "candidate", open: true},
    h("summary", {}, `"${c.trigger.text}" (${c.lemma}${c.pos ? ", " + c.pos : ""}) → ` +
                     `${events.length ? events.join("; ") : "no event"}`),
    h("p", {}, model), h("p", {}, `lexicon: ${(c.lexicon || []).join(", ") || "none"}`), steps(c));
}

function traceView(trace) {
  return h("section", {class: "panel trace", id: "trace"}, h("h2", {}, "Explain trace"),
    (trace.sentences || []).map((sentence) => h("div", {class: "trace-sentence"},
      h("blockquote", {}, sentence.text),
      (sentence.notes || []).map((note) => h("p", {class: "hint"}, typeof note === "string" ? note : JSON.stringify(note))),
      sentence.candidates.length ? sentence.candidates.map(candidateView) : message("no candidate trigger"))));
}

function results(text, coded, date) {
  const box = h("div", {});
  const table = h("table", {class: "events coded"},
    h("thead", {}, h("tr", {}, ["source", "code", "target", "quad", "trigger", "rule", "date", "place"].map((c) => h("th", {}, c)))),
    h("tbody", {}, coded.events.map((e) => h("tr", {},
      h("td", {}, e.source ? e.source.code : "-"), h("td", {}, e.code, " ", h("small", {}, fmt(e.plover))),
      h("td", {}, e.target ? e.target.code : "-"), h("td", {}, quadBadge(e.quad_class)),
      h("td", {}, e.trigger ? e.trigger.text : "-"), h("td", {}, fmt(e.rule_id)),
      h("td", {}, e.date ? `${e.date.value} (${e.date.precision})` : "-"),
      h("td", {}, e.place ? `${e.place.name}, ${e.place.country}` : "-")))));
  const explain = h("button", {type: "button", id: "explain", onclick: async () => {
    explain.disabled = true;
    try {
      box.append(traceView((await post("/api/explain", {text, date: date || null})).trace));
    } catch (error) {
      box.append(message(describe(error), "error"));
    }
  }}, "Why? Show the explain trace");
  show(box, h("h2", {}, `${coded.events.length} event(s)`),
       coded.events.length ? table : message("No event coded."),
       key(), highlighted(text, coded.events[0] || null, coded.events, null), explain);
  return box;
}

export async function paste(root) {
  const text = h("textarea", {id: "paste-text", rows: 6, maxlength: 20000, "aria-label": "text to code",
                              placeholder: "Qatar hosted talks between Afghanistan's Taliban government and US officials in Doha last week."});
  const date = h("input", {type: "date", id: "paste-date", "aria-label": "story date"});
  const out = h("div", {id: "paste-results"});
  const form = h("form", {id: "paste-form", onsubmit: async (e) => {
    e.preventDefault();
    show(out, message("coding… (the first request loads the coder, a few seconds)"));
    try {
      const coded = await post("/api/code", {text: text.value, date: date.value || null});
      show(out, results(text.value, coded, date.value));
    } catch (error) {
      show(out, message(describe(error), "error"));
    }
  }}, text, h("div", {}, "story date ", date, h("button", {type: "submit", id: "paste-code"}, "Code")));
  show(root, h("h1", {}, "Code text"), h("p", {class: "hint"}, "Nothing you paste here is stored."), form, out);
}
