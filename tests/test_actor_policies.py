"""The actor-code policies (actors/policies.py) on hand-built events: no parse, no model."""

from __future__ import annotations

from dataclasses import replace

import pytest

from newsevents import Settings
from newsevents.actors.policies import StoryContext, apply_policies, story_context, story_country
from newsevents.records import ActorRef, Event, PlaceRef, Span

pytestmark = pytest.mark.issue(10)


def actor(code: str, text: str = "") -> ActorRef:
    return ActorRef(text=text or code, code=code, country=code[:3] if code[:3].isalpha() else "",
                    sectors=tuple(code[i:i + 3] for i in range(3, len(code), 3)))


def event(source: str, target: str | None, trigger: int = 0, sentence: str = "a:0") -> Event:
    return Event(event_id="e", article_id="a", sentence_id=sentence, code="138", root="13", plover="", quad_class=4,
                 goldstein=-7.0, source=actor(source, "rebels"), target=actor(target) if target else None,
                 trigger=Span(start=trigger, end=trigger + 6, text="attack"), rule_id="test@verb", confidence=0.75)


def policies(events: list[Event], story: StoryContext | None = None) -> list[Event]:
    return list(apply_policies(tuple(events), story or StoryContext(country=None), Settings()))


def test_the_sides_of_a_dispute_together_are_not_of_the_country_that_addresses_them():
    # "Egypt urged both sides to show restraint": not Egypt's
    appeal = replace(event("EGY", None), code="0256", root="02",
                     target=ActorRef(text="both sides", code="---GOV", sectors=("GOV",)))
    [coded] = policies([appeal])
    assert coded.target is not None and coded.target.code == "---GOV"
    [coded] = policies([replace(appeal, target=ActorRef(text="the side", code="---GOV", sectors=("GOV",)))])
    assert coded.target is not None and coded.target.code == "EGYGOV"


def test_the_sides_of_a_dispute_together_are_not_of_the_place_or_the_story_either():
    # "the European Union called on both sides to exercise restraint", datelined Manila, in a story
    # about the Philippines: not Filipino
    appeal = replace(event("IGOEUREEC", None), code="0256", root="02",
                     target=ActorRef(text="both sides", code="---GOV", sectors=("GOV",)),
                     place=PlaceRef(name="Manila", country="PHL", level="city", rule="dateline"))
    [coded] = policies([appeal], StoryContext(country="PHL"))
    assert coded.target is not None and coded.target.code == "---GOV"
    [coded] = policies([replace(appeal, target=ActorRef(text="the government", code="---GOV", sectors=("GOV",)))],
                       StoryContext(country="PHL"))
    assert coded.target is not None and coded.target.code == "PHLGOV"


def test_a_party_of_no_country_facing_one_country_is_of_it():
    [coded] = policies([event("---REB", "MOZGOV")])
    assert coded.source is not None and coded.source.code == "MOZREB"
    assert "same country as the other party" in coded.source.how
    assert coded.confidence == 0.85


def test_an_act_fanned_out_over_two_countries_gives_the_party_neither():
    # "Rebels threatened attacks on the United States and France": one trigger, two events, each
    # facing one country; the rebels are of neither
    for coded in policies([event("---REB", "USA"), event("---REB", "FRA")]):
        assert coded.source is not None and coded.source.code == "---REB"


def test_another_trigger_naming_another_country_does_not_count():
    # "... rejecting the tribunal as an agent of the U.S. occupation": the tribunal faces Iraq alone
    first, second = policies([event("IRQGOV", "---JUD", trigger=0), event("IRQGOV", "USA", trigger=20)])
    assert first.target is not None and first.target.code == "IRQJUD"
    assert second.target is not None and second.target.code == "USA"


def test_international_parties_do_not_make_an_act_foreign():
    coded = policies([event("---REB", "SDNGOV"), event("---REB", "IGOUNO")])
    assert coded[0].source is not None and coded[0].source.code == "SDNREB"


