"""Dictionary names found inside a noun phrase: the longest at each position, windows grown a token
at a time and stopped once no name begins with them (actors/kb.py NamePrefixes)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from newsevents.actors import ActorResolver
from newsevents.actors.kb import ActorKB, KBEntry, NamePrefixes
from newsevents.records import Sentence

from .sentences import parsed


def kb_of(*names: tuple[str, str, str]) -> ActorKB:
    kb = ActorKB()
    for surface, code, kind in names:
        kb.add(surface, KBEntry(code=code, name=surface, kind=kind, country=code[:3], origin="test"))
    return kb


KB = kb_of(("Islamic State", "IMGMOSSUNREB", "group"), ("Islamic State of Iraq", "IRQREBMOS", "group"),
           ("Iraq", "IRQ", "country"), ("the Kremlin", "RUSGOV", "metonym"), ("al-Assad", "SYRGOV", "person"))


def names_in(sentence: Sentence, kb: ActorKB = KB) -> list[tuple[str, str]]:
    tokens = sentence.tokens
    matches = ActorResolver(kb).find_matches(sentence, list(range(len(tokens))), None)
    return [(" ".join(t.text for t in tokens[m.start:m.end]), m.entry.code) for m in matches]


def test_the_longest_name_at_a_position_wins_and_the_search_goes_on_after_it():
    sentence = parsed("fighters/NOUN/ROOT/0 of/ADP/prep/0 Islamic/PROPN/compound/3 State/PROPN/pobj/1 "
                      "of/ADP/prep/3 Iraq/PROPN/pobj/4 and/CCONJ/cc/5 Iraq/PROPN/conj/5")
    assert names_in(sentence) == [("Islamic State of Iraq", "IRQREBMOS"), ("Iraq", "IRQ")]


def test_a_name_after_a_leading_the_is_matched_with_it():
    # normalising drops "the " from "the Kremlin" but not from a lone "the": the window must not stop there
    sentence = parsed("the/DET/det/1 Kremlin/PROPN/nsubj/2 said/VERB/ROOT/2")
    tokens = ActorResolver(KB).find_matches(sentence, [0, 1], None)
    assert [(m.start, m.end, m.entry.code) for m in tokens] == [(0, 2, "RUSGOV")]


def test_a_name_split_into_tokens_with_no_space_between_is_found():
    sentence = parsed("al/PROPN/compound/2 -/PUNCT/punct/2 Assad/PROPN/ROOT/2")
    sentence = replace(sentence, tokens=tuple(replace(t, whitespace="") for t in sentence.tokens))
    assert names_in(sentence) == [("al - Assad", "SYRGOV")]


def test_words_no_name_begins_with_are_passed_over():
    sentence = parsed("talks/NOUN/ROOT/0 on/ADP/prep/0 Iraq/PROPN/pobj/1 's/PART/case/2 future/NOUN/pobj/1")
    assert names_in(sentence) == [("Iraq 's", "IRQ")]  # the possessive goes with the name, as before


def test_name_prefixes_answer_for_every_beginning_of_a_key():
    prefixes = NamePrefixes(KB.phrases)
    assert all(prefixes.begins(key[:cut]) for key in KB.phrases for cut in range(1, len(key) + 1))
    assert not prefixes.begins("talks") and not prefixes.begins("iraqi")


def test_a_name_written_in_lowercase_is_a_common_word():
    # "The Engineer" is a bomb-maker's nickname, "an engineer" anyone; "turkey" is a bird
    kb = kb_of(("The Engineer", "PSEREB", "person"), ("Turkey", "TUR", "country"), ("Western", "WST", "adjective"))
    nickname = parsed("troops/NOUN/nsubj/1 killed/VERB/ROOT/1 the/DET/det/3 Engineer/PROPN/dobj/1")
    assert names_in(nickname, kb) == [("the Engineer", "PSEREB")]
    common = parsed("militants/NOUN/nsubj/1 kidnapped/VERB/ROOT/1 an/DET/det/3 engineer/NOUN/dobj/1 "
                    "and/CCONJ/cc/3 a/DET/det/6 turkey/NOUN/conj/3")
    assert names_in(common, kb) == []
    # a capital "The" opening the sentence does not make the noun after it a name
    opening = parsed("The/DET/det/1 engineer/NOUN/nsubjpass/3 was/AUX/auxpass/3 kidnapped/VERB/ROOT/3")
    assert names_in(opening, kb) == []
    # house styles that lower a region's adjective still name the region
    styled = parsed("western/ADJ/amod/1 diplomats/NOUN/nsubj/2 left/VERB/ROOT/2")
    assert names_in(styled, kb) == [("western", "WST")]


def test_the_pope_written_so_is_the_holy_sees(resolver):
    # "The Pope arrived in Baghdad": the head of the Catholic Church, not a cleric of the country he visits
    from .sentences import agent_of

    spec = ("The/DET/det/1 Pope/PROPN/nsubj/2//NNP arrived/VERB/ROOT/2/arrive in/ADP/prep/2 "
            "Baghdad/PROPN/pobj/3//NNP/GPE")
    assert agent_of(resolver, spec, "Pope") == "VATREL"
    # a named pope of another church is his own (people.tsv)
    coptic = "Pope/PROPN/compound/2//NNP Tawadros/PROPN/compound/2//NNP II/PROPN/nsubj/3//NNP spoke/VERB/ROOT/3/speak"
    assert agent_of(resolver, coptic, "II") == "EGYREL"


def test_a_name_spelled_the_british_way_is_the_entry_spelled_the_american_way():
    from newsevents.actors.kb import load_actor_kb, normalize

    kb = load_actor_kb()
    [osce] = {e.code for e in kb.phrases[normalize("the Organisation for Security and Cooperation in Europe")]}
    assert osce == "IGOEURSCE"
    # only same-length swaps: a shorter window's text stays a prefix of the longer one's
    assert normalize("Organisation for").startswith(normalize("Organisation"))


def test_a_name_after_a_hyphen_in_a_persons_name_is_no_party_of_its_own(code_text):
    """"Pamela Rendi-Wagner" is no Wagner Group; a country word after a hyphen still names its state."""
    [accused] = code_text("Opposition leader Pamela Rendi-Wagner accused Chancellor Sebastian Kurz of betraying "
                          "Austria.", date="2019-05-21")
    assert accused.source is not None and accused.source.code.endswith("OPP") and "RUS" not in accused.source.code
    events = code_text("Sino-Russian forces held talks with Iran.", date="2019-05-21")
    assert {e.source.code for e in events} == {"RUSMIL", "IRN"}


@pytest.mark.parametrize("text, source", [
    ("BERLIN, May 21 (Wire) - The opposition SPD accused Chancellor Angela Merkel of lying.", "DEUOPP"),
    ("BUDAPEST, May 21 (Wire) - The ruling Jobbik party accused the EU of blackmail.", "HUNGOV"),
])
def test_a_named_party_the_text_places_in_opposition_or_government_stands_there(code_text, text, source):
    """The dictionary dates the SPD in government in 2019, Jobbik never: the text's word decides."""
    [accused] = code_text(text, date="2019-05-21")
    assert accused.source.code == source


