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

import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Sequence

import duckdb

from ..config import DedupSettings
from ..errors import StoreError
from ..records import Article, CodedArticle, Problem
from .dedup import group_keys, group_of, signature
from .rows import (ARTICLE_COLUMNS, MENTION_COLUMNS, PROBLEM_COLUMNS, SENTENCE_COLUMNS, article_digest,
                   columns_select, content_digest, record_hash)
from .schema import MIGRATIONS, SCHEMA_VERSION

if TYPE_CHECKING:
    from .rows import StoreRows

__all__ = ["EventFilter", "Store", "MENTION_COLUMNS", "SENTENCE_COLUMNS", "content_digest", "record_hash"]
LOCKED = "Could not set lock"
# DuckDB appends each save as a row group of its own and, at the checkpoint that closes the save,
# merges the small row groups before it into one, rewriting them in memory: with its default size
# (122,880 rows) that rewrite, and the process's peak, grows with the store up to tens of thousands
# of articles. Row groups of 8,192 rows bound it (measured by replaying a 20,000-article store save
# by save: +66 MiB above the first saves against +182 MiB; the file 13 % larger).
ROW_GROUP_ROWS = 8192
STORE_ALIAS = "store"  # the attached file's name in the connection (see store_cursor)
# the columns of the lists a write joins against (see rows.columns_select)
INCOMING_STATUS = (("pos", "int"), ("article_id", "text"), ("content_hash", "text"))
BATCH_STATES = (("article_id", "text"), ("duplicate_of", "text"), ("coded", "bool"))
NEW_KEYS = (("mention_id", "text"), ("event_key", "text"))
NEW_GROUPS = (("mention_id", "text"), ("dedup_group", "text"))
Touched = tuple[Any, Any]  # (dedup group, event date) where a write added or removed a mention

