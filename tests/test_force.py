"""Force told apart by who uses it on whom: the step that recodes 17, 18 and 19 by the parties."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from newsevents import Article, Pipeline
from newsevents.config import CoderSettings
from newsevents.events.force import force_code, recode_force
from newsevents.ontology import load_ontology
from newsevents.records import ActorRef, Event, Span

pytestmark = pytest.mark.issue(10)


def actor(code: str) -> ActorRef:
    return ActorRef(text=code, code=code, country=code[:3], sectors=tuple(code[i:i + 3] for i in range(3, len(code), 3)))


def event(code: str, source: str, target: str | None) -> Event:
    return Event(event_id="e", article_id="a", sentence_id="a:0", code=code, root=code[:2], plover="", quad_class=4,
                 goldstein=-10.0, source=actor(source), target=actor(target) if target else None,
                 trigger=Span(start=0, end=4, text="shot"), rule_id="test@verb", confidence=0.9)


@pytest.mark.parametrize("code, source, target, expected", [
    ("190", "MEXCOP", "MEXEDU", "175"),  # police on students: repression
    ("193", "PHLCOP", "PHLCRM", "175"),  # police on suspects
    ("1823", "GBRCOP", "---CVL", "175"),  # police shooting a man dead: repression, not assault
    ("190", "NGAINS", "NGACOP", None),  # insurgents on a police post: police are armed, fighting as coded
    ("190", "---UAF", "KENCVL", "180"),  # gunmen on villagers
    ("190", "KENCVL", "KENCVL", "180"),  # farmers on herders: civilians do not fight, they assault
    ("193", "---CVL", "USACVL", "180"),  # a teenager shooting two men
    ("190", "KENCVL", "KENMIL", None),  # civilians against soldiers: as coded
    ("1712", "SLBCVL", None, "145"),  # protesters burning buildings: a riot
    ("190", "NGAMIL", "NGAINS", None),  # the army against insurgents: fighting, as coded
    ("190", "MEXCOP", "MEXREB", None),  # police against an armed group: fighting
    ("190", "USALEG", "USAGOV", "111"),  # "had been attacked by lawmakers for weeks": words
    ("180", "GBRMED", "GBRGOV", "111"),  # newspapers attacking the prime minister
    ("190", "USALEG", "IRQMIL", None),  # lawmakers against an armed force: as coded
    ("190", "NGAINS", "NGAMIL", None),  # insurgents against the army
    ("190", "NGAINS", None, None),  # no recipient: nothing to go by
    ("1712", "SYRMIL", None, None),  # soldiers destroying homes stay coercion
    ("1712", "SYRGOV", None, None),
    ("1823", "LKAMIL", "LKAREB", "190"),  # the army killing rebels: armed forces fighting
    ("186", "LKAMIL", "LKAREB", None),  # an assassination names its means and stays one
    ("1823", "---UAF", "KENCVL", None),  # gunmen killing villagers stay assault
    ("194", "SDNUAF", "SDNCVL", None),  # shelling names a military means: fighting whoever is shelled
    ("195", "---UAF", "SYRCVL", None),
    # criminals fight like armed groups: bandits on passengers assault, commandos on pirates fight;
    # police killing suspects is still repression
    ("190", "---CRM", "NGACVL", "180"),
    ("1823", "KORMIL", "KORCRM", "190"),
    ("1823", "PHLCOP", "PHLCRM", "175"),
    # armed men storming a building are no rioting crowd; protesters storming it riot
    ("145", "---UAF", "FJILEG", "180"),
    ("1452", "---REB", None, "180"),
    ("145", "LKACVL", "LKALEG", None),
    # peacekeepers are an armed force (CAMEO's PKO): rebels attacking them fight, as against an army
    ("190", "---REB", "IGOAFRAFUPKO", None),
    ("1823", "FRAMIL", "IGOUNOPKO", "190"),
])
def test_the_parties_decide_the_root_of_force(code, source, target, expected):
    assert force_code(event(code, source, target)) == expected


@pytest.mark.parametrize("source, expected", [
    ("DEUPTY", "111"),  # "came under fire from her own party": words, not arms
    ("USAGOV", "111"),
    ("SYRMIL", None),  # "came under fire from government forces": fire, as told as an act
    ("---UAF", None),
    ("---CVL", None),  # "police came under attack from protesters": stones, not words
])
def test_fire_a_party_comes_under_from_those_who_bear_no_arms_is_criticism(source, expected):
    told_as_an_act = force_code(event("190", source, "DEUGOV"))
    assert told_as_an_act != "111"
    assert force_code(replace(event("190", source, "DEUGOV"), rule_id="195.model@under")) == expected or told_as_an_act


SHOT = "Police/NOUN/nsubj/1/police shot/VERB/ROOT/1/shoot students/NOUN/dobj/1/student"


def test_a_recoded_event_gets_the_codes_fields_and_says_which_step_changed_it():
    from .sentences import parsed

    ontology = load_ontology()
    [recoded] = recode_force([event("190", "MEXCOP", "MEXEDU")], parsed(SHOT), ontology, CoderSettings())
    assert (recoded.code, recoded.root, recoded.plover) == ("175", "17", ontology.get("175").plover_type)
    assert recoded.goldstein == ontology.goldstein("175", CoderSettings().goldstein_scale)
    assert recoded.steps == ("force-by-parties:190",) and recoded.event_id != "e"
    unchanged = event("190", "NGAMIL", "NGAINS")
    assert recode_force([unchanged], parsed(SHOT), ontology, CoderSettings()) == [unchanged]


def test_explain_says_a_recoding_step_changed_an_event_and_a_filter_dropped_one():
    from dataclasses import replace

    from newsevents.events.trace import SentenceTrace

    from .sentences import parsed

    trace = SentenceTrace(parsed(SHOT))
    fired, other = event("190", "MEXCOP", "MEXEDU"), replace(event("010", "MEXCOP", None), event_id="f")
    [recoded] = recode_force([fired], parsed(SHOT), load_ontology(), CoderSettings())
    trace.step_done("force-by-parties", "force by the parties", [fired, other], [recoded])
    notes = [(n.rule, n.action, n.detail) for n in trace.candidate(0).steps]
    assert notes == [("force-by-parties", "changed", "190 -> 175 MEXCOP -> MEXEDU: force by the parties"),
                     ("force-by-parties", "dropped", "010 MEXCOP -> -: force by the parties")]


@pytest.mark.parametrize("spec, source, expected", [
    # armed groups and civilians attacking a place no armed force holds assault it
    ("Gunmen/NOUN/nsubj/1/gunman attacked/VERB/ROOT/1/attack a/DET/det/3 hotel/NOUN/dobj/1", "---UAF", "180"),
    ("Mobs/NOUN/nsubj/1/mob attacked/VERB/ROOT/1/attack the/DET/det/3 town/NOUN/dobj/1 of/ADP/prep/3 "
     "Osh/PROPN/pobj/4", "KGZCVL", "180"),
    # a word before the place that names an armed force makes it theirs: fighting, as coded
    ("Militants/NOUN/nsubj/1/militant attacked/VERB/ROOT/1/attack an/DET/det/4 army/NOUN/compound/4 "
     "camp/NOUN/dobj/1", "NGAINS", None),
    # a place that is no civilian's: as coded
    ("Militants/NOUN/nsubj/1/militant attacked/VERB/ROOT/1/attack a/DET/det/3 convoy/NOUN/dobj/1", "NGAINS", None),
    # a state's army and the police may fight over a town: as coded
    ("Soldiers/NOUN/nsubj/1/soldier attacked/VERB/ROOT/1/attack the/DET/det/3 town/NOUN/dobj/1", "SDNMIL", None),
    ("Police/NOUN/nsubj/1/police attacked/VERB/ROOT/1/attack the/DET/det/3 village/NOUN/dobj/1", "SRBCOP", None),
])
def test_attacking_a_place_no_armed_force_holds_is_assault(spec, source, expected):
    from dataclasses import replace

    from .sentences import parsed

    sentence = parsed(spec)
    trigger = sentence.tokens[1]
    attack = replace(event("190", source, None), trigger=Span(start=trigger.idx, end=trigger.idx + 8, text="attacked"))
    [coded] = recode_force([attack], sentence, load_ontology(), CoderSettings())
    assert (coded.code if coded.code != "190" else None) == expected


def test_attacking_a_garrison_is_fighting_an_armed_force(code_text):
    """"a government garrison" is the troops that hold a place (agents.tsv): rebels attacking it fight (190)."""
    [attack] = code_text("Rebels attacked a government garrison in the north on Sunday.", "2004-05-10")
    assert attack.code == "190" and attack.target is not None and attack.target.code.endswith("MIL")


def test_force_whose_means_name_a_chemical_agent_is_the_use_of_chemical_weapons(pipeline, code_text):
    # an agentless killing is kept or dropped by its confidence (min_confidence), whatever its code
    keeping = Pipeline(pipeline.settings.with_values({"coder.min_confidence": 0.0}), pipeline.resources)
    article = Article(article_id="c", text="IDLIB, Syria, April 4 (Wire) - A suspected chemical attack killed dozens "
                      "of people.", date=dt.date(2017, 4, 4))
    [attack] = [e for e in next(keeping.run([article])).events if e.root in {"18", "19", "20"}]
    assert attack.code == "2041" and "chemical-means:" in " ".join(attack.steps)
    # what is struck, or why, is no means
    struck = code_text("American warships fired missiles at a Syrian chemical weapons facility.", "2018-04-14")
    assert struck and all(e.code != "2041" for e in struck)


def test_a_chemical_weapon_dropped_or_used_is_the_use_of_chemical_weapons(code_text):
    """"dropped chemical bombs", "used poison gas against troops": the object of a verb of delivery is
    the act's means (``weapon_delivery_verbs``), and poison gas is no riot-control gas (175)."""
    [dropped] = code_text("Iraqi aircraft dropped chemical bombs on the town of Halabja.", "1988-03-18")
    assert dropped.code == "2041"
    [used] = code_text("Iraq used poison gas against Iranian troops near Basra.", "1988-03-18")
    assert used.code == "2041"
    [tear] = code_text("Police used tear gas against protesters in Deraa.", "2011-03-18")
    assert tear.code == "175"


