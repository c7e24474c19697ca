"""Force told apart by who uses it on whom: the step that recodes 17, 18 and 19 by the parties."""

from __future__ import annotations

import pytest

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
    ("190", "NGAINS", "NGACOP", "180"),  # insurgents on a police post: assault
    ("190", "---UAF", "KENCVL", "180"),  # gunmen on villagers
    ("190", "KENCVL", "KENCVL", "180"),  # farmers on herders: civilians do not fight, they assault
    ("193", "---CVL", "USACVL", "180"),  # a teenager shooting two men
    ("190", "KENCVL", "KENMIL", None),  # civilians against soldiers: as coded
    ("1712", "SLBCVL", None, "145"),  # protesters burning buildings: a riot
    ("190", "NGAMIL", "NGAINS", None),  # the army against insurgents: fighting, as coded
    ("190", "MEXCOP", "MEXREB", None),  # police against an armed group: fighting
    ("190", "NGAINS", "NGAMIL", None),  # insurgents against the army
    ("190", "NGAINS", None, None),  # no recipient: nothing to go by
    ("1712", "SYRMIL", None, None),  # soldiers destroying homes stay coercion
    ("1712", "SYRGOV", None, None),
    ("1823", "LKAMIL", "LKAREB", "190"),  # the army killing rebels: armed forces fighting
    ("186", "LKAMIL", "LKAREB", None),  # an assassination names its means and stays one
    ("1823", "---UAF", "KENCVL", None),  # gunmen killing villagers stay assault
    ("194", "SDNUAF", "SDNCVL", None),  # shelling names a military means: fighting whoever is shelled
    ("195", "---UAF", "SYRCVL", None),
])
def test_the_parties_decide_the_root_of_force(code, source, target, expected):
    assert force_code(event(code, source, target)) == expected


def test_a_recoded_event_gets_the_codes_fields_and_says_which_step_changed_it():
    ontology = load_ontology()
    [recoded] = recode_force([event("190", "MEXCOP", "MEXEDU")], ontology, CoderSettings())
    assert (recoded.code, recoded.root, recoded.plover) == ("175", "17", ontology.get("175").plover_type)
    assert recoded.goldstein == ontology.goldstein("175", CoderSettings().goldstein_scale)
    assert recoded.steps == ("force-by-parties:190",) and recoded.event_id != "e"
    unchanged = event("190", "NGAMIL", "NGAINS")
    assert recode_force([unchanged], ontology, CoderSettings()) == [unchanged]


def test_explain_says_a_recoding_step_changed_an_event_and_a_filter_dropped_one():
    from dataclasses import replace

    from newsevents.events.trace import SentenceTrace

    from .sentences import parsed

    trace = SentenceTrace(parsed("Police/NOUN/nsubj/1/police shot/VERB/ROOT/1/shoot students/NOUN/dobj/1/student"))
    fired, other = event("190", "MEXCOP", "MEXEDU"), replace(event("010", "MEXCOP", None), event_id="f")
    [recoded] = recode_force([fired], load_ontology(), CoderSettings())
    trace.step_done("force-by-parties", "force by the parties", [fired, other], [recoded])
    notes = [(n.rule, n.action, n.detail) for n in trace.candidate(0).steps]
    assert notes == [("force-by-parties", "changed", "190 -> 175 MEXCOP -> MEXEDU: force by the parties"),
                     ("force-by-parties", "dropped", "010 MEXCOP -> -: force by the parties")]


def test_force_whose_means_name_a_chemical_agent_is_the_use_of_chemical_weapons(code_text):
    [attack] = [e for e in code_text("IDLIB, Syria, April 4 (Wire) - A suspected chemical attack killed dozens of "
                                     "people.", "2017-04-04") if e.root in {"18", "19", "20"}]
    assert attack.code == "2041" and "chemical-means:" in " ".join(attack.steps)
    # what is struck, or why, is no means
    struck = code_text("American warships fired missiles at a Syrian chemical weapons facility.", "2018-04-14")
    assert struck and all(e.code != "2041" for e in struck)


def test_assault_that_kills_many_who_are_no_armed_force_is_a_mass_killing(code_text):
    [killing] = [e for e in code_text("Gunmen killed about 120 villagers in a market in northern Burkina Faso.",
                                      date="2020-05-04") if e.trigger.text == "killed"]
    assert killing.code == "202" and "mass-killing:1823" in killing.steps
    # a smaller toll stays assault; a bombing keeps its code; so does a toll no one is named for
    [killing] = [e for e in code_text("Gunmen killed 12 villagers in a market in northern Burkina Faso.",
                                      date="2020-05-04") if e.trigger.text == "killed"]
    assert killing.root == "18"
    events = code_text("A suicide bomber attacked a market in northern Burkina Faso, killing 120 people.",
                       date="2020-05-04")
    assert events and all(e.code != "202" for e in events)


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
