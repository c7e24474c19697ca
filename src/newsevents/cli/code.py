"""`newsevents code`: code articles into the store, or gold sentences into predictions."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterable, Optional

import typer

from ..export.names import TABLE_FORMATS
from ..records import Article, Problem, Severity
from .common import EXIT_OK, EXIT_REJECTED, build_settings, err, progress, safe, target_name


def code(
    inputs: list[str] = typer.Argument(None, help="Files or directories to code ('-' for standard input)."),
    db: Optional[str] = typer.Option(None, "--db", help="DuckDB database file.", show_default="newsevents.duckdb"),
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
    from ..export import write_table
    from ..ingest import read_inputs
    from ..pipeline import Pipeline
    from ..store import Store

    settings = build_settings(config, nlp__model=model, store__db=db)
    if fmt not in TABLE_FORMATS:
        raise typer.BadParameter(f"--format must be one of {', '.join(TABLE_FORMATS)}", param_hint="--format")
    if sentences is not None:
        if out_file is None:
            raise typer.BadParameter("--sentences needs --out PRED.jsonl", param_hint="--out")
        raise typer.Exit(_code_sentences(settings, sentences, out_file))
    if not inputs:
        raise typer.BadParameter("give at least one input file, directory or '-'", param_hint="INPUTS")
    default_date = _default_date(date)
    pipeline = Pipeline.from_settings(settings)
    articles, problems = _split(read_inputs(inputs, default_date))
    status = _store(pipeline, settings.store.db, articles, problems)
    if out_file is not None:
        with Store(settings.store.db, read_only=True) as store:
            ids = [a.article_id for a in articles]
            frame = store.query("SELECT * FROM mentions WHERE list_contains(?, article_id) "
                                "ORDER BY article_id, sentence_id, trigger_start", [ids])
        rows = write_table(frame, out_file, fmt)
        err.print(f"wrote {rows} events to {target_name(out_file)}")
    _report_problems(problems, rejects or Path(settings.store.db + ".rejects.jsonl"))
    raise typer.Exit(status if not _errors(problems) else EXIT_REJECTED)


def _default_date(date: str | None):
    from ..ingest import parse_date

    try:
        return parse_date(date)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--date") from None


def _split(results: Iterable[Article | Problem]) -> tuple[list[Article], list[Problem]]:
    articles: list[Article] = []
    problems: list[Problem] = []
    for item in results:
        (articles if isinstance(item, Article) else problems).append(item)
    return articles, problems


def _store(pipeline: Any, db: str, articles: list[Article], problems: list[Problem]) -> int:
    from ..store import Store

    tally = {"new": 0, "unchanged": 0, "replaced": 0}
    events = 0
    with Store(db) as store, progress(len(articles), "coding") as advance:
        for coded in pipeline.run(articles):
            tally[store.save(coded)] += 1
            events += len(coded.events)
            problems.extend(coded.problems)
            advance()
        store.add_problems(p for p in problems if p.stage == "ingest")
        total = store.rebuild_events(pipeline.settings.dedup)
    err.print(f"coded {len(articles)} article(s) into {safe(db)}: {tally['new']} new, "
              f"{tally['replaced']} replaced, {tally['unchanged']} unchanged; {events} event mention(s) "
              f"this run, {total} deduplicated event(s) in the store")
    return EXIT_OK


def _errors(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity == Severity.ERROR]


def _report_problems(problems: list[Problem], rejects: Path) -> None:
    for problem in problems:
        label = "error" if problem.severity == Severity.ERROR else "warning"
        err.print(f"{label}: {safe(problem.message)}")
    kept = [p for p in _errors(problems) if p.raw]
    if kept:
        with rejects.open("a", encoding="utf-8") as handle:
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
        lines = gold_path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        err.print(f"error: cannot read {safe(gold_path)}: {safe(exc)}")
        return 1
    records, problems = [], []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            records.append((number, json.loads(line)))
        except json.JSONDecodeError as exc:
            problems.append(Problem(stage="ingest", item_id="", code="bad-json", location=f"{gold_path}:{number}",
                                    message=f"{gold_path}:{number}: not valid JSON ({exc.msg})", raw=line))
    articles, more = _split(gold_articles(records, str(gold_path)))
    problems += more
    pipeline = Pipeline.from_settings(settings)
    with open_text(out_file) as handle, progress(len(articles), "coding") as advance:
        for coded in pipeline.run(articles):
            handle.write(dumps(prediction_record(coded)) + "\n")
            advance()
    err.print(f"wrote predictions for {len(articles)} sentence(s) to {target_name(out_file)}")
    for problem in problems:
        err.print(f"error: {safe(problem.message)}")
    return EXIT_REJECTED if problems else EXIT_OK
