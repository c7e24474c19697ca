"""Issue 13: the gazetteer read from its prebuilt index file answers exactly as the one built in memory;
a corrupt, truncated or stale file is rebuilt, and an unwritable cache directory falls back to memory."""

from __future__ import annotations

import os
import re
import threading
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, strategies as st

from newsevents.actors import load_actor_kb
from newsevents.datafiles import package_data, read_rows, split_list
from newsevents.pipeline import country_names
from newsevents.places import load_gazetteer
from newsevents.places.gazetteer import GazetteerBuild, build_gazetteer, name_key
from newsevents.places.index import KEEP_FILES, index_fingerprint, indexed_gazetteer, user_cache_dir, write_index

pytestmark = pytest.mark.issue(13)

WRITTEN_NAMES = [
    # accented, and written with and without their accents
    "Herāt", "Herat", "Zürich", "Zurich", "São Paulo", "Sao Paulo", "Ciudad Juárez", "Bogotá", "Kraków",
    "Malmö", "Île-de-France", "Nuuk", "Reykjavík", "Córdoba", "Düsseldorf", "Tiranë", "Aşgabat",
    # "the ..." names, curly apostrophes, odd spacing and case
    "The Hague", "the Hague", "Hague", "The Gambia", "the Bahamas", "The Netherlands", "Cote d\u2019Ivoire",
    "Côte d'Ivoire", "  New   York  ", "NEW DELHI", "los angeles",
    # alternate names, US states, countries
    "Bombay", "Peking", "Saigon", "Leningrad", "Constantinople", "Kiev", "Kyiv", "Rangoon", "Calcutta",
    "California", "Texas", "New York", "Georgia", "Washington", "Springfield", "Paris", "London",
    "Brussels", "Tripoli", "Lebanon", "United States", "Congo",
    # no such place
    "", " ", "Nowhere Land", "Monday", "the",
]


@pytest.fixture(scope="module")
def kb_names() -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    return country_names(load_actor_kb())


@pytest.fixture(scope="module")
def built(kb_names) -> GazetteerBuild:
    return build_gazetteer(*kb_names)


@pytest.fixture
def builds(built):
    """``build`` for indexed_gazetteer, counting its calls in ``build.calls``."""

    def build() -> GazetteerBuild:
        build.calls += 1
        return built

    build.calls = 0
    return build


@pytest.fixture
def index_path(tmp_path, kb_names) -> Path:
    return tmp_path / f"places-{index_fingerprint(*kb_names)[:24]}.sqlite"


def sample_names(built: GazetteerBuild, kb_names) -> list[str]:
    aliases, adjectives = kb_names
    regions = [name for _, row in read_rows(package_data("places", "regions.tsv"), ("name", "aliases", "country"))
               for name in (row["name"], *split_list(row["aliases"]))]
    keys = sorted(built.by_name)
    return [*WRITTEN_NAMES, *regions, *(n for names in aliases.values() for n in names),
            *(w for words in adjectives.values() for w in words), *keys[::400],
            *(key.title() for key in keys[7::900])]


def test_indexed_lookups_equal_the_in_memory_ones(built, builds, kb_names, tmp_path):
    memory = built.in_memory()
    indexed = indexed_gazetteer(tmp_path, *kb_names, builds)
    names = sample_names(built, kb_names)
    assert len(names) > 500
    assert sum(bool(memory.lookup(name)) for name in names) > 400
    for name in names:
        assert indexed.lookup(name) == memory.lookup(name), name
        assert indexed.country_of(name) == memory.country_of(name), name
    assert list(indexed.countries.items()) == list(memory.countries.items())
    assert indexed.country_words == memory.country_words
    assert builds.calls == 1 and len(list(tmp_path.glob("places-*.sqlite"))) == 1


def test_the_index_is_built_once_and_then_read(builds, kb_names, tmp_path):
    first = indexed_gazetteer(tmp_path, *kb_names, builds)
    second = indexed_gazetteer(tmp_path, *kb_names, builds)
    assert builds.calls == 1
    assert second.lookup("Brussels") == first.lookup("Brussels") != []
    assert not list(tmp_path.glob(".places-*")), "no temporary file is left behind"


def test_load_gazetteer_uses_the_cache_dir(kb_names, tmp_path):
    gazetteer = load_gazetteer(*kb_names, cache_dir=tmp_path / "made" / "here")
    assert gazetteer.lookup("Brussels")[0].country == "BEL"
    assert len(list((tmp_path / "made" / "here").glob("places-*.sqlite"))) == 1