def test_a_story_of_one_country_gives_it_to_unnamed_groups_and_a_shorter_text_does_not():
    named = (actor("LKAGOV"), actor("---MIL"))
    coded = story_country(event("---MIL", None), story_context(named, ["LKA"], 3))
    assert coded.source is not None and coded.source.code == "LKAMIL"
    snippet = story_context(named, ["LKA"], 2)
    assert story_country(event("---MIL", None), snippet).source.code == "---MIL"  # type: ignore[union-attr]


def test_a_region_gives_no_country_to_the_party_it_faces():
    # "Western leaders threatened the officers who seized power": the officers are not "Western"
    [coded] = policies([event("---MIL", "WSTGOV")])
    assert coded.source is not None and coded.source.code == "---MIL"


@pytest.mark.parametrize("rule, level, target, target_kind, expected", [
    ("visit-target", "city", "CHNGOV", "capital", "---GOV"),  # "the president arrived in Beijing"
    ("into", "country", "CHN", "place", "---GOV"),  # "troops crossed into China"
    ("into", "city", "CHN", "place", "CHNGOV"),  # "rebels marched into Wuhan": a town, not a state
    ("locative:in", "city", "CHNGOV", "capital", "CHNGOV"),  # "police detained the envoy in Beijing"
])
def test_an_agent_that_came_to_a_state_is_not_of_it(rule, level, target, target_kind, expected):
    place = PlaceRef(name="Beijing", country="CHN", level=level, rule=rule)
    arrival = replace(event("---GOV", target), place=place, target=replace(actor(target), kind=target_kind))
    [coded] = policies([arrival])
    assert coded.source is not None and coded.source.code == expected


# (the event, the source code the domestic-counterpart policy leaves it)
NOT_DOMESTIC = {
    # "The government summoned the Russian ambassador": not Russia summoning its own envoy
    "a party facing an envoy": (replace(event("---GOV", "RUSGOV"), target=actor("RUSGOV", "Russian ambassador")),
                                "---GOV"),
    "a party facing the envoy's government": (
        replace(event("---GOV", "RUSGOV"), target=actor("RUSGOV", "Russian government")), "RUSGOV"),
    # "Israel's defence minister said the army would flatten Beirut": whose army? not Lebanon's
    "a party a third country's speaker names": (
        replace(event("---MIL", "LBNGOV"), reporter=actor("ISRGOV", "Israel's defence minister")), "---MIL"),
    "a party its own country's speaker names": (
        replace(event("---MIL", "LBNGOV"), reporter=actor("LBNGOV", "Lebanon's president")), "LBNMIL"),
}


@pytest.mark.parametrize("case", NOT_DOMESTIC)
def test_a_party_facing_an_envoy_or_named_by_a_third_countrys_speaker_is_not_made_domestic(case):
    coded_event, expected = NOT_DOMESTIC[case]
    [coded] = policies([coded_event])
    assert coded.source is not None and coded.source.code == expected


def test_the_parties_a_mediator_stands_between_are_not_made_of_its_country():
    """'Norway mediated between the rebels and the government': the rebels are not Norwegian, and the
    mediation, whose parties have no named country, stays an event ('consultation-needs-counterpart'
    wants a known counterpart for every other consultation)."""
    from newsevents.events.steps import ARTICLE_STEPS

    mediation = replace(event("NOR", "---REB"), code="045", root="04")
    [coded] = policies([mediation])
    assert coded.target is not None and coded.target.code == "---REB"
    meeting = replace(mediation, code="040")
    assert policies([meeting])[0].target.code == "NORREB"  # type: ignore[union-attr]
    [step] = [s for s in ARTICLE_STEPS if s.name == "consultation-needs-counterpart"]
    assert step.run(None, [coded, replace(coded, code="040")], None) == [coded]  # type: ignore[arg-type]


