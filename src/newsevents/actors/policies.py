"""Actor-code policies applied to finished events, named and in order.

Each policy may give a party of unknown country (``---``) a country, and says so in the actor's
``how``. They run after dates and places, in the order of ``ACTOR_POLICIES``:

1. ``place-acted-upon``: an act whose object is a place the actor dictionaries do not list, and
   which the place stage found as that object ("bombed the port of Poti", "attacked Merca"), is
   aimed at the place's country (GEO, SOM);
2. ``story-attacker``: force by an armed party or a weapon of no named country ("a drone struck a
   warehouse in Odesa"), on a country that the story names one foreign state using force on
   ("Russia launched drones at Ukrainian cities"), is that state's, not the place's own;
3. ``event-place``: agents of no named country take the country where the event happened
   ("Police detained protesters in Caracas": VENCOP), but not an agent that came to a state ("the
   president arrived in Beijing": a visitor; nor does 4. make it Chinese), nor the guests of a host
   ("Norway hosted talks between the government and the rebels") or a mediator's parties, nor by a
   dateline at a seat of courts and international bodies or a venue of talks (list
   ``venue_datelines``) whose country none of the story's parties names, nor where an international
   body acts at such a seat ("the Security Council, meeting in New York, condemned the rebel offensive");
4. ``domestic-counterpart`` (``actors.assume_domestic``): a party of unknown country facing a party
   of one country, with no other country in the sentence, is taken as domestic, as ICEWS and
   POLECAT code; not one facing an envoy ("the government summoned the Russian ambassador"), nor
   one in what a speaker of a third country says ("Israel's defence minister said the army would
   flatten Beirut"), nor one facing a mediator ("talks mediated by Norway", list ``third_party_codes``);
5. ``story-country`` (``actors.assume_domestic``): in a story (three sentences or more) about one
   country, an armed or official group named without a country ("the army", "rebels") is of it; a
   story is about one country when it names no other, or when every place its text names is in that
   country and it names that country too (the United States and the UN speaking of a blockade in
   Ethiopia do not make "the army" theirs).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import Callable, Iterable, Mapping

from ..config import Settings
from ..events.wordlists import names_weapons, word_list
from ..records import ActorRef, Event, PlaceRef
from .kb import region_codes
from .resolver import PAIR_HOW

INTERNATIONAL = {"IGO", "NGO", "IMG", "MNC", "UNO", "EUR"}
# A party of unknown country costs an event 0.15 of confidence (events/coder.py); given a country by a
# policy, it costs 0.05.
PLACED_COUNTRY_GAIN = 0.1


@dataclass(frozen=True, slots=True)
class StoryContext:
    """What the article as a whole says: the one country it is about, if there is one; the countries
    its parties name; and the
    countries the parties of each trigger's events name (by sentence id and trigger offset), which
    ``apply_policies`` fills in."""

    country: str | None
    named: frozenset[str] = frozenset()  # the countries of all the parties the story names
    staged: bool = False  # the country is the one the story's places lie in, others named too
    trigger_countries: Mapping[tuple[str, int], frozenset[str]] = field(default_factory=lambda: MappingProxyType({}))
    # the one foreign state the story names using force on each country ({"UKR": "RUS"}), which
    # ``apply_policies`` fills in
    attackers: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    # the country the story's parties name at least twice as often as any other
    main: str | None = None
    mentions: Mapping[str, int] = field(default_factory=lambda: MappingProxyType({}))  # by country


@dataclass(frozen=True, slots=True)
class ActorPolicy:
    name: str
    doc: str
    applies: Callable[[Settings], bool]
    run: Callable[[Event, StoryContext], Event]


def _unknown(actor: ActorRef | None) -> bool:
    return actor is not None and actor.code.startswith("---") and len(actor.code) > 3


def _stateless(code: str) -> bool:
    """A party that is no state (an organisation, a region): what it faces says nothing of a
    domestic party's country."""
    return code in INTERNATIONAL or code in region_codes()


