"""Resolve the noun phrase at a token to an actor code as of the story date.

Order of evidence, most specific first: a known or learned person, a group or organisation,
a country or its capital used as a metonym, a generic agent qualified by a country
("US officials" USAGOV), then pronouns and descriptions that refer back through the
article's memory ("he", "his country", "the movement").
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import partial
from typing import Any, Callable

from ..records import QUOTE_MARKS, ActorRef, Sentence, Span, Token
from .kb import MAX_PHRASE_TOKENS, ActorKB, Agent, KBEntry, NamePrefixes, normalize, region_codes, surname_keys

EXCLUDED_DEPS = {"relcl", "acl", "appos", "conj", "cc", "punct", "advcl", "ccomp", "prep", "case_"}
TRANSNATIONAL_ROLES = {"NGO"}  # agents CAMEO codes by their kind, not a country, when none is named
COUNTRY_PREPS = {"across", "for", "from", "in", "of", "throughout"}
PERSON_PRONOUNS = {"he", "him", "his", "she", "her", "hers"}
PLURAL_PRONOUNS = {"they", "them", "their", "theirs"}
THING_PRONOUNS = {"it", "its"}
ALL_PRONOUNS = frozenset(PERSON_PRONOUNS | PLURAL_PRONOUNS | THING_PRONOUNS)
DISPUTE_PARTY_LEMMAS = frozenset({"party", "faction"})  # "all parties", "the warring factions": a dispute's sides
FIRST_PERSON_PRONOUNS = {"i", "me", "my", "we", "us", "our"}
PLURAL_FIRST_PERSON = frozenset({"we", "us", "our"})
ISSUER_KINDS = {"institution", "organization", "country", "metonym", "capital", "generic"}  # who issues a statement
ORG_KINDS = {"organization", "group"}
DESCRIBED_AGAIN_MENTIONS = 30  # how far back "the officers" looks for the officers described before
OFFICIAL_ROLES = {"GOV", "MIL", "LEG", "JUD", "COP", "SPY"}
POLITICAL_ROLES = {"GOV", "OPP", "PTY"}  # the roles a party's standing moves between
HYPHENATED_NAME_KINDS = frozenset({"group", "organization", "person"})  # no part of "Rendi-Wagner"
# the vocabulary the rules below steer by, in events/data/word_lists.tsv (each list's note says what for)
RESOLVER_WORD_LISTS = ("group_descriptions", "country_bound_agents", "organisation_head_agents", "armed_site_nouns",
                       "country_descriptions", "relational_nouns", "owed_agents", "collective_nouns",
                       "location_nouns",
                       "headcount_nouns", "org_descriptions", "bloc_descriptions", "government_titles",
                       "former_words", "institution_agents", "body_voice_agents", "envoy_agents", "speaker_lemmas",
                       "fleeing_verbs", "follower_nouns", "allegiance_adjectives", "military_weapon_nouns",
                       "owning_participles",
                       "community_agents", "company_name_words", "head_offices", "principal_offices",
                       "junior_office_words", "backing_participles", "leading_participles", "generic_region_names",
                       "quoting_verbs", "name_particles", "armed_group_name_words", "agent_noun_endings",
                       "thing_noun_endings", "partitive_words", "dispute_side_quantifiers", "noun_only_agents",
                       "reply_verbs", "pair_person_nouns", "pair_state_nouns", "pair_side_nouns",
                       "visiting_force_agents", "honorific_titles", "body_seats",
                       "appeal_governors", "causative_governors", "kin_nouns", "staff_nouns", "channel_nouns",
                       "opposition_words", "governing_words", "armed_kind_modifiers", "foreign_qualifiers",
                       "foreign_office_words", "go_between_nouns", "shared_body_names",
                       "armed_group_descriptions", "camp_nouns", "pairing_adjectives", "protest_modifiers")
HYPHENS = {"-", "\u2013", "\u2010"}
PLACE_LIKE_ENTITIES = {"GPE", "LOC", "FAC", "NORP"}  # the small model tags some towns NORP ("Kidal")
UNNAMED_RESPONSIBLE = KBEntry(code="---UAF", name="", kind="generic", country="---", origin="those responsible")
PHRASE_HEAD_POS = {"NOUN", "PROPN", "PRON"}
# where a phrase names a party to what is told (ArticleMemory.parties), not a place in passing
PARTY_DEPS = {"nsubj", "nsubjpass", "dobj", "dative", "poss"}
PARTY_PREPOSITIONS = {"with", "against", "between", "by", "to", "on", "from"}
OWNER_PREPOSITIONS = {"of", "from"}  # "ministers of Armenia and Azerbaijan", "troops from Russia and Belarus"
NOT_PHRASE_HEADS = {"compound", "amod", "nmod", "poss", "det", "npadvmod", "appos", "nummod", "quantmod"}
LOCATIVE_PREPS = {"in", "at", "near", "inside", "outside", "across", "throughout", "around", "within"}
OBJECT_DEPS = {"dobj", "dative"}
# "$100 million in aid", "40 percent": an amount is no crowd ("Thousands protested" is)
AMOUNT_ENTITIES = {"MONEY", "PERCENT", "QUANTITY"}
UNITED_NATIONS = "IGOUNO"
BUSINESS = "BUS"
PEACEKEEPING = "PKO"  # CAMEO's peacekeepers, after an organisation's code (IGOUNOPKO)
ETHNIC_WORDS = {"ethnic"}  # "ethnic Uzbeks", "ethnic Albanians": a people, not its state
INTERNATIONAL_PREFIXES = ("IGO", "NGO")  # codes of international bodies, whose heads a bare title may name
# the kinds of the last two parties "the two ..." and "both ..." may stand for, by their head word
SINGLE_OF_A_PAIR = frozenset({"each", "either"})  # "each side", "either side": one party of the pair, each in turn
PAIR_KINDS = ("person", "state", "side")
PLACE_HOW = "place of "  # a place a location noun names ("Iraqi towns"): it stands for its country, acted upon
COMPASS_HALVES = frozenset({"North", "South"})  # "the North", "the South" of a divided country
CIVILIAN_ROLES = frozenset({"CVL"})  # a ruling group's activists or supporters are the group
ARMED_ROLES = frozenset({"REB", "INS", "UAF"})  # a ruling group's fighters or gunmen are its armed forces
REBEL_ROLES = frozenset({"REB", "INS"})  # a rebel leader's followers are his group
DESCRIBED_KINDS = frozenset({"generic", "institution", "group"})  # what "the gunmen", "the officers" name again
PAIR_HOW = "pair: "  # how such a phrase was resolved: "pair: 'both sides' -> the army and the rebels"
SIDE_KINDS = frozenset({"country", "metonym", "group", "institution", "generic"})
ARMED_SIDE_ROLES = frozenset({"MIL", "REB", "INS", "UAF", "PRM"})  # what "the warring parties" may be
NOT_SIDE_ROLES = frozenset({"CVL", "REF", "MED", "HLH", "EDU", "BUS", "AGR", "LAB"})  # crowds, not sides


@dataclass(slots=True)
class ArticleMemory:
    """What the article has said so far: resolved actors in order, and names learned from titles."""

    story_date: dt.date | None = None
    home: str = ""  # the dateline's country: where the story is filed
    mentions: list[ActorRef] = field(default_factory=list)
    subjects: list[ActorRef] = field(default_factory=list)  # the salient ones: grammatical subjects
    parties: list[ActorRef] = field(default_factory=list)  # subjects, objects and owners: not places in passing
    learned: dict[str, ActorRef] = field(default_factory=dict)
    sentence_actors: dict[int, ActorRef] = field(default_factory=dict)  # this sentence's, by head token
    plural: set[int] = field(default_factory=set)  # where mentions named more than one (plural or coordinated)
    unknown_people: list[int] = field(default_factory=list)  # where people no dictionary knows were subjects

    def remember(self, actor: ActorRef) -> None:
        self.mentions.append(actor)

    def copy(self) -> "ArticleMemory":
        """An independent copy: the records are frozen, the lists and maps are new."""
        return ArticleMemory(story_date=self.story_date, home=self.home, mentions=list(self.mentions),
                             subjects=list(self.subjects),
                             parties=list(self.parties), learned=dict(self.learned),
                             sentence_actors=dict(self.sentence_actors), plural=set(self.plural),
                             unknown_people=list(self.unknown_people))

    def learn(self, name: str, actor: ActorRef) -> None:
        parts = name.split()
        keys = {normalize(name)} | ({normalize(parts[-1])} if len(parts) > 1 else set())
        for key in keys:
            if key:
                self.learned[key] = actor

    def last(self, kinds: set[str], salient: bool = False, exclude: ActorRef | None = None,
             plural: bool = False, before: int | None = None,
             unlike: frozenset[str] = frozenset()) -> ActorRef | None:
        """The latest actor of one of ``kinds`` (among subjects if ``salient``), other than ``exclude``
        and than the parties (codes) ``unlike`` and their states, named before the character offset ``before``; if
        ``plural``, one named by a plural ("police", "rebels") or among several ("Britain and Germany"),
        or a group ("the Taliban ... they"), not one named in the singular ("France", "NATO", "the
        rights group")."""
        for actor in reversed(self.subjects if salient else self.mentions):
            if before is not None and actor.span is not None and actor.span.start >= before:
                continue  # a later phrase of the sentence (the coder looks up with the sentence's memory)
            if actor.code in unlike or (len(actor.code) == 3 and f"{actor.code}GOV" in unlike):
                continue  # the party acted on itself, or its government ("summoned the Iranian charge d'affaires")
            if actor.kind in kinds and not (exclude is not None and (actor is exclude or actor.span == exclude.span)) \
                    and not (plural and actor.kind != "group" and not self.named_several(actor)):
                return actor
        return None

    def note_number(self, actor: ActorRef, sentence: Sentence, token: Token) -> None:
        """Remember whether the mention names more than one: a plural noun or one of coordinated names."""
        coordinated = token.dep == "conj" or any(c.dep == "conj" for c in sentence.children(token.i))
        if actor.span is not None and (coordinated or token.tag in {"NNS", "NNPS"}):
            self.plural.add(actor.span.start)

    def named_several(self, actor: ActorRef) -> bool:
        return actor.span is not None and actor.span.start in self.plural

    def visitor(self, actor: ActorRef) -> bool:
        """Whether a country speaks in a story about another: the dateline's country, named more
        often so far ("MOGADISHU - Al Shabaab attacked a base ... The United States condemned the
        attack. The AU said it would help the government": Somalia's government, not Washington's)."""
        if not self.home or actor.country == self.home:
            return False
        named = [a.country for a in self.mentions]
        return named.count(self.home) > named.count(actor.country)


@dataclass(frozen=True, slots=True)
class Match:
    start: int  # token indices in the sentence, end exclusive
    end: int
    entry: KBEntry


class ActorResolver:
    """``resolver(sentence, head, memory) -> ActorRef | None`` for the phrase headed at ``head``."""

    def __init__(self, kb: ActorKB, places: Callable[[str], str | None] | None = None):
        """``places`` maps a place name to its country ("West Bengal" -> IND), so that agents
        qualified by a province or city ("the West Bengal government") get a country."""
        from ..events.wordlists import word_list  # here: the events package imports this one

        self.kb = kb
        self.places = places
        self.name_prefixes = NamePrefixes(kb.phrases)
        self.words = {name: word_list(name) for name in RESOLVER_WORD_LISTS}
        # verbs whose object does what their complement says ("urged Iran to release"): read once, not per pronoun
        self.object_control = self.words["appeal_governors"] | self.words["causative_governors"]
        # capitals that seat a body, with the start of its code ("brussels=IGOEUR"): read once, not per capital
        self.body_seats = {seat: code.upper() for seat, code in
                           (entry.split("=") for entry in self.words["body_seats"])}
        # a body's name other states' bodies share, with those states ("congress" -> {"PER", ...})
        self.shared_bodies: dict[str, set[str]] = {}
        for entry in self.words["shared_body_names"]:
            name, state = entry.split("=")
            self.shared_bodies.setdefault(name, set()).add(state.upper())

    def resolve_sentence(self, sentence: Sentence, memory: ArticleMemory) -> dict[int, ActorRef]:
        """Resolve every noun phrase of the sentence, left to right, so that pronouns and
        descriptions see the actors named before them. Returns ``{head token: actor}``."""
        found: dict[int, ActorRef] = {}
        memory.sentence_actors = found
        for token in sentence.tokens:
            if is_phrase_head(sentence, token):
                actor = self(sentence, token.i, memory)
                if actor is not None:
                    found[token.i] = actor
        return found

    def __call__(self, sentence: Sentence, head: int, memory: ArticleMemory) -> ActorRef | None:
        token = sentence.tokens[head]
        if token.lower == "those" and any(c.lemma == "responsible" for c in sentence.children(head, {"amod"})):
            # "vowed to punish those responsible", "those responsible would be brought to justice":
            # the perpetrators, not named
            return self._actor(sentence, phrase_tokens(sentence, head), "---UAF", UNNAMED_RESPONSIBLE,
                               how="those responsible: perpetrators not named", kind="generic")
        if token.dep == "pobj" and sentence.tokens[token.head].lower == "on" \
                and token.lemma in self.words["channel_nouns"]:
            return None  # "warned on television", "said on Twitter": a channel, not a party
        whole = self._partitive_whole(sentence, token)
        if whole is not None:
            return self._part_of(sentence, head, whole, memory)
        if token.pos == "PRON" or (token.lower in ALL_PRONOUNS and token.pos != "PROPN"):  # not "Liu He"
            return self._pronoun(sentence, token, memory)
        span = phrase_tokens(sentence, head)
        if self.international_waters(sentence, head):
            return None  # "the South China Sea", "the Black Sea": no China's, no party
        matches = self.find_matches(sentence, span, memory.story_date)
        actor = None if matches else (self._organisation_by_its_head(sentence, head, span, memory)
                                      or self._group_by_its_word(sentence, head, span, memory)
                                      or self._described_again(sentence, head, span, memory))
        if actor is None:
            actor = self._named_armed_group(sentence, head, span, matches)
        if actor is None:
            actor = self._from_matches(sentence, head, span, matches, memory)
        if actor is not None and actor.code.endswith("UAF") and self._of_a_named_group(sentence, head):
            # "Gunmen from the Maute group": armed men of a group the text names, no unidentified force
            actor = replace(actor, code=actor.code[:-3] + "REB", sectors=_roles(actor.code[:-3] + "REB"),
                            how=f"{actor.how}; of a named group")
        if actor is not None and actor.code.startswith("---") and self._bare_group_description(sentence, head, span):
            # "Islamic State seized Mosul ... the militants stormed the consulate": the group named before,
            # not militants of no known group
            described = self._description(sentence, token, span, matches, memory)
            actor = described if described is not None and self._fits_armed_word(token, described) else actor
        if actor is None:
            actor = self._learned(sentence, head, span, memory)
        if actor is None:
            actor = self._surname(sentence, head, span, memory)
        if actor is None:
            actor = self._titled_by_apposition(sentence, head, memory)
        if actor is None:
            actor = self._description(sentence, token, span, matches, memory)
        if actor is None:
            actor = self._company_name(sentence, head, span, memory)
        if actor is None:
            actor = self._named_place(sentence, head, span)
        if actor is None:
            actor = self._the_west(sentence, head, span)
        if actor is None:
            actor = self._compass_half(sentence, head, span, memory)
        if actor is not None and actor.how.startswith("capital "):
            actor = self._seat_of_a_body(sentence, head, actor, memory)
        if actor is not None and actor.code.startswith("---"):
            actor = self._country_from_apposition(sentence, token, actor, memory)
        if actor is not None and _ethnic(sentence, span) and actor.code[:3] in self.kb.countries:
            # "attacked ethnic Uzbeks in Osh": people of a nation who live in another country are its
            # civilians, of the country the story and the place give them (not Uzbekistan)
            role = actor.code[3:] or "CVL"  # "ethnic Albanian rebels" stay rebels
            actor = replace(actor, code="---" + role, country="---", sectors=_roles("---" + role), kind="generic",
                            how=f"ethnic '{actor.text}': of the country they live in")
        if actor is not None:
            named = any(m.entry.kind == "person" for m in matches)  # the phrase names a known person
            actor = self._learn_from_apposition(sentence, head, actor, memory, named)
            self._learn_surname(sentence, matches, head, actor, memory)
            memory.remember(actor)
            memory.note_number(actor, sentence, token)
            if token.dep in {"nsubj", "nsubjpass"}:
                memory.subjects.append(actor)
            if _in_party_position(sentence, token):
                memory.parties.append(actor)
                memory.parties.extend(self._parties_of_coordinated_adjectives(sentence, token, actor, memory))
        elif token.pos == "PROPN" and token.dep in {"nsubj", "nsubjpass"} and (
                token.ent_type == "PERSON" or _lone_untagged_name(sentence.tokens, head)):
            memory.unknown_people.append(token.idx)  # someone the dictionaries do not know, whom "she" may mean
        return actor

    def international_waters(self, sentence: Sentence, head: int) -> bool:
        tokens = sentence.tokens
        if self.places is None or tokens[head].pos != "PROPN":
            return False
        start = _name_start(tokens, head)
        return self.places(surface_text(tokens, start, head + 1)) == ""

    @staticmethod
    def _organisation_by_its_head(sentence: Sentence, head: int, span: list[int],
                                  memory: ArticleMemory) -> ActorRef | None:
        """"the council" after the U.N. Security Council, "the agency" after the International Atomic
        Energy Agency, "the court" after the International Criminal Court: "the" and the last word of
        a body's name stand for the body the story last named so (not a generic council of the
        country in the story)."""
        tokens = sentence.tokens
        token = tokens[head]
        span = [i for i in span if tokens[i].dep != "case"]  # "the agency's inspectors"
        modifiers = [tokens[i] for i in span if i != head][1:]
        # "The Commission" after the European Commission: a capitalised head alone is the same body
        capitalised = token.tag == "NNP" and not modifiers
        if token.tag != "NN" and not capitalised or tokens[span[0]].lower != "the" or span[-1] != head \
                or any(t.pos != "ADJ" for t in modifiers):
            return None  # "the (nuclear) agency", not "the student council"
        for earlier in reversed(memory.mentions):
            # a body's own name, not an armed group's ("the army" after the National Liberation Army
            # is the state's) nor a description ("the militant group")
            if earlier.kind == "organization" and earlier.name and earlier.name.split()[-1].lower() == token.lower:
                text = surface_text(tokens, span[0], head + 1)
                return replace(earlier, text=text, span=_span(tokens, span[0], head + 1),
                               how=f"'{text}' -> {earlier.name or earlier.text}, named before")
        return None

    @staticmethod
    def _group_by_its_word(sentence: Sentence, head: int, span: list[int], memory: ArticleMemory) -> ActorRef | None:
        """"the Tigers" after the Liberation Tigers of Tamil Eelam (or "Tamil Tiger rebels"): "the" and a
        capitalised plural that is a word of the name an armed group was named by stand for it."""
        tokens = sentence.tokens
        token = tokens[head]
        if token.tag not in {"NNPS", "NNS"} or not token.text[:1].isupper() or span != [head - 1, head] \
                or tokens[span[0]].lower != "the":
            return None
        singular = token.text.removesuffix("s")
        for earlier in reversed(memory.mentions):
            words = f"{earlier.name} {earlier.text}".split()
            if earlier.kind == "group" and (token.text in words or singular in words):
                text = surface_text(tokens, span[0], head + 1)
                return replace(earlier, text=text, span=_span(tokens, span[0], head + 1),
                               how=f"'{text}' -> {earlier.name or earlier.text}, named before")
        return None

    @staticmethod
    def _described_again(sentence: Sentence, head: int, span: list[int], memory: ArticleMemory) -> ActorRef | None:
        """"Four Iranian intelligence officers ... the officers", "three Russian diplomats ... the
        diplomats", "Hamas gunmen ... the gunmen": "the" and the head noun of a party of a named country
        or group the story described before stand for it (not for the country of the event's place, nor
        an unnamed perpetrator)."""
        tokens = sentence.tokens
        token = tokens[head]
        words = [tokens[i] for i in span if tokens[i].dep != "case"]
        if token.pos != "NOUN" or words[0].lower != "the" or any(t.pos not in {"ADJ", "NUM"} for t in words[1:-1]) \
                or words[-1].i != head:
            return None
        for earlier in list(reversed(memory.mentions))[:DESCRIBED_AGAIN_MENTIONS]:
            said = earlier.text.lower().split()
            # (not "the army" after the Arakan Army: a word of a group's own name is no description of it)
            if earlier.kind in DESCRIBED_KINDS and not earlier.code.startswith("---") \
                    and len(said) > 1 and said[-1] == token.lower and said[0] != "the" \
                    and not (earlier.kind == "group" and token.lower in earlier.name.lower().split()):
                text = surface_text(tokens, span[0], head + 1)
                return replace(earlier, text=text, span=_span(tokens, span[0], head + 1),
                               how=f"'{text}' -> {earlier.text}, described before")
        return None

    def pair_named_before(self, sentence: Sentence, head: int, memory: ArticleMemory) -> tuple[ActorRef, ...]:
        """"The two men met", "both leaders agreed", "the two countries signed": the last two people
        (or countries) the story named before the phrase, one party each; () for any other phrase."""
        token = sentence.tokens[head]
        if token.lower == "they" and token.dep in {"nsubj", "nsubjpass"}:
            return self._pair_they(sentence, token, memory)
        if token.lower in {"two", "both"} and token.dep in {"nsubj", "nsubjpass"} \
                and (token.lower == "both" or any(c.lower == "the" for c in sentence.children(head, {"det"}))):
            return self._pair_they(sentence, token, memory)  # "The two discussed trade", "Both agreed"
        words = {c.lower for c in sentence.children(head, {"det", "nummod", "predet", "quantmod"})}
        if token.tag == "NNPS" and words & {"two", "both"}:
            return self._divided_pair(sentence, head)  # "the two Koreas", "both Sudans"
        # "each side", "either side", "each country": the pair, one party each, as "both sides" is
        singly = bool(words & SINGLE_OF_A_PAIR)
        plurals = {token.lower} if token.tag in {"NNS", "NNPS"} else _plurals(token.lower) if singly else set()
        kind = next((k for k in PAIR_KINDS if plurals & self.words[f"pair_{k}_nouns"]), None)
        if kind is None:
            return ()  # first: the coder asks this of every argument it resolves
        warring = kind == "side" and any(c.lower in self.words["pairing_adjectives"]
                                         for c in sentence.children(head, {"amod"}))
        if not ({"the", "two"} <= words or "both" in words or singly or warring):
            return ()
        sides = self._pair_pool(sentence, head, memory, kind) if kind == "side" else ([], str)  # (pool, key)
        if warring and not words & {"two", "both"}:
            # "Sudan's warring parties", "the belligerent factions": the last two armed sides named
            return self._armed_pair(sentence, head, *sides)
        # the two sides the story opened with and names most ("the government and the rebels ... met
        # in Oslo ... both sides agreed"), before any two states named last (the venue's, a mediator's)
        # (not "the two men": people are named just before they are paired, "held talks with Merz,
        # but the two men failed to agree")
        civil = self._armed_pair(sentence, head, *sides) if kind == "side" else ()
        if len({a.country for a in civil}) == 1 and _one_country_armed(sides[0]):
            # "Sudan's army and the RSF signed a truce brokered by Saudi Arabia and the United States
            # ... Both sides agreed": the two armed sides of one country's war, not its mediators
            return civil
        lead = _lead_pair(*sides) if kind == "side" else []
        found = lead or self._last_two(sentence, head, memory, "state" if kind == "side" else kind)
        states = kind == "state" or (kind == "side" and not lead and len(found) == 2)  # two states are the two sides
        if kind == "side" and not states and not lead:  # else two armed or political parties: the army and the rebels
            found = self._last_two(sentence, head, memory, kind)
        if len(found) < 2:
            return ()
        phrase = phrase_tokens(sentence, head)
        text = surface_text(sentence.tokens, phrase[0], phrase[-1] + 1)
        both = " and ".join(a.name or a.text for a in found)
        pair = [replace(a, text=text, span=_span(sentence.tokens, phrase[0], phrase[-1] + 1),
                        how=f"{PAIR_HOW}'{text}' -> {both}")
                for a in found]
        if states:  # the states themselves, or their governments
            role = "GOV" if token.lemma == "government" else ""
            pair = [replace(a, code=a.country + role, sectors=(role,) if role else (), kind="country",
                            name=self.kb.countries[a.country].name) for a in pair]
        return tuple(pair)

    def _armed_pair(self, sentence: Sentence, head: int, pool: list[ActorRef],
                    key: Callable[[ActorRef], str]) -> tuple[ActorRef, ...]:
        """The last two sides the story named (``pool``) of which one at least is armed (a government
        and its armed foe, or two armed sides), one party each; () where there are no such two."""
        found = _last_distinct(pool, key, lambda a: bool(set(a.sectors) & (ARMED_SIDE_ROLES | {"GOV"}))
                               and not self._names_a_pair(a))
        if len(found) < 2 or not any(set(a.sectors) & ARMED_SIDE_ROLES for a in found):
            return ()
        phrase = phrase_tokens(sentence, head)
        text = surface_text(sentence.tokens, phrase[0], phrase[-1] + 1)
        both = " and ".join(a.name or a.text for a in found)
        return tuple(replace(a, text=text, span=_span(sentence.tokens, phrase[0], phrase[-1] + 1),
                             how=f"{PAIR_HOW}'{text}' -> {both}") for a in reversed(found))

    def _names_a_pair(self, actor: ActorRef) -> bool:
        """"Both sides", "the warring parties": a mention of a pair, no side of one."""
        words = actor.text.lower().split()
        return bool(words) and any(words[-1] in self.words[f"pair_{kind}_nouns"] for kind in PAIR_KINDS)

    def _divided_pair(self, sentence: Sentence, head: int) -> tuple[ActorRef, ...]:
        """"the two Koreas exchanged fire": the two states whose names end in the plural's singular
        (North and South Korea; Sudan and South Sudan), one party each; () unless there are two."""
        singular = sentence.tokens[head].text.removesuffix("s")
        found = sorted(code for code, entry in self.kb.countries.items()
                       if entry.name == singular or entry.name.endswith(" " + singular))
        if len(found) != 2:
            return ()
        phrase = phrase_tokens(sentence, head)
        text = surface_text(sentence.tokens, phrase[0], phrase[-1] + 1)
        names = " and ".join(self.kb.countries[code].name for code in found)
        return tuple(ActorRef(text=text, code=code, span=_span(sentence.tokens, phrase[0], phrase[-1] + 1),
                              country=code, name=self.kb.countries[code].name, kind="country",
                              how=f"{PAIR_HOW}'{text}' -> {names}") for code in found)

    def _pair_they(self, sentence: Sentence, token: Token, memory: ArticleMemory) -> tuple[ActorRef, ...]:
        """"Lee met Aso in Seoul. They agreed to strengthen cooperation": a subject "they" that stands
        for no group or state is the last two people named, one party each."""
        if self._pronoun(sentence, token, memory.copy()) is not None:
            return ()
        found = self._last_two(sentence, token.i, memory, "person")
        if len(found) < 2:
            return ()
        both = " and ".join(a.name or a.text for a in found)
        return tuple(replace(a, text=token.text, span=_span(sentence.tokens, token.i, token.i + 1),
                             how=f"{PAIR_HOW}'{token.text}' -> {both}") for a in found)

    def _pair_pool(self, sentence: Sentence, head: int, memory: ArticleMemory,
                   kind: str) -> tuple[list[ActorRef], Callable[[ActorRef], str]]:
        """The people, states or sides (``kind``) the story named before the phrase at ``head`` that a
        pair may be made of, in order, and the key that tells one from another."""
        def key(actor: ActorRef) -> str:
            return {"state": actor.country, "side": actor.code}.get(kind) or actor.name or actor.text

        def fits(actor: ActorRef) -> bool:
            # "Norwegian envoy Erik Solheim held talks with both": a go-between is no side, nor its state
            if not self.words["go_between_nouns"].isdisjoint(actor.text.lower().split()):
                return False
            # a person of a side stands for it ("talks with the prime minister and the rebel leader")
            if kind == "side":
                return actor.kind in SIDE_KINDS | {"person"} and actor.code != "---" \
                    and not NOT_SIDE_ROLES & set(actor.sectors)
            known = not actor.code.startswith("---")
            return known and (actor.country in self.kb.countries if kind == "state" else actor.kind == "person")

        later = {id(a) for i, a in memory.sentence_actors.items() if i >= head}  # this sentence's, from here on
        partners = {key(memory.sentence_actors[i]) for i in _clause_subjects(sentence, head)
                    if i in memory.sentence_actors}
        pool = [a for a in (memory.mentions if kind == "person" else memory.parties)
                if fits(a) and id(a) not in later and key(a) not in partners]
        return pool, key

    def _last_two(self, sentence: Sentence, head: int, memory: ArticleMemory, kind: str) -> list[ActorRef]:
        """The last two distinct people, states or sides (``kind``) named before the phrase at ``head``,
        in order: states and sides as the story's parties (subjects, objects, owners), not as places
        named in passing ("the wars in Gaza and Lebanon"), states named in any form ("Pakistan", "a
        Pakistani jet") and sides as any two parties of different codes ("rebels and the army blamed
        each other ... urged both sides"); people wherever they were named. Not the subjects of the
        clause the phrase is an object in ("the US and China urged both countries")."""
        pool, key = self._pair_pool(sentence, head, memory, kind)
        found = _last_distinct(pool, key)
        lead = _lead_pair(pool, key) if kind == "state" else []
        # "Russia cut gas to Ukraine ... Slovakia declared an emergency ... summoned both sides": the
        # two states the story opened with and names most, not the last two it named
        return lead or list(reversed(found))

    def _partitive_whole(self, sentence: Sentence, token: Token) -> int | None:
        """The head of the phrase a quantifier or number is part of ("some of the youths", "two of
        the attackers"), or None."""
        if not (token.lower in self.words["partitive_words"] or token.tag == "CD") or token.ent_type in AMOUNT_ENTITIES:
            return None
        for preposition in sentence.children(token.i, {"prep"}):
            if preposition.lower == "of":
                whole = next((c.i for c in sentence.children(preposition.i, {"pobj"})), None)
                if whole is not None and sentence.tokens[whole].pos in PHRASE_HEAD_POS:
                    return whole
        return None

    def _part_of(self, sentence: Sentence, head: int, whole: int, memory: ArticleMemory) -> ActorRef | None:
        actor = self._resolved_quietly(sentence, whole, memory)
        if actor is None:
            return None
        return _standing_at(actor, sentence.tokens, head, f"part of {actor.text}: {actor.how}")

    def _resolved_quietly(self, sentence: Sentence, head: int, memory: ArticleMemory) -> ActorRef | None:
        """The actor of the phrase at ``head``, resolved without a trace if the sentence's pass has not
        reached it yet (that pass records it)."""
        return memory.sentence_actors.get(head) or self(sentence, head, memory.copy())

    def venue(self, sentence: Sentence, i: int, day: dt.date | None) -> ActorRef | None:
        """The country of a place named at token ``i`` ("the Beijing Olympics", "a summit in
        Iran", "talks in Geneva"), as the host of an event held there."""
        tokens = sentence.tokens
        start, end = _name_start(tokens, i), i
        while end + 1 < len(tokens) and tokens[end].dep == "compound" and tokens[end + 1].pos == "PROPN":
            end += 1
        span = list(range(start, end + 1))
        if self.places is not None and self.places(surface_text(tokens, start, end + 1)) == "":
            return None  # "drills in the South China Sea": waters of no country, not China's
        iso3 = next((m.entry.code[:3] for m in self.find_matches(sentence, span, day)
                     if m.entry.kind in {"country", "capital", "adjective"}), None)
        if iso3 is None and self.places is not None and tokens[i].pos == "PROPN":
            # "Esfahan Uranium Conversion Facilities": the leading name may be the place
            # not a direction alone ("accused the West": "West" is a region of Cameroon)
            iso3 = next(filter(None, (self.places(name) for stop in range(end + 1, start, -1)
                                      if (name := surface_text(tokens, start, stop)).lower()
                                      not in self.words["generic_region_names"])), None)
        country = self.kb.countries.get(iso3 or "")
        if country is None:
            return None
        return self._actor(sentence, span, country.code, country,
                           how=f"venue: {surface_text(tokens, start, end + 1)}", kind="country")

    def owning_country(self, sentence: Sentence, participle: int, day: dt.date | None) -> ActorRef | None:
        """"a Greek-flagged tanker", "a British-owned vessel", "a Hong Kong-flagged ship": the country
        a hyphen joins to a participle of owning (``owning_participles``) owns the thing."""
        tokens = sentence.tokens
        if tokens[participle].lower not in self.words["owning_participles"] or participle < 2 \
                or tokens[participle - 1].text not in HYPHENS:
            return None
        start = _name_start(tokens, participle - 2)
        span = list(range(start, participle - 1))
        match = next((m for m in self.find_matches(sentence, span, day)
                      if m.entry.kind in {"country", "adjective", "capital"}), None)
        country = self.kb.countries.get(match.entry.code[:3]) if match is not None else None
        if country is None:
            return None
        text = surface_text(tokens, start, participle + 1)
        return self._actor(sentence, span, country.code, country, how=f"owner: '{text}'", kind="country")

    # -- dictionary matching -------------------------------------------------------------

    def find_matches(self, sentence: Sentence, span: list[int], day: dt.date | None) -> list[Match]:
        """Longest non-overlapping dictionary matches inside the phrase, valid on ``day``."""
        matches: list[Match] = []
        tokens = sentence.tokens
        position = 0
        while position < len(span):
            found = None
            for length in reversed(self._named_lengths(tokens, span, position)):
                window = span[position:position + length]
                entry = self._best_entry(tokens, window, day)
                if entry and (_against(tokens, window[0]) or self._backer(tokens, window[-1])):
                    entry = None  # "an anti-Syria journalist" is no Syrian, "Iranian-backed militias" no Iranians
                if entry and entry.kind == "capital" and self._ends_a_longer_name(tokens, window[0]):
                    entry = None  # "Lake Victoria" is no Seychelles, "Mocimboa da Praia" no Cape Verde
                if entry and entry.kind == "organization" and self._inside_a_longer_name(tokens, window):
                    entry = None  # "the National Security Council" is no U.N. Security Council
                if entry and entry.kind == "group" and self._group_inside_another_name(tokens, window, entry):
                    # "the Malawi Congress Party" is no Indian National Congress, but a party all the same
                    entry = replace_entry(entry, code="---" + entry.code[3:6], country="", name="", wikidata="",
                                          origin=f"{entry.origin}, its alias inside another name")
                if entry and entry.kind in HYPHENATED_NAME_KINDS and _after_a_name_and_hyphen(tokens, window[0]):
                    entry = None  # "Pamela Rendi-Wagner" is no Wagner Group; "Sino-Russian" stays Russian
                if entry and entry.kind == "country" and (place := self._longer_place(tokens, window, entry)):
                    entry = place  # "Northern Ireland's parties" are the United Kingdom's, not Ireland's
                if entry and entry.kind == "adjective" and not self._names_its_party(tokens, window):
                    entry = None  # "the western city of Kisumu" is no West; "western diplomats" are
                if entry:
                    found = Match(window[0], window[-1] + 1, entry)
                    break
            found = found or self._leader_of_compound(tokens, span[position], day)
            if found:
                matches.append(found)
                position += found.end - found.start
            else:
                position += 1
        return matches

    def _names_its_party(self, tokens: tuple[Token, ...], window: list[int]) -> bool:
        """Whether a nationality or region adjective names a party: written capitalised ("Iraqi
        towns" stand for Iraq), or lower-case as some house styles write "western diplomats"; but a
        lower-case one on a place is a direction ("the western city of Kisumu", ``location_nouns``)."""
        if tokens[window[0]].text[:1].isupper():
            return True
        return tokens[tokens[window[-1]].head].lemma.lower() not in self.words["location_nouns"]

    def _longer_place(self, tokens: tuple[Token, ...], window: list[int], entry: KBEntry) -> KBEntry | None:
        """The country of a place whose name is a country's with a capitalised word before it, when
        the gazetteer puts it in another country ("Northern Ireland", "New Mexico")."""
        before = window[0] - 1
        if before < 0 or self.places is None:
            return None
        word = tokens[before]
        if not (word.text[:1].isupper() and word.head in window and word.dep in {"compound", "amod"}):
            return None
        last = max(i for i in window if tokens[i].dep != "case" or i == window[0])  # not "'s"
        name = surface_text(tokens, before, last + 1)
        iso3 = self.places(name)
        country = self.kb.countries.get(iso3 or "")
        if country is None or iso3 == entry.code[:3]:
            return None
        return replace_entry(country, origin=f"{country.origin}, the country of {name}")

    def _ends_a_longer_name(self, tokens: tuple[Token, ...], first: int) -> bool:
        """Whether the capital's name at ``first`` ends a longer proper name the dictionaries do not
        know: a capitalised word before it in the same name ("Lake Victoria"), across a particle
        ("Mocimboa da Praia"); not a direction ("East Jerusalem", ``generic_region_names``)."""
        before = first - 1
        if before >= 0 and tokens[before].lower in self.words["name_particles"] and tokens[before].head == first:
            before -= 1
        if before < 0:
            return False
        word = tokens[before]
        return word.pos == "PROPN" and word.text[:1].isupper() and word.head in {first, first - 1} \
            and word.lower not in self.words["generic_region_names"] and not self.kb.lookup(normalize(word.text))

    def _inside_a_longer_name(self, tokens: tuple[Token, ...], window: list[int]) -> bool:
        """Whether an organisation's name is the end of a longer proper name the dictionaries do not
        know: a capitalised word just before it that hangs on the name and names nothing known
        ("National Security Council", not "U.N. Security Council" or "Israeli Security Council")."""
        before = window[0] - 1
        if before < 0:
            return False
        word = tokens[before]
        first = tokens[window[0]]
        if first.dep == "conj" and tokens[first.head].text[:1].isupper() and tokens[first.head].head in window:
            return True  # joined by "and" to a word of the name: "the AU's Peace and Security Council"
        return word.pos in {"PROPN", "ADJ"} and word.text[:1].isupper() and word.head in window \
            and word.dep in {"compound", "amod"} and not self.kb.lookup(normalize(word.text))

    def _group_inside_another_name(self, tokens: tuple[Token, ...], window: list[int], entry: KBEntry) -> bool:
        """Whether a party's or group's alias is part of another's longer name: a capitalised word
        before it in the name that the dictionaries do not know or that names another country ("the
        Malawi Congress Party" is no Indian Congress, "the Social Democrats" no U.S. Democrats), or a
        name going on after it ("the National Front for the Defence of the Constitution" in Guinea)."""
        before = window[0] - 1
        if before >= 0:
            word = tokens[before]
            prefixed = [t.lower for t in tokens[max(0, before - 2):before]] in (["pro", "-"], ["anti", "-"])
            if word.pos in {"PROPN", "ADJ"} and word.text[:1].isupper() and word.head in window \
                    and word.dep in {"compound", "amod"} and not prefixed:  # "the pro-Kurdish HDP"
                known = self.kb.lookup(normalize(word.text))
                # an unknown word capitalised as a sentence's first proves nothing ("Senior Republicans");
                # a nationality qualifies a group rather than names another ("Syrian Hezbollah fighters")
                if (not known and before > 0) or (known and all(k.kind == "country" and k.country != entry.country
                                                                for k in known)):
                    return True
        after = window[-1] + 1
        return after + 2 < len(tokens) and tokens[after].lower in {"for", "of"} and tokens[after].head == window[-1] \
            and any(t.text[:1].isupper() and t.pos == "PROPN" and t.lower != "the" for t in tokens[after + 1:after + 3])

    def _backer(self, tokens: tuple[Token, ...], last: int) -> bool:
        """Whether the name is followed by "-backed", "-sponsored" and their like (``backing_participles``):
        those it backs are not its own."""
        after = [tokens[i] for i in range(last + 1, min(last + 3, len(tokens)))]
        # only a hyphenated compound: "Canberra backed calls for an inquiry" is Canberra's act
        return len(after) == 2 and after[0].text in HYPHENS and after[1].lower in self.words["backing_participles"]

    def _leader_of_compound(self, tokens: tuple[Token, ...], i: int, day: dt.date | None) -> Match | None:
        """"the U.S.-led coalition": one token naming the country that leads it."""
        name, hyphen, rest = tokens[i].text.rpartition("-")
        if not hyphen or rest.lower() not in self.words["leading_participles"] or not name:
            return None
        entries = [e for e in self.kb.lookup(normalize(name)) if e.kind in {"country", "adjective"}
                   and (day is None or e.valid_on(day))]
        return Match(i, i + 1, min(entries, key=_entry_rank)) if entries else None

    def _named_lengths(self, tokens: tuple[Token, ...], span: list[int], position: int) -> list[int]:
        """The lengths of the windows at ``position`` whose text is a dictionary key, shortest
        first: windows grow a token at a time until no key begins with the text or a token of
        the phrase is skipped (only contiguous tokens form a name)."""
        lengths: list[int] = []
        first = span[position]
        surface = ""
        for length in range(1, min(MAX_PHRASE_TOKENS, len(span) - position) + 1):
            last = span[position + length - 1]
            if last - first != length - 1:
                break
            surface = surface + tokens[last - 1].whitespace + tokens[last].text if length > 1 else tokens[last].text
            text = normalize(surface)
            if text in self.kb.phrases:
                lengths.append(length)
            elif not self.name_prefixes.begins(text) and not (length == 1 and tokens[first].lower == "the"):
                break
        return lengths

    def _best_entry(self, tokens: tuple[Token, ...], window: list[int], day: dt.date | None) -> KBEntry | None:
        surface = surface_text(tokens, window[0], window[-1] + 1)
        candidates = [e for e in self.kb.lookup(normalize(surface)) if not e.exact or e.exact in surface]
        words = surface.split()
        named = " ".join(words[1:] if len(words) > 1 and words[0].lower() == "the" else words)
        if named == named.lower():
            # a name is written with a capital: "an engineer" is not "the Engineer" (Yahya Ayyash), "a
            # turkey" not Turkey; some house styles lower the adjectives of regions ("western diplomats")
            candidates = [e for e in candidates if e.kind == "adjective"]
        if not candidates or all(tokens[i].pos in {"DET", "PUNCT", "ADP"} for i in window):
            return None
        token = tokens[window[0]]
        if len(window) == 1 and token.ent_type == "PERSON" and _in_full_name(tokens, token.i):
            candidates = [e for e in candidates if e.kind == "person"]  # "Jordan" the man, not the country
            if not candidates:
                return None
        following = window[-1] + 1
        if following < len(tokens) and tokens[following].pos == "PROPN" and tokens[following].ent_type == "PERSON":
            # "Moise Tshombe", "Nicanor Costa Mendez": a name the person's own goes on past is another's
            # first name (not Haiti's Jovenel Moise); "Xi Jinping" goes on with Xi's own name
            rest = normalize(tokens[following].text)
            candidates = [e for e in candidates if e.kind != "person" or rest in normalize(e.name).split()]
            if not candidates:
                return None
        if day is None:
            # an undated text: the latest role of a person (not a later retirement) or status of a group
            active = [e for e in candidates if not e.code.endswith("ELI")] or candidates
            latest = max(active, key=lambda e: (e.end is None, e.start or dt.date.min))
            dated = [e for e in active if (e.start, e.end) == (latest.start, latest.end)]
        else:
            dated = [e for e in candidates if e.valid_on(day)]
        if not dated and any(e.kind == "person" for e in candidates):
            return _former(candidates, day)  # out of office on the story date: an elite (ELI) of that country
        pool = dated or candidates
        return min(pool, key=_entry_rank)

    # -- building the actor ---------------------------------------------------------------

    def _from_matches(self, sentence: Sentence, head: int, span: list[int], matches: list[Match],
                      memory: ArticleMemory) -> ActorRef | None:
        """An actor from the dictionary matches in the phrase: a named head, a relational or
        collective noun, or a generic agent qualified by a country or an organisation."""
        tokens = sentence.tokens
        head_match = next((m for m in matches if m.start <= head < m.end), None)
        owner = next((m for m in matches if m.entry.kind in ORG_KINDS), None)
        # where an organisation qualifies the head, a place after it does not take its people from it:
        # "the U.N. mission in Congo", "NATO troops in Kabul" are the organisation's
        qualifying = [m for m in matches if owner is None or owner.start > head or m.start < head]
        # nor where it is not local: "an international tribunal in The Hague", "foreign journalists in Kabul"
        # (not "the foreign ministers of Saudi Arabia", a state's office for its foreign affairs)
        foreign = any(c.lower in self.words["foreign_qualifiers"] for c in sentence.children(head, {"amod"})) \
            and tokens[head].lemma not in self.words["foreign_office_words"]
        if foreign:
            qualifying = [m for m in qualifying if m.start < head]
        phrase = _Phrase(sentence=sentence, head=head, span=span, head_match=head_match, day=memory.story_date,
                         agent=self._agent_in(sentence, head, span), owner=owner.entry if owner else None,
                         country=_country_match(qualifying, exclude=head_match, tokens=tokens, head=head)
                         or self._country_of_owner(qualifying, tokens, head)
                         or (self._country_of_place(sentence, span, head) if owner is None and not foreign else None)
                         or self._home_of_shared_body(head_match, tokens, memory),
                         people=tuple(m.entry for m in matches if m.entry.kind == "person" and m is not head_match)
                         or self._possessor_by_surname(sentence, head, memory.story_date))
        if head_match is None and phrase.owner is None and phrase.country is None:
            self._possessor_decides(phrase, memory)
        for rule in (self._named_head, self._special_noun, self._qualified_head):
            found = rule(phrase)
            if found is not _NOTHING:
                return self._with_standing(phrase, found)
        return self._with_standing(phrase, self._agent_actor(phrase, memory))

    def _home_of_shared_body(self, match: Match | None, tokens: tuple[Token, ...],
                             memory: ArticleMemory) -> KBEntry | None:
        """A bare name other states' bodies share (``shared_body_names``: "Congress") in a story of one
        of those states: the dateline's country, or with no dateline the one named most so far, if
        named more often than the dictionary's own ("Congress" in a story filed from Lima is Peru's)."""
        if match is None or match.entry.kind != "metonym":
            return None
        name = " ".join(tokens[i].lower for i in range(match.start, match.end) if tokens[i].lower != "the")
        states = self.shared_bodies.get(name, set())
        named = Counter(actor.country for actor in memory.mentions if actor.country)
        home = memory.home or max(states, key=lambda state: (named[state], state), default="")
        if home not in states or (not memory.home and named[home] <= named[match.entry.code[:3]]):
            return None
        country = self.kb.countries.get(home)
        return replace_entry(country, origin=f"the story's country, {country.origin}") if country else None

    def _with_standing(self, phrase: "_Phrase", actor: ActorRef | None) -> ActorRef | None:
        """"the opposition Social Democrats", "Hungary's ruling Fidesz party": a named party whose
        standing on the story's day the text gives (OPP or GOV) has it, whatever the dictionary dates."""
        if actor is None or actor.kind != "group" or actor.code[3:6] not in POLITICAL_ROLES:
            return actor
        words = {phrase.sentence.tokens[i].lower for i in phrase.span if i < phrase.head}
        standing = "OPP" if words & self.words["opposition_words"] else \
            "GOV" if words & self.words["governing_words"] else ""
        if not standing or actor.code[3:6] == standing:
            return actor
        return replace(actor, code=actor.code[:3] + standing, how=f"{actor.how}; '{standing}' by the text's word",
                       sectors=tuple(dict.fromkeys((standing, *(s for s in actor.sectors if s not in {"GOV", "OPP"})))))

    def _possessor_decides(self, phrase: "_Phrase", memory: ArticleMemory) -> None:
        """"Syria said its troops fired", "Morsi's ... his supporters", "the AU said its members": a
        possessive pronoun gives the phrase its antecedent's organisation or country, as a named
        owner would ("Syrian troops", "the AU's members"); so does a possessive description of a party
        named before ("the party's leader"). Not for relational nouns other than
        followers: "his counterpart" and "its neighbours" are someone else; nor for places: "deployed
        troops to its border with Lebanon" is aimed at Lebanon, not at the deployer's own soil."""
        tokens = phrase.sentence.tokens
        lemma = tokens[phrase.head].lemma
        someone_else = lemma in self.words["relational_nouns"] and lemma not in self.words["follower_nouns"]
        if someone_else or lemma in self.words["location_nouns"]:
            return
        possessor = next((c for c in phrase.sentence.children(phrase.head) if c.dep == "poss"), None)
        antecedent = self._possessor_antecedent(phrase.sentence, possessor, memory) if possessor else None
        if possessor is None or antecedent is None:
            return
        origin = f"'{possessor.text}' -> {antecedent.name or antecedent.text}"
        if antecedent.kind in ORG_KINDS:
            phrase.owner = KBEntry(code=antecedent.code, name=antecedent.name, kind=antecedent.kind,
                                   country=antecedent.country, wikidata=antecedent.wikidata, origin=origin)
        elif antecedent.country in self.kb.countries:
            country = self.kb.countries[antecedent.country]
            phrase.country = replace_entry(country, origin=f"{origin} ({country.origin})")

    def _possessor_antecedent(self, sentence: Sentence, possessor: Token, memory: ArticleMemory) -> ActorRef | None:
        if possessor.lower in ALL_PRONOUNS:
            return self._pronoun(sentence, possessor, memory)
        if possessor.lower == "whose":
            # "South Korea, whose air force dropped eight bombs": the noun the relative clause is on
            noun = _relative_antecedent(sentence, possessor.i)
            return self(sentence, noun, memory.copy()) if noun is not None else None
        if possessor.pos != "NOUN" or not any(c.lower == "the" for c in sentence.children(possessor.i, {"det"})):
            return None
        # "the party's leader": a description of a party named before, resolved as it would be alone
        described = self(sentence, possessor.i, memory.copy())
        return None if described is None or described.code.startswith("---") else described

    def _named_head(self, phrase: "_Phrase"):
        """The head is a known name: a person, organisation, group, seat of power or country."""
        match, tokens = phrase.head_match, phrase.sentence.tokens
        if match is None:
            return _NOTHING
        entry = match.entry
        if entry.kind == "person" and (other := self._of_another_nationality(phrase, entry)) is not None:
            # "Canadian businessman John Smith": the text's nationality names someone else than the
            # dictionary's British John Smith
            role = phrase.agent.role if phrase.agent is not None and phrase.agent.role else entry.code[3:]
            how = f"'{other.name or other.country}' in the text; {entry.origin} is of {entry.code[:3]}"
            return self._actor(phrase.sentence, phrase.span, other.country + role, other, how=how, kind="person")
        if entry.kind == "person" and self._titled_otherwise(phrase, entry):
            # "Palestinian Prime Minister Ismail Haniyeh": the title the text gives, on the
            # story's own terms, beats a role the dictionary holds for another period
            code = phrase.country.country + phrase.agent.role
            return self._actor(phrase.sentence, phrase.span, code, phrase.country,
                               how=f"title '{phrase.agent.term}' in the text; {entry.origin} has {entry.code}",
                               kind="person")
        if entry.kind == "person" and self._is_former(phrase.sentence, phrase.span) and entry.code[3:6] in OFFICIAL_ROLES:
            # "former dictator Idi Amin": out of office, whatever role the dictionary lists last
            return self._actor(phrase.sentence, phrase.span, entry.code[:3] + "ELI", entry,
                               how=f"'former' in the text; {entry.origin} has {entry.code}")
        if entry.kind == "person" and entry.code.endswith("ELI") and phrase.agent is not None \
                and phrase.owner is not None and phrase.owner.kind == "organization" \
                and not self._is_former(phrase.sentence, phrase.span):
            # "U.N. Secretary-General Kurt Waldheim" in 1975: an office of an organisation the text gives a
            # person the dictionary knows in no office then
            return self._actor(phrase.sentence, phrase.span, phrase.owner.code, phrase.owner,
                               how=f"title '{phrase.agent.term}' of {phrase.owner.origin} in the text; "
                                   f"{entry.origin} holds no office then", kind="person")
        if entry.kind == "person" and (titled := self._titled_out_of_office(phrase, entry)):
            return self._actor(phrase.sentence, phrase.span, titled, entry,
                               how=f"title '{phrase.agent.term}' in the text; {entry.origin} holds no office then")
        if entry.kind == "metonym" and phrase.country is not None and phrase.country.kind in {"country", "adjective"} \
                and phrase.country.country != entry.code[:3] and len(entry.code) > 3:
            # "Peru's Congress", "the Philippine Congress": that country's body of the kind the name
            # names elsewhere (Congress=USALEG), not the American one
            code = phrase.country.country + entry.code[3:]
            return self._actor(phrase.sentence, phrase.span, code, phrase.country,
                               how=f"{entry.kind} {entry.origin} of {phrase.country.origin}")
        if self._party_of_another_country(phrase, entry):
            # "South Korea's main opposition Democratic Party", "the Italian Democratic Party": a party
            # name other countries' parties share is the party of the country the text gives it
            return self._actor(phrase.sentence, phrase.span, phrase.country.country + "PTY", phrase.country,
                               how=f"party name {entry.origin} of {phrase.country.origin}", kind="group")
        if entry.kind in {"person", "organization", "group", "metonym", "capital"}:
            code, agent = entry.code, phrase.agent
            # "Taliban forces" after 2021 are AFGMIL; a rebel group's "forces" stay the group itself
            if agent and entry.kind == "group" and agent.role in {"GOV", "MIL", "COP"} and code[3:6] == "GOV":
                code = code[:3] + agent.role
            return self._actor(phrase.sentence, phrase.span, code, entry, how=f"{entry.kind} {entry.origin}")
        modifier = tokens[phrase.head].dep in {"amod", "compound", "nmod", "poss"}
        if entry.kind == "adjective" and not modifier:
            people = self._people_of(phrase, match)
            if people is not None:
                return people
        if entry.kind == "country" or tokens[phrase.head].pos in {"PROPN", "NOUN"} or modifier:
            return self._actor(phrase.sentence, phrase.span, entry.code, entry, how=f"country {entry.origin}")
        return _NOTHING

    def _parties_of_coordinated_adjectives(self, sentence: Sentence, token: Token, actor: ActorRef,
                                           memory: ArticleMemory) -> list[ActorRef]:
        """"Armenian and Azerbaijani troops clashed": the second country's party beside the first's,
        for a later "both sides" (the coder makes it a party of the act itself); of two countries only."""
        found = []
        for modifier in sentence.children(token.i, {"amod", "compound"}):
            conjuncts = sentence.children(modifier.i, {"conj"})
            if len(conjuncts) != 1 or not actor.country or sentence.children(conjuncts[0].i, {"conj"}):
                continue
            matches = self.find_matches(sentence, [conjuncts[0].i], memory.story_date)
            country = next((m.entry.code for m in matches if m.entry.kind in {"adjective", "country"}), "")
            if country in self.kb.countries and country != actor.country:
                found.append(replace(actor, code=country + actor.code[3:], country=country,
                                     name=self.kb.countries[country].name,
                                     how=f"{actor.how}; coordinated with {conjuncts[0].text}"))
        return found

    @staticmethod
    def _party_of_another_country(phrase: "_Phrase", entry: KBEntry) -> bool:
        """A political party of the dictionary (not an armed one) that the phrase gives another
        country by a possessive or an adjective."""
        country = phrase.country
        return entry.kind == "group" and "PTY" in entry.sectors and "REB" not in entry.sectors \
            and country is not None and country.kind in {"country", "adjective"} and country.country != entry.country

    def _is_former(self, sentence: Sentence, span: list[int]) -> bool:
        return any(sentence.tokens[i].lower in self.words["former_words"] for i in span)

    def _titled_out_of_office(self, phrase: "_Phrase", entry: KBEntry) -> str:
        """"Opposition leader Lazarus Chakwera" a year before he took office: a person the dictionary
        knows in no office on the story date (an elite, ELI) has the role the text's title gives,
        an opposition's, a party's, a rebel group's; a government's only by a title of government
        ("leader" alone is too vague)."""
        agent = phrase.agent
        if agent is None or not entry.code.endswith("ELI") or agent.role in {"", "ELI"} \
                or self._is_former(phrase.sentence, phrase.span) or agent.term in entry.name.lower().split():
            return ""  # nor a title that is part of the name ("Sheikh Hasina")
        if agent.role == "GOV" and agent.term not in self.words["government_titles"]:
            return ""
        return entry.code[:3] + agent.role

    def _of_another_nationality(self, phrase: "_Phrase", entry: KBEntry) -> KBEntry | None:
        """The nationality adjective before a person's name, where it names another country than the
        dictionary's person of that name ("Canadian businessman Michael Spavor" found as someone
        else's namesake); None where it names the same or none."""
        country = phrase.country
        tokens = phrase.sentence.tokens
        if country is None or country.kind != "adjective" or country.country == entry.code[:3] \
                or not entry.code[:3].isalpha() or entry.code[:3] in region_codes():
            return None
        if country.country in region_codes() and entry.code.startswith("IGO"):
            return None  # "European Trade Commissioner Karel De Gucht": the EU's, as the dictionary says
        before = [i for i in phrase.span if i < phrase.head_match.start] if phrase.head_match else []
        adjectives = [i for i in before if tokens[i].dep in {"amod", "compound"} and tokens[i].pos in {"ADJ", "PROPN"}]
        return country if adjectives and not any(t.text in HYPHENS for t in tokens[before[0]:phrase.head + 1]) else None

    def _titled_otherwise(self, phrase: "_Phrase", entry: KBEntry) -> bool:
        """A head-of-government or minister title with the person's own country, naming a
        role other than the dictionary's ("leader" is too vague to count)."""
        agent, country = phrase.agent, phrase.country
        return (agent is not None and country is not None and agent.term in self.words["government_titles"]
                and country.country == entry.code[:3] and not entry.code[3:].startswith(agent.role)
                and not self._is_former(phrase.sentence, phrase.span))

    def _people_of(self, phrase: "_Phrase", match: Match) -> ActorRef | None:
        """"The Albanians of southern Serbia" are civilians of Serbia: ethnic groups are coded by
        where they live, when the phrase says so."""
        tokens, country = phrase.sentence.tokens, phrase.country
        actor = partial(self._actor, phrase.sentence, phrase.span)
        residence = next((i for i in phrase.span if i >= match.end and tokens[i].dep == "pobj"), None)
        named = residence is not None and any(m.entry.kind == "country" for m in self.find_matches(
            phrase.sentence, [residence], None))  # "of southern Serbia", not "of the Israeli-occupied West Bank"
        if country is not None and country.country != match.entry.code[:3] and named:
            return actor(country.country + "CVL", country, how=f"people of {match.entry.name} in {country.origin}",
                         kind="generic")
        return None

    def _possessor_by_surname(self, sentence: Sentence, head: int, day: dt.date | None) -> tuple[KBEntry, ...]:
        """"Aidid's spokesman", "Aidid's supporters": a possessor named by surname alone, which the
        dictionary gives one person of on the day (the parse need not call it a person's name)."""
        possessor = next((c for c in sentence.children(head, {"poss"}) if c.pos == "PROPN"), None)
        if possessor is None or any(c.dep == "compound" for c in sentence.children(possessor.i)):
            return ()
        people = [e for e in self.kb.people_by_surname(possessor.text) if day is None or e.valid_on(day)]
        return (people[0],) if len(people) == 1 else ()

    def _principal(self, phrase: "_Phrase") -> KBEntry | None:
        """The person a staff noun works for: named in its phrase ("Rouhani's aide", "a spokesman for
        Imran Khan") or in its "to" phrase ("an aide to President Rouhani"; not "the envoy to
        Moscow", which names where the envoy is sent)."""
        if phrase.head_match is not None:
            return None
        if phrase.people:
            return phrase.people[0]
        sentence = phrase.sentence
        served = [o.i for p in sentence.children(phrase.head, {"prep"}) if p.lower == "to"
                  for o in sentence.children(p.i, {"pobj"})]
        for i in served:
            people = [m.entry for m in self.find_matches(sentence, phrase_tokens(sentence, i), phrase.day)
                      if m.entry.kind == "person"]
            if people:
                return people[0]
        return None

    def _special_noun(self, phrase: "_Phrase"):
        """Counterparts, allies, collectives and places: nouns whose actor is someone else."""
        lemma, country, owner = phrase.sentence.tokens[phrase.head].lemma, phrase.country, phrase.owner
        actor = partial(self._actor, phrase.sentence, phrase.span)
        home = self.kb.countries.get(phrase.people[0].code[:3]) if phrase.people else None
        if home is not None and lemma in self.words["follower_nouns"]:
            # "supporters of Imran Khan", "Morsi's loyalists": people of the leader's country, not the
            # leader; a rebel leader's are his armed group ("supporters of General Aidid": SOMREB)
            leader = phrase.people[0]
            role = leader.code[3:6] if leader.code[3:6] in REBEL_ROLES else "CVL"
            return actor(home.country + role, home, how=f"{lemma} of {leader.name} ({leader.origin})", kind="generic")
        if phrase.people and lemma in self.words["camp_nouns"]:
            # "Alexei Navalny's allies accused Putin": his political camp, on his side
            leader = phrase.people[0]
            return actor(leader.code, leader, how=f"{lemma} of {leader.name} ({leader.origin})", kind="generic")
        principal = self._principal(phrase) if lemma in self.words["staff_nouns"] else None
        if principal is not None:
            # "a senior aide to President Hassan Rouhani", "a spokesman for Imran Khan": someone who
            # works or speaks for a named person has that person's code
            return actor(principal.code, principal, how=f"{lemma} of {principal.name} ({principal.origin})",
                         kind="person")
        if home is not None and lemma in self.words["kin_nouns"]:
            # "Muammar Gaddafi's son", "the leader's widow": a relative of a named person, an elite of
            # the person's country (ELI), as the field codes a ruling family
            return actor(home.country + "ELI", home, how=f"{lemma} of {phrase.people[0].name} "
                                                         f"({phrase.people[0].origin})", kind="person")
        if lemma in self.words["follower_nouns"] and phrase.agent is not None:
            # "his supporters" (the leader's country, from the pronoun) or nobody's known: civilians
            return _NOTHING
        if lemma == "counterpart" and country is not None:
            # "his Iranian counterpart": an official of that country
            return actor(country.country + "GOV", country, how=f"counterpart + {country.origin}", kind="person")
        if lemma in self.words["relational_nouns"]:
            # "Washington's NATO allies" are NATO; "Afghanistan's neighbours" are not Afghanistan
            if owner is not None and owner.kind == "organization":
                return actor(owner.code, owner, how=f"{lemma} in {owner.origin}")
            possessed = any(c.dep == "poss" for c in phrase.sentence.children(phrase.head))
            if country is not None and country.country in region_codes() and not possessed:
                # "Western allies", "European partners": the region's countries among themselves
                return actor(country.code, country, how=f"{lemma} + {country.origin}", kind="generic")
            return None
        if phrase.agent is None and lemma in self.words["collective_nouns"]:
            # "a group of Liberians", "Iraqi militia groups", "student groups": the members decide
            tokens = phrase.sentence.tokens
            members = [self._agent_lemma(tokens[i]) for i in phrase.span if i != phrase.head]
            phrase.agent = next((self.kb.agents[m] for m in members if m in self.kb.agents), None)
            if phrase.agent is None and lemma in self.words["headcount_nouns"] and not _has_of(phrase.sentence, phrase.head) \
                    and tokens[phrase.head].ent_type not in AMOUNT_ENTITIES and "people" in self.kb.agents:
                phrase.agent = self.kb.agents["people"]  # "Thousands protested": people, civilians
            if phrase.agent is None and country is not None:
                return actor(country.country, country, how=f"members: {country.origin}", kind="generic")
            if phrase.agent is None and owner is not None:
                return actor(owner.code, owner, how=f"members: {owner.origin}", kind="generic")
        if phrase.agent is None and country is not None and lemma in self.words["military_weapon_nouns"]:
            # "Israeli artillery shells hit a compound": the country's forces fired them
            return actor(country.country + "MIL", country, how=f"weapon '{lemma}' + {country.origin}", kind="generic")
        if phrase.agent is None and country is not None and self._organisation_of_country(phrase):
            # "Russia's Gazprom": a body the dictionary does not know, of that country; "Australia's
            # Resolute Mining" a business of it
            company = phrase.sentence.tokens[phrase.head].lower in self.words["company_name_words"]
            code = country.country + (BUSINESS if company else "")
            return actor(code, country, how=f"named body of {country.origin}", kind="organization")
        if phrase.agent is None and lemma in self.words["location_nouns"] and country is not None:
            # "shelled Iraqi towns", "attacked Kurdish positions": the country itself; "a United
            # Nations base": the organisation, whose row's country column is no country of its own
            code = country.code if country.kind == "organization" else country.country
            if country.kind == "organization" and code.startswith("IGO") and lemma in self.words["armed_site_nouns"] \
                    and not {"MIL", PEACEKEEPING} & set(country.sectors) and not code.endswith(PEACEKEEPING):
                code += PEACEKEEPING  # "attacked a United Nations base": its peacekeepers' (IGOUNOPKO)
            return actor(code, country, how=f"{PLACE_HOW}{country.origin}",
                         kind="organization" if country.kind == "organization" else "country")
        return _NOTHING

    def _qualified_head(self, phrase: "_Phrase"):
        """A common noun no dictionary row names, qualified by a name or a noun that one does:
        "coast guard personnel" and "army vehicles" take the modifier's role; "the IMF board" and
        "a U.N. panel" are the organisation's; "Zimbabwean veterans" and "South Korean truckers"
        the country's, when the head is a plural naming people by what they do (an agent-noun
        ending). A country alone does not make "the Spanish bond market" or "Thai food stalls" an
        actor."""
        tokens = phrase.sentence.tokens
        if phrase.agent is not None:
            return _NOTHING
        head = tokens[phrase.head]
        if head.pos != "NOUN" or any(c.dep == "poss" and c.lower in ALL_PRONOUNS
                                     for c in phrase.sentence.children(phrase.head)):
            return None  # "reneged on its commitment to Mozambique": a thing of its owner's, no party
        # a noun before the head names the agent; not an adjective, which says what the head is
        # like ("suspected drug dealers" are no suspects, lemma "suspect")
        phrase.agent = self._agent_before(tokens, phrase.span, phrase.head, {"compound", "nmod"})
        if phrase.agent is not None:
            return _NOTHING  # the generic agent's rule gives the role its country or owner
        lemma = head.lemma
        # plural people named by what they do: "truckers", "veterans"; not "bans", "orders", "payments"
        people = head.tag in {"NNS", "NNPS"} and lemma.endswith(tuple(self.words["agent_noun_endings"])) \
            and not lemma.endswith(tuple(self.words["thing_noun_endings"]))
        qualifier = phrase.owner or (phrase.country if people else None)
        if qualifier is None:
            return None
        code = qualifier.code if qualifier.kind in ORG_KINDS else qualifier.country
        return self._actor(phrase.sentence, phrase.span, code, qualifier, how=f"'{lemma}' of {qualifier.origin}",
                           kind="generic")

    def _company_name(self, sentence: Sentence, head: int, span: list[int],
                      memory: ArticleMemory) -> ActorRef | None:
        """"Acacia Mining rejected the claims", "Canada's Resolute Mining": a proper name whose last word
        names a company (``company_name_words``) is a business, of the country its possessor or an
        adjective before it names, else of none named."""
        tokens = sentence.tokens
        if tokens[head].pos != "PROPN" or tokens[head].lower not in self.words["company_name_words"] \
                or not any(tokens[i].pos == "PROPN" and i < head and tokens[i].dep == "compound" for i in span):
            return None
        country = _country_match(self.find_matches(sentence, [i for i in span if i < head], memory.story_date),
                                 exclude=None)
        entry = country if country is not None and country.kind != "organization" else KBEntry(
            code="---", name="", kind="generic", country="---", origin="company_name_words")
        code = entry.country + BUSINESS if entry.country != "---" else "---" + BUSINESS
        start = min(i for i in span if tokens[i].pos == "PROPN")
        name = surface_text(tokens, start, head + 1)
        return self._actor(sentence, span, code, entry, how=f"company name '{name}'", kind="organization")

    def _organisation_of_country(self, phrase: "_Phrase") -> bool:
        """A proper name the parse calls an organisation (or leaves untagged), owned by a country
        named in the possessive ("Russia's Gazprom")."""
        tokens = phrase.sentence.tokens
        head = tokens[phrase.head]
        if head.pos != "PROPN" or head.ent_type not in {"ORG", ""}:
            return False
        owners = [c for c in phrase.sentence.children(phrase.head) if c.dep == "poss"]
        return any(e.kind == "country" for c in owners for e in self.kb.lookup(normalize(
            surface_text(tokens, min(phrase_tokens(phrase.sentence, c.i)), c.i + 1))))

    def _agent_actor(self, phrase: "_Phrase", memory: ArticleMemory) -> ActorRef | None:
        """A generic agent: the organisation's, the country's, or an unknown country's."""
        sentence, head, span, agent = phrase.sentence, phrase.head, phrase.span, phrase.agent
        tokens, country, owner = sentence.tokens, phrase.country, phrase.owner
        if owner is None and country is None and tokens[head].lower in agent.term.split() \
                and _title_of_a_named_conjunct(sentence, head, span):
            return None  # "State Councilor and Foreign Minister Wang Yi": one man, named once
        if owner is None and country is None and agent.role in ARMED_ROLES | {"MIL"}:
            loyal = self._allegiance(sentence, head, memory)
            if loyal is not None:
                return loyal
        if agent.term in self.words["owed_agents"] and any(c.dep == "poss" for c in sentence.children(head)):
            country = owner = None  # "Zambia's creditors": Zambia owes them, they are of no country named
        if owner is not None and not country:
            # "Taliban government officials" take the agent's role, "Taliban fighters" in power are its
            # armed forces, "Awami League activists" of a ruling party are the party; out of power
            # "Taliban fighters" are the group
            code = owner.code
            if agent.role and owner.code[3:6] == "GOV" and agent.role not in CIVILIAN_ROLES:
                code = owner.code[:3] + ("MIL" if agent.role in ARMED_ROLES else agent.role)
            return self._actor(sentence, span, code, owner, how=f"{agent.term} of {owner.origin}")
        if country is None and tokens[head].dep == "conj" and not any(tokens[i].lemma in {"other", "another"} for i in span):
            # "Israeli helicopters and tanks": the second conjunct shares the first one's country, not
            # "the United States and 20 other countries"
            first = phrase_tokens(sentence, tokens[head].head)
            country = _country_match(self.find_matches(sentence, first, memory.story_date), exclude=None)
        role = "ELI" if self._is_former(sentence, span) and agent.role in OFFICIAL_ROLES else agent.role
        kind = self._person_or_generic(sentence, head, agent)
        if country is not None:
            code = country.country + role if country.kind != "organization" else country.code
            return self._actor(sentence, span, code, country, how=f"agent '{agent.term}' + {country.origin}", kind=kind)
        fled = self._country_fled(sentence, head, memory) if role == "REF" else None
        if fled is not None:
            return fled
        if tokens[head].lemma in self.words["org_descriptions"] and memory.last({"organization"}) is not None \
                and not any(tokens[i].dep == "compound" for i in span):
            return None  # "the agency" after the WHO is the organisation (a description), no official named before
        antecedent = self._same_role_antecedent(sentence, span, agent, memory)
        if antecedent is not None:
            return antecedent
        headed = self._organisation_headed(phrase, memory)
        if headed is not None:
            return headed
        if role in TRANSNATIONAL_ROLES:
            # "rights groups", "aid agencies": CAMEO codes a non-governmental organisation of no named
            # country NGO, as it does a named international one; no policy makes it domestic
            transnational = KBEntry(code=role, name="", kind="generic", country=role, origin="agents.tsv")
            return self._actor(sentence, span, role, transnational, how=f"agent '{agent.term}'", kind=kind)
        if agent.term in self.words["country_bound_agents"] \
                and self.words["dispute_side_quantifiers"].isdisjoint(tokens[i].lower for i in span):
            return None  # "Championship side Sheffield Wednesday": a side of no country is no party
        # CAMEO's convention for an agent of unknown country: '---' plus the role; people of no
        # named country are civilians ("19 people were killed")
        unknown = KBEntry(code="---", name="", kind="generic", country="---", origin="agents.tsv")
        return self._actor(sentence, span, "---" + (role or "CVL"), unknown, how=f"agent '{agent.term}'", kind=kind)

    def _allegiance(self, sentence: Sentence, head: int, memory: ArticleMemory) -> ActorRef | None:
        """"gunmen loyal to General Aidid", "forces loyal to the TPLF", "troops loyal to Gaddafi": armed
        men of a named principal (``allegiance_adjectives``) are a rebel leader's or an armed group's
        own, or the armed forces of a ruler's state."""
        for adjective in sentence.children(head, {"amod", "acl"}):
            if adjective.lemma.lower() not in self.words["allegiance_adjectives"]:
                continue
            for prep in sentence.children(adjective.i, {"prep"}):
                for principal in sentence.children(prep.i, {"pobj"}):
                    found = self.find_matches(sentence, phrase_tokens(sentence, principal.i), memory.story_date)
                    entry = next((m.entry for m in found if m.entry.kind in {"person", "group"}), None)
                    if entry is None:
                        continue
                    # a rebel leader's group, a group's own fighters; a ruler's or a ruling group's state's forces
                    own = entry.code[3:6] in REBEL_ROLES or (entry.kind == "group" and entry.code[3:6] != "GOV")
                    if not own and entry.code[:3] not in self.kb.countries:
                        continue
                    code = entry.code if own else entry.code[:3] + "MIL"
                    return self._actor(sentence, phrase_tokens(sentence, head), code, entry,
                                       how=f"armed men loyal to {entry.name} ({entry.origin})", kind="generic")
        return None

    def _organisation_headed(self, phrase: "_Phrase", memory: ArticleMemory) -> ActorRef | None:
        """"The Secretary-General urged ...": a title only an organisation has, with no body named, is
        the head of the international organisation the story last named ("NATO ministers met ... The
        Secretary-General said"), else the United Nations', as wire copy means the bare title; not a
        country's official of the other party's or the venue's country."""
        tokens = phrase.sentence.tokens
        title = set(phrase.agent.term.split()) | {"-"}
        if phrase.agent.term not in self.words["organisation_head_agents"] \
                or any(tokens[i].pos != "DET" and tokens[i].lower not in title for i in phrase.span):
            return None  # "the party's secretary general", "its secretary general": a body named
        named = self._body_of_title(phrase, memory)
        if named is not None:
            return named
        body = next((a for a in reversed(memory.mentions) if a.code.startswith(INTERNATIONAL_PREFIXES)), None)
        code = body.code if body is not None else UNITED_NATIONS
        if code.startswith(UNITED_NATIONS):
            code = UNITED_NATIONS  # the Security Council's or an agency's story: the UN's own head
        entries = [e for e in self.kb.lookup(normalize(body.name if body and body.name else "United Nations"))
                   if e.code == code] or [KBEntry(code=code, name="", kind="organization", origin="agents.tsv")]
        how = f"agent '{phrase.agent.term}' heads " + (f"{body.text}, named before" if body else "the UN")
        return self._actor(phrase.sentence, phrase.span, code, entries[0], how=how, kind="person")

    def _body_of_title(self, phrase: "_Phrase", memory: ArticleMemory) -> ActorRef | None:
        """"the secretary-general of NATO", where the parse hangs the "of" phrase on the title's second
        word, outside the phrase: the body it names."""
        tokens, title = phrase.sentence.tokens, set(phrase.span)
        for of in (t for t in tokens if t.lower == "of" and t.head in title and t.i not in title):
            objects = [t.i for t in phrase.sentence.children(of.i) if t.dep == "pobj"]
            matches = self.find_matches(phrase.sentence, phrase_tokens(phrase.sentence, objects[0]),
                                        memory.story_date) if objects else []
            body = _country_match(matches, exclude=None)
            if body is not None:
                return self._actor(phrase.sentence, phrase.span, body.code if body.kind == "organization"
                                   else body.country + phrase.agent.role, body,
                                   how=f"agent '{phrase.agent.term}' + {body.origin}", kind="person")
        return None

    def _agent_lemma(self, token: Token) -> str:
        """The lemma, singular even where a title-case headline made the word a name ("GOP State
        Lawmakers" are tagged as proper nouns, which the lemmatizer leaves plural)."""
        lemma = token.lemma
        if token.pos == "PROPN" and lemma.endswith("s") and lemma[:-1] in self.kb.agents:
            return lemma[:-1]
        lower = lemma.lower()
        if lower.endswith("men") and lower not in self.kb.agents and lower[:-3] + "man" in self.kb.agents:
            return lower[:-3] + "man"  # "Militiamen attacked": a plural the tagger read as a name
        return lemma

    def _country_fled(self, sentence: Sentence, head: int, memory: ArticleMemory) -> ActorRef | None:
        """"refugees fleeing the civil war in Liberia", "refugees from Syria": the country they fled."""
        places = [i for c in sentence.children(head) if c.dep == "prep" and c.lower == "from"
                  for i in (g.i for g in sentence.children(c.i) if g.dep == "pobj")]
        for verb in sentence.children(head):
            if verb.dep == "acl" and verb.lemma in self.words["fleeing_verbs"]:
                for obj in sentence.children(verb.i):
                    places.append(obj.i)
                    places.extend(g.i for g in sentence.children(obj.i) if g.dep == "pobj")
                    for prep in sentence.children(obj.i):
                        places.extend(g.i for g in sentence.children(prep.i) if g.dep == "pobj")
        for i in places:
            country = self.venue(sentence, i, memory.story_date)
            if country is not None:
                return replace(country, code=country.code + "REF", sectors=("REF",), kind="generic",
                               text=sentence.tokens[head].text,
                               span=_span(sentence.tokens, head, head + 1), how=f"refugees from {country.how}")
        return None

    def _person_or_generic(self, sentence: Sentence, head: int, agent) -> str:
        """'the foreign minister' is one person (a 'he' may follow); 'the army', 'the mission' are one
        institution (an 'it' may follow); 'officials' are neither."""
        token = sentence.tokens[head]
        if token.tag not in {"NN", "NNP"}:
            return "generic"
        institutions = self.words["institution_agents"]
        return "institution" if agent.term in institutions or token.lemma in institutions else "person"

    def _same_role_antecedent(self, sentence: Sentence, span: list[int], agent, memory: ArticleMemory):
        """'The court', 'the rebels': the most recent actor of the article in the same role. A body
        named after a person of its role ("the opposition" after the opposition leader) is his
        side, not him: it stays an institution, which no later 'he' stands for."""
        tokens = sentence.tokens
        if not agent.role or not any(tokens[i].lower == "the" for i in span) \
                or not self.words["dispute_side_quantifiers"].isdisjoint(tokens[i].lower for i in span):
            return None  # "the two governments", "both leaders" are two parties, not the last one
        if sum(tokens[i].pos == "PROPN" and tokens[i].ent_type == "ORG" for i in span) >= 2:
            return None  # "The Pakistan Sports Board", "the Sudanese Football Committee": a name, no description
        institutions = self.words["institution_agents"]
        body = agent.term in institutions or any(tokens[i].lemma in institutions for i in span)
        # "the former premier": one out of office, an elite (ELI), as the person named before was coded
        role = "ELI" if self._is_former(sentence, span) else agent.role
        # the subject of the clause the description is an object in is no antecedent ("Washington widened
        # sanctions on the junta"), nor is another mention of the same party ("Washington called on the
        # authorities" after "the United States urged ...")
        partners = _clause_subjects(sentence, span[-1])
        partner_codes = {memory.sentence_actors[i].code for i in partners if i in memory.sentence_actors} \
            | self._acted_upon_codes(sentence, span[-1], memory)
        partner_codes |= {f"{code}GOV" for code in partner_codes if len(code) == 3}  # a state is its government
        # the last subject of the role first ("China announced controls ahead of talks with Washington.
        # The commerce ministry said ...": China's government), then the last mention of it
        salient = [(earlier, True) for earlier in reversed(memory.subjects)]
        # "the peacekeepers" are the peacekeepers named before, never the host's army
        visiting = agent.term in self.words["visiting_force_agents"]
        for earlier, subject in [*salient, *((earlier, False) for earlier in reversed(memory.mentions))]:
            if visiting and not _keeps_peace(earlier):
                continue
            if subject and earlier.kind == "country" and memory.visitor(earlier):
                continue  # a foreign country's words make it no antecedent of the home country's bodies
            if self._mission_abroad(earlier) != (agent.term in self.words["envoy_agents"]):
                # "The British High Commission said ... the EU urged the authorities": not the mission;
                # "the envoy" is an envoy named before, not the government last named
                continue
            code = earlier.code if visiting else _code_in_role(earlier, role, subject, self._dictionary_roles(earlier))
            if code and code not in partner_codes \
                    and not (earlier.span is not None and any(_covers(earlier.span, tokens[i]) for i in partners)):
                text = surface_text(tokens, span[0], span[-1] + 1)
                return replace(earlier, text=text, span=_span(tokens, span[0], span[-1] + 1), code=code,
                               sectors=tuple(code[i:i + 3] for i in range(3, len(code), 3)),
                               kind="institution" if body and earlier.kind == "person" else earlier.kind,
                               how=f"description '{text}' -> {earlier.name or earlier.text}")
        return None

    def _acted_upon_codes(self, sentence: Sentence, head: int, memory: ArticleMemory) -> set[str]:
        """For a description that is a verb's subject, the codes of the parties its verb acts on, which
        it is not ("Last month the junta expelled the French ambassador": not France's government)."""
        token = sentence.tokens[head]
        if token.dep != "nsubj" or token.head == head:
            return set()
        objects = [o.i for o in sentence.children(token.head, {"dobj", "dative"}) if o.pos in {"NOUN", "PROPN"}]
        objects += [c.i for o in objects for c in sentence.children(o, {"conj"})]
        # "it put its forces on alert": an object the subject owns is its own
        objects = [o for o in objects if not any(c.pos == "PRON" for c in sentence.children(o, {"poss"}))]
        found = (memory.sentence_actors.get(i) or self(sentence, i, memory.copy()) for i in objects)
        return {actor.code for actor in found if actor is not None}

    def _seat_of_a_body(self, sentence: Sentence, head: int, actor: ActorRef, memory: ArticleMemory) -> ActorRef:
        """"The EU imposed duties ... Beijing accused Brussels of protectionism": the capital that seats
        an international body (``body_seats``: Brussels, the EU's) stands for the body once the story has
        named it, not for the host state."""
        body = self.body_seats.get(sentence.tokens[head].lower)
        named = next((a for a in reversed(memory.mentions) if body and a.code.startswith(body)), None)
        if named is None:
            return actor
        return _standing_at(named, sentence.tokens, head, f"'{sentence.tokens[head].text}' -> the seat of "
                                                         f"{named.name or named.text}, named before")

    def _mission_abroad(self, actor: ActorRef) -> bool:
        """An embassy, a high commission, an ambassador: a state's representatives abroad, whom no
        description of a body of the country they are in stands for."""
        text = actor.text.lower()
        return any(term in text if " " in term else term in text.split() for term in self.words["envoy_agents"])

    def _dictionary_roles(self, actor: ActorRef) -> frozenset[str]:
        """All the roles the dictionary gives the group an actor was resolved to, the code's and the
        others (the Bangladesh Nationalist Party is coded BGDOPP and is also a party, PTY); not an
        organisation's (ECOWAS is no government, "the junta" no description of it)."""
        if not actor.name or actor.kind != "group":
            return frozenset()
        return frozenset(sector for entry in self.kb.phrases.get(normalize(actor.name), ())
                         if entry.code == actor.code for sector in entry.sectors)

    def _country_of_owner(self, matches: list[Match], tokens: tuple[Token, ...], head: int) -> KBEntry | None:
        """"Hun Sen's government", "Trump's administration", "the Obama administration": the country
        of the person who owns or names the institution."""
        for match in matches:
            # the match may take in the possessive's "'s" ("Putin's" is a key of its own)
            possessive = (match.end < len(tokens) and tokens[match.end].dep == "case") \
                or (match.end - match.start > 1 and tokens[match.end - 1].dep == "case")
            naming = tokens[match.end - 1].dep == "compound" and tokens[match.end - 1].head == head
            if match.entry.kind == "person" and (possessive or naming):
                country = self.kb.countries.get(match.entry.code[:3])
                if country is not None:
                    return country
        return None

    def _country_of_place(self, sentence: Sentence, span: list[int], head: int) -> KBEntry | None:
        """"The West Bengal government", "New South Wales police": a province or city names the country."""
        if self.places is None:
            return None
        tokens = sentence.tokens
        # a capitalised adjective inside a name too: the parse makes "Bengal" one in "West Bengal"
        names = [i for i in span if i != head and (tokens[i].pos == "PROPN" or (
            tokens[i].pos == "ADJ" and tokens[i].text[:1].isupper() and i > 0)) and not _against(tokens, i)]
        if tokens[head].ent_type == "PERSON":
            # words of the person's own name are no places: "President Duong Van Minh" is no Turk (Van)
            names = [i for i in names if tokens[i].ent_type != "PERSON"]
        # runs of adjacent names, a title between them ending one: "Texas Governor Greg Abbott"
        # is "Texas" and "Greg Abbott"
        runs: list[list[int]] = []
        for i in names:
            if tokens[i].lower in self.kb.agents:
                continue
            if runs and runs[-1][-1] == i - 1:
                runs[-1].append(i)
            else:
                runs.append([i])
        # only name sequences that end a run of names: "Nassau" in "Nassau County officials" is not one
        for run in runs:
            for start in range(len(run)):
                country = self._place_country(tokens, run[start:])
                if country is not None:
                    return country
        return None

    def _place_country(self, tokens: tuple[Token, ...], window: list[int]) -> KBEntry | None:
        """The country of the place the adjacent tokens name, if the gazetteer is sure of it."""
        name = surface_text(tokens, window[0], window[-1] + 1)
        if self.places is None or name.lower() in self.words["generic_region_names"]:
            return None
        return self.kb.countries.get(self.places(name) or "")

    def _agent_in(self, sentence: Sentence, head: int, span: list[int]):
        """The generic agent the phrase names: its head, or a title inside a name ("President X")."""
        tokens = sentence.tokens
        lemma = self._agent_lemma(tokens[head])
        two = f"{tokens[head - 1].lemma} {lemma}" if head > 0 else ""
        written = f"{tokens[head - 1].lower} {lemma}" if head > 0 else ""  # "lower house", not "low house"
        hyphenated = head > 1 and tokens[head - 1].text in HYPHENS
        if hyphenated:  # "Secretary-General" (the parser's adjective in "the secretary-general"): no military general
            two = written = f"{tokens[head - 2].lemma.lower()} {lemma.lower()}"
        elif head + 2 < len(tokens) and tokens[head + 1].text in HYPHENS and tokens[head + 2].head == head:
            two = written = f"{lemma.lower()} {tokens[head + 2].lemma.lower()}"  # "the secretary-general of NATO"
        elif tokens[head].pos == "ADJ" and lemma in self.words["noun_only_agents"]:
            return None  # "a general strike": no general
        if lemma in DISPUTE_PARTY_LEMMAS and tokens[head].tag == "NNS" and "side" in self.kb.agents \
                and not (self.words["dispute_side_quantifiers"] - ({"rival"} if lemma == "party" else set())
                         ).isdisjoint(tokens[i].lower for i in span) \
                and not any(tokens[i].lower == "political" for i in span):  # "rival parties" may be political
            return self.kb.agents["side"]  # "urged all parties to refrain": a dispute's sides, no political parties
        for key in dict.fromkeys((two, written, lemma)):
            if key == lemma and lemma in self.words["country_descriptions"] and tokens[head].tag in {"NN", "NNP"}:
                continue  # "his country", "the country": a description of one country, not "countries"
            if key in self.kb.agents:
                agent = self.kb.agents[key]
                # "rebel leaders", "opposition leader", "army officers": the modifier sets the role,
                # unless it is part of the term ("parent company" is no parent's) or qualifies a term of
                # two words ("press freedom groups" are advocacy groups, not the press)
                for child in sentence.children(head):
                    # "protest leaders", "strike organisers": of the crowd the act is, as "student leaders"
                    modifier = self.kb.agents.get(child.lemma) or (
                        self.kb.agents.get("protester") if child.lemma in self.words["protest_modifiers"] else None)
                    # ... but "deputy minister" is a junior minister, no deputy of a chamber
                    if child.dep in {"compound", "amod"} and modifier and modifier.role not in {"", "GOV", agent.role} \
                            and child.lower not in self.words["junior_office_words"] \
                            and not (key in {two, written} and (child.i <= head - 1 or child.i == head + 2)) \
                            and not _in_one_name(tokens, child.i, head) and not _against(tokens, child.i):
                        return modifier
                return self._role_of_body(sentence, head, agent)
        if tokens[head].pos == "PROPN":
            # a title inside a name, nearest to the name first, two-word titles before one-word
            # ones: "Congress general secretary Priyanka Gandhi" is a secretary, not a general
            # a word coordinated inside the name is the name's own: "the Justice and Equality Movement"
            titled = [i for i in span if not _coordinated_name_word(sentence, i)]
            title = self._agent_before(tokens, titled, head, {"compound", "nmod", "amod"})
            # ... of the kind its own modifier says: "Separatist leader Eduard Kokoity" is a rebel's
            armed = self.words["armed_kind_modifiers"]
            kinds = [self.kb.agents.get(tokens[i].lemma) for i in span
                     if i < head and tokens[i].dep in {"amod", "compound", "nmod"} and tokens[i].lemma in armed]
            return next((k for k in kinds if k is not None), None) if title is not None and any(kinds) else title
        return None

    def _role_of_body(self, sentence: Sentence, head: int, agent: Agent) -> Agent:
        """"the leader of the main opposition party", "the head of the army": someone who leads,
        belongs to or speaks for a body has the role of the body the "of" phrase names, as the term
        ("leader") keeps deciding whether the phrase is a person."""
        if agent.term not in self.words["body_voice_agents"]:
            return agent
        bodies = [(prep.i, c) for prep in sentence.children(head, {"prep"}) if prep.lower == "of"
                  for c in sentence.children(prep.i, {"pobj"})]
        for prep, body in bodies[:1]:
            if body.pos != "NOUN":
                continue  # a named body or a country decides through the dictionary's matches
            # "a student protest movement": a body no agent row names takes its modifier's role
            of_body = self._agent_before(sentence.tokens, list(range(prep + 1, body.i)), body.i,
                                         {"compound", "amod"}) or self._agent_in(sentence, body.i, [])
            if of_body is not None and of_body.role not in {"", "GOV", agent.role}:
                return Agent(term=agent.term, role=of_body.role, sector=of_body.sector)
        return agent

    def _agent_before(self, tokens: tuple[Token, ...], span: list[int], head: int, deps: set[str]):
        """The agent a modifier before the head names, nearest first, two words before one."""
        honorific = None  # "Foreign Minister Sheikh Khalid": the office, not the honorific nearer the name
        for i in sorted((i for i in span if i < head and tokens[i].dep in deps), reverse=True):
            before = i - 2 if i > 1 and tokens[i - 1].text in HYPHENS else i - 1  # "Secretary-General"
            pair = f"{tokens[before].lemma.lower()} {tokens[i].lemma.lower()}" if before >= 0 else ""
            for key in (pair, tokens[i].lemma):
                # a community is no title: "Heinz-Christian Strache" is no Christian
                named = tokens[head].pos == "PROPN" and key in self.words["community_agents"]
                if key in self.kb.agents and not named:
                    if key.lower() in self.words["honorific_titles"]:
                        honorific = honorific or self.kb.agents[key]
                        break
                    return self.kb.agents[key]
        return honorific

    def _actor(self, sentence: Sentence, span: list[int], code: str, entry: KBEntry, how: str,
               kind: str = "") -> ActorRef:
        tokens = sentence.tokens
        start, end = _trim(tokens, span)
        text_span = Span(start=tokens[start].idx, end=tokens[end - 1].idx + len(tokens[end - 1].text),
                         text=surface_text(tokens, start, end))
        entity_kind = kind or entry.kind
        if entity_kind in {"adjective", "capital", "metonym"} and len(code) > 3:
            entity_kind = "metonym" if entry.kind != "adjective" else "generic"
        return ActorRef(text=text_span.text, code=code, span=text_span, country=entry.country,
                        sectors=_roles(code), name=entry.name, kind=entity_kind, wikidata=entry.wikidata,
                        how=how)

    def _of_a_named_group(self, sentence: Sentence, head: int) -> bool:
        """"gunmen from the Maute group", "fighters of the Ansar al-Islam movement": the phrase's
        "from" or "of" names a group by a proper name (``group_descriptions``)."""
        return any(obj.lemma in self.words["group_descriptions"]
                   and any(c.pos == "PROPN" for c in sentence.children(obj.i, {"compound", "nmod", "amod"}))
                   for prep in sentence.children(head, {"prep"}) if prep.lower in {"from", "of"}
                   for obj in sentence.children(prep.i, {"pobj"}))

    def _named_armed_group(self, sentence: Sentence, head: int, span: list[int],
                           matches: list[Match]) -> ActorRef | None:
        """An armed group no dictionary lists, whose name says what it is: "the Oromo Liberation
        Front", "a group calling itself the Islamic Liberation Front", "the East Indonesia
        Mujahideen" are rebels (REB), of the country the name names if it names one (list
        ``armed_group_name_words``); dictionaries age, names of this kind keep coming."""
        tokens = sentence.tokens
        if tokens[head].pos != "PROPN" or any(m.start <= head < m.end for m in matches):
            return None
        name = [i for i in span if tokens[i].pos == "PROPN"]
        word = next((tokens[i].lower for i in name if tokens[i].lower in self.words["armed_group_name_words"]), None)
        if word is None or len(name) < 2:
            return None
        country = _country_match(matches, exclude=None)
        entry = country or KBEntry(code="---", name="", kind="group", country="---", origin="its name")
        code = (country.country if country is not None else "---") + "REB"
        return self._actor(sentence, name, code, entry, how=f"armed group by its name: '{word}'", kind="group")

    def _the_west(self, sentence: Sentence, head: int, span: list[int]) -> ActorRef | None:
        """"accused the West of arming Kyiv": the phrase "the West" alone is the Western powers (the
        region table leaves out the key "west", which would take "West Darfur" and "West Bank")."""
        tokens = sentence.tokens
        words = [tokens[i].lower for i in span]
        entries = self.kb.phrases.get("western powers", [])
        if words != ["the", "west"] or tokens[head].pos != "PROPN" or not entries:
            return None
        return self._actor(sentence, span, entries[0].code, entries[0], how=f"'the West' ({entries[0].origin})")

    def _compass_half(self, sentence: Sentence, head: int, span: list[int], memory: ArticleMemory) -> ActorRef | None:
        """"the North fired a shell", "gave the South an ultimatum": "the North" or "the South" alone,
        capitalised, is the state named so ("North Korea", "South Sudan") that the story has named."""
        tokens = sentence.tokens
        words = [tokens[i].lower for i in span if tokens[i].dep != "case"]
        if words not in (["the", "north"], ["the", "south"]) or tokens[head].pos != "PROPN":
            return None
        prefix = tokens[head].text + " "
        by_name = {entry.name: code for code, entry in self.kb.countries.items()}
        for earlier in reversed(memory.mentions):
            entry = self.kb.countries.get(earlier.country)
            if entry is None or entry.name.split()[0] not in COMPASS_HALVES:
                continue
            # "North Korea ... the South": the other half of a divided country the story named
            name = entry.name if entry.name.startswith(prefix) else prefix + entry.name.split(" ", 1)[1]
            if name in by_name:
                text = surface_text(tokens, span[0], head + 1)
                return replace(earlier, text=text, span=_span(tokens, span[0], head + 1), code=by_name[name],
                               country=by_name[name], sectors=(), kind="country", name=name,
                               how=f"'{text}' -> {name}, of the divided country named before")
        return None

    def _named_place(self, sentence: Sentence, head: int, span: list[int]) -> ActorRef | None:
        """A province, state or city that no dictionary lists stands for its country, as the
        field's country tables list them ("California sued", "shelled Donetsk": USA, UKR)."""
        tokens = sentence.tokens
        if tokens[head].pos != "PROPN" or tokens[head].ent_type not in {"GPE", "LOC"} \
                or tokens[head].dep in NOT_PHRASE_HEADS:  # "a Minneapolis police station" is the police's
            return None
        words = [i for i in span if tokens[i].pos not in {"DET", "PUNCT"}]
        # only a bare name, the phrase's every word: "villages in Jonglei state" is not the state
        if words != list(range(words[0], head + 1)) or any(
                tokens[i].pos != "PROPN" or tokens[i].ent_type != tokens[head].ent_type for i in words):
            return None
        country = self._place_country(tokens, words)
        if country is None:
            return None
        name = surface_text(tokens, words[0], head + 1)
        # kind 'place': never a pronoun's antecedent ("expelled agencies from Darfur, accusing them")
        return self._actor(sentence, words, country.code, country, how=f"place: {name} in {country.name}",
                           kind="place")

    # -- names learned from the text --------------------------------------------------

    def _learned(self, sentence: Sentence, head: int, span: list[int], memory: ArticleMemory) -> ActorRef | None:
        tokens = sentence.tokens
        if tokens[head].pos != "PROPN":
            return None
        names = [i for i in span if tokens[i].pos == "PROPN"]
        candidates = [surface_text(tokens, names[0], names[-1] + 1), tokens[head].text] if names else []
        for name in candidates:
            known = memory.learned.get(normalize(name))
            if known:
                return _standing_at(known, tokens, head, f"learned: {known.name or known.text} ({known.how})")
        return None

    def _surname(self, sentence: Sentence, head: int, span: list[int], memory: ArticleMemory) -> ActorRef | None:
        """"Clinton praised Barak": a person named by surname alone, as wire copy names people after
        the first mention and in headlines. The parse must call the word a person's name, standing
        alone ("Chelsea Clinton" is someone else); a bearer the story named in full before is the one
        meant ("Hong Kong police arrested Jimmy Lai ... Lai told reporters": not Taiwan's Lai
        Ching-te); else the story date picks the one holder of that surname in office, else the only
        one the dictionary has on that date or at all (an elite, out of office); two with equal claims
        name no one."""
        day = memory.story_date
        tokens = sentence.tokens
        token = tokens[head]
        if token.pos != "PROPN" or _in_full_name(tokens, head):
            return None
        if token.ent_type != "PERSON" and not _lone_untagged_name(tokens, head):
            return None
        if any(tokens[i].ent_type == "PERSON" for i in span if i != head):
            return None
        if any(c.dep == "det" and c.lower == "the" for c in sentence.children(head)):
            return None  # "accused the West of meddling": no person is named with "the"
        if token.dep == "conj" and tokens[token.head].pos == "PROPN" and tokens[token.head].ent_type in PLACE_LIKE_ENTITIES:
            return None  # "captured Kidal and Gao": a town listed with a town, not Gao Zhisheng
        people = self.kb.people_by_surname(token.text)
        named_before = {e.name for e in people} & {m.name for m in memory.mentions if m.kind == "person"}
        if len(named_before) == 1:
            people = [e for e in people if e.name in named_before]
        entry = _surname_holder(people, day, self._office_tier)
        if entry is None:
            return None
        if not _in_office(people, day) and self.places is not None and self.places(token.text):
            return None  # "rebels attacked Goma": a city, not a prime minister of 1991 of that surname
        return self._actor(sentence, span, entry.code, entry, how=f"surname of {entry.name} ({entry.origin})",
                           kind="person")

    def _office_tier(self, entry: KBEntry) -> int:
        """0 for a head of state or government or of an international organisation
        (``head_offices``), 1 for a foreign or defence minister and their like
        (``principal_offices``), 2 for anyone else, and for a deputy or vice holder
        (``junior_office_words``)."""
        role = " " + " ".join(entry.role.lower().replace("(", " ").replace(")", " ").replace(",", " ").split()) + " "
        if set(role.split()) & self.words["junior_office_words"]:
            return 2
        if any(f" {office} " in role for office in self.words["head_offices"]):
            return 0
        if any(f" {office} " in role for office in self.words["principal_offices"]):
            return 1
        return 2

    @staticmethod
    def _learn_surname(sentence: Sentence, matches: list[Match], head: int, actor: ActorRef,
                       memory: ArticleMemory) -> None:
        """A person named in full ("Hillary Clinton") is the one the article means by the surname
        from then on, whoever else the dictionary knows by it; in a country that puts the family name
        first, by its first word or its last ("Jimmy Lai", "Carrie Lam" give theirs last, "Xi
        Jinping" first), the last being no one else's within the story; and by the surname the text
        writes ("Avigdor Lieberman", the dictionary's Liberman)."""
        match = next((m for m in matches if m.start <= head < m.end), None)
        if match is None or match.entry.kind != "person" or match.end - match.start < 2:
            return
        # the name as the text writes it too: "Avigdor Lieberman" is the dictionary's Avigdor Liberman
        written = surface_text(sentence.tokens, match.start, match.end)
        keys = [surname_keys(name, country) for name in (match.entry.name, written)
                for country in (match.entry.country, "")]
        for key in dict.fromkeys(k for found in keys for k in found):
            memory.learned[key] = actor

    def _country_from_apposition(self, sentence: Sentence, token: Token, actor: ActorRef,
                                 memory: ArticleMemory) -> ActorRef:
        """A phrase and its apposition name one party: "Oman's army chief, Major General Salim
        al-Harthi" (the title alone is a general of no country), "General Viktor Kovalenko, commander
        of Ukraine's ground forces". One of no country takes the other's code when the other has one."""
        if token.dep == "appos" and token.head != token.i:
            other = memory.sentence_actors.get(token.head)
        else:
            appositions = [c.i for c in sentence.children(token.i, {"appos"})]
            other = next(filter(None, (self._resolved_quietly(sentence, i, memory) for i in appositions)), None)
        if other is None or other.code.startswith("---") or not other.country or other.kind in {"place", "country"}:
            return actor
        return replace(actor, code=other.code, country=other.country, sectors=other.sectors,
                       how=f"{actor.how}; apposition: {other.text} ({other.code})")

    def _learn_from_apposition(self, sentence: Sentence, head: int, actor: ActorRef,
                               memory: ArticleMemory, named: bool = False) -> ActorRef:
        """'The US special envoy, Thomas West,' teaches that West is USAGOV for this article. A person the
        phrase already names (``named``: a dictionary person) is not renamed by a name after it, which
        the parse may hang on the wrong one of two conjuncts ("between Prime Minister Abiy Ahmed and
        Sudan's army chief, Abdel Fattah al-Burhan")."""
        tokens = sentence.tokens
        for child in sentence.children(head):
            if child.dep == "appos" and child.pos == "PROPN" and not named:
                name_span = [i for i in phrase_tokens(sentence, child.i) if tokens[i].pos == "PROPN"]
                if not name_span:
                    continue
                name = surface_text(tokens, name_span[0], name_span[-1] + 1)
                known = self.find_matches(sentence, name_span, memory.story_date)
                if known and known[0].entry.kind == "person":
                    # a person the dictionary knows: their dated entry, remembered under the name
                    entry = known[0].entry
                    person = replace(actor, code=entry.code, name=entry.name, kind="person",
                                     wikidata=entry.wikidata or actor.wikidata,
                                     how=f"apposition: {actor.text}; person {entry.origin}")
                    memory.learn(name, person)
                    return person
                if known:
                    continue  # the apposition is itself a known name (a place, an organisation)
                person = replace(actor, name=name, kind="person", how=f"apposition: {actor.text} ({actor.how})")
                memory.learn(name, person)
                return person
        # "M23 rebel commander Jean-Marie Habimana": a person titled by a group's role is remembered too
        titled = actor.kind in {"generic", "institution", "person"} or (
            actor.kind == "group" and tokens[head].ent_type == "PERSON")
        if titled and tokens[head].pos == "PROPN":
            names = [i for i in phrase_tokens(sentence, head) if tokens[i].pos == "PROPN"
                     and tokens[i].ent_type == "PERSON"]
            name = surface_text(tokens, names[0], names[-1] + 1) if names else ""
            # a surname the actor's full name already stands behind ("Clinton": Hillary Clinton) is kept
            if names and not self.kb.lookup(normalize(name)) and normalize(name) not in surname_keys(
                    actor.name, actor.country):
                person = replace(actor, name=name, kind="person", how=f"title: {actor.how}")
                memory.learn(name, person)
                if actor.kind == "group":
                    memory.remember(actor)  # the group stays what a later "the group" names
                return person
        return actor

    def _titled_by_apposition(self, sentence: Sentence, head: int, memory: ArticleMemory) -> ActorRef | None:
        """'Tomasz Wierzbicki, a Polish opposition lawmaker,': the title after the name codes it."""
        tokens = sentence.tokens
        if tokens[head].pos != "PROPN":
            return None
        for child in sentence.children(head):
            if child.dep == "appos" and child.pos == "NOUN":
                title_span = phrase_tokens(sentence, child.i)
                matches = self.find_matches(sentence, title_span, memory.story_date)
                title = self._from_matches(sentence, child.i, title_span, matches, memory)
                if title is None:
                    continue
                names = [i for i in phrase_tokens(sentence, head) if tokens[i].pos == "PROPN"]
                name = surface_text(tokens, names[0], names[-1] + 1)
                person = replace(title, text=name, span=_span(tokens, names[0], names[-1] + 1), name=name,
                                 kind="person", how=f"apposition: {title.text} ({title.how})")
                memory.learn(name, person)
                return person
        return None

    # -- pronouns and descriptions ------------------------------------------------------

    def _pronoun(self, sentence: Sentence, token: Token, memory: ArticleMemory) -> ActorRef | None:
        word = token.lower
        if word in FIRST_PERSON_PRONOUNS:
            return self._quoted_speaker(sentence, token, memory) or self._issuer(sentence, token, memory)
        speaker = self._speaker(sentence, token, memory)
        if speaker is not None and word in THING_PRONOUNS | PLURAL_PRONOUNS and speaker.kind != "person":
            return _standing_at(speaker, sentence.tokens, token.i,
                                f"pronoun '{token.text}' -> speaker {speaker.name or speaker.text}")
        # named before the pronoun; else, as a pronoun may point forward ("When he landed in Kabul, the
        # envoy met ..."), later in its sentence (the coder looks up with the whole sentence's memory)
        antecedent = self._antecedent(sentence, token, memory, partial(memory.last, before=token.idx)) \
            or self._antecedent(sentence, token, memory, memory.last)
        if antecedent is None or (word in PERSON_PRONOUNS and _someone_unknown_since(antecedent, token, memory)):
            return None
        return _standing_at(antecedent, sentence.tokens, token.i,
                            f"pronoun '{token.text}' -> {antecedent.name or antecedent.text}")

    def _antecedent(self, sentence: Sentence, token: Token, memory: ArticleMemory,
                    last: Callable[..., ActorRef | None]) -> ActorRef | None:
        """What a third-person pronoun stands for, among the actors ``last`` looks through."""
        word = token.lower
        if word in PERSON_PRONOUNS:
            # the last person who was a subject, else the last person named at all; an object is not its
            # own clause's subject ("the president ordered the ambassador to leave, accusing him": the
            # ambassador, not the president)
            # nor the subject of the clause a preposition's "him" is in ("Wang Yi held talks with him")
            bound = self._clause_subject(sentence, token, memory) if token.dep in OBJECT_DEPS | {"pobj"} else None
            return (self._object_before(sentence, token, memory, bound) if token.dep in OBJECT_DEPS else None) \
                or last({"person"}, salient=True, exclude=bound) or last({"person"}, exclude=bound)
        if word in PLURAL_PRONOUNS:
            kinds = {"group", "generic", "institution", "organization", "metonym", "country"}
            # "police fired tear gas at them", "praised both governments and urged them": not the clause's subject
            bound = self._clause_subject(sentence, token, memory) if token.dep in OBJECT_DEPS | {"pobj"} else None
            # "Rebels attacked the town of Goma. They killed ...": a subject continues the last subject
            salient = last(kinds, salient=True, plural=True) if token.dep in {"nsubj", "nsubjpass"} else None
            return salient or last(kinds, plural=True, exclude=bound)
        if word in THING_PRONOUNS:
            # "the army accused the mission of bias, and it denied it": a named or unnamed institution
            kinds = {"group", "organization", "country", "metonym", "institution"}
            bound = self._clause_subject(sentence, token, memory) if token.dep in OBJECT_DEPS else None
            # "Britain warned Iran ..., and it summoned the Iranian charge d'affaires": not Iran
            acted = frozenset(self._acted_upon_codes(sentence, token.i, memory))
            return (self._owning_subject(sentence, token, memory, kinds) if token.dep == "poss" else None) \
                or self._parallel_subject(sentence, token, memory, kinds, acted) \
                or last(kinds, exclude=bound, unlike=acted)
        return None

    def _parallel_subject(self, sentence: Sentence, token: Token, memory: ArticleMemory, kinds: set[str],
                          acted: frozenset[str]) -> ActorRef | None:
        """"The Russian Foreign Ministry said ..., and it urged Washington to ...": the subject "it" of a
        verb joined to another is that verb's subject; not for a reply ("the army accused the mission of
        bias, and it denied it": the mission), nor for the party the verb acts on."""
        verb = sentence.tokens[token.head]
        if token.dep != "nsubj" or verb.dep != "conj" or verb.head == verb.i \
                or verb.lemma in self.words["reply_verbs"]:
            return None
        joined = sentence.tokens[verb.head]
        if joined.dep == "ccomp" and sentence.tokens[joined.head].lemma in self.words["speaker_lemmas"] \
                and not any(c.i in memory.sentence_actors for c in sentence.children(joined.i, {"nsubj"})):
            joined = sentence.tokens[joined.head]  # "X said the move confirmed ..., and it urged": X's words
        first = next((c.i for c in sentence.children(joined.i, {"nsubj"})), None)
        actor = memory.sentence_actors.get(first) if first is not None else None
        if actor is None or actor.kind not in kinds | {"institution"} or actor.code in acted:
            return None
        return actor

    @staticmethod
    def _object_before(sentence: Sentence, token: Token, memory: ArticleMemory,
                       bound: ActorRef | None) -> ActorRef | None:
        """"Uganda's president telephoned Ruto to congratulate him": an object pronoun stands for the
        person its sentence has just made the object of an act, before the subjects of earlier
        sentences; not for its own clause's subject (``bound``)."""
        objects = [i for i, actor in memory.sentence_actors.items() if i < token.i and actor.kind == "person"
                   and sentence.tokens[i].dep in OBJECT_DEPS and actor is not bound]
        return memory.sentence_actors[max(objects)] if objects else None

    def _clause_subject(self, sentence: Sentence, token: Token, memory: ArticleMemory) -> ActorRef | None:
        """The actor of the subject of the clause a pronoun is the object of, through a participle or
        infinitive with no subject of its own ("..., accusing him")."""
        tokens = sentence.tokens
        verb = tokens[token.head]
        if token.dep == "pobj" and verb.dep == "prep":  # "fired tear gas at them": the verb the phrase is on
            verb = tokens[verb.head]
        if verb.pos == "NOUN" and verb.dep in {"dobj", "obj"}:  # "held talks with him": the noun's verb
            verb = tokens[verb.head]
        for _ in range(4):
            subject = next((c.i for c in sentence.children(verb.i) if c.dep in {"nsubj", "nsubjpass"}), None)
            if subject is not None:
                return memory.sentence_actors.get(subject)
            governor = tokens[verb.head]
            if verb.dep == "xcomp" and verb.head != verb.i and governor.lemma in self.object_control:
                # "urged the authorities to free them": the one urged is who would free, not the urger
                # ("telephoned Ruto to congratulate him": the caller congratulates)
                controller = next((c.i for c in sentence.children(verb.head) if c.dep in OBJECT_DEPS), None)
                if controller is not None:
                    return memory.sentence_actors.get(controller)
            if verb.dep not in {"advcl", "xcomp", "conj"} or verb.head == verb.i:
                return None
            verb = tokens[verb.head]
        return None

    @staticmethod
    def _owning_subject(sentence: Sentence, token: Token, memory: ArticleMemory, kinds: set[str]) -> ActorRef | None:
        """"Iran launched missiles at Israel in its first direct attack": a possessive 'its' owns what
        the sentence's subject before it does, not the last name read (Israel)."""
        subjects = [sentence.tokens[i] for i, actor in memory.sentence_actors.items()
                    if i < token.i and actor.kind in kinds]
        subjects = [t for t in subjects if t.dep in {"nsubj", "nsubjpass"}]
        return memory.sentence_actors[max(subjects, key=lambda t: t.i).i] if subjects else None

    def _quoted_speaker(self, sentence: Sentence, token: Token, memory: ArticleMemory) -> ActorRef | None:
        """'"We will not negotiate," the minister told the conference': a first-person pronoun in
        what a speaker says is the speaker, who may be named after the quote."""
        tokens, current = sentence.tokens, token
        for _ in range(8):
            if current.head == current.i:
                return None
            current = tokens[current.head]
            if current.lemma not in self.words["quoting_verbs"]:
                continue
            subject = next((c for c in sentence.children(current.i) if c.dep == "nsubj"), None)
            if subject is None or subject.lower in FIRST_PERSON_PRONOUNS:
                continue
            speaker = self._resolved_quietly(sentence, subject.i, memory)
            if speaker is None:
                return None
            return _standing_at(speaker, tokens, token.i,
                                f"pronoun '{token.text}' -> speaker {speaker.name or speaker.text}")
        return None

    def _issuer(self, sentence: Sentence, token: Token, memory: ArticleMemory) -> ActorRef | None:
        """"The Foreign Ministry expresses deep concern over the clashes. We call on all parties ...":
        "we" outside quotation marks, in the body of a statement, is the body that issued it, the
        last institution, organisation or state the text made a subject."""
        if token.lower not in PLURAL_FIRST_PERSON or _in_quotes(sentence, token.i):
            return None
        issuer = memory.last(ISSUER_KINDS, salient=True, before=sentence.tokens[token.i].idx)
        if issuer is None:
            return None
        return _standing_at(issuer, sentence.tokens, token.i,
                            f"pronoun '{token.text}' -> issuer {issuer.name or issuer.text}")

    def _speaker(self, sentence: Sentence, token: Token, memory: ArticleMemory) -> ActorRef | None:
        """'Washington ... says it continues': the subject of a reported clause is often the speaker."""
        tokens = sentence.tokens
        verb = tokens[token.head]
        if token.dep != "nsubj" or verb.dep != "ccomp" or tokens[verb.head].lemma not in self.words["speaker_lemmas"]:
            return None
        speaking = tokens[verb.head]
        while True:
            subject = next((c.i for c in sentence.children(speaking.i) if c.dep == "nsubj"), None)
            if subject is not None or speaking.dep != "conj" or speaking.head == speaking.i:
                break
            speaking = tokens[speaking.head]
        return memory.sentence_actors.get(subject) if subject is not None else None

    def _fits_armed_word(self, token: Token, group: ActorRef) -> bool:
        """"the rebels", "the militants" are an armed group, not a party or an opposition named before."""
        if token.lemma not in self.words["armed_group_descriptions"]:
            return True
        return group.code.startswith("IMG") or not ARMED_ROLES.isdisjoint(group.sectors or _roles(group.code))

    def _bare_group_description(self, sentence: Sentence, head: int, span: list[int]) -> bool:
        """"the militants", "the rebels": a description of a group by a word of its kind alone, with
        "the" and nothing else ("the Sunni militants", "rebels loyal to X" say more)."""
        tokens = sentence.tokens
        return tokens[head].lemma in self.words["group_descriptions"] \
            and [tokens[i].lower for i in span if i != head] == ["the"]

    def _description(self, sentence: Sentence, token: Token, span: list[int], matches: list[Match],
                     memory: ArticleMemory) -> ActorRef | None:
        """'the movement' -> last group; 'his country' -> the last person's country."""
        lemma = token.lemma
        tokens = sentence.tokens
        definite = any(tokens[i].lower == "the" for i in span)
        if lemma in self.words["org_descriptions"] and definite:
            antecedent = memory.last({"organization"})
            if lemma in self.words["bloc_descriptions"]:
                # "European Union foreign policy chief Josep Borrell said the bloc": a bloc of states,
                # named by its body or its officer, not the WHO the story named before
                antecedent = next((a for a in reversed(memory.mentions) if a.code.startswith("IGO")
                                   and not a.code.startswith(UNITED_NATIONS)), None)
            if antecedent:
                return replace(antecedent, text=surface_text(tokens, span[0], span[-1] + 1),
                               span=_span(tokens, span[0], span[-1] + 1),
                               how=f"description '{token.text}' -> {antecedent.name or antecedent.text}")
        singular = token.tag in {"NN", "NNP"}
        if lemma in self.words["country_descriptions"] and definite and singular and not any(tokens[i].dep == "poss" for i in span):
            # not a subject of its own clause: "Venezuela and Panama promised aid to the devastated country"
            antecedent = memory.last({"country"}, unlike=_clause_subject_codes(sentence, token, memory))
            if antecedent:
                return replace(antecedent, text=surface_text(tokens, span[0], span[-1] + 1),
                               span=_span(tokens, span[0], span[-1] + 1),
                               how=f"description '{token.text}' -> {antecedent.name or antecedent.text}")
            homes = {a.country: a for a in memory.mentions if a.country in self.kb.countries}
            if len(homes) == 1:
                # "Zimbabwe's military took control of the country": the one country named so far
                [home] = homes.values()
                country = self.kb.countries[home.country]
                return replace(self._actor(sentence, span, country.code, country,
                                           how=f"'{surface_text(tokens, span[0], span[-1] + 1)}' -> "
                                               f"the one country named: {home.name or home.text}"), kind="country")
        if lemma in self.words["country_descriptions"]:
            owner = next((tokens[i] for i in span if tokens[i].dep == "poss"), None)
            if owner is not None:
                antecedent = self._pronoun(sentence, owner, memory)
                if antecedent and antecedent.country in self.kb.countries:
                    country = self.kb.countries[antecedent.country]
                    return replace(self._actor(sentence, span, country.code, country,
                                               how=f"'{surface_text(tokens, span[0], span[-1] + 1)}' -> "
                                                   f"country of {antecedent.name or antecedent.text}"),
                                   kind="country")
            return None
        if lemma in self.words["group_descriptions"] and any(tokens[i].lower == "the" for i in span):
            # "Human Rights Watch said ... The group said": an advocacy group is "the group" too
            def fits(a: ActorRef) -> bool:
                return a.kind == "group" or (lemma == "group" and a.kind == "organization" and a.code.startswith("NGO"))
            # the last named group told as a subject first ("The Houthis fired missiles ... war against
            # Hamas ... The group said": the Houthis), then the last mentioned
            antecedent = next((a for a in reversed(memory.subjects) if fits(a) and a.name), None) \
                or next((a for a in reversed(memory.mentions) if fits(a)), None)
            if antecedent:
                return replace(antecedent, text=surface_text(tokens, span[0], span[-1] + 1),
                               span=_span(tokens, span[0], span[-1] + 1),
                               how=f"description '{token.text}' -> {antecedent.name or antecedent.text}")
        return None


def _plurals(word: str) -> set[str]:
    """The plural forms a singular noun may take ("side" sides, "country" countries)."""
    return {word + "s", word[:-1] + "ies"} if word.endswith("y") else {word + "s"}


def _someone_unknown_since(antecedent: ActorRef, token: Token, memory: ArticleMemory) -> bool:
    """Whether a person no dictionary knows was the subject of a clause between the person a 'he' or
    'she' would stand for and the pronoun ("Judge Ana Morales sentenced Carla Benet ... Benet said she
    would appeal": she is Benet, whom no actor code names, not the judge)."""
    start = antecedent.span.start if antecedent.span is not None else -1
    return any(start < offset < token.idx for offset in memory.unknown_people)


def _keeps_peace(actor: ActorRef) -> bool:
    """A peacekeeping force: a mission's code (IGOUNOPKO) or one named as peacekeepers."""
    return actor.code.endswith("PKO") or "peacekeep" in actor.text.lower()


def _in_party_position(sentence: Sentence, token: Token) -> bool:
    """Whether the phrase at ``token`` (or the first of the conjuncts it is one of) is a subject, an
    object, an owner or the object of a preposition that names a party ("talks with Iran"), not a
    place named in passing ("the wars in Gaza and Lebanon"). Each of two coordinated owners of such a
    phrase is one too: "the foreign ministers of Armenia and Azerbaijan" are two parties, whom a
    later "both sides" pairs."""
    first = _first_conjunct(sentence, token)
    if _party_slot(sentence, first):
        return True
    if _conjunct_count(sentence, first) != 2 or first.dep != "pobj" \
            or sentence.tokens[first.head].lower not in OWNER_PREPOSITIONS:
        return False  # of four ("the leaders of Russia, Ukraine, Germany and France") no pair is the sides
    owned = sentence.tokens[sentence.tokens[first.head].head]
    return owned.pos in {"NOUN", "PROPN"} and _party_slot(sentence, _first_conjunct(sentence, owned))


def _first_conjunct(sentence: Sentence, token: Token) -> Token:
    for _ in range(MAX_PHRASE_TOKENS):
        if token.dep not in {"conj", "appos"} or token.head == token.i:
            break
        token = sentence.tokens[token.head]
    return token


def _conjunct_count(sentence: Sentence, first: Token) -> int:
    count, token = 1, first
    while (following := next((c for c in sentence.children(token.i, {"conj"})), None)) is not None \
            and count < MAX_PHRASE_TOKENS:
        count, token = count + 1, following
    return count


def _party_slot(sentence: Sentence, token: Token) -> bool:
    return token.dep in PARTY_DEPS or (token.dep == "pobj" and sentence.tokens[token.head].lower in PARTY_PREPOSITIONS)


def _clause_subject_codes(sentence: Sentence, token: Token, memory: ArticleMemory) -> frozenset[str]:
    """The codes of the subjects (and their conjuncts) of the clause a phrase is the recipient of (its
    object, or the object of its "to", "for", "against"), found through the clauses it completes
    ("promised to provide aid to the country": who promised); none for a phrase that only qualifies
    one ("the interests of the country")."""
    tokens = sentence.tokens
    head = tokens[token.head]
    if token.dep == "pobj" and head.lower in RECIPIENT_PREPOSITIONS and head.head != head.i:
        verb = tokens[head.head]
    elif token.dep in {"dobj", "dative"}:
        verb = head
    else:
        return frozenset()
    codes: set[str] = set()
    for _ in range(len(tokens)):
        subjects = list(sentence.children(verb.i, {"nsubj", "nsubjpass"}))
        for subject in subjects:
            for i in [subject.i] + [c.i for c in sentence.children(subject.i, {"conj"})]:
                if i in memory.sentence_actors:
                    codes.add(memory.sentence_actors[i].code)
        if subjects or verb.pos not in {"VERB", "AUX"} or verb.dep != "xcomp" or verb.head == verb.i:
            break
        verb = tokens[verb.head]
    return frozenset(codes)


RECIPIENT_PREPOSITIONS = frozenset({"to", "for", "against"})


def _title_of_a_named_conjunct(sentence: Sentence, head: int, span: list[int]) -> bool:
    """Whether a capitalised title with no name or article of its own is joined by "and" to a
    titled name: a second title of the man that name names ("Deputy Prime Minister and Foreign
    Minister Ishaq Dar"), not a party of its own."""
    tokens = sentence.tokens
    if not tokens[head].text[:1].isupper() or any(tokens[i].pos == "DET" for i in span):
        return False
    beside = [c.i for c in sentence.children(head, {"conj"})]
    if tokens[head].dep == "conj":
        beside.append(tokens[head].head)
    for other in beside:
        words = phrase_tokens(sentence, other) + [c.i for c in sentence.children(other, {"appos"})]
        if any(tokens[i].ent_type == "PERSON" and tokens[i].pos == "PROPN" and i not in span for i in words) \
                and any(tokens[i].text[:1].isupper() and tokens[i].ent_type != "PERSON" for i in words):
            return True
    return False


def _coordinated_name_word(sentence: Sentence, i: int) -> bool:
    """Whether a capitalised word is joined to another by "and" inside a name ("Justice and Equality")."""
    token = sentence.tokens[i]
    if token.pos != "PROPN":
        return False
    return token.dep == "conj" or any(child.dep == "cc" for child in sentence.children(i))


def _in_one_name(tokens: tuple[Token, ...], modifier: int, head: int) -> bool:
    """Whether a modifier and its head are words of one proper name ("the Democratic Unionist
    Party" is a party, whatever a unionist is), not a role set before a title."""
    return tokens[modifier].pos == tokens[head].pos == "PROPN"


def _code_in_role(earlier: ActorRef, role: str, subject: bool, roles: frozenset[str] = frozenset()) -> str:
    """The code an earlier actor gives a description of ``role`` ("the court", "the ministry"), or "":
    its own where it is of that role, by its code or by the dictionary's other ``roles`` for it ("the
    party" after the Bangladesh Nationalist Party, BGDOPP), and of a country (a region, "West African
    leaders", is no antecedent of one body); a country named as a subject gives its government ("China
    announced export controls. The commerce ministry said ...")."""
    if earlier.code.startswith("---") or earlier.code[:3] in region_codes():
        return ""
    if role in earlier.sectors or role in roles:
        return earlier.code
    if role == "GOV" and subject and earlier.kind == "country" and len(earlier.code) == 3:
        return earlier.code + "GOV"
    return ""


def _clause_subjects(sentence: Sentence, head: int) -> list[int]:
    """The subjects (with their conjuncts) of the verb whose object, or prepositional object, the
    phrase at ``head`` is; none for a subject."""
    token = sentence.tokens[head]
    for _ in range(4):
        if token.dep not in {"dobj", "obj", "pobj", "prep", "dative", "attr", "oprd"} or token.head == token.i:
            return []
        token = sentence.tokens[token.head]
        if token.pos in {"VERB", "AUX"}:
            subjects = [c.i for c in sentence.children(token.i, {"nsubj", "nsubjpass"})]
            if not subjects and token.head != token.i and (token.dep in {"conj", "xcomp"} or (
                    token.dep == "advcl" and token.tag == "VBG")):
                # "Cuba and Norway regretted the suspension and called on both parties": the first
                # verb's subjects are the second's, a controlled verb's ("offered to mediate between
                # the two sides") and a participle's ("..., blaming the junta")
                subjects = [c.i for c in sentence.children(token.head, {"nsubj", "nsubjpass"})]
            return subjects + [c.i for s in subjects for c in sentence.children(s, {"conj"})]
    return []


def _covers(span: Span, token: Token) -> bool:
    return span.start <= token.idx < span.end


def is_phrase_head(sentence: Sentence, token: Token) -> bool:
    """A token heading a noun phrase that could be an actor (not a place after 'in', not a date)."""
    if token.pos not in PHRASE_HEAD_POS or token.dep in NOT_PHRASE_HEADS or token.ent_type in {"DATE", "TIME"}:
        return False
    if token.dep == "pobj" and sentence.tokens[token.head].lower in LOCATIVE_PREPS:
        return False
    return True


def _former(candidates: list[KBEntry], day: dt.date | None) -> KBEntry | None:
    """A person out of office on ``day`` as an elite of their country (XXXELI): their latest role
    that ended before it, or, before their first role ("Trump" in 2016), that first role."""
    people = [e for e in candidates if e.kind == "person"]
    past = [e for e in people if e.end is not None and day is not None and e.end < day]
    future = [e for e in people if e.start is not None and day is not None and e.start > day]
    if past:
        entry = max(past, key=lambda e: e.end or dt.date.min)
        role, start, end = f"former {entry.role}".strip(), entry.end, None
    elif future:
        entry = min(future, key=lambda e: e.start or dt.date.max)
        role, start, end = f"before {entry.role}".strip(), None, entry.start
    else:
        return None
    country = entry.code[:3]
    if country in {"IGO", "NGO", "IMG"}:
        country = entry.country if len(entry.country) == 3 and entry.country.isalpha() else country
        if country in {"IGO", "NGO", "IMG"} and not past:
            # before heading an organisation, a person served some state the dictionary does not
            # name ("Dutch Foreign Minister Frans Timmermans", later of the European Commission):
            # the text's own description decides
            return None
    return replace_entry(entry, code=country + "ELI", role=role, start=start, end=end)


def _in_office(people: list[KBEntry], day: dt.date | None) -> bool:
    """Whether one of the people holds an office on ``day`` (an elite, ELI, holds none)."""
    return any(e.valid_on(day) and not e.code.endswith("ELI") for e in people)


def _surname_holder(people: list[KBEntry], day: dt.date | None,
                    tier: Callable[[KBEntry], int] = lambda entry: 0) -> KBEntry | None:
    """Of the people who share a surname, the one it names on ``day`` (see ActorResolver._surname):
    the one in office, or of several in office the one in the highest office ("Powell" in 2004 is
    the Secretary of State, not the British prime minister's chief of staff); with none in office,
    the only bearer, as the elite the dictionary or :func:`_former` makes of them."""
    in_office = [e for e in people if e.valid_on(day) and not e.code.endswith("ELI")]
    if len({e.name for e in in_office}) > 1:
        highest = min(tier(e) for e in in_office)
        in_office = [e for e in in_office if tier(e) == highest]
    pool = in_office or people
    if len({e.name for e in pool}) != 1:
        return None
    if in_office:
        return min(in_office, key=_entry_rank)
    valid = [e for e in people if e.valid_on(day)]
    return min(valid, key=_entry_rank) if valid else _former(people, day)


def replace_entry(entry: KBEntry, **changes) -> KBEntry:
    return KBEntry(**{**{f: getattr(entry, f) for f in entry.__dataclass_fields__}, **changes})


_NOTHING = object()  # a rule that does not apply, as opposed to one that decides "no actor"


@dataclass(slots=True)
class _Phrase:
    """What the dictionary found in one noun phrase."""

    sentence: Sentence
    head: int
    span: list[int]
    head_match: Match | None
    agent: Any  # the Agent row of the head noun, when it names one
    owner: KBEntry | None
    country: Any  # KBEntry | None; set where a rule has made sure of it
    people: tuple[KBEntry, ...] = ()  # the people the phrase names besides its head ("supporters of X")
    day: dt.date | None = None  # the story's date


def _after_a_name_and_hyphen(tokens: tuple[Token, ...], first: int) -> bool:
    """Whether the word at ``first`` ends a hyphenated name, written with no space after a
    capitalised word and a hyphen ("Rendi-Wagner", "Ould-Abdallah")."""
    if first < 2:
        return False
    name, hyphen, word = tokens[first - 2], tokens[first - 1], tokens[first]
    return hyphen.text in HYPHENS and name.text[:1].isupper() \
        and hyphen.idx == name.idx + len(name.text) and word.idx == hyphen.idx + 1


SIDING_PREFIXES = ("anti", "pro")  # "anti-Syria", "pro-Russian": whom a party is for or against, not its own


def _against(tokens: tuple[Token, ...], start: int) -> bool:
    """Whether the name follows "anti-", "pro-" or "anti" ("anti-Syria", "anti-American", "pro-Russian
    separatists": Ukrainians for Russia, "pro-Taliban protesters")."""
    previous = [tokens[i].lower for i in range(max(0, start - 2), start)]
    return bool(previous) and (previous[-1] in {*SIDING_PREFIXES, *(p + "-" for p in SIDING_PREFIXES)}
                               or previous[-2:] in ([p, "-"] for p in SIDING_PREFIXES))


# The small model leaves many surnames untagged ("Lavrov met Kerry": Lavrov has no entity) or calls
# them organisations ("Deripaska"); a proper noun standing alone is read as a surname all the same.
UNTAGGED_SURNAME_ENTITIES = {"", "ORG"}


def _lone_untagged_name(tokens: tuple[Token, ...], i: int) -> bool:
    """A proper noun heading its phrase with no capitalised word or hyphen beside it ("Lavrov met",
    not "Michael Jordan", "Ofori-Atta", a headline's "Sign Abraham Accords" or "the Sami herders")."""
    if tokens[i].ent_type not in UNTAGGED_SURNAME_ENTITIES or tokens[i].dep in {"compound", "amod", "nmod"}:
        return False
    return not any(0 <= j < len(tokens) and (tokens[j].pos == "PROPN" or tokens[j].text[:1].isupper()
                                             or tokens[j].tag == "HYPH") for j in (i - 1, i + 1))


def _in_full_name(tokens: tuple[Token, ...], i: int) -> bool:
    """Part of a multi-word personal name ("Michael Jordan"), where a country name is a surname."""
    return any(0 <= j < len(tokens) and tokens[j].ent_type == "PERSON" and tokens[j].pos == "PROPN"
               for j in (i - 1, i + 1))


def _entry_rank(entry: KBEntry) -> tuple[int, int]:
    # a country before its namesake capital: "Singapore", "Kuwait", "Djibouti"
    order = {"person": 0, "group": 1, "organization": 2, "metonym": 3, "country": 4, "capital": 5,
             "adjective": 6, "user": 0}
    return order.get(entry.kind, 9), 0 if entry.end is None else 1


def _country_match(matches: list[Match], exclude: Match | None, tokens: tuple[Token, ...] = (),
                   head: int | None = None) -> KBEntry | None:
    for match in matches:
        if match is exclude or _maker(tokens, match) or _direction(tokens, match):
            continue
        # a capital qualifies an agent only as a possessive ("Beijing's envoy"), not inside a name
        # ("Nassau County officials", "New York children")
        possessive = bool(tokens) and match.end < len(tokens) and tokens[match.end].dep == "case"
        located = bool(tokens) and tokens[match.end - 1].dep == "pobj"  # "protesters in Tehran"
        # "Beijing police" (the capital modifies the agent) but not "Nassau County officials"
        direct = bool(tokens) and head is not None and tokens[match.end - 1].head == head
        if match.entry.kind in {"country", "region", "adjective", "metonym"} or (
                match.entry.kind == "capital" and (possessive or located or direct)):
            return match.entry
    for match in matches:
        if match is not exclude and match.entry.kind == "organization":
            return match.entry
    return None


def _direction(tokens: tuple[Token, ...], match: Match) -> bool:
    """"a police post in western Nepal": a region's adjective written in lower case before a place's
    name is a direction in it, not the West."""
    if not tokens or match.end - match.start != 1:
        return False
    word = tokens[match.start]
    return word.text.islower() and word.dep == "amod" and tokens[word.head].pos == "PROPN"


def _maker(tokens: tuple[Token, ...], match: Match) -> bool:
    """"the Russian-made S-300 missiles", "U.S.-built jets": the country made the thing, it does not
    own or use it."""
    after = match.end
    if not (after + 1 < len(tokens) and tokens[after].text in HYPHENS and not tokens[after - 1].whitespace):
        return False  # most country words have no hyphen after them: this runs for every phrase
    from ..events.wordlists import word_list  # here: the events package imports this one

    return tokens[after + 1].lower in word_list("maker_participles")


def _last_distinct(pool: list[ActorRef], key: Callable[[ActorRef], str],
                   fits: Callable[[ActorRef], bool] = lambda actor: True) -> list[ActorRef]:
    """The last two parties of the pool that ``fits`` takes, of different keys, the latest first."""
    found: dict[str, ActorRef] = {}
    for earlier in reversed(pool):
        if fits(earlier):
            found.setdefault(key(earlier), earlier)
        if len(found) == 2:
            break
    return list(found.values())


def _one_country_armed(pool: list[ActorRef]) -> bool:
    """Whether every armed or police party the story named is of one country: a civil war's story
    ("the army and the RSF"), not one of two states at war ("Armenian troops ... Azerbaijani
    forces ... Karabakh separatists", "Serb gunmen ... Kosovo police")."""
    return len({a.country for a in pool if set(a.sectors) & (ARMED_SIDE_ROLES | {"COP"})}) == 1


def _lead_pair(pool: list[ActorRef], key: Callable[[ActorRef], str]) -> list[ActorRef]:
    """The first two states of the story's parties when each is named at least twice, and more often
    than any other state; [] otherwise."""
    counts = Counter(key(a) for a in pool)
    firsts = list(dict.fromkeys(key(a) for a in pool))[:2]
    if len(firsts) < 2:
        return []
    least = min(counts[k] for k in firsts)
    others = max((n for k, n in counts.items() if k not in firsts), default=0)
    if least < 2 or least <= others:
        return []
    return [next(a for a in reversed(pool) if key(a) == k) for k in firsts]


def _relative_antecedent(sentence: Sentence, word: int) -> int | None:
    """The noun a relative clause holding ``word`` is on: up to the clause's verb, then its head."""
    current = word
    for _ in range(6):
        token = sentence.tokens[current]
        if token.head == current:
            return None
        if token.dep == "relcl":
            return token.head
        current = token.head
    return None


def _ethnic(sentence: Sentence, span: list[int]) -> bool:
    return any(sentence.tokens[i].lower in ETHNIC_WORDS for i in span)


def _in_quotes(sentence: Sentence, i: int) -> bool:
    """Whether the token stands after an odd number of quotation marks in its sentence (a quote the
    sentence opens may close in a later one: the sentence alone cannot say)."""
    marks = sum(1 for t in sentence.tokens[:i] if t.text in QUOTE_MARKS)
    return marks % 2 == 1


def _has_of(sentence: Sentence, head: int) -> bool:
    return any(c.dep == "prep" and c.lower == "of" for c in sentence.children(head))


def _roles(code: str) -> tuple[str, ...]:
    return tuple(code[i:i + 3] for i in range(3, len(code), 3))


def phrase_tokens(sentence: Sentence, head: int) -> list[int]:
    """The noun phrase at ``head``: its modifiers, without clauses, appositions or conjuncts.

    Prepositional modifiers are kept only when they can name the actor's country
    ("the foreign minister of Nigeria", "officials in Kabul"), or when the name goes on through
    them: a preposition inside the named entity ("the Popular Front for the Liberation of
    Palestine", "the Organisation for the Prohibition of Chemical Weapons").
    """
    keep: list[int] = []
    stack = [head]
    entity = sentence.tokens[head].ent_type if sentence.tokens[head].pos == "PROPN" else ""
    while stack:
        i = stack.pop()
        keep.append(i)
        for child in sentence.children(i):
            if child.dep == "prep" and (child.lower in COUNTRY_PREPS and i == head and not _of_an_act(sentence, child)
                                        or entity and child.ent_type == entity and child.i > head):
                stack.append(child.i)
            elif i == head and child.dep in NAME_GOING_ON_DEPS and _name_goes_on(sentence, head, child):
                stack.append(child.i)  # "Reporters Without Borders", "the Committee to Protect Journalists"
            elif i != head and _joined_inside_a_name(sentence, child):
                stack.append(child.i)  # "the Justice and Equality Movement" is one name
            elif i != head and _of_inside_a_modifying_name(sentence, i, child, head):
                stack.append(child.i)  # "the Group of Seven leaders", "Bank of England officials"
            elif child.dep not in EXCLUDED_DEPS or (child.dep == "punct" and child.text in HYPHENS):
                stack.append(child.i)
    return sorted(keep)


def _of_inside_a_modifying_name(sentence: Sentence, word: int, child: Token, head: int) -> bool:
    """Whether an "of" on a capitalised name before the head goes on with the name ("the Group of
    Seven leaders", "Organization of American States observers"): its object is capitalised and comes
    before the head."""
    objects = sentence.children(child.i, {"pobj"})
    return sentence.tokens[word].pos == "PROPN" and child.dep == "prep" and child.lower == "of" and child.i < head \
        and bool(objects) and all(o.text[:1].isupper() and o.i < head for o in objects)


def _joined_inside_a_name(sentence: Sentence, child: Token) -> bool:
    """Whether a conjunct of a proper noun before the name's head, or its "and", is a word of the
    name ("the Justice and Equality Movement", "fighters of the Freedom and Justice Party"):
    conjuncts after a head or of a common noun stay other actors ("British and French troops")."""
    modifier = sentence.tokens[child.head]
    name_head = sentence.tokens[modifier.head]
    if child.dep not in {"cc", "conj"} or modifier.pos != "PROPN" or name_head.pos != "PROPN" \
            or not child.i < name_head.i:
        return False
    return child.dep == "cc" or child.pos == "PROPN"


NAME_GOING_ON_DEPS = {"prep", "relcl", "acl"}
NAME_FUNCTION_WORDS = {"to", "of", "for", "without", "the", "and", "against", "on", "in"}


def _name_goes_on(sentence: Sentence, head: int, child: Token) -> bool:
    """Whether a capitalised head's prepositional or clausal modifier goes on with its name: right
    after the head, every word capitalised but the name's small words ("Reporters Without Borders",
    "Committee to Protect Journalists", "Doctors Without Borders"), which the parse tells as a
    phrase or a clause of a common noun. Not in a headline, whose every word is capitalised."""
    tokens = sentence.tokens
    words = sentence.subtree(child.i)
    if not tokens[head].text[:1].isupper() or words[0] != head + 1 or words != list(range(words[0], words[-1] + 1)):
        return False
    content = [tokens[k] for k in words if tokens[k].lower not in NAME_FUNCTION_WORDS]
    if not content or any(not t.text[:1].isupper() for t in content):
        return False
    return any(t.text.isalpha() and t.text[:1].islower() and t.lower not in NAME_FUNCTION_WORDS
               for t in tokens[words[-1] + 1:])


def _of_an_act(sentence: Sentence, preposition: Token) -> bool:
    """"accused the coalition of killing 14 civilians": the parse hangs what the party is accused of
    on its noun; a gerund names an act, no country of the party."""
    return any(c.tag == "VBG" for c in sentence.children(preposition.i, {"pcomp", "pobj"}))


def _name_start(tokens: tuple[Token, ...], i: int) -> int:
    """The first word of the place name ending at ``i``: the proper nouns before it, and those joined
    to it by a hyphen ("KwaZulu-Natal" is not Natal in Brazil)."""
    start = i
    while start > 0:
        previous = tokens[start - 1]
        if previous.pos == "PROPN" and previous.dep == "compound":
            start -= 1
        elif previous.text in HYPHENS and not previous.whitespace and start > 1 \
                and tokens[start - 2].pos == "PROPN" and not tokens[start - 2].whitespace:
            start -= 2
        else:
            break
    return start


def surface_text(tokens: tuple[Token, ...], start: int, end: int) -> str:
    if end - start <= 1:
        return tokens[start].text if end > start else ""
    return "".join([token.text + token.whitespace for token in tokens[start:end - 1]]) + tokens[end - 1].text


# determiners that say how many of a kind a phrase names, kept in its text ("both sides", "all parties")
QUANTIFYING_DETERMINERS = {"both", "all", "each", "either"}


def _trim(tokens: tuple[Token, ...], span: list[int]) -> tuple[int, int]:
    start, end = span[0], span[-1] + 1
    while start < end - 1 and tokens[start].pos in {"DET", "PUNCT"} \
            and tokens[start].lower not in QUANTIFYING_DETERMINERS:
        start += 1
    while end - 1 > start and tokens[end - 1].pos == "PUNCT":
        end -= 1
    return start, end


def _standing_at(actor: ActorRef, tokens: tuple[Token, ...], i: int, how: str) -> ActorRef:
    """``actor`` as the word at ``i`` names it: a pronoun, a learned name, a part of a phrase."""
    return replace(actor, text=tokens[i].text, span=_span(tokens, i, i + 1), how=how)


def _span(tokens: tuple[Token, ...], start: int, end: int) -> Span:
    return Span(start=tokens[start].idx, end=tokens[end - 1].idx + len(tokens[end - 1].text),
                text=surface_text(tokens, start, end))