def test_what_a_party_is_accused_of_is_not_part_of_its_name(resolver):
    """"accused the coalition of killing civilians": the parse hangs the act on the noun; the phrase ends
    before it (it had been the target's words, "coalition of killing 14 civilians")."""
    from newsevents.actors.resolver import phrase_tokens

    s = parsed("Rebels/NOUN/nsubj/1/rebel accused/VERB/ROOT/1/accuse the/DET/det/3 coalition/NOUN/dobj/1 "
               "of/ADP/prep/3 killing/VERB/pcomp/4/kill/VBG civilians/NOUN/dobj/5/civilian")
    assert phrase_tokens(s, 3) == [2, 3]
    minister = parsed("the/DET/det/1 minister/NOUN/ROOT/1 of/ADP/prep/1 Nigeria/PROPN/pobj/2//NNP")
    assert phrase_tokens(minister, 1) == [0, 1, 2, 3]


@pytest.mark.parametrize("minister", ["The justice minister", "A deputy justice minister", "A deputy minister"])
def test_a_junior_or_justice_minister_is_of_the_government(code_text, minister):
    """"deputy" makes an office junior, no deputy of a chamber (LEG); a justice minister is no court (JUD)."""
    [accused] = code_text(f"WARSAW, Dec 20 (Wire) - {minister} accused the EU of blackmail.", date="2017-12-20")
    assert accused.source.code == "POLGOV"


