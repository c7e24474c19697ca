"""Place each event from what its own clause says, never simply from the first place named.

Order: a locative phrase of the trigger or of its light verb ("met in Geneva", "spoke from
Brussels"); the trigger's destination ("crossed into Bahrain"); the visited place of a visit; a
place that hosts the event ("Doha hosted the meeting"); the place a relative 'where' clause hangs
from ("Brussels, where he briefed ..."); for an act on the ground, the place of the sentence's other
act on the ground ("captured Ramadi after bombers blew up the gates, killing 50 soldiers"); the
article's dateline; else none. A place used as an
actor is never a location. The rule recorded on the place says whether it is what the act was done
to (``object``, ``object-in``, ``into``): the actor policy ``place-acted-upon`` makes those the
event's recipient.
"""

from __future__ import annotations

import re
from collections import deque
from dataclasses import replace
from difflib import SequenceMatcher
from functools import cache
from itertools import chain
from pathlib import Path
from types import MappingProxyType
from typing import Iterable, Mapping

from ..actors.kb import normalize
from ..actors.policies import ABROAD_DATELINE_MENTIONS, INTERNATIONAL, SPEAKER_PLACE_RULE, about_others
from ..errors import DataFileError
from ..events.clauses import is_background, reporting_verb, subtree
from ..events.coder import STATEMENT_ROOT
from ..events.modality import ADDRESSED_ROOTS, SPOKEN_ROOTS
from ..events.wordlists import word_list
from ..ingest.clean import DATELINE, dateline_parts, item_datelines
from ..records import ActorRef, Article, Event, PlaceRef, Sentence, Span, Token
from ..time.attach import NEWS_RULE, new_episode, told_in_past

STATED_MODES = frozenset({"future", "intended", "threatened"})  # acts that are only said to come
from .gazetteer import Gazetteer, Place, name_key

DESTINATION_PREPS = frozenset({"into", "onto"})
# where a weapon is fired, launched or dropped ("fired rockets at Israeli towns"), for acts of force
WEAPON_DESTINATION_PREPS = frozenset({"at", "toward", "towards", "on", "onto", "into"})
FIRING_ROOTS = frozenset({"15", "17", "18", "19", "20"})
LOCATIVE_PREPS = {"in", "at", "near", "inside", "outside", "from", "across", "throughout", "around",
                  "within", "through", "outside"}
TOPIC_PREPS = {"after", "before", "since", "following", "about", "over", "against"}
BACKGROUND_PREPS = {"after", "before", "since", "following", "about", "over", "against", "on"}
ARGUMENT_DEPS = {"dobj", "nsubj", "nsubjpass", "obj"}
VISIT_CODES = {"042", "032", "036"}
# "Merca" is a spelling of "Marka" (0.6), "Kyiv" of "Kiev" (0.5); "Google" is no spelling of "Topeka" (0.33)
SPELLING_VARIANT_RATIO = 0.5
HYPHENS = {"-", "\u2010", "\u2013"}
NOT_IN_NAMES = {"VERB", "AUX", "PRON", "CCONJ", "SCONJ", "NUM", "PART", "SYM"}
NAME_DEPS = {"compound", "amod", "nmod", "det", "poss", "case"}
PLACE_ENTITIES = {"GPE", "LOC", "FAC"}
# named places that are no buildings ("at the White House" is in the dateline's city; "in Kuriga" need not be)
UNKNOWN_PLACE_ENTITIES = {"GPE", "LOC"}
SPEECH_ROOTS = {"01", "02"}
UNCARRIED_LEVELS = {"country", "water"}
TOPIC_ROOTS = {"02", "04"}  # appeals and consultations: their object is what they are about
# the rules of places the event's own clause names: a sea places only an act told there
OWN_CLAUSE_RULES = ("locative", "into", "object", "visit-target")  # places that set no episode for the sentences after them
# parties whose words name no place of the act: a state, its capital or a place standing for it
# ("Washington has frozen aid"); and see _named_person
NOT_WHERE_KINDS = frozenset({"metonym", "country", "capital"})
# the candidates' rules that say where the phrase is ("envoy William Burns in Moscow"), not where it is from
WHERE_SUFFIXES = (":in", ":at", ":near", ":around", ":inside", ":outside")


# a city of at least this many people, and this many times the people of the story's own town of the
# same name, is the one a bare name means ("Geneva" is not Geneva, Illinois, in a story naming the US)
ENDORSE_ROOT = "05"  # diplomatic cooperation: a welcome of a decision, not of a guest
WORLD_CITY_POPULATION = 100_000
WORLD_CITY_RATIO = 8
SMALL_TOWN_POPULATION = 200_000  # a town abroad smaller than this is not one a story about another country means

