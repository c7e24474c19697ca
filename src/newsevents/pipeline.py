"""The pipeline: ingest -> nlp -> events (with actors) -> time -> places, one article at a time.

``Pipeline.from_settings(settings)`` loads spaCy, the ontology, the lexicon, the actor knowledge
base and the gazetteer once, and passes them to the stages; nothing is loaded at import time.

The pipeline owns per-article error handling: an exception while preparing, parsing or coding
one article becomes a Problem naming the article and the stage (the CodedArticle is marked
incomplete), and the other articles of the batch are coded as usual.
"""

from __future__ import annotations

import os
import re

import datetime as dt
import json
import time
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from .actors import ActorKB, ActorResolver, ActorStage, ResolvedArticle
from .actors.kb_cache import cached_actor_kb
from .actors.policies import apply_policies, story_context
from .config import Settings
from .events import EventCoder, Lexicon, load_lexicon
from .events.arguments import ACCUSATION_ROOT
from .events.coder import ACCUSATION_CODE, ANSWERING_ROOTS, JUDGING_ROOTS, SAID_ACT_ROOTS, event_id
from .events.classifier import EventClassifier
from .events.features import ActorKinds, FeatureExtractor
from .events.furniture import furniture
from .events.model import EventModel, bundled_model_path
from .events.steps import ARTICLE_STEPS
from .events.trace import SentenceTrace
from .events.wordlists import act_nouns, word_list
from .ingest.clean import Normalised, filed_on, normalise, parsed_regions
from .nlp import doc_to_sentences, load_pipeline
from .nlp.chunks import region_pieces
from .nlp.slugs import parser_text
from .nlp.headlines import HeadlineCaser
from .nlp.language import LanguageDetector
from .nlp.to_records import StringTable
from .ontology import Ontology, load_ontology
from .places import EventPlacer, Gazetteer, load_gazetteer
from .records import ActorRef, Article, CodedArticle, Event, Problem, Sentence, Severity, Span
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
        actors = cached_actor_kb(settings.actors.extra_actor_files, cache_dir=_cache_dir(settings))
        aliases, adjectives = country_names(actors)
        model = EventModel.load(bundled_model_path()) if settings.coder.engine != "rules" or \
            bundled_model_path().exists() else None
        return cls(nlp=nlp if nlp is not None else load_pipeline(settings.nlp), ontology=ontology,
                   lexicon=load_lexicon(ontology, settings.coder.extra_lexicons), actors=actors,
                   gazetteer=load_gazetteer(aliases, adjectives, cache_dir=_cache_dir(settings)), model=model)


def country_names(actors: ActorKB) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """The actor KB's names of countries ("Britain": GBR) and their adjectives ("Costa Rican": CRI)."""
    aliases: dict[str, list[str]] = {}
    adjectives: dict[str, list[str]] = {}
    for key, entries in actors.phrases.items():
        for entry in entries:
            if entry.kind in {"country", "adjective"}:
                (aliases if entry.kind == "country" else adjectives).setdefault(entry.code, []).append(key)
    return aliases, adjectives


def _cache_dir(settings: Settings) -> Path:
    from .places.index import user_cache_dir

    return Path(settings.cache.dir) if settings.cache.dir else user_cache_dir()


