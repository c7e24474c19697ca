"""The coder's sentence-level steps, named and in order, as spaCy names its pipeline components.

Each step takes the events found in one sentence and returns those it keeps. ``EVENT_STEPS`` is
the order they run in, ``ARTICLE_STEPS`` those that run after the actor policies;
``newsevents explain`` names the step that dropped an event, and
``newsevents explain --steps`` lists them. The candidate steps that come before (the lexicon's
patterns, the classifier's veto and its own candidates) are described in docs/coding.md.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Callable

from ..actors.resolver import PLACE_HOW
from ..records import Event, Sentence
from . import filters
from .calls import phone_calls
from .force import (chemical_means, economic_means, mass_killing, ordered_to_leave, recode_force, recoded,
                    weapons_test)
from .modality import SPOKEN_ROOTS
from .reported import speakers_as_agents
from .responses import responses_aimed, responses_in_kind
from .wordlists import word_list

if TYPE_CHECKING:
    from .coder import EventCoder

MEDIA_SECTORS = {"MED", "JRN"}
STATEMENT_CODE = filters.STATEMENT_CODE


@dataclass(frozen=True, slots=True)
class EventStep:
    name: str
    doc: str
    run: Callable[["EventCoder", list[Event], Sentence], list[Event]]


def _keeping(test: Callable[["EventCoder", Event], bool]) -> Callable[["EventCoder", list[Event], Sentence], list[Event]]:
    return lambda coder, events, sentence: [e for e in events if test(coder, e)]


def _has_a_party(coder: "EventCoder", event: Event) -> bool:
    """A spoken act needs someone known to say it or someone it is said to; a material act of
    parties of unknown country ("protesters blocked roads", "soldiers took over the building") is
    still an event, as CAMEO codes it with '---'. So is a spoken act more than a bare statement by a
    kind of actor of unknown country ("the two leaders agreed to pull back their troops", "insurgents
    said they would attack polling stations"); "officials said" is not."""
    if event.root not in SPOKEN_ROOTS:
        return True
    if event.target is None and event.source is not None and event.source.code.startswith("---") \
            and len(event.source.code) > 3 and event.code != STATEMENT_CODE:
        return True
    return not (event.target is None and (event.source is None or event.source.code.startswith("---")))


HOSTING_CODES = {"043"}  # a place hosts a visit ("the Qatari capital hosted the talks")


def _place_acts(event: Event) -> bool:
    """"where the borders of Nepal, India and China meet": a place a location noun names stands for
    its country where it is acted upon ("shelled Iraqi towns"); it does nothing itself, save host,
    unless it has a government of its own ("the Belgian region of Wallonia blocked the deal")."""
    source = event.source
    return source is not None and source.how.startswith(PLACE_HOW) and event.code not in HOSTING_CODES \
        and word_list("governed_place_nouns").isdisjoint(source.text.lower().split())


def _media(event: Event) -> bool:
    return bool(MEDIA_SECTORS & {s for actor in (event.source, event.target) if actor for s in actor.sectors})


CANDIDATE_STEPS: tuple[tuple[str, str], ...] = (
    ("furniture", "bylines, captions, credits and 'Read more' lines are never coded (data/furniture.tsv)"),
    ("lexicon", "the lexicon's verb and noun patterns that the sentence matches (engine rules or hybrid)"),
    ("model-veto", "a pattern whose trigger the classifier gives p(no event) >= coder.model_veto is dropped "
                   "(a pattern of the lemma alone, naming no object or particle: >= coder.lemma_veto; a bare "
                   "statement, 010: >= coder.statement_veto)"),
    ("model-recode", "a pattern whose trigger the classifier gives another root with p >= coder.model_recode "
                     "and coder.model_recode_margin times the pattern root's p is coded as the classifier "
                     "says, its arguments by the general rules"),
    ("model-candidate", "a verb or noun the classifier codes with p >= coder.model_add, that no pattern "
                        "claims, becomes an event; arguments by the general rules (events/arguments.py)"),
    ("model-subcode", "the code within the root is the classifier's code head's when it gives that code "
                      "p >= coder.model_subcode ('accused the minister of corruption': 1121, not the pattern's 112)"),
    ("asked-code", "an appeal or a demand takes its code from the act it asks for, where the sentence tells one "
                   "that data/requested_codes.tsv names ('urged Israel to release the prisoners': 0253)"),
    ("mode", "the mode turns the act into the code the codebook gives: future cooperation 03x, threats "
             "13x, refusals 12x; negated, hypothetical and requested acts are not coded"),
    ("statement-of-a-hypothesis", "a statement (010) whose content is an act only supposed and so not coded "
                                  "('said it might suspend the talks') is not coded either"),
)

# Run on each sentence's events by the coder.
EVENT_STEPS: tuple[EventStep, ...] = (
    EventStep("sentence-veto", "a sentence the classifier's sentence head, reading its words, gives p(no act) >= "
                               "coder.sentence_veto keeps no event ('The striker fired a shot into the top corner')",
              lambda coder, events, sentence: coder.sentence_veto(events, sentence)),
    EventStep("question", "a sentence that asks ('Will Iran retaliate?') asserts no act",
              lambda coder, events, sentence: filters.drop_questions(events, sentence)),
    EventStep("ultimatum", "'ordered the traders to leave or face deportation': a demand naming the penalty for "
                           "refusing it is an ultimatum (139); the penalty is what it threatens, no act beside it",
              lambda coder, events, sentence: filters.ultimatums(
                  events, sentence, lambda e, code: recoded(e, code, "ultimatum", coder.ontology, coder.settings))),
    EventStep("statement-with-content", "a statement (010) is coded only when nothing more specific is said",
              lambda coder, events, sentence: filters.drop_statements_with_content(events, sentence)),
    EventStep("private-exchange", "what businesses or health workers say to private parties ('doctors urged "
                                  "farm workers to wear masks') is no political event",
              lambda coder, events, sentence: filters.drop_private_exchanges(events)),
    EventStep("unattributed-description", "'Kandy, where 11 people were killed in riots': an act in a relative "
                                          "clause, by no one named to no one of a known country, is background",
              lambda coder, events, sentence: filters.drop_unattributed_descriptions(events, sentence)),
    EventStep("present-description", "'Saudi Arabia, which leads the coalition fighting the Houthis, welcomed ...': "
                                     "what a clause set off by a comma says a party does as a rule, has been doing "
                                     "or did over a span of years ('which fought an eight-year war') describes it, "
                                     "no event (a denial stays: 'Sarkozy, who denies wrongdoing')",
              lambda coder, events, sentence: filters.drop_present_descriptions(events, sentence)),
    EventStep("weapons-backing", "'soldiers, backed by fighter jets and helicopter gunships': weapons that back an "
                                 "act are its means, no party that supports another",
              lambda coder, events, sentence: filters.drop_weapons_backing(events)),
    EventStep("purpose", "an infinitive giving the main clause's purpose ('sent aid to help them cope') is no event; "
                         "its recipient is the main act's where that names none ('fired tear gas to disperse "
                         "demonstrators')",
              lambda coder, events, sentence: filters.drop_purposes(events, sentence)),
    EventStep("help-to-act", "'helped broker the deal', 'ready to help them address their differences': helping another "
                             "act along is no aid; the act helped may be an event of its own",
              lambda coder, events, sentence: filters.drop_help_to_act(events, sentence)),
    EventStep("own-order", "'ordered troops to occupy the fields': an order to the state's own forces is the act "
                           "ordered, not a demand of them",
              lambda coder, events, sentence: filters.drop_own_orders(events, sentence)),
    EventStep("object-of-speech-act", "'accused Israel of attacking': the attack is what the accusation is about",
              lambda coder, events, sentence: filters.drop_objects_of_speech_acts(events, sentence)),
    EventStep("participial-repeat", "', bombing several districts' repeating its clause's act is no second event",
              lambda coder, events, sentence: filters.drop_participial_repeats(events, sentence)),
    EventStep("aim-participle", "', targeting its leaders' bank accounts' says whom its clause's act is aimed "
                                "at: no act of its own; its recipients become that act's where it names none",
              lambda coder, events, sentence: filters.aimed_by_participle(events, sentence)),
    EventStep("means-of-response", "'responded by expelling the workers': the act is the expelling; the verb "
                                   "whose 'by' phrase names it is no second event",
              lambda coder, events, sentence: filters.drop_means_of_response(events, sentence)),
    EventStep("causal-participle", "', forcing the deputies to surrender' tells what the clause's act caused: "
                                   "no act of its own",
              lambda coder, events, sentence: filters.drop_causal_participles(events, sentence)),
)

# Run on the whole article after dates, places and the actor policies, which may still give a party
# its country ('Thousands protested in Amman' are Jordanian civilians).
THIRD_LOCATION_CODE, CONSULT_CODE = "044", "040"


def _meets_at_home(event: Event) -> bool:
    """'met his Iranian counterpart in Riyadh': a meeting at a third location (044) is held in the
    country of neither party; one held in either's is a meeting."""
    if event.code != THIRD_LOCATION_CODE or event.place is None or not event.place.country:
        return False
    # a recipient that is the venue itself ("attended the summit in Brussels": Belgium as host, the
    # lexicon's `venue` slot) is where the meeting is, not a party met at home
    parties = [actor for actor in (event.source, event.target)
               if actor is not None and not actor.how.startswith("venue")]
    return event.place.country in {actor.country for actor in parties}


HOSTING_CODE, ENDORSE_CODE = "043", "051"
REBUTTAL_ROOTS = frozenset({"01", "12"})  # denials (016) and rejections


def rebuttals_aimed(events: list[Event], sentence: Sentence) -> list[Event]:
    """"Kabila accused Rwanda of backing the rebels, a charge Kigali denied": a denial or rejection told
    in a clause on a noun of an accusation that sums up the clause before is aimed at the accuser."""
    by_trigger = {e.trigger.start: e for e in events if e.source is not None}
    aimed = []
    for event in events:
        trigger = sentence.token_at(event.trigger.start)
        token = sentence.tokens[trigger] if trigger is not None else None
        charge = sentence.tokens[token.head] if token is not None and token.dep == "relcl" else None
        accusation = by_trigger.get(sentence.tokens[charge.head].idx) \
            if charge is not None and charge.lemma in word_list("accusation_nouns") and charge.head != charge.i else None
        if event.target is None and event.root in REBUTTAL_ROOTS and accusation is not None \
                and accusation.source is not None and accusation.source.code != (event.source.code if event.source else ""):
            event = replace(event, target=accusation.source, steps=event.steps + ("rebuttal-aimed",))
        aimed.append(event)
    return aimed


def _welcomes_an_act(event: Event, sentence: Sentence) -> bool:
    """'welcomed the U.S. strikes', 'welcomed the ruling': a welcome (043, hosting) whose object is an
    act or a thing, which a party at most qualifies, endorses it (051); 'welcomed the Russian
    delegation' and 'welcomed Putin' host a party."""
    trigger = sentence.token_at(event.trigger.start)
    if event.code != HOSTING_CODE or trigger is None \
            or sentence.tokens[trigger].lemma not in word_list("endorsing_welcome_lemmas"):
        return False
    head = next(iter(sentence.children(trigger, {"dobj", "obj"})), None)
    if head is None or head.pos != "NOUN":
        return False
    span = event.target.span if event.target is not None else None
    return span is None or not span.start <= head.idx < span.end


ARTICLE_STEPS: tuple[EventStep, ...] = (
    EventStep("speaker-as-agent", "'the Foreign Office announced that four Russian diplomats would be expelled': an "
                                  "arrest, expulsion or sentence in the passive that a state body tells of in its "
                                  "own country, naming no agent, or any act a party says will be done, is the "
                                  "speaker's (events/reported.py)",
              lambda coder, events, sentence: speakers_as_agents(events)),
    EventStep("force-by-parties", "force recoded by who uses it on whom: police on people 175, armed groups on "
                                  "people or places no armed force holds 180, armies on armed forces 190, civilians destroying property 145; "
                                  "people seized by a state 173, by anyone else 181 (events/force.py)",
              lambda coder, events, sentence: recode_force(events, sentence, coder.ontology, coder.settings)),
    EventStep("chemical-means", "force told with a chemical agent in its clause ('rockets loaded with sarin hit "
                                "the suburbs, killing hundreds') is the use of chemical weapons, 2041 (events/force.py)",
              lambda coder, events, sentence: chemical_means(events, sentence, coder.ontology, coder.settings)),
    EventStep("economic-means", "force whose object or means is an economic measure ('targeted Japanese cars with "
                                "tariffs', 'vowed to fight the duties') is economic coercion, 163, its threat 1312 "
                                "(events/force.py)",
              lambda coder, events, sentence: economic_means(events, sentence, coder.ontology, coder.settings)),
    EventStep("response-in-kind", "a response or retaliation takes the kind of the act it answers: an expulsion or "
                                  "sanctions in kind, a measure or a move 160, a request no force at all; force "
                                  "answered stays force (events/responses.py)",
              lambda coder, events, sentence: responses_in_kind(events, sentence, coder.ontology, coder.settings,
                                                                coder.lexicon)),
    EventStep("response-aimed", "a response naming no recipient is aimed at the party its source blames in the "
                                "same sentence ('accused Israel of killing its scientist and vowed to retaliate') "
                                "(events/responses.py)",
              lambda coder, events, sentence: responses_aimed(events, sentence)),
    EventStep("rebuttal-aimed", "a denial or rejection told in a clause on a noun of an accusation that sums up "
                                "the clause before ('accused Rwanda of backing the rebels, a charge Kigali denied') "
                                "is aimed at the accuser",
              lambda coder, events, sentence: rebuttals_aimed(events, sentence)),
    EventStep("weapons-test", "force told as a test or a drill ('test-fired a ballistic missile', 'fired missiles "
                              "during the drills') is a show of force, 150, aimed at no weapon (events/force.py)",
              lambda coder, events, sentence: weapons_test(events, sentence, coder.ontology, coder.settings)),
    EventStep("ordered-to-leave", "a demand that a party of another country or an organisation leave ('ordered the "
                                  "U.N. envoy to leave the country') is its expulsion, coded as 'expelled' would be "
                                  "(events/force.py)",
              lambda coder, events, sentence: ordered_to_leave(events, sentence, coder.ontology, coder.settings,
                                                               coder.lexicon)),
    EventStep("phone-call", "'called Modi to congratulate him', 'rang Suu Kyi to voice concern': a calling verb whose "
                            "object is a party, asked to do nothing, is a telephone call, 041 (events/calls.py)",
              lambda coder, events, sentence: phone_calls(events, sentence, coder.ontology, coder.settings)),
    EventStep("mass-killing", "assault that names no means and kills at least coder.mass_killing_toll people "
                              "who are no armed force is a mass killing, 202 (events/force.py)",
              lambda coder, events, sentence: mass_killing(events, sentence, coder.ontology, coder.settings)),
    EventStep("third-location", "a meeting at a third location (044) held in the country of one of its parties is "
                                "a meeting, 040 ('met his Iranian counterpart in Riyadh')",
              lambda coder, events, sentence: [recoded(e, CONSULT_CODE, "third-location", coder.ontology, coder.settings)
                                               if _meets_at_home(e) else e for e in events]),
    EventStep("fight-of-a-harm", "the fight a harm told in the passive happened in ('were killed in fighting with "
                                 "the rebels') is that harm's act, no second event",
              lambda coder, events, sentence: filters.drop_fights_of_a_harm(events, sentence)),
    EventStep("mishap", "an act whose cause is a mishap or a disaster ('the crash killed 298 people', 'killed "
                        "in a car crash', 'killed when their plane crashed') is no one's act",
              lambda coder, events, sentence: filters.drop_mishaps(events, sentence)),
    EventStep("recollection", "an act a sentence recalls from two years or more before the story ('Thirty years "
                              "ago, ...') is no news, unless coder.keep_recollections",
              _keeping(lambda coder, e: coder.settings.keep_recollections or "recollection" not in e.aux_modes)),
    EventStep("needs-a-party", "a spoken act (01-05, 10-13) by no one to no one, or a bare statement by nobody "
                               "known ('officials said'), is no event",
              _keeping(_has_a_party)),
    EventStep("place-does-not-act", "a place named by a location noun ('the borders of Nepal and India meet', "
                                    "'Iraqi towns') acts upon no one, save as a host (043)",
              _keeping(lambda coder, e: not _place_acts(e))),
    EventStep("welcome-of-an-act", "a welcome of an act or a thing, not of a party ('welcomed the U.S. strikes'), "
                                   "endorses it, 051; a party welcomed is hosted, 043",
              lambda coder, events, sentence: [recoded(e, ENDORSE_CODE, "welcome-of-an-act", coder.ontology,
                                                       coder.settings) if _welcomes_an_act(e, sentence) else e
                                               for e in events]),
    EventStep("consultation-needs-counterpart", "a consultation (04) needs a known counterpart; a mediator's "
                                                "parties may be of no named country ('mediated between the rebels "
                                                "and the government')",
              _keeping(lambda coder, e: not (e.root == "04" and (e.target is None or e.target.code.startswith("---")
                                                                 and e.code not in word_list("third_party_codes"))))),
    EventStep("press-is-no-counterpart", "talking to reporters is a statement, not a consultation",
              _keeping(lambda coder, e: not (e.root == "04" and _media(e)))),
    EventStep("require-dyad", "with coder.require_dyad, only events with both a source and a target",
              _keeping(lambda coder, e: not coder.settings.require_dyad or e.is_dyadic)),
    EventStep("min-confidence", "events below coder.min_confidence are dropped",
              _keeping(lambda coder, e: e.confidence >= coder.settings.min_confidence)),
    EventStep("topic-of-act", "'suspended its mediation': an event noun that is the object of a verb coded as an "
                              "act of its own is what the act is about, unless it names its own agent",
              lambda coder, events, sentence: filters.drop_topic_nouns(events, sentence)),
    EventStep("wrapper", "'promised to visit': the verb that wraps another event is not coded beside it "
                         "(once that event has survived the steps above)",
              lambda coder, events, sentence: filters.drop_wrappers(events, sentence)),
    EventStep("unspecified-intent", "'vowed that rescue teams would reach every village': a bare intent (030) "
                                    "whose 'that' clause (after a vow or an agreement, its infinitive: 'vowed to "
                                    "keep fighting') holds no coded act names nothing to code; an "
                                    "assurance given to someone ('assured its neighbours that') stays",
              lambda coder, events, sentence: filters.drop_unspecified_intents(events, sentence)),
    EventStep("told-twice", "'engaged soldiers in a firefight': a verb and the event noun it governs that give "
                            "the same code to the same parties are one act, the noun's",
              lambda coder, events, sentence: filters.drop_told_twice(events, sentence)),
    EventStep("unique", "the same code, parties and trigger once",
              lambda coder, events, sentence: filters.unique(events)),
    EventStep("partial-duplicate", "one party's act of one code, with and without a recipient: kept with it",
              lambda coder, events, sentence: filters.drop_partial_duplicates(events, sentence)),
)
