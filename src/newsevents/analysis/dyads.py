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


def dyad(store: Store, a: str, b: str, freq: str = "month", date_from: str = "", date_to: str = "") -> pd.DataFrame:
    """Per direction and period: counts by quad class, Goldstein sum/mean, net cooperation.

    ``a`` and ``b`` are actor code prefixes ("USA", "AFGGOV"): an event belongs to A->B when its
    source starts with A and its target with B.
    """
    if freq not in FREQUENCIES:
        raise ValueError(f"freq must be one of {', '.join(FREQUENCIES)}")
    events = _events(store, EventFilter(date_from=date_from, date_to=date_to))
    frames = []
    for source, target in ((a, b), (b, a)):
        part = events[events.source_code.fillna("").str.startswith(source.upper())
                      & events.target_code.fillna("").str.startswith(target.upper())].copy()
        part["direction"] = f"{source.upper()}->{target.upper()}"
        frames.append(part)
    both = pd.concat(frames, ignore_index=True)
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


LABEL_FORMATS = {"day": "%Y-%m-%d", "week": "week of %Y-%m-%d", "month": "%b %Y", "year": "%Y"}


def plot_dyad(table: pd.DataFrame, a: str, b: str, path: str | Path, freq: str = "month") -> Path:
    """Both directions side by side; cooperation above the axis, conflict below; labelled periods."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.ticker import MaxNLocator

    periods = sorted(table.period.unique())
    labels = [pd.Timestamp(p).strftime(LABEL_FORMATS.get(freq, "%Y-%m-%d")) for p in periods]
    fig, ax = plt.subplots(figsize=(10, 5.5), dpi=120)
    width = 0.38
    colors = {f"{a.upper()}->{b.upper()}": ("#2b8cbe", "#e34a33"), f"{b.upper()}->{a.upper()}": ("#7bccc4", "#fdbb84")}
    for offset, (direction, (coop_color, conflict_color)) in zip((-width / 2, width / 2), colors.items()):
        rows = table[table.direction == direction].set_index("period").reindex(periods).fillna(0)
        x = [i + offset for i in range(len(periods))]
        coop = rows.verbal_coop + rows.material_coop
        conflict = rows.verbal_conflict + rows.material_conflict
        ax.bar(x, coop, width, color=coop_color, label=f"{direction} cooperation")
        ax.bar(x, -conflict, width, color=conflict_color, label=f"{direction} conflict")
    ax.axhline(0, color="black", linewidth=0.8)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.yaxis.set_major_formatter(lambda value, _: f"{abs(int(value))}")
    ax.set_xticks(range(len(periods)), labels, rotation=45, ha="right")
    ax.set_ylabel("events (cooperation up, conflict down)")
    ax.set_title(f"{a.upper()} and {b.upper()}: events per {freq}, both directions")
    ax.legend(fontsize=8, loc="upper left")
    fig.tight_layout()
    path = Path(path)
    fig.savefig(path)
    plt.close(fig)
    return path


def top_actors(store: Store, limit: int = 20) -> pd.DataFrame:
    """Actors by number of events as source or target, with their Goldstein mean."""
    return store.query("""
        SELECT actor, count(*) AS events, sum(CASE WHEN role = 'source' THEN 1 ELSE 0 END) AS as_source,
               sum(CASE WHEN role = 'target' THEN 1 ELSE 0 END) AS as_target, round(avg(goldstein), 2) AS goldstein_mean
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


def write_network(graph: Any, path: str | Path) -> Path:
    """GraphML for ``.graphml`` files, node-link JSON otherwise."""
    import json

    import networkx as nx

    path = Path(path)
    if path.suffix.lower() == ".graphml":
        nx.write_graphml(graph, path)
    else:
        path.write_text(json.dumps(nx.node_link_data(graph, edges="links"), indent=1))
    return path


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