def _foreign(actor: ActorRef) -> bool:
    """"foreign tourists", "Western donors", "international monitors" are not local; nor is an envoy
    of no named country ("the envoy urged the two sides" in a Khartoum story: no Sudanese envoy), nor
    are migrants or refugees ("Greece deported 202 migrants to Turkey": not Greek ones), nor states named
    in the plural ("accused some countries of ignorance": not Mexico itself)."""
    words = actor.text.lower().split()
    # "the Foreign Ministry", "the foreign minister": a state's own office for its foreign affairs
    offices = {k for k, word in enumerate(words[:-1]) if words[k + 1] in word_list("foreign_office_words")}
    qualifiers = {word for k, word in enumerate(words) if k not in offices}
    not_local = word_list("foreign_qualifiers") | word_list("envoy_agents") | word_list("foreigner_nouns")
    # "suspended flights from the affected countries": other states; not "the two countries", a pair
    counted = not qualifiers.isdisjoint(word_list("pair_words")) or any(w.isdigit() for w in qualifiers)
    if not counted:
        not_local = not_local | word_list("state_plurals")
    return not not_local.isdisjoint(qualifiers)


def _all_sides(actor: ActorRef) -> bool:
    """"both sides", "the two sides", "all parties", "the warring factions": the parties of a dispute
    together, of no one country, and not of the country of whoever addresses them."""
    words = actor.text.lower().split()
    return bool(words) and words[-1] in word_list("dispute_side_nouns") and not actor.how.startswith(PAIR_HOW) \
        and not word_list("dispute_side_quantifiers").isdisjoint(words)


def _envoy(actor: ActorRef) -> bool:
    """A state's representative abroad ("the Russian ambassador", "French diplomats"), or another
    state's counterpart ("his Saudi counterpart"): whoever faces one is more likely of another
    country than of the envoy's."""
    words = actor.text.lower().split()
    return not _unknown(actor) and (any(word in word_list("envoy_agents") for word in words)
                                    or "counterpart" in words or "counterparts" in words)


# how the policies below say they gave a party a country (the start of each reason)
PLACE_WHY, COUNTERPART_WHY, STORY_WHY = "country of the event's place", "same country as the other party", "the story"
GUESSED_COUNTRY_WHYS = (PLACE_WHY, COUNTERPART_WHY, STORY_WHY)


def _with_country(actor: ActorRef, country: str, why: str) -> ActorRef:
    return replace(actor, code=country + actor.code[3:], country=country, how=f"{actor.how}; {why}")


def _surer(event: Event, changes: dict[str, ActorRef]) -> Event:
    """The event with its parties' new countries; a party whose country is now known, from weaker
    evidence than a name, costs the confidence less than an unknown one did. (An unnamed
    perpetrator gains nothing: it weighs as no source at all.)"""
    gained = PLACED_COUNTRY_GAIN * sum("UAF" not in actor.sectors for actor in changes.values())
    return replace(event, source=changes.get("source", event.source), target=changes.get("target", event.target),
                   confidence=round(min(event.confidence + gained, 0.95), 2))


# a statement or an appeal made about a place is not aimed at it
SPEECH_ROOTS = frozenset({"01", "02"})
# the place stage's rules for a place that is the act's object, a place the object (a building, a
# town) lies in, and a destination ("crossed into Bahrain", places/locate.py)
ACTED_UPON_RULES = frozenset({"object", "object-in", "into"})
# acts whose destination is their recipient: visits, aid and peacekeepers sent, forces deployed,
# coercion, assault, fighting and mass violence ("an inquiry into the Kharkiv shelling" is not)
MOVING_ROOTS = frozenset({"04", "07", "15", "17", "18", "19", "20"})
# the place stage's rules for a place the act went to: its visited place and its destination
ARRIVAL_RULES = frozenset({"visit-target", "into"})
# a place that hosts the event (places/locate.py "host": "Doha hosted talks"): a third party's country
HOST_RULES = frozenset({"host"})
# the place stage's rules for a place taken from the dateline, not from the text
DATELINE_RULES = frozenset({"dateline", "dateline-country"})
# the place stage's rule for where a speaker decided what it says it did ("In Washington, the Treasury
# said it had blacklisted two army units": the units are not American; places/locate.py)
SPEAKER_PLACE_RULE = "fronted-speaker"
# agreement, consultation, cooperation and concessions (ceasefires, releases): their place is often a
# venue abroad, not the parties' home
VENUE_ROOTS = frozenset({"03", "04", "05", "06", "08"})
# what the resolver names a state by: the country, its adjective, its capital
STATE_KINDS = frozenset({"country", "adjective", "capital"})


