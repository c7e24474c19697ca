"""Arguments by general rules: who acts and on whom, for any predicate, whatever its lemma.

The lexicon's rows name the recipient slot of the predicates they know; a predicate the
classifier finds without a lexicon row (an unseen synonym, a nominalisation, a verb known with
other objects) takes its arguments from the construction alone: the subject or a passive's
``by`` phrase acts; the recipient is found in the slots its CAMEO root usually fills
(``data/recipient_slots.tsv``); an event noun takes its agent from its light verb's subject, its
possessor or modifiers, or a ``by``/``from`` phrase.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ..datafiles import package_data, read_rows, split_list
from ..errors import DataFileError
from ..records import Sentence, Token
from . import clauses
from .wordlists import word_list

SLOT_COLUMNS = ("root", "slots", "note")
RECEIVED_ROOTS = {"06", "07"}  # what is received is given: cooperation, aid
WRESTING_ROOTS = frozenset({"17", "18", "19"})  # taking by force: "seized the town from the rebels"


@dataclass(frozen=True, slots=True)
class Arguments:
    """Token indices of a predicate's agents and recipients, and the verb whose mood counts."""

    sources: tuple[int, ...]
    targets: tuple[int, ...]
    anchor: int  # the verb carrying tense and modality (the light verb of an event noun)
    rule: str  # verb, passive, light-verb:<lemma>, noun-between, noun-modifier, noun
    # the later filled slots, in order: tried when the first names no actor ("fired tear gas at
    # demonstrators": the gas is no recipient, the demonstrators are)
    alternatives: tuple[tuple[int, ...], ...] = ()
    # later agent slots of an event noun, tried when the first names no actor ("a 10 billion euro
    # rescue from the IMF": the modifier names no party, the 'from' phrase does)
    agent_alternatives: tuple[tuple[int, ...], ...] = ()


@cache
def recipient_slots() -> dict[str, tuple[str, ...]]:
    """``root -> slots`` from data/recipient_slots.tsv, validated."""
    path = package_data("events", "recipient_slots.tsv")
    found: dict[str, tuple[str, ...]] = {}
    errors = []
    for number, row in read_rows(path, SLOT_COLUMNS):
        slots = split_list(row["slots"])
        bad = [s for s in slots if s not in {"dobj", "dative", "clause_subj"} and not s.startswith("prep:")]
        if not (row["root"].isdigit() and 1 <= int(row["root"]) <= 20) or bad or not slots:
            errors.append(f"line {number}: root must be 01-20 and slots dobj, dative, clause_subj or prep:<word> ({row})")
            continue
        found[row["root"]] = slots
    if errors or len(found) != 20:
        raise DataFileError(str(path), errors or [f"expected 20 roots, found {len(found)}"])
    return found


def light_verb(sentence: Sentence, anchor: int, depth: int = 0) -> int | None:
    """The verb that makes an event noun a predicate: "held talks", "preparing for talks",
    "took part in the attack"."""
    token = sentence.tokens[anchor]
    head = sentence.tokens[token.head]
    if token.dep in {"dobj", "obj"} and head.lemma in word_list("light_verbs") and not _phrasal(sentence, head, token):
        # "called the arrest a chilling message" names what the arrest is: no arrest by the caller
        evaluated = clauses.evaluative_predicate(sentence, head.i) is not None
        return None if _standing_state(sentence, head) or evaluated else head.i
    if token.dep == "pobj" and head.lower == "for" and (taker := _responsibility_taker(sentence, token)) is not None:
        return taker  # "claimed responsibility for a car bombing that killed 40": the claimant bombed
    if token.dep == "pobj" and head.dep == "prep":
        verb = sentence.tokens[head.head]
        if verb.pos == "VERB" and verb.lemma in word_list("intent_light_verbs") and head.lower == "for":
            return verb.i
        if verb.pos == "VERB" and verb.lemma in word_list("travel_verbs") and head.lower == "for":
            return verb.i  # "flew to Addis Ababa for talks with ...": the traveller talks
        if verb.pos == "VERB" and verb.lemma in word_list("partaking_verbs") and head.lower == "in":
            return verb.i  # "were engaged in ethnic cleansing", "joined in the protest"
        pair = f"{verb.lemma} {head.lower}"
        if verb.pos == "VERB" and (pair in word_list("complement_light_verbs")
                                   or pair in word_list("intent_complement_verbs")):
            return verb.i  # "went on strike", "returned to talks", "agreed to a ceasefire"
        if head.lower == "in" and _takes_part(sentence, verb):
            # "took part in a general strike" (the parse hangs 'in' on 'took' or on 'part')
            return verb.i if verb.pos == "VERB" else verb.head
        if placing(sentence, verb.i) and head.lower in word_list("placing_prepositions"):
            return verb.i  # "placed Berlusconi under investigation", "put 20 men on trial"
        if head.lower == "of" and verb.lemma in word_list("container_nouns") and verb.pos == "NOUN" and depth < 2:
            return light_verb(sentence, verb.i, depth + 1)  # "sent messages of condolence"
        if _ready_for(verb, head):
            return verb.head  # "was ready for dialogue", "is open to talks": the copula's subject intends it
    return None


