"""Clause analysis over a dependency parse: who is the agent, what are the arguments, what is the mood.

Pure functions of a Sentence and token indices; nothing here knows the lexicon or the actors.
"""

from __future__ import annotations

from dataclasses import dataclass

from .wordlists import word_list
from ..records import Sentence, Token

SUBJECT_DEPS = {"nsubj", "csubj"}
PASSIVE_SUBJECT_DEPS = {"nsubjpass", "csubjpass"}


@dataclass(frozen=True, slots=True)
class Mood:
    """Polarity and modality of a predicate, from its own auxiliaries and its governors."""

    aux_modes: tuple[str, ...] = ()
    refused: bool = False

    @property
    def negated(self) -> bool:
        return "negated" in self.aux_modes


def children(sentence: Sentence, i: int, deps: set[str] | None = None) -> list[Token]:
    return list(sentence.children(i, deps))


# hyphens a name or a compound may be joined by ("test-fired", "Greek-flagged")
HYPHENS = frozenset({"-", "\u2010", "\u2011"})
# entity types that name a party ("warned that Britain might", "called Modi to congratulate him")
PARTY_ENTITIES = frozenset({"PERSON", "NORP", "GPE", "ORG"})


def subtree(sentence: Sentence, i: int) -> list[int]:
    """The token and everything that hangs from it, in text order."""
    return sentence.subtree(i)


# A coordination longer than this is a list of names, not the parties to one event: beyond it,
# mutual events ("A, B, ... and Z signed") would grow with the square of the list.
MAX_CONJUNCTS = 50


def conjuncts(sentence: Sentence, i: int) -> list[int]:
    """A token and the tokens coordinated with it ("Pakistan, Russia and India"), in order.

    Iterative, not recursive: spaCy chains a list of 1,500 names 1,500 levels deep.
    """
    result: list[int] = []
    stack = [i]
    while stack and len(result) < MAX_CONJUNCTS:
        current = stack.pop()
        result.append(current)
        follow: list[int] = []
        for child in children(sentence, current, {"conj", "appos", "npadvmod"}):
            if child.pos not in {"NOUN", "PROPN", "PRON"}:
                continue
            # "The US, Russia, and Switzerland" parses as US <-appos- Russia -conj-> Switzerland;
            # an apposition without its own conjunct is another name for the same thing. Read after
            # another sentence, "Argentina, Chile, Peru and Uruguay" can parse with Chile as an
            # adverbial noun after the comma, heading the rest of the list.
            if child.dep == "npadvmod" and sentence.tokens[child.i - 1].text != ",":
                continue
            if child.dep == "appos" and sentence.tokens[current].pos == "NOUN" and child.ent_type == "PERSON":
                # "army chief Qamar Bajwa and President Ghani": the name is the title's man, not a
                # second party; its conjunct is the next one (but "the Syrian government, Russia and
                # Iran" is a list)
                follow.extend(c.i for c in children(sentence, child.i, {"conj"}) if c.pos in {"NOUN", "PROPN", "PRON"})
                continue
            if child.dep == "conj" or children(sentence, child.i, {"conj"}):
                follow.append(child.i)
        stack.extend(reversed(follow))
    return result


def reciprocal_object(sentence: Sentence, verb: int) -> bool:
    """Whether the verb's object, or the object of one of its prepositions, is "each other" or "one
    another" ("Armenia and Azerbaijan accused each other", "fired on one another"), or "the other"
    after "each" ("Each side accused the other")."""
    objects = [c.i for c in children(sentence, verb, {"dobj", "obj"})]
    objects += [o.i for p in children(sentence, verb, {"prep"}) for o in children(sentence, p.i, {"pobj"})]
    # "Each side accused the other": "the other" is reciprocal after a subject with "each"
    each = any(c.lower == "each" for s in children(sentence, verb, {"nsubj"}) for c in children(sentence, s.i, {"det"}))
    for i in objects:
        words = {sentence.tokens[i].lower} | {c.lower for c in children(sentence, i, {"det", "nummod", "amod"})}
        if words >= {"each", "other"} or words >= {"one", "another"} or (each and words == {"the", "other"}):
            return True
    return False


def preposition_objects(sentence: Sentence, i: int, word: str) -> list[int]:
    """Objects of the preposition ``word`` attached to token ``i``, with their conjuncts; and attached
    to an amount in its 'of' phrase, which the parse hangs them on ("tariffs of 25 percent on Chinese
    steel", "a loan of $2 billion to Pakistan"); for an amount, what it counts ("on $60 billion of U.S.
    goods")."""
    found: list[int] = []
    amounts = [obj.i for of in children(sentence, i, {"prep"}) if of.lower == "of"
               for obj in children(sentence, of.i, {"pobj"}) if children(sentence, obj.i, {"nummod"})]
    preps = children(sentence, i, {"prep", "dative", "agent"})
    preps += [prep for a in amounts for prep in children(sentence, a, {"prep"})]
    for prep in preps:
        if prep.lower == word:
            for obj in children(sentence, prep.i, {"pobj", "pcomp"}):
                if obj.dep == "pobj" or obj.pos in {"NOUN", "PROPN"}:  # "about Turkish drilling"
                    found.extend(conjuncts(sentence, _counted(sentence, obj.i)))
    return found


def between_parties(sentence: Sentence, noun: int) -> list[int]:
    """The parties an event noun is between: its own 'between' phrase ("talks between Iran and the
    EU"), or that of the verb it is the subject of where the verb takes no object, which the parse
    hangs the phrase on ("heavy fighting erupted on Sunday between Armenian and Azerbaijani forces",
    "clashes broke out between protesters and police", "talks were held between the two sides")."""
    found = preposition_objects(sentence, noun, "between")
    token = sentence.tokens[noun]
    if found or token.dep not in {"nsubj", "nsubjpass"} or token.head == noun:
        return found
    verb = token.head
    if sentence.tokens[verb].pos not in {"VERB", "AUX"} or direct_objects(sentence, verb):
        return found
    return preposition_objects(sentence, verb, "between")


def participle_owners(sentence: Sentence, noun: int) -> list[int]:
    """Whose a thing is, by a participle after it: its doer ("drones fired by the Houthis", "a tanker
    operated by an Iranian company") or whom it is tied to (list ``owner_linking_participles``: "ships
    linked to Israel", "vessels belonging to Iran")."""
    for participle in children(sentence, noun, {"acl"}):
        if participle.tag not in {"VBN", "VBG"}:
            continue
        doers = [o.i for agent in children(sentence, participle.i, {"agent"})
                 for o in children(sentence, agent.i, {"pobj"})]
        if doers:
            return doers
        if participle.lemma in word_list("owner_linking_participles"):
            return preposition_objects(sentence, participle.i, "to")
    return []


def simultaneous_doers(sentence: Sentence, verb: int) -> list[int]:
    """The subjects of the active clauses a verb's "when", "as" or "while" clause tells (list
    ``simultaneous_marks``: "were wounded when police fired pellets", "were killed as troops stormed
    the camp"): who did what the verb tells happened."""
    found: list[int] = []
    for clause in children(sentence, verb, {"advcl"}):
        marks = {c.lower for c in children(sentence, clause.i, {"mark", "advmod"})}
        if marks & word_list("simultaneous_marks") and not children(sentence, clause.i, {"nsubjpass", "auxpass"}):
            found.extend(c.i for c in children(sentence, clause.i, {"nsubj"}))
    return found


def backing_description(sentence: Sentence, i: int) -> bool:
    """"M23 rebels backed by Rwandan troops marched into Goma", "forces backed by Armenia": a participle
    of siding (``siding_participles``) after a noun says whose side it is on, no act the sentence
    reports (the training corpus labels 5 of 70 such); "Russia backed the separatists" is one, and so
    is "a law imposed by Beijing"."""
    token = sentence.tokens[i]
    return token.dep == "acl" and token.tag == "VBN" and token.lower in word_list("siding_participles")


def _counted(sentence: Sentence, i: int) -> int:
    """What an amount counts ("tariffs on $60 billion of U.S. goods": the goods), else the word itself."""
    token = sentence.tokens[i]
    if token.tag != "CD":
        return i
    return next((o.i for of in children(sentence, i, {"prep"}) if of.lower == "of"
                 for o in children(sentence, of.i, {"pobj"})), i)


TEMPORAL_ENTITIES = frozenset({"DATE", "TIME"})
DEFINITE_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})  # "the strikes": told before
INDEFINITE_DETERMINERS = frozenset({"a", "an"})  # "a barrage of rockets": a new act


def party_objects(sentence: Sentence, i: int, word: str) -> list[int]:
    """The objects of a preposition that could name a party: not a date or a time ("approved
    sanctions against Russia on Friday": 'on Friday' fills no recipient slot)."""
    return [j for j in preposition_objects(sentence, i, word) if sentence.tokens[j].ent_type not in TEMPORAL_ENTITIES]


def _echoing_subjects(sentence: Sentence, verb: int) -> list[int]:
    """"Poland condemned the crackdown, as did France, Germany and Italy": the parties an "as did"
    clause names did the act too."""
    return [j for clause in children(sentence, verb, {"advcl"}) if clause.lemma == "do"
            and any(c.lower == "as" for c in children(sentence, clause.i, {"mark"}))
            for s in children(sentence, clause.i, {"nsubj"}) for j in conjuncts(sentence, s.i)]