class Pipeline:
    """Compose the stages; ``pipeline.run(articles)`` yields one CodedArticle per article."""

    def __init__(self, settings: Settings, resources: Resources):
        self.settings = settings
        self.resources = resources
        self.resolver = ActorResolver(resources.actors, places=resources.gazetteer.country_of)
        self.actor_stage = ActorStage(self.resolver)
        self.classifier = EventClassifier(resources.model, FeatureExtractor(
            resources.lexicon, statements=bool(resources.model.meta.get("statement_candidates")),
            kinds=ActorKinds(resources.actors) if resources.model.meta.get("actor_kinds") else None,
            context_words=bool(resources.model.meta.get("context_words")))) \
            if resources.model is not None and settings.coder.engine != "rules" else None
        self.coder = EventCoder(resources.lexicon, resources.ontology, self.resolver, settings.coder, self.classifier)
        self.dater = EventDater()
        self.placer = EventPlacer(resources.gazetteer, resources.actors.region_names())
        self.detector = LanguageDetector() if settings.nlp.detect_language else None
        self.recase = HeadlineCaser.build(resources.nlp, resources.actors.name_words(),
                                          resources.actors.surname_words()) if settings.nlp.recase_headlines else None
        self.strings = StringTable(resources.nlp.vocab.strings)

    @classmethod
    def from_settings(cls, settings: Settings | None = None, nlp: Any = None) -> "Pipeline":
        settings = settings or Settings()
        return cls(settings, Resources.load(settings, nlp=nlp))

    def run(self, articles: Iterable[Article]) -> Iterator[CodedArticle]:
        """Parse in batches with spaCy, then code each article."""
        for batch in self.run_batches(articles):
            yield from batch

    def run_batches(self, articles: Iterable[Article]) -> Iterator[list[CodedArticle]]:
        """Like :meth:`run`, one list per spaCy batch (a caller can write each batch in one go)."""
        batch: list[Article] = []
        for article in articles:
            batch.append(article)
            if len(batch) >= self.settings.nlp.batch_size:
                yield self._run_batch(batch)
                batch = []
        if batch:
            yield self._run_batch(batch)

    def _run_batch(self, batch: list[Article]) -> list[CodedArticle]:
        started = time.perf_counter()
        jobs = [self._prepare(article) for article in batch]
        docs = self._parse_jobs(jobs)
        parse_each = (time.perf_counter() - started) / len(batch)
        return [job.done or self._finish(job, job_docs, parse_each) for job, job_docs in zip(jobs, docs)]

    def _prepare(self, article: Article) -> "_Job":
        """Normalise the text, detect its language and cut it into pieces the parser can take."""
        try:
            clean = normalise(article.text)
            language = self.detector(clean.text) if self.detector else None
            if language:
                return _Job(article, clean, done=_not_english(article, language))
            limit = min(self.settings.nlp.max_chars, getattr(self.resources.nlp, "max_length", 1_000_000))
            regions = parsed_regions(clean.text)
            job = _Job(article, clean, pieces=list(region_pieces(clean.text, regions, limit)))
            if len(job.pieces) > len(regions):
                job.problems.append(Problem(
                    stage="nlp", item_id=article.article_id, code="long-article", severity=Severity.WARNING,
                    location=article.origin, message=f"{_name(article)}: {len(article.text):,} characters, "
                    f"parsed in {len(job.pieces)} pieces of at most {limit:,} (nlp.max_chars)"))
            return job
        except Exception as exc:  # one article's failure must not end the run (see module docstring)
            return _Job(article, Normalised(text=""), done=_failed(article, "prepare", exc))

    def _parse_jobs(self, jobs: list["_Job"]) -> list[list[Any]]:
        """spaCy docs for each job's pieces: one nlp.pipe over the batch, or one article at a time
        when the batch fails, so that only the failing article is lost."""
        todo = [job for job in jobs if job.done is None]
        texts = [self._parsed_text(text) for job in todo for _, text in job.pieces]
        try:
            docs = iter(list(self.resources.nlp.pipe(texts)))
            parsed = {id(job): [next(docs) for _ in job.pieces] for job in todo}
        except Exception:  # find the culprit below, article by article
            parsed = {}
            for job in todo:
                try:
                    parsed[id(job)] = [self.resources.nlp(self._parsed_text(text)) for _, text in job.pieces]
                except Exception as exc:
                    job.done = _failed(job.article, "nlp", exc)
        return [parsed.get(id(job), []) for job in jobs]

    def _finish(self, job: "_Job", docs: list[Any], parse_each: float) -> CodedArticle:
        article, stage = job.article, "nlp"
        try:
            started = time.perf_counter()
            sentences: list[Sentence] = []
            for (offset, text), doc in zip(job.pieces, docs):
                sentences.extend(doc_to_sentences(doc, article.article_id, offset=offset, first_index=len(sentences),
                                                  original=text, strings=self.strings))
            converted = time.perf_counter() - started
            stage = "code"
            coded = self.code_sentences(replace(article, text=job.clean.text), tuple(sentences))
            coded = _checked(_to_original(coded, article, job.clean))
        except Exception as exc:  # one article's failure must not end the run (see module docstring)
            return _failed(article, stage, exc)
        coded.timings["nlp"] = parse_each
        coded.timings["records"] = converted
        return replace(coded, problems=tuple(job.problems) + coded.problems)

    def parse(self, article: Article) -> tuple[Sentence, ...]:
        """Parse one article (without its dateline) into Sentence records.

        Offsets are into the normalised text (invisible characters removed), which is the article's
        own text unless it holds such characters; ``run`` maps them back to the article's text.
        """
        clean = normalise(article.text).text
        sentences: list[Sentence] = []
        limit = min(self.settings.nlp.max_chars, getattr(self.resources.nlp, "max_length", 1_000_000))
        for offset, text in region_pieces(clean, parsed_regions(clean), limit):
            sentences.extend(doc_to_sentences(self.resources.nlp(self._parsed_text(text)), article.article_id,
                                              offset=offset, first_index=len(sentences), original=text,
                                              strings=self.strings))
        return tuple(sentences)

    def _parsed_text(self, text: str) -> str:
        """What spaCy reads: the text, with wire slugs blanked ("UPDATE 2-") and title-case lines
        recased (nlp.recase_headlines); same length, so every offset holds."""
        return parser_text(text, self.recase)

    def code_sentences(self, article: Article, sentences: tuple[Sentence, ...],
                       traces: list[SentenceTrace] | None = None) -> CodedArticle:
        """Everything after parsing: events with actors, then dates, then places. ``traces``, when
        given, receives one SentenceTrace per sentence (``newsevents explain``)."""
        timings: dict[str, float] = {}
        problems: list[Problem] = []
        # the day the dateline says the story was filed, near the date it is given, is the day its
        # "on Tuesday" counts from and its undated news happened; the article keeps its own date
        filed = filed_on(article.text, article.date)
        told = replace(article, date=filed) if filed is not None else article
        if told.date is None:
            problems.append(Problem(stage="time", item_id=article.article_id, code="no-date",
                                    severity=Severity.WARNING, location=article.origin,
                                    message=f"{article.origin or article.article_id}: no publication date; "
                                            "relative dates stay unresolved"))
        # page furniture (bylines, captions, "Read more" lines) is never coded, nor read for who the
        # story's parties are, nor counted among its sentences
        page = frozenset(k for k, s in enumerate(sentences) if furniture(line_of(article.text, s)) is not None)
        dateline = self.placer.dateline(article.text, set())
        items = tuple((begins, place.country if place is not None else "")
                      for begins, place in self.placer.item_datelines(article.text, set()))
        resolved = self._timed(timings, "actors", lambda: self.actor_stage(
            sentences, told.date, page, dateline.country if dateline is not None else "", items))
        if traces is not None:
            traces.extend(SentenceTrace(sentence=s) for s in sentences)
        classifier = self.classifier
        scores = self._timed(timings, "classifier", lambda: [
            classifier(s) if classifier is not None and k not in page else None for k, s in enumerate(sentences)])
        per_sentence = self._timed(timings, "events", lambda: [
            self.coder(s, resolved.sentences[k], traces[k] if traces is not None else None, line_of(article.text, s),
                       scores[k]) for k, s in enumerate(sentences)])
        per_sentence = self._timed(timings, "time", lambda: self.dater.article(told, sentences, per_sentence))
        per_sentence = self._timed(timings, "places", lambda: self._place(article, sentences, per_sentence, resolved))
        events = tuple(e for evs in per_sentence for e in evs)
        places = [e.place.country for e in events if e.place is not None
                  and e.place.rule not in {"dateline", "dateline-country"}]
        events = self._timed(timings, "events", lambda: resolve_event_anaphora(events, self.resources.lexicon, page))
        events = self._timed(timings, "actors", lambda: apply_policies(
            events, story_context(resolved.mentions, places, len(sentences) - len(page)), self.settings))
        events = self._timed(timings, "events", lambda: self._article_steps(sentences, events, traces))
        return CodedArticle(article=article, sentences=sentences, events=events, problems=tuple(problems),
                            timings=timings)

    def _article_steps(self, sentences: tuple[Sentence, ...], events: tuple[Event, ...],
                       traces: list[SentenceTrace] | None) -> tuple[Event, ...]:
        """The steps that need the finished actors (a party, the minimum confidence, duplicates),
        sentence by sentence."""
        kept: list[Event] = []
        for k, sentence in enumerate(sentences):
            mine = [e for e in events if e.sentence_id == sentence.sentence_id]
            for step in ARTICLE_STEPS:
                survivors = step.run(self.coder, mine, sentence)
                if traces is not None:
                    traces[k].step_done(step.name, step.doc, mine, survivors)
                mine = survivors
            kept.extend(mine)
        if traces is not None:
            final = {e.event_id for e in kept}
            for trace in traces:
                for candidate in trace.candidates.values():
                    candidate.events = [e for e in candidate.events if e.event_id in final]
        return tuple(kept)

    def _place(self, article: Article, sentences: tuple[Sentence, ...], per_sentence: list[tuple[Event, ...]],
               resolved: ResolvedArticle) -> list[tuple[Event, ...]]:
        # the countries the article is about disambiguate place names ("Tripoli" in a Libya story);
        # the one it is mostly about has its towns the gazetteer lacks, not a dateline abroad
        story = story_context(resolved.mentions, [], len(sentences))
        return self.placer.article(article, sentences, per_sentence, set(resolved.countries),
                                   story.main or story.country, story.mentions)

    @staticmethod
    def _timed(timings: dict[str, float], name: str, work):
        """``work()``, its seconds added to ``timings[name]`` (the event coder's steps run before and
        after dates and places, the actor policies after them)."""
        started = time.perf_counter()
        result = work()
        timings[name] = timings.get(name, 0.0) + time.perf_counter() - started
        return result


