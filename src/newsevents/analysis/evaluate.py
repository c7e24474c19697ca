"""Score predicted events against gold-coded sentences, by the rules of the gold set's README.

Micro precision, recall and F1 over events with multiset matching per sentence, at the levels
root, code, triple, plover, plover_triple and pentaclass. A record is scored only at the levels
it lists; ``events: null`` records are skipped; a missing prediction means "no events".
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping

LEVELS = ("root", "code", "triple", "plover", "plover_triple", "pentaclass")
GoldEvent = Mapping[str, Any]


@dataclass(slots=True)
class LevelScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    sentences: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
                "tp": self.tp, "fp": self.fp, "fn": self.fn, "sentences": self.sentences}


@dataclass(slots=True)
class Report:
    levels: dict[str, LevelScore] = field(default_factory=lambda: {name: LevelScore() for name in LEVELS})
    records: int = 0
    skipped: int = 0
    empty_gold: int = 0
    empty_gold_with_events: int = 0
    pentaclass_exact: int = 0
    pentaclass_total: int = 0

    @property
    def false_event_rate(self) -> float:
        return self.empty_gold_with_events / self.empty_gold if self.empty_gold else 0.0

    @property
    def pentaclass_accuracy(self) -> float:
        return self.pentaclass_exact / self.pentaclass_total if self.pentaclass_total else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "records": self.records, "skipped": self.skipped,
            "levels": {name: s.as_dict() for name, s in self.levels.items() if s.sentences},
            "no_event_sentences": self.empty_gold,
            "no_event_sentences_with_events": self.empty_gold_with_events,
            "false_event_rate": round(self.false_event_rate, 4),
            "pentaclass_accuracy": round(self.pentaclass_accuracy, 4) if self.pentaclass_total else None,
        }


def pentaclass(code: str | None) -> int | None:
    """0: roots 01-02, 1: 03-05, 2: 06-08, 3: 09-13 and 16, 4: 14-15 and 17-20.

    Root 16 (reduce relations) is class 3, as the annotators of conflibert_cameo_class label it
    (the corrected mapping of ../shared/gold/README.md)."""
    if not code or not code[:2].isdigit():
        return None
    root = int(code[:2])
    if root == 16:
        return 3
    return 0 if root <= 2 else 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


def country(code: str | None) -> str | None:
    """First three letters of an actor code; '---' when unknown; None when the gold gives no actor."""
    if code is None:
        return None
    code = code.strip()
    if not code or code.startswith("~") or code.startswith("---"):
        return "---"
    return code[:3].upper()


class Scorer:
    """Scores records; ``to_plover`` maps a CAMEO code to its PLOVER type (from the ontology)."""

    def __init__(self, to_plover: Callable[[str], str]):
        self.to_plover = to_plover

    def plover_of(self, event: GoldEvent) -> str | None:
        if event.get("plover"):
            return str(event["plover"]).upper()
        code = event.get("code")
        if not code:
            return None
        return self.to_plover(code) or None

    def score(self, gold: Iterable[Mapping[str, Any]], predictions: Mapping[str, list[GoldEvent]]) -> Report:
        report = Report()
        for record in gold:
            report.records += 1
            events = record.get("events")
            if events is None:
                report.skipped += 1
                continue
            predicted = predictions.get(record["id"], [])
            if not events:
                report.empty_gold += 1
                report.empty_gold_with_events += bool(predicted)
            for level in record.get("levels", []):
                if level in report.levels:
                    self._score_level(report, level, events, predicted)
        return report

    def _score_level(self, report: Report, level: str, gold: list[GoldEvent], predicted: list[GoldEvent]) -> None:
        score = report.levels[level]
        score.sentences += 1
        if level == "pentaclass":
            self._pentaclass(report, gold, predicted)
            return
        gold_keys = [k for k in (self._key(level, e) for e in gold) if k is not None]
        pred_keys = [k for k in (self._key(level, e) for e in predicted) if k is not None]
        matched = _match(gold_keys, pred_keys)
        score.tp += matched
        score.fp += len(pred_keys) - matched
        score.fn += len(gold_keys) - matched

    def _pentaclass(self, report: Report, gold: list[GoldEvent], predicted: list[GoldEvent]) -> None:
        score = report.levels["pentaclass"]
        gold_classes = {e["pentaclass"] if e.get("pentaclass") is not None else pentaclass(e.get("code"))
                        for e in gold} - {None}
        pred_classes = {pentaclass(e.get("code")) for e in predicted} - {None}
        score.tp += len(gold_classes & pred_classes)
        score.fp += len(pred_classes - gold_classes)
        score.fn += len(gold_classes - pred_classes)
        report.pentaclass_total += 1
        report.pentaclass_exact += pred_classes == gold_classes

    def _key(self, level: str, event: GoldEvent) -> tuple | None:
        code = event.get("code")
        root_only = bool(event.get("root_only"))
        if level == "root":
            return ("root", code[:2]) if code else None
        if level == "code":
            return ("code", code[:2] if root_only else code, root_only) if code else None
        if level == "triple":
            return ("triple", country(event.get("source")), country(event.get("target")), code[:2]) if code else None
        plover = self.plover_of(event)
        if not plover:
            return None
        if level == "plover":
            return ("plover", plover)
        return ("plover_triple", country(event.get("source")), country(event.get("target")), plover)


def _match(gold: list[tuple], predicted: list[tuple]) -> int:
    """Multiset matching with wildcards: a None field in a gold key matches anything;
    a root-only gold code matches any predicted code with that root."""
    available = Counter(predicted)
    matched = 0
    for key in sorted(gold, key=lambda k: sum(part is None for part in k)):
        hit = next((p for p in available if available[p] and _fits(key, p)), None)
        if hit is not None:
            available[hit] -= 1
            matched += 1
    return matched


def _fits(gold: tuple, predicted: tuple) -> bool:
    if gold[0] == "code":
        _, code, root_only = gold
        return predicted[1][:2] == code if root_only else predicted[1] == code
    return len(gold) == len(predicted) and all(g is None or g == p for g, p in zip(gold, predicted))


def read_jsonl(path: str | Path) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def read_predictions(path: str | Path) -> dict[str, list[GoldEvent]]:
    return {record["id"]: record.get("events") or [] for record in read_jsonl(path)}
