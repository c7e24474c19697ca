"""The event coder: Sentence -> Events, from verb and event-noun patterns over the dependency parse.

Precision first: a predicate with no lexicon entry is not an event, a statement is coded only
when the sentence says nothing more specific, and each event cites the lexicon entry and the
rule that produced it.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from typing import Any, Sequence

from ..actors import ActorResolver, ArticleMemory, ResolvedSentence
from ..actors.resolver import ORG_KINDS, PAIR_HOW
from ..config import CoderSettings
from ..ontology import Ontology
from ..records import ActorRef, Event, Sentence, Span, Token
from . import clauses, filters
from .arguments import (ACCUSATION_ROOT, GIVING_ROOTS, PERSONAL_POSSESSIVES, attends_gathering, complement_verbs,
                        event_parties, fill_slots, general_arguments, giving_anchors, intends, light_verb, noun_agents,
                        penalty_arguments, placed, recipient_slots, slot_objects, undergone_under, victims_of_force,
                        wrested_from)
from .classifier import EventClassifier, Scored
from .features import sentence_words, subject_kind
from .furniture import furniture
from .lexicon import Lexicon, LexiconEntry
from .modality import (ADDRESSED_ROOTS, REQUEST_ROOTS, SPOKEN_ROOTS, modal_code, modal_codes, refusal_modes,
                       requested_code)
from .steps import EVENT_STEPS
from .trace import SentenceTrace
from .wordlists import act_nouns, word_list

# Codes whose events are mutual: "Israel and Egypt signed" is one event per party.
RECIPROCAL_ROOTS = {"03", "04", "05", "06"}
# Acts that both parties perform: "A met B", "A held talks with B", "A signed a treaty with B" are
# coded in both directions, as the field's gold standards do; a visit or an accusation is not.
MUTUAL_CODES = {"040", "046", "044", "057", "050", "061", "062"}
AID_ROOT = "07"  # provide aid: what is given is seldom its recipient
INTENT_ROOT = "03"  # intents to cooperate, to give aid, to yield
CONSULTATION_ROOT = "04"  # needs a counterpart (step consultation-needs-counterpart)
# Force both sides use ("Armenian and Azerbaijani forces clashed"): two coordinated parties of a verb
# of mutual_force_verbs with no recipient named are each other's.
MUTUAL_FORCE_ROOTS = {"18", "19", "20"}
# Force whose indefinite object names the act itself ("fired a barrage of rockets", "launched an
# offensive"), not one the story told before
OWN_ACT_OBJECT_ROOTS = frozenset({"18", "19", "20"})
# acts that answer another, which their object names: statements, appeals, praise, demands,
# disapproval, rejections, threats ("welcomed the agreement", "condemned the attack")
ANSWERING_ROOTS = frozenset({"01", "02", "05", "10", "11", "12", "13"})
# statements, praise, apology and forgiveness: offered or proposed, they are made ("offered his congratulations")
EXPRESSED_CODES = ("01", "051", "055", "056")
# Consultations with a direction: co-hosts do not host each other, nor do two visitors visit each
# other ("a conference co-hosted by Britain, Germany and Kuwait": three hosts, no pairs among them).
DIRECTED_CONSULTATIONS = {"042", "043", "045"}
# Support that one party gives another: praise, verbal defence, rallying support, apology,
# forgiveness ("Cuba and Norway regretted the suspension" is no apology of each to the other)
DIRECTED_SUPPORT = {"051", "052", "053", "055", "056"}
ONE_WAY_CODES = frozenset(DIRECTED_CONSULTATIONS | DIRECTED_SUPPORT)  # coordinated parties do not do them to each other
# intents to give aid, to accept or to offer mediation: "Venezuela and Panama promised to provide food
# aid" give it to a recipient, not to each other (a ceasefire two parties agree to, 0356, is mutual)
ONE_WAY_INTENTS = ("033", "038", "039")


def _one_way(code: str) -> bool:
    return code in ONE_WAY_CODES or code.startswith(ONE_WAY_INTENTS)
# Deploying, mobilising, putting on alert: done by the state whose forces they are.
FORCE_POSTURE_ROOT = "15"
# Saying that force was used: an accusation of aggression, or a claim of one's own act.
ASSERTED_FORCE_ROOTS = {"18", "19", "20"}
AGGRESSION_ACCUSATION_CODE = "1123"
ACCUSATION_CODE = "112"
CLAIM_CODE = "015"
NEWS_SOURCE_SECTORS = {"MED", "JRN", "COP"}
# who may be the doer of coercion or force a passive tells, named in the clause of the act it happened in
ARMED_DOER_ROLES = frozenset({"MIL", "COP", "REB", "INS", "UAF", "PRM", "SPY"})
COERCION_ROOTS = frozenset({"17", "18", "19", "20"})
# "A roadside bomb killed a US soldier": whoever did it is an unidentified armed force.
UNNAMED_PERPETRATOR = ActorRef(text="", code="---UAF", sectors=("UAF",), kind="generic",
                               how="perpetrator not named: unidentified armed force")
# "Navalny was convicted of fraud", "was sentenced to five years": a court the text does not name
JUDGMENT_CODE = "116"
UNNAMED_COURT = ActorRef(text="", code="---JUD", sectors=("JUD",), kind="generic", how="court not named: judiciary")
# "Protests erupted in Tehran", "riots spread to other cities": the people in the street are not named
UNNAMED_PROTESTERS = ActorRef(text="", code="---CVL", sectors=("CVL",), kind="generic",
                              how="protesters not named: civilians")
PROTEST_ROOT = "14"
# coercion and force a party can be said to face ("would face sanctions": a threat of them)
PENALTY_ROOTS = frozenset({"16", "17", "18", "19", "20"})
THREAT_CODE = "130"
# judgments of another's act: approval, disapproval, rejection ("welcomed the move", "opposes the test")
JUDGING_ROOTS = frozenset({"05", "11", "12"})
DENIAL_CODE = "016"  # "dismissed the report", "denied the charges": aimed at whoever made them
CONCERN_CODE = "012"  # "expressed concern about the violence": a judgement of it
FORCE_ROOTS = {"14", "15", "17", "18", "19", "20"}
DEMAND_CODE = "100"
THREAT_ROOT = "13"
JOINT_EXERCISE_CODE = "062"  # military cooperation, which exercises are coded as only when held with others
SHOW_OF_FORCE_CODE = "150"
MEDIATION_CODE = "045"
# an event noun whose parties its own phrase names takes the mood of the clause it is an argument of:
# "any Israeli strike on Iran could trigger a war" is only supposed
NOUN_ARGUMENT_RULES = frozenset({"noun-between", "noun-modifier", "noun"})
HOSTING_CODE = "043"
STATEMENT_CODE = "010"
HYPOTHESIS_MODES = frozenset({"hypothetical", "conditional"})
# which statement a saying is (a pessimistic comment, a denial) is in what is said, which the
# classifier's features barely read: the code head leaves root 01 to the patterns
STATEMENT_ROOT = "01"
# constructions whose code the parse is sure of ("the rebels received weapons from Iran", "said they
# were behind the ambush": 015): the classifier neither recodes them nor picks their code
CONSTRUCTION_RULES = {"received", "evaluation", "faced"}
# Violence is news even when the perpetrator is not named: such passives keep their victim.
VIOLENT_ROOTS = filters.VIOLENT_ROOTS
LOCATIVE_PREPS = {"in", "at", "near"}  # where a thing is, as against what it is about ("on", "of")
MASS_VIOLENCE_ROOT = "20"
# an agentless passive of any root is coded for its recipient when the classifier gives its trigger
# at least this probability of being an event (below it, only violence: "three civilians were killed")
BELIEVED_PASSIVE = 0.8
MAX_CONFIDENCE = 0.99  # no evidence makes an event certain; min_confidence 1.0 keeps nothing
UNADDRESSED_DOUBT = 0.2  # what a spoken act with no recipient costs the confidence


@dataclass(frozen=True, slots=True)
class Candidate:
    """A matched predicate before actors are resolved."""

    trigger: int
    entry: LexiconEntry
    sources: tuple[int, ...]
    targets: tuple[int, ...]
    mood: clauses.Mood
    rule: str
    reporter: int | None = None
    between: bool = False
    noun: int | None = None  # the event noun whose modifiers may refine the code ("hunger strike")
    venue: bool = False  # the targets name where the event is held: their country is the recipient
    steps: tuple[str, ...] = ()  # the named coder steps that made or changed it
    probability: float | None = None  # the classifier's probability of its root, when it was consulted
    alternatives: tuple[tuple[int, ...], ...] = ()  # later recipient slots, when the first names no actor
    agent_alternatives: tuple[tuple[int, ...], ...] = ()  # later agent slots, when the first names no actor
    subcode: str | None = None  # the code head's code within the root, used where no rule names one


@dataclass(slots=True)
class SentenceState:
    consumed_nouns: set[int] = field(default_factory=set)  # objects a verb pattern names ("held talks")
    light_verbs: set[int] = field(default_factory=set)  # verbs that only carry an event noun


class EventCoder:
    """``coder(sentence, resolved) -> tuple[Event, ...]`` for one parsed sentence and its actors."""

    def __init__(self, lexicon: Lexicon, ontology: Ontology, resolver: ActorResolver,
                 settings: CoderSettings | None = None, classifier: EventClassifier | None = None):
        self.lexicon: Lexicon = lexicon
        self.ontology: Ontology = ontology
        self.resolver = resolver
        self.settings: CoderSettings = settings or CoderSettings()
        self.classifier = classifier if self.settings.engine != "rules" else None

    def __call__(self, sentence: Sentence, resolved: ResolvedSentence, trace: SentenceTrace | None = None,
                 line: str | None = None, scored: dict[int, Scored] | None = None) -> tuple[Event, ...]:
        """``line``: the text of the line the sentence stands on, when it is more than the sentence
        ("FILE PHOTO: Troops patrol Gaza." is parsed as two sentences on one caption line);
        ``scored``: the classifier's scores when the caller ran it as a stage of its own."""
        kind = furniture(line if line is not None else sentence.text)
        if kind is not None:
            if trace is not None:
                trace.note(None, "furniture", "dropped", f"page furniture ({kind}) is never coded")
            return ()
        actors, memory = dict(resolved.actors), resolved.workspace()
        events: list[Event] = []
        candidates = self.gather(sentence, trace, scored)
        hypotheses = self._reported_hypotheses(sentence, candidates)
        for candidate in candidates:
            if candidate.entry.code == STATEMENT_CODE and candidate.trigger in hypotheses:
                if trace is not None:
                    trace.note(candidate.trigger, "statement-of-a-hypothesis", "dropped",
                               "what it says is only a hypothesis, not coded: no statement either")
                continue
            made, why_none = self._events(sentence, candidate, actors, memory)
            if trace is not None:
                trace.note(candidate.trigger, candidate.rule, "kept" if made else "dropped",
                           f"{len(made)} event(s)" if made else why_none)
            events.extend(made)
        if trace is not None and events and (no_act := self.no_act_probability(sentence)) is not None:
            trace.note(None, "sentence-head", "scored", f"p(no act)={no_act:.2f}; sentence-veto at "
                                                        f">= {self.settings.sentence_veto}")
        for step in EVENT_STEPS:
            kept = step.run(self, events, sentence)
            if trace is not None:
                trace.step_done(step.name, step.doc, events, kept)
            events = kept
        if trace is not None:
            for event in events:
                trace.candidate(sentence.token_at(event.trigger.start) or 0).events.append(event)
        return tuple(events)

    def sentence_veto(self, events: list[Event], sentence: Sentence) -> list[Event]:
        """No event where the classifier's sentence head is at least ``coder.sentence_veto`` sure, from
        the sentence's words, that it reports no act at all: what the candidates' own features miss
        is what the whole sentence is about (a match report, a sales figure, a profile)."""
        if not events or self.settings.sentence_veto >= 1.0:
            return events
        probability = self.no_act_probability(sentence)
        return [] if probability is not None and probability >= self.settings.sentence_veto else events

    def no_act_probability(self, sentence: Sentence) -> float | None:
        """The sentence head's probability that the sentence reports no act (None without one)."""
        if self.classifier is None:
            return None
        return self.classifier.model.no_event_probability(sentence_words(sentence))

    def _reported_hypotheses(self, sentence: Sentence, candidates: list[Candidate]) -> set[int]:
        """The reporting verbs whose content is an act only supposed ("said it might suspend the
        talks", "said it could send troops"): the corpus codes neither that act nor the saying (82 of
        88 such sentences), a statement being coded only for what it asserts."""
        found = set()
        for candidate in candidates:
            if candidate.entry.code == STATEMENT_CODE or not HYPOTHESIS_MODES & set(candidate.mood.aux_modes):
                continue
            reporting = clauses.reporting_verb(sentence, candidate.trigger)
            if reporting is not None and self._code(candidate, sentence)[0] is None:
                found.add(reporting)
        return found

    def gather(self, sentence: Sentence, trace: SentenceTrace | None = None,
               scored: dict[int, Scored] | None = None) -> list[Candidate]:
        """The candidate predicates: the lexicon's patterns (unless the engine is the model alone),
        checked by the classifier, and the predicates the classifier finds that no pattern names."""
        state = SentenceState()
        found = self.candidates(sentence, state)
        if self.settings.engine == "model":
            # the classifier alone, but for the statement convention: a bare statement (010) is a
            # statement verb's lexicon row, kept only when nothing more specific is said
            found = [c for c in found if c.entry.code == STATEMENT_CODE]
        if scored is None:
            scored = self.classifier(sentence) if self.classifier is not None else {}
        if trace is not None:
            self._trace_candidates(sentence, trace, found, scored)
        if not scored:
            return found
        if self.settings.engine == "hybrid":
            found = self._model_veto(sentence, found, scored, trace)
        claimed = {c.trigger for c in found}
        if self.settings.engine == "hybrid":
            claimed |= state.consumed_nouns | state.light_verbs  # the patterns' own objects and light verbs
        added = [self._model_candidate(sentence, i, s) for i, s in scored.items()
                 if i not in claimed and self._confident(s)]
        for candidate in added:
            if trace is not None:
                trace.note(candidate.trigger, "model-candidate", "added",
                           f"{candidate.entry.code} p={candidate.probability:.2f}, arguments by rule {candidate.rule}")
        subcoded = [self._model_subcode(sentence, c, scored, trace) for c in found + added]
        return [self._asked_code(sentence, c, subcoded, trace) for c in subcoded]

    def _asked_code(self, sentence: Sentence, candidate: Candidate, candidates: list[Candidate],
                    trace: SentenceTrace | None) -> Candidate:
        """An appeal or a demand takes its code from the act it asks for, where the sentence tells
        one the table names ("urged Israel to release the prisoners": 0253; "demanded that the troops
        withdraw": 1056), unless the classifier's code head named one; CAMEO's appeal and demand codes
        name what is asked for."""
        root = candidate.entry.code[:2]
        if root not in REQUEST_ROOTS or candidate.rule in CONSTRUCTION_RULES or candidate.subcode is not None \
                or candidate.entry.code != root + "0":
            # the code head's code, where it was sure, stays ("resolve their differences": 027), and a
            # pattern's or the corpus table's own code ("demand_withdrawal" 1056)
            return candidate
        asked = [c for c in candidates if "requested" in c.mood.aux_modes
                 and clauses.governed_by(sentence, c.trigger, candidate.trigger)]
        code = next((found for c in asked if (found := requested_code(root, c.subcode or c.entry.code))), None)
        if code is None or code == (candidate.subcode or candidate.entry.code) or code not in self.ontology:
            return candidate
        if trace is not None:
            trace.note(candidate.trigger, "asked-code", "changed",
                       f"{candidate.entry.entry_id}: {candidate.subcode or candidate.entry.code} -> {code}, "
                       "the code of what it asks for")
        return replace(candidate, subcode=code, steps=candidate.steps + ("asked-code",))

    def _model_subcode(self, sentence: Sentence, candidate: Candidate, scored: dict[int, Scored],
                       trace: SentenceTrace | None) -> Candidate:
        """The code within the candidate's root as the classifier's code head reads it ("accused the
        minister of corruption" 1121, not the pattern's bare 112), where it is sure enough; on the
        linked word the classifier finds likeliest an event ("imposed sanctions": the noun)."""
        if self.classifier is None or self.settings.model_subcode >= 1.0 or candidate.rule in CONSTRUCTION_RULES \
                or candidate.entry.code[:2] == STATEMENT_ROOT:
            return candidate
        linked = [t for t in self._linked_tokens(sentence, candidate) if t in scored]
        if not linked:
            return candidate
        best = max(linked, key=lambda t: scored[t].prediction.event_probability)
        found = self.classifier.model.code_in_root(scored[best].features, candidate.entry.code[:2])
        mediating = found is not None and found[0] in word_list("third_party_codes")
        # a mediator's pattern read off the mediated noun: "a deal brokered by Turkey" is the deal's
        # 046 to the code head, but the brokering is Turkey's mediation
        mediated = candidate.entry.code in word_list("third_party_codes") and best != candidate.trigger
        # and a host's: "Muscat hosted the first direct meeting between Iranian and Saudi officials" is
        # the meeting's 044 to the code head, but the hosting is Oman's
        mediated = mediated or (best != candidate.trigger and sentence.tokens[candidate.trigger].lemma in
                                word_list("host_lemmas"))
        if found is None or found[0] == candidate.entry.code or found[0] not in self.ontology \
                or found[1] < self.settings.model_subcode or (candidate.between and mediating) or mediated:
            # the parties "between" whom talks are held do not mediate them: "talks between the Taliban
            # and US officials" hosted by Qatar are theirs, though the corpus labels the hosting on "talks"
            return candidate
        if trace is not None:
            trace.note(candidate.trigger, "model-subcode", "changed",
                       f"{candidate.entry.entry_id}: {candidate.entry.code} -> {found[0]} p={found[1]:.2f}, "
                       "unless a rule names the code")
        return replace(candidate, subcode=found[0])

    def _confident(self, scored: Scored) -> bool:
        threshold = 0.5 if self.settings.engine == "model" else self.settings.model_add
        return scored.prediction.event_probability >= threshold

    def _model_veto(self, sentence: Sentence, found: list[Candidate], scored: dict[int, Scored],
                    trace: SentenceTrace | None) -> list[Candidate]:
        """A lexicon pattern the classifier is sure is no event here ("the storm hit the coast")."""
        kept = []
        for candidate in found:
            # "imposed sanctions", "held talks": the verb and its event noun are one predicate; the
            # classifier may have put the event on either
            linked = [t for t in self._linked_tokens(sentence, candidate) if t in scored]
            if not linked:
                kept.append(candidate)
                continue
            probability = max(scored[t].prediction.event_probability for t in linked)
            veto = self._veto(candidate)
            if 1.0 - probability >= veto and not _wraps_a_complement(sentence, candidate):
                if trace is not None:
                    trace.note(candidate.trigger, "model-veto", "dropped",
                               f"{candidate.entry.entry_id}: p(no event)={1.0 - probability:.2f}")
                continue
            recoded = self._model_recode(sentence, candidate, scored)
            if recoded is not None:
                if trace is not None:
                    trace.note(candidate.trigger, "model-recode", "changed",
                               f"{candidate.entry.entry_id} -> {recoded.entry.code} p={recoded.probability:.2f}")
                kept.append(recoded)
                continue
            # the corpus labels a verb that wraps a complement no event ("threatened to close"): the
            # classifier's doubt there is that convention, not evidence against the verb's own act
            wraps = _wraps_a_complement(sentence, candidate)
            kept.append(replace(candidate, probability=None if wraps else probability))
        return kept

    def _veto(self, candidate: Candidate) -> float:
        """How sure of no event the classifier must be to drop a pattern: a bare statement at
        ``statement_veto`` (whether a saying is a statement or only attribution is a convention of
        the corpus, which the classifier learned from the statement verbs); a pattern of the lemma
        alone, which holds for every sense of it ("expel", "strike"), at ``lemma_veto``; one that
        names its object or particle ("expel diplomats", "carry out an attack"), whose construction
        is evidence too, at ``model_veto``."""
        if candidate.entry.code == STATEMENT_CODE:
            return self.settings.statement_veto
        if candidate.entry.objects or candidate.entry.particle:
            return self.settings.model_veto
        return self.settings.lemma_veto

    def _model_recode(self, sentence: Sentence, candidate: Candidate, scored: dict[int, Scored]) -> Candidate | None:
        """The classifier, having seen the pattern's code among its features, is sure of another
        root for the trigger: the act is coded as the classifier says, its arguments by the general
        rules ("pressed for a ceasefire" is no assault)."""
        item = scored.get(candidate.trigger)
        if item is None or not item.prediction.is_event or item.prediction.root == candidate.entry.code[:2]:
            return None
        prediction = item.prediction
        # a pattern that names its object or particle is recoded too: since the classifier reads the
        # lemma with its object and its prepositions ("hand|over", "send|troops"), it is at least as
        # good a judge of that construction's root as the pattern (session 23, docs/coding.md)
        if candidate.rule in CONSTRUCTION_RULES:
            return None  # constructions the parse is sure of
        if prediction.root == MASS_VIOLENCE_ROOT:
            return None  # a toll or a chemical agent makes mass violence (events/force.py); the classifier reads neither
        if prediction.probability < self.settings.model_recode:
            return None
        # the pattern is evidence too: when the classifier is torn between its root and the pattern's
        # ("Palestinians protested against ...": 11 at 0.49, the pattern's 14 at 0.47), the pattern stays;
        # a pattern root outside the classifier's three likeliest classes counts as 0
        pattern_root = dict(prediction.roots).get(candidate.entry.code[:2], 0.0)
        if pattern_root * self.settings.model_recode_margin > prediction.probability:
            return None
        recoded = self._model_candidate(sentence, candidate.trigger, item)
        # where the general rules' slots name no party, the pattern's found one ("closed its land border
        # with Guinea", recoded from 191 to 172, is still aimed at Guinea)
        tried = {recoded.targets, *recoded.alternatives}
        kept = tuple(slot for slot in (candidate.targets, *candidate.alternatives) if slot and slot not in tried)
        return replace(recoded, alternatives=recoded.alternatives + kept)

    @staticmethod
    def _linked_tokens(sentence: Sentence, candidate: Candidate) -> list[int]:
        """The trigger and the words that may carry the same event: a verb's objects ("faces
        pressure", "imposed sanctions") and an event noun's light verb ("held talks")."""
        linked = [candidate.trigger]
        if sentence.tokens[candidate.trigger].pos == "VERB":
            objects = clauses.direct_objects(sentence, candidate.trigger) + \
                clauses.passive_patients(sentence, candidate.trigger)  # "concern was expressed"
            for obj in objects:
                linked += [obj] + clauses.preposition_objects(sentence, obj, "of")
        else:
            light = light_verb(sentence, clauses.climb_quantifiers(sentence, candidate.trigger))
            if light is not None:
                linked.append(light)
        return linked

    def _model_candidate(self, sentence: Sentence, i: int, scored: Scored) -> Candidate:
        """A predicate the classifier found without a lexicon pattern: its code from the corpus or
        the lexicon for that lemma and root, its arguments by the general rules."""
        token, prediction = sentence.tokens[i], scored.prediction
        code = self._model_code(token.lemma, prediction.root, subject_kind(scored.features))
        arguments = general_arguments(sentence, i, prediction.root)
        mood = clauses.argument_mood(sentence, i) if arguments.rule in NOUN_ARGUMENT_RULES \
            else clauses.mood(sentence, arguments.anchor)
        if arguments.anchor != i and intends(sentence, arguments.anchor, clauses.climb_quantifiers(sentence, i)):
            mood = clauses.Mood(aux_modes=tuple(dict.fromkeys(mood.aux_modes + ("intended",))), refused=mood.refused)
        if not mood.aux_modes and not mood.refused and prediction.mode != "actual" \
                and prediction.mode_probability >= self.settings.model_mode \
                and not clauses.ordered_of_own_forces(sentence, arguments.anchor):
            # modality the rules do not see ("tried to storm", "at risk of a strike"); not an act ordered
            # of the state's own forces, which is its act as ordered ("ordered police to hunt down the
            # attackers": 173, not the threat of it)
            refused = prediction.mode == "refused"
            mood = clauses.Mood(aux_modes=() if refused else (prediction.mode,), refused=refused)
        pos = "NOUN" if token.pos in {"NOUN", "PROPN"} and not token.tag.startswith("VB") else "VERB"
        entry = LexiconEntry(entry_id=f"{code}.model", pos=pos, lemma=token.lemma, particle="",
                             objects=frozenset(), targets=(), code=code, note="found by the event classifier",
                             origin="model")
        return Candidate(trigger=i, entry=entry, sources=arguments.sources, targets=arguments.targets, mood=mood,
                         rule=arguments.rule, reporter=clauses.reporter_of(sentence, arguments.anchor),
                         between=arguments.rule == "noun-between", noun=i if pos == "NOUN" else None,
                         steps=("model-candidate",), probability=prediction.event_probability,
                         alternatives=arguments.alternatives, agent_alternatives=arguments.agent_alternatives)

    def _model_code(self, lemma: str, root: str, kind: str | None = None) -> str:
        """The corpus's code for this lemma in this root (and this kind of subject), else the
        lexicon's, else the root's base code."""
        code = self.classifier.model.code_for(lemma, root, kind) if self.classifier is not None else None
        if code is None:
            code = next((e.code for pos in ("VERB", "NOUN") for e in self.lexicon.entries(pos, lemma)
                         if e.code[:2] == root), None)
        return code if code is not None and code in self.ontology else root + "0"

    def _trace_candidates(self, sentence: Sentence, trace: SentenceTrace, found: list[Candidate],
                          scored: dict[int, Scored]) -> None:
        for candidate in found:
            trace.note(candidate.trigger, "lexicon", "added", f"{candidate.entry.entry_id} ({candidate.entry.origin})")
        for i, item in scored.items():
            entry = trace.candidate(i)
            entry.model = item.prediction
            if self.classifier is not None and (item.prediction.is_event or i in {c.trigger for c in found}):
                entry.top_features = self.classifier.model.weights_of(item.features, item.prediction.root)
        for candidate in found:
            trace.candidate(candidate.trigger).lexicon.append(candidate.entry.entry_id)

    # -- finding predicates ------------------------------------------------------------

    def candidates(self, sentence: Sentence, state: SentenceState | None = None) -> list[Candidate]:
        """The lexicon's patterns that the sentence matches."""
        state = state if state is not None else SentenceState()
        found: list[Candidate] = []
        for token in sentence.tokens:
            if token.pos in {"VERB"} and not clauses.is_background(sentence, token.i):
                candidate = self._verb(sentence, token.i, state)
                if candidate:
                    found.append(candidate)
        for token in sentence.tokens:
            if token.pos == "NOUN" and token.i not in state.consumed_nouns \
                    and not clauses.is_background(sentence, token.i):
                candidate = self._noun(sentence, token.i)
                if candidate:
                    found.append(candidate)
                    light = light_verb(sentence, clauses.climb_quantifiers(sentence, token.i))
                    if light is not None:
                        state.light_verbs.add(light)
        return [c for c in found if not self._carries_a_noun(sentence, c, state)]

    def _carries_a_noun(self, sentence: Sentence, candidate: Candidate, state: SentenceState) -> bool:
        """'ordered the expulsion of 35 diplomats', 'called a general strike': a light verb whose own
        pattern is generic (no object named) and finds no recipient of its own ('ordered the army to',
        'called on Iran to') carries the event noun it governs; the noun is the act, not the verb. So
        does a verb whose preposition's object is the act ('agreed to a ceasefire')."""
        entry = candidate.entry
        if candidate.trigger not in state.light_verbs or candidate.rule != "verb" or entry.objects or entry.particle \
                or sentence.tokens[candidate.trigger].lemma not in word_list("light_verbs") | complement_verbs():
            return False  # an evaluation ("called the deal a mistake") or a journey ("will visit for talks")
        slot, _ = self._filled_slot(sentence, [candidate.trigger], entry, [])
        return slot == ""

    def _received(self, sentence: Sentence, verb: int) -> Candidate | None:
        """'The rebels received weapons from Iran', 'Obama faces pressure from Congress': the
        giver or the one who presses is the 'from' phrase and the subject is the recipient, so the
        event is coded from Iran to the rebels, from Congress to Obama."""
        lemma = sentence.tokens[verb].lemma
        wanted = (word_list("gift_nouns") if lemma in word_list("receiving_verbs") else set()) | (
            word_list("addressed_nouns") if lemma in word_list("undergoing_verbs") else set())
        gifts = [o for o in clauses.direct_objects(sentence, verb) if sentence.tokens[o].lemma in wanted]
        if not gifts:
            return None
        givers = clauses.preposition_objects(sentence, verb, "from") or clauses.preposition_objects(
            sentence, gifts[0], "from")
        entries = self.lexicon.entries("NOUN", sentence.tokens[gifts[0]].lemma)
        if not entries or not givers:
            return None
        entry = entries[0]  # the noun's own pattern ("072.weapon_noun", "100.pressure_noun") is the evidence
        return Candidate(trigger=verb, entry=entry, sources=tuple(givers),
                         targets=tuple(clauses.subjects(sentence, verb)), mood=clauses.mood(sentence, verb),
                         rule="received")

    def _aimed_at_an_act(self, sentence: Sentence, candidate: Candidate, code: str, events: list[Event],
                         parties: "_Parties") -> list[Event]:
        """Events with no recipient whose object names an act: its author where a "by" phrase names
        one ("condemned the invasion of Kuwait by Iraq"), else the act's noun, which event anaphora
        resolves across the story ("condemned the attack", "welcomed the decision", "opposes the test")."""
        objects = tuple(clauses.direct_objects(sentence, candidate.trigger))
        named = next((i for slot in (candidate.targets, *candidate.alternatives, objects) for i in slot
                      if self.lexicon.entries("NOUN", sentence.tokens[i].lemma)
                      or _corpus_act_noun(sentence, i, candidate)
                      or sentence.tokens[i].lemma in word_list("act_anaphora_nouns") | word_list("judgment_nouns")
                      or _concern_at_violence(sentence, i, code)
                      or ((code[:2] in JUDGING_ROOTS or code == DENIAL_CODE) and _told_before(sentence, i))), None)
        if named is None or _carried_by_light_verb(sentence, candidate, named) \
                or self._names_its_own_act(sentence, candidate, named):
            return [replace(e, target_event="") for e in events]
        authors = [a for a in map(parties.actor, parties.authors_of_act(named)) if a is not None]
        if not authors and code[:2] in OWN_ACT_OBJECT_ROOTS and _new_act_noun(sentence, named, candidate.trigger):
            return [replace(e, target_event="") for e in events]
        return [replace(e, target=authors[0]) if authors and (e.source is None or e.source.code != authors[0].code)
                else replace(e, target_event=sentence.tokens[named].lemma) for e in events]

    def _names_its_own_act(self, sentence: Sentence, candidate: Candidate, noun: int) -> bool:
        """"imposed a curfew", "announced a general strike": the object the candidate's own pattern
        names, of the candidate's own kind of act, is that act, not one the story told before; an act
        that answers another names that other ("condemned the attack", "welcomed the agreement": 051 of
        a 057)."""
        lemma = sentence.tokens[noun].lemma
        if lemma not in candidate.entry.objects:
            return False
        entries = self.lexicon.entries("NOUN", lemma)
        acts = act_nouns().get(lemma)
        codes = {e.code for e in entries} | (acts.codes if acts else frozenset())
        roots = {e.code[:2] for e in entries} | (acts.roots if acts else frozenset())
        root = candidate.entry.code[:2]
        return candidate.entry.code in codes or (root in roots and root not in ANSWERING_ROOTS)

    def _faced(self, sentence: Sentence, verb: int) -> Candidate | None:
        """"The EU said Minsk would face further sanctions if the crackdown continued", "it will face
        consequences, the State Department said": a penalty the speaker says a party will face is
        the speaker's threat of it (sanctions: 1312; consequences: 130), aimed at the party."""
        token = sentence.tokens[verb]
        if token.lemma not in word_list("facing_verbs"):
            return self._not_to_go_unanswered(sentence, verb)
        mood = clauses.mood(sentence, verb)
        speaker = clauses.reporter_of(sentence, verb)
        if speaker is None or mood.negated or not {"future", "conditional", "hypothetical"} & set(mood.aux_modes):
            return None
        for penalty in clauses.direct_objects(sentence, verb):
            lemma = sentence.tokens[penalty].lemma
            if _a_market_price(sentence, penalty):
                continue  # "consumers would pay a higher price", "a price of $60": a market's, no threat
            entries = [e for e in self.lexicon.entries("NOUN", lemma) if e.code[:2] in PENALTY_ROOTS]
            if not entries and lemma not in word_list("penalty_nouns"):
                continue
            entry = entries[0] if entries else LexiconEntry(
                entry_id=f"{THREAT_CODE}.faced_penalty", pos="NOUN", lemma=lemma, particle="",
                objects=frozenset(), targets=(), code=THREAT_CODE, note="a penalty a party is said to face",
                origin="construction")
            # the verb is the trigger: "warned that Russia would face consequences" is one threat
            return Candidate(trigger=verb, entry=entry, sources=(speaker,),
                             targets=tuple(clauses.subjects(sentence, verb)),
                             mood=clauses.Mood(aux_modes=("threatened",)), rule="faced", noun=penalty)
        return None

    @staticmethod
    def _not_to_go_unanswered(sentence: Sentence, verb: int) -> Candidate | None:
        """"vowed that the attack would not go unpunished", "said the strikes would not go unanswered":
        the speaker's threat against whoever the act is of (list ``unanswered_words``)."""
        said = [c for c in clauses.children(sentence, verb, {"acomp", "oprd", "xcomp", "advmod"})
                if c.lemma in word_list("unanswered_words")]
        speaker = clauses.reporter_of(sentence, verb)
        if not said or speaker is None or not clauses.mood(sentence, verb).negated:
            return None
        entry = LexiconEntry(entry_id=f"{THREAT_CODE}.not_unanswered", pos="VERB", lemma=sentence.tokens[verb].lemma,
                             particle="", objects=frozenset(), targets=(), code=THREAT_CODE,
                             note="an act said not to go unanswered: a threat", origin="construction")
        return Candidate(trigger=verb, entry=entry, sources=(speaker,), targets=tuple(clauses.subjects(sentence, verb)),
                         mood=clauses.Mood(aux_modes=("threatened",)), rule="faced")

    def _evaluation(self, sentence: Sentence, verb: int) -> Candidate | None:
        """'France called the decision a stab in the back', 'branded them terrorists', 'described
        the vote as a disgrace': naming what the object is evaluates it, a disapproval (111) unless
        the words of the predicate praise (051: 'called the accord a welcome step'). Saying what
        something is judges it only with a word of condemnation ('said the strike was an act of
        aggression'); an accusation so judged is denied (016: 'called the charges baseless'). Not what
        names the object of another act ("condemned what he called an unprovoked attack": one act,
        the condemnation)."""
        if _names_what_another_act_is_of(sentence, verb):
            return None
        predicate = clauses.evaluative_predicate(sentence, verb)
        if predicate is not None:
            said_at = clauses.subtree(sentence, predicate)
            said = {sentence.tokens[i].lemma for i in said_at}
            # a word of condemnation outweighs one of praise ("a crime against the right to life")
            praised = said & word_list("positive_evaluations") and not said & word_list("negative_evaluations")
            code = "051" if praised else "111"
            judged = [o for o in clauses.direct_objects(sentence, verb) if o not in said_at]
        else:
            judgement = _reported_judgement(sentence, verb)
            blamed = _reported_blame(sentence, verb) if judgement is None else None
            if judgement is None and blamed is None:
                return None
            code, judged = ("111", judgement) if judgement is not None else (ACCUSATION_CODE, blamed or [])
            if blamed and all(sentence.tokens[i].pos == "PRON" for i in blamed):
                code, judged = CLAIM_CODE, []  # "a rebel group said it was behind the ambush": a claim
        if code == "111" and any(sentence.tokens[i].lemma in word_list("accusation_nouns") for i in judged):
            code, judged = "016", []  # "said the accusation was absurd": a denial, as the corpus codes it
        entry = LexiconEntry(entry_id=f"{code}.evaluation", pos="VERB", lemma=sentence.tokens[verb].lemma,
                             particle="", objects=frozenset(), targets=("dobj",), code=code,
                             note="naming what the object is: an evaluation of it", origin="construction")
        return Candidate(trigger=verb, entry=entry, sources=tuple(clauses.subjects(sentence, verb)),
                         targets=tuple(judged), mood=clauses.mood(sentence, verb), rule="evaluation",
                         reporter=clauses.reporter_of(sentence, verb))

    def verb_entries(self, token) -> tuple[LexiconEntry, ...]:
        """Entries for a verb; when the small model's lemma is wrong ("staged" -> "stag"), the
        regular forms of the word itself are tried ("stage")."""
        entries = self.lexicon.entries("VERB", token.lemma)
        if entries or token.tag not in {"VBD", "VBN", "VBZ", "VBG"}:
            return entries
        word = token.lower
        for suffix, add in (("ed", "e"), ("ed", ""), ("d", ""), ("es", ""), ("s", ""), ("ing", "e"), ("ing", "")):
            if word.endswith(suffix):
                entries = self.lexicon.entries("VERB", word[: -len(suffix)] + add)
                if entries:
                    return entries
        return ()

    def names_predicate(self, sentence: Sentence, i: int) -> bool:
        """Whether any lexicon entry exists for the token (used by `lexicon gaps`)."""
        token = sentence.tokens[i]
        return bool(self.lexicon.entries("VERB" if token.pos == "VERB" else "NOUN", token.lemma))

    def _verb(self, sentence: Sentence, verb: int, state: SentenceState) -> Candidate | None:
        token = sentence.tokens[verb]
        if clauses.backing_description(sentence, verb):
            return None
        received = self._received(sentence, verb) or self._faced(sentence, verb)
        if received is not None:
            return received
        evaluation = self._evaluation(sentence, verb)
        if evaluation is not None:
            return evaluation  # "calling it dangerous" names something; it is no appeal
        if token.lemma in word_list("naming_verbs") and clauses.children(sentence, verb, {"oprd"}):
            return None  # nor is "called Raila Odinga", a name the parser reads as the predicate
        entries = self.verb_entries(token)
        if not entries:
            return None
        particle = next((c.lower for c in clauses.children(sentence, verb, {"prt"})), "")
        passive = clauses.is_passive(sentence, verb)
        objects = clauses.passive_patients(sentence, verb) if passive else clauses.direct_objects(sentence, verb)
        # "provided 25,000 tons of food aid", "expelled thousands of villagers": the 'of' noun counts
        measured = [j for i in objects if sentence.tokens[i].lemma in word_list("quantity_nouns")
                    for j in clauses.preposition_objects(sentence, i, "of")]
        # "handed the envoy a protest note", "sent a letter of protest": what a container carries
        carried = [j for i in objects if sentence.tokens[i].lemma in word_list("container_nouns")
                   for j in [*clauses.preposition_objects(sentence, i, "of"),
                             *(c.i for c in clauses.children(sentence, i, {"compound"}) if c.pos == "NOUN")]]
        # "pledged 5 billion yen in loans", "announced $30 million in humanitarian assistance": what an
        # amount is of (not already counted as a quantity's)
        carried += [j for i in objects if clauses.is_amount(sentence, i) for word in ("in", "of")
                    for j in clauses.preposition_objects(sentence, i, word) if j not in measured]
        measured += carried
        if not objects and not passive:
            measured = self._prepositional_objects(sentence, verb)
        object_lemmas = {sentence.tokens[i].lemma for i in objects + measured}
        # "declined to comment", "refused to talk": an infinitive names what a row's object would; not
        # one that goes somewhere ("urged both sides to return to the negotiating table": no return of
        # captives)
        object_lemmas |= {c.lemma for c in clauses.children(sentence, verb, {"xcomp"}) if c.tag == "VB"
                          and not (clauses.preposition_objects(sentence, c.i, "to")
                                   and not clauses.direct_objects(sentence, c.i))}
        matching = [e for e in entries if e.particle == particle and (not e.objects or e.objects & object_lemmas)]
        # "approved a package of sanctions": what is measured is the object, not the measure ('package'
        # is also a row's aid package)
        measured_lemmas = {sentence.tokens[i].lemma for i in measured}
        matching = [e for e in matching if not e.objects or e.objects & measured_lemmas] \
            if any(e.objects & measured_lemmas for e in matching) else matching
        if not matching:
            return None
        # Among the patterns that fit, the first (most specific) whose recipient slot is filled wins.
        filled = [(e, *self._entry_targets(sentence, verb, e, objects, measured)) for e in matching]
        # ... unless its recipient is only the object that a more specific pattern names as no one's:
        # "released a statement" is 010 (no recipient), not the release of the statement as a captive
        named = {i for e in matching if e.objects and not e.targets
                 for i in objects + measured if sentence.tokens[i].lemma in e.objects}
        entry, slot, targets = next(((e, s, t) for e, s, t in filled
                                     if t and (e.objects or not set(t) <= named)), filled[0])
        if entry.objects:
            # "hosted a meeting between A and B": the noun names its own parties and stays an event
            state.consumed_nouns.update(i for i in objects + carried if sentence.tokens[i].lemma in entry.objects
                                        and not clauses.preposition_objects(sentence, i, "between"))
        noun = next((i for i in objects + carried if sentence.tokens[i].lemma in entry.objects), None)
        sources = clauses.subjects(sentence, verb)
        between = clauses.preposition_objects(sentence, verb, "between")
        if not sources and between and token.tag == "VBG" and token.dep in {"nsubj", "nsubjpass", "ROOT"}:
            # a gerund named as a noun is: "fighting between Armenian and Azerbaijani forces killed 50"
            return Candidate(trigger=verb, entry=entry, sources=(between[0],), targets=tuple(between[1:2]),
                             mood=clauses.Mood(), rule="noun-between", between=True, reporter=None)
        if passive and not sources and entry.code[:2] == FORCE_POSTURE_ROOT:
            # "South African troops were deployed": forces are deployed by the state they serve
            sources = [i for i in objects if sentence.tokens[i].lemma in entry.objects]
        return Candidate(trigger=verb, entry=entry, sources=tuple(sources),
                         targets=tuple(targets), mood=clauses.mood(sentence, verb),
                         rule="passive" if passive else "verb", reporter=clauses.reporter_of(sentence, verb),
                         noun=noun, venue=slot == "venue")

    @staticmethod
    def _prepositional_objects(sentence: Sentence, verb: int) -> list[int]:
        """"agreed on a new treaty": a verb with no direct object names what a row's object list asks
        for after "on" or "upon" (``object_prepositions``; not "to": "agreed to a ceasefire" is an intent)."""
        return [j for prep in clauses.children(sentence, verb, {"prep"}) if prep.lower in word_list("object_prepositions")
                for j in clauses.preposition_objects(sentence, verb, prep.lower)]

    def _entry_targets(self, sentence: Sentence, verb: int, entry: LexiconEntry,
                       objects: list[int], measured: Sequence[int] = ()) -> tuple[str, list[int]]:
        """The slot that names the recipient, and its tokens."""
        if taken_from := wrested_from(sentence, verb, objects, entry.code[:2]):
            return "prep:from", taken_from
        if entry.objects:
            anchors = [verb] + [i for i in [*objects, *measured] if sentence.tokens[i].lemma in entry.objects]
            slot, found = self._filled_slot(sentence, anchors, entry, [])
            if not found:
                slot, found = _complement_slot(sentence, anchors[1:], entry)
            if not found:
                # "seized two Greek tankers", "Russia's ambassador was expelled": the object's owner
                slot, found = "owner", _owned(sentence, anchors[1:])
        else:
            slot, found = self._filled_slot(sentence, [verb], entry, objects)
        if found:
            return slot, found
        if entry.code[:2] in GIVING_ROOTS and entry.code[2:] != "0":
            # a row that names what is given (or withheld) but not where it goes: the root's own
            # slots, on the verb and on the things given ("pledged loans for the reconstruction of
            # Afghanistan"); not a generic intent ("agreed to a ceasefire in Chechnya": 030 gives
            # nothing to Chechnya)
            given = fill_slots(sentence, giving_anchors(sentence, verb, objects, entry.code[:2]),
                               recipient_slots()[entry.code[:2]], [])
            if given:
                return "given", given
        implicit = self._implicit_targets(sentence, verb, entry, objects)
        if implicit or not entry.targets:
            return "implicit", implicit
        return "implicit", implicit

    @staticmethod
    def _implicit_targets(sentence: Sentence, verb: int, entry: LexiconEntry, objects: list[int]) -> list[int]:
        """Recipients the pattern does not name but the root implies: whom a demand or appeal is
        made of ("demanded that Hamas renounce", "ordered Menem to appear"), what force is aimed
        at ("fired shells at targets in Jericho")."""
        root = entry.code[:2]
        if root in ADDRESSED_ROOTS:
            if objects:
                # "opposed French mediation", "demanded Iranian cooperation": the object's owner
                return objects
            for clause in clauses.children(sentence, verb, {"ccomp"}):
                subjects = clauses.children(sentence, clause.i, {"nsubj", "nsubjpass"})
                if subjects:
                    return clauses.conjuncts(sentence, subjects[0].i)
            if root == "12":
                # "refused to respond to a demand from the US": whom the refused act concerns
                for clause in clauses.children(sentence, verb, {"xcomp"}):
                    found = clauses.direct_objects(sentence, clause.i) or next(filter(None, (
                        clauses.preposition_objects(sentence, clause.i, word) for word in ("to", "with"))), [])
                    if found:
                        return found
        if root in FORCE_ROOTS:
            for word in ("at", "against", "on"):
                found = clauses.preposition_objects(sentence, verb, word)
                if found:
                    return found
        return []

    def _things(self, sentence: Sentence, objects: list[int]) -> bool:
        """"supplied armoured trucks to the Syrian army": objects that are things given, none a party (a
        name, a pronoun, a party's entity, or a noun of an agent: "supplied the rebels")."""
        tokens = sentence.tokens
        return not any(tokens[j].pos in {"PROPN", "PRON"} or tokens[j].ent_type in clauses.PARTY_ENTITIES
                       or tokens[j].lemma in self.resolver.kb.agents
                       for i in objects for j in clauses.subtree(sentence, i))

    def _slot_targets(self, sentence: Sentence, anchors: list[int], entry: LexiconEntry,
                      objects: list[int]) -> list[int]:
        return self._filled_slot(sentence, anchors, entry, objects)[1]

    def _filled_slot(self, sentence: Sentence, anchors: list[int], entry: LexiconEntry,
                     objects: list[int]) -> tuple[str, list[int]]:
        """The first of the entry's target slots that the sentence fills, and its tokens; before
        them, the first object of a ditransitive, whoever the row names: "handed Tehran an ultimatum",
        "gave the minister a five-year sentence" (the row names the thing handed, not its recipient)."""
        if datives := clauses.indirect_objects(sentence, anchors[0]):
            return "dative", datives
        for slot in entry.targets:
            if slot == "dobj" and objects and not (entry.code[:2] == AID_ROOT and self._things(sentence, objects)):
                return slot, objects
            if slot == "owner" and (owned := _owned(sentence, anchors[1:])):
                return slot, owned
            if slot == "object" and anchors[1:]:
                # the body or people the pattern names are what is acted on: "dissolved parliament",
                # "took 250 hostages"; where another object names who is put in that state, it is
                # they: "held 52 Americans hostage"
                held = [i for i in clauses.direct_objects(sentence, anchors[0]) if i not in anchors[1:]]
                return slot, held or anchors[1:]
            if slot == "venue":
                # the place the object names, not the verb's own: "attend the Beijing Olympics"; one
                # "in" or "at" it before a topic: "a conference on Gaza in Cairo" is held in Egypt
                found = [i for anchor in anchors[1:] for i in clauses.place_words(sentence, anchor)
                         if self.resolver.venue(sentence, i, None) is not None]
                found.sort(key=lambda i: sentence.tokens[sentence.tokens[i].head].lower not in LOCATIVE_PREPS)
                if found:
                    return slot, found[:1]
            if slot == "xcomp_subj":
                # "demanded that Israel withdraw", "ordered the army to pull back": who is to act
                for clause in clauses.children(sentence, anchors[0], {"xcomp", "ccomp"}):
                    subjects = clauses.children(sentence, clause.i, {"nsubj", "nsubjpass"})
                    if subjects:
                        return slot, clauses.conjuncts(sentence, subjects[0].i)
            if slot.startswith("prep:"):
                for anchor in anchors:
                    found = slot_objects(sentence, anchor, slot[5:], accusation=entry.code[:2] == ACCUSATION_ROOT)
                    if found:
                        return slot, found
        return "", []

    def _noun(self, sentence: Sentence, noun: int) -> Candidate | None:
        entries = self.lexicon.entries("NOUN", sentence.tokens[noun].lemma)
        if not entries:
            return None
        entry = entries[0]
        anchor = clauses.climb_quantifiers(sentence, noun)
        between = clauses.between_parties(sentence, noun)
        if between:
            # "talks between Egypt, Sudan and Ethiopia": each party with each other one
            each = len(between) > 2
            return Candidate(trigger=noun, entry=entry, sources=tuple(between) if each else (between[0],),
                             targets=tuple(between) if each else tuple(between[1:2]),
                             mood=clauses.argument_mood(sentence, noun), rule="noun-between", between=True,
                             reporter=None)
        if (penalty := penalty_arguments(sentence, noun)) is not None:
            return Candidate(trigger=noun, entry=entry, sources=penalty.sources, targets=penalty.targets,
                             mood=clauses.mood(sentence, penalty.anchor), rule=penalty.rule, reporter=None)
        if (undergone := undergone_under(sentence, noun)) is not None:
            return Candidate(trigger=noun, entry=entry, sources=undergone.sources, targets=undergone.targets,
                             mood=clauses.mood(sentence, undergone.anchor), rule=undergone.rule,
                             reporter=clauses.reporter_of(sentence, undergone.anchor),
                             agent_alternatives=undergone.agent_alternatives)
        light = light_verb(sentence, anchor)
        targets = (placed(sentence, light) if light is not None else []) \
            or self._slot_targets(sentence, [noun] + ([light] if light is not None else []), entry, [])
        targets = targets or victims_of_force(sentence, noun, entry.code[:2])  # "a car bombing that killed 40"
        if light is not None:
            mood = clauses.mood(sentence, light)
            # ... but a feeling or a word offered is given: "offered his congratulations to Modi" (051)
            if intends(sentence, light, anchor) and not entry.code.startswith(EXPRESSED_CODES):
                mood = clauses.Mood(aux_modes=tuple(dict.fromkeys(mood.aux_modes + ("intended",))),
                                    refused=mood.refused)
            return Candidate(trigger=noun, entry=entry, sources=tuple(clauses.subjects(sentence, light)),
                             targets=tuple(targets), mood=mood, rule=f"light-verb:{sentence.tokens[light].lemma}",
                             reporter=clauses.reporter_of(sentence, light))
        sources = noun_agents(sentence, noun)
        targets = [t for t in targets if t not in sources] or clauses.requested_parties(sentence, noun)
        if not sources or not targets:
            return None  # "ISIS attacks" alone names a kind of event, not one with a recipient
        return Candidate(trigger=noun, entry=entry, sources=tuple(sources), targets=tuple(targets),
                         mood=clauses.argument_mood(sentence, noun), rule="noun-modifier")

    # -- building events ---------------------------------------------------------------

    def _events(self, sentence: Sentence, candidate: Candidate, actors: dict[int, ActorRef],
                memory: ArticleMemory) -> tuple[list[Event], str]:
        """The candidate's events, or none and why (for ``explain``)."""
        parties = _Parties(self, sentence, actors, memory)
        sources = parties.each(parties.agent, candidate.sources)
        # a thing can be the means of force ("a bombing ... wounded two"), not the author of any other act
        beside_acts = candidate.entry.code[:2] not in VIOLENT_ROOTS
        reporting = candidate.reporter
        # a spoken act beside a reported state is the reporter's whoever the state's subject is: "said the
        # police had been unable to stop the violence and urged the minister to call in the army"
        # (when the reporter names a party of a known country: "Minister Simon Birmingham said Australia
        # was disappointed and rejected ..." keeps Australia over a minister of no named country)
        spoken = candidate.entry.code[:2] in SPOKEN_ROOTS
        reporters = parties.each(parties.agent, (reporting,)) if spoken and reporting is not None and sources else []
        spoken_beside_state = spoken and any(
            not a.code.startswith("---") for a in reporters) and not any(s.code == r.code for s in sources
                                                                        for r in reporters) \
            and clauses.coordinated_with_report(sentence, candidate.trigger)
        if reporting is not None and (clauses.coordinated_with_denial(sentence, candidate.trigger) or not sources
                                     and clauses.coordinated_with_report(sentence, candidate.trigger, beside_acts)
                                     or spoken_beside_state):
            # the subject inherited from the reported clause names no party ("the plan"): the verb is
            # the reporter's own second act, as in "said the plan was a step but rejected the demand";
            # so is a verb hung on a denied clause ("denied that its forces had fired and blamed Ukraine")
            sources = parties.each(parties.agent, (reporting,))
            candidate = replace(candidate, reporter=None)
        if candidate.rule == "noun-modifier":
            sources = sources[:1]  # the nearest modifier that names an actor: "US Predator attacks"
        for slot in candidate.agent_alternatives:
            if sources:
                break
            sources = parties.each(parties.agent, slot)
        if not sources and candidate.rule == "passive" \
                and sentence.tokens[candidate.trigger].lemma in word_list("summoning_verbs"):
            # "the ambassador was summoned to the foreign ministry": the ministry summoned him
            sources = parties.each(parties.agent, tuple(clauses.preposition_objects(sentence, candidate.trigger, "to")))
        resolve = parties.venue if candidate.venue else parties.recipient
        targets = parties.each(resolve, candidate.targets)
        for slot in candidate.alternatives:
            if targets:
                break
            targets = parties.each(resolve, slot)
        if candidate.reporter is not None and _asks_of_itself(sources, targets, candidate) \
                and clauses.coordinated_with_report(sentence, candidate.trigger, beside_acts=True):
            # "Starmer told parliament that the prime minister was presiding over a collapse and demanded
            # that he resign": no party demands its own resignation; the reporter does
            sources = parties.each(parties.agent, (candidate.reporter,))
            candidate = replace(candidate, reporter=None)
        passive = _in_the_passive(sentence, candidate)
        unattributed = passive or any(
            self.lexicon.entries("NOUN", sentence.tokens[i].lemma) or _is_weapon(sentence, i) for i in candidate.sources)
        if not sources and not targets and _protest_that_happened(sentence, candidate):
            sources = [UNNAMED_PROTESTERS]
        if not sources and not targets and candidate.entry.code[:2] in ASSERTED_FORCE_ROOTS \
                and any(_is_weapon(sentence, i) for i in candidate.sources):
            # "a car bomb exploded near a police station": whoever set it off, unnamed
            sources = [UNNAMED_PERPETRATOR]
        if not sources and not (targets and unattributed and recipient_suffices(candidate, passive)):
            # kept: a recipient of an act whose doer is not named, where that suffices (violence, a
            # believed passive)
            return [], "no party resolved (no agent that names an actor)"
        code, modes, subcoded = self._code(candidate, sentence)
        if subcoded and "asked-code" not in candidate.steps:
            candidate = replace(candidate, steps=candidate.steps + ("model-subcode",))
        if code is None:
            return [], f"its mode is not coded ({'+'.join(modes) or 'actual'})"
        if code[:2] == THREAT_ROOT and _own_side_would_act(sentence, candidate, sources, targets):
            targets = []  # "warned that Beijing would not sit idly by": Beijing acts, the threat aims elsewhere
        code, candidate, targets = self._show_of_force(sentence, candidate, code, sources, targets, parties)
        targets = targets or self._implied_recipients(sentence, candidate, code, parties, resolve)
        if not targets and code in MUTUAL_CODES and code[:2] == CONSULTATION_ROOT:
            # the counterparts of a meeting can be the co-owners of its one subject; elsewhere the
            # phrase stays one party, as the corpus labels it ("the presidents of X, Y and Z signed")
            sources = sources + parties.co_owners(candidate.sources)
        if not sources and code[:2] in COERCION_ROOTS and _in_the_passive(sentence, candidate):
            # "six people were wounded when police fired pellets": the doer of the act it happened in
            doers = tuple(clauses.simultaneous_doers(sentence, candidate.trigger))
            sources = [a for a in parties.each(parties.agent, doers) if set(a.sectors) & ARMED_DOER_ROLES]
        if not sources and code[:2] in ASSERTED_FORCE_ROOTS and self._unnamed_force(sentence, candidate):
            sources = [UNNAMED_PERPETRATOR]  # a country comes from the event's place, if any
        if not sources and code.startswith(JUDGMENT_CODE) and _in_the_passive(sentence, candidate):
            sources = [UNNAMED_COURT]  # "was sentenced to five years": a court, of the country of the place
        reporter = actors.get(candidate.reporter) if candidate.reporter is not None else None
        if "obliged" in modes:
            # "Russia said Sudan must return the helicopter": Russia demands it of Sudan
            if reporter is None or not sources:
                return [], "an obligation ('must') with no reporter to demand it"
            code, sources, targets, reporter = DEMAND_CODE, [reporter], sources, None
        if reporter is not None:
            modes = modes + ("reported",)
        # "Palestinians and Israelis failed to reach agreement": mutual by the act, whatever the mood
        mutual_force = code[:2] in MUTUAL_FORCE_ROOTS and len(sources) == 2 and (candidate.between or (
            sentence.tokens[candidate.trigger].lemma in word_list("mutual_force_verbs")
            and not clauses.side_by_side(sentence, candidate.trigger)))
        # "Germany, France and Britain would not recognise the declaration": an act on something named
        # that is no party is no act of the subjects on each other
        # ... but "the two sides agreed to implement a security agreement": a pair told as one acts together
        told_as_a_pair = len(sources) == 2 and all(s.how.startswith(PAIR_HOW) for s in sources)
        unnamed_recipient = not candidate.between and not candidate.entry.objects and bool(candidate.targets) \
            and not mutual_force and not told_as_a_pair \
            and set(candidate.targets) <= set(clauses.direct_objects(sentence, candidate.trigger))
        pairs = self._pairs(sources, targets, code, candidate.between, mutual_act=candidate.entry.code[:2],
                            mutual_force=mutual_force, attending=code[:2] == CONSULTATION_ROOT
                            and self._attends_gathering(sentence, candidate), unnamed_recipient=unnamed_recipient)
        exchanged = sentence.tokens[candidate.trigger].lemma in word_list("exchange_verbs")
        if not targets and len(sources) > 1 and (clauses.reciprocal_object(sentence, candidate.trigger) or exchanged):
            # "Armenia and Azerbaijan accused each other", "Russia and Ukraine swapped prisoners": each
            # party's act on the other
            pairs = [(s, t) for s in sources for t in sources if s is not t and s.code != t.code]
        if candidate.venue:
            pairs = [(s, t) for s, t in pairs if t in targets]  # the host of a venue is no participant
        events = [self._event(sentence, candidate, code, modes, src, tgt, reporter) for src, tgt in pairs]
        if not targets:
            events = self._aimed_at_an_act(sentence, candidate, code, events, parties)
        if (told := self._told_act(sentence, candidate)) and not any(
                e.source is not None and e.source is not UNNAMED_PERPETRATOR for e in events):
            # "The strikes killed five fighters": the strikes told before know who struck
            events = [replace(e, source_event=told) for e in events]
        if reporter is not None and code[:2] in ASSERTED_FORCE_ROOTS:
            # "the US said that Iraq had attacked": the asserted act, and with coder.asserted_force
            # 'both' the party's own act, its allegation, too ('accusation': the allegation alone);
            # "Ukraine claimed it had attacked" is a claim of responsibility (015) in every case
            asserted = self._assertions(sentence, candidate, reporter, sources, targets)
            if asserted and self.settings.asserted_force == "accusation":
                return asserted, ""
            events.extend(e for e in asserted if self.settings.asserted_force == "both" or e.code == CLAIM_CODE)
        return events, ""

    def _told_act(self, sentence: Sentence, candidate: Candidate) -> str:
        """The event noun a definite subject names ("the strikes", "these attacks"), if the
        candidate's subject is one: an act the story has told."""
        for i in candidate.sources:
            token = sentence.tokens[i]
            definite = any(c.lower in clauses.DEFINITE_DETERMINERS for c in clauses.children(sentence, i, {"det"}))
            if definite and (self.lexicon.entries("NOUN", token.lemma) or token.lemma in word_list("act_anaphora_nouns")):
                return token.lemma
        return ""

    @staticmethod
    def _hosted(sentence: Sentence, verb: int) -> list[int]:
        """What a host verb hosts: its object ("hosted talks"), a passive's subject, or the noun a
        participle hangs on ("talks hosted by Qatar")."""
        token = sentence.tokens[verb]
        if token.dep == "acl" and token.head != verb:
            return [token.head]
        return clauses.passive_patients(sentence, verb) if clauses.is_passive(sentence, verb) \
            else clauses.direct_objects(sentence, verb)

    def _implied_recipients(self, sentence: Sentence, candidate: Candidate, code: str, parties: "_Parties",
                            resolve) -> list[ActorRef]:
        """Recipients the candidate's own slots do not name but its construction implies, tried in turn."""
        trigger = candidate.trigger
        slots: list[tuple[int, ...]] = []
        warned: list[tuple[int, ...]] = []
        resolve_party = resolve
        if code[:2] in VIOLENT_ROOTS and candidate.rule == "verb":
            # "arrested and charged three opposition leaders", "rammed and boarded two navy boats": a
            # verb of force with no object of its own acts on the object of the verb it is joined to
            slots.append(tuple(clauses.shared_objects(sentence, trigger)))
            slots.append(tuple(clauses.shared_recipients(sentence, trigger)))
        if code[:2] == THREAT_ROOT:
            # "threatened to close the strait unless the US lifts sanctions": the threat is aimed at
            # whoever the condition asks to act; else at whom its measure names
            resolve_party = parties.recipient
            slots += [tuple(clauses.condition_subjects(sentence, trigger)),
                      tuple(self._recipients_of_measure(sentence, trigger)),
                      tuple(clauses.warned_parties(sentence, trigger))]
            # "warned that it would hold the Houthis accountable", "warned that the tariffs could be
            # reinstated if Mexico failed to act": whom the warned clause's act or condition names
            warned = clauses.warned_clause_recipients(sentence, trigger)
        if code[:2] in JUDGING_ROOTS:
            slots.append(tuple(clauses.judged_authors(sentence, trigger)))
        if code == MEDIATION_CODE:
            # "a truce brokered by Qatar", "talks mediated by the UN": the mediator's recipients are
            # the parties of the event it mediates
            slots += self._mediated_parties(sentence, candidate)
        if code == HOSTING_CODE:
            # "Doha hosted a meeting between US officials and the Taliban": the host receives the
            # parties the gathering is between
            slots.append(tuple(i for gathering in self._hosted(sentence, trigger)
                               for i in clauses.preposition_objects(sentence, gathering, "between")))
        for slot in slots:
            if found := parties.each(resolve_party, slot):
                return found
        for slot in warned:
            # a party the clause names itself, not one inside a thing's name ("would violate the Arusha accord")
            if found := [a for a in parties.each(parties.recipient, slot) if _names_itself(sentence, a, slot)]:
                return found
        return []

    def _show_of_force(self, sentence: Sentence, candidate: Candidate, code: str, sources: list[ActorRef],
                       targets: list[ActorRef], parties: "_Parties") -> tuple[str, Candidate, list[ActorRef]]:
        """"held live-fire drills around Taiwan", "staged a bombing drill near the border": exercises of
        one party with no partner are a show of force (150), aimed, as any show of force that names no
        recipient, at the country it is held near, around or off."""
        if code == JOINT_EXERCISE_CODE and not targets and len(sources) == 1 and self._exercise(sentence, candidate) \
                and not self._joint(sentence, candidate):
            code, candidate = SHOW_OF_FORCE_CODE, replace(candidate, steps=candidate.steps + ("show-of-force",))
        if code == SHOW_OF_FORCE_CODE and not targets:
            targets = parties.each(parties.recipient, tuple(clauses.show_of_force_places(sentence, candidate.trigger)))
        return code, candidate, targets

    @staticmethod
    def _exercise(sentence: Sentence, candidate: Candidate) -> bool:
        """The act is military exercises ("held drills", "the exercises"), not other cooperation."""
        return any(sentence.tokens[i].lemma in word_list("exercise_nouns")
                   for i in (candidate.trigger, candidate.noun) if i is not None)

    @staticmethod
    def _joint(sentence: Sentence, candidate: Candidate) -> bool:
        """The exercise is said to be held with others: "joint", "combined", "with the US navy"."""
        nouns = [i for i in (candidate.trigger, candidate.noun) if i is not None]
        return any(t.lemma in word_list("joint_modifiers") for i in nouns
                   for t in clauses.children(sentence, i, {"amod", "compound", "advmod"})) \
            or any(clauses.party_objects(sentence, i, "with") for i in nouns)

    def _mediated_parties(self, sentence: Sentence, candidate: Candidate) -> list[tuple[int, ...]]:
        """Where to look for the parties of the first event noun among the candidate's recipients,
        or of the noun its pattern names ("a deal brokered by Kuwait": the deal's), or of any noun
        that names parties with 'between' ("brokered a ceasefire plan between Russia and Georgia")."""
        named = ((candidate.noun,),) if candidate.noun is not None else ()
        objects = tuple(clauses.direct_objects(sentence, candidate.trigger))
        for slot in (*named, candidate.targets, *candidate.alternatives, objects):
            for i in slot:
                if self.lexicon.entries("NOUN", sentence.tokens[i].lemma) \
                        or clauses.preposition_objects(sentence, i, "between"):
                    return event_parties(sentence, i)
        return []

    def _unnamed_force(self, sentence: Sentence, candidate: Candidate) -> bool:
        """"Two soldiers were killed", "a patrol came under attack", "a roadside bomb killed two
        soldiers": force whose author is not named; "the measures target the commander" is no force at all."""
        return candidate.rule in {"passive", "under"} or any(
            _is_weapon(sentence, i) or any(e.code[:2] in ASSERTED_FORCE_ROOTS
                                           for e in self.lexicon.entries("NOUN", sentence.tokens[i].lemma))
            for i in candidate.sources)

    def _assertions(self, sentence: Sentence, candidate: Candidate, reporter: ActorRef,
                    sources: list[ActorRef], targets: list[ActorRef]) -> list[Event]:
        """What saying that force was used is itself: "the US said that Iraq had attacked" accuses
        Iraq of aggression (1123); "the US claimed that they had attacked Iraq" claims responsibility
        (015). Both are the speaker's own acts."""
        verb = clauses.reporting_verb(sentence, candidate.trigger)
        lemma = sentence.tokens[verb].lemma if verb is not None else ""
        if verb is None or verb > candidate.trigger:
            return []  # "..., Human Rights Watch said": a trailing attribution names the news source
        if lemma in word_list("denying_governors"):
            return []  # "denied that its territory was used by militants to attack Pakistan": no one accused
        if clauses.ordered_of_own_forces(sentence, candidate.trigger):
            return []  # "said he had ordered security forces to fire": his own forces' act, no accusation
        if reporter.code.startswith("---") or reporter.sectors and set(reporter.sectors) <= NEWS_SOURCE_SECTORS \
                and not _across_a_border(reporter, sources):
            # "police said", "the newspaper said": the source of the news, not a party to it; but
            # "Iran's police chief said the Taliban had started the shooting" accuses another state's forces
            return []
        rule = replace(candidate, rule=f"asserted-by-{lemma}")
        own = [s for s in sources if s.code == reporter.code]
        if own and lemma in word_list("claiming_lemmas"):
            recipients: list[ActorRef | None] = list(targets) or [None]
            return [self._event(sentence, rule, CLAIM_CODE, ("reported",), reporter, t, None) for t in recipients]
        # nobody is accused of an act whose author the sentence does not name, nor a state of its own
        # forces' act ("Iraq said its forces had entered Kuwait": a claim of it, not an accusation)
        return [self._event(sentence, rule, AGGRESSION_ACCUSATION_CODE, ("reported",), reporter, s, None)
                for s in sources if s.code != reporter.code and s is not UNNAMED_PERPETRATOR
                and not _same_state(s, reporter) and not _own_unnamed(s, reporter) and not _told_as_own(sentence, s)]

    def _recipients_of_measure(self, sentence: Sentence, verb: int) -> list[int]:
        """Whom a threatened measure would strike, by the measure's own recipient slots: "warned of a
        naval blockade of Taiwan", "threatened sanctions against Russia", "threatened a break in
        relations with the EU" (the measure is the verb's object or its 'of' or 'with' phrase)."""
        measures = clauses.direct_objects(sentence, verb) + [
            i for word in ("of", "with") for i in clauses.preposition_objects(sentence, verb, word)]
        for noun in measures:
            entries = self.lexicon.entries("NOUN", sentence.tokens[noun].lemma)
            if not entries:
                continue
            slots = tuple(s for s in recipient_slots()[entries[0].code[:2]] if s.startswith("prep:"))
            found = fill_slots(sentence, [noun], slots, [])
            if found:
                return found
        return []

    @staticmethod
    def _attends_gathering(sentence: Sentence, candidate: Candidate) -> bool:
        """'attended the summit', 'took part in a NATO meeting' (the verb's pattern or the noun's)."""
        if candidate.rule.startswith("light-verb:"):
            light = light_verb(sentence, clauses.climb_quantifiers(sentence, candidate.trigger))
            return light is not None and attends_gathering(sentence, light, candidate.trigger)
        return attends_gathering(sentence, candidate.trigger)

    def _pairs(self, sources: list[ActorRef], targets: list[ActorRef], code: str, between: bool,
               mutual_act: str = "", mutual_force: bool = False, attending: bool = False,
               unnamed_recipient: bool = False) -> list[tuple[ActorRef | None, ActorRef | None]]:
        """Who does the act to whom. ``attending``: the sources attend one gathering ("Merkel and
        Macron took part in a NATO meeting"): each meets its organiser, if named, not the others, and
        the organiser does not meet them. ``unnamed_recipient``: the act has a recipient that names
        no party ("recognised the declaration"), so the sources do not act on each other."""
        if not sources:
            return [(None, t) for t in targets]
        if targets:
            pairs: list[tuple[ActorRef | None, ActorRef | None]] = [(s, t) for s in sources for t in targets]
            if ((between and code[:2] in RECIPROCAL_ROOTS) or code in MUTUAL_CODES) and not attending:
                pairs += [(t, s) for s, t in pairs]
        elif len(sources) > 1 and not _one_way(code) and not attending and not unnamed_recipient and (
                code[:2] in RECIPROCAL_ROOTS or mutual_act in RECIPROCAL_ROOTS or mutual_force):
            pairs = [(s, t) for s in sources for t in sources if s is not t]
        else:
            pairs = [(s, None) for s in sources]
        pairs = list({(id(s), id(t)): (s, t) for s, t in pairs}.values())  # a party between three, once each way
        distinct = [(s, t) for s, t in pairs if t is None or s is None or not _same_party(s, t)]
        # "complained that he had been brought ...": a recipient that is the source itself is none
        return distinct or [(s, None) for s in sources]

    def _code(self, candidate: Candidate, sentence: Sentence) -> tuple[str | None, tuple[str, ...], bool]:
        """The CAMEO code after modality: intents of cooperation become 03x, refusals 12x; and
        whether it is the code head's (``subcode``), used where no rule below names the code."""
        code, modes = candidate.entry.code, candidate.mood.aux_modes
        noun = candidate.trigger if candidate.entry.pos == "NOUN" else candidate.noun
        if noun is not None:
            # "hunger strike" 142, "car bomb" 1832, "began a hunger strike": modifiers that name a
            # more specific event, on an event noun or on the object of a verb pattern
            modifiers = [t.lemma for t in clauses.children(sentence, noun, {"compound", "amod", "nmod"})]
            refined = self.lexicon.refine(sentence.tokens[noun].lemma, modifiers)
            # ... where the verb only carries the noun's act ("launched a cyber attack" 176, "began air
            # strikes" 195): a verb with an act of its own keeps its root ("cut its military aid" 1622,
            # "ended his hunger strike" 082)
            carrier = noun == candidate.trigger or sentence.tokens[candidate.trigger].lemma in word_list("light_verbs")
            if refined is not None and (carrier or refined[:2] == code[:2]):
                # "offered military assistance": an intent's row (033) refined to the act it intends (072)
                # stays an intent of that act (0332)
                intent = modal_codes().code("intended", refined) if code[:2] == INTENT_ROOT != refined[:2] else None
                code = intent or refined
        if sentence.tokens[candidate.trigger].lemma in word_list("response_verbs"):
            # "would respond with tariffs", "retaliated with air strikes": the act is what it responds with
            code = next((entries[0].code for i in clauses.party_objects(sentence, candidate.trigger, "with")
                         if (entries := self.lexicon.entries("NOUN", sentence.tokens[i].lemma))), code)
        if code == "030" and _agrees_with_a_view(sentence, candidate.trigger):
            code = "019"  # "agree with the NCAA that ...": sharing a view, not a commitment
        if code == "012" and _warns_of_action(sentence, candidate.trigger, self.lexicon):
            code = "130"  # "warned that police will no longer tolerate rallies": a threat
        subcode = candidate.subcode if code == candidate.entry.code else None
        if subcode is not None:
            code = subcode
        final = modal_code(code, modes, refused=candidate.mood.refused, keep_negated=self.settings.keep_negated,
                           keep_hypothetical=self.settings.keep_hypothetical)
        if candidate.mood.refused and "refused" not in modes:
            modes = modes + ("refused",)
        return final, refusal_modes(code, modes), subcode is not None

    def _event(self, sentence: Sentence, candidate: Candidate, code: str, modes: tuple[str, ...],
               source: ActorRef | None, target: ActorRef | None, reporter: ActorRef | None) -> Event:
        token = sentence.tokens[candidate.trigger]
        trigger = Span(start=token.idx, end=token.idx + len(token.text), text=token.text)
        return Event(
            event_id=event_id(sentence.sentence_id, token.idx, code, source, target),
            article_id=sentence.article_id, sentence_id=sentence.sentence_id,
            **code_fields(self.ontology, code, self.settings),
            source=source, target=target, trigger=trigger,
            rule_id=f"{candidate.entry.entry_id}@{candidate.rule}",
            confidence=_confidence(candidate, source, target, self.settings.model_confidence),
            aux_modes=modes, reporter=reporter, sentence_text=sentence.text,
            steps=candidate.steps + ((f"mode:{'+'.join(modes)}",) if code != candidate.entry.code and modes else ()),
        )


