"""Why something was or was not coded: every candidate of every sentence, the classifier's scores,
the lexicon rows matched, each named step that added, changed or dropped it, and the final events.

>>> trace = explain(pipeline, "Iran threatened to close the strait.", dt.date(2019, 5, 2))  # doctest: +SKIP
>>> trace.to_dict()["sentences"][0]["candidates"]                                        # doctest: +SKIP
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from .events.steps import ARTICLE_STEPS, CANDIDATE_STEPS, EVENT_STEPS
from .events.trace import SentenceTrace
from .pipeline import Pipeline
from .records import Article, Event, to_plain


@dataclass(frozen=True, slots=True)
class Trace:
    """The explanation of one text: a trace per sentence and the events finally stored."""

    text: str
    sentences: tuple[SentenceTrace, ...]
    events: tuple[Event, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "sentences": [s.as_dict() for s in self.sentences],
                "events": [to_plain(e) for e in self.events]}


def explain(pipeline: Pipeline, text: str, date: dt.date | None = None) -> Trace:
    """Code ``text`` as one article dated ``date`` and record what every step did."""
    article = Article(article_id="explain", text=text, date=date)
    traces: list[SentenceTrace] = []
    coded = pipeline.code_sentences(article, pipeline.parse(article), traces)
    return Trace(text=text, sentences=tuple(traces), events=coded.events)


def steps() -> list[tuple[str, str]]:
    """The coder's named steps in the order they run: candidate steps, then event steps."""
    return list(CANDIDATE_STEPS) + [(s.name, s.doc) for s in EVENT_STEPS + ARTICLE_STEPS]
