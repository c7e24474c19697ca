"""The Python API in one call, in-process: code_text, code_files, read_events, dyad (issue 12)."""

from __future__ import annotations

import json

import pandas as pd
import pytest

import newsevents
from newsevents import Settings
from newsevents.dataframes import shared_pipeline
from newsevents.export import write_table
from newsevents.store import Store
from newsevents.store.db import MENTION_COLUMNS

pytestmark = pytest.mark.issue(12)


def test_code_text_returns_the_events_as_a_dataframe(pipeline):
    events = newsevents.code_text("Kenya's foreign minister met Ugandan officials in Kampala on Monday.",
                                  date="2023-05-10")
    assert isinstance(events, pd.DataFrame) and list(events.columns) == list(MENTION_COLUMNS)
    triples = set(zip(events.source_code, events.code, events.target_code))
    assert ("KENGOV", "040", "UGAGOV") in triples
    row = events[events.source_code == "KENGOV"].iloc[0]
    assert row.date_value == "2023-05-08" and row.place_name == "Kampala" and json.loads(row.evidence)["rule_id"]


def test_the_pipeline_loads_once_and_is_reused(pipeline):
    assert shared_pipeline(Settings()) is pipeline
    # where events are stored and how they merge do not make a new pipeline
    assert shared_pipeline(Settings().with_values({"store.db": "x.duckdb", "dedup.window_days": 1})) is pipeline
    newsevents.code_text("Germany expelled two Russian diplomats.", date="2022-04-04")
    assert shared_pipeline(Settings()) is pipeline


def test_settings_are_keyword_arguments(pipeline):
    text = "Germany expelled two Russian diplomats."
    assert len(newsevents.code_text(text, date="2022-04-04")) == 1
    assert newsevents.code_text(text, date="2022-04-04", coder__min_confidence=1.0).empty


def test_code_files_stores_and_returns_the_articles_events(pipeline, tmp_path):
    corpus = tmp_path / "news.jsonl"
    corpus.write_text(json.dumps({"id": "a1", "date": "2022-03-01", "text": "Egypt hosted talks between Israel "
                                  "and Hamas in Cairo."}) + "\n" + '{"id": "bad", "text": \n')
    db = tmp_path / "news.duckdb"
    events = newsevents.code_files(corpus, db=db)
    assert set(events.article_id) == {"a1"} and "EGY" in set(events.source_code.str[:3])
    stored = newsevents.read_events(db)
    assert sorted(stored.mention_id) == sorted(events.mention_id)
    assert newsevents.code_files([corpus], db=db).mention_id.tolist() == events.mention_id.tolist()


def test_read_events_keeps_codes_as_text_from_every_source(sample_db, tmp_path):
    stored = newsevents.read_events(sample_db, code="05")
    assert len(stored) and stored.code.str.startswith("05").all()
    with Store(sample_db, read_only=True) as store:
        frame = store.mentions()
    for fmt in ("csv", "jsonl", "parquet"):
        path = tmp_path / f"events.{fmt}"
        write_table(frame, path, fmt)
        back = newsevents.read_events(path, code="05")
        assert back.code.tolist() == stored.code.tolist(), fmt  # "051" stays "051"
        assert back.quad_class.dtype.kind == "i" and back.event_date.dtype.kind == "M", fmt
    naive = pd.read_csv(tmp_path / "events.csv")
    assert naive.code.dtype.kind == "i"  # why the README says dtype=str


def test_read_events_filters_like_the_cli(sample_db):
    usa = newsevents.read_events(sample_db, actor="USA", date_from="2020-01-01", limit=5)
    assert len(usa) == 5
    assert (usa.source_code.str.startswith("USA") | usa.target_code.str.startswith("USA")).all()
    assert (usa.event_date >= "2020-01-01").all()


def test_dyad_returns_both_directions_per_period(sample_db):
    table = newsevents.dyad(sample_db, "USA", "AFG", freq="year")
    assert set(table.direction) == {"USA->AFG", "AFG->USA"}
    assert (table.period.dt.month == 1).all() and table.events.sum() > 5
