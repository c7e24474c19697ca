"""Repairs of the small parser's systematic misparses (nlp/repairs.py), on hand-built parses."""

from __future__ import annotations

from dataclasses import replace

import pytest

from newsevents.events import clauses
from newsevents.nlp.repairs import repair

from .sentences import parsed

pytestmark = pytest.mark.issue(10)


def test_a_past_tense_read_as_a_modifier_is_the_clauses_verb():
    """"Myanmar's military seized power in a coup": the parse makes 'seized' an adjective on 'power'."""
    s = parsed("Myanmar/PROPN/poss/2 's/PART/case/0 military/ADJ/amod/4//JJ seized/VERB/amod/4/seize/VBD "
               "power/NOUN/ROOT/4/power/NN in/ADP/prep/4 a/DET/det/7 coup/NOUN/pobj/5/coup ./PUNCT/punct/4")
    tokens = repair(s.tokens)
    fixed = replace(s, tokens=tokens)
    assert (tokens[3].dep, tokens[3].head) == ("ROOT", 3)
    assert [fixed.tokens[i].text for i in clauses.subjects(fixed, 3)] == ["military"]
    assert [fixed.tokens[i].text for i in clauses.direct_objects(fixed, 3)] == ["power"]
    assert tokens[0].head == 2 and tokens[5].head == 3  # "Myanmar's" owns the subject; "in a coup" the act


def test_a_participle_or_a_real_modifier_is_left_as_parsed():
    # "the ousted leader resigned": a participle (VBN) does modify its noun
    ousted = parsed("the/DET/det/2 ousted/VERB/amod/2/oust/VBN leader/NOUN/nsubj/3/leader/NN "
                    "resigned/VERB/ROOT/3/resign/VBD")
    assert repair(ousted.tokens) == ousted.tokens
    # a past tense before a noun that is another verb's subject is not rebuilt
    subject = parsed("the/DET/det/3 army/NOUN/compound/3/army/NN seized/VERB/amod/3/seize/VBD "
                     "weapons/NOUN/nsubjpass/5/weapon/NNS were/AUX/auxpass/5/be destroyed/VERB/ROOT/5/destroy/VBN")
    assert repair(subject.tokens) == subject.tokens