# The mentions whose event keys a write at the (group, date) pairs $1/$2 can change. A link between
# two mentions spans at most $3 = max(window_days, same_article_days) days, so the events of a group
# lie inside its *stretches*: runs of its dates (the touched ones included, which may be gone) with
# no gap over $3. The stretches holding a touched date are read whole, the rest of the group not at
# all: an event never crosses a stretch's edge, so its key (group and first day) cannot change.
# Mentions without a date link only to each other: a touched date NULL reads them all.
REACHABLE_MENTIONS = f"""
WITH touched AS ({columns_select((("dedup_group", "text"), ("day", "date")))}),
days AS (
    SELECT DISTINCT dedup_group, event_date AS day FROM mention_rows
    WHERE event_date IS NOT NULL AND dedup_group IN (SELECT dedup_group FROM touched)
    UNION SELECT dedup_group, day FROM touched WHERE day IS NOT NULL),
edges AS (
    SELECT dedup_group, day, coalesce(day - lag(day) OVER (PARTITION BY dedup_group ORDER BY day) > $3, TRUE)
        AS starts FROM days),
stretches AS (
    SELECT dedup_group, day, sum(starts::INT) OVER (PARTITION BY dedup_group ORDER BY day) AS stretch FROM edges),
reached AS (
    SELECT s.dedup_group, min(s.day) AS first_day, max(s.day) AS last_day FROM stretches s
    WHERE (s.dedup_group, s.stretch) IN (
        SELECT x.dedup_group, x.stretch FROM stretches x JOIN touched t USING (dedup_group)
        WHERE t.day = x.day)
    GROUP BY s.dedup_group, s.stretch)
SELECT m.dedup_group, m.mention_id, m.event_date, m.article_id FROM mention_rows m
JOIN reached r ON m.dedup_group = r.dedup_group AND m.event_date BETWEEN r.first_day AND r.last_day
UNION ALL
SELECT dedup_group, mention_id, event_date, article_id FROM mention_rows
WHERE event_date IS NULL AND dedup_group IN (SELECT dedup_group FROM touched WHERE day IS NULL)
"""


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
                 wait: float = 0.0, on_wait: Callable[[str], None] | None = None, threads: int | None = None):
        self.path = str(path)
        self.dedup = dedup or DedupSettings()
        self.read_only = read_only
        self.conn = _connect(self.path, read_only, wait, on_wait)
        try:
            if threads is not None:
                self.conn.execute(f"SET threads = {int(threads)}")
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

    def cursor(self) -> Any:
        """A cursor of the store's connection, reading the store (see ``store_cursor``)."""
        return store_cursor(self.conn)

    # -- schema ----------------------------------------------------------------------

    def schema_version(self) -> int:
        try:
            row = _first(self.conn.execute("SELECT value FROM meta WHERE key = 'schema_version'"))
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
        row = _first(self.conn.execute("SELECT count(*) FROM duckdb_tables() WHERE NOT temporary"))
        if row and row[0]:
            raise StoreError(f"{self.path} is a DuckDB database but not a newsevents store; refusing to add "
                             "tables to it (choose another --db)")

    def transaction(self) -> "_Transaction":
        return _Transaction(self.conn)

    # -- writing ---------------------------------------------------------------------

    def status(self, article: Article) -> tuple[str, str]:
        """What saving ``article`` would do: ('new'|'unchanged'|'updated'|'replaced'|'duplicate', detail);
        detail is the id of the article it duplicates. Cheap: call it before parsing."""
        return self.statuses([article])[0]

    def statuses(self, articles: Sequence[Article]) -> list[tuple[str, str]]:
        """:meth:`status` of each article, in one query, as if they were saved in this order (a text
        that an earlier one of them carries makes a later one its duplicate)."""
        return self._states([a.article_id for a in articles], [article_digest(a) for a in articles],
                            [record_hash(a) for a in articles])

    def _states(self, ids: list[str], digests: list[str], records: list[str]) -> list[tuple[str, str]]:
        first: dict[str, str] = {}  # content hash -> the first of these articles stored as an original
        states = []
        for article_id, digest, record, row in zip(ids, digests, records, self._stored(ids, digests)):
            state = _state(row, digest, record)
            if state[0] in {"new", "updated", "replaced"}:
                earlier = first.setdefault(digest, article_id)
                state = state if earlier == article_id else ("duplicate", earlier)
            states.append(state)
        return states

    def _stored(self, ids: list[str], digests: list[str]) -> list[tuple]:
        """For each article: is it stored, its stored content and record hashes, the article it is
        stored as a duplicate of and that one's content hash, and another stored original of its text."""
        if not ids:
            return []
        incoming = f"WITH incoming_status AS ({columns_select(INCOMING_STATUS)}) "
        lists = [list(range(len(ids))), ids, digests]
        rows = self.conn.execute(
            incoming + "SELECT a.article_id IS NOT NULL, a.content_hash, a.record_hash, a.duplicate_of, "
            "o.content_hash FROM incoming_status i LEFT JOIN articles a ON a.article_id = i.article_id "
            "LEFT JOIN articles o ON o.article_id = a.duplicate_of ORDER BY i.pos", lists).fetchall()
        # two queries: as one, with a correlated subquery for the other original, it is slower
        others = dict(self.conn.execute(
            incoming + "SELECT i.pos, min(x.article_id) FROM incoming_status i JOIN articles x ON "
            "x.content_hash = i.content_hash AND x.article_id <> i.article_id AND x.duplicate_of IS NULL "
            "GROUP BY i.pos", lists).fetchall())
        return [(*row, others.get(pos)) for pos, row in enumerate(rows)]

    def save(self, coded: CodedArticle) -> str:
        """Store one coded article in one transaction; returns 'new', 'unchanged', 'updated' (same text,
        new metadata), 'replaced' (new text) or 'duplicate' (text stored under another id); 'failed'
        for an incomplete article, of which only the problems are stored."""
        from .rows import rows_of

        return self.save_rows(rows_of([coded], self.dedup)).get(coded.article.article_id, "failed")

    def save_rows(self, rows: StoreRows) -> dict[str, str]:
        """Store a batch of coded articles' rows in one transaction, one statement per table; returns
        each article's state, as :meth:`save` does. Unchanged articles are left alone (their problems
        too), and the event keys of every dedup group the batch touches are recomputed."""
        if not rows.articles.num_rows and not rows.problems.num_rows:
            return {}
        ids, digests, records = (rows.articles.column(c).to_pylist() for c in ("article_id", "content_hash",
                                                                               "record_hash"))
        states = dict(zip(ids, self._states(ids, digests, records)))
        kept = [i for i in ids if states[i][0] != "unchanged"]
        batch = self.conn.sql(columns_select(BATCH_STATES), params=[
            kept, [states[i][1] or None for i in kept], [states[i][0] != "duplicate" for i in kept]]).to_arrow_table()
        with self.transaction(), self._registered("batch_states", batch):
            touched = self._remove_many([i for i in kept if states[i][0] != "new"])
            self._insert_batch(rows)
            self._rekey(touched | self._batch_groups(rows))
            self._insert_problems(rows, [i for i in ids if states[i][0] == "unchanged"])
        return {i: state for i, (state, _) in states.items()}

    def _insert_problems(self, rows: StoreRows, unchanged: list[str]) -> None:
        """The batch's problems, except those of articles left unchanged (they were stored with them)."""
        names = ", ".join(PROBLEM_COLUMNS)
        with self._registered("incoming", rows.problems):
            self.conn.execute(f"INSERT INTO problems (problem_id, {names}) SELECT nextval('problem_ids'), {names} "
                              "FROM incoming WHERE NOT list_contains(?, item_id)", [unchanged])

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
        found = _first(self.conn.execute("SELECT count(*) FROM articles WHERE article_id = ?", [article_id]))
        if not found or not found[0]:
            return False
        with self.transaction():
            self._rekey(self._remove(article_id))
        return True

    def _remove(self, article_id: str) -> set[Touched]:
        """Delete an article's rows; returns the dedup groups and dates of its mentions."""
        return self._remove_many([article_id])

    def _remove_many(self, article_ids: list[str]) -> set[Touched]:
        """Delete the rows of ``article_ids``; returns the dedup groups and dates of their mentions."""
        if not article_ids:
            return set()
        groups = set(self.conn.execute("SELECT DISTINCT dedup_group, event_date FROM mention_rows "
                                       "WHERE list_contains(?, article_id)", [article_ids]).fetchall())
        for table in ("mention_rows", "sentences", "articles"):
            self.conn.execute(f"DELETE FROM {table} WHERE list_contains(?, article_id)", [article_ids])
        return groups

    def _insert_article(self, article: Article, duplicate_of: str | None) -> None:
        self.conn.execute(
            "INSERT INTO articles (article_id, content_hash, title, date, source, url, language, origin, text, "
            "record_hash, duplicate_of) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [article.article_id, article_digest(article), article.title, article.date, article.source, article.url,
             article.language, article.origin, article.text, record_hash(article), duplicate_of])

    def _insert_batch(self, rows: StoreRows) -> None:
        """The batch's articles that ``batch_states`` keeps, and the sentences and mentions of those it
        codes (not the duplicates), one INSERT per table."""
        names = ", ".join(ARTICLE_COLUMNS)
        with self._registered("incoming", rows.articles):
            self.conn.execute(f"INSERT INTO articles ({names}, duplicate_of) SELECT {names}, s.duplicate_of "
                              "FROM incoming JOIN batch_states s USING (article_id)")
        # mentions go to their table, which the ``mentions`` view reads with the full evidence
        for table, stored, columns in (("sentences", "sentences", SENTENCE_COLUMNS),
                                       ("mentions", "mention_rows", MENTION_COLUMNS)):
            names = ", ".join(columns)
            with self._registered("incoming", rows.table(table)):
                self.conn.execute(f"INSERT INTO {stored} ({names}) SELECT {names} FROM incoming "
                                  "WHERE article_id IN (SELECT article_id FROM batch_states WHERE coded)")

    def _batch_groups(self, rows: StoreRows) -> set[Touched]:
        """The dedup groups and dates of the mentions that ``batch_states`` codes."""
        with self._registered("incoming", rows.mentions):
            return set(self.conn.execute(
                "SELECT DISTINCT dedup_group, event_date FROM incoming "
                "WHERE article_id IN (SELECT article_id FROM batch_states WHERE coded)").fetchall())

    @contextmanager
    def _registered(self, name: str, table: Any) -> Iterator[None]:
        """``table`` (Arrow) visible to SQL as ``name`` for the block."""
        # DuckDB 2 refuses to register while a result of execute() is unread (a caller's fetchone(),
        # say); finishing it first changes nothing for that caller, whose next execute() would too
        finish = getattr(self.conn, "complete", None)  # absent before DuckDB 2, which has no such rule
        if finish is not None:
            finish()
        self.conn.register(name, table)
        try:
            yield
        finally:
            self.conn.unregister(name)

    def _rekey(self, touched: set[Touched]) -> None:
        """Recompute the event keys around the (dedup group, event date) pairs that a write added or
        removed mentions at (inside the caller's transaction): only the mentions of the stretches of
        those groups that a link can reach, so that a write costs the same in a store of any size."""
        if self._check_dedup():
            return
        touched = {pair for pair in touched if pair[0] is not None}  # mentions without a group come as None
        if not touched:
            return
        dedup = self.dedup
        reach = max(dedup.window_days, dedup.same_article_days)
        groups, days = [g for g, _ in touched], [d for _, d in touched]
        self._key_rows(self.conn.execute(REACHABLE_MENTIONS, [groups, days, reach]).fetchall())

    def _key_rows(self, rows: list[tuple]) -> None:
        """New event keys for (dedup_group, mention_id, event_date, article_id) rows holding whole groups
        or whole stretches of groups (see REACHABLE_MENTIONS)."""
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
        self.conn.execute(f"UPDATE mention_rows SET event_key = k.event_key FROM ({columns_select(NEW_KEYS)}) k "
                          "WHERE mention_rows.mention_id = k.mention_id AND mention_rows.event_key IS DISTINCT FROM "
                          "k.event_key", [list(keys), list(keys.values())])

    def _check_dedup(self) -> bool:
        """Keys computed under other dedup settings are all recomputed (in the current transaction);
        True when they were."""
        row = _first(self.conn.execute("SELECT value FROM meta WHERE key = 'dedup'"))
        if row and row[0] == signature(self.dedup):
            return False
        self._recompute_all()
        return True

    def _recompute_all(self) -> None:
        rows = self.conn.execute("SELECT mention_id, source_code, target_code, code, root FROM mention_rows").fetchall()
        groups = [[mention, group_of(src, tgt, code, root, self.dedup)] for mention, src, tgt, code, root in rows]
        if groups:
            self.conn.execute(f"UPDATE mention_rows SET dedup_group = g.dedup_group FROM ({columns_select(NEW_GROUPS)}) g "
                              "WHERE mention_rows.mention_id = g.mention_id",
                              [[g[0] for g in groups], [g[1] for g in groups]])
        self.conn.execute("INSERT OR REPLACE INTO meta VALUES ('dedup', ?)", [signature(self.dedup)])
        self._key_rows(self.conn.execute("SELECT dedup_group, mention_id, event_date, article_id FROM mention_rows "
                                         "WHERE dedup_group IS NOT NULL").fetchall())

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
        row = _first(self.conn.execute("SELECT count(DISTINCT event_key) FROM mention_rows"))
        return int(row[0]) if row else 0

    # -- reading ---------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        result = {}
        for table in ("articles", "sentences", "mentions", "events", "problems"):
            row = _first(self.conn.execute(f"SELECT count(*) FROM {table}"))
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
            return _attach(path, read_only)
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