def named_members(sentence: Sentence, head: int) -> list[int]:
    """"Several countries, including France and Germany, condemned", "Arab leaders, including Saud
    al-Faisal, met Bush": the members a plural of no name names after "including", the parties that
    act; [] where the plural names none."""
    if sentence.tokens[head].tag not in {"NNS", "NNPS"}:
        return []
    for preposition in children(sentence, head, {"prep"}):
        if preposition.lower in word_list("member_prepositions"):
            members = [j for c in children(sentence, preposition.i, {"pobj"}) for j in conjuncts(sentence, c.i)]
            if members and all(sentence.tokens[j].tag in {"NNP", "NNPS"} or sentence.tokens[j].ent_type
                               or _names_its_holder(sentence, j) for j in members):
                return members
    return []


def _names_its_holder(sentence: Sentence, word: int) -> bool:
    """'Syria's Deputy Foreign Minister Faisal Mekdad': a title whose name or owner the phrase gives."""
    return any(c.tag in {"NNP", "NNPS"} for c in children(sentence, word, {"appos", "poss", "compound"}))


def judged_authors(sentence: Sentence, trigger: int) -> list[int]:
    """Whose act a judgement at ``trigger`` judges, where the sentence names it by its author: the
    party a "by" phrase on the judged noun names ("rejected parts of a ruling by the International
    Court of Justice", which the parse may hang on the verb), or, for a judgement in a clause on a
    noun that sums up the sentence's act after a comma, the subject of that act ("Ethiopia began
    filling the dam, a move that Cairo condemned", "Israel approved 1,600 homes, a decision
    criticised by Washington": ``act_anaphora_nouns``)."""
    token = sentence.tokens[trigger]
    judged = direct_objects(sentence, trigger)
    nouns = judged + [j for i in judged for j in preposition_objects(sentence, i, "of")]
    if not is_passive(sentence, trigger) and token.dep not in {"acl", "relcl"}:
        nouns.append(trigger)  # "rejected parts of a ruling by the court": the parse's attachment
    found = [j for i in nouns for j in party_objects(sentence, i, "by")]
    if found or token.dep not in {"acl", "relcl"} or token.head == trigger:
        return found
    return _summed_up_author(sentence, token.head)


def _summed_up_author(sentence: Sentence, noun: int) -> list[int]:
    """The subject of the act a noun after a comma sums up (", a move that ..."), or []."""
    first = min(subtree(sentence, noun))
    if sentence.tokens[noun].lemma not in word_list("act_anaphora_nouns") or first == 0 \
            or sentence.tokens[first - 1].text != ",":
        return []
    current = sentence.tokens[noun].head
    for _ in range(6):
        word = sentence.tokens[current]
        subjects = children(sentence, current, {"nsubj"}) if word.pos in {"VERB", "AUX"} else []
        if subjects:
            return conjuncts(sentence, subjects[0].i)
        if word.head == current:
            return []
        current = word.head
    return []


def indirect_objects(sentence: Sentence, i: int) -> list[int]:
    """The first object of a ditransitive, with its conjuncts: "gave Kenya a loan", "handed Tehran an
    ultimatum", "sent Qatar a list of demands" (not the preposition the parser also calls a dative:
    "gave a loan to Kenya")."""
    for child in children(sentence, i, {"dative"}):
        if child.pos in {"PROPN", "NOUN", "PRON"}:
            return conjuncts(sentence, child.i)
    return []


def direct_objects(sentence: Sentence, i: int) -> list[int]:
    objects = children(sentence, i, {"dobj", "obj", "attr", "oprd"})
    found: list[int] = []
    for obj in objects:
        found.extend(conjuncts(sentence, relative_antecedent(sentence, i, obj.i)))
    if not found and (named := _named_by_free_relative(sentence, i)) is not None:
        found.extend(conjuncts(sentence, named))
    return found


def shared_objects(sentence: Sentence, verb: int) -> list[int]:
    """The objects of the verb joined right after ``verb`` by "and" or "or" when ``verb`` has none of
    its own and the second verb no subject of its own ("arrested and charged three leaders",
    "attacked and looted a village"): an object the two verbs share. The caller decides whether the
    first verb takes objects at all ("resigned and left the country" does not)."""
    if children(sentence, verb, {"dobj", "obj", "prep", "ccomp", "xcomp"}):
        return []
    for second in children(sentence, verb, {"conj"}):
        between = sentence.tokens[verb + 1:second.i]
        if second.i > verb and len(between) == 1 and between[0].lower in {"and", "or"} \
                and not children(sentence, second.i, SUBJECT_DEPS):
            return direct_objects(sentence, second.i)
    return []


AIMING_PREPOSITIONS = ("at", "against", "on")  # "fired at", "used batons against", "opened fire on"


def shared_recipients(sentence: Sentence, verb: int) -> list[int]:
    """"Police fired tear gas and used batons against protesters", "rammed and fired water cannon at
    Vietnamese vessels": the party the verb joined after ``verb`` aims at with "at", "against" or "on",
    where ``verb`` aims at no one of its own and the second verb has no subject of its own."""
    if any(p.lower in AIMING_PREPOSITIONS for p in children(sentence, verb, {"prep"})):
        return []
    for second in children(sentence, verb, {"conj"}):
        if second.i > verb and not children(sentence, second.i, SUBJECT_DEPS):
            # the parse may hang the phrase on the second verb's object ("used batons against protesters")
            heads = [second.i] + [o.i for o in children(sentence, second.i, {"dobj", "obj"})]
            found = [j for head in heads for word in AIMING_PREPOSITIONS for j in party_objects(sentence, head, word)]
            if found:
                return found
    return []


def relative_antecedent(sentence: Sentence, verb: int, argument: int) -> int:
    """The noun a relative clause hangs from where its pronoun fills the verb's slot: "Rwanda, which
    Kinshasa accuses of backing the rebels", "students who had been kidnapped", "Museveni, whom he
    accused"; any other argument is itself."""
    token = sentence.tokens[verb]
    if sentence.tokens[argument].lower in word_list("relative_pronouns") and token.dep == "relcl" \
            and token.head != verb:
        return token.head
    return argument


def _named_by_free_relative(sentence: Sentence, verb: int) -> int | None:
    """'condemned what it called China's dangerous actions', 'rejected what it described as a
    provocation by Ukraine': the parser hangs the free relative's clause on the verb as its
    complement; the thing that clause names (its verb in ``naming_verbs`` or ``evaluating_verbs``)
    is what is condemned or rejected."""
    for clause in children(sentence, verb, {"ccomp"}):
        if clause.lemma not in word_list("naming_verbs") | word_list("evaluating_verbs") \
                or not any(c.lower == "what" for c in children(sentence, clause.i, {"dobj", "nsubjpass"})):
            continue
        named = [c.i for c in children(sentence, clause.i, {"oprd", "attr"}) if c.pos in {"NOUN", "PROPN"}]
        named += [g.i for p in children(sentence, clause.i, {"prep"}) if p.lower == "as"
                  for g in children(sentence, p.i, {"pobj"}) if g.pos in {"NOUN", "PROPN"}]
        if named:
            return named[0]
    return None




def is_passive(sentence: Sentence, verb: int) -> bool:
    token = sentence.tokens[verb]
    if token.lemma in word_list("adjectival_participles") and not preposition_objects(sentence, verb, "by"):
        return False
    if token.dep in {"acl", "advcl"} and token.tag == "VBN" and preposition_objects(sentence, verb, "by"):
        # a reduced passive relative: "talks mediated by China", "a ship seized by Iran"; or the same
        # read as an adverbial clause ("signed a deal in Doha mediated by Qatar")
        return True
    if token.dep == "acl" and token.tag == "VBN" and _existential(sentence, token.head):
        return True  # "There were 14 soldiers killed in the attack": told as done to them, as a passive is
    return any(t.dep in PASSIVE_SUBJECT_DEPS or t.dep == "auxpass" for t in children(sentence, verb))


def _existential(sentence: Sentence, noun: int) -> bool:
    """Whether ``noun`` is what an existential "there is/are" says there is ("There were 14 soldiers")."""
    token = sentence.tokens[noun]
    return token.dep == "attr" and any(c.dep == "expl" for c in children(sentence, token.head))


