"""Coded articles as the store's rows, in Arrow tables: one table per store table and batch.

A batch's rows are built where it was coded (a worker process or a Dask worker, so that parsed
sentences never travel between processes), written to Parquet by the Dask backend, and inserted
by :meth:`Store.save_rows` with one statement per table, which is 12-14 times faster than
inserting them row by row.

The tables of a batch of many rows are made by ``pyarrow.array`` from the rows' columns, about
2.7 times as fast as DuckDB (25 against 68 ms for 800 mentions); a small one is made by DuckDB
(:func:`columns_select`), because pyarrow imports pandas (0.3-0.5 s, once a process) to check
whether a Python list is a pandas object, which a one-article run would pay for nothing. Both give
the same table (tests/test_store_batches.py).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Iterable, Sequence

from ..config import DedupSettings
from ..records import ActorRef, Article, CodedArticle, Event, Problem, Severity, Span, to_plain
from .dedup import group_of

if TYPE_CHECKING:
    import pyarrow as pa

# Column names and Arrow types of each table's rows ("text", "int", "real", "date"), in the order of
# the store's tables; pyarrow is imported only when rows are built, not by commands that only read.
ARTICLE_FIELDS = (
    ("article_id", "text"), ("content_hash", "text"), ("title", "text"), ("date", "date"), ("source", "text"),
    ("url", "text"), ("language", "text"), ("origin", "text"), ("text", "text"), ("record_hash", "text"),
)
SENTENCE_FIELDS = (
    ("sentence_id", "text"), ("article_id", "text"), ("idx", "int"), ("start_char", "int"), ("end_char", "int"),
    ("text", "text"),
)
MENTION_FIELDS = (
    ("mention_id", "text"), ("article_id", "text"), ("sentence_id", "text"), ("event_key", "text"),
    ("code", "text"), ("root", "text"), ("plover", "text"), ("quad_class", "int"), ("goldstein", "real"),
    ("source_code", "text"), ("source_country", "text"), ("source_text", "text"), ("source_name", "text"),
    ("target_code", "text"), ("target_country", "text"), ("target_text", "text"), ("target_name", "text"),
    ("trigger_text", "text"), ("trigger_start", "int"), ("trigger_end", "int"), ("rule_id", "text"),
    ("confidence", "real"), ("mode", "text"), ("aux_modes", "text"), ("context", "text"), ("event_date", "date"),
    ("date_value", "text"), ("date_precision", "text"), ("date_text", "text"), ("place_name", "text"),
    ("place_country", "text"), ("place_level", "text"), ("geonameid", "int"), ("latitude", "real"),
    ("longitude", "real"), ("admin1", "text"), ("feature_class", "text"), ("place_text", "text"),
    ("story_date", "date"), ("publisher", "text"), ("url", "text"), ("sentence_text", "text"),
    ("evidence", "text"), ("dedup_group", "text"),
)
PROBLEM_FIELDS = (
    ("stage", "text"), ("item_id", "text"), ("code", "text"), ("message", "text"), ("location", "text"),
    ("severity", "text"), ("raw", "text"),
)
TABLES = ("articles", "sentences", "mentions", "problems")
FIELDS = dict(zip(TABLES, (ARTICLE_FIELDS, SENTENCE_FIELDS, MENTION_FIELDS, PROBLEM_FIELDS)))
ARTICLE_COLUMNS, SENTENCE_COLUMNS, MENTION_COLUMNS, PROBLEM_COLUMNS = (
    tuple(name for name, _ in fields) for fields in FIELDS.values())


# DuckDB's types for the kinds above; Arrow's follow from them (VARCHAR string, BIGINT int64,
# DOUBLE float64, DATE date32)
SQL_TYPES = {"text": "VARCHAR", "int": "BIGINT", "real": "DOUBLE", "date": "DATE", "bool": "BOOLEAN"}


def columns_select(fields: Sequence[tuple[str, str]]) -> str:
    """A SELECT that makes a table of ``fields`` (name, kind) from one list parameter per column,
    all of the same length (DuckDB unnests lists side by side)."""
    return "SELECT " + ", ".join(f"unnest(?::{SQL_TYPES[kind]}[]) AS {name}" for name, kind in fields)


@lru_cache(maxsize=None)
def schema(table: str) -> pa.Schema:
    """The Arrow schema of ``table``'s rows."""
    import pyarrow as pa

    types = {"text": pa.string(), "int": pa.int64(), "real": pa.float64(), "date": pa.date32()}
    return pa.schema([(name, types[kind]) for name, kind in FIELDS[table]])


