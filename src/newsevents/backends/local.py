"""Coding on this machine: in a pool of worker processes (``--workers N``, one included), or in this
process for a single batch.

Each worker process loads the coding resources once (spaCy, lexicon, actors, gazetteer) and then
codes whole batches with :func:`~newsevents.backends.work.code_batch`, returning the store's rows
rather than parsed documents, so that little crosses between processes. At most two batches per
worker are in flight, and results come back in input order, so memory stays flat whatever the
size of the input. This process reads the input and saves, so the store's memory (DuckDB's
checkpoint at each save peaks higher as the file grows) is never a coder's: with one worker too,
whose peak would otherwise rise 16 % from 500 to 20,000 articles. The pool is started only when
the input holds more than one batch to code: for less (a sentence, an article), the worker's
start-up would cost more than it saves, and the batch is coded here.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import chain
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Sequence

from ..errors import BackendError, NewsEventsError
from ..records import Article
from .work import Batch, BatchResult, code_batch, load_pipeline_for_coding

if TYPE_CHECKING:
    from ..config import Settings
    from ..pipeline import Pipeline

Task = Callable[[Sequence[Article]], BatchResult]
IN_FLIGHT_PER_WORKER = 2  # one being coded, one waiting, so that no worker idles between batches
PARENT_CHECK_SECONDS = 0.5


def all_cores() -> int:
    """The cores this process may run on (a container or a Slurm job may allow fewer than the machine has)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


class LocalBackend:
    """Code batches in a pool of ``workers`` processes, or in this process when there is one batch
    to code or a ``pipeline`` is given (its caller codes here). This process's pipeline is loaded on
    the first batch that needs it, so a rerun over an unchanged corpus loads nothing; ``task``
    replaces what the pool's workers run."""

    def __init__(self, settings: Settings, workers: int, *, pipeline: Pipeline | None = None,
                 task: Task | None = None):
        self.settings = settings
        self.workers = max(1, workers)
        self.task = task  # what pool workers run; by default code_batch with the worker's pipeline
        self.used = 1  # processes that coded, for the summary
        self._pipeline = pipeline  # for this process; loaded when first needed if not given

    def code(self, batches: Iterable[Batch]) -> Iterator[tuple[Batch, BatchResult]]:
        batches = iter(batches)
        head: list[Batch] = []  # read until there are two batches to code, or the input ends
        for batch in batches:
            head.append(batch)
            if sum(1 for b in head if b.todo) >= 2:
                break
        if self._pipeline is None and sum(1 for b in head if b.todo) >= 2:
            self.used = self.workers
            yield from ProcessPool(self.settings, self.workers, self.task).code(chain(head, batches))
        else:
            yield from ((batch, self._code_here(batch)) for batch in chain(head, batches))

    def _code_here(self, batch: Batch) -> BatchResult:
        if not batch.todo:
            return BatchResult.nothing()
        if self._pipeline is None:
            self._pipeline = load_pipeline_for_coding(self.settings)
        return code_batch(batch.todo, self._pipeline)


class ProcessPool:
    """``workers`` processes, each with its own pipeline, coding batches in input order."""

    def __init__(self, settings: Settings, workers: int, task: Task | None = None):
        self.settings = settings
        self.workers = workers
        self.task = task or _code_in_worker

    def code(self, batches: Iterable[Batch]) -> Iterator[tuple[Batch, BatchResult]]:
        # spawn, not fork: a fresh interpreter is safe whatever threads this process runs (DuckDB's)
        # and behaves the same on Linux, macOS and Windows
        with ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("spawn"),
                                 initializer=_start_worker, initargs=(self.settings,)) as pool:
            try:
                yield from self._ordered(pool, batches)
            finally:
                pool.shutdown(wait=True, cancel_futures=True)

    def _ordered(self, pool: ProcessPoolExecutor, batches: Iterable[Batch]) -> Iterator[tuple[Batch, BatchResult]]:
        pending: deque[tuple[Batch, Future | None]] = deque()
        for batch in batches:
            pending.append((batch, pool.submit(self.task, batch.todo) if batch.todo else None))
            while pending and (pending[0][1] is None or len(pending) > IN_FLIGHT_PER_WORKER * self.workers):
                yield _collect(*pending.popleft())
        while pending:
            yield _collect(*pending.popleft())


def _collect(batch: Batch, future: Future | None) -> tuple[Batch, BatchResult]:
    if future is None:
        return batch, BatchResult.nothing()
    try:
        return batch, future.result()
    except BrokenProcessPool:
        raise BackendError("a worker process died while coding (killed, or out of memory); every batch "
                           "saved before is kept: run the same command again to code the rest") from None


# The pipeline of this worker process: set once by the pool's initializer, read by every task it runs.
_WORKER: dict[str, Any] = {}


def _start_worker(settings: Settings) -> None:
    threading.Thread(target=_end_with_parent, args=(os.getppid(),), daemon=True).start()
    try:
        _WORKER["pipeline"] = load_pipeline_for_coding(settings)
    except NewsEventsError as exc:  # raised again by the first task, so that the run ends with this message
        _WORKER["error"] = exc


def _code_in_worker(articles: Sequence[Article]) -> BatchResult:
    if "error" in _WORKER:
        raise _WORKER["error"]
    return code_batch(articles, _WORKER["pipeline"])


def _end_with_parent(parent: int) -> None:
    """End this worker when the process that started it is gone. Killed outright (SIGKILL, the OOM
    killer), it cannot stop its workers, which would wait on its queues forever, holding its
    standard output and error open (a caller reading them would wait forever too)."""
    while os.getppid() == parent:
        time.sleep(PARENT_CHECK_SECONDS)
    os._exit(1)
