"""Mood shared by coordinated verbs, and coercion under an 'if' condition read as a threat."""

from __future__ import annotations

import datetime as dt

import pytest

from newsevents.events import clauses
from newsevents.events.modality import modal_code, refusal_modes
from newsevents.review import act_of

from .sentences import parsed

pytestmark = pytest.mark.issue(10)

THREATENED_TWO_ACTS = parsed(
    "Turkey/PROPN/nsubj/1 threatened/VERB/ROOT/1/threaten to/PART/aux/3 close/VERB/xcomp/1 "
    "the/DET/det/5 border/NOUN/dobj/3 and/CCONJ/cc/3 cut/VERB/conj/3 off/ADP/prt/7 "
    "exports/NOUN/dobj/7/export")


def test_a_coordinated_verb_shares_the_mood_of_its_first_conjunct():
    assert "threatened" in clauses.mood(THREATENED_TWO_ACTS, 3).aux_modes
    assert "threatened" in clauses.mood(THREATENED_TWO_ACTS, 7).aux_modes  # "cut off exports" is threatened too
    will = parsed("Iran/PROPN/nsubj/2 will/AUX/aux/2 free/VERB/ROOT/2 prisoners/NOUN/dobj/2/prisoner "
                  "and/CCONJ/cc/2 lift/VERB/conj/2 the/DET/det/7 curfew/NOUN/dobj/5")
    assert clauses.mood(will, 5).aux_modes == ("future",)


@pytest.mark.parametrize("spec, verb", [
    # "did not fire but arrested them": a contrast does not share the negation
    ("Troops/NOUN/nsubj/3 did/AUX/aux/3/do not/PART/neg/3 fire/VERB/ROOT/3 but/CCONJ/cc/3 "
     "arrested/VERB/conj/3/arrest them/PRON/dobj/5/they", 5),
    # "did not fire and they arrested them": a verb with its own subject has its own mood
    ("Troops/NOUN/nsubj/3 did/AUX/aux/3/do not/PART/neg/3 fire/VERB/ROOT/3 and/CCONJ/cc/3 "
     "police/NOUN/nsubj/6 arrested/VERB/conj/3/arrest them/PRON/dobj/6/they", 6),
])
def test_a_conjunct_after_but_or_with_its_own_subject_keeps_its_own_mood(spec, verb):
    assert "negated" not in clauses.mood(parsed(spec), verb).aux_modes


def test_future_coercion_under_an_if_condition_is_a_threat():
    sentence = parsed("Canada/PROPN/nsubj/2 would/AUX/aux/2 impose/VERB/ROOT/2 tariffs/NOUN/dobj/2/tariff "
                      "if/SCONJ/mark/6 Washington/PROPN/nsubj/6 retaliated/VERB/advcl/2/retaliate")
    modes = clauses.mood(sentence, 2).aux_modes
    assert "conditional" in modes
    assert modal_code("163", modes) == "1312"  # a threat of sanctions, the codebook's leaf
    # cooperation on terms is the intent, as PETRARCH and the PLOVER gold code it ("would meet the
    # mediator if he gave them a veto": 036), though the training corpus mostly labels it hypothetical
    assert modal_code("036", ("future", "conditional")) == "036"
    assert modal_code("081", ("future", "conditional")) == "0351"
    # an offer to mediate is CAMEO's intent to mediate, not to meet
    assert modal_code("045", ("intended",)) == "039" and modal_code("046", ("intended",)) == "036"
    assert act_of("1312", "163.impose_sanction@verb", ["future", "conditional"]) == ("163", "threatened")


def test_a_condition_before_the_verb_counts_as_one_after_it():
    sentence = parsed("if/SCONJ/mark/2 Washington/PROPN/nsubj/2 retaliated/VERB/advcl/5/retaliate "
                      "Canada/PROPN/nsubj/5 would/AUX/aux/5 impose/VERB/ROOT/5 tariffs/NOUN/dobj/5/tariff")
    assert "conditional" in clauses.mood(sentence, 5).aux_modes
    unless = parsed("unless/SCONJ/mark/2 Washington/PROPN/nsubj/2 yields/VERB/advcl/5/yield "
                    "Canada/PROPN/nsubj/5 will/AUX/aux/5 impose/VERB/ROOT/5 tariffs/NOUN/dobj/5/tariff")
    assert "threatened" in clauses.mood(unless, 5).aux_modes


REPORTED_SECOND_CLAUSE = parsed(
    "Japan/PROPN/nsubj/1//NNP/GPE said/VERB/ROOT/1/say talks/NOUN/nsubj/3/talk failed/VERB/ccomp/1/fail "
    "and/CCONJ/cc/3 that/SCONJ/mark/8 Tokyo/PROPN/nsubj/8//NNP/GPE would/AUX/aux/8 impose/VERB/conj/3/impose "
    "sanctions/NOUN/dobj/8/sanction")


def test_would_in_a_second_reported_clause_is_a_future_in_the_past():
    """'said the talks had failed and that Tokyo would impose sanctions': the second clause is
    reported as much as the first, so its 'would' is 'will' told afterwards, not a condition."""
    assert "future" in clauses.mood(REPORTED_SECOND_CLAUSE, 8).aux_modes
    assert "hypothetical" not in clauses.mood(REPORTED_SECOND_CLAUSE, 8).aux_modes
    unreported = parsed("Tokyo/PROPN/nsubj/2//NNP/GPE would/AUX/aux/2 impose/VERB/ROOT/2/impose "
                        "sanctions/NOUN/dobj/2/sanction")
    assert clauses.mood(unreported, 2).aux_modes == ("hypothetical",)


def test_a_subjectless_verb_beside_a_reported_clause_may_be_the_reporters_act():
    rejected = parsed("Israel/PROPN/nsubj/1//NNP/GPE said/VERB/ROOT/1/say the/DET/det/3 plan/NOUN/nsubj/4/plan "
                      "was/AUX/ccomp/1/be a/DET/det/6 step/NOUN/attr/4/step but/CCONJ/cc/4 "
                      "rejected/VERB/conj/4/reject the/DET/det/10 demand/NOUN/dobj/8/demand")
    assert clauses.coordinated_with_report(rejected, 8)
    assert clauses.reporter_of(rejected, 8) == 0
    # a verb with a subject of its own, or the reported clause's own verb, is not
    assert not clauses.coordinated_with_report(REPORTED_SECOND_CLAUSE, 8)
    assert not clauses.coordinated_with_report(rejected, 4)
    # beside an active reported clause, the subject both verbs share is the agent of both
    wounded = parsed("a/DET/det/1 bombing/NOUN/nsubj/2/bombing killed/VERB/ccomp/8/kill one/NUM/dobj/2 "
                     "and/CCONJ/cc/2 wounded/VERB/conj/2/wound the/DET/det/7 military/NOUN/nsubj/8/military "
                     "said/VERB/ROOT/8/say")
    assert not clauses.coordinated_with_report(wounded, 5)
    # ... unless the caller knows the act needs a party the shared subject is not ("blamed", below)
    assert clauses.coordinated_with_report(wounded, 5, beside_acts=True)
    # nor beside a passive one when the verb is a participle sharing that passive
    taken = parsed("officials/NOUN/nsubj/1/official said/VERB/ROOT/1/say the/DET/det/3 missile/NOUN/nsubjpass/5 "
                   "was/AUX/auxpass/5/be brought/VERB/ccomp/1/bring/VBN and/CCONJ/cc/5 taken/VERB/conj/5/take/VBN")
    assert not clauses.coordinated_with_report(taken, 7)


def test_an_object_told_to_act_is_not_the_reporters_second_act():
    """'the plane spotted the ship and warned it to halt, the coast guard said': halting is asked
    of the ship, whatever party the clause's subject names."""
    halt = parsed("the/DET/det/1 plane/NOUN/nsubj/2/plane spotted/VERB/ccomp/10/spot the/DET/det/4 "
                  "ship/NOUN/dobj/2/ship and/CCONJ/cc/2 warned/VERB/conj/2/warn it/PRON/dobj/6 to/PART/aux/9 "
                  "halt/VERB/xcomp/6/halt/VB said/VERB/ROOT/10/say")
    assert not clauses.coordinated_with_report(halt, 9, beside_acts=True)
    assert clauses.coordinated_with_report(halt, 6, beside_acts=True)


