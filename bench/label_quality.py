"""Label quality of the training corpus: a second annotator's blind labels against the first's.

    python bench/label_quality.py

training/quality/second_pass.jsonl holds a random sample of 400 corpus sentences labelled a second
time by an annotator who never saw the first labels; second_pass_jkl.jsonl a random sample of 150 of
the sentences added later (files j-, k-, l-), and second_pass_mno.jsonl of 150 of files m-, n-, o-,
labelled the same way. Each sample is reported alone, on its sentences still in the corpus (the
sentences files m-o labelled as background were taken out after the second pass found that label
unreliable). Printed: agreement on whether a sentence holds
an event (and Cohen's kappa), trigger F1 (same trigger word), and on matched triggers the agreement
on the root, the full code and the mode; then root F1 of the second pass scored against the first
with the coder's scoring rules (modes applied as the coder applies them).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from common import REPO

from newsevents.analysis import Scorer
from newsevents.ontology import load_ontology
from newsevents.train.corpus import corpus_files, expected_record, read_corpus

SAMPLES = sorted((REPO / "training" / "quality").glob("second_pass*.jsonl"))


def kappa(pairs: list[tuple[bool, bool]]) -> float:
    agree = sum(a == b for a, b in pairs) / len(pairs)
    first = sum(a for a, _ in pairs) / len(pairs)
    second = sum(b for _, b in pairs) / len(pairs)
    chance = first * second + (1 - first) * (1 - second)
    return (agree - chance) / (1 - chance) if chance < 1 else 1.0


def main() -> None:
    for sample in SAMPLES:
        print(f"{sample.relative_to(REPO)}:")
        report_sample(sample)


def report_sample(sample: Path) -> None:
    ontology = load_ontology()
    codes = set(ontology.codes)
    second, errors = read_corpus([sample], codes)
    assert not errors, errors[:5]
    ids = {s.sentence_id for s in second}
    first = {s.sentence_id: s for s in read_corpus(corpus_files(REPO / "training" / "corpus"), codes)[0]
             if s.sentence_id in ids}
    if len(first) < len(second):  # sentences taken out of the corpus after the second pass
        print(f"  {len(second) - len(first)} of the {len(second)} sentences are no longer in the corpus; "
              "compared on the rest")
        second = [s for s in second if s.sentence_id in first]
    pairs = [(bool(first[s.sentence_id].events), bool(s.events)) for s in second]
    tally: Counter = Counter()
    for other in second:
        mine = {e.trigger.start: e for e in first[other.sentence_id].events}
        theirs = {e.trigger.start: e for e in other.events}
        tally["first"] += len(mine)
        tally["second"] += len(theirs)
        for start in mine.keys() & theirs.keys():
            a, b = mine[start], theirs[start]
            tally["matched"] += 1
            tally["root"] += a.code[:2] == b.code[:2]
            tally["code"] += a.code == b.code
            tally["mode"] += a.mode == b.mode
    precision = tally["matched"] / tally["second"] if tally["second"] else 0.0
    recall = tally["matched"] / tally["first"] if tally["first"] else 0.0
    scorer = Scorer(lambda code: ontology.get(code).plover_type if code in ontology else "")
    gold = [expected_record(first[s.sentence_id]) for s in second]
    report = scorer.score(gold, {s.sentence_id: expected_record(s)["events"] for s in second})
    print(f"{len(second)} sentences labelled twice; {tally['first']} and {tally['second']} events")
    print(f"  event / no event agreement   {sum(a == b for a, b in pairs) / len(pairs):.3f} (kappa {kappa(pairs):.3f})")
    print(f"  trigger F1                   {2 * precision * recall / (precision + recall):.3f}")
    print(f"  on matched triggers: root {tally['root'] / tally['matched']:.3f}, code {tally['code'] / tally['matched']:.3f}, "
          f"mode {tally['mode'] / tally['matched']:.3f}")
    print(f"  root F1, second pass against the first (coder's scoring): {report.levels['root'].f1:.3f}")


if __name__ == "__main__":
    main()
