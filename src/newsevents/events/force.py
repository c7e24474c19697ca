"""Force told apart by who uses it on whom, once the parties are resolved.

CAMEO's roots of force differ in their parties, not their verbs: police and other authorities
using force on people repress (17, violent repression 175), armed groups that are no state's
forces assault (18) people who are not an armed force or places that no armed force holds (a
hotel, a town: ``civilian_place_nouns``), and so do civilians (farmers attacking herders, mobs
attacking a neighbourhood: no fight), armed forces fight (19) each other, and
civilians who destroy property or throw things riot (145), where armed men storming a building
assault it (18); people taken are detained (173) by a
state and abducted (181) by anyone else. The classifier reads the words ("police", "gunmen")
but not the resolved actors ("Honduran security forces" `HNDCOP`); this step recodes an event of
one of those roots whose parties say it is another; a state's armed forces assaulting an armed
force (180, 182, 1823: assault that names no means) fight it (19). Force that names its means
(shelling, air strikes, bombings, abductions, assassinations) keeps its code. The sectors are word lists of
``events/data/word_lists.tsv``. Two more steps read the sentence, not the parties: force told with a
chemical agent is the use of chemical weapons (2041), and assault that kills many people who are no
armed force a mass killing (202); force told as a test or a drill is a show of force (150), force
whose means are economic is economic coercion (163); an order to a foreign party to leave is its
expulsion.
"""

from __future__ import annotations

import math
from dataclasses import replace
from typing import TYPE_CHECKING

from ..config import CoderSettings
from ..ontology import Ontology
from ..records import ActorRef, Event, Sentence
from . import clauses
from .wordlists import names_weapons, word_list

if TYPE_CHECKING:
    from .lexicon import Lexicon

REPRESSION_CODE = "175"
ASSAULT_CODE = "180"
RIOT_CODE = "145"
FIGHTING_CODE = "190"
ARREST_CODE = "173"
ABDUCTION_CODE = "181"
OCCUPATION_CODE = "192"
PLACE_HOWS = ("venue", "place")  # how the resolver says a party is a place
CRITICISM_CODE = "111"
UNDERGONE_RULE = "@under"  # the rule of an act its recipient "came under" (events/arguments.undergone_under)


def _sectors(actor: ActorRef | None) -> set[str]:
    return {sector.lower() for sector in actor.sectors} if actor is not None else set()  # word lists are lower case


def force_code(event: Event, on_civilian_place: bool = False) -> str | None:
    """The code the parties give an event of force, or None when they leave it as coded.
    ``on_civilian_place``: the target is a place no armed force holds ("attacked a hotel")."""
    source, target = _sectors(event.source), _sectors(event.target)
    armed = word_list("armed_state_sectors") | word_list("armed_nonstate_sectors")
    # shelling, air strikes, occupation and ceasefire breaches (194, 195, 192, 196) name a military
    # means, which stays fighting whoever the target; only plain fighting and small arms depend on it
    # police are armed: insurgents attacking a police post fight it, as the corpus codes them (190
    # or 193 in 54 labels of 70, 180 in 16)
    on_unarmed = bool(target) and not target & (armed | word_list("police_sectors"))
    fighting = event.code in word_list("plain_fighting_codes")
    assault = event.code in word_list("plain_assault_codes")
    if event.rule_id.endswith(UNDERGONE_RULE) and event.root in {"18", "19"} \
            and source & word_list("speaking_sectors") and not source & (armed | word_list("police_sectors")):
        return CRITICISM_CODE  # "Merkel came under fire from her own party": no arms, words
    if (fighting or assault) and source and source <= word_list("wordy_sectors") and not target & armed \
            and not on_civilian_place:
        return CRITICISM_CODE  # "the minister, who had been attacked by Republican lawmakers": words
    if (fighting or assault) and on_unarmed and source & word_list("police_sectors"):
        return REPRESSION_CODE  # "police opened fire on protesters", "police shot dead a man"
    civilian = bool(source & word_list("civilian_sectors")) and not source & (
        armed | word_list("police_sectors") | word_list("official_sectors"))
    # a place is not people: police raiding villages may fight, so only assault reads it
    armed_gangs = word_list("armed_nonstate_sectors") | word_list("criminal_sectors")
    if fighting and (on_unarmed or on_civilian_place and not target & armed) and (civilian or source & armed_gangs):
        # "gunmen attacked a police post", "insurgents killed villagers"; and civilians do not fight:
        # "mobs attacked Uzbek neighbourhoods", "farmers attacked herders"; pirates and bandits too
        return ASSAULT_CODE
    if assault and source & word_list("armed_state_sectors") and target & (armed | word_list("criminal_sectors")):
        # "the army killed five rebels": armed forces fighting each other; "commandos stormed the
        # tanker, killing eight pirates" too (police killing suspects stays repression, above)
        return FIGHTING_CODE
    if event.root == "17" and event.code.startswith("171") and civilian:
        return RIOT_CODE  # "protesters set fire to buildings": a riot, not a seizure by authorities
    if event.code.startswith(RIOT_CODE) and source & armed_gangs:
        return ASSAULT_CODE  # "gunmen stormed the parliament": armed men are no rioting crowd
    return None


