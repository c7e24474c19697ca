"""Pydantic models for what enters and leaves the API: validation at the edge, and the OpenAPI text.

Inside, records stay frozen dataclasses (records.py); these models exist only where untrusted JSON
enters or documented JSON leaves.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal, Optional

from pydantic import BaseModel, ConfigDict, Field

MAX_CODE_CHARS = 20_000  # POST /api/code: a few paragraphs, coded while the client waits
MAX_ARTICLE_CHARS = 200_000
ACTOR_PATTERN = r"^[A-Za-z0-9-]{1,40}$"
COUNTRY_PATTERN = r"^[A-Za-z-]{3}$"
CODE_PATTERN = r"^[0-9]{1,4}$"


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class Freshness(BaseModel):
    last_write: str = Field(description="when the database last changed (UTC, ISO 8601)")


class Page(BaseModel):
    ok: bool = True
    total: int = Field(description="rows matching the filters")
    limit: int
    offset: int
    as_of: Freshness


class Span(BaseModel):
    start: int
    end: int
    text: str


class Actor(BaseModel):
    model_config = ConfigDict(extra="allow")
    code: str
    text: str = ""
    span: Optional[Span] = None
    how: str = ""


class Mention(BaseModel):
    """One event mention with its evidence (offsets are into the article text)."""

    model_config = ConfigDict(extra="allow")
    mention_id: str
    event_key: Optional[str] = None
    article_id: str
    sentence_id: str
    code: str
    root: str
    plover: Optional[str] = None
    quad_class: Optional[int] = None
    goldstein: Optional[float] = None
    confidence: Optional[float] = None
    rule_id: Optional[str] = None
    aux_modes: list[str] = []
    trigger: Optional[Span] = None
    source: Optional[Actor] = None
    target: Optional[Actor] = None
    date: Optional[dict[str, Any]] = Field(None, description="value, precision, text, span and rule of the date")
    place: Optional[dict[str, Any]] = Field(None, description="name, country, level, coordinates, text, rule")
    sentence_text: Optional[str] = None


class EventRow(BaseModel):
    model_config = ConfigDict(extra="allow")
    event_key: str
    event_date: Optional[dt.date] = None
    source_code: Optional[str] = None
    target_code: Optional[str] = None
    code: str
    root: str
    plover: Optional[str] = None
    quad_class: Optional[int] = None
    goldstein: Optional[float] = None
    num_mentions: Optional[int] = None
    place_name: Optional[str] = None
    place_country: Optional[str] = None
    trigger_text: Optional[str] = None
    sentence_text: Optional[str] = None
    article_id: Optional[str] = None


class EventPage(Page):
    events: list[EventRow]


class EventDetail(BaseModel):
    ok: bool = True
    event: dict[str, Any] = Field(description="the deduplicated event and its `mentions`")
    as_of: Freshness


class ArticleRow(BaseModel):
    model_config = ConfigDict(extra="allow")
    article_id: str
    title: Optional[str] = None
    date: Optional[dt.date] = None
    source: Optional[str] = None
    mentions: int = 0


class ArticlePage(Page):
    articles: list[ArticleRow]


class ArticleDetail(BaseModel):
    ok: bool = True
    article: dict[str, Any] = Field(description="text, sentences, and `events`: each mention with its spans "
                                                "and the reviewer's latest `verdict`")
    as_of: Freshness


class DyadOut(BaseModel):
    ok: bool = True
    a: str
    b: str
    freq: str
    directions: dict[str, list[dict[str, Any]]] = Field(description="'A->B' and 'B->A': per period, counts by "
                                                                     "quad class, Goldstein sum and mean, net "
                                                                     "cooperation")
    members: dict[str, list[str]] = Field(description="the actor codes each prefix adds up (AFG: AFGGOV, AFGINS)")
    as_of: Freshness


class ActorsOut(BaseModel):
    ok: bool = True
    actors: list[dict[str, Any]]
    as_of: Freshness


class PlacesOut(BaseModel):
    ok: bool = True
    places: list[dict[str, Any]]
    as_of: Freshness


class StatsOut(BaseModel):
    ok: bool = True
    counts: dict[str, int]
    freq: str
    timeline: list[dict[str, Any]]
    quad_classes: list[dict[str, Any]]
    top_dyads: list[dict[str, Any]]
    top_actors: list[dict[str, Any]]
    review: dict[str, Any] = Field(description="reviewed mentions, judged right and wrong, share right")
    as_of: Freshness


class CodesOut(BaseModel):
    ok: bool = True
    codes: list[dict[str, Any]]
    modes: list[str]


class InfoOut(BaseModel):
    ok: bool = True
    version: str
    database: str
    schema_version: int
    token_required_for: Literal["nothing", "writes", "all"]
    coder_loaded: bool
    limits: dict[str, int]
    as_of: Freshness


class CodeIn(Strict):
    text: str = Field(min_length=1, max_length=MAX_CODE_CHARS)
    date: Optional[dt.date] = Field(None, description="story date, for relative dates and dated actor roles")


class CodeOut(BaseModel):
    ok: bool = True
    sentences: list[dict[str, Any]]
    events: list[Mention]


class ExplainOut(BaseModel):
    ok: bool = True
    trace: dict[str, Any] = Field(description="sentences -> candidates (trigger, lemma, model, lexicon, steps, "
                                              "events), and the events")


class ArticleIn(Strict):
    id: Optional[str] = Field(None, max_length=200, description="default: 'a-' and the text's hash")
    title: str = Field("", max_length=1000)
    text: str = Field(min_length=1, max_length=MAX_ARTICLE_CHARS)
    date: Optional[dt.date] = None
    source: str = Field("", max_length=200)
    url: str = Field("", max_length=2000)


class ArticleStored(BaseModel):
    ok: bool = True
    article_id: str
    status: Literal["new", "unchanged", "updated", "replaced", "duplicate"] = Field(
        description="updated: same text, new metadata; duplicate: the text is stored under another id")
    events: list[Mention]
    as_of: Freshness


class CorrectionIn(Strict):
    mention_id: str = Field(max_length=100)
    verdict: Literal["right", "wrong"]
    code: Optional[str] = Field(None, pattern=CODE_PATTERN,
                                description="wrong: the CAMEO code of the act as if it happened; none: no event")
    mode: Optional[str] = Field(None, max_length=20)
    trigger_text: Optional[str] = Field(None, max_length=200)
    source_text: Optional[str] = Field(None, max_length=500)
    target_text: Optional[str] = Field(None, max_length=500)
    source_code: Optional[str] = Field(None, pattern=ACTOR_PATTERN)
    target_code: Optional[str] = Field(None, pattern=ACTOR_PATTERN)
    note: str = Field("", max_length=2000)


class CorrectionOut(BaseModel):
    ok: bool = True
    correction: dict[str, Any]
    review: dict[str, Any]


class CorrectionPage(Page):
    corrections: list[dict[str, Any]]
    review: dict[str, Any]


class ErrorOut(BaseModel):
    ok: bool = False
    error: str
    errors: list[dict[str, Any]]
    status: int


ERRORS: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorOut, "description": text} for status, text in (
        (401, "token missing or wrong"), (404, "no such item"), (413, "body too large"),
        (422, "invalid parameters or body"))
}
