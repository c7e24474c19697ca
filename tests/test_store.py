"""The DuckDB store: schema version, idempotent saves, atomic replacement, deletion, dedup."""

from __future__ import annotations

import datetime as dt

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
