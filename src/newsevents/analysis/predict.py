"""Code gold-format sentences (one-sentence articles) and write prediction records."""

from __future__ import annotations

from typing import Any, Iterable, Iterator

from ..ingest import parse_date
from ..records import Article, CodedArticle, Event, Problem


def gold_articles(records: Iterable[tuple[int, dict[str, Any]]], name: str) -> Iterator[Article | Problem]:
    """Each gold line becomes a one-sentence article dated by its ``date``."""
    for number, record in records:
        origin = f"{name}:{number}"
        text, record_id = record.get("text"), record.get("id")
        if not isinstance(text, str) or not text.strip() or not record_id:
            yield Problem(stage="ingest", item_id=str(record_id or ""), code="bad-gold-record", location=origin,
                          message=f"{origin}: gold record needs 'id' and 'text'", raw=str(record)[:500])
            continue
        try:
            date = parse_date(record.get("date"))
        except ValueError as exc:
            yield Problem(stage="ingest", item_id=str(record_id), code="bad-date", location=origin,
                          message=f"{origin}: field 'date': {exc}")
            date = None
        yield Article(article_id=str(record_id), text=text, date=date, origin=origin)


def prediction_event(event: Event) -> dict[str, Any]:
    """The four scored fields, plus the evidence a reader needs to check the prediction."""
    return {
        "source": event.source.code if event.source else None,
        "target": event.target.code if event.target else None,
        "code": event.code,
        "plover": event.plover or None,
        "confidence": event.confidence,
        "rule_id": event.rule_id,
        "trigger": event.trigger.text,
        "source_text": event.source.text if event.source else None,
        "target_text": event.target.text if event.target else None,
        "aux_modes": list(event.aux_modes),
    }


def prediction_record(coded: CodedArticle) -> dict[str, Any]:
    return {"id": coded.article.article_id, "events": [prediction_event(e) for e in coded.events]}
