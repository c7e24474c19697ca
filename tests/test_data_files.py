"""Data files are validated at load with errors that name file and line; users add their own."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from newsevents import Article, Pipeline, Settings
from newsevents.actors import ArticleMemory, load_actor_kb
from newsevents.errors import DataFileError
from newsevents.events import load_lexicon
from newsevents.ontology import load_ontology

from .conftest import SHARED

HEADER = "id\tpos\tlemma\tparticle\tobject\ttarget\tcode\tnote\n"


@pytest.fixture(scope="module")
def ontology():
    return load_ontology()


def write(path: Path, rows: list[str]) -> Path:
    path.write_text(HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("row, message", [
    ("bad id\tVERB\tmeet\t\t\tdobj\t040\tx", "line 2: id 'bad id' must look like"),
    ("040.x1\tADJ\tmeet\t\t\tdobj\t040\tx", "line 2: pos 'ADJ' must be VERB or NOUN"),
    ("040.x2\tVERB\tmeet up\t\t\tdobj\t040\tx", "line 2: lemma 'meet up' must be one word"),
    ("999.x3\tVERB\tmeet\t\t\tdobj\t999\tx", "line 2: code '999' is not a CAMEO code"),
    ("040.x4\tVERB\tmeet\t\t\tprep:beside\t040\tx", "line 2: target slot 'prep:beside'"),
    ("163.x5\tVERB\timpose\t\tsanction\tdobj\t163\tx", "line 2: an entry with an object constraint"),
    ("040.meet\tVERB\tmeet\t\t\tdobj\t040\tx", "line 2: id 040.meet already defined at lexicon_01_09.tsv"),
])
def test_lexicon_rows_are_validated_with_file_and_line(tmp_path, ontology, row, message):
    path = write(tmp_path / "mine.tsv", [row])
    with pytest.raises(DataFileError) as caught:
        load_lexicon(ontology, [path])
    assert str(path) in str(caught.value) and message in str(caught.value)


def test_lexicon_header_is_checked(tmp_path, ontology):
    path = tmp_path / "mine.tsv"
    path.write_text("id\tlemma\n040.x\tmeet\n")
    with pytest.raises(DataFileError, match="line 1: header lacks column"):
        load_lexicon(ontology, [path])


def test_the_bundled_lexicon_is_large_and_valid(ontology):
    lexicon = load_lexicon(ontology)
    assert len(lexicon) > 1000
    roots = {entry.code[:2] for entry in lexicon.all_entries()}
    assert roots == {f"{n:02d}" for n in range(1, 21)}


def test_a_user_lexicon_adds_a_predicate(tmp_path, resources):
    path = write(tmp_path / "mine.tsv", ["0431.hobnob\tVERB\thobnob\t\t\tprep:with\t043\tsocialise with"])
    pipeline = Pipeline.from_settings(Settings().with_values({"coder.extra_lexicons": [str(path)]}),
                                      nlp=resources.nlp)
    article = Article(article_id="u", text="Peru hobnobbed with Chile in Lima.", date=dt.date(2020, 1, 2))
    [event] = next(pipeline.run([article])).events
    assert (event.source.code, event.code, event.target.code) == ("PER", "043", "CHL")
    assert event.rule_id.startswith("0431.hobnob@")


def test_user_actor_file_with_dates_and_errors(tmp_path, resources):
    good = tmp_path / "actors.tsv"
    good.write_text("name\taliases\tcode\trole\tstart\tend\n"
                    "Adaeze Okafor\tOkafor\tNGAGOV\tForeign Minister\t2018-01-01\t2020-12-31\n")
    kb = load_actor_kb([good])
    [entry] = [e for e in kb.lookup("okafor") if e.kind == "person"]
    assert entry.code == "NGAGOV" and entry.valid_on(dt.date(2019, 5, 1)) and not entry.valid_on(dt.date(2021, 5, 1))
    bad = tmp_path / "bad.tsv"
    bad.write_text("name\taliases\tcode\trole\tstart\tend\n"
                   "Someone\t\tngagov\tMinister\t\t\n"
                   "Other\t\tNGAGOV\tMinister\t2020-13-01\t\n"
                   "Third\t\tNGAGOV\tMinister\t2020-05-01\t2019-01-01\n")
    with pytest.raises(DataFileError) as caught:
        load_actor_kb([bad])
    text = str(caught.value)
    assert "bad.tsv" in text and "line 2: code 'ngagov'" in text and "line 3: start '2020-13-01'" in text
    assert "line 4: end 2019-01-01 is before start 2020-05-01" in text


def test_taliban_code_changes_on_the_day(resources):
    kb = resources.actors
    codes = {day: {e.code for e in kb.lookup("taliban") if e.valid_on(dt.date.fromisoformat(day))}
             for day in ("2021-08-14", "2021-08-15")}
    assert codes == {"2021-08-14": {"AFGINS"}, "2021-08-15": {"AFGGOV"}}


def test_states_that_no_longer_exist_take_their_cow_successor(resources):
    # COW's state code passes from Yugoslavia to Serbia (345) and from the Soviet Union to Russia (365)
    kb = resources.actors
    for name, iso3 in (("Yugoslavia", "SRB"), ("Yugoslav", "SRB"), ("Soviet Union", "RUS"), ("USSR", "RUS")):
        assert {e.code for e in kb.lookup(name.lower()) if e.kind in {"country", "adjective"}} == {iso3}, name
    assert {e.code for e in kb.lookup("former yugoslav republic of macedonia")} == {"MKD"}


def test_a_person_out_of_office_is_an_elite_of_their_country_before_and_after(resources):
    from newsevents.actors.resolver import _former

    entries = resources.actors.lookup("donald trump")
    before, between = _former(entries, dt.date(2016, 12, 29)), _former(entries, dt.date(2022, 6, 1))
    assert before is not None and before.code == "USAELI" and before.role.startswith("before ")
    assert between is not None and between.code == "USAELI" and between.role.startswith("former ")
    assert _former(entries, None) is None


def test_ontology_has_every_cameo_code_with_both_scales(ontology):
    assert len(ontology.codes) >= 300 and len(ontology.roots()) == 20
    assert ontology.goldstein("016", "cameo") != ontology.goldstein("016", "icews")
    assert ontology.quad_class("010", "standard") == 1 and ontology.quad_class("010", "phoenix") == 0
    assert ontology.get("036").plover_type == "AGREE" and ontology.get("190").plover_type == "ASSAULT"


def test_ontology_agrees_with_the_reference_tables(ontology):
    import csv

    path = SHARED / "reference" / "cameo_event_codes.tsv"
    if not path.exists():
        pytest.skip("../shared/reference is not present")
    checked = 0
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            code = row["cameo_code"]
            if code not in ontology or not row["name"]:
                continue
            ours = ontology.get(code)
            assert ours.name.lower() == row["name"].lower(), code
            if row["goldstein_cameo_scale_2007"]:  # some leaves have no value on the 2007 scale
                assert ours.goldstein == float(row["goldstein_cameo_scale_2007"]), code
            if row["goldstein_icews"]:
                assert ours.goldstein_icews == float(row["goldstein_icews"]), code
            assert ours.quad_class == int(row["quad_class_standard"]), code
            assert ours.quad_class_phoenix == int(row["quad_class_phoenix"]), code
            checked += 1
    assert checked >= 300


def test_assume_domestic_is_a_setting(resources):
    text = "The Mozambique government accepted demands from Shona rebels."
    article = Article(article_id="d", text=text, date=dt.date(2001, 5, 3))
    plain = Pipeline(Settings().with_values({"actors.assume_domestic": False}), resources)
    domestic = Pipeline(Settings(), resources)  # on by default
    [before] = next(plain.run([article])).events
    [after] = next(domestic.run([article])).events
    assert (before.source.code, before.target.code) == ("MOZGOV", "---REB")
    assert after.target.code == "MOZREB" and "same country as the other party" in after.target.how


def test_an_unnamed_ngo_is_coded_ngo_and_a_named_country_makes_it_domestic(code_text):
    [unnamed] = code_text("Human rights groups accused the Mozambique government of torture.", date="2001-05-03")
    assert (unnamed.source.code, unnamed.target.code) == ("NGO", "MOZGOV")
    [kenyan] = code_text("A Kenyan rights group condemned the police.", date="2001-05-03")
    assert kenyan.source.code == "KENNGO"


def test_a_party_qualified_as_foreign_is_not_made_domestic(code_text):
    # "Western" names CAMEO's region of the West (regions.tsv), never Mozambique
    [event] = code_text("Western donors criticised the Mozambique government.", date="2001-05-03")
    assert (event.source.code, event.target.code) == ("WSTGOV", "MOZGOV")


def test_names_match_with_and_without_accents():
    from newsevents.actors.kb import ActorKB, KBEntry, normalize

    kb = ActorKB()
    kb.add("Sebastián Piñera", KBEntry(code="CHLGOV", name="Sebastián Piñera", kind="person", country="CHL"))
    kb.add("Lula", KBEntry(code="BRAGOV", name="Lula", kind="person", country="BRA"))
    assert [e.code for e in kb.lookup(normalize("Sebastian Pinera"))] == ["CHLGOV"]
    assert [e.code for e in kb.lookup(normalize("Lulá"))] == ["BRAGOV"]
    assert normalize("The Kremlin's") == "kremlin"


def test_dateline_seats_are_validated_with_file_and_line(tmp_path):
    from newsevents.errors import DataFileError
    from newsevents.places.locate import dateline_seats, read_dateline_seats

    assert dateline_seats()["UNITED NATIONS"] == "New York"
    bad = tmp_path / "seats.tsv"
    bad.write_text("dateline\tplace\tnote\nUNITED NATIONS\tNew York\t\nTHE VATICAN\t\tno place\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="line 3"):
        read_dateline_seats(bad)


def test_seats_of_power_are_validated_with_file_and_line(tmp_path):
    from newsevents.errors import DataFileError
    from newsevents.places.locate import read_seat_places, seat_places

    assert seat_places()["white house"] == ("Washington", "USA")
    bad = tmp_path / "seats.tsv"
    bad.write_text("seat\tplace\tcountry\tnote\nKremlin\tMoscow\tRUS\t\nElysee\tParis\tfrance\t\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="line 3"):
        read_seat_places(bad)
