"""A province, state or city stands for its country, as the field's country tables list them:
as an actor of its own ("California sued") and as the qualifier of an agent ("Texas Governor
John Doe", "the West Bengal government"), never as a pronoun's antecedent, and a direction alone
names no place."""

from __future__ import annotations

import pytest

from newsevents.actors import ActorResolver, load_actor_kb
from newsevents.actors.resolver import ArticleMemory

from .sentences import parsed

pytestmark = pytest.mark.issue(10)

# the gazetteer's answers for the places these sentences name ("West" is a region of Cameroon)
PLACES = {"Van": "TUR", "California": "USA", "Texas": "USA", "West Bengal": "IND", "West": "CMR", "Minneapolis": "USA",
          "Donetsk": "UKR", "Coast": "TZA", "South China Sea": "", "Northern Ireland": "GBR"}


@pytest.fixture(scope="module")
def resolver() -> ActorResolver:
    return ActorResolver(load_actor_kb(()), places=PLACES.get)


def actors(resolver: ActorResolver, spec: str, memory: ArticleMemory | None = None) -> dict[str, tuple[str, str]]:
    sentence = parsed(spec)
    found = resolver.resolve_sentence(sentence, memory or ArticleMemory())
    return {sentence.tokens[i].text: (actor.code, actor.kind) for i, actor in found.items()}


def test_a_state_that_acts_is_its_country(resolver):
    found = actors(resolver, "California/PROPN/nsubj/1//NNP/GPE sued/VERB/ROOT/1/sue "
                             "Washington/PROPN/dobj/1//NNP/GPE")
    assert found["California"] == ("USA", "place")


def test_a_city_attacked_is_its_country(resolver):
    found = actors(resolver, "Troops/NOUN/nsubj/1/troop shelled/VERB/ROOT/1/shell Donetsk/PROPN/dobj/1//NNP/GPE")
    assert found["Donetsk"][0] == "UKR"


def test_a_place_that_modifies_a_noun_is_not_an_actor(resolver):
    found = actors(resolver, "Protesters/NOUN/nsubj/1/protester burned/VERB/ROOT/1/burn a/DET/det/5 "
                             "Minneapolis/PROPN/compound/5//NNP/GPE police/NOUN/compound/5/police/NN "
                             "station/NOUN/dobj/1/station/NN")
    assert "Minneapolis" not in found


def test_a_place_in_front_of_a_title_gives_the_titled_person_a_country(resolver):
    found = actors(resolver, "Texas/PROPN/compound/3//NNP/GPE Governor/NOUN/compound/3/governor/NN "
                             "John/PROPN/compound/3//NNP/PERSON Doe/PROPN/nsubj/4//NNP/PERSON "
                             "criticized/VERB/ROOT/4/criticize Mexico/PROPN/dobj/4//NNP/GPE")
    assert found["Doe"][0] == "USAGOV"


def test_a_province_the_parse_splits_into_an_adjective_is_still_named(resolver):
    found = actors(resolver, "The/DET/det/3 West/PROPN/compound/2//NNP Bengal/ADJ/amod/3//JJ "
                             "government/NOUN/nsubj/4/government/NN denied/VERB/ROOT/4/deny")
    assert found["government"][0] == "INDGOV"


@pytest.mark.parametrize("spec, head", [
    ("West/PROPN/compound/1//NNP officials/NOUN/nsubj/2/official said/VERB/ROOT/2/say", "officials"),
    ("the/DET/det/2 coast/PROPN/compound/2//NNP guard/PROPN/nsubj/3//NNP said/VERB/ROOT/3/say", "guard"),
])
def test_a_direction_or_a_landform_alone_names_no_country(resolver, spec, head):
    found = actors(resolver, spec)
    assert found.get(head, ("---",))[0][:3] not in {"CMR", "TZA"}


def test_a_place_is_no_pronouns_antecedent(resolver):
    memory = ArticleMemory()
    actors(resolver, "California/PROPN/nsubj/1//NNP/GPE sued/VERB/ROOT/1/sue", memory)
    found = actors(resolver, "It/PRON/nsubj/1/it said/VERB/ROOT/1/say", memory)
    assert "It" not in found