def subjects(sentence: Sentence, verb: int, depth: int = 0) -> list[int]:
    """The agents of a verb: its subject, the 'by' phrase of a passive, or the subject it inherits
    through control ("wants to normalize"), coordination ("met and signed") or a relative clause."""
    if depth > 6:
        return []
    token = sentence.tokens[verb]
    if is_passive(sentence, verb):
        if _decided(sentence, verb):
            return subjects(sentence, token.head, depth + 1)  # "the court ordered that he be released"
        return preposition_objects(sentence, verb, "by") or _agent_of_means(sentence, verb)
    deps = SUBJECT_DEPS | (PASSIVE_SUBJECT_DEPS if token.lemma in word_list("adjectival_participles") else set())
    found = [c.i for c in children(sentence, verb, deps)]
    if len(found) > 1:
        return _misparsed_subjects(sentence, verb, found)
    if found:
        subject = found[0]
        if sentence.tokens[subject].lower in word_list("relative_pronouns") and token.dep == "relcl":
            return conjuncts(sentence, token.head)
        if sentence.tokens[subject].lower in PLURAL_SUBJECT_PRONOUNS:
            # "the United States and Britain said they were following the situation and called for
            # restraint": 'they' stands for both parties its antecedent coordinates
            antecedent = pronoun_antecedent(sentence, subject)
            if antecedent is not None and len(both := conjuncts(sentence, antecedent)) > 1:
                return both
        return (named_members(sentence, subject) or conjuncts(sentence, subject)) + _echoing_subjects(sentence, verb)
    asker = _asker_of_trailing_participle(sentence, token)
    if asker is None:
        asker = _speaker_before_trailing_participle(sentence, token)
    if asker is not None:
        return subjects(sentence, asker, depth + 1)
    if (token.dep in {"xcomp", "conj", "advcl"} or _unjoined_conjunct(token)) and token.head != verb:
        governor = sentence.tokens[token.head]
        if _finite_beside_infinitive(sentence, token):
            return subjects(sentence, governor.head, depth + 1)
        if governor.pos == "ADJ" and governor.dep in {"acomp", "amod"} and governor.head != governor.i:
            governor = sentence.tokens[governor.head]  # "is willing to offer", "is ready to contribute"
        if token.dep == "xcomp" and direct_objects(sentence, governor.i) and _object_control(governor):
            return direct_objects(sentence, governor.i)
        raised = children(sentence, governor.i, PASSIVE_SUBJECT_DEPS)
        if token.dep == "xcomp" and raised:
            # "Obama is scheduled to attend", "was forced to withdraw": the passive's subject acts
            return conjuncts(sentence, raised[0].i)
        if token.dep == "conj" and is_passive(sentence, governor.i) and direct_objects(sentence, token.i):
            # "the minister was sacked and left the country", "it was concerned and urged an end":
            # an active verb coordinated with a passive is the act of the passive's subject
            patients = children(sentence, governor.i, PASSIVE_SUBJECT_DEPS)
            if patients:
                return conjuncts(sentence, patients[0].i)
        if governor.pos in {"VERB", "AUX"}:
            return subjects(sentence, governor.i, depth + 1)
    if token.dep == "acl" and token.tag == "VBG":
        return conjuncts(sentence, token.head)
    misread_subject = _subject_of_misread_predicate(sentence, verb)
    if misread_subject is not None:
        return conjuncts(sentence, misread_subject)
    if token.dep == "acl" and token.tag in {"VBD", "VBN"} and direct_objects(sentence, verb):
        # a past form with an object of its own is no reduced passive but a misread predicate, also
        # where the noun is not the root: "gunmen believed to be herders killed 80 people"
        return conjuncts(sentence, token.head)
    if _headline_noun_infinitive(sentence, verb):
        return conjuncts(sentence, token.head)  # "Obama to Visit Turkey": the parser hung the verb on its subject
    if token.dep == "acl" and token.tag == "VB" and token.head != verb:
        return _attempt_makers(sentence, token.head, depth)
    if token.dep == "pcomp" and token.tag == "VBG" and token.head != verb:
        # "responded by expelling the workers", "left after meeting the envoy": the gerund of a
        # prepositional adjunct is the act of the clause's own subject
        preposition = sentence.tokens[token.head]
        governor = sentence.tokens[preposition.head]
        if preposition.dep == "prep" and governor.pos in {"VERB", "AUX"} and governor.i != preposition.i:
            # "the White House joined London in condemning Moscow": both condemn
            joined = direct_objects(sentence, governor.i) if joined_in(sentence, verb) else []
            return subjects(sentence, governor.i, depth + 1) + [j for o in joined for j in conjuncts(sentence, o)]
    return []


def joined_in(sentence: Sentence, verb: int) -> int | None:
    """The verb of joining whose "in" phrase the gerund at ``verb`` is ("joined London in condemning
    Moscow"), or None."""
    token = sentence.tokens[verb]
    preposition = sentence.tokens[token.head]
    if token.dep != "pcomp" or token.tag != "VBG" or preposition.lower != "in" or preposition.head == preposition.i:
        return None
    governor = sentence.tokens[preposition.head]
    return governor.i if governor.lemma in word_list("joining_verbs") else None


def side_by_side(sentence: Sentence, verb: int) -> bool:
    """'Britain and France fought alongside the rebels', 'fought together': the verb's parties act on
    the same side (``allied_markers``), not on each other."""
    return any(c.lower in word_list("allied_markers") for c in children(sentence, verb, {"prep", "advmod"}))


def _unjoined_conjunct(token: Token) -> bool:
    """A finite verb the parse leaves unattached (``dep``): a second act told without "and"
    ("stormed Gezi Park, then hosed down streets", "detained Suu Kyi, then declared a state of
    emergency"), the act of the first verb's subject."""
    return token.dep == "dep" and token.pos == "VERB" and token.tag in {"VBD", "VBZ", "VBP"}


PLURAL_SUBJECT_PRONOUNS = frozenset({"they"})


def pronoun_antecedent(sentence: Sentence, pronoun: int) -> int | None:
    """The subject a third-person pronoun stands for within its sentence: the nearest governing
    clause's subject before it ("Iran said it would retaliate", "the rebels said they had
    withdrawn"). None where no governing clause names one (the antecedent is in an earlier
    sentence, which the actor stage's article memory resolves)."""
    token = sentence.tokens[pronoun]
    if token.lower not in word_list("antecedent_pronouns") or token.dep not in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS:
        return None
    verb = sentence.tokens[token.head]
    for _ in range(4):
        if verb.head == verb.i:
            return None
        verb = sentence.tokens[verb.head]
        if verb.pos not in {"VERB", "AUX"}:
            continue
        named = [c.i for c in children(sentence, verb.i, SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS)
                 if c.i < pronoun and c.pos != "PRON"]
        if named:
            return named[0]
    return None


def _asker_of_trailing_participle(sentence: Sentence, token: Token) -> int | None:
    """The verb of asking whose subject a participle after a comma belongs to, when the parse hangs
    the participle on what was asked for: "Gbagbo's government demanded that U.N. peacekeepers leave
    the country, accusing them of backing Ouattara", "ordered the commission to leave within 24
    hours, defying ...": the accuser is the one who demanded, not the peacekeepers. After a reporting
    verb the participle stays with the clause reported ("said the army had shelled villages,
    killing two civilians"). The training corpus, outside the held-out files, gives such a
    participle the asker's subject in all 17 of its sentences so parsed."""
    if token.dep != "advcl" or token.tag != "VBG" or token.i == 0 or sentence.tokens[token.i - 1].text != ",":
        return None
    asked = sentence.tokens[token.head]
    if asked.head == asked.i:
        return None
    asker = sentence.tokens[asked.head]
    if (asked.dep == "xcomp" and asker.lemma in word_list("appeal_governors")) or (
            asked.dep == "ccomp" and asker.lemma in word_list("demanding_governors")):
        return asker.i
    return None


def _speaker_before_trailing_participle(sentence: Sentence, token: Token) -> int | None:
    """The verb of saying whose subject a participle after a comma belongs to when a report's
    attribution stands between it and the clause the parse hangs it on: "A rocket attack killed 49
    civilians, the government said, blaming jihadists"; the blaming is the government's, not the
    attack's. The training corpus gives such a participle the speaker as its source in 11 of its 12
    labelled sentences so parsed."""
    if token.dep != "advcl" or token.tag != "VBG" or token.i == 0 or sentence.tokens[token.i - 1].text != ",":
        return None
    speakers = [c.i for c in children(sentence, token.head, {"parataxis", "ccomp", "conj"})
                if token.head < c.i < token.i and c.lemma in word_list("quoting_verbs")]
    return speakers[-1] if speakers else None


def _misparsed_subjects(sentence: Sentence, verb: int, found: list[int]) -> list[int]:
    """A verb with several subjects is a misparse. After a comma and a conjunction the nearest is
    the verb's own and the earlier one ends the clause before ("declared Kibaki the winner, and
    Odinga accused the government"), and so is one after the verb's own subordinator ("metals used
    in chips, days after the Netherlands restricted sales"); otherwise the first, which the others
    mostly name again ("Sudan's army chief General Burhan") or which a dateline precedes."""
    before = [i for i in found if i < verb]
    if len(before) >= 2:
        between = sentence.tokens[before[-2] + 1:before[-1]]
        joined = [t.text for t in between if t.pos == "PUNCT" or t.pos == "CCONJ"]
        if any(a == "," and b.lower() in {"and", "but"} for a, b in zip(joined, joined[1:])):
            return conjuncts(sentence, before[-1])
        if any(t.dep == "mark" and t.head == verb for t in between):
            return conjuncts(sentence, before[-1])
    return conjuncts(sentence, found[0])


SENTENCE_ENDS = {".", "!", "?", '"', "'", "”", "’"}


def _subject_of_misread_predicate(sentence: Sentence, verb: int) -> int | None:
    """The subject of a main verb that the parser read as a reduced relative clause.

    "Nigerian youths protested across Lagos." and "The United States and 20 other countries
    expelled 100 diplomats." parse as a noun root with the verb as its ``acl``: a sentence with no
    predicate. When that verb is the only clause on the root noun (or its conjuncts), follows it
    directly, has no 'by' agent and the sentence ends as a sentence (not a headline, whose "Soldiers
    killed in raid" is a true passive), the verb is the predicate and the root its subject.
    """
    token = sentence.tokens[verb]
    if token.dep != "acl" or token.tag not in {"VBN", "VBD"} or preposition_objects(sentence, verb, "by"):
        return None
    root = sentence.tokens[token.head]
    if root.dep == "conj" and root.head != root.i:
        root = sentence.tokens[root.head]
    if root.dep != "ROOT" or root.pos not in {"NOUN", "PROPN"} or sentence.tokens[-1].text not in SENTENCE_ENDS:
        return None
    if any(sentence.tokens[between].pos != "ADV" for between in range(token.head + 1, verb)):
        return None
    clauses = [c for i in conjuncts(sentence, root.i) for c in children(sentence, i, {"acl", "relcl"})
               if c.pos in {"VERB", "AUX"}]
    return root.i if len(clauses) == 1 else None


