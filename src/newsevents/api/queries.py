"""The API's reads: parameterised SQL over the store's events, mentions, articles and sentences.

Values only ever travel as parameters; the only text put into SQL is chosen from the fixed tables
below (sort columns, date units), never taken from a request.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..records import Event, to_plain
from ..store import EventFilter
from .schemas import EventRow

if TYPE_CHECKING:
    from .state import Snapshot

EVENT_COLUMNS = ("event_key", "event_date", "source_code", "source_country", "target_code", "target_country",
                 "code", "root", "plover", "quad_class", "goldstein", "num_mentions", "num_articles", "place_name",
                 "place_country", "latitude", "longitude")
SORTS = {"date": "e.event_date", "code": "e.code", "source": "e.source_code", "target": "e.target_code",
         "mentions": "e.num_mentions", "goldstein": "e.goldstein", "quad_class": "e.quad_class"}
SORT_KEYS = tuple(SORTS) + tuple(f"-{key}" for key in SORTS)
UNITS = {"day": "day", "week": "week", "month": "month", "year": "year"}


@dataclass(frozen=True, slots=True, kw_only=True)
class EventQuery:
    """The filters of ``GET /api/events`` (and of the map): EventFilter's, and a few more."""

    actor: str = ""
    country: str = ""
    code: str = ""
    date_from: str = ""
    date_to: str = ""
    plover: str = ""
    source: str = ""
    target: str = ""
    source_country: str = ""
    target_country: str = ""
    root: str = ""
    quad_class: tuple[int, ...] = field(default=())
    place_country: str = ""
    place: str = ""
    text: str = ""

    def where(self) -> tuple[str, list[Any]]:
        base = EventFilter(actor=self.actor, country=self.country, code=self.code, date_from=self.date_from,
                           date_to=self.date_to, plover=self.plover)
        clause, params = base.where("e.")
        clauses = [clause]
        for column, value, like in (("source_code", self.source, True), ("target_code", self.target, True),
                                    ("source_country", self.source_country, False),
                                    ("target_country", self.target_country, False),
                                    ("root", self.root, False), ("place_country", self.place_country, False)):
            if value:
                clauses.append(f"e.{column} {'LIKE' if like else '='} ?")
                params.append(value.upper() + ("%" if like else ""))
        if self.place:
            clauses.append("e.place_name = ?")
            params.append(self.place)
        if self.quad_class:
            clauses.append(f"e.quad_class IN ({', '.join('?' * len(self.quad_class))})")
            params += list(self.quad_class)
        if self.text:
            clauses.append("e.event_key IN (SELECT event_key FROM mentions WHERE sentence_text ILIKE ? ESCAPE '\\')")
            params.append(f"%{_escape_like(self.text)}%")
        return " AND ".join(clauses), params