def taking_code(event: Event, sentence: Sentence) -> str | None:
    """The code of taking people by who takes them: a state detains (173: "Iran seized eight British
    sailors", "soldiers recaptured the drug lord"), anyone else abducts (181: "gunmen seized a French
    family", "Hezbollah captured two soldiers"), as the training corpus codes "seize", "capture" and
    "hold" with people as their object (173 or 181 by the taker, against 192 for places and 1711 for
    property). Only verbs of taking (``taking_verbs``), whose object is the target and is people; None
    when the event is no such taking or the taker is unknown."""
    trigger = sentence.token_at(event.trigger.start)
    if event.code not in word_list("taking_codes") or trigger is None \
            or sentence.tokens[trigger].lemma.lower() not in word_list("taking_verbs") \
            or not _people(event.target):
        return None
    taken = _target_head(sentence, event)
    if taken not in _taken(sentence, trigger) or sentence.tokens[taken].lemma.lower() in word_list("vehicle_nouns"):
        return None  # "seized three Ukrainian naval vessels": the navy's ships are property, not people
    source = _sectors(event.source)
    if source & _state_sectors() or (event.source is not None and not source and event.source.kind in STATE_KINDS):
        return ARREST_CODE
    taker = word_list("armed_nonstate_sectors") | word_list("criminal_sectors") | word_list("civilian_sectors")
    return ABDUCTION_CODE if source & taker else None


def place_taken_code(event: Event, sentence: Sentence) -> str | None:
    """"The M23 rebels, who captured Goma in January", "seized Laukkai": a town or a region taken by
    name is territory occupied (192), as "captured the city of Goma" is, not people detained; the
    corpus codes "seize" and "capture" of places 192. None for any other event."""
    trigger = sentence.token_at(event.trigger.start)
    if trigger is None or event.code not in word_list("taking_codes") or event.code == OCCUPATION_CODE \
            or sentence.tokens[trigger].lemma.lower() not in word_list("taking_verbs"):
        return None
    taken = _taken(sentence, trigger)
    # a name the parse tags a place, or one the resolver took for a place ("venue: Goma")
    placed = event.target is not None and (event.target.kind == "place" or event.target.how.startswith(PLACE_HOWS))
    named_places = [i for i in taken if sentence.tokens[i].pos == "PROPN"
                    and (sentence.tokens[i].ent_type in {"GPE", "LOC"} or placed)]
    return OCCUPATION_CODE if taken and len(named_places) == len(taken) else None


def thrown_code(event: Event, sentence: Sentence) -> str | None:
    """Civilians throwing things ("protesters hurled petrol bombs at police", "threw stones at the
    embassy") riot (145), whatever the thing: the training corpus codes throwing by anyone but the
    authorities 145 in 104 cases of 130 (the rest mostly police, 175). None for any other event."""
    trigger = sentence.token_at(event.trigger.start)
    if trigger is None or event.root not in FORCE_ROOTS or event.code == RIOT_CODE \
            or sentence.tokens[trigger].lemma.lower() not in word_list("throwing_verbs"):
        return None
    source = _sectors(event.source)
    civilian = source & word_list("civilian_sectors") and not source & _state_sectors()
    return RIOT_CODE if civilian else None