def test_an_infinitive_controlled_by_the_reporters_second_act_is_the_reporters_too():
    """'Iran said the attack was a crime and vowed to punish the attackers': 'vowed' hangs beside the
    reported copula, so the infinitive it controls is Iran's act as well, not the attack's."""
    vowed = parsed("Iran/PROPN/nsubj/1//NNP/GPE said/VERB/ROOT/1/say the/DET/det/3 attack/NOUN/nsubj/4/attack "
                   "was/AUX/ccomp/1/be a/DET/det/6 crime/NOUN/attr/4/crime and/CCONJ/cc/4 "
                   "vowed/VERB/conj/4/vow to/PART/aux/10 punish/VERB/xcomp/8/punish/VB "
                   "the/DET/det/12 attackers/NOUN/dobj/10/attacker")
    assert clauses.coordinated_with_report(vowed, 10)
    assert clauses.reporter_of(vowed, 10) == 0
    # an infinitive with a subject of its own is not ("vowed for the army to punish them")
    own = parsed("Iran/PROPN/nsubj/1//NNP/GPE said/VERB/ROOT/1/say the/DET/det/3 attack/NOUN/nsubj/4/attack "
                 "was/AUX/ccomp/1/be a/DET/det/6 crime/NOUN/attr/4/crime and/CCONJ/cc/4 "
                 "vowed/VERB/conj/4/vow the/DET/det/10 army/NOUN/nsubj/11/army punish/VERB/xcomp/8/punish/VB")
    assert not clauses.coordinated_with_report(own, 11)


def test_a_subject_or_object_that_says_no_one_or_nothing_negates_the_verb():
    neither = parsed("Neither/DET/det/1 government/NOUN/nsubj/3 has/AUX/aux/3/have released/VERB/ROOT/3/release "
                     "figures/NOUN/dobj/3/figure")
    assert "negated" in clauses.mood(neither, 3).aux_modes
    no_arrests = parsed("Police/NOUN/nsubj/1 made/VERB/ROOT/1/make no/DET/det/3 arrests/NOUN/dobj/1/arrest")
    assert "negated" in clauses.mood(no_arrests, 1).aux_modes
    nobody = parsed("They/PRON/nsubj/1/they arrested/VERB/ROOT/1/arrest nobody/PRON/dobj/1")
    assert "negated" in clauses.mood(nobody, 1).aux_modes
    some = parsed("Police/NOUN/nsubj/1 made/VERB/ROOT/1/make some/DET/det/3 arrests/NOUN/dobj/1/arrest")
    assert "negated" not in clauses.mood(some, 1).aux_modes
    # "Neither Israel nor Hamas attacked": "neither" before coordinated names is a preconjunction
    neither_nor = parsed("Neither/CCONJ/preconj/1 Israel/PROPN/nsubj/4 nor/CCONJ/cc/1 Hamas/PROPN/conj/1 "
                         "attacked/VERB/ROOT/4/attack the/DET/det/6 convoy/NOUN/dobj/4")
    assert "negated" in clauses.mood(neither_nor, 4).aux_modes
    either_or = parsed("Either/CCONJ/preconj/1 Israel/PROPN/nsubj/4 or/CCONJ/cc/1 Hamas/PROPN/conj/1 "
                       "attacked/VERB/ROOT/4/attack the/DET/det/6 convoy/NOUN/dobj/4")
    assert "negated" not in clauses.mood(either_or, 4).aux_modes


def test_neither_before_coordinated_verbs_negates_both():
    # "Beijing would neither accept nor recognise the ruling": a refusal of each
    spec = parsed("Beijing/PROPN/nsubj/3 would/AUX/aux/3/would neither/CCONJ/preconj/3 accept/VERB/ROOT/3/accept/VB "
                  "nor/CCONJ/cc/3 recognise/VERB/conj/3/recognise/VB the/DET/det/7 ruling/NOUN/dobj/5/ruling/NN")
    assert "negated" in clauses.mood(spec, 3).aux_modes
    assert "negated" in clauses.mood(spec, 5).aux_modes
    either = parsed("Beijing/PROPN/nsubj/3 would/AUX/aux/3/would either/CCONJ/preconj/3 accept/VERB/ROOT/3/accept/VB "
                    "or/CCONJ/cc/3 appeal/VERB/conj/3/appeal/VB")
    assert "negated" not in clauses.mood(either, 3).aux_modes


def test_an_object_that_says_nothing_does_not_negate_the_next_conjunct():
    # "held no grudges and called on his opponents": the call was made
    spec = parsed("He/PRON/nsubj/1/he held/VERB/ROOT/1/hold no/DET/det/3 grudges/NOUN/dobj/1/grudge "
                  "and/CCONJ/cc/1 called/VERB/conj/1/call on/ADP/prep/5 opponents/NOUN/pobj/6/opponent")
    assert "negated" in clauses.mood(spec, 1).aux_modes
    assert "negated" not in clauses.mood(spec, 5).aux_modes
    shared = parsed("No/DET/det/1 country/NOUN/nsubj/2 condemned/VERB/ROOT/2/condemn or/CCONJ/cc/2 "
                    "sanctioned/VERB/conj/2/sanction Iran/PROPN/dobj/4")
    assert "negated" in clauses.mood(shared, 4).aux_modes


@pytest.mark.parametrize("governor", ["agreed/VERB/ROOT/1/agree", "pledged/VERB/ROOT/1/pledge",
                                      "plans/VERB/ROOT/1/plan"])
def test_agreed_pledged_or_planned_coercion_is_a_threat_of_it(governor):
    """The training corpus labels the act after 'agreed to', 'pledged to', 'vowed to' intended, and
    intended coercion is a threat (131 for sanctions): a pledge is no exception."""
    spec = (f"EU/PROPN/nsubj/1 {governor} to/PART/aux/3 impose/VERB/xcomp/1 "
            "sanctions/NOUN/dobj/3/sanction")
    mood = clauses.mood(parsed(spec), 3)
    assert "intended" in mood.aux_modes
    assert modal_code("163", mood.aux_modes) == "1312"
    # cooperation agreed to stays an intent of it
    assert modal_code("061", mood.aux_modes) == "0311"


def test_a_denied_clause_is_negated_but_the_deniers_next_act_is_not():
    """'Moscow denied that its troops had killed civilians and called the images a provocation': the
    killing is denied (negated, as 'denied killing civilians' is refused); the parse hangs 'called'
    on 'killed', and the denial does not reach it."""
    spec = ("Moscow/PROPN/nsubj/1 denied/VERB/ROOT/1/deny that/SCONJ/mark/5 its/PRON/poss/4 "
            "troops/NOUN/nsubj/5/troop killed/VERB/ccomp/1/kill civilians/NOUN/dobj/5/civilian "
            "and/CCONJ/cc/5 called/VERB/conj/5/call images/NOUN/dobj/8/image provocations/NOUN/oprd/8/provocation")
    sentence = parsed(spec)
    assert "negated" in clauses.mood(sentence, 5).aux_modes
    assert modal_code("1823", clauses.mood(sentence, 5).aux_modes) is None
    assert "negated" not in clauses.mood(sentence, 8).aux_modes
    # a reported clause of any other verb stays as told
    said = parsed(spec.replace("denied/VERB/ROOT/1/deny", "said/VERB/ROOT/1/say"))
    assert "negated" not in clauses.mood(said, 5).aux_modes
    # and the second verb is the denier's act, not the troops'
    assert clauses.coordinated_with_denial(sentence, 8) and not clauses.coordinated_with_denial(said, 8)
    assert not clauses.coordinated_with_denial(sentence, 5)


@pytest.mark.parametrize("governor", ["considering/VERB/ROOT/1/consider", "weighing/VERB/ROOT/1/weigh"])
def test_a_weighed_act_is_only_a_possibility(governor):
    """'is considering lifting the state of emergency': the weighing is the act (014, the governor's
    own lexicon row), the lifting hypothetical and not coded; 'plans to lift' stays an intent."""
    spec = f"Seoul/PROPN/nsubj/1 {governor} lifting/VERB/xcomp/1/lift the/DET/det/4 ban/NOUN/dobj/2"
    mood = clauses.mood(parsed(spec), 2)
    assert "hypothetical" in mood.aux_modes and modal_code("0812", mood.aux_modes) is None
    planned = clauses.mood(parsed(spec.replace(governor, "plans/VERB/ROOT/1/plan")), 2)
    assert "intended" in planned.aux_modes and modal_code("0812", planned.aux_modes) == "0351"