def _ready_for(adjective: Token, preposition: Token) -> bool:
    """'ready for dialogue', 'open to talks', 'prepared for negotiations': an adjective of readiness
    (``readiness_adjectives``) whose 'for' or 'to' names an act its clause's subject is ready to do."""
    return adjective.pos == "ADJ" and adjective.lemma in word_list("readiness_adjectives") \
        and preposition.lower in {"for", "to"} and adjective.head != adjective.i \
        and adjective.dep in {"acomp", "amod", "oprd"}


@cache
def complement_verbs() -> frozenset[str]:
    """The verbs of ``complement_light_verbs`` and ``intent_complement_verbs`` ("agree", "go")."""
    return frozenset(pair.split()[0] for name in ("complement_light_verbs", "intent_complement_verbs")
                     for pair in word_list(name))


def intends(sentence: Sentence, light: int, anchor: int) -> bool:
    """Whether the light verb of the event noun at ``anchor`` only intends it: "plans talks",
    "preparing for talks", "agreed to a ceasefire" (the verb and its preposition in
    ``intent_complement_verbs``)."""
    verb = sentence.tokens[light]
    if verb.lemma in word_list("intent_light_verbs"):
        return True
    preposition = sentence.tokens[sentence.tokens[anchor].head]
    if preposition.dep == "prep" and _ready_for(sentence.tokens[preposition.head], preposition):
        return True
    return preposition.dep == "prep" and preposition.head == light \
        and f"{verb.lemma} {preposition.lower}" in word_list("intent_complement_verbs")


def attends_gathering(sentence: Sentence, verb: int, noun: int | None = None) -> bool:
    """Whether ``verb`` attends a gathering (``noun``, or its object or 'in' phrase): "attended the
    summit", "took part in a NATO meeting" (word lists ``attending_verbs``, ``gathering_nouns``)."""
    token = sentence.tokens[verb]
    if token.lemma not in word_list("attending_verbs") and not _takes_part(sentence, token):
        return False
    nouns = [noun] if noun is not None else \
        clauses.direct_objects(sentence, verb) + clauses.preposition_objects(sentence, verb, "in")
    return any(sentence.tokens[i].lemma in word_list("gathering_nouns") for i in nouns)


def _takes_part(sentence: Sentence, token: Token) -> bool:
    """'took part' or its 'part': the verb take with the object part."""
    if token.pos == "NOUN" and token.lemma == "part" and token.dep in {"dobj", "obj"}:
        return sentence.tokens[token.head].lemma == "take"
    return token.pos == "VERB" and token.lemma == "take" and any(
        c.lemma == "part" and c.dep in {"dobj", "obj"} for c in sentence.children(token.i))


def placing(sentence: Sentence, verb: int) -> bool:
    """Whether ``verb`` puts its object into the state an event noun names ("placed X under house
    arrest", "put its army on alert"): its object, not a prepositional phrase, is the recipient."""
    token = sentence.tokens[verb]
    return token.pos == "VERB" and token.lemma in word_list("placing_verbs")


