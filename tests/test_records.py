"""Records are frozen and serialise to plain JSON-ready values."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pytest

from newsevents.records import ActorRef, Article, EventDate, Problem, Severity, Span, to_plain


def test_records_are_frozen():
    article = Article(article_id="a", text="x")
    with pytest.raises(dataclasses.FrozenInstanceError):
        article.text = "y"  # type: ignore[misc]


def test_to_plain_makes_json_ready_values():
    record = Problem(stage="ingest", item_id="a", code="bad-json", message="m", severity=Severity.WARNING)
    plain = to_plain({"problem": record, "day": dt.date(2021, 11, 8), "span": Span(start=0, end=2, text="ab")})
    assert json.loads(json.dumps(plain)) == {
        "problem": {"stage": "ingest", "item_id": "a", "code": "bad-json", "message": "m", "location": "",
                    "severity": "warning", "raw": ""},
        "day": "2021-11-08", "span": {"start": 0, "end": 2, "text": "ab"}}


def test_event_date_first_day_by_precision():
    assert EventDate(value="2021-10", precision="month").first_day == dt.date(2021, 10, 1)
    assert EventDate(value="2021", precision="year").first_day == dt.date(2021, 1, 1)
    assert ActorRef(text="x", code="").country_code == "---"


def test_a_string_table_kept_across_docs_gives_the_same_sentences(pipeline):
    """The pipeline keeps one table of spaCy's strings for all its docs (a memo of hash -> string)."""
    from newsevents.nlp.to_records import StringTable, doc_to_sentences

    nlp = pipeline.resources.nlp
    table = StringTable(nlp.vocab.strings)
    texts = ["Kenya's president met the Somali envoy in Nairobi.", "The envoy met Kenya's president again."]
    for n, text in enumerate(texts):
        doc = nlp(text)
        assert doc_to_sentences(doc, f"a{n}", strings=table) == doc_to_sentences(doc, f"a{n}")
        if n == 0:
            known = len(table)
    # the second doc's tags, dependencies and most lemmas were already in the table
    assert known > 10 and len(table) - known < known
    assert pipeline.strings.store is nlp.vocab.strings