def _state_sectors() -> frozenset[str]:
    """The sectors of a state's own forces and officials: what they take is detained, what they throw no riot."""
    return word_list("armed_state_sectors") | word_list("police_sectors") | word_list("official_sectors")


STATE_KINDS = {"country", "capital", "metonym"}  # "Iran seized ...": a state acting as such
NOT_PEOPLE_KINDS = STATE_KINDS | {"place", "region", "organization"}  # "seized Kabul", "seized Yukos"


def _people(actor: ActorRef | None) -> bool:
    """Whether the party is people (a person, or a group with a role: soldiers, hostages), not a
    country, a place, a body or a thing ("seized a tanker")."""
    return actor is not None and (actor.kind == "person" or bool(actor.sectors) and actor.kind not in NOT_PEOPLE_KINDS)


def _taken(sentence: Sentence, trigger: int) -> list[int]:
    """What the verb takes: its direct object, or a passive's subject ("were seized by gunmen")."""
    if clauses.is_passive(sentence, trigger):
        return clauses.passive_patients(sentence, trigger)
    return clauses.direct_objects(sentence, trigger)


def recode_force(events: list[Event], sentence: Sentence, ontology: Ontology, settings: CoderSettings) -> list[Event]:
    """The events with their force roots as their parties say (see the module's note)."""
    out = []
    for event in events:
        # only plain fighting reads the place it struck: no need to find the target's head otherwise
        on_place = event.code in word_list("plain_fighting_codes") \
            and _civilian_place(sentence, _target_head(sentence, event))
        code = force_code(event, on_place) or taking_code(event, sentence) or thrown_code(event, sentence) \
            or place_taken_code(event, sentence)
        out.append(event if code is None or code == event.code or code not in ontology
                   else recoded(event, code, "force-by-parties", ontology, settings))
    return out


def _target_head(sentence: Sentence, event: Event) -> int | None:
    """The head word of what the event struck: its target's phrase, or when no party was resolved
    the trigger's one direct object ("attacked the town of Kereneik")."""
    if event.target is not None and event.target.span is not None:
        span = event.target.span
        inside = {t.i for t in sentence.tokens if span.start <= t.idx < span.end}
        heads = [i for i in inside if sentence.tokens[i].head not in inside or sentence.tokens[i].head == i]
        return heads[0] if len(heads) == 1 else None
    trigger = sentence.token_at(event.trigger.start)
    objects = clauses.direct_objects(sentence, trigger) if event.target is None and trigger is not None else []
    return objects[0] if len(objects) == 1 else None


def _civilian_place(sentence: Sentence, head: int | None) -> bool:
    """Whether ``head`` names a place that no armed force holds ("attacked a hotel compound", "the
    town of Kereneik", "Uzbek neighbourhoods"): one of ``civilian_place_nouns`` with no word before
    it that names an armed force ("police station", "military compound"; an "army-run school" is
    still a school)."""
    if head is None or sentence.tokens[head].lemma.lower() not in word_list("civilian_place_nouns"):
        return False
    return not any(t.lemma.lower() in word_list("armed_place_words") for t in sentence.children(head) if t.i < head)


def recoded(event: Event, code: str, step: str, ontology: Ontology, settings: CoderSettings) -> Event:
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
        # (riot-control gas, 175, that is poison or nerve gas is a chemical weapon too)
        if (event.root in FORCE_ROOTS or event.code == REPRESSION_CODE) and event.code != CHEMICAL_CODE \
                and trigger is not None and _names_a_chemical_agent(sentence, trigger):
            event = recoded(event, CHEMICAL_CODE, "chemical-means", ontology, settings)
        out.append(event)
    return out


def _names_a_chemical_agent(sentence: Sentence, trigger: int) -> bool:
    """Whether the act's means name a chemical agent (see ``_means``)."""
    return any(_chemical(sentence, i) for i in _means(sentence, trigger, delivered=True))