@dataclass(slots=True)
class _Job:
    """One article on its way through a batch: its normalised text, the pieces to parse, the
    problems found so far, and ``done`` once it needs no more work (skipped or failed)."""

    article: Article
    clean: Normalised
    pieces: list[tuple[int, str]] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    done: CodedArticle | None = None


def _name(article: Article) -> str:
    return article.origin or article.article_id


def _failed(article: Article, stage: str, exc: BaseException) -> CodedArticle:
    """The record of an article that could not be coded: kept whole for the rejects file, not stored."""
    reason = " ".join(str(exc).split())[:300] or "no message"
    problem = Problem(stage=stage, item_id=article.article_id, code=f"{stage}-failed", location=article.origin,
                      message=f"{_name(article)}: article {article.article_id!r} failed at the {stage} stage "
                              f"({exc.__class__.__name__}: {reason}); it was not stored",
                      raw=json.dumps({"id": article.article_id, "title": article.title, "text": article.text,
                                      "date": article.date.isoformat() if article.date else None,
                                      "source": article.source, "url": article.url}))
    return CodedArticle(article=article, problems=(problem,), complete=False)


def _not_english(article: Article, language: str) -> CodedArticle:
    problem = Problem(stage="nlp", item_id=article.article_id, code="not-english", severity=Severity.WARNING,
                      location=article.origin,
                      message=f"{_name(article)}: article {article.article_id!r} is in '{language}', not English; "
                              "stored with its language, not coded")
    return CodedArticle(article=replace(article, language=language), problems=(problem,))