def test_what_a_refusal_or_a_promise_waits_for_is_a_condition():
    """'would not negotiate until Iran halted enrichment': the halting is a condition, not done;
    'fighting went on until the army withdrew' tells a withdrawal that happened."""
    awaited = parsed("Washington/PROPN/nsubj/3 would/AUX/aux/3 not/PART/neg/3 negotiate/VERB/ROOT/3 "
                     "until/SCONJ/mark/6 Iran/PROPN/nsubj/6 halted/VERB/advcl/3/halt enrichment/NOUN/dobj/6")
    assert "hypothetical" in clauses.mood(awaited, 6).aux_modes
    assert modal_code("087", clauses.mood(awaited, 6).aux_modes) is None
    span = parsed("Fighting/NOUN/nsubj/1 continued/VERB/ROOT/1/continue until/SCONJ/mark/5 the/DET/det/4 "
                  "army/NOUN/nsubj/5 withdrew/VERB/advcl/1/withdraw")
    assert "hypothetical" not in clauses.mood(span, 5).aux_modes


def test_a_headlines_subject_to_infinitive_is_what_the_subject_will_do():
    """'Hariri to Visit Paris': a headline's 'X to V' is a future act (the corpus labels it so)."""
    headline = parsed("Hariri/PROPN/nsubj/2//NNP to/PART/aux/2 Visit/VERB/ROOT/2/visit/VB Paris/PROPN/dobj/2//NNP")
    assert "future" in clauses.mood(headline, 2).aux_modes
    assert modal_code("042", clauses.mood(headline, 2).aux_modes) == "036"
    # an infinitive coordinated with a finite verb is no headline's: "promised to kill ... and to dump"
    coordinated = parsed("Duterte/PROPN/nsubj/1//NNP promised/VERB/ROOT/1/promise/VBD to/PART/aux/3 "
                         "kill/VERB/xcomp/1/kill/VB and/CCONJ/cc/1 to/PART/aux/6 dump/VERB/conj/1/dump/VB")
    assert "future" not in clauses.mood(coordinated, 6).aux_modes


def test_a_second_appeal_hung_on_the_first_ones_complement_is_no_request():
    """'called on the forces to switch sides and urged officials to recognise ...': the parse makes
    'urged' a conjunct of 'switch'; it addresses someone of its own, so it is the caller's act."""
    s = parsed("She/PRON/nsubj/1 called/VERB/ROOT/1/call on/ADP/prep/1 forces/NOUN/pobj/2/force to/PART/aux/5 "
               "switch/VERB/xcomp/1/switch sides/NOUN/dobj/5/side and/CCONJ/cc/5 urged/VERB/conj/5/urge "
               "officials/NOUN/dobj/8/official to/PART/aux/11 recognise/VERB/xcomp/8/recognise")
    assert "requested" in clauses.mood(s, 5).aux_modes  # the forces are asked to switch sides
    assert "requested" not in clauses.mood(s, 8).aux_modes
    # a plain second complement is still asked for: "urged them to stop and withdraw"
    plain = parsed("She/PRON/nsubj/1 urged/VERB/ROOT/1/urge them/PRON/dobj/1 to/PART/aux/4 stop/VERB/xcomp/1/stop "
                   "and/CCONJ/cc/4 withdraw/VERB/conj/4/withdraw")
    assert "requested" in clauses.mood(plain, 6).aux_modes


WHETHER_RECALL = ("Ministers/NOUN/nsubj/3 have/AUX/aux/3 not/PART/neg/3 decided/VERB/ROOT/3/decide "
                  "whether/SCONJ/mark/6 to/PART/aux/6 recall/VERB/xcomp/3 the/DET/det/8 ambassador/NOUN/dobj/6")


@pytest.mark.parametrize("spec, verb, mode, present", [
    # "Turkey agreed to let Kurdish forces withdraw": the withdrawal is intended, as the letting is
    ("Turkey/PROPN/nsubj/1 agreed/VERB/ROOT/1/agree to/PART/aux/3 let/VERB/xcomp/1 "
     "Kurdish/ADJ/amod/5 forces/NOUN/nsubj/6/force withdraw/VERB/ccomp/3", 6, "intended", True),
    # "the AU would help the government retake the base": to come, as the help is
    ("The/DET/det/1 AU/PROPN/nsubj/3 would/AUX/aux/3 help/VERB/ROOT/3 the/DET/det/5 government/NOUN/nsubj/6 "
     "retake/VERB/ccomp/3 the/DET/det/8 base/NOUN/dobj/6", 6, "hypothetical", True),
    # "Iraq let inspectors return": done, as the letting is (no mode at all)
    ("Iraq/PROPN/nsubj/1 let/VERB/ROOT/1 inspectors/NOUN/nsubj/3/inspector return/VERB/ccomp/1", 3, None, False),
    # "accepted demands from the rebels that it initiate reforms": the clause of a demand noun is asked for
    ("The/DET/det/1 government/NOUN/nsubj/2 accepted/VERB/ROOT/2/accept demands/NOUN/dobj/2/demand "
     "that/PRON/mark/6 it/PRON/nsubj/6 initiate/VERB/acl/3 reforms/NOUN/dobj/6/reform", 6, "requested", True),
    # a relative clause on another noun is told as fact: "accepted the plan that ended the war"
    ("The/DET/det/1 government/NOUN/nsubj/2 accepted/VERB/ROOT/2/accept the/DET/det/4 plan/NOUN/dobj/2 "
     "that/PRON/nsubj/6 ended/VERB/relcl/4/end the/DET/det/8 war/NOUN/dobj/6", 6, "requested", False),
    # "have not decided whether to recall the ambassador": what an open question asks about is a possibility
    (WHETHER_RECALL, 6, "hypothetical", True),
    # "Washington wants Khartoum to disarm the militias": asked of Khartoum, not done by it
    ("Washington/PROPN/nsubj/1 wants/VERB/ROOT/1/want/VBZ Khartoum/PROPN/nsubj/4 to/PART/aux/4/to/TO "
     "disarm/VERB/ccomp/1/disarm/VB militias/NOUN/dobj/4/militia", 4, "requested", True),
    # "Iran wants to normalise relations": its own intent
    ("Iran/PROPN/nsubj/1 wants/VERB/ROOT/1/want/VBZ to/PART/aux/3/to/TO normalise/VERB/xcomp/1/normalise/VB "
     "relations/NOUN/dobj/3/relation", 3, "requested", False),
    # "agreed to expel the envoy and to freeze its accounts": a second infinitive's own "to" is no
    # auxiliary of its own; it shares the agreement
    ("Ministers/NOUN/nsubj/1 agreed/VERB/ROOT/1/agree to/PART/aux/3/to/TO expel/VERB/xcomp/1 "
     "the/DET/det/5 envoy/NOUN/dobj/3 and/CCONJ/cc/3 to/PART/aux/8/to/TO freeze/VERB/conj/3 "
     "accounts/NOUN/dobj/8/account", 8, "intended", True),
    # one with an auxiliary of its own does not: "agreed to expel the envoy and will freeze ..."
    ("Ministers/NOUN/nsubj/1 agreed/VERB/ROOT/1/agree to/PART/aux/3/to/TO expel/VERB/xcomp/1 "
     "the/DET/det/5 envoy/NOUN/dobj/3 and/CCONJ/cc/3 may/AUX/aux/8/may/MD freeze/VERB/conj/3 "
     "accounts/NOUN/dobj/8/account", 8, "intended", False),
    # the same verb without "whether" is an intent
    ("Ministers/NOUN/nsubj/1 decided/VERB/ROOT/1/decide to/PART/aux/3 recall/VERB/xcomp/1 "
     "the/DET/det/5 ambassador/NOUN/dobj/3", 3, "hypothetical", False),
])
def test_a_governing_word_gives_its_clause_a_mode(spec, verb, mode, present):
    modes = clauses.mood(parsed(spec), verb).aux_modes
    assert (mode in modes) is present if mode is not None else modes == ()


def test_what_an_open_question_asks_about_is_not_coded():
    """'it is unclear whether Russia will attack': hypothetical, and not coded, as the corpus labels it."""
    assert modal_code("161", clauses.mood(parsed(WHETHER_RECALL), 6).aux_modes) is None


def test_a_refused_act_the_corpus_codes_as_a_rejection_keeps_that_code():
    """The corpus gives some refused acts the rejection that names them ("refused to ease sanctions":
    1244, mode refused): that is the event, not a refusal of a rejection; a refused veto is none
    ("refused to block the certification"), as is a rejection someone will not make."""
    assert modal_code("1244", ("refused",)) == "1244"
    assert modal_code("1245", (), refused=True) == "1245"
    assert modal_code("129", ("refused",)) is None
    assert modal_code("120", ("negated", "future")) is None  # "will not reject the plan"
    assert modal_code("081", ("refused",)) == "1241"  # its kind kept, as the codebook's leaf
    assert modal_code("175", ("refused",)) is None  # "refused to fire on protesters": no code


