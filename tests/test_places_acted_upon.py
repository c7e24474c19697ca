"""A place acted upon is the act's recipient: the place stage tells the place that is the object (or
the destination) from one that only qualifies it, and the actor policy ``place-acted-upon`` makes it
the target. Hand-built sentences, a hand-built gazetteer and hand-built events: no parse, no model."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from newsevents import Settings
from newsevents.actors.policies import StoryContext, apply_policies
from newsevents.places.gazetteer import Gazetteer, Place, name_key
from newsevents.places.locate import EventPlacer
from newsevents.records import ActorRef, Article, Event, PlaceRef, Span

from .sentences import parsed

pytestmark = pytest.mark.issue(10)

PLACES = {
    "poti": Place(name="Poti", country="GEO", level="city", geonameid=1, latitude=42.1, longitude=41.7),
    "bahrain": Place(name="Bahrain", country="BHR", level="country", geonameid=2, latitude=26.0, longitude=50.5),
    "nairobi": Place(name="Nairobi", country="KEN", level="city", geonameid=3, latitude=-1.3, longitude=36.8),
    "russia": Place(name="Russia", country="RUS", level="country", geonameid=4, latitude=60.0, longitude=100.0),
    "rich": Place(name="Rich", country="MAR", level="city", geonameid=5, latitude=32.3, longitude=-4.5),
    "kharkiv": Place(name="Kharkiv", country="UKR", level="city", geonameid=6, latitude=50.0, longitude=36.2),
    "haiti": Place(name="Haiti", country="HTI", level="country", geonameid=7, latitude=19.0, longitude=-72.4),
    "pakistan": Place(name="Pakistan", country="PAK", level="country", geonameid=12, latitude=30.0, longitude=70.0),
    "india": Place(name="India", country="IND", level="country", geonameid=13, latitude=21.0, longitude=78.0),
    "university": Place(name="University", country="USA", level="city", geonameid=10, latitude=28.1,
                        longitude=-82.4, population=41_163),
    "docklands": Place(name="Docklands", country="AUS", level="city", geonameid=17, latitude=-37.8,
                       longitude=144.9, population=15_495),
    "london": Place(name="London", country="GBR", level="city", geonameid=18, latitude=51.5, longitude=-0.1,
                    population=8_961_989),
    "uri": Place(name="Uri", country="CHE", level="admin", geonameid=19, latitude=46.8, longitude=8.6),
    "kashmir": Place(name="Kashmir", country="IND", level="admin", geonameid=None, latitude=None, longitude=None),
    "kenya": Place(name="Kenya", country="KEN", level="country", geonameid=20, latitude=0.0, longitude=38.0),
    "dhaka": Place(name="Dhaka", country="BGD", level="city", geonameid=11, latitude=23.7, longitude=90.4,
                   population=10_356_500),
    "sderot": Place(name="Sderot", country="ISR", level="city", geonameid=21, latitude=31.5, longitude=34.6,
                    population=27_635),
    "israel": Place(name="Israel", country="ISR", level="country", geonameid=22, latitude=31.5, longitude=34.8),
    "kani": Place(name="Kani", country="JPN", level="city", geonameid=23, latitude=35.4, longitude=137.1,
                  population=102_143),
    "washington": Place(name="Washington", country="USA", level="city", geonameid=24, latitude=38.9,
                        longitude=-77.0, population=689_545),
    "surabaya": Place(name="Surabaya", country="IDN", level="city", geonameid=25, latitude=-7.2, longitude=112.7,
                      population=2_374_658),
    "sukhumi": Place(name="Sokhumi", country="GEO", level="city", geonameid=26, latitude=43.0, longitude=41.0,
                     population=65_439),
    "krakow": Place(name="Krakow", country="POL", level="city", geonameid=27, latitude=50.1, longitude=19.9,
                    population=816_614),
    # a town and a state of one name: "the state of Bihar" is the state
    "tbilisi": Place(name="Tbilisi", country="GEO", level="city", geonameid=30, latitude=41.7, longitude=44.8,
                     population=1_049_498),
    # a spelling the gazetteer holds only as another name of a small town
    "sokhumi": Place(name="Sokhumi", country="GEO", level="city", geonameid=31, latitude=43.0, longitude=41.0,
                     population=65_439, primary=False),
    "bihar": Place(name="Bihar Sharif", country="IND", level="city", geonameid=28, latitude=25.2, longitude=85.5,
                   population=297_268),
    "Bihar": Place(name="Bihar", country="IND", level="admin", geonameid=29, latitude=25.5, longitude=85.5),
}


@pytest.fixture(scope="module")
def placer() -> EventPlacer:
    return EventPlacer(Gazetteer(lambda key: tuple(p for k, p in PLACES.items() if name_key(k) == key), {}, {}))


def event_at(sentence, trigger: int, code: str = "195", target: ActorRef | None = None,
             place: PlaceRef | None = None) -> Event:
    token = sentence.tokens[trigger]
    return Event(event_id="e", article_id="s", sentence_id=sentence.sentence_id, code=code, root=code[:2], plover="",
                 quad_class=4, goldstein=-10.0, source=ActorRef(text="jets", code="RUSMIL", country="RUS"),
                 target=target, trigger=Span(start=token.idx, end=token.idx + len(token.text), text=token.text),
                 rule_id="test@verb", confidence=0.9, place=place)


def place_rule(placer: EventPlacer, spec: str, trigger: int, code: str = "195") -> tuple[str, str]:
    sentence = parsed(spec)
    found = placer.place(sentence, event_at(sentence, trigger, code), set())
    assert found is not None
    return found.name, found.rule


# (sentence, code, the place's rule, and its name where it matters)
PLACE_RULES = {
    "the object that names a place is acted upon": (
        "Jets/NOUN/nsubj/1 bombed/VERB/ROOT/1 the/DET/det/3 port/NOUN/dobj/1 of/ADP/prep/3 Poti/PROPN/pobj/4///GPE",
        "195", "object", "Poti"),
    # "Putin suspended Russia's participation in the treaty": Russia is named in the object, not acted upon
    "a place inside an object that is no place is only part of it": (
        "Putin/PROPN/nsubj/1 suspended/VERB/ROOT/1 Russia/PROPN/poss/4///GPE 's/PART/case/2 "
        "participation/NOUN/dobj/1 in/ADP/prep/4 the/DET/det/7 treaty/NOUN/pobj/5", "166", "object-part", None),
    "a person named like a town is no place acted upon": (
        "Clinton/PROPN/nsubj/1 pardoned/VERB/ROOT/1 Marc/PROPN/compound/3///PERSON Rich/PROPN/dobj/1///PERSON",
        "056", "object-part", None),
    "the destination of a verb is where the act went": (
        "Troops/NOUN/nsubj/1 crossed/VERB/ROOT/1 into/ADP/prep/1 Bahrain/PROPN/pobj/2///GPE", "192", "into", "Bahrain"),
    "a building in a town puts the act on the town": (
        "Gunmen/NOUN/nsubj/1 stormed/VERB/ROOT/1 a/DET/det/3 hotel/NOUN/dobj/1 in/ADP/prep/3 Nairobi/PROPN/pobj/4///GPE",
        "180", "object-in", "Nairobi"),
    # "police fired into the Kharkiv crowd": the crowd, not Kharkiv, is where the shots went
    "a destination that a place only qualifies is not the place": (
        "Police/NOUN/nsubj/1 fired/VERB/ROOT/1 into/ADP/prep/1 the/DET/det/5 Kharkiv/PROPN/compound/5///GPE "
        "crowd/NOUN/pobj/2", "175", "into-part", None),
    "where forces landed is where they went": (
        "Marines/NOUN/nsubj/1/marine landed/VERB/ROOT/1/land in/ADP/prep/1 Haiti/PROPN/pobj/2///GPE",
        "074", "into", "Haiti"),
    "where a weapon was fired is the place acted upon": (
        "Militants/NOUN/nsubj/1/militant fired/VERB/ROOT/1/fire rockets/NOUN/dobj/1/rocket at/ADP/prep/1 "
        "the/DET/det/5 town/NOUN/pobj/3/town of/ADP/prep/5 Sderot/PROPN/pobj/6///GPE", "194", "into", "Sderot"),
    "a weapon's destination counts through the quantity fired": (
        "Militants/NOUN/nsubj/1/militant fired/VERB/ROOT/1/fire a/DET/det/3 barrage/NOUN/dobj/1/barrage "
        "of/ADP/prep/3 rockets/NOUN/pobj/4/rocket toward/ADP/prep/3 Sderot/PROPN/pobj/6///GPE",
        "194", "into", "Sderot"),
    # "captured the regional capital Sukhumi": the name apposed to a noun of a place
    "a place named beside a noun of a place is acted upon": (
        "Rebels/NOUN/nsubj/1/rebel captured/VERB/ROOT/1/capture the/DET/det/4 regional/ADJ/amod/4 "
        "capital/NOUN/dobj/1/capital Sukhumi/PROPN/appos/4///GPE", "192", "object", "Sokhumi"),
    "a state named after its noun is the state, not a town of its name": (
        "Modi/PROPN/nsubj/1 spoke/VERB/ROOT/1/speak in/ADP/prep/1 the/DET/det/4 state/NOUN/pobj/2/state "
        "of/ADP/prep/4 Bihar/PROPN/pobj/5///GPE", "190", "locative:in", "Bihar"),
    "fighting somewhere is not going there": (
        "Marines/NOUN/nsubj/1/marine fought/VERB/ROOT/1/fight in/ADP/prep/1 Haiti/PROPN/pobj/2///GPE",
        "190", "locative:in", None),
}


@pytest.mark.parametrize("spec, code, rule, name", PLACE_RULES.values(), ids=list(PLACE_RULES))
def test_the_place_stage_says_whether_the_place_is_acted_upon(placer, spec, code, rule, name):
    found_name, found_rule = place_rule(placer, spec, 1, code)
    assert found_rule == rule
    assert name is None or found_name == name


def test_a_place_in_the_clause_of_a_verb_that_continues_another_places_it(placer):
    # "Police used tear gas to disperse crowds in Krakow": the dispersal, in the clause 'used' governs
    spec = ("Police/NOUN/nsubj/1 used/VERB/ROOT/1/use gas/NOUN/dobj/1 to/PART/aux/4 disperse/VERB/xcomp/1/disperse "
            "crowds/NOUN/dobj/4/crowd in/ADP/prep/5 Krakow/PROPN/pobj/6///GPE")
    sentence = parsed(spec)
    found = placer.place(sentence, event_at(sentence, 4, "175"), set())
    assert found is not None and (found.name, found.rule) == ("Krakow", "clause:in")
    # where its people are from is not where it was done
    held = parsed("Rebels/NOUN/nsubj/1/rebel continued/VERB/ROOT/1/continue to/PART/aux/3 hold/VERB/xcomp/1/hold "
                  "peacekeepers/NOUN/dobj/3/peacekeeper from/ADP/prep/4 Krakow/PROPN/pobj/5///GPE")
    assert placer.place(held, event_at(held, 3, "181"), set()) is None


def test_a_town_spelled_by_another_name_is_known_in_a_story_filed_from_its_country(placer):
    # "TBILISI - Rebels captured Sokhumi": no party names Georgia, but the dateline is Georgian
    lead = "TBILISI, Sept 27 (Wire) - "
    sentence = parsed("Rebels/NOUN/nsubj/1/rebel captured/VERB/ROOT/1/capture Sokhumi/PROPN/dobj/1///GPE", len(lead))
    article = Article(article_id="s", text=lead + sentence.text, date=dt.date(1993, 9, 27))
    event = event_at(sentence, 1, "192")
    assert placer.place(sentence, event, set()) is None  # out of the story, a small town's other name
    (placed,), = placer.article(article, (sentence,), [(event,)], set())
    assert placed.place is not None and (placed.place.name, placed.place.rule) == ("Sokhumi", "object")


def test_an_act_on_the_ground_its_words_place_nowhere_happened_where_the_sentences_other_did():
    """"Rebels captured Krakow after bombers attacked the base, killing soldiers": the attack and the
    killing were at Krakow, not at the dateline; an expulsion the state decided is not moved, nor does
    an act told in a clause describing a party give its place."""
    from newsevents.places.locate import _shared_scene

    def at(name: str, rule: str) -> PlaceRef:
        return PlaceRef(name=name, country="POL", level="city", rule=rule)

    sentence = parsed("Rebels/NOUN/nsubj/1 captured/VERB/ROOT/1/capture Krakow/PROPN/dobj/1///GPE "
                      "after/ADP/mark/5 bombers/NOUN/nsubj/5/bomber attacked/VERB/advcl/1/attack ,/PUNCT/punct/5 "
                      "killing/VERB/advcl/5/kill soldiers/NOUN/dobj/7/soldier")
    capture = event_at(sentence, 1, "192", place=at("Krakow", "object"))
    attack, killing = (event_at(sentence, i, "190", place=at("Warsaw", "dateline")) for i in (5, 7))
    expulsion = event_at(sentence, 5, "174", place=at("Warsaw", "dateline"))
    placed = _shared_scene(sentence, (capture, attack, killing, expulsion))
    assert [(e.place.name, e.place.rule) for e in placed] == [
        ("Krakow", "object"), ("Krakow", "sentence-scene"), ("Krakow", "sentence-scene"), ("Warsaw", "dateline")]
    described = parsed("Police/NOUN/nsubj/1 arrested/VERB/ROOT/1/arrest men/NOUN/dobj/1/man "
                       "who/PRON/nsubj/4 attacked/VERB/relcl/2/attack Krakow/PROPN/dobj/4///GPE")
    arrest = event_at(described, 1, "173", place=at("Warsaw", "dateline"))
    told = event_at(described, 4, "190", place=at("Krakow", "object"))
    assert _shared_scene(described, (arrest, told))[0].place.name == "Warsaw"


def test_where_a_party_comes_from_is_no_place_of_its_act(placer):
    # "Officials from Krakow met in Nairobi": met in Nairobi; "officials from Krakow protested" nowhere named;
    # "spoke from Krakow" (on the verb) was there, and "expelled diplomats from Krakow" is done there
    met = parsed("Officials/NOUN/nsubj/3/official from/ADP/prep/0 Krakow/PROPN/pobj/1///GPE met/VERB/ROOT/3/meet "
                 "in/ADP/prep/3 Nairobi/PROPN/pobj/4///GPE")
    assert placer.place(met, event_at(met, 3, "040"), set()).name == "Nairobi"
    protested = parsed("Officials/NOUN/nsubj/3/official from/ADP/prep/0 Krakow/PROPN/pobj/1///GPE "
                       "protested/VERB/ROOT/3/protest")
    assert placer.place(protested, event_at(protested, 3, "111"), set()) is None
    spoke = parsed("Officials/NOUN/nsubj/1/official spoke/VERB/ROOT/1/speak from/ADP/prep/1 Krakow/PROPN/pobj/2///GPE")
    assert placer.place(spoke, event_at(spoke, 1, "010"), set()).name == "Krakow"


def test_people_in_a_town_are_not_the_town(placer):
    spec = ("Police/NOUN/nsubj/1 detained/VERB/ROOT/1 protesters/NOUN/dobj/1/protester in/ADP/prep/2 "
            "Kharkiv/PROPN/pobj/3///GPE")
    assert place_rule(placer, spec, 1, "173")[1] != "object-in"


def policies(events: list[Event]) -> list[Event]:
    return list(apply_policies(tuple(events), StoryContext(country=None), Settings()))


def poti(rule: str) -> PlaceRef:
    return PlaceRef(name="Poti", country="GEO", level="city", text="Poti", span=Span(start=30, end=34, text="Poti"),
                    rule=rule)


def test_a_place_acted_upon_is_the_target_and_says_so():
    sentence = parsed("Jets/NOUN/nsubj/1 bombed/VERB/ROOT/1 Poti/PROPN/dobj/1///GPE")
    [coded] = policies([event_at(sentence, 1, place=poti("object"))])
    assert coded.target is not None and coded.target.code == "GEO" and coded.target.kind == "place"
    assert coded.target.how == "place acted upon: Poti (GEO)"


@pytest.mark.parametrize("rule, code", [("locative:in", "195"), ("object-part", "195"), ("dateline", "195"),
                                        ("into", "091"), ("object", "010")])
def test_where_an_act_happened_or_what_it_was_about_is_no_target(rule, code):
    # "bombed positions in Poti", the dateline, "an inquiry into ...", "said of Poti": no recipient
    sentence = parsed("Jets/NOUN/nsubj/1 bombed/VERB/ROOT/1 Poti/PROPN/dobj/1///GPE")
    [coded] = policies([event_at(sentence, 1, code=code, place=poti(rule))])
    assert coded.target is None


def test_a_named_target_is_kept():
    sentence = parsed("Jets/NOUN/nsubj/1 bombed/VERB/ROOT/1 Poti/PROPN/dobj/1///GPE")
    named = ActorRef(text="Georgian forces", code="GEOMIL", country="GEO")
    [coded] = policies([event_at(sentence, 1, target=named, place=poti("object"))])
    assert coded.target == named


def test_a_towns_alternate_name_counts_only_when_it_spells_the_towns_own(placer: EventPlacer):
    # GeoNames lists "Google" among Topeka's names (a stunt), and "Merca" among Marka's (a spelling):
    # "sued Google" in a story about the United States is not about Topeka
    topeka = Place(name="Topeka", country="USA", level="city", geonameid=8, latitude=39.0, longitude=-95.7,
                   population=125_963, primary=False)
    marka = Place(name="Marka", country="SOM", level="city", geonameid=9, latitude=1.7, longitude=44.8,
                  population=230_100, primary=False)
    assert placer.choose([topeka], {"USA"}, written="Google") is None
    assert placer.choose([marka], {"SOM"}, written="Merca") == marka
    assert placer.choose([marka], {"USA"}, written="Merca") is None  # an alternate name abroad: noise


def test_a_world_city_is_one_by_its_own_name_and_a_dateline_spells_its_town(placer: EventPlacer):
    # GeoNames lists "Islamabad" among the old names of Chattogram and of Anantnag: "ISLAMABAD, May 3 -"
    # in a story that names India is Pakistan's capital, not the larger or the Indian town so once called
    chattogram = Place(name="Chattogram", country="BGD", level="city", geonameid=14, latitude=22.3,
                       longitude=91.8, population=3_920_222, primary=False)
    anantnag = Place(name="Anantnag", country="IND", level="city", geonameid=15, latitude=33.7, longitude=75.2,
                     population=150_592, primary=False)
    islamabad = Place(name="Islamabad", country="PAK", level="city", geonameid=16, latitude=33.7, longitude=73.0,
                      population=601_600)
    named = [chattogram, anantnag, islamabad]
    assert placer.choose(named, {"IND"}, written="Islamabad") == islamabad
    assert placer.choose(named, set(), written="Islamabad") == islamabad
    gazetteer = Gazetteer(lambda key: tuple(named) if key == "islamabad" else (), {}, {})
    dateline = EventPlacer(gazetteer).dateline("ISLAMABAD, May 3 (Wire) - India denied any role.", {"IND"})
    assert dateline is not None and dateline.country == "PAK"


def test_a_facilitys_generic_word_is_no_place_of_its_own(placer: EventPlacer):
    # "students protested at Dhaka University": Dhaka, not University, Florida (a place so named)
    sentence = parsed("Students/NOUN/nsubj/1/student protested/VERB/ROOT/1/protest at/ADP/prep/1 "
                      "Dhaka/PROPN/compound/4//NNP/ORG University/PROPN/pobj/2//NNP/ORG")
    found = placer.lookup_phrase(sentence, 4, set())
    assert found is not None and found.name == "Dhaka"


def test_each_visit_of_a_fanned_out_trip_is_placed_at_its_own_host(placer: EventPlacer):
    # "He will visit Pakistan, Russia and India": the visit to Russia is in Russia, not at the first object
    sentence = parsed("He/PRON/nsubj/2/he will/AUX/aux/2 visit/VERB/ROOT/2 Pakistan/PROPN/dobj/2//NNP/GPE "
                      ",/PUNCT/punct/3 Russia/PROPN/conj/3//NNP/GPE and/CCONJ/cc/5 India/PROPN/conj/5//NNP/GPE")
    russia = sentence.tokens[5]
    target = ActorRef(text="Russia", code="RUS", country="RUS",
                      span=Span(start=russia.idx, end=russia.idx + len(russia.text), text="Russia"))
    found = placer.place(sentence, event_at(sentence, 2, code="036", target=target), set())
    assert found is not None and (found.name, found.rule) == ("Russia", "visit-target")


def test_a_region_wider_than_a_country_is_no_town_of_its_name():
    """'a tour of Asia': GeoNames has a town called Asia in the Philippines, and it had placed the
    tour there (and given the senator that country); a name the actor dictionaries list as a region
    names no town."""
    asia = {"asia": Place(name="Asia", country="PHL", level="city", geonameid=20, latitude=13.8, longitude=120.9,
                          population=23_546)}
    gazetteer = Gazetteer(lambda key: tuple(p for k, p in asia.items() if name_key(k) == key), {}, {})
    sentence = parsed("senators/NOUN/nsubj/1 began/VERB/ROOT/1 a/DET/det/3 tour/NOUN/dobj/1 of/ADP/prep/3 "
                      "Asia/PROPN/pobj/4///LOC")
    town = EventPlacer(gazetteer).lookup_phrase(sentence, 5, set())
    assert town is not None and town.country == "PHL"
    assert EventPlacer(gazetteer, frozenset({"asia"})).lookup_phrase(sentence, 5, set()) is None
    from newsevents.actors import load_actor_kb

    assert {"asia", "middle east", "gulf states"} <= load_actor_kb(()).region_names()


def test_an_acronym_names_a_body_or_a_country_not_a_town():
    """'accused the OAS of bias': GeoNames has a town Oas in the Philippines; an acronym is a body's
    name, or a country's ('troops from the UAE'), and in a line all in capitals any name."""
    known = {"oas": Place(name="Oas", country="PHL", level="city", geonameid=21, latitude=13.3, longitude=123.5,
                          population=64_890),
             "uae": Place(name="United Arab Emirates", country="ARE", level="country", geonameid=22, latitude=24.0,
                          longitude=54.0, population=9_000_000)}
    gazetteer = Gazetteer(lambda key: tuple(p for k, p in known.items() if name_key(k) == key), {}, {})
    placer = EventPlacer(gazetteer)
    accused = parsed("They/PRON/nsubj/1 accused/VERB/ROOT/1 the/DET/det/3 OAS/PROPN/dobj/1//NNP/ORG")
    assert placer.lookup_phrase(accused, 3, set()) is None
    troops = parsed("troops/NOUN/ROOT/0 from/ADP/prep/0 the/DET/det/3 UAE/PROPN/pobj/1//NNP/GPE")
    found = placer.lookup_phrase(troops, 3, set())
    assert found is not None and found.country == "ARE"
    shouting = parsed("THEY/PRON/nsubj/1 ACCUSED/VERB/ROOT/1 THE/DET/det/3 OAS/PROPN/dobj/1//NNP/ORG")
    found = placer.lookup_phrase(shouting, 3, set())
    assert found is not None and found.name == "Oas"


