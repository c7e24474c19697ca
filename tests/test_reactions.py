"""Acts undergone, joined and reacted to, through the whole pipeline: who did what to whom."""

from __future__ import annotations

import pytest

from .sentences import parsed

pytestmark = pytest.mark.issue(10)


def triples(events, word):
    return sorted((e.source.code if e.source else "-", e.code, e.target.code if e.target else "-")
                  for e in events if e.trigger.text == word)


def test_what_a_party_comes_under_is_done_to_it(code_text):
    """"came under attack": the subject undergoes the act, its author named by a "from" phrase or
    not at all; fire from parties that bear no arms is criticism."""
    events = code_text("An Indian army patrol came under attack near the border on Tuesday.", date="2020-05-20")
    assert triples(events, "attack") == [("---UAF", "190", "INDMIL")]
    events = code_text("The Egyptian government has come under intense pressure from Washington to release the "
                       "activists.", date="2020-05-20")
    assert triples(events, "pressure") == [("USAGOV", "100", "EGYGOV")]
    events = code_text("Merkel came under fire from her own party over the refugee policy.", date="2016-01-20")
    assert [e.code for e in events if e.trigger.text == "fire"] == ["111"]


def test_a_party_joined_in_an_act_does_it_too(code_text):
    events = code_text("The White House joined London in condemning Moscow on Thursday.", date="2018-03-15")
    assert triples(events, "condemning") == [("GBRGOV", "111", "RUSGOV"), ("USAGOV", "111", "RUSGOV")]
    assert triples(events, "joined") == []


def test_a_reaction_to_an_act_whose_author_a_by_phrase_names_is_aimed_at_the_author(code_text):
    events = code_text("Iran condemned the invasion of Kuwait by Iraq.", date="1990-08-03")
    assert triples(events, "condemned") == [("IRN", "111", "IRQ")]
    events = code_text("Russia welcomed the release of the sailors by Ukraine on Monday.", date="2019-09-10")
    assert triples(events, "welcomed") == [("RUS", "051", "UKR")]


def test_calling_an_act_something_evaluates_it_and_is_no_act_of_the_caller(code_text):
    events = code_text("Venezuelan police arrested Leopoldo Lopez on Tuesday. Kerry called the arrest a chilling "
                       "message.", date="2014-02-19")
    assert triples(events, "arrest") == []
    assert triples(events, "called") == [("USAGOV", "111", "VENCOP")]


def test_a_country_that_made_a_weapon_is_no_party_to_what_is_done_with_it(code_text):
    events = code_text("Turkey threatened to strike the Russian-made missiles if Cyprus deployed them.",
                       date="1998-12-29")
    assert all(e.target is None or not e.target.code.startswith(("RUS", "TUR")) for e in events)


def test_a_naming_verb_with_what_it_calls_its_object_carries_no_event_noun():
    from newsevents.events.arguments import light_verb

    called = parsed("Kerry/PROPN/nsubj/1 called/VERB/ROOT/1/call the/DET/det/3 arrest/NOUN/dobj/1 a/DET/det/7 "
                    "chilling/ADJ/amod/7 ,/PUNCT/punct/7 message/NOUN/oprd/1")
    assert light_verb(called, 3) is None
    strike = parsed("unions/NOUN/nsubj/1/union called/VERB/ROOT/1/call a/DET/det/4 general/ADJ/amod/4 "
                    "strike/NOUN/dobj/1")
    assert light_verb(strike, 4) == 1


def test_the_gerund_a_party_is_joined_in_has_both_subjects():
    from newsevents.events import clauses

    joined = parsed("Washington/PROPN/nsubj/1 joined/VERB/ROOT/1/join London/PROPN/dobj/1 in/ADP/prep/1 "
                    "condemning/VERB/pcomp/3/condemn/VBG Moscow/PROPN/dobj/4")
    assert clauses.subjects(joined, 4) == [0, 2]
    assert clauses.joined_in(joined, 4) == 1
    left = parsed("Washington/PROPN/nsubj/1 left/VERB/ROOT/1/leave London/PROPN/dobj/1 after/ADP/prep/1 "
                  "condemning/VERB/pcomp/3/condemn/VBG Moscow/PROPN/dobj/4")
    assert clauses.subjects(left, 4) == [0] and clauses.joined_in(left, 4) is None


def test_a_denial_that_force_was_used_accuses_no_one(code_text):
    events = code_text("Mujahid denied that Afghan territory was being used by militants to attack Pakistan.",
                       date="2023-11-02")
    assert [e.code for e in events if e.code.startswith("112")] == []
    assert [e.code for e in events if e.trigger.text == "denied"] == ["016"]
    said = code_text("Kabul said Pakistani jets had attacked villages in Khost.", date="2023-11-02")
    assert [e.code for e in said if e.trigger.text == "attacked" and e.code.startswith("112")] == ["1123"]


def test_an_infinitive_that_goes_somewhere_names_no_object_of_a_pattern(code_text):
    """"urged both sides to return to the negotiating table" is no appeal for a release (0253); "urged
    Uganda to return the captured soldiers" is."""
    talks = code_text("Cuba and Norway urged both sides to return to the negotiating table.", date="2014-12-01")
    assert all(e.code != "0253" for e in talks)
    soldiers = code_text("Kenya urged Uganda to return the captured soldiers.", date="2014-12-01")
    assert [e.code for e in soldiers if e.trigger.text == "urged"] == ["0253"]


def test_a_penalty_a_speaker_says_a_party_will_face_is_the_speakers_threat(code_text):
    events = code_text("The EU said Minsk would face further sanctions if the crackdown continued.", date="2020-08-20")
    assert triples(events, "face") == [("IGOEUREEC", "1312", "BLRGOV")]
    events = code_text("Obama warned that Russia would face consequences for its intervention.", date="2014-03-01")
    assert [(e.trigger.text, e.code) for e in events] == [("face", "130")]  # one threat, no warning beside it
    # a penalty faced now is no threat; nor one nobody is said to speak of
    assert triples(code_text("Russia faces new sanctions over Ukraine.", date="2014-03-01"), "faces") == []
    assert triples(code_text("Russia will face sanctions.", date="2014-03-01"), "face") == []


def test_a_price_a_party_will_pay_or_an_act_that_will_not_go_unanswered_is_the_speakers_threat(code_text):
    events = code_text("Erdogan said Sweden would pay a heavy price for hosting the rallies.", date="2023-01-23")
    assert triples(events, "pay") == [("TURGOV", "130", "SWE")]
    # a market's price is no threat
    assert triples(code_text("Consumers will pay a higher price for fuel, the minister said.", date="2023-01-23"),
                   "pay") == []
    # aimed at the act's author
    story = code_text("The Houthis said the U.S. strikes on Yemen would not go unanswered.", date="2024-01-16")
    assert triples(story, "go") == [("YEMREB", "130", "USA")]


def test_what_a_speaker_calls_the_object_of_his_act_is_no_act_of_its_own(code_text):
    events = code_text("U.S. President Joe Biden condemned what he called an unprovoked attack by Russia.",
                       date="2022-02-24")
    assert [(e.trigger.text, e.code) for e in events] == [("condemned", "111")]
