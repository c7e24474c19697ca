"""`newsevents demo`: code the bundled sample corpus and show what came out."""

from __future__ import annotations

import tempfile
import textwrap
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, Optional

import typer

from .common import build_settings, err, safe

if TYPE_CHECKING:
    from ..store import Store

WIDTH = 100  # the report wraps at this width whatever the terminal, so that it reads the same everywhere
QUAD_LABELS = {0: "neutral", 1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict",
               4: "material conflict"}


def sample_corpus() -> Path:
    return Path(str(resources.files("newsevents").joinpath("sample", "articles.jsonl")))


def demo(
    folder: Optional[Path] = typer.Option(None, "--dir", help="Folder for the demo database.",
                                          show_default="a new temporary folder"),
    model: Optional[str] = typer.Option(None, "--model", help="spaCy pipeline name or path."),
) -> None:
    """Code the bundled sample corpus into a fresh database and print a summary."""
    from ..dataframes import shared_pipeline
    from ..export import write_table
    from ..ingest import read_path
    from ..records import Article
    from ..store import Store

    folder = folder or Path(tempfile.mkdtemp(prefix="newsevents-demo-"))
    folder.mkdir(parents=True, exist_ok=True)
    db = folder / "demo.duckdb"
    db.unlink(missing_ok=True)
    settings = build_settings(None, nlp__model=model, store__db=str(db))
    articles = [a for a in read_path(sample_corpus()) if isinstance(a, Article)]
    pipeline = shared_pipeline(settings)
    with Store(db) as store:
        for coded in pipeline.run(articles):
            store.save(coded)
        store.rebuild_events(settings.dedup)
        for line in summary_lines(store):
            typer.echo(line)
        events_file = folder / "demo-events.jsonl"
        write_table(store.mentions(), events_file, "jsonl")
    err.print(f"\nwrote {safe(db)}\nwrote {safe(events_file)}")
    err.print(f"try: newsevents events --db {safe(db)} --actor USA")
    err.print(f"dashboard: newsevents serve --db {safe(db)}, then open http://127.0.0.1:8000/")


def summary_lines(store: Store) -> list[str]:
    """The demo's report as plain text, the same on every terminal (the README shows it)."""
    counts = store.counts()
    lines = [f"newsevents demo: {counts['articles']} articles, {counts['sentences']} sentences, "
             f"{counts['mentions']} event mentions, {counts['events']} deduplicated events", "",
             "event mentions by quad class"]
    quads = store.query("SELECT quad_class, count(*) AS n FROM mentions GROUP BY 1 ORDER BY 1")
    lines += [f"  {q} {QUAD_LABELS.get(q, ''):<22}{n:>6}" for q, n in quads.itertuples(index=False)]
    lines += ["", "top dyads (event mentions)"]
    dyads = store.query("SELECT source_code, target_code, count(*) AS n FROM mentions WHERE target_code IS NOT NULL "
                        "GROUP BY 1, 2 ORDER BY n DESC, 1, 2 LIMIT 6")
    lines += [f"  {s:<8} {t:<8} {n:>4}" for s, t, n in dyads.itertuples(index=False)]
    lines += ["", "three example events with their evidence"]
    examples = store.query("SELECT * FROM mentions WHERE target_code IS NOT NULL AND place_name IS NOT NULL "
                           "ORDER BY confidence DESC, mention_id LIMIT 3")
    for row in examples.itertuples():
        lines += ["", *_example(row)]
    return lines


def _example(row: Any) -> list[str]:
    """One event as three wrapped paragraphs: the triple, the sentence, the evidence."""
    head = (f"  {row.source_code} --{row.code} {row.plover or ''}--> {row.target_code}  on {row.date_value} "
            f"({row.date_precision}) at {row.place_name}, {row.place_country}")
    sentence = textwrap.wrap(" ".join(str(row.sentence_text).split()), WIDTH, initial_indent="    sentence: ",
                             subsequent_indent=" " * 14)
    evidence = textwrap.wrap(f"source '{row.source_text}', trigger '{row.trigger_text}' [{row.trigger_start}:"
                             f"{row.trigger_end}], target '{row.target_text}', rule {row.rule_id}, confidence "
                             f"{row.confidence}", WIDTH, initial_indent="    ", subsequent_indent="    ")
    return [head, *sentence, *evidence]
