"""`newsevents demo`: code the bundled sample corpus and show what came out."""

from __future__ import annotations

import json
import tempfile
from importlib import resources
from pathlib import Path
from typing import Optional

import typer
from rich.table import Table

from ..ingest import read_path
from ..pipeline import Pipeline
from ..records import Article
from ..store import Store
from .common import build_settings, cell, out, safe

QUAD_LABELS = {0: "neutral", 1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict",
               4: "material conflict"}


def sample_corpus() -> Path:
    return Path(str(resources.files("newsevents").joinpath("sample", "articles.jsonl")))


def demo(
    folder: Optional[Path] = typer.Option(None, "--dir", help="Folder for the demo database "
                                          "[default: a new temporary folder]."),
    model: Optional[str] = typer.Option(None, "--model", help="spaCy pipeline name or path."),
) -> None:
    """Code the bundled sample corpus into a fresh database and print a summary."""
    folder = folder or Path(tempfile.mkdtemp(prefix="newsevents-demo-"))
    folder.mkdir(parents=True, exist_ok=True)
    db = folder / "demo.duckdb"
    db.unlink(missing_ok=True)
    settings = build_settings(None, nlp__model=model, store__db=str(db))
    articles = [a for a in read_path(sample_corpus()) if isinstance(a, Article)]
    pipeline = Pipeline.from_settings(settings)
    with Store(db) as store:
        for coded in pipeline.run(articles):
            store.save(coded)
        store.rebuild_events(settings.dedup)
        _summary(store)
        events_file = folder / "demo-events.jsonl"
        frame = store.mentions()
        with events_file.open("w", encoding="utf-8") as handle:
            for record in frame.to_dict(orient="records"):
                handle.write(json.dumps(record, default=str, ensure_ascii=False) + "\n")
    out.print(f"\nwrote {safe(db)}\nwrote {safe(events_file)}")
    out.print(f"try: newsevents events --db {safe(db)} --actor USA")
    out.print(f"dashboard: newsevents serve --db {safe(db)}, then open http://127.0.0.1:8000/")


def _summary(store: Store) -> None:
    counts = store.counts()
    out.print(f"[bold]newsevents demo[/bold]: {counts['articles']} articles, {counts['sentences']} sentences, "
              f"{counts['mentions']} event mentions, {counts['events']} deduplicated events")
    quads = store.query("SELECT quad_class, count(*) AS n FROM mentions GROUP BY 1 ORDER BY 1")
    table = Table(title="events by quad class")
    table.add_column("quad class")
    table.add_column("mentions", justify="right")
    for row in quads.itertuples():
        table.add_row(f"{row.quad_class} {QUAD_LABELS.get(row.quad_class, '')}", str(row.n))
    out.print(table)
    dyads = store.query("SELECT source_code, target_code, count(*) AS n FROM mentions WHERE target_code IS NOT NULL "
                        "GROUP BY 1, 2 ORDER BY n DESC, 1, 2 LIMIT 8")
    table = Table(title="top dyads")
    for column in ("source", "target", "mentions"):
        table.add_column(column)
    for row in dyads.itertuples():
        table.add_row(cell(row.source_code), cell(row.target_code), str(row.n))
    out.print(table)
    examples = store.query("SELECT * FROM mentions WHERE target_code IS NOT NULL AND place_name IS NOT NULL "
                           "ORDER BY confidence DESC, mention_id LIMIT 3")
    out.print("[bold]three example events with their evidence[/bold]")
    for row in examples.itertuples():
        out.print(f"\n  {cell(row.source_code)} --{cell(row.code)} {cell(row.plover)}--> {cell(row.target_code)}"
                  f"  on {cell(row.date_value)} ({cell(row.date_precision)}) at {cell(row.place_name)}, "
                  f"{cell(row.place_country)}")
        out.print(f"    sentence: {cell(' '.join(str(row.sentence_text).split()))}")
        out.print(f"    source '{cell(row.source_text)}', trigger '{cell(row.trigger_text)}' "
                  f"[{row.trigger_start}:{row.trigger_end}], target '{cell(row.target_text)}', "
                  f"rule {cell(row.rule_id)}, confidence {row.confidence}")
