"""Repairs of the small parser's systematic misparses (nlp/repairs.py), on hand-built parses."""

from __future__ import annotations

from dataclasses import replace

import pytest

from newsevents.events import clauses
from newsevents.nlp.repairs import repair

from .sentences import parsed

pytestmark = pytest.mark.issue(10)


def test_a_past_tense_read_as_a_modifier_is_the_clauses_verb():
    """"Myanmar's military seized power in a coup": the parse makes 'seized' an adjective on 'power'."""
    s = parsed("Myanmar/PROPN/poss/2 's/PART/case/0 military/ADJ/amod/4//JJ seized/VERB/amod/4/seize/VBD "
               "power/NOUN/ROOT/4/power/NN in/ADP/prep/4 a/DET/det/7 coup/NOUN/pobj/5/coup ./PUNCT/punct/4")
    tokens = repair(s.tokens)
    fixed = replace(s, tokens=tokens)
    assert (tokens[3].dep, tokens[3].head) == ("ROOT", 3)
    assert [fixed.tokens[i].text for i in clauses.subjects(fixed, 3)] == ["military"]
    assert [fixed.tokens[i].text for i in clauses.direct_objects(fixed, 3)] == ["power"]
    assert tokens[0].head == 2 and tokens[5].head == 3  # "Myanmar's" owns the subject; "in a coup" the act


def test_a_past_tense_with_its_own_subject_over_a_compound_object_is_the_clauses_verb():
    """"..., and the opposition blamed government forces": the parse hangs 'opposition' on 'blamed' and
    'blamed' on 'forces', past the compound 'government'."""
    s = parsed("Rockets/NOUN/nsubj/1/rocket hit/VERB/ROOT/1/hit/VBD towns/NOUN/dobj/1/town ,/PUNCT/punct/1 "
               "and/CCONJ/cc/1 the/DET/det/9 opposition/NOUN/npadvmod/7/opposition/NN "
               "blamed/VERB/amod/9/blame/VBD government/NOUN/compound/9/government/NN "
               "forces/NOUN/conj/1/force ./PUNCT/punct/1")
    fixed = replace(s, tokens=repair(s.tokens))
    assert (fixed.tokens[7].dep, fixed.tokens[7].head) == ("conj", 1)
    assert [fixed.tokens[i].text for i in clauses.subjects(fixed, 7)] == ["opposition"]
    assert [fixed.tokens[i].text for i in clauses.direct_objects(fixed, 7)] == ["forces"]
    assert fixed.tokens[5].head == 6 and fixed.tokens[8].head == 9  # "the opposition", "government forces"
    # a word between the verb and the noun that is not the noun's modifier leaves the parse alone
    apart = parsed("the/DET/det/1 opposition/NOUN/npadvmod/2/opposition/NN blamed/VERB/amod/5/blame/VBD "
                   "today/NOUN/npadvmod/2/today/NN government/NOUN/compound/5/government/NN "
                   "forces/NOUN/ROOT/5/force/NNS")
    assert repair(apart.tokens) == apart.tokens


def test_a_second_verb_after_and_read_as_a_modifier_is_coordinated_with_the_first():
    """"Garment workers blocked roads and vandalised factories": the parse makes 'vandalised' an
    adjective on 'factories' and coordinates the noun with 'blocked'."""
    s = parsed("Garment/NOUN/compound/1 workers/NOUN/nsubj/2/worker blocked/VERB/ROOT/2/block/VBD "
               "roads/NOUN/dobj/2/road and/CCONJ/cc/2 vandalised/VERB/amod/6/vandalise/VBN "
               "factories/NOUN/conj/2/factory ./PUNCT/punct/2")
    fixed = replace(s, tokens=repair(s.tokens))
    assert (fixed.tokens[5].dep, fixed.tokens[5].head, fixed.tokens[5].pos) == ("conj", 2, "VERB")
    assert [fixed.tokens[i].text for i in clauses.direct_objects(fixed, 5)] == ["factories"]
    assert [fixed.tokens[i].text for i in clauses.subjects(fixed, 5)] == ["workers"]
    # a participle on a noun coordinated with another noun is a real modifier ("trucks and abandoned
    # checkpoints")
    nouns = parsed("lined/VERB/ROOT/0/line/VBN with/ADP/prep/0 trucks/NOUN/pobj/1/truck and/CCONJ/cc/2 "
                   "abandoned/VERB/amod/5/abandon/VBN checkpoints/NOUN/conj/2/checkpoint")
    assert repair(nouns.tokens) == nouns.tokens


def test_a_participle_or_a_real_modifier_is_left_as_parsed():
    # "the ousted leader resigned": a participle (VBN) does modify its noun
    ousted = parsed("the/DET/det/2 ousted/VERB/amod/2/oust/VBN leader/NOUN/nsubj/3/leader/NN "
                    "resigned/VERB/ROOT/3/resign/VBD")
    assert repair(ousted.tokens) == ousted.tokens
    # a past tense before a noun that is another verb's subject is not rebuilt
    subject = parsed("the/DET/det/3 army/NOUN/compound/3/army/NN seized/VERB/amod/3/seize/VBD "
                     "weapons/NOUN/nsubjpass/5/weapon/NNS were/AUX/auxpass/5/be destroyed/VERB/ROOT/5/destroy/VBN")
    assert repair(subject.tokens) == subject.tokens


