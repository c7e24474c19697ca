"""`newsevents dyad`, `stats`, `network` and `actors top`."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import pandas as pd
import typer
from rich.table import Table

from ..analysis import dyads
from ..export import atomic_path, neutralise_frame
from .common import MAX_ROWS, Config, DateFrom, DateTo, Db, build_settings, cell, check_output, open_store, out, safe

PLOT_SUFFIXES = (".png", ".svg", ".pdf", ".jpg", ".jpeg")


def frame_table(frame: pd.DataFrame, title: str) -> Table:
    table = Table(title=title)
    for column in frame.columns:
        table.add_column(str(column))
    for row in frame.itertuples(index=False):
        table.add_row(*(cell(v.strftime("%Y-%m-%d") if hasattr(v, "strftime") else v) for v in row))
    return table


def dyad(
    a: str = typer.Argument(..., help="First actor code prefix, e.g. USA or USAGOV."),
    b: str = typer.Argument(..., help="Second actor code prefix."),
    freq: str = typer.Option("month", "--freq", help="Period: day, week, month or year."),
    date_from: DateFrom = "",
    date_to: DateTo = "",
    csv: Optional[Path] = typer.Option(None, "--csv", help="Write the table as CSV."),
    plot: Optional[Path] = typer.Option(None, "--plot", help="Write a chart (PNG)."),
    db: Db = None,
    config: Config = None,
) -> None:
    """How A and B treat each other over time, in both directions."""
    if freq not in dyads.FREQUENCIES:
        raise typer.BadParameter(f"must be one of {', '.join(dyads.FREQUENCIES)}", param_hint="--freq")
    if plot and plot.suffix.lower() not in PLOT_SUFFIXES:
        raise typer.BadParameter(f"{plot}: a chart file ends in {', '.join(PLOT_SUFFIXES)}", param_hint="--plot")
    settings = build_settings(config, store__db=db)
    check_output(csv, "--csv", [settings.store.db])
    check_output(plot, "--plot", [settings.store.db])
    with open_store(settings) as store:
        table = dyads.dyad(store, a, b, freq=freq, date_from=date_from, date_to=date_to)
    out.print(frame_table(table, f"{a.upper()} <-> {b.upper()} by {freq}"))
    if csv:
        with atomic_path(csv) as temp:
            (table if settings.export.raw_cells else neutralise_frame(table)).to_csv(temp, index=False)
        out.print(f"wrote {safe(csv)}")
    if plot:
        with atomic_path(plot) as temp:
            dyads.plot_dyad(table, a, b, temp, freq=freq)
        out.print(f"wrote {safe(plot)}")


def stats(
    db: Db = None,
    config: Config = None,
) -> None:
    """Event counts by CAMEO root, quad class, source country and month."""
    settings = build_settings(config, store__db=db)
    with open_store(settings) as store:
        for name, frame in dyads.stats(store).items():
            out.print(frame_table(frame, f"events by {name}"))


def network(
    out_file: Path = typer.Option(..., "--out", help="Output file: .graphml, or .json for node-link JSON."),
    db: Db = None,
    config: Config = None,
) -> None:
    """The actor network, edges weighted by events and Goldstein sum."""
    settings = build_settings(config, store__db=db)
    check_output(out_file, "--out", [settings.store.db])
    with open_store(settings) as store:
        graph = dyads.network(store)
    with atomic_path(out_file) as temp:
        dyads.write_network(graph, temp)
    out.print(f"wrote {graph.number_of_nodes()} actors and {graph.number_of_edges()} edges to {safe(out_file)}")


actors_app = typer.Typer(help="Actors: the most active ones, and the mentions the dictionaries do not know.",
                         no_args_is_help=True)


@actors_app.command("top")
def actors_top(
    limit: int = typer.Option(20, "--limit", min=1, max=MAX_ROWS, help="Rows to show."),
    db: Db = None,
    config: Config = None,
) -> None:
    """Actors ranked by number of events."""
    settings = build_settings(config, store__db=db)
    with open_store(settings) as store:
        out.print(frame_table(dyads.top_actors(store, limit), "top actors"))
