"""Which events need a known party: spoken acts do, material acts of parties of unknown country do not."""

from __future__ import annotations

import pytest

from newsevents.events import clauses, filters
from newsevents.events.coder import Candidate, _confidence, recipient_suffices
from newsevents.events.lexicon import LexiconEntry
from newsevents.events.steps import ARTICLE_STEPS
from newsevents.records import ActorRef, Event, Sentence, Span

from .sentences import parsed

pytestmark = pytest.mark.issue(10)

NEEDS_A_PARTY = next(step for step in ARTICLE_STEPS if step.name == "needs-a-party")
NO_SENTENCE = Sentence(sentence_id="a:0", article_id="a", index=0, start=0, end=0, text="", tokens=())


def actor(code: str) -> ActorRef:
    return ActorRef(text=code, code=code, country=code[:3], sectors=(code[3:6],) if len(code) > 3 else ())


def event(code: str, source: str | None, target: str | None = None) -> Event:
    return Event(event_id="e", article_id="a", sentence_id="a:0", code=code, root=code[:2], plover="", quad_class=1,
                 goldstein=0.0, source=actor(source) if source else None, target=actor(target) if target else None,
                 trigger=Span(start=0, end=4, text="said"), rule_id="test@verb", confidence=0.9)


def candidate(code: str) -> Candidate:
    entry = LexiconEntry(entry_id=f"{code}.test", pos="VERB", lemma="test", particle="", objects=frozenset(),
                         targets=("dobj",), code=code, note="", origin="test")
    return Candidate(trigger=0, entry=entry, sources=(), targets=(), mood=clauses.Mood(), rule="verb")


@pytest.mark.parametrize("code, source, target, kept", [
    ("010", "---GOV", None, False),  # "officials said": nobody known says it to no one
    ("020", None, None, False),
    ("111", "---GOV", None, True),  # "the president said the attack was terrorism": a kind of actor
    ("111", "---", None, False),  # by someone of no known kind
    ("111", "---GOV", "USA", True),  # said to someone known
    ("010", "FRAGOV", None, True),  # a known speaker
    ("141", "---CVL", None, True),  # "protesters marched": an act without a recipient
    ("173", "---COP", "---CVL", True),  # "police detained dozens"
    ("0831", "---GOV", None, True),  # "the minister resigned"
    ("170", "---MIL", None, True),  # "soldiers took over the television building"
])
def test_only_spoken_acts_need_a_known_party(code, source, target, kept):
    assert (NEEDS_A_PARTY.run(None, [event(code, source, target)], NO_SENTENCE) != []) is kept  # type: ignore[arg-type]


def test_a_missing_recipient_costs_confidence_only_for_a_spoken_act():
    speaker, crowd = actor("FRAGOV"), actor("---CVL")
    assert _confidence(candidate("111"), speaker, None, 0.3) == 0.7  # criticism of no one named
    assert _confidence(candidate("111"), speaker, actor("USA"), 0.3) == 0.9
    assert _confidence(candidate("141"), crowd, None, 0.3) == 0.75  # a march of unknown country: kept at 0.6
    assert _confidence(candidate("141"), actor("FRACVL"), None, 0.3) == 0.9
    # an unaddressed spoken act costs the same whether or not its party's country is known: the two
    # doubts do not add up ("rebel leaders rejected the plan" 0.7, not 0.55)
    assert _confidence(candidate("111"), actor("---GOV"), None, 0.3) == 0.7
    assert _confidence(candidate("111"), actor("---GOV"), actor("USA"), 0.3) == 0.75


def test_a_recipient_found_never_costs_more_than_none():
    from dataclasses import replace

    # "police used batons to disperse them": 'them', a crowd of no country read through a pronoun
    police, them = actor("---COP"), replace(actor("---CVL"), how="pronoun 'them' -> young people")
    assert _confidence(candidate("175"), police, them, 0.3) == _confidence(candidate("175"), police, None, 0.3) == 0.75
    # a spoken act's recipient so found costs at most what none would
    assert _confidence(candidate("111"), actor("FRAGOV"), them, 0.3) == _confidence(candidate("111"), actor("FRAGOV"),
                                                                                     None, 0.3) == 0.7
    assert _confidence(candidate("111"), actor("FRAGOV"), actor("---CVL"), 0.3) == 0.75


def test_the_classifiers_belief_moves_a_patterns_confidence():
    from dataclasses import replace

    # "Sunni leaders condemned the gunmen": two parties of no country
    leaders, gunmen = actor("---GOV"), actor("---UAF")
    sure, doubtful = replace(candidate("111"), probability=0.98), replace(candidate("111"), probability=0.2)
    assert _confidence(candidate("111"), leaders, gunmen, 0.3) == 0.6  # unscored: at min_confidence 0.6
    assert _confidence(sure, leaders, gunmen, 0.3) == 0.74
    assert _confidence(doubtful, leaders, gunmen, 0.3) == 0.51
    assert _confidence(sure, leaders, gunmen, 0.0) == 0.6  # coder.model_confidence = 0: the pattern alone
    assert _confidence(sure, actor("FRAGOV"), actor("USA"), 0.3) == 0.99  # never certain