def test_a_name_hung_on_a_verb_as_a_modifier_is_its_subject():
    """"Erdogan Apologises to Putin": the headline's name is a compound of the verb."""
    s = parsed("Erdogan/PROPN/compound/1//NNP Apologises/VERB/ROOT/1/apologise/VBZ to/ADP/prep/1 "
               "Putin/PROPN/pobj/2//NNP")
    fixed = replace(s, tokens=repair(s.tokens))
    assert [fixed.tokens[i].text for i in clauses.subjects(fixed, 1)] == ["Erdogan"]
    # an adjective so hung names its subject too: "Assad Promises to Cooperate"
    adjective = parsed("Assad/ADJ/amod/1//JJ Promises/VERB/ROOT/1/promise/VBZ to/PART/aux/3 "
                       "Cooperate/VERB/xcomp/1/cooperate/VB")
    assert repair(adjective.tokens)[0].dep == "nsubj"
    # a verb with a subject keeps its modifiers as parsed; so does a participle
    subject = parsed("Israeli/ADJ/amod/2//JJ jets/NOUN/nsubj/2/jet struck/VERB/ROOT/2/strike/VBD")
    assert repair(subject.tokens) == subject.tokens
    participle = parsed("Iran/PROPN/compound/1//NNP backed/VERB/ROOT/1/back/VBN")
    assert repair(participle.tokens) == participle.tokens
    # a noun the tagger made a verb heads no clause: "struck a Bosnian Serb ammunition dump"
    dump = parsed("jets/NOUN/nsubj/1/jet struck/VERB/ROOT/1/strike/VBD a/DET/det/4 Serb/PROPN/compound/4//NNP "
                  "dump/VERB/dobj/1/dump/VBP")
    assert repair(dump.tokens) == dump.tokens


def test_a_name_read_as_an_adverbial_noun_before_a_verb_with_no_subject_is_its_subject():
    # "Katanga President Moise Tshombe accused the United Nations": 'Tshombe' hung on the verb as npadvmod;
    # a day so hung ("attacked the town Monday") stays
    s = parsed("President/PROPN/compound/2//NNP Moise/PROPN/compound/2//NNP/PERSON Tshombe/PROPN/npadvmod/3//NNP "
               "accused/VERB/ROOT/3/accuse/VBD Nations/PROPN/dobj/3//NNP/ORG")
    assert repair(s.tokens)[2].dep == "nsubj"
    day = parsed("Monday/PROPN/npadvmod/1//NNP/DATE rebels/NOUN/nsubj/2/rebel attacked/VERB/ROOT/2/attack/VBD")
    assert repair(day.tokens)[0].dep == "npadvmod"


def test_two_headline_subjects_joined_by_a_comma_are_coordinated():
    """"Obama, Putin Meet in Paris": the parse makes the first name an adverbial of the verb."""
    s = parsed("Obama/PROPN/npadvmod/3//NNP ,/PUNCT/punct/3 Putin/PROPN/nsubj/3//NNP Meet/VERB/ROOT/3/meet/VBP "
               "in/ADP/prep/3 Paris/PROPN/pobj/4//NNP")
    fixed = replace(s, tokens=repair(s.tokens))
    assert [fixed.tokens[i].text for i in clauses.subjects(fixed, 3)] == ["Obama", "Putin"]
    # "South Korea, Japan Sign Pact": a name of two words stays one
    two = parsed("South/PROPN/compound/1//NNP Korea/PROPN/nsubj/4//NNP ,/PUNCT/punct/4 Japan/PROPN/nsubj/4//NNP "
                 "Sign/VERB/ROOT/4/sign/VB Pact/NOUN/dobj/4/pact/NN")
    fixed = replace(two, tokens=repair(two.tokens))
    assert [fixed.tokens[i].text for i in clauses.subjects(fixed, 4)] == ["Korea", "Japan"]
    assert fixed.tokens[0].head == 1
    # prose: a lowercase verb after "Paris, France" is no headline's
    prose = parsed("Paris/PROPN/npadvmod/3//NNP ,/PUNCT/punct/3 France/PROPN/nsubj/3//NNP hosted/VERB/ROOT/3/host/VBD "
                   "talks/NOUN/dobj/3/talk")
    assert repair(prose.tokens) == prose.tokens


def test_a_sentence_case_headlines_plural_verb_after_two_names_joined_by_a_comma_has_both_as_subjects():
    """"Chile, Peru sign border accord": a plural present verb agrees with the two names, which prose
    would join with "and"; a past tense after two names stays as parsed (prose: "Paris, France hosted")."""
    s = parsed("Chile/PROPN/npadvmod/3//NNP ,/PUNCT/punct/3 Peru/PROPN/nsubj/3//NNP sign/VERB/ROOT/3/sign/VBP "
               "border/NOUN/compound/5/border accord/NOUN/dobj/3/accord")
    fixed = replace(s, tokens=repair(s.tokens))
    assert [fixed.tokens[i].text for i in clauses.subjects(fixed, 3)] == ["Chile", "Peru"]
    singular = parsed("Chile/PROPN/npadvmod/3//NNP ,/PUNCT/punct/3 Peru/PROPN/nsubj/3//NNP signs/VERB/ROOT/3/sign/VBZ "
                      "accord/NOUN/dobj/3/accord")
    assert repair(singular.tokens) == singular.tokens
    # the second subject may be a common noun with its adjective ("Manila, communist rebels agree ceasefire")
    common = parsed("Manila/PROPN/nsubj/4//NNP ,/PUNCT/punct/0 communist/ADJ/amod/3 rebels/NOUN/nsubj/4/rebel/NNS "
                    "agree/VERB/ROOT/4/agree/VBP ceasefire/NOUN/dobj/4/ceasefire")
    fixed = replace(common, tokens=repair(common.tokens))
    assert [fixed.tokens[i].text for i in clauses.subjects(fixed, 4)] == ["Manila", "rebels"]


