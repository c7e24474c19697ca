"""Saving a batch of coded articles at once (issue 13): the same result as saving them one by one,
in one transaction, with duplicates inside the batch and unchanged articles handled as ``save`` does."""

from __future__ import annotations

from dataclasses import replace

import pytest

from newsevents.config import DedupSettings
from newsevents.records import Problem
from newsevents.store import Store
from newsevents.store.rows import rows_of

from .test_store import coded

pytestmark = pytest.mark.issue(13)


def rows(store: Store, sql: str) -> list[tuple]:
    return store.conn.execute(sql).fetchall()  # NULL as None (pandas would give NaN, unequal to itself)


def stored(store: Store) -> dict[str, list]:
    return {table: rows(store, f"SELECT * EXCLUDE ({skip}) FROM {table} ORDER BY 1")
            for table, skip in (("articles", "coded_at"), ("sentences", "text"), ("mentions", "evidence"))}


def test_a_batch_is_stored_as_its_articles_one_by_one(tmp_path):
    batch = [coded("a1", "Iran met Saudi Arabia."), coded("a2", "Iran hosted Saudi Arabia.", codes=("043",)),
             coded("a3", "Iran met Saudi Arabia on another day.", day="2021-11-09")]
    with Store(tmp_path / "one.duckdb") as one, Store(tmp_path / "batch.duckdb") as many:
        assert [one.save(c) for c in batch] == ["new"] * 3
        assert many.save_rows(rows_of(batch, DedupSettings())) == {"a1": "new", "a2": "new", "a3": "new"}
        assert stored(one) == stored(many) and len(stored(many)["mentions"]) == 3


def test_a_batch_skips_unchanged_articles_replaces_changed_ones_and_records_duplicates(tmp_path):
    warning = Problem(stage="time", item_id="a1", code="no-date", message="a1: no publication date")
    with Store(tmp_path / "s.duckdb") as store:
        store.save(coded("a1", "Iran met Saudi Arabia."))
        store.save(coded("a2", "Iran hosted Saudi Arabia.", codes=("043",)))
        batch = [replace(coded("a1", "Iran met Saudi Arabia."), problems=(warning,)),
                 coded("a2", "Iran hosted Saudi Arabia twice.", codes=("043", "040")),
                 coded("a4", "Iran met Qatar."), coded("a5", "Iran met Qatar.")]
        states = store.save_rows(rows_of(batch, DedupSettings()))
        assert states == {"a1": "unchanged", "a2": "replaced", "a4": "new", "a5": "duplicate"}
        assert rows(store, "SELECT article_id, duplicate_of FROM articles ORDER BY 1") == [
            ("a1", None), ("a2", None), ("a4", None), ("a5", "a4")]
        assert rows(store, "SELECT article_id, code FROM mentions ORDER BY 1, 2") == [
            ("a1", "042"), ("a2", "040"), ("a2", "043"), ("a4", "042")]
        assert store.counts()["problems"] == 0  # an unchanged article's problems were stored with it


def test_a_failed_article_in_a_batch_leaves_only_its_problem(tmp_path):
    failure = Problem(stage="nlp", item_id="a2", code="nlp-failed", message="a2 failed at the nlp stage")
    batch = [coded("a1", "Iran met Saudi Arabia."),
             replace(coded("a2", "Iran hosted Saudi Arabia."), problems=(failure,), complete=False)]
    with Store(tmp_path / "s.duckdb") as store:
        assert store.save_rows(rows_of(batch, DedupSettings())) == {"a1": "new"}
        assert rows(store, "SELECT article_id FROM articles") == [("a1",)]
        assert rows(store, "SELECT item_id, code FROM problems") == [("a2", "nlp-failed")]


def test_large_and_small_batches_make_the_same_tables(monkeypatch):
    import newsevents.store.rows as store_rows

    batch = [coded(f"a{i}", f"Iran met Saudi Arabia, day {i}. Café «talks» \u2014 {i}", codes=("042", "036"),
                   day=f"2021-11-{1 + i % 28:02d}") for i in range(40)]
    batch.append(replace(coded("a-no-date", "Iran met Saudi Arabia."), article=replace(
        coded("a-no-date", "Iran met Saudi Arabia.").article, date=None, title="", url="")))
    by_arrow = rows_of(batch, DedupSettings())
    assert by_arrow.mentions.num_rows == 81 >= store_rows.ARROW_MIN_ROWS > by_arrow.articles.num_rows
    monkeypatch.setattr(store_rows, "ARROW_MIN_ROWS", 10**9)  # every table by DuckDB
    by_duckdb = rows_of(batch, DedupSettings())
    for name in store_rows.TABLES:
        assert by_arrow.table(name).equals(by_duckdb.table(name)), name
        assert by_arrow.table(name).schema == store_rows.schema(name)