def _to_original(coded: CodedArticle, article: Article, clean: Normalised) -> CodedArticle:
    """Offsets and span texts into the original text: every span equals ``article.text[start:end]``."""
    if clean.text == article.text:
        return replace(coded, article=article)
    text = article.text

    def moved(value: Span) -> Span:
        start, end = clean.start(value.start), clean.end(value.end)
        return Span(start=start, end=end, text=text[start:end])

    def span(value: Span | None) -> Span | None:
        return None if value is None else moved(value)

    def actor(value: Any) -> Any:
        return None if value is None else replace(value, span=span(value.span))

    sentences = tuple(replace(s, start=clean.start(s.start), end=clean.end(s.end),
                              text=text[clean.start(s.start):clean.end(s.end)],
                              tokens=tuple(replace(t, idx=clean.start(t.idx)) for t in s.tokens))
                      for s in coded.sentences)
    by_id = {s.sentence_id: s.text for s in sentences}
    events = tuple(replace(e, trigger=moved(e.trigger), source=actor(e.source), target=actor(e.target),
                           reporter=actor(e.reporter), sentence_text=by_id.get(e.sentence_id, e.sentence_text),
                           date=None if e.date is None else replace(e.date, span=span(e.date.span)),
                           place=None if e.place is None else replace(e.place, span=span(e.place.span)))
                   for e in coded.events)
    return replace(coded, article=article, sentences=sentences, events=events)


def _checked(coded: CodedArticle) -> CodedArticle:
    """An event date that is not a real calendar date is dropped, with a warning, not stored as garbage."""
    events, problems = [], list(coded.problems)
    for event in coded.events:
        if event.date is not None and not _real_date(event.date.value):
            problems.append(Problem(stage="time", item_id=coded.article.article_id, code="bad-event-date",
                                    severity=Severity.WARNING, location=coded.article.origin,
                                    message=f"{_name(coded.article)}: date {event.date.value!r} of "
                                            f"'{event.date.text}' is not a calendar date; the event keeps none"))
            event = replace(event, date=None)
        events.append(event)
    return replace(coded, events=tuple(events), problems=tuple(problems))


def _real_date(value: str) -> bool:
    try:
        parts = [int(p) for p in value.split("-")]
        return len(parts) <= 3 and dt.date(*(parts + [1, 1])[:3]) is not None
    except (TypeError, ValueError, OverflowError):
        return False


