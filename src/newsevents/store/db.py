"""The embedded DuckDB store: articles, sentences, event mentions, deduplicated events, problems.

Saving is idempotent: an article stored with the same text and metadata is left alone; one whose
text or metadata changed has its sentences and mentions replaced; a text already stored under
another id is recorded as a duplicate of it (an article row, no mentions). Each save is one
transaction that also recomputes the event keys of the dedup groups it touches, and ``events``
is a view over the mentions, so the two agree at every moment, whenever a run is killed.

DuckDB lets one process write a file and locks out every other process meanwhile, so commands
hold a connection only as long as they need it (``newsevents code`` one per batch) and a
command that finds the file locked retries for ``store.wait_seconds``.
"""

from __future__ import annotations

import hashlib
import json
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

import duckdb

from ..config import DedupSettings
from ..errors import StoreError
from ..records import Article, CodedArticle, Event, Problem, to_plain
from .dedup import group_keys, group_of, signature
from .schema import MIGRATIONS, SCHEMA_VERSION

MENTION_COLUMNS = (
    "mention_id", "article_id", "sentence_id", "event_key", "code", "root", "plover", "quad_class",
    "goldstein", "source_code", "source_country", "source_text", "source_name", "target_code",
    "target_country", "target_text", "target_name", "trigger_text", "trigger_start", "trigger_end",
    "rule_id", "confidence", "mode", "aux_modes", "context", "event_date", "date_value", "date_precision",
    "date_text", "place_name", "place_country", "place_level", "geonameid", "latitude", "longitude",
    "admin1", "feature_class", "place_text", "story_date", "publisher", "url", "sentence_text", "evidence",
    "dedup_group",
)
SENTENCE_COLUMNS = ("sentence_id", "article_id", "idx", "start_char", "end_char", "text")
LOCKED = "Could not set lock"


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
        # starts_with, not LIKE: '%' and '_' in a filter are plain characters
        if self.actor:
            clauses.append(f"(starts_with({prefix}source_code, ?) OR starts_with({prefix}target_code, ?))")
            params += [self.actor.upper()] * 2
        if self.country:
            clauses.append(f"({prefix}source_country = ? OR {prefix}target_country = ?)")
            params += [self.country.upper()] * 2
        if self.code:
            clauses.append(f"starts_with({prefix}code, ?)")
            params.append(self.code)
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
    """A DuckDB file opened and migrated; use as a context manager.

    ``dedup`` says how mentions merge into events; when it differs from the settings the stored
    keys were computed with, the first write recomputes them all. ``wait`` is how long to retry a
    file locked by another process; ``on_wait`` is called once, with a message, when waiting starts.
    """

    def __init__(self, path: str | Path, read_only: bool = False, dedup: DedupSettings | None = None,
                 wait: float = 0.0, on_wait: Callable[[str], None] | None = None):
        self.path = str(path)
        self.dedup = dedup or DedupSettings()
        self.read_only = read_only
        self.conn = _connect(self.path, read_only, wait, on_wait)
        try:
            if read_only:
                self._check_version()
            else:
                self._refuse_foreign()
                self.migrate()
        except duckdb.Error as exc:
            self.conn.close()
            raise StoreError(f"cannot read database {self.path}: {_first_line(exc)}") from None
        except StoreError:
            self.conn.close()
            raise

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
                with self.transaction():
                    self.conn.execute(sql)
                    self.conn.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(version)])

    def _check_version(self) -> None:
        if self.schema_version() == 0:
            raise StoreError(f"{self.path} is not a newsevents database (no schema); run 'newsevents code' first")
        if self.schema_version() > SCHEMA_VERSION:
            raise StoreError(f"{self.path} has schema {self.schema_version()}, newer than this newsevents "
                             f"({SCHEMA_VERSION}); upgrade newsevents")

    def _refuse_foreign(self) -> None:
        """Never add our tables to someone else's database."""
        if self.schema_version():
            return
        row = self.conn.execute("SELECT count(*) FROM duckdb_tables() WHERE NOT temporary").fetchone()
        if row and row[0]:
            raise StoreError(f"{self.path} is a DuckDB database but not a newsevents store; refusing to add "
                             "tables to it (choose another --db)")

    def transaction(self) -> "_Transaction":
        return _Transaction(self.conn)

    # -- writing ---------------------------------------------------------------------

    def status(self, article: Article) -> tuple[str, str]:
        """What saving ``article`` would do: ('new'|'unchanged'|'updated'|'replaced'|'duplicate', detail);
        detail is the id of the article it duplicates. Cheap: call it before parsing."""
        digest = article.content_hash or content_digest(article.text)
        row = self.conn.execute(
            "SELECT a.content_hash, a.record_hash, a.duplicate_of, o.content_hash FROM articles a "
            "LEFT JOIN articles o ON o.article_id = a.duplicate_of WHERE a.article_id = ?",
            [article.article_id]).fetchone()
        dangling = row is not None and row[2] is not None and row[3] != row[0]  # its original changed or went
        if row and row[1] == record_hash(article) and not dangling:
            return "unchanged", row[2] or ""
        original = self.conn.execute(
            "SELECT article_id FROM articles WHERE content_hash = ? AND article_id <> ? AND duplicate_of IS NULL "
            "ORDER BY article_id LIMIT 1", [digest, article.article_id]).fetchone()
        if original:
            return "duplicate", original[0]
        if row is None:
            return "new", ""
        return ("updated" if row[0] == digest and not dangling else "replaced"), ""

    def save(self, coded: CodedArticle) -> str:
        """Store one coded article in one transaction; returns 'new', 'unchanged', 'updated' (same text,
        new metadata), 'replaced' (new text) or 'duplicate' (text stored under another id)."""
        article = coded.article
        state, original = self.status(article)
        if state == "unchanged":
            return state
        with self.transaction():
            groups = self._remove(article.article_id)
            self._insert_article(article, original if state == "duplicate" else None)
            if state != "duplicate":
                self._insert_rows("sentences", SENTENCE_COLUMNS, [
                    [s.sentence_id, s.article_id, s.index, s.start, s.end, s.text] for s in coded.sentences])
                rows = [_mention_row(e, coded, self.dedup) for e in coded.events]
                self._insert_rows("mentions", MENTION_COLUMNS, rows)
                groups |= {row[-1] for row in rows}
            self._rekey(groups)
            self.add_problems(coded.problems)
        return state

    def save_duplicate(self, article: Article, original: str, problems: Sequence[Problem] = ()) -> None:
        """Record ``article`` as a duplicate of the stored article ``original`` without coding it."""
        with self.transaction():
            self._rekey(self._remove(article.article_id))
            self._insert_article(article, original)
            self.add_problems(problems)

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
        with self.transaction():
            self._rekey(self._remove(article_id))
        return True

    def _remove(self, article_id: str) -> set[str]:
        """Delete an article's rows; returns the dedup groups its mentions were in."""
        groups = {r[0] for r in self.conn.execute(
            "SELECT DISTINCT dedup_group FROM mentions WHERE article_id = ?", [article_id]).fetchall()}
        for table in ("mentions", "sentences", "articles"):
            self.conn.execute(f"DELETE FROM {table} WHERE article_id = ?", [article_id])
        return groups

    def _insert_article(self, article: Article, duplicate_of: str | None) -> None:
        self.conn.execute(
            "INSERT INTO articles (article_id, content_hash, title, date, source, url, language, origin, text, "
            "record_hash, duplicate_of) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [article.article_id, article.content_hash or content_digest(article.text), article.title, article.date,
             article.source, article.url, article.language, article.origin, article.text, record_hash(article),
             duplicate_of])

    def _insert_rows(self, table: str, columns: Sequence[str], rows: list[list[Any]]) -> None:
        """One INSERT for all rows, from an Arrow table (row-by-row inserts cost 35 ms an article)."""
        if not rows:
            return
        import pyarrow as pa

        data = pa.table({name: [row[i] for row in rows] for i, name in enumerate(columns)})
        self.conn.register("incoming", data)
        try:
            names = ", ".join(columns)
            self.conn.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM incoming")
        finally:
            self.conn.unregister("incoming")

    def _rekey(self, groups: set[str]) -> None:
        """Recompute the event keys of the mentions in ``groups`` (inside the caller's transaction)."""
        self._check_dedup()
        groups.discard(None)  # type: ignore[arg-type]
        if not groups:
            return
        rows = self.conn.execute(
            "SELECT dedup_group, mention_id, event_date, article_id FROM mentions "
            "WHERE list_contains(?, dedup_group)", [sorted(groups)]).fetchall()
        by_group: dict[str, list[tuple]] = {}
        for group, *rest in rows:
            by_group.setdefault(group, []).append(tuple(rest))
        keys: dict[str, str] = {}
        for group, items in by_group.items():
            keys.update(group_keys(group, items, self.dedup))
        self._write_keys(keys)

    def _write_keys(self, keys: dict[str, str]) -> None:
        if not keys:
            return
        import pyarrow as pa

        self.conn.register("new_keys", pa.table({"mention_id": list(keys), "event_key": list(keys.values())}))
        try:
            self.conn.execute("UPDATE mentions SET event_key = k.event_key FROM new_keys k "
                              "WHERE mentions.mention_id = k.mention_id AND mentions.event_key IS DISTINCT FROM "
                              "k.event_key")
        finally:
            self.conn.unregister("new_keys")

    def _check_dedup(self) -> None:
        """Keys computed under other dedup settings are all recomputed (in the current transaction)."""
        row = self.conn.execute("SELECT value FROM meta WHERE key = 'dedup'").fetchone()
        if row and row[0] == signature(self.dedup):
            return
        self._recompute_all()

    def _recompute_all(self) -> None:
        rows = self.conn.execute("SELECT mention_id, source_code, target_code, code, root FROM mentions").fetchall()
        groups = [[mention, group_of(src, tgt, code, root, self.dedup)] for mention, src, tgt, code, root in rows]
        if groups:
            import pyarrow as pa

            self.conn.register("new_groups", pa.table({"mention_id": [g[0] for g in groups],
                                                       "dedup_group": [g[1] for g in groups]}))
            try:
                self.conn.execute("UPDATE mentions SET dedup_group = g.dedup_group FROM new_groups g "
                                  "WHERE mentions.mention_id = g.mention_id")
            finally:
                self.conn.unregister("new_groups")
        self.conn.execute("INSERT OR REPLACE INTO meta VALUES ('dedup', ?)", [signature(self.dedup)])
        self._rekey({g[1] for g in groups})

    def rebuild_events(self, settings: DedupSettings | None = None) -> int:
        """Recompute every event key (under ``settings``, by default the store's); returns the event count.

        Saving keeps the keys current, so this is needed only to re-key under other settings.
        """
        if settings is not None:
            self.dedup = settings
        with self.transaction():
            self._recompute_all()
        return self.event_count()

    def event_count(self) -> int:
        row = self.conn.execute("SELECT count(DISTINCT event_key) FROM mentions").fetchone()
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


