// An article's text with one event's source, trigger and target marked, and every other trigger
// clickable. Each piece of text becomes a text node inside a <mark>, never markup.
import {h} from "./dom.js";

const PRIORITY = ["trigger", "source", "target", "other"];

function spansOf(selected, all) {
  const spans = [];
  for (const m of all) {
    if (m.trigger && m !== selected) spans.push({start: m.trigger.start, end: m.trigger.end, role: "other", mention: m});
  }
  if (selected) {
    for (const role of ["source", "target"]) {
      const span = selected[role] && selected[role].span;
      if (span && span.end > span.start) spans.push({start: span.start, end: span.end, role, mention: selected});
    }
    if (selected.trigger) spans.push({...selected.trigger, role: "trigger", mention: selected});
  }
  return spans;
}

// text: the whole text; offsets in the mentions are into it
export function highlighted(text, selected, all, onPick) {
  const spans = spansOf(selected, all).filter((s) => s.start >= 0 && s.end <= text.length && s.start < s.end);
  const cuts = [...new Set([0, text.length, ...spans.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const box = h("div", {class: "article-text"});
  for (let i = 0; i < cuts.length - 1; i++) {
    const [from, to] = [cuts[i], cuts[i + 1]];
    const piece = text.slice(from, to);
    const covering = spans.filter((s) => s.start <= from && s.end >= to);
    if (!covering.length) {
      box.append(document.createTextNode(piece));
      continue;
    }
    covering.sort((a, b) => PRIORITY.indexOf(a.role) - PRIORITY.indexOf(b.role));
    const top = covering[0];
    const roles = [...new Set(covering.map((s) => s.role))];
    const mark = h("mark", {class: roles.map((r) => `hl-${r}`).join(" "), dataset: {role: top.role},
                            title: top.role === "other" ? `${top.mention.code}: click to select` : top.role}, piece);
    if (top.role === "other" && onPick) mark.addEventListener("click", () => onPick(top.mention));
    box.append(mark);
  }
  return box;
}

export function key() {
  return h("ul", {class: "legend"}, ["source", "trigger", "target", "other"].map((role) =>
    h("li", {}, h("mark", {class: `hl-${role}`}, role === "other" ? "another event's trigger" : role))));
}
