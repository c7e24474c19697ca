"""Telephone calls told with "call" or "ring", once the parties are resolved.

"Khan called Modi on Friday to congratulate him" is a call (041, discuss by telephone), not an
appeal: the lexicon's "call" is an appeal ("called the parties to lay down their arms", "called on
Israel to withdraw"), and the classifier, which saw few calls, reads the verb as an appeal or as
criticism ("called the move a mistake"). A call places the caller on the line with the party it
names, so the verb is a call when its object is a party, no particle or "for" phrase makes it
another act ("called off", "called in the ambassador", "called for talks"), no complement judges the
object ("called him a liar") and its infinitive, if any, is what the caller does on the call
(``call_purposes``: "to discuss the war", "to express concern") or is said to the one called ("to
congratulate him").
"""

from __future__ import annotations

from ..config import CoderSettings
from ..ontology import Ontology
from ..records import Event, Sentence, Token
from . import clauses
from .force import recoded
from .wordlists import word_list

TELEPHONE_CODE = "041"
# a particle, a "for" phrase or a complement that makes "call" another act; a noun phrase the parse
# hangs on the verb as an apposition is the judgement of "called Pakistan 'a terrorist state'"
OTHER_SENSES = {"prt", "acomp", "ccomp", "dative", "appos"}
OBJECT_DEPS = {"dobj", "obj"}
# "called Putin a war criminal": a complement beside the object judges it; alone, the small model's
# misreading of the one called ("Biden called Zelensky on Tuesday": oprd)
COMPLEMENT_DEPS = {"oprd", "attr"}
INFINITIVE_DEPS = {"xcomp", "advcl"}
OBJECT_PRONOUNS = {"him", "her", "them"}


def phone_calls(events: list[Event], sentence: Sentence, ontology: Ontology, settings: CoderSettings) -> list[Event]:
    """Each event told by a calling verb that places a call, recoded 041; the rest as they were."""
    out = []
    for event in events:
        trigger = sentence.token_at(event.trigger.start)
        if event.code != TELEPHONE_CODE and event.target is not None and trigger is not None \
                and places_a_call(sentence, trigger):
            event = recoded(event, TELEPHONE_CODE, "phone-call", ontology, settings)
        out.append(event)
    return out


def places_a_call(sentence: Sentence, trigger: int) -> bool:
    """Whether the verb at ``trigger`` is a calling verb that places a call to its object."""
    verb = sentence.tokens[trigger]
    if verb.pos != "VERB" or verb.lemma not in word_list("calling_verbs"):
        return False
    if any(c.dep in OTHER_SENSES or (c.dep == "prep" and c.lower == "for")
           for c in clauses.children(sentence, trigger)):
        return False
    objects = clauses.children(sentence, trigger, OBJECT_DEPS)
    complements = clauses.children(sentence, trigger, COMPLEMENT_DEPS)
    if objects and complements:
        return False
    called = [sentence.tokens[i] for word in objects or complements for i in clauses.conjuncts(sentence, word.i)]
    if not called or not all(_names_a_party(word) for word in called):
        return False
    infinitives = clauses.children(sentence, trigger, INFINITIVE_DEPS)
    return all(_said_on_the_call(sentence, infinitive) for infinitive in infinitives)


def _names_a_party(word: Token) -> bool:
    """A person, a state or an organisation by name, or "his counterpart": not "the alarm", "a strike"."""
    return word.ent_type in clauses.PARTY_ENTITIES or word.lemma in word_list("relational_nouns")


def _said_on_the_call(sentence: Sentence, infinitive: Token) -> bool:
    """'to discuss the war', 'to congratulate him': the caller's own words on the call, not an act
    asked of the one called ('to lay down their arms')."""
    if infinitive.lemma in word_list("call_purposes"):
        return True
    return any(c.lower in OBJECT_PRONOUNS for c in clauses.children(sentence, infinitive.i, {"dobj"}))
