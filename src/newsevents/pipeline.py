"""The pipeline: ingest -> nlp -> events (with actors) -> time -> places, one article at a time.

``Pipeline.from_settings(settings)`` loads spaCy, the ontology, the lexicon, the actor knowledge
base and the gazetteer once, and passes them to the stages; nothing is loaded at import time.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, replace
from typing import Any, Iterable, Iterator

from .actors import ActorKB, ActorResolver, ActorStage, ResolvedArticle, load_actor_kb
from .actors.policies import apply_policies, story_context
from .config import Settings
from .events import EventCoder, Lexicon, load_lexicon
from .events.classifier import EventClassifier
from .events.features import FeatureExtractor
from .events.model import EventModel, bundled_model_path
from .events.trace import SentenceTrace
from .ingest.clean import split_dateline
from .nlp import doc_to_sentences, load_pipeline
from .ontology import Ontology, load_ontology
from .places import EventPlacer, Gazetteer, load_gazetteer
from .records import Article, CodedArticle, Event, Problem, Sentence, Severity
from .time import EventDater


@dataclass(frozen=True, slots=True)
class Resources:
    """Everything the stages need, loaded once per process (or once per Dask worker)."""

    nlp: Any
    ontology: Ontology
    lexicon: Lexicon
    actors: ActorKB
    gazetteer: Gazetteer
    model: EventModel | None = None  # None when coder.engine is 'rules'

    @classmethod
    def load(cls, settings: Settings, nlp: Any = None) -> "Resources":
        ontology = load_ontology()
        actors = load_actor_kb(settings.actors.extra_actor_files)
        aliases: dict[str, list[str]] = {}
        adjectives: dict[str, list[str]] = {}
        for key, entries in actors.phrases.items():
            for entry in entries:
                if entry.kind in {"country", "adjective"}:
                    (aliases if entry.kind == "country" else adjectives).setdefault(entry.code, []).append(key)
        model = EventModel.load(bundled_model_path()) if settings.coder.engine != "rules" else None
        return cls(nlp=nlp if nlp is not None else load_pipeline(settings.nlp), ontology=ontology,
                   lexicon=load_lexicon(ontology, settings.coder.extra_lexicons), actors=actors,
                   gazetteer=load_gazetteer(aliases, adjectives), model=model)


class Pipeline:
    """Compose the stages; ``pipeline.run(articles)`` yields one CodedArticle per article."""

    def __init__(self, settings: Settings, resources: Resources):
        self.settings = settings
        self.resources = resources
        self.resolver = ActorResolver(resources.actors, places=resources.gazetteer.country_of)
        self.actor_stage = ActorStage(self.resolver)
        classifier = EventClassifier(resources.model, FeatureExtractor(resources.lexicon)) \
            if resources.model is not None and settings.coder.engine != "rules" else None
        self.coder = EventCoder(resources.lexicon, resources.ontology, self.resolver, settings.coder, classifier)
        self.dater = EventDater()
        self.placer = EventPlacer(resources.gazetteer)

    @classmethod
    def from_settings(cls, settings: Settings | None = None, nlp: Any = None) -> "Pipeline":
        settings = settings or Settings()
        return cls(settings, Resources.load(settings, nlp=nlp))

    def run(self, articles: Iterable[Article]) -> Iterator[CodedArticle]:
        """Parse in batches with spaCy, then code each article."""
        batch: list[Article] = []
        for article in articles:
            batch.append(article)
            if len(batch) >= self.settings.nlp.batch_size:
                yield from self._run_batch(batch)
                batch = []
        if batch:
            yield from self._run_batch(batch)

    def _run_batch(self, batch: list[Article]) -> Iterator[CodedArticle]:
        started = time.perf_counter()
        starts = [split_dateline(a.text)[1] for a in batch]
        docs = list(self.resources.nlp.pipe(a.text[start:] for a, start in zip(batch, starts)))
        parse_each = (time.perf_counter() - started) / len(batch)
        for article, doc, start in zip(batch, docs, starts):
            sentences = doc_to_sentences(doc, article.article_id, offset=start)
            coded = self.code_sentences(article, sentences)
            coded.timings["nlp"] = parse_each
            yield coded

    def parse(self, article: Article) -> tuple[Sentence, ...]:
        """Parse one article (without its dateline) into Sentence records."""
        start = split_dateline(article.text)[1]
        return doc_to_sentences(self.resources.nlp(article.text[start:]), article.article_id, offset=start)

    def code_sentences(self, article: Article, sentences: tuple[Sentence, ...],
                       traces: list[SentenceTrace] | None = None) -> CodedArticle:
        """Everything after parsing: events with actors, then dates, then places. ``traces``, when
        given, receives one SentenceTrace per sentence (``newsevents explain``)."""
        timings: dict[str, float] = {}
        problems: list[Problem] = []
        if article.date is None:
            problems.append(Problem(stage="time", item_id=article.article_id, code="no-date",
                                    severity=Severity.WARNING, location=article.origin,
                                    message=f"{article.origin or article.article_id}: no publication date; "
                                            "relative dates stay unresolved"))
        resolved = self._timed(timings, "actors", lambda: self.actor_stage(sentences, article.date))
        if traces is not None:
            traces.extend(SentenceTrace(sentence=s) for s in sentences)
        per_sentence = self._timed(timings, "events", lambda: [
            self.coder(s, resolved.sentences[k], traces[k] if traces is not None else None)
            for k, s in enumerate(sentences)])
        per_sentence = self._timed(timings, "time", lambda: self.dater.article(article, sentences, per_sentence))
        per_sentence = self._timed(timings, "places", lambda: self._place(article, sentences, per_sentence, resolved))
        events = tuple(e for evs in per_sentence for e in evs)
        places = [e.place.country for e in events if e.place is not None and e.place.rule != "dateline"]
        events = apply_policies(events, story_context(resolved.mentions, places, len(sentences)), self.settings)
        return CodedArticle(article=article, sentences=sentences, events=events, problems=tuple(problems),
                            timings=timings)

    def _place(self, article: Article, sentences: tuple[Sentence, ...], per_sentence: list[tuple[Event, ...]],
               resolved: ResolvedArticle) -> list[tuple[Event, ...]]:
        # the countries the article is about disambiguate place names ("Tripoli" in a Libya story)
        return self.placer.article(article, sentences, per_sentence, set(resolved.countries))

    @staticmethod
    def _timed(timings: dict[str, float], name: str, work):
        started = time.perf_counter()
        result = work()
        timings[name] = time.perf_counter() - started
        return result


def code_article(article: Article, pipeline: Pipeline) -> CodedArticle:
    """Code one article; the pure entry point that the Dask backend maps over partitions."""
    return next(iter(pipeline.run([article])))
