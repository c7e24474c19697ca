"""Exports checked field by field against the field's schemas; dedup, dyads, networks and stats."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pandas as pd
import pytest

from newsevents.analysis import dyads
from newsevents.cli.demo import sample_corpus
from newsevents.config import DedupSettings
from newsevents.export import (GDELT_EVENT_COLUMNS, GDELT_MENTION_COLUMNS, ICEWS_COLUMNS, PHOENIX_COLUMNS,
                               POLECAT_COLUMNS, WRITERS, export_frame)
from newsevents.ingest import read_path
from newsevents.records import Article
from newsevents.store import Store

from .conftest import SHARED

pytestmark = pytest.mark.issue(6)
FIELD_LISTS = SHARED / "reference" / "field_lists"


@pytest.fixture(scope="module")
def store(pipeline, tmp_path_factory) -> Store:
    db = tmp_path_factory.mktemp("exports") / "sample.duckdb"
    articles = [a for a in read_path(sample_corpus()) if isinstance(a, Article)]
    with Store(db) as store:
        for coded in pipeline.run(articles):
            store.save(coded)
        store.rebuild_events(DedupSettings())
    handle = Store(db)
    yield handle
    handle.close()


def reference_fields(name: str) -> list[str]:
    path = FIELD_LISTS / name
    if not path.exists():
        pytest.skip("../shared/reference is not present")
    with path.open(encoding="utf-8") as handle:
        return [row["field"] for row in csv.DictReader(handle, delimiter="\t")]


@pytest.mark.parametrize("constant, reference", [
    (PHOENIX_COLUMNS, "phoenix_event_fields.tsv"),
    (ICEWS_COLUMNS, "icews_dataverse_fields.tsv"),
    (GDELT_EVENT_COLUMNS, "gdelt2_event_fields.tsv"),
    (GDELT_MENTION_COLUMNS, "gdelt2_mention_fields.tsv"),
    (POLECAT_COLUMNS, "polecat_fields.tsv"),
])
def test_column_lists_match_the_published_schemas(constant, reference):
    assert list(constant) == reference_fields(reference)


@pytest.mark.parametrize("fmt, columns, header", [
    ("phoenix", PHOENIX_COLUMNS, False), ("icews", ICEWS_COLUMNS, True),
    ("gdelt-events", GDELT_EVENT_COLUMNS, False), ("gdelt-mentions", GDELT_MENTION_COLUMNS, False),
    ("polecat", POLECAT_COLUMNS, True),
])
def test_every_row_has_every_column(store, tmp_path, fmt, columns, header):
    writer, dyadic = WRITERS[fmt]
    path = tmp_path / f"out.{fmt}.tsv"
    count = writer(export_frame(store, dyadic=dyadic), path)
    with path.open(encoding="utf-8") as handle:
        rows = list(csv.reader(handle, delimiter="\t"))
    if header:
        assert tuple(rows.pop(0)) == columns
    assert count == len(rows) > 10
    assert all(len(row) == len(columns) for row in rows)


def test_phoenix_reads_back_with_pandas(store, tmp_path):
    path = tmp_path / "phoenix.tsv"
    WRITERS["phoenix"][0](export_frame(store, dyadic=True), path)
    frame = pd.read_csv(path, sep="\t", header=None, names=PHOENIX_COLUMNS, dtype={"EventCode": str,
                                                                                 "EventRootCode": str})
    assert frame.Year.dtype.kind == "i" and frame.GoldsteinScore.dtype.kind == "f"
    assert frame.QuadClass.between(0, 4).all()
    assert (frame.EventRootCode == frame.EventCode.str[:2]).all()
    assert frame.SourceActorFull.notna().all() and frame.TargetActorFull.notna().all()
    assert (frame.SourceActorEntity == frame.SourceActorFull.str[:3]).all()


def test_icews_reads_back_with_pandas(store, tmp_path):
    path = tmp_path / "icews.tsv"
    WRITERS["icews"][0](export_frame(store, dyadic=True), path)
    frame = pd.read_csv(path, sep="\t", dtype={"CAMEO Code": str}, parse_dates=["Event Date"])
    assert list(frame.columns) == list(ICEWS_COLUMNS)
    assert frame["Event Date"].dtype.kind == "M" and frame["Intensity"].dtype.kind == "f"
    assert frame["Sentence Number"].min() >= 1
    assert frame["Event Text"].str.len().gt(0).all()


def test_gdelt_events_are_deduplicated_with_counts(store, tmp_path):
    path = tmp_path / "gdelt.tsv"
    WRITERS["gdelt-events"][0](export_frame(store, dyadic=True), path)
    frame = pd.read_csv(path, sep="\t", header=None, names=GDELT_EVENT_COLUMNS, dtype={"EventCode": str})
    assert frame.GLOBALEVENTID.is_unique
    assert (frame.NumMentions >= frame.NumArticles).all() and frame.NumMentions.min() >= 1
    assert frame.SQLDATE.astype(str).str.len().eq(8).all()


def test_plover_json_has_entities_and_spans(store, tmp_path):
    path = tmp_path / "plover.jsonl"
    count = WRITERS["plover"][0](export_frame(store), path)
    records = [json.loads(line) for line in path.read_text().splitlines()]
    assert count == len(records) > 10
    fields = set(reference_fields("plover_json_fields.tsv")) if FIELD_LISTS.exists() else set()
    for record in records:
        assert record["event"] and record["date"] and record["actor"]
        assert {"code", "sector", "entity_text"} <= set(record["actor"][0])
        assert record["text_info"]["start"] < record["text_info"]["end"]
        assert {"id", "date", "actor", "recipient", "event", "event_loc", "quad_code", "mode",
                "context"} <= set(record) & (fields or set(record))


def test_two_articles_about_one_meeting_make_one_event(store):
    rows = store.query("""
        SELECT e.source_code, e.target_code, e.code, e.num_mentions, e.num_articles, e.num_sources
        FROM events e JOIN mentions m USING (event_key)
        WHERE m.article_id IN ('sample-035', 'sample-036') AND e.code LIKE '04%'
          AND e.source_code LIKE 'SAU%' AND e.target_code LIKE 'IRN%'
        GROUP BY ALL""").values.tolist()
    assert any(n_mentions >= 2 and n_articles == 2 and n_sources == 2 for *_, n_mentions, n_articles, n_sources in rows)


def test_recoding_the_sample_leaves_the_same_counts(store, pipeline):
    before = store.counts()
    articles = [a for a in read_path(sample_corpus()) if isinstance(a, Article)]
    statuses = {store.save(coded) for coded in pipeline.run(articles)}
    store.rebuild_events(DedupSettings())
    assert statuses == {"unchanged"} and store.counts() == before


def test_dyad_table_and_plot(store, tmp_path):
    table = dyads.dyad(store, "SAU", "IRN", freq="month")
    assert set(table.direction) <= {"SAU->IRN", "IRN->SAU"} and len(table)
    assert (table.events == table[list(dyads.QUAD_NAMES.values())].sum(axis=1)).all()
    png = dyads.plot_dyad(table, "SAU", "IRN", tmp_path / "dyad.png")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 10_000


def test_network_stats_and_top_actors(store, tmp_path):
    graph = dyads.network(store)
    assert graph.number_of_edges() > 5
    assert all(data["events"] >= 1 for *_, data in graph.edges(data=True))
    path = dyads.write_network(graph, tmp_path / "net.graphml")
    assert "<graphml" in path.read_text()[:400]
    tables = dyads.stats(store)
    assert set(tables) == {"root", "quad_class", "country", "month"}
    assert tables["root"].events.sum() == store.counts()["events"]
    assert len(dyads.top_actors(store, 5)) == 5