def test_a_word_of_a_longer_name_the_gazetteer_lacks_is_no_town():
    """'at Abu Ghraib prison': GeoNames knows no Abu Ghraib but a town Abu in India, which had placed
    the abuse there; a person's first names are no town either; 'Gaza City' and 'Kunduz province'
    still name Gaza and Kunduz."""
    places = {"abu": Place(name="Ābu", country="IND", level="city", geonameid=21, latitude=24.6, longitude=72.7,
                           population=30_000),
              "gaza": Place(name="Gaza", country="PSE", level="city", geonameid=22, latitude=31.5, longitude=34.5,
                            population=410_000)}
    placer = EventPlacer(Gazetteer(lambda key: tuple(p for k, p in places.items() if name_key(k) == key), {}, {}))
    prison = parsed("soldiers/NOUN/nsubj/1 abused/VERB/ROOT/1 prisoners/NOUN/dobj/1 at/ADP/prep/1 "
                    "Abu/PROPN/compound/6 Ghraib/PROPN/compound/6 prison/NOUN/pobj/3")
    assert placer.lookup_phrase(prison, 6, set()) is None
    # nor are a person's first names a town ("detained Aung San Suu Kyi" happened nowhere named Aung San)
    places["aung san"] = Place(name="Aung San", country="MMR", level="city", geonameid=23, latitude=20.0,
                               longitude=96.0, population=5_000)
    person = parsed("troops/NOUN/nsubj/1 detained/VERB/ROOT/1 Aung/PROPN/compound/5///PERSON "
                    "San/PROPN/compound/5///PERSON Suu/PROPN/compound/5///PERSON Kyi/PROPN/dobj/1///PERSON")
    assert placer.lookup_phrase(person, 5, set()) is None
    city = parsed("jets/NOUN/nsubj/1 struck/VERB/ROOT/1 Gaza/PROPN/compound/3 City/PROPN/dobj/1")
    found = placer.lookup_phrase(city, 3, set())
    assert found is not None and found.country == "PSE"


