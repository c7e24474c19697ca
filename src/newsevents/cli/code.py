"""`newsevents code`: code articles into the store, or gold sentences into predictions."""

from __future__ import annotations

import json
from collections import Counter, deque
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Optional, Protocol

import typer

from ..config import Settings
from ..export.files import atomic_path
from ..export.names import TABLE_FORMATS
from ..records import Article, Problem, Severity
from .common import (EXIT_OK, EXIT_REJECTED, Db, build_settings, check_output, err, open_store, progress, safe,
                     target_name)

if TYPE_CHECKING:
    from ..backends.dask import DaskBackend
    from ..backends.work import Batch, BatchResult
    from ..store import Store

    class Backend(Protocol):
        def code(self, batches: Iterable[Batch]) -> Iterator[tuple[Batch, BatchResult]]: ...


def code(
    inputs: list[str] = typer.Argument(None, help="Files or directories to code ('-' for standard input)."),
    db: Db = None,
    out_file: Optional[Path] = typer.Option(None, "--out", help="Also write the coded events to this file "
                                            "('-' for standard output)."),
    fmt: str = typer.Option("jsonl", "--format", help=f"Format of --out: {', '.join(TABLE_FORMATS)}."),
    sentences: Optional[Path] = typer.Option(None, "--sentences",
                                             help="Gold-format JSON Lines: code each line as a one-sentence "
                                                  "article and write predictions to --out."),
    date: Optional[str] = typer.Option(None, "--date", help="Publication date (YYYY-MM-DD) for inputs without one."),
    rejects: Optional[Path] = typer.Option(None, "--rejects", help="Where malformed records are kept.",
                                           show_default="<db>.rejects.jsonl"),
    model: Optional[str] = typer.Option(None, "--model", help="spaCy pipeline name or path."),
    config: Optional[str] = typer.Option(None, "--config", help="TOML settings file."),
    workers: Optional[int] = typer.Option(None, "--workers", min=1, show_default="all cores",
                                          help="Processes that code in parallel, each loading the pipeline once, "
                                               "while this one reads and saves (a single batch is coded here); "
                                               "with --dask local, the LocalCluster's workers."),
    dask: Optional[str] = typer.Option(None, "--dask", metavar="SCHEDULER|local",
                                       help="Code on a Dask cluster: a scheduler address (tcp://host:8786) or "
                                            "'local' for a LocalCluster. Needs 'pip install newsevents[dask]'."),
    parts: Optional[Path] = typer.Option(None, "--parts", show_default="<db>.parts",
                                         help="With --dask: folder of the Parquet partitions (kept, so that a "
                                              "rerun loads what an interrupted run coded)."),
    partition_size: int = typer.Option(2, "--partition-size", min=1,
                                       help="With --dask: batches (of nlp.batch_size articles) per partition."),
) -> None:
    """Code articles into the store (and optionally write the events out)."""
    from ..backends.local import all_cores
    from ..ingest import read_inputs

    settings = build_settings(config, nlp__model=model, store__db=db)
    if fmt not in TABLE_FORMATS:
        raise typer.BadParameter(f"--format must be one of {', '.join(TABLE_FORMATS)}", param_hint="--format")
    if sentences is not None:
        if out_file is None:
            raise typer.BadParameter("--sentences needs --out PRED.jsonl", param_hint="--out")
        check_output(out_file, "--out", [sentences])
        raise typer.Exit(_code_sentences(settings, sentences, out_file))
    rejects = rejects or Path(settings.store.db + ".rejects.jsonl")
    _check_inputs(inputs)
    protected: list[str | Path] = [settings.store.db, rejects, *(i for i in inputs if i != "-")]
    check_output(out_file, "--out", protected)
    check_output(rejects, "--rejects", [settings.store.db, *(i for i in inputs if i != "-")])
    default_date = _default_date(date)
    parts = _parts_folder(dask, parts, settings, inputs)
    articles = read_inputs(inputs, default_date, settings.ingest.day_first)
    run = Run(settings)
    if dask is None:
        _run_local(run, articles, workers or all_cores())
    else:
        _run_dask(run, articles, dask, workers or all_cores(), parts, partition_size)
    if out_file is not None:
        _write_out(settings, run.article_ids, out_file, fmt)
    _report_problems(run.problems, rejects)
    raise typer.Exit(EXIT_REJECTED if _errors(run.problems) else EXIT_OK)