def _attach(path: str, read_only: bool) -> Any:
    """A connection whose default database is the file at ``path``, with ``ROW_GROUP_ROWS`` rows a
    row group for what it writes."""
    conn = duckdb.connect()
    try:
        quoted = path.replace("'", "''")
        options = f"ROW_GROUP_SIZE {ROW_GROUP_ROWS}" + (", READ_ONLY" if read_only else "")
        conn.execute(f"ATTACH '{quoted}' AS {STORE_ALIAS} ({options})")
        conn.execute(f"USE {STORE_ALIAS}")
    except BaseException:
        conn.close()
        raise
    return conn


def store_cursor(conn: Any) -> Any:
    """A cursor of a store's connection (or of one of its cursors) whose default database is the
    store's: a cursor starts in DuckDB's in-memory database, whatever its parent used."""
    cursor = conn.cursor()
    cursor.execute(f"USE {STORE_ALIAS}")
    return cursor


def _first(result: Any) -> tuple | None:
    """The first row of a result, read to its end: DuckDB refuses other work on a connection (such
    as registering an Arrow table) while a result is unfinished, and fetchone() leaves it so."""
    rows = result.fetchall()
    return rows[0] if rows else None


def _first_line(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else exc.__class__.__name__


def _state(row: tuple, digest: str, record: str) -> tuple[str, str]:
    """An article's state from its stored row (exists, content hash, record hash, duplicate_of, the
    original's content hash, another stored original with its text)."""
    exists, stored_hash, stored_record, duplicate_of, original_hash, other = row
    dangling = exists and duplicate_of is not None and original_hash != stored_hash  # its original changed or went
    if exists and stored_record == record and not dangling:
        return "unchanged", duplicate_of or ""
    if other:
        return "duplicate", other
    if not exists:
        return "new", ""
    return ("updated" if stored_hash == digest and not dangling else "replaced"), ""