def placed(sentence: Sentence, light: int) -> list[int]:
    """Who a placing verb puts under the event noun: its object ("placed Berlusconi under
    investigation"), or a passive's subject ("was placed under house arrest")."""
    if not placing(sentence, light):
        return []
    if clauses.is_passive(sentence, light):
        return clauses.passive_patients(sentence, light)
    return clauses.direct_objects(sentence, light)


PERSONAL_POSSESSIVES = frozenset({"its", "his", "her", "their"})


FORCE_ROOTS = frozenset({"18", "19", "20"})  # acts of force, which harm people


def victims_of_force(sentence: Sentence, noun: int, root: str) -> list[int]:
    """Whom an act of force a noun names harmed, as its relative clause tells ("a car bombing that
    killed 40 people"); none for any other act."""
    return clauses.victims_told_of(sentence, noun) if root in FORCE_ROOTS else []


def _phrasal(sentence: Sentence, verb: Token, noun: Token) -> bool:
    """Whether a light verb's particle gives it a sense of its own, with any object or with this
    one (``phrasal_non_light_verbs``: "called off the strike", "took up arms")."""
    senses = word_list("phrasal_non_light_verbs")
    return any(f"{verb.lemma} {particle.lower}" in senses or f"{verb.lemma} {particle.lower} {noun.lemma}" in senses
               for particle in clauses.children(sentence, verb.i, {"prt"}))


def _standing_state(sentence: Sentence, verb: Token) -> bool:
    """"the United States, which has a mutual defence treaty with the Philippines", "Iran has close
    ties with Russia": "have" in the simple present tells a standing state, no act ("had talks",
    "has held talks" do)."""
    return verb.lemma == "have" and verb.tag in {"VBZ", "VBP"} and not clauses.children(sentence, verb.i, {"aux"})


def _responsibility_taker(sentence: Sentence, noun: Token) -> int | None:
    """The verb that claims or takes responsibility for the act a noun names, when the noun tells a
    new act and whom it harmed ("a suicide bombing that killed 40"); an act the story told before
    ("claimed responsibility for the attack", "for the Easter Sunday bombings of churches") or one
    only named ("accepted responsibility for cross-border raids") is only claimed (015), as the
    training corpus labels them, no second event."""
    preposition = sentence.tokens[noun.head]
    governor = sentence.tokens[preposition.head]
    if governor.lemma == "responsibility" and governor.dep in {"dobj", "obj"}:
        governor = sentence.tokens[governor.head]
    elif not any(c.lemma == "responsibility" for c in clauses.children(sentence, governor.i, {"dobj", "obj"})):
        return None
    if governor.pos != "VERB" or governor.lemma not in word_list("responsibility_verbs"):
        return None
    # "the attack", "its attack"; not "Tuesday's bombings", a day's
    told_before = any(c.lower in clauses.DEFINITE_DETERMINERS
                      or (c.dep == "poss" and c.ent_type not in clauses.TEMPORAL_ENTITIES)
                      for c in clauses.children(sentence, noun.i, {"det", "poss"}))
    return governor.i if not told_before and clauses.victims_told_of(sentence, noun.i) else None


def noun_agents(sentence: Sentence, noun: int) -> list[int]:
    """Agents named inside the noun phrase: "Israel's attack", "US talks", "attack by militants"."""
    by = clauses.preposition_objects(sentence, noun, "by")
    if by:
        return by
    if sentence.tokens[noun].lemma in word_list("agentive_of_nouns") \
            and (of := clauses.preposition_objects(sentence, noun, "of")):
        return of  # "at the request of U.S. prosecutors", "at the invitation of the government"
    found = []  # nearest first, and through a modifier's own modifiers: "US Predator attacks"
    for child in reversed(clauses.children(sentence, noun, {"poss", "compound", "amod", "nmod"})):
        if child.dep == "poss" and child.lower in PERSONAL_POSSESSIVES:
            # "criticism of its raid on a flotilla", "during his visit to Washington": the owner does
            # what it owns, unless the noun names what is done to someone ("his release", "their
            # extradition": ``undergone_nouns``)
            if child.lower == "its" or sentence.tokens[noun].lemma not in word_list("undergone_nouns"):
                found.append(child.i)
        elif child.pos in {"PROPN", "ADJ", "NOUN"} and child.i < noun:
            found.append(child.i)
            found.extend(c.i for c in reversed(clauses.children(sentence, child.i, {"compound", "amod"}))
                         if c.pos in {"PROPN", "ADJ"})
    return found