@pytest.mark.parametrize("damage", ["garbage", "truncated", "empty", "stale"])
def test_a_damaged_or_stale_index_is_rebuilt(damage, built, builds, kb_names, index_path):
    fingerprint = index_fingerprint(*kb_names)
    write_index(built, index_path, "another fingerprint" if damage == "stale" else fingerprint)
    if damage == "garbage":
        index_path.write_bytes(b"not a database at all " * 1000)
    elif damage == "truncated":
        with index_path.open("r+b") as handle:
            handle.truncate(index_path.stat().st_size // 2)
    elif damage == "empty":
        index_path.write_bytes(b"")
    gazetteer = indexed_gazetteer(index_path.parent, *kb_names, builds)
    assert builds.calls == 1
    assert gazetteer.lookup("Tigray") == built.in_memory().lookup("Tigray") != []
    indexed_gazetteer(index_path.parent, *kb_names, builds)
    assert builds.calls == 1, "the rebuilt file is read the next time"


def test_other_names_from_the_actor_kb_make_another_index(built, kb_names, tmp_path):
    aliases, adjectives = kb_names
    other = {**aliases, "GBR": [*aliases.get("GBR", []), "Blighty"]}
    assert index_fingerprint(other, adjectives) != index_fingerprint(aliases, adjectives)
    gazetteer = indexed_gazetteer(tmp_path, other, adjectives, lambda: build_gazetteer(other, adjectives))
    assert gazetteer.lookup("Blighty")[0].country == "GBR"


def test_an_unwritable_cache_dir_falls_back_to_memory(built, builds, kb_names, tmp_path):
    blocker = tmp_path / "a file"
    blocker.write_text("")  # a directory cannot be made below a file, even by root
    gazetteer = indexed_gazetteer(blocker / "cache", *kb_names, builds)
    assert builds.calls == 1
    assert gazetteer.lookup("Herāt") == built.in_memory().lookup("Herat") != []
    assert list(tmp_path.iterdir()) == [blocker]


def test_old_index_files_are_pruned(builds, kb_names, tmp_path):
    for n in range(5):
        old = tmp_path / f"places-old{n}.sqlite"
        old.write_bytes(b"")
        os.utime(old, (n, n))
    indexed_gazetteer(tmp_path, *kb_names, builds)
    kept = sorted(p.name for p in tmp_path.glob("places-*.sqlite") if "old" in p.name)
    assert kept == [f"places-old{n}.sqlite" for n in range(5 - (KEEP_FILES - 1), 5)]


def test_lookups_from_another_thread(builds, kb_names, tmp_path):
    gazetteer = indexed_gazetteer(tmp_path, *kb_names, builds)
    found = []
    thread = threading.Thread(target=lambda: found.append(gazetteer.lookup("Kabul")))
    thread.start()
    thread.join()
    assert found[0] and found[0][0].country == "AFG"


def test_the_cache_dir_default():
    assert user_cache_dir({"XDG_CACHE_HOME": "/x"}) == Path("/x/newsevents")
    assert user_cache_dir({"NEWSEVENTS_CACHE_DIR": "/y", "XDG_CACHE_HOME": "/x"}) == Path("/y")
    assert user_cache_dir({}) == Path.home() / ".cache" / "newsevents"


def test_the_test_session_never_writes_the_users_cache(cache_dir):
    assert user_cache_dir() == cache_dir


def _reference_key(name: str) -> str:
    """The key as it was computed before its ASCII fast path."""
    name = unicodedata.normalize("NFKD", name.replace("\u2019", "'"))
    name = "".join(c for c in name if not unicodedata.combining(c)).lower().strip()
    name = re.sub(r"^the ", "", name)
    return re.sub(r"\s+", " ", name)


@given(st.text(alphabet=st.sampled_from("aZé ṭ\u2019'\t\n.-Tthe\u0301İ"), max_size=20) | st.text(max_size=20))
def test_the_fast_key_equals_the_reference(name):
    assert name_key(name) == _reference_key(name)


def test_the_fingerprint_does_not_change_with_the_hash_seed():
    """A set's order follows the process's hash seed; the index must not be rebuilt by each process."""
    import subprocess
    import sys

    script = ("from newsevents.actors import load_actor_kb; from newsevents.pipeline import country_names; "
              "from newsevents.places.index import index_fingerprint; "
              "print(index_fingerprint(*country_names(load_actor_kb())))")
    prints = {subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                             env={**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": os.pathsep.join(sys.path)}
                             ).stdout for seed in ("1", "2")}
    assert len(prints) == 1