def test_an_act_coded_as_a_refusal_because_it_is_negated_is_refused_not_negated():
    """"will not back down" is a refusal to yield (124) told now: its modes say refused, not negated,
    or a reader who drops negated events (as PLOVER allows) would drop the refusal; a negated act
    with no refusal to be keeps its negation, and so does one that is not to come."""
    assert modal_code("080", ("future", "negated")) == "124"
    assert refusal_modes("080", ("future", "negated", "reported")) == ("future", "reported", "refused")
    assert refusal_modes("120", ("future", "negated")) == ("future", "negated")  # "will not reject"
    assert refusal_modes("080", ("negated",)) == ("negated",)  # "did not back down": not coded at all


def test_a_party_that_will_not_back_down_refuses_to_yield(code_text):
    events = code_text("BEIJING (Wire) - China said on Wednesday it would not back down.", "2016-07-13")
    assert [(e.code, e.source.code, "refused" in e.aux_modes, "negated" in e.aux_modes) for e in events] == [
        ("124", "CHN", True, False)]


@pytest.mark.parametrize("code, modes, expected", [
    ("072", ("intended",), "0332"),  # "would supply Belarus with weapons"
    ("0711", ("future",), "0331"),  # a leaf below the row's code keeps the row's kind
    ("085", ("intended",), "0354"),  # "would ease the ban on investment"
    ("0841", ("refused",), "1243"),  # "refused to release the prisoners"
    ("063", ("refused",), "121"),  # the codebook has no narrower refusal of judicial cooperation
    ("070", ("intended",), "033"),  # no kind named: the base code
    ("0831", ("future",), "0341"),  # "would hand power back to civilians": intent of reform, leadership
    ("0834", ("intended",), "0344"),  # "would hold free and fair elections"
    ("163", ("threatened",), "1312"),  # "threatened to impose sanctions"
    ("1723", ("threatened",), "1323"),  # "threatened to impose a curfew"
])
def test_an_intended_or_refused_act_keeps_its_kind(code, modes, expected):
    assert modal_code(code, modes) == expected


def test_every_code_the_modal_table_names_is_in_the_ontology():
    from newsevents.events.modality import modal_codes
    from newsevents.ontology import load_ontology

    codes = set(load_ontology().codes)
    named = {cell for row in modal_codes().rows.values() for cell in row.values() if cell and cell != "="}
    assert named and named <= codes, sorted(named - codes)


def test_a_bad_modal_table_row_is_named(tmp_path, monkeypatch):
    from newsevents.errors import DataFileError
    from newsevents.events import modality

    table = tmp_path / "modal_codes.tsv"
    table.write_text("root\tintended\tthreatened\trefused\tnote\n08\t035\t\t124\tok\n1x\t\t\t=\tbad key\n"
                     "12\t\t\t+\tbad cell\n", encoding="utf-8")
    monkeypatch.setattr(modality, "package_data", lambda package, name: table)
    modality.modal_codes.cache_clear()
    try:
        with pytest.raises(DataFileError) as raised:
            modality.modal_codes()
    finally:
        modality.modal_codes.cache_clear()
    message = str(raised.value)
    assert "line 3" in message and "'1x'" in message
    assert "line 4" in message and "refused code '+'" in message


def test_a_statement_of_a_supposed_act_is_not_coded(rules_pipeline, rule_codes):
    """'said it might send troops': neither the act only supposed nor the saying is coded, as the
    corpus labels such sentences; the same statement of a plan is an intent.
    The rules alone, so that the classifier's doubt about the statement cannot decide it."""
    from newsevents.explain import explain

    assert rule_codes("Kenya said it would send troops to Haiti.") == ["0334"]
    assert rule_codes("Kenya said it might send troops to Haiti.") == []
    trace = explain(rules_pipeline, "Kenya said it might send troops to Haiti.", dt.date(2021, 11, 8)).to_dict()
    steps = [step["rule"] for s in trace["sentences"] for c in s["candidates"] for step in c["steps"]]
    assert "statement-of-a-hypothesis" in steps


WARNING = ("Qatar/PROPN/nsubj/1//NNP/GPE warned/VERB/ROOT/1/warn that/SCONJ/mark/5 it/PRON/nsubj/5/it "
           "{aux}/AUX/aux/5 {verb}/VERB/ccomp/1/{lemma}/{tag} troops/NOUN/dobj/5/troop")


@pytest.mark.parametrize("aux,code", [("would", "1313"), ("could", "1313")])
def test_what_a_warning_says_will_or_may_be_done_is_threatened(aux, code):
    """'warned that it could withdraw its troops': the threat itself, not a forecast nor a
    hypothesis left uncoded."""
    s = parsed(WARNING.format(aux=aux, verb="withdraw", lemma="withdraw", tag="VB"))
    modes = clauses.mood(s, 5).aux_modes
    assert "threatened" in modes
    assert modal_code("161", modes) == code


def test_a_warning_of_what_happened_or_of_what_will_not_be_done_is_no_threat():
    done = parsed(WARNING.format(aux="had", verb="withdrawn", lemma="withdraw", tag="VBN"))
    assert "threatened" not in clauses.mood(done, 5).aux_modes
    refused = parsed("Qatar/PROPN/nsubj/1//NNP/GPE warned/VERB/ROOT/1/warn it/PRON/nsubj/5/it would/AUX/aux/5 "
                     "not/PART/neg/5 withdraw/VERB/ccomp/1/withdraw/VB troops/NOUN/dobj/5/troop")
    assert "threatened" not in clauses.mood(refused, 5).aux_modes
    # a forecast under a verb that does not warn stays a forecast
    said = parsed(WARNING.format(aux="would", verb="withdraw", lemma="withdraw", tag="VB").replace("warn", "say"))
    assert "threatened" not in clauses.mood(said, 5).aux_modes


def test_an_act_with_no_threat_code_under_a_warning_stays_uncoded_when_only_possible():
    # "warned that he might recall his soldiers": no threat code for a retreat; a hypothesis is not coded
    assert modal_code("0874", ("hypothetical", "threatened")) is None
    assert modal_code("0874", ("threatened",)) == "0874"


ULTIMATUM = parsed(
    "Kenya/PROPN/nsubj/1//NNP/GPE ordered/VERB/ROOT/1/order traders/NOUN/dobj/1/trader to/PART/aux/4 "
    "leave/VERB/xcomp/1/leave/VB or/CCONJ/cc/4 face/VERB/conj/4/face/VB deportation/NOUN/dobj/6/deportation")


def test_the_penalty_a_demand_names_is_threatened_by_the_demander_against_its_addressee():
    from newsevents.events.arguments import penalty_arguments

    assert clauses.penalty_demand(ULTIMATUM, 6) == 1
    assert clauses.mood(ULTIMATUM, 6).aux_modes == ("threatened",)
    assert clauses.mood(ULTIMATUM, 4).aux_modes == ("requested",)
    args = penalty_arguments(ULTIMATUM, 7)
    assert args is not None
    assert ([ULTIMATUM.tokens[i].text for i in args.sources], [ULTIMATUM.tokens[i].text for i in args.targets]) \
        == (["Kenya"], ["traders"])


def test_an_ultimatum_through_its_noun_is_made_by_the_subject_of_the_verb_that_gives_it():
    s = parsed("Israel/PROPN/nsubj/1//NNP/GPE gave/VERB/ROOT/1/give Hamas/PROPN/dative/1//NNP/ORG "
               "an/DET/det/4 ultimatum/NOUN/dobj/1/ultimatum to/PART/aux/6 release/VERB/acl/4/release/VB "
               "the/DET/det/8 soldier/NOUN/dobj/6/soldier or/CCONJ/cc/6 face/VERB/conj/6/face/VB "
               "an/DET/det/12 offensive/NOUN/dobj/10/offensive")
    assert clauses.penalty_demand(s, 10) == 4
    assert clauses.penalty_parties(s, 10, 4) == ([0], [2])


def test_facing_a_penalty_without_a_demand_is_no_threat():
    s = parsed("the/DET/det/1 president/NOUN/nsubj/3/president could/AUX/aux/3 face/VERB/ROOT/3/face/VB "
               "impeachment/NOUN/dobj/3/impeachment")
    assert clauses.penalty_demand(s, 3) is None
    both = parsed("Police/NOUN/nsubj/1/police arrested/VERB/ROOT/1/arrest them/PRON/dobj/1/they and/CCONJ/cc/1 "
                  "face/VERB/conj/1/face/VB charges/NOUN/dobj/5/charge")
    assert clauses.penalty_demand(both, 5) is None