class _Transaction:
    """BEGIN ... COMMIT, or ROLLBACK when the block raises."""

    def __init__(self, conn: Any):
        self.conn = conn

    def __enter__(self) -> None:
        self.conn.execute("BEGIN")

    def __exit__(self, kind: object, *exc: object) -> None:
        if kind is None:
            self.conn.execute("COMMIT")
        else:
            try:
                self.conn.execute("ROLLBACK")
            except duckdb.Error:
                pass  # the failed statement may have ended the transaction already; the original error matters


def _connect(path: str, read_only: bool, wait: float, on_wait: Callable[[str], None] | None) -> Any:
    """Open ``path``, retrying with a short backoff while another process holds its lock."""
    if read_only and not Path(path).exists():
        raise StoreError(f"no database {path}; run 'newsevents code' first")
    deadline, delay, told = time.monotonic() + wait, 0.05, False
    while True:
        try:
            return duckdb.connect(path, read_only=read_only)
        except duckdb.Error as exc:
            message = _first_line(exc)
            if LOCKED not in message or time.monotonic() >= deadline:
                if LOCKED in message:
                    message = f"another process is using it (waited {wait:g} s; see store.wait_seconds)"
                raise StoreError(f"cannot open database {path}: {message}") from None
            if on_wait and not told:
                on_wait(f"{path} is in use by another newsevents process; waiting up to {wait:g} s")
                told = True
            time.sleep(delay)
            delay = min(delay * 2, 1.0)


def _first_line(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else exc.__class__.__name__


def content_digest(text: str) -> str:
    """The content hash ingest gives an article (for articles built in Python without one)."""
    from ..ingest.readers import content_hash

    return content_hash(text)


def record_hash(article: Article) -> str:
    """Text and the metadata that coding or exports use: a change in any of them is applied.
    The language is left out: detection may change it after reading."""
    fields = [article.content_hash or content_digest(article.text), article.title,
              article.date.isoformat() if article.date else "", article.source, article.url]
    return hashlib.sha256(json.dumps(fields).encode("utf-8")).hexdigest()


def _mention_row(event: Event, coded: CodedArticle, dedup: DedupSettings) -> list[Any]:
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
        group_of(src.code if src else None, tgt.code if tgt else None, event.code, event.root, dedup),
    ]