def _attempt_makers(sentence: Sentence, noun: int, depth: int) -> list[int]:
    """Who acts in an infinitive hanging from a noun of attempt: the noun's 'by' phrase or owner ("an
    attempt by protesters to storm", "Iran's bid to join"), else whoever makes the attempt ("in a last
    attempt to persuade", "made a bid to join"). Other nouns say nothing of who would act ("welcomed
    the decision to withdraw") or of an act ("Iraq's ability to threaten its neighbours")."""
    token = sentence.tokens[noun]
    if token.lemma not in word_list("effort_nouns"):
        return []
    named = preposition_objects(sentence, noun, "by") or [c.i for c in children(sentence, noun, {"poss"})]
    if named:
        return conjuncts(sentence, named[0])
    if token.head == noun:
        return []
    governor = sentence.tokens[token.head]
    if token.dep == "pobj" and governor.lower == "in" and governor.head != governor.i:
        governor = sentence.tokens[governor.head]  # "flew to Belgrade in an attempt to"
    elif not (token.dep == "dobj" and governor.lemma in word_list("effort_verbs")):
        return []
    return subjects(sentence, governor.i, depth + 1) if governor.pos in {"VERB", "AUX"} else []


def _object_control(governor: Token) -> bool:
    """Whether the object of ``governor`` is the subject of its complement: "urged Iran to release"
    (asked of Iran), "forced the army to withdraw" (made to)."""
    return governor.lemma in word_list("appeal_governors") or governor.lemma in word_list("causative_governors")


def _agent_of_means(sentence: Sentence, verb: int) -> list[int]:
    """"were killed in an air strike by government forces": the agent of the means is the agent; "were
    killed in a clash with Chinese troops": so is the other side of a fight (``fight_nouns``)."""
    for word in ("in", "during", "after"):
        for means in preposition_objects(sentence, verb, word):
            found = preposition_objects(sentence, means, "by")
            if not found and sentence.tokens[means].lemma in word_list("fight_nouns"):
                found = preposition_objects(sentence, means, "with")
            if found:
                return found
    return []


def passive_patients(sentence: Sentence, verb: int) -> list[int]:
    found = [c.i for c in children(sentence, verb, PASSIVE_SUBJECT_DEPS)]
    token = sentence.tokens[verb]
    if not found and token.dep == "acl" and token.tag == "VBN":
        found = [token.head]
    if not found and token.dep == "advcl" and token.tag == "VBN" and token.head != verb:
        # after the governor's object, the participle is said of it ("signed a deal in Doha mediated
        # by Qatar"); else of the governor's subject ("Surrounded by troops, the rebels surrendered")
        objects = direct_objects(sentence, token.head) if verb > token.head else []
        found = objects[:1] or [c.i for c in children(sentence, token.head, SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS)]
    if not found and token.dep == "conj" and token.head != verb:
        # "were arrested and later released by the police": the first conjunct's subject
        found = [c.i for c in children(sentence, token.head, SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS)]
    result: list[int] = []
    for i in found:
        result.extend(conjuncts(sentence, relative_antecedent(sentence, verb, i)))
    return result


def penalty_demand(sentence: Sentence, verb: int) -> int | None:
    """The word of the demand whose alternative ``verb`` names: a penalty verb (``penalty_verbs``)
    joined by 'or' to the demanded act ("ordered the traders to leave or face deportation": ordered;
    "gave Hamas an ultimatum to release the soldier or face an offensive": ultimatum); else None."""
    token = sentence.tokens[verb]
    if token.lemma not in word_list("penalty_verbs") or token.dep != "conj" or token.head == token.i:
        return None
    demanded = sentence.tokens[token.head]
    if demanded.head == demanded.i or not any(c.lower == "or" for c in children(sentence, demanded.i, {"cc"})):
        return None
    if demanded.dep in {"xcomp", "ccomp", "advcl"} or (demanded.dep == "acl" and demanded.pos in {"VERB", "AUX"}):
        return demanded.head
    return None


def penalty_parties(sentence: Sentence, verb: int, demand: int) -> tuple[list[int], list[int]]:
    """Who threatens the penalty and whom: the demand's subject (a noun's, its verb's: "gave Hamas an
    ultimatum"), and the subject of the demanded act ("demanded that the fighters withdraw or face"),
    else whom the demand is made to ("gave the junta two weeks", "ordered the traders to leave")."""
    speaker = demand_speaker(sentence, demand)
    demanded = sentence.tokens[verb].head
    addressed = children(sentence, demanded, {"nsubj"}) or children(sentence, speaker, {"dative"}) \
        or [c for c in children(sentence, speaker, {"dobj"}) if c.i != demand]
    return subjects(sentence, speaker), conjuncts(sentence, addressed[0].i) if addressed else []


def demand_speaker(sentence: Sentence, demand: int) -> int:
    """The word whose subject makes a demand: the demand's verb, or the verb a demand noun is the
    object of ("gave Hamas an ultimatum to ...": gave)."""
    word = sentence.tokens[demand]
    return word.head if word.pos == "NOUN" and word.dep in {"dobj", "nsubjpass"} else demand


ARGUMENT_DEPS = {"nsubj", "nsubjpass", "dobj"}


def argument_mood(sentence: Sentence, noun: int) -> Mood:
    """The mood of the clause an event noun is an argument of: "a truce between Israel and Hamas could
    be reached" is only supposed, "talks between them will resume" to come; none for an adjunct."""
    token = sentence.tokens[noun]
    head = sentence.tokens[token.head]
    if token.dep == "dobj" and token.head != noun and excludes(sentence, head.i):
        return Mood(aux_modes=tuple(_excluded_modes(sentence, head.i)))  # "would not rule out military action"
    if token.dep in ARGUMENT_DEPS and token.head != noun and head.pos in {"VERB", "AUX"}:
        return mood(sentence, head.i)
    return Mood()


def excludes(sentence: Sentence, verb: int) -> bool:
    """'rule out', 'exclude': verbs that say whether an act is possible (``exclusion_verbs``)."""
    token = sentence.tokens[verb]
    if token.lemma == "rule":
        return any(c.lower == "out" for c in children(sentence, verb, {"prt"}))
    return token.lemma in word_list("exclusion_verbs")


def _excluded_modes(sentence: Sentence, verb: int) -> list[str]:
    """'did not rule out breaking off relations', 'would not exclude military action': an act a
    party will not rule out is threatened (13x for coercion, as the field codes it); one it rules
    out is not done."""
    own = _own_modes(sentence, verb)
    return ["threatened"] if "negated" in own else ["negated"]


def mood(sentence: Sentence, verb: int, objects: bool = True) -> Mood:
    """Aux modes of a predicate: negated, future, intended, hypothetical; climbs control verbs. A
    verb coordinated with another, with no subject or auxiliary of its own, shares that verb's mood:
    "threatened to close the border and cut off oil exports", "will free prisoners and lift the
    curfew" (not after 'but': "did not fire but arrested them"); not a negation in the first
    verb's object ("held no grudges and called for dialogue"). ``objects``: whether an object that
    says nothing ("made no arrests") negates the verb."""
    if penalty_demand(sentence, verb) is not None:
        return Mood(aux_modes=("threatened",))  # "leave or face deportation": the penalty is threatened
    first = _shared_conjunct(sentence, verb)
    if first is None:
        return _mood(sentence, verb, objects)
    shared, own = mood(sentence, first, objects=False), _mood(sentence, verb, objects)
    shared_modes = shared.aux_modes
    if _denied_clause(sentence, first):
        # "denied that its troops had killed civilians and called the images a provocation": the
        # parse hangs the denier's second act on the denied clause, which the denial alone negates
        shared_modes = tuple(m for m in shared_modes if m != "negated")
    elif sentence.tokens[first].tag == "VBG" and sentence.tokens[verb].tag in {"VBD", "VBN"}:
        # "denied that its fighters were preventing food from entering the town and accused rebels":
        # a past tense is no gerund's conjunct, whatever the parse says; what kept the gerund from
        # happening does not reach it
        shared_modes = tuple(m for m in shared_modes if m != "negated")
    return Mood(aux_modes=tuple(dict.fromkeys(shared_modes + own.aux_modes)),
                refused=shared.refused or own.refused)


def _alleged_clause(sentence: Sentence, verb: int) -> bool:
    """Whether ``verb`` heads what an allegation alleges ("alleged that its agents had killed"); not
    the news a trailing attribution vouches for ("gunmen raided a market, an official alleged")."""
    token = sentence.tokens[verb]
    return token.dep == "ccomp" and token.i > token.head \
        and sentence.tokens[token.head].lemma in word_list("allegation_governors")


def _charged_act(sentence: Sentence, token: Token) -> bool:
    """'accused Putin of ordering the poisoning', 'blamed the rebels for violating the truce': what a
    party is accused of (``charging_verbs``) is the accusation's content, not an act the sentence
    reports (the training corpus labels the accusation alone)."""
    if token.dep != "pcomp" or token.head == token.i:
        return False
    preposition = sentence.tokens[token.head]
    return preposition.lower in {"of", "for", "with"} and preposition.head != preposition.i \
        and sentence.tokens[preposition.head].lemma in word_list("charging_verbs")


