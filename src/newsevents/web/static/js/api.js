// The API client: JSON in and out, the bearer token from this browser tab, errors as ApiFailure.

const TOKEN_KEY = "newsevents-token";

export class ApiFailure extends Error {
  constructor(status, text, errors) {
    super(text);
    this.status = status;
    this.errors = errors || [];
  }
}

export function token() {
  return sessionStorage.getItem(TOKEN_KEY) || "";
}

export function setToken(value) {
  if (value) sessionStorage.setItem(TOKEN_KEY, value);
  else sessionStorage.removeItem(TOKEN_KEY);
}

export function query(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params || {})) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item !== "" && item !== null && item !== undefined) search.append(key, item);
    }
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}

async function request(method, path, body, accept = "application/json") {
  const headers = {Accept: accept};
  if (token()) headers.Authorization = `Bearer ${token()}`;
  if (body !== undefined) headers["Content-Type"] = "application/json";
  const response = await fetch(path, {method, headers, body: body === undefined ? undefined : JSON.stringify(body)});
  if (!response.ok) {
    let detail = {error: `${response.status} ${response.statusText}`, errors: []};
    try { detail = await response.json(); } catch (_) { /* not JSON: keep the status line */ }
    if (response.status === 401) document.dispatchEvent(new CustomEvent("newsevents:token-needed"));
    throw new ApiFailure(response.status, detail.error, detail.errors);
  }
  return accept === "application/json" ? response.json() : response.text();
}

export const get = (path, params) => request("GET", path + query(params));
export const getText = (path, params) => request("GET", path + query(params), undefined, "application/x-ndjson");
export const post = (path, body) => request("POST", path, body);

// "invalid request: query.actor String should match pattern ..." as one line for the page
export function describe(error) {
  if (!(error instanceof ApiFailure)) return String(error);
  const details = error.errors.map((e) => `${e.loc ? e.loc + ": " : ""}${e.message}`).join("; ");
  return details ? `${error.message} (${details})` : error.message;
}
