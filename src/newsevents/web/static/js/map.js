// Map of event locations: country outlines from the package's own world.json (Natural Earth, plain
// longitude/latitude projection), one point per place sized by its events and coloured by its most
// frequent quad class. No tiles, nothing from the internet.
import {get} from "./api.js";
import {QUADS, fmt, h, message, s, show} from "./dom.js";
import {eventTable} from "./events.js";
import {go} from "./router.js";

let world = null;
async function outline() {
  if (!world) world = await (await fetch("/static/world.json")).json();
  return world.countries.map((c) => s("path", {d: c.d, class: "country"}, s("title", {}, c.name)));
}

function dominant(place) {
  return [1, 2, 3, 4].reduce((best, q) => (place[`q${q}`] > place[`q${best}`] ? q : best), 1);
}

function point(place, onPick) {
  const q = dominant(place);
  const circle = s("circle", {cx: place.longitude, cy: -place.latitude, r: 0.6 + 0.9 * Math.sqrt(place.events),
                              fill: QUADS[q].color, class: "place", tabindex: 0, dataset: {place: place.place_name}},
    s("title", {}, `${place.place_name}, ${place.place_country}: ${place.events} event(s) ` +
                   `(${[1, 2, 3, 4].map((k) => place[`q${k}`]).join(" / ")} by quad class)`));
  circle.addEventListener("click", () => onPick(place));
  return circle;
}

async function eventsAt(box, place, params) {
  const page = await get("/api/events", {...params, place: place.place_name, place_country: place.place_country, limit: 100});
  show(box, h("h3", {}, `${place.place_name}, ${place.place_country}: ${page.total} event(s)`), eventTable(page.events));
}

export async function map(root, _arg, params) {
  const filters = {actor: params.actor || "", date_from: params.date_from || "", date_to: params.date_to || "",
                   quad_class: params.quad_class || ""};
  const [{places}, countries] = await Promise.all([get("/api/places", filters), outline()]);
  const list = h("div", {id: "place-events"});
  const svg = s("svg", {viewBox: "-180 -84 360 142", class: "map", role: "img", "aria-label": "map of event locations"},
    s("rect", {x: -180, y: -90, width: 360, height: 180, class: "sea"}), countries,
    [...places].reverse().map((p) => point(p, (place) => eventsAt(list, place, filters))));  // big points under small
  const form = h("form", {class: "inline", onsubmit: (e) => {
    e.preventDefault();
    go("map", "", Object.fromEntries(new FormData(e.target).entries()));
  }}, "actor ", h("input", {name: "actor", value: filters.actor, placeholder: "USA"}),
     " from ", h("input", {name: "date_from", type: "date", value: filters.date_from}),
     " to ", h("input", {name: "date_to", type: "date", value: filters.date_to}),
     " quad ", h("select", {name: "quad_class"}, ["", "1", "2", "3", "4"].map((q) =>
       h("option", {value: q, selected: filters.quad_class === q}, q || "any"))),
     h("button", {type: "submit"}, "Show"));
  show(root, h("h1", {}, "Map"), form,
       h("p", {class: "hint"}, `${places.length} place(s); ${fmt(places.reduce((n, p) => n + p.events, 0))} located event(s). ` +
                               "Points are sized by events and coloured by their most frequent quad class; click one for its events."),
       places.length ? null : message("No located events match."),
       h("section", {class: "panel"}, svg, h("ul", {class: "legend"}, [1, 2, 3, 4].map((q) =>
         h("li", {}, h("span", {class: `swatch q${q}`}), QUADS[q].name)))), list);
}