def test_a_party_of_one_act_is_no_place_of_its_other_copies(placer):
    """'expelled diplomats from Pakistan and India': fanned out over two countries, the expulsion of
    India's diplomats does not happen in Pakistan."""
    from dataclasses import replace

    sentence = parsed("Kenya/PROPN/nsubj/1///GPE expelled/VERB/ROOT/1/expel diplomats/NOUN/dobj/1/diplomat "
                      "from/ADP/prep/2 Pakistan/PROPN/pobj/3///GPE and/CCONJ/cc/4 India/PROPN/conj/4///GPE")

    def country(i: int, code: str) -> ActorRef:
        token = sentence.tokens[i]
        return ActorRef(text=token.text, code=code, country=code, kind="country",
                        span=Span(start=token.idx, end=token.idx + len(token.text), text=token.text))

    pakistan, india = (replace(event_at(sentence, 1, "161", country(i, code)), event_id=code)
                       for i, code in ((4, "PAK"), (6, "IND")))
    assert placer.place(sentence, india, set(), (pakistan, india)) is None
    assert placer.place(sentence, india, set()) is not None  # alone, Pakistan would be its place


def test_only_a_visit_is_placed_at_its_host(placer):
    """'will visit Pakistan': each intended visit (036) happens at its host; 'agreed to restore relations
    with Pakistan' (032, the same code family) happens nowhere the sentence says."""
    def intended(spec: str, trigger: int, host: int, code: str) -> PlaceRef | None:
        sentence = parsed(spec)
        token = sentence.tokens[host]
        target = ActorRef(text=token.text, code="PAK", country="PAK", kind="country",
                          span=Span(start=token.idx, end=token.idx + len(token.text), text=token.text))
        return placer.place(sentence, event_at(sentence, trigger, code, target), set())

    visit = intended("India/PROPN/nsubj/2///GPE will/AUX/aux/2 visit/VERB/ROOT/2 Pakistan/PROPN/dobj/2///GPE",
                     2, 3, "036")
    assert visit is not None and visit.name == "Pakistan"
    assert intended("India/PROPN/nsubj/1///GPE agreed/VERB/ROOT/1/agree to/PART/aux/3 restore/VERB/xcomp/1 "
                    "relations/NOUN/dobj/3/relation with/ADP/prep/4 Pakistan/PROPN/pobj/5///GPE", 3, 6, "032") is None