@pytest.mark.parametrize("word,stem,lemma", [("staged", "stag", "stage"), ("hoped", "hop", "hope"),
                                             ("waging", "wag", "wage"), ("fined", "fin", "fine")])
def test_a_silent_e_verb_lemmatised_as_its_stem_gets_its_e_back(word, stem, lemma):
    """'staged a coup' was lemmatised 'stag', 'hoped to meet' 'hop': the light verb and the intent
    governor were lost."""
    tag = "VBG" if word.endswith("ing") else "VBD"
    s = parsed(f"Troops/NOUN/nsubj/1/troop {word}/VERB/ROOT/1/{stem}/{tag} it/PRON/dobj/1/it")
    assert repair(s.tokens)[1].lemma == lemma


@pytest.mark.parametrize("word,lemma", [("stopped", "stop"), ("visited", "visit"), ("showed", "show"),
                                        ("fixed", "fix"), ("rained", "rain")])
def test_a_verb_whose_stem_doubles_or_is_no_closed_syllable_keeps_its_lemma(word, lemma):
    s = parsed(f"Troops/NOUN/nsubj/1/troop {word}/VERB/ROOT/1/{lemma}/VBD it/PRON/dobj/1/it")
    assert repair(s.tokens)[1].lemma == lemma


@pytest.mark.parametrize("word,lemma", [("retook", "retake"), ("mistook", "mistake"), ("overrode", "override"),
                                        ("foresaw", "foresee")])
def test_a_prefixed_irregular_past_the_model_left_as_its_own_lemma_is_its_verbs_past(word, lemma):
    """'Government forces retook the town': the small model lemmatised 'retook' as itself and tagged it
    a present, so that no row of 'retake' matched."""
    s = parsed(f"Forces/NOUN/nsubj/1/force {word}/VERB/ROOT/1/{word}/VBP it/PRON/dobj/1/it")
    fixed = repair(s.tokens)[1]
    assert (fixed.lemma, fixed.tag) == (lemma, "VBD")


@pytest.mark.parametrize("word", ["rebound", "resent", "upset"])
def test_a_verb_of_its_own_that_begins_like_a_prefix_keeps_its_lemma(word):
    s = parsed(f"Prices/NOUN/nsubj/1/price {word}/VERB/ROOT/1/{word}/VBD")
    assert repair(s.tokens)[1].lemma == word


def test_a_past_tense_coordinated_with_an_infinitive_is_the_conjunct_of_the_past_tense_above_it():
    # "The envoy said the resolution would not help end the fighting and accused the West"
    s = parsed("envoy/NOUN/nsubj/1 said/VERB/ROOT/1/say/VBD resolution/NOUN/nsubj/5 would/AUX/aux/5//MD "
               "not/PART/neg/5//RB help/VERB/ccomp/1/help/VB end/VERB/xcomp/5/end/VB fighting/NOUN/dobj/6 "
               "and/CCONJ/cc/6 accused/VERB/conj/6/accuse/VBD West/PROPN/dobj/9")
    fixed = repair(s.tokens)
    assert (fixed[9].head, fixed[8].head) == (1, 1)
    # "threatened to close its border and cut off exports": 'cut' may be the infinitive, left as parsed
    cut = parsed("Turkey/PROPN/nsubj/1 threatened/VERB/ROOT/1/threaten/VBD to/PART/aux/3 close/VERB/xcomp/1/close/VB "
                 "border/NOUN/dobj/3 and/CCONJ/cc/3 cut/VERB/conj/3/cut/VBD exports/NOUN/dobj/6")
    assert repair(cut.tokens)[6].head == 3


def test_a_noun_coordinated_with_an_object_before_a_subjectless_past_tense_is_its_subject():
    # "Warships blockaded the coast and jets hit the port": 'jets' read as the coast's conjunct
    s = parsed("warships/NOUN/nsubj/1 blockaded/VERB/ROOT/1/blockade/VBD the/DET/det/3 coast/NOUN/dobj/1 "
               "and/CCONJ/cc/3 jets/NOUN/conj/3//NNS hit/VERB/conj/1/hit/VBD the/DET/det/8 port/NOUN/dobj/6")
    tokens = repair(s.tokens)
    fixed = replace(s, tokens=tokens)
    assert (tokens[5].dep, tokens[5].head, tokens[4].head) == ("nsubj", 6, 1)
    assert [fixed.tokens[i].text for i in clauses.subjects(fixed, 6)] == ["jets"]
    assert [fixed.tokens[i].text for i in clauses.direct_objects(fixed, 1)] == ["coast"]


def test_a_noun_before_a_past_tense_under_a_participle_is_left_as_parsed():
    # "Mobs armed with clubs and knives attacked migrants": 'armed' is no clause of its own
    s = parsed("mobs/NOUN/nsubj/1 armed/VERB/ROOT/1/arm/VBN with/ADP/prep/1 clubs/NOUN/pobj/2 and/CCONJ/cc/3 "
               "knives/NOUN/conj/3//NNS attacked/VERB/conj/1/attack/VBD migrants/NOUN/dobj/6")
    assert repair(s.tokens) == s.tokens


def test_a_date_between_a_reporting_verb_and_the_reported_subject_is_the_reporting_verbs():
    # "Congo said on Monday it would not renew the mandate"
    s = parsed("Congo/PROPN/nsubj/1 said/VERB/ROOT/1/say/VBD on/ADP/prep/6 Monday/PROPN/pobj/2//NNP/DATE "
               "it/PRON/nsubj/6 would/AUX/aux/6//MD renew/VERB/ccomp/1/renew/VB mandate/NOUN/dobj/6")
    assert repair(s.tokens)[2].head == 1
    # "said that on Monday it would ...": after 'that' the date is the reported clause's own
    inside = parsed("Congo/PROPN/nsubj/1 said/VERB/ROOT/1/say/VBD that/SCONJ/mark/7 on/ADP/prep/7 "
                    "Monday/PROPN/pobj/3//NNP/DATE it/PRON/nsubj/7 would/AUX/aux/7//MD renew/VERB/ccomp/1/renew/VB")
    assert repair(inside.tokens)[3].head == 7