def _content_of_a_claim(sentence: Sentence, token: Token) -> bool:
    """'rejected accusations that Kigali was backing the rebels', 'denied reports that troops had
    entered the town': what a claim says (``claim_nouns``), not an act the sentence reports; the
    training corpus labels an act in such a clause 3 times in 120."""
    head = sentence.tokens[token.head]
    return token.dep in {"acl", "ccomp"} and token.head != token.i and head.pos == "NOUN" \
        and head.lemma in word_list("claim_nouns") \
        and any(c.lower == "that" for c in children(sentence, token.i, {"mark"}))


def _content_of_no_evidence(sentence: Sentence, token: Token) -> bool:
    """"found no evidence that Iraq had cooperated with al Qaeda", "saw no sign that Russian forces
    were pulling back": what evidence denied says is not done (the corpus codes none such); evidence
    found says it was ("had evidence that soldiers had killed 12 people")."""
    head = sentence.tokens[token.head]
    return token.dep in {"acl", "ccomp"} and token.head != token.i and head.pos == "NOUN" \
        and head.lemma in word_list("evidence_nouns") \
        and any(c.lower in word_list("negating_determiners") for c in children(sentence, head.i, {"det", "neg"})) \
        and any(c.lower == "that" for c in children(sentence, token.i, {"mark"}))


def _denied_clause(sentence: Sentence, verb: int) -> bool:
    """Whether ``verb`` heads the clause a denial reports ("denied that its forces had fired"), or the
    gerund it denies ("denied giving refuge to Ocalan": a denial, not a refusal to give it)."""
    token = sentence.tokens[verb]
    gerund = token.dep in {"xcomp", "ccomp"} and token.tag == "VBG"
    if not ((token.dep == "ccomp" or gerund) and sentence.tokens[token.head].lemma in word_list("denying_governors")):
        return False
    if token.i < token.head and children(sentence, token.head, {"dobj"}):
        # "Navalnaya accused Putin of ordering the poisoning, a charge the Kremlin denies": the parse
        # hangs the accusation on the denial, which denies its own object, the charge
        return False
    # "Moscow denies that the missile breaches the treaty, and Ryabkov accused Washington": a clause
    # after "and", which the parse hangs on the denial, is no part of what is denied
    first = min(subtree(sentence, verb))
    return not (first > 0 and sentence.tokens[first - 1].pos == "CCONJ" and first > token.head)


def _shared_conjunct(sentence: Sentence, verb: int) -> int | None:
    """The verb whose mood a coordinated verb shares, or None."""
    token = sentence.tokens[verb]
    if token.dep != "conj" or token.head == verb or sentence.tokens[token.head].pos not in {"VERB", "AUX"}:
        return None
    # an infinitive's own "to" is no auxiliary of its own: "agreed to expel the envoy and to freeze
    # the embassy's accounts" shares the agreement
    if [c for c in children(sentence, verb, SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS | {"aux", "auxpass", "neg"})
            if not (c.dep == "aux" and c.tag == "TO")]:
        return None
    if any(c.lower in CONTRAST_CONJUNCTIONS for c in children(sentence, token.head, {"cc"})):
        return None
    first = sentence.tokens[token.head]
    if first.dep == "xcomp" and first.head != first.i and children(sentence, verb, {"xcomp"}) \
            and children(sentence, verb, {"dobj", "obj"}):
        # "called on the forces to switch sides and urged officials to recognise ...": a verb that
        # addresses someone of its own is the governor's second act, which the parse hangs on the
        # governor's complement; it shares the governor's mood, not the complement's request
        return first.head
    if _finite_beside_bare(sentence, token):
        # "said he would not sign the bill and invited young people to talks": a finite verb shares
        # no auxiliary with a bare one; it tells an act of its own, of the clause above if any
        return first.head if first.dep == "ccomp" else None
    if _finite_beside_infinitive(sentence, token):
        return first.head  # "urges all parties to exercise restraint and calls on the US to stop ..."
    if first.dep == "xcomp" and first.head != first.i and first.tag == "VBG" and token.tag in {"VBD", "VBN"}:
        # "stopped issuing visas and barred entry": a past form is no second gerund of the complement
        # but the governor's second act, which the parse hangs on the complement
        return first.head
    return token.head


def _finite_beside_infinitive(sentence: Sentence, token: Token) -> bool:
    """A finite verb the parse coordinates with the infinitive complement of a verb ("China urges all
    parties to exercise restraint and calls on the US to stop"): no second act of the complement, but
    the governor's own, of its subject and its mood; not one whose form a bare verb shares ("threatened
    to close its border and cut off its oil exports": both threatened)."""
    first = sentence.tokens[token.head]
    # a form no bare verb has: "calls", "called"; not "cut", "put", "shut", read as past by the tagger
    visibly_finite = token.tag in {"VBZ", "VBD", "VBP"} and token.lower != token.lemma.lower()
    return token.dep == "conj" and visibly_finite and first.dep == "xcomp" \
        and first.tag == "VB" and first.head != first.i and sentence.tokens[first.head].pos in {"VERB", "AUX"}


def _finite_beside_bare(sentence: Sentence, token: Token) -> bool:
    """A finite verb the parse coordinates with a bare verb under an auxiliary ("would not sign the
    bill and invited ...", "agreed that Maduro should step aside and recognised Guaido"): the two
    cannot share the auxiliary, so the finite one belongs to the clause above the bare one's."""
    first = sentence.tokens[token.head]
    return token.dep == "conj" and first.tag == "VB" and token.tag in {"VBD", "VBZ"} \
        and first.dep in {"ccomp", "ROOT"} and bool(children(sentence, first.i, {"aux"}))


CONTRAST_CONJUNCTIONS = {"but", "yet"}


def _mood(sentence: Sentence, verb: int, objects: bool = True) -> Mood:
    modes: list[str] = []
    refused = False
    current = verb
    for _ in range(4):
        modes.extend(_own_modes(sentence, current, objects))
        token = sentence.tokens[current]
        if token.dep in {"pcomp", "pobj"} and sentence.tokens[token.head].lower == "without":
            modes.append("negated")  # "ended the summit without reaching an agreement", "released without charge"
            break
        if _prevented(sentence, token):
            modes.append("negated")  # "prevented the envoy from meeting Arafat": kept from happening
            break
        if _alleged_clause(sentence, current) or _content_of_a_claim(sentence, token) or _charged_act(sentence, token):
            modes.append("alleged")  # "alleged that its agents had killed the scientist": the allegation is the act
            break
        if _denied_clause(sentence, current) or _content_of_no_evidence(sentence, token):
            modes.append("negated")  # "denied that its forces had carried out the strike": denied, not done
            break
        if _asked_for(sentence, token):
            modes.append("requested")
            break
        if token.dep == "acl" and sentence.tokens[token.head].lemma in word_list("effort_nouns"):
            modes.append("attempted")  # "in an attempt to storm the palace", as "tried to storm" is
            break
        if _warned_of(sentence, token, modes):
            # "warned that it could withdraw its troops if ...", "warned that Madrid would suspend
            # self-government": what a warning says will or may be done is the threat, not a forecast
            modes.append("threatened")
            break
        if token.head != current and _provision_permits(sentence, token.head):
            modes.append("hypothetical")  # "a pact allowing U.S. troops to return": provided for, not done
            break
        decided = token.dep == "ccomp" and token.head != current and _decided(sentence, current)
        if decided:
            # "ruled that Assange should be extradited", "ordered that he be released": done as decided
            modes = [m for m in modes if m not in DECIDED_AWAY_MODES]
        climbs = token.dep == "xcomp" or (token.dep == "ccomp" and (_permits(sentence, token.head) or decided))
        if token.head == current or not climbs:
            break
        governor = sentence.tokens[token.head]
        if governor.pos == "ADJ" and governor.lemma in word_list("intent_adjectives"):
            modes.append("intended")  # "ready to contribute", "willing to offer"
            modes.extend(_own_modes(sentence, governor.head))
            break
        if governor.lemma in word_list("refusal_governors"):
            refused = True
        elif governor.lemma in word_list("threat_governors"):
            modes.append("threatened")
        elif governor.lemma == "prepare":
            # "prepared to attend the Olympics": the act is under way, not only intended;
            # the coder still codes "preparing to attack" as the threat it is
            modes.append("imminent")
        elif governor.lemma in word_list("command_governors") and commands_own_forces(sentence, governor.i):
            pass  # "ordered troops to occupy the fields": the state's own act, done as ordered
        elif governor.lemma in word_list("appeal_governors") and _has_object(sentence, governor.i):
            modes.append("requested")
        elif governor.lemma in word_list("attempt_governors"):
            modes.append("attempted")  # "tried to storm the palace": the act, attempted, not a threat of it
        elif governor.lemma in word_list("hesitation_governors"):
            # "would not hesitate to use force": the act intended, a threat for force; "did not
            # hesitate to fire": the firing; "hesitated to use force": only weighed
            own = _own_modes(sentence, governor.i)
            if "negated" not in own:
                modes.append("hypothetical")
                modes.extend(own)
            elif {"future", "hypothetical"} & set(own):  # "will not hesitate", "would not hesitate"
                modes.extend(["future", "intended"])
            break
        elif governor.lemma in word_list("cessation_governors"):
            modes.append("negated")  # "stopped hosting WikiLeaks", "urged it to stop arming Taiwan": ended
            break
        elif excludes(sentence, governor.i):
            modes.extend(_excluded_modes(sentence, governor.i))
            break
        elif governor.lemma in word_list("deliberating_governors"):
            modes.append("hypothetical")  # "considering lifting the state of emergency": weighed, not intended
        elif governor.lemma in word_list("intent_governors"):
            modes.append("intended")
        elif governor.lemma not in word_list("continuing_governors") and not _permits(sentence, governor.i) \
                and not decided:
            if "negated" in _own_modes(sentence, governor.i):
                modes.append("negated")  # "would not rush to cut aid", "did not manage to enter": not done
            break
        current = governor.i
    if refused and "negated" in modes:
        modes.remove("negated")  # "did not refuse to meet" is a meeting intent; keep it simple
        refused = False
    return Mood(aux_modes=tuple(dict.fromkeys(modes)), refused=refused)


