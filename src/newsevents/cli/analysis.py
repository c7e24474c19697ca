"""`newsevents dyad`, `stats`, `network` and `actors top`."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from .common import (EXIT_ERROR, MAX_ROWS, Config, DateFrom, DateTo, Db, build_settings, check_output, open_store,
                     target_name)
from .output import FormatOption, Listing, OutputFormat, emit, note, print_tables, resolve

FREQUENCIES = ("day", "week", "month", "year")
PLOT_SUFFIXES = (".png", ".svg", ".pdf", ".jpg", ".jpeg")


def dyad(
    a: str = typer.Argument(..., help="First actor code prefix, e.g. USA or USAGOV."),
    b: str = typer.Argument(..., help="Second actor code prefix."),
    freq: str = typer.Option("month", "--freq", help="Period: day, week, month or year."),
    date_from: DateFrom = "",
    date_to: DateTo = "",
    csv: Optional[Path] = typer.Option(None, "--csv", help="Also write the table as CSV to this file."),
    plot: Optional[Path] = typer.Option(None, "--plot", help="Write a chart (PNG)."),
    fmt: FormatOption = None,
    db: Db = None,
    config: Config = None,
) -> None:
    """How A and B treat each other over time, in both directions."""
    from ..analysis import dyads
    from ..export.files import atomic_path, neutralise_frame

    if freq not in FREQUENCIES:
        raise typer.BadParameter(f"must be one of {', '.join(FREQUENCIES)}", param_hint="--freq")
    if plot and plot.suffix.lower() not in PLOT_SUFFIXES:
        raise typer.BadParameter(f"{plot}: a chart file ends in {', '.join(PLOT_SUFFIXES)}", param_hint="--plot")
    settings = build_settings(config, store__db=db)
    check_output(csv, "--csv", [settings.store.db])
    check_output(plot, "--plot", [settings.store.db])
    with open_store(settings) as store:
        table = dyads.dyad(store, a, b, freq=freq, date_from=date_from, date_to=date_to)
        members = dyads.dyad_members(store, a, b, date_from=date_from, date_to=date_to)
    if table.empty:  # an empty chart would read as "no relations", not "no such actors"
        note(f"no events between {a.upper()} and {b.upper()} in {settings.store.db}")
        raise typer.Exit(EXIT_ERROR)
    emit(Listing.from_frame(table, title=dyads.chart_title(a, b, freq, members).replace("\n", " ")), fmt)
    if csv:
        with atomic_path(csv) as temp:
            (table if settings.export.raw_cells else neutralise_frame(table)).to_csv(temp, index=False)
        note(f"wrote {target_name(csv)}")
    if plot:
        with atomic_path(plot) as temp:
            dyads.plot_dyad(table, a, b, temp, freq=freq, members=members)
        note(f"wrote {target_name(plot)}")


def stats(db: Db = None, fmt: FormatOption = None, config: Config = None) -> None:
    """Event counts by CAMEO root, quad class, source country and month."""
    import pandas as pd

    from ..analysis import dyads

    settings = build_settings(config, store__db=db)
    with open_store(settings) as store:
        tables = dyads.stats(store)
    if resolve(fmt) is OutputFormat.TABLE:
        print_tables(Listing.from_frame(frame, title=f"events by {name}") for name, frame in tables.items())
        return
    # one long table in the machine formats: which count (by), of what (value), how many (events)
    long = pd.concat([pd.DataFrame({"by": name, "value": frame.iloc[:, 0].astype("string"),
                                    "events": frame.events}) for name, frame in tables.items()], ignore_index=True)
    emit(Listing.from_frame(long), fmt)


def network(
    out_file: Path = typer.Option(..., "--out", help="Output file: .graphml, or .json for node-link JSON "
                                  "('-': JSON on standard output)."),
    db: Db = None,
    config: Config = None,
) -> None:
    """The actor network, edges weighted by events and Goldstein sum."""
    from ..analysis import dyads
    from ..export.files import atomic_path

    try:
        dyads.network_format(out_file)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--out") from None
    settings = build_settings(config, store__db=db)
    check_output(out_file, "--out", [settings.store.db])
    with open_store(settings) as store:
        graph = dyads.network(store)
    with atomic_path(out_file) as temp:
        dyads.write_network(graph, temp)
    note(f"wrote {graph.number_of_nodes()} actors and {graph.number_of_edges()} edges to {target_name(out_file)}")


actors_app = typer.Typer(help="Actors: the most active ones, and the mentions the dictionaries do not know.",
                         no_args_is_help=True)


@actors_app.command("top")
def actors_top(
    limit: int = typer.Option(20, "--limit", min=1, max=MAX_ROWS, help="Rows to show."),
    fmt: FormatOption = None,
    db: Db = None,
    config: Config = None,
) -> None:
    """Actors ranked by number of events."""
    from ..analysis import dyads
    settings = build_settings(config, store__db=db)
    with open_store(settings) as store:
        emit(Listing.from_frame(dyads.top_actors(store, limit), title="top actors"), fmt)