def test_a_past_tense_hung_on_a_noun_root_is_the_root_and_the_noun_its_subject():
    # "Russia, which has close ties with Iran, called on the West to show restraint."
    s = parsed("Russia/PROPN/ROOT/0 ,/PUNCT/punct/0 which/PRON/nsubj/3//WDT has/VERB/relcl/0/have/VBZ "
               "ties/NOUN/dobj/3 ,/PUNCT/punct/0 called/VERB/acl/0/call/VBD on/ADP/prep/6 West/PROPN/pobj/7 "
               "./PUNCT/punct/0")
    tokens = repair(s.tokens)
    fixed = replace(s, tokens=tokens)
    assert (tokens[6].dep, tokens[0].dep, tokens[0].head, tokens[9].head) == ("ROOT", "nsubj", 6, 6)
    assert [fixed.tokens[i].text for i in clauses.subjects(fixed, 6)] == ["Russia"]
    # a participle is a modifier: "the refugees arrived" aside, "a reporter captured during a clash" stays
    captured = parsed("reporter/NOUN/ROOT/0 captured/VERB/acl/0/capture/VBN during/ADP/prep/1 clash/NOUN/pobj/2")
    assert repair(captured.tokens) == captured.tokens


def test_a_participle_after_a_relative_clause_on_a_noun_root_is_the_root():
    # "Hochstein, who has been shuttling between the capitals, called on both sides to ..."
    s = parsed("Hochstein/PROPN/ROOT/0 ,/PUNCT/punct/0 who/PRON/nsubj/3//WP shuttling/VERB/relcl/0/shuttle/VBG "
               ",/PUNCT/punct/0 called/VERB/acl/0/call/VBN on/ADP/prep/5 sides/NOUN/pobj/6")
    tokens = repair(s.tokens)
    assert (tokens[5].dep, tokens[5].tag, tokens[0].dep, tokens[0].head) == ("ROOT", "VBD", "nsubj", 5)


def test_a_past_tense_hung_inside_a_relative_clause_on_a_noun_root_is_the_root():
    # "Okada, who said he regretted the reaction, called on Beijing ...": the parse hangs "called" on "reaction"
    s = parsed("Okada/PROPN/ROOT/0 ,/PUNCT/punct/0 who/PRON/nsubj/3//WP said/VERB/relcl/0/say/VBD "
               "he/PRON/nsubj/5 regretted/VERB/ccomp/3/regret/VBD the/DET/det/7 reaction/NOUN/dobj/5 "
               ",/PUNCT/punct/7 called/VERB/acl/7/call/VBN on/ADP/prep/9 Beijing/PROPN/pobj/10")
    tokens = repair(s.tokens)
    assert (tokens[9].dep, tokens[9].tag, tokens[0].dep, tokens[0].head) == ("ROOT", "VBD", "nsubj", 9)
    assert tokens[3].head == 0  # the relative clause stays the noun's
    # a participle inside a relative clause with no comma before it modifies its noun
    kept = parsed("Okada/PROPN/ROOT/0 ,/PUNCT/punct/0 who/PRON/nsubj/3//WP saw/VERB/relcl/0/see/VBD "
                  "the/DET/det/5 men/NOUN/dobj/3 captured/VERB/acl/5/capture/VBN in/ADP/prep/6 Beijing/PROPN/pobj/7")
    assert repair(kept.tokens) == kept.tokens


def test_the_party_of_a_call_hung_on_its_means_of_contact_is_the_verbs():
    # "Minh spoke by telephone with Yang": the parse hangs "with Yang" on "telephone", "by" as an agent
    s = parsed("Minh/PROPN/nsubj/1 spoke/VERB/ROOT/1/speak/VBD by/ADP/agent/1 telephone/NOUN/pobj/2 "
               "with/ADP/prep/3 Yang/PROPN/pobj/4")
    tokens = repair(s.tokens)
    assert (tokens[4].head, tokens[2].dep) == (1, "prep")
    # "a letter with his signature" is no means of contact the list names: as parsed
    letter = parsed("Minh/PROPN/nsubj/1 wrote/VERB/ROOT/1/write/VBD by/ADP/prep/1 hand/NOUN/pobj/2 "
                    "with/ADP/prep/3 ink/NOUN/pobj/4")
    assert repair(letter.tokens) == letter.tokens