@dataclass(slots=True)
class _Parties:
    """Turns the token indices of a candidate's arguments into actors."""

    coder: EventCoder
    sentence: Sentence
    actors: dict[int, ActorRef]
    memory: ArticleMemory

    def each(self, resolve, indices: tuple[int, ...]) -> list[ActorRef]:
        """Resolve every argument; "French and Egyptian warships" are two parties."""
        found: list[ActorRef] = []
        # "imposed sanctions on 11 people, including army chief Min Aung Hlaing": the member it names
        # stands for the group, one act (the corpus labels one: "insulted critics, including Obama and
        # the EU")
        indices = tuple(j for i in indices for j in (clauses.named_members(self.sentence, i)[:1] or [i]))
        for i in indices:
            pair = self.coder.resolver.pair_named_before(self.sentence, i, self.memory)
            if pair:  # "the two men": the last two people named
                found.extend(pair)
                continue
            actor = resolve(i)
            if actor is not None:
                found.append(actor)
                found.extend(self._coordinated_adjectives(i, actor))
        return found

    def co_owners(self, indices: tuple[int, ...]) -> list[ActorRef]:
        """"the foreign ministers of Russia and Ukraine met", "troops from Russia and Belarus": a
        plural head owned by coordinated countries stands for one party per country, as "Russian and
        Ukrainian ministers" do; the parties after the first."""
        found: list[ActorRef] = []
        for i in indices:
            actor = self.agent(i)
            if actor is not None:
                found.extend(self._coordinated_owners(i, actor))
        return found

    def _coordinated_owners(self, i: int, actor: ActorRef) -> list[ActorRef]:
        if self.sentence.tokens[i].tag not in {"NNS", "NNPS"} or not actor.country:
            return []
        for word in ("of", "from"):
            owners = [self.actor(j) for j in clauses.preposition_objects(self.sentence, i, word)]
            if len(owners) < 2 or owners[0] is None or owners[0].country != actor.country:
                continue  # the head's country came from elsewhere ("Iranian envoys of Tehran and ...")
            others = dict.fromkeys(o.country for o in owners[1:]
                                   if o is not None and o.kind == "country" and o.country != actor.country)
            return [replace(actor, code=country + actor.code[3:], country=country,
                            how=f"{actor.how}; owned with {country}") for country in others]
        return []

    def _coordinated_adjectives(self, i: int, actor: ActorRef) -> list[ActorRef]:
        extra = []
        modifiers = clauses.children(self.sentence, i, {"amod", "compound", "nmod"})
        for adjective in modifiers:
            conjuncts = clauses.children(self.sentence, adjective.i, {"conj"})
            # "Serbian and ethnic Albanian delegations": the parse coordinates "ethnic" and leaves
            # "Albanian" a modifier of the head; a modifier after the conjunct is coordinated too
            later = [m for m in modifiers if conjuncts and m.i > conjuncts[-1].i]
            for other in conjuncts + later:
                # with its own modifiers before it: "Sudanese and South Sudanese troops"
                own = [c.i for c in clauses.children(self.sentence, other.i, {"amod", "compound"}) if c.i < other.i]
                window = list(range(own[0], other.i + 1)) if own else [other.i]
                matches = self.coder.resolver.find_matches(self.sentence, window, self.memory.story_date)
                countries = [m.entry.code for m in matches if m.entry.kind in {"adjective", "country"}]
                bodies = [m.entry for m in matches if m.entry.kind in ORG_KINDS]
                if countries and countries[0] != actor.code[:3]:
                    extra.append(replace(actor, code=countries[0] + actor.code[3:], country=countries[0],
                                         how=f"{actor.how}; coordinated with {other.text}"))
                elif not countries and bodies and bodies[0].code != actor.code:
                    # "U.S. and Taliban negotiators": a group or organisation is a party of its own
                    extra.append(replace(actor, code=bodies[0].code, country=bodies[0].country, name=bodies[0].name,
                                         how=f"{actor.how}; coordinated with {other.text} ({bodies[0].origin})"))
        return extra

    def actor(self, i: int) -> ActorRef | None:
        # modifiers ("US talks", "Israeli strikes") are not phrase heads: resolve them here
        return self.actors[i] if i in self.actors else self.coder.resolver(self.sentence, i, self.memory)

    def agent(self, i: int) -> ActorRef | None:
        """An event noun as subject stands for whoever carried it out: "Israeli strikes killed",
        "strikes launched by the army killed", "the attack by militants killed"."""
        found = self.actor(i)
        token = self.sentence.tokens[i]
        if found is not None or token.pos != "NOUN":
            return found
        if token.lemma in word_list("vessel_nouns"):
            # "Chinese vessels rammed Vietnamese boats": a state's vessels act for it; a boat of no one's
            # is no party ("a boat carrying migrants capsized, killing 79")
            return self.owner_before(i)
        if token.dep in {"dobj", "obj"} and self.sentence.tokens[token.head].pos == "VERB":
            return next((self.actor(s) for s in clauses.subjects(self.sentence, token.head)), None)
        if not self.coder.lexicon.entries("NOUN", token.lemma):
            return None
        return next(filter(None, map(self.actor, noun_agents(self.sentence, i))), None)

    def venue(self, i: int) -> ActorRef | None:
        return self.coder.resolver.venue(self.sentence, i, self.memory.story_date)

    def recipient(self, i: int) -> ActorRef | None:
        """"support Turkey's efforts", "rejected a U.S. request", "condemned the killing of Kenyan
        police": the recipient is the owner of a noun that is not itself an actor; of an act a "by"
        phrase names the author of, that author ("condemned the arrest of the opposition leader by
        Belarusian police")."""
        if self.coder.lexicon.entries("NOUN", self.sentence.tokens[i].lemma):
            authors = [a for a in map(self.actor, self.authors_of_act(i)) if a is not None]
            if authors:
                return authors[0]
        found = self.actor(i)
        if (found is None or found.kind == "generic") and _is_materiel(self.sentence, i):
            # "shot down 21 drones fired by the Houthis", "attacked ships linked to Israel": what the
            # participle after it says whose it is
            owners = [a for a in map(self.actor, clauses.participle_owners(self.sentence, i)) if a is not None]
            if owners:
                return owners[0]
        if found is not None and found.code.startswith("---") and _is_weapon(self.sentence, i):
            return None  # "fired two missiles into the sea": the weapons of no named side are the means
        if found is not None and found.code.startswith("---") and (carried := self.occupants(i)) is not None:
            return carried  # "pushed back boats carrying refugees": the people, not boats of no one's
        if found is not None or self.sentence.tokens[i].pos not in {"NOUN", "PROPN", "NUM"}:
            return found
        if self.coder.resolver.international_waters(self.sentence, i):
            return None  # "held drills in the South China Sea": no China's
        if self.sentence.tokens[i].pos == "PROPN" and (place := self.place(i)) is not None:
            return place
        # "shot down a U.S. F-16", "hijacked the Saudi supertanker Sirius Star": a name no dictionary
        # knows, or a model number, is owned as a noun is
        if (found := self.owner_before(i)) is not None:
            return found
        owner = clauses.named_owner(self.sentence, i)
        if owner is not None and (found := self.actor(owner)) is not None:
            return found
        # the agent a "by" phrase names before the patient of an "of": "condemned the invasion of
        # Kuwait by Iraq" is aimed at Iraq
        for word in ("by", "of", "from", "to"):
            for obj in clauses.preposition_objects(self.sentence, i, word)[:1]:
                found = self.actor(obj)
                if found is not None:
                    return found
        return self.occupants(i) or self.place(i)

    def owner_before(self, i: int) -> ActorRef | None:
        """The party a modifier before the noun names as its owner ("two Greek tankers", "a
        Greek-flagged tanker", "a British-owned vessel": the owner a hyphen joins)."""
        for child in clauses.children(self.sentence, i, {"poss", "compound", "amod", "nmod"}):
            if child.i < i and child.pos in {"PROPN", "ADJ", "NOUN", "VERB"}:
                found = self.coder.resolver.owning_country(self.sentence, child.i, self.memory.story_date) \
                    or (self.actor(child.i) if child.pos != "VERB" else None)
                if found is not None:
                    return found
        return None

    def authors_of_act(self, noun: int) -> list[int]:
        """The "by" phrase of an event noun ("welcomed the release of the sailors by Ukraine"); the
        parse often hangs it on the patient ("the arrest of the opposition leader by police") or on
        the active verb whose object the noun is ("condemned the invasion of Kuwait by Iraq")."""
        token = self.sentence.tokens[noun]
        by = clauses.preposition_objects(self.sentence, noun, "by") or [
            j for patient in clauses.preposition_objects(self.sentence, noun, "of")
            for each in clauses.conjuncts(self.sentence, patient)  # "of Suu Kyi and other leaders by the army"
            for j in clauses.preposition_objects(self.sentence, each, "by")]
        if not by and token.dep in {"dobj", "obj"} and not clauses.is_passive(self.sentence, token.head):
            by = clauses.preposition_objects(self.sentence, token.head, "by")
        return by

    def occupants(self, i: int) -> ActorRef | None:
        """"attacked buses carrying students", "a hotel housing aid workers": a vehicle or building
        struck for the people in it stands for them (``occupant_verbs``)."""
        for clause in clauses.children(self.sentence, i, {"acl"}):
            if clause.lemma in word_list("occupant_verbs") and clause.tag in {"VBG", "VBN"}:
                found = next(filter(None, map(self.actor, clauses.direct_objects(self.sentence, clause.i))), None)
                if found is not None:
                    return found
        return None

    def place(self, i: int) -> ActorRef | None:
        """"fired shells at targets in Jericho", "sent inspectors to a plant in central Iran": a
        place as recipient stands for its country."""
        token = self.sentence.tokens[i]
        if token.pos == "PROPN":
            # "Mosul's Old City": the name itself, or the place that owns it
            owners = [c.i for c in clauses.children(self.sentence, i, {"poss"})]
            return next(filter(None, map(self.venue, [i, *owners])), None)
        if token.lemma in word_list("place_nouns") or self.coder.lexicon.entries("NOUN", token.lemma):
            # "sorrow for the shootings in South Carolina": an event stands for where it happened;
            # "to its border with Lebanon": a border for the country beyond it
            preps = clauses.PLACE_PREPS | ({"with"} if token.lemma in word_list("border_nouns") else set())
            return next((v for v in map(self.venue, clauses.place_words(self.sentence, i, preps=preps)) if v), None)
        return None


STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "LEG", "JUD"})


def _names_itself(sentence: Sentence, actor: ActorRef, heads: tuple[int, ...]) -> bool:
    """The actor's words hold one of the phrase heads it was resolved from."""
    span = actor.span
    return span is not None and any(span.start <= sentence.tokens[i].idx < span.end for i in heads)


def _own_side_would_act(sentence: Sentence, candidate: Candidate, sources: list[ActorRef],
                        targets: list[ActorRef]) -> bool:
    """The recipients of a threat are the subject of its warned clause and the threatener's own
    state ("Aliyev warned that Baku would defend ...", "warned that its forces would ..."): the
    clause tells what the threatener's side would do, not to whom."""
    told = {s.i for c in clauses.children(sentence, candidate.trigger, {"ccomp"})
            for s in clauses.children(sentence, c.i, {"nsubj", "nsubjpass"})}
    return bool(targets and told and set(candidate.targets) <= told) and all(
        any(_same_state(source, target) or source.code == target.code for source in sources) for target in targets)


def _across_a_border(reporter: ActorRef, sources: list[ActorRef]) -> bool:
    """Whether police or border guards tell of force by a party of another known state, which is an
    accusation, not news from their beat ("the border service said Kyrgyz troops had opened fire")."""
    country = reporter.country_code
    return "COP" in reporter.sectors and country.isalpha() and any(
        s.country_code.isalpha() and s.country_code != country for s in sources)


