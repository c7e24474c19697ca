"""Coding on a Dask cluster (``newsevents code --dask ADDRESS`` or ``--dask local``), an optional
extra: ``pip install 'newsevents[dask]'``.

The articles are read and checked against the store here, as on one machine, and cut into
partitions of a few batches. Each partition is coded on a worker by the same function as on one
machine (:func:`~newsevents.backends.work.code_batch`, batch by batch), with a pipeline that a
worker plugin loads once per worker. Its rows come back here, are written to
``PARTS/<key>/{articles,sentences,mentions,problems}.parquet`` (into a temporary folder, then
renamed, so a folder is there whole or not at all) and then saved to the store in one transaction.

A partition's key is a hash of its articles (ids, texts and metadata) and of what coding depends
on (settings, the installed newsevents). A rerun skips the partitions whose articles the store
already holds unchanged, loads the ones written to Parquet but not yet saved, and codes the rest.
A worker that dies takes its running partition with it; the scheduler gives the partition to
another worker, and nothing reaches the Parquet folder or the store until it has come back whole,
so nothing is lost or saved twice.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import threading
import uuid
from collections import Counter
from contextlib import contextmanager
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Sequence, cast

from ..errors import BackendError, NewsEventsError, ResourceMissing
from ..records import Article
from ..store.rows import TABLES, StoreRows
from .work import Batch, BatchResult, code_batch, coding_fingerprint

try:
    from distributed import WorkerPlugin
except ImportError:  # the extra is not installed: require_dask() says how to install it
    WorkerPlugin = object  # type: ignore[assignment,misc]

if TYPE_CHECKING:
    from ..config import Settings

INSTALL = "pip install 'newsevents[dask]'"
IN_FLIGHT_PER_THREAD = 2  # one partition being coded, one waiting, on each worker thread
SPAWN_ENVIRON = "distributed.nanny.pre-spawn-environ"
PartitionTask = Callable[[Sequence[tuple[Article, ...]], str], list[BatchResult]]


def require_dask() -> None:
    """Raise a one-line ResourceMissing when Dask's distributed scheduler is not installed."""
    try:
        import distributed  # noqa: F401  (only whether it can be imported)
    except ImportError:
        raise ResourceMissing(f"--dask needs Dask's distributed scheduler, an optional extra: {INSTALL}") from None


def worker_environ(environ: dict[str, Any]) -> dict[str, Any]:
    """The environment Dask's nannies give new workers, without MALLOC_TRIM_THRESHOLD_.

    Dask sets it to 64 KiB so that workers hand freed memory back to the system at once; a coding
    worker allocates and frees a batch of parsed documents at a time, and with the setting spent
    30 % more CPU on the same partitions (13.5 against 17.5 CPU seconds a worker on 400 articles,
    the extra mostly system time in page faults). Its memory is bounded by the batch anyway.
    """
    return {name: value for name, value in environ.items() if name != "MALLOC_TRIM_THRESHOLD_"}


@contextmanager
def dask_client(address: str, workers: int) -> Iterator[Any]:
    """A client of the scheduler at ``address``, or of a new LocalCluster of ``workers`` processes
    (one thread each) when ``address`` is 'local'; closed (with the cluster) when the block ends."""
    require_dask()
    import dask
    from distributed import Client, LocalCluster

    if address == "local":
        with dask.config.set({SPAWN_ENVIRON: worker_environ(dask.config.get(SPAWN_ENVIRON))}), \
                LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                             silence_logs=logging.ERROR) as cluster, Client(cluster) as client:
            yield client
        return
    try:
        client = Client(address, timeout="30s")
    except (OSError, TimeoutError) as exc:
        raise BackendError(f"cannot reach the Dask scheduler at {address}: {exc}") from None
    with client:
        yield client


class PipelinePlugin(WorkerPlugin):
    """Loads the coding pipeline once on each worker, and on each worker that joins later."""

    idempotent = True  # registering it again (a second run on the same cluster) loads nothing again

    def __init__(self, settings: Settings):
        self.settings = settings
        self.pipeline: Any = None
        self.error: NewsEventsError | None = None
        self.lock: Any = None

    def setup(self, worker: Any = None) -> None:
        from .work import load_pipeline_for_coding

        # a worker with several threads codes one partition at a time: the pipeline's stages keep
        # per-article state and are not made to be shared between threads
        self.lock = threading.Lock()
        try:
            self.pipeline = load_pipeline_for_coding(self.settings)
        except NewsEventsError as exc:  # raised by the first partition, so that the run ends with this message
            self.error = exc


