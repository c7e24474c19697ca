"""`newsevents events`: list stored events with their evidence."""

from __future__ import annotations

import typer

from .common import MAX_ROWS, Actor, Code, Config, Country, DateFrom, DateTo, Db, build_settings, open_store
from .output import FormatOption, Listing, columns, emit, note

# What each listed mention shows, in every format; `export` writes every stored column.
EVENT_COLUMNS = ("date", "source", "code", "target", "plover", "place", "trigger", "rule", "mention_id",
                 "article_id")
RENAMED = {"date_value": "date", "source_code": "source", "target_code": "target", "place_name": "place",
           "trigger_text": "trigger", "rule_id": "rule"}


def events(
    db: Db = None, actor: Actor = "", country: Country = "", code: Code = "", date_from: DateFrom = "",
    date_to: DateTo = "", limit: int = typer.Option(50, "--limit", min=0, max=MAX_ROWS,
                                                    help="Rows to show (0: all)."),
    fmt: FormatOption = None, config: Config = None,
) -> None:
    """List stored event mentions, filtered by actor, country, code and date range."""
    from ..store import EventFilter, Store

    settings = build_settings(config, store__db=db)
    where = EventFilter(actor=actor, country=country, code=code, date_from=date_from, date_to=date_to)
    with open_store(settings) as store:
        frame = store.mentions(where, limit=limit or None)
        total = _count(store, where) if limit and len(frame) == limit else len(frame)
    title = f"{len(frame)} of {total} event mention(s)" if total > len(frame) else f"{total} event mention(s)"
    emit(Listing.from_frame(columns(frame.rename(columns=RENAMED), EVENT_COLUMNS), title=title), fmt)
    if total > len(frame):  # on standard error, so that a pipe still carries data only
        note(f"showing {len(frame)} of {total} event mentions (--limit 0 shows all)")


def _count(store, where) -> int:
    clause, params = where.where()
    return int(store.query(f"SELECT count(*) AS n FROM mentions WHERE {clause}", params).n.iloc[0])