def _means(sentence: Sentence, trigger: int, delivered: bool = False) -> list[int]:
    """The words that may name the act's means: its subject ("rockets loaded with sarin hit"), its
    'with', 'by' or 'using' phrase ("killed with VX nerve agent"), or the attack it happens in ("in a
    suspected poison gas attack"), on the trigger or the clause it continues ("bombs exploded on four
    trains, killing 191"). Not what is struck ("strikes on chemical weapons facilities") nor a reason
    ("in response to a chemical attack"); where ``delivered``, the object of a verb of delivery too
    ("dropped chemical bombs")."""
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
        # "dropped chemical bombs on Halabja", "used poison gas against Iranian troops", and ", killing
        # thousands" after them: what is dropped or used is the means (what is struck is not: "bombed a
        # chemical weapons depot"), for the verb itself or the participle of result that continues it
        continued = head == trigger or sentence.tokens[trigger].tag == "VBG"
        if delivered and continued and sentence.tokens[head].lemma in word_list("weapon_delivery_verbs"):
            for weapon in clauses.children(sentence, head, {"dobj", "obj"}):
                means.extend(clauses.subtree(sentence, weapon.i))
    return means


def _chemical(sentence: Sentence, i: int) -> bool:
    token = sentence.tokens[i]
    return token.lemma in word_list("chemical_agents") or (
        token.lemma in word_list("chemical_modifiers") and sentence.tokens[token.head].lemma in word_list("chemical_heads"))


SHOW_OF_FORCE_CODE = "150"


def weapons_test(events: list[Event], sentence: Sentence, ontology: Ontology, settings: CoderSettings) -> list[Event]:
    """Force told as a test or a drill is a show of force (150): "test-fired a ballistic missile",
    "fired missiles during the drills", "dropped bombs in a live-fire exercise". What a test strikes is
    a range or the sea, not a party: a weapon named as the recipient goes ("fired two missiles": no
    recipient), a country stays ("test-fired a missile over Japan")."""
    out = []
    for event in events:
        trigger = sentence.token_at(event.trigger.start)
        tested = trigger is not None and (_told_as_a_test(sentence, trigger)
                                          or event.target is None and _nuclear_explosion(sentence, trigger))
        if event.root in FORCE_ROOTS and tested:
            event = recoded(event, SHOW_OF_FORCE_CODE, "weapons-test", ontology, settings)
            if event.target is not None and names_weapons(event.target.text):
                event = replace(event, target=None)
        out.append(event)
    return out


def _told_as_a_test(sentence: Sentence, trigger: int) -> bool:
    """"test-fired" (the tokenizer's "test", "-", "fired"), "test launch", or a test or drill the act
    happens in ("during the drills", "as part of an exercise", "in a test")."""
    tokens, tests = sentence.tokens, word_list("test_nouns")
    if trigger >= 2 and tokens[trigger - 1].text in clauses.HYPHENS and tokens[trigger - 2].lower in tests:
        return True
    if any(child.lemma in tests for child in clauses.children(sentence, trigger, {"compound", "amod"})):
        return True

    return any(sentence.tokens[obj].lemma in tests for word in ("during", "in", "as", "of")
               for obj in clauses.preposition_objects(sentence, trigger, word))


def _nuclear_explosion(sentence: Sentence, trigger: int) -> bool:
    """"exploded a nuclear device", "detonated an atomic bomb": with no one it was aimed at, a test."""
    return any(c.lower in word_list("nuclear_words") for obj in clauses.direct_objects(sentence, trigger)
               for c in clauses.children(sentence, obj, {"amod", "compound"}))


ECONOMIC_COERCION_CODE = "163"  # impose embargo, boycott or sanctions
ECONOMIC_THREAT_CODE = "1312"  # threaten with sanctions, boycott or embargo
MILITARY_THREAT_CODE = "138"
# force whose means are economic is no force; a blockade (191) or an occupation (192) of goods still is
NOT_METAPHOR_CODES = {"191", "192"}
# what does not tell the act's means: its subject, and what a relative or participle clause tells of a noun
NOT_MEANS_DEPS = clauses.SUBJECT_DEPS | clauses.PASSIVE_SUBJECT_DEPS | {"relcl", "acl"}


