"""Shared fixtures: one spaCy-backed pipeline per test session, and the shared material's paths."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from newsevents import Article, Pipeline, Settings

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
EXAMPLE_ARTICLE = SHARED / "corpus" / "000_61454cf1cfa2cfa2.txt"


@pytest.fixture(scope="session", autouse=True)
def cache_dir(tmp_path_factory):
    """The session's cache directory (the gazetteer's index is built there once), never the user's:
    set as NEWSEVENTS_CACHE_DIR for this process, the workers it starts and the CLI run as a subprocess."""
    path = tmp_path_factory.mktemp("cache")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("NEWSEVENTS_CACHE_DIR", str(path))
        yield path


@pytest.fixture(scope="session")
def resolver():
    """An actor resolver over the shipped dictionaries, with no gazetteer: for hand-built sentences."""
    from newsevents.actors import ActorResolver, load_actor_kb

    return ActorResolver(load_actor_kb(()))


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    """The process's shared pipeline, so that in-process CLI and API calls reuse it too."""
    from newsevents.dataframes import shared_pipeline

    return shared_pipeline(Settings())


@pytest.fixture(scope="session")
def sample_db(pipeline, tmp_path_factory) -> Path:
    """The bundled sample corpus coded into a database, for modules that only read it."""
    from newsevents.cli.demo import sample_corpus
    from newsevents.config import DedupSettings
    from newsevents.ingest import read_path
    from newsevents.store import Store

    db = tmp_path_factory.mktemp("sample") / "sample.duckdb"
    with Store(db) as store:
        for coded in pipeline.run(a for a in read_path(sample_corpus()) if isinstance(a, Article)):
            store.save(coded)
        store.rebuild_events(DedupSettings())
    return db


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


@pytest.fixture(scope="session")
def rules_pipeline(pipeline):
    """The rules alone (``coder.engine = "rules"``) over the shared resources: what the lexicon and
    the rules do without the classifier's say."""
    from newsevents import Pipeline

    return Pipeline(pipeline.settings.with_values({"coder.engine": "rules"}), pipeline.resources)


@pytest.fixture
def rule_codes(rules_pipeline):
    """The codes the rules alone give a text coded as one article dated ``date``."""

    def run(text: str, date: str = "2021-11-08") -> list[str]:
        article = Article(article_id="t", text=text, date=dt.date.fromisoformat(date))
        return [e.code for e in next(rules_pipeline.run([article])).events]

    return run


@pytest.fixture
def example_article() -> Path:
    if not EXAMPLE_ARTICLE.exists():
        pytest.skip("../shared/corpus is not present")
    return EXAMPLE_ARTICLE


@pytest.fixture
def cli(resources, monkeypatch, tmp_path):
    """The real CLI in-process (Click's runner), in ``tmp_path``, sharing the session's loaded resources:
    ``cli("code", "in.jsonl")`` returns the Click result (exit_code, stdout, stderr)."""
    from typer.testing import CliRunner

    from newsevents.cli.app import app
    from newsevents.pipeline import Pipeline

    monkeypatch.setattr(Pipeline, "from_settings",
                        classmethod(lambda cls, settings=None, nlp=None: cls(settings or Settings(), resources)))
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "200")
    runner = CliRunner()

    def run(*args: str, stdin: str | None = None):
        return runner.invoke(app, list(args), input=stdin, catch_exceptions=False)

    return run


# -- the database the API and dashboard tests serve: the sample, and an article holding markup --

HOSTILE = Article(article_id="hostile-1", title="<img src=x onerror=\"window.pwned=2\"> Talks in Nairobi",
                  date=dt.date(2022, 3, 1), source="Test <b>Wire</b>", url="javascript:window.pwned=3",
                  content_hash="hostile-1",
                  text="Kenya's president met Ugandan officials in Nairobi on Monday. "
                       "<script>window.pwned = 1</script> The talks covered trade and security.")


@pytest.fixture(scope="session")
def served_db(sample_db, pipeline, tmp_path_factory) -> Path:
    """The sample database and one more article, whose title and text hold markup (the dashboard's tests)."""
    import shutil

    from newsevents.store import Store

    path = Path(shutil.copy(sample_db, tmp_path_factory.mktemp("served") / "served.duckdb"))
    with Store(path) as store:
        store.save(next(pipeline.run([HOSTILE])))
    return path


@pytest.fixture
def db_copy(served_db, tmp_path) -> Path:
    """A copy of the served database that a test may write to."""
    import shutil

    return Path(shutil.copy(served_db, tmp_path / "copy.duckdb"))