def _told_as_own(sentence: Sentence, source: ActorRef) -> bool:
    """"Shekau said his fighters had carried out the attack", "the ministry said its troops had hit their
    targets": force by parties a possessive pronoun owns, in what the speaker says, is the speaker's own
    side's (a claim, not an accusation)."""
    first = sentence.token_at(source.span.start) if source.span is not None else None
    return first is not None and sentence.tokens[first].dep == "poss" \
        and sentence.tokens[first].lower in PERSONAL_POSSESSIVES


def _own_unnamed(source: ActorRef, reporter: ActorRef) -> bool:
    """"The army said soldiers had killed six gunmen": soldiers of no named country, of the reporter's
    own kind, are its own, not a party it accuses."""
    return source.code.startswith("---") and bool(source.sectors) and set(source.sectors) <= set(reporter.sectors)


def _same_state(first: ActorRef, second: ActorRef) -> bool:
    """Whether two parties are one state or its organs ("Iraq" and "its forces", IRQ and IRQMIL); a
    state and the rebels or civilians of its country are not."""
    country = first.country_code
    if country == "---" or country != second.country_code or not country.isalpha():
        return False
    return all({actor.code[i:i + 3] for i in range(3, len(actor.code), 3)} <= STATE_SECTORS
               for actor in (first, second))


