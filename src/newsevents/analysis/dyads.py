"""Dyads, actor rankings, networks and statistics over the store, as pandas DataFrames.

``dyad(store, "USA", "AFG", freq="month")`` gives, for each direction and period, event counts
by quad class, the Goldstein sum and mean, and net cooperation (cooperative minus conflictual
events); the CLI prints it, writes it as CSV, or plots it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd

from ..store import EventFilter, Store

FREQUENCIES = {"day": "D", "week": "W-MON", "month": "MS", "year": "YS"}
QUAD_NAMES = {0: "neutral", 1: "verbal_coop", 2: "material_coop", 3: "verbal_conflict", 4: "material_conflict"}


def _events(store: Store, where: EventFilter | None = None) -> pd.DataFrame:
    clause, params = (where or EventFilter()).where()
    return store.query(f"SELECT * FROM events WHERE {clause}", params)


def _dyad_events(store: Store, a: str, b: str, date_from: str = "", date_to: str = "") -> pd.DataFrame:
    """The events from A to B and from B to A, with a ``direction`` column ("A->B")."""
    events = _events(store, EventFilter(date_from=date_from, date_to=date_to))
    frames = []
    for source, target in ((a.upper(), b.upper()), (b.upper(), a.upper())):
        part = events[events.source_code.fillna("").str.startswith(source)
                      & events.target_code.fillna("").str.startswith(target)].copy()
        part["direction"] = f"{source}->{target}"
        frames.append(part)
    return pd.concat(frames, ignore_index=True)


def dyad(store: Store, a: str, b: str, freq: str = "month", date_from: str = "", date_to: str = "") -> pd.DataFrame:
    """Per direction and period: counts by quad class, Goldstein sum/mean, net cooperation.

    ``a`` and ``b`` are actor code prefixes ("USA", "AFGGOV"): an event belongs to A->B when its
    source starts with A and its target with B. Only periods with events have rows; see
    :func:`complete_periods` for a series with the empty periods as zeros.
    """
    if freq not in FREQUENCIES:
        raise ValueError(f"freq must be one of {', '.join(FREQUENCIES)}")
    both = _dyad_events(store, a, b, date_from, date_to)
    if both.empty:
        return pd.DataFrame(columns=["direction", "period", *QUAD_NAMES.values(), "events", "goldstein_sum",
                                     "goldstein_mean", "net_cooperation"])
    both["period"] = pd.to_datetime(both.event_date).dt.to_period(FREQUENCIES[freq][0]).dt.start_time
    counts = pd.crosstab([both.direction, both.period], both.quad_class).rename(columns=QUAD_NAMES)
    for name in QUAD_NAMES.values():
        if name not in counts:
            counts[name] = 0
    counts = counts[list(QUAD_NAMES.values())]
    grouped = both.groupby(["direction", "period"]).goldstein
    table = counts.assign(events=counts.sum(axis=1), goldstein_sum=grouped.sum().round(2),
                          goldstein_mean=grouped.mean().round(2))
    coop = table.verbal_coop + table.material_coop
    conflict = table.verbal_conflict + table.material_conflict
    table["net_cooperation"] = coop - conflict
    return table.reset_index().sort_values(["period", "direction"]).reset_index(drop=True)


def dyad_members(store: Store, a: str, b: str, date_from: str = "", date_to: str = "") -> dict[str, tuple[str, ...]]:
    """The actor codes each prefix stands for in the dyad's events: ``{"AFG": ("AFGGOV", "AFGINS")}``
    says that the chart of USA and AFG adds up the Taliban as insurgents and as government."""
    both = _dyad_events(store, a, b, date_from, date_to)
    members: dict[str, tuple[str, ...]] = {}
    for prefix in (a.upper(), b.upper()):
        codes = set(both.source_code.dropna()) | set(both.target_code.dropna())
        members[prefix] = tuple(sorted(c for c in codes if c.startswith(prefix)))
    return members


def complete_periods(table: pd.DataFrame, freq: str = "month") -> pd.DataFrame:
    """Cooperation and conflict counts per direction for every period from the first to the last,
    empty periods included as zeros (a time series, not only the periods with events)."""
    empty = pd.DataFrame(columns=["period", "direction", "cooperation", "conflict"])
    if table.empty:
        return empty
    start, end = pd.Timestamp(table.period.min()), pd.Timestamp(table.period.max())
    periods = pd.date_range(start, end, freq=FREQUENCIES[freq])
    rows = []
    for direction in sorted(table.direction.unique()):
        counts = table.loc[table.direction == direction, ["period", *QUAD_NAMES.values()]]
        part = counts.set_index("period").reindex(periods, fill_value=0)
        rows.append(pd.DataFrame({
            "period": periods, "direction": direction,
            "cooperation": (part.verbal_coop + part.material_coop).astype(int).to_numpy(),
            "conflict": (part.verbal_conflict + part.material_conflict).astype(int).to_numpy()}))
    return pd.concat(rows, ignore_index=True)


PERIOD_DAYS = {"day": 1, "week": 7, "month": 30.4, "year": 365.25}


def chart_title(a: str, b: str, freq: str, members: dict[str, tuple[str, ...]] | None = None) -> str:
    """The chart's title; it says which codes a country prefix merges ("AFG = AFGGOV + AFGINS")."""
    title = f"{a.upper()} and {b.upper()}: events per {freq}, both directions"
    merged = [f"{prefix} = {' + '.join(codes)}" for prefix, codes in (members or {}).items()
              if len(codes) > 1 or (codes and codes[0] != prefix)]
    return title + (f"\n(merged: {'; '.join(merged)})" if merged else "")


