"""The embedded DuckDB store: articles, sentences, event mentions, deduplicated events, problems.

Saving is idempotent: an article whose content hash is already stored is left alone; an
article whose text changed has its sentences and mentions replaced in one transaction.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

import duckdb

from ..config import DedupSettings
from ..errors import StoreError
from ..records import CodedArticle, Event, Problem, to_plain
from .dedup import assign_event_keys
from .schema import MIGRATIONS, SCHEMA_VERSION

MENTION_COLUMNS = (
    "mention_id", "article_id", "sentence_id", "event_key", "code", "root", "plover", "quad_class",
    "goldstein", "source_code", "source_country", "source_text", "source_name", "target_code",
    "target_country", "target_text", "target_name", "trigger_text", "trigger_start", "trigger_end",
    "rule_id", "confidence", "mode", "aux_modes", "context", "event_date", "date_value", "date_precision",
    "date_text", "place_name", "place_country", "place_level", "geonameid", "latitude", "longitude",
    "admin1", "feature_class", "place_text", "story_date", "publisher", "url", "sentence_text", "evidence",
)


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Filters shared by `events`, `export` and the analysis commands."""

    actor: str = ""  # code prefix matched against source or target
    country: str = ""  # ISO3 of source or target
    code: str = ""  # CAMEO code prefix
    date_from: str = ""
    date_to: str = ""
    plover: str = ""

    def where(self, prefix: str = "") -> tuple[str, list[Any]]:
        clauses, params = ["TRUE"], []
        if self.actor:
            clauses.append(f"({prefix}source_code LIKE ? OR {prefix}target_code LIKE ?)")
            params += [self.actor.upper() + "%"] * 2
        if self.country:
            clauses.append(f"({prefix}source_country = ? OR {prefix}target_country = ?)")
            params += [self.country.upper()] * 2
        if self.code:
            clauses.append(f"{prefix}code LIKE ?")
            params.append(self.code + "%")
        if self.plover:
            clauses.append(f"{prefix}plover = ?")
            params.append(self.plover.upper())
        if self.date_from:
            clauses.append(f"{prefix}event_date >= CAST(? AS DATE)")
            params.append(self.date_from)
        if self.date_to:
            clauses.append(f"{prefix}event_date <= CAST(? AS DATE)")
            params.append(self.date_to)
        return " AND ".join(clauses), params