@pytest.mark.parametrize("rule, code, expected", [
    ("locative:in", "040", "NORREB"),  # "the government met the rebels in Oslo": of the place's country
    ("host", "040", "---REB"),  # "Norway hosted talks between the government and the rebels": guests
    ("locative:in", "045", "---REB"),  # a mediator's parties, wherever it mediates
])
def test_the_guests_of_a_host_and_the_parties_of_a_mediator_are_not_of_its_country(rule, code, expected):
    talks = replace(event("---GOV", "---REB"), code=code, root="04",
                    place=PlaceRef(name="Norway", country="NOR", level="country", rule=rule))
    [coded] = policies([talks])
    assert coded.target is not None and coded.target.code == expected


def test_a_dateline_at_a_seat_of_courts_or_talks_gives_its_country_only_where_the_storys_parties_name_it():
    # a Myanmar story datelined THE HAGUE (the court's seat): "refugees" there are not Dutch; a story
    # datelined CARACAS whose parties name Venezuela: "police" there are Venezuelan; DOUMA, Syria is
    # no venue: its dead are Syrian though only Trump is named
    hague = PlaceRef(name="The Hague", country="NLD", level="city", rule="dateline")
    hosting = replace(event("---REF", None), place=hague)
    [coded] = policies([hosting], StoryContext(country=None, named=frozenset({"MMR", "BGD"})))
    assert coded.source is not None and coded.source.code == "---REF"
    caracas = replace(hague, name="Caracas", country="VEN")
    [coded] = policies([replace(hosting, place=caracas)], StoryContext(country=None, named=frozenset({"VEN", "ARG"})))
    assert coded.source is not None and coded.source.code == "VENREF"
    [coded] = policies([replace(hosting, place=caracas)])  # nothing named: the dateline is all there is
    assert coded.source is not None and coded.source.code == "VENREF"
    douma = replace(hague, name="Douma", country="SYR")
    [coded] = policies([replace(hosting, place=douma)], StoryContext(country=None, named=frozenset({"USA"})))
    assert coded.source is not None and coded.source.code == "SYRREF"



def test_an_international_bodys_act_at_its_seat_gives_the_seats_country_to_no_party():
    # "the Security Council, meeting in New York, condemned the rebel offensive": no American rebels;
    # police the Council condemns in Caracas are Venezuelan
    new_york = PlaceRef(name="New York City", country="USA", level="city", rule="participle",
                        span=Span(start=40, end=48, text="New York"))
    condemned = replace(event("IGOUNOUSC", "---REB"), code="111", root="11", place=new_york)
    [coded] = policies([condemned])
    assert coded.target is not None and coded.target.code == "---REB"
    caracas = PlaceRef(name="Caracas", country="VEN", level="city", rule="clause:in")
    [coded] = policies([replace(condemned, target=actor("---COP"), place=caracas)])
    assert coded.target is not None and coded.target.code == "VENCOP"


def test_an_unnamed_government_or_army_facing_a_state_is_not_of_that_state():
    # "the foreign minister rejected the British demand": not a British minister facing Britain;
    # "the army shelled rebel positions" facing Syria's rebels is still Syrian
    [coded] = policies([replace(event("---GOV", "GBR"), code="124", root="12")])
    assert coded.source is not None and coded.source.code == "---GOV"
    [coded] = policies([replace(event("---MIL", "SYRREB"), code="194", root="19")])
    assert coded.source is not None and coded.source.code == "SYRMIL"


def test_weapons_fired_by_no_one_named_take_no_country_from_their_place_or_their_recipient():
    # "Missiles struck an apartment building near Odesa, killing 21 people": no Ukrainian missiles;
    # "rebel artillery pounded positions in Kigali" is the rebels', who are Rwandan
    odesa = PlaceRef(name="Odesa", country="UKR", level="city", rule="clause:near")
    struck = replace(event("---MIL", "UKRCVL"), code="180", root="18", place=odesa,
                     source=ActorRef(text="Missiles", code="---MIL", sectors=("MIL",)))
    [coded] = policies([struck], StoryContext(country="UKR"))
    assert coded.source is not None and coded.source.code == "---MIL"
    kigali = PlaceRef(name="Kigali", country="RWA", level="city", rule="clause:in")
    pounded = replace(struck, code="194", root="19", place=kigali, target=actor("RWA"),
                      source=ActorRef(text="Rebel artillery", code="---REB", sectors=("REB",)))
    [coded] = policies([pounded])
    assert coded.source is not None and coded.source.code == "RWAREB"


