"""Who and to whom: the coder's agents and recipients against the training corpus's labelled spans.

    python bench/arguments.py                                  # the held-out tenth, shipped model
    python -m newsevents.train --holdout-files h,i --out /tmp/without-hi.npz
    python bench/arguments.py --model /tmp/without-hi.npz --files h,i

For every labelled act of the sentences held out of the model's training (by the hash of their id,
or whole files of other writers with ``--files``) that the coder finds with the same CAMEO root at
the same trigger, compares the coder's source and target with the labelled phrases: ``match`` (the
spans overlap), ``wrong`` (another phrase), ``missing`` (the label names a party, the coder none),
``extra`` (the coder names a party, the label none), ``both none``; a pronoun matches when the
antecedent its resolution names is the labelled phrase ("Australia said it had suspended ..."). Root F1 cannot see a recipient
left out or a wrong agent; the issue's triple figures can. Prints the counts and the share right
(match or both none) for each role. ``../shared`` is never read.
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections import Counter
from dataclasses import replace
from pathlib import Path

from common import REPO

from newsevents import Article, Pipeline, load_settings
from newsevents.events.modality import modal_code
from newsevents.events.model import EventModel
from newsevents.records import ActorRef, Span
from newsevents.train.corpus import TrainSentence, corpus_files, read_corpus
from newsevents.train.trainer import is_held_out

OUTCOMES = ("match", "wrong", "missing", "extra", "both none")


def judge(label: Span | None, found: ActorRef | None) -> str:
    span = found.span if found is not None else None
    if label is None:
        return "both none" if span is None else "extra"
    if span is None or found is None:
        return "missing"
    if span.start < label.end and label.start < span.end:
        return "match"
    # "Australia said it had suspended ...": the labelled phrase is the pronoun's antecedent
    return "match" if _antecedent_named(found, label.text) else "wrong"


def _antecedent_named(found: ActorRef, labelled: str) -> bool:
    """Whether a pronoun's antecedent, as its ``how`` names it ("pronoun 'it' -> Australia"), is the
    labelled phrase or inside it."""
    if not found.how.startswith("pronoun") or "-> " not in found.how:
        return False
    antecedent = found.how.split("-> ", 1)[1].removeprefix("speaker ").split(" (")[0].strip().lower()
    return bool(antecedent) and (antecedent in labelled.lower() or labelled.lower() in antecedent)


def compare(sentences: list[TrainSentence], pipeline: Pipeline) -> dict[str, Counter]:
    articles = [Article(article_id=s.sentence_id, text=s.text, date=dt.date.fromisoformat(s.date) if s.date else None)
                for s in sentences]
    coded = {c.article.article_id: c.events for c in pipeline.run(articles)}
    counts: dict[str, Counter] = {"source": Counter(), "target": Counter()}
    for sentence in sentences:
        events = coded.get(sentence.sentence_id, ())
        for labelled in sentence.events:
            code = modal_code(labelled.code, (labelled.mode,))
            same = [e for e in events if code is not None and e.trigger.start == labelled.trigger.start
                    and e.code[:2] == code[:2]]
            if not same:
                continue
            # of the events the trigger yields (one per party, fanned out), the one that fits best
            best = max(same, key=lambda e: sum(judge(span, party) in ("match", "both none") for span, party in
                                               ((labelled.source, e.source), (labelled.target, e.target))))
            counts["source"][judge(labelled.source, best.source)] += 1
            counts["target"][judge(labelled.target, best.target)] += 1
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", type=Path, default=None, help="a model trained without the sentences measured")
    parser.add_argument("--files", default="", help="id prefixes of held-out corpus files (default: the held-out tenth)")
    args = parser.parse_args()
    settings = load_settings()
    pipeline = Pipeline.from_settings(settings)
    if args.model is not None:
        pipeline = Pipeline(settings, replace(pipeline.resources, model=EventModel.load(args.model)))
    sentences, _ = read_corpus(corpus_files(REPO / "training" / "corpus"), set(pipeline.resources.ontology.codes))
    prefixes = tuple(p + "-" for p in args.files.split(",") if p)
    chosen = [s for s in sentences if (s.sentence_id.startswith(prefixes) if prefixes else is_held_out(s.sentence_id, 0.1))]
    counts = compare(chosen, pipeline)
    print(f"{len(chosen)} sentences ({args.files or 'held-out tenth'}); labelled acts found with their root at "
          f"their trigger: {sum(counts['source'].values())}")
    print(f"{'role':<8}" + "".join(f"{o:>11}" for o in OUTCOMES) + f"{'right':>8}")
    for role, found in counts.items():
        total = sum(found.values()) or 1
        right = (found["match"] + found["both none"]) / total
        print(f"{role:<8}" + "".join(f"{found[o]:>11}" for o in OUTCOMES) + f"{right:>8.3f}")


if __name__ == "__main__":
    main()
