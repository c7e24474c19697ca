"""The server is safe to expose: tokens, limits, injection attempts, escaping, headers, CORS, hosts,
no stack traces, snapshots while writing, and the real `newsevents serve` process."""

from __future__ import annotations

import datetime as dt
import os
import re
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest

from newsevents.api.security import CSP, check_bind, is_loopback
from newsevents.config import ServeSettings
from newsevents.errors import ConfigError
from newsevents.records import Article, CodedArticle, Sentence

from .test_api import QUAKE, error, make_client, ok, sql

pytestmark = [pytest.mark.slow, pytest.mark.issue(14)]

STATIC = Path(__file__).resolve().parent.parent / "src" / "newsevents" / "web"


@pytest.fixture(scope="module")
def client(served_db, pipeline, tmp_path_factory):
    import shutil

    db = shutil.copy(served_db, tmp_path_factory.mktemp("server") / "read.duckdb")
    with make_client(db, pipeline) as test_client:
        yield test_client


# -- authentication ---------------------------------------------------------------------------


def test_a_token_guards_writes_and_leaves_reads_open(db_copy, pipeline):
    with make_client(db_copy, pipeline, token="s3cret") as api:
        assert api.get("/api/info").json()["token_required_for"] == "writes"
        ok(api.get("/api/events"))
        ok(api.post("/api/code", json={"text": QUAKE}))
        body = {"mention_id": sql(api, "SELECT min(mention_id) FROM mentions")[0][0], "verdict": "right"}
        for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": "s3cret"},
                        {"Authorization": "Basic s3cret"}):
            refused = api.post("/api/corrections", json=body, headers=headers)
            error(refused, 401)
            assert refused.headers["www-authenticate"] == "Bearer"
        error(api.post("/api/articles", json={"text": QUAKE}), 401)
        ok(api.post("/api/corrections", json=body, headers={"Authorization": "Bearer s3cret"}), 201)


def test_protect_all_guards_every_api_request_but_not_the_dashboard_files(db_copy, pipeline):
    with make_client(db_copy, pipeline, token="s3cret", protect="all") as api:
        for path in ("/api/events", "/api/stats", "/api/articles/sample-001", "/api/corrections", "/api/info"):
            error(api.get(path), 401)
        error(api.post("/api/code", json={"text": QUAKE}), 401)
        ok(api.get("/api/events", headers={"Authorization": "Bearer s3cret"}))
        assert api.get("/").status_code == 200 and api.get("/static/js/app.js").status_code == 200


def test_no_token_means_loopback_only():
    assert is_loopback("127.0.0.1") and is_loopback("127.8.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.4") and not is_loopback("example.org")
    with pytest.raises(ConfigError, match="without a token"):
        check_bind(ServeSettings(host="0.0.0.0"))
    check_bind(ServeSettings(host="0.0.0.0", token="s3cret"))
    check_bind(ServeSettings(host="127.0.0.1"))