UNASSERTED_MODES = {"future", "hypothetical", "conditional"}


def _after_a_comma(sentence: Sentence, word: Token) -> bool:
    """"would not change course, while a deputy minister accused Brussels": a "while" after a comma
    sets a second clause against the first, told as fact, not one timed by a supposed clause."""
    return word.i > 0 and sentence.tokens[word.i - 1].text == ","


def _warned_of(sentence: Sentence, token: Token, modes: list[str]) -> bool:
    """The clause is what a warning or threat says will or may be done ("warned that ... would",
    "threatened that ... could"): a clause said as fact ("warned that prices had risen") or denied
    ("warned that it would not tolerate ...", a refusal) is not."""
    return token.dep == "ccomp" and sentence.tokens[token.head].lemma in word_list("threat_governors") \
        and "negated" not in modes and any(mode in UNASSERTED_MODES for mode in modes)


def _asked_for(sentence: Sentence, token: Token) -> bool:
    """Whether a clause is what a demand asks for, not something done: the complement of a verb of
    demanding ("demanded that Hamas renounce violence") or the clause of such a noun ("accepted
    demands that it initiate reforms")."""
    governor = sentence.tokens[token.head]
    if token.dep == "ccomp" and governor.lemma in word_list("wanting_governors") and token.tag == "VB" \
            and children(sentence, token.i, {"nsubj"}) and children(sentence, token.i, {"aux"}):
        return True  # "Washington wants Khartoum to disarm the militias": asked of Khartoum, not done
    if governor.lemma not in word_list("demanding_governors"):
        return False
    return token.dep == "ccomp" or (token.dep == "acl" and governor.pos == "NOUN")


DECIDED_AWAY_MODES = frozenset({"obliged", "hypothetical"})  # "should be extradited", "be released"


def _decided(sentence: Sentence, clause: int) -> bool:
    """A passive clause a binding decision says is to be done: "ruled that Assange should be
    extradited", "ordered that the leader be released" (``deciding_governors``)."""
    token = sentence.tokens[clause]
    return token.dep == "ccomp" and sentence.tokens[token.head].lemma in word_list("deciding_governors") \
        and is_passive(sentence, clause) and not preposition_objects(sentence, clause, "by")


def _provision_permits(sentence: Sentence, verb: int) -> bool:
    """"a pact allowing U.S. troops to return", "the law, which permits police to detain suspects":
    what a text of rules lets happen is provided for, not done (``provision_nouns``)."""
    token = sentence.tokens[verb]
    if not _permits(sentence, verb):
        return False
    provider = [token.head] if token.dep in {"acl", "relcl"} else [c.i for c in children(sentence, verb, {"nsubj"})]
    return any(sentence.tokens[i].lemma in word_list("provision_nouns") for i in provider)


def _prevented(sentence: Sentence, token: Token) -> bool:
    """'prevented the envoy from meeting Arafat', 'barred opposition leaders from holding a rally':
    the act a verb of prevention keeps from happening (list ``prevention_verbs``; the training corpus
    labels such a gerund no act 111 times in 116)."""
    if token.dep not in {"pcomp", "pobj"} or sentence.tokens[token.head].lower != "from":
        return False
    preposition = sentence.tokens[token.head]
    return preposition.head != preposition.i \
        and sentence.tokens[preposition.head].lemma in word_list("prevention_verbs")


def _negated_adverb(sentence: Sentence, adverb: int) -> bool:
    """'no longer': an adverb of time a negation modifies negates its verb."""
    return any(c.dep in {"neg", "advmod", "det"} and c.lower in word_list("negations")
               for c in children(sentence, adverb))


def _permits(sentence: Sentence, verb: int) -> bool:
    """'agreed to let Kurdish forces withdraw', 'will allow inspectors to return': what a verb of
    permission lets happen is as real as the permission (list ``permission_governors``)."""
    return sentence.tokens[verb].lemma in word_list("permission_governors")


def _own_modes(sentence: Sentence, verb: int, objects: bool = True) -> list[str]:
    modes = []
    for child in children(sentence, verb):
        word = child.lower
        if child.dep == "neg" or (word in word_list("negations") and child.dep in {"advmod", "neg", "det"}):
            modes.append("negated")
        elif child.dep == "advmod" and word == "longer" and _negated_adverb(sentence, child.i):
            modes.append("negated")  # "would no longer stop refugees": will not be done
        elif child.dep == "preconj" and word in word_list("negating_determiners"):
            modes.append("negated")  # "would neither accept nor recognise the ruling": both verbs refused
        elif child.dep == "aux" and word in word_list("future_aux"):
            modes.append("future")
        elif child.dep == "aux" and word == "would" and _reported(sentence, verb):
            modes.append("future")  # "announced it would free prisoners": a future in the past
        elif child.dep == "aux" and word in word_list("obligation_aux"):
            modes.append("obliged")  # "Libya must hand over the suspects": a demand, if someone says it
        elif child.dep == "aux" and word in word_list("hypothetical_aux"):
            modes.append("hypothetical")
        elif child.dep == "aux" and word == "going":
            modes.append("future")
        elif child.dep == "aux" and word == "to" and _headline_infinitive(sentence, verb):
            modes.append("future")  # "Hariri to Visit Paris": a headline's "X to V" is what X will do
        elif child.dep == "mark" and word in CONDITION_MARKS:
            modes.append("hypothetical")  # "if they attack", "unless the US lifts sanctions": a condition
        elif child.dep == "mark" and word == "whether":
            modes.append("hypothetical")  # "have not decided whether to recall the ambassador": an open question
        elif child.dep == "mark" and word == "until" and _awaited(sentence, verb):
            modes.append("hypothetical")  # "would not negotiate until Iran halted enrichment": a condition
        elif child.dep == "mark" and word in {"while", "once"} and not _after_a_comma(sentence, child) \
                and _awaited(sentence, verb, UNASSERTED_MODES):
            # "would not stand by while Israel attacked civilians", "will withdraw once elections are
            # held": what a future or supposed clause is timed by is supposed too; not "did not
            # intervene while police beat protesters", which says they did
            modes.append("hypothetical")
    if "negated" not in modes and _negated_argument(sentence, verb, objects):
        modes.append("negated")  # "Neither government has released figures", "police made no arrests"
    # conditions after the auxiliaries are read, wherever the clause stands ("If Washington goes ahead,
    # Canada would impose tariffs")
    marks = {m.lower for clause in children(sentence, verb, {"advcl"}) for m in children(sentence, clause.i, {"mark"})}
    if "unless" in marks and any(m in modes for m in ("future", "intended")):
        modes.append("threatened")  # "will boycott the elections unless the president steps down"
    elif "if" in marks and any(m in modes for m in ("future", "hypothetical")):
        modes.append("conditional")  # "would impose tariffs if Washington went ahead": coercion so, a threat
    return modes


def _headline_infinitive(sentence: Sentence, verb: int) -> bool:
    """An infinitive that heads its sentence with a subject of its own: "Kim to Meet Trump"."""
    token = sentence.tokens[verb]
    head = sentence.tokens[token.head] if token.dep == "conj" else token
    return (head.dep == "ROOT" and token.tag == head.tag == "VB" and bool(children(sentence, head.i, SUBJECT_DEPS))) \
        or _headline_noun_infinitive(sentence, head.i)


def _headline_noun_infinitive(sentence: Sentence, verb: int) -> bool:
    """A headline's "X to V" that the parser read as a noun and its infinitive ("Obama to Visit
    Turkey", "UN chief to visit Myanmar"): the noun heads the line, or is the subject of a line with
    no closing stop ("Obama to Visit Turkey, Seeks New Start"); not "the decision to withdraw"."""
    token = sentence.tokens[verb]
    if token.dep != "acl" or token.tag != "VB" or token.head == verb or token.head > verb \
            or not any(c.lower == "to" for c in children(sentence, verb, {"aux"})):
        return False
    noun = sentence.tokens[token.head]
    if noun.pos not in {"NOUN", "PROPN"} or noun.lemma in word_list("effort_nouns"):
        return False
    unstopped = sentence.tokens[-1].text not in {".", "!", "?", '"', "'"}
    return noun.dep == "ROOT" or (noun.dep in SUBJECT_DEPS and unstopped)


CONDITION_MARKS = {"unless", "if"}
AWAITING_MODES = {"future", "negated", "intended", "hypothetical", "threatened"}