def place_acted_upon(event: Event, story: StoryContext) -> Event:
    """'Russian jets bombed the port of Poti', 'Somali troops attacked Merca': the object of the
    act is a place, which stands for its country, as the field's coders code a place acted upon.
    The actor resolver names only places it is sure of out of context (a subdivision, a city of
    100,000 whose name means nothing else); the place stage, which weighs the countries around
    the name, found this one as the trigger's object (rule ``object``)."""
    place = event.place
    if event.target is not None or place is None or not place.country or event.root in SPEECH_ROOTS \
            or place.rule not in ACTED_UPON_RULES or (place.rule == "into" and event.root not in MOVING_ROOTS) \
            or (event.source is not None and event.source.span == place.span):
        return event
    target = ActorRef(text=place.text or place.name, code=place.country, span=place.span, country=place.country,
                      name=place.name, kind="place", how=f"place acted upon: {place.name} ({place.country})")
    return replace(event, target=target)


def _came_to_a_state(event: Event) -> bool:
    """'The president arrived in Beijing', 'troops crossed into Bahrain': the agent came to the
    state the act is aimed at, so it is no more of it than of anywhere else."""
    place, target = event.place, event.target
    if place is None or place.rule not in ARRIVAL_RULES or target is None:
        return False
    return place.level == "country" or target.kind in STATE_KINDS or target.code.endswith("GOV")


# force: assault, fighting and mass violence; and the sectors of whoever uses it unnamed ("a drone",
# "artillery", "unidentified gunmen")
FORCE_ROOTS = frozenset({"18", "19", "20"})
UNNAMED_FORCE_SECTORS = frozenset({"MIL", "UAF"})


CAPITAL_HOW = "capital "  # how the resolver says a capital named its country's government


def capital_struck(event: Event, story: StoryContext) -> Event:
    """'Russia launched missile strikes on Kyiv', 'drones hit Moscow': a capital that force is aimed
    at is the city, its country, not the government a capital stands for when it speaks or acts
    ("Kyiv said", "Moscow expelled two diplomats")."""
    target = event.target
    if target is None or event.root not in FORCE_ROOTS or not target.how.startswith(CAPITAL_HOW) \
            or target.code == target.country:
        return event
    return replace(event, target=replace(target, code=target.country, sectors=(),
                                         how=f"{target.how}; a capital struck stands for its country"))


def story_attacker(event: Event, story: StoryContext) -> Event:
    """'Russia launched drones at Ukrainian cities ... In Odesa, a drone struck a grain warehouse':
    force by an armed party or weapon of no named country, on a country that the story names one
    foreign state using force on, is that state's (not Ukraine's own, as the event's place would
    make it)."""
    source = event.source
    if source is None or event.root not in FORCE_ROOTS or not _unknown(source) or _foreign(source) \
            or _all_sides(source) or not UNNAMED_FORCE_SECTORS & set(source.sectors):
        return event
    target = event.target
    aimed_at = target.code[:3] if target is not None and not _unknown(target) else (
        event.place.country if event.place is not None else "")
    attacker = story.attackers.get(aimed_at)
    if attacker is None:
        return event
    return replace(event, source=_with_country(source, attacker, f"the story's attacker of {aimed_at}"))


