"""Acts told in the passive inside what a party says, with no one named who did them.

"The Foreign Office announced that four Russian diplomats would be expelled", "the Federal Security
Service said a Ukrainian man had been arrested in Kursk": a state body that tells of an arrest or an
expulsion in its own country, naming no one who made it, tells of its own state's act, as wire
readers take it and as CAMEO coders code it; so does any party that says what will be done ("the
rebels said the hostages would be freed on Monday"). Not an act told as done elsewhere ("the US said
two Americans had been arrested in Iran"), nor one done to the speaker itself, nor a release told as
done (hostages "had been freed" by whoever held them).
"""

from __future__ import annotations

from dataclasses import replace

from ..records import ActorRef, Event
from .wordlists import word_list

# the state bodies that arrest, expel and sentence (not a parliament, which the coder's STATE_SECTORS has)
ACTING_STATE_SECTORS = {"GOV", "COP", "JUD", "MIL", "SPY"}
FUTURE_MODES = {"future", "intended"}
NEWS_SECTORS = {"MED", "JRN", "NGO"}
RELEASE_PREFIX = "084"  # return or release of persons or property


def speakers_as_agents(events: list[Event]) -> list[Event]:
    """Each agentless reported passive the speaker did, with the speaker as its source."""
    from .coder import event_id

    out = []
    for event in events:
        speaker = _speaker(event)
        if event.source is None and speaker is not None and _speakers_act(event, speaker):
            source = replace(speaker, how=f"speaker of a passive naming no agent; {speaker.how}")
            event = replace(event, source=source, steps=event.steps + ("speaker-as-agent",),
                            event_id=event_id(event.sentence_id, event.trigger.start, event.code, source,
                                              event.target))
        out.append(event)
    return out


def _speaker(event: Event) -> ActorRef | None:
    """The reporter, with the country of the event's place where it names none ("the foreign
    office" in a story from London), as the actor policies give a source."""
    speaker, place = event.reporter, event.place
    if speaker is None or not speaker.code.startswith("---") or place is None or len(place.country) != 3:
        return speaker
    return replace(speaker, code=place.country + speaker.code[3:], country=place.country,
                   how=f"{speaker.how}; country of the event's place {place.name}")


def _speakers_act(event: Event, speaker: ActorRef) -> bool:
    if not event.rule_id.endswith("@passive") or event.code not in word_list("speaker_done_codes"):
        return False
    if speaker.code.startswith("---") or NEWS_SECTORS & set(speaker.sectors):
        return False
    if event.target is not None and event.target.code == speaker.code:
        return False  # "the ministry said its diplomats had been expelled": done to it, by another
    if event.place is not None and event.place.country and event.place.country != speaker.country:
        return False  # "the US said two Americans had been arrested in Iran"
    if FUTURE_MODES & set(event.aux_modes):
        return True  # what a party says will be done, it will do
    return bool(ACTING_STATE_SECTORS & set(speaker.sectors)) and not event.code.startswith(RELEASE_PREFIX)