def test_force_of_no_named_country_on_a_country_one_foreign_state_attacks_in_the_story_is_that_states():
    # "Russia launched drones at Ukrainian cities. In Odesa, a drone struck a grain warehouse": not Ukraine's
    odesa = PlaceRef(name="Odesa", country="UKR", level="city", rule="locative:in")
    launched = replace(event("RUS", "UKR"), code="195", root="19")
    struck = replace(event("---MIL", "UKR", trigger=40, sentence="a:1"), code="1952", root="19", place=odesa)
    coded = policies([launched, struck])
    assert coded[1].source is not None and coded[1].source.code == "RUSMIL"
    assert "the story's attacker of UKR" in coded[1].source.how
    # a recipient of no named country is of the place's; police, protesters are not armed parties unnamed
    wounded = replace(struck, target=actor("---MIL"))
    assert policies([launched, wounded])[1].source.code == "RUSMIL"
    police = replace(struck, source=actor("---COP"))
    assert policies([launched, police])[1].source.code == "UKRCOP"
    # two states using force on the country: the story names no one attacker; nor does a civil war
    shelled = replace(event("BLR", "UKR", sentence="a:2"), code="194", root="19")
    assert policies([launched, shelled, struck])[2].source.code == "UKRMIL"
    civil = replace(event("UKRREB", "UKRMIL"), code="190", root="19")
    assert policies([civil, struck])[1].source.code == "UKRMIL"


def test_an_envoy_of_no_named_country_is_not_of_the_place_or_the_story():
    # "The envoy urged the two sides to withdraw", datelined Khartoum: no Sudanese envoy
    appeal = replace(event("---GOV", "SDN"), code="0256", root="02",
                     source=ActorRef(text="The envoy", code="---GOV", sectors=("GOV",)),
                     place=PlaceRef(name="Khartoum", country="SDN", level="city", rule="dateline"))
    [coded] = policies([appeal], StoryContext(country="SDN"))
    assert coded.source is not None and coded.source.code == "---GOV"


def test_victims_a_policy_gave_their_attackers_country_in_a_fight_between_two_countries_are_dropped():
    """'Indian and Pakistani troops exchanged fire, killing six civilians' filed from Jammu: the
    civilians placed in India are Pakistan's victims, not India's own; one country's troops firing
    on protesters may kill their own people."""
    jammu = PlaceRef(name="Jammu", country="IND", level="city", rule="dateline")
    civilians = ActorRef(text="six civilians", code="---CVL", sectors=("CVL",))
    killing = replace(event("INDMIL", None, trigger=40), code="190", root="19", target=civilians, place=jammu)
    coded = policies([killing, replace(killing, source=actor("PAKMIL"))])
    assert [(e.source.code, e.target.code) for e in coded if e.source and e.target] == [("PAKMIL", "INDCVL")]
    alone = policies([killing])
    assert [(e.source.code, e.target.code) for e in alone if e.source and e.target] == [("INDMIL", "INDCVL")]
    named = policies([replace(killing, target=actor("INDCVL")), replace(killing, source=actor("PAKMIL"))])
    assert len(named) == 2  # victims named as Indian stay, whoever the text says killed them


def test_migrants_and_refugees_are_not_of_the_country_that_acts_on_them_or_where_they_are():
    # "Greece deported 202 migrants to Turkey", "police in Calais detained dozens of migrants"
    migrants = ActorRef(text="202 migrants", code="---REF", sectors=("REF",))
    deported = replace(event("GRC", None), code="174", root="17", target=migrants)
    [coded] = policies([deported])
    assert coded.target is not None and coded.target.code == "---REF"
    calais = PlaceRef(name="Calais", country="FRA", level="city", rule="locative")
    [coded] = policies([replace(deported, source=actor("---COP", "police"), place=calais)])
    assert (coded.source.code, coded.target.code) == ("FRACOP", "---REF")
    # the internally displaced are of the country they are displaced in
    displaced = ActorRef(text="displaced people", code="---REF", sectors=("REF",))
    [coded] = policies([replace(deported, target=displaced)])
    assert coded.target is not None and coded.target.code == "GRCREF"


