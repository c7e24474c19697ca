"""The trained event classifier: for a candidate's features, the CAMEO root (or no event) and the mode.

Two multinomial logistic regressions over the sparse features of ``events/features.py``, trained
by ``newsevents.train`` on the project's corpus (``make train``) and shipped as one compressed
NumPy file. Inference is a sum of weight rows and a softmax, scaled by the temperature fitted on
held-out sentences so that the probabilities are calibrated.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

from ..errors import ResourceMissing

NO_EVENT = "none"
MODEL_FILE = "event_model.npz"


def bundled_model_path() -> Path:
    """The model file that ships with the package (rebuilt by ``make train``)."""
    return Path(__file__).resolve().parent / "data" / MODEL_FILE


@dataclass(frozen=True, slots=True)
class Prediction:
    """The model's view of one candidate: its most probable event root, how probable it is that the
    candidate is an event at all, and the most probable mode."""

    root: str  # the most probable CAMEO root among the event classes
    probability: float  # that root's probability
    no_event: float  # probability of "none"
    mode: str
    mode_probability: float
    roots: tuple[tuple[str, float], ...]  # the three most probable classes, "none" included, for explain

    @property
    def event_probability(self) -> float:
        return 1.0 - self.no_event

    @property
    def is_event(self) -> bool:
        return self.no_event < 0.5


@dataclass(frozen=True, slots=True)
class _Head:
    """One softmax layer: a weight row per known feature, a bias, the class names."""

    weights: Any  # numpy array, features x classes
    bias: Any
    classes: tuple[str, ...]
    temperature: float

    def probabilities(self, rows: list[int]):
        import numpy as np

        logits = (self.weights[rows].sum(axis=0, dtype=np.float32) if rows else
                  np.zeros(len(self.classes), dtype=np.float32)) + self.bias
        logits = logits / self.temperature
        logits -= logits.max()
        exp = np.exp(logits)
        return exp / exp.sum()


class EventModel:
    """``model.predict(features) -> Prediction``; ``model.code_for(lemma, root)`` gives a full code."""

    def __init__(self, vocabulary: dict[str, int], root: _Head, mode: _Head, codes: dict[str, str],
                 meta: dict[str, Any]):
        self.vocabulary = vocabulary
        self.root = root
        self.mode = mode
        self.codes = codes  # "lemma|root" -> the most frequent full code in the corpus
        self.meta = meta

    @classmethod
    def load(cls, path: Path) -> "EventModel":
        import numpy as np

        if not path.exists():
            raise ResourceMissing(f"event model {path} is missing; rebuild it with 'make train'")
        with np.load(path, allow_pickle=False) as data:
            meta = json.loads(str(data["meta"]))
            vocabulary = {name: i for i, name in enumerate(data["vocabulary"].tolist())}
            heads = {name: _Head(weights=data[f"{name}_weights"].astype(np.float32),
                                 bias=data[f"{name}_bias"].astype(np.float32),
                                 classes=tuple(data[f"{name}_classes"].tolist()),
                                 temperature=float(meta.get(f"{name}_temperature", 1.0)))
                     for name in ("root", "mode")}
        return cls(vocabulary, heads["root"], heads["mode"], meta.pop("codes", {}), meta)

    def rows(self, features: Sequence[str]) -> list[int]:
        return [self.vocabulary[f] for f in features if f in self.vocabulary]

    def predict(self, features: Sequence[str]) -> Prediction:
        rows = self.rows(features)
        roots = self.root.probabilities(rows)
        order = roots.argsort()[::-1]
        none_index = self.root.classes.index(NO_EVENT)
        best = next(int(k) for k in order if k != none_index)
        modes = self.mode.probabilities(rows)
        mode_best = int(modes.argmax())
        return Prediction(root=self.root.classes[best], probability=float(roots[best]),
                          no_event=float(roots[none_index]), mode=self.mode.classes[mode_best],
                          mode_probability=float(modes[mode_best]),
                          roots=tuple((self.root.classes[k], round(float(roots[k]), 3)) for k in order[:3]))

    def code_for(self, lemma: str, root: str) -> str | None:
        return self.codes.get(f"{lemma}|{root}")

    def weights_of(self, features: Sequence[str], root: str) -> list[tuple[str, float]]:
        """The features that pushed a candidate toward ``root`` most, for explain."""
        column = self.root.classes.index(root)
        scored = [(f, float(self.root.weights[self.vocabulary[f], column])) for f in features if f in self.vocabulary]
        return sorted(scored, key=lambda item: -abs(item[1]))[:6]
