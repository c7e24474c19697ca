"""The read endpoints: events, articles, dyads, actors, places, statistics, codes and server info.

Every handler reads one snapshot (``Snap``) and answers with ``as_of``, the time of the last write.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from typing import Annotated, Any, Literal, Optional

import pandas as pd
from fastapi import APIRouter, Depends, Path, Query, Response

from .. import __version__, review
from ..analysis import dyads
from ..train.corpus import MODES
from . import queries
from .deps import Server, Snap, may_read
from .state import Snapshot
from .errors import ApiError
from .schemas import (ACTOR_PATTERN, CODE_PATTERN, COUNTRY_PATTERN, ERRORS, MAX_ARTICLE_CHARS, MAX_CODE_CHARS,
                      ActorsOut, ArticleDetail, ArticlePage, CodesOut, DyadOut, EventDetail, EventPage, InfoOut,
                      PlacesOut, StatsOut)

router = APIRouter(prefix="/api", dependencies=[Depends(may_read)], responses=ERRORS)

ActorCode = Annotated[str, Query(pattern=ACTOR_PATTERN, description="actor code prefix, e.g. USA or AFGGOV")]
Country = Annotated[str, Query(pattern=COUNTRY_PATTERN, description="ISO 3166 alpha-3")]
Limit = Annotated[int, Query(ge=1, le=500)]
Offset = Annotated[int, Query(ge=0, le=1_000_000)]
Freq = Literal["day", "week", "month", "year"]


def as_of(snap: Any) -> dict[str, str]:
    return {"last_write": snap.last_write}


# async: pure checks, which need no hop to a worker thread
async def event_query(
    actor: ActorCode = "", source: ActorCode = "", target: ActorCode = "",
    country: Country = "", source_country: Country = "", target_country: Country = "",
    code: Annotated[str, Query(pattern=CODE_PATTERN, description="CAMEO code prefix, e.g. 04 or 163")] = "",
    root: Annotated[str, Query(pattern=r"^[0-9]{2}$", description="CAMEO root, e.g. 19")] = "",
    plover: Annotated[str, Query(pattern=r"^[A-Za-z_]{1,30}$", description="PLOVER type, e.g. ASSAULT")] = "",
    quad_class: Annotated[list[int], Query(description="quad class 1-4 (repeatable)")] = [],
    date_from: Annotated[Optional[dt.date], Query(description="earliest event date")] = None,
    date_to: Annotated[Optional[dt.date], Query(description="latest event date")] = None,
    place_country: Annotated[str, Query(pattern=COUNTRY_PATTERN, description="country of the event's place")] = "",
    place: Annotated[str, Query(max_length=200, description="name of the event's place, e.g. Kabul")] = "",
    q: Annotated[str, Query(max_length=200, description="free text in the sentence")] = "",
) -> queries.EventQuery:
    if any(not 0 <= quad <= 4 for quad in quad_class) or len(quad_class) > 5:
        raise ApiError(422, "invalid request", [{"loc": "query.quad_class", "message": "quad classes are 0 to 4"}])
    return queries.EventQuery(actor=actor, source=source, target=target, country=country,
                              source_country=source_country, target_country=target_country, code=code, root=root,
                              plover=plover, quad_class=tuple(quad_class), place_country=place_country, place=place,
                              text=q,
                              date_from=date_from.isoformat() if date_from else "",
                              date_to=date_to.isoformat() if date_to else "")


Filters = Annotated[queries.EventQuery, Depends(event_query)]


@router.get("/events", response_model=EventPage, summary="Deduplicated events, filtered, sorted, paginated")
async def list_events(state: Server, filters: Filters,
                      sort: Annotated[Literal[queries.SORT_KEYS], Query(description="column; '-' for descending")] = "-date",  # type: ignore[valid-type]
                      limit: Limit = 50, offset: Offset = 0) -> Response:
    def page(snap: Snapshot) -> bytes:
        rows, total = queries.events_page(snap, filters, sort, limit, offset)
        # EventPage's JSON, put together from the rows' JSON texts (queries.EVENT_JSON)
        head = json.dumps({"ok": True, "total": total, "limit": limit, "offset": offset, "as_of": as_of(snap)},
                          ensure_ascii=False, separators=(",", ":"))
        return f'{head[:-1]},"events":[{",".join(rows)}]}}'.encode()

    # the busiest read: no Snap dependency (two more hops to a worker thread) and no transaction
    return Response(await state.aread_events(page), media_type="application/json")


@router.get("/events/{event_key}", response_model=EventDetail, summary="One event with its mentions and evidence")
def get_event(snap: Snap, event_key: Annotated[str, Path(max_length=64)]) -> dict[str, Any]:
    event = queries.event_detail(snap, event_key)
    if event is None:
        raise ApiError(404, f"no event {event_key!r}")
    return {"event": event, "as_of": as_of(snap)}


@router.get("/articles", response_model=ArticlePage, summary="Stored articles, newest first")
def list_articles(snap: Snap, q: Annotated[str, Query(max_length=200, description="text in title or body")] = "",
                  source: Annotated[str, Query(max_length=200, description="publisher")] = "",
                  date_from: Optional[dt.date] = None, date_to: Optional[dt.date] = None,
                  limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    rows, total = queries.articles_page(snap, q, source, date_from.isoformat() if date_from else "",
                                        date_to.isoformat() if date_to else "", limit, offset)
    return {"total": total, "limit": limit, "offset": offset, "articles": rows, "as_of": as_of(snap)}


@router.get("/articles/{article_id:path}", response_model=ArticleDetail,
            summary="An article's text, sentences, and each event's spans, rule, date and place")
def get_article(snap: Snap, article_id: str) -> dict[str, Any]:
    if len(article_id) > 300:
        raise ApiError(404, "no such article")
    article = queries.article_detail(snap, article_id)
    if article is None:
        raise ApiError(404, f"no article {article_id!r}")
    verdicts = review.latest_for_article(snap.conn, article_id)
    for event in article["events"]:
        event["verdict"] = verdicts.get(event["mention_id"])
    return {"article": article, "as_of": as_of(snap)}


@router.get("/dyads/{a}/{b}", response_model=DyadOut, summary="How A and B treat each other, both directions")
def get_dyad(snap: Snap, a: Annotated[str, Path(pattern=ACTOR_PATTERN)], b: Annotated[str, Path(pattern=ACTOR_PATTERN)],
             freq: Freq = "month", date_from: Optional[dt.date] = None,
             date_to: Optional[dt.date] = None) -> dict[str, Any]:
    table = dyads.dyad(snap, a, b, freq=freq,  # type: ignore[arg-type]  # a Snapshot reads like a Store
                       date_from=date_from.isoformat() if date_from else "",
                       date_to=date_to.isoformat() if date_to else "")
    directions: dict[str, list[dict[str, Any]]] = {f"{a.upper()}->{b.upper()}": [], f"{b.upper()}->{a.upper()}": []}
    for row in table.to_dict(orient="records"):
        directions.setdefault(row.pop("direction"), []).append(_plain(row))
    members = dyads.dyad_members(snap, a, b, date_from=date_from.isoformat() if date_from else "",  # type: ignore[arg-type]
                                 date_to=date_to.isoformat() if date_to else "")
    return {"a": a.upper(), "b": b.upper(), "freq": freq, "directions": directions, "members": members,
            "as_of": as_of(snap)}


def _plain(row: dict[str, Any]) -> dict[str, Any]:
    """numpy and pandas values as JSON: periods as ISO dates, NaN as null."""
    out: dict[str, Any] = {}
    for key, value in row.items():
        if isinstance(value, pd.Timestamp):
            value = value.date().isoformat()
        elif hasattr(value, "item"):
            value = value.item()
        out[str(key)] = None if isinstance(value, float) and math.isnan(value) else value
    return out


@router.get("/actors", response_model=ActorsOut, summary="Actors by number of events")
def list_actors(snap: Snap, q: Annotated[str, Query(pattern=r"^[A-Za-z0-9-]{0,40}$", description="code prefix")] = "",
                level: Literal["code", "country"] = "code", limit: Limit = 50) -> dict[str, Any]:
    return {"actors": queries.actors(snap, q, level, limit), "as_of": as_of(snap)}


@router.get("/places", response_model=PlacesOut, summary="Event locations with counts by quad class (the map)")
def list_places(snap: Snap, filters: Filters, limit: Annotated[int, Query(ge=1, le=5000)] = 1000) -> dict[str, Any]:
    return {"places": queries.places(snap, filters, limit), "as_of": as_of(snap)}


@router.get("/stats", response_model=StatsOut, summary="Counts, events over time by quad class, top dyads and actors")
def get_stats(snap: Snap, freq: Freq = "month") -> dict[str, Any]:
    return {**queries.stats(snap, freq), "review": review.summary(snap.conn), "as_of": as_of(snap)}


@router.get("/codes", response_model=CodesOut, summary="The CAMEO codes and the modes a correction may use")
def list_codes(state: Server) -> dict[str, Any]:
    codes = [{"code": c.code, "name": c.name, "root": c.root, "plover": c.plover_type}
             for c in state.ontology.codes.values()]
    return {"codes": codes, "modes": list(MODES)}


@router.get("/info", response_model=InfoOut, summary="Version, database, what needs a token, limits, freshness")
def info(state: Server, snap: Snap) -> dict[str, Any]:
    serve = state.settings.serve
    needs = "nothing" if not serve.token else serve.protect
    version = snap.one("SELECT value FROM meta WHERE key = 'schema_version'")
    return {"version": __version__, "database": state.store.path.rsplit("/", 1)[-1],
            "schema_version": int(version["value"]) if version else 0, "token_required_for": needs,
            "coder_loaded": state.coder.loaded,
            "limits": {"max_body_bytes": serve.max_body_bytes, "max_code_chars": MAX_CODE_CHARS,
                       "max_article_chars": MAX_ARTICLE_CHARS},
            "as_of": as_of(snap)}