class EventPlacer:
    """``placer(sentence, events, dateline, focus) -> events`` with ``place`` set where the text says."""

    def __init__(self, gazetteer: Gazetteer, region_names: frozenset[str] = frozenset()):
        """``region_names``: names of regions wider than a country, normalized as the actor
        dictionaries do (``ActorKB.region_names``), which no town of that name stands for."""
        self.gazetteer = gazetteer
        self.region_names = region_names

    def article(self, article: Article, sentences: tuple[Sentence, ...], per_sentence: list[tuple[Event, ...]],
                focus: set[str], main: str | None = None,
                mentions: Mapping[str, int] = MappingProxyType({})) -> list[tuple[Event, ...]]:
        """Place every event of an article. An event whose sentence names no place is placed where
        the paragraph's episode was last placed by the text, and only then at the dateline: the
        dateline never places an event that the text places elsewhere. ``main``: the country the
        story is mostly about, and ``mentions`` how often its parties name each country."""
        story_dateline = self.dateline(article.text, focus)
        if story_dateline is not None:
            # a story filed from Tbilisi may spell a Georgian town as the gazetteer's alternate name does
            # ("Sukhumi" for Sokhumi) though it names no Georgian party
            focus = focus | {story_dateline.country}
        home = self._abroad_home(story_dateline, main, mentions)
        filed_from = _filed_from_elsewhere(article.text, story_dateline, main, mentions)
        if filed_from == GROUND_ROOTS and main in self.gazetteer.countries:
            # at a seat of talks, the country the story is about, however often the seat's is named
            home = replace(_place_ref(self.gazetteer.countries[main], "", None), rule="story-country")
        datelines = self.item_datelines(article.text, focus)
        item = 0  # the datelines passed: in a page of briefs each item's places the item
        episode: PlaceRef | None = None
        partakers: frozenset[str] = frozenset()  # the countries of the parties of the episode's events
        carried = False  # the episode's place was named in an earlier paragraph
        placed = []
        for k, (sentence, events) in enumerate(zip(sentences, per_sentence)):
            if k and new_episode(article.text, sentences[k - 1], sentence):
                carried = True
            passed = [place for begins, place in datelines if begins <= sentence.start]
            if len(passed) > item:
                item, episode = len(passed), None  # a new item: no episode of the last one goes on
            dateline = passed[-1] if passed else story_dateline
            here = _shared_scene(sentence, tuple(replace(e, place=self.place(sentence, e, focus, events)
                                               or self.sentence_place(sentence, e, focus)
                                               or self._elsewhere(sentence, e, focus, episode, dateline, carried,
                                                                  partakers, home, filed_from))
                                       for e in events))
            placed.append(here)
            # (not a sea: what follows an incident at sea, a protest or a summons, is told ashore)
            # (nor where a statement was made: "Hollande told reporters in Paris that ... The militiamen had
            # attacked Muslim neighbourhoods" goes on in Bangui)
            named = [e.place for e in here if e.place is not None and e.place.level not in UNCARRIED_LEVELS
                     and e.place.rule not in {"dateline", "episode", "story-country"}
                     and not (e.root in SPOKEN_ROOTS and _abroad(e.place, dateline))] \
                or self.main_clause_places(sentence, focus, dateline)
            if named:
                episode, carried = replace(named[-1], rule="episode"), False
                partakers = frozenset(a.country_code for e in here for a in (e.source, e.target) if a is not None)
        return placed

    def main_clause_places(self, sentence: Sentence, focus: set[str],
                           dateline: PlaceRef | None = None) -> list[PlaceRef]:
        """Towns and regions the sentence's main clause names, even when it codes no event
        ("Fighting raged in Goma on Monday."): the episode goes on there."""
        roots = [t.i for t in sentence.tokens if t.head == t.i]
        # "The incident occurred near Palawan on Monday, the military said": what is reported, too, but
        # not where it was said ("told reporters in Paris that ...")
        reported = [c.i for r in roots for c in sentence.children(r, {"ccomp"})]
        found = []
        for root in roots + reported:
            for _, head in _clause_locatives(sentence, root, include_root=True):
                place = self.lookup_phrase(sentence, head, focus)
                if place is not None and place.level not in UNCARRIED_LEVELS and not (
                        root not in reported and sentence.tokens[root].lemma in word_list("reporting_lemmas")
                        and _abroad(place, dateline)):
                    found.append(place)
        return found

    def __call__(self, sentence: Sentence, events: tuple[Event, ...], dateline: PlaceRef | None,
                 focus: Iterable[str] = ()) -> tuple[Event, ...]:
        focus = set(focus)
        return tuple(replace(e, place=self.place(sentence, e, focus, events) or self.sentence_place(sentence, e, focus)
                             or self._elsewhere(sentence, e, focus, None, dateline)) for e in events)

    def _elsewhere(self, sentence: Sentence, event: Event, focus: set[str], episode: PlaceRef | None,
                   dateline: PlaceRef | None, carried: bool = False,
                   partakers: frozenset[str] = frozenset(), home: PlaceRef | None = None,
                   filed_from: frozenset[str] = frozenset()) -> PlaceRef | None:
        """For an event its own words do not place: the episode's place (for a past act; from an
        earlier paragraph only for an act that goes on with the lead's news, as a statement is made
        where the story is filed), else the dateline; where the clause names a place the gazetteer
        does not know ("in the town of Kuriga", "near the Galwan valley"), no town at all: the
        dateline's country at most, or ``home``, the country a story filed from abroad is about
        ("DAKAR - ... killed 300 civilians in the central town of Moura" in a story about Mali). A story
        filed from a post abroad (an Iran-Iraq war story datelined NICOSIA), or from a seat of talks and
        courts (a Syria story datelined UNITED NATIONS), places there none of the acts ``filed_from``
        names (``_filed_from_elsewhere``) of parties none of whom is of the dateline's country or an
        international body: ``home``, the country it is about, where they are of it or of none named,
        else nowhere."""
        # (an international body acts at its seat: "FIFA suspended Russian teams" in Zurich)
        abroad = event.root in filed_from and dateline is not None and not _a_party_of(event, dateline.country) \
            and not _an_international_party(event)
        if self.names_unknown_place(sentence, event, focus):
            return home or (None if abroad else self._dateline_country(dateline))
        # from an earlier paragraph, only for an act dated as the lead's news goes on (not a statement)
        carries = not carried or (event.date is not None and event.date.rule == NEWS_RULE)
        continues = told_in_past(sentence, event) and carries and not _party_from_elsewhere(event, episode, partakers)
        if continues and episode is not None:
            return episode
        if abroad:
            named = _party_countries(event)
            return home if home is not None and (not named or home.country in named) else None
        return dateline

    def _abroad_home(self, dateline: PlaceRef | None, main: str | None,
                     mentions: Mapping[str, int]) -> PlaceRef | None:
        """The country a story filed from abroad is about: the one its parties name most, where they
        name the dateline's country at most once (an Iran story datelined DUBAI)."""
        country = self.gazetteer.countries.get(main or "")
        if dateline is None or country is None or main == dateline.country \
                or mentions.get(dateline.country, 0) > ABROAD_DATELINE_MENTIONS:
            return None
        return replace(_place_ref(country, "", None), rule="story-country")

    def _dateline_country(self, dateline: PlaceRef | None) -> PlaceRef | None:
        """The dateline's country, where the text names a place in it the gazetteer lacks ("ABUJA - ...
        stormed a school in the town of Kuriga": somewhere in Nigeria); none for a dateline at a venue
        of talks or courts (Geneva, The Hague), which says nothing of where the story happens."""
        country = self.gazetteer.countries.get(dateline.country) if dateline is not None else None
        if dateline is None or country is None or dateline.name.lower() in word_list("venue_datelines"):
            return None
        return replace(dateline, name=country.name, country=country.country, level="country",
                       geonameid=country.geonameid, latitude=country.latitude, longitude=country.longitude,
                       admin1="", feature_class=country.feature_class, rule="dateline-country")

    def names_unknown_place(self, sentence: Sentence, event: Event, focus: set[str]) -> bool:
        trigger = sentence.token_at(event.trigger.start)
        if trigger is None or event.root in SPOKEN_ROOTS:
            return False  # a statement is made where the story was filed, whatever place it is about
        tokens = sentence.tokens
        spans = [a.span for a in (event.source, event.target) if a is not None and a.span is not None]
        for rule, head in self._candidates(sentence, event, trigger):
            # "stormed a school in the town of Kuriga", "bombed the town of Bentiu"
            if not rule.startswith(("locative", "clause:", "object")):
                continue
            named = [head] + [o.i for p in sentence.children(head) if p.lower == "of"
                              for o in sentence.children(p.i) if o.dep == "pobj"]  # "the town of Kuriga"
            if rule.startswith("object"):
                named = [i for i in named[1:] if tokens[i].pos == "PROPN"]  # not "struck rebel positions"
            for i in named:
                if _names_a_place_by_form(sentence, i, place_word=tokens[head].lemma) \
                        and not any(s.start <= tokens[i].idx < s.end for s in spans) \
                        and self.lookup_phrase(sentence, i, focus) is None:
                    return True
        return False

    def sentence_place(self, sentence: Sentence, event: Event, focus: set[str]) -> PlaceRef | None:
        """A place named in a clause that continues the event's own ("militants attacked a checkpoint,
        killing five soldiers in Kandahar"; "troops entered the town and clashed with rebels in
        Goma"), when the event's clause names none. Clauses that report, describe or give the
        content of something else are not the event's place."""
        trigger = sentence.token_at(event.trigger.start)
        if trigger is None:
            return None
        attributed = self._attribution_place(sentence, trigger, focus) if event.root in SPOKEN_ROOTS else None
        if attributed is not None or event.root in SPEECH_ROOTS:
            return attributed  # where a statement was made is not where what it is about happens
        return self._continued_place(sentence, event, trigger, focus) or self._fronted_place(sentence, trigger, focus)

    def _attribution_place(self, sentence: Sentence, trigger: int, focus: set[str]) -> PlaceRef | None:
        """"Pakistan condemned the strike, a foreign ministry spokesman in Islamabad said", "..., a
        statement released in Havana said": a statement told before its attribution was made where the
        one who told it was, as "said in Bonn" places it (not an act the statement reports: an attack
        "officials in Kabul said" happened where its own words put it)."""
        reporting = reporting_verb(sentence, trigger)
        if reporting is None or reporting < trigger:
            return None
        for subject in sentence.children(reporting, {"nsubj"}):
            holders = [subject.i] + [c.i for c in sentence.children(subject.i, {"acl"})]  # "released in Havana"
            for holder in holders:
                for prep in sentence.children(holder, {"prep"}):
                    if prep.lower != "in":
                        continue
                    for head in sentence.children(prep.i, {"pobj"}):
                        place = self.lookup_phrase(sentence, head.i, focus)
                        if place is not None:
                            return replace(place, rule=f"{SPEAKER_PLACE_RULE}:attribution")
        return None

    def _fronted_place(self, sentence: Sentence, trigger: int, focus: set[str]) -> PlaceRef | None:
        """"In Washington, the administration condemned the crackdown and said it was suspending food
        aid, while Haig warned Moscow": a place that opens the sentence, set off by a comma, is where
        each of its acts was done; not an act another party is reported to have done ("In Moscow, the
        ministry said rebels had attacked a convoy")."""
        tokens = sentence.tokens
        opening = tokens[0] if tokens else None
        if opening is None or opening.lower not in {"in", "at"} or opening.dep != "prep":
            return None
        phrase = subtree(sentence, opening.i)
        if max(phrase) + 1 >= len(tokens) or tokens[max(phrase) + 1].text != ",":
            return None
        reported = reporting_verb(sentence, trigger) is not None
        if reported and not _told_by_the_speaker(sentence, trigger):
            return None
        head = next((c.i for c in sentence.children(opening.i, {"pobj"})), None)
        place = self.lookup_phrase(sentence, head, focus) if head is not None else None
        # a speaker's act told as what it said ("said it had blacklisted two army units") is decided
        # there; its parties are not of the place (actors/policies.py)
        rule = f"{SPEAKER_PLACE_RULE if reported else 'fronted'}:{opening.lower}"
        return replace(place, rule=rule) if place is not None else None

    def _continued_place(self, sentence: Sentence, event: Event, trigger: int, focus: set[str]) -> PlaceRef | None:
        actor_spans = [a.span for a in (event.source, event.target) if a is not None and a.span is not None]
        for clause in _continuations(sentence, _anchors(sentence, trigger)[-1]):
            # "fired rockets into northern Israel, wounding three people": where the act went
            destinations = chain(_locatives(sentence, clause, "into", DESTINATION_PREPS),
                                 _weapon_destinations(sentence, clause))
            for rule, head in chain(_clause_locatives(sentence, clause, include_root=True), destinations):
                token = sentence.tokens[head]
                # "in North Kivu province", "in South Sudan's Jonglei state": a name before the head;
                # "at the town of Kidal": a name after it
                named = _named_in_of(sentence, head) != head or token.ent_type in PLACE_ENTITIES or any(
                    c.ent_type in PLACE_ENTITIES and c.i < head for c in sentence.children(head, NAME_DEPS))
                if not named or any(s.start <= token.idx < s.end for s in actor_spans):
                    continue
                place = self.lookup_phrase(sentence, head, focus)
                if place is not None:
                    return replace(place, rule=f"continued-{rule}")
        return None

    def place(self, sentence: Sentence, event: Event, focus: set[str],
              events: tuple[Event, ...] = ()) -> PlaceRef | None:
        """Where the text places the event; ``events``, the sentence's events, whose parties at the
        same trigger are no place of it either ("expelled diplomats from Somalia and Eritrea": the
        expulsion of Eritrea's is not in Somalia)."""
        trigger = sentence.token_at(event.trigger.start)
        if trigger is None:
            return None
        # a place named as an actor ("Washington has frozen aid") is not where the event happened
        # ... unless the actor stands for a place acted upon ("attacked the town of Goma" targets Congo
        # and happens in Goma)
        told_with = [e for e in events if e.trigger == event.trigger] or [event]
        actor_spans = [a.span for e in told_with for a in (e.source, e.target)
                       if a is not None and a.span is not None and (a.kind in NOT_WHERE_KINDS or _named_person(a))
                       and not a.how.startswith(("place of", "venue"))]
        broad: PlaceRef | None = None
        owner: PlaceRef | None = None
        for rule, head in self._candidates(sentence, event, trigger):
            # "met U.S. envoy William Burns in Moscow": a locative inside the party's phrase is no name of it
            # ... but "lashed out at Canada": a party an appeal, demand, criticism, rejection or threat is
            # aimed at is no place of it ("fired rockets at Israel" lands there; "arrived in Seoul" is there)
            aimed = event.root in ADDRESSED_ROOTS
            in_actor = any(s.start <= sentence.tokens[head].idx < s.end
                           and (not rule.endswith(WHERE_SUFFIXES) or aimed and s.start > _preposition_at(sentence, head))
                           for s in actor_spans)
            # "Doha hosted" is actor and place; "the council, which met in New York," says where it was
            if in_actor and rule not in {"visit-target", "host", "participle"}:
                continue
            found = self.lookup_phrase(sentence, head, focus)
            if found is None or (broad is not None and found.country != broad.country):
                continue
            if found.level == "water" and not rule.startswith(OWN_CLAUSE_RULES):
                continue  # "called for a meeting after the missile landed in the Sea of Japan": not at sea
            if found.level == "country" and rule.startswith("aimed:"):
                continue  # "fired missiles toward Israel": aimed at the state, which the resolver names
            rule = _acted_upon_rule(sentence, trigger, rule, head, found)
            if broad is None and found.level == "country" and not _names_head(found, sentence.tokens[head]):
                # "fired a missile at a U.S. base in Iraq": a country that only qualifies a thing
                # may be its owner; a place the phrase names after it says where
                owner = owner or replace(found, rule=rule)
                continue
            if found.level == "city":
                return replace(found, rule=rule)
            # "Qatar hosted talks in Doha": a country is kept until the clause names a city in it
            broad = broad or replace(found, rule=rule)
        return broad or owner

    def _candidates(self, sentence: Sentence, event: Event, trigger: int):
        """(rule, token) pairs in priority order: the clause's own locatives first."""
        tokens = sentence.tokens
        anchors = _anchors(sentence, trigger)
        # "troops crossed into Bahrain", "rebels swept into Tripoli": where the act went
        yield from _locatives(sentence, trigger, "into", DESTINATION_PREPS)
        if event.root in FIRING_ROOTS:
            yield from _weapon_destinations(sentence, trigger)
        for anchor in anchors:
            yield from _locatives(sentence, anchor, "locative")
        for anchor in anchors[1:]:
            if tokens[anchor].lemma in word_list("travel_verbs"):
                # "flew to Port Sudan for talks with the army chief": the talks are where the trip went
                yield from (("trip", c.i) for to in sentence.children(anchor) if to.lower == "to"
                            for c in sentence.children(to.i) if c.dep == "pobj")
        for anchor in anchors:
            governor = tokens[anchor]
            hosts = word_list("host_lemmas")
            # a welcome that endorses ("welcomed the agreement", 051) is no hosting: not placed at the welcomer
            if (governor.lemma in hosts or (governor.dep in {"dobj", "obj"} and tokens[governor.head].lemma in hosts)) \
                    and event.root != ENDORSE_ROOT:
                host = anchor if governor.lemma in hosts else governor.head
                for subject in sentence.children(host):
                    # a person hosts where he is, not at his name: "Obama will host 47 leaders" (Obama, Japan)
                    if subject.dep == "nsubj" and not _a_person(subject, event):
                        yield "host", subject.i
                        for appos in sentence.children(subject.i):
                            if appos.dep == "appos":
                                yield "host", appos.i
            if governor.dep == "relcl" and any(c.lower == "where" for c in sentence.children(anchor)):
                yield "where-clause", governor.head
        for anchor in anchors[:1]:
            yield from _speaking_participle_places(sentence, anchor)
            if tokens[anchor].dep == "conj" and not sentence.children(anchor, {"nsubj", "nsubjpass"}):
                # "The council, meeting in Addis Ababa, demanded ... and urged ...": the shared subject's
                yield from _speaking_participle_places(sentence, tokens[anchor].head)
            for child in sentence.children(anchor):
                # "Speaking in Islamabad, the minister said", "speaking by video link from Kyiv"
                if child.dep == "advcl" and child.tag == "VBG":
                    yield from (("participle", i) for _, i in _clause_locatives(sentence, child.i, True))
                # "on a visit to Addis Ababa, the president denounced ..."
                if child.dep == "prep" and child.lower in {"on", "during"}:
                    for trip in (c for c in sentence.children(child.i) if c.lemma in word_list("trip_nouns")):
                        for to in (c for c in sentence.children(trip.i) if c.lower == "to"):
                            yield from (("trip", c.i) for c in sentence.children(to.i) if c.dep == "pobj")
        # then any locative inside the clause, nearest first: "police in Manila detained",
        # "talks with his counterpart in Muscat", "killed a family of eight in eastern Afghanistan"
        if len(anchors) > 1 and tokens[trigger].pos == "VERB":
            # "used tear gas to disperse crowds in Krakow": the verb's own clause, inside the one it continues
            # (not where its people are from: "continued to hold 350 peacekeepers from Zambia")
            yield from ((rule, head) for rule, head in _clause_locatives(sentence, trigger) if rule != "clause:from")
        yield from _clause_locatives(sentence, anchors[-1] if len(anchors) > 1 else trigger)
        if _is_visit(sentence, trigger, event) and event.target is not None and event.target.span is not None:
            # "will visit Pakistan, Russia and India": each visit is placed at its own host, before
            # the verb's first object
            head = sentence.token_at(event.target.span.start)
            if head is not None:
                yield "visit-target", _phrase_head(sentence, head)
        # "captured Kandahar", "seized parts of Marawi": the place acted upon (not what is said or
        # discussed: "the two leaders discussed Syria" is no meeting in Syria)
        for obj in sentence.children(anchors[0]) if event.root not in TOPIC_ROOTS else ():
            # a place, not a person: "killed one U.S. soldier" does not happen in the United States
            # ... and one said or addressed to, tagged as a person, is a person: "told Clinton by telephone"
            if obj.ent_type == "PERSON" and (event.root in ADDRESSED_ROOTS or event.root == STATEMENT_ROOT):
                continue
            if obj.dep in {"dobj", "obj"} and (obj.pos == "PROPN" or obj.lemma in word_list("place_objects") or any(
                    c.dep == "prep" and c.lower in LOCATIVE_PREPS for c in sentence.children(obj.i))):
                yield ("object" if _names_a_place(sentence, obj) else "object-part"), obj.i
        if event.root in SPOKEN_ROOTS or STATED_MODES & set(event.aux_modes):
            # "In Moscow, the spokeswoman said Russia would respond in kind", "said in Muscat that Tehran
            # would not negotiate": what is said, or said to be intended, is said where the saying is
            reporting = reporting_verb(sentence, trigger)
            if reporting is not None:
                yield from _locatives(sentence, reporting, "reporter")
                # "told a rally in Caracas", "told reporters in Kabul": the audience is where the saying is
                for audience in sentence.children(reporting, {"dobj", "dative"}):
                    yield from _locatives(sentence, audience.i, "reporter")
                yield from _speaking_participle_places(sentence, reporting)

    def lookup_phrase(self, sentence: Sentence, head: int, focus: set[str]) -> PlaceRef | None:
        """The place named by the phrase at ``head``: the longest known name inside it.

        Countries named around the phrase ("San Jose, the Costa Rican capital", "Cordoba in
        Argentina's grain belt", "Tripoli, Lebanon's second city") decide between namesakes."""
        tokens = sentence.tokens
        if tokens[head].ent_type in {"DATE", "TIME"}:
            return None  # "in March 2019" is a date, whatever town is called March
        hints = self._country_hints(sentence, head)
        story_focus, focus = focus, hints or focus
        span = _name_tokens(sentence, head)
        if tokens[head].pos == "NOUN" and tokens[head].lemma in word_list("group_descriptions"):
            return None  # "fighters from the Fano militia": a group named after a place is no place
        titled = self._titled_name(sentence, head, span)
        if titled is not None:
            return titled
        named = _named_in_of(sentence, head)
        if named != head and (named_place := self.lookup_phrase(sentence, named, focus | story_focus)) is not None:
            return named_place  # "the Israeli town of Sderot": the town, not the country its adjective names
        owners = self._owner_countries(sentence, head, span)  # the countries the name must lie in, if any
        for length in range(len(span), 0, -1):
            windows = [span[start:start + length] for start in range(0, len(span) - length + 1)]
            # the head's own name first ("Christian east Beirut" is Beirut, not a region called East);
            # an owner last ("in Syria's northwestern Idlib province" is Idlib: Syria says whose)
            for window in sorted(windows, key=lambda w: (head not in w, any(tokens[i].dep == "poss" for i in w))):
                if length == 1 and not tokens[window[0]].text[:1].isupper():
                    continue
                if length == 1 and len(span) > 1 and tokens[window[0]].lemma.lower() in _building_or_place():
                    continue  # "Dhaka University", "Kabul International Airport": not University, Florida
                if all(tokens[i].lower in word_list("generic_region_names") for i in window if tokens[i].pos != "DET"):
                    continue  # "accused the West", "fighting in the North": a direction, not Cameroon's West
                if length == 1 and _ends_other_name(tokens, window[0]):
                    continue  # "aid from the European Union": a name's last word is no town (Union, NJ)
                if length == 1 and _ends_unknown_place_name(tokens, window[0]):
                    continue  # "in Tal Afar": the last word of a town's name the gazetteer lacks (Afar, Ethiopia)
                if head not in window and _name_goes_on(tokens, span, window[-1]):
                    # "Abu Ghraib": a word of a longer name the gazetteer lacks is no town (Abu, India);
                    # nor are a person's first names ("Aung San Suu Kyi" is not Aung San, Myanmar)
                    continue
                if any(tokens[i].pos in NOT_IN_NAMES or (tokens[i].pos == "PUNCT" and tokens[i].text not in HYPHENS)
                       for i in window):
                    continue
                if not any(tokens[i].pos == "PROPN" for i in window):
                    continue
                text = _surface(tokens, window)
                if head in window and normalize(text) in self.region_names:
                    return None  # "a tour of Asia": a continent, not the Philippine town of that name
                seat = seat_places().get(normalize(text))
                if seat is not None:
                    # "speaking at the White House": Washington, not Casablanca (the gazetteer's translation)
                    town = self.choose(self.gazetteer.lookup(seat[0]), {seat[1]}, written=seat[0], hinted=True)
                    if town is not None:
                        return _ref(town, text, tokens, window)
                found = self.gazetteer.lookup(text)
                if _acronym([tokens[i].text for i in window if tokens[i].pos != "DET"]) \
                        and not all(t.text.isupper() for t in tokens if t.text.isalpha()):
                    # "accused the OAS", "troops of ECOWAS": an acronym names a body, not a town
                    # (Oas, Philippines), unless it is a country's ("the UAE", "the DRC"); a line
                    # all in capitals ("REBELS SEIZE GOMA") names its towns so
                    found = [p for p in found if p.level == "country"]
                if head in window and _settlement_named(sentence, head):
                    found = [p for p in found if p.level != "admin"]  # "the town of Uri" is no Swiss canton
                admin = tokens[head].lemma in word_list("admin_words") or _division_named(sentence, head)
                place = self.choose(found, focus, admin=admin, written=text, hinted=bool(hints))
                if place and head in window and owners and place.country not in owners:
                    continue  # "London's Docklands" is no Docklands of Melbourne: London is the place
                if place and head in window and _settlement_named(sentence, head) \
                        and _small_town_abroad(place, focus, bool(hints)):
                    continue
                if place:
                    return _ref(place, text, tokens, window)
        if tokens[head].pos == "NOUN":
            # "the port of Beirut", "the outskirts of Moscow"
            for prep in sentence.children(head):
                if prep.lower == "of":
                    for obj in sentence.children(prep.i):
                        # the story's countries too: "the town of Agua Prieta near the U.S. border"
                        if obj.dep == "pobj":
                            return self.lookup_phrase(sentence, obj.i, focus | story_focus)
            # "the regional capital Sukhumi", "the Kurdish capital Arbil": the name apposed to a noun of a place
            if tokens[head].lemma in word_list("place_objects") | word_list("settlement_nouns"):
                for name in sentence.children(head, {"appos"}):
                    if name.pos == "PROPN":
                        return self.lookup_phrase(sentence, name.i, focus | story_focus)
        return None

    def _titled_name(self, sentence: Sentence, head: int, span: list[int]) -> PlaceRef | None:
        """"the Strait of Hormuz", "the Gulf of Aden", "the Sea of Japan": a name the parse splits at
        its "of", looked up whole (only where the gazetteer holds it whole: "the port of Beirut" is
        Beirut's, below)."""
        tokens = sentence.tokens
        if tokens[head].pos != "PROPN":
            return None
        for of in sentence.children(head):
            objects = [c.i for c in sentence.children(of.i) if c.dep == "pobj" and c.pos == "PROPN"] \
                if of.lower == "of" and of.dep == "prep" else []
            if objects:
                window = [i for i in span if tokens[i].pos != "DET"] + [of.i] + _name_tokens(sentence, objects[0])
                if window != list(range(window[0], window[-1] + 1)):
                    continue
                text = _surface(tokens, window)
                found = [p for p in self.gazetteer.lookup(text) if p.level == "water"]
                if found:
                    return _ref(found[0], text, tokens, window)
        return None

    def _owner_countries(self, sentence: Sentence, head: int, span: list[int]) -> set[str]:
        """The countries of a possessor in the phrase, or of a place the phrase says it lies in, that is
        a well-known place ("London's Docklands", "Syria's Idlib province", "the town of Uri in
        Kashmir"): the head is a place of one of them or none."""
        tokens = sentence.tokens
        owners = [i for i in span if tokens[i].dep == "poss" and tokens[i].pos == "PROPN"]
        holders = [head] + ([tokens[tokens[head].head].head] if _settlement_named(sentence, head) else [])
        owners += [o.i for h in holders for prep in sentence.children(h) if prep.lower == "in"
                   for o in sentence.children(prep.i) if o.dep == "pobj" and o.pos == "PROPN"]
        countries = set()
        for owner in owners:
            name = _surface(tokens, [i for i in _name_tokens(sentence, owner) if tokens[i].dep != "case"])
            country = self.gazetteer.country_words.get(name.lower()) or self.gazetteer.country_of(name)
            if country:
                countries.add(country)
        return countries

    def _country_hints(self, sentence: Sentence, head: int) -> set[str]:
        words = self.gazetteer.country_words
        hints = set()
        for child in sentence.children(head):
            if child.dep == "appos" and child.pos == "PROPN":
                # "Paris, Texas": a state or province beside the name gives its country
                country = self.gazetteer.country_of(_surface(sentence.tokens, _name_tokens(sentence, child.i)))
                if country is not None:
                    hints.add(country)
            if child.dep in {"appos", "prep"}:
                for i in subtree(sentence, child.i):
                    text = sentence.tokens[i].text.lower()
                    two = f"{text} {sentence.tokens[i + 1].text.lower()}" if i + 1 < len(sentence.tokens) else ""
                    for key in (two, text):
                        if key in words:
                            hints.add(words[key])
        if _settlement_named(sentence, head):
            # "the Israeli town of Sderot": the settlement noun's adjective names the country
            hints |= self._adjective_countries(sentence, sentence.tokens[sentence.tokens[head].head].head)
        return hints

    def _adjective_countries(self, sentence: Sentence, noun: int) -> set[str]:
        """The countries the words before a place noun name ("the Israeli town", "the South Sudanese
        town", "the West Bank town", "the Amhara cities"): two words read together first."""
        words = self.gazetteer.country_words
        before = [t for t in sentence.tokens[:noun] if t.head == noun and t.dep in {"amod", "compound"}
                  or t.dep in {"amod", "compound"} and sentence.tokens[t.head].head == noun]
        pairs = {f"{a.text} {b.text}" for a, b in zip(before, before[1:])}
        # one word only as an adjective or a region's name: "the Sadr City district" names no country
        # (SADR is Western Sahara's)
        single = {t.text for t in before if t.tag == "JJ" or t.ent_type == "NORP" or t.pos == "PROPN"}
        for keys in (pairs, single):
            found = {words.get(k.lower()) or self.gazetteer.country_of(k) for k in keys}
            if found - {None, ""}:
                return {c for c in found if c}
        return set()

    def choose(self, candidates: list[Place], focus: set[str], admin: bool = False, written: str = "",
               hinted: bool = False) -> Place | None:
        """Countries first, then places in the countries the article is about, then population.
        ``admin``: the phrase says "province", "state" or "region", so prefer a subdivision.
        ``written``: the name as the text has it; a town's alternate name that is no spelling of its
        own ("Google" for Topeka, Kansas) is a company or a nickname, not the town. A city many times
        larger than the story's own namesake is the one meant, unless the text names the country
        beside the name (``hinted``: "Paris, Texas", "GENEVA, N.Y.")."""
        if not candidates:
            return None
        if admin and any(c.level == "admin" for c in candidates):
            candidates = [c for c in candidates if c.level == "admin"]
            return max(candidates, key=lambda c: (c.country in focus, c.country != "USA"))
        countries = [c for c in candidates if c.level == "country"]
        if countries:
            return countries[0]
        # an alternate name of a small town abroad is more often noise than the place meant
        plausible = [c for c in candidates if c.primary or c.population >= 1_000_000
                     or (c.country in focus and (not written or spelling_variant(written, c.name)))]
        if not plausible:
            return None
        chosen = max(plausible, key=lambda c: (c.country in focus, c.level == "city", c.primary, c.population))
        # a world city is one by its own name: "Islamabad" is also an old name of Chattogram, five
        # times larger, which no story means by it
        largest = max((c for c in plausible if c.primary or not written or spelling_variant(written, c.name)),
                      key=lambda c: c.population, default=chosen)
        # "Geneva", "Damascus", "Paris" in a story that names the United States are not its small towns
        if not hinted and largest.population >= WORLD_CITY_POPULATION \
                and largest.population >= WORLD_CITY_RATIO * chosen.population:
            return largest
        return chosen

    def dateline(self, text: str, focus: set[str]) -> PlaceRef | None:
        """'KABUL, Nov 8 (Wire) -' at the start of the article; 'KIRKUK, Iraq -' chooses among the
        places so named those of the country the dateline adds."""
        _, region, end = dateline_parts(text)
        if not end:
            return None
        line = text.rfind("\n", 0, end) + 1
        match = DATELINE.match(text[line:end])
        return self._dateline_place(line, match, focus) if match is not None else None

    def item_datelines(self, text: str, focus: set[str]) -> list[tuple[int, PlaceRef | None]]:
        """(where its item begins, place) for each dateline of the story: in a page of briefs each
        item's dateline places the item and its headline, not the first item's."""
        return [(begins, self._dateline_place(line, match, focus)) for begins, line, match in item_datelines(text)]

    def _dateline_place(self, line: int, match: re.Match[str], focus: set[str]) -> PlaceRef | None:
        written, region = match["place"].strip(), match["region"] or ""
        if region:
            focus = focus | {c.country for c in self.gazetteer.lookup(region) if c.level == "country"}
        seat = dateline_seats().get(written.upper(), written)  # "UNITED NATIONS": New York
        place = self.choose(self.gazetteer.lookup(seat.title()), focus, written=seat, hinted=bool(region))
        if place is None:
            # "MARJAH, Afghanistan -": a town the gazetteer lacks, in the country the dateline adds
            countries = [c for c in self.gazetteer.lookup(region.strip()) if c.level == "country"] if region else []
            if len(countries) != 1:
                return None
            start = line + match.start("region")
            said = region.strip()
            return replace(_place_ref(countries[0], said, Span(start=start, end=start + len(said), text=said)),
                           rule="dateline-country")
        start = line + match.start("place")
        return replace(_place_ref(place, written, Span(start=start, end=start + len(written), text=written)),
                       rule="dateline")


