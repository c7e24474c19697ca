"""`newsevents evaluate`: precision, recall and F1 against a gold file."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Optional

import typer

from .common import build_settings, err, safe
from .output import FormatOption, Listing, OutputFormat, emit

if TYPE_CHECKING:
    from ..analysis import Report

SCORE_COLUMNS = ("level", "sentences", "precision", "recall", "f1", "tp", "fp", "fn")


def evaluate(
    gold: Path = typer.Argument(..., help="Gold JSON Lines file (format of shared/gold/README.md)."),
    pred: Optional[Path] = typer.Argument(None, help="Predictions; coded now from the gold file when omitted."),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON (same as --format json)."),
    fmt: FormatOption = None,
    model: Optional[str] = typer.Option(None, "--model", help="spaCy pipeline name or path."),
    config: Optional[str] = typer.Option(None, "--config", help="TOML settings file."),
) -> None:
    """Score predictions (or the coder itself): root, code, triple, plover, plover_triple, pentaclass."""
    from ..analysis import Scorer, read_jsonl
    from ..ontology import load_ontology

    try:
        records = read_jsonl(gold)
    except (OSError, ValueError) as exc:
        err.print(f"error: cannot read gold file {safe(gold)}: {safe(exc)}")
        raise typer.Exit(1)
    predictions = _coded(gold, config, model) if pred is None else _read(pred)
    ontology = load_ontology()
    scorer = Scorer(lambda code: ontology.get(code).plover_type if code in ontology else "")
    report = scorer.score(records, predictions)
    emit(report_listing(report, gold.name), OutputFormat.JSON if as_json else fmt, document=report.as_dict())


def _coded(gold: Path, config: str | None, model: str | None) -> dict:
    from ..analysis import read_predictions
    from .code import _code_sentences

    settings = build_settings(config, nlp__model=model)
    with tempfile.TemporaryDirectory() as tmp:
        pred = Path(tmp) / "pred.jsonl"
        with err.capture():  # the coding step's status lines are not this command's output
            _code_sentences(settings, gold, pred)
        return read_predictions(pred)


def _read(pred: Path) -> dict:
    from ..analysis import read_predictions

    try:
        return read_predictions(pred)
    except (OSError, ValueError, KeyError) as exc:
        err.print(f"error: cannot read predictions {safe(pred)}: {safe(exc)}")
        raise typer.Exit(1)


def report_listing(report: Report, title: str) -> Listing:
    """One row per scored level; the table's caption carries the no-event and pentaclass figures."""
    from ..analysis import LEVELS

    rows = tuple((name, s.sentences, round(s.precision, 3), round(s.recall, 3), round(s.f1, 3), s.tp, s.fp, s.fn)
                 for name in LEVELS if (s := report.levels[name]).sentences)
    caption = []
    if report.empty_gold:
        caption.append(f"no-event sentences with a predicted event: {report.empty_gold_with_events}/"
                       f"{report.empty_gold} ({report.false_event_rate:.1%})")
    if report.pentaclass_total:
        caption.append(f"pentaclass accuracy: {report.pentaclass_accuracy:.3f}")
    return Listing(columns=SCORE_COLUMNS, rows=rows, caption="  ".join(caption),
                   title=f"{title}: {report.records} records ({report.skipped} not scorable)",
                   right=frozenset(SCORE_COLUMNS[1:]))
