"""`newsevents code`: code articles into the store, or gold sentences into predictions."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Optional

import typer

from ..config import Settings
from ..export.files import atomic_path
from ..export.names import TABLE_FORMATS
from ..records import Article, CodedArticle, Problem, Severity
from .common import (EXIT_OK, EXIT_REJECTED, Db, build_settings, check_output, err, open_store, progress, safe,
                     target_name)

if TYPE_CHECKING:
    from ..pipeline import Pipeline
    from ..store import Store


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
) -> None:
    """Code articles into the store (and optionally write the events out)."""
    from ..ingest import read_inputs
    from ..pipeline import Pipeline

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
    protected = [settings.store.db, rejects, *(i for i in inputs if i != "-")]
    check_output(out_file, "--out", protected)
    check_output(rejects, "--rejects", [settings.store.db, *(i for i in inputs if i != "-")])
    default_date = _default_date(date)
    pipeline = Pipeline.from_settings(settings)
    run = Run(pipeline, settings)
    run.code(read_inputs(inputs, default_date, settings.ingest.day_first))
    err.print(run.summary(settings.store.db))
    if out_file is not None:
        _write_out(settings, run.article_ids, out_file, fmt)
    _report_problems(run.problems, rejects)
    raise typer.Exit(EXIT_REJECTED if _errors(run.problems) else EXIT_OK)


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


@dataclass
class Run:
    """One `code` run: reads in batches; for each batch the store is opened twice, briefly (to skip
    unchanged articles and find duplicates before parsing, then to save), so that other commands can
    read the database between batches. Every article is saved in its own transaction."""

    pipeline: "Pipeline"
    settings: Settings
    tally: Counter = field(default_factory=Counter)
    problems: list[Problem] = field(default_factory=list)
    article_ids: list[str] = field(default_factory=list)
    hashes: dict[str, str] = field(default_factory=dict)  # content hash -> first id this run
    mentions: int = 0
    events: int = 0
    _unsaved: list[Problem] = field(default_factory=list)

    def code(self, results: Iterable[Article | Problem]) -> None:
        articles = self._articles(results)
        settings = self.settings
        with progress(None, "coding") as advance:
            while batch := list(islice(articles, settings.nlp.batch_size)):
                with open_store(settings, read_only=False) as store:
                    todo, duplicates = self._triage(store, batch)
                coded = [c for chunk in self.pipeline.run_batches(todo) for c in chunk]
                with open_store(settings, read_only=False) as store:
                    self._save(store, coded, duplicates)
                advance(len(batch))
        if self._unsaved:  # ingest problems after the last article
            with open_store(self.settings, read_only=False) as store:
                self._save(store, [], [])

    def _articles(self, results: Iterable[Article | Problem]) -> Iterator[Article]:
        for item in results:
            if isinstance(item, Article):
                yield item
            else:
                self.problems.append(item)
                self._unsaved.append(item)

    def _triage(self, store: Store, batch: list[Article]) -> tuple[list[Article], list[tuple[Article, str]]]:
        """Articles to code, and duplicates (with the id they duplicate); unchanged ones are counted."""
        todo, duplicates = [], []
        for article in batch:
            self.article_ids.append(article.article_id)
            state, original = store.status(article)
            first = self.hashes.setdefault(article.content_hash, article.article_id)
            if state == "unchanged":
                self.tally["unchanged"] += 1
            elif state == "duplicate" or first != article.article_id:
                duplicates.append((article, original or first))
            else:
                todo.append(article)
        return todo, duplicates

    def _save(self, store: Store, coded: list[CodedArticle], duplicates: list[tuple[Article, str]]) -> None:
        for item in coded:
            self.problems.extend(item.problems)
            if not item.complete:
                self.tally["failed"] += 1
                store.add_problems(item.problems)
                continue
            self.tally[store.save(item)] += 1
            self.mentions += len(item.events)
        for article, original in duplicates:
            store.save_duplicate(article, original, [_duplicate(article, original)])
            self.problems.append(_duplicate(article, original))
            self.tally["duplicate"] += 1
        store.add_problems(self._unsaved)
        self._unsaved = []
        self.events = store.event_count()

    def summary(self, db: str) -> str:
        counts = ", ".join(f"{self.tally[k]} {k}" for k in ("new", "replaced", "updated", "unchanged", "duplicate",
                                                            "failed") if self.tally[k] or k in {"new", "unchanged"})
        return (f"coded {sum(self.tally.values())} article(s) into {safe(db)}: {counts}; {self.mentions} event "
                f"mention(s) this run, {self.events} deduplicated event(s) in the store")


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
    articles = [a for a in gold_articles(records, str(gold_path)) if isinstance(a, Article) or problems.append(a)]
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
