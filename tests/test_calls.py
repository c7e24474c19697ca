"""Telephone calls told with "call": a call to a party, not an appeal to it or a judgement of it."""

from __future__ import annotations

from dataclasses import replace

import pytest

from newsevents.config import CoderSettings
from newsevents.events.calls import phone_calls
from newsevents.ontology import load_ontology
from newsevents.records import Span

from .sentences import parsed
from .test_force import event

pytestmark = pytest.mark.issue(10)

CALLED_MODI = ("Khan/PROPN/nsubj/1//NNP/PERSON called/VERB/ROOT/1/call Modi/PROPN/dobj/1//NNP/PERSON "
               "to/PART/aux/4 {verb}/VERB/advcl/1 {rest}")


@pytest.mark.parametrize("spec, expected", [
    # the caller's own words on the call
    (CALLED_MODI.format(verb="congratulate", rest="him/PRON/dobj/4//PRP"), "041"),
    (CALLED_MODI.format(verb="discuss", rest="trade/NOUN/dobj/4"), "041"),
    # said to the one called, whatever the verb
    (CALLED_MODI.format(verb="wish", rest="him/PRON/dobj/4//PRP"), "041"),
    # an act asked of the one called stays an appeal
    (CALLED_MODI.format(verb="withdraw", rest="troops/NOUN/dobj/4"), "020"),
    # no infinitive: the call alone
    ("Khan/PROPN/nsubj/1//NNP/PERSON called/VERB/ROOT/1/call Modi/PROPN/dobj/1//NNP/PERSON "
     "on/ADP/prep/1 Friday/PROPN/pobj/3//NNP/DATE", "041"),
    # the small model's misreading of the one called as a complement
    ("Biden/PROPN/nsubj/1//NNP/PERSON called/VERB/ROOT/1/call Zelensky/PROPN/oprd/1//NNP/PERSON "
     "to/PART/aux/4 discuss/VERB/advcl/1 war/NOUN/dobj/4", "041"),
    # a complement beside the object judges it
    ("Zelensky/PROPN/nsubj/1//NNP/PERSON called/VERB/ROOT/1/call Putin/PROPN/dobj/1//NNP/PERSON "
     "a/DET/det/4 criminal/NOUN/oprd/1", "020"),
    # ... and so does one the parse hangs on the verb as an apposition ("called Pakistan 'a terrorist state'")
    ("Singh/PROPN/nsubj/1//NNP/PERSON called/VERB/ROOT/1/call Pakistan/PROPN/oprd/1//NNP/GPE "
     "a/DET/det/5 terrorist/ADJ/amod/5 state/NOUN/appos/1", "020"),
    # "called on", "called for", "called off", "called in": other acts
    ("Khan/PROPN/nsubj/1//NNP/PERSON called/VERB/ROOT/1/call in/ADP/prt/1 the/DET/det/4 "
     "ambassador/NOUN/dobj/1", "020"),
    ("Khan/PROPN/nsubj/1//NNP/PERSON called/VERB/ROOT/1/call Modi/PROPN/dobj/1//NNP/PERSON "
     "for/ADP/prep/1 help/NOUN/pobj/3", "020"),
    # the object must be a party: "called a strike" is no call
    ("Unions/NOUN/nsubj/1/union called/VERB/ROOT/1/call a/DET/det/3 strike/NOUN/dobj/1", "020"),
])
def test_a_call_to_a_party_asked_to_do_nothing_is_a_telephone_call(spec, expected):
    sentence = parsed(spec)
    word = sentence.tokens[1]
    appeal = replace(event("020", "PAKGOV", "INDGOV"),
                     trigger=Span(start=word.idx, end=word.idx + len(word.text), text=word.text))
    [coded] = phone_calls([appeal], sentence, load_ontology(), CoderSettings())
    assert coded.code == expected
    assert ("phone-call:020" in coded.steps) == (expected == "041")


def test_phone_calls_through_the_pipeline(code_text):
    events = code_text("Scholz called Putin on Tuesday to express his concern over the troop buildup.", "2022-03-01")
    [call] = [e for e in events if e.trigger.text == "called"]
    assert (call.code, call.source.code, call.target.code) == ("041", "DEUGOV", "RUSGOV")