def test_assault_that_kills_many_who_are_no_armed_force_is_a_mass_killing(code_text):
    [killing] = [e for e in code_text("Gunmen killed about 120 villagers in a market in northern Burkina Faso.",
                                      date="2020-05-04") if e.trigger.text == "killed"]
    assert killing.code == "202" and any(step.startswith("mass-killing:18") for step in killing.steps)
    # a smaller toll stays assault; a bombing keeps its code; so does a toll no one is named for
    [killing] = [e for e in code_text("Gunmen killed 12 villagers in a market in northern Burkina Faso.",
                                      date="2020-05-04") if e.trigger.text == "killed"]
    assert killing.root == "18"
    events = code_text("A suicide bomber attacked a market in northern Burkina Faso, killing 120 people.",
                       date="2020-05-04")
    assert events and all(e.code != "202" for e in events)


def test_the_mass_killing_step_recodes_assault_by_its_toll():
    from dataclasses import replace

    from newsevents.events.force import mass_killing

    from .sentences import parsed

    ontology = load_ontology()
    for toll, expected, steps in (("120", "202", ("mass-killing:1823",)), ("12", "1823", ())):
        s = parsed(f"Gunmen/NOUN/nsubj/1/gunman killed/VERB/ROOT/1/kill {toll}/NUM/nummod/3 "
                   "villagers/NOUN/dobj/1/villager")
        killed = s.tokens[1]
        assault = replace(event("1823", "---UAF", "BFACVL"),
                          trigger=Span(start=killed.idx, end=killed.idx + len(killed.text), text=killed.text))
        [coded] = mass_killing([assault], s, ontology, CoderSettings())
        assert (coded.code, coded.steps) == (expected, steps)
    # police killed in an ambush are an armed force: no mass killing of the unarmed
    s = parsed("Rebels/NOUN/nsubj/1/rebel killed/VERB/ROOT/1/kill 75/NUM/nummod/3 policemen/NOUN/dobj/1/policeman")
    killed = s.tokens[1]
    ambush = replace(event("1823", "INDREB", "INDCOP"),
                     trigger=Span(start=killed.idx, end=killed.idx + len(killed.text), text=killed.text))
    assert [e.code for e in mass_killing([ambush], s, ontology, CoderSettings())] == ["1823"]