def _awaited(sentence: Sentence, verb: int, awaiting: frozenset[str] | set[str] = frozenset()) -> bool:
    """Whether the 'until' clause at ``verb`` is what the clause it depends on waits for: that
    clause is future, negated, intended, hypothetical, threatened or refused ("would remain until the
    government quit", "refused to leave until ..."), not a past span ("fighting went on until the
    army withdrew"). ``awaiting``: the modes of the governing clause that count, if not those."""
    token = sentence.tokens[verb]
    if token.dep != "advcl" or token.head == verb:
        return False
    governing = mood(sentence, token.head)
    if awaiting:
        return bool(awaiting & set(governing.aux_modes))
    return governing.refused or bool(AWAITING_MODES & set(governing.aux_modes))
NEGATED_SUBJECT_DEPS = SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS
NEGATED_ARGUMENT_DEPS = NEGATED_SUBJECT_DEPS | {"dobj"}


def _negated_argument(sentence: Sentence, verb: int, objects: bool = True) -> bool:
    """A subject or object that says no one or nothing: "no" or "neither" before it ("neither side",
    "Neither Israel nor Hamas"), or "none", "nobody", "nothing" itself (``negating_determiners``,
    ``negative_pronouns``)."""
    for argument in children(sentence, verb, NEGATED_ARGUMENT_DEPS if objects else NEGATED_SUBJECT_DEPS):
        if argument.lower in word_list("negative_pronouns"):
            return True
        if any(d.lower in word_list("negating_determiners")
               for d in children(sentence, argument.i, {"det", "preconj"})):
            return True
    return False


def condition_subjects(sentence: Sentence, verb: int) -> list[int]:
    """The subject of an 'unless' or 'if' clause on the verb or on the verbs it hangs from through
    control ("threatened to close the strait unless the US lifts sanctions" -> the US)."""
    current = verb
    for _ in range(4):
        for clause in children(sentence, current, {"advcl"}):
            if any(m.lower in CONDITION_MARKS for m in children(sentence, clause.i, {"mark"})):
                subjects = children(sentence, clause.i, SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS)
                if subjects:
                    return conjuncts(sentence, subjects[0].i)
        token = sentence.tokens[current]
        if token.dep not in {"xcomp", "conj"} or token.head == current:
            return []
        current = token.head
    return []


def warned_clause_recipients(sentence: Sentence, verb: int) -> list[tuple[int, ...]]:
    """Slots of the parties a warned clause acts on, in order: the subject of its condition ("warned
    that the tariffs would return if Mexico failed to act"), its objects ("warned that it would hold
    the Houthis accountable") and its 'against' or 'on' phrase."""
    slots: list[tuple[int, ...]] = []
    for clause in children(sentence, verb, {"ccomp"}):
        slots.append(tuple(condition_subjects(sentence, clause.i)))
        slots.append(tuple(direct_objects(sentence, clause.i) or [  # "hold the rebels accountable"
            s.i for small in children(sentence, clause.i, {"ccomp"}) if small.pos in {"ADJ", "NOUN"}
            for s in children(sentence, small.i, {"nsubj"})]))
        slots += [tuple(party_objects(sentence, clause.i, word)) for word in ("against", "on")]
    return [slot for slot in slots if slot]


def warned_parties(sentence: Sentence, verb: int) -> list[int]:
    """"Trump warned Honduras, Guatemala and El Salvador that he would cut off aid": the parties the
    verb of warning that governs ``verb``'s clause is addressed to, at whom the act it threatens is aimed."""
    token = sentence.tokens[verb]
    for _ in range(3):  # up through the complement clause ("warned X that he would ... cut")
        if token.dep not in {"ccomp", "xcomp"} or token.head == token.i:
            return []
        token = sentence.tokens[token.head]
        if token.lemma in word_list("threat_governors"):
            return [j for o in children(sentence, token.i, {"dobj", "dative"}) for j in conjuncts(sentence, o.i)]
    return []


def victims_told_of(sentence: Sentence, noun: int) -> list[int]:
    """Whom an act of force a noun names killed or wounded, as its relative clause tells: "a car
    bombing that killed 40 people", "an attack which wounded two soldiers"."""
    for clause in children(sentence, noun, {"relcl"}):
        relative = children(sentence, clause.i, {"nsubj"})
        if clause.lemma in word_list("harming_verbs") and relative \
                and relative[0].lower in word_list("relative_pronouns"):
            return direct_objects(sentence, clause.i)
    return []


SHOW_OF_FORCE_PREPOSITIONS = ("near", "around", "off", "along", "surrounding")


def show_of_force_places(sentence: Sentence, verb: int) -> list[int]:
    """What a show of force is held near: "drills near the island", "exercises around Taiwan", "off
    the coast of Japan", on the verb or on the exercises it holds."""
    found = []
    # ... or near what the waters or airspace it is held in lie ("fired missiles into waters around Taiwan")
    spaces = [o for word in ("into", "in", "over") for o in preposition_objects(sentence, verb, word)]
    for anchor in [verb, *direct_objects(sentence, verb), *spaces]:
        for word in SHOW_OF_FORCE_PREPOSITIONS:
            for obj in party_objects(sentence, anchor, word):
                owners = preposition_objects(sentence, obj, "of")  # "off the coast of Japan"
                found.extend(owners or [obj])
        found.extend(c.i for c in children(sentence, anchor, {"acl"}) if c.lemma == "surround"
                     for c in children(sentence, c.i, {"dobj"}))  # "drills surrounding Taiwan"
    return found


def purpose(sentence: Sentence, verb: int) -> bool:
    """An infinitive of purpose: 'to help', 'in order to end' (no subject of its own)."""
    own = children(sentence, verb)
    return any(c.dep == "aux" and c.lower == "to" for c in own) and not any(c.dep in SUBJECT_DEPS for c in own)


def ordered_of_own_forces(sentence: Sentence, verb: int) -> bool:
    """Whether the verb is what a verb of command orders the state's own forces to do ("ordered troops
    to occupy the fields": occupy)."""
    token = sentence.tokens[verb]
    governor = sentence.tokens[token.head]
    return token.dep == "xcomp" and token.head != verb and governor.lemma in word_list("command_governors") \
        and commands_own_forces(sentence, governor.i)


def commands_own_forces(sentence: Sentence, verb: int) -> bool:
    """"Morales ordered troops to occupy the gas fields", "ordered the army to help police": an order to
    a state's own forces is the state's own act: the training corpus labels the act ordered, not a
    demand, in 36 of its 53 sentences of an order to troops, soldiers, the army, police or forces. A
    court's order to the government is a demand."""
    return any(t.lemma in word_list("own_force_nouns") for t in children(sentence, verb, {"dobj", "obj"}))


def _has_object(sentence: Sentence, verb: int) -> bool:
    return any(t.head == verb and t.dep in {"dobj", "obj"} for t in sentence.tokens) or bool(
        preposition_objects(sentence, verb, "on"))


def _reported(sentence: Sentence, verb: int) -> bool:
    """The verb heads what a reporting verb says, or is coordinated with such a clause ("said the
    talks had failed and that Tokyo would impose sanctions")."""
    return _is_report(sentence, _first_conjunct(sentence, verb))


def _first_conjunct(sentence: Sentence, verb: int) -> Token:
    """The first of the verbs a verb is coordinated with (itself when it is not coordinated)."""
    token = sentence.tokens[verb]
    for _ in range(4):
        if token.dep != "conj" or token.head == token.i:
            break
        token = sentence.tokens[token.head]
    return token


def _is_report(sentence: Sentence, token: Token) -> bool:
    return token.dep == "ccomp" and sentence.tokens[token.head].lemma in word_list("reporting_lemmas")


def is_background(sentence: Sentence, i: int) -> bool:
    """True when the token sits in a 'since', 'after' or 'before' phrase that only sets the scene, or
    is the possessor of a noun ("denied involvement in Monday's attack": the attack's date, not the
    denial's)."""
    if sentence.tokens[i].dep == "poss" and sentence.tokens[sentence.tokens[i].head].pos == "NOUN":
        return True
    current = i
    for _ in range(12):
        token = sentence.tokens[current]
        if token.dep in {"advcl", "pcomp", "pobj"} or token.pos in {"VERB", "NOUN", "PROPN"}:
            marks = children(sentence, current, {"mark", "prep"})
            if any(m.lower in word_list("background_markers") and m.i < current for m in marks if m.dep == "mark"):
                return True
        if token.dep == "pobj" and sentence.tokens[token.head].lower in word_list("background_markers"):
            # "before dawn on April 2, 2015, four gunmen shot ...": a time of day is no scene set but the time
            return token.lemma.lower() not in word_list("time_of_day_words")
        if token.head == current or token.dep == "ROOT":
            return False
        if token.dep in {"ccomp", "xcomp", "conj"} and sentence.tokens[token.head].pos in {"VERB", "AUX"}:
            return False
        current = token.head
    return False


def reporting_verb(sentence: Sentence, verb: int) -> int | None:
    """The reporting verb whose complement holds this predicate ("West said that ...")."""
    current, came_by = verb, ""
    for _ in range(6):
        token = sentence.tokens[current]
        if token.head == current:
            return None
        governor = sentence.tokens[token.head]
        if token.dep in {"ccomp", "parataxis"} and governor.lemma in word_list("reporting_lemmas"):
            return governor.i
        # an adjective of readiness an infinitive hangs on: "said the United States was willing to talk"
        # (not what an adjective of feeling is about: "said he was confident a deal would be reached")
        through_adjective = token.dep == "acomp" and came_by == "xcomp"
        if token.dep not in {"xcomp", "conj", "ccomp"} and not through_adjective:
            return None
        current, came_by = governor.i, token.dep
    return None