def test_a_country_that_only_qualifies_a_thing_gives_way_to_the_place_named_after_it(placer):
    """'fired a missile at a Russian base in Haiti': the base is Russia's, and in Haiti; with no place
    after it the qualifier still places the act ('at a Russian base')."""
    in_haiti = ("Jets/NOUN/nsubj/1 fired/VERB/ROOT/1/fire at/ADP/prep/1 a/DET/det/5 Russia/PROPN/compound/5///GPE "
                "base/NOUN/pobj/2 in/ADP/prep/5 Haiti/PROPN/pobj/6///GPE")
    assert place_rule(placer, in_haiti, 1, "195")[0] == "Haiti"
    alone = ("Jets/NOUN/nsubj/1 fired/VERB/ROOT/1/fire at/ADP/prep/1 a/DET/det/5 Russia/PROPN/compound/5///GPE "
             "base/NOUN/pobj/2")
    assert place_rule(placer, alone, 1, "195")[0] == "Russia"


def test_a_town_is_of_the_place_that_owns_it_or_the_owner_is_the_place(placer):
    """'a bomb exploded in London's Docklands': the only Docklands the gazetteer knows is Melbourne's,
    so the place is London."""
    spec = ("A/DET/det/1 bomb/NOUN/nsubj/2 exploded/VERB/ROOT/2/explode in/ADP/prep/2 London/PROPN/poss/6///GPE "
            "'s/PART/case/4 Docklands/PROPN/pobj/3///GPE")
    assert place_rule(placer, spec, 2, "183")[0] == "London"