def code_partition(units: Sequence[tuple[Article, ...]], plugin_name: str) -> list[BatchResult]:
    """Code a partition on a Dask worker: each unit (one batch's articles) as one spaCy batch."""
    from distributed import get_worker

    plugin = cast(PipelinePlugin, get_worker().plugins[plugin_name])
    if plugin.error is not None:
        raise plugin.error
    with plugin.lock:
        return [code_batch(unit, plugin.pipeline) for unit in units]


class DaskBackend:
    """Code batches on a Dask cluster through ``client``, ``partition_batches`` batches a partition,
    keeping each partition's rows in ``parts``. ``tally`` counts partitions by what became of them."""

    def __init__(self, client: Any, settings: Settings, parts: Path, *, partition_batches: int = 2,
                 task: PartitionTask | None = None):
        self.client = client
        self.settings = settings
        self.parts = parts
        self.partition_batches = max(1, partition_batches)
        self.task = task or code_partition
        self.fingerprint = coding_fingerprint(settings)
        self.plugin = f"newsevents-{self.fingerprint}"
        self.tally: Counter = Counter()
        self.used = 0  # worker threads of the cluster, for the summary

    def code(self, batches: Iterable[Batch]) -> Iterator[tuple[Batch, BatchResult]]:
        from distributed import as_completed

        self.parts.mkdir(parents=True, exist_ok=True)
        self.client.register_plugin(PipelinePlugin(self.settings), name=self.plugin)
        self.used = sum(self.client.nthreads().values())
        window = max(2, IN_FLIGHT_PER_THREAD * self.used)
        running: dict[Any, tuple[Batch, str]] = {}
        finished = as_completed()
        for partition in _chunks(iter(batches), self.partition_batches):
            merged, units = Batch.merge(partition), [b.todo for b in partition if b.todo]
            key = partition_key(units, self.fingerprint)
            ready = self._ready(merged, key)
            if ready is not None:
                yield merged, ready
                continue
            future = self.client.submit(self.task, units, self.plugin, pure=False)
            running[future] = (merged, key)
            finished.add(future)
            while len(running) >= window:
                yield self._finish(next(finished), running)
        for future in finished:
            yield self._finish(future, running)

    def _ready(self, merged: Batch, key: str) -> BatchResult | None:
        """The result of a partition that needs no coding: nothing to code, or already in Parquet."""
        if not merged.todo:
            self.tally["nothing to code"] += 1
            return BatchResult.nothing()
        if not (self.parts / key).is_dir():
            return None
        self.tally["loaded from Parquet"] += 1
        rows = read_partition(self.parts / key)
        return BatchResult(rows=rows, failed=len(merged.todo) - rows.articles.num_rows, origin="parts")

    def _finish(self, future: Any, running: dict[Any, tuple[Batch, str]]) -> tuple[Batch, BatchResult]:
        from distributed import KilledWorker

        merged, key = running.pop(future)
        try:
            results = future.result()
        except KilledWorker:
            raise BackendError(f"partition {key} killed every worker it was given to (out of memory?); the "
                               "partitions saved before are kept: run the same command again to code the rest") \
                from None
        rows = StoreRows.concat([r.rows for r in results])
        write_partition(self.parts, key, rows)
        self.tally["coded"] += 1
        return merged, BatchResult(rows=rows, failed=sum(r.failed for r in results))


def partition_key(units: Sequence[tuple[Article, ...]], fingerprint: str) -> str:
    """A hash of the partition's articles, as cut into batches, and of what coding depends on."""
    from ..store.rows import record_hash

    digest = hashlib.sha256(fingerprint.encode())
    for unit in units:
        digest.update(b"\x1e")  # batch boundaries count: a batch is parsed as one
        for article in unit:
            digest.update(f"{article.article_id}\x1f{record_hash(article)}\x1f".encode())
    return digest.hexdigest()[:24]


def write_partition(parts: Path, key: str, rows: StoreRows) -> None:
    """Write the partition's tables into ``parts/<key>/``, all at once: into a temporary folder,
    renamed when complete (a rename is atomic, so a killed run leaves no half-written partition)."""
    import pyarrow.parquet as pq

    temporary = parts / ".incomplete" / f"{key}-{uuid.uuid4().hex[:8]}"
    temporary.mkdir(parents=True)
    for name in TABLES:
        pq.write_table(rows.table(name), temporary / f"{name}.parquet")
    try:
        os.rename(temporary, parts / key)
    except OSError:  # another run wrote the same partition (the same rows) first
        shutil.rmtree(temporary, ignore_errors=True)


def read_partition(folder: Path) -> StoreRows:
    import pyarrow.parquet as pq

    from ..store.rows import schema

    return StoreRows(*(pq.read_table(folder / f"{name}.parquet", schema=schema(name)) for name in TABLES))


def _chunks(batches: Iterator[Batch], size: int) -> Iterator[list[Batch]]:
    while chunk := list(islice(batches, size)):
        yield chunk