@pytest.mark.parametrize("spec, toll", [
    ("Gunmen/NOUN/nsubj/1 killed/VERB/ROOT/1/kill 1,200/NUM/nummod/3 people/NOUN/dobj/1", 1200),
    ("Gunmen/NOUN/nsubj/1 killed/VERB/ROOT/1/kill more/ADJ/amod/5 than/ADP/quantmod/5 2/NUM/compound/5 "
     "million/NUM/nummod/6 people/NOUN/dobj/1", 2_000_000),
    ("Gunmen/NOUN/nsubj/1 killed/VERB/ROOT/1/kill hundreds/NOUN/dobj/1 of/ADP/prep/2 villagers/NOUN/pobj/3", 200),
    ("Gunmen/NOUN/nsubj/1 killed/VERB/ROOT/1/kill fifty/NUM/nummod/3 people/NOUN/dobj/1", 50),
    ("Gunmen/NOUN/nsubj/1 killing/VERB/ROOT/1/kill 148/NUM/dobj/1", 148),
    ("Gunmen/NOUN/nsubj/1 killed/VERB/ROOT/1/kill the/DET/det/3 mayor/NOUN/dobj/1", None),
    # words that read as numbers are no toll
    ("Gunmen/NOUN/nsubj/1 killed/VERB/ROOT/1/kill NaN/NUM/nummod/3 people/NOUN/dobj/1", None),
    ("Gunmen/NOUN/nsubj/1 killed/VERB/ROOT/1/kill inf/NUM/nummod/3 people/NOUN/dobj/1", None),
])
def test_the_death_toll_is_read_from_the_victims_count(spec, toll):
    from newsevents.events.force import death_toll

    from .sentences import parsed

    assert death_toll(parsed(spec), 1) == toll