def _escape_like(text: str) -> str:
    """'50%' matches the characters 50%, not every sentence with a 50 in it."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


# -- events ----------------------------------------------------------------------------


# A page's rows: the events with their first mention (the smallest id, as events.first_mention_id),
# which gives each row its trigger and sentence. The server keeps them materialised (state.py).
EVENT_ROWS = ("SELECT e.*, m.mention_id, m.article_id, m.trigger_text, m.sentence_text "
              "FROM main.events e LEFT JOIN main.mentions m ON m.mention_id = e.first_mention_id")
ROW_COLUMNS = (*EVENT_COLUMNS, "mention_id", "article_id", "trigger_text", "sentence_text")
# Each row as the JSON that EventRow gives it (its fields in order, then the others as they come),
# written by DuckDB, so that a page is put together without a Python object per value. The same
# values: numbers under 1e-4 (or from 1e16) are written 1e-5 where Python writes 1e-05, and a
# non-finite number is null (JSON has none).
_ROW_KEYS = (*EventRow.model_fields, *(c for c in ROW_COLUMNS if c not in EventRow.model_fields))
assert set(_ROW_KEYS) == set(ROW_COLUMNS), "every EventRow field is a column of a page's rows"
_DOUBLES = ("goldstein", "latitude", "longitude")
EVENT_JSON = "to_json(struct_pack(" + ", ".join(
    f"{key} := CASE WHEN isfinite(e.{key}) THEN e.{key} END" if key in _DOUBLES else f"{key} := e.{key}"
    for key in _ROW_KEYS) + "))"


def events_page(snap: Snapshot, query: EventQuery, sort: str, limit: int, offset: int) -> tuple[list[str], int]:
    """One page of deduplicated events, each as its JSON text (EVENT_JSON), and the total."""
    clause, params = query.where()
    column = SORTS[sort.lstrip("-")]
    order = f"{column} {'DESC' if sort.startswith('-') else 'ASC'} NULLS LAST, e.event_key"
    # the materialised rows (state.EVENTS_TABLE, a fixed name) hold their JSON; the view's are written here
    if snap.events == "events":
        source, doc = f"({EVENT_ROWS}) e", EVENT_JSON
    else:
        source, doc = f"{snap.events} e", "e.doc"
    rows = [row[0] for row in snap.conn.execute(f"SELECT {doc} FROM {source} WHERE {clause} ORDER BY {order} "
                                                "LIMIT ? OFFSET ?", [*params, limit, offset]).fetchall()]
    if offset == 0 and len(rows) < limit:
        total = len(rows)  # the whole result is on this page
    else:
        total = _count(snap, f"SELECT count(*) AS n FROM {source} WHERE {clause}", params)
    return rows, total


def event_detail(snap: Snapshot, event_key: str) -> dict | None:
    columns = ", ".join(f"e.{c}" for c in EVENT_COLUMNS)
    event = snap.one(f"SELECT {columns}, e.num_sources FROM events e WHERE e.event_key = ?", [event_key])
    if event is None:
        return None
    mentions = snap.rows("SELECT m.*, a.title FROM mentions m LEFT JOIN articles a ON a.article_id = m.article_id "
                         "WHERE m.event_key = ? ORDER BY m.story_date, m.mention_id", [event_key])
    event["mentions"] = [{**stored_mention(m), "title": m["title"]} for m in mentions]
    return event


# -- mentions, in one shape whether stored or just coded ---------------------------------

MENTION_FIELDS = ("mention_id", "event_key", "article_id", "sentence_id", "code", "root", "plover", "quad_class",
                  "goldstein", "confidence", "rule_id", "mode", "context", "sentence_text", "story_date",
                  "publisher", "url")


def stored_mention(row: dict[str, Any]) -> dict[str, Any]:
    """A mentions row with its evidence: spans of trigger, source and target, date and place provenance."""
    evidence = row.get("evidence")
    evidence = json.loads(evidence) if isinstance(evidence, str) else (evidence or {})
    out = {name: row.get(name) for name in MENTION_FIELDS}
    out["aux_modes"] = [m for m in (row.get("aux_modes") or "").split(",") if m]
    for name in ("trigger", "source", "target", "reporter", "date", "place"):
        out[name] = evidence.get(name)
    return out


def coded_mention(event: Event) -> dict[str, Any]:
    """An Event record as ``stored_mention`` shapes a stored one (for ``POST /api/code``)."""
    plain = to_plain(event)
    out = {name: plain.get(name) for name in MENTION_FIELDS}
    out.update(mention_id=event.event_id, event_key=None, aux_modes=list(event.aux_modes))
    for name in ("trigger", "source", "target", "reporter", "date", "place"):
        out[name] = plain.get(name)
    return out


# -- articles --------------------------------------------------------------------------


def articles_page(snap: Snapshot, text: str, source: str, date_from: str, date_to: str, limit: int,
                  offset: int) -> tuple[list[dict], int]:
    clauses, params = ["TRUE"], []
    if text:
        clauses.append("(a.title ILIKE ? ESCAPE '\\' OR a.text ILIKE ? ESCAPE '\\')")
        params += [f"%{_escape_like(text)}%"] * 2
    if source:
        clauses.append("a.source = ?")
        params.append(source)
    if date_from:
        clauses.append("a.date >= CAST(? AS DATE)")
        params.append(date_from)
    if date_to:
        clauses.append("a.date <= CAST(? AS DATE)")
        params.append(date_to)
    clause = " AND ".join(clauses)
    rows = snap.rows(
        "SELECT a.article_id, a.title, a.date, a.source, a.url, length(a.text) AS characters, "
        "(SELECT count(*) FROM mentions m WHERE m.article_id = a.article_id) AS mentions, "
        f"count(*) OVER () AS total FROM articles a WHERE {clause} ORDER BY a.date DESC NULLS LAST, a.article_id "
        "LIMIT ? OFFSET ?", [*params, limit, offset])
    total = int(rows[0]["total"]) if rows else _count(snap, f"SELECT count(*) AS n FROM articles a WHERE {clause}",
                                                       params)
    for row in rows:
        row.pop("total")
    return rows, total


def _count(snap: Snapshot, sql: str, params: list[Any]) -> int:
    row = snap.one(sql, params)
    return int(row["n"]) if row else 0


def article_detail(snap: Snapshot, article_id: str) -> dict | None:
    article = snap.one("SELECT article_id, title, date, source, url, language, text, coded_at FROM articles "
                       "WHERE article_id = ?", [article_id])
    if article is None:
        return None
    article["sentences"] = snap.rows("SELECT sentence_id, idx AS index, start_char AS start, end_char AS end "
                                     "FROM sentences WHERE article_id = ? ORDER BY idx", [article_id])
    mentions = snap.rows("SELECT * FROM mentions WHERE article_id = ? ORDER BY trigger_start, mention_id",
                         [article_id])
    article["events"] = [stored_mention(m) for m in mentions]
    return article


# -- actors, places, statistics ----------------------------------------------------------

ACTOR_ROLES = ("SELECT {col} AS actor, 'source' AS role FROM events WHERE source_code IS NOT NULL "
               "UNION ALL SELECT {tcol}, 'target' FROM events WHERE target_code IS NOT NULL")


def actors(snap: Snapshot, prefix: str, level: str, limit: int) -> list[dict]:
    """Actors (full codes, or their three-letter country part) by number of events."""
    col, tcol = ("substr(source_code, 1, 3)", "substr(target_code, 1, 3)") if level == "country" \
        else ("source_code", "target_code")
    return snap.rows(
        f"SELECT actor, count(*) AS events, count(*) FILTER (WHERE role = 'source') AS as_source, "
        f"count(*) FILTER (WHERE role = 'target') AS as_target FROM ({ACTOR_ROLES.format(col=col, tcol=tcol)}) "
        "WHERE actor LIKE ? GROUP BY actor ORDER BY events DESC, actor LIMIT ?", [prefix.upper() + "%", limit])


def places(snap: Snapshot, query: EventQuery, limit: int) -> list[dict]:
    """Event locations with their counts by quad class, for the map."""
    clause, params = query.where()
    return snap.rows(
        "SELECT e.place_name, e.place_country, round(e.latitude, 3) AS latitude, round(e.longitude, 3) AS longitude, "
        "count(*) AS events, count(*) FILTER (WHERE e.quad_class = 1) AS q1, "
        "count(*) FILTER (WHERE e.quad_class = 2) AS q2, count(*) FILTER (WHERE e.quad_class = 3) AS q3, "
        "count(*) FILTER (WHERE e.quad_class = 4) AS q4 "
        f"FROM {snap.events} e WHERE e.latitude IS NOT NULL AND e.longitude IS NOT NULL AND {clause} "
        "GROUP BY 1, 2, 3, 4 ORDER BY events DESC, 1 LIMIT ?", [*params, limit])


def stats(snap: Snapshot, freq: str) -> dict[str, Any]:
    """Counts, events over time by quad class, the top dyads and actors."""
    counts = {}
    for table in ("articles", "sentences", "mentions", "events"):
        counts[table] = _count(snap, f"SELECT count(*) AS n FROM {table}", [])
    unit = UNITS[freq]
    timeline = snap.rows(
        f"SELECT CAST(date_trunc('{unit}', event_date) AS DATE) AS period, count(*) FILTER (WHERE quad_class = 1) AS q1, "
        "count(*) FILTER (WHERE quad_class = 2) AS q2, count(*) FILTER (WHERE quad_class = 3) AS q3, "
        "count(*) FILTER (WHERE quad_class = 4) AS q4, count(*) AS events "
        "FROM events WHERE event_date IS NOT NULL GROUP BY 1 ORDER BY 1")
    dyads = snap.rows("SELECT source_code AS source, target_code AS target, count(*) AS events FROM events "
                      "WHERE source_code IS NOT NULL AND target_code IS NOT NULL GROUP BY 1, 2 "
                      "ORDER BY events DESC, 1, 2 LIMIT 10")
    quads = snap.rows("SELECT quad_class, count(*) AS events FROM events GROUP BY 1 ORDER BY 1")
    return {"counts": counts, "freq": freq, "timeline": timeline, "quad_classes": quads, "top_dyads": dyads,
            "top_actors": actors(snap, "", "code", 10)}
