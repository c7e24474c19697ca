"""The store keeps a mention's evidence lean (only what its columns do not hold) and the
``mentions`` view gives it back whole: for new rows, and for a store written before the change."""

from __future__ import annotations

import json

import duckdb
import pyarrow as pa

from newsevents import Article, Settings
from newsevents.cli.demo import sample_corpus
from newsevents.ingest import read_path
from newsevents.store import Store
from newsevents.store.rows import full_evidence, rows_of
from newsevents.store.schema import MIGRATIONS


def sample_coded(pipeline, count: int = 12):
    articles = [a for a in read_path(sample_corpus()) if isinstance(a, Article)][:count]
    coded = list(pipeline.run(articles))
    assert sum(len(c.events) for c in coded) > 20  # places, dates, reporters and spans to check
    return coded


def view_evidence(db) -> dict[str, dict]:
    with Store(db, read_only=True) as store:
        rows = store.conn.execute("SELECT mention_id, evidence FROM mentions").fetchall()
    return {mention: json.loads(evidence) for mention, evidence in rows}


def test_the_view_gives_back_the_whole_evidence_of_every_mention(pipeline, tmp_path):
    coded = sample_coded(pipeline)
    db = tmp_path / "lean.duckdb"
    with Store(db) as store:
        store.save_rows(rows_of(coded, Settings().dedup))
        stored = dict(store.conn.execute("SELECT mention_id, evidence FROM mention_rows").fetchall())
    expected = {e.event_id: full_evidence(e) for c in coded for e in c.events}
    assert view_evidence(db) == expected
    full_bytes = sum(len(json.dumps(v, ensure_ascii=False)) for v in expected.values())
    # well under the whole: how much under moves with the evidence the coder finds (a recipient's 'how'
    # is kept whole), not with what the store repeats, which the checks below rule out
    assert sum(len(v) for v in stored.values()) < 0.6 * full_bytes
    lean = [json.loads(v) for v in stored.values()]
    assert all("trigger" not in v and "rule_id" not in v for v in lean)
    actors = [a for v in lean for a in (v["source"], v["target"]) if a is not None]
    assert actors and all(not {"text", "code", "name"} & set(a) for a in actors)  # the columns hold these
    dates, places = [v["date"] for v in lean if v["date"]], [v["place"] for v in lean if v["place"]]
    assert dates and places and all(set(d) <= {"span", "rule"} for d in dates + places)


def test_a_store_written_before_lean_evidence_is_migrated_without_loss(pipeline, tmp_path):
    coded = sample_coded(pipeline)
    rows = rows_of(coded, Settings().dedup)
    full = {e.event_id: json.dumps(full_evidence(e), ensure_ascii=False) for c in coded for e in c.events}
    mentions = rows.mentions.set_column(
        rows.mentions.column_names.index("evidence"), "evidence",
        pa.array([full[m] for m in rows.mentions.column("mention_id").to_pylist()], pa.string()))
    db = tmp_path / "old.duckdb"
    conn = duckdb.connect(str(db))
    for version, sql in MIGRATIONS:
        if version <= 4:  # the schema as the release before lean evidence left it, with its full evidence
            conn.execute(sql)
    conn.execute("INSERT INTO meta VALUES ('schema_version', '4')")
    conn.register("old_rows", mentions)
    conn.execute(f"INSERT INTO mentions ({', '.join(mentions.column_names)}) SELECT * FROM old_rows")
    conn.close()
    with Store(db) as store:  # migrates
        assert store.schema_version() == MIGRATIONS[-1][0]
        assert store.counts()["mentions"] == len(full)
    assert view_evidence(db) == {mention: json.loads(text) for mention, text in full.items()}