def _same_party(source: ActorRef, target: ActorRef) -> bool:
    """Whether a recipient is the source itself: the same code, told by a pronoun ("complained that
    he had been brought"), by the same words or the same name. Two mentions of one code in other
    words are two parties: "Sri Lanka's president sacked Prime Minister Ranil Wickremesinghe"
    (LKAGOV 172 LKAGOV), as ICEWS and the training corpus code an act within one government."""
    if source.code != target.code:
        return False
    if source.how.startswith("pronoun") or target.how.startswith("pronoun") or not (source.text and target.text):
        # a pronoun, or the unnamed perpetrator of an agentless passive ("five gunmen were killed"); but
        # "He accused Dmitry Medvedev" after Putin is one named person's act on another
        return not (source.kind == target.kind == "person" and source.name and target.name
                    and source.name != target.name)
    if {source.kind, target.kind} == {"country", "adjective"}:
        return False  # a state and its nationals: "the United States urged all Americans to leave"
    if source.text.lower() == target.text.lower():
        return True
    if source.kind in COLLECTIVE_KINDS and target.kind in COLLECTIVE_KINDS \
            and not (_generic_agent(source) or _generic_agent(target)):
        return True  # "the Pakistani Taliban ... the group": one group, one state, told twice
    # the same name is the same party ("Vladimir Putin" and "Putin", "Russia" and "Moscow"), but two
    # agents of one country are two parties ("Benue state's governor accused the federal government")
    return bool(source.name and source.name == target.name) and not (_generic_agent(source) or _generic_agent(target))