def test_what_is_done_without_is_not_done():
    """'ended their summit without reaching an agreement', 'released without charge': the training
    corpus labels the word after 'without' an act 7 times in 391, each negated."""
    gerund = parsed("leaders/NOUN/nsubj/1/leader ended/VERB/ROOT/1/end summit/NOUN/dobj/1/summit "
                    "without/ADP/prep/1/without reaching/VERB/pcomp/3/reach/VBG agreement/NOUN/dobj/4/agreement")
    assert clauses.mood(gerund, 4).negated
    assert not clauses.mood(gerund, 1).negated
    noun = parsed("he/PRON/nsubjpass/2/he was/AUX/auxpass/2/be released/VERB/ROOT/2/release/VBN "
                  "without/ADP/prep/2/without charge/NOUN/pobj/3/charge")
    assert clauses.mood(noun, 4).negated


def test_what_an_allegation_alleges_is_not_coded_but_a_trailing_attribution_vouches():
    """'Iran alleged that Israeli agents had killed the scientist': the allegation (112) is the act;
    the corpus labels the alleged clause 1 time in 50. '..., an official alleged' only names the source."""
    alleged = parsed("Iran/PROPN/nsubj/1 alleged/VERB/ROOT/1/allege that/SCONJ/mark/5 agents/NOUN/nsubj/5/agent "
                     "had/AUX/aux/5/have killed/VERB/ccomp/1/kill/VBN scientist/NOUN/dobj/5/scientist")
    assert "alleged" in clauses.mood(alleged, 5).aux_modes
    assert modal_code("1823", clauses.mood(alleged, 5).aux_modes) is None
    trailing = parsed("gunmen/NOUN/nsubj/1/gunman raided/VERB/ccomp/4/raid market/NOUN/dobj/1/market "
                      "official/NOUN/nsubj/4/official alleged/VERB/ROOT/4/allege")
    assert "alleged" not in clauses.mood(trailing, 1).aux_modes


def test_an_event_noun_naming_its_parties_takes_the_mood_of_the_clause_it_is_an_argument_of():
    """'a truce between Israel and Hamas could be reached': only supposed; '... will resume': to come."""
    s = parsed("a/DET/det/1 truce/NOUN/nsubjpass/8/truce between/ADP/prep/1 Israel/PROPN/pobj/2 and/CCONJ/cc/3 "
               "Hamas/PROPN/conj/3 could/AUX/aux/8 be/AUX/auxpass/8 reached/VERB/ROOT/8/reach/VBN")
    assert "hypothetical" in clauses.argument_mood(s, 1).aux_modes
    adjunct = parsed("officials/NOUN/nsubj/1/official met/VERB/ROOT/1/meet before/ADP/prep/1 talks/NOUN/pobj/2/talk "
                     "between/ADP/prep/3 Iran/PROPN/pobj/4")
    assert clauses.argument_mood(adjunct, 3) == clauses.Mood()


def test_a_participle_on_what_there_is_is_a_passive_done_to_it():
    """'There were 14 soldiers killed in the attack': the soldiers were killed (the corpus labels such a
    participle 12 times in 16); 'the soldiers killed in the attack were buried' stays a description."""
    there = parsed("There/PRON/expl/1/there were/VERB/ROOT/1/be 14/NUM/nummod/3/14 soldiers/NOUN/attr/1/soldier "
                   "killed/VERB/acl/3/kill/VBN")
    assert clauses.is_passive(there, 4)
    assert clauses.passive_patients(there, 4) == [3]
    described = parsed("soldiers/NOUN/nsubjpass/3/soldier killed/VERB/acl/0/kill/VBN were/AUX/auxpass/3/be "
                       "buried/VERB/ROOT/3/bury/VBN")
    assert not clauses.is_passive(described, 1)


def test_an_act_a_verb_of_stopping_governs_is_not_reported_as_done():
    # "stopped issuing visas and barred entry": the issuing ended; the barring is the stopper's second act
    s = parsed("Estonia/PROPN/nsubj/1 stopped/VERB/ROOT/1/stop issuing/VERB/xcomp/1/issue/VBG visas/NOUN/dobj/2/visa "
               "and/CCONJ/cc/2 barred/VERB/conj/2/bar/VBN entry/NOUN/dobj/5/entry")
    assert "negated" in clauses.mood(s, 2).aux_modes
    assert "negated" not in clauses.mood(s, 5).aux_modes
    # "urged Washington to stop arming Taiwan": the request is the stopping's
    urged = parsed("China/PROPN/nsubj/1 urged/VERB/ROOT/1/urge Washington/PROPN/dobj/1 to/PART/aux/4 "
                   "stop/VERB/xcomp/1 arming/VERB/xcomp/4/arm/VBG Taiwan/PROPN/dobj/5")
    assert "negated" in clauses.mood(urged, 5).aux_modes and "requested" in clauses.mood(urged, 4).aux_modes


def test_what_a_future_clause_is_timed_by_is_supposed_but_not_what_a_past_one_is():
    # "would negotiate only once he dissolved parliament": no dissolution is reported
    future = parsed("They/PRON/nsubj/2/they would/AUX/aux/2 negotiate/VERB/ROOT/2 once/SCONJ/mark/5 he/PRON/nsubj/5/he "
                    "dissolved/VERB/advcl/2/dissolve parliament/NOUN/dobj/5")
    assert "hypothetical" in clauses.mood(future, 5).aux_modes
    # "did not intervene while police beat protesters": the beating is reported
    past = parsed("Troops/NOUN/nsubj/3/troop did/AUX/aux/3/do not/PART/neg/3 intervene/VERB/ROOT/3 while/SCONJ/mark/6 "
                  "police/NOUN/nsubj/6 beat/VERB/advcl/3/beat protesters/NOUN/dobj/6/protester")
    assert "hypothetical" not in clauses.mood(past, 6).aux_modes


def test_a_finite_verb_shares_no_auxiliary_with_a_bare_one():
    # "said he would not sign the bill and invited young people to talks": the invitation is no refusal
    s = parsed("Ruto/PROPN/nsubj/1 said/VERB/ROOT/1/say he/PRON/nsubj/5/he would/AUX/aux/5 not/PART/neg/5 "
               "sign/VERB/ccomp/1/sign/VB the/DET/det/7 bill/NOUN/dobj/5 and/CCONJ/cc/5 "
               "invited/VERB/conj/5/invite/VBD people/NOUN/dobj/9/people")
    assert {"negated", "future"} & set(clauses.mood(s, 5).aux_modes)
    assert not {"negated", "future"} & set(clauses.mood(s, 9).aux_modes)


def test_not_hesitating_to_act_is_acting_or_intending_to():
    will = parsed("Putin/PROPN/nsubj/3 would/AUX/aux/3 not/PART/neg/3 hesitate/VERB/ROOT/3 to/PART/aux/5 "
                  "use/VERB/xcomp/3 force/NOUN/dobj/5")
    assert {"future", "intended"} <= set(clauses.mood(will, 5).aux_modes)
    assert modal_code("175", clauses.mood(will, 5).aux_modes) == "137"  # force intended: a threat
    did = parsed("Troops/NOUN/nsubj/3/troop did/AUX/aux/3/do not/PART/neg/3 hesitate/VERB/ROOT/3 to/PART/aux/5 "
                 "fire/VERB/xcomp/3")
    assert clauses.mood(did, 5).aux_modes == ()
    weighed = parsed("Putin/PROPN/nsubj/1 hesitated/VERB/ROOT/1/hesitate to/PART/aux/3 use/VERB/xcomp/1 "
                     "force/NOUN/dobj/3")
    assert "hypothetical" in clauses.mood(weighed, 3).aux_modes


@pytest.mark.parametrize("spec", [
    "Obama/PROPN/ROOT/0 to/PART/aux/2 Visit/VERB/acl/0/visit/VB Turkey/PROPN/dobj/2",
    # the subject of a line with no closing stop: "Obama to Visit Turkey, Seeks New Start"
    "Obama/PROPN/nsubj/5 to/PART/aux/2 Visit/VERB/acl/0/visit/VB Turkey/PROPN/dobj/2 ,/PUNCT/punct/5 "
    "Seeks/VERB/ROOT/5/seek/VBZ Start/NOUN/dobj/5/start/NN",
])
def test_a_headlines_x_to_v_read_as_a_noun_and_its_infinitive_is_what_x_will_do(spec):
    s = parsed(spec)
    assert clauses.subjects(s, 2) == [0]
    assert "future" in clauses.mood(s, 2).aux_modes