def test_the_command_refuses_a_public_address_without_a_token(tmp_path):
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "200"}
    env.pop("NEWSEVENTS_SERVE_TOKEN", None)
    result = subprocess.run([sys.executable, "-m", "newsevents", "serve", "--db", str(tmp_path / "x.duckdb"),
                             "--host", "0.0.0.0"], capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 1 and "without a token" in result.stderr
    assert not (tmp_path / "x.duckdb").exists()


def test_a_foreign_host_name_is_refused_without_a_token(client, db_copy, pipeline):
    # DNS rebinding: a page of evil.example resolving to 127.0.0.1 must not read the API
    error(client.get("/api/events", headers={"Host": "evil.example"}), 400)
    ok(client.get("/api/events", headers={"Host": "localhost:8000"}))
    with make_client(db_copy, pipeline, token="s3cret") as api:
        ok(api.get("/api/events", headers={"Host": "events.example.org"}))


# -- limits -------------------------------------------------------------------------------------


def test_bodies_over_the_limit_are_413(db_copy, pipeline):
    with make_client(db_copy, pipeline, max_body_bytes=2000) as api:
        error(api.post("/api/code", json={"text": "a " * 2000}), 413)

        def chunks():  # no content-length: the guard counts while reading
            for _ in range(10):
                yield b'{"text": "' + b"a" * 500

        error(api.post("/api/code", content=chunks(), headers={"Content-Type": "application/json"}), 413)
        ok(api.post("/api/code", json={"text": QUAKE}))


def test_query_and_field_limits_are_422(client):
    error(client.get("/api/events", params={"q": "x" * 3000}), 422)
    error(client.get("/api/events", params={"q": "x" * 201}), 422)
    error(client.get("/api/events", params={"limit": 501}), 422)
    error(client.get("/api/events", params={"offset": -1}), 422)
    error(client.get("/api/events", params={"quad_class": 7}), 422)
    error(client.get("/api/events", params={"date_from": "2021-13-45"}), 422)
    error(client.post("/api/code", json={"text": "x" * 20_001}), 422)
    error(client.post("/api/code", content=b"{not json", headers={"Content-Type": "application/json"}), 422)


def test_non_json_posts_are_415_so_no_cross_site_form_can_write(client):
    error(client.post("/api/code", content=b"text=hello", headers={"Content-Type": "application/x-www-form-urlencoded"}), 415)
    error(client.post("/api/corrections", content=b"{}", headers={"Content-Type": "text/plain"}), 415)


def test_unknown_routes_and_methods_share_the_error_shape(client):
    error(client.get("/api/nothing"), 404)
    error(client.delete("/api/events"), 405)
    error(client.get("/static/nothing.js"), 404)


# -- injection --------------------------------------------------------------------------------

PAYLOADS = ["' OR 1=1 --", "'; DROP TABLE events; --", "\" OR \"\"=\"", "1) UNION SELECT text FROM articles --",
            "%' OR '%'='", "\\'; SELECT 1; --", "x'||(SELECT count(*) FROM articles)||'"]


@pytest.mark.parametrize("payload", PAYLOADS)
def test_sql_in_free_text_is_only_text(client, payload):
    before = sql(client, "SELECT count(*) FROM events")[0][0]
    body = ok(client.get("/api/events", params={"q": payload}))
    assert body["total"] == 0
    ok(client.get("/api/articles", params={"q": payload}))
    assert ok(client.get("/api/corrections", params={"article_id": payload}))["total"] == 0
    assert sql(client, "SELECT count(*) FROM events")[0][0] == before


@pytest.mark.parametrize("payload", PAYLOADS)
def test_sql_in_codes_and_sorts_is_refused(client, payload):
    for name in ("actor", "source", "country", "code", "root", "plover", "place_country", "sort"):
        error(client.get("/api/events", params={name: payload}), 422)
    error(client.get("/api/actors", params={"q": payload}), 422)
    error(client.get(f"/api/events/{payload}"), 404)
    assert client.get(f"/api/articles/{payload}").status_code == 404


def test_like_wildcards_in_free_text_match_themselves(client):
    assert ok(client.get("/api/events", params={"q": "%"}))["total"] == \
        sql(client, "SELECT count(*) FROM events WHERE event_key IN (SELECT event_key FROM mentions "
                    "WHERE contains(sentence_text, '%'))")[0][0]
    assert ok(client.get("/api/events", params={"q": "_"}))["total"] == 0


# -- escaping ---------------------------------------------------------------------------------


def test_article_markup_comes_back_as_json_text(client):
    response = client.get("/api/articles/hostile-1")
    article = ok(response)["article"]
    assert response.headers["content-type"] == "application/json"
    assert response.headers["x-content-type-options"] == "nosniff"
    assert "<script>window.pwned = 1</script>" in article["text"]


def test_the_dashboard_never_parses_data_as_markup():
    page = (STATIC / "templates" / "index.html").read_text()
    assert all(re.search(r'\bsrc="/static/', tag) for tag in re.findall(r"<script[^>]*>", page))
    assert not re.search(r"\son[a-z]+=", page) and "style=" not in page
    for script in (STATIC / "static" / "js").glob("*.js"):
        code = script.read_text()
        for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function"):
            assert sink not in code, f"{script.name} uses {sink}"


def test_every_asset_is_the_packages_own():
    for path in [STATIC / "templates" / "index.html", *(STATIC / "static").rglob("*.js"), STATIC / "static" / "app.css"]:
        text = path.read_text()
        assert not re.search(r"(src|href)=\"(https?:)?//", text) and "url(http" not in text, path.name
        assert not re.search(r"""(fetch|import)\s*\(?\s*["'`](https?:)?//""", text), path.name


# -- headers, CORS, errors -----------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/", "/static/js/app.js", "/api/events", "/api/nothing"])
def test_security_headers_on_every_response(client, path):
    headers = client.get(path).headers
    assert headers["content-security-policy"] == CSP
    assert "script-src 'self'" in CSP and "unsafe-inline" not in CSP and "default-src 'none'" in CSP
    assert headers["x-frame-options"] == "DENY" and headers["referrer-policy"] == "no-referrer"
    assert headers["x-content-type-options"] == "nosniff"
    if path.startswith("/api"):
        assert headers["cache-control"] == "no-store"
        assert dt.datetime.fromisoformat(headers["x-newsevents-last-write"])


def test_cors_is_closed_by_default_and_opens_only_to_named_origins(client, db_copy, pipeline):
    response = client.get("/api/events", headers={"Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in response.headers
    preflight = client.options("/api/corrections", headers={"Origin": "https://evil.example",
                                                             "Access-Control-Request-Method": "POST"})
    assert "access-control-allow-origin" not in preflight.headers
    with make_client(db_copy, pipeline, cors_origins=("https://lab.example",)) as api:
        allowed = api.get("/api/events", headers={"Origin": "https://lab.example"})
        assert allowed.headers["access-control-allow-origin"] == "https://lab.example"
        other = api.get("/api/events", headers={"Origin": "https://evil.example"})
        assert "access-control-allow-origin" not in other.headers


def test_an_internal_error_has_the_shape_and_no_stack_trace(db_copy, pipeline, monkeypatch):
    import newsevents.api.queries as queries

    def broken(*_args, **_kwargs):
        raise RuntimeError("secret detail from deep inside")

    monkeypatch.setattr(queries, "stats", broken)
    with make_client(db_copy, pipeline) as api:
        api_no_raise = type(api)(api.app, base_url="http://127.0.0.1", raise_server_exceptions=False)
        response = api_no_raise.get("/api/stats")
    body = error(response, 500)
    assert "secret" not in response.text and "Traceback" not in response.text and "File " not in response.text
    assert body["error"].startswith("internal error")


# -- snapshots and freshness ------------------------------------------------------------------------


def coded_article(article_id: str) -> CodedArticle:
    text = "Nothing happened."
    sentence = Sentence(sentence_id=f"{article_id}:0", article_id=article_id, index=0, start=0, end=len(text), text=text)
    return CodedArticle(article=Article(article_id=article_id, text=text, content_hash=article_id,
                                        date=dt.date(2022, 1, 1)), sentences=(sentence,))


def test_a_reader_keeps_its_snapshot_while_a_writer_commits(db_copy, pipeline):
    with make_client(db_copy, pipeline) as api:
        state = api.app.state.newsevents  # type: ignore[attr-defined]
        with state.snapshot() as snap:
            before = snap.one("SELECT count(*) AS n FROM articles")["n"]
            with state.writing() as store:
                store.save(coded_article("during-read"))
            assert snap.one("SELECT count(*) AS n FROM articles")["n"] == before
        with state.snapshot() as snap:
            assert snap.one("SELECT count(*) AS n FROM articles")["n"] == before + 1


def test_readers_are_served_while_a_write_is_in_progress(db_copy, pipeline):
    with make_client(db_copy, pipeline) as api:
        state = api.app.state.newsevents  # type: ignore[attr-defined]
        holding, done = threading.Event(), threading.Event()

        def slow_write() -> None:
            with state.writing() as store:
                store.conn.execute("BEGIN")
                store.conn.execute("DELETE FROM mention_rows")  # the table behind the mentions view
                holding.set()
                done.wait(10)
                store.conn.execute("ROLLBACK")

        writer = threading.Thread(target=slow_write)
        writer.start()
        try:
            assert holding.wait(10)
            started = time.perf_counter()
            body = ok(api.get("/api/events", params={"limit": 5}))
            assert time.perf_counter() - started < 2 and body["total"] > 0  # the uncommitted delete is unseen
        finally:
            done.set()
            writer.join()


def test_cached_answers_never_outlive_a_write(db_copy, pipeline):
    with make_client(db_copy, pipeline) as api:
        first = api.get("/api/stats")
        assert api.get("/api/stats").content == first.content  # the same answer, from the cache
        mention = sql(api, "SELECT min(mention_id) FROM mentions")[0][0]
        ok(api.post("/api/corrections", json={"mention_id": mention, "verdict": "right"}), 201)
        assert ok(api.get("/api/stats"))["review"]["reviewed"] == 1
        listed = ok(api.get("/api/articles", params={"limit": 1}))["total"]
        ok(api.post("/api/articles", json={"id": "cache-1", "text": QUAKE}), 201)
        assert ok(api.get("/api/articles", params={"limit": 1}))["total"] == listed + 1


def test_a_cached_answer_is_not_served_without_the_token(db_copy, pipeline):
    with make_client(db_copy, pipeline, token="s3cret", protect="all") as api:
        ok(api.get("/api/events", headers={"Authorization": "Bearer s3cret"}))
        error(api.get("/api/events"), 401)
        error(api.get("/api/events", headers={"Authorization": "Bearer guess"}), 401)


# -- the real command -----------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_newsevents_serve_starts_fast_and_loads_the_coder_lazily(db_copy):
    port = free_port()
    env = {**os.environ, "NO_COLOR": "1"}
    process = subprocess.Popen([sys.executable, "-m", "newsevents", "serve", "--db", str(db_copy), "--port", str(port)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    try:
        started = time.perf_counter()
        info = None
        while time.perf_counter() - started < 30 and info is None:
            try:
                info = httpx.get(f"http://127.0.0.1:{port}/api/info", timeout=2)
            except httpx.TransportError:
                time.sleep(0.1)
        assert info is not None and info.status_code == 200
        assert info.json()["coder_loaded"] is False and "server" not in info.headers
        assert time.perf_counter() - started < 15
    finally:
        process.terminate()
        process.wait(timeout=20)
        process.stdout.close()  # type: ignore[union-attr]
        process.stderr.close()  # type: ignore[union-attr]
