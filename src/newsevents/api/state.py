"""What one server process holds: the store, a pool of reading cursors, the lazily loaded pipeline.

Reads and writes: DuckDB lets one process write a database file, so the server owns it while it
runs; readers each take a cursor (a connection to the same database) and read inside one transaction,
which under DuckDB's MVCC is a consistent snapshot, while an ingest through ``POST /api/articles``
writes on the store's own connection under a lock. ``last_write`` says how fresh the data is: the
file's modification time when the server started, then the time of the server's own last write
(nothing else can write the file meanwhile).
"""

from __future__ import annotations

import datetime as dt
import os
import queue
import threading
from contextlib import contextmanager
from typing import Any, Callable, Iterator, TypeVar

import anyio.to_thread
import duckdb
import pandas as pd
from anyio import CapacityLimiter

from ..config import Settings
from ..explain import explain
from ..ontology import Ontology, load_ontology
from ..pipeline import Pipeline
from ..records import Article, CodedArticle
from ..store import Store
from ..store.db import store_cursor
from .queries import EVENT_JSON, EVENT_ROWS

T = TypeVar("T")
# /api/events pages read at once: more only contend for the CPU and the GIL and widen the spread of
# latencies (bench/serve_load.py on 2 cores: 4 gave the lowest p99 of 2, 3, 4, 6 and 8)
READERS = 4
IDLE_READERS = 8  # cursors kept for reuse; a request never waits for one (it opens another)
CACHE_DB = "newsevents_serve_cache"  # an in-memory database attached to the server's own: see EVENTS_TABLE
EVENTS_TABLE = f"{CACHE_DB}.events"
# The events view aggregates every mention on every read; the server keeps a page's rows materialised
# (each with its JSON), rebuilt after each of its writes.
MATERIALISE = (f"CREATE OR REPLACE TABLE {EVENTS_TABLE} AS SELECT e.*, {EVENT_JSON} AS doc FROM ({EVENT_ROWS}) e "
               "ORDER BY e.event_date DESC NULLS LAST, e.event_key")
# a read that touches both databases: it fixes the transaction's snapshot of each
PIN = f"SELECT 1 FROM main.meta, {EVENTS_TABLE} LIMIT 0"


class Snapshot:
    """One request's consistent view of the database (duck-types the reading side of Store)."""

    def __init__(self, cursor: duckdb.DuckDBPyConnection, last_write: str, events: str = "events"):
        self.conn = cursor
        self.last_write = last_write
        self.events = events  # the materialised events (EVENTS_TABLE) when they match this snapshot, or the view

    def rows(self, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
        cursor = self.conn.execute(sql, params or [])
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row)) for row in cursor.fetchall()]

    def one(self, sql: str, params: list[Any] | None = None) -> dict[str, Any] | None:
        rows = self.rows(sql, params)
        return rows[0] if rows else None

    def query(self, sql: str, params: list[Any] | None = None) -> pd.DataFrame:
        """A DataFrame, as ``Store.query`` gives, for the analysis functions."""
        return self.conn.execute(sql, params or []).df()


class Coder:
    """The pipeline, loaded on first use so that the server starts in about a second.

    One article is coded at a time: the stages keep per-call state and the work is CPU-bound
    under the GIL, so running two at once would not be faster. Requests waiting for the coder wait
    in the event loop (``acode``), not in a worker thread, so that they never starve the readers.
    """

    def __init__(self, settings: Settings, pipeline: Pipeline | None = None):
        self.settings = settings
        self._pipeline = pipeline
        self._load_lock = threading.Lock()
        self._run_lock = threading.Lock()
        self._limiter = CapacityLimiter(1)

    @property
    def loaded(self) -> bool:
        return self._pipeline is not None

    def pipeline(self) -> Pipeline:
        if self._pipeline is None:
            with self._load_lock:
                if self._pipeline is None:
                    self._pipeline = Pipeline.from_settings(self.settings)
        return self._pipeline

    def code(self, article: Article) -> CodedArticle:
        pipeline = self.pipeline()
        with self._run_lock:
            return next(iter(pipeline.run([article])))

    async def acode(self, article: Article) -> CodedArticle:
        return await anyio.to_thread.run_sync(self.code, article, limiter=self._limiter)

    async def aexplain(self, text: str, date: dt.date | None) -> dict[str, Any]:
        return await anyio.to_thread.run_sync(self.explain, text, date, limiter=self._limiter)

    def explain(self, text: str, date: dt.date | None) -> dict[str, Any]:
        """The coder's trace for ``text`` (newsevents.explain): candidates, scores, steps, events."""
        pipeline = self.pipeline()
        with self._run_lock:
            return explain(pipeline, text, date).to_dict()