def event_place(event: Event, story: StoryContext) -> Event:
    """'Police detained protesters in Caracas': agents of no named country take the country where
    the event happened (CAMEO's '---' becomes VEN); the evidence says so. Not the agent of an
    arrival in a state: it came from elsewhere; nor a weapon fired by no one named."""
    if event.place is None or not event.place.country or event.place.rule in HOST_RULES \
            or event.place.rule.startswith(SPEAKER_PLACE_RULE):
        # "Norway hosted talks between the government and the rebels": guests, not Norwegians
        return event
    if _venue_dateline(event.place, story):
        return event  # a Myanmar story datelined THE HAGUE: its refugees are not Dutch
    country, why = event.place.country, f"{PLACE_WHY} {event.place.name}"
    filed_abroad = event.place.rule in DATELINE_RULES and story.main != country \
        and story.mentions.get(country, 0) <= ABROAD_DATELINE_MENTIONS
    if filed_abroad and story.main is None and about_others(story.mentions, country):
        return event  # an Iran-Iraq war story datelined NICOSIA: "enemy troops" are not Cypriot
    if filed_abroad and story.main is not None:
        # an Iran story datelined DUBAI, talks on Colombia datelined HAVANA: "the judiciary", "the
        # army" are of the country the story is about, not of where it was filed
        country, why = story.main, f"{STORY_WHY} is mostly about {story.main}, filed from {event.place.name}"
    elif event.root in VENUE_ROOTS and story.main is not None and story.main != country:
        # "Manila, communist rebels agree ceasefire in Oslo": parties to talks abroad are not of the venue
        country, why = story.main, f"{STORY_WHY} is mostly about {story.main}, met in {event.place.name}"
    if country == event.place.country and _at_a_bodys_seat(event):
        return event
    changes = {}
    for role in ("source", "target"):
        actor = getattr(event, role)
        if role == "source" and _came_to_a_state(event):
            continue
        if role == "source" and _fired_by_no_one_named(event):
            continue
        if role == "target" and event.code in word_list("third_party_codes"):
            continue  # a mediator's parties are no more of where it mediates than of its own country
        if _unknown(actor) and not _foreign(actor) and not _all_sides(actor):
            changes[role] = _with_country(actor, country, why)
    return _surer(event, changes) if changes else event


def _at_a_bodys_seat(event: Event) -> bool:
    """An international body's act at a seat of courts and international bodies (``venue_datelines``):
    "the Security Council, meeting in New York, condemned the rebel offensive" was about no American
    rebels."""
    place = event.place
    if place is None or not any(a is not None and a.code[:3] in INTERNATIONAL for a in (event.source, event.target)):
        return False
    venues = word_list("venue_datelines")
    return place.name.lower() in venues or (place.span is not None and place.span.text.lower() in venues)


def _venue_dateline(place: PlaceRef, story: StoryContext) -> bool:
    """A dateline at a seat of courts and international bodies or a venue of talks (list
    ``venue_datelines``) whose country none of the story's parties names."""
    written = place.span.text.lower() if place.span is not None else ""  # "UNITED NATIONS", placed in New York
    venues = word_list("venue_datelines")
    return place.rule == "dateline" and (place.name.lower() in venues or written in venues) \
        and place.country not in story.named


def domestic_counterpart(event: Event, story: StoryContext) -> Event:
    """'The Mozambique government accepted demands from Shona rebels': a party of no named country
    facing a party of one country, with no other country among the parties of its trigger's events,
    is taken as domestic. ("Rebels threatened attacks on the United States and France" is fanned out
    over two: the rebels stay of no country, not American in one event and French in the other.)"""
    if event.code in word_list("third_party_codes"):
        return event  # "talks mediated by Norway": the rebels facing the mediator are not Norwegian
    parties = [a for a in (event.source, event.target) if a is not None]
    known = {a.code[:3] for a in parties if not a.code.startswith("---") and a.code[:3].isalpha()}
    # an unnamed perpetrator (UAF) is no more likely domestic than foreign: its place decides
    unknown = [a for a in parties if _unknown(a) and "UAF" not in a.sectors]
    if _came_to_a_state(event):
        unknown = [a for a in unknown if a is not event.source]
    if len(known) != 1 or not unknown or any(_foreign(a) or _all_sides(a) for a in unknown) \
            or any(_envoy(a) for a in parties):
        return event
    country = known.pop()
    if _stateless(country) or not story.trigger_countries.get(_trigger_key(event), frozenset()) <= {country}:
        return event
    if _organ_facing_a_state(event, country, unknown):
        return event
    reporter = event.reporter
    if reporter is not None and reporter.code[:3].isalpha() and not _stateless(reporter.code[:3]) \
            and reporter.code[:3] != country:
        return event  # "Israel's defence minister said the army would flatten Beirut": whose army?
    changes = {role: _with_country(getattr(event, role), country, COUNTERPART_WHY)
               for role in ("source", "target") if getattr(event, role) in unknown
               and not (role == "target" and _weapon(getattr(event, role)))
               and not (role == "source" and _fired_by_no_one_named(event))}
    return _surer(event, changes)


