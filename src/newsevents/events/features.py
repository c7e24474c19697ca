"""What the event classifier sees of a candidate predicate: features read off the parse.

A candidate is a verb or a noun of a parsed sentence (and, in a title-case headline, a proper
noun, which the small model tags for verbs there). Its features are strings: the word and its
lemma, prefixes that a verb shares with its nominalisation ("condemn"/"condemnation"), its
dependents and governor, the entity types of its arguments, its auxiliaries and the clause
it sits in, and the codes the lexicon knows for the lemma, with or without the lexicon's object
constraints. The lexicon is thus one input among others, not the gate.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..records import Sentence, Token
from . import clauses
from .lexicon import Lexicon

if TYPE_CHECKING:
    from ..actors.kb import ActorKB

CANDIDATE_POS = {"VERB", "NOUN"}
CONTEXT_PREFIX = "sw:"  # a content word of the candidate's sentence (context_word_features)
ARGUMENT_DEPS = {"nsubj", "nsubjpass", "dobj", "obj", "dative", "attr", "prt", "acomp", "xcomp",
                 "ccomp", "oprd", "npadvmod", "advcl", "compound", "amod", "poss", "nmod"}
ACTOR_DEPS = {"nsubj", "nsubjpass", "dobj"}
OWN_WORD_DEPS = {"aux", "auxpass", "neg", "mark", "advmod", "prt", "det"}
CLAUSE_DEPS = {"relcl", "acl", "advcl", "xcomp", "ccomp", "conj", "pcomp", "pobj", "parataxis", "ROOT"}
FURNITURE_WORDS = {"photo", "file", "read", "related", "copyright", "reporting", "editing", "writing",
                   "credit", "caption", "subscribe", "sign", "click", "video", "watch", "advertisement",
                   "getty", "ap", "afp", "reuters", "updated", "published", "image", "images", "pictured"}


# the kinds of party a name in the actor dictionaries stands for: a state (a country, its capital,
# its adjective), an international or non-governmental body, or the role its code ends with
STATE_KINDS = {"country", "capital", "adjective", "metonym"}
KIND_DEPS = ACTOR_DEPS | {"poss", "compound", "amod", "dative"}


class ActorKinds:
    """``kind(sentence, i)``: what kind of party the word at ``i`` names, from the actor dictionaries:
    a role of the agents table ("gunmen" UAF, "troops" MIL, "police" COP, "protesters" CVL), a state
    ("Iraq", "Baghdad", "Iraqi"), or the role or body a named group, organisation or person codes to
    ("Hamas" REB, "NATO" IGO, "Putin" GOV). The classifier reads it beside the word itself, so that
    what one kind of actor does to another carries to words the corpus never paired with the verb
    (militiamen attacking is assault, 18, as gunmen attacking is; an army attacking is fighting, 19)."""

    def __init__(self, kb: "ActorKB"):
        from ..actors.kb import normalize

        self.kb = kb
        self.normalize = normalize

    def kind(self, sentence: Sentence, i: int) -> str | None:
        token = sentence.tokens[i]
        if token.pos == "PRON":
            antecedent = clauses.pronoun_antecedent(sentence, i)
            return None if antecedent is None else self.kind(sentence, antecedent)
        if token.pos not in {"NOUN", "ADJ", "PROPN"}:
            return None
        agent = self.kb.agents.get(token.lemma.lower())
        if agent is not None:
            return agent.role or agent.sector or "CVL"
        if token.pos == "NOUN":
            return None
        words = [c.i for c in sentence.children(i, {"compound"}) if c.pos == "PROPN" and c.i < i] + [i]
        for start in dict.fromkeys((words[0], i)):
            text = " ".join(sentence.tokens[k].text for k in range(start, i + 1))
            entries = self.kb.lookup(self.normalize(text))
            if entries:
                return _entry_kind(entries[0].kind, entries[0].code)
        return None


def subject_kind(features: tuple[str, ...] | list[str]) -> str | None:
    """The kind of party a candidate's subject (or a passive's by phrase) names, from its features."""
    return next((f.split("=", 1)[1] for f in features if f.startswith(("k:nsubj=", "k:agent="))), None)


def _entry_kind(kind: str, code: str) -> str:
    if kind in STATE_KINDS and len(code) == 3:
        return "STATE"
    if code.startswith("IGO") or code.startswith("NGO"):
        return code[:3]
    return code[3:6] or "STATE"


@dataclass(frozen=True, slots=True)
class CandidateFeatures:
    """The features of one candidate token."""

    index: int
    features: tuple[str, ...]


class FeatureExtractor:
    """``extract(sentence) -> [CandidateFeatures]`` for every candidate predicate of the sentence."""

    def __init__(self, lexicon: Lexicon, statements: bool = False, kinds: ActorKinds | None = None,
                 context_words: bool = False):
        """``statements``: the verbs of bare statements are candidates too (models trained so say
        so in their metadata, ``statement_candidates``); ``kinds``: the kinds of party the
        candidate's arguments name (models trained with them say ``actor_kinds``);
        ``context_words``: the sentence's content words are features of each candidate (models
        trained with them say ``context_words``)."""
        self.lexicon = lexicon
        self.statement_verbs = frozenset() if statements else statement_verbs(lexicon)
        self.kinds = kinds
        self.context_words = context_words

    def candidates(self, sentence: Sentence) -> list[int]:
        """Verbs and nouns (proper nouns too in a title-case headline), except, for models trained
        without them, the verbs whose only reading is a bare statement ("said", "told")."""
        headline = is_title_case(sentence)
        return [t.i for t in sentence.tokens
                if (t.pos in CANDIDATE_POS or (headline and t.pos == "PROPN" and t.tag.startswith(("NNP", "VB")))
                    or t.tag in {"VBD", "VBN", "VBG", "VBZ", "VBP"} and t.pos != "AUX")
                and not (t.pos == "VERB" and t.lemma in self.statement_verbs)]

    def extract(self, sentence: Sentence) -> list[CandidateFeatures]:
        context = _sentence_features(sentence)
        if self.context_words:
            context += context_word_features(sentence)
        return [CandidateFeatures(i, tuple(self.features(sentence, i)) + context) for i in self.candidates(sentence)]

    def features(self, sentence: Sentence, i: int) -> list[str]:
        token = sentence.tokens[i]
        found = _word_features(token)
        found += _window_features(sentence, token)
        found += _governor_features(sentence, token)
        found += _dependent_features(sentence, token)
        found += _clause_features(sentence, token)
        found += self._lexicon_features(sentence, token)
        if self.kinds is not None:
            found += self._kind_features(sentence, token)
        return found

    def _kind_features(self, sentence: Sentence, token: Token) -> list[str]:
        """The kinds of party its subject, object, by phrase and modifiers name, alone and joined
        with the lemma: "attack|nsubj=UAF", "attack|dobj=STATE"."""
        assert self.kinds is not None
        found = []
        for child in sentence.children(token.i):
            dep, heads = child.dep, [child.i]
            if dep == "agent":
                heads = [obj.i for obj in sentence.children(child.i, {"pobj"})]
            elif dep == "prep":
                dep, heads = f"prep:{child.lower}", [obj.i for obj in sentence.children(child.i, {"pobj"})]
            elif dep not in KIND_DEPS or (dep in {"compound", "amod"} and token.pos != "NOUN"):
                continue
            for head in heads:
                kind = self.kinds.kind(sentence, head)
                if kind is not None:
                    found += [f"k:{dep}={kind}", f"l+k:{dep}={token.lemma}|{kind}"]
        if token.pos == "VERB" and not any(f.startswith(("k:nsubj=", "k:agent=")) for f in found):
            # a subject the verb shares ("threatened to strike", "met and signed") or names by a
            # pronoun ("Iran said it would retaliate"): the kind of the party it stands for
            dep = "agent" if clauses.is_passive(sentence, token.i) else "nsubj"  # a passive's: its doer
            for shared in clauses.subjects(sentence, token.i)[:1]:
                kind = self.kinds.kind(sentence, shared)
                if kind is not None:
                    found += [f"k:{dep}={kind}", f"l+k:{dep}={token.lemma}|{kind}"]
        if token.pos == "NOUN" and token.dep in {"dobj", "pobj"} and token.head != token.i:
            # "gunmen launched an attack", "troops took part in the fighting": who governs the noun
            governor = sentence.tokens[token.head]
            if governor.dep == "prep" and governor.head != governor.i:
                governor = sentence.tokens[governor.head]
            for subject in sentence.children(governor.i, {"nsubj"}):
                kind = self.kinds.kind(sentence, subject.i)
                if kind is not None:
                    found += [f"k:gsubj={kind}", f"l+k:gsubj={token.lemma}|{kind}"]
        return found

    def _lexicon_features(self, sentence: Sentence, token: Token) -> list[str]:
        """The lexicon's codes for the lemma: every entry (its object constraint relaxed) and the
        entries whose object or particle the sentence satisfies."""
        pos = "VERB" if token.pos in {"VERB", "AUX"} or token.tag.startswith("VB") else "NOUN"
        entries = self.lexicon.entries(pos, token.lemma) or self.lexicon.entries(pos, token.lower)
        if not entries and pos == "NOUN":
            entries = self.lexicon.entries("VERB", token.lemma)  # a conversion: "the raid", "the crackdown"
        if not entries:
            return ["lex=none"]
        objects = _object_lemmas(sentence, token.i)
        particle = next((c.lower for c in sentence.children(token.i, {"prt"})), "")
        # a particle that no entry of the lemma lists makes another verb ("the talks broke down",
        # "hit back at critics"): the lemma's readings are then kept apart, for the model to weigh
        # as a phrasal verb's
        known = not particle or any(e.particle == particle for e in entries)
        prefix = "lex" if known else "prtlex"
        found = {f"{prefix}root={e.code[:2]}" for e in entries}
        found |= {f"{prefix}code={e.code}" for e in entries}
        fitting = [e for e in entries if e.particle == particle and (not e.objects or e.objects & objects)]
        found |= {f"lexfit={e.code[:2]}" for e in fitting}
        found |= {f"lexobj={e.code[:2]}" for e in fitting if e.objects}
        if len({e.code[:2] for e in entries}) == 1:
            found.add("lexunique")
        return sorted(found)


def statement_verbs(lexicon: Lexicon) -> frozenset[str]:
    """Verbs whose every lexicon reading is the bare statement 010 ("say", "tell", "stress")."""
    return frozenset(lemma for (pos, lemma), entries in lexicon.by_key.items()
                     if pos == "VERB" and entries and all(e.code == "010" for e in entries))


def is_title_case(sentence: Sentence) -> bool:
    """'Rebels Ambush Army Convoy in Kivu': most words capitalised, as in a headline."""
    words = [t for t in sentence.tokens if t.text[:1].isalpha() and len(t.text) > 3]
    return len(words) >= 3 and sum(t.text[0].isupper() for t in words) >= 0.8 * len(words)


def _word_features(token: Token) -> list[str]:
    lower, lemma = token.lower, token.lemma
    found = [f"w={lower}", f"l={lemma}", f"pos={token.pos}", f"tag={token.tag}", f"dep={token.dep}",
             f"suf={lower[-3:]}", f"pre4={lemma[:4]}", f"pre5={lemma[:5]}", f"l+pos={lemma}|{token.pos}"]
    if len(lemma) > 6:
        found.append(f"pre6={lemma[:6]}")
    if token.ent_type:
        found.append(f"ent={token.ent_type}")
    return found


def _window_features(sentence: Sentence, token: Token) -> list[str]:
    """The word on either side, whatever the parse says, which a misparse hides from the governor
    and dependent features: "went on strike", "said the". One each side: the second word is the
    writer's phrasing more than the act's (it gained on one pair of held-out files and lost on the
    other: docs/coding.md, "Neighbouring words")."""
    found = []
    for offset in (-1, 1):
        j = token.i + offset
        if 0 <= j < len(sentence.tokens):
            found.append(f"win{offset:+d}={sentence.tokens[j].lower}")
    return found


def _governor_features(sentence: Sentence, token: Token) -> list[str]:
    if token.head == token.i:
        return ["root"]
    head = sentence.tokens[token.head]
    found = [f"hl={head.lemma}", f"hdep={token.dep}^{head.lemma}", f"hpos={token.dep}^{head.pos}"]
    if token.dep == "pobj" and head.head != head.i:
        # "the attack on", "talks with": the noun the preposition hangs from, and the preposition
        above = sentence.tokens[head.head]
        found += [f"pobj={head.lower}^{above.lemma}", f"pobjof={above.pos}"]
    if token.dep in {"xcomp", "ccomp"} and head.head != head.i:
        above = sentence.tokens[head.head]
        found.append(f"gov2={above.lemma}")
    return found


def _dependent_features(sentence: Sentence, token: Token) -> list[str]:
    found = []
    for child in sentence.children(token.i):
        dep = child.dep
        if dep in OWN_WORD_DEPS:
            found.append(f"{dep}={child.lower}")
        elif dep == "prep":
            found.append(f"prep={child.lower}")
            found.append(f"l+prep={token.lemma}|{child.lower}")
            for obj in sentence.children(child.i, {"pobj"}):
                found.append(f"prep={child.lower}:{obj.ent_type or obj.pos}")
                found.append(f"prep={child.lower}:{obj.lemma}")
        elif dep == "agent":  # a passive's "by" phrase: who or what did it ("by a roadside bomb", "by police")
            found.append("c=agent")
            for obj in sentence.children(child.i, {"pobj"}):
                found.append(f"agent={obj.ent_type or obj.pos}")
                found.append(f"agent={obj.lemma}")
        elif dep in ARGUMENT_DEPS:
            found.append(f"c={dep}")
            found.append(f"c={dep}:{child.lemma}")
            found.append(f"c={dep}:{child.ent_type or child.pos}")
            if dep in {"dobj", "obj", "nsubjpass", "prt"}:
                found.append(f"l+obj={token.lemma}|{child.lemma}")
            if dep in ACTOR_DEPS:  # the same verb is another act by another kind of actor: a state
                # "protested" (a complaint, 114), a crowd protested (a demonstration, 141)
                found.append(f"l+{dep}={token.lemma}|{child.ent_type or child.pos}")
    if clauses.is_passive(sentence, token.i):
        found.append("passive")
    return found


def _clause_features(sentence: Sentence, token: Token) -> list[str]:
    mood = clauses.mood(sentence, token.i)
    found = [f"mood={m}" for m in mood.aux_modes]
    if mood.refused:
        found.append("mood=refused")
    if clauses.is_background(sentence, token.i):
        found.append("background")
    if clauses.reporting_verb(sentence, token.i) is not None:
        found.append("reported")
    # the chain of clause links up to the root: "relcl", "advcl>ccomp"
    links, current = [], token.i
    for _ in range(4):
        here = sentence.tokens[current]
        if here.head == current:
            break
        if here.dep in CLAUSE_DEPS:
            links.append(here.dep)
        current = here.head
    found.append("path=" + ">".join(links[:3]))
    if not clauses.subjects(sentence, token.i) and token.pos == "VERB":
        found.append("nosubject")
    return found


def _object_lemmas(sentence: Sentence, i: int) -> set[str]:
    objects = clauses.passive_patients(sentence, i) if clauses.is_passive(sentence, i) else \
        clauses.direct_objects(sentence, i)
    lemmas = {sentence.tokens[o].lemma for o in objects}
    for o in objects:
        lemmas.update(sentence.tokens[j].lemma for j in clauses.preposition_objects(sentence, o, "of"))
    return lemmas


def sentence_words(sentence: Sentence) -> list[str]:
    """The content words of a sentence, lower-cased ("striker", "shot", "corner"): what the sentence
    head reads to tell a report of acts from a match report or a sales figure. Not its function
    words and punctuation, which tell the corpus's writing style rather than its subject (a head
    that read them vetoed more sentences of other writers' news that report acts: docs/coding.md)."""
    return [word for word in _content_words(sentence) if word]