def test_the_town_of_a_name_is_no_region_of_that_name_nor_outside_the_place_it_lies_in(placer):
    """'near the town of Uri in Kashmir': not the Swiss canton of Uri; the town the gazetteer lacks lies in
    Kashmir, which places the act."""
    spec = ("Militants/NOUN/nsubj/1 attacked/VERB/ROOT/1/attack a/DET/det/3 post/NOUN/dobj/1 near/ADP/prep/1 "
            "the/DET/det/6 town/NOUN/pobj/4 of/ADP/prep/6 Uri/PROPN/pobj/7///GPE in/ADP/prep/8 "
            "Kashmir/PROPN/pobj/9///GPE")
    assert place_rule(placer, spec, 1, "190")[0] == "Kashmir"
    alone = ("Militants/NOUN/nsubj/1 attacked/VERB/ROOT/1/attack the/DET/det/3 town/NOUN/dobj/1 of/ADP/prep/3 "
             "Uri/PROPN/pobj/4///GPE")
    sentence = parsed(alone)
    found = placer.place(sentence, event_at(sentence, 1, "190"), set())
    assert found is None or found.name != "Uri"


def test_a_welcome_that_endorses_is_not_placed_at_the_welcomer_a_welcome_of_guests_is(placer):
    endorsed = parsed("Kenya/PROPN/nsubj/1///GPE welcomed/VERB/ROOT/1/welcome the/DET/det/3 agreement/NOUN/dobj/1")
    assert placer.place(endorsed, event_at(endorsed, 1, "051"), set()) is None
    guests = parsed("Kenya/PROPN/nsubj/1///GPE welcomed/VERB/ROOT/1/welcome the/DET/det/3 delegation/NOUN/dobj/1")
    found = placer.place(guests, event_at(guests, 1, "043"), set())
    assert found is not None and (found.name, found.rule) == ("Kenya", "host")