def taking(spec: str, code: str, source: ActorRef, target: ActorRef) -> str | None:
    """``taking_code`` for the event at token 1 of the hand-built sentence whose target is the last word."""
    from dataclasses import replace

    from newsevents.events.force import taking_code

    from .sentences import parsed

    sentence = parsed(spec)
    trigger, last = sentence.tokens[1], sentence.tokens[-1]
    target = replace(target, span=Span(start=last.idx, end=last.idx + len(last.text), text=last.text))
    taken = replace(event(code, "IRN", None), source=source, target=target,
                    trigger=Span(start=trigger.idx, end=trigger.idx + len(trigger.text), text=trigger.text))
    return taking_code(taken, sentence)


def party(code: str, kind: str) -> ActorRef:
    return ActorRef(text=code, code=code, country=code[:3], sectors=actor(code).sectors, kind=kind)


@pytest.mark.parametrize("spec, code, source, target, expected", [
    # a state takes people: detention; anyone else: abduction
    ("Iran/PROPN/nsubj/1 seized/VERB/ROOT/1/seize sailors/NOUN/dobj/1/sailor", "1711",
     party("IRN", "country"), party("GBRMIL", "generic"), "173"),
    ("Soldiers/NOUN/nsubj/1/soldier recaptured/VERB/ROOT/1/recapture Guzman/PROPN/dobj/1", "192",
     party("MEXMIL", "generic"), party("MEXCRM", "person"), "173"),
    ("Gunmen/NOUN/nsubj/1/gunman seized/VERB/ROOT/1/seize tourists/NOUN/dobj/1/tourist", "1711",
     party("---UAF", "generic"), party("FRACVL", "generic"), "181"),
    ("Hezbollah/PROPN/nsubj/1 captured/VERB/ROOT/1/capture soldiers/NOUN/dobj/1/soldier", "173",
     party("LBNREB", "organization"), party("ISRMIL", "generic"), "181"),
    # a city, a country or a body taken is no person; a ship is property
    ("Rebels/NOUN/nsubj/1/rebel seized/VERB/ROOT/1/seize Kabul/PROPN/dobj/1", "192",
     party("AFGREB", "generic"), party("AFGGOV", "capital"), None),
    ("Panama/PROPN/nsubj/1 seized/VERB/ROOT/1/seize ship/NOUN/dobj/1", "1711",
     party("PAN", "country"), party("PRKMIL", "generic"), None),
    # only verbs of taking: a charge or a summons says what it is
    ("Separatists/NOUN/nsubj/1/separatist charged/VERB/ROOT/1/charge man/NOUN/dobj/1", "173",
     party("MDAREB", "generic"), party("MDACVL", "generic"), None),
    # the target must be what is taken: "regained a town from militants" takes no militants
    ("Troops/NOUN/nsubj/1/troop regained/VERB/ROOT/1/regain town/NOUN/dobj/1 from/ADP/prep/1 militants/NOUN/pobj/3/militant",
     "192", party("YEMMIL", "generic"), party("YEMINS", "generic"), None),
])
def test_who_takes_people_decides_detention_or_abduction(spec, code, source, target, expected):
    assert taking(spec, code, source, target) == expected