def test_an_infinitive_after_a_date_is_the_governors_complement_not_a_purpose():
    # "Iran threatened on Monday to close the strait"
    s = parsed("Iran/PROPN/nsubj/1 threatened/VERB/ROOT/1/threaten/VBD on/ADP/prep/1 Monday/PROPN/pobj/2//NNP/DATE "
               "to/PART/aux/5 close/VERB/advcl/1/close/VB strait/NOUN/dobj/5")
    assert repair(s.tokens)[5].dep == "xcomp"
    # "Tugboats worked through the night to free the vessel": a purpose
    worked = parsed("Tugboats/NOUN/nsubj/1 worked/VERB/ROOT/1/work/VBD through/ADP/prep/1 night/NOUN/pobj/2//NN/TIME "
                    "to/PART/aux/5 free/VERB/advcl/1/free/VB vessel/NOUN/dobj/5")
    assert repair(worked.tokens) == worked.tokens
    # "The scheme was agreed in 2015 to relieve pressure": a passive's infinitive is what for
    agreed = parsed("scheme/NOUN/nsubjpass/2 was/AUX/auxpass/2 agreed/VERB/ROOT/2/agree/VBN in/ADP/prep/2 "
                    "2015/NUM/pobj/3//CD/DATE to/PART/aux/6 relieve/VERB/advcl/2/relieve/VB pressure/NOUN/dobj/6")
    assert repair(agreed.tokens) == agreed.tokens
    # "threatened them on Monday to ...": only a date between the verb and its infinitive
    objects = parsed("Iran/PROPN/nsubj/1 threatened/VERB/ROOT/1/threaten/VBD them/PRON/dobj/1 "
                     "to/PART/aux/4 close/VERB/advcl/1/close/VB strait/NOUN/dobj/4")
    assert repair(objects.tokens) == objects.tokens


def test_an_active_past_tense_joined_to_a_reported_passive_is_the_reporting_verbs_second_act():
    # "The judge ordered that Abbasi be held in custody and rejected a request"
    s = parsed("judge/NOUN/nsubj/1 ordered/VERB/ROOT/1/order/VBD that/SCONJ/mark/5 Abbasi/PROPN/nsubjpass/5 "
               "be/AUX/auxpass/5//VB held/VERB/ccomp/1/hold/VBN and/CCONJ/cc/5 rejected/VERB/conj/5/reject/VBD "
               "request/NOUN/dobj/7")
    fixed = repair(s.tokens)
    assert (fixed[7].head, fixed[6].head) == (1, 1)
    # "Police said they had fired and killed two gunmen": an active first conjunct, left as parsed
    active = parsed("Police/NOUN/nsubj/1 said/VERB/ROOT/1/say/VBD they/PRON/nsubj/4 had/AUX/aux/4//VBD "
                    "fired/VERB/ccomp/1/fire/VBN and/CCONJ/cc/4 killed/VERB/conj/4/kill/VBD gunmen/NOUN/dobj/6")
    assert repair(active.tokens) == active.tokens


def test_a_description_read_as_the_root_over_a_relative_clause_with_a_named_subject_modifies_the_name():
    """"The opposition SPD accused Merkel": not "the opposition [that] the SPD accused"."""
    s = parsed("The/DET/det/1 opposition/NOUN/ROOT/1 SPD/PROPN/nsubj/3//NNP accused/VERB/relcl/1/accuse/VBD "
               "Merkel/PROPN/dobj/3//NNP ./PUNCT/punct/1")
    fixed = repair(s.tokens)
    assert (fixed[3].dep, fixed[1].dep, fixed[1].head, fixed[5].head) == ("ROOT", "compound", 2, 3)
    # a relative clause with its own pronoun stays one: "the opposition that the SPD accused"
    with_pronoun = parsed("The/DET/det/1 opposition/NOUN/ROOT/1 that/PRON/dobj/4 SPD/PROPN/nsubj/4//NNP "
                          "accused/VERB/relcl/1/accuse/VBD")
    assert repair(with_pronoun.tokens) == with_pronoun.tokens


def test_a_first_noun_phrase_read_as_a_modifier_of_the_second_is_its_conjunct():
    """"The Philippine government and communist rebels agreed": the parse hangs 'government' on
    'rebels' (nmod) and 'communist' on 'government' (conj); two parties, not one."""
    s = parsed("The/DET/det/5 Philippine/ADJ/amod/2//JJ government/NOUN/nmod/5 and/CCONJ/cc/2 "
               "communist/ADJ/conj/2//JJ rebels/NOUN/nsubj/6/rebel agreed/VERB/ROOT/6/agree")
    fixed = replace(s, tokens=repair(s.tokens))
    assert [fixed.tokens[i].text for i in clauses.subjects(fixed, 6)] == ["government", "rebels"]
    assert (fixed.tokens[4].dep, fixed.tokens[4].head) == ("amod", 5) and fixed.tokens[0].head == 2
    # "the defence and foreign ministries": modifiers of one head, left as parsed
    one = parsed("The/DET/det/4 defence/NOUN/nmod/4 and/CCONJ/cc/1 foreign/ADJ/conj/1//JJ "
                 "ministries/NOUN/nsubj/5/ministry issued/VERB/ROOT/5/issue")
    assert repair(one.tokens) == one.tokens
    # "Thai and Cambodian troops": two nationalities of one head, left as parsed
    troops = parsed("Thai/PROPN/compound/3//NNP/NORP and/CCONJ/cc/0 Cambodian/ADJ/conj/0//JJ "
                    "troops/NOUN/nsubj/4/troop clashed/VERB/ROOT/4/clash")
    assert repair(troops.tokens) == troops.tokens


def test_a_titled_name_read_as_a_modifier_of_a_second_titled_name_is_its_conjunct():
    """"Army chief General Bajwa and Afghan President Ashraf Ghani discussed": the parse hangs 'Bajwa' on
    'Ghani' (nmod) and 'President' on 'Bajwa' (conj); two parties, each with its own title."""
    s = parsed("army/NOUN/compound/1 chief/NOUN/nmod/8 General/PROPN/nmod/3//NNP Bajwa/PROPN/nmod/8//NNP/PERSON "
               "and/CCONJ/cc/3 Afghan/PROPN/amod/6//NNP/NORP President/PROPN/conj/3//NNP "
               "Ashraf/PROPN/compound/8//NNP/PERSON Ghani/PROPN/nsubj/9//NNP/PERSON discussed/VERB/ROOT/9/discuss/VBD "
               "security/NOUN/dobj/9")
    fixed = replace(s, tokens=repair(s.tokens))
    assert [fixed.tokens[i].text for i in clauses.subjects(fixed, 9)] == ["Bajwa", "Ghani"]
    assert (fixed.tokens[6].dep, fixed.tokens[6].head) == ("compound", 8) and fixed.tokens[1].head == 3
    # "The Justice and Equality Movement": words of one name, no persons, left as parsed
    name = parsed("The/DET/det/4 Justice/PROPN/nmod/4//NNP/ORG and/CCONJ/cc/1 Equality/PROPN/conj/1//NNP/ORG "
                  "Movement/PROPN/nsubj/5//NNP/ORG attacked/VERB/ROOT/5/attack/VBD")
    assert repair(name.tokens) == name.tokens