def test_a_named_person_is_no_place_even_when_a_town_has_his_name(placer):
    """'accused Abiy of preparing a war': Abiy Adi is a town in Tigray, and the act is not there; a
    person named by a role keeps the place his phrase names ('his counterpart in Muscat')."""
    sentence = parsed("Rebels/NOUN/nsubj/1/rebel accused/VERB/ROOT/1/accuse Rich/PROPN/dobj/1 of/ADP/prep/1 "
                      "lying/VERB/pcomp/3/lie")
    token = sentence.tokens[2]
    person = ActorRef(text="Rich", code="USAELI", country="USA", kind="person", how="people.tsv:10",
                      span=Span(start=token.idx, end=token.idx + len(token.text), text=token.text))
    assert placer.place(sentence, event_at(sentence, 1, "112", person), set()) is None
    assert placer.place(sentence, event_at(sentence, 1, "112"), set()) is not None


def test_a_direction_alone_is_no_place():
    """'accused the West of meddling', 'a town in the North': West and North are regions of Cameroon
    to GeoNames, not where these acts are."""
    west = Place(name="West", country="CMR", level="admin", geonameid=20, latitude=5.5, longitude=10.5)
    placer = EventPlacer(Gazetteer(lambda key: (west,) if key == name_key("West") else (), {}, {}))
    sentence = parsed("Russia/PROPN/nsubj/1///GPE accused/VERB/ROOT/1/accuse the/DET/det/3 West/PROPN/dobj/1///LOC")
    assert placer.place(sentence, event_at(sentence, 1, "112"), set()) is None


def test_the_last_word_of_a_name_that_is_no_place_is_no_town():
    """'aid from the African Union': Union is a town in New Jersey, the phrase names an organisation
    (the parser's entity); a place named whole stays one ('talks in Kharkiv')."""
    from dataclasses import replace

    union = Place(name="Union", country="USA", level="city", geonameid=21, latitude=40.7, longitude=-74.3)
    placer = EventPlacer(Gazetteer(lambda key: (union,) if key == name_key("Union") else (), {}, {}))
    spec = ("Kenya/PROPN/nsubj/1///GPE received/VERB/ROOT/1/receive aid/NOUN/dobj/1 from/ADP/prep/1 "
            "the/DET/det/6 African/PROPN/compound/6///ORG Union/PROPN/pobj/3///ORG")
    sentence = parsed(spec)
    tokens = list(sentence.tokens)
    tokens[5], tokens[6] = replace(tokens[5], ent_iob="B"), replace(tokens[6], ent_iob="I")
    organisation = replace(sentence, tokens=tuple(tokens))
    assert placer.place(organisation, event_at(organisation, 1, "070"), set()) is None
    # the same word as a name of its own is the town
    town = parsed("Kenya/PROPN/nsubj/1///GPE received/VERB/ROOT/1/receive aid/NOUN/dobj/1 from/ADP/prep/1 "
                  "Union/PROPN/pobj/3///GPE")
    assert placer.place(town, event_at(town, 1, "070"), set()) is not None


def test_talks_a_trip_was_made_for_are_where_the_trip_went(placer):
    # "the minister flew to Nairobi for talks": the talks are in Nairobi, not at the dateline
    assert place_rule(placer, "Minister/NOUN/nsubj/1/minister flew/VERB/ROOT/1/fly to/ADP/prep/1 "
                              "Nairobi/PROPN/pobj/2///GPE for/ADP/prep/1 talks/NOUN/pobj/4/talk", 5, "040") == (
        "Nairobi", "trip")


def test_a_country_a_weapon_is_fired_at_is_the_recipient_not_the_place(placer: EventPlacer):
    # "fired missiles toward Israel": the resolver names Israel as the recipient; the act is not placed there
    sentence = parsed("Iran/PROPN/nsubj/1//NNP/GPE fired/VERB/ROOT/1/fire missiles/NOUN/dobj/1/missile "
                      "toward/ADP/prep/1 Israel/PROPN/pobj/3//NNP/GPE")
    assert placer.place(sentence, event_at(sentence, 1, "195"), set()) is None


def test_a_result_told_by_a_participle_happened_where_the_weapons_went(placer: EventPlacer):
    # "Guerrillas fired rockets into Israel, wounding three people": the wounding is in Israel
    sentence = parsed("Guerrillas/NOUN/nsubj/1/guerrilla fired/VERB/ROOT/1/fire rockets/NOUN/dobj/1/rocket "
                      "into/ADP/prep/1 Israel/PROPN/pobj/3//NNP/GPE ,/PUNCT/punct/1 wounding/VERB/advcl/1/wound/VBG "
                      "three/NUM/nummod/8 people/NOUN/dobj/6/people")
    found = placer.sentence_place(sentence, event_at(sentence, 6, "193"), set())
    assert found is not None and (found.name, found.rule) == ("Israel", "continued-into:into")