def _a_person(token: Token, event: Event) -> bool:
    """Whether the word is of the event's source resolved as a person (the tagger calls some cities
    people: "Glasgow hosted nearly 200 countries")."""
    source = event.source
    return source is not None and source.kind == "person" and source.span is not None \
        and source.span.start <= token.idx < source.span.end


def _preposition_at(sentence: Sentence, head: int) -> int:
    """Where the preposition whose object ``head`` is begins (the head's own offset if it has none)."""
    token = sentence.tokens[head]
    return sentence.tokens[token.head].idx if token.dep == "pobj" else token.idx


def _settlement_named(sentence: Sentence, head: int) -> bool:
    """Whether the name at ``head`` is a settlement's by the noun it names ("the town of Uri",
    "the village of Sitra")."""
    return _named_after(sentence, head, word_list("settlement_nouns"))


def _division_named(sentence: Sentence, head: int) -> bool:
    """Whether the name at ``head`` is a subdivision's by the noun it names ("the state of Bihar" is
    the state, not the town of Bihar Sharif)."""
    return _named_after(sentence, head, word_list("admin_words"))


def _named_after(sentence: Sentence, head: int, nouns: frozenset[str]) -> bool:
    """Whether the name at ``head`` is the object of an "of" after one of ``nouns`` ("the town of X")."""
    token = sentence.tokens[head]
    if token.dep != "pobj" or token.head == head:
        return False
    of = sentence.tokens[token.head]
    return of.lower == "of" and of.head != of.i and sentence.tokens[of.head].lemma in nouns


