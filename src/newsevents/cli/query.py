"""`newsevents events`: list stored events with their evidence."""

from __future__ import annotations

import typer
from rich.table import Table

from ..store import EventFilter
from .common import MAX_ROWS, Actor, Code, Config, Country, DateFrom, DateTo, Db, build_settings, cell, open_store, out


def events(
    db: Db = None, actor: Actor = "", country: Country = "", code: Code = "", date_from: DateFrom = "",
    date_to: DateTo = "", limit: int = typer.Option(50, "--limit", min=0, max=MAX_ROWS, help="Rows to show (0: all)."),
    config: Config = None,
) -> None:
    """List stored event mentions, filtered by actor, country, code and date range."""
    settings = build_settings(config, store__db=db)
    where = EventFilter(actor=actor, country=country, code=code, date_from=date_from, date_to=date_to)
    with open_store(settings) as store:
        frame = store.mentions(where, limit=limit or None)
    table = Table(title=f"{len(frame)} event mention(s)")
    for column in ("date", "source", "code", "target", "plover", "place", "trigger", "rule"):
        table.add_column(column)
    for row in frame.itertuples():
        table.add_row(cell(row.date_value), cell(row.source_code), cell(row.code), cell(row.target_code),
                      cell(row.plover), cell(row.place_name), cell(row.trigger_text), cell(row.rule_id))
    out.print(table)
