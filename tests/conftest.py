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
