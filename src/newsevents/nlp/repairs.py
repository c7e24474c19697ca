"""Repairs of the small parser's systematic misparses, made on the converted tokens.

``past_tense_modifier``: "Myanmar's military seized power", "the IMF blocked access to its reserves":
the small English model reads the past-tense verb as an adjective on the noun after it (``amod``,
tag VBD) and the words before it as that noun's modifiers, so the clause has no verb, no subject and
no object. A past tense (VBD, not the participle VBN) cannot modify a noun, so the tagger's reading is
kept and the tree rebuilt around it: the verb takes the noun's place in the sentence, the noun becomes
its object, and the modifier just before the verb its subject, with the words before that.

``past_tense_own_subject``: the same misreading where the word before the verb hangs on the verb
(``nsubj`` or ``npadvmod``: "Rockets hit the suburbs, and the opposition blamed government forces",
"Heavy rain flooded parts of the capital"): the subject is already the verb's; the verb still takes
the noun's place and the noun becomes its object.

``coordinated_verb_read_as_modifier``: a second verb after "and" read as a modifier of its object,
which the parse then coordinates with the first verb ("blocked roads and vandalised factories",
"barred its airlines and banned imports of potash", "suspended the stations and threatened
organisers"): a noun is not coordinated with a verb, so the participle or past tense is the verb
coordinated with the first, and the noun its object.

``subject_read_as_modifier``: "Erdogan Apologises to Putin", "Assad Promises to Cooperate": in a
headline the small model hangs the name before a finite verb on the verb as a compound or an
adjective. A verb takes no such modifier, so a name, noun or adjective before a finite verb that has
no subject of its own, attached to it so, is its subject; so is a name right before it that the model
read as an adverbial noun ("Katanga President Moise Tshombe accused the United Nations").

``headline_comma_subjects``: "Obama, Putin Meet in Paris", "India, Pakistan Agree to Ceasefire": a
headline joins two subjects with a comma where prose has "and", and the small model makes the first
an adverbial, an apposition or a modifier of the second. Where a line opens with a name, a comma and
a second name just before a capitalised verb (the headline's case: in prose the verb is lowercase)
or a plural present one ("Armenia, Azerbaijan blame each other": in prose "and" joins them), the
first name is the verb's subject and the second its conjunct, as in "Obama and Putin meet".

``finite_conjunct_of_infinitive``: "Russia's envoy said the resolution would not help end the fighting
and accused the West of arming Kyiv", "threatened to take the dispute to the WTO and vowed to cut its
dependence": the small model coordinates the second past-tense verb with the infinitive just before it,
inside the reported or controlled clause, so that it takes that clause's subject ("the resolution")
and mood ("would not"). A past tense is not coordinated with a bare infinitive: it is the conjunct of
the past-tense verb the infinitive's clause hangs from ("said", "threatened"), with the "and" before
it. Nor with a gerund after a preposition ("accused the government of rigging the vote and called for
protests": the call had been part of what was alleged).

``subject_read_as_conjunct``: "Russian warships blockaded the coast and Russian jets hit the port",
"Greece sent rescue teams to Turkey and Turkish officials thanked Athens": the small model coordinates
the second clause's subject with the first clause's last noun, so that the second past-tense verb has
no subject and takes the first clause's ("Russian warships hit the port"). A noun coordinated with an
object and followed at once by a past tense that is the conjunct of a finite verb and has no subject of
its own is that verb's subject, and the "and" before it joins the two clauses. Only after a finite first
verb: in "mobs armed with clubs and knives attacked" the participle is not a clause of its own.

``date_before_reported_subject``: "Congo said on Monday it would not renew the mandate": the small
model hangs the date between a reporting verb and the subject of what it reports on the reported
verb, which a future tense then reads forward (next Monday). A preposition between the two verbs,
before the reported clause's subject and its "that", belongs to the reporting verb.

``name_read_as_relative_subject``: "The opposition SPD accused Merkel of lying", "the rebel LTTE
attacked": the small model reads the description before a name as the root and the rest as a relative
clause without its pronoun ("the opposition [that] the SPD accused"). A sentence whose root is a common
noun with a finite verb in a relative clause whose subject is the name right after it is that verb's
sentence, the noun a modifier of the name.

``past_tense_on_a_noun_root``: "Russia, which has close ties with Iran, called on the West to show
restraint", "Bolivia's interim leader called on lawmakers to approve a law": the small model makes the
subject the sentence's root and hangs the past-tense verb on it as a clausal modifier, so the verb
has no subject. A past tense (VBD, not the participle) does not modify a noun: it is the root, the
noun its subject, and what followed the verb in the noun's care goes to the verb; so is a form the
tagger took for a participle after a comma that closes a relative clause or an apposition on the noun
("Amos Hochstein, who has been shuttling between Beirut and Jerusalem, called on both sides").

``complement_after_a_date``: "Iran threatened on Monday to close the strait", "Russia offered on
Saturday to delay the price rise": with a date between them the small model reads a governor's
infinitive complement as an adverbial clause, a purpose, so the threat was lost with its content. An
infinitive after a verb of intent, threat, refusal or attempt, active, with nothing but a date or a
time between them, is its complement ("worked through the night to free the vessel" keeps its
purpose: 'work' is no such verb here).

``coordination_read_as_modifier``: "The Philippine government and communist rebels agreed": the small
model hangs the first noun phrase on the second's head as a modifier ("government", nmod) and the
second's adjective on it as a conjunct ("communist"), so that one party is lost and the other takes
the whole phrase. A common noun with a modifier of its own, joined by "and" to an adjective right
before the head, is the first of two coordinated phrases: it takes the head's place, the head becomes
its conjunct and the adjective the head's own ("the Indian army and Maoist rebels clashed").

``noun_read_as_a_clause``: "Maliki welcomed the U.S. strikes on Friday": the small model tags "strikes" a
plural noun and still hangs it on the verb as a clause (ccomp), as if the United States struck
something, so the welcome had no object. A clausal complement the tagger took for a noun, with a
determiner and no subject, auxiliary or "that" of its own, is the object of a verb that has none.

``rebuttal_read_as_the_root``: "Kabila accused Rwanda of backing the rebels, a charge Kigali has repeatedly
denied": without a "that", the small model makes the denial the sentence's root, the charge its
subject, the accusation its complement and Kigali an apposition of the charge, so that the accusation
was reported by the charge and the denial had no subject. A reply verb (``reply_verbs``) at the root whose
subject is a noun of an accusation (``accusation_nouns``) after a comma, with a name apposed to it and a
clause before it, is a relative clause on that noun, which sums up the clause before: that clause is the
root, the name the reply's subject.

``participle_after_an_attribution``: "Ethiopian jets bombed Hargeisa on Saturday, a Somali government
spokesman said, killing 12 civilians": the small model hangs the participle of result after an
attribution on the verb of saying, so that the spokesman killed the civilians. A participle with no
subject of its own after a comma that follows a verb of saying, whose reported clause comes before it
unquoted, continues the reported clause, where it tells a result (``result_participles``: killing,
wounding, destroying, forcing); one that reports or judges ("the ministry said, adding that ...",
"..., Human Rights Watch said, calling it a massacre") and one after a quotation go on with the speaker.

``titled_names_read_as_one``: "Pakistani army chief General Bajwa and Afghan President Ashraf Ghani
discussed", "Foreign Minister Sergei Lavrov and U.S. Secretary of State John Kerry met": the small model
hangs the first titled name on the second name as a modifier, and the second's title or nationality on
the first as its conjunct, so that one party is lost (and a consultation had no counterpart). A person's
name followed at once by "and" and hung on a later person's name, whose conjunct lies between them, is
the first of two coordinated names: it takes the second's place, the second becomes its conjunct, and
the conjunct the second name's modifier.

``attribution_read_as_conjunct``: "Gunmen kidnapped four British workers, police and company officials
said": the small model joins the attribution's subject to the reported clause's last noun as a conjunct,
so that the police and the company were kidnapped too and "said" has no subject. A verb of saying after
its reported clause, with no subject of its own, takes the noun phrase between the last comma and it,
where the parse made that phrase a conjunct of a noun before the comma.

``subject_read_as_verb_conjunct``: "Kigali denies the charge, and President Paul Kagame last week urged
Nkurunziza to stop the killings": with a date between a second clause's subject and its verb, the
small model coordinates the subject with the first verb and hangs the second verb on the first as
its complement, so that the appeal was denied and had no subject. A noun coordinated with a verb
before it is the subject of the next finite verb, hung on that same verb with no subject of its
own, where only the noun's own words and the verb's adverbials lie between them; that verb is the
first one's conjunct.

``headline_passive_read_as_active``: "Imran Khan arrested at court", "Gaddafi killed as Sirte falls": a
headline drops the passive's "was", and the small model makes the man arrested the arrester. A line
that does not end as a sentence does, whose root is the past form of a verb done to people
(``headline_passive_verbs``) with a subject and no object or auxiliary, is a passive: the subject is
its patient (headlines tell what was done in the present tense: "Pakistan arrests Khan").

``prefixed_irregular_past``: the small model knows "took" and "oversaw" but not "retook", which it
lemmatises as itself and tags a present ("Government forces retook the town"). A verb left as its own
lemma that is a prefix ("re", "over", "mis" ...) before an irregular past (``irregular_pasts``) is
that verb's past: lemma "retake", tag VBD.

``contact_means_holding_the_party``: "Minh spoke by telephone with Yang Jiechi": the small model
hangs the party talked with on the means of contact ("telephone with Yang", and "by" as a passive's
agent), so the call had no counterpart. A "with" or "to" phrase on the noun of a "by", "via" or
"over" phrase naming a means of contact (``contact_means``) on a verb is the verb's.

``blamed_on_read_on_the_thing``: "the government blames the attack on the ELN", "officials blamed the
violence on criminal gangs": the small model hangs the "on" phrase on what is blamed, where it names
whom a verb of blaming (``blaming_verbs``) blames. It is the verb's.

``participle_read_as_modifier``: "militants rampaged through the city, burning buildings and taking
hostages": the small model reads a participle after a comma as an adjective on the noun after it, and
that noun as the object of the verb before the comma, so that the participle's act was lost. A verb's
object does not follow a comma that parts it from the verb: the participle is the verb's adjunct, the
noun its object, and a participle coordinated with the noun ("and taking hostages") its conjunct.

``title_abbreviation_lemma``: "Gen. Mark Kimmitt", "Sen. John Smith": a title written short is
lemmatised as written, so no rule knew it for a title; its lemma becomes the title it abbreviates
(``nlp/data/abbreviations.tsv``), as "General Mark Kimmitt" is read. Only the lemma changes.

``silent_e_lemma``: the small model's lemmatizer strips "-ed" and "-ing" whole from verbs whose base
ends in a silent e where the stem is a word of its own: "hoped" is lemmatised "hop", "staged" "stag",
"waged" "wag", "fined" "fin", "raped" "rap", "sniped" "snip", so that the lexicon, the light verbs
("staged a coup", "waged war") and the intent governors ("hoped to meet") never saw them. A verb of
one syllable closed by a single consonant doubles it before the ending ("hopped", "wagged"), so an
undoubled "-ed" or "-ing" after such a syllable is the silent e's verb. Only the lemma changes.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import Callable

from ..records import QUOTE_MARKS, Token

SUBJECT_LIKE = {"compound", "amod", "nmod", "poss"}
NOT_OBJECTS = {"nsubj", "nsubjpass", "csubj"}


def repair(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """The tokens with every repair applied, in order (see the module's note)."""
    for rule in REPAIRS:
        tokens = rule(tokens)
    return tokens


def past_tense_modifier(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    return _past_tense_over_its_object(tokens, _modifies_the_noun)


def past_tense_own_subject(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    return _past_tense_over_its_object(tokens, _hangs_on_the_verb)


def _modifies_the_noun(subject: Token, verb: Token) -> bool:
    """"Myanmar's military seized power": the word before the verb hangs on the noun after it."""
    return subject.head == verb.head and subject.dep in SUBJECT_LIKE and subject.pos in {"NOUN", "PROPN", "ADJ"}


def _hangs_on_the_verb(subject: Token, verb: Token) -> bool:
    """"and the opposition blamed government forces": the word before the verb hangs on the verb."""
    return subject.head == verb.i and subject.dep in OWN_SUBJECT_DEPS and subject.pos in {"NOUN", "PROPN"}


def _past_tense_over_its_object(tokens: tuple[Token, ...], subject_fits: Callable[[Token, Token], bool]
                                ) -> tuple[Token, ...]:
    """Each past tense read as a modifier of the noun after it, with a word before it that
    ``subject_fits``, rebuilt as the clause's verb."""
    fixed = list(tokens)
    for i in range(1, len(tokens)):
        if _past_tense_on_next_noun(fixed, i) and subject_fits(fixed[i - 1], fixed[i]):
            _verb_over_its_object(fixed, i)
    return tuple(fixed)


OWN_SUBJECT_DEPS = {"nsubj", "npadvmod"}


def _past_tense_on_next_noun(tokens: list[Token], i: int) -> bool:
    """A past tense read as a modifier of the noun phrase right after it ("blamed government forces")."""
    verb = tokens[i]
    if verb.tag != "VBD" or verb.dep != "amod" or verb.head <= i or i == 0:
        return False
    noun = tokens[verb.head]
    between = tokens[i + 1:verb.head]
    return noun.pos in {"NOUN", "PROPN"} and noun.dep not in NOT_OBJECTS \
        and all(t.head == noun.i and t.dep in {"compound", "amod"} for t in between)


def _verb_over_its_object(fixed: list[Token], i: int) -> None:
    """The past tense at ``i`` takes the place of the noun after it, which becomes its object; the
    word before the verb becomes its subject, with the words before it that hung on the noun."""
    verb, subject = fixed[i], fixed[i - 1]
    noun = fixed[verb.head]
    root = noun.head == noun.i
    fixed[i] = replace(verb, pos="VERB", dep="ROOT" if root else noun.dep, head=i if root else noun.head)
    fixed[noun.i] = replace(noun, dep="dobj", head=i)
    fixed[i - 1] = replace(subject, dep="nsubj", head=i, pos="NOUN" if subject.pos == "ADJ" else subject.pos)
    for j in range(i - 1):  # "the", "Myanmar 's": what stood before the subject modifies it
        if fixed[j].head == noun.i:
            fixed[j] = replace(fixed[j], head=i - 1)
    for j in range(noun.i + 1, len(fixed)):  # "in a coup": what followed the noun's clause goes to the verb
        if fixed[j].head == noun.i and root and fixed[j].dep in {"prep", "punct", "advcl", "cc", "conj"}:
            fixed[j] = replace(fixed[j], head=i)


def coordinated_verb_read_as_modifier(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    fixed = list(tokens)
    for verb in tokens:
        i = verb.i
        if verb.tag not in {"VBD", "VBN"} or verb.dep != "amod" or verb.head <= i or i == 0 \
                or tokens[i - 1].dep != "cc":
            continue
        noun = tokens[verb.head]
        if noun.dep != "conj" or noun.pos not in {"NOUN", "PROPN"} or tokens[noun.head].pos != "VERB" \
                or any(t.head != noun.i or t.dep not in {"compound", "amod"} for t in tokens[i + 1:noun.i]):
            continue
        fixed[i] = replace(verb, pos="VERB", tag="VBD", dep="conj", head=noun.head)
        fixed[noun.i] = replace(noun, dep="dobj", head=i)
        if tokens[i - 1].head == noun.i:
            fixed[i - 1] = replace(tokens[i - 1], head=noun.head)
    return tuple(fixed)


FINITE_TAGS = {"VBZ", "VBD", "VBP"}
SUBJECTS = {"nsubj", "nsubjpass", "csubj", "expl"}
CLAUSE_DEPS = {"ROOT", "conj", "ccomp", "advcl", "parataxis", "relcl"}


def subject_read_as_modifier(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    fixed = list(tokens)
    for verb in tokens:
        if verb.pos != "VERB" or verb.tag not in FINITE_TAGS or verb.dep not in CLAUSE_DEPS:
            continue  # "struck a Bosnian Serb ammunition dump": a noun the tagger made a verb
        children = [t for t in tokens if t.head == verb.i and t.i != verb.i]
        if any(t.dep in SUBJECTS for t in children):
            continue
        before = [t for t in children if t.i < verb.i and t.dep in SUBJECT_LIKE - {"poss"}
                  and t.pos in {"PROPN", "NOUN", "ADJ"}]
        # "Katanga President Moise Tshombe accused ...": a name the model took for an adverbial noun
        # right before the verb (not a day: "Monday")
        before += [t for t in children if t.i == verb.i - 1 and t.dep == "npadvmod" and t.pos == "PROPN"
                   and t.ent_type not in TIME_ENTITIES]
        if before:
            subject = before[-1]
            name = subject.pos == "PROPN" or subject.text[:1].isupper()
            fixed[subject.i] = replace(subject, dep="nsubj", pos="PROPN" if name else "NOUN")
    return tuple(fixed)


NAME_TAGS = {"PROPN"}
# a sentence-case headline's verb agrees with its two subjects ("Armenia, Azerbaijan blame each
# other", "Chile, Peru sign accord"); prose would join them with "and"
PLURAL_PRESENT_TAGS = {"VBP", "VB"}


def headline_comma_subjects(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    comma = next((t.i for t in tokens if t.text == ","), None)
    if comma is None or comma == 0 or any(t.pos not in NAME_TAGS for t in tokens[:comma]):
        return tokens
    # the second may be a common noun with its adjectives ("Manila, Communist Rebels Agree Ceasefire")
    verb = next((t.i for t in tokens[comma + 1:] if t.pos not in NAME_TAGS | {"NOUN", "ADJ"}), None)
    if verb is None or verb == comma + 1 or tokens[verb].pos != "VERB" or not (
            tokens[verb].text[:1].isupper() or tokens[verb].tag in PLURAL_PRESENT_TAGS):
        return tokens
    first, second = comma - 1, verb - 1
    if tokens[second].dep not in {"nsubj", "appos"} | SUBJECT_LIKE or tokens[second].head not in {verb, first}:
        return tokens
    fixed = list(tokens)
    fixed[first] = replace(tokens[first], dep="nsubj", head=verb)
    fixed[second] = replace(tokens[second], dep="conj", head=first)
    fixed[comma] = replace(tokens[comma], dep="punct", head=first)
    for j in range(first):  # "South Korea": the words of the first name stay on it
        if tokens[j].head not in range(first + 1):
            fixed[j] = replace(tokens[j], dep="compound", head=first)
    return tuple(fixed)


def subject_read_as_conjunct(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    fixed: list[Token] | None = None
    for noun in tokens[:-1]:
        verb, first = tokens[noun.i + 1], tokens[noun.head]
        if noun.dep != "conj" or noun.pos not in {"NOUN", "PROPN"} or first.pos not in {"NOUN", "PROPN"} \
                or verb.dep != "conj" or verb.tag != "VBD" or tokens[verb.head].tag not in FINITE_TAGS \
                or any(t.head == verb.i and t.dep in SUBJECTS for t in tokens if t.i != verb.i):
            continue
        fixed = fixed if fixed is not None else list(tokens)
        fixed[noun.i] = replace(noun, dep="nsubj", head=verb.i)
        joining = [t for t in tokens[first.i + 1:noun.i] if t.head == first.i and t.dep in {"cc", "punct"}]
        for word in joining[-2:]:  # ", and" before the subject joins the two clauses
            fixed[word.i] = replace(word, head=verb.head)
    return tokens if fixed is None else tuple(fixed)


def date_before_reported_subject(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    fixed: list[Token] | None = None
    for verb in tokens:
        if verb.dep != "ccomp" or verb.head >= verb.i:
            continue
        opening = [t.i for t in tokens if t.head == verb.i and (t.dep in SUBJECTS or t.dep == "mark")]
        if not opening:
            continue
        for prep in tokens[verb.head + 1:min(opening)]:
            if prep.head == verb.i and prep.dep == "prep":
                fixed = fixed if fixed is not None else list(tokens)
                fixed[prep.i] = replace(prep, head=verb.head)
    return tokens if fixed is None else tuple(fixed)


def past_tense_on_a_noun_root(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    for verb in tokens:
        noun = tokens[verb.head]
        if verb.dep == "acl" and verb.tag in {"VBD", "VBN"} and noun.dep != "ROOT":
            noun = _root_over_an_interruption(tokens, verb) or noun
        if verb.dep != "acl" or verb.tag not in {"VBD", "VBN"} or verb.i < noun.i or noun.dep != "ROOT" \
                or noun.pos not in {"NOUN", "PROPN"} \
                or any(t.head == verb.i and t.dep in SUBJECTS | {"auxpass"} for t in tokens if t.i != verb.i):
            continue
        if verb.tag == "VBN" and not _after_an_interruption(tokens, noun, verb):
            continue  # "a reporter captured during a clash": a participle modifying its noun
        fixed = list(tokens)
        fixed[verb.i] = replace(verb, pos="VERB", tag="VBD", dep="ROOT", head=verb.i)
        fixed[noun.i] = replace(noun, dep="nsubj", head=verb.i)
        for after in tokens[verb.i + 1:]:  # the closing full stop, a trailing attribution
            if after.head == noun.i:
                fixed[after.i] = replace(after, head=verb.i)
        return tuple(fixed)
    return tokens


def name_read_as_relative_subject(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    for verb in tokens:
        noun = tokens[verb.head]
        if verb.dep != "relcl" or verb.tag not in FINITE_TAGS or noun.dep != "ROOT" or noun.pos != "NOUN":
            continue
        subjects = [t for t in tokens if t.head == verb.i and t.dep in SUBJECTS]
        if len(subjects) != 1 or subjects[0].pos != "PROPN" or not noun.i < subjects[0].i < verb.i \
                or any(t.pos != "PROPN" for t in tokens[noun.i + 1:subjects[0].i]):
            continue  # "the opposition SPD accused": the name right after the noun, no relative pronoun
        fixed = list(tokens)
        fixed[verb.i] = replace(verb, dep="ROOT", head=verb.i)
        fixed[noun.i] = replace(noun, dep="compound", head=subjects[0].i)
        for after in tokens[verb.i + 1:]:  # the closing full stop
            if after.head == noun.i:
                fixed[after.i] = replace(after, head=verb.i)
        return tuple(fixed)
    return tokens


def contact_means_holding_the_party(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    from ..events.wordlists import word_list  # here: the events package imports the parse's modules

    fixed: list[Token] | None = None
    for means in tokens:
        preposition = tokens[means.head]
        verb = tokens[preposition.head]
        if means.dep != "pobj" or means.lemma.lower() not in word_list("contact_means") \
                or preposition.lower not in {"by", "via", "over"} or verb.pos != "VERB":
            continue
        for party in tokens[means.i + 1:]:
            if party.head == means.i and party.dep == "prep" and party.lower in {"with", "to"}:
                fixed = fixed if fixed is not None else list(tokens)
                fixed[party.i] = replace(party, head=verb.i)
                if preposition.dep == "agent" and not any(t.head == verb.i and t.dep == "auxpass" for t in tokens):
                    fixed[preposition.i] = replace(preposition, dep="prep")
    return tokens if fixed is None else tuple(fixed)


def blamed_on_read_on_the_thing(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    from ..events.wordlists import word_list  # here: the events package imports the parse's modules

    fixed: list[Token] | None = None
    for on in tokens:
        thing = tokens[on.head]
        verb = tokens[thing.head]
        if on.lower == "on" and on.dep == "prep" and thing.dep == "dobj" and on.i > thing.i \
                and verb.lemma.lower() in word_list("blaming_verbs"):
            fixed = fixed if fixed is not None else list(tokens)
            fixed[on.i] = replace(on, head=verb.i)
    return tokens if fixed is None else tuple(fixed)


def _root_over_an_interruption(tokens: tuple[Token, ...], verb: Token) -> Token | None:
    """"Okada, who said he regretted the Chinese reaction, called on Beijing": the root noun whose
    relative clause or apposition the verb after its closing comma was hung inside (on "reaction")."""
    if verb.i == 0 or tokens[verb.i - 1].text != ",":
        return None
    ancestor, seen = tokens[verb.head], 0
    while ancestor.head != ancestor.i and seen < len(tokens):
        parent = tokens[ancestor.head]
        if ancestor.dep in {"relcl", "appos"} and parent.dep == "ROOT" and parent.i < ancestor.i < verb.i:
            return parent
        ancestor, seen = parent, seen + 1
    return None


def _after_an_interruption(tokens: tuple[Token, ...], noun: Token, verb: Token) -> bool:
    """"Hochstein, who has been shuttling between Beirut and Jerusalem, called on ...": a verb the tagger
    took for a participle, after a comma closing a relative clause or an apposition on the root noun."""
    return verb.i > 0 and tokens[verb.i - 1].text == "," and any(
        t.head == noun.i and t.dep in {"relcl", "appos"} and t.i < verb.i for t in tokens)


# one syllable closed by a single consonant: a verb so spelled doubles it before -ed and -ing ("hop",
# "hopped"); w, x and y are never doubled ("showed", "fixed", "played")
CLOSED_SYLLABLE = re.compile(r"[^aeiouy]*[aeiou][^aeiouwxy]")
INFLECTIONS = ("ed", "ing")
INFLECTED_TAGS = {"VBD", "VBN", "VBG"}


def silent_e_lemma(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    fixed = None
    for token in tokens:
        if token.tag not in INFLECTED_TAGS:
            continue
        word = token.text.lower()
        stem = next((word[:-len(ending)] for ending in INFLECTIONS if word.endswith(ending)), None)
        if stem is not None and token.lemma == stem and CLOSED_SYLLABLE.fullmatch(stem):
            fixed = fixed if fixed is not None else list(tokens)
            fixed[token.i] = replace(token, lemma=stem + "e")
    return tokens if fixed is None else tuple(fixed)


def title_abbreviation_lemma(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    from .load import title_abbreviations

    titles = title_abbreviations()
    if not any(token.text in titles for token in tokens):
        return tokens
    return tuple(replace(token, lemma=titles[token.text]) if token.text in titles else token for token in tokens)


# the clauses a reported or controlled infinitive hangs from its finite verb by
EMBEDDING_DEPS = {"xcomp", "ccomp", "advcl", "conj"}


def finite_conjunct_of_infinitive(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    fixed: list[Token] | None = None
    for verb in tokens:
        first = tokens[verb.head]
        # "to close its border and cut off oil exports": a past tense spelled as its base form may be one
        if verb.dep != "conj" or verb.tag != "VBD" or first.tag not in {"VB", "VBG"} or first.i > verb.i \
                or verb.lower == verb.lemma or (first.tag == "VBG" and first.dep != "pcomp"):
            continue
        finite = _finite_ancestor(tokens, first)
        if finite is None:
            continue
        fixed = fixed if fixed is not None else list(tokens)
        fixed[verb.i] = replace(verb, head=finite)
        joining = [t for t in tokens[first.i + 1:verb.i] if t.head == first.i and t.dep in {"cc", "punct"}]
        for word in joining[-2:]:  # ", and" before the verb joins it to its new first conjunct
            fixed[word.i] = replace(word, head=finite)
    return tokens if fixed is None else tuple(fixed)


def active_conjunct_of_a_reported_passive(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """"said that 11 people had been killed and 64 wounded, and accused the police", "ordered that
    Abbasi be held in custody and rejected a request": an active past tense with no subject of its
    own, joined to a passive in a reported clause, is the reporting verb's second act (the parse had
    made the people killed the accusers); not an active first conjunct ("said they had fired and
    killed two gunmen": the killing is reported)."""
    fixed: list[Token] | None = None
    for verb in tokens:
        if verb.dep != "conj" or verb.tag != "VBD" or any(
                t.head == verb.i and t.dep in {"nsubj", "nsubjpass", "aux", "auxpass"} for t in tokens):
            continue
        first = tokens[verb.head]
        while first.dep == "conj" and first.head != first.i:
            first = tokens[first.head]  # "had been killed and 64 wounded, and accused": the list's first
        passive = any(t.head == first.i and t.dep == "auxpass" for t in tokens)
        if not passive or first.dep != "ccomp" or first.i > verb.i or tokens[first.head].tag != "VBD":
            continue
        fixed = fixed if fixed is not None else list(tokens)
        fixed[verb.i] = replace(verb, head=first.head)
        joining = [t for t in tokens[first.i + 1:verb.i] if t.head == verb.head and t.dep in {"cc", "punct"}]
        for word in joining[-2:]:  # ", and" before the verb joins it to the reporting verb
            fixed[word.i] = replace(word, head=first.head)
    return tokens if fixed is None else tuple(fixed)


def _finite_ancestor(tokens: tuple[Token, ...], token: Token) -> int | None:
    """The past-tense verb an infinitive's clause hangs from, through up to four clauses; or a
    gerund's, through its preposition ("accused the government of rigging the vote")."""
    for _ in range(4):
        if token.dep not in EMBEDDING_DEPS | {"pcomp", "prep"} or token.head == token.i:
            return None
        token = tokens[token.head]
        if token.tag == "VBD":
            return token.i
    return None


# governors of an infinitive that are more often followed by a purpose than a complement
NOT_COMPLEMENT_GOVERNORS = frozenset({"be", "look", "push", "work"})


def complement_after_a_date(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    fixed: list[Token] | None = None
    for verb in tokens:
        if verb.dep != "advcl" or verb.head >= verb.i:
            continue
        governor = tokens[verb.head]
        to = next((t for t in tokens[governor.i + 1:verb.i] if t.head == verb.i and t.dep == "aux"
                   and t.lower == "to"), None)
        if to is None or governor.lemma not in _complement_governors() \
                or any(t.head == governor.i and t.dep in {"auxpass", "nsubjpass"} for t in tokens):
            continue
        between = tokens[governor.i + 1:to.i]
        if between and any(t.ent_type in TIME_ENTITIES for t in between) \
                and all(t.ent_type in TIME_ENTITIES or t.pos in {"ADP", "PUNCT"} for t in between):
            fixed = fixed if fixed is not None else list(tokens)
            fixed[verb.i] = replace(verb, dep="xcomp")
    return tokens if fixed is None else tuple(fixed)


def _complement_governors() -> frozenset[str]:
    from ..events.wordlists import word_list  # here: the events package imports the parse's modules

    return frozenset((word_list("intent_governors") | word_list("threat_governors") | word_list("refusal_governors")
                      | word_list("attempt_governors")) - NOT_COMPLEMENT_GOVERNORS)


def coordination_read_as_modifier(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    fixed: list[Token] | None = None
    for noun in tokens:
        head = tokens[noun.head]
        if noun.dep not in {"nmod", "compound"} or head.i <= noun.i \
                or head.pos not in {"NOUN", "PROPN"} or head.dep == "ROOT" or head.head == head.i:
            continue
        own = [t for t in tokens[:noun.i] if t.head == noun.i and t.dep in {"amod", "compound"}]
        joined = [t for t in tokens[noun.i + 1:head.i] if t.head == noun.i and t.dep == "cc"]
        adjectives = [t for t in tokens[noun.i + 1:head.i] if t.head == noun.i and t.dep == "conj" and t.pos == "ADJ"]
        if noun.pos != "NOUN" or not own or not joined or len(adjectives) != 1 or adjectives[0].i != head.i - 1:
            continue
        fixed = fixed if fixed is not None else list(tokens)
        fixed[noun.i] = replace(noun, dep=head.dep, head=head.head)
        fixed[head.i] = replace(head, dep="conj", head=noun.i)
        fixed[adjectives[0].i] = replace(adjectives[0], dep="amod", head=head.i)
        for word in tokens[:noun.i]:  # "The" before the first noun is its own
            if word.head == head.i:
                fixed[word.i] = replace(word, head=noun.i)
    return tokens if fixed is None else tuple(fixed)


def noun_read_as_a_clause(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    fixed: list[Token] | None = None
    for noun in tokens:
        verb = tokens[noun.head]
        if noun.dep != "ccomp" or noun.tag not in {"NN", "NNS"} or verb.pos != "VERB" \
                or not _determined(tokens, noun) \
                or any(t.head == verb.i and t.dep in {"dobj", "obj"} for t in tokens) \
                or any(t.head == noun.i and t.dep in {"nsubj", "nsubjpass", "aux", "mark"} for t in tokens):
            continue
        fixed = fixed if fixed is not None else list(tokens)
        fixed[noun.i] = replace(noun, dep="dobj", pos="NOUN")
    return tokens if fixed is None else tuple(fixed)


def rebuttal_read_as_the_root(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    from ..events.wordlists import word_list  # here: the events package imports the parse's modules

    root = next((t for t in tokens if t.head == t.i), None)
    if root is None or root.lemma.lower() not in word_list("reply_verbs"):
        return tokens
    charge = next((t for t in tokens if t.head == root.i and t.dep == "nsubj"
                   and t.lemma.lower() in word_list("accusation_nouns")), None)
    if charge is None:
        return tokens
    said = next((t for t in tokens[:charge.i] if t.head == root.i and t.dep == "ccomp"), None)
    rebutter = next((t for t in tokens if t.head == charge.i and t.dep == "appos" and t.pos in {"PROPN", "NOUN"}),
                    None)
    opening = min([charge.i] + [t.i for t in tokens[:charge.i] if t.head == charge.i])  # "a charge"
    if said is None or rebutter is None or opening == 0 or tokens[opening - 1].text != ",":
        return tokens
    fixed = list(tokens)
    fixed[said.i] = replace(said, dep="ROOT", head=said.i)
    fixed[charge.i] = replace(charge, dep="npadvmod", head=said.i)
    fixed[root.i] = replace(root, dep="relcl", head=charge.i)
    fixed[rebutter.i] = replace(rebutter, dep="nsubj", head=root.i)
    for word in tokens:  # the comma before the rebuttal and the closing full stop
        if word.head == root.i and word.dep == "punct" and (word.i > root.i or word.i < charge.i):
            fixed[word.i] = replace(word, head=said.i)
    return tuple(fixed)


def participle_after_an_attribution(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    from ..events.wordlists import word_list  # here: the events package imports the parse's modules

    fixed: list[Token] | None = None
    for participle in tokens:
        verb = tokens[participle.head]
        if participle.dep != "advcl" or participle.tag != "VBG" or participle.i < verb.i \
                or verb.lemma.lower() not in ATTRIBUTION_VERBS \
                or participle.lemma.lower() not in word_list("result_participles") \
                or any(t.head == participle.i and t.dep in {"nsubj", "nsubjpass", "mark"} for t in tokens):
            continue
        told = next((t for t in tokens[:verb.i] if t.head == verb.i and t.dep == "ccomp"), None)
        # (what a speaker is quoted as saying goes on with the speaker: '"...," he said, urging talks')
        quoted = any(t.text in QUOTE_MARKS for t in tokens[:verb.i])
        if told is None or tokens[participle.i - 1].text != "," or quoted:
            continue
        fixed = fixed if fixed is not None else list(tokens)
        fixed[participle.i] = replace(participle, head=told.i)
    return tokens if fixed is None else tuple(fixed)


def _determined(tokens: tuple[Token, ...], noun: Token) -> bool:
    """Whether a determiner opens the noun's phrase, on the noun or on a modifier before it ("the U.S.
    strikes": 'the' hangs on 'U.S.')."""
    modifiers = {noun.i} | {t.i for t in tokens[:noun.i] if t.head == noun.i and t.dep in {"compound", "amod", "nmod"}}
    return any(t.head in modifiers and t.dep == "det" for t in tokens[:noun.i])


def titled_names_read_as_one(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    fixed: list[Token] | None = None
    for name in tokens:
        head = _name_phrase_head(tokens, name)
        if head is None or name.i + 1 >= head.i or tokens[name.i + 1].dep != "cc" or tokens[name.i + 1].head != name.i:
            continue
        second = [t for t in tokens[name.i + 2:head.i] if t.head == name.i and t.dep == "conj"]
        if len(second) != 1:
            continue
        fixed = fixed if fixed is not None else list(tokens)
        fixed[name.i] = replace(name, dep=head.dep, head=name.i if head.head == head.i else head.head)
        fixed[head.i] = replace(head, dep="conj", head=name.i)
        fixed[second[0].i] = replace(second[0], dep="amod" if second[0].pos == "ADJ" else "compound", head=head.i)
        for word in tokens[:name.i]:  # the first name's title, hung on the second's
            if name.i < word.head <= head.i:
                fixed[word.i] = replace(word, head=name.i)
    return tokens if fixed is None else tuple(fixed)


def _name_phrase_head(tokens: tuple[Token, ...], name: Token) -> Token | None:
    """The person's name a person's name modifies, through the modifiers after it ("Bajwa" in
    "General Bajwa and Afghan President Ashraf Ghani" hung on "Ghani"); None where the name heads its own
    phrase or modifies no name."""
    if name.pos != "PROPN" or name.ent_type != "PERSON":
        return None
    current = name
    for _ in range(len(tokens)):
        if current.dep not in SUBJECT_LIKE | {"amod"} or current.head <= current.i:
            break
        current = tokens[current.head]
    if current is name or current.pos != "PROPN" or current.ent_type != "PERSON":
        return None
    return current


def attribution_read_as_conjunct(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    fixed: list[Token] | None = None
    for verb in tokens:
        if verb.lemma not in ATTRIBUTION_VERBS or verb.tag not in {"VBD", "VBZ", "VBP"} \
                or any(t.head == verb.i and t.dep in SUBJECTS for t in tokens if t.i != verb.i) \
                or not any(t.head == verb.i and t.dep == "ccomp" and t.i < verb.i for t in tokens):
            continue
        commas = [t.i for t in tokens[:verb.i] if t.text == ","]
        if not commas:
            continue
        phrase = range(commas[-1] + 1, verb.i)
        roots = [i for i in phrase if tokens[i].head not in phrase]
        if len(roots) != 1 or tokens[roots[0]].dep != "conj" or tokens[roots[0]].pos not in {"NOUN", "PROPN"} \
                or tokens[roots[0]].head >= commas[-1]:
            continue
        fixed = fixed if fixed is not None else list(tokens)
        fixed[roots[0]] = replace(tokens[roots[0]], dep="nsubj", head=verb.i)
        fixed[commas[-1]] = replace(tokens[commas[-1]], head=verb.i)
    return tokens if fixed is None else tuple(fixed)


def subject_read_as_verb_conjunct(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    fixed: list[Token] | None = None
    for noun in tokens:
        first = tokens[noun.head]
        if noun.dep != "conj" or noun.pos not in {"NOUN", "PROPN"} or first.pos not in {"VERB", "AUX"} \
                or first.i >= noun.i:
            continue
        verb = next((t for t in tokens[noun.i + 1:] if t.tag in FINITE_TAGS), None)
        if verb is None or verb.head != first.i or verb.dep not in {"ccomp", "conj", "dep", "parataxis"} \
                or any(t.head == verb.i and t.dep in SUBJECTS for t in tokens if t.i != verb.i):
            continue
        between = tokens[noun.i + 1:verb.i]
        if any(t.head not in {noun.i, verb.i} and tokens[t.head].head not in {noun.i, verb.i} for t in between):
            continue  # only the noun's own words and the verb's adverbials ("last week") between them
        fixed = fixed if fixed is not None else list(tokens)
        fixed[noun.i] = replace(noun, dep="nsubj", head=verb.i)
        fixed[verb.i] = replace(verb, dep="conj", head=first.i)
    return tokens if fixed is None else tuple(fixed)


def headline_passive_read_as_active(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    from ..events.wordlists import word_list  # here: the events package imports the parse's modules

    if not tokens or tokens[-1].text in {".", "!", "?", '"', "'", "\u201d"}:
        return tokens  # a line that ends as a sentence is prose, where the past tense is active
    fixed: list[Token] | None = None
    for verb in tokens:
        if verb.head != verb.i or verb.tag not in {"VBD", "VBN"} \
                or verb.lemma.lower() not in word_list("headline_passive_verbs"):
            continue
        own = [t for t in tokens if t.head == verb.i and t.i != verb.i]
        subjects = [t for t in own if t.dep == "nsubj"]
        if len(subjects) != 1 or any(t.dep in {"dobj", "obj", "aux", "auxpass", "dative"} for t in own):
            continue
        fixed = fixed if fixed is not None else list(tokens)
        fixed[subjects[0].i] = replace(subjects[0], dep="nsubjpass")
    return tokens if fixed is None else tuple(fixed)


def name_read_as_pronoun(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """"Vice Premier Liu He met Mnuchin": the family name He after a given name the parse hangs on it
    is a name, not the pronoun (Liu He, He Lifeng and He Yafei are China's negotiators)."""
    fixed: list[Token] | None = None
    for token in tokens:
        if token.pos != "PRON" or token.text != "He" or token.i == 0 or not any(
                t.head == token.i and t.dep == "compound" and t.pos == "PROPN" for t in tokens):
            continue
        fixed = fixed if fixed is not None else list(tokens)
        fixed[token.i] = replace(token, pos="PROPN", tag="NNP", lemma="He", ent_type=token.ent_type or "PERSON")
    return tokens if fixed is None else tuple(fixed)


VERB_PREFIXES = ("re", "over", "under", "out", "mis", "with", "fore", "up")


def prefixed_irregular_past(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """"Government forces retook the town": the small model knows "took" but not "retook", which it
    lemmatises as itself and tags a present. A word the model left as its own lemma that is a verb
    prefix before an irregular past (``irregular_pasts``: "took=take") is that verb's past, with the
    prefix ("retake", "mistake", "override")."""
    from ..events.wordlists import word_list  # here: the events package imports the parse's modules

    fixed: list[Token] | None = None
    for token in tokens:
        word = token.text.lower()
        if token.lemma.lower() != word or token.pos != "VERB" \
                or not word.startswith(VERB_PREFIXES):
            continue
        base = _irregular_base(word, _irregular_pasts(word_list("irregular_pasts")))
        if base is not None:
            fixed = fixed if fixed is not None else list(tokens)
            fixed[token.i] = replace(token, lemma=base, tag="VBD")
    return tokens if fixed is None else tuple(fixed)


@cache
def _irregular_pasts(pairs: frozenset[str]) -> dict[str, str]:
    """"took=take", ... as {"took": "take"}, read once."""
    return dict(pair.split("=", 1) for pair in pairs)


def _irregular_base(word: str, pasts: dict[str, str]) -> str | None:
    for prefix in VERB_PREFIXES:
        rest = word[len(prefix):]
        if word.startswith(prefix) and len(rest) > 2 and rest in pasts:
            return prefix + pasts[rest]
    return None


def speaker_act_read_as_reported(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """"Yushchenko's office said Ukraine was ready to allow observers to monitor the pipelines and
    called on Moscow to resume deliveries": the parse joins the speaker's second act to the last verb
    of what was said. A past tense of appeal or judgement (``speaker_follow_verbs``) with no subject,
    joined to a verb of no tense of its own (an infinitive, a gerund) inside a speaker's reported
    clause, is the speaker's; beside a reported act in the past perfect the reported subject still acts
    ("said the protesters had blocked roads and demanded the governor's resignation")."""
    from ..events.wordlists import word_list  # here: the events package imports the parse's modules

    fixed: list[Token] | None = None
    for verb in tokens:
        if verb.dep != "conj" or verb.tag != "VBD" or verb.lemma.lower() not in word_list("speaker_follow_verbs") \
                or tokens[verb.head].tag not in {"VB", "VBG"} \
                or any(t.head == verb.i and t.dep in SUBJECTS for t in tokens if t.i != verb.i):
            continue
        speaker = _reporting_ancestor(tokens, verb.head)
        if speaker is None:
            continue
        fixed = fixed if fixed is not None else list(tokens)
        for word in (t for t in tokens if t.head == verb.head and t.dep == "cc" and t.i < verb.i):
            fixed[word.i] = replace(word, head=speaker)
        fixed[verb.i] = replace(verb, head=speaker)
    return tokens if fixed is None else tuple(fixed)


def _reporting_ancestor(tokens: tuple[Token, ...], start: int) -> int | None:
    """The reporting verb in the past whose "that" clause holds the word at ``start``, if any."""
    current = start
    for _ in range(6):
        token = tokens[current]
        if token.head == current or token.dep not in REPORTED_CLAUSE_DEPS:
            return None  # not through a relative clause or a noun: "X, who had rejected ... and demanded"
        current = token.head
        if token.dep == "ccomp" and tokens[current].lemma.lower() in ATTRIBUTION_VERBS and tokens[current].tag == "VBD":
            return current
    return None


REPORTED_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "acomp", "advcl"})


ATTRIBUTION_VERBS = frozenset({"say", "tell", "add", "report", "confirm", "announce", "state"})
TIME_ENTITIES = {"DATE", "TIME"}
def participle_read_as_modifier(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    fixed = list(tokens)
    for participle in tokens:
        i = participle.i
        if participle.tag != "VBG" or participle.dep != "amod" or i == 0 or tokens[i - 1].text != "," \
                or participle.head <= i:
            continue
        noun = tokens[participle.head]
        verb = tokens[noun.head]
        if noun.dep != "dobj" or verb.pos != "VERB" or verb.i >= i - 1 \
                or any(t.head != noun.i or t.dep not in {"compound", "amod"} for t in tokens[i + 1:noun.i]):
            continue
        fixed[i] = replace(participle, pos="VERB", dep="advcl", head=verb.i)
        fixed[noun.i] = replace(noun, head=i)
        for t in tokens[noun.i + 1:]:
            if t.head == noun.i and (t.dep == "cc" or (t.dep == "conj" and t.tag == "VBG")):
                fixed[t.i] = replace(t, pos="VERB" if t.dep == "conj" else t.pos, head=i)
    return tuple(fixed)


REPAIRS = (past_tense_modifier, past_tense_own_subject, coordinated_verb_read_as_modifier, subject_read_as_modifier,
           headline_comma_subjects, silent_e_lemma, finite_conjunct_of_infinitive, subject_read_as_conjunct,
           date_before_reported_subject, past_tense_on_a_noun_root, complement_after_a_date,
           active_conjunct_of_a_reported_passive, name_read_as_relative_subject, coordination_read_as_modifier,
           titled_names_read_as_one, noun_read_as_a_clause, rebuttal_read_as_the_root,
           participle_after_an_attribution, attribution_read_as_conjunct, subject_read_as_verb_conjunct, headline_passive_read_as_active,
           name_read_as_pronoun, speaker_act_read_as_reported, prefixed_irregular_past,
           contact_means_holding_the_party, blamed_on_read_on_the_thing, title_abbreviation_lemma,
           participle_read_as_modifier)
