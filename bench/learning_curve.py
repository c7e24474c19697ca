"""Does more training data still pay? Root F1 on held-out files for models trained on shares of the corpus.

    python bench/learning_curve.py --files h,i --shares 0.25,0.5,1 --parse-cache /tmp/corpus.parse

For each share, trains a model on that share of the corpus sentences outside ``--files`` (chosen by
a hash of their id: ``python -m newsevents.train --train-share``), then codes the held-out files with
the model alone and with the whole coder and prints root precision, recall and F1 against their
labelled acts (modes applied as the coder applies them). How F1 moves per doubling of the training
sentences says what writing more of them is worth. ``../shared`` is never read. Each share takes a
training run (about two minutes with a parse cache) and two codings of the held-out files.
"""

from __future__ import annotations

import argparse
import tempfile
from dataclasses import replace
from pathlib import Path

from accuracy import predict
from common import REPO

from newsevents import Pipeline, load_settings
from newsevents.analysis import Scorer
from newsevents.events.model import EventModel
from newsevents.train.corpus import corpus_files, expected_record, read_corpus
from newsevents.train.trainer import in_training_share, main as train


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--files", default="h,i", help="id prefixes of the corpus files held out of every model")
    parser.add_argument("--shares", default="0.25,0.5,1", help="shares of the other sentences to train on")
    parser.add_argument("--parse-cache", type=Path, default=None, help="passed to the trainer")
    args = parser.parse_args()
    settings = load_settings()
    base = Pipeline.from_settings(settings)
    ontology = base.resources.ontology
    sentences, _ = read_corpus(corpus_files(REPO / "training" / "corpus"), set(ontology.codes))
    prefixes = tuple(p + "-" for p in args.files.split(","))
    gold = [expected_record(s) for s in sentences if s.sentence_id.startswith(prefixes)]
    others = [s.sentence_id for s in sentences if not s.sentence_id.startswith(prefixes)]
    scorer = Scorer(lambda code: ontology.get(code).plover_type if code in ontology else "")
    rows = []
    for share in (float(v) for v in args.shares.split(",")):
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "model.npz"
            cache = ["--parse-cache", str(args.parse_cache)] if args.parse_cache else []
            train(["--holdout-files", args.files, "--train-share", str(share), "--out", str(path), *cache])
            resources = replace(base.resources, model=EventModel.load(path))
        figures = []
        for engine in ("model", "hybrid"):
            pipeline = Pipeline(settings.with_values({"coder.engine": engine}), resources)
            score = scorer.score(gold, predict(pipeline, gold)).levels["root"]
            figures.append(score)
        used = sum(in_training_share(i, share) for i in others)
        rows.append((share, used, *figures))
    print(f"\n{len(gold)} held-out sentences from files {args.files}; root F1 on their labelled acts")
    print(f"{'share':>6}{'sentences':>11}{'model P':>9}{'R':>7}{'F1':>7}{'whole P':>9}{'R':>7}{'F1':>7}")
    for share, used, model, whole in rows:
        print(f"{share:>6.2f}{used:>11,}{model.precision:>9.3f}{model.recall:>7.3f}{model.f1:>7.3f}"
              f"{whole.precision:>9.3f}{whole.recall:>7.3f}{whole.f1:>7.3f}")


if __name__ == "__main__":
    main()