COLLECTIVE_KINDS = frozenset({"group", "organization", "country", "capital", "metonym"})


def _generic_agent(actor: ActorRef) -> bool:
    """An agent noun qualified by a country: its name is the country's, not its own."""
    return actor.how.startswith("agent '")


def _owned(sentence: Sentence, nouns: list[int]) -> list[int]:
    """The first of the nouns that a name or nationality owns ("two Greek tankers"), or a participle
    after a thing ("shot down 21 drones fired by the Houthis")."""
    return [i for i in nouns if clauses.named_owner(sentence, i) is not None
            or (_is_materiel(sentence, i) and clauses.participle_owners(sentence, i))][:1]


def _reported_copulas(sentence: Sentence, verb: int) -> list[tuple[Token, set[str], bool]]:
    """The "X is Y" clauses a judging speech verb reports ("said the strike was ..."): each copula,
    the lemmas of its predicate, and whether it is denied ("was not", "was neither free nor fair");
    so too a passive ("said the vote was rigged": its verb) and a quality lacked ("said the count had
    lacked credibility": denied)."""
    if sentence.tokens[verb].lemma not in word_list("judging_speech_verbs"):
        return []
    found = []
    for clause in clauses.children(sentence, verb, {"ccomp"}):
        lacked = clause.lemma in word_list("lacking_verbs")
        if clause.lemma == "be":
            predicates = clauses.children(sentence, clause.i, {"attr", "acomp"})
        elif lacked:  # "said the count had lacked credibility": a quality denied
            predicates = clauses.children(sentence, clause.i, {"dobj"})
        elif clauses.children(sentence, clause.i, {"auxpass"}):  # "said the vote was rigged"
            predicates = [clause]
        else:
            continue
        words = [sentence.tokens[i] for p in predicates for i in
                 ([p.i] if p.i == clause.i else clauses.subtree(sentence, p.i))]
        denied = lacked or bool(clauses.children(sentence, clause.i, {"neg"})) or any(
            w.dep == "preconj" and w.lower == "neither" for w in words)
        found.append((clause, {w.lemma for w in words}, denied))
    return found


