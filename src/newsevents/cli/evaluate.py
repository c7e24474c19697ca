"""`newsevents evaluate`: precision, recall and F1 against a gold file."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Optional

import typer
from rich.table import Table

from ..analysis import LEVELS, Report, Scorer, read_jsonl, read_predictions
from ..ontology import load_ontology
from .code import _code_sentences
from .common import build_settings, err, out, safe


def evaluate(
    gold: Path = typer.Argument(..., help="Gold JSON Lines file (format of shared/gold/README.md)."),
    pred: Optional[Path] = typer.Argument(None, help="Predictions; coded now from the gold file when omitted."),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON."),
    model: Optional[str] = typer.Option(None, "--model", help="spaCy pipeline name or path."),
    config: Optional[str] = typer.Option(None, "--config", help="TOML settings file."),
) -> None:
    """Score predictions (or the coder itself) at the root, code, triple, plover, plover_triple and
    pentaclass levels."""
    try:
        records = read_jsonl(gold)
    except (OSError, ValueError) as exc:
        err.print(f"error: cannot read gold file {safe(gold)}: {safe(exc)}")
        raise typer.Exit(1)
    if pred is None:
        settings = build_settings(config, nlp__model=model)
        with tempfile.TemporaryDirectory() as tmp:
            pred = Path(tmp) / "pred.jsonl"
            with out.capture():
                _code_sentences(settings, gold, pred)
            predictions = read_predictions(pred)
    else:
        try:
            predictions = read_predictions(pred)
        except (OSError, ValueError, KeyError) as exc:
            err.print(f"error: cannot read predictions {safe(pred)}: {safe(exc)}")
            raise typer.Exit(1)
    ontology = load_ontology()
    scorer = Scorer(lambda code: ontology.get(code).plover_type if code in ontology else "")
    report = scorer.score(records, predictions)
    if as_json:
        out.print_json(json.dumps(report.as_dict()))
    else:
        out.print(report_table(report, gold.name))


def report_table(report: Report, title: str) -> Table:
    table = Table(title=f"{title}: {report.records} records ({report.skipped} not scorable)")
    for column in ("level", "sentences", "precision", "recall", "F1", "tp", "fp", "fn"):
        table.add_column(column, justify="left" if column == "level" else "right")
    for name in LEVELS:
        score = report.levels[name]
        if score.sentences:
            table.add_row(name, str(score.sentences), f"{score.precision:.3f}", f"{score.recall:.3f}",
                          f"{score.f1:.3f}", str(score.tp), str(score.fp), str(score.fn))
    if report.empty_gold:
        table.caption = (f"no-event sentences with a predicted event: {report.empty_gold_with_events}/"
                         f"{report.empty_gold} ({report.false_event_rate:.1%})")
    if report.pentaclass_total:
        table.caption = (table.caption or "") + f"  pentaclass accuracy: {report.pentaclass_accuracy:.3f}"
    return table