# places the text did not give the event itself
UNNAMED_PLACE_RULES = frozenset({"dateline", "dateline-country", "episode", "story-country"})
# acts done on the ground: protest; seizures, destruction, arrests and repression; assault, fighting and
# mass violence (not a state's sanctions or expulsions, decided in its capital)
SCENE_CODES = ("14", "171", "173", "175", "18", "19", "20")


def _shared_scene(sentence: Sentence, events: tuple[Event, ...]) -> tuple[Event, ...]:
    """"Militants captured Ramadi after suicide bombers blew up the gates of the base, killing 50
    soldiers": an act done on the ground that its own words place nowhere, in a sentence whose other
    act on the ground the text places in a town or region, happened there too, not at the dateline;
    the nearest such act gives its place. Not one told in a clause that describes a party ("blocked
    the documentary, which examined riots in Gujarat")."""
    def on_the_ground(event: Event) -> bool:
        return event.code.startswith(SCENE_CODES) and not STATED_MODES & set(event.aux_modes)

    scenes = [(e.trigger.start, e.place) for e in events if on_the_ground(e) and e.place is not None
              and e.place.rule not in UNNAMED_PLACE_RULES and e.place.level not in UNCARRIED_LEVELS
              and not _described(sentence, e)]
    if not scenes:
        return events

    def nearest(event: Event) -> PlaceRef:
        return replace(min(scenes, key=lambda scene: abs(scene[0] - event.trigger.start))[1], rule="sentence-scene")

    return tuple(replace(e, place=nearest(e))
                 if on_the_ground(e) and (e.place is None or e.place.rule in UNNAMED_PLACE_RULES) else e
                 for e in events)