def _organ_facing_a_state(event: Event, country: str, unknown: list[ActorRef]) -> bool:
    """"The foreign minister rejected the British demand", "the army shelled Syria", "Azerbaijan launched
    the offensive against the army": a state's organ of no named country acting on a state, or an army a
    state acts on, is more likely another state's than its own ("Senegal suspended flights from the
    government" stays Senegal's)."""
    source, target = event.source, event.target
    if source is None or target is None:
        return False
    organ_acts = source in unknown and target.code == country and bool({"GOV", "MIL"} & set(source.sectors))
    army_acted_on = target in unknown and source.code == country and "MIL" in target.sectors
    return organ_acts or army_acted_on


def _fired_by_no_one_named(event: Event) -> bool:
    """"Missiles struck an apartment building near Odesa", "a drone strike killed five": force whose
    source is a weapon only armed forces field, fired by no named party ("rebel artillery" is the
    rebels'). A state seldom strikes its own people or places, so neither the place nor the recipient
    nor the story gives it a country."""
    source = event.source
    return event.root in FORCE_ROOTS and source is not None and source.code == "---MIL" and _weapon(source)


def _weapon(actor: ActorRef) -> bool:
    """"threatened to strike the missiles": weapons struck are the other side's, not the striker's."""
    return names_weapons(actor.text)


def story_country(event: Event, story: StoryContext) -> Event:
    """'The army shelled rebel positions' in a story that names one country only: both are of it."""
    if story.country is None:
        return event
    changes = {}
    for role in ("source", "target"):
        actor = getattr(event, role)
        # an unnamed perpetrator (UAF) may come from anywhere: only its place speaks for it
        if role == "source" and _fired_by_no_one_named(event):
            continue
        if _unknown(actor) and not _foreign(actor) and not _all_sides(actor) and "UAF" not in actor.sectors:
            why = f"{STORY_WHY} happens in {story.country}" if story.staged \
                else f"{STORY_WHY} is about {story.country} only"
            changes[role] = _with_country(actor, story.country, why)
    return _surer(event, changes) if changes else event


ACTOR_POLICIES: tuple[ActorPolicy, ...] = (
    ActorPolicy("capital-struck", "a capital that force is aimed at stands for its country, not its government",
                lambda settings: True, capital_struck),
    ActorPolicy("place-acted-upon", "an act on a place the dictionaries do not list is aimed at the place's country",
                lambda settings: True, place_acted_upon),
    ActorPolicy("story-attacker", "force by an armed party or weapon of no named country, on a country the story "
                                  "names one foreign state using force on, is that state's",
                lambda settings: True, story_attacker),
    ActorPolicy("event-place", "agents of no named country take the country of the event's place",
                lambda settings: True, event_place),
    ActorPolicy("domestic-counterpart", "a party of unknown country facing one country is of that country",
                lambda settings: settings.actors.assume_domestic, domestic_counterpart),
    ActorPolicy("story-country", "in a story about one country, unnamed-country groups are of it",
                lambda settings: settings.actors.assume_domestic, story_country),
)


MAIN_COUNTRY_MENTIONS = 3
# a dateline whose country the story's parties name at most this often is where the story was filed
# from, not where it happens (an Iran story datelined DUBAI); a kidnapping of French hostages
# datelined NIAMEY that names Niger twice happens there
ABROAD_DATELINE_MENTIONS = 1
STORY_SENTENCES = 3  # fewer sentences are a snippet, not a story about a country
SCENE_EVENTS = 2  # events the text places in one country before the story is taken to happen there