def test_an_amount_is_no_crowd(resolver):
    # "Thousands protested" are people; "$100 million in aid" is money
    crowd = actors(resolver, "Thousands/NOUN/nsubj/1/thousand protested/VERB/ROOT/1/protest")
    assert crowd["Thousands"][0] == "---CVL"
    sentence = parsed("Washington/PROPN/nsubj/1//NNP/GPE cut/VERB/ROOT/1/cut $/SYM/nmod/4//$/MONEY "
                      "100/NUM/compound/4///MONEY million/NUM/dobj/1///MONEY")
    assert resolver(sentence, 4, ArticleMemory()) is None  # the recipient rule asks about the object itself


def test_an_object_pronoun_is_not_its_own_clauses_subject(resolver):
    # "Bolivia's president ordered the U.S. ambassador to leave, accusing him": him is the ambassador
    spec = ("Bolivia/PROPN/poss/2//NNP/GPE 's/PART/case/0 president/NOUN/nsubj/3//NN ordered/VERB/ROOT/3/order "
            "the/DET/det/6 U.S./PROPN/compound/6//NNP/GPE ambassador/NOUN/dobj/3//NN ,/PUNCT/punct/3 "
            "accusing/VERB/advcl/3/accuse/VBG him/PRON/dobj/8/he")
    assert pronoun(resolver, spec, 9) == "USAGOV"
    # as a subject the pronoun still continues the last subject: "... and he accused the ambassador"
    spec = ("Bolivia/PROPN/poss/2//NNP/GPE 's/PART/case/0 president/NOUN/nsubj/3//NN spoke/VERB/ROOT/3/speak "
            "and/CCONJ/cc/3 he/PRON/nsubj/6/he accused/VERB/conj/3/accuse the/DET/det/9 "
            "U.S./PROPN/compound/9//NNP/GPE ambassador/NOUN/dobj/6//NN")
    assert pronoun(resolver, spec, 5) == "BOLGOV"


def pronoun(resolver: ActorResolver, spec: str, i: int) -> str | None:
    """A pronoun's actor code, resolved as the coder does: after the sentence's phrases."""
    sentence = parsed(spec)
    memory = ArticleMemory()
    resolver.resolve_sentence(sentence, memory)
    found = resolver(sentence, i, memory)
    return found.code if found is not None else None


def test_an_institution_is_an_it_and_not_its_own_clauses_object(resolver):
    # "The mission criticised the army, and the government accused it of bias": one institution is
    # an "it" as a person is a "he" (it had been nobody), and it is not the accuser itself
    spec = ("The/DET/det/1 mission/NOUN/nsubj/2//NN criticised/VERB/ROOT/2/criticise the/DET/det/4 "
            "army/NOUN/dobj/2//NN and/CCONJ/cc/2 the/DET/det/7 government/NOUN/nsubj/8//NN "
            "accused/VERB/conj/2/accuse it/PRON/dobj/8/it")
    assert actors(resolver, spec)["mission"] == ("---GOV", "institution")
    assert pronoun(resolver, spec, 9) == "---MIL"  # the army: the latest other than the accuser
    # officials are no one institution: a later "it" does not stand for them
    assert actors(resolver, "Officials/NOUN/nsubj/1/official/NNS spoke/VERB/ROOT/1/speak")["Officials"][1] == "generic"