def _content_words(sentence: Sentence) -> list[str | None]:
    """Each token's lower-cased form where it is a content word, else None (keeps the positions)."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return [t.lower if len(t.lower) > 1 and t.lower.isalpha() and t.lower not in STOP_WORDS else None
            for t in sentence.tokens]


def context_word_features(sentence: Sentence) -> tuple[str, ...]:
    """The sentence's content words, and each pair of them side by side, as features of every
    candidate in it: what the story is about, which a candidate's own neighbours often do not say
    ("fired" beside "striker" and "goalkeeper", or beside "troops" and "rebels"; "cut" in a sales
    report or a budget dispute). A pair says what neither word says alone ("air strike", "toy
    factory", "peace talks")."""
    content = _content_words(sentence)
    pairs = {f"{first}_{second}" for first, second in zip(content, content[1:]) if first and second}
    return tuple(sorted({CONTEXT_PREFIX + word for word in {w for w in content if w} | pairs}))


def _sentence_features(sentence: Sentence) -> tuple[str, ...]:
    """What the whole line says about itself: a headline, a caption, a byline."""
    words = [t.lower for t in sentence.tokens if t.text.strip()]
    found = []
    if is_title_case(sentence):
        found.append("s:titlecase")
    if words and words[0] in FURNITURE_WORDS:
        found.append(f"s:first={words[0]}")
    found += sorted({f"s:has={w}" for w in words if w in FURNITURE_WORDS})
    if words and words[-1] not in {".", "!", "?", '"', "'", "\u201d"}:
        found.append("s:noperiod")
    found.append(f"s:len={min(len(words) // 10, 5)}")
    return tuple(found)