def undergone_under(sentence: Sentence, noun: int) -> Arguments | None:
    """"An Indian patrol came under attack", "the towns came under rocket fire from Gaza": the
    subject of the verb undergoes the act the "under" phrase names; the agent is the noun's own
    ("came under Russian fire") or a "from" phrase, else unknown."""
    preposition = sentence.tokens[sentence.tokens[noun].head]
    if sentence.tokens[noun].dep != "pobj" or preposition.lower != "under" or preposition.head == preposition.i:
        return None
    verb = sentence.tokens[preposition.head]
    if verb.lemma not in word_list("under_verbs"):
        return None
    # every slot that may name the agent, in order: "heavy criticism from rights groups"
    slots = [tuple(slot) for slot in (noun_agents(sentence, noun), clauses.preposition_objects(sentence, noun, "from"),
                                      clauses.preposition_objects(sentence, verb.i, "from")) if slot]
    return Arguments(slots[0] if slots else (), tuple(clauses.subjects(sentence, verb.i)), verb.i, "under",
                     agent_alternatives=tuple(slots[1:]))


def event_parties(sentence: Sentence, noun: int) -> list[tuple[int, ...]]:
    """Who may take part in the event an event noun names, as slots to try in order: its 'between'
    phrase ("talks between Iran and the EU"), the agents inside its phrase ("Iran's talks"), the
    subject of the verb it completes ("the two sides signed a truce brokered by Qatar", "agreed on
    a ceasefire after talks")."""
    slots = [tuple(clauses.between_parties(sentence, noun)), tuple(noun_agents(sentence, noun))]
    token = sentence.tokens[noun]
    for _ in range(6):  # up through prepositions and nouns ("16 hours of talks in Minsk") to a verb
        if token.dep in {"ROOT", "nsubj", "nsubjpass"} or token.head == token.i:
            break
        token = sentence.tokens[token.head]
        if token.pos in {"VERB", "AUX"}:
            slots.append(tuple(clauses.subjects(sentence, token.i)))
            break
    return [slot for slot in slots if slot]


def fill_slots(sentence: Sentence, anchors: list[int], slots: tuple[str, ...], objects: list[int]) -> list[int]:
    """The tokens of the first slot that the sentence fills, looked for on each anchor in turn."""
    filled = filled_slots(sentence, anchors, slots, objects)
    return list(filled[0]) if filled else []


def filled_slots(sentence: Sentence, anchors: list[int], slots: tuple[str, ...],
                 objects: list[int], root: str = "") -> list[tuple[int, ...]]:
    """The tokens of every slot that the sentence fills, in the slots' order."""
    found: list[tuple[int, ...]] = []
    for slot in slots:
        if slot == "dobj" and objects:
            found.append(tuple(objects))
        elif slot == "dative":
            datives = next(filter(None, (clauses.indirect_objects(sentence, a) for a in anchors)), [])
            if datives:
                found.append(tuple(datives))
        elif slot == "clause_subj":
            subjects = [c.i for clause in clauses.children(sentence, anchors[0], {"ccomp", "xcomp"})
                        for c in clauses.children(sentence, clause.i, {"nsubj", "nsubjpass"})]
            if subjects:
                found.append(tuple(clauses.conjuncts(sentence, subjects[0])))
        elif slot.startswith("prep:"):
            for anchor in anchors:
                objects_of = slot_objects(sentence, anchor, slot[5:], accusation=root == ACCUSATION_ROOT)
                if objects_of:
                    found.append(tuple(objects_of))
                    break
    return [f for k, f in enumerate(found) if f not in found[:k]]


