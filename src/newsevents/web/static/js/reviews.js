// Review: every verdict given so far, the share judged right, and the training file they make.
import {get, getText} from "./api.js";
import {fmt, h, message, show} from "./dom.js";
import {href} from "./router.js";

function download(text) {
  const link = h("a", {href: URL.createObjectURL(new Blob([text], {type: "application/x-ndjson"})),
                       download: "corrections.jsonl", class: "button"}, "download corrections.jsonl");
  return link;
}

export async function reviews(root) {
  const page = await get("/api/corrections", {limit: 200});
  const r = page.review;
  const training = await getText("/api/corrections", {format: "training"});
  const lines = training.split("\n").filter(Boolean).length;
  show(root, h("h1", {}, "Review"),
    h("p", {}, r.reviewed ? `${r.reviewed} event mention(s) reviewed: ${r.right} right, ${r.wrong} wrong ` +
                            `(${Math.round(100 * r.share_right)}% right).` : "Nothing reviewed yet: open an article and mark its events."),
    h("p", {}, `${lines} training sentence(s) `, lines ? download(training) : null,
      " (also: newsevents corrections export --out FILE)"),
    page.corrections.length ? h("table", {class: "events", id: "corrections"},
      h("thead", {}, h("tr", {}, ["#", "verdict", "coded", "corrected", "sentence", "when"].map((c) => h("th", {}, c)))),
      h("tbody", {}, page.corrections.map((c) => h("tr", {},
        h("td", {}, h("a", {href: href("article", c.article_id, {mention: c.mention_id})}, String(c.correction_id))),
        h("td", {}, c.verdict),
        h("td", {}, `${fmt(c.coded.source_code)} ${c.coded.code} ${fmt(c.coded.target_code)}`),
        h("td", {}, c.verdict === "wrong" ? (c.code ? `${fmt(c.source_code)} ${c.code} (${fmt(c.mode)}) ${fmt(c.target_code)}` : "no event") : ""),
        h("td", {class: "sentence"}, fmt(c.sentence_text)), h("td", {}, fmt(c.created_at))))))
      : message("No corrections yet."));
}