def test_a_nouns_infinitive_in_a_sentence_says_nothing_of_who_acts():
    # "the decision to withdraw" names no one who withdraws, nor a future act of the decision
    s = parsed("The/DET/det/1 decision/NOUN/nsubjpass/5/decision/NN to/PART/aux/3 withdraw/VERB/acl/1/withdraw/VB "
               "was/AUX/auxpass/5/be welcomed/VERB/ROOT/5/welcome/VBN ./PUNCT/punct/5")
    assert clauses.subjects(s, 3) == []
    assert "future" not in clauses.mood(s, 3).aux_modes


def test_they_stands_for_every_party_its_antecedent_coordinates():
    # "the United States and Britain said they were following it and called for restraint"
    s = parsed("States/PROPN/nsubj/3 and/CCONJ/cc/0 Britain/PROPN/conj/0 said/VERB/ROOT/3/say they/PRON/nsubj/6 "
               "were/AUX/aux/6 following/VERB/ccomp/3/follow/VBG it/PRON/dobj/6 and/CCONJ/cc/6 "
               "called/VERB/conj/6/call")
    assert clauses.subjects(s, 9) == [0, 2]
    # one party: the pronoun stays, and the actor stage resolves it
    one = parsed("Britain/PROPN/nsubj/1 said/VERB/ROOT/1/say they/PRON/nsubj/3 called/VERB/ccomp/1/call")
    assert clauses.subjects(one, 3) == [2]


def test_a_warning_of_what_a_party_may_do_is_a_threat_and_of_what_a_thing_may_do_a_forecast():
    from newsevents.events.coder import _warns_of_action

    party = parsed("Cameron/PROPN/nsubj/1//NNP/PERSON warned/VERB/ROOT/1/warn that/SCONJ/mark/5 "
                   "Britain/PROPN/nsubj/5//NNP/GPE might/AUX/aux/5/might/MD cut/VERB/ccomp/1/cut/VB "
                   "aid/NOUN/dobj/5//NN")
    thing = parsed("Cameron/PROPN/nsubj/1//NNP/PERSON warned/VERB/ROOT/1/warn that/SCONJ/mark/6 "
                   "the/DET/det/4 economy/NOUN/nsubj/6//NN could/AUX/aux/6/could/MD shrink/VERB/ccomp/1/shrink/VB")
    certain = parsed("Cameron/PROPN/nsubj/1//NNP/PERSON warned/VERB/ROOT/1/warn that/SCONJ/mark/6 "
                     "the/DET/det/4 police/NOUN/nsubj/6//NN would/AUX/aux/6/would/MD act/VERB/ccomp/1/act/VB")
    done_to = parsed("Cameron/PROPN/nsubj/1//NNP/PERSON warned/VERB/ROOT/1/warn that/SCONJ/mark/7 "
                     "his/PRON/poss/4 licence/NOUN/nsubjpass/7//NN could/AUX/aux/7/could/MD be/AUX/auxpass/7/be "
                     "revoked/VERB/ccomp/1/revoke/VBN")
    from newsevents.events.lexicon import load_lexicon
    from newsevents.ontology import load_ontology

    lexicon = load_lexicon(load_ontology())
    assert _warns_of_action(party, 1, lexicon)
    assert _warns_of_action(done_to, 1, lexicon)
    assert not _warns_of_action(thing, 1, lexicon)
    assert _warns_of_action(certain, 1, lexicon)  # what "will" or "would" be done is a threat whoever does it


def test_a_time_of_day_after_before_dates_its_clause_but_an_act_after_it_is_background():
    # "Before dawn on April 2, 2015, gunmen shot ...": the date is the shooting's; "before the war" sets a scene
    dawn = parsed("Before/ADP/prep/5 dawn/NOUN/pobj/0/dawn on/ADP/prep/1 April/PROPN/pobj/2//NNP/DATE "
                  "gunmen/NOUN/nsubj/5/gunman shot/VERB/ROOT/5/shoot")
    assert not clauses.is_background(dawn, 3)
    war = parsed("Before/ADP/prep/4 the/DET/det/2 war/NOUN/pobj/0/war gunmen/NOUN/nsubj/4/gunman shot/VERB/ROOT/4/shoot")
    assert clauses.is_background(war, 2)


@pytest.mark.parametrize("text, target", [
    # the warned clause's subject is the threatener's own side: the threat aims at its condition's subject
    ("Li Peng warned that Beijing would not sit idly by if Taiwan moved towards independence.", "TWN"),
    ("The White House warned that the tariffs could be reinstated if Mexico failed to stop migrants.", "MEX"),
    # or at whom the warned act would be done to
    ("The Dutch government warned that it would hold Russia accountable for the downing.", "RUS"),
])
def test_a_threat_aims_at_the_party_its_warned_clause_acts_on(code_text, text, target):
    [threat] = [e for e in code_text(text, date="1996-03-08") if e.trigger.text == "warned"]
    assert threat.root == "13" and threat.target is not None and threat.target.code.startswith(target)


@pytest.mark.parametrize("governor, negated", [
    ("rush/VERB/ROOT/3/rush", True),  # "would not rush to expel the envoy": not done
    ("wait/VERB/ROOT/3/wait", False),  # "would not wait to expel the envoy": done at once, as "hesitate"
])
def test_an_infinitive_under_a_negated_governor_of_no_known_kind_is_negated(governor, negated):
    spec = (f"Iraq/PROPN/nsubj/3 would/AUX/aux/3 not/PART/neg/3 {governor} to/PART/aux/5 expel/VERB/xcomp/3/expel "
            "the/DET/det/7 envoy/NOUN/dobj/5")
    assert ("negated" in clauses.mood(parsed(spec), 5).aux_modes) is negated


def test_a_protest_on_a_condition_is_a_threat_of_it():
    """"would organise street protests if the president tried to form a government": 133, as coercion
    on a condition is a threat; a protest only planned stays the protest."""
    assert modal_code("1411", ("future", "conditional")) == "133"
    assert modal_code("143", ("future",)) == "143"
    assert modal_code("143", ("hypothetical", "conditional")) is None  # "a stoppage could come if ..."


def test_a_while_clause_after_a_comma_is_set_against_a_supposed_clause_not_timed_by_it():
    """"would not change course, while a minister accused Brussels": the accusation is told as fact;
    "would not stand by while Hamas attacked" is timed by the supposed clause, supposed too."""
    spec = ("Warsaw/PROPN/nsubj/3 would/AUX/aux/3 not/PART/neg/3 change/VERB/ROOT/3 course/NOUN/dobj/3 "
            ",/PUNCT/punct/3 while/SCONJ/mark/8 ministers/NOUN/nsubj/8/minister accused/VERB/advcl/3/accuse/VBD "
            "Brussels/PROPN/dobj/8")
    assert "hypothetical" not in clauses.mood(parsed(spec), 8).aux_modes
    timed = spec.replace(",/PUNCT/punct/3 ", "and/CCONJ/cc/3 ")
    assert "hypothetical" in clauses.mood(parsed(timed), 8).aux_modes


@pytest.mark.parametrize("text, expected", [
    # what a binding decision says is to be done is the decider's act, no demand of it
    ("LONDON, Feb 24 (Wire) - The court ordered that the opposition leader be released.", [("0841", "GBRJUD")]),
    ("LONDON, Feb 24 (Wire) - A British judge ruled on Thursday that Assange should be extradited to Sweden.",
     [("063", "GBRJUD")]),
    ("LONDON, Feb 24 (Wire) - The court did not order that the leader be released.", []),
])
def test_a_passive_a_binding_decision_says_is_to_be_done_is_the_deciders_act(code_text, text, expected):
    assert [(e.code, e.source.code) for e in code_text(text, date="2011-02-24")] == expected


def test_what_a_text_of_rules_allows_is_provided_for_not_done():
    pact = parsed("the/DET/det/1 pact/NOUN/nsubj/6 allowing/VERB/acl/1/allow/VBG troops/NOUN/nsubj/5/troop "
                  "to/PART/aux/5 return/VERB/ccomp/2/return/VB was/AUX/ROOT/6/be/VBD")
    assert "hypothetical" in clauses.mood(pact, 5).aux_modes
    agreed = parsed("Iran/PROPN/nsubj/1 let/VERB/ROOT/1/let inspectors/NOUN/nsubj/3/inspector "
                    "return/VERB/ccomp/1/return/VB")
    assert "hypothetical" not in clauses.mood(agreed, 3).aux_modes