def test_a_foreign_ministry_is_the_states_own_office_not_a_foreign_party():
    # "In Moscow, the Foreign Ministry summoned the U.S. ambassador": Russian
    summons = replace(event("---GOV", "USAGOV"), code="114", root="11",
                      source=ActorRef(text="the Foreign Ministry", code="---GOV", sectors=("GOV",)),
                      place=PlaceRef(name="Moscow", country="RUS", level="city", rule="locative"))
    [coded] = policies([summons])
    assert coded.source is not None and coded.source.code == "RUSGOV"
    [coded] = policies([replace(summons, source=ActorRef(text="foreign tourists", code="---CVL", sectors=("CVL",)))])
    assert coded.source is not None and coded.source.code == "---CVL"


def test_weapons_a_party_strikes_are_not_its_own():
    # "Turkey threatened to strike the missiles": no Turkish missiles; "Turkey shelled the rebels": Turkish rebels
    missiles = ActorRef(text="the missiles", code="---MIL", sectors=("MIL",))
    [coded] = policies([replace(event("TUR", None), code="138", target=missiles)])
    assert coded.target is not None and coded.target.code == "---MIL"
    [coded] = policies([replace(event("TUR", None), target=actor("---REB", "the rebels"))])
    assert coded.target is not None and coded.target.code == "TURREB"


def test_a_story_filed_from_abroad_gives_its_unnamed_parties_the_country_it_is_about():
    # an Iran story datelined DUBAI: "the judiciary" is Iran's; a story of French hostages in Niger
    # datelined NIAMEY that names Niger twice is told where it happens
    dubai = PlaceRef(name="Dubai", country="ARE", level="city", rule="dateline")
    urged = replace(event("IRNMIL", None), code="020", root="02", place=dubai,
                    target=ActorRef(text="the judiciary", code="---JUD", sectors=("JUD",)))
    mentions = tuple(actor(code) for code in ("IRNGOV", "IRNMIL", "IRNCOP", "IRN", "USAGOV"))
    story = story_context(mentions, [], sentences=8)
    assert story.main == "IRN"
    [coded] = policies([urged], story)
    assert coded.target is not None and coded.target.code == "IRNJUD"
    assert "mostly about IRN" in coded.target.how
    niamey = PlaceRef(name="Niamey", country="NER", level="city", rule="dateline")
    kidnappers = replace(event("---CRM", None), code="100", root="10", place=niamey)
    named = tuple(actor(code) for code in ("FRA", "FRAGOV", "FRAGOV", "FRACVL", "FRA", "FRAGOV", "NER", "NERGOV"))
    [coded] = policies([kidnappers], story_context(named, [], sentences=8))
    assert coded.source is not None and coded.source.code == "NERCRM"
    # two countries named alike: no story country, the dateline's
    even = tuple(actor(code) for code in ("BLR", "BLRGOV", "POL", "POLGOV"))
    assert story_context(even, [], sentences=8).main is None