def economic_means(events: list[Event], sentence: Sentence, ontology: Ontology, settings: CoderSettings) -> list[Event]:
    """Force whose object or means is an economic measure is economic coercion: "targeted Japanese
    cars with 100 percent tariffs" (163, had been 190), "vowed to fight the U.S. tariffs", "would hit
    back against the new duties"; a threat of it is a threat of sanctions (1312, not 138). Words:
    ``economic_measure_nouns``, anywhere in the trigger's clause but its subject and the clauses that
    tell of a noun ("attacked trucks carrying goods" stays force)."""
    out = []
    for event in events:
        trigger = sentence.token_at(event.trigger.start)
        forceful = event.root in {"18", "19"} and event.code not in NOT_METAPHOR_CODES \
            or event.code == MILITARY_THREAT_CODE
        # "India banned 59 Chinese mobile applications": a ban on another country's goods is economic
        banned_goods = event.code in RESTRICTION_CODES and event.target is not None and event.source is not None \
            and event.target.code[:3] != event.source.code[:3]
        if (forceful or banned_goods) and trigger is not None and _economic_means(sentence, trigger):
            code = ECONOMIC_THREAT_CODE if event.code == MILITARY_THREAT_CODE else ECONOMIC_COERCION_CODE
            event = recoded(event, code, "economic-means", ontology, settings)
        out.append(event)
    return out


RESTRICTION_CODES = {"172", "1721"}  # administrative restrictions, of no political freedom when on goods


def _economic_means(sentence: Sentence, trigger: int) -> bool:
    words = word_list("economic_measure_nouns")
    stack, seen = [trigger], []
    while stack:
        current = stack.pop()
        seen.append(current)
        stack.extend(c.i for c in sentence.children(current) if c.dep not in NOT_MEANS_DEPS
                     and not (c.dep == "advcl" and not _conditional(sentence, c.i)))
    return any((sentence.tokens[i].lemma.lower() in words or sentence.tokens[i].lower in words)  # "goods": "good"
               and not (i > 0 and sentence.tokens[i - 1].text in clauses.HYPHENS)  # "an off-duty policeman"
               for i in seen if i != trigger)


def _conditional(sentence: Sentence, clause: int) -> bool:
    """"would retaliate if the United States went ahead with the tariffs": the condition tells what is
    answered; a participle (", seizing goods") tells an act of its own."""
    return any(c.lower in {"if", "unless"} for c in clauses.children(sentence, clause, {"mark"}))


DEMAND_ROOT = "10"
EXPULSION_VERB = "expel"


def ordered_to_leave(events: list[Event], sentence: Sentence, ontology: Ontology, settings: CoderSettings,
                     lexicon: "Lexicon") -> list[Event]:
    """"Sudan ordered the U.N. envoy to leave the country within three days": an order to leave, to a
    party of another country or an organisation, is its expulsion, coded as "expelled" would be with
    the same object (an envoy 161, peacekeepers 1661, anyone else 174). Not an order to one's own
    ("ordered its diplomats to leave Sudan" is a withdrawal)."""
    out = []
    for event in events:
        trigger = sentence.token_at(event.trigger.start)
        if event.root == DEMAND_ROOT and trigger is not None and _foreign_parties(event) \
                and sentence.tokens[trigger].lemma in word_list("ordering_verbs"):
            leave = [c for c in clauses.children(sentence, trigger, {"xcomp", "ccomp"})
                     if c.lemma in word_list("departure_verbs")]
            if leave:
                event = recoded(event, _expulsion_code(sentence, trigger, lexicon), "ordered-to-leave", ontology,
                                settings)
        out.append(event)
    return out


def _foreign_parties(event: Event) -> bool:
    source, target = event.source, event.target
    if source is None or target is None or "---" in (source.code[:3], target.code[:3]):
        return False
    return source.code[:3] != target.code[:3] or target.code.startswith(("IGO", "NGO"))