@pytest.mark.parametrize("source, expected", [("---CVL", "145"), ("UKROPP", "145"), ("KENCOP", None), ("SYRMIL", None)])
def test_civilians_who_throw_things_riot(source, expected):
    """'protesters hurled petrol bombs at police': a riot (145), not a bombing (183); the police or
    an army throwing grenades stay as coded."""
    from dataclasses import replace

    from newsevents.events.force import thrown_code

    from .sentences import parsed

    s = parsed("Protesters/NOUN/nsubj/1/protester hurled/VERB/ROOT/1/hurl bombs/NOUN/dobj/1/bomb")
    hurled = replace(event("183", source, "KENCOP"), trigger=Span(start=s.tokens[1].idx, end=s.tokens[1].idx + 6,
                                                                     text="hurled"))
    assert thrown_code(hurled, s) == expected


@pytest.mark.parametrize("spec, trigger, expected", [
    # "test-fired a missile" (the tokenizer's "test", "-", "fired")
    ("Pakistan/PROPN/nsubj/3//NNP/GPE test/NOUN/compound/3 -/PUNCT/punct/3/-/HYPH fired/VERB/ROOT/3/fire "
     "a/DET/det/5 missile/NOUN/dobj/3", 3, "150"),
    # force in a drill
    ("Korea/PROPN/nsubj/1//NNP/GPE fired/VERB/ROOT/1/fire missiles/NOUN/dobj/1/missile during/ADP/prep/1 "
     "the/DET/det/5 drills/NOUN/pobj/3/drill", 1, "150"),
    # force in a war is force
    ("Korea/PROPN/nsubj/1//NNP/GPE fired/VERB/ROOT/1/fire missiles/NOUN/dobj/1/missile during/ADP/prep/1 "
     "the/DET/det/5 war/NOUN/pobj/3/war", 1, "195"),
])
def test_force_told_as_a_test_or_a_drill_is_a_show_of_force(spec, trigger, expected):
    from newsevents.events.force import weapons_test

    from .sentences import parsed

    sentence = parsed(spec)
    word = sentence.tokens[trigger]
    fired = replace(event("195", "PAK", "---MIL"), target=replace(actor("---MIL"), text="a missile"),
                    trigger=Span(start=word.idx, end=word.idx + len(word.text), text=word.text))
    [coded] = weapons_test([fired], sentence, load_ontology(), CoderSettings())
    assert coded.code == expected
    # the weapons a test fires are no recipient
    assert (coded.target is None) == (expected == "150")


