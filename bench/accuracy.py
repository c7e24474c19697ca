"""Accuracy of the event coder on ../shared/gold/dev, by the gold README's scoring rules.

    python bench/accuracy.py [--json]

Prints one table per gold file and the figures the issues ask for: root F1 on
petr2_gsr_validation + conflibert_cameo_majority, PLOVER F1 on plover_gsr, triple F1 on
petr2_gsr_validation, PLOVER-triple F1 on plover_gsr, the share of no-event sentences that
produce an event, and pentaclass accuracy on conflibert_cameo_class.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import time

from common import GOLD_DEV, need_shared, read_jsonl

from newsevents import Article, Pipeline, load_settings
from newsevents.analysis import Scorer
from newsevents.analysis.predict import prediction_record
from newsevents.ingest import parse_date

FILES = ("petr2_gsr_validation", "plover_gsr", "conflibert_cameo_majority", "conflibert_cameo_class")


def predict(pipeline: Pipeline, records: list[dict]) -> dict[str, list[dict]]:
    articles = [Article(article_id=r["id"], text=r["text"], date=_date(r.get("date"))) for r in records]
    return {c.article.article_id: prediction_record(c)["events"] for c in pipeline.run(articles)}


def _date(value) -> dt.date | None:
    try:
        return parse_date(value)
    except ValueError:
        return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    need_shared()
    pipeline = Pipeline.from_settings(load_settings())  # NEWSEVENTS_* variables apply
    ontology = pipeline.resources.ontology
    scorer = Scorer(lambda code: ontology.get(code).plover_type if code in ontology else "")
    gold, predictions, reports = {}, {}, {}
    started = time.perf_counter()
    for name in FILES:
        gold[name] = read_jsonl(GOLD_DEV / f"{name}.jsonl")
        predictions[name] = predict(pipeline, gold[name])
        reports[name] = scorer.score(gold[name], predictions[name])
    elapsed = time.perf_counter() - started
    combined_root = scorer.score(gold["petr2_gsr_validation"] + gold["conflibert_cameo_majority"],
                                 {**predictions["petr2_gsr_validation"], **predictions["conflibert_cameo_majority"]})
    empty = sum(r.empty_gold for r in reports.values())
    empty_hit = sum(r.empty_gold_with_events for r in reports.values())
    headline = {
        "root_f1_petr2+conflibert_majority": combined_root.levels["root"].f1,
        "plover_f1_plover_gsr": reports["plover_gsr"].levels["plover"].f1,
        "triple_f1_petr2": reports["petr2_gsr_validation"].levels["triple"].f1,
        "plover_triple_f1_plover_gsr": reports["plover_gsr"].levels["plover_triple"].f1,
        "no_event_sentences_with_events": empty_hit / empty if empty else 0.0,
        "pentaclass_accuracy_conflibert_class": reports["conflibert_cameo_class"].pentaclass_accuracy,
    }
    if args.json:
        print(json.dumps({"files": {n: r.as_dict() for n, r in reports.items()},
                          "headline": {k: round(v, 4) for k, v in headline.items()}}, indent=2))
        return
    for name, report in reports.items():
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
    print(f"\nheadline figures ({sum(len(g) for g in gold.values())} sentences coded in {elapsed:.1f} s):")
    for key, value in headline.items():
        print(f"  {key:<42}{value:.3f}")
    print(f"  (no-event sentences: {empty_hit}/{empty})")


if __name__ == "__main__":
    main()
