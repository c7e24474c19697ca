"""Force told apart by who uses it on whom, once the parties are resolved.

CAMEO's roots of force differ in their parties, not their verbs: police and other authorities
using force on people repress (17, violent repression 175), armed groups that are no state's
forces assault (18) people who are not an armed force, and so do civilians (farmers attacking
herders, mobs attacking a neighbourhood: no fight), armed forces fight (19) each other, and
civilians who destroy property riot (145). The classifier reads the words ("police", "gunmen")
but not the resolved actors ("Honduran security forces" `HNDCOP`); this step recodes an event of
one of those roots whose parties say it is another; a state's armed forces assaulting an armed
force (180, 182, 1823: assault that names no means) fight it (19). Force that names its means
(shelling, air strikes, bombings, abductions, assassinations) keeps its code. The sectors are word lists of
``events/data/word_lists.tsv``.
"""

from __future__ import annotations

from dataclasses import replace

from ..config import CoderSettings
from ..ontology import Ontology
from ..records import ActorRef, Event, Sentence
from . import clauses
from .wordlists import word_list

REPRESSION_CODE = "175"
ASSAULT_CODE = "180"
RIOT_CODE = "145"
FIGHTING_CODE = "190"


def _sectors(actor: ActorRef | None) -> set[str]:
    return {sector.lower() for sector in actor.sectors} if actor is not None else set()  # word lists are lower case


def force_code(event: Event) -> str | None:
    """The code the parties give an event of force, or None when they leave it as coded."""
    source, target = _sectors(event.source), _sectors(event.target)
    armed = word_list("armed_state_sectors") | word_list("armed_nonstate_sectors")
    # shelling, air strikes, occupation and ceasefire breaches (194, 195, 192, 196) name a military
    # means, which stays fighting whoever the target; only plain fighting and small arms depend on it
    on_unarmed = bool(target) and not target & armed
    fighting = event.code in word_list("plain_fighting_codes")
    assault = event.code in word_list("plain_assault_codes")
    if (fighting or assault) and on_unarmed and source & word_list("police_sectors"):
        return REPRESSION_CODE  # "police opened fire on protesters", "police shot dead a man"
    civilian = bool(source & word_list("civilian_sectors")) and not source & (
        armed | word_list("police_sectors") | word_list("official_sectors"))
    if fighting and on_unarmed and (civilian or source & word_list("armed_nonstate_sectors")):
        # "gunmen attacked a police post", "insurgents killed villagers"; and civilians do not fight:
        # "mobs attacked Uzbek neighbourhoods", "farmers attacked herders"
        return ASSAULT_CODE
    if assault and source & word_list("armed_state_sectors") and target & armed:
        return FIGHTING_CODE  # "the army killed five rebels": armed forces fighting each other
    if event.root == "17" and event.code.startswith("171") and civilian:
        return RIOT_CODE  # "protesters set fire to buildings": a riot, not a seizure by authorities
    return None


def recode_force(events: list[Event], ontology: Ontology, settings: CoderSettings) -> list[Event]:
    """The events with their force roots as their parties say (see the module's note)."""
    out = []
    for event in events:
        code = force_code(event)
        out.append(event if code is None or code not in ontology
                   else _recoded(event, code, "force-by-parties", ontology, settings))
    return out


def _recoded(event: Event, code: str, step: str, ontology: Ontology, settings: CoderSettings) -> Event:
    """The event with ``code`` and its fields, its id for the new code, and ``step`` recorded with
    the code it had."""
    from .coder import code_fields, event_id

    return replace(event, **code_fields(ontology, code, settings), steps=event.steps + (f"{step}:{event.code}",),
                   event_id=event_id(event.sentence_id, event.trigger.start, code, event.source, event.target))


CHEMICAL_CODE = "2041"
FORCE_ROOTS = {"18", "19", "20"}
# how far up from the trigger the clause that tells the act goes: "dropped chemical weapons on
# Halabja, killing 5,000" (advcl), "hit the suburbs and killed hundreds" (conj)
CONTINUING_DEPS = {"advcl", "conj", "xcomp", "relcl", "acl"}


def chemical_means(events: list[Event], sentence: Sentence, ontology: Ontology, settings: CoderSettings) -> list[Event]:
    """Force told with a chemical agent in its clause is the use of chemical weapons (2041): "rockets
    loaded with sarin hit the suburbs, killing hundreds", "killed with VX nerve agent", "dropped
    chemical weapons on Halabja, killing 5,000". The training corpus codes force so told 2041 in two
    cases of three. Words: ``chemical_agents`` alone, ``chemical_modifiers`` on ``chemical_heads``."""
    out = []
    for event in events:
        trigger = sentence.token_at(event.trigger.start)
        if event.root in FORCE_ROOTS and event.code != CHEMICAL_CODE and trigger is not None \
                and _names_a_chemical_agent(sentence, trigger):
            event = _recoded(event, CHEMICAL_CODE, "chemical-means", ontology, settings)
        out.append(event)
    return out


def _names_a_chemical_agent(sentence: Sentence, trigger: int) -> bool:
    """Whether the act's means name a chemical agent: its subject ("rockets loaded with sarin hit"),
    its 'with' or 'by' phrase ("killed with VX nerve agent"), or the attack it happens in ("in a
    suspected poison gas attack"), on the trigger or the clause it continues. Not what is struck
    ("strikes on chemical weapons facilities") nor a reason ("in response to a chemical attack")."""
    heads, current = [trigger], trigger
    for _ in range(4):
        token = sentence.tokens[current]
        if token.dep not in CONTINUING_DEPS or token.head == current:
            break
        current = token.head
        heads.append(current)
    means: list[int] = []
    for head in heads:
        for child in clauses.children(sentence, head, clauses.SUBJECT_DEPS | clauses.PASSIVE_SUBJECT_DEPS):
            means.extend(clauses.subtree(sentence, child.i))
        for word in ("with", "by", "using"):
            for obj in clauses.preposition_objects(sentence, head, word):
                means.extend(clauses.subtree(sentence, obj))
        for obj in clauses.preposition_objects(sentence, head, "in"):
            if sentence.tokens[obj].lemma in word_list("chemical_heads"):
                means.extend(clauses.subtree(sentence, obj))
    return any(_chemical(sentence, i) for i in means)


def _chemical(sentence: Sentence, i: int) -> bool:
    token = sentence.tokens[i]
    return token.lemma in word_list("chemical_agents") or (
        token.lemma in word_list("chemical_modifiers") and sentence.tokens[token.head].lemma in word_list("chemical_heads"))