def adjunct_subjects(sentence: Sentence, noun: int) -> list[int]:
    """The subject of the clause whose adjunct a noun heads ("U.S. forces killed him in a raid",
    "promised to withdraw after talks with Sarkozy"): who does what the noun names, when the noun
    names no agent itself. A noun with an 'of' phrase says whose act it is some other way ("at the
    request of U.S. prosecutors", "after the release of the hostages")."""
    token = sentence.tokens[noun]
    if token.dep != "pobj" or preposition_objects(sentence, noun, "of"):
        return []
    preposition = sentence.tokens[token.head]
    if preposition.dep != "prep" or preposition.lower not in word_list("adjunct_prepositions"):
        return []
    governor = sentence.tokens[preposition.head]
    return subjects(sentence, governor.i) if governor.pos in {"VERB", "AUX"} and governor.i != preposition.i else []


def requested_parties(sentence: Sentence, noun: int) -> list[int]:
    """Whom a request or an invitation whose 'of' phrase names its maker is made to: the subject of the
    clause it is an adjunct of ("Swiss police arrested seven officials at the request of U.S.
    prosecutors": the police; "arrived in Paris at the invitation of France's president": the visitor).
    Only for ``agentive_of_nouns``; none for any other noun."""
    token = sentence.tokens[noun]
    if token.lemma not in word_list("agentive_of_nouns") or token.dep != "pobj":
        return []
    preposition = sentence.tokens[token.head]
    if preposition.dep != "prep" or preposition.lower not in {"at", "on"}:
        return []
    governor = sentence.tokens[preposition.head]
    return subjects(sentence, governor.i) if governor.pos in {"VERB", "AUX"} and governor.i != preposition.i else []


def coordinated_with_report(sentence: Sentence, verb: int, beside_acts: bool = False) -> bool:
    """A verb with no subject of its own, coordinated with the clause a reporting verb governs when
    that clause states what something is or underwent: "Israel said the plan was a step but
    rejected the demand" parses 'rejected' beside 'was'. Beside an active clause the shared subject
    is the agent of both ("said a bombing killed one soldier and wounded two"), unless
    ``beside_acts``: the caller knows the verb's act needs a party that the shared subject does not
    name ("said an attack had knocked websites offline, and later blamed Russia"). An infinitive
    that such a verb controls is the same party's act ("... was a crime and vowed to punish them")."""
    token = sentence.tokens[verb]
    while token.dep == "xcomp" and token.head != token.i and not children(sentence, token.i, SUBJECT_DEPS):
        governor = sentence.tokens[token.head]
        if direct_objects(sentence, governor.i):
            return False  # "warned it to halt": the object's act (object control), not the reporter's
        token = governor
    verb = token.i
    # a participle ("had been brought in and taken back") shares the clause's passive
    if token.dep != "conj" or token.pos != "VERB" or token.tag == "VBN" or children(
            sentence, verb, SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS):
        return False
    first = _first_conjunct(sentence, verb)
    stative = first.lemma == "be" or first.pos == "AUX" or is_passive(sentence, first.i)
    return (stative or beside_acts) and _is_report(sentence, first)


def coordinated_with_denial(sentence: Sentence, verb: int) -> bool:
    """A verb with no subject of its own that the parse coordinates with the clause a denial
    reports: "denied that its forces had carried out the strike and blamed Ukraine" is the denier's
    second act, as the denial's negation is not its own (``mood``)."""
    token = sentence.tokens[verb]
    if token.dep != "conj" or token.head == verb or token.pos != "VERB" or children(
            sentence, verb, SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS):
        return False
    return _denied_clause(sentence, _first_conjunct(sentence, verb).i)


def reporter_of(sentence: Sentence, verb: int) -> int | None:
    """The subject of the reporting verb whose complement holds this predicate."""
    governor = reporting_verb(sentence, verb)
    if governor is None:
        return None
    found = subjects(sentence, governor)
    return found[0] if found else None


PLACE_PREPS = {"in", "at", "on", "near", "of"}
# Named-entity types of a modifier that can own its noun: "Greek tankers", "Hamas positions".
OWNER_ENTITIES = {"NORP", "GPE", "ORG"}


def place_words(sentence: Sentence, noun: int, depth: int = 0, preps: set[str] = PLACE_PREPS) -> list[int]:
    """Words inside a noun phrase that may name where it happens: its name modifiers ("the
    Beijing Olympics") and the objects of its place prepositions, nested ("a summit on the
    unrest in Iran")."""
    found = [c.i for c in children(sentence, noun, {"compound", "amod", "nmod", "poss"})
             if c.pos in {"PROPN", "ADJ"} and c.i < noun]
    if depth < 2:
        for prep in children(sentence, noun, {"prep"}):
            if prep.lower in preps:
                for obj in children(sentence, prep.i, {"pobj"}):
                    found.append(obj.i)
                    found.extend(place_words(sentence, obj.i, depth + 1, preps))
    return found


def named_owner(sentence: Sentence, noun: int) -> int | None:
    """The name or nationality that owns a noun: "Russia's ambassador", "two Greek tankers",
    "Syrian army positions" (through a compound noun)."""
    for child in children(sentence, noun, {"poss", "compound", "amod", "nmod"}):
        if child.i < noun and (child.pos == "PROPN" or child.ent_type in OWNER_ENTITIES):
            return child.i
        if 2 <= child.i < noun and child.lower in word_list("owning_participles") \
                and sentence.tokens[child.i - 1].text in HYPHENS:
            # "a Greek-flagged tanker", "a Hong Kong-flagged vessel": the name before the hyphen
            owner = sentence.tokens[child.i - 2]
            if owner.pos == "PROPN" or owner.ent_type in OWNER_ENTITIES:
                return owner.i
        if child.i < noun and child.pos == "NOUN" and child.dep == "compound":
            inner = named_owner(sentence, child.i)
            if inner is not None:
                return inner
    return None


def climb_quantifiers(sentence: Sentence, noun: int) -> int:
    """From 'talks' in 'a new round of talks' up to 'round', which carries the syntax."""
    token = sentence.tokens[noun]
    if token.dep == "pobj":
        prep = sentence.tokens[token.head]
        if prep.lower == "of" and sentence.tokens[prep.head].lemma in word_list("quantifier_nouns"):
            return prep.head
        if prep.lower in {"in", "of"} and is_amount(sentence, prep.head) and prep.head != noun:
            return prep.head  # "announced $30 million in humanitarian assistance", "5 billion yen in loans"
    return noun


def is_amount(sentence: Sentence, i: int) -> bool:
    """A number or a counted noun: "$30 million", "5 billion yen", "10,000 tonnes"; not a stretch of
    time ("two days of drills", "18 years of talks": ``quantifier_nouns`` count those)."""
    token = sentence.tokens[i]
    if token.ent_type in TEMPORAL_ENTITIES:
        return False
    return token.tag in {"CD", "$"} or any(c.tag in {"CD", "$"} for c in children(sentence, i, {"nummod", "quantmod"}))


def evaluative_predicate(sentence: Sentence, verb: int) -> int | None:
    """What a naming verb calls its object ('called it *illegal*'), or the object of an evaluating
    verb's 'as' ('described the vote as a *disgrace*')."""
    lemma = sentence.tokens[verb].lemma
    if lemma in word_list("naming_verbs"):
        # "called the accord a step forward", not "called Raila Odinga" (a name read as the predicate)
        # nor "called an early election" (no object to evaluate)
        predicates = [c.i for c in children(sentence, verb, {"oprd"}) if c.pos in {"ADJ", "NOUN"}] \
            or misparsed_predicate(sentence, verb)
        if predicates and set(direct_objects(sentence, verb)) - set(subtree(sentence, predicates[0])):
            return predicates[0]
        return None
    if lemma in word_list("evaluating_verbs") and direct_objects(sentence, verb):
        found = preposition_objects(sentence, verb, "as")
        return found[0] if found else None
    return None


def misparsed_predicate(sentence: Sentence, verb: int) -> list[int]:
    """What a naming verb calls its object where the parse gives the name no 'oprd': a second
    object ("called the images from Bucha a staged provocation") or a quoted apposition of the
    object ("called the accusations \"spy mania\"")."""
    objects = [c for c in children(sentence, verb, {"dobj"}) if c.pos in {"NOUN", "PROPN", "ADJ"}]
    if len(objects) >= 2:
        return [objects[-1].i]
    quoted = [a.i for o in objects for a in children(sentence, o.i, {"appos"})
              if any(sentence.tokens[j].tag in {"``", "''"} or sentence.tokens[j].text in {'"', "'"}
                     for j in range(max(o.i + 1, a.i - 4), a.i))]
    return quoted[:1]


# how an asked-for act hangs from the appeal or demand: "urged Iran to stop" (xcomp), "demanded that
# Israel withdraw" (ccomp), "called on Iran to stop" (on the object, or on the verb), "and release" (conj)
REQUEST_CONTENT_DEPS = {"xcomp", "ccomp", "conj", "advcl", "pobj", "prep"}


def governed_by(sentence: Sentence, i: int, governor: int, depth: int = 4) -> bool:
    """Whether the verb at ``i`` hangs from ``governor`` through complements within ``depth`` steps."""
    current = i
    for _ in range(depth):
        token = sentence.tokens[current]
        if token.head == current or token.dep not in REQUEST_CONTENT_DEPS:
            return False
        current = token.head
        if current == governor:
            return True
    return False