def _described(sentence: Sentence, event: Event) -> bool:
    """Whether the event is told in a relative clause or a clause on a noun."""
    trigger = sentence.token_at(event.trigger.start)
    token = sentence.tokens[trigger] if trigger is not None else None
    for _ in range(len(sentence.tokens)):
        if token is None or token.head == token.i:
            return False
        if token.dep in {"relcl", "acl"}:
            return True
        token = sentence.tokens[token.head]
    return False


def _abroad(place: PlaceRef, dateline: PlaceRef | None) -> bool:
    """Whether a place lies in another country than the story's dateline (where a statement made
    abroad was made: "BANGUI - ... Hollande told reporters in Paris")."""
    return dateline is not None and place.country != dateline.country


@cache
def _speaking_participle_places(sentence: Sentence, verb: int) -> tuple[tuple[str, int], ...]:
    """"Merkel, speaking in Berlin, criticised ...", "Blinken, speaking in Athens, said Washington was
    open to talks", "The council, meeting in Addis Ababa, demanded ...", "The Security Council, which
    met in New York on Thursday, demanded ...": a participle or relative clause of speaking or meeting
    hung on the verb's subject says where the subject spoke."""
    # (a tuple, not a generator: the cache would hand an exhausted generator to every later event of
    # the verb, as it had since session 44, placing only the first)
    return tuple(("participle", i) for subject in sentence.children(verb, {"nsubj", "nsubjpass"})
                 for said in sentence.children(subject.i, {"acl", "advcl", "relcl"})
                 if (said.tag == "VBG" or _body_met(sentence, said)) and said.lemma in word_list("speaking_participles")
                 for _, i in _clause_locatives(sentence, said.i, True))