def test_weapons_of_no_named_side_are_the_means_not_the_recipient(code_text):
    [fired] = [e for e in code_text("Hamas fired rockets at Israel on Monday.", "2021-05-10")
               if e.trigger.text == "fired"]
    assert fired.target is not None and fired.target.code.startswith("ISR")
    events = code_text("North Korea fired two ballistic missiles into the sea on Monday.", "2022-08-01")
    assert events and all(e.target is None or not e.target.code.startswith("---") for e in events)


@pytest.mark.parametrize("spec, trigger, code, expected", [
    # "targeted Japanese cars with tariffs": economic coercion
    ("Washington/PROPN/nsubj/1//NNP/GPE targeted/VERB/ROOT/1/target cars/NOUN/dobj/1/car with/ADP/prep/1 "
     "tariffs/NOUN/pobj/3/tariff", 1, "190", "163"),
    # its threat: "would retaliate if the United States went ahead with the tariffs"
    ("China/PROPN/nsubj/2//NNP/GPE would/AUX/aux/2 retaliate/VERB/ROOT/2 if/SCONJ/mark/5 it/PRON/nsubj/5 "
     "went/VERB/advcl/2/go ahead/ADV/advmod/5 with/ADP/prep/5 tariffs/NOUN/pobj/7/tariff", 2, "138", "1312"),
    # what a participle or a relative clause tells of a noun is no means
    ("Gunmen/NOUN/nsubj/1/gunman attacked/VERB/ROOT/1/attack trucks/NOUN/dobj/1/truck carrying/VERB/acl/2/carry "
     "goods/NOUN/dobj/3/good", 1, "180", "180"),
    ("Rebels/NOUN/nsubj/1/rebel attacked/VERB/ROOT/1/attack a/DET/det/3 convoy/NOUN/dobj/1 ,/PUNCT/punct/1 "
     "seizing/VERB/advcl/1/seize goods/NOUN/dobj/5/good", 1, "190", "190"),
])
def test_force_whose_means_are_economic_is_economic_coercion(spec, trigger, code, expected):
    from newsevents.events.force import economic_means

    from .sentences import parsed

    sentence = parsed(spec)
    word = sentence.tokens[trigger]
    act = replace(event(code, "USA", "JPN"), trigger=Span(start=word.idx, end=word.idx + len(word.text), text=word.text))
    [coded] = economic_means([act], sentence, load_ontology(), CoderSettings())
    assert coded.code == expected


@pytest.mark.parametrize("spec, source, target, expected", [
    # "ordered the envoy to leave": an expulsion, coded as "expelled the envoy" is
    ("Sudan/PROPN/nsubj/1//NNP/GPE ordered/VERB/ROOT/1/order the/DET/det/3 envoy/NOUN/dobj/1 to/PART/aux/5 "
     "leave/VERB/xcomp/1 the/DET/det/7 country/NOUN/dobj/5", "SDN", "IGOUNO", "161"),
    ("Sudan/PROPN/nsubj/1//NNP/GPE ordered/VERB/ROOT/1/order the/DET/det/3 reporters/NOUN/dobj/1/reporter "
     "to/PART/aux/5 leave/VERB/xcomp/1", "SDN", "GBRMED", "174"),
    # an order to one's own is no expulsion; nor an order to do something else
    ("Sudan/PROPN/nsubj/1//NNP/GPE ordered/VERB/ROOT/1/order the/DET/det/3 police/NOUN/dobj/1 to/PART/aux/5 "
     "leave/VERB/xcomp/1", "SDNGOV", "SDNCOP", "100"),
    ("Sudan/PROPN/nsubj/1//NNP/GPE ordered/VERB/ROOT/1/order the/DET/det/3 envoy/NOUN/dobj/1 to/PART/aux/5 "
     "apologise/VERB/xcomp/1", "SDN", "IGOUNO", "100"),
])
def test_an_order_to_a_foreign_party_to_leave_is_its_expulsion(spec, source, target, expected):
    from newsevents.events.force import ordered_to_leave
    from newsevents.events.lexicon import load_lexicon

    from .sentences import parsed

    sentence = parsed(spec)
    word = sentence.tokens[1]
    order = replace(event("100", source, target), trigger=Span(start=word.idx, end=word.idx + len(word.text),
                                                                text=word.text))
    ontology = load_ontology()
    [coded] = ordered_to_leave([order], sentence, ontology, CoderSettings(), load_lexicon(ontology))
    assert coded.code == expected