def test_countries_named_as_a_group_are_states_and_other_countries_are_not_the_first(resolver):
    # "The United States and 20 other countries expelled diplomats": the others are not American
    spec = ("The/DET/det/2 United/PROPN/compound/2//NNP/GPE States/PROPN/nsubj/7//NNP/GPE and/CCONJ/cc/2 "
            "20/NUM/nummod/6 other/ADJ/amod/6 countries/NOUN/conj/2/country/NNS expelled/VERB/ROOT/7/expel "
            "diplomats/NOUN/dobj/7/diplomat/NNS")
    assert actors(resolver, spec)["countries"] == ("---GOV", "generic")
    # a conjunct without "other" still shares the first one's country: "Israeli helicopters and tanks"
    spec = ("Israeli/ADJ/amod/1//JJ/NORP helicopters/NOUN/nsubj/4/helicopter/NNS and/CCONJ/cc/1 "
            "tanks/NOUN/conj/1/tank/NNS attacked/VERB/ROOT/4/attack")
    assert actors(resolver, spec)["tanks"][0] == "ISRMIL"


def test_a_name_goes_on_through_the_prepositions_its_entity_spans(resolver):
    # "The Popular Front for the Liberation of Palestine claimed the attack": one name, PSEREB
    spec = ("The/DET/det/2///ORG Popular/PROPN/compound/2//NNP/ORG Front/PROPN/nsubj/8//NNP/ORG "
            "for/ADP/prep/2///ORG the/DET/det/5///ORG Liberation/PROPN/pobj/3//NNP/ORG of/ADP/prep/5///ORG "
            "Palestine/PROPN/pobj/6//NNP/ORG claimed/VERB/ROOT/8/claim the/DET/det/10 attack/NOUN/dobj/8")
    assert actors(resolver, spec)["Front"] == ("PSEREB", "group")


def test_an_armed_group_no_dictionary_lists_is_named_by_its_name(resolver):
    # "the Kalanga Liberation Front said": rebels of no named country; with a country in the name, of
    # it, or with a people of one country ("the Oromo Liberation Front": Ethiopian)
    spec = ("The/DET/det/3 Kalanga/PROPN/compound/3//NNP/ORG Liberation/PROPN/compound/3//NNP/ORG "
            "Front/PROPN/nsubj/4//NNP/ORG said/VERB/ROOT/4/say")
    assert actors(resolver, spec)["Front"] == ("---REB", "group")
    spec = ("The/DET/det/3 Oromo/PROPN/compound/3//NNP/ORG Liberation/PROPN/compound/3//NNP/ORG "
            "Front/PROPN/nsubj/4//NNP/ORG said/VERB/ROOT/4/say")
    assert actors(resolver, spec)["Front"] == ("ETHREB", "group")
    spec = ("Free/PROPN/compound/2//NNP/ORG Uganda/PROPN/compound/2//NNP/ORG Resistance/PROPN/nsubj/3//NNP/ORG "
            "attacked/VERB/ROOT/3/attack")
    assert actors(resolver, spec)["Resistance"] == ("UGAREB", "group")
    # a known name keeps its entry, an unknown one without such a word is nobody (one ending as a
    # company is a business: tests/test_institutions.py)
    spec = "Hamas/PROPN/nsubj/1//NNP/ORG said/VERB/ROOT/1/say"
    assert actors(resolver, spec)["Hamas"][0] == "PSEREB"
    spec = "Acme/PROPN/compound/1//NNP/ORG Partners/PROPN/nsubj/2//NNP/ORG said/VERB/ROOT/2/say"
    assert "Partners" not in actors(resolver, spec)


def test_a_surname_listed_with_a_town_is_no_person(resolver):
    # "Rebels captured Kidal and Gao": the Malian town, not the Chinese dissident Gao Zhisheng
    spec = ("Rebels/NOUN/nsubj/1/rebel/NNS captured/VERB/ROOT/1/capture Kidal/PROPN/dobj/1//NNP/NORP "
            "and/CCONJ/cc/2 Gao/PROPN/conj/2//NNP/PERSON")
    assert "Gao" not in actors(resolver, spec)
    spec = "Zhisheng/PROPN/nsubj/1//NNP/PERSON met/VERB/ROOT/1/meet Gao/PROPN/dobj/1//NNP/PERSON"
    assert actors(resolver, spec)["Gao"][0] == "CHNOPP"  # alone, the surname still names him


