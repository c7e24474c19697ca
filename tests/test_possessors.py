"""A possessive pronoun gives a generic agent its antecedent's country or organisation ("Syria said its
troops ..."), as a named owner would; not to relational nouns ("its neighbours")."""

from __future__ import annotations

from newsevents.actors import ActorResolver
from newsevents.actors.kb import ActorKB, Agent, KBEntry
from newsevents.actors.resolver import ArticleMemory
from newsevents.events.arguments import noun_agents

from .sentences import parsed


def kb() -> ActorKB:
    kb = ActorKB()
    for surface, code, kind in (("Syria", "SYR", "country"), ("Hamas", "PSEREB", "group"),
                                ("Mohamed Morsi", "EGYGOV", "person")):
        entry = KBEntry(code=code, name=surface, kind=kind, country=code[:3], origin="test")
        kb.add(surface, entry)
        if kind == "country":
            kb.countries[code] = entry
    kb.countries["EGY"] = KBEntry(code="EGY", name="Egypt", kind="country", country="EGY", origin="test")
    for term, role in (("troop", "MIL"), ("fighter", "REB"), ("supporter", "CVL")):
        kb.agents[term] = Agent(term=term, role=role, sector=role)
    return kb


def actors_of(spec: str) -> dict[str, str]:
    sentence = parsed(spec)
    found = ActorResolver(kb()).resolve_sentence(sentence, ArticleMemory())
    return {sentence.tokens[i].text: actor.code for i, actor in found.items()}


def test_its_troops_are_the_country_s_military():
    found = actors_of("Syria/PROPN/nsubj/1 said/VERB/ROOT/1 its/PRON/poss/3/its/PRP$ troops/NOUN/nsubj/5/troop "
                      "had/AUX/aux/5 fired/VERB/ccomp/1")
    assert found == {"Syria": "SYR", "troops": "SYRMIL"}


def test_its_fighters_are_the_group_itself():
    found = actors_of("Hamas/PROPN/nsubj/1 said/VERB/ROOT/1 its/PRON/poss/3/its/PRP$ "
                      "fighters/NOUN/nsubj/4/fighter attacked/VERB/ccomp/1")
    assert found["fighters"] == "PSEREB"


def test_his_supporters_are_civilians_of_his_country_or_of_none_known():
    found = actors_of("Mohamed/PROPN/compound/1 Morsi/PROPN/nsubj/2 said/VERB/ROOT/2 his/PRON/poss/4/his/PRP$ "
                      "supporters/NOUN/nsubj/5/supporter marched/VERB/ccomp/2")
    assert found["supporters"] == "EGYCVL"
    alone = actors_of("His/PRON/poss/1/his/PRP$ supporters/NOUN/nsubj/2/supporter rioted/VERB/ROOT/2")
    assert alone == {"supporters": "---CVL"}


def test_relational_nouns_are_someone_else():
    found = actors_of("Syria/PROPN/nsubj/1 warned/VERB/ROOT/1 its/PRON/poss/3/its/PRP$ "
                      "neighbours/NOUN/dobj/1/neighbour")
    assert "neighbours" not in found


def test_weapons_only_armies_field_are_their_countrys_military():
    kb_ = kb()
    kb_.add("Israeli", KBEntry(code="ISR", name="Israel", kind="adjective", country="ISR", origin="test"))
    kb_.countries["ISR"] = KBEntry(code="ISR", name="Israel", kind="country", country="ISR", origin="test")
    sentence = parsed("Israeli/ADJ/amod/2/israeli artillery/NOUN/compound/2 shells/NOUN/nsubj/3/shell "
                      "hit/VERB/ROOT/3/hit")
    found = ActorResolver(kb_).resolve_sentence(sentence, ArticleMemory())
    assert found[2].code == "ISRMIL" and "weapon 'shell'" in found[2].how
    # a bomb of no named country stays for the coder's unnamed perpetrator
    bomb = parsed("a/DET/det/1 bomb/NOUN/nsubj/2/bomb exploded/VERB/ROOT/2/explode")
    assert ActorResolver(kb_).resolve_sentence(bomb, ArticleMemory()) == {}


def test_a_possessive_its_owns_what_the_subject_before_it_does():
    # "Syria shelled Hamas in its first attack": its is Syria's (the subject), not Hamas's (the last named)
    spec = ("Syria/PROPN/nsubj/1 shelled/VERB/ROOT/1/shell Hamas/PROPN/dobj/1 in/ADP/prep/1 "
            "its/PRON/poss/6/its first/ADJ/amod/6 attack/NOUN/pobj/3")
    sentence = parsed(spec)
    resolver, memory = ActorResolver(kb()), ArticleMemory()
    resolver.resolve_sentence(sentence, memory)
    assert resolver(sentence, 4, memory).code == "SYR"


def test_a_possessive_pronoun_on_an_event_noun_names_the_agent_unless_the_noun_is_undergone():
    spec = "criticism/NOUN/ROOT/0 of/ADP/prep/0 its/PRON/poss/3/its raid/NOUN/pobj/1"
    assert noun_agents(parsed(spec), 3) == [2]
    # "during his visit", "their raid": the owner does it; "his release" is done to him
    assert noun_agents(parsed(spec.replace("its/PRON/poss/3/its", "his/PRON/poss/3/his")), 3) == [2]
    assert noun_agents(parsed(spec.replace("its/PRON/poss/3/its", "their/PRON/poss/3/their")), 3) == [2]
    release = "demanded/VERB/ROOT/0/demand his/PRON/poss/2/his release/NOUN/dobj/0/release"
    assert noun_agents(parsed(release), 2) == []
    assert noun_agents(parsed(release.replace("release/NOUN/dobj/0/release", "extradition/NOUN/dobj/0")), 2) == []


def test_a_first_person_pronoun_in_a_quote_is_its_speaker_named_after_it():
    """'"We will not negotiate," Syria told the conference': the speaker, who comes after the quote."""
    found = actors_of('"/PUNCT/punct/7 We/PRON/nsubj/4/we will/AUX/aux/4 not/PART/neg/4 negotiate/VERB/ccomp/7 '
                      ',"/PUNCT/punct/7 Syria/PROPN/nsubj/7 told/VERB/ROOT/7/tell the/DET/det/9 '
                      'conference/NOUN/dobj/7/conference')
    assert found["We"] == "SYR" and found["Syria"] == "SYR"
    # outside a report, a first person names no one
    assert "We" not in actors_of("We/PRON/nsubj/1/we negotiate/VERB/ROOT/1")
