"""Shared fixtures: one spaCy-backed pipeline per test session, and the shared material's paths."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from newsevents import Article, Pipeline, Settings

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
EXAMPLE_ARTICLE = SHARED / "corpus" / "000_61454cf1cfa2cfa2.txt"


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    return Pipeline.from_settings(Settings())


@pytest.fixture(scope="session")
def resources(pipeline):
    return pipeline.resources


@pytest.fixture
def code_text(pipeline):
    """Code a text as one article dated ``date`` and return its events."""

    def run(text: str, date: str = "2021-11-08"):
        article = Article(article_id="t", text=text, date=dt.date.fromisoformat(date))
        return next(pipeline.run([article])).events

    return run


@pytest.fixture
def example_article() -> Path:
    if not EXAMPLE_ARTICLE.exists():
        pytest.skip("../shared/corpus is not present")
    return EXAMPLE_ARTICLE


# -- the served database: the bundled sample corpus, coded once per session ----------------

HOSTILE = Article(article_id="hostile-1", title="<img src=x onerror=\"window.pwned=2\"> Talks in Nairobi",
                  date=dt.date(2022, 3, 1), source="Test <b>Wire</b>", url="javascript:window.pwned=3",
                  content_hash="hostile-1",
                  text="Kenya's president met Ugandan officials in Nairobi on Monday. "
                       "<script>window.pwned = 1</script> The talks covered trade and security.")


@pytest.fixture(scope="session")
def sample_db(pipeline, tmp_path_factory) -> Path:
    """The bundled sample (what `newsevents demo` codes) and one article whose text holds markup."""
    from newsevents.cli.demo import sample_corpus
    from newsevents.ingest import read_path
    from newsevents.store import Store

    path = tmp_path_factory.mktemp("served") / "sample.duckdb"
    articles = [a for a in read_path(sample_corpus()) if isinstance(a, Article)] + [HOSTILE]
    with Store(path) as store:
        for coded in pipeline.run(articles):
            store.save(coded)
        store.rebuild_events(pipeline.settings.dedup)
    return path


@pytest.fixture
def db_copy(sample_db, tmp_path) -> Path:
    """A copy of the sample database that a test may write to."""
    import shutil

    return Path(shutil.copy(sample_db, tmp_path / "copy.duckdb"))


def fake_trace(pipeline, text: str, date) -> dict:
    """A trace in the shape of newsevents.explain's Trace.to_dict(), from the real coder's events."""
    coded = next(pipeline.run([Article(article_id="x", text=text, date=date)]))
    sentences = []
    for sentence in coded.sentences:
        events = [e for e in coded.events if e.sentence_id == sentence.sentence_id]
        candidates = [{"trigger": {"start": e.trigger.start, "end": e.trigger.end, "text": e.trigger.text},
                       "lemma": e.trigger.text.lower(), "model": {"root": e.root, "probability": 0.9, "mode": "actual"},
                       "lexicon": [e.rule_id.split("@")[0]],
                       "steps": [{"rule": e.rule_id, "action": "kept", "detail": "lexicon entry matched"}],
                       "events": [{"code": e.code, "source_code": e.source.code if e.source else None,
                                   "target_code": e.target.code if e.target else None}]}
                      for e in events]
        sentences.append({"text": sentence.text, "start": sentence.start, "candidates": candidates})
    return {"sentences": sentences, "events": [{"code": e.code} for e in coded.events]}