def test_a_leaders_followers_through_a_pronoun_are_civilians_of_his_country(resolver):
    # "Sadr called on his followers": as "his supporters", civilians of Sadr's country
    spec = ("Sadr/PROPN/nsubj/1//NNP/PERSON called/VERB/ROOT/1/call on/ADP/prep/1 his/PRON/poss/4/he "
            "followers/NOUN/pobj/2/follower/NNS")
    assert actors(resolver, spec)["followers"] == ("IRQCVL", "generic")


def test_those_responsible_are_perpetrators_not_named(resolver):
    # "vowed to punish those responsible for the attack": the target is whoever did it
    spec = ("The/DET/det/1 president/NOUN/nsubj/2//NN vowed/VERB/ROOT/2/vow to/PART/aux/4 punish/VERB/xcomp/2 "
            "those/PRON/dobj/4/those/DT responsible/ADJ/amod/5 for/ADP/prep/6 the/DET/det/9 attack/NOUN/pobj/7")
    assert actors(resolver, spec)["those"] == ("---UAF", "generic")
    # "those" alone names no one: "those who fled", "those in the camp" are left to the parse
    spec = "Those/PRON/nsubj/1/those/DT fled/VERB/ROOT/1/flee"
    assert "Those" not in actors(resolver, spec)


def test_international_waters_are_no_party_of_the_country_their_name_holds(resolver):
    sentence = parsed("drills/NOUN/ROOT/0/drill in/ADP/prep/0 the/DET/det/5 South/PROPN/compound/4//NNP/LOC "
                      "China/PROPN/compound/5//NNP/LOC Sea/PROPN/pobj/1//NNP/LOC")
    assert resolver.international_waters(sentence, 5)
    assert resolver(sentence, 5, ArticleMemory()) is None
    assert resolver.venue(sentence, 5, None) is None


def test_a_sea_a_strait_and_a_gulf_place_events_and_give_no_country(code_text):
    events = code_text("TEHRAN, Jan 3 (Wire) - Iranian forces seized a British tanker in the Strait of Hormuz on "
                       "Monday. Chinese warships held drills in the South China Sea on Tuesday.", date="2012-01-05")
    seized = next(e for e in events if e.trigger.text == "seized")
    assert (seized.place.name, seized.place.level, seized.place.country) == ("Strait of Hormuz", "water", "")
    drills = next(e for e in events if e.trigger.text == "held")
    assert drills.place.name == "South China Sea" and (drills.target is None or drills.target.code[:3] != "CHN")


def test_a_country_name_inside_a_longer_place_name_is_that_places_country(resolver):
    # "Northern Ireland's rival parties": the United Kingdom's, not Ireland's; Ireland's own stay Irish
    spec = ("Northern/PROPN/compound/1//NNP/GPE Ireland/PROPN/poss/4//NNP/GPE 's/PART/case/1 rival/ADJ/amod/4 "
            "parties/NOUN/nsubj/5/party agreed/VERB/ROOT/5/agree")
    assert actors(resolver, spec)["parties"][0] == "GBRPTY"
    spec = ("Ireland/PROPN/poss/3//NNP/GPE 's/PART/case/0 rival/ADJ/amod/3 parties/NOUN/nsubj/4/party "
            "agreed/VERB/ROOT/4/agree")
    assert actors(resolver, spec)["parties"][0] == "IRLPTY"


@pytest.mark.parametrize("adjective, noun, lemma, code", [
    ("Chechen", "rebels", "rebel", "RUSREB"), ("Basque", "separatists", "separatist", "ESPREB"),
    ("Amhara", "militiamen", "militiaman", "ETH")])
def test_the_adjective_of_a_people_or_region_of_one_country_names_that_country(resolver, adjective, noun, lemma,
                                                                                code):
    spec = f"{adjective}/ADJ/amod/1//JJ/NORP {noun}/NOUN/nsubj/2/{lemma}/NNS attacked/VERB/ROOT/2/attack"
    assert actors(resolver, spec)[noun][0].startswith(code)


