"""A head noun no dictionary row names takes its actor from what qualifies it: a noun that names an
agent ("coast guard personnel"), an organisation ("the IMF board"), or a country when the head names
people by what they do ("South Korean cyclists"); a country alone makes no actor of a thing ("the
Spanish bond market") and an adjective does not lend its role ("suspected couriers"). "The country" is
the one country named so far."""

from __future__ import annotations

import pytest

from .sentences import agent_of

pytestmark = pytest.mark.issue(10)


@pytest.mark.parametrize("spec, head, code", [
    # a noun before the head names the agent; the country still qualifies it
    ("Chinese/ADJ/amod/3//JJ/NORP coast/NOUN/compound/2 guard/NOUN/compound/3 personnel/NOUN/nsubj/4 "
     "boarded/VERB/ROOT/4/board boats/NOUN/dobj/4/boat", "personnel", "CHNMIL"),
    ("police/NOUN/compound/1 vehicles/NOUN/nsubj/2/vehicle blocked/VERB/ROOT/2/block "
     "the/DET/det/4 road/NOUN/dobj/2", "vehicles", "---COP"),
    # an organisation owns a body of its own that the dictionary does not list
    ("the/DET/det/2 IMF/PROPN/compound/2//NNP/ORG board/NOUN/nsubj/3 approved/VERB/ROOT/3/approve "
     "a/DET/det/5 loan/NOUN/dobj/3", "board", "IGOBUSIMF"),
    ("the/DET/det/1 chairman/NOUN/nsubj/7 of/ADP/prep/1 the/DET/det/6 African/PROPN/compound/5//NNP/ORG "
     "Union/PROPN/compound/6//NNP/ORG Commission/PROPN/pobj/2//NNP/ORG criticised/VERB/ROOT/7/criticise "
     "Sudan/PROPN/dobj/7//NNP/GPE", "chairman", "IGOAFRAFU"),
    # a country's people named by what they do
    ("South/PROPN/compound/1//NNP/NORP Korean/ADJ/amod/2//JJ/NORP cyclists/NOUN/nsubj/3/cyclist "
     "blocked/VERB/ROOT/3/block roads/NOUN/dobj/3/road", "cyclists", "KOR"),
    # speedboats are a state's forces (agents.tsv); a state councillor is of its government
    ("Iranian/ADJ/amod/1//JJ/NORP speedboats/NOUN/nsubj/2/speedboat attacked/VERB/ROOT/2/attack "
     "a/DET/det/4 tanker/NOUN/dobj/2", "speedboats", "IRNMIL"),
    ("Chinese/ADJ/amod/2//JJ/NORP State/PROPN/compound/2//NNP Councillor/PROPN/nsubj/3//NNP "
     "criticized/VERB/ROOT/3/criticize Japan/PROPN/dobj/3//NNP/GPE", "Councillor", "CHNGOV"),
    ("Zimbabwean/ADJ/amod/2//JJ/NORP war/NOUN/compound/2 amputees/NOUN/nsubj/3/amputee "
     "occupied/VERB/ROOT/3/occupy farms/NOUN/dobj/3/farm", "amputees", "ZWE"),
])
def test_a_head_no_row_names_takes_the_actor_that_qualifies_it(resolver, spec, head, code):
    assert agent_of(resolver, spec, head) == code


@pytest.mark.parametrize("spec, head", [
    # a thing of a country is no actor
    ("the/DET/det/3 Spanish/ADJ/amod/3//JJ/NORP bond/NOUN/compound/3 market/NOUN/nsubj/4 "
     "rallied/VERB/ROOT/4/rally", "market"),
    # an adjective says what the head is like, not whose it is: "suspected" is no suspect
    ("suspected/ADJ/amod/2/suspect drug/NOUN/compound/2 couriers/NOUN/nsubj/3/courier fled/VERB/ROOT/3/flee",
     "couriers"),
    # an unknown head with nothing to qualify it stays unresolved
    ("the/DET/det/1 cyclists/NOUN/nsubj/2/cyclist blocked/VERB/ROOT/2/block roads/NOUN/dobj/2/road", "cyclists"),
])
def test_a_head_nothing_qualifies_as_an_actor_stays_unresolved(resolver, spec, head):
    assert agent_of(resolver, spec, head) is None


def test_the_country_is_the_one_country_named_so_far(resolver):
    took = ("Zimbabwe/PROPN/poss/2//NNP/GPE 's/PART/case/0 military/NOUN/nsubj/3//NN took/VERB/ROOT/3/take "
            "control/NOUN/dobj/3//NN of/ADP/prep/4 the/DET/det/7 country/NOUN/pobj/5//NN")
    assert agent_of(resolver, took, "country") == "ZWE"
    # with two countries named, and neither as a country, "the country" could be either: no guess
    two = ("Zimbabwe/PROPN/poss/2//NNP/GPE 's/PART/case/0 military/NOUN/nsubj/3//NN attacked/VERB/ROOT/3/attack "
           "Mozambican/ADJ/amod/5//JJ/NORP rebels/NOUN/dobj/3/rebel and/CCONJ/cc/3 left/VERB/conj/3/leave "
           "the/DET/det/9 country/NOUN/dobj/7//NN")
    assert agent_of(resolver, two, "rebels") == "MOZREB"
    assert agent_of(resolver, two, "country") is None


