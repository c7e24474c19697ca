"""The actor dictionary as a prebuilt file in the cache directory, so that a process starts faster.

Reading and checking the dictionary's tables (6,700 entries under 10,500 names) takes 0.2-0.3 s,
a tenth of a one-sentence run; reading them back from this file takes under 0.1 s. The file is
named by a fingerprint of everything the dictionary is built from (the tables, the user's actor
files, the word lists and this code), so an edited table makes a new one. It is written with
``marshal``, which holds only plain values (strings, numbers, tuples, lists, dicts): reading it
back cannot run code, unlike a pickle. A file that is missing, stale, truncated or of another
shape is rebuilt from the tables, which stay the source; a directory that cannot be written
leaves the dictionary built in memory, as without a cache.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import marshal
import os
import sys
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Any, Iterable

from ..datafiles import package_data
from .kb import ActorKB, Agent, KBEntry, load_actor_kb

log = logging.getLogger(__name__)

# bump when the stored shape changes; the building code is in the fingerprint too
FORMAT_VERSION = 1
KEEP_FILES = 3
BUNDLED_TABLES = (("actors", "countries.tsv"), ("actors", "regions.tsv"), ("actors", "organizations.tsv"),
                  ("actors", "groups.tsv"), ("actors", "companies.tsv"), ("actors", "people.tsv"),
                  ("actors", "agents.tsv"), ("events", "word_lists.tsv"))
ENTRY_FIELDS = tuple(KBEntry.__dataclass_fields__)
DATE_FIELDS = ("start", "end")


def cached_actor_kb(extra_files: Iterable[str | Path], cache_dir: Path | None) -> ActorKB:
    """``load_actor_kb(extra_files)``, read from its prebuilt file in ``cache_dir`` when there is one."""
    extra = [Path(p) for p in extra_files]
    fingerprint = _fingerprint(extra)
    if cache_dir is None or fingerprint is None:  # a user's file that cannot be read: the loader says so
        return load_actor_kb(extra)
    path = Path(cache_dir) / f"actors-{fingerprint[:24]}.marshal"
    kb = _read(path, fingerprint)
    if kb is not None:
        return kb
    kb = load_actor_kb(extra)
    try:
        _write(kb, path, fingerprint)
    except (OSError, ValueError) as exc:
        log.debug("actor dictionary not cached in %s (%s)", cache_dir, exc)
    else:
        _prune(path)
    return kb


def _fingerprint(extra: list[Path]) -> str | None:
    digest = hashlib.sha256(f"{FORMAT_VERSION} {marshal.version} {sys.version_info[:2]}".encode())
    sources = [package_data(*name) for name in BUNDLED_TABLES]
    sources += [Path(__file__), Path(__file__).with_name("kb.py")]
    try:
        for source in [*sources, *extra]:
            digest.update(source.read_bytes())
            digest.update(b"\0")
    except OSError:
        return None
    return digest.hexdigest()


def _dump(kb: ActorKB) -> bytes:
    """Entries once each (a name and its aliases share one entry), the indexes by entry number."""
    numbers: dict[int, int] = {}
    rows: list[tuple[Any, ...]] = []

    def number(entry: KBEntry) -> int:
        if id(entry) not in numbers:
            numbers[id(entry)] = len(rows)
            rows.append(tuple(_plain(getattr(entry, name)) for name in ENTRY_FIELDS))
        return numbers[id(entry)]

    phrases = {key: [number(e) for e in entries] for key, entries in kb.phrases.items()}
    surnames = {key: [number(e) for e in entries] for key, entries in kb.surnames.items()}
    countries = {iso3: number(entry) for iso3, entry in kb.countries.items()}
    agents = {key: (agent.term, agent.role, agent.sector) for key, agent in kb.agents.items()}
    return marshal.dumps((ENTRY_FIELDS, rows, phrases, surnames, countries, agents))


def _plain(value: Any) -> Any:
    return value.toordinal() if isinstance(value, dt.date) else value


def _load(blob: bytes) -> ActorKB:
    fields, rows, phrases, surnames, countries, agents = marshal.loads(blob)
    if tuple(fields) != ENTRY_FIELDS:
        raise ValueError("the entries' fields have changed")
    entries = [_entry(row) for row in rows]
    kb = ActorKB()
    kb.phrases = defaultdict(list, {key: [entries[i] for i in found] for key, found in phrases.items()})
    kb.surnames = defaultdict(list, {key: [entries[i] for i in found] for key, found in surnames.items()})
    kb.countries = {iso3: entries[i] for iso3, i in countries.items()}
    kb.agents = {key: Agent(term=term, role=role, sector=sector) for key, (term, role, sector) in agents.items()}
    return kb


def _entry(row: tuple[Any, ...]) -> KBEntry:
    values = dict(zip(ENTRY_FIELDS, row))
    for name in DATE_FIELDS:
        if values[name] is not None:
            values[name] = dt.date.fromordinal(values[name])
    return KBEntry(**values)


def _read(path: Path, fingerprint: str) -> ActorKB | None:
    try:
        stored, blob = marshal.loads(path.read_bytes())
        return _load(blob) if stored == fingerprint else None
    except FileNotFoundError:
        return None
    except (OSError, EOFError, ValueError, TypeError, KeyError, IndexError) as exc:  # damaged: rebuild it
        log.debug("actor dictionary cache %s unreadable (%s): rebuilt", path, exc)
        return None


def _write(kb: ActorKB, path: Path, fingerprint: str) -> None:
    """To a temporary file renamed into place: workers starting together never read half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".actors-", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(marshal.dumps((fingerprint, _dump(kb))))
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _prune(current: Path) -> None:
    """Remove all but the newest few files: each edit of a user's actor file would leave another."""
    try:
        others = [(p.stat().st_mtime, p) for p in current.parent.glob("actors-*.marshal") if p != current]
        for _, old in sorted(others, reverse=True)[KEEP_FILES - 1:]:
            old.unlink(missing_ok=True)
    except OSError:
        pass
