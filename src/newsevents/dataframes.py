"""The Python API in one call: text, files or a database in, a pandas DataFrame of events out.

>>> import newsevents
>>> events = newsevents.code_text("Kenya's president met Ugandan officials in Kampala on Monday.",
...                               date="2023-05-10")                          # doctest: +SKIP
>>> events[["source_code", "code", "target_code", "event_date", "place_name"]]  # doctest: +SKIP

Every function returns the columns of the store's ``mentions`` table (one row per event mention,
evidence included), with codes as text. The coding pipeline is loaded once per process for each
distinct set of coding settings and reused by later calls. Settings are given as keyword
arguments named ``section__name``, as in ``code_text(text, coder__min_confidence=0.5)`` (the
``NEWSEVENTS_CODER_MIN_CONFIDENCE`` variable and ``[coder] min_confidence`` in TOML).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable

if TYPE_CHECKING:
    import pandas as pd

    from .config import Settings
    from .pipeline import Pipeline

log = logging.getLogger(__name__)

# Numeric and date columns of the mention table, restored when events are read back from CSV.
NUMERIC_COLUMNS = ("quad_class", "goldstein", "trigger_start", "trigger_end", "confidence", "geonameid",
                   "latitude", "longitude")
DATE_COLUMNS = ("event_date", "story_date")


def code_text(text: str, date: str | dt.date | None = None, *, article_id: str = "text", title: str = "",
              source: str = "", url: str = "", **settings: Any) -> pd.DataFrame:
    """Code one text as an article published on ``date`` (ISO text or a date); its event mentions."""
    from .ingest import content_hash, parse_date
    from .records import Article

    article = Article(article_id=article_id, text=text, date=parse_date(date), title=title, source=source,
                      url=url, content_hash=content_hash(text))
    return _code([article], None, _settings(settings))


def code_files(paths: str | Path | Iterable[str | Path], db: str | Path | None = None,
               date: str | dt.date | None = None, **settings: Any) -> pd.DataFrame:
    """Code files or directories (text, JSON Lines, CSV, HTML) as ``newsevents code`` does; stored
    in ``db`` when given (kept across calls, deduplicated), else in memory. Malformed records are
    logged as warnings and skipped. Returns the event mentions of the articles read."""
    from .ingest import parse_date, read_inputs
    from .records import Article

    items = [paths] if isinstance(paths, (str, Path)) else list(paths)
    articles = []
    for item in read_inputs([str(p) for p in items], parse_date(date)):
        if isinstance(item, Article):
            articles.append(item)
        else:
            log.warning("%s", item.message)
    return _code(articles, db, _settings(settings))


def read_events(source: str | Path, *, actor: str = "", country: str = "", code: str = "", date_from: str = "",
                date_to: str = "", plover: str = "", limit: int | None = None) -> pd.DataFrame:
    """Event mentions from a database, or from a file that ``export`` or ``code --out`` wrote
    (``.csv``, ``.jsonl``, ``.parquet``), filtered like ``newsevents events``. Codes stay text:
    ``"051"`` is not the number 51."""
    from .store import EventFilter, Store

    where = EventFilter(actor=actor, country=country, code=code, date_from=date_from, date_to=date_to,
                        plover=plover)
    path = Path(source)
    if path.suffix.lower() in {".csv", ".jsonl", ".parquet"}:
        return _filter_frame(_read_file(path), where, limit)
    with Store(path, read_only=True) as store:
        return store.mentions(where, limit=limit)


def dyad(db: str | Path, a: str, b: str, freq: str = "month", date_from: str = "", date_to: str = "") -> pd.DataFrame:
    """How A and B treat each other per period, both directions (see ``newsevents dyad``)."""
    from .analysis import dyads
    from .store import Store

    with Store(db, read_only=True) as store:
        return dyads.dyad(store, a, b, freq=freq, date_from=date_from, date_to=date_to)


# -- internals -------------------------------------------------------------------------------

def _settings(overrides: dict[str, Any]) -> Settings:
    from .config import load_settings

    return load_settings(overrides={key.replace("__", "."): value for key, value in overrides.items()})


def _code(articles: list, db: str | Path | None, settings: Settings) -> pd.DataFrame:
    from .store import Store

    pipeline = shared_pipeline(settings)
    with Store(str(db) if db is not None else ":memory:") as store:
        for coded in pipeline.run(articles):
            store.save(coded)
        store.rebuild_events(settings.dedup)
        ids = [a.article_id for a in articles]
        return store.query("SELECT * FROM mentions WHERE list_contains(?, article_id) "
                           "ORDER BY article_id, sentence_id, trigger_start", [ids])


def shared_pipeline(settings: Settings) -> Pipeline:
    """The process's pipeline for these coding settings, loaded on first use. Where the events
    are stored and how they are deduplicated do not change the coder, so they share one."""
    from .config import DedupSettings, StoreSettings

    return _load_pipeline(replace(settings, store=StoreSettings(), dedup=DedupSettings()))


@lru_cache(maxsize=4)  # each pipeline holds spaCy and the dictionaries: a few hundred MB
def _load_pipeline(settings: Settings) -> Pipeline:
    from .pipeline import Pipeline

    return Pipeline.from_settings(settings)


def _read_file(path: Path) -> pd.DataFrame:
    import pandas as pd

    suffix = path.suffix.lower()
    if suffix == ".parquet":
        return pd.read_parquet(path)
    if suffix == ".jsonl":
        frame = pd.read_json(path, lines=True, dtype=False, convert_dates=False, keep_default_dates=False)
        if "evidence" in frame:  # stored as JSON text, as in the database
            frame["evidence"] = frame.evidence.map(lambda v: None if v is None else json.dumps(v, ensure_ascii=False))
    else:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""])
    for name in NUMERIC_COLUMNS:
        if name in frame:
            frame[name] = pd.to_numeric(frame[name])
    for name in DATE_COLUMNS:
        if name in frame:
            frame[name] = pd.to_datetime(frame[name])
    return frame


def _filter_frame(frame: pd.DataFrame, where: Any, limit: int | None) -> pd.DataFrame:
    """The store's filters, run by DuckDB over the frame, so files and databases filter alike."""
    import duckdb

    clause, params = where.where()
    tail = f" LIMIT {int(limit)}" if limit else ""
    with duckdb.connect() as conn:
        conn.register("mentions", frame)
        return conn.execute(f"SELECT * FROM mentions WHERE {clause}{tail}", params).df()
