"""Who acts in an infinitive: the object of a verb that makes or lets it act ("forced the army to
withdraw"), whoever makes an attempt ("in an attempt to persuade", "an attempt by protesters to storm");
hand-built parses, no model."""

from __future__ import annotations

from newsevents.events import clauses

from .sentences import parsed


def subject_words(spec: str, verb: str) -> list[str]:
    sentence = parsed(spec)
    [index] = [t.i for t in sentence.tokens if t.text == verb]
    return [sentence.tokens[i].text for i in clauses.subjects(sentence, index)]


def test_the_object_of_a_causative_verb_acts():
    spec = ("house/NOUN/nsubj/1 authorised/VERB/ROOT/1/authorise Putin/PROPN/dobj/1 to/PART/aux/4 "
            "use/VERB/xcomp/1/use/VB force/NOUN/dobj/4")
    assert subject_words(spec, "use") == ["Putin"]
    spec = ("cleric/NOUN/nsubj/1 resigned/VERB/ROOT/1/resign ,/PUNCT/punct/1 prompting/VERB/advcl/1/prompt/VBG "
            "minister/NOUN/dobj/3 to/PART/aux/6 quit/VERB/xcomp/3/quit/VB")
    assert subject_words(spec, "quit") == ["minister"]


def test_a_verb_of_subject_control_keeps_its_subject():
    spec = ("Iran/PROPN/nsubj/1 promised/VERB/ROOT/1/promise Iraq/PROPN/dobj/1 to/PART/aux/4 "
            "withdraw/VERB/xcomp/1/withdraw/VB")
    assert subject_words(spec, "withdraw") == ["Iran"]


def test_whoever_makes_an_attempt_does_its_act():
    spec = ("Holbrooke/PROPN/nsubj/1 flew/VERB/ROOT/1/fly in/ADP/prep/1 an/DET/det/4 attempt/NOUN/pobj/2/attempt "
            "to/PART/aux/6 persuade/VERB/acl/4/persuade/VB Milosevic/PROPN/dobj/6")
    assert subject_words(spec, "persuade") == ["Holbrooke"]
    assert "attempted" in clauses.mood(parsed(spec), 6).aux_modes
    spec = ("Police/NOUN/nsubj/1 thwarted/VERB/ROOT/1/thwart an/DET/det/3 attempt/NOUN/dobj/1/attempt "
            "by/ADP/prep/3 protesters/NOUN/pobj/4/protester to/PART/aux/7 storm/VERB/acl/3/storm/VB "
            "headquarters/NOUN/dobj/7")
    assert subject_words(spec, "storm") == ["protesters"]
    # whoever thwarts an attempt did not make it
    spec = ("Police/NOUN/nsubj/1 thwarted/VERB/ROOT/1/thwart an/DET/det/3 attempt/NOUN/dobj/1/attempt "
            "to/PART/aux/5 storm/VERB/acl/3/storm/VB headquarters/NOUN/dobj/5")
    assert subject_words(spec, "storm") == []


def test_other_nouns_say_nothing_of_who_acts():
    spec = ("Russia/PROPN/nsubj/1 welcomed/VERB/ROOT/1/welcome Iraq/PROPN/poss/4 's/PART/case/2 "
            "decision/NOUN/dobj/1/decision to/PART/aux/6 withdraw/VERB/acl/4/withdraw/VB")
    assert subject_words(spec, "withdraw") == []


def test_a_verb_misread_as_the_only_relative_clause_of_a_root_noun_is_the_predicate():
    # "Nigerian youths protested across Lagos." parses with no verb root: the noun is the subject
    spec = ("Nigerian/ADJ/amod/1 youths/NOUN/ROOT/1/youth protested/VERB/acl/1/protest/VBN "
            "across/ADP/prep/2 Lagos/PROPN/pobj/3 ./PUNCT/punct/1")
    assert subject_words(spec, "protested") == ["youths"]
    spec = ("States/PROPN/ROOT/0 and/CCONJ/cc/0 countries/NOUN/conj/0/country expelled/VERB/acl/2/expel/VBN "
            "diplomats/NOUN/dobj/3/diplomat ./PUNCT/punct/0")
    assert subject_words(spec, "expelled") == ["States", "countries"]