@dataclass(frozen=True, slots=True)
class StoreRows:
    """The rows of a batch of coded articles, one Arrow table per store table: ``articles`` holds
    the complete articles only (a failed one is reported through ``problems`` and not stored), and
    mentions have no event key yet (the store computes keys over the whole database)."""

    articles: pa.Table
    sentences: pa.Table
    mentions: pa.Table
    problems: pa.Table

    @classmethod
    def empty(cls) -> "StoreRows":
        with _scratch_cursor() as conn:
            return cls(*(_table(conn, [], name) for name in TABLES))

    @classmethod
    def concat(cls, parts: Sequence["StoreRows"]) -> "StoreRows":
        import pyarrow as pa

        if not parts:
            return cls.empty()
        return cls(*(pa.concat_tables([p.table(name) for p in parts]) for name in TABLES))

    def table(self, name: str) -> pa.Table:
        return getattr(self, name)

    def problem_records(self) -> list[Problem]:
        return [Problem(stage=r["stage"], item_id=r["item_id"], code=r["code"], message=r["message"],
                        location=r["location"] or "", severity=Severity(r["severity"]), raw=r["raw"] or "")
                for r in self.problems.to_pylist()]


def rows_of(coded: Iterable[CodedArticle], dedup: DedupSettings) -> StoreRows:
    """The rows of ``coded``: every problem, and the articles, sentences and mentions of the complete ones."""
    rows: dict[str, list[list[Any]]] = {name: [] for name in TABLES}
    for item in coded:
        rows["problems"] += [_problem_row(p) for p in item.problems]
        if not item.complete:
            continue
        rows["articles"].append(_article_row(item.article))
        rows["sentences"] += [[s.sentence_id, s.article_id, s.index, s.start, s.end, s.text] for s in item.sentences]
        rows["mentions"] += [mention_row(e, item, dedup) for e in item.events]
    with _scratch_cursor() as conn:
        return StoreRows(*(_table(conn, rows[name], name) for name in TABLES))


def _scratch_cursor() -> Any:
    """A cursor of DuckDB's own in-memory database of the process (it holds nothing of ours: the
    queries made here create no table). A new in-memory database would cost 17 ms a batch."""
    import duckdb

    default = duckdb.default_connection  # a function since DuckDB 1.2, the connection before
    return (default() if callable(default) else default).cursor()


# rows from which a table is worth pyarrow's import of pandas (see the module's note)
ARROW_MIN_ROWS = 64


def _table(conn: Any, rows: list[list[Any]], table: str) -> pa.Table:
    """``rows`` of ``table`` as an Arrow table of its schema: by pyarrow for many rows, by DuckDB
    for a few (see the module's note)."""
    fields = FIELDS[table]
    columns = [[row[i] for row in rows] for i in range(len(fields))]
    if len(rows) >= ARROW_MIN_ROWS:
        import pyarrow as pa

        table_schema = schema(table)
        return pa.Table.from_arrays([pa.array(column, type=field.type, from_pandas=False)
                                     for column, field in zip(columns, table_schema)], schema=table_schema)
    return conn.sql(columns_select(fields), params=columns).to_arrow_table()


def _article_row(article: Article) -> list[Any]:
    return [article.article_id, article_digest(article), article.title, article.date, article.source,
            article.url, article.language, article.origin, article.text, record_hash(article)]