def test_a_noun_read_as_a_clause_is_the_verbs_object():
    """"Maliki welcomed the U.S. strikes on Friday": tagged a plural noun, 'strikes' hangs on the verb as
    a clause; it is the welcome's object. A real clause with a "that" of its own is left as parsed."""
    s = parsed("Maliki/PROPN/nsubj/1//NNP welcomed/VERB/ROOT/1/welcome/VBD the/DET/det/3 U.S./PROPN/compound/4//NNP "
               "strikes/NOUN/ccomp/1/strike/NNS on/ADP/prep/1 Friday/PROPN/pobj/5//NNP")
    assert repair(s.tokens)[4].dep == "dobj"
    clause = parsed("Russia/PROPN/nsubj/1//NNP demanded/VERB/ROOT/1/demand/VBD that/SCONJ/mark/4//IN "
                    "the/DET/det/4 troops/NOUN/ccomp/1/troop/NNS inside/ADP/prep/4 surrender/NOUN/pobj/5")
    assert repair(clause.tokens) == clause.tokens


def test_a_rebuttal_read_as_the_root_is_a_relative_clause_on_the_charge():
    """"Kabila accused Rwanda of backing the rebels, a charge Kigali denied": the accusation is the root,
    Kigali the denial's subject; with a subject of its own before it, a denial stays the root."""
    s = parsed("Kabila/PROPN/nsubj/1//NNP accused/VERB/ccomp/10/accuse/VBD Rwanda/PROPN/dobj/1//NNP "
               "of/ADP/prep/1 backing/VERB/pcomp/3/back/VBG rebels/NOUN/dobj/4/rebel/NNS ,/PUNCT/punct/10 "
               "a/DET/det/8 charge/NOUN/nsubj/10/charge Kigali/PROPN/appos/8//NNP denied/VERB/ROOT/10/deny/VBD "
               "./PUNCT/punct/10")
    fixed = repair(s.tokens)
    assert [(fixed[i].dep, fixed[i].head) for i in (1, 8, 9, 10, 11)] == [
        ("ROOT", 1), ("npadvmod", 1), ("nsubj", 10), ("relcl", 8), ("punct", 1)]
    plain = parsed("Kigali/PROPN/nsubj/1//NNP denied/VERB/ROOT/1/deny/VBD the/DET/det/3 charge/NOUN/dobj/1/charge")
    assert repair(plain.tokens) == plain.tokens


def test_a_participle_after_an_attribution_continues_the_reported_clause():
    """"Jets bombed Hargeisa, a spokesman said, killing 12 civilians": the jets killed them; "..., a
    spokesman said, adding details" is the speaker's own."""
    s = parsed("jets/NOUN/nsubj/1/jet bombed/VERB/ccomp/6/bomb/VBD Hargeisa/PROPN/dobj/1//NNP ,/PUNCT/punct/6 "
               "a/DET/det/5 spokesman/NOUN/nsubj/6 said/VERB/ROOT/6/say/VBD ,/PUNCT/punct/6 "
               "killing/VERB/advcl/6/kill/VBG civilians/NOUN/dobj/8/civilian/NNS")
    assert repair(s.tokens)[8].head == 1
    adding = parsed("jets/NOUN/nsubj/1/jet bombed/VERB/ccomp/6/bomb/VBD Hargeisa/PROPN/dobj/1//NNP "
                    ",/PUNCT/punct/6 a/DET/det/5 spokesman/NOUN/nsubj/6 said/VERB/ROOT/6/say/VBD ,/PUNCT/punct/6 "
                    "adding/VERB/advcl/6/add/VBG details/NOUN/dobj/8/detail/NNS")
    assert repair(adding.tokens) == adding.tokens


def test_a_titles_apposed_name_is_the_title_not_a_second_party_of_a_list():
    """"Army chief Qamar Bajwa and President Ghani": 'Bajwa' apposed to 'chief', 'Ghani' its conjunct;
    the chief and Bajwa are one man, so the subjects are the chief and Ghani."""
    s = parsed("army/NOUN/compound/1 chief/NOUN/nsubj/6 Qamar/PROPN/compound/3//NNP/PERSON "
               "Bajwa/PROPN/appos/1//NNP/PERSON and/CCONJ/cc/3 Ghani/PROPN/conj/3//NNP/PERSON "
               "discussed/VERB/ROOT/6/discuss/VBD")
    assert [s.tokens[i].text for i in clauses.conjuncts(s, 1)] == ["chief", "Ghani"]
    # "The US, Russia and Switzerland": an apposed name with a conjunct of its own is in the list
    names = parsed("The/DET/det/1 US/PROPN/nsubj/6//NNP/GPE ,/PUNCT/punct/1 Russia/PROPN/appos/1//NNP/GPE "
                   "and/CCONJ/cc/3 Switzerland/PROPN/conj/3//NNP/GPE agreed/VERB/ROOT/6/agree/VBD")
    assert [names.tokens[i].text for i in clauses.conjuncts(names, 1)] == ["US", "Russia", "Switzerland"]
    states = parsed("the/DET/det/2 Syrian/ADJ/amod/2//JJ/NORP government/NOUN/dobj/8 ,/PUNCT/punct/2 "
                    "Russia/PROPN/appos/2//NNP/GPE and/CCONJ/cc/4 Iran/PROPN/conj/4//NNP/GPE accused/VERB/ROOT/8/accuse")
    assert [states.tokens[i].text for i in clauses.conjuncts(states, 2)] == ["government", "Russia", "Iran"]


