"""The typed records that every pipeline stage exchanges.

All records are frozen: a stage returns new records (``dataclasses.replace``) and never
mutates what it received. Character offsets are always offsets into ``Article.text``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields
from enum import Enum
from typing import Any, TypeVar, dataclass_transform

T = TypeVar("T")


@dataclass_transform(frozen_default=True, kw_only_default=True)
def record(cls: type[T]) -> type[T]:
    """A frozen, slotted, keyword-only dataclass (spelled out so that type checkers see it)."""
    return dataclass(frozen=True, slots=True, kw_only=True)(cls)


class Severity(str, Enum):
    """How bad a :class:`Problem` is: an ``error`` cost a record, a ``warning`` did not."""

    ERROR = "error"
    WARNING = "warning"


@record
class Span:
    """A stretch of the article text: ``text == article.text[start:end]``."""

    start: int
    end: int
    text: str


@record
class Article:
    """One news story as read by ingest."""

    article_id: str
    text: str
    title: str = ""
    date: dt.date | None = None
    source: str = ""
    url: str = ""
    language: str = "en"
    content_hash: str = ""
    origin: str = ""  # file and line it came from, for messages


# how a tokenizer writes a quotation mark: straight, curly, or as the parser's `` and ''
QUOTE_MARKS = frozenset({'"', "\u201c", "\u201d", "``", "''"})


@record
class Token:
    """One token of a parsed sentence; ``head`` and ``i`` index into ``Sentence.tokens``."""

    i: int
    text: str
    idx: int  # character offset in the article
    lemma: str
    pos: str
    tag: str
    dep: str
    head: int
    ent_type: str = ""
    ent_iob: str = "O"
    whitespace: str = " "

    @property
    def lower(self) -> str:
        return self.text.lower()


@record
class Entity:
    """A named-entity span from the NLP stage, in token indices of its sentence."""

    start: int
    end: int  # exclusive
    label: str
    text: str


@record
class Sentence:
    """A parsed sentence: tokens with dependencies and the entities found in it."""

    sentence_id: str
    article_id: str
    index: int
    start: int
    end: int
    text: str
    tokens: tuple[Token, ...] = ()
    entities: tuple[Entity, ...] = ()
    # lookup tables built on first use, so that children() and token_at() cost O(1), not O(tokens):
    # the coder calls them for every token, which made long sentences quadratic
    _index: Any = field(default=None, init=False, repr=False, compare=False, hash=False)

    def children(self, i: int, deps: set[str] | None = None) -> tuple[Token, ...]:
        """The dependents of token ``i``, optionally only those with one of ``deps``."""
        found = self._lookup()[0].get(i, ())
        return found if deps is None else tuple(t for t in found if t.dep in deps)

    def subtree(self, i: int) -> list[int]:
        """Token ``i`` and everything that hangs from it, in text order."""
        found, stack = [], [i]
        while stack:
            current = stack.pop()
            found.append(current)
            stack.extend(c.i for c in self.children(current))
        return sorted(found)

    def token_at(self, offset: int) -> int | None:
        """Index of the token that starts at character ``offset`` of the article (a trigger, a span)."""
        return self._lookup()[1].get(offset)

    def _lookup(self) -> tuple[dict[int, tuple[Token, ...]], dict[int, int]]:
        if self._index is None:
            kids: dict[int, list[Token]] = {}
            starts: dict[int, int] = {}
            for token in self.tokens:
                if token.head != token.i:
                    kids.setdefault(token.head, []).append(token)
                starts.setdefault(token.idx, token.i)
            object.__setattr__(self, "_index", ({k: tuple(v) for k, v in kids.items()}, starts))
        return self._index


@record
class ActorRef:
    """An actor as resolved on the story date, with the evidence for the resolution."""

    text: str
    code: str  # CAMEO-style: country or international prefix plus role codes
    span: Span | None = None
    country: str = ""  # ISO 3166 alpha-3, or IGO/NGO/IMG/UNO/EUR prefix
    sectors: tuple[str, ...] = ()
    name: str = ""
    kind: str = ""  # country, metonym, organization, group, person, institution, generic, place, ...
    wikidata: str = ""
    how: str = ""  # which dictionary entry, rule or antecedent resolved it

    @property
    def country_code(self) -> str:
        return self.code[:3] if self.code else "---"


@record
class EventDate:
    """A resolved date with its precision and the expression it came from."""

    value: str  # YYYY-MM-DD, YYYY-MM or YYYY, by precision
    precision: str  # day, week, month, season, year
    text: str = ""
    span: Span | None = None
    rule: str = ""

    @property
    def first_day(self) -> dt.date:
        parts = [int(p) for p in self.value.split("-")] + [1, 1]
        return dt.date(parts[0], parts[1], parts[2])


@record
class PlaceRef:
    """A location resolved against the gazetteer."""

    name: str
    country: str  # ISO3
    level: str  # city, admin, country
    geonameid: int | None = None
    latitude: float | None = None
    longitude: float | None = None
    admin1: str = ""
    feature_class: str = ""
    text: str = ""
    span: Span | None = None
    rule: str = ""


@record
class Event:
    """One coded event mention with its evidence."""

    event_id: str
    article_id: str
    sentence_id: str
    code: str
    root: str
    plover: str
    quad_class: int
    goldstein: float
    source: ActorRef | None
    target: ActorRef | None
    trigger: Span
    rule_id: str
    confidence: float
    mode: str = ""  # PLOVER mode where known (visit, phone, ...)
    aux_modes: tuple[str, ...] = ()  # negated, future, intended, hypothetical, reported, historical
    context: str = ""
    reporter: ActorRef | None = None
    date: EventDate | None = None
    place: PlaceRef | None = None
    sentence_text: str = ""
    steps: tuple[str, ...] = ()  # the named coder steps that made or changed it (see events/steps.py)
    # the event noun that stands for the recipient when it names no actor ("condemned the attack"):
    # the article's earlier event of that kind gives it (pipeline, event anaphora)
    target_event: str = ""
    # the event noun that is the subject when it names no actor ("the strikes killed five fighters"):
    # the article's earlier event of that kind gives its author (pipeline, event anaphora)
    source_event: str = ""

    @property
    def is_dyadic(self) -> bool:
        return self.source is not None and self.target is not None


@record
class Problem:
    """Bad input or a stage that could not finish: a result, never a crash."""

    stage: str
    item_id: str
    code: str
    message: str
    location: str = ""  # file:line or field
    severity: Severity = Severity.ERROR
    raw: str = ""  # the offending record, kept aside for the rejects file


@record
class CodedArticle:
    """Everything the pipeline produced for one article."""

    article: Article
    sentences: tuple[Sentence, ...] = ()
    events: tuple[Event, ...] = ()
    problems: tuple[Problem, ...] = ()
    timings: dict[str, float] = field(default_factory=dict, hash=False, compare=False)
    complete: bool = True  # False: a stage failed; the article is reported, not stored


def to_plain(obj: Any) -> Any:
    """Records to JSON-ready dicts, dates as ISO strings, enums as values."""
    if hasattr(obj, "__dataclass_fields__"):
        return {f.name: to_plain(getattr(obj, f.name)) for f in fields(obj) if not f.name.startswith("_")}
    if isinstance(obj, dict):
        return {k: to_plain(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [to_plain(v) for v in obj]
    if isinstance(obj, (dt.date, dt.datetime)):
        return obj.isoformat()
    if isinstance(obj, Enum):
        return obj.value
    return obj
