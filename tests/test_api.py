"""The REST API in-process (Starlette's TestClient over httpx): every endpoint, filter and error.

Expected values come from plain SQL on the same database, so a filter that matched the wrong rows
(or none) fails here.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any, Iterator

import pytest
from fastapi.testclient import TestClient

from newsevents import Settings
from newsevents.api import create_app
from newsevents.config import StoreSettings
from newsevents.train.corpus import parse_record
from newsevents.store import SCHEMA_VERSION

pytestmark = [pytest.mark.slow, pytest.mark.issue(14)]

QUAKE = "Qatar hosted talks between Afghanistan's Taliban government and US officials in Doha last week."


def make_client(db, pipeline, **serve: Any) -> TestClient:
    settings = replace(Settings(), store=StoreSettings(db=str(db)))
    if serve:
        settings = replace(settings, serve=replace(settings.serve, **serve))
    app = create_app(settings, pipeline=pipeline)
    return TestClient(app, base_url="http://127.0.0.1")


@pytest.fixture(scope="module")
def client(served_db, pipeline, tmp_path_factory) -> Iterator[TestClient]:
    import shutil

    db = shutil.copy(served_db, tmp_path_factory.mktemp("api") / "read.duckdb")
    with make_client(db, pipeline) as test_client:
        yield test_client


@pytest.fixture
def writer(db_copy, pipeline) -> Iterator[TestClient]:
    with make_client(db_copy, pipeline) as test_client:
        yield test_client


def sql(client: TestClient, query: str, params: list | None = None) -> list[tuple]:
    """Plain SQL on the served database, beside the API (the server owns the file)."""
    cursor = client.app.state.newsevents.store.cursor()  # type: ignore[attr-defined]
    try:
        return cursor.execute(query, params or []).fetchall()
    finally:
        cursor.close()


def ok(response, status: int = 200) -> dict:
    assert response.status_code == status, response.text
    body = response.json()
    assert body["ok"] is True
    return body


def error(response, status: int) -> dict:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"ok", "error", "errors", "status"} and body["ok"] is False and body["status"] == status
    return body


# -- server info, codes -------------------------------------------------------------------


def test_info_says_version_schema_and_that_nothing_needs_a_token(client):
    body = ok(client.get("/api/info"))
    assert body["schema_version"] == SCHEMA_VERSION and body["token_required_for"] == "nothing"
    assert body["coder_loaded"] is True and body["as_of"]["last_write"]  # given here; loaded lazily otherwise


def test_codes_list_the_ontology_and_the_corpus_modes(client):
    body = ok(client.get("/api/codes"))
    codes = {c["code"]: c for c in body["codes"]}
    assert codes["190"]["root"] == "19" and "threatened" in body["modes"]


# -- events ---------------------------------------------------------------------------------

FILTERS = [
    ({"actor": "afgins"}, "(source_code LIKE 'AFGINS%' OR target_code LIKE 'AFGINS%')"),
    ({"source": "USA"}, "source_code LIKE 'USA%'"),
    ({"target": "AFG"}, "target_code LIKE 'AFG%'"),
    ({"country": "QAT"}, "(source_country = 'QAT' OR target_country = 'QAT')"),
    ({"source_country": "RUS"}, "source_country = 'RUS'"),
    ({"target_country": "UKR"}, "target_country = 'UKR'"),
    ({"code": "04"}, "code LIKE '04%'"),
    ({"root": "19"}, "root = '19'"),
    ({"plover": "consult"}, "plover = 'CONSULT'"),
    ({"quad_class": ["3", "4"]}, "quad_class IN (3, 4)"),
    ({"date_from": "2021-08-15", "date_to": "2021-12-31"}, "event_date BETWEEN DATE '2021-08-15' AND DATE '2021-12-31'"),
    ({"place_country": "QAT"}, "place_country = 'QAT'"),
    ({"place": "Kabul"}, "place_name = 'Kabul'"),
    ({"q": "ceasefire"}, "event_key IN (SELECT event_key FROM mentions WHERE sentence_text ILIKE '%ceasefire%')"),
    ({"source": "USA", "target": "AFG", "quad_class": "4"}, "source_code LIKE 'USA%' AND target_code LIKE 'AFG%' "
                                                            "AND quad_class = 4"),
]


@pytest.mark.parametrize("params, where", FILTERS, ids=[str(sorted(p)) for p, _ in FILTERS])
def test_each_filter_gives_exactly_the_matching_events(client, params, where):
    expected = {row[0] for row in sql(client, f"SELECT event_key FROM events WHERE {where}")}
    assert expected, f"the sample has no events for {params}: choose another value"
    body = ok(client.get("/api/events", params={**params, "limit": 500}))
    assert body["total"] == len(expected)
    assert {e["event_key"] for e in body["events"]} == expected


def test_events_are_sorted_both_ways_and_paged(client):
    first = ok(client.get("/api/events", params={"sort": "date", "limit": 10}))
    dates = [e["event_date"] for e in first["events"]]
    assert dates == sorted(dates)
    newest = ok(client.get("/api/events", params={"sort": "-mentions", "limit": 10}))["events"]
    assert [e["num_mentions"] for e in newest] == sorted((e["num_mentions"] for e in newest), reverse=True)
    second = ok(client.get("/api/events", params={"sort": "date", "limit": 10, "offset": 10}))
    assert not {e["event_key"] for e in first["events"]} & {e["event_key"] for e in second["events"]}
    total = sql(client, "SELECT count(*) FROM events")[0][0]
    past = ok(client.get("/api/events", params={"offset": total + 5}))
    assert past["events"] == [] and past["total"] == total


def test_an_event_row_carries_its_first_mention_trigger_and_sentence(client):
    event = ok(client.get("/api/events", params={"root": "19", "limit": 1}))["events"][0]
    assert event["trigger_text"] and event["trigger_text"] in event["sentence_text"]


PAGES = [{"country": "AFG", "quad_class": ["3", "4"], "sort": "-date"}, {"sort": "goldstein", "limit": 7, "offset": 3},
         {"q": "talks", "sort": "-mentions"}, {"root": "19", "limit": 500}, {"offset": 100000}]


def test_pages_from_the_servers_materialised_events_match_the_views_and_follow_its_writes(writer):
    state = writer.app.state.newsevents  # type: ignore[attr-defined]
    assert state._materialised
    fast = [writer.get("/api/events", params=params).content for params in PAGES]
    state._materialised = False  # pages read the events view, as before the server kept them
    state.generation += 1  # and the response cache forgets the pages above
    assert [writer.get("/api/events", params=params).content for params in PAGES] == fast
    state._materialised = True
    before = ok(writer.get("/api/events", params={"limit": 1}))["total"]
    article = {"id": "posted-2", "title": "Talks", "date": "2022-03-09", "source": "Test Wire", "text": QUAKE}
    assert ok(writer.post("/api/articles", json=article), 201)["events"]
    after = ok(writer.get("/api/events", params={"limit": 500, "sort": "date"}))
    assert after["total"] > before and after["total"] == sql(writer, "SELECT count(*) FROM events")[0][0]
    keys = {row[0] for row in sql(writer, "SELECT event_key FROM mentions WHERE article_id = 'posted-2'")}
    assert keys and keys <= {e["event_key"] for e in after["events"]}


def test_event_detail_has_mentions_with_evidence_spans_rule_date_and_place(client):
    key = sql(client, "SELECT event_key FROM events WHERE num_mentions > 1 ORDER BY event_key LIMIT 1")[0][0]
    event = ok(client.get(f"/api/events/{key}"))["event"]
    assert event["num_mentions"] == len(event["mentions"]) > 1
    for mention in event["mentions"]:
        text = sql(client, "SELECT text FROM articles WHERE article_id = ?", [mention["article_id"]])[0][0]
        trigger = mention["trigger"]
        assert text[trigger["start"]:trigger["end"]] == trigger["text"]
        source_span = mention["source"]["span"]
        if source_span:
            assert text[source_span["start"]:source_span["end"]] == source_span["text"]
        assert mention["rule_id"] and mention["date"]["precision"] and mention["date"]["rule"]


def test_unknown_event_is_404(client):
    error(client.get("/api/events/0000000000000000"), 404)


# -- articles -------------------------------------------------------------------------------


def test_articles_are_listed_newest_first_and_searched(client):
    body = ok(client.get("/api/articles", params={"limit": 100}))
    assert body["total"] == sql(client, "SELECT count(*) FROM articles")[0][0]
    dates = [a["date"] for a in body["articles"]]
    assert dates == sorted(dates, reverse=True)
    found = ok(client.get("/api/articles", params={"q": "Ghazni"}))["articles"]
    assert found and all("Ghazni" in sql(client, "SELECT title || text FROM articles WHERE article_id = ?",
                                          [a["article_id"]])[0][0] for a in found)
    dated = ok(client.get("/api/articles", params={"date_from": "2024-01-01"}))["articles"]
    assert dated and all(a["date"] >= "2024-01-01" for a in dated)


def test_article_detail_gives_text_sentences_and_each_events_spans(client):
    article = ok(client.get("/api/articles/sample-002"))["article"]
    text = article["text"]
    assert article["sentences"] and all(s["end"] > s["start"] for s in article["sentences"])
    assert len(article["events"]) == sql(client, "SELECT count(*) FROM mentions WHERE article_id = 'sample-002'")[0][0]
    for event in article["events"]:
        assert text[event["trigger"]["start"]:event["trigger"]["end"]] == event["trigger"]["text"]
        assert event["verdict"] is None


def test_unknown_article_is_404(client):
    error(client.get("/api/articles/no-such-article"), 404)
    error(client.get("/api/articles/a/b/c"), 404)


# -- dyads, actors, places, stats --------------------------------------------------------------


def test_dyad_series_counts_both_directions(client):
    body = ok(client.get("/api/dyads/usa/afg", params={"freq": "year"}))
    assert set(body["directions"]) == {"USA->AFG", "AFG->USA"}
    assert {"AFGGOV", "AFGINS"} <= set(body["members"]["AFG"])  # the Taliban before and after August 2021
    for direction, (source, target) in (("USA->AFG", ("USA", "AFG")), ("AFG->USA", ("AFG", "USA"))):
        expected = sql(client, "SELECT count(*) FROM events WHERE source_code LIKE ? AND target_code LIKE ?",
                       [source + "%", target + "%"])[0][0]
        rows = body["directions"][direction]
        assert sum(r["events"] for r in rows) == expected > 0
        assert all(r["period"].endswith("-01-01") for r in rows)


def test_dyad_rejects_a_bad_period_and_a_bad_actor(client):
    error(client.get("/api/dyads/USA/AFG", params={"freq": "decade"}), 422)
    error(client.get("/api/dyads/US%20A/AFG"), 422)


def test_actors_by_code_and_by_country(client):
    codes = ok(client.get("/api/actors", params={"q": "AFG", "limit": 5}))["actors"]
    assert codes and all(a["actor"].startswith("AFG") for a in codes)
    assert [a["events"] for a in codes] == sorted((a["events"] for a in codes), reverse=True)
    countries = ok(client.get("/api/actors", params={"level": "country"}))["actors"]
    assert all(len(a["actor"]) == 3 for a in countries)
    assert countries[0]["events"] == countries[0]["as_source"] + countries[0]["as_target"]


def test_places_are_located_and_filtered(client):
    places = ok(client.get("/api/places"))["places"]
    located = sql(client, "SELECT count(*) FROM events WHERE latitude IS NOT NULL")[0][0]
    assert sum(p["events"] for p in places) == located
    assert all(p["events"] == p["q1"] + p["q2"] + p["q3"] + p["q4"] for p in places if p["place_country"] != "")
    qatar = ok(client.get("/api/places", params={"place_country": "QAT"}))["places"]
    assert qatar and {p["place_country"] for p in qatar} == {"QAT"}


def test_stats_count_tables_time_quads_dyads_and_reviews(client):
    body = ok(client.get("/api/stats", params={"freq": "year"}))
    assert body["counts"]["events"] == sql(client, "SELECT count(*) FROM events")[0][0]
    dated = sql(client, "SELECT count(*) FROM events WHERE event_date IS NOT NULL")[0][0]
    assert sum(row["events"] for row in body["timeline"]) == dated
    assert all(row["period"].endswith("-01-01") for row in body["timeline"])
    assert body["top_dyads"][0]["events"] >= body["top_dyads"][-1]["events"]
    assert body["review"] == {"reviewed": 0, "right": 0, "wrong": 0, "share_right": None}


# -- coding ---------------------------------------------------------------------------------


def test_code_returns_events_with_spans_and_stores_nothing(client):
    before = sql(client, "SELECT count(*) FROM articles")[0][0]
    body = ok(client.post("/api/code", json={"text": QUAKE, "date": "2022-03-09"}))
    hosted = [e for e in body["events"] if e["code"] == "045"]
    assert hosted and hosted[0]["trigger"] == {"start": 6, "end": 12, "text": "hosted"}
    assert hosted[0]["source"]["code"] == "QAT" and hosted[0]["date"]["precision"] == "week"
    assert sql(client, "SELECT count(*) FROM articles")[0][0] == before


def test_explain_gives_the_coders_trace(client):
    trace = ok(client.post("/api/explain", json={"text": QUAKE, "date": "2022-03-09"}))["trace"]
    hosted = next(c for c in trace["sentences"][0]["candidates"] if c["trigger"]["text"] == "hosted")
    assert hosted["lemma"] == "host" and "045.host_talks" in hosted["lexicon"]
    assert hosted["steps"] and {e["code"] for e in hosted["events"]} == {"045"}
    codes = {e["code"] for e in trace["events"]}  # the host's act, and the talks held (040, or 046 by the code head)
    assert "045" in codes and codes & {"040", "046"}


def test_code_rejects_empty_and_unknown_fields(client):
    error(client.post("/api/code", json={"text": ""}), 422)
    error(client.post("/api/code", json={"text": "x", "colour": "red"}), 422)
    error(client.post("/api/code", json={"text": "x", "date": "yesterday"}), 422)


def test_posted_article_is_coded_stored_once_and_fresher(writer):
    before = writer.get("/api/info").headers["x-newsevents-last-write"]
    article = {"id": "posted-1", "title": "Talks", "date": "2022-03-09", "source": "Test Wire", "text": QUAKE}
    body = ok(writer.post("/api/articles", json=article), 201)
    assert body["status"] == "new" and body["events"]
    assert ok(writer.post("/api/articles", json=article), 201)["status"] == "unchanged"
    stored = ok(writer.get("/api/articles/posted-1"))["article"]
    assert len(stored["events"]) == len(body["events"])
    assert ok(writer.get("/api/events", params={"q": "Taliban government and US officials"}))["total"] >= 1
    assert writer.get("/api/info").headers["x-newsevents-last-write"] >= before
    error(writer.post("/api/articles", json={"text": " "}), 422)


# -- corrections ------------------------------------------------------------------------------


def mention(client: TestClient, code: str) -> dict:
    row = sql(client, "SELECT article_id, mention_id FROM mentions WHERE code = ? ORDER BY mention_id LIMIT 1", [code])
    article = ok(client.get(f"/api/articles/{row[0][0]}"))["article"]
    return next(e for e in article["events"] if e["mention_id"] == row[0][1])


def test_corrections_are_recorded_listed_counted_and_exported(writer):
    right = mention(writer, "042")
    wrong = mention(writer, "190")
    ok(writer.post("/api/corrections", json={"mention_id": right["mention_id"], "verdict": "right"}), 201)
    body = ok(writer.post("/api/corrections", json={
        "mention_id": wrong["mention_id"], "verdict": "wrong", "code": "193", "mode": "actual",
        "source_code": "AFGINS", "target_code": "AFGMIL", "note": "small-arms fire"}), 201)
    assert body["review"] == {"reviewed": 2, "right": 1, "wrong": 1, "share_right": 0.5}
    listed = ok(writer.get("/api/corrections"))
    assert [c["verdict"] for c in listed["corrections"]] == ["wrong", "right"]
    assert listed["corrections"][0]["coded"]["code"] == "190" and listed["corrections"][0]["code"] == "193"
    assert ok(writer.get("/api/corrections", params={"verdict": "right"}))["total"] == 1
    assert ok(writer.get("/api/stats"))["review"]["share_right"] == 0.5
    # the coded event itself is unchanged
    assert ok(writer.get(f"/api/articles/{wrong['article_id']}"))["article"]["events"]
    assert writer.get(f"/api/events/{wrong['event_key']}").json()["event"]["code"] == "190"
    verdict = next(e for e in ok(writer.get(f"/api/articles/{wrong['article_id']}"))["article"]["events"]
                   if e["mention_id"] == wrong["mention_id"])["verdict"]
    assert verdict["code"] == "193"
    lines = writer.get("/api/corrections", params={"format": "training"}).text.splitlines()
    import json

    records = [json.loads(line) for line in lines]
    codes = set(writer.app.state.newsevents.ontology.codes)  # type: ignore[attr-defined]
    assert all(parse_record(r, "api", codes)[1] == [] for r in records)
    assert any(e["code"] == "193" for r in records for e in r["events"])


def test_a_later_verdict_replaces_the_earlier_one_in_the_share(writer):
    target = mention(writer, "042")
    ok(writer.post("/api/corrections", json={"mention_id": target["mention_id"], "verdict": "wrong"}), 201)
    body = ok(writer.post("/api/corrections", json={"mention_id": target["mention_id"], "verdict": "right"}), 201)
    assert body["review"] == {"reviewed": 1, "right": 1, "wrong": 0, "share_right": 1.0}


def test_invalid_corrections_are_422_and_unknown_mentions_404(writer):
    target = mention(writer, "190")
    mention_id = target["mention_id"]
    error(writer.post("/api/corrections", json={"mention_id": "nope", "verdict": "right"}), 404)
    error(writer.post("/api/corrections", json={"mention_id": mention_id, "verdict": "maybe"}), 422)
    bad_code = error(writer.post("/api/corrections", json={"mention_id": mention_id, "verdict": "wrong",
                                                           "code": "999"}), 422)
    assert bad_code["errors"][0]["loc"] == "body.code"
    error(writer.post("/api/corrections", json={"mention_id": mention_id, "verdict": "wrong", "code": "190",
                                                "mode": "probably"}), 422)
    phrase = error(writer.post("/api/corrections", json={"mention_id": mention_id, "verdict": "wrong", "code": "190",
                                                         "source_text": "the Martians"}), 422)
    assert phrase["errors"][0]["loc"] == "body.source_text"
    assert ok(writer.get("/api/corrections"))["total"] == 0