def _problem_row(problem: Problem) -> list[Any]:
    return [problem.stage, problem.item_id, problem.code, problem.message, problem.location,
            problem.severity.value, problem.raw]


def article_digest(article: Article) -> str:
    """The article's content hash (ingest sets it; articles built in Python may lack it)."""
    return article.content_hash or content_digest(article.text)


def content_digest(text: str) -> str:
    """The content hash ingest gives an article (for articles built in Python without one)."""
    from ..ingest.readers import content_hash

    return content_hash(text)


def record_hash(article: Article) -> str:
    """Text and the metadata that coding or exports use: a change in any of them is applied.
    The language is left out: detection may change it after reading."""
    fields = [article_digest(article), article.title, article.date.isoformat() if article.date else "",
              article.source, article.url]
    return hashlib.sha256(json.dumps(fields).encode("utf-8")).hexdigest()


def full_evidence(event: Event) -> dict[str, Any]:
    """The whole evidence of ``event``: what the ``mentions`` view must give back from the lean row
    and the columns (the contract tests/test_lean_evidence.py checks), and what exports write."""
    return to_plain({"trigger": event.trigger, "source": event.source, "target": event.target,
                     "reporter": event.reporter, "date": event.date, "place": event.place,
                     "rule_id": event.rule_id})


def lean_evidence(event: Event) -> dict[str, Any]:
    """What the mention's row stores of its evidence: only what its columns do not hold (the view
    ``mentions`` adds the rest back: see migration 5 in schema.py). A span's text is kept only
    where it is not the text of what it spans. Built from the records directly: converting the
    whole event with to_plain first cost as much as the rest of the row."""
    date, place = event.date, event.place
    return {
        "source": _lean_actor(event.source), "target": _lean_actor(event.target),
        "reporter": to_plain(event.reporter),
        "date": None if date is None else {"span": _lean_span(date.span, date.text), "rule": date.rule},
        "place": None if place is None else {"span": _lean_span(place.span, place.text), "rule": place.rule},
    }


def _lean_actor(actor: ActorRef | None) -> dict[str, Any] | None:
    if actor is None:
        return None
    return {"span": _lean_span(actor.span, actor.text), "country": actor.country, "sectors": list(actor.sectors),
            "kind": actor.kind, "wikidata": actor.wikidata, "how": actor.how}


def _lean_span(span: Span | None, text: str) -> dict[str, Any] | None:
    if span is None:
        return None
    kept: dict[str, Any] = {"start": span.start, "end": span.end}
    return kept if span.text == text else {**kept, "text": span.text}


def mention_row(event: Event, coded: CodedArticle, dedup: DedupSettings) -> list[Any]:
    """One row of the mentions table (its event key is left empty: see :class:`StoreRows`)."""
    article = coded.article
    src, tgt, date, place = event.source, event.target, event.date, event.place
    evidence = json.dumps(lean_evidence(event), ensure_ascii=False)
    return [
        event.event_id, event.article_id, event.sentence_id, None, event.code, event.root, event.plover,
        event.quad_class, event.goldstein,
        src.code if src else None, src.country_code if src else None, src.text if src else None,
        src.name if src else None,
        tgt.code if tgt else None, tgt.country_code if tgt else None, tgt.text if tgt else None,
        tgt.name if tgt else None,
        event.trigger.text, event.trigger.start, event.trigger.end, event.rule_id, event.confidence,
        event.mode, ",".join(event.aux_modes), event.context,
        date.first_day if date else article.date, date.value if date else None,
        date.precision if date else None, date.text if date else None,
        place.name if place else None, place.country if place else None, place.level if place else None,
        place.geonameid if place else None, place.latitude if place else None,
        place.longitude if place else None, place.admin1 if place else None,
        place.feature_class if place else None, place.text if place else None,
        article.date, article.source, article.url, event.sentence_text, evidence,
        group_of(src.code if src else None, tgt.code if tgt else None, event.code, event.root, dedup),
    ]