def _expulsion_code(sentence: Sentence, trigger: int, lexicon: "Lexicon") -> str:
    """The code of "expel" with the order's object: the row naming its head noun, else the lemma's own."""
    objects = [sentence.tokens[i].lemma.lower() for i in clauses.direct_objects(sentence, trigger)]
    rows = lexicon.entries("VERB", EXPULSION_VERB)
    named = [e for e in rows if e.objects & set(objects)]
    bare = [e for e in rows if not e.objects]
    return (named or bare)[0].code


MASS_KILLING_CODE = "202"
# what a numeral or a count noun stands for ("killed 1,200", "2 million", "hundreds of villagers")
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000}
COUNT_NOUNS = {"dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2_000, "millions": 2_000_000}
NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                "ten": 10, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
                "eighty": 80, "ninety": 90, "dozen": 12}


def mass_killing(events: list[Event], sentence: Sentence, ontology: Ontology, settings: CoderSettings) -> list[Event]:
    """Assault that names no means and kills at least ``coder.mass_killing_toll`` people who are no
    armed force is a mass killing (202: "gunmen killed about 160 villagers", "stormed a university,
    killing 148 people"), as CAMEO defines it ("kill a large number of unarmed civilians") and the
    training corpus codes it: of its plain assaults and mass killings with a toll, 20 to 39 dead
    are mass killings 22 times in 49, 40 or more 84 times in 103. Only an active verb: "300 people were
    killed in fighting" names no one who killed them. Bombings (the means a weapon or a bomber),
    abductions, police repression and fighting keep their codes."""
    out = []
    armed = word_list("armed_state_sectors") | word_list("armed_nonstate_sectors") | word_list("police_sectors")
    for event in events:
        trigger = sentence.token_at(event.trigger.start)
        if (event.code in word_list("plain_assault_codes") and not _sectors(event.target) & armed
                and trigger is not None and not clauses.is_passive(sentence, trigger)
                and not _explosive(sentence, trigger)
                and (death_toll(sentence, trigger) or 0) >= settings.mass_killing_toll):
            event = recoded(event, MASS_KILLING_CODE, "mass-killing", ontology, settings)
        out.append(event)
    return out


def _explosive(sentence: Sentence, trigger: int) -> bool:
    """Whether the act's means are a weapon or a bomber ("bombs exploded on four trains, killing 191",
    "suicide bombers attacked churches, killing 250"): a bombing, which keeps its code."""
    bombing = word_list("weapon_nouns") | word_list("bombing_words")
    return any(sentence.tokens[i].lemma in bombing for i in _means(sentence, trigger))


def death_toll(sentence: Sentence, trigger: int) -> int | None:
    """How many the act at ``trigger`` struck, as its object or passive subject counts them ("killed
    51 people", "killing more than 200", "hundreds of men were killed"); None when it gives no number."""
    victims = (clauses.passive_patients(sentence, trigger) if clauses.is_passive(sentence, trigger)
               else clauses.direct_objects(sentence, trigger))
    counts = [_count(sentence, i) for i in victims]
    return max((c for c in counts if c is not None), default=None)


def _count(sentence: Sentence, noun: int) -> int | None:
    token = sentence.tokens[noun]
    if token.lower in COUNT_NOUNS:
        return COUNT_NOUNS[token.lower]
    numerals = clauses.children(sentence, noun, {"nummod"})
    if not numerals and token.tag == "CD":
        numerals = [token]  # "killing 148": the number is the object
    values = [_numeral(sentence, n.i) for n in numerals]
    return max((v for v in values if v is not None), default=None)


def _numeral(sentence: Sentence, i: int) -> int | None:
    """The value of a numeral with the scale words around it ("1,200", "2 million", "fifty")."""
    value: float | None = None
    for j in clauses.subtree(sentence, i):
        word = sentence.tokens[j].lower.replace(",", "")
        number = _number(word)
        if number is not None:
            value = number if value is None else value
        elif word in SCALES and value is not None:
            value *= SCALES[word]
    return int(value) if value is not None else None


def _number(word: str) -> float | None:
    if word in NUMBER_WORDS:
        return NUMBER_WORDS[word]
    try:
        number = float(word)
    except ValueError:
        return None
    return number if math.isfinite(number) else None  # "NaN", "inf": words, not tolls