def test_an_attributions_subject_read_as_a_conjunct_of_the_reported_object_is_its_subject():
    """"Gunmen kidnapped four workers, police and company officials said": the police and the officials
    said it; they were not kidnapped."""
    s = parsed("Gunmen/NOUN/nsubj/1/gunman kidnapped/VERB/ccomp/8/kidnap/VBD four/NUM/nummod/3 "
               "workers/NOUN/dobj/1/worker ,/PUNCT/punct/3 police/NOUN/conj/3 and/CCONJ/cc/5 "
               "officials/NOUN/conj/5/official said/VERB/ROOT/8/say/VBD ./PUNCT/punct/8")
    fixed = replace(s, tokens=repair(s.tokens))
    assert [fixed.tokens[i].text for i in clauses.direct_objects(fixed, 1)] == ["workers"]
    assert [fixed.tokens[i].text for i in clauses.subjects(fixed, 8)] == ["police", "officials"]
    # a list inside the reported clause, before no verb of saying, is left as parsed
    listed = parsed("Gunmen/NOUN/nsubj/1/gunman kidnapped/VERB/ROOT/1/kidnap/VBD workers/NOUN/dobj/1/worker "
                    ",/PUNCT/punct/2 police/NOUN/conj/2 and/CCONJ/cc/4 officials/NOUN/conj/4/official")
    assert repair(listed.tokens) == listed.tokens


def test_a_subject_read_as_a_conjunct_of_the_first_verb_is_the_next_verbs():
    """"Kigali denies the charge, and Kagame last week urged Nkurunziza": the parse coordinates
    'Kagame' with 'denies' and hangs 'urged' on it, denied and with no subject."""
    s = parsed("Kigali/PROPN/nsubj/1 denies/VERB/ROOT/1/deny/VBZ the/DET/det/3 charge/NOUN/dobj/1 "
               ",/PUNCT/punct/1 and/CCONJ/cc/1 Kagame/PROPN/conj/1//NNP last/ADJ/amod/8 week/NOUN/npadvmod/9 "
               "urged/VERB/ccomp/1/urge/VBD Nkurunziza/PROPN/dobj/9")
    fixed = replace(s, tokens=repair(s.tokens))
    assert [fixed.tokens[i].text for i in clauses.subjects(fixed, 9)] == ["Kagame"]
    assert fixed.tokens[9].dep == "conj" and "negated" not in clauses.mood(fixed, 9).aux_modes


def test_a_headline_past_participle_with_no_object_is_a_passive():
    """"Imran Khan arrested at court": the man was arrested; prose ending as a sentence stays active."""
    s = parsed("Imran/PROPN/compound/1 Khan/PROPN/nsubj/2 arrested/VERB/ROOT/2/arrest/VBN at/ADP/prep/2 "
               "court/NOUN/pobj/3")
    fixed = replace(s, tokens=repair(s.tokens))
    assert clauses.is_passive(fixed, 2) and clauses.subjects(fixed, 2) == []
    prose = parsed("Police/NOUN/nsubj/1/police arrested/VERB/ROOT/1/arrest/VBD at/ADP/prep/1 court/NOUN/pobj/2 "
                   "./PUNCT/punct/1")
    assert repair(prose.tokens) == prose.tokens
    # "Haitian President Moise assassinated at home"
    killed = parsed("President/PROPN/compound/1 Moise/PROPN/nsubj/2 assassinated/VERB/ROOT/2/assassinate/VBD "
                    "at/ADP/prep/2 home/NOUN/pobj/3")
    fixed = replace(killed, tokens=repair(killed.tokens))
    assert clauses.is_passive(fixed, 2) and clauses.subjects(fixed, 2) == []


def test_the_family_name_he_after_a_given_name_is_a_name_not_a_pronoun():
    """"Vice Premier Liu He met Mnuchin": He is Liu He's family name; a sentence's own "He" stays a pronoun."""
    s = parsed("Premier/PROPN/compound/2 Liu/PROPN/compound/2 He/PRON/nsubj/3/he/PRP met/VERB/ROOT/3/meet "
               "Mnuchin/PROPN/dobj/3")
    assert repair(s.tokens)[2].pos == "PROPN"
    alone = parsed("He/PRON/nsubj/1/he/PRP met/VERB/ROOT/1/meet Mnuchin/PROPN/dobj/1")
    assert repair(alone.tokens) == alone.tokens


