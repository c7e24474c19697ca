"""`newsevents export` and `newsevents delete`."""

from __future__ import annotations

from pathlib import Path

import typer

from ..export.names import EXPORT_FORMATS, TABLE_FORMATS
from .common import (Actor, Code, Config, Country, DateFrom, DateTo, Db, build_settings, check_output, err,
                     open_store, safe, target_name)


def export(
    fmt: str = typer.Option(..., "--format", help=f"One of: {', '.join(EXPORT_FORMATS)}."),
    out_file: Path = typer.Option(..., "--out", help="File to write ('-' for standard output)."),
    db: Db = None, actor: Actor = "", country: Country = "", code: Code = "", date_from: DateFrom = "",
    date_to: DateTo = "",
    actor_roots: bool = typer.Option(False, "--actor-roots", help="petrarch: add PETRARCH-2's optional "
                                     "source_root and target_root fields (the actors' dictionary names)."),
    config: Config = None,
) -> None:
    """Write stored events in one of the field's formats (CAMEO formats hold dyadic events only)."""
    from ..export import WRITERS, atomic_path, export_frame, write_table
    from ..store import EventFilter

    if fmt not in EXPORT_FORMATS:
        raise typer.BadParameter(f"must be one of {', '.join(EXPORT_FORMATS)}", param_hint="--format")
    settings = build_settings(config, store__db=db)
    check_output(out_file, "--out", [settings.store.db])
    where = EventFilter(actor=actor, country=country, code=code, date_from=date_from, date_to=date_to)
    options = {"raw_cells": settings.export.raw_cells}
    if actor_roots and fmt == "petrarch":
        options["actor_roots"] = True
    # the rows are read first and the store closed, so that a long write does not hold the database
    with open_store(settings) as store:
        frame = store.mentions(where) if fmt in TABLE_FORMATS else export_frame(store, where,
                                                                                dyadic=WRITERS[fmt][1])
    with atomic_path(out_file) as temp:
        if fmt in TABLE_FORMATS:
            rows = write_table(frame.drop(columns=["dedup_group"], errors="ignore"), temp, fmt, **options)
        else:
            rows = WRITERS[fmt][0](frame, temp, **options)
    err.print(f"wrote {rows} {fmt} record(s) to {target_name(out_file)}")


def delete(
    article_id: str = typer.Argument(..., help="Id of the article to remove."),
    db: Db = None, config: Config = None,
) -> None:
    """Remove an article and every sentence and event mention coded from it."""
    settings = build_settings(config, store__db=db)
    if not Path(settings.store.db).is_file():
        err.print(f"error: no database {safe(settings.store.db)}")
        raise typer.Exit(1)
    with open_store(settings, read_only=False) as store:
        if not store.delete(article_id):
            err.print(f"error: no article {safe(article_id)!r} in {safe(settings.store.db)}")
            raise typer.Exit(1)
        total = store.event_count()
    err.print(f"deleted {safe(article_id)}; {total} deduplicated event(s) remain")