def _parts_folder(dask: str | None, parts: Path | None, settings: Settings, inputs: list[str]) -> Path:
    """With --dask, where the Parquet partitions go (checked before any work); Dask must be installed."""
    if dask is None:
        return Path()
    from ..backends.dask import require_dask

    require_dask()
    folder = parts or Path(settings.store.db + ".parts")
    if folder.exists() and not folder.is_dir():
        raise typer.BadParameter(f"{folder} is a file, not a folder", param_hint="--parts")
    target = folder.resolve()
    for other in (Path(i).resolve() for i in [settings.store.db, *inputs] if i != "-"):
        if target == other or (other.is_dir() and other in target.parents):
            raise typer.BadParameter(f"{folder} is the database or an input, or inside one ({other})",
                                     param_hint="--parts")
    return folder


def _run_local(run: "Run", articles: Iterable[Article | Problem], workers: int) -> None:
    from ..backends.local import LocalBackend

    backend = LocalBackend(run.settings, workers)
    run.code(articles, backend, f"coding ({workers} worker{'s' * (workers > 1)})")
    err.print(run.summary(run.settings.store.db, backend.used))


def _run_dask(run: "Run", articles: Iterable[Article | Problem], address: str, workers: int, parts: Path,
              partition_size: int) -> None:
    from ..backends.dask import DaskBackend, dask_client

    with dask_client(address, workers) as client:
        backend = DaskBackend(client, run.settings, parts, partition_batches=partition_size)
        run.code(articles, backend, "coding on Dask")
    err.print(run.summary(run.settings.store.db, backend.used))
    err.print(_partitions(backend))


def _check_inputs(inputs: list[str] | None) -> None:
    """Before any database is created: every input exists."""
    if not inputs:
        raise typer.BadParameter("give at least one input file, directory or '-'", param_hint="INPUTS")
    for item in inputs:
        if item != "-" and not Path(item).exists():
            raise typer.BadParameter(f"{item}: no such file or directory", param_hint="INPUTS")


def _default_date(date: str | None):
    from ..ingest import parse_date

    try:
        return parse_date(date)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--date") from None


# Articles saved (and read ahead and checked) at each opening of the store. An opening costs 60-90 ms
# (connecting, the schema check, and DuckDB's checkpoint of the file when it is closed): at 128
# articles a time that was a third of the store's share of a run, and at 256 the store took 1.3 s of
# the bench's 2,000 articles against 0.9 s at 512. A run killed between openings codes at most this
# many articles again when it is rerun; readers get the store between openings.
ARTICLES_PER_OPENING = 512
# DuckDB threads of those openings. Each save is a few small statements, but the checkpoint that
# closes it uses every thread, with buffers of its own, and its peak grows with the store: replaying
# the saves of a 20,000-article store, one thread kept the process's peak +64 MiB above its first
# saves against +93 MiB with two. Coding uses the cores meanwhile.
SAVING_THREADS = 1