def _reported_judgement(sentence: Sentence, verb: int) -> list[int] | None:
    """'said the strike was an act of aggression', 'said the sanctions were illegal', 'said the vote
    was neither free nor fair': what a speaker condemns by saying what it is (the copula's subject),
    when the predicate holds a word of condemnation, or denies a word of approval; None for a
    description ('said the situation was calm', a bare statement) or a denied condemnation."""
    for clause, words, denied in _reported_copulas(sentence, verb):
        judged = word_list("denied_approvals") if denied else word_list("negative_evaluations")
        if words & judged:
            return [c.i for c in clauses.children(sentence, clause.i, {"nsubj", "nsubjpass"})]
    return None


def _reported_blame(sentence: Sentence, verb: int) -> list[int] | None:
    """'said North Korea was behind the killing', 'said a gang based in Russia was responsible': a
    speaker who says who did it accuses them (112) when the copula's predicate blames
    (``blame_predicates``, or a 'behind' phrase); None otherwise, and for a denial."""
    for clause, words, denied in _reported_copulas(sentence, verb):
        if denied or clause.lemma != "be":  # "said the man was suspected": no accusation of the speaker's
            continue
        behind = any(p.lower == "behind" for p in clauses.children(sentence, clause.i, {"prep"}))
        if behind or words & word_list("blame_predicates"):
            return [c.i for c in clauses.children(sentence, clause.i, {"nsubj"})]
    return None


def _wraps_a_complement(sentence: Sentence, candidate: Candidate) -> bool:
    """'threatened to impose a curfew', 'refused to release them': the corpus labels the act in the
    complement and the governing verb 'no event', so the classifier vetoes the verb; whether it is
    coded is the wrapper step's to say, once it knows whether the complement's act survived."""
    return candidate.entry.code[:2] in filters.COMPLEMENT_WRAPPER_ROOTS and bool(
        clauses.children(sentence, candidate.trigger, {"xcomp"}))


def _protest_that_happened(sentence: Sentence, candidate: Candidate) -> bool:
    """Whether a protest noun is the subject of its clause, told as something that happened:
    "Protests erupted in Tehran", "demonstrations entered a third day", "riots spread"; not in a
    background phrase ("declared an emergency after protests turned violent")."""
    token = sentence.tokens[candidate.trigger]
    return candidate.entry.code[:2] == PROTEST_ROOT and token.pos == "NOUN" and token.dep == "nsubj" \
        and sentence.tokens[token.head].pos == "VERB" and not clauses.is_background(sentence, token.head)


