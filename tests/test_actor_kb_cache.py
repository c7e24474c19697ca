"""The actor dictionary's prebuilt file: the same dictionary as the tables, rebuilt when they change or
the file is damaged, and never in the way of a bad user file's message."""

from __future__ import annotations

import datetime as dt

import pytest

from newsevents.actors import kb_cache
from newsevents.actors.kb import load_actor_kb
from newsevents.actors.kb_cache import cached_actor_kb
from newsevents.errors import DataFileError

HEADER = "name\taliases\tcode\trole\tstart\tend\n"


@pytest.fixture(scope="module")
def from_tables():
    return load_actor_kb(())


def same(one, other) -> bool:
    return (one.phrases == other.phrases and one.surnames == other.surnames
            and one.countries == other.countries and one.agents == other.agents)


def test_the_cached_dictionary_is_the_tables_and_is_read_back(tmp_path, from_tables, monkeypatch):
    built = cached_actor_kb((), tmp_path)
    [file] = tmp_path.glob("actors-*.marshal")
    assert same(built, from_tables)

    def tables_read(*args):
        raise AssertionError("the tables were read although the prebuilt file is there")

    monkeypatch.setattr(kb_cache, "load_actor_kb", tables_read)
    again = cached_actor_kb((), tmp_path)
    assert same(again, from_tables)
    # dated entries come back dated, and a name and its aliases share one entry, as in the tables'
    assert {e.code for e in again.lookup("taliban") if e.valid_on(dt.date(2021, 8, 15))} == {"AFGGOV"}
    [government] = {id(e): e for e in again.lookup("taliban") if e.code == "AFGGOV"}.values()
    assert government.start == dt.date(2021, 8, 15)
    assert any(e is government for e in again.lookup("taleban"))


def test_a_damaged_file_is_rebuilt(tmp_path, from_tables):
    cached_actor_kb((), tmp_path)
    [file] = tmp_path.glob("actors-*.marshal")
    file.write_bytes(file.read_bytes()[:1000])
    assert same(cached_actor_kb((), tmp_path), from_tables)
    assert len(file.read_bytes()) > 1000


def test_an_edited_user_file_makes_a_new_dictionary(tmp_path):
    mine = tmp_path / "mine.tsv"
    mine.write_text(HEADER + "Adaeze Okafor\tOkafor\tNGAGOV\tForeign Minister\t2018-01-01\t\n")
    first = cached_actor_kb([mine], tmp_path / "cache")
    mine.write_text(HEADER + "Chidi Eze\tEze\tNGAGOV\tForeign Minister\t2018-01-01\t\n")
    second = cached_actor_kb([mine], tmp_path / "cache")
    assert first.lookup("adaeze okafor") and not first.lookup("chidi eze")
    assert second.lookup("chidi eze") and not second.lookup("adaeze okafor")
    assert len(list((tmp_path / "cache").glob("actors-*.marshal"))) == 2


def test_a_bad_user_file_is_reported_not_cached(tmp_path):
    bad = tmp_path / "bad.tsv"
    bad.write_text(HEADER + "Someone\t\tngagov\tMinister\t\t\n")
    with pytest.raises(DataFileError, match="bad.tsv"):
        cached_actor_kb([bad], tmp_path / "cache")
    with pytest.raises(DataFileError, match="does not exist"):
        cached_actor_kb([tmp_path / "missing.tsv"], tmp_path / "cache")
    assert not list((tmp_path / "cache").glob("actors-*"))


def test_a_cache_directory_that_cannot_be_written_builds_in_memory(tmp_path, from_tables):
    blocked = tmp_path / "a-file"
    blocked.write_text("not a directory")
    assert same(cached_actor_kb((), blocked), from_tables)
