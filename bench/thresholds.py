"""Choose the hybrid coder's thresholds on text the model has not seen, never on ../shared/gold/dev.

    python -m newsevents.train --holdout-files f --out /tmp/model-without-f.npz
    python bench/thresholds.py --model /tmp/model-without-f.npz --files f

Codes the corpus files held out of that model's training (by id prefix: whole files of other
writers, a harder test than a random split) with each combination of coder.model_veto,
coder.model_add and coder.statement_veto, and prints root precision, recall and F1 against the
labelled acts (modes applied as the coder applies them) for the rules alone, the model alone and
each hybrid setting.
"""

from __future__ import annotations

import argparse
from dataclasses import replace
from pathlib import Path

from accuracy import predict
from common import REPO

from newsevents import Pipeline, load_settings
from newsevents.analysis import Scorer
from newsevents.config import CoderSettings
from newsevents.events.model import EventModel
from newsevents.train.corpus import corpus_files, expected_record, read_corpus

VETOES = (0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
ADDS = (0.5, 0.7)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", type=Path, required=True, help="a model trained without --files")
    parser.add_argument("--files", default="f", help="id prefixes of the held-out corpus files")
    parser.add_argument("--vetoes", default=",".join(map(str, VETOES)), help="coder.model_veto values to try")
    parser.add_argument("--adds", default=",".join(map(str, ADDS)), help="coder.model_add values to try")
    parser.add_argument("--statement-vetoes", default=str(CoderSettings().statement_veto),
                        help="coder.statement_veto values to try (models trained on statement verbs)")
    parser.add_argument("--no-baselines", action="store_true", help="skip the rules-alone and model-alone rows")
    args = parser.parse_args()
    vetoes, adds = ([float(v) for v in values.split(",")] for values in (args.vetoes, args.adds))
    settings = load_settings(overrides={"coder.engine": "hybrid"})
    base = Pipeline.from_settings(settings)
    resources = replace(base.resources, model=EventModel.load(args.model))
    ontology = resources.ontology
    prefixes = tuple(p + "-" for p in args.files.split(","))
    sentences, _ = read_corpus(corpus_files(REPO / "training" / "corpus"), set(ontology.codes))
    gold = [expected_record(s) for s in sentences if s.sentence_id.startswith(prefixes)]
    scorer = Scorer(lambda code: ontology.get(code).plover_type if code in ontology else "")
    grid: list[tuple[str, dict[str, object]]] = [] if args.no_baselines else [
        ("rules", {"coder.engine": "rules"}), ("model", {"coder.engine": "model"})]
    statement_vetoes = [float(v) for v in args.statement_vetoes.split(",")]
    grid += [(f"veto {v} add {a} st {s}", {"coder.model_veto": v, "coder.model_add": a, "coder.statement_veto": s})
             for v in vetoes for a in adds for s in statement_vetoes]
    print(f"{len(gold)} held-out sentences from files {args.files}")
    print(f"{'setting':<30}{'P':>7}{'R':>7}{'F1':>7}")
    for name, values in grid:
        pipeline = Pipeline(settings.with_values(values), resources)
        score = scorer.score(gold, predict(pipeline, gold)).levels["root"]
        print(f"{name:<30}{score.precision:>7.3f}{score.recall:>7.3f}{score.f1:>7.3f}", flush=True)


if __name__ == "__main__":
    main()