@dataclass
class Run:
    """One `code` run. Articles are read and checked against the store before any parsing: unchanged
    ones are counted and skipped, texts already stored under another id are recorded as duplicates,
    and the rest go to the backend in batches (nlp.batch_size), which codes them in this process, in
    worker processes or on a Dask cluster. Coded batches are saved a few at a time, in one transaction.
    The store is opened only for these moments (the next batches are checked in the same opening),
    so that other commands can read it in between."""

    settings: Settings
    tally: Counter = field(default_factory=Counter)
    problems: list[Problem] = field(default_factory=list)
    article_ids: list[str] = field(default_factory=list)
    hashes: dict[str, str] = field(default_factory=dict)  # content hash -> first id this run
    mentions: int = 0
    events: int = 0
    _unsaved: list[Problem] = field(default_factory=list)
    _ready: deque = field(default_factory=deque)  # batches checked against the store, not yet coded
    _input_ended: bool = False  # a short read saw the end of the input: no opening only to find it empty

    def code(self, results: Iterable[Article | Problem], backend: Backend, label: str = "coding") -> None:
        from ..errors import BackendError

        articles = self._articles(results)
        coded: list[tuple[Batch, BatchResult]] = []
        with progress(None, label) as advance:
            try:
                for batch, result in backend.code(self._batches(articles)):
                    coded.append((batch, result))
                    if sum(b.size for b, _ in coded) >= ARTICLES_PER_OPENING:
                        advance(self._save_and_read(coded, articles))
            except BackendError:  # a worker died: keep what the others coded
                self._finish(coded)
                raise
            advance(sum(b.size for b, _ in coded))
            self._finish(coded)

    def _articles(self, results: Iterable[Article | Problem]) -> Iterator[Article]:
        for item in results:
            if isinstance(item, Article):
                yield item
            else:
                self.problems.append(item)
                self._unsaved.append(item)

    def _batches(self, articles: Iterator[Article]) -> Iterator[Batch]:
        """Checked batches for the backend; the store is closed while the backend codes them."""
        while True:
            if not self._ready:
                if self._input_ended:
                    return
                with self._opening() as store:
                    if not self._read(store, articles):
                        return
            yield self._ready.popleft()

    def _opening(self) -> "Store":
        """The store opened to check, save or count, with SAVING_THREADS threads."""
        return open_store(self.settings, read_only=False, threads=SAVING_THREADS)

    def _save_and_read(self, coded: list[tuple[Batch, BatchResult]], articles: Iterator[Article]) -> int:
        """Save the coded batches and check the next ones, in one opening; the articles saved."""
        with self._opening() as store:
            self._save(store, coded)
            self._read(store, articles)
        saved = sum(batch.size for batch, _ in coded)
        coded.clear()
        return saved

    def _read(self, store: Store, articles: Iterator[Article]) -> bool:
        """Read and check about ARTICLES_PER_OPENING more articles, in batches; False at the end of the input."""
        read, size = 0, self.settings.nlp.batch_size
        while read < ARTICLES_PER_OPENING and not self._input_ended:
            batch = list(islice(articles, size))
            self._input_ended = len(batch) < size
            if batch:
                self._ready.append(self._triage(store, batch))
                read += len(batch)
        return read > 0

    def _triage(self, store: Store, batch: list[Article]) -> Batch:
        """The batch's articles to code and its duplicates (with the id they duplicate); unchanged ones are counted."""
        from ..backends.work import Batch

        todo, duplicates = [], []
        for article, (state, original) in zip(batch, store.statuses(batch)):
            self.article_ids.append(article.article_id)
            first = self.hashes.setdefault(article.content_hash, article.article_id)
            if state == "unchanged":
                self.tally["unchanged"] += 1
            elif state == "duplicate" or first != article.article_id:
                duplicates.append((article, original or first))
            else:
                todo.append(article)
        return Batch(todo=tuple(todo), duplicates=tuple(duplicates), size=len(batch))

    def _save(self, store: Store, coded: list[tuple[Batch, BatchResult]]) -> None:
        from ..store.rows import StoreRows

        results = [result for _, result in coded]
        self.tally.update(store.save_rows(StoreRows.concat([r.rows for r in results])).values())
        for result in results:
            self.problems.extend(result.problems)
            self.tally["failed"] += result.failed
            self.mentions += result.mentions
        for article, original in (d for batch, _ in coded for d in batch.duplicates):
            store.save_duplicate(article, original, [_duplicate(article, original)])
            self.problems.append(_duplicate(article, original))
            self.tally["duplicate"] += 1
        store.add_problems(self._unsaved)
        self._unsaved = []

    def _finish(self, coded: list[tuple[Batch, BatchResult]]) -> None:
        """Save the last coded batches and the problems found after the last article; count the events."""
        with self._opening() as store:
            self._save(store, coded)
            self.events = store.event_count()

    def summary(self, db: str, workers: int = 1) -> str:
        counts = ", ".join(f"{self.tally[k]} {k}" for k in ("new", "replaced", "updated", "unchanged", "duplicate",
                                                            "failed") if self.tally[k] or k in {"new", "unchanged"})
        return (f"coded {sum(self.tally.values())} article(s) into {safe(db)}: {counts}; {self.mentions} event "
                f"mention(s) this run, {self.events} deduplicated event(s) in the store"
                f"{f'; {workers} worker processes' if workers > 1 else ''}")


