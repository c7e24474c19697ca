"""What the coder did with each candidate of a sentence, for ``newsevents explain``.

A ``SentenceTrace`` is handed to the coder by whoever wants the explanation (the coder never
keeps one); each step that adds, changes or drops a candidate or an event writes one line into it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..records import Event, Sentence, Span, to_plain
from .model import Prediction


@dataclass(slots=True)
class StepNote:
    rule: str
    action: str  # added, kept, changed, dropped
    detail: str = ""


@dataclass(slots=True)
class CandidateTrace:
    trigger: Span
    lemma: str
    pos: str
    model: Prediction | None = None
    top_features: list[tuple[str, float]] = field(default_factory=list)
    lexicon: list[str] = field(default_factory=list)
    steps: list[StepNote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        model = None
        if self.model is not None:
            model = {"root": self.model.root, "probability": round(self.model.probability, 3),
                     "no_event": round(self.model.no_event, 3), "mode": self.model.mode,
                     "mode_probability": round(self.model.mode_probability, 3),
                     "top_roots": [list(r) for r in self.model.roots],
                     "features": [[f, round(w, 2)] for f, w in self.top_features]}
        return {"trigger": to_plain(self.trigger), "lemma": self.lemma, "pos": self.pos, "model": model,
                "lexicon": self.lexicon, "steps": [to_plain(s) for s in self.steps],
                "events": [to_plain(e) for e in self.events]}


@dataclass(slots=True)
class SentenceTrace:
    """The candidates of one sentence by token index, and sentence-wide notes."""

    sentence: Sentence
    candidates: dict[int, CandidateTrace] = field(default_factory=dict)
    notes: list[StepNote] = field(default_factory=list)

    def candidate(self, i: int) -> CandidateTrace:
        if i not in self.candidates:
            token = self.sentence.tokens[i]
            self.candidates[i] = CandidateTrace(
                trigger=Span(start=token.idx, end=token.idx + len(token.text), text=token.text),
                lemma=token.lemma, pos=token.pos)
        return self.candidates[i]

    def note(self, i: int | None, rule: str, action: str, detail: str = "") -> None:
        if i is None:
            self.notes.append(StepNote(rule, action, detail))
        else:
            self.candidate(i).steps.append(StepNote(rule, action, detail))

    def step_done(self, step: str, doc: str, before: list[Event], after: list[Event]) -> None:
        """Note each event a step left out of ``after``: changed when the step recoded it (an event at
        the same trigger with the same parties and another code), dropped otherwise."""
        for event in before:
            if event in after:
                continue
            recoded = next((e.code for e in after if e.trigger == event.trigger and e not in before
                            and (e.source, e.target) == (event.source, event.target)), None)
            parties = f"{_code_of(event.source)} -> {_code_of(event.target)}"
            self.note(self.sentence.token_at(event.trigger.start), step, "changed" if recoded else "dropped",
                      f"{event.code} -> {recoded} {parties}: {doc}" if recoded else f"{event.code} {parties}: {doc}")

    def as_dict(self) -> dict[str, Any]:
        return {"text": self.sentence.text, "start": self.sentence.start,
                "notes": [to_plain(n) for n in self.notes],
                "candidates": [c.as_dict() for _, c in sorted(self.candidates.items())]}


def _code_of(actor: Any) -> str:
    return actor.code if actor is not None else "-"