ANAPHORA_SENTENCES = 6  # how far back "the attack" may look for the attack it names
LEAD_SENTENCE = 1  # the headline and the lead (sentences 0 and 1) tell the story's own act
FORCE_ROOTS = {"18", "19", "20"}
VIOLENCE_ROOTS = frozenset({"14", "17", "18", "19", "20"})  # what "the violence", "the bloodshed" may name
DISAPPROVAL_ROOT = "11"  # no party condemns its own act: "the attacks" it condemns are another's
CONSULT_ROOT = "04"
# what "the decision", "the move" may name: an act, not a consultation, a demand, a criticism or a threat
ACT_ROOTS = frozenset(f"{root:02d}" for root in range(3, 21)) - {"04", "10", "11", "13"}


JUDICIARY = "JUD"  # the sector of courts and judges (ICC, ICJ: IGOJUDICC, IGOUNOJUD)
UNNAMED_PERPETRATOR_ROLE = "UAF"  # the author of an act of force the text does not name (---UAF)


def resolve_event_anaphora(events: tuple[Event, ...], lexicon: Lexicon,
                           furniture_lines: frozenset[int] = frozenset()) -> tuple[Event, ...]:
    """'A suicide bomber killed ten people in Kabul. The US condemned the attack.': an event whose
    recipient is an event noun naming no actor takes the author of the latest earlier event of
    that kind (a root the noun's lexicon rows give), in the same sentence or the few before (page
    furniture between them, ``furniture_lines``, not counted); one whose subject is such a noun
    ("The strikes killed five fighters") takes it as its source. An act of several authors ("U.S.
    and British jets struck") gives one event for each."""
    resolved: list[Event] = []
    for event in events:
        before = tuple(resolved)  # the earlier events, their own anaphora resolved
        event = _refusing_the_asker(event, before, furniture_lines)
        event = _asked_of_the_holder(event, before, furniture_lines)
        for one in _with_named_target(event, before, lexicon, furniture_lines):
            told = _told_before(one, before, lexicon, furniture_lines) if one.source_event else None
            if told is None:
                resolved.append(one)
                continue
            authors = [a for a in _authors(told, before) if one.target is None or not _same_party(a, one.target)]
            resolved.extend([_with_parties(one, _named_by(a, one.source_event, told), one.target, n)
                             for n, a in enumerate(authors)] or [one])
    return tuple(resolved)


REFUSAL_ROOT = "12"
ASKING_ROOTS = frozenset({"02", "03", "10"})  # appeals, offers and demands, which a refusal answers
ASKER_SENTENCES = 1  # how far back a refusal of nothing named looks for what it refuses


def _refusing_the_asker(event: Event, earlier: tuple[Event, ...], furniture_lines: frozenset[int]) -> Event:
    """"The United States demanded that Moscow hand him over, but the Kremlin has refused": a refusal
    that names nothing refused answers the latest appeal, offer or demand made of its author in the
    same sentence or the one before; its recipient is who made it."""
    if event.root != REFUSAL_ROOT or event.target is not None or event.target_event or event.source is None:
        return event
    here = _sentence_number(event)
    asked = [e for e in earlier if e.root in ASKING_ROOTS and e.source is not None and e.target is not None
             and _asked_of(e, event.source)
             and 0 <= _story_distance(_sentence_number(e), here, furniture_lines) <= ASKER_SENTENCES]
    return _aimed_at_source_of(event, asked[-1], lambda told: f"the refusal answers sentence "
                               f"{_sentence_number(told)}'s {told.code}") if asked else event


RELEASE_REQUEST_CODES = frozenset({"0253", "1053"})  # appeals and demands for the release of people or property
TAKING_CODES = ("171", "173", "181")  # seizing property, arresting, abducting: who holds what is taken


def _asked_of_the_holder(event: Event, earlier: tuple[Event, ...], furniture_lines: frozenset[int]) -> Event:
    """"The U.S. Navy seized the Russian tanker ... Russia demanded the release of the vessel and its
    crew": an appeal or demand for the release of parties the story told taken is made of whoever
    took them (the corpus and CAMEO aim it at the holder), not of the captives."""
    if event.code not in RELEASE_REQUEST_CODES or event.target is None or event.source is None:
        return event
    here = _sentence_number(event)
    taken = [e for e in earlier if e.code.startswith(TAKING_CODES) and e.source is not None
             and e.target is not None and _same_party(e.target, event.target)
             and e.source.code not in {event.source.code, event.target.code}
             and 0 <= _story_distance(_sentence_number(e), here, furniture_lines) <= ANAPHORA_SENTENCES]
    captives = event.target.text
    return _aimed_at_source_of(event, taken[-1], lambda told: f"holds '{captives}' since sentence "
                               f"{_sentence_number(told)}") if taken else event


