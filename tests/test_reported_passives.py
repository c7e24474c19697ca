"""An arrest or expulsion told in the passive by a state body, naming no agent, is the speaker's."""

from __future__ import annotations

from dataclasses import replace

import pytest

from newsevents.events.reported import speakers_as_agents
from newsevents.records import PlaceRef

from .test_force import actor, event

pytestmark = pytest.mark.issue(10)

KURSK = PlaceRef(name="Kursk", country="RUS", level="city")
TEHRAN = PlaceRef(name="Tehran", country="IRN", level="city")


def told(code: str, speaker: str, target: str, place: PlaceRef | None = KURSK, modes=("reported",),
         rule: str = "173.arrest@passive"):
    return replace(event(code, speaker, target), source=None, reporter=actor(speaker), aux_modes=modes,
                   place=place, rule_id=rule)


@pytest.mark.parametrize("reported, source", [
    # "the FSB said a Ukrainian man had been arrested in Kursk": the speaker's state arrested him
    (told("173", "RUSSPY", "UKRCVL"), "RUSSPY"),
    # "the Foreign Office announced that four Russian diplomats would be expelled"
    (told("161", "GBRGOV", "RUSGOV", PlaceRef(name="London", country="GBR", level="city"), ("future", "reported"),
          "161.expel_diplomats@passive"), "GBRGOV"),
    # a speaker of no country named takes the event's place's, as the actor policies give a source
    (told("173", "---COP", "RUSCVL"), "RUSCOP"),
    # "the US said two Americans had been arrested in Iran": done elsewhere, by another state
    (told("173", "USAGOV", "USACVL", TEHRAN), None),
    # the press and NGOs tell of acts they do not do
    (told("173", "GBRMED", "GBRCVL", None), None),
    (told("173", "NGOAMN", "GBRCVL", None), None),
    # "the embassy said two of its diplomats had been expelled": done to the speaker
    (told("174", "GBRGOV", "GBRGOV", None), None),
    # a release told as done was the holder's; one still to come is the speaker's
    (told("0841", "GBRGOV", "GBRCVL", None, rule="084.release@passive"), None),
    (told("0841", "BIHREB", "IGOUNOPKO", None, ("future", "reported"), "084.release@passive"), "BIHREB"),
    # an active verb names its own agent; a code the speaker does not do stays unattributed
    (told("173", "RUSSPY", "UKRCVL", rule="173.arrest@verb"), None),
    (told("190", "RUSSPY", "UKRCVL", rule="190.attack@passive"), None),
])
def test_an_agentless_reported_passive_is_the_speakers_act(reported, source):
    [coded] = speakers_as_agents([reported])
    assert (coded.source.code if coded.source else None) == source
    assert ("speaker-as-agent" in coded.steps) == (source is not None)


def test_the_speaker_as_agent_through_the_pipeline(code_text):
    text = "LONDON, March 2 (Wire) - The Foreign Office announced that four Russian diplomats would be expelled."
    [expelled] = [e for e in code_text(text, "2021-03-02") if e.trigger.text == "expelled"]
    assert (expelled.source.code, expelled.code, expelled.target.code) == ("GBRGOV", "161", "RUSGOV")
