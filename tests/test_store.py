"""The DuckDB store: schema version, idempotent saves, atomic replacement, deletion, dedup."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from newsevents.config import DedupSettings
from newsevents.records import ActorRef, Article, CodedArticle, Event, EventDate, Sentence, Span
from newsevents.store import SCHEMA_VERSION, Store


def coded(article_id: str, text: str, source: str = "Wire A", codes=("042",), day="2021-11-08") -> CodedArticle:
    article = Article(article_id=article_id, text=text, date=dt.date.fromisoformat(day), source=source,
                      content_hash=f"h-{hash(text)}")
    sentence = Sentence(sentence_id=f"{article_id}:0", article_id=article_id, index=0, start=0, end=len(text),
                        text=text)
    events = tuple(
        Event(event_id=f"{article_id}-{code}", article_id=article_id, sentence_id=sentence.sentence_id, code=code,
              root=code[:2], plover="CONSULT", quad_class=1, goldstein=1.9,
              source=ActorRef(text="Iran", code="IRN", span=Span(start=0, end=4, text="Iran")),
              target=ActorRef(text="Saudi Arabia", code="SAU"), trigger=Span(start=5, end=9, text="met "),
              rule_id="042.meet@verb", confidence=0.9,
              date=EventDate(value=day, precision="day", rule="story-date"))
        for code in codes)
    return CodedArticle(article=article, sentences=(sentence,), events=events)


def test_schema_version_and_reopen(tmp_path):
    db = tmp_path / "s.duckdb"
    with Store(db) as store:
        assert store.schema_version() == SCHEMA_VERSION
    with Store(db, read_only=True) as store:
        assert store.counts()["articles"] == 0


def test_the_store_writes_small_row_groups_and_its_cursors_read_it(tmp_path):
    """Row groups of 8,192 rows bound the memory of DuckDB's checkpoint merges (README, #13);
    a cursor of the store reads the store, not DuckDB's in-memory database."""
    from newsevents.store.db import ROW_GROUP_ROWS

    path = tmp_path / "s.duckdb"
    with Store(path) as store:
        store.conn.execute("CREATE TABLE numbers AS SELECT range AS i FROM range(20000)")
    with Store(path) as store:
        groups = store.conn.execute("SELECT count(DISTINCT row_group_id) FROM pragma_storage_info('numbers')").fetchone()
        assert groups == (-(-20000 // ROW_GROUP_ROWS),) and ROW_GROUP_ROWS < 20000
        cursor = store.cursor()
        assert cursor.execute("SELECT count(*) FROM numbers").fetchone() == (20000,)
        cursor.close()


def test_the_coding_run_saves_with_one_duckdb_thread(tmp_path, monkeypatch):
    """The checkpoint that closes each save uses every DuckDB thread, and its peak grows with the
    store: `newsevents code` opens the store with SAVING_THREADS (README, #13)."""
    import newsevents.cli.code as code_module
    from newsevents.cli.common import open_store
    from newsevents.config import Settings

    settings = Settings().with_values({"store.db": str(tmp_path / "s.duckdb")})
    with open_store(settings, read_only=False, threads=code_module.SAVING_THREADS) as store:
        assert store.conn.execute("SELECT current_setting('threads')").fetchone() == (1,)
    with open_store(settings) as store:  # readers keep DuckDB's default
        assert store.conn.execute("SELECT current_setting('threads')").fetchone()[0] >= 1
    from newsevents.backends.local import LocalBackend

    opened: list = []
    real = code_module.open_store
    monkeypatch.setattr(code_module, "open_store", lambda *a, **k: opened.append(k.get("threads")) or real(*a, **k))
    code_module.Run(settings).code([Article(article_id="a1", text="Iran met Saudi Arabia.")],
                                   LocalBackend(settings, 1))
    assert opened and set(opened) == {1}


def test_saving_the_same_article_twice_keeps_one_copy(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        assert store.save(coded("a1", "Iran met Saudi Arabia.")) == "new"
        assert store.save(coded("a1", "Iran met Saudi Arabia.")) == "unchanged"
        assert store.counts() == {"articles": 1, "sentences": 1, "mentions": 1, "events": 1, "problems": 0}


def test_changed_article_replaces_only_its_own_mentions(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        store.save(coded("a1", "Iran met Saudi Arabia."))
        store.save(coded("a2", "Iran hosted Saudi Arabia.", codes=("043",)))
        assert store.save(coded("a1", "Iran met Saudi Arabia again.", codes=("042", "040"))) == "replaced"
        rows = store.query("SELECT article_id, code FROM mentions ORDER BY 1, 2").values.tolist()
        assert rows == [["a1", "040"], ["a1", "042"], ["a2", "043"]]


def test_two_sources_reporting_one_meeting_make_one_event(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        store.save(coded("a1", "Iran met Saudi Arabia.", source="Wire A"))
        store.save(coded("a2", "Iran and Saudi Arabia met.", source="Wire B"))
        store.save(coded("a3", "Iran met Saudi Arabia on another day.", day="2021-11-20"))
        assert store.rebuild_events(DedupSettings()) == 2
        first = store.query("SELECT num_mentions, num_sources, num_articles FROM events "
                            "ORDER BY event_date").values.tolist()[0]
        assert first == [2, 2, 2]
        assert store.rebuild_events(DedupSettings(window_days=14)) == 1


def test_delete_removes_the_article_and_its_mentions(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        store.save(coded("a1", "Iran met Saudi Arabia."))
        assert store.delete("a1") is True
        assert store.delete("a1") is False
        assert store.counts()["mentions"] == 0


def consistent(store: Store) -> bool:
    row = store.query("SELECT (SELECT count(*) FROM mentions) AS m, (SELECT sum(num_mentions) FROM events) AS e, "
                      "(SELECT count(*) FROM mentions WHERE event_key IS NULL) AS n").iloc[0]
    return row.m == (row.e or 0) and row.n == 0


@pytest.mark.issue(11)
def test_events_agree_with_mentions_after_every_save_and_delete(tmp_path):
    with Store(tmp_path / "s.duckdb", dedup=DedupSettings(window_days=1)) as store:
        store.save(coded("a1", "Iran met Saudi Arabia.", day="2021-11-08"))
        store.save(coded("a3", "Iran met Saudi Arabia later.", day="2021-11-10"))
        assert consistent(store) and store.event_count() == 2
        store.save(coded("a2", "Iran met Saudi Arabia between.", day="2021-11-09"))  # bridges the two
        assert consistent(store) and store.event_count() == 1
        store.delete("a2")  # and splits them again
        assert consistent(store) and store.event_count() == 2


@pytest.mark.issue(12)
def test_same_article_and_country_level_merges(tmp_path):
    two_days = coded("a1", "Iran met Saudi Arabia.", day="2021-11-08")
    lead = replace(two_days.events[0], event_id="a1-lead", date=EventDate(value="2021-11-07", precision="day"))
    headline_and_lead = replace(two_days, events=two_days.events + (lead,))
    with Store(tmp_path / "s.duckdb") as store:
        store.save(headline_and_lead)
        assert store.event_count() == 1  # dedup.same_article_days = 1 by default
    with Store(tmp_path / "s.duckdb", dedup=DedupSettings(same_article_days=-1)) as store:
        assert store.rebuild_events() == 2
    government = replace(coded("a2", "The Iranian government met Saudi Arabia.").events[0], event_id="a2-gov")
    government = replace(government, source=replace(government.source, code="IRNGOV"))
    with Store(tmp_path / "t.duckdb") as store:
        store.save(coded("a1", "Iran met Saudi Arabia."))
        store.save(replace(coded("a2", "The Iranian government met Saudi Arabia."), events=(government,)))
        assert store.event_count() == 2
    with Store(tmp_path / "t.duckdb", dedup=DedupSettings(actor_level="country")) as store:
        assert store.rebuild_events() == 1


@pytest.mark.issue(11)
def test_migration_from_schema_2_keeps_the_mentions_and_makes_events_a_view(tmp_path):
    import duckdb

    from newsevents.store.schema import MIGRATIONS

    path = str(tmp_path / "old.duckdb")
    with duckdb.connect(path) as conn:
        for version, sql in MIGRATIONS[:2]:
            conn.execute(sql)
        conn.execute("INSERT INTO meta VALUES ('schema_version', '2')")
        conn.execute("INSERT INTO mentions (mention_id, article_id, sentence_id, code, root, source_code, "
                     "target_code, event_date) VALUES ('m1', 'a1', 'a1:0', '042', '04', 'IRN', 'SAU', DATE '2021-11-08')")
    with Store(path) as store:
        assert store.schema_version() == SCHEMA_VERSION
        store.delete("nothing")
        store.rebuild_events()
        assert consistent(store) and store.counts()["events"] == 1