def _aimed_at_source_of(event: Event, told: Event, why: Callable[[Event], str]) -> Event:
    """The event aimed at the author of an earlier one, the evidence saying why."""
    author = told.source
    if author is None:
        return event
    return replace(event, target=replace(author, how=f"{author.how}; {why(told)}"))


def _asked_of(asking: Event, refuser: ActorRef) -> bool:
    """Whether the appeal was made of the refuser by someone else: of the same party ("the government
    urged the rebels ... the rebels refused"), or of its state by another state ("Washington demanded
    that Moscow hand him over ... the Kremlin refused")."""
    asker, asked = asking.source, asking.target
    if asker is None or asked is None or asker.code == refuser.code:
        return False
    if asked.code == refuser.code:
        return True
    return asker.country_code != refuser.country_code and _same_party(asked, refuser)


def _with_named_target(event: Event, earlier_events: tuple[Event, ...], lexicon: Lexicon,
                       furniture_lines: frozenset[int]) -> list[Event]:
    """The event with the authors of the act its recipient noun names ("condemned the attack")."""
    if event.target is not None or not event.target_event:
        return [event]
    roots = _roots_named(event.target_event, lexicon, event.code)
    generic = event.target_event in word_list("act_anaphora_nouns")
    judged = event.target_event in word_list("judgment_nouns")  # "welcomed the verdict": a court's act
    here = _sentence_number(event)
    # not another party's share of the same act ("talks mediated by Qatar, Egypt and the US": Egypt
    # does not mediate for Qatar); a generic act not the party's own ("defended the decision")
    # nor a reaction to an act itself ("Germany welcomed the decision, and France praised the
    # move": both the decision told before)
    earlier = [e for e in earlier_events if e.source is not None
               and (e.root in roots or event.root in JUDGING_ROOTS and _told_as(event.target_event, e, lexicon)
                    or _document_of(event.target_event, e))
               and not (e.target_event and e.root in ANSWERING_ROOTS)
               and (e.sentence_id, e.trigger.start) != (event.sentence_id, event.trigger.start)
               and not (generic and _same_party(e.source, event.source))
               and not (event.root == DISAPPROVAL_ROOT and _own_act(e, event))
               and (not judged or JUDICIARY in e.source.sectors or JUDICIARY in e.source.code)
               and _within_reach(e, here, furniture_lines, specific=not generic)]
    if not earlier:
        return [event]
    # "Boko Haram militants stormed a village ... The attackers opened fire ... Jonathan condemned the
    # attack": the act whose author is named, before one by attackers the text does not name
    # "abducted 100 schoolgirls ... soldiers killed 20 militants ... Ban condemned the abduction": the
    # act its verb's own noun names, before a later act of the same kind (both by named authors first)
    named = [e for e in earlier if not _unnamed_perpetrator(e.source)]
    # ... and, of a noun the corpus labels one way ("the takeover": 170), an act coded so before
    # another of its root ("protesters set fire to the embassy", 1712)
    labelled = _noun_code(event.target_event, lexicon)
    worded = [e for e in named if labelled is not None and e.code == labelled]
    pool = ([e for e in named if _told_as(event.target_event, e, lexicon)] or worded or named
            or [e for e in earlier if _told_as(event.target_event, e, lexicon)] or earlier)
    # "Turkish tanks crossed into Syria ... U.S. jets struck ... Damascus condemned the incursion": a
    # noun of a kind names the first act of its kind the lead told, the story's own, before a later one
    lead = [e for e in pool if _sentence_number(e) <= LEAD_SENTENCE] if not generic else []
    told = [e for e in lead if e.trigger == lead[0].trigger][-1] if lead else pool[-1]
    answered = _answered_party(event, told) if generic else None
    if answered is not None:
        return [_with_parties(event, event.source, _named_by(answered, event.target_event, told), 0)]
    # "U.S. and British jets struck ... Iran condemned the strikes": each author is condemned
    # nor the party's own act ("the group had carried out the attack" names no recipient)
    authors = [a for a in _authors(told, earlier_events) if not (generic and _same_party(a, event.source))
               and not (event.source is not None and a.code == event.source.code)]
    return [_with_parties(event, event.source, _named_by(a, event.target_event, told), n)
            for n, a in enumerate(authors)] or [event]