def test_a_short_acronym_in_mixed_case_is_matched_only_as_written():
    """"JeM" (Jaish-e-Mohammed) is no "JEM" (Sudan's Justice and Equality Movement); all-caps
    acronyms already match only as written."""
    kb = ActorKB()
    kb.add("JeM", KBEntry(code="PAKINS", name="Jaish-e-Mohammed", kind="group", country="PAK", origin="test"))
    kb.add("JEM", KBEntry(code="SDNREB", name="Justice and Equality Movement", kind="group", country="SDN",
                          origin="test"))
    sudan = parsed("JEM/PROPN/compound/1//NNP fighters/NOUN/nsubj/2/fighter attacked/VERB/ROOT/2/attack")
    pakistan = parsed("JeM/PROPN/nsubj/1//NNP claimed/VERB/ROOT/1/claim")
    assert names_in(sudan, kb) == [("JEM", "SDNREB")]
    assert names_in(pakistan, kb) == [("JeM", "PAKINS")]


def test_words_joined_by_and_before_a_names_head_are_words_of_the_name(resolver):
    """"the Justice and Equality Movement" is one name (the parse makes "Equality" a conjunct of
    "Justice"); conjuncts of a common noun stay other parties ("British and French troops")."""
    from newsevents.actors.resolver import phrase_tokens

    named = parsed("The/DET/det/4 Justice/PROPN/nmod/4//NNP and/CCONJ/cc/1 Equality/PROPN/conj/1//NNP "
                   "Movement/PROPN/nsubj/5//NNP attacked/VERB/ROOT/5/attack")
    assert phrase_tokens(named, 4) == [0, 1, 2, 3, 4]
    of_name = parsed("Fighters/NOUN/nsubj/7/fighter of/ADP/prep/0 the/DET/det/6 Justice/PROPN/nmod/6//NNP "
                     "and/CCONJ/cc/3 Equality/PROPN/conj/3//NNP Movement/PROPN/pobj/1//NNP attacked/VERB/ROOT/7/attack")
    assert phrase_tokens(of_name, 0) == [0, 1, 2, 3, 4, 5, 6]
    common = parsed("British/ADJ/amod/3//JJ and/CCONJ/cc/0 French/ADJ/conj/0//JJ troops/NOUN/nsubj/4/troop "
                    "attacked/VERB/ROOT/4/attack")
    assert phrase_tokens(common, 3) == [0, 3]


def test_an_organisations_name_joined_by_and_to_a_longer_name_is_not_that_organisation(code_text):
    """"the AU's Peace and Security Council" is no U.N. Security Council."""
    [approved] = code_text("The AU's Peace and Security Council approved the mission on Friday.", date="2015-12-18")
    assert approved.source.code == "IGOAFRAFU"


def test_a_word_joined_by_and_inside_an_unknown_name_is_no_title(resolver):
    """"the rebel Justice and Truth Front": a name the dictionaries do not know is the rebels', not a
    court's ("justice" is an agent word, here a word of the name)."""
    from .sentences import agent_of

    spec = ("The/DET/det/5 rebel/ADJ/nmod/5//JJ Justice/PROPN/nmod/5//NNP and/CCONJ/cc/2 Truth/PROPN/conj/2//NNP "
            "Front/PROPN/nsubj/6//NNP attacked/VERB/ROOT/6/attack")
    assert agent_of(resolver, spec, "Front").endswith("REB")


@pytest.mark.parametrize("text, date, source", [
    ("The Contras rejected the peace plan.", "1987-08-07", "NICREB"),
    ("The Sandinista government expelled the U.S. ambassador.", "1988-07-12", "NICGOV"),
    ("The Islamic Salvation Front accused the army of a coup.", "1992-01-16", "DZAOPP"),
    ("Khmer Rouge guerrillas shelled a village.", "1993-04-08", "KHMREB"),
])
def test_historical_groups_are_coded_as_they_stood_then(code_text, text, date, source):
    """groups.tsv dates each period of a group that changed status (the FSLN rebel, ruling, then in
    opposition; the Khmer Rouge ruling, then rebels)."""
    events = code_text(text, date)
    assert events and events[0].source is not None and events[0].source.code == source
