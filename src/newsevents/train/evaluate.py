"""Figures of a trained model on held-out corpus candidates: detection, root, mode, calibration."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Sequence

from ..events.model import NO_EVENT, EventModel

if TYPE_CHECKING:
    from .trainer import Example


def report(model_path: Path, held: Sequence["Example"]) -> dict[str, float]:
    """Print and return held-out figures: event detection and root P/R/F1 at the decision rule
    "most probable class", mode accuracy on true events, and the expected calibration error."""
    model = EventModel.load(model_path)
    predictions = model.predict_all([e.features for e in held])
    gold_events = sum(e.root != NO_EVENT for e in held)
    found = sum(p.is_event for p in predictions)
    detected = sum(p.is_event and e.root != NO_EVENT for p, e in zip(predictions, held))
    right_root = sum(p.is_event and p.root == e.root != NO_EVENT for p, e in zip(predictions, held))
    modes = [(p.mode == e.mode) for p, e in zip(predictions, held) if e.root != NO_EVENT]
    figures = {
        "held_out_candidates": float(len(held)),
        "detection_precision": detected / found if found else 0.0,
        "detection_recall": detected / gold_events if gold_events else 0.0,
        "root_precision": right_root / found if found else 0.0,
        "root_recall": right_root / gold_events if gold_events else 0.0,
        "mode_accuracy": sum(modes) / len(modes) if modes else 0.0,
        "calibration_error": calibration_error([p.event_probability for p in predictions],
                                               [e.root != NO_EVENT for e in held]),
    }
    p, r = figures["root_precision"], figures["root_recall"]
    figures["root_f1"] = 2 * p * r / (p + r) if p + r else 0.0
    for name, value in figures.items():
        print(f"  {name:<24}{value:.3f}" if value < 10 else f"  {name:<24}{value:.0f}")
    return figures


def calibration_error(confidences: Sequence[float], correct: Sequence[bool], bins: int = 10) -> float:
    """Expected calibration error: the gap between confidence and accuracy, weighted by bin size."""
    total = len(confidences)
    if not total:
        return 0.0
    error = 0.0
    for b in range(bins):
        low, high = b / bins, (b + 1) / bins
        members = [i for i, c in enumerate(confidences) if low < c <= high or (b == 0 and c == 0)]
        if members:
            confidence = sum(confidences[i] for i in members) / len(members)
            accuracy = sum(correct[i] for i in members) / len(members)
            error += len(members) / total * abs(confidence - accuracy)
    return error