def _noun_code(noun: str, lexicon: Lexicon) -> str | None:
    """The one code the training corpus gives a noun the lexicon has no row for, if it gives one."""
    acts = act_nouns().get(noun)
    if acts is None or len(acts.codes) != 1 or lexicon.entries("NOUN", noun):
        return None
    return next(iter(acts.codes))


def _own_act(told: Event, event: Event) -> bool:
    """Whether an act told before is the very party's own that now judges it."""
    return event.source is not None and told.source is not None and told.source.code == event.source.code


def _within_reach(told: Event, here: int, furniture_lines: frozenset[int], specific: bool) -> bool:
    """Whether an act told before is near enough for a noun to name it: within ANAPHORA_SENTENCES
    sentences, or, for a noun of a kind ("the test", not "the move"), told in the headline or the
    lead, whose act a whole story goes on naming ("North Korea conducted its first nuclear test ...
    [eight sentences] ... Moscow condemned the test")."""
    distance = _story_distance(_sentence_number(told), here, furniture_lines)
    told_in_the_lead = _sentence_number(told) <= LEAD_SENTENCE
    return 0 <= distance <= ANAPHORA_SENTENCES or (specific and distance > 0 and told_in_the_lead)


def _answered_party(event: Event, told: Event) -> ActorRef | None:
    """"Egypt rejected Ethiopia's decision ... Sudan also condemned the move": a generic act noun after
    a reaction names the act the reaction answered, whose author is the reaction's recipient; not
    for that recipient itself ("Israel rejected the UN's proposal. The UN criticised the move": the
    rejection, Israel's)."""
    if told.root not in ANSWERING_ROOTS or told.target is None or _same_party(told.target, event.source):
        return None
    return told.target


NOMINAL_ENDINGS = ("al", "ance", "ing", "ion", "ment", "sion", "tion", "ure")
NOMINAL_STEM = 3  # letters a verb and its nominalisation share at least ("expel", "expulsion")
INFLECTIONS = ("s", "es", "d", "ed", "ing")  # of a verb whose noun is its own base ("protested", "protest")


def _told_as(noun: str, event: Event, lexicon: Lexicon) -> bool:
    """Whether ``noun`` names the act of an earlier event other than by its kind: the object its
    pattern names ("conducted a nuclear test ... opposes the test") or a nominalisation of its verb
    ("expelled two diplomats ... condemns the expulsion", "seized the tanker ... the seizure", "handed
    over the suspects ... welcomed the handover"). An appeal, a demand, a complaint or a threat is
    named by its own verb's noun only ("Japan protested ... Russia rejected the protest"), not by what
    it asks for ("urged the release")."""
    if event.target_event or event.root not in ACT_ROOTS | SAID_ACT_ROOTS:
        return False  # a reaction names no act here
    if event.root in SAID_ACT_ROOTS and not event.rule_id.endswith("@verb"):
        return False  # "called the attack unacceptable": a judgement told on the noun is no complaint named
    entry = lexicon.entry(event.rule_id.split("@")[0])
    if entry is not None and noun in entry.objects and event.root in ACT_ROOTS:
        return True
    verb = entry.lemma if entry is not None and entry.pos == "VERB" else event.trigger.text.lower()
    if entry is not None and entry.particle and noun in {verb + entry.particle, f"{verb}-{entry.particle}"}:
        return True
    shared = len(os.path.commonprefix([noun, verb]))
    if verb in {noun + ending for ending in INFLECTIONS}:
        return True  # a verb the classifier coded, as written: "protested ... the protest"
    return noun == verb or (noun.endswith(NOMINAL_ENDINGS) and shared >= max(NOMINAL_STEM, min(len(verb) - 2, 4)))


def _document_of(noun: str, event: Event) -> bool:
    """"The Security Council adopted a resolution demanding a ceasefire ... Russia criticised the
    resolution": a document (``document_nouns``) is the work of whoever acted in the sentence that
    named it, as a report of the party that "published a report accusing ..."."""
    if noun not in word_list("document_nouns") or event.target_event:
        return False
    return re.search(rf"\b{re.escape(noun)}s?\b", event.sentence_text.lower()) is not None


def _unnamed_perpetrator(actor: ActorRef | None) -> bool:
    return actor is not None and actor.code.endswith(UNNAMED_PERPETRATOR_ROLE)


