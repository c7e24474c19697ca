"""`newsevents events`: list stored events with their evidence."""

from __future__ import annotations

from typing import Optional

import typer
from rich.table import Table

from ..store import EventFilter, Store
from .common import build_settings, cell, out


def filters(actor: str, country: str, code: str, date_from: str, date_to: str) -> EventFilter:
    return EventFilter(actor=actor, country=country, code=code, date_from=date_from, date_to=date_to)


def events(
    db: Optional[str] = typer.Option(None, "--db", help="DuckDB database file."),
    actor: str = typer.Option("", "--actor", help="Actor code prefix (source or target), e.g. USAGOV."),
    country: str = typer.Option("", "--country", help="ISO3 country of source or target."),
    code: str = typer.Option("", "--code", help="CAMEO code prefix, e.g. 04 or 163."),
    date_from: str = typer.Option("", "--from", help="Earliest event date (YYYY-MM-DD)."),
    date_to: str = typer.Option("", "--to", help="Latest event date (YYYY-MM-DD)."),
    limit: int = typer.Option(50, "--limit", help="Rows to show (0: all)."),
    config: Optional[str] = typer.Option(None, "--config", help="TOML settings file."),
) -> None:
    """List stored event mentions, filtered by actor, country, code and date range."""
    settings = build_settings(config, store__db=db)
    with Store(settings.store.db, read_only=True) as store:
        frame = store.mentions(filters(actor, country, code, date_from, date_to), limit=limit or None)
    table = Table(title=f"{len(frame)} event mention(s)")
    for column in ("date", "source", "code", "target", "plover", "place", "trigger", "rule"):
        table.add_column(column)
    for row in frame.itertuples():
        table.add_row(cell(row.date_value), cell(row.source_code), cell(row.code), cell(row.target_code),
                      cell(row.plover), cell(row.place_name), cell(row.trigger_text), cell(row.rule_id))
    out.print(table)