def plot_dyad(table: pd.DataFrame, a: str, b: str, path: str | Path, freq: str = "month",
              members: dict[str, tuple[str, ...]] | None = None) -> Path:
    """Both directions side by side on a real time axis (empty periods stay visible as gaps);
    cooperation above the axis, conflict below; the legend under the plot, clear of the bars."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt
    from matplotlib.ticker import MaxNLocator

    series = complete_periods(table, freq)
    width = PERIOD_DAYS[freq] * 0.38
    colors = {f"{a.upper()}->{b.upper()}": ("#2b8cbe", "#e34a33"), f"{b.upper()}->{a.upper()}": ("#7bccc4", "#fdbb84")}
    fig, ax = plt.subplots(figsize=(10, 5.5), dpi=120)
    for offset, (direction, (coop_color, conflict_color)) in zip((-width / 2, width / 2), colors.items()):
        rows = series[series.direction == direction]
        x = [mdates.date2num(p) + PERIOD_DAYS[freq] / 2 + offset for p in rows.period]
        ax.bar(x, rows.cooperation, width, color=coop_color, label=f"{direction} cooperation")
        ax.bar(x, -rows.conflict, width, color=conflict_color, label=f"{direction} conflict")
    ax.axhline(0, color="black", linewidth=0.8)
    ax.xaxis_date()
    locator = mdates.AutoDateLocator()
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.yaxis.set_major_formatter(lambda value, _: f"{abs(int(value))}")
    ax.set_ylabel("events (cooperation up, conflict down)")
    ax.set_title(chart_title(a, b, freq, members))
    ax.legend(fontsize=8, loc="upper center", bbox_to_anchor=(0.5, -0.1), ncol=4, frameon=False)
    fig.tight_layout()
    path = Path(path)
    fig.savefig(path)
    plt.close(fig)
    return path


def top_actors(store: Store, limit: int = 20) -> pd.DataFrame:
    """Actors by number of events as source or target, with their Goldstein mean."""
    return store.query("""
        SELECT actor, count(*) AS events, count(*) FILTER (WHERE role = 'source') AS as_source,
               count(*) FILTER (WHERE role = 'target') AS as_target, round(avg(goldstein), 2) AS goldstein_mean
        FROM (SELECT source_code AS actor, 'source' AS role, goldstein FROM events WHERE source_code IS NOT NULL
              UNION ALL
              SELECT target_code, 'target', goldstein FROM events WHERE target_code IS NOT NULL)
        GROUP BY actor ORDER BY events DESC, actor LIMIT ?""", [limit])


def network(store: Store) -> Any:
    """A directed actor graph (networkx), edges weighted by event count and Goldstein sum."""
    import networkx as nx

    edges = store.query("""
        SELECT source_code, target_code, count(*) AS events, round(sum(goldstein), 2) AS goldstein
        FROM events WHERE source_code IS NOT NULL AND target_code IS NOT NULL GROUP BY 1, 2""")
    graph = nx.DiGraph()
    for row in edges.itertuples():
        graph.add_edge(row.source_code, row.target_code, events=int(row.events), goldstein=float(row.goldstein))
    for node in graph.nodes:
        graph.nodes[node]["country"] = node[:3]
    return graph


NETWORK_SUFFIXES = (".graphml", ".json")


def network_format(path: str | Path) -> str:
    """"graphml" or "json" by the file's suffix ('-', standard output, is JSON); ValueError for any
    other suffix, so that ``net.png`` is refused rather than filled with JSON."""
    if str(path) == "-":
        return "json"
    suffix = Path(path).suffix.lower()
    if suffix not in NETWORK_SUFFIXES:
        raise ValueError(f"{path}: the network is written as .graphml or .json (node-link), not {suffix or 'a file without suffix'}")
    return suffix[1:]


def write_network(graph: Any, path: str | Path) -> Path:
    """GraphML for ``.graphml`` files, node-link JSON for ``.json`` files and ``-``."""
    import networkx as nx

    from ..export.jsonl import dumps
    from ..export.tables import open_text

    if network_format(path) == "graphml":
        nx.write_graphml(graph, Path(path))
    else:
        with open_text(path) as handle:
            handle.write(dumps(nx.node_link_data(graph, edges="links")) + "\n")
    return Path(path)


def stats(store: Store) -> dict[str, pd.DataFrame]:
    """Counts by CAMEO root, quad class, source country and month."""
    return {
        "root": store.query("SELECT root, count(*) AS events FROM events GROUP BY 1 ORDER BY 1"),
        "quad_class": store.query("SELECT quad_class, count(*) AS events FROM events GROUP BY 1 ORDER BY 1"),
        "country": store.query("SELECT source_country AS country, count(*) AS events FROM events "
                               "GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 25"),
        "month": store.query("SELECT strftime(event_date, '%Y-%m') AS month, count(*) AS events FROM events "
                             "GROUP BY 1 ORDER BY 1"),
    }