def _body_met(sentence: Sentence, clause: Token) -> bool:
    """"The Security Council, which met in New York on Thursday, demanded": a body's meeting told in a
    relative clause is where it acts; not a person's ("Marcos, who met Xi in Beijing in January, said"
    tells an earlier trip)."""
    return clause.dep == "relcl" and clause.tag in {"VBD", "VBN"} \
        and any(c.lower in {"which", "that"} for c in sentence.children(clause.i, {"nsubj", "nsubjpass"}))


# acts done, not said: what a story filed from a post abroad does not place there (a statement is as
# likely made where the reporter is as anywhere)
MATERIAL_ROOTS = frozenset({"06", "07", "08", "14", "15", "16", "17", "18", "19", "20"})
# acts done on the ground (protest, force posture, coercion, violence): what a story datelined at a seat
# of talks and courts does not place there (not sanctions or expulsions, decided in capitals, nor aid
# pledged at a conference)
GROUND_ROOTS = frozenset({"14", "15", "17", "18", "19", "20"})


def _filed_from_elsewhere(text: str, dateline: PlaceRef | None, main: str | None,
                          mentions: Mapping[str, int]) -> frozenset[str]:
    """The roots of the acts the dateline does not place, the story being filed from elsewhere than
    they happened, where the text names the dateline's city nowhere but in the dateline (save as a
    monitoring post: "the radio, monitored in Nicosia"; "the Copenhagen climate talks", "the talks in
    Pretoria" happen there): every act done (MATERIAL_ROOTS) where the story's parties name the
    dateline's country at most once (ABROAD_DATELINE_MENTIONS) and another often, as an Iran-Iraq war
    story datelined NICOSIA; at a seat of talks and courts (``venue_datelines``: a Geneva pledging
    conference is held in Geneva), the acts done on the ground (GROUND_ROOTS), as a Syria story
    datelined UNITED NATIONS tells shelling in Homs."""
    if dateline is None or dateline.span is None or main == dateline.country:
        return frozenset()
    body = text[:dateline.span.start] + " " + text[dateline.span.end:]
    for written in {dateline.name, dateline.span.text}:
        for found in re.finditer(rf"\b{re.escape(written)}\b", body, re.IGNORECASE):
            if not body[:found.start()].rstrip().lower().endswith("monitored in"):
                return frozenset()
    venue = dateline.name.lower() in word_list("venue_datelines") or dateline.span.text.lower() in word_list(
        "venue_datelines")
    if venue:
        return GROUND_ROOTS
    if mentions.get(dateline.country, 0) <= ABROAD_DATELINE_MENTIONS and about_others(mentions, dateline.country):
        return MATERIAL_ROOTS
    return frozenset()


def _a_party_of(event: Event, country: str) -> bool:
    return any(a is not None and a.country_code == country for a in (event.source, event.target))


def _an_international_party(event: Event) -> bool:
    return any(a is not None and a.country_code in INTERNATIONAL for a in (event.source, event.target))


def _party_countries(event: Event) -> set[str]:
    """The named countries of the event's parties (not international bodies, not parties of none)."""
    codes = {a.country_code for a in (event.source, event.target) if a is not None}
    return {c for c in codes if len(c) == 3 and c.isalpha() and c not in INTERNATIONAL}


def _party_from_elsewhere(event: Event, episode: PlaceRef | None, partakers: frozenset[str]) -> bool:
    """The event's parties are all of countries other than the episode's place and its parties'
    ("India's foreign ministry declined to comment" after a rally in Lahore, "Singapore's central bank
    fined several banks" after raids in Putrajaya): the act is not told there. The Taliban at talks
    in Doha they took part in go on there."""
    countries = {a.country_code for a in (event.source, event.target) if a is not None}
    known = {c for c in countries if len(c) == 3 and c.isalpha() and c not in INTERNATIONAL}
    return episode is not None and event.source is not None and event.source.country_code in known \
        and countries.isdisjoint(partakers | {episode.country})


def dateline_seats() -> dict[str, str]:
    """Datelines that name a body's seat, not a place ("UNITED NATIONS"): the place they stand for."""
    from ..datafiles import package_data

    return read_dateline_seats(package_data("places", "dateline_seats.tsv"))


@cache
def seat_places() -> dict[str, tuple[str, str]]:
    """Buildings of a state's power named as places ("at the White House"): the town, and its country."""
    from ..datafiles import package_data

    return read_seat_places(package_data("places", "seats.tsv"))