KANI = ("Fighters/NOUN/nsubj/1/fighter ambushed/VERB/ROOT/1/ambush a/DET/det/3 convoy/NOUN/dobj/1/convoy "
        "near/ADP/prep/1 the/DET/det/6 town/NOUN/pobj/4/town of/ADP/prep/6 Kani/PROPN/pobj/7//NNP/GPE")


def test_a_small_town_abroad_is_not_the_town_a_story_about_another_country_means(placer: EventPlacer):
    # a story about Myanmar: "near the town of Kani" is a town the gazetteer lacks, not Kani, Japan
    sentence = parsed(KANI)
    assert placer.lookup_phrase(sentence, 8, {"MMR"}) is None
    found = placer.lookup_phrase(sentence, 8, {"JPN"})
    assert found is not None and found.name == "Kani"


def test_the_adjective_of_a_settlement_noun_names_the_towns_country():
    # "Militants in Gaza fired rockets at the Israeli town of Sderot": Sderot is not a small town abroad
    gazetteer = Gazetteer(lambda key: tuple(p for k, p in PLACES.items() if name_key(k) == key), {},
                          {"israeli": "ISR", "sadr": "ESH"})
    sentence = parsed("Militants/NOUN/nsubj/1/militant fired/VERB/ROOT/1/fire rockets/NOUN/dobj/1/rocket "
                      "at/ADP/prep/1 the/DET/det/6 Israeli/ADJ/amod/6//JJ/NORP town/NOUN/pobj/3/town "
                      "of/ADP/prep/6 Sderot/PROPN/pobj/7//NNP/GPE")
    found = EventPlacer(gazetteer).lookup_phrase(sentence, 6, {"PSE"})
    assert found is not None and found.name == "Sderot"


FRONTED = ("In/ADP/prep/3 Washington/PROPN/pobj/0//NNP/GPE ,/PUNCT/punct/3 officials/NOUN/nsubj/3/official "
           "condemned/VERB/ROOT/3/condemn the/DET/det/6 crackdown/NOUN/dobj/3/crackdown and/CCONJ/cc/3 "
           "said/VERB/conj/3/say {subject} was/AUX/aux/11 suspending/VERB/ccomp/8/suspend aid/NOUN/dobj/11/aid")


def test_a_place_that_opens_the_sentence_places_each_of_its_acts(placer: EventPlacer):
    # "In Washington, officials condemned the crackdown and said they were suspending aid"
    sentence = parsed(FRONTED.format(subject="they/PRON/nsubj/11/they"))
    found = placer.sentence_place(sentence, event_at(sentence, 11, "162"), set())
    assert found is not None and (found.name, found.rule) == ("Washington", "fronted-speaker:in")
    condemned = placer.sentence_place(sentence, event_at(sentence, 4, "111"), set())
    assert condemned is not None and (condemned.name, condemned.rule) == ("Washington", "fronted:in")


def test_the_parties_of_what_a_speaker_says_it_did_are_not_of_where_it_said_so():
    # "In Washington, the Treasury said it had blacklisted two army units": the units are not American
    sentence = parsed(FRONTED.format(subject="they/PRON/nsubj/11/they"))
    washington = PlaceRef(name="Washington", country="USA", level="city", text="Washington",
                          span=Span(start=3, end=13, text="Washington"), rule="fronted-speaker:in")
    units = ActorRef(text="two army units", code="---MIL", sectors=("MIL",))
    [coded] = policies([event_at(sentence, 11, code="163", target=units, place=washington)])
    assert coded.target is not None and coded.target.country != "USA"
    [placed] = policies([event_at(sentence, 11, code="163", target=units,
                                  place=replace(washington, rule="fronted:in"))])
    assert placed.target is not None and placed.target.code == "USAMIL"


def test_an_act_another_party_is_reported_to_have_done_is_not_placed_where_it_was_said(placer: EventPlacer):
    # "In Washington, officials condemned the crackdown and said rebels were suspending aid"
    sentence = parsed(FRONTED.format(subject="rebels/NOUN/nsubj/11/rebel"))
    assert placer.sentence_place(sentence, event_at(sentence, 11, "162"), set()) is None


def test_the_target_of_an_assault_noun_is_no_topic_and_its_town_places_the_act(placer: EventPlacer):
    # "Police detained students in a raid on a dormitory in Surabaya"; "a resolution on a dormitory in
    # Surabaya" would be about it
    spec = ("Police/NOUN/nsubj/1/police detained/VERB/ROOT/1/detain students/NOUN/dobj/1/student in/ADP/prep/1 "
            "a/DET/det/5 {noun}/NOUN/pobj/3/{noun} on/ADP/prep/5 a/DET/det/8 dormitory/NOUN/pobj/6/dormitory "
            "in/ADP/prep/8 Surabaya/PROPN/pobj/9//NNP/GPE")
    raid = parsed(spec.format(noun="raid"))
    found = placer.place(raid, event_at(raid, 1, "173"), set())
    assert found is not None and found.name == "Surabaya"
    resolution = parsed(spec.format(noun="resolution"))
    assert placer.place(resolution, event_at(resolution, 1, "173"), set()) is None


MET = ("The/DET/det/1 council/NOUN/nsubj/7/council ,/PUNCT/punct/1 {who}/PRON/nsubj/4 met/VERB/relcl/1/meet/VBD "
       "in/ADP/prep/4 Washington/PROPN/pobj/5//NNP/GPE demanded/VERB/ROOT/7/demand/VBD talks/NOUN/dobj/7/talk "
       "and/CCONJ/cc/7 urged/VERB/conj/7/urge/VBD restraint/NOUN/dobj/10/restraint")


def test_where_a_body_met_places_each_act_of_its_sentence(placer: EventPlacer):
    # "The council, which met in Washington, demanded talks and urged restraint": both acts there
    sentence = parsed(MET.format(who="which"))
    for trigger, code in ((7, "100"), (10, "020"), (7, "100")):
        found = placer.place(sentence, event_at(sentence, trigger, code), set())
        assert found is not None and (found.name, found.rule) == ("Washington", "participle")