def _told_before(sentence: Sentence, noun: int) -> bool:
    """"opposes the test", "condemned the expulsion": a definite common noun a judgment is aimed at
    may name an act the story told ("conducted a nuclear test", "expelled two diplomats")."""
    token = sentence.tokens[noun]
    return token.pos == "NOUN" and any(c.lower in clauses.DEFINITE_DETERMINERS
                                       for c in clauses.children(sentence, noun, {"det"}))


def recipient_suffices(candidate: Candidate, passive: bool | None = None) -> bool:
    """Whether an act whose doer is not named is coded for its recipient: violence ("three civilians
    were killed", "a roadside bombing killed a US soldier"), and an agentless passive of any root
    that the classifier believes ("the 15 Turkish sailors were freed", "Milosevic was extradited",
    and through a light verb, "was placed under house arrest", "were put on high alert")."""
    passive = candidate.rule == "passive" if passive is None else passive
    believed = passive and (candidate.probability or 0.0) >= BELIEVED_PASSIVE
    # "Navalny was sentenced": by a court, where the classifier holds it an act at all (not a vandal's term)
    judged = passive and candidate.entry.code.startswith(JUDGMENT_CODE) and (candidate.probability or 0.0) >= 0.5
    return candidate.entry.code[:2] in VIOLENT_ROOTS or believed or judged


def _in_the_passive(sentence: Sentence, candidate: Candidate) -> bool:
    """A passive verb, an event noun whose light verb is one ("was placed under house arrest"), or
    one its subject undergoes ("came under attack")."""
    if candidate.rule in {"passive", "under"}:
        return True
    if not candidate.rule.startswith("light-verb:"):
        return False
    light = light_verb(sentence, clauses.climb_quantifiers(sentence, candidate.trigger))
    return light is not None and clauses.is_passive(sentence, light)


def _confidence(candidate: Candidate, source: ActorRef | None, target: ActorRef | None,
                belief_weight: float) -> float:
    """The evidence behind an event (docs/coding.md, "Confidence"): its construction, its parties,
    and the classifier's belief in the trigger, which moves a pattern's score by ``belief_weight``
    times its distance from one half ("Sunni leaders condemned the bombing", p 0.98, passes
    ``min_confidence`` although its party has no country)."""
    score = {"verb": 0.9, "passive": 0.85, "evaluation": 0.9, "faced": 0.9}.get(candidate.rule, 0.75)
    if candidate.entry.origin == "model" and candidate.probability is not None:
        score = 0.55 + 0.4 * candidate.probability  # no pattern vouches for it: the model's belief does
    elif candidate.probability is not None:
        score += belief_weight * (candidate.probability - 0.5)
    if candidate.rule.startswith("noun-between"):
        score = 0.8
    if source is None or source is UNNAMED_PERPETRATOR:
        score -= 0.2
    spoken = candidate.entry.code[:2] in SPOKEN_ROOTS
    unaddressed = target is None and spoken
    score -= _doubt(source, countryless=not unaddressed)
    # a recipient found, however vaguely ("police dispersed them"), never costs more than none would
    score -= min(_doubt(target), UNADDRESSED_DOUBT if spoken else 0.0)
    if unaddressed:
        score -= UNADDRESSED_DOUBT  # a march or a resignation has no recipient to miss
    return round(min(max(score, 0.05), MAX_CONFIDENCE), 2)


def _a_market_price(sentence: Sentence, noun: int) -> bool:
    """A price compared or counted ("a higher price", "a price of $60"), no penalty."""
    return any(c.tag in {"JJR", "RBR"} or c.dep in {"nummod", "quantmod"} for c in clauses.children(sentence, noun))


def _names_what_another_act_is_of(sentence: Sentence, verb: int) -> bool:
    """"rejected what he called Western attempts", "criticised what it described as interference": a
    free relative ('what') that a verb's clause completes names the governing act's object."""
    token = sentence.tokens[verb]
    return token.dep in {"ccomp", "pcomp"} and token.head != verb and any(
        c.lower == "what" for c in clauses.children(sentence, verb, {"dobj", "nsubjpass"}))


def _doubt(actor: ActorRef | None, countryless: bool = True) -> float:
    """What a party costs the confidence: read through a pronoun, of no known country (``countryless``)."""
    if actor is None:
        return 0.0
    doubt = 0.1 if actor.how.startswith("pronoun") else 0.0
    if countryless and actor.code.startswith("---") and actor is not UNNAMED_PERPETRATOR:
        doubt += 0.15  # (an unnamed perpetrator counts as no source, above)
    return doubt


def _agrees_with_a_view(sentence: Sentence, verb: int) -> bool:
    """'agree with X that ...', 'agree with what ...': expressing accord (019)."""
    if sentence.tokens[verb].lemma != "agree":
        return False
    heads = [verb] + clauses.preposition_objects(sentence, verb, "with")
    return any(clauses.children(sentence, i, {"ccomp", "relcl", "acl"}) for i in heads) or any(
        sentence.tokens[i].lower in {"what", "this", "that", "it", "view", "assessment", "position"}
        for i in heads[1:])


def _warns_of_action(sentence: Sentence, verb: int, lexicon: Lexicon) -> bool:
    """A warning whose clause says what will be done ("warned that it will retaliate"), or what a
    named party may do or what may be done to someone ("warned that Britain might cut aid", "that
    his licence could be revoked"); what a thing may do is a forecast ("the economy could shrink"),
    and so is what an act will bring ("warned that his detention would have a chilling effect")."""
    if sentence.tokens[verb].lemma != "warn":
        return False
    for clause in clauses.children(sentence, verb, {"ccomp"}):
        auxiliaries = {t.lower for t in clauses.children(sentence, clause.i, {"aux"})}
        subjects = clauses.children(sentence, clause.i, {"nsubj", "nsubjpass"})
        if any(s.lemma in word_list("forecast_subjects") for s in subjects):
            return False  # "warned that more rain would hit the area": a forecast (012)
        if any(s.pos == "NOUN" and (lexicon.entries("NOUN", s.lemma) or s.lemma in word_list("act_anaphora_nouns"))
               and _told_act_noun(sentence, s.i) and not clauses.is_passive(sentence, clause.i) for s in subjects):
            # an act told, and its consequence foretold: "his detention would have a chilling effect",
            # "the move would damage relations" (not a measure to come: "sanctions would follow")
            return False
        if _foretold_consequence(sentence, clause, subjects, lexicon):
            return False  # "warned that a Ugandan pullout could lead to more massacres": a forecast (012)
        if auxiliaries & {"will", "would", "'ll", "wo"}:
            return True
        if auxiliaries & {"could", "might", "may"} and (
                _names_a_party(sentence, clause.i) or clauses.is_passive(sentence, clause.i)):
            return True  # "warned that Britain might cut aid", "that its licence could be revoked"
    return False


def _foretold_consequence(sentence: Sentence, clause: Token, subjects: list[Token], lexicon: Lexicon) -> bool:
    """What an act or a state of things would be or bring, said of no party ("a Ugandan pullout could
    lead to more massacres", "military pressure would be counterproductive", "a failure by Congress
    would be a gift to Putin"): the clause's verb is a copula or a verb of consequence
    (``consequence_verbs``) and its subject names no party."""
    if not subjects or any(s.pos in {"PROPN", "PRON"} or s.ent_type in clauses.PARTY_ENTITIES for s in subjects):
        return False
    if any(c.lower == "any" for s in subjects for c in clauses.children(sentence, s.i, {"det"})):
        return False  # "warned that any attack on Niger would not be a walk in the park": deterrence, a threat
    if clause.lemma == "be" and not clauses.children(sentence, clause.i, {"auxpass"}):
        return True
    return clause.lemma in word_list("consequence_verbs") and any(
        lexicon.entries("NOUN", s.lemma) or s.lemma in word_list("act_anaphora_nouns") for s in subjects)


def _asks_of_itself(sources: list[ActorRef], targets: list[ActorRef], candidate: Candidate) -> bool:
    """A spoken act whose only source is also its only recipient (the same actor, by code)."""
    return candidate.entry.code[:2] in SPOKEN_ROOTS and len(sources) == 1 and len(targets) == 1 \
        and sources[0].code == targets[0].code


# appeals, demands, complaints and threats: acts said, which a light verb may carry ("lodged a protest",
# "issued a warning", "made a demand") and a noun of their own verb names ("the protest", pipeline.py)
SAID_ACT_ROOTS = frozenset({"02", "10", "11", "13"})


def _carried_by_light_verb(sentence: Sentence, candidate: "Candidate", noun: int) -> bool:
    """"lodged a strong protest", "issued a warning": the object its pattern names is the complaint or
    the warning the light verb tells (by the pattern's own code, whatever mode it is told in), not one
    told before that the event answers (the light verb as ``arguments.light_verb`` finds it)."""
    return candidate.entry.code[:2] in SAID_ACT_ROOTS and sentence.tokens[noun].lemma in candidate.entry.objects \
        and light_verb(sentence, noun) == candidate.trigger


def _complement_slot(sentence: Sentence, objects: list[int], entry: LexiconEntry) -> tuple[str, list[int]]:
    """"filed charges of rebellion against Puigdemont": a prepositional slot of the row that the parse
    hangs on the complement of the object the row names ("of rebellion")."""
    complements = [j for i in objects for j in clauses.preposition_objects(sentence, i, "of")]
    for slot in entry.targets:
        if slot.startswith("prep:"):
            found = [j for c in complements for j in clauses.party_objects(sentence, c, slot.removeprefix("prep:"))]
            if found:
                return slot, found
    return "", []


def _corpus_act_noun(sentence: Sentence, i: int, candidate: "Candidate") -> bool:
    """A noun the training corpus labels as an act the lexicon has no noun row for, as the object of a
    verb that answers an act ("condemned the coup"; not "fired rockets in response", nor a material act's
    own object: "protesters set fire to shops", "waged war")."""
    token = sentence.tokens[i]
    return token.pos == "NOUN" and token.dep in {"dobj", "obj"} and token.lemma in act_nouns() \
        and token.lemma not in candidate.entry.objects and candidate.entry.code[:2] in ANSWERING_ROOTS


def _concern_at_violence(sentence: Sentence, noun: int, code: str) -> bool:
    """"expressed concern about the bloodshed": concern (012) at the violence the story told, which a
    judgement ("condemned the violence") names by the definite noun as any act it judges; not
    "renounced violence". Which violence, and not one an accusation blames on a party its 'on' phrase
    names, event anaphora decides (pipeline.py)."""
    return code == CONCERN_CODE and sentence.tokens[noun].lemma in word_list("violence_nouns") \
        and _told_before(sentence, noun)


def _new_act_noun(sentence: Sentence, noun: int, trigger: int) -> bool:
    """An act noun the indefinite article introduces as force's own object ("fired a barrage of
    rockets", "launched an offensive"): the act itself, not one the story told before (not "an
    allegation that officials have denied", which names the act just told)."""
    token = sentence.tokens[noun]
    return token.head == trigger and token.dep in {"dobj", "obj"} and any(
        c.lower in clauses.INDEFINITE_DETERMINERS for c in clauses.children(sentence, noun, {"det"}))


def _told_act_noun(sentence: Sentence, noun: int) -> bool:
    """A definite or owned act noun ("the move", "his detention", "this decision"): one already told."""
    return any(c.lower in clauses.DEFINITE_DETERMINERS or c.dep == "poss"
               for c in clauses.children(sentence, noun, {"det", "poss"}))


def _names_a_party(sentence: Sentence, clause: int) -> bool:
    """The clause's subject is a name, a pronoun or a noun a name or nationality owns."""
    return any(subject.pos in {"PROPN", "PRON"} or subject.ent_type in clauses.PARTY_ENTITIES
               or clauses.named_owner(sentence, subject.i) is not None
               for subject in clauses.children(sentence, clause, {"nsubj", "nsubjpass"}))


def code_fields(ontology: Ontology, code: str, settings: CoderSettings) -> dict[str, Any]:
    """The fields of an event that follow from its CAMEO code (for a new event or a recoded one)."""
    entry = ontology.get(code)
    return {"code": code, "root": code[:2], "plover": entry.plover_type,
            "quad_class": ontology.quad_class(code, settings.quad_scheme),
            "goldstein": ontology.goldstein(code, settings.goldstein_scale),
            "mode": entry.plover_mode, "context": entry.plover_context}


def event_id(sentence_id: str, start: int, code: str, source: ActorRef | None, target: ActorRef | None) -> str:
    """A mention's id: its sentence, trigger, code and parties (so a recoded event gets its own)."""
    key = f"{sentence_id}|{start}|{code}|{source.code if source else ''}|{target.code if target else ''}"
    return hashlib.sha1(key.encode()).hexdigest()[:16]


def _is_materiel(sentence: Sentence, i: int) -> bool:
    """A weapon or a vehicle: a thing, whose owner an act aimed at it is aimed at."""
    return sentence.tokens[i].lemma.lower() in word_list("weapon_nouns") | word_list("vehicle_nouns")


def _is_weapon(sentence: Sentence, i: int) -> bool:
    """"A roadside bomb killed two soldiers", "rockets hit the town": a weapon or blast as the subject
    of force stands for whoever used it, whom the sentence does not name."""
    return sentence.tokens[i].lemma.lower() in word_list("weapon_nouns")
