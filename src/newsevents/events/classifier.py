"""The classifier stage of the coder: every candidate of a sentence scored by the trained model."""

from __future__ import annotations

from dataclasses import dataclass

from ..records import Sentence
from .features import FeatureExtractor
from .model import EventModel, Prediction


@dataclass(frozen=True, slots=True)
class Scored:
    """A candidate's prediction and the features it was made from (explain shows the weightiest)."""

    prediction: Prediction
    features: tuple[str, ...]


class EventClassifier:
    """``classifier(sentence) -> {token index: Scored}`` over the sentence's candidate predicates."""

    def __init__(self, model: EventModel, extractor: FeatureExtractor):
        self.model = model
        self.extractor = extractor

    def __call__(self, sentence: Sentence) -> dict[int, Scored]:
        candidates = self.extractor.extract(sentence)
        predictions = self.model.predict_all([c.features for c in candidates])
        return {c.index: Scored(p, c.features) for c, p in zip(candidates, predictions)}