def test_where_a_person_met_someone_before_is_not_where_the_person_acts(placer: EventPlacer):
    # "Marcos, who met Xi in Beijing in January, said ...": an earlier trip
    sentence = parsed(MET.format(who="who").replace("The/DET/det/1 council/NOUN", "The/DET/det/1 envoy/NOUN"))
    assert placer.place(sentence, event_at(sentence, 7, "100"), set()) is None


def test_a_story_filed_from_elsewhere_places_there_no_act_done_by_others(placer: EventPlacer):
    """An Iran-Iraq war story datelined NICOSIA: the dateline is where the radio was monitored, not where
    jets bombed; a statement may still have been made there, and an act of the dateline's own country is.
    A Syria story datelined UNITED NATIONS places no shelling in New York, but a pledge of aid may be."""
    from newsevents.places.locate import GROUND_ROOTS, MATERIAL_ROOTS, _filed_from_elsewhere

    text = "NICOSIA, Feb 12 (Wire) - Iraqi jets bombed Iranian positions, the radio, monitored in Nicosia, said."
    nicosia = PlaceRef(name="Nicosia", country="CYP", level="city", rule="dateline", span=Span(start=0, end=7,
                                                                                             text="NICOSIA"))
    war = {"IRN": 4, "IRQ": 5}
    assert _filed_from_elsewhere(text, nicosia, None, war) == MATERIAL_ROOTS
    # not where the text names the city as a place of the story ("the Nicosia talks"), nor where the
    # parties name the dateline's country often and no other country is the story's
    assert not _filed_from_elsewhere(text + " They met at the Nicosia talks.", nicosia, None, war)
    assert not _filed_from_elsewhere(text, nicosia, None, {**war, "CYP": 2})
    assert not _filed_from_elsewhere(text, nicosia, None, {"IRN": 1, "IRQ": 1})  # about no other country often
    # a seat of talks and courts: only acts done on the ground
    un = replace(nicosia, name="New York City", country="USA", span=Span(start=0, end=14, text="UNITED NATIONS"))
    syria = "UNITED NATIONS, Feb 5 (Wire) - Government forces shelled Homs, activists said."
    assert _filed_from_elsewhere(syria, un, "SYR", {"SYR": 6, "USA": 2}) == GROUND_ROOTS
    # an international body acts at its seat
    council = replace(bombed_at := event_at(parsed("Jets/NOUN/nsubj/1 bombed/VERB/ROOT/1"), 1), code="191",
                      root="19", source=ActorRef(text="the council", code="IGOUNOUSC"))
    assert placer._elsewhere(parsed("Jets/NOUN/nsubj/1 bombed/VERB/ROOT/1"), council, set(), None, un,
                             filed_from=GROUND_ROOTS) == un and bombed_at.place is None
    sentence = parsed("Jets/NOUN/nsubj/1 bombed/VERB/ROOT/1 positions/NOUN/dobj/1")
    bombed = event_at(sentence, 1, target=ActorRef(text="Iranian positions", code="IRN", country="IRN"))
    assert placer._elsewhere(sentence, bombed, set(), None, nicosia, filed_from=MATERIAL_ROOTS) is None
    assert placer._elsewhere(sentence, bombed, set(), None, nicosia) == nicosia
    said = replace(bombed, code="010", root="01")
    assert placer._elsewhere(sentence, said, set(), None, nicosia, filed_from=MATERIAL_ROOTS) == nicosia
    cypriot = replace(bombed, target=ActorRef(text="Cypriot positions", code="CYP", country="CYP"))
    assert placer._elsewhere(sentence, cypriot, set(), None, nicosia, filed_from=MATERIAL_ROOTS) == nicosia
    # the country the story is about, for parties of it or of none named
    home = PlaceRef(name="Syria", country="SYR", level="country", rule="story-country")
    shelled = replace(bombed, source=ActorRef(text="government forces", code="---MIL"), target=None)
    assert placer._elsewhere(sentence, shelled, set(), None, un, home=home, filed_from=GROUND_ROOTS) == home


def test_a_statement_told_before_its_attribution_was_made_where_the_speaker_was(placer: EventPlacer):
    """"Kenya condemned the strike, a spokesman in Nairobi said": the condemnation is placed in Nairobi
    (as "said in Nairobi" would place it); an attack so attributed is not placed where it was told."""
    spec = ("Kenya/PROPN/nsubj/1///GPE condemned/VERB/ccomp/9/condemn the/DET/det/3 strike/NOUN/dobj/1 "
            ",/PUNCT/punct/9 a/DET/det/6 spokesman/NOUN/nsubj/9 in/ADP/prep/6 Nairobi/PROPN/pobj/7///GPE "
            "said/VERB/ROOT/9/say")
    sentence = parsed(spec)
    condemned = placer.sentence_place(sentence, event_at(sentence, 1, code="111"), set())
    assert condemned is not None and (condemned.name, condemned.rule) == ("Nairobi", "fronted-speaker:attribution")
    attacked = placer.sentence_place(sentence, event_at(sentence, 1, code="190"), set())
    assert attacked is None or attacked.name != "Nairobi"


def test_a_city_the_tagger_calls_a_person_still_hosts_where_it_is(placer: EventPlacer):
    """"London hosted talks": the tagger may call a city a person; only a host the resolver made a
    person (Obama, not Obama, Japan) is no place (bench/resolution.py, plc-041: "Glasgow hosted")."""
    sentence = parsed("London/PROPN/nsubj/1///PERSON hosted/VERB/ROOT/1/host talks/NOUN/dobj/1/talk")
    london = ActorRef(text="London", code="GBRGOV", country="GBR", kind="capital", span=Span(start=0, end=6, text="London"))
    city = replace(event_at(sentence, 2, "040"), source=london)
    assert (placer.place(sentence, city, set()).name, placer.place(sentence, city, set()).rule) == ("London", "host")
    person = replace(city, source=replace(city.source, kind="person"))
    found = placer.place(sentence, person, set())
    assert found is None or found.rule != "host"
