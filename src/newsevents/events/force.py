"""Force told apart by who uses it on whom, once the parties are resolved.

CAMEO's roots of force differ in their parties, not their verbs: police and other authorities
using force on people repress (17, violent repression 175), armed groups that are no state's
forces assault (18) people who are not an armed force, armed forces fight (19) each other, and
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
from ..records import ActorRef, Event
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
    if fighting and on_unarmed and source & word_list("armed_nonstate_sectors"):
        return ASSAULT_CODE  # "gunmen attacked a police post", "insurgents killed villagers"
    if assault and source & word_list("armed_state_sectors") and target & armed:
        return FIGHTING_CODE  # "the army killed five rebels": armed forces fighting each other
    if event.root == "17" and event.code.startswith("171") and source & word_list("civilian_sectors") \
            and not source & (armed | word_list("police_sectors") | word_list("official_sectors")):
        return RIOT_CODE  # "protesters set fire to buildings": a riot, not a seizure by authorities
    return None


def recode_force(events: list[Event], ontology: Ontology, settings: CoderSettings) -> list[Event]:
    """The events with their force roots as their parties say (see the module's note)."""
    from .coder import code_fields, event_id

    out = []
    for event in events:
        code = force_code(event)
        if code is None or code not in ontology:
            out.append(event)
            continue
        out.append(replace(
            event, **code_fields(ontology, code, settings), steps=event.steps + (f"force-by-parties:{event.code}",),
            event_id=event_id(event.sentence_id, event.trigger.start, code, event.source, event.target)))
    return out
