// Where the dashboard is: the view, its argument and its parameters, all in the URL's hash.

// "#/article/sample-001?mention=abc" -> {view: "article", arg: "sample-001", params: {mention: "abc"}}
export function route() {
  const [path, search] = (location.hash.replace(/^#\/?/, "") || "overview").split("?");
  const [view, ...rest] = path.split("/");
  return {view, arg: decodeURIComponent(rest.join("/")), params: Object.fromEntries(new URLSearchParams(search || ""))};
}

export function go(view, arg = "", params = {}) {
  location.hash = href(view, arg, params);
}

export function href(view, arg = "", params = {}) {
  const search = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== "" && v != null)).toString();
  return `#/${view}${arg ? "/" + encodeURIComponent(arg) : ""}${search ? "?" + search : ""}`;
}

// the first day of the period after the one that starts on `start`
export function nextPeriod(start, freq) {
  return addDays(periodEnd(start, freq), 1);
}

function addDays(day, n) {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

// the last day of the period that starts on `start` ("2021-08-01", "month") as YYYY-MM-DD
export function periodEnd(start, freq) {
  const d = new Date(`${start}T00:00:00Z`);
  if (freq === "day") d.setUTCDate(d.getUTCDate() + 1);
  else if (freq === "week") d.setUTCDate(d.getUTCDate() + 7);
  else if (freq === "year") d.setUTCFullYear(d.getUTCFullYear() + 1);
  else d.setUTCMonth(d.getUTCMonth() + 1);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}
