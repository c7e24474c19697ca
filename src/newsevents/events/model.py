"""The trained event classifier: for a candidate's features, the CAMEO root (or no event) and the mode.

Two multinomial logistic regressions over the sparse features of ``events/features.py``, trained
by ``newsevents.train`` on the project's corpus (``make train``) and shipped as one compressed
NumPy file. Inference is a sum of weight rows and a softmax, scaled by the temperature fitted on
held-out sentences so that the probabilities are calibrated.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from itertools import chain
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

    def probabilities_of(self, candidates: Sequence[list[int]]):
        """One row of class probabilities per candidate, from one gather and one segmented sum over
        all candidates' weight rows (per-candidate NumPy calls cost more than the arithmetic)."""
        import numpy as np

        counts = np.fromiter((len(rows) for rows in candidates), dtype=np.intp, count=len(candidates))
        logits = np.zeros((len(candidates), len(self.classes)), dtype=np.float32)
        if counts.any():
            gathered = self.weights[np.fromiter(chain.from_iterable(candidates), dtype=np.intp)]
            starts = np.concatenate(([0], np.cumsum(counts)[:-1]))
            filled = counts > 0
            logits[filled] = np.add.reduceat(gathered, starts[filled], axis=0)
        logits = (logits + self.bias) / self.temperature
        logits -= logits.max(axis=1, keepdims=True)
        exp = np.exp(logits)
        return exp / exp.sum(axis=1, keepdims=True)


@dataclass(frozen=True, slots=True)
class CodeHead:
    """The code within a root: for each root the corpus codes in more than one way, a softmax over
    its codes. Stored sparse (weights below the trainer's floor dropped), by feature row: the codes
    of feature ``f`` are ``indices[indptr[f]:indptr[f + 1]]`` with weights ``data`` at the same places."""

    indptr: Any
    indices: Any
    data: Any
    bias: Any
    classes: tuple[str, ...]
    by_root: dict[str, Any]  # root -> the indices of its codes in ``classes``

    @classmethod
    def from_arrays(cls, indptr, indices, data, bias, classes: tuple[str, ...]) -> "CodeHead":
        import numpy as np

        roots: dict[str, list[int]] = {}
        for i, code in enumerate(classes):
            roots.setdefault(code[:2], []).append(i)
        return cls(indptr, indices, data, bias, classes, {r: np.array(ix) for r, ix in roots.items()})

    def best(self, rows: Sequence[int], root: str) -> tuple[str, float] | None:
        import numpy as np

        codes = self.by_root.get(root)
        if codes is None:
            return None
        logits = self.bias.copy()
        for row in rows:
            start, end = self.indptr[row], self.indptr[row + 1]
            if end > start:
                np.add.at(logits, self.indices[start:end], self.data[start:end])
        scores = logits[codes] - logits[codes].max()
        probabilities = np.exp(scores) / np.exp(scores).sum()
        best = int(probabilities.argmax())
        return self.classes[codes[best]], float(probabilities[best])


@dataclass(frozen=True, slots=True)
class SentenceHead:
    """Whether a sentence reports any act at all, from its content words alone (a match report, a
    sales figure, a profile: "The striker fired a shot into the top corner"): a logistic regression
    over ``features.sentence_words``, its weights by word."""

    weights: dict[str, float]
    bias: float

    def no_event_probability(self, words: Sequence[str]) -> float:
        import math

        logit = self.bias + sum(self.weights.get(w, 0.0) for w in set(words))
        if logit < 0:  # the logistic function written so that neither branch overflows
            return math.exp(logit) / (1.0 + math.exp(logit))
        return 1.0 / (1.0 + math.exp(-logit))


class EventModel:
    """``model.predict(features) -> Prediction``; ``model.code_for(lemma, root)`` gives a full code."""

    def __init__(self, vocabulary: dict[str, int], root: _Head, mode: _Head, codes: dict[str, str],
                 meta: dict[str, Any], code_head: CodeHead | None = None, sentence_head: SentenceHead | None = None):
        self.vocabulary = vocabulary
        self.root = root
        self.mode = mode
        self.codes = codes  # "lemma|root" -> the most frequent full code in the corpus
        self.meta = meta
        self.code_head = code_head
        self.sentence_head = sentence_head

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
            code_head = CodeHead.from_arrays(
                data["code_indptr"], data["code_indices"], data["code_data"].astype(np.float32),
                data["code_bias"].astype(np.float32), tuple(data["code_classes"].tolist())) \
                if "code_classes" in data.files else None
            sentence_head = SentenceHead(
                dict(zip(data["sentence_words"].tolist(), data["sentence_weights"].astype(float).tolist())),
                float(data["sentence_bias"])) if "sentence_words" in data.files else None
        return cls(vocabulary, heads["root"], heads["mode"], meta.pop("codes", {}), meta, code_head, sentence_head)

    def rows(self, features: Sequence[str]) -> list[int]:
        return [self.vocabulary[f] for f in features if f in self.vocabulary]

    def predict(self, features: Sequence[str]) -> Prediction:
        return self.predict_all([features])[0]

    def predict_all(self, candidates: Sequence[Sequence[str]]) -> list[Prediction]:
        """``predict`` for many candidates at once (a sentence's), in one pass of array operations."""
        import numpy as np

        rows = [self.rows(features) for features in candidates]
        roots, modes = self.root.probabilities_of(rows), self.mode.probabilities_of(rows)
        none_index = self.root.classes.index(NO_EVENT)
        top3 = np.argsort(-roots, axis=1, kind="stable")[:, :3].tolist()
        events = roots.copy()
        events[:, none_index] = -1.0
        best, mode_best = events.argmax(axis=1).tolist(), modes.argmax(axis=1).tolist()
        root_list, mode_list = roots.tolist(), modes.tolist()
        classes, mode_classes = self.root.classes, self.mode.classes
        return [Prediction(root=classes[b], probability=p[b], no_event=p[none_index], mode=mode_classes[m],
                           mode_probability=q[m], roots=tuple((classes[k], round(p[k], 3)) for k in top))
                for b, m, p, q, top in zip(best, mode_best, root_list, mode_list, top3)]

    def code_for(self, lemma: str, root: str, kind: str | None = None) -> str | None:
        """The corpus's commonest code for ``lemma`` in ``root``, for a subject of that ``kind`` where
        the corpus codes that kind's act otherwise."""
        return (kind is not None and self.codes.get(f"{lemma}|{root}|{kind}")) or self.codes.get(f"{lemma}|{root}")

    def code_in_root(self, features: Sequence[str], root: str) -> tuple[str, float] | None:
        """The code head's likeliest code within ``root`` for a candidate's features, and its
        probability; None for a root coded one way only, or a model trained without the head."""
        if self.code_head is None:
            return None
        return self.code_head.best(self.rows(features), root)

    def no_event_probability(self, words: Sequence[str]) -> float | None:
        """How sure the sentence head is that a sentence of these words reports no act; None for
        a model trained without it."""
        return None if self.sentence_head is None else self.sentence_head.no_event_probability(words)

    def weights_of(self, features: Sequence[str], root: str) -> list[tuple[str, float]]:
        """The features that pushed a candidate toward ``root`` most, for explain."""
        column = self.root.classes.index(root)
        scored = [(f, float(self.root.weights[self.vocabulary[f], column])) for f in features if f in self.vocabulary]
        return sorted(scored, key=lambda item: -abs(item[1]))[:6]
