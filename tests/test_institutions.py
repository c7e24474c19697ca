"""State institutions named by their kind ("Sweden's migration agency", "the U.S. Commerce Department",
"Sudan's military council") are the state's, in the sector the agents table gives the kind."""

from __future__ import annotations

import pytest

from newsevents.actors import ActorResolver, load_actor_kb
from newsevents.actors.resolver import ArticleMemory

from .sentences import parsed

pytestmark = pytest.mark.issue(10)


@pytest.fixture(scope="module")
def resolver() -> ActorResolver:
    return ActorResolver(load_actor_kb(()))


def agent_of(resolver: ActorResolver, spec: str, head: str) -> str | None:
    sentence = parsed(spec)
    found = resolver.resolve_sentence(sentence, ArticleMemory())
    return next((actor.code for i, actor in found.items() if sentence.tokens[i].text == head), None)


@pytest.mark.parametrize("spec, head, code", [
    ("Sweden/PROPN/poss/3//NNP/GPE 's/PART/case/0 migration/NOUN/compound/3 agency/NOUN/nsubj/4 "
     "deported/VERB/ROOT/4/deport", "agency", "SWEGOV"),
    ("the/DET/det/3 U.S./PROPN/compound/3//NNP/GPE Commerce/PROPN/compound/3//NNP/ORG "
     "Department/PROPN/nsubj/4//NNP/ORG barred/VERB/ROOT/4/bar", "Department", "USAGOV"),
    ("Sudan/PROPN/poss/3//NNP/GPE 's/PART/case/0 military/ADJ/amod/3 council/NOUN/nsubj/4 "
     "pledged/VERB/ROOT/4/pledge", "council", "SDNMIL"),
    ("Belarus/PROPN/poss/3//NNP/GPE 's/PART/case/0 election/NOUN/compound/3 commission/NOUN/nsubj/4 "
     "warned/VERB/ROOT/4/warn", "commission", "BLRGOV"),
    ("Britain/PROPN/poss/4//NNP/GPE 's/PART/case/0 data/NOUN/compound/3 protection/NOUN/compound/4 "
     "watchdog/NOUN/nsubj/5 fined/VERB/ROOT/5/fine", "watchdog", "GBRGOV"),
])
def test_a_state_institution_named_by_its_kind_is_the_states(resolver, spec, head, code):
    assert agent_of(resolver, spec, head) == code


def test_a_rights_watchdog_stays_a_non_governmental_group(resolver):
    code = agent_of(resolver, "a/DET/det/3 rights/NOUN/compound/2/right watchdog/NOUN/nsubj/3 "
                              "said/VERB/ROOT/3/say", "watchdog")
    assert code is None or code.endswith("NGO")