def _authors(told: Event, events: tuple[Event, ...]) -> list[ActorRef]:
    """The authors of an act told before: every source of the events of its trigger; of talks (04),
    whose parties are each other's, the one party the corpus names ("talks hosted by Qatar": one act
    of hosting)."""
    if told.root == CONSULT_ROOT or told.source is None:
        return [told.source] if told.source is not None else []
    same = [e.source for e in events if (e.sentence_id, e.trigger.start) == (told.sentence_id, told.trigger.start)
            and e.root == told.root and e.source is not None]
    return list({a.code: a for a in same}.values())


def _with_parties(event: Event, source: ActorRef | None, target: ActorRef | None, copy: int) -> Event:
    """The event with these parties; a second or later copy (one act may name several authors) under
    an id of its own, the first under the event's (which the explain trace knows)."""
    new_id = event_id(event.sentence_id, event.trigger.start, event.code, source, target) if copy else event.event_id
    return replace(event, source=source, target=target, event_id=new_id)


def _named_by(author: ActorRef, noun: str, told: Event) -> ActorRef:
    return replace(author, how=f"{author.how}; '{noun}' names the event of sentence {_sentence_number(told)}")


def _told_before(event: Event, earlier: tuple[Event, ...], lexicon: Lexicon,
                 furniture_lines: frozenset[int]) -> Event | None:
    """'Israeli jets struck Gaza. The strikes killed 12 people.': the latest earlier event of the
    kind the subject's event noun names, whose author is the author of what the sentence tells."""
    roots = _roots_named(event.source_event, lexicon)
    here = _sentence_number(event)
    own = (event.sentence_id, event.trigger.start)
    found = [e for e in earlier if e.source is not None and e.root in roots and not e.source_event
             and not _unnamed_perpetrator(e.source) and (e.sentence_id, e.trigger.start) != own
             and 0 <= _story_distance(_sentence_number(e), here, furniture_lines) <= ANAPHORA_SENTENCES]
    return found[-1] if found else None


def _roots_named(noun: str, lexicon: Lexicon, code: str = "") -> set[str]:
    """The roots of the acts an event noun may name: its lexicon rows' ("the attack" names a bombing
    as well as an assault), an accusation's ("the charge"), or for "the decision", "the move" any
    act but words."""
    if noun in word_list("judgment_nouns"):
        return {f"{root:02d}" for root in range(1, 21)}  # a court's act of any kind: 116 as well as 173
    if noun in word_list("violence_nouns"):
        # "condemned the violence": rioting, repression, assault, fighting; "blamed the violence on
        # criminal gangs" accuses whom its 'on' phrase names
        return set() if code.startswith(ACCUSATION_CODE) else set(VIOLENCE_ROOTS)
    if noun in word_list("act_anaphora_nouns"):  # "Iran barred the inspectors. The agency criticised the decision"
        # ... a decision or a measure is no killing told since ("where forces have killed thousands")
        return set(ACT_ROOTS) - (FORCE_ROOTS if noun in word_list("policy_act_nouns") else set())
    # the lexicon's noun rows; for a noun with none, the acts the training corpus labels it ("the coup")
    roots = {e.code[:2] for e in lexicon.entries("NOUN", noun)} or (set(act_nouns()[noun].roots)
                                                                    if noun in act_nouns() else set())
    if noun in word_list("accusation_nouns"):
        roots.add(ACCUSATION_ROOT)  # "denied the charge": the accusation, whatever else a charge may be
    return roots | FORCE_ROOTS if roots & FORCE_ROOTS else roots


def _same_party(earlier: ActorRef, actor: ActorRef | None) -> bool:
    """Whether two actors are one party or of one country ("Tehran defended the decision" of Iran's)."""
    return actor is not None and (earlier.code == actor.code or (
        earlier.country_code == actor.country_code and not earlier.code.startswith("---")))


def _story_distance(earlier: int, later: int, furniture_lines: frozenset[int]) -> int:
    """How many sentences of the story lie from one sentence to a later one."""
    return later - earlier - sum(1 for k in furniture_lines if earlier < k < later)


def _sentence_number(event: Event) -> int:
    return int(event.sentence_id.rsplit(":", 1)[-1])


def line_of(text: str, sentence: Sentence) -> str:
    """The line of the article that the sentence starts on (a caption, a byline, a paragraph)."""
    start = text.rfind("\n", 0, sentence.start) + 1
    end = text.find("\n", sentence.start)
    return text[start:end if end >= 0 else len(text)]


def code_article(article: Article, pipeline: Pipeline) -> CodedArticle:
    """Code one article. The backends code whole batches, parsed together, with
    :func:`newsevents.backends.work.code_batch`."""
    return next(iter(pipeline.run([article])))
