"""Responses coded by the act they answer, once the parties are resolved.

The lexicon codes "respond" and "retaliate" as force (190, a threat of it 138 when still to come),
as the training corpus codes most of them ("vowed to respond harshly to the attack"). But a state
answers an expulsion with expulsions and sanctions with sanctions: "Moscow said it would respond
in kind to the expulsions of its diplomats" (the corpus: 161 or 174), "vowed to retaliate against
any further measures" (160). Where the act answered is named in a "to", "for" or "against" phrase,
the response takes its kind: an act of the lexicon's roots 16 and 17 its code, a cooperative or
verbal act (roots 01 to 09: "responded to the request") no force at all, a measure, a move or a
decision a reduction of relations (160); force answered stays force. A response told as favourable
("responded positively to Iraq's request") is no force either. The code's mode is the event's.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..config import CoderSettings
from ..ontology import Ontology
from ..records import ActorRef, Event, Sentence
from . import clauses
from .force import recoded
from .modality import modal_code
from .wordlists import word_list

if TYPE_CHECKING:
    from .lexicon import Lexicon

RESPONSE_FORCE_CODES = {"190", "138"}  # the response rows' force, done or threatened
ANSWER_PREPOSITIONS = ("to", "for", "against")
IN_KIND_ROOTS = {"16", "17"}
NOT_FORCE_ROOTS = {"01", "02", "03", "04", "05", "06", "07", "08", "09"}
REDUCED_RELATIONS_CODE = "160"


def responses_in_kind(events: list[Event], sentence: Sentence, ontology: Ontology, settings: CoderSettings,
                      lexicon: "Lexicon") -> list[Event]:
    """Each forceful response recoded by the act it answers; those that answer no force dropped."""
    out = []
    for event in events:
        trigger = sentence.token_at(event.trigger.start)
        if trigger is None or event.code not in RESPONSE_FORCE_CODES \
                or sentence.tokens[trigger].lemma not in word_list("response_verbs"):
            out.append(event)
            continue
        code = answered_kind(sentence, trigger, lexicon)
        if code == "":
            continue  # "responded positively to the request": no force, nor any act of its own
        if code is not None:
            event = recoded(event, modal_code(code, event.aux_modes) or code, "response-in-kind", ontology, settings)
        out.append(event)
    return out


def answered_kind(sentence: Sentence, trigger: int, lexicon: "Lexicon") -> str | None:
    """The code a response at ``trigger`` takes from what it answers: None to stay force, "" for no act."""
    if any(c.lemma in word_list("favourable_manners") for c in clauses.children(sentence, trigger, {"advmod"})):
        return ""
    for word in ANSWER_PREPOSITIONS:
        for noun in clauses.preposition_objects(sentence, trigger, word):
            lemma = sentence.tokens[noun].lemma
            entries = lexicon.entries("NOUN", lemma)
            bare = [e for e in entries if not e.objects] or list(entries)
            if bare:
                root = bare[0].code[:2]
                return bare[0].code if root in IN_KIND_ROOTS else "" if root in NOT_FORCE_ROOTS else None
            if lemma in word_list("act_anaphora_nouns"):
                return REDUCED_RELATIONS_CODE
    return _conditioned_kind(sentence, trigger, lexicon)


def _conditioned_kind(sentence: Sentence, trigger: int, lexicon: "Lexicon") -> str | None:
    """"warned that Moscow would retaliate if Britain expelled any more of its diplomats": the act a
    condition names is what the response answers, in kind where it is one of roots 16 and 17."""
    for clause in clauses.children(sentence, trigger, {"advcl"}):
        if not any(c.lower in {"if", "unless"} for c in clauses.children(sentence, clause.i, {"mark"})):
            continue
        heads = clauses.direct_objects(sentence, clause.i)  # "any more of its diplomats": the "of" noun too
        objects = {sentence.tokens[i].lemma for i in heads + [j for i in heads
                                                              for j in clauses.preposition_objects(sentence, i, "of")]}
        entries = lexicon.entries("VERB", clause.lemma)
        fitting = [e for e in entries if e.objects & objects] or [e for e in entries if not e.objects]
        if fitting and fitting[0].code[:2] in IN_KIND_ROOTS:
            return fitting[0].code
    return None


BLAME_ROOT = "11"  # disapproval: an accusation, a blame or a condemnation names whom a response answers


def responses_aimed(events: list[Event], sentence: Sentence) -> list[Event]:
    """"Iran accused Israel of killing its top nuclear scientist and vowed to retaliate": a response
    that names no recipient is aimed at the party its own source blames in the same sentence."""
    blamed: dict[str, ActorRef] = {}
    for event in events:
        if event.root == BLAME_ROOT and event.source is not None and event.target is not None:
            blamed.setdefault(event.source.code, event.target)
    out = []
    for event in events:
        trigger = sentence.token_at(event.trigger.start)
        if event.target is None and event.source is not None and event.source.code in blamed \
                and trigger is not None and sentence.tokens[trigger].lemma in word_list("response_verbs"):
            event = replace(event, target=blamed[event.source.code])
        out.append(event)
    return out