def story_context(mentions: tuple[ActorRef, ...], places: list[str], sentences: int) -> StoryContext:
    """The one country a story is about: the only country among its named actors and places; or,
    where others only speak or are spoken to ("the United States criticised the delay"), the one
    country all the places the text names lie in, if the story names it too."""
    named = frozenset(_countries(mentions))
    scene = {p for p in places if p}
    countries = named | scene
    if sentences < STORY_SENTENCES:
        return StoryContext(country=None, named=named)
    if len(countries) == 1:
        return StoryContext(country=next(iter(countries)), named=named)
    staged = len(scene) == 1 and len(places) >= SCENE_EVENTS and scene <= named
    counts = Counter(a.code[:3] for a in mentions if a.code[:3] in _countries([a]))
    return StoryContext(country=next(iter(scene)) if staged else None, named=named, staged=staged,
                        main=_main_country(counts), mentions=MappingProxyType(dict(counts)))


def about_others(mentions: Mapping[str, int], dateline_country: str) -> bool:
    """Whether the story's parties name some other country than the dateline's often (at least
    MAIN_COUNTRY_MENTIONS times): it is about others, not about where it is filed."""
    return any(n >= MAIN_COUNTRY_MENTIONS for country, n in mentions.items() if country != dateline_country)


def _main_country(counts: Counter[str]) -> str | None:
    """The country the story's parties name at least twice as often as any other, and at least
    MAIN_COUNTRY_MENTIONS times. (Not the places events are placed at: an episode's place goes on to
    every act after it, and talks abroad would make the venue the story's country.)"""
    (first, n), *rest = counts.most_common(2) or [("", 0)]
    return first if n >= MAIN_COUNTRY_MENTIONS and (not rest or n >= 2 * rest[0][1]) else None


def _countries(actors: Iterable[ActorRef]) -> set[str]:
    return {a.code[:3] for a in actors if a.code[:3].isalpha() and not _stateless(a.code[:3])}


def _trigger_key(event: Event) -> tuple[str, int]:
    return event.sentence_id, event.trigger.start


def _with_trigger_countries(story: StoryContext, events: tuple[Event, ...]) -> StoryContext:
    found: dict[tuple[str, int], set[str]] = {}
    for event in events:
        found.setdefault(_trigger_key(event), set()).update(
            _countries(a for a in (event.source, event.target) if a is not None))
    return replace(story, trigger_countries=MappingProxyType({k: frozenset(v) for k, v in found.items()}))


def _with_attackers(story: StoryContext, events: tuple[Event, ...]) -> StoryContext:
    """The one foreign state each country is attacked by in the story's events, where only one is."""
    found: dict[str, set[str]] = {}
    for event in events:
        if event.root in FORCE_ROOTS and event.source is not None and event.target is not None:
            source, target = _countries([event.source]), _countries([event.target])
            if len(source) == len(target) == 1 and source != target:
                found.setdefault(next(iter(target)), set()).update(source)
    return replace(story, attackers=MappingProxyType({target: next(iter(sources))
                                                      for target, sources in found.items() if len(sources) == 1}))


def apply_policies(events: tuple[Event, ...], story: StoryContext, settings: Settings) -> tuple[Event, ...]:
    story = _with_attackers(_with_trigger_countries(story, events), events)
    for policy in ACTOR_POLICIES:
        if policy.applies(settings):
            events = tuple(policy.run(e, story) for e in events)
    return _without_own_victims_of_a_fight(events)


def _without_own_victims_of_a_fight(events: tuple[Event, ...]) -> tuple[Event, ...]:
    """'Indian and Pakistani troops exchanged fire, killing six civilians' in a story filed from
    Jammu: the victims the policies made Indian are the other side's, not India's own. Of the acts of
    force a trigger tells of parties of two countries or more, one whose victims a policy gave their
    attacker's own country is dropped; victims named as of a country stay ("troops fired on
    protesters, killing five": one country, its own people)."""
    authors: dict[tuple[str, int], set[str]] = {}
    for event in events:
        if event.source is not None:
            authors.setdefault(_trigger_key(event), set()).update(_countries([event.source]))

    def own_victims(event: Event) -> bool:
        source, target = event.source, event.target
        return event.root in FORCE_ROOTS and source is not None and target is not None \
            and len(authors.get(_trigger_key(event), ())) > 1 and source.code[:3] == target.code[:3] \
            and any(f"; {why}" in target.how for why in GUESSED_COUNTRY_WHYS)

    return tuple(e for e in events if not own_victims(e))