@pytest.mark.parametrize("root, content, expected", [
    ("02", "0841", "0253"),  # urged to release the prisoners
    ("10", "0874", "1056"),  # demanded that the troops withdraw
    ("02", "046", "026"),  # urged to hold talks
    ("10", "0834", "1044"),  # demanded elections
    ("02", "190", None),  # "urged the army to attack": no appeal code names force
    ("11", "0841", None),  # criticism takes no code from its topic
])
def test_an_appeal_or_a_demand_takes_the_code_of_what_it_asks_for(root, content, expected):
    from newsevents.events.modality import requested_code

    assert requested_code(root, content) == expected


def test_the_coder_codes_an_appeal_by_the_act_it_asks_for(code_text):
    [demand] = [e for e in code_text("Reporters Without Borders demanded that Russian authorities free him.",
                                     "2023-03-30") if e.root == "10"]
    assert demand.code == "1053" and "asked-code" in demand.steps


def test_a_verb_hangs_from_its_governor_through_complements_only():
    sentence = parsed("Turkey/PROPN/nsubj/1 urged/VERB/ROOT/1/urge Russia/PROPN/dobj/1 to/PART/aux/4 "
                      "hold/VERB/xcomp/1 talks/NOUN/dobj/4/talk")
    assert clauses.governed_by(sentence, 4, 1)
    assert not clauses.governed_by(sentence, 5, 1)  # the noun is an object, not a complement


def test_every_code_the_request_table_names_is_in_the_ontology_and_a_bad_row_is_named(tmp_path, monkeypatch):
    from newsevents.errors import DataFileError
    from newsevents.events import modality
    from newsevents.ontology import load_ontology

    codes = set(load_ontology().codes)
    named = {code for row in modality.requested_codes().values() for code in row.values()}
    assert named and named <= codes, sorted(named - codes)
    table = tmp_path / "requested_codes.tsv"
    table.write_text("content\tappeal\tdemand\tnote\n084\t0253\t1053\tok\n085\t1054\t0254\tswapped\n",
                     encoding="utf-8")
    monkeypatch.setattr(modality, "package_data", lambda package, name: table)
    modality.requested_codes.cache_clear()
    try:
        with pytest.raises(DataFileError) as raised:
            modality.requested_codes()
    finally:
        modality.requested_codes.cache_clear()
    assert "line 3" in str(raised.value)


def test_what_a_body_clears_a_party_to_do_is_the_partys_act(code_text):
    [imposed] = [e for e in code_text("The World Trade Organization cleared the United States to impose tariffs "
                                      "on European goods.", "2019-10-02") if e.root == "16"]
    assert imposed.source.code.startswith("USA") and imposed.code == "163"


def test_a_spoken_act_beside_a_reported_state_is_the_reporters(code_text):
    """"said the police had been unable to control the violence and urged the minister": the one who
    said it urged, not the police; beside a reported act the shared subject still acts."""
    [urged] = [e for e in code_text("Chief Minister Arvind Kejriwal said the police had been unable to control the "
                                    "violence and urged Home Minister Amit Shah to call in the army.", "2020-02-26")
               if e.root == "02"]
    assert urged.source.code == "INDGOV" and "COP" not in urged.source.code
    [demanded] = [e for e in code_text("Police said the protesters had blocked roads and demanded the resignation "
                                       "of the governor.", "2020-02-26") if e.root == "10"]
    assert demanded.source.code.endswith("CVL")


def test_a_denied_gerund_is_denied_not_refused():
    """"denied giving refuge to Ocalan": the giving is denied (016 on "denied"), not refused (12x)."""
    gave = parsed("Syria/PROPN/nsubj/1 denied/VERB/ROOT/1/deny giving/VERB/xcomp/1/give/VBG "
                  "refuge/NOUN/dobj/2/refuge")
    mood = clauses.mood(gave, 2)
    assert "negated" in mood.aux_modes and not mood.refused
    refused = parsed("Syria/PROPN/nsubj/1 refused/VERB/ROOT/1/refuse to/PART/aux/3 give/VERB/xcomp/1/give/VB "
                     "refuge/NOUN/dobj/3/refuge")
    assert clauses.mood(refused, 3).refused


def test_a_clause_after_and_that_the_parse_hangs_on_a_denial_is_not_denied():
    """"Moscow denies that the missile breaches the treaty, and Ryabkov accused Washington"."""
    sentence = parsed("Moscow/PROPN/nsubj/1 denies/VERB/ROOT/1/deny that/SCONJ/mark/4 the/DET/det/4 "
                      "missile/NOUN/nsubj/5 breaches/VERB/ccomp/1/breach the/DET/det/7 treaty/NOUN/dobj/5 "
                      ",/PUNCT/punct/5 and/CCONJ/cc/5 Ryabkov/PROPN/nsubj/11 accused/VERB/ccomp/1/accuse "
                      "Washington/PROPN/dobj/11")
    assert "negated" in clauses.mood(sentence, 5).aux_modes
    assert "negated" not in clauses.mood(sentence, 11).aux_modes


def test_a_warning_of_what_an_act_told_will_bring_is_no_threat(code_text):
    [warned] = [e for e in code_text("Press freedom groups warned that his detention would have a chilling effect.",
                                     "2023-03-30") if e.trigger.text == "warned"]
    assert warned.code == "012"
    [threat] = [e for e in code_text("Britain warned that sanctions would follow.", "2023-03-30")
                if e.trigger.text == "warned"]
    assert threat.code == "130"
    # what an act or a state of things would be or bring, said of no party, is foretold too
    for text in ("Aid agencies warned that a Ugandan pullout could lead to more massacres.",
                 "The minister warned that military pressure on Pyongyang would be counterproductive."):
        [foretold] = [e for e in code_text(text, "2002-09-06") if e.trigger.text == "warned"]
        assert foretold.code == "012"
    # what any attack on the speaker would meet deters it: a threat
    [deterred] = [e for e in code_text("Niger's junta warned that any attack on Niger would not be a walk in the park.",
                                       "2023-08-25") if e.trigger.text == "warned"]
    assert deterred.code == "130"


def test_a_spoken_act_beside_a_reported_clause_that_would_ask_of_itself_is_the_reporters(code_text):
    [demand] = [e for e in code_text("Labour leader Keir Starmer told parliament that the prime minister was "
                                     "presiding over a government in collapse and demanded that he resign "
                                     "immediately.", "2022-07-06") if e.root == "10"]
    assert demand.source.code == "GBROPP" and demand.target.code.startswith("GBR")


@pytest.mark.parametrize("spec, verb, negated", [
    # "prevented the envoy from meeting Arafat": kept from happening
    ("Troops/NOUN/nsubj/1/troop prevented/VERB/ROOT/1/prevent the/DET/det/3 envoy/NOUN/dobj/1 "
     "from/ADP/prep/1 meeting/VERB/pcomp/4/meet Arafat/PROPN/dobj/5", 5, True),
    ("Police/NOUN/nsubj/1 barred/VERB/ROOT/1/bar leaders/NOUN/dobj/1/leader from/ADP/prep/1 "
     "holding/VERB/pcomp/3/hold a/DET/det/6 rally/NOUN/dobj/4", 4, True),
    # "from" after another verb is where something comes from, not a prevention
    ("Troops/NOUN/nsubj/1/troop withdrew/VERB/ROOT/1/withdraw from/ADP/prep/1 "
     "besieging/VERB/pcomp/2/besiege the/DET/det/5 town/NOUN/dobj/3", 3, False),
])
def test_an_act_a_verb_of_prevention_keeps_from_happening_is_not_done(spec, verb, negated):
    assert ("negated" in clauses.mood(parsed(spec), verb).aux_modes) == negated


def test_no_longer_negates_its_verb():
    spec = ("Turkey/PROPN/nsubj/4 would/AUX/aux/4 no/ADV/neg/3 longer/ADV/advmod/4 stop/VERB/ROOT/4 "
            "refugees/NOUN/dobj/4/refugee")
    assert "negated" in clauses.mood(parsed(spec), 4).aux_modes
    longer = spec.replace("no/ADV/neg/3 ", "still/ADV/advmod/4 ")
    assert "negated" not in clauses.mood(parsed(longer), 4).aux_modes