def read_seat_places(path: Path) -> dict[str, tuple[str, str]]:
    from ..datafiles import read_rows

    seats, errors = {}, []
    for number, row in read_rows(path, ("seat", "place", "country")):
        seat, place, country = (row[k].strip() for k in ("seat", "place", "country"))
        if not seat or not place or not (len(country) == 3 and country.isalpha() and country.isupper()):
            errors.append(f"line {number}: a seat, its town and the town's ISO3 country are all needed")
        seats[normalize(seat)] = (place, country)
    if errors:
        raise DataFileError(str(path), errors)
    return seats


def read_dateline_seats(path: Path) -> dict[str, str]:
    from ..datafiles import read_rows

    seats, errors = {}, []
    for number, row in read_rows(path, ("dateline", "place")):
        if not row["dateline"].strip() or not row["place"].strip():
            errors.append(f"line {number}: dateline and place are both needed")
        seats[row["dateline"].strip().upper()] = row["place"].strip()
    if errors:
        raise DataFileError(str(path), errors)
    return seats


def _names_a_place_by_form(sentence: Sentence, i: int, place_word: str) -> bool:
    """Whether the phrase at ``i`` names a place, known to the gazetteer or not: a name tagged as a
    place ("in West Java"), a place word with a name ("the Galwan valley", "the town of Kuriga",
    where the tagger may call Kuriga an organisation), a named natural feature ("Second Thomas Shoal")."""
    token = sentence.tokens[i]
    names = [t for t in [token, *sentence.children(i, {"compound"})] if t.pos == "PROPN"]
    if not names:
        return False
    places = word_list("place_objects") | word_list("natural_feature_words")
    return any(t.ent_type in UNKNOWN_PLACE_ENTITIES for t in names) or token.lemma.lower() in places \
        or (token.pos == "PROPN" and place_word in places and place_word != token.lemma)


def spelling_variant(written: str, name: str) -> bool:
    """Whether two names are spellings of one ("Merca" and "Marka", "Kiev" and "Kyiv"), not
    different names ("Google" and "Topeka"): half their letters in common order."""
    return SequenceMatcher(None, name_key(written), name_key(name)).ratio() >= SPELLING_VARIANT_RATIO


def _named_person(actor: ActorRef) -> bool:
    """A person of the people table, named in the text, whose name may be a town's ("accused Abiy of
    preparing a war": Abiy Adi is a town in Tigray); not one named by a role, whose phrase may say
    where he is ("his Omani counterpart in Muscat")."""
    return actor.kind == "person" and "people.tsv" in actor.how


def _is_visit(sentence: Sentence, trigger: int, event: Event) -> bool:
    """A visit (042), or one intended or promised (036, 032) when a word of travel or a trip tells it
    ("will visit Seoul", "plans a trip to Tokyo"); not another intended act of those codes ("agreed to
    restore relations")."""
    words = {sentence.tokens[trigger].lemma} | {c.lemma for c in sentence.children(trigger) if c.dep == "dobj"}
    return event.code == "042" or event.code in VISIT_CODES and bool(
        words & (word_list("travel_verbs") | word_list("trip_nouns")))


def _acted_upon_rule(sentence: Sentence, trigger: int, rule: str, head: int, place: PlaceRef) -> str:
    """The rule, told apart by whether the place found is what the act was done to (the actor
    policy ``place-acted-upon`` makes it the target): the object itself ("bombed the port of
    Poti": ``object``), a place the object lies in when the object is a place or building ("stormed
    a hotel in Nairobi": ``object-in``), the destination of a verb (``into``: "crossed into
    Bahrain", and the "in" place of an arrival, "landed in Haiti"). A place inside the object that
    is not it ("suspended Russia's participation") is ``object-part``."""
    tokens = sentence.tokens
    if rule == "object" or rule.startswith(("into:", "aimed:")):
        kind = "into" if rule.startswith("aimed:") else rule.split(":")[0]
        return kind if _covers_head(place, tokens[head]) else f"{kind}-part"
    governor = tokens[tokens[head].head]  # the preposition
    if rule == "locative:in" and governor.head == trigger \
            and tokens[trigger].lemma in word_list("arrival_verbs") and _covers_head(place, tokens[head]):
        return "into"  # "U.S. Marines landed in Haiti", "rescue teams arrived in Nairobi": where they went
    obj = tokens[governor.head]
    if rule.startswith("clause:") and governor.dep == "prep" and obj.dep in {"dobj", "obj"} \
            and obj.head == trigger and obj.lemma in _building_or_place():
        return "object-in"
    return rule


def _small_town_abroad(place: Place, focus: set[str], hinted: bool) -> bool:
    """"militia fighters ambushed a convoy near the town of Kani" in a story about Myanmar: a small
    town of a country the story is not about is a namesake of a town the gazetteer lacks (Kani,
    Japan), unless the text names its country beside it."""
    return bool(focus) and not hinted and place.level == "city" and place.country not in focus \
        and place.population < SMALL_TOWN_POPULATION


def _acronym(words: list[str]) -> bool:
    """One word written in capitals: "OAS", "the ECOWAS" (a dateline's city is looked up in title case)."""
    return len(words) == 1 and len(words[0]) > 1 and words[0].isupper() and words[0].isalpha()


def _building_or_place() -> frozenset[str]:
    return word_list("place_objects") | word_list("place_nouns") | word_list("civilian_place_nouns")


def _names_a_place(sentence: Sentence, obj: Token) -> bool:
    """Whether an object the place stage looks into is itself a place ("the port of Poti", "Barcelona
    airport", "Kabul"), rather than a person, a body or a thing that a place name qualifies ("Marc
    Rich", "Google", "people in Kabul"). The small model tags some towns as people ("attacked
    Merca"): a one-word name so tagged still counts; a first and last name does not."""
    if obj.lemma in word_list("place_objects"):
        return True
    if obj.pos != "PROPN" or obj.ent_type in {"ORG", "NORP"}:
        return False
    return obj.ent_type != "PERSON" or not sentence.children(obj.i, {"compound"})


def _name_goes_on(tokens: tuple[Token, ...], span: list[int], i: int) -> bool:
    """Whether the proper name at ``i`` goes on with another word of a name, not a place's generic
    word: "Abu Ghraib", "Khan Sheikhoun" (but "Gaza City", "Kunduz province" name Gaza and Kunduz)."""
    following = next((j for j in span if j > i), None)
    if following is None:
        return False
    word = tokens[following]
    return word.pos == "PROPN" and word.lemma.lower() not in _building_or_place() | word_list("admin_words")


# Named entities of these types are not places, whatever town shares one of their words
NOT_PLACE_ENTITIES = frozenset({"ORG", "NORP", "PERSON", "EVENT", "LAW", "WORK_OF_ART", "PRODUCT"})


def _ends_unknown_place_name(tokens: tuple[Token, ...], i: int) -> bool:
    """Whether the word at ``i`` ends a longer place name the parser tagged as one ("Tal Afar", "Nad-e
    Ali"), which the longer windows did not find: its last word alone is another place. Not after a
    word that only says what kind of place follows ("Mount Sinjar", "Lake Chad": ``place_name_prefixes``)."""
    token = tokens[i]
    if token.ent_iob != "I" or token.ent_type not in PLACE_ENTITIES or i == 0:
        return False
    before = tokens[i - 1]
    return before.pos == "PROPN" and before.ent_type == token.ent_type \
        and before.lower.rstrip(".") not in word_list("place_name_prefixes")


def _ends_other_name(tokens: tuple[Token, ...], i: int) -> bool:
    """Whether the word at ``i`` goes on a longer name of something that is no place: "the European
    Union", "the African Union", "the Washington Post" (the parser's entity says what it names)."""
    token = tokens[i]
    return token.ent_iob == "I" and token.ent_type in NOT_PLACE_ENTITIES and i > 0 \
        and tokens[i - 1].pos == "PROPN"


def _covers_head(place: PlaceRef, head: Token) -> bool:
    """Whether the name the place was found by includes the phrase's head word: "the port of Poti"
    (the head is a place word, its 'of' phrase names it) and "Kabul" do; "Russia's participation" does not."""
    return head.lemma in word_list("place_objects") or _names_head(place, head)


def _names_head(place: PlaceRef, head: Token) -> bool:
    """Whether the name the place was found by is the phrase's head word ("in Iraq"), not a word
    that qualifies it ("at a U.S. base")."""
    return place.span is not None and place.span.start <= head.idx < place.span.end