class Store:
    """A DuckDB file opened and migrated; use as a context manager."""

    def __init__(self, path: str | Path, read_only: bool = False):
        self.path = str(path)
        try:
            self.conn = duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(f"cannot open database {self.path}: {exc}") from None
        if not read_only:
            self.migrate()
        else:
            self._check_version()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.conn.close()

    # -- schema ----------------------------------------------------------------------

    def schema_version(self) -> int:
        try:
            row = self.conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        except duckdb.CatalogException:
            return 0
        return int(row[0]) if row else 0

    def migrate(self) -> None:
        current = self.schema_version()
        if current > SCHEMA_VERSION:
            raise StoreError(f"{self.path} has schema {current}, newer than this newsevents ({SCHEMA_VERSION}); "
                             "upgrade newsevents")
        for version, sql in MIGRATIONS:
            if version > current:
                self.conn.execute("BEGIN")
                self.conn.execute(sql)
                self.conn.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(version)])
                self.conn.execute("COMMIT")

    def _check_version(self) -> None:
        if self.schema_version() == 0:
            raise StoreError(f"{self.path} is not a newsevents database (no schema); run 'newsevents code' first")

    # -- writing ---------------------------------------------------------------------

    def save(self, coded: CodedArticle) -> str:
        """Store one coded article; returns 'new', 'unchanged' or 'replaced'."""
        article = coded.article
        row = self.conn.execute("SELECT content_hash FROM articles WHERE article_id = ?",
                                [article.article_id]).fetchone()
        if row and row[0] == article.content_hash:
            return "unchanged"
        self.conn.execute("BEGIN")
        try:
            self._delete_article(article.article_id)
            self.conn.execute(
                "INSERT INTO articles (article_id, content_hash, title, date, source, url, language, origin, text)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [article.article_id, article.content_hash, article.title, article.date, article.source,
                 article.url, article.language, article.origin, article.text])
            self.conn.executemany(
                "INSERT INTO sentences VALUES (?, ?, ?, ?, ?, ?)",
                [[s.sentence_id, s.article_id, s.index, s.start, s.end, s.text] for s in coded.sentences])
            rows = [_mention_row(e, coded) for e in coded.events]
            if rows:
                marks = ", ".join("?" * len(MENTION_COLUMNS))
                self.conn.executemany(f"INSERT INTO mentions ({', '.join(MENTION_COLUMNS)}) VALUES ({marks})",
                                      rows)
            self.add_problems(coded.problems)
            self.conn.execute("COMMIT")
        except duckdb.Error:
            self.conn.execute("ROLLBACK")
            raise
        return "replaced" if row else "new"

    def add_problems(self, problems: Iterable[Problem]) -> None:
        rows = [[p.stage, p.item_id, p.code, p.message, p.location, p.severity.value, p.raw] for p in problems]
        if rows:
            self.conn.executemany(
                "INSERT INTO problems (problem_id, stage, item_id, code, message, location, severity, raw)"
                " VALUES (nextval('problem_ids'), ?, ?, ?, ?, ?, ?, ?)", rows)

    def delete(self, article_id: str) -> bool:
        """Remove an article and everything coded from it; False when it was not stored."""
        found = self.conn.execute("SELECT count(*) FROM articles WHERE article_id = ?", [article_id]).fetchone()
        if not found or not found[0]:
            return False
        self.conn.execute("BEGIN")
        self._delete_article(article_id)
        self.conn.execute("COMMIT")
        return True

    def _delete_article(self, article_id: str) -> None:
        for table in ("mentions", "sentences", "articles"):
            self.conn.execute(f"DELETE FROM {table} WHERE article_id = ?", [article_id])

    def rebuild_events(self, settings: DedupSettings) -> int:
        """Recompute the deduplicated events table from all mentions; returns the event count."""
        mentions = self.conn.execute(
            "SELECT mention_id, event_date, source_code, target_code, code, root, publisher, article_id "
            "FROM mentions").fetchall()
        keys = assign_event_keys(mentions, settings)
        self.conn.execute("BEGIN")
        self.conn.execute("CREATE OR REPLACE TEMP TABLE mention_keys (mention_id VARCHAR, event_key VARCHAR)")
        if keys:
            self.conn.executemany("INSERT INTO mention_keys VALUES (?, ?)", list(keys.items()))
        self.conn.execute("UPDATE mentions SET event_key = k.event_key FROM mention_keys k "
                          "WHERE mentions.mention_id = k.mention_id")
        self.conn.execute("DELETE FROM events")
        self.conn.execute("""
            INSERT INTO events
            SELECT event_key, min(event_date), arg_min(source_code, mention_id), arg_min(source_country, mention_id),
                   arg_min(target_code, mention_id), arg_min(target_country, mention_id),
                   arg_min(code, mention_id), arg_min(root, mention_id), arg_min(plover, mention_id),
                   arg_min(quad_class, mention_id), arg_min(goldstein, mention_id),
                   count(*), count(DISTINCT coalesce(publisher, '')), count(DISTINCT article_id),
                   min(mention_id), arg_min(place_name, mention_id), arg_min(place_country, mention_id),
                   arg_min(latitude, mention_id), arg_min(longitude, mention_id), arg_min(geonameid, mention_id),
                   arg_min(url, mention_id), min(story_date)
            FROM mentions GROUP BY event_key""")
        self.conn.execute("COMMIT")
        row = self.conn.execute("SELECT count(*) FROM events").fetchone()
        return int(row[0]) if row else 0

    # -- reading ---------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        result = {}
        for table in ("articles", "sentences", "mentions", "events", "problems"):
            row = self.conn.execute(f"SELECT count(*) FROM {table}").fetchone()
            result[table] = int(row[0]) if row else 0
        return result

    def query(self, sql: str, params: list[Any] | None = None):
        """A pandas DataFrame for ``sql``."""
        return self.conn.execute(sql, params or []).df()

    def mentions(self, where: EventFilter | None = None, limit: int | None = None):
        clause, params = (where or EventFilter()).where()
        tail = f" LIMIT {int(limit)}" if limit else ""
        return self.query(f"SELECT * FROM mentions WHERE {clause} ORDER BY event_date, mention_id{tail}", params)

    def events(self, where: EventFilter | None = None, limit: int | None = None):
        clause, params = (where or EventFilter()).where()
        tail = f" LIMIT {int(limit)}" if limit else ""
        return self.query(f"SELECT * FROM events WHERE {clause} ORDER BY event_date, event_key{tail}", params)


def _mention_row(event: Event, coded: CodedArticle) -> list[Any]:
    article = coded.article
    src, tgt, date, place = event.source, event.target, event.date, event.place
    evidence = json.dumps(to_plain({"trigger": event.trigger, "source": src, "target": tgt,
                                    "reporter": event.reporter, "date": date, "place": place,
                                    "rule_id": event.rule_id}), ensure_ascii=False)
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
    ]
