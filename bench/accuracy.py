"""Accuracy of the event coder on ../shared/gold/dev, by the gold README's scoring rules.

    python bench/accuracy.py [--json] [--engines hybrid,model] [--tables]

For each engine (the whole coder, 'hybrid' by default, and the classifier alone, 'model'), prints
the figures the issues ask for: root F1 on petr2_gsr_validation + conflibert_cameo_majority, PLOVER
F1 on plover_gsr, triple F1 on petr2_gsr_validation, PLOVER-triple F1 on plover_gsr, the share of
no-event sentences that produce an event, pentaclass F1 and accuracy on conflibert_cameo_class.

Then the same coder on the held-out tenth of the project's own training corpus (sentences the
model was not trained on; root, code and PLOVER levels, the labelled acts with their modes
applied): the figure the coder's thresholds are chosen on, since dev is never a source.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import time

from common import GOLD_DEV, REPO, need_shared, read_jsonl

from newsevents import Article, Pipeline, load_settings
from newsevents.analysis import Scorer
from newsevents.analysis.predict import prediction_record
from newsevents.ingest import parse_date
from newsevents.train.corpus import corpus_files, expected_record, read_corpus
from newsevents.train.trainer import is_held_out

FILES = ("petr2_gsr_validation", "plover_gsr", "conflibert_cameo_majority", "conflibert_cameo_class")
CORPUS = REPO / "training" / "corpus"


def predict(pipeline: Pipeline, records: list[dict]) -> dict[str, list[dict]]:
    articles = [Article(article_id=r["id"], text=r["text"], date=_date(r.get("date"))) for r in records]
    return {c.article.article_id: prediction_record(c)["events"] for c in pipeline.run(articles)}


def _date(value) -> dt.date | None:
    try:
        return parse_date(value)
    except ValueError:
        return None


def dev_figures(pipeline: Pipeline, scorer: Scorer, gold: dict[str, list[dict]], tables: bool) -> dict[str, float]:
    predictions, reports = {}, {}
    for name in FILES:
        predictions[name] = predict(pipeline, gold[name])
        reports[name] = scorer.score(gold[name], predictions[name])
        if tables:
            print_report(name, reports[name])
    combined_root = scorer.score(gold["petr2_gsr_validation"] + gold["conflibert_cameo_majority"],
                                 {**predictions["petr2_gsr_validation"], **predictions["conflibert_cameo_majority"]})
    empty = sum(r.empty_gold for r in reports.values())
    empty_hit = sum(r.empty_gold_with_events for r in reports.values())
    classes = reports["conflibert_cameo_class"]
    return {
        "root_f1_petr2+conflibert_majority": combined_root.levels["root"].f1,
        "plover_f1_plover_gsr": reports["plover_gsr"].levels["plover"].f1,
        "triple_f1_petr2": reports["petr2_gsr_validation"].levels["triple"].f1,
        "plover_triple_f1_plover_gsr": reports["plover_gsr"].levels["plover_triple"].f1,
        "no_event_sentences_with_events": empty_hit / empty if empty else 0.0,
        "pentaclass_f1_conflibert_class": classes.levels["pentaclass"].f1,
        "pentaclass_accuracy_conflibert_class": classes.pentaclass_accuracy,
    }


def corpus_figures(pipeline: Pipeline, scorer: Scorer) -> dict[str, float]:
    """Root, code and PLOVER F1 on the held-out tenth of training/corpus."""
    sentences, _ = read_corpus(corpus_files(CORPUS), set(pipeline.resources.ontology.codes))
    held = [expected_record(s) for s in sentences if is_held_out(s.sentence_id, 0.1)]
    if not held:
        return {}
    report = scorer.score(held, predict(pipeline, held))
    empty = report.empty_gold
    return {"corpus_heldout_sentences": float(len(held)), "corpus_root_f1": report.levels["root"].f1,
            "corpus_root_precision": report.levels["root"].precision,
            "corpus_root_recall": report.levels["root"].recall, "corpus_code_f1": report.levels["code"].f1,
            "corpus_plover_f1": report.levels["plover"].f1,
            "corpus_no_event_with_events": report.empty_gold_with_events / empty if empty else 0.0}


def print_report(name: str, report) -> None:
    print(f"\n{name}: {report.records} records, {report.skipped} not scorable")
    print(f"  {'level':<14}{'n':>6}{'P':>8}{'R':>8}{'F1':>8}{'tp':>6}{'fp':>6}{'fn':>6}")
    for level, score in report.levels.items():
        if score.sentences:
            print(f"  {level:<14}{score.sentences:>6}{score.precision:>8.3f}{score.recall:>8.3f}"
                  f"{score.f1:>8.3f}{score.tp:>6}{score.fp:>6}{score.fn:>6}")
    if report.empty_gold:
        print(f"  no-event sentences with an event: {report.empty_gold_with_events}/{report.empty_gold}")
    if report.pentaclass_total:
        print(f"  pentaclass accuracy (predicted class set == gold class): {report.pentaclass_accuracy:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--engines", default="", help="comma-separated coder.engine values "
                        "[default: the configured engine, then 'model']")
    parser.add_argument("--tables", action="store_true", help="print the per-file tables too")
    args = parser.parse_args()
    need_shared()
    settings = load_settings()  # NEWSEVENTS_* variables apply
    base = Pipeline.from_settings(settings)
    ontology = base.resources.ontology
    scorer = Scorer(lambda code: ontology.get(code).plover_type if code in ontology else "")
    gold = {name: read_jsonl(GOLD_DEV / f"{name}.jsonl") for name in FILES}
    engines = [e for e in args.engines.split(",") if e] or list(dict.fromkeys([settings.coder.engine, "model"]))
    results = {}
    for engine in engines:
        pipeline = Pipeline(settings.with_values({"coder.engine": engine}), base.resources)
        started = time.perf_counter()
        figures = dev_figures(pipeline, scorer, gold, args.tables and not args.json)
        figures |= corpus_figures(pipeline, scorer)
        figures["seconds"] = time.perf_counter() - started
        results[engine] = figures
    if args.json:
        print(json.dumps({e: {k: round(v, 4) for k, v in f.items()} for e, f in results.items()}, indent=2))
        return
    names = list(next(iter(results.values())))
    label = {"hybrid": "whole coder", "rules": "rules alone", "model": "model alone"}
    print(f"\n{'figure':<42}" + "".join(f"{label.get(e, e):>14}" for e in results))
    for name in names:
        print(f"{name:<42}" + "".join(f"{results[e].get(name, 0.0):>14.3f}" for e in results))


if __name__ == "__main__":
    main()