def test_someone_who_works_or_speaks_for_a_named_person_has_the_persons_code(code_text):
    """"a senior aide to President Hassan Rouhani", "Rouhani's aide": Iran's government, not the
    country the aide blames; "the envoy to Moscow" is sent there, no Russian."""
    for text in ("A senior aide to President Hassan Rouhani blamed Saudi Arabia for the crisis.",
                 "Rouhani's senior aide blamed Saudi Arabia for the crisis."):
        [blamed] = [e for e in code_text(text, date="2017-06-07") if e.trigger.text == "blamed"]
        assert (blamed.source.code, blamed.target.code) == ("IRNGOV", "SAU")
        assert blamed.source.how.startswith("aide of Hassan Rouhani")
    met = [e for e in code_text("The envoy to Moscow met Putin.", date="2017-06-07") if e.trigger.text == "met"]
    assert all(not e.source.code.startswith("RUS") for e in met if e.target is not None and e.target.code == "RUSGOV")


def test_a_title_joined_by_and_to_a_titled_name_is_that_mans_not_a_party_of_its_own(resolver):
    """"State Councilor and Foreign Minister Wang Yi" is one man: the first title, with no name or
    article of its own, is no second (unknown) official; "the President and Prime Minister X" are two."""
    spec = ("State/PROPN/compound/1//NNP Councilor/PROPN/nsubj/7//NNP/PERSON and/CCONJ/cc/1 "
            "Foreign/PROPN/compound/4//NNP Minister/PROPN/compound/6//NNP Wang/PROPN/compound/6//NNP/PERSON "
            "Yi/PROPN/conj/1//NNP/PERSON criticized/VERB/ROOT/7/criticize Japan/PROPN/dobj/7//NNP/GPE")
    assert agent_of(resolver, spec, "Councilor") is None
    two = spec.replace("State/PROPN/compound/1//NNP", "the/DET/det/1")
    assert agent_of(resolver, two, "Councilor") is not None


def test_armed_men_loyal_to_a_principal_and_a_rebel_leaders_followers_are_his_side(code_text):
    """"gunmen loyal to General Aidid" and "supporters of General Aidid" are his armed group (SOMREB);
    "troops loyal to Gaddafi" his state's armed forces; a party leader's supporters stay civilians."""
    [killed] = code_text("Gunmen loyal to General Mohamed Farah Aidid killed 23 Pakistani peacekeepers.", "1993-06-07")
    assert killed.source is not None and killed.source.code == "SOMREB"
    [seized] = code_text("Supporters of General Mohamed Farah Aidid seized an American pilot.", "1993-10-07")
    assert seized.source is not None and seized.source.code == "SOMREB"
    [shelled] = code_text("Troops loyal to Gaddafi shelled the town of Misrata on Monday.", "2011-03-19")
    assert shelled.source is not None and shelled.source.code == "LBYMIL"
    [clashed] = code_text("Supporters of Mohamed Morsi clashed with police in Cairo.", "2013-07-05")
    assert clashed.source is not None and clashed.source.code == "EGYCVL"


def test_a_possessor_named_by_surname_alone_is_the_person_the_day_gives(code_text):
    """"Aidid's spokesman", "Aidid's supporters": the one person of that surname on the day, whether or
    not the parse calls the possessor a name."""
    [accused] = code_text("Aidid's spokesman accused the Americans of killing civilians.", "1993-10-07")
    assert accused.source is not None and accused.source.code == "SOMREB"


def test_a_role_word_after_anti_is_what_the_agent_fights_not_its_role(resolver):
    """"anti-terrorist police" are police, not terrorists."""
    spec = ("Peruvian/ADJ/amod/4//JJ/NORP anti/ADJ/amod/4//JJ -/ADJ/amod/4//JJ terrorist/ADJ/amod/4//JJ "
            "police/NOUN/nsubj/5 captured/VERB/ROOT/5/capture")
    assert agent_of(resolver, spec, "police") == "PERCOP"


def test_a_country_after_pro_is_whom_the_party_sides_with_not_its_own(code_text):
    """"pro-Russian separatists" in Ukraine are Ukrainians for Russia, as "anti-American protesters"
    are no Americans: the country the prefix names is not theirs (nor the city it names); the place
    gives theirs."""
    [seized] = code_text("DONETSK (Wire) - Pro-Russian separatists seized the police headquarters in Sloviansk.",
                         "2014-04-14")
    assert seized.source is not None and seized.source.code == "UKRREB"
    [attacked] = code_text("DONETSK (Wire) - Pro-Moscow militias attacked Ukrainian troops near Sloviansk.",
                           "2014-04-14")
    assert attacked.source is not None and attacked.source.code == "UKRUAF"


def test_a_name_with_of_before_the_head_is_the_heads_owner(code_text):
    """"The Group of Seven leaders condemned": the "of" goes on with the name before the head (the
    phrase had been cut to "The Group leaders", an agent of the dateline's country)."""
    [condemned] = code_text("ROME (Wire) - The Group of Seven leaders condemned the Iranian attack on Israel.",
                            "2024-04-14")
    assert condemned.source is not None and condemned.source.code == "IGOBUSGOS"
