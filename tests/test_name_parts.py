"""Parts and wholes of names: a quantifier, a number or "members" standing for part of the phrase
after its "of" takes that phrase's actor ("some of the youths" are the youths, "two of the attackers"
the attackers, "members of his coalition" the coalition), and a place name joined by a hyphen is one name."""

from __future__ import annotations

from dataclasses import replace

import pytest

from newsevents.actors.resolver import ArticleMemory

from .sentences import parsed

pytestmark = pytest.mark.issue(10)


def _code_at(resolver, spec: str, head: int) -> str | None:
    actor = resolver(parsed(spec), head, ArticleMemory())
    return actor.code if actor is not None else None


@pytest.mark.parametrize("spec, head, code", [
    ("Some/DET/nsubj/4/some/DT of/ADP/prep/0 the/DET/det/3 youths/NOUN/pobj/1/youth pelted/VERB/ROOT/4/pelt "
     "police/NOUN/compound/6 vans/NOUN/dobj/4/van", 0, "---CVL"),
    ("Police/NOUN/nsubj/1 killed/VERB/ROOT/1/kill two/NUM/dobj/1/two/CD of/ADP/prep/2 the/DET/det/5 "
     "attackers/NOUN/pobj/3/attacker", 2, "---UAF"),
    ("Most/ADJ/nsubj/4/most/JJS of/ADP/prep/0 the/DET/det/3 rebels/NOUN/pobj/1/rebel surrendered/VERB/ROOT/4/surrender",
     0, "---REB"),
    # a whole that names no actor leaves the part unnamed
    ("One/NUM/nsubj/4/one/CD of/ADP/prep/0 the/DET/det/3 reasons/NOUN/pobj/1/reason was/AUX/ROOT/4/be", 0, None),
])
def test_a_part_takes_the_actor_of_its_whole(resolver, spec, head, code):
    assert _code_at(resolver, spec, head) == code


def test_members_of_a_body_are_that_bodys_with_the_country_its_owner_gives_it(resolver):
    memory = ArticleMemory()
    resolver.resolve_sentence(parsed("Benjamin/PROPN/compound/1//NNP/PERSON Netanyahu/PROPN/nsubj/2//NNP/PERSON "
                                     "spoke/VERB/ROOT/2/speak"), memory)
    members = parsed("Members/NOUN/nsubj/4/member of/ADP/prep/0 his/PRON/poss/3//PRP$ coalition/NOUN/pobj/1 "
                     "resigned/VERB/ROOT/4/resign")
    assert resolver.resolve_sentence(members, memory)[0].code == "ISRGOV"


def test_the_part_is_its_own_evidence(resolver):
    sentence = parsed("Some/DET/nsubj/4/some/DT of/ADP/prep/0 the/DET/det/3 youths/NOUN/pobj/1/youth "
                      "rioted/VERB/ROOT/4/riot")
    actor = resolver(sentence, 0, ArticleMemory())
    assert actor is not None and actor.text == "Some" and actor.how.startswith("part of youths")


def test_a_place_name_joined_by_a_hyphen_is_looked_up_whole(resolver):
    # "KwaZulu-Natal" is not Natal in Brazil: the words joined by a hyphen are one name
    sentence = parsed("talks/NOUN/ROOT/0/talk in/ADP/prep/0 Timor/PROPN/compound/4//NNP/GPE "
                      "-/PUNCT/punct/4//HYPH/GPE Leste/PROPN/pobj/1//NNP/GPE")
    sentence = replace(sentence, tokens=tuple(replace(t, whitespace="") if t.i in (2, 3) else t
                                              for t in sentence.tokens))
    place = resolver.venue(sentence, 4, None)
    assert place is not None and place.code == "TLS"