def test_a_past_tense_hung_on_a_prevented_gerund_is_not_prevented():
    """'were preventing food from entering the town and accused rebels': the parse makes 'accused'
    the gerund's conjunct; a past tense is none, and is not kept from happening."""
    spec = ("fighters/NOUN/nsubj/1/fighter preventing/VERB/ROOT/1/prevent/VBG food/NOUN/dobj/1 "
            "from/ADP/prep/1 entering/VERB/pcomp/3/enter/VBG town/NOUN/dobj/4 and/CCONJ/cc/4 "
            "accused/VERB/conj/4/accuse/VBD rebels/NOUN/dobj/7/rebel")
    sentence = parsed(spec)
    assert "negated" in clauses.mood(sentence, 4).aux_modes
    assert "negated" not in clauses.mood(sentence, 7).aux_modes
    occupying = parsed(spec.replace("accused/VERB/conj/4/accuse/VBD", "occupying/VERB/conj/4/occupy/VBG"))
    assert "negated" in clauses.mood(occupying, 7).aux_modes


@pytest.mark.parametrize("negation, mode", [("did/AUX/aux/3/do not/PART/neg/3 ", "threatened"), ("", "negated")])
def test_an_act_not_ruled_out_is_threatened_and_one_ruled_out_not_done(negation, mode):
    """'did not rule out breaking off relations': a threat (1313); 'ruled out breaking off relations':
    not done. The same for an event noun: 'would not rule out military action'."""
    offset = 2 if negation else 0
    gerund = parsed(f"Paris/PROPN/nsubj/{1 + offset} {negation}rule/VERB/ROOT/{1 + offset} "
                    f"out/ADP/prt/{1 + offset} breaking/VERB/xcomp/{1 + offset}/break")
    assert mode in clauses.mood(gerund, 3 + offset).aux_modes
    noun = parsed(f"Paris/PROPN/nsubj/{1 + offset} {negation}rule/VERB/ROOT/{1 + offset} "
                  f"out/ADP/prt/{1 + offset} military/ADJ/amod/{4 + offset} action/NOUN/dobj/{1 + offset}")
    assert mode in clauses.argument_mood(noun, 4 + offset).aux_modes


def test_what_a_claim_says_is_alleged_not_done():
    """'rejected accusations that Kigali was backing the rebels': the backing is what is claimed."""
    s = parsed("Rwanda/PROPN/nsubj/1//NNP/GPE rejected/VERB/ROOT/1/reject accusations/NOUN/dobj/1/accusation "
               "that/SCONJ/mark/6 Kigali/PROPN/nsubj/6//NNP/GPE was/AUX/aux/6/be backing/VERB/acl/2/back "
               "rebels/NOUN/dobj/6/rebel")
    assert "alleged" in clauses.mood(s, 6).aux_modes
    # a "that" clause on a noun of another kind is no claim: "the fact that troops entered"
    fact = parsed("Rwanda/PROPN/nsubj/1//NNP/GPE regretted/VERB/ROOT/1/regret the/DET/det/3 fact/NOUN/dobj/1/fact "
                  "that/SCONJ/mark/6 troops/NOUN/nsubj/6/troop had/AUX/aux/6/have entered/VERB/acl/3/enter")
    assert "alleged" not in clauses.mood(fact, 6).aux_modes


def test_what_no_evidence_says_is_not_done_and_what_evidence_says_is():
    """'found no evidence that Iraq had cooperated with al Qaeda': not done; 'had evidence that
    soldiers had killed 12 people': done, as the corpus codes both."""
    s = parsed("Officials/NOUN/nsubj/1/official found/VERB/ROOT/1/find no/DET/det/3/no sign/NOUN/dobj/1/sign "
               "that/SCONJ/mark/7 Iran/PROPN/nsubj/7//NNP/GPE had/AUX/aux/7/have supplied/VERB/acl/3/supply "
               "weapons/NOUN/dobj/7/weapon")
    assert "negated" in clauses.mood(s, 7).aux_modes
    found = parsed("Amnesty/PROPN/nsubj/1//NNP/ORG had/VERB/ROOT/1/have evidence/NOUN/dobj/1/evidence "
                   "that/SCONJ/mark/6 soldiers/NOUN/nsubj/6/soldier had/AUX/aux/6/have killed/VERB/acl/2/kill "
                   "people/NOUN/dobj/6/people")
    assert "negated" not in clauses.mood(found, 6).aux_modes



def test_an_order_to_the_states_own_forces_is_the_act_ordered_not_a_request():
    # "Morales ordered soldiers to occupy the fields"; "The court ordered the government to release them"
    own = parsed("Morales/PROPN/nsubj/1 ordered/VERB/ROOT/1/order soldiers/NOUN/dobj/1/soldier to/PART/aux/4 "
                 "occupy/VERB/xcomp/1/occupy the/DET/det/6 fields/NOUN/dobj/4/field")
    assert "requested" not in clauses.mood(own, 4).aux_modes
    court = parsed("court/NOUN/nsubj/1 ordered/VERB/ROOT/1/order the/DET/det/3 government/NOUN/dobj/1/government "
                   "to/PART/aux/5 release/VERB/xcomp/1/release them/PRON/dobj/5/they")
    assert "requested" in clauses.mood(court, 5).aux_modes


def test_an_order_to_own_troops_codes_the_act_ordered_and_no_demand(code_text):
    events = code_text("ALMATY, Jan 6 (Wire) - Kazakh President Kassym-Jomart Tokayev ordered troops to open fire "
                       "on protesters.", "2022-01-06")
    assert [e.root for e in events] and not [e for e in events if e.root == "10"]
    assert any(e.root in {"17", "19"} and e.source is not None and e.source.code.endswith("MIL") for e in events)


def test_helping_another_act_along_is_no_aid(code_text):
    """'Kushner, who helped broker the deal' had coded aid (070); helping with food is aid."""
    helped = code_text("Japan helped Indonesia rebuild the port.", "2017-06-05")
    assert not [e for e in helped if e.root == "07"]
    fed = code_text("Japan helped Indonesia with food and medicine.", "2017-06-05")
    assert [e.root for e in fed] == ["07"]


def test_an_act_ordered_of_own_forces_is_coded_as_ordered_not_as_its_threat(code_text):
    """'ordered security forces to hunt down the attackers': the classifier's mode head calls the act
    intended, which would make it a threat (137); ordered of the state's own forces, it is the act, 173."""
    events = code_text("ABUJA, June 26 (Wire) - President Muhammadu Buhari ordered security forces to hunt down "
                       "the attackers.", "2018-06-26")
    assert [e.code for e in events if e.trigger.text == "hunt"] == ["173"]


def test_a_word_of_praise_or_sympathy_offered_is_given_not_intended(code_text):
    """"offered his congratulations to Modi" congratulates him (051, done); "offered talks" still only
    intends them."""
    events = code_text("NEW DELHI (Wire) - Obama offered his congratulations to Modi on Friday.", "2014-05-17")
    assert [(e.code, e.aux_modes) for e in events if e.trigger.text == "congratulations"] == [("051", ())]


def test_what_a_party_is_accused_of_is_no_act_the_sentence_reports():
    """"accused Putin of ordering the poisoning": the accusation is the act, its gerund alleged (the
    corpus labels the accusation alone); the accuser had been coded as ordering it."""
    s = parsed("Navalnaya/PROPN/nsubj/1 accused/VERB/ROOT/1/accuse Putin/PROPN/dobj/1 of/ADP/prep/1 "
               "ordering/VERB/pcomp/3/order/VBG the/DET/det/6 poisoning/NOUN/dobj/4/poisoning")
    assert "alleged" in clauses.mood(s, 4).aux_modes
    # "protested against the arrest of": a gerund after another verb's "of" stays as it is
    other = parsed("Police/NOUN/nsubj/1/police spoke/VERB/ROOT/1/speak of/ADP/prep/1 "
                   "arresting/VERB/pcomp/2/arrest/VBG protesters/NOUN/dobj/3/protester")
    assert "alleged" not in clauses.mood(other, 3).aux_modes


def test_an_accusation_the_parse_hangs_on_the_denial_of_its_charge_is_not_denied(code_text):
    """"Navalnaya has accused Putin of ordering the poisoning, a charge the Kremlin denies": the parse
    makes the accusation the denial's clause; the denial has its own object, the charge, and the
    accusation stands (it had been dropped as denied)."""
    events = code_text("Yulia Navalnaya has accused Putin of ordering the poisoning, a charge the Kremlin denies.",
                       "2020-09-02")
    assert [(e.code[:3], e.source.code, e.target.code) for e in events if e.trigger.text == "accused"] == [
        ("112", "RUSELI", "RUSGOV")]