def test_a_community_named_by_two_nationality_words_is_of_the_country_it_lives_in(resolver):
    # "Turkish Cypriot gunmen" are Cypriots of Turkish descent, as "Greek Cypriot" ones are Cypriots
    for people in ("Turkish", "Greek"):
        spec = (f"{people}/ADJ/amod/2//JJ/NORP Cypriot/ADJ/amod/2//JJ/NORP gunmen/NOUN/nsubj/3/gunman/NNS "
                "attacked/VERB/ROOT/3/attack")
        assert actors(resolver, spec)["gunmen"][0] == "CYPUAF", people


def test_a_regions_adjective_in_lower_case_before_a_place_is_a_direction_not_the_west(resolver):
    # "Police in western Nepal arrested ten rebels": Nepal's police, not the West's
    found = actors(resolver, "Police/NOUN/nsubj/4/police/NNS in/ADP/prep/0 western/ADJ/amod/3/western/JJ "
                             "Nepal/PROPN/pobj/1//NNP/GPE arrested/VERB/ROOT/4/arrest rebels/NOUN/dobj/4/rebel/NNS")
    assert found["Police"][0] == "NPLCOP"


@pytest.mark.parametrize("participle", ["backed", "installed", "imposed"])
def test_a_state_that_installed_or_backs_a_government_is_not_its_country(resolver, participle):
    # "The Soviet-installed government arrested 20 rebels": the government is not the Soviet Union's
    found = actors(resolver, f"The/DET/det/4 Soviet/PROPN/npadvmod/3//NNP/NORP -/PUNCT/punct/3//HYPH "
                             f"{participle}/VERB/amod/4/{participle.removesuffix('d')}/VBN "
                             f"government/NOUN/nsubj/5/government/NN arrested/VERB/ROOT/5/arrest "
                             f"rebels/NOUN/dobj/5/rebel/NNS")
    assert not found.get("government", ("",))[0].startswith("RUS")


@pytest.mark.parametrize("qualifier, country", [("Foreign", ""), ("International", ""), ("Local", "AFG")])
def test_a_party_qualified_as_not_local_takes_no_country_from_where_it_is(resolver, qualifier, country):
    # "Foreign journalists in Kabul protested": not Afghan ones; "Local journalists in Kabul" are
    found = actors(resolver, f"{qualifier}/ADJ/amod/1/{qualifier.lower()}/JJ journalists/NOUN/nsubj/4/journalist/NNS "
                             "in/ADP/prep/1 Kabul/PROPN/pobj/2//NNP/GPE protested/VERB/ROOT/4/protest")
    assert found["journalists"][0].startswith(country or "---")


def test_the_foreign_ministers_of_a_state_are_its_own(resolver):
    # "The foreign ministers of Kenya met": a state's office for its foreign affairs, no foreigners
    found = actors(resolver, "The/DET/det/2 foreign/ADJ/amod/2/foreign/JJ ministers/NOUN/nsubj/5/minister/NNS "
                             "of/ADP/prep/2 Kenya/PROPN/pobj/3//NNP/GPE met/VERB/ROOT/5/meet")
    assert found["ministers"][0] == "KENGOV"


def test_a_word_of_a_persons_own_name_is_no_place_of_his(resolver):
    # "President Duong Van Minh": no Turk for the province of Van; "Texas Governor Greg Abbott" is Texan
    spec = ("President/PROPN/compound/3//NNP Duong/PROPN/compound/3//NNP/PERSON Van/PROPN/compound/3//NNP/PERSON "
            "Minh/PROPN/nsubj/4//NNP/PERSON surrendered/VERB/ROOT/4/surrender")
    assert not actors(resolver, spec)["Minh"][0].startswith("TUR")
    texan = ("Texas/PROPN/compound/3//NNP/GPE Governor/PROPN/compound/3//NNP Greg/PROPN/compound/3//NNP/PERSON "
             "Abbott/PROPN/nsubj/4//NNP/PERSON spoke/VERB/ROOT/4/speak")
    assert actors(resolver, texan)["Abbott"][0].startswith("USA")
