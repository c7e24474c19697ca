"""`newsevents dyad`, `stats`, `network` and `actors top`."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from .common import EXIT_ERROR, Config, DateFrom, DateTo, Db, build_settings, target_name
from .output import FormatOption, Listing, OutputFormat, emit, note, print_tables, resolve

FREQUENCIES = ("day", "week", "month", "year")


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
    from ..store import Store

    if freq not in FREQUENCIES:
        raise typer.BadParameter(f"must be one of {', '.join(FREQUENCIES)}", param_hint="--freq")
    settings = build_settings(config, store__db=db)
    with Store(settings.store.db, read_only=True) as store:
        table = dyads.dyad(store, a, b, freq=freq, date_from=date_from, date_to=date_to)
        members = dyads.dyad_members(store, a, b, date_from=date_from, date_to=date_to)
    if table.empty:  # an empty chart would read as "no relations", not "no such actors"
        note(f"no events between {a.upper()} and {b.upper()} in {settings.store.db}")
        raise typer.Exit(EXIT_ERROR)
    emit(Listing.from_frame(table, title=dyads.chart_title(a, b, freq, members).replace("\n", " ")), fmt)
    if csv:
        table.to_csv(csv, index=False)
        note(f"wrote {target_name(csv)}")
    if plot:
        dyads.plot_dyad(table, a, b, plot, freq=freq, members=members)
        note(f"wrote {target_name(plot)}")


def stats(db: Db = None, fmt: FormatOption = None, config: Config = None) -> None:
    """Event counts by CAMEO root, quad class, source country and month."""
    import pandas as pd

    from ..analysis import dyads
    from ..store import Store

    settings = build_settings(config, store__db=db)
    with Store(settings.store.db, read_only=True) as store:
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
    from ..store import Store

    try:
        dyads.network_format(out_file)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--out") from None
    settings = build_settings(config, store__db=db)
    with Store(settings.store.db, read_only=True) as store:
        graph = dyads.network(store)
    dyads.write_network(graph, out_file)
    note(f"wrote {graph.number_of_nodes()} actors and {graph.number_of_edges()} edges to {target_name(out_file)}")


actors_app = typer.Typer(help="Actors: the most active ones, and the mentions the dictionaries do not know.",
                         no_args_is_help=True)


@actors_app.command("top")
def actors_top(
    limit: int = typer.Option(20, "--limit", help="Rows to show."),
    fmt: FormatOption = None,
    db: Db = None,
    config: Config = None,
) -> None:
    """Actors ranked by number of events."""
    from ..analysis import dyads
    from ..store import Store

    settings = build_settings(config, store__db=db)
    with Store(settings.store.db, read_only=True) as store:
        emit(Listing.from_frame(dyads.top_actors(store, limit), title="top actors"), fmt)