class ServerState:
    """The store, the readers, the coder and the ontology of one server process."""

    def __init__(self, settings: Settings, pipeline: Pipeline | None = None):
        self.settings = settings
        self._last_write = _file_time(settings.store.db)
        self.generation = 0  # bumped by every write: see cache.py
        # read-write, migrated (the corrections table is schema version 4); the file stays locked for
        # other processes while the server runs
        self.store = Store(settings.store.db, dedup=settings.dedup, wait=settings.store.wait_seconds)
        self.write_lock = threading.Lock()
        # readers' cursors come from a connection of their own, never used by a writer
        self._reader_root = self.store.cursor()
        self._root_lock = threading.Lock()
        self._idle: queue.SimpleQueue[duckdb.DuckDBPyConnection] = queue.SimpleQueue()
        # the materialised events: odd ``_seq`` while a write (and the rebuild after it) is under way
        self._seq = 0
        self._materialised = False
        try:
            self.store.conn.execute(f"ATTACH ':memory:' AS {CACHE_DB}")
        except duckdb.Error:  # a database file of that very name: pages read the view
            pass
        else:
            self._materialise()
        self._readers = CapacityLimiter(READERS)
        self.coder = Coder(settings, pipeline)
        self.ontology: Ontology = load_ontology()

    def last_write(self) -> str:
        return self._last_write.isoformat(timespec="seconds")

    def _cursor(self) -> duckdb.DuckDBPyConnection:
        try:
            return self._idle.get_nowait()
        except queue.Empty:
            with self._root_lock:
                return store_cursor(self._reader_root)

    def _materialise(self) -> None:
        """Rebuild the materialised events from the view (the writer's lock held, or at start)."""
        try:
            with self._root_lock:
                builder = self.store.cursor()
            try:
                builder.execute(MATERIALISE)
            finally:
                builder.close()
            self._materialised = True
        except duckdb.Error:  # pages then read the view, as they would without it
            self._materialised = False

    @contextmanager
    def snapshot(self) -> Iterator[Snapshot]:
        """A read-only transaction: what it sees does not change while it lasts.

        It reads the materialised events only when no write ran while its snapshot was taken (a
        sequence lock: ``_seq`` unchanged and even), so that they agree with the mentions it sees.
        """
        cursor = self._cursor()
        try:
            seq = self._seq
            cursor.execute("BEGIN TRANSACTION")
            try:
                events = "events"
                if seq % 2 == 0 and self._materialised:
                    cursor.execute(PIN).fetchall()
                    if self._seq == seq:
                        events = EVENTS_TABLE
                yield Snapshot(cursor, self.last_write(), events)
            finally:
                cursor.execute("ROLLBACK")
        except BaseException:
            cursor.close()  # in an unknown state: not reused
            raise
        self._release(cursor)

    def read_events(self, read: Callable[[Snapshot], T]) -> T:
        """``read(snapshot)`` on the materialised events, with no transaction to begin and end.

        None is needed: the server's writes are the only ones, and each runs while ``_seq`` is odd,
        so when ``_seq`` is even and the same before and after, every statement of ``read`` saw the
        same data, that of the write ``last_write`` tells. Otherwise ``read`` runs again on a
        snapshot (``snapshot``), so it is not to have side effects.
        """
        seq = self._seq
        if seq % 2 == 0 and self._materialised:
            cursor = self._cursor()
            try:
                result = read(Snapshot(cursor, self.last_write(), EVENTS_TABLE))
            except BaseException:
                cursor.close()
                raise
            self._release(cursor)
            if self._seq == seq:
                return result
        with self.snapshot() as snap:
            return read(snap)

    async def aread_events(self, read: Callable[[Snapshot], T]) -> T:
        """``read_events`` in a worker thread, a few at a time (READERS): more would only contend."""
        return await anyio.to_thread.run_sync(self.read_events, read, limiter=self._readers)

    def _release(self, cursor: duckdb.DuckDBPyConnection) -> None:
        if self._idle.qsize() < IDLE_READERS:
            self._idle.put(cursor)
        else:
            cursor.close()

    @contextmanager
    def writing(self) -> Iterator[Store]:
        """The store, for one writer at a time; the write time is recorded when it is done."""
        with self.write_lock:
            self._seq += 1
            try:
                yield self.store
            finally:  # even a failed write may have changed something
                self._materialise()
                self._last_write = dt.datetime.now(dt.timezone.utc)
                self.generation += 1
                self._seq += 1

    def close(self) -> None:
        while not self._idle.empty():
            self._idle.get_nowait().close()
        self._reader_root.close()
        self.store.close()


def _file_time(path: str) -> dt.datetime:
    """When the database (or its write-ahead log) last changed; now for a new database."""
    times = [os.stat(p).st_mtime for p in (path, path + ".wal") if os.path.exists(p)]
    stamp = max(times) if times else dt.datetime.now().timestamp()
    return dt.datetime.fromtimestamp(stamp, dt.timezone.utc)