def told_at(sentence: Sentence, i: int, code: str, source: str | None, target: str | None = None) -> Event:
    from dataclasses import replace

    token = sentence.tokens[i]
    return replace(event(code, source, target), event_id=f"e{i}",
                   trigger=Span(start=token.idx, end=token.idx + len(token.text), text=token.text))


DISPERSE = parsed("police/NOUN/nsubj/1 used/VERB/ROOT/1/use gas/NOUN/dobj/1 to/PART/aux/4 "
                  "disperse/VERB/advcl/1 protesters/NOUN/dobj/4/protester")
STORM = parsed("commandos/NOUN/nsubj/1/commando stormed/VERB/ROOT/1/storm the/DET/det/3 residence/NOUN/dobj/1 "
               ",/PUNCT/punct/1 killing/VERB/advcl/1/kill/VBG rebels/NOUN/dobj/5/rebel")


def test_an_act_without_a_recipient_is_a_partial_duplicate_only_of_the_same_code_and_act():
    # "used tear gas to disperse the protesters": one 175, kept with its recipient
    used, dispersed = told_at(DISPERSE, 1, "175", "KENCOP"), told_at(DISPERSE, 4, "175", "KENCOP", "KENCVL")
    assert filters.drop_partial_duplicates([used, dispersed], DISPERSE) == [dispersed]
    # "stormed the offices, killing 12 people": the storming (180) and the killing (1823) are two acts
    two = [told_at(STORM, 1, "180", "---UAF"), told_at(STORM, 5, "1823", "---UAF", "---CVL")]
    assert filters.drop_partial_duplicates(two, STORM) == two
    # and so are they with one code, told by two verbs, as the corpus labels them
    two = [told_at(STORM, 1, "190", "PERMIL"), told_at(STORM, 5, "190", "PERMIL", "PERREB")]
    assert filters.drop_partial_duplicates(two, STORM) == two


def test_a_meeting_at_a_third_location_held_in_a_partys_country_is_a_meeting():
    """'met his Iranian counterpart in Riyadh': 044 (meet at a third location) is held in the country
    of neither party; in Riyadh it is a meeting, 040. In Geneva it stays 044."""
    from dataclasses import replace
    from types import SimpleNamespace

    from newsevents.config import CoderSettings
    from newsevents.ontology import load_ontology
    from newsevents.records import PlaceRef

    step = next(step for step in ARTICLE_STEPS if step.name == "third-location")
    coder = SimpleNamespace(ontology=load_ontology(), settings=CoderSettings())

    def met_in(city: str, country: str) -> Event:
        return replace(event("044", "SAUGOV", "IRNGOV"), place=PlaceRef(name=city, country=country, level="city"))

    [home] = step.run(coder, [met_in("Riyadh", "SAU")], NO_SENTENCE)  # type: ignore[arg-type]
    assert (home.code, home.plover, home.steps) == ("040", "CONSULT", ("third-location:044",))
    assert step.run(coder, [met_in("Geneva", "CHE")], NO_SENTENCE) == [met_in("Geneva", "CHE")]  # type: ignore[arg-type]
    # "attended the summit in Brussels": a recipient that is the venue itself is no party met at home
    venue = replace(event("044", "FRAGOV", "BEL"), place=PlaceRef(name="Brussels", country="BEL", level="city"))
    venue = replace(venue, target=replace(venue.target, how="venue: Brussels"))
    assert step.run(coder, [venue], NO_SENTENCE) == [venue]  # type: ignore[arg-type]


def test_an_act_whose_doer_is_not_named_is_coded_for_violence_and_for_a_believed_passive():
    from dataclasses import replace

    assert recipient_suffices(candidate("1823"))  # "three civilians were killed"
    freed = replace(candidate("0841"), rule="passive")  # "the 15 Turkish sailors were freed"
    assert not recipient_suffices(freed)  # the classifier not consulted
    assert recipient_suffices(replace(freed, probability=0.9))
    assert not recipient_suffices(replace(freed, probability=0.6))
    # an active verb whose subject names no party is no passive: "the deal freed prisoners"
    assert not recipient_suffices(replace(candidate("0841"), probability=0.9))


PLACE_DOES_NOT_ACT = next(step for step in ARTICLE_STEPS if step.name == "place-does-not-act")


def test_a_place_named_by_a_location_noun_acts_upon_no_one_save_as_a_host_or_a_government():
    from dataclasses import replace

    from newsevents.actors.resolver import PLACE_HOW

    # "where the borders of Nepal, India and China meet": no meeting
    borders = ActorRef(text="the borders of Nepal", code="NPL", country="NPL", how=f"{PLACE_HOW}countries.tsv:1")
    meeting = replace(event("040", "NPL", "IND"), source=borders)
    assert PLACE_DOES_NOT_ACT.run(None, [meeting], NO_SENTENCE) == []
    hosted = replace(meeting, code="043", root="04")  # "the Qatari capital hosted the talks"
    assert PLACE_DOES_NOT_ACT.run(None, [hosted], NO_SENTENCE) == [hosted]
    region = replace(meeting, code="129", root="12", source=replace(borders, text="the Belgian region of Wallonia"))
    assert PLACE_DOES_NOT_ACT.run(None, [region], NO_SENTENCE) == [region]  # a region's government blocks
    assert PLACE_DOES_NOT_ACT.run(None, [event("040", "NPL", "IND")], NO_SENTENCE) == [event("040", "NPL", "IND")]
