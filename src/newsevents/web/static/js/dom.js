// DOM helpers. Article text and every value from the API is untrusted: it only ever becomes a text
// node (or an attribute set with setAttribute); nothing here parses markup (tests/test_server.py checks).

const SVG_NS = "http://www.w3.org/2000/svg";

function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function setAttrs(node, attrs) {
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith("on") && typeof value === "function") node.addEventListener(name.slice(2), value);
    else if (name === "dataset") Object.assign(node.dataset, value);
    else node.setAttribute(name, value === true ? "" : String(value));
  }
  return node;
}

// h("a", {href: "#/events", class: "x"}, "text", child...) -> an element; strings become text nodes
export function h(tag, attrs, ...children) {
  return append(setAttrs(document.createElement(tag), attrs), children);
}

export function s(tag, attrs, ...children) {
  return append(setAttrs(document.createElementNS(SVG_NS, tag), attrs), children);
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

export function show(node, ...children) {
  return append(clear(node), children);
}

// a link only for web addresses: a 'javascript:' url in a stored article must not become clickable
export function safeUrl(url) {
  return /^https?:\/\//i.test(url || "") ? url : null;
}

export const QUADS = {
  1: {name: "verbal cooperation", color: "#4575b4"},
  2: {name: "material cooperation", color: "#74add1"},
  3: {name: "verbal conflict", color: "#f46d43"},
  4: {name: "material conflict", color: "#a50026"},
  0: {name: "neutral", color: "#999999"},
};

export function quadBadge(quad) {
  const info = QUADS[quad] || QUADS[0];
  return h("span", {class: `quad q${quad}`, title: info.name}, String(quad ?? "-"));
}

export function actorLabel(actor) {
  return actor ? actor.code || "?" : "-";
}

export function fmt(value) {
  return value === null || value === undefined || value === "" ? "-" : String(value);
}

export function message(text, kind = "note") {
  return h("p", {class: `message ${kind}`}, text);
}
