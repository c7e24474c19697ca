"""A response or retaliation takes the kind of the act it answers."""

from __future__ import annotations

from dataclasses import replace

import pytest

from newsevents.config import CoderSettings
from newsevents.events.lexicon import load_lexicon
from newsevents.events.responses import responses_in_kind
from newsevents.ontology import load_ontology
from newsevents.records import Span

from .sentences import parsed
from .test_force import event

pytestmark = pytest.mark.issue(10)

WOULD_RESPOND = "Russia/PROPN/nsubj/2 would/AUX/aux/2 respond/VERB/ROOT/2 {rest}"


@pytest.mark.parametrize("rest, expected", [
    # a measure or a move answered: relations reduced, still to come
    ("to/ADP/prep/2 the/DET/det/6 British/ADJ/amod/6 measures/NOUN/pobj/3/measure", "160"),
    # sanctions answered in kind: the lexicon's code for them
    ("to/ADP/prep/2 the/DET/det/5 sanctions/NOUN/pobj/3/sanction", "163"),
    # force answered stays force: the threat of it
    ("to/ADP/prep/2 the/DET/det/5 attack/NOUN/pobj/3", "138"),
    ("harshly/ADV/advmod/2", "138"),
    # a request answered, or a favourable response, is no force
    ("to/ADP/prep/2 the/DET/det/5 request/NOUN/pobj/3", None),
    ("positively/ADV/advmod/2", None),
    # the act a condition names is what is answered: "if Britain expelled more diplomats"
    ("if/SCONJ/mark/5 Britain/PROPN/nsubj/5//NNP/GPE expelled/VERB/advcl/2/expel diplomats/NOUN/dobj/5/diplomat",
     "1313"),
    ("if/SCONJ/mark/5 troops/NOUN/nsubj/5/troop attacked/VERB/advcl/2/attack", "138"),
])
def test_a_response_takes_the_kind_of_the_act_it_answers(rest, expected):
    sentence = parsed(WOULD_RESPOND.format(rest=rest))
    word = sentence.tokens[2]
    # a condition makes the response a threat ("would retaliate if ...")
    modes = ("future", "reported") + (("conditional", "threatened") if rest.startswith("if/") else ())
    response = replace(event("138", "RUS", "GBR"), aux_modes=modes,
                       trigger=Span(start=word.idx, end=word.idx + len(word.text), text=word.text))
    ontology = load_ontology()
    coded = responses_in_kind([response], sentence, ontology, CoderSettings(), load_lexicon(ontology))
    assert [e.code for e in coded] == ([expected] if expected else [])


def test_a_response_naming_no_recipient_is_aimed_at_whom_its_source_blames():
    # "Iran accused Israel of killing its scientist and vowed to retaliate"
    from newsevents.events.responses import responses_aimed

    sentence = parsed("Iran/PROPN/nsubj/1//NNP/GPE accused/VERB/ROOT/1/accuse Israel/PROPN/dobj/1//NNP/GPE "
                      "and/CCONJ/cc/1 vowed/VERB/conj/1/vow to/PART/aux/6 retaliate/VERB/xcomp/4/retaliate")

    def at(code: str, target: str | None, i: int):
        word = sentence.tokens[i]
        return replace(event(code, "IRN", target), trigger=Span(start=word.idx, end=word.idx + len(word.text),
                                                                 text=word.text))

    aimed = responses_aimed([at("112", "ISR", 1), at("138", None, 6)], sentence)
    assert aimed[1].target is not None and aimed[1].target.code == "ISR"
    # not without a blame by the same party
    assert responses_aimed([at("138", None, 6)], sentence)[0].target is None