def test_a_story_filed_from_abroad_about_two_others_lends_the_datelines_country_to_no_one():
    # an Iran-Iraq war story datelined NICOSIA: "enemy troops", "the army" are not Cypriot, and with
    # two countries named alike none is the story's; nor are "enemy troops" the other party's own
    nicosia = PlaceRef(name="Nicosia", country="CYP", level="city", rule="dateline")
    war = tuple(actor(code) for code in ("IRN", "IRNMIL", "IRNGOV", "IRQ", "IRQMIL", "IRQGOV"))
    story = story_context(war, [], sentences=8)
    assert story.main is None
    army = replace(event("IRQMIL", None), code="190", root="19", place=nicosia,
                   target=ActorRef(text="the army", code="---MIL", sectors=("MIL",)))
    [coded] = policies([army], story)
    assert coded.target is not None and not coded.target.code.startswith("CYP")
    enemy = replace(army, place=None, target=ActorRef(text="enemy troops", code="---MIL", sectors=("MIL",)))
    [coded] = policies([enemy], story)
    assert coded.target is not None and coded.target.code == "---MIL"
    # a story the dateline's country is barely named in, about no other often, is told where it is filed
    luanda = replace(nicosia, name="Luanda", country="AGO")
    few = tuple(actor(code) for code in ("BEL", "AGOGOV"))
    [coded] = policies([replace(army, place=luanda)], story_context(few, [], sentences=8))
    assert coded.target is not None and coded.target.code == "AGOMIL"


def test_states_named_in_the_plural_are_not_of_the_country_facing_them():
    # "Senegal suspended flights from the affected countries", "Mexico accused some countries"
    countries = ActorRef(text="the affected countries", code="---GOV", sectors=("GOV",))
    suspended = replace(event("SEN", None), code="163", root="16", target=countries)
    [coded] = policies([suspended])
    assert coded.target is not None and coded.target.code == "---GOV"
    # one country of no name stays domestic
    country = ActorRef(text="the government", code="---GOV", sectors=("GOV",))
    [coded] = policies([replace(suspended, target=country)])
    assert coded.target is not None and coded.target.code == "SENGOV"


def test_states_counted_in_the_plural_are_the_pair_told_of():
    # "energy ministers from the two countries held talks in Paris": the pair, which the story names
    two = ActorRef(text="the two countries", code="---GOV", sectors=("GOV",))
    from newsevents.actors.policies import _foreign

    assert not _foreign(two) and _foreign(ActorRef(text="the affected countries", code="---GOV"))


def test_creditors_and_donors_are_not_of_the_country_that_owes_or_faces_them():
    # "Mozambican President Filipe Nyusi accused some donors": no Mozambican donors
    donors = ActorRef(text="some donors", code="---GOV", sectors=("GOV",))
    accused = replace(event("MOZGOV", None), code="112", root="11", target=donors)
    [coded] = policies([accused])
    assert coded.target is not None and coded.target.code == "---GOV"


@pytest.mark.parametrize("code, root, expected", [
    ("195", "19", "UKR"),  # "missile strikes on Kyiv": the city, its country
    ("112", "11", "UKRGOV"),  # "accused Kyiv of sabotage": the government a capital speaks for
])
def test_a_capital_struck_stands_for_its_country(code, root, expected):
    kyiv = replace(actor("UKRGOV", "Kyiv"), how="capital countries.tsv:233")
    strike = replace(event("RUS", None), code=code, root=root, target=kyiv)
    [coded] = policies([strike])
    assert coded.target.code == expected


def test_parties_to_talks_at_a_venue_abroad_are_of_the_country_the_story_is_about():
    # "Manila, communist rebels agree ceasefire in Oslo": not Norwegian rebels; a fight there would be
    story = StoryContext(country=None, main="PHL", mentions={"PHL": 6, "NOR": 2})
    oslo = PlaceRef(name="Oslo", country="NOR", level="city", rule="locative:in")
    talks = replace(event("---REB", None), code="040", root="04", place=oslo)
    [coded] = policies([talks], story)
    assert coded.source is not None and coded.source.code == "PHLREB"
    [fought] = policies([replace(talks, code="190", root="19")], story)
    assert fought.source is not None and fought.source.code == "NORREB"


def test_a_party_facing_another_states_counterpart_is_not_made_of_that_state():
    # "Foreign Minister Sheikh Khalid telephoned his Saudi counterpart": not a Saudi minister
    call = replace(event("---GOV", None), code="041", root="04",
                   target=ActorRef(text="his Saudi counterpart", code="SAUGOV", country="SAU", sectors=("GOV",)))
    [coded] = policies([call])
    assert coded.source is not None and coded.source.code == "---GOV"