def test_a_true_reduced_relative_or_a_headline_keeps_no_subject():
    # a headline ("Soldiers killed in raid") is a passive; so is a relative beside a second clause
    assert subject_words("Soldiers/NOUN/ROOT/0/soldier killed/VERB/acl/0/kill/VBN in/ADP/prep/1 "
                         "raid/NOUN/pobj/2", "killed") == []
    spec = ("leader/NOUN/ROOT/0 known/VERB/acl/0/know/VBN as/ADP/prep/1 Barbecue/PROPN/pobj/2 "
            "warned/VERB/acl/0/warn/VBN ./PUNCT/punct/0")
    assert subject_words(spec, "known") == []
    assert subject_words(spec, "warned") == []
    assert subject_words("talks/NOUN/ROOT/0/talk mediated/VERB/acl/0/mediate/VBN by/ADP/agent/1 "
                         "China/PROPN/pobj/2 ./PUNCT/punct/0", "mediated") == ["China"]


def test_a_participle_with_a_by_phrase_read_as_an_adverbial_clause_is_a_passive():
    # "signed a deal in Doha mediated by Qatar": Qatar mediates the deal, the signers do not
    sentence = parsed("leaders/NOUN/nsubj/1/leader signed/VERB/ROOT/1/sign deal/NOUN/dobj/1 in/ADP/prep/1 "
                      "Doha/PROPN/pobj/3 mediated/VERB/advcl/1/mediate/VBN by/ADP/agent/5 Qatar/PROPN/pobj/6")
    assert clauses.is_passive(sentence, 5)
    assert [sentence.tokens[i].text for i in clauses.subjects(sentence, 5)] == ["Qatar"]
    assert [sentence.tokens[i].text for i in clauses.passive_patients(sentence, 5)] == ["deal"]
    before = parsed("Surrounded/VERB/advcl/4/surround/VBN by/ADP/agent/0 troops/NOUN/pobj/1/troop "
                    "rebels/NOUN/nsubj/4/rebel surrendered/VERB/ROOT/4/surrender")
    assert [before.tokens[i].text for i in clauses.passive_patients(before, 0)] == ["rebels"]


def test_a_participle_after_a_demand_is_the_demanders_act():
    # "Greece demanded that Turkey cooperate, accusing the coast guard ...": the parse hangs the
    # participle on what was demanded; the accuser is Greece
    spec = ("Greece/PROPN/nsubj/1 demanded/VERB/ROOT/1/demand that/SCONJ/mark/4 Turkey/PROPN/nsubj/4 "
            "cooperate/VERB/ccomp/1/cooperate/VB ,/PUNCT/punct/4 accusing/VERB/advcl/4/accuse/VBG "
            "guards/NOUN/dobj/6/guard")
    assert subject_words(spec, "accusing") == ["Greece"]
    spec = ("junta/NOUN/nsubj/1 ordered/VERB/ROOT/1/order police/NOUN/dobj/1 to/PART/aux/4 "
            "expel/VERB/xcomp/1/expel/VB envoy/NOUN/dobj/4 ,/PUNCT/punct/4 revoking/VERB/advcl/4/revoke/VBG "
            "visa/NOUN/dobj/7")
    assert subject_words(spec, "revoking") == ["junta"]


def test_a_participle_in_what_is_reported_stays_with_the_report():
    # "The KIA said the army had shelled villages, killing two civilians": the army killed them
    spec = ("KIA/PROPN/nsubj/1 said/VERB/ROOT/1/say army/NOUN/nsubj/3 shelled/VERB/ccomp/1/shell "
            "villages/NOUN/dobj/3/village ,/PUNCT/punct/3 killing/VERB/advcl/3/kill/VBG civilians/NOUN/dobj/6/civilian")
    assert subject_words(spec, "killing") == ["army"]
    # no comma: the participle goes with the verb it follows ("urged them to leave accusing no one")
    spec = ("Greece/PROPN/nsubj/1 demanded/VERB/ROOT/1/demand that/SCONJ/mark/4 Turkey/PROPN/nsubj/4 "
            "cooperate/VERB/ccomp/1/cooperate/VB accusing/VERB/advcl/4/accuse/VBG guards/NOUN/dobj/5/guard")
    assert subject_words(spec, "accusing") == ["Turkey"]