def test_a_speakers_second_act_joined_to_what_was_said_is_the_speakers():
    """"The office said Ukraine was ready to allow observers and called on Moscow ...": the appeal is the
    office's; "said the gunmen had attacked the village and killed five" stays what was said."""
    s = parsed("Office/NOUN/nsubj/1/office said/VERB/ROOT/1/say/VBD Ukraine/PROPN/nsubj/3 was/AUX/ccomp/1/be/VBD "
               "ready/ADJ/acomp/3/ready to/PART/aux/6 allow/VERB/xcomp/4/allow/VB observers/NOUN/dobj/6/observer "
               "and/CCONJ/cc/6 called/VERB/conj/6/call/VBD on/ADP/prep/9 Moscow/PROPN/pobj/10")
    fixed = repair(s.tokens)
    assert (fixed[9].head, fixed[8].head) == (1, 1)
    killed = parsed("Police/NOUN/nsubj/1/police said/VERB/ROOT/1/say/VBD gunmen/NOUN/nsubj/4/gunman had/AUX/aux/4/have "
                    "attacked/VERB/ccomp/1/attack/VBN village/NOUN/dobj/4 and/CCONJ/cc/4 killed/VERB/conj/4/kill/VBD "
                    "people/NOUN/dobj/7")
    assert repair(killed.tokens)[7].head == 4
    # nor through a relative clause: "Tikhanovskaya, who had rejected the results and demanded a recount,
    # fled, her campaign said"
    relative = parsed("Tikhanovskaya/PROPN/nsubj/6 who/PRON/nsubj/3 had/AUX/aux/3/have "
                      "rejected/VERB/relcl/0/reject/VBN and/CCONJ/cc/3 demanded/VERB/conj/3/demand/VBD "
                      "fled/VERB/ccomp/8/flee/VBD "
                      "campaign/NOUN/nsubj/8/campaign said/VERB/ROOT/8/say/VBD")
    assert repair(relative.tokens)[5].head == 3


def test_the_on_phrase_hung_on_what_is_blamed_is_the_verb_of_blamings():
    """"The government blames the attack on the ELN": whom it blames, not what the attack was on."""
    s = parsed("government/NOUN/nsubj/1/government blames/VERB/ROOT/1/blame the/DET/det/3 attack/NOUN/dobj/1/attack "
               "on/ADP/prep/3 the/DET/det/6 ELN/PROPN/pobj/4/eln")
    assert repair(s.tokens)[4].head == 1
    # an attack condemned keeps its target
    condemned = parsed("government/NOUN/nsubj/1/government condemned/VERB/ROOT/1/condemn the/DET/det/3 "
                       "attack/NOUN/dobj/1/attack on/ADP/prep/3 the/DET/det/6 convoy/NOUN/pobj/4/convoy")
    assert repair(condemned.tokens)[4].head == 3


def test_the_party_an_act_is_blamed_on_is_accused(code_text):
    events = code_text("BOGOTA (Wire) - The government blames the attack on the ELN.", "2019-01-20")
    assert [(e.code, e.target.code if e.target else None) for e in events if e.trigger.text == "blames"] == [
        ("112", "COLREB")]


def test_a_title_written_short_is_read_as_the_title():
    """"Gen. Mark Kimmitt", "Sen. John Smith": the abbreviation's lemma is the title it abbreviates."""
    s = parsed("Gen./PROPN/compound/2/gen. Mark/PROPN/compound/2 Kimmitt/PROPN/nsubj/3 condemned/VERB/ROOT/3/condemn")
    tokens = repair(s.tokens)
    assert [t.lemma for t in tokens[:2]] == ["general", "mark"]


def test_a_general_named_by_a_title_written_short_is_the_military(code_text):
    events = code_text("BAGHDAD (Wire) - Gen. Mark Kimmitt condemned the insurgents on Wednesday.", "2004-04-01")
    assert [(e.code, e.source.code[3:]) for e in events] == [("111", "MIL")]


def test_a_participle_after_a_comma_read_as_a_modifier_of_the_verbs_object_is_the_verbs_adjunct():
    """"militants rampaged through the city, burning buildings and taking hostages": the parse makes
    'burning' an adjective on 'buildings', the object of 'rampaged'; an object does not follow the
    comma that parts it from its verb."""
    s = parsed("militants/NOUN/nsubj/1/militant rampaged/VERB/ROOT/1/rampage/VBD through/ADP/prep/1 "
               "city/NOUN/pobj/2 ,/PUNCT/punct/1 burning/VERB/amod/6/burn/VBG buildings/NOUN/dobj/1/building "
               "and/CCONJ/cc/6 taking/VERB/conj/6/take/VBG hostages/NOUN/dobj/8/hostage")
    fixed = replace(s, tokens=repair(s.tokens))
    assert (fixed.tokens[5].dep, fixed.tokens[5].head) == ("advcl", 1)
    assert [fixed.tokens[i].text for i in clauses.direct_objects(fixed, 5)] == ["buildings"]
    assert (fixed.tokens[8].dep, fixed.tokens[8].head) == ("conj", 5)
    assert clauses.direct_objects(fixed, 1) == []
    # without the comma the object is the verb's ("set burning tyres on the road")
    plain = parsed("they/PRON/nsubj/1 set/VERB/ROOT/1/set/VBD burning/VERB/amod/3/burn/VBG tyres/NOUN/dobj/1/tyre")
    assert repair(plain.tokens) == plain.tokens


def test_a_past_tense_coordinated_with_a_gerund_is_the_conjunct_of_the_past_tense_above_it():
    """"accused the government of rigging the vote and called for protests": the call is the accuser's
    second act, not part of what is alleged."""
    s = parsed("candidate/NOUN/nsubj/1 accused/VERB/ROOT/1/accuse/VBD government/NOUN/dobj/1 of/ADP/prep/1 "
               "rigging/VERB/pcomp/3/rig/VBG vote/NOUN/dobj/4 and/CCONJ/cc/4 called/VERB/conj/4/call/VBD "
               "for/ADP/prep/7 protests/NOUN/pobj/8/protest")
    fixed = replace(s, tokens=repair(s.tokens))
    assert (fixed.tokens[7].dep, fixed.tokens[7].head) == ("conj", 1)
    assert [fixed.tokens[i].text for i in clauses.subjects(fixed, 7)] == ["candidate"]