def _partitions(backend: DaskBackend) -> str:
    counts = ", ".join(f"{n} {what}" for what, n in sorted(backend.tally.items()))
    return f"dask: {sum(backend.tally.values())} partition(s): {counts or 'none'}; Parquet in {safe(backend.parts)}"


def _duplicate(article: Article, original: str) -> Problem:
    return Problem(stage="store", item_id=article.article_id, code="duplicate", severity=Severity.WARNING,
                   location=article.origin,
                   message=f"{article.origin or article.article_id}: same text as stored article {original!r}; "
                           f"recorded as a duplicate of it, not coded twice")


def _write_out(settings: Settings, ids: list[str], out_file: Path, fmt: str) -> None:
    from ..export import write_table

    with open_store(settings) as store:
        frame = store.query("SELECT * FROM mentions WHERE list_contains(?, article_id) "
                            "ORDER BY article_id, sentence_id, trigger_start", [ids])
    frame = frame.drop(columns=["dedup_group"])
    if str(out_file) == "-":
        rows = write_table(frame, "-", fmt, raw_cells=settings.export.raw_cells)
    else:
        with atomic_path(out_file) as temp:
            rows = write_table(frame, temp, fmt, raw_cells=settings.export.raw_cells)
    err.print(f"wrote {rows} events to {target_name(out_file)}")


def _errors(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity == Severity.ERROR]


def _report_problems(problems: list[Problem], rejects: Path) -> None:
    for problem in problems:
        label = "error" if problem.severity == Severity.ERROR else "warning"
        err.print(f"{label}: {safe(problem.message)}")
    kept = [p for p in _errors(problems) if p.raw]
    if kept:
        # backslashreplace: a record that could not be read as text must still reach the file
        with rejects.open("a", encoding="utf-8", errors="backslashreplace") as handle:
            for problem in kept:
                handle.write(json.dumps({"location": problem.location, "error": problem.message,
                                         "record": problem.raw}, ensure_ascii=False) + "\n")
        err.print(f"{len(kept)} malformed record(s) kept in {safe(rejects)}")


def _code_sentences(settings: Any, gold_path: Path, out_file: Path) -> int:
    from ..analysis.predict import gold_articles, prediction_record
    from ..export.jsonl import dumps
    from ..export.tables import open_text
    from ..pipeline import Pipeline

    try:
        lines = gold_path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        err.print(f"error: cannot read {safe(gold_path)}: {safe(exc)}")
        return 1
    records, problems = [], []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            records.append((number, json.loads(line)))
        except (json.JSONDecodeError, RecursionError) as exc:
            problems.append(Problem(stage="ingest", item_id="", code="bad-json", location=f"{gold_path}:{number}",
                                    message=f"{gold_path}:{number}: not valid JSON ({getattr(exc, 'msg', exc)})",
                                    raw=line))
    articles: list[Article] = []
    for parsed in gold_articles(records, str(gold_path)):
        if isinstance(parsed, Article):
            articles.append(parsed)
        else:
            problems.append(parsed)
    pipeline = Pipeline.from_settings(settings)
    with atomic_path(out_file) as temp, open_text(temp) as handle, progress(len(articles), "coding") as advance:
        for coded in pipeline.run(articles):
            problems.extend(p for p in coded.problems if p.severity == Severity.ERROR)
            handle.write(dumps(prediction_record(coded)) + "\n")
            advance()
    err.print(f"wrote predictions for {len(articles)} sentence(s) to {target_name(out_file)}")
    for problem in problems:
        err.print(f"error: {safe(problem.message)}")
    return EXIT_REJECTED if problems else EXIT_OK