def test_a_ban_on_another_countrys_goods_is_economic_coercion(code_text):
    [banned] = [e for e in code_text("India banned 59 Chinese mobile applications on Monday.", "2020-06-30")
                if e.trigger.text == "banned"]
    assert banned.code == "163" and banned.target.code == "CHN"
    # a ban on a party at home stays an administrative sanction
    [party] = [e for e in code_text("The Thai government banned the opposition party.", "2020-06-30")
               if e.trigger.text == "banned"]
    assert party.root == "17"


def test_a_nuclear_explosion_aimed_at_no_one_is_a_test(code_text):
    [test] = [e for e in code_text("France exploded a nuclear device at Mururoa on Tuesday.", "1995-09-06")
              if e.trigger.text == "exploded"]
    assert test.code == "150"
    [bombing] = [e for e in code_text("The US dropped an atomic bomb on Hiroshima.", "1945-08-07")
                 if e.trigger.text == "dropped"]
    assert bombing.root == "19"


@pytest.mark.parametrize("obj, target_how, expected", [
    ("Goma/PROPN/dobj/1//NNP/GPE", "", "192"),  # a town taken by name is territory occupied
    ("Goma/PROPN/dobj/1//NNP/PERSON", "venue: Goma", "192"),  # the resolver's place, whatever the tag
    ("Nkunda/PROPN/dobj/1//NNP/PERSON", "person people.tsv:1", None),  # a man taken by name is no territory
])
def test_a_place_taken_by_name_is_territory_occupied(obj, target_how, expected):
    from newsevents.events.force import place_taken_code

    from .sentences import parsed

    s = parsed(f"Rebels/NOUN/nsubj/1/rebel captured/VERB/ROOT/1/capture {obj}")
    word = s.tokens[1]
    taking = replace(event("173", "CODREB", "COD"), trigger=Span(start=word.idx, end=word.idx + len(word.text),
                                                                 text=word.text))
    taking = replace(taking, target=replace(taking.target, how=target_how))
    assert place_taken_code(taking, s) == expected


def test_a_states_vessels_and_boats_are_that_state(code_text):
    """"Chinese vessels rammed Vietnamese boats": a country's vessels act for it, whoever crews them
    (list vessel_nouns); they had been no party, so the act was lost. A boat of no one's is none."""
    events = code_text("HANOI (Wire) - Chinese vessels rammed Vietnamese boats near the islands on Sunday.",
                       "2014-05-05")
    rammed = [e for e in events if e.trigger.text == "rammed"]
    assert [(e.source.code, e.target.code) for e in rammed] == [("CHN", "VNM")]
    # boats of no one's carrying people stand for the people carried
    events = code_text("DHAKA (Wire) - Bangladeshi border guards pushed back some boats carrying refugees.", "2017-09-05")
    assert [e.target.code for e in events if e.trigger.text == "pushed"] == ["---REF"]
    assert code_text("ATHENS (Wire) - A fishing boat crammed with migrants capsized off southern Greece, "
                     "killing at least 79 people.", "2023-06-14") == ()
