"""The actor-code policies (actors/policies.py) on hand-built events: no parse, no model."""

from __future__ import annotations

import pytest

from newsevents.actors.policies import domestic_counterpart, story_context, story_country
from newsevents.records import ActorRef, Event, Span

pytestmark = pytest.mark.issue(10)


def actor(code: str, text: str = "") -> ActorRef:
    return ActorRef(text=text or code, code=code, country=code[:3] if code[:3].isalpha() else "",
                    sectors=tuple(code[i:i + 3] for i in range(3, len(code), 3)))


def event(source: str, target: str | None, sentence: str = "a:0") -> Event:
    return Event(event_id="e", article_id="a", sentence_id=sentence, code="138", root="13", plover="", quad_class=4,
                 goldstein=-7.0, source=actor(source, "rebels"), target=actor(target) if target else None,
                 trigger=Span(start=0, end=6, text="attack"), rule_id="test@verb", confidence=0.75)


def test_a_party_of_no_country_facing_the_only_country_of_its_sentence_is_domestic():
    story = story_context((actor("MOZGOV"),), [], 1, {"a:0": (actor("MOZGOV"), actor("---REB"))})
    coded = domestic_counterpart(event("---REB", "MOZGOV"), story)
    assert coded.source is not None and coded.source.code == "MOZREB"
    assert "same country as the other party" in coded.source.how
    assert coded.confidence == 0.85


def test_a_sentence_naming_two_countries_gives_the_party_neither():
    # "Rebels threatened attacks on the United States and France": fanned out, each event faces one
    # country, but the sentence names two, so the rebels are of neither
    named = (actor("---REB"), actor("USA"), actor("FRA"))
    story = story_context(named, [], 1, {"a:0": named})
    for target in ("USA", "FRA"):
        coded = domestic_counterpart(event("---REB", target), story)
        assert coded.source is not None and coded.source.code == "---REB"


def test_other_sentences_do_not_count():
    story = story_context((actor("USA"), actor("FRA")), [], 2,
                          {"a:0": (actor("---REB"), actor("USA")), "a:1": (actor("FRA"),)})
    coded = domestic_counterpart(event("---REB", "USA"), story)
    assert coded.source is not None and coded.source.code == "USAREB"


def test_international_parties_do_not_make_a_sentence_foreign():
    named = (actor("---REB"), actor("SDNGOV"), actor("IGOUNO"))
    story = story_context(named, [], 1, {"a:0": named})
    coded = domestic_counterpart(event("---REB", "SDNGOV"), story)
    assert coded.source is not None and coded.source.code == "SDNREB"


def test_a_story_of_one_country_gives_it_to_unnamed_groups_and_a_shorter_text_does_not():
    named = (actor("LKAGOV"), actor("---MIL"))
    story = story_context(named, ["LKA"], 3, {"a:0": named})
    coded = story_country(event("---MIL", None), story)
    assert coded.source is not None and coded.source.code == "LKAMIL"
    snippet = story_context(named, ["LKA"], 2, {"a:0": named})
    assert story_country(event("---MIL", None), snippet).source.code == "---MIL"  # type: ignore[union-attr]