FORUM_PREPOSITIONS = ("with", "to", "before", "at")
ACCUSATION_ROOT = "11"


def slot_objects(sentence: Sentence, anchor: int, word: str, accusation: bool = False) -> list[int]:
    """The parties a prepositional slot names. For an accusation, "lodged a complaint with the WTO
    against Argentina", "filed a case at the court against Russia": the parser hangs "against" on the
    forum, the body the act is brought before; the party it is against is the recipient, found from
    either slot (not "ready to cooperate with the three countries against terrorism")."""
    found = clauses.party_objects(sentence, anchor, word)
    if not accusation:
        return found
    if word in FORUM_PREPOSITIONS:
        return [j for obj in found for j in clauses.party_objects(sentence, obj, "against")] or found
    if word == "against" and not found:
        forums = [obj for forum in FORUM_PREPOSITIONS for obj in clauses.party_objects(sentence, anchor, forum)]
        return [j for obj in forums for j in clauses.party_objects(sentence, obj, "against")]
    return found


# Roots of giving, promising and withholding: the recipient may hang on the thing given or taken
# away ("pledged $4.5 billion for the reconstruction of Afghanistan", "approved a peacekeeping force
# for Mali", "military aid to Ukraine", "withheld funding from the WHO") as well as on the verb.
GIVING_ROOTS = frozenset({"03", "07", "16"})
MEANS_ROOTS = frozenset({"17", "18", "19", "20"})  # force, whose object may be what is used


def giving_anchors(sentence: Sentence, verb: int, objects: list[int], root: str) -> list[int]:
    """Where a verb's prepositional recipient slots are looked for: the verb, and for giving and
    promising the things given too, and what an amount given is of ("pledged 5 billion yen in loans
    to Indonesia")."""
    if root not in GIVING_ROOTS:
        return [verb]
    counted = [i for obj in objects for word in ("in", "of") for i in clauses.preposition_objects(sentence, obj, word)
               if clauses.climb_quantifiers(sentence, i) == obj]
    return [verb, *objects, *counted]


def means_of_force(sentence: Sentence, objects: list[int], root: str) -> list[int]:
    """"Police used pepper spray against demonstrators", "fired tear gas at the crowd": the object of
    an act of force that is its means (list ``means_of_force``) is no recipient, and the parse hangs
    the recipient's preposition on it (not a weapon: "intercepted the drone" is aimed at its owner)."""
    if root not in MEANS_ROOTS:
        return []
    return [o for o in objects if sentence.tokens[o].lemma in word_list("means_of_force")]


def wrested_from(sentence: Sentence, verb: int, objects: list[int], root: str) -> list[int]:
    """"Government forces retook Kidal from the rebels", "seized weapons from smugglers", "wrested
    control of Kobani from the militants": what is taken by force is taken from a party, the act's
    recipient before the place or thing taken."""
    if root not in WRESTING_ROOTS or sentence.tokens[verb].lemma not in word_list("wresting_verbs"):
        return []
    parties = clauses.preposition_objects(sentence, verb, "from") or [
        g for o in objects for g in clauses.preposition_objects(sentence, o, "from")]
    # not where it was taken from ("seized 300 boys from a school", "were seized from their homes")
    places = word_list("place_nouns") | word_list("place_objects") | word_list("civilian_place_nouns")
    return [i for i in parties if sentence.tokens[i].lemma not in places]