def _continuations(sentence: Sentence, verb: int) -> list[int]:
    """The clauses that go on telling the same act: coordinated verbs and participles of result, and
    for a participle of result the clause it continues ("a bomb exploded at a church in Cairo,
    killing 25 people": the killing is in Cairo)."""
    found = []
    for child in sentence.children(verb):
        if (child.dep == "conj" and child.pos == "VERB") or (child.dep == "advcl" and child.tag == "VBG"):
            found.append(child.i)
    token = sentence.tokens[verb]
    if (token.dep == "conj" or (token.dep == "advcl" and token.tag == "VBG")) and token.head != verb:
        found.append(token.head)
    return found


def _named_in_of(sentence: Sentence, head: int) -> int:
    """The name in "the town of Kidal", "the village of X": the settlement the phrase's head is; or the
    head ("the Sadr City district of Baghdad" names its district itself)."""
    if sentence.tokens[head].lemma not in word_list("settlement_nouns"):
        return head
    return next((o.i for of in sentence.children(head) if of.lower == "of"
                 for o in sentence.children(of.i, {"pobj"}) if o.pos == "PROPN"), head)


def _told_by_the_speaker(sentence: Sentence, trigger: int) -> bool:
    """Whether a reported act is the speaker's own, told by a pronoun ("said it was suspending aid")."""
    clause = trigger
    while sentence.tokens[clause].dep in {"xcomp", "conj"} and sentence.tokens[clause].head != clause:
        clause = sentence.tokens[clause].head
    return any(s.pos == "PRON" for s in sentence.children(clause, {"nsubj", "nsubjpass"}))


def _weapon_destinations(sentence: Sentence, trigger: int):
    """"fired rockets at the town of Sderot", "launched missiles toward Tel Aviv", "dropped bombs on
    Grozny": where a weapon was sent (rule ``aimed``) is the place acted upon, as a destination is
    ("fired rockets into northern Israel"). A country so aimed at is the state the resolver names
    as the recipient, not the act's place (``place``)."""
    weapons = word_list("weapon_nouns")
    objects = [c.i for c in sentence.children(trigger) if c.dep in {"dobj", "obj"}]
    # "rockets", "mortar rounds", "a barrage of shells"
    sent = [i for i in objects if any(w.lemma in weapons for w in chain(
        [sentence.tokens[i]], sentence.children(i, {"compound"}),
        (w for of in sentence.children(i) if of.lower == "of" for w in sentence.children(of.i))))]
    if not sent:
        return
    for governor in (trigger, *sent):
        yield from _locatives(sentence, governor, "aimed", WEAPON_DESTINATION_PREPS)


def _locatives(sentence: Sentence, i: int, rule: str, preps: frozenset[str] | set[str] = LOCATIVE_PREPS):
    for prep in sentence.children(i):
        if prep.dep == "prep" and prep.lower in preps:
            for obj in sentence.children(prep.i):
                if obj.dep == "pobj":
                    yield f"{rule}:{prep.lower}", obj.i


CLAUSE_BOUNDARIES = {"relcl", "ccomp", "advcl", "acl", "xcomp", "parataxis", "conj", "csubj", "appos"}


def _clause_locatives(sentence: Sentence, root: int, include_root: bool = False):
    """Breadth-first over the clause headed at ``root``, not entering subordinate clauses or
    background phrases ("after his killing in Baghdad", "about Kabul")."""
    queue = deque([root])
    seen = {root}
    while queue:
        current = queue.popleft()
        for child in sentence.children(current):
            verbal_conj = child.dep == "conj" and child.pos in {"VERB", "AUX"}
            if child.i in seen or (child.dep in CLAUSE_BOUNDARIES and child.dep != "conj") or verbal_conj:
                continue
            word = child.lower  # each token's words and edges are read once: this walks every clause
            edge = word == "on" and _edge(sentence, child.i)
            # "a resolution on the crisis in Sudan": 'on' after a noun gives its topic, not a place; after
            # a noun of assault the clause tells, its target ("detained students in a raid on a dormitory
            # in Surabaya"; not "struck targets in retaliation for attacks on shipping")
            topic = word == "on" and sentence.tokens[current].pos == "NOUN" and not edge \
                and not _assault_done_in(sentence, current)
            # "officials from the United States visited Libya", "a delegation from Sudan arrived": where the
            # acting party comes from is no place of the act ("spoke from Brussels", on a verb, is; so is
            # "expelled diplomats from Pakistan", where the act removes them from)
            origin = word == "from" and sentence.tokens[current].dep in {"nsubj", "nsubjpass"}
            if topic or origin or word in TOPIC_PREPS:
                continue
            seen.add(child.i)
            locative = (word in LOCATIVE_PREPS or edge) and not (word in BACKGROUND_PREPS and not edge)
            if child.dep == "prep" and locative and (current != root or include_root):
                for obj in sentence.children(child.i):
                    if obj.dep == "pobj":
                        yield f"clause:{word}", obj.i
            queue.append(child.i)


def _assault_done_in(sentence: Sentence, noun: int) -> bool:
    """"in a raid", "the Turkish strike on Syrian positions": an assault the clause tells, not one it
    answers or blames ("in retaliation for attacks on shipping", "blamed it for an attack on a post")."""
    token = sentence.tokens[noun]
    return token.lemma in word_list("assault_nouns") and not (
        token.dep == "pobj" and sentence.tokens[token.head].lower == "for")


def _edge(sentence: Sentence, prep: int) -> bool:
    """'on the outskirts of Moscow', 'on the border with Lebanon': 'on' used as a locative."""
    return sentence.tokens[prep].lower == "on" and any(
        c.dep == "pobj" and c.lemma in word_list("edge_nouns") for c in sentence.children(prep))


def _anchors(sentence: Sentence, trigger: int) -> list[int]:
    """The trigger, the noun or verb carrying it, and the clauses it continues."""
    tokens = sentence.tokens
    anchors = [trigger]
    current = trigger
    for _ in range(4):
        token = tokens[current]
        if token.head == current:
            break
        if token.dep in {"dobj", "obj", "pobj", "prep", "conj", "xcomp", "nsubjpass", "nsubj"} or \
                tokens[token.head].dep == "prep":
            current = token.head
            if tokens[current].pos in {"VERB", "NOUN", "AUX"}:
                anchors.append(current)
            if tokens[current].pos == "VERB" and token.dep not in {"conj", "prep", "pobj"}:
                break
        else:
            break
    return anchors


def _phrase_head(sentence: Sentence, i: int) -> int:
    token = sentence.tokens[i]
    while token.dep in NAME_DEPS and token.head != token.i:
        token = sentence.tokens[token.head]
    return token.i


def _name_tokens(sentence: Sentence, head: int) -> list[int]:
    keep = [head] + [c.i for c in sentence.children(head) if c.dep in NAME_DEPS or c.text in HYPHENS]
    for child in list(keep):
        keep += [c.i for c in sentence.children(child) if c.dep == "compound" or c.text in HYPHENS]
    keep = sorted(set(keep))
    # "Port-au-Prince": fill the gaps of a hyphenated name with the rest of its own subtree
    inside = set(subtree(sentence, head))
    gaps = set(range(keep[0], keep[-1] + 1)) - set(keep)
    if gaps and gaps <= inside:
        keep = list(range(keep[0], keep[-1] + 1))
    return keep


def _surface(tokens: tuple[Token, ...], window: list[int]) -> str:
    return "".join(tokens[i].text + (tokens[i].whitespace if i != window[-1] else "") for i in window)


def _ref(place: Place, text: str, tokens: tuple[Token, ...], window: list[int]) -> PlaceRef:
    start = tokens[window[0]].idx
    end = tokens[window[-1]].idx + len(tokens[window[-1]].text)
    return _place_ref(place, text, Span(start=start, end=end, text=text))


def _place_ref(place: Place, text: str, span: Span | None) -> PlaceRef:
    return PlaceRef(name=place.name, country=place.country, level=place.level, geonameid=place.geonameid,
                    latitude=place.latitude, longitude=place.longitude, admin1=place.admin1,
                    feature_class=place.feature_class, text=text, span=span)
