// The dashboard's shell: a hash router ("#/events?actor=USA"), the navigation and the token box.
import {describe, get, setToken, token} from "./api.js";
import {h, message, show} from "./dom.js";
import {overview} from "./overview.js";
import {dyads} from "./dyads.js";
import {events, eventDetail} from "./events.js";
import {article} from "./article.js";
import {map} from "./map.js";
import {paste} from "./paste.js";
import {reviews} from "./reviews.js";
import {route} from "./router.js";

const VIEWS = {overview, dyads, events, event: eventDetail, article, map, code: paste, review: reviews};
const main = document.getElementById("main");

async function render() {
  const {view, arg, params} = route();
  for (const link of document.querySelectorAll("nav a")) {
    link.classList.toggle("active", link.dataset.view === view);
  }
  const render = VIEWS[view];
  if (!render) {
    show(main, message(`no page '${view}'`, "error"));
    return;
  }
  show(main, message("loading…"));
  try {
    await render(main, arg, params);
  } catch (error) {
    show(main, message(describe(error), "error"));
  }
}

function tokenBox() {
  const box = document.getElementById("token");
  const input = h("input", {type: "password", placeholder: "API token", autocomplete: "off", "aria-label": "API token"});
  input.value = token();
  const save = h("button", {type: "button", onclick: () => { setToken(input.value.trim()); render(); }}, "use token");
  show(box, input, save);
  document.addEventListener("newsevents:token-needed", () => box.classList.add("needed"));
  return box;
}

async function freshness() {
  try {
    const info = await get("/api/info");
    const box = document.getElementById("token");
    if (info.token_required_for !== "nothing") box.classList.add("needed");
    show(document.getElementById("fresh"), `${info.database} · data as of ${info.as_of.last_write}`);
  } catch (error) {
    show(document.getElementById("fresh"), describe(error));
  }
}

tokenBox();
freshness();
window.addEventListener("hashchange", render);
render();