def general_arguments(sentence: Sentence, i: int, root: str) -> Arguments:
    """The arguments of the predicate at ``i`` coded with ``root``, by construction alone."""
    token = sentence.tokens[i]
    slots = recipient_slots()[root]
    # a word with a subject of its own heads a clause, whatever its tag: the tagger keeps a headline's
    # capitalised verb a proper noun ("Kurdish Teachers March in Sulaimaniyah")
    own_subject = bool(clauses.children(sentence, i, {"nsubj"}))
    if (token.pos == "NOUN" or (token.pos == "PROPN" and not token.tag.startswith("VB"))) and not own_subject:
        return _noun_arguments(sentence, i, slots, root)
    passive = clauses.is_passive(sentence, i)
    objects = clauses.passive_patients(sentence, i) if passive else clauses.direct_objects(sentence, i)
    givers = clauses.preposition_objects(sentence, i, "from") or [
        g for o in objects for g in clauses.preposition_objects(sentence, o, "from")]
    if root in RECEIVED_ROOTS and token.lemma in word_list("receiving_verbs") and not passive and givers:
        # "Nepal received a million vaccine doses from India": the giver gives to the subject (not
        # "peacekeepers secured the airport", whose subject gives)
        return Arguments(tuple(givers), tuple(clauses.subjects(sentence, i)), i, "receiving")
    if taken_from := wrested_from(sentence, i, objects, root):
        return Arguments(tuple(clauses.subjects(sentence, i)), tuple(taken_from), i,
                         "passive" if passive else "verb", (tuple(objects),) if objects else ())
    means = means_of_force(sentence, objects, root)
    anchors = giving_anchors(sentence, i, objects, root) + means
    filled = filled_slots(sentence, anchors, slots, [o for o in objects if o not in means], root)
    return Arguments(tuple(clauses.subjects(sentence, i)), filled[0] if filled else (), i,
                     "passive" if passive else "verb", tuple(filled[1:]))


# Protests in a clause's adjunct are mostly the setting of others' acts ("police arrested 370
# people during protests", "a teenager shot two men during protests"), not the subject's own.
SETTING_ROOTS = {"14"}


def penalty_arguments(sentence: Sentence, noun: int) -> Arguments | None:
    """'ordered the traders to leave or face deportation': the penalty a demand names is the
    demander's, threatened against whom the demand is made to."""
    token = sentence.tokens[noun]
    if token.dep != "dobj" or (demand := clauses.penalty_demand(sentence, token.head)) is None:
        return None
    sources, targets = clauses.penalty_parties(sentence, token.head, demand)
    return Arguments(tuple(sources), tuple(targets), token.head, "penalty")


def _noun_arguments(sentence: Sentence, noun: int, slots: tuple[str, ...], root: str) -> Arguments:
    if (penalty := penalty_arguments(sentence, noun)) is not None:
        return penalty
    if (undergone := undergone_under(sentence, noun)) is not None:
        return undergone
    between = clauses.between_parties(sentence, noun)
    if len(between) >= 2:
        return Arguments((between[0],), tuple(between[1:2]), noun, "noun-between")
    anchor = clauses.climb_quantifiers(sentence, noun)
    light = light_verb(sentence, anchor)
    # a noun's 'from' phrase names who gives or asks ("an offer from Iran", "aid from Japan")
    noun_slots = tuple(s for s in slots if s != "prep:from")
    if light is not None:
        filled = [tuple(objects)] if (objects := placed(sentence, light)) else []
        filled += filled_slots(sentence, [noun, light], noun_slots, [], root)
        if victims := victims_of_force(sentence, noun, root):
            filled.append(tuple(victims))  # "a car bombing that killed 40 people"
        return Arguments(tuple(clauses.subjects(sentence, light)), filled[0] if filled else (), light,
                         f"light-verb:{sentence.tokens[light].lemma}", tuple(filled[1:]))
    modifiers, giver = noun_agents(sentence, noun), clauses.preposition_objects(sentence, noun, "from")
    adjunct = clauses.adjunct_subjects(sentence, anchor) if root not in SETTING_ROOTS and not modifiers else []
    # every slot that names someone, in order: the first that names an actor is the agent
    agent_slots = list(dict.fromkeys(tuple(slot) for slot in (modifiers, giver, adjunct) if slot))
    sources = agent_slots[0] if agent_slots else ()
    rule = "noun-modifier" if modifiers or giver else "noun-adjunct" if adjunct else "noun"
    filled = [f for f in (tuple(t for t in slot if t not in sources)
                          for slot in filled_slots(sentence, [noun], noun_slots, [], root)) if f] \
        or [f for f in (tuple(clauses.requested_parties(sentence, noun)),) if f]
    return Arguments(sources, filled[0] if filled else (), noun, rule, tuple(filled[1:]), tuple(agent_slots[1:]))
