"""People as news names them: by surname alone (the story date picks the holder, the article's own
full mention overrides it, a word the parse does not call a person's name is left alone), as a
named person's supporters, as a named service's agents."""

from __future__ import annotations

import datetime as dt

from newsevents.actors import ActorResolver, ArticleMemory
from newsevents.actors.kb import ActorKB, KBEntry, surname_keys

from .sentences import parsed


def person(name: str, code: str, start: str, end: str | None = None, country: str = "USA", role: str = "") -> KBEntry:
    return KBEntry(code=code, name=name, kind="person", country=country, start=dt.date.fromisoformat(start),
                   end=dt.date.fromisoformat(end) if end else None, origin="test", role=role)


def kb_of(*people: KBEntry) -> ActorKB:
    kb = ActorKB()
    for entry in people:
        kb.add(entry.name, entry)
        kb.add_surname(entry)
    return kb


CLINTONS = kb_of(
    person("Bill Clinton", "USAGOV", "1993-01-20", "2001-01-20"),
    person("Bill Clinton", "USAELI", "2001-01-21"),
    person("Hillary Clinton", "USALEG", "2001-01-03", "2009-01-21"),
    person("Hillary Clinton", "USAGOV", "2009-01-21", "2013-02-01"),
)
SURNAME_SUBJECT = "Clinton/PROPN/nsubj/1///PERSON praised/VERB/ROOT/1 Egypt/PROPN/dobj/1///GPE"


def subject_code(kb: ActorKB, spec: str, day: str, memory: ArticleMemory | None = None) -> str | None:
    memory = memory or ArticleMemory(story_date=dt.date.fromisoformat(day))
    actor = ActorResolver(kb).resolve_sentence(parsed(spec), memory).get(0)
    return actor.code if actor else None


def test_the_surname_names_the_holder_in_office_on_the_story_date():
    assert subject_code(CLINTONS, SURNAME_SUBJECT, "2000-07-25") == "USAGOV"  # Bill, president
    actor = ActorResolver(CLINTONS).resolve_sentence(parsed(SURNAME_SUBJECT), ArticleMemory(
        story_date=dt.date(2010, 3, 1)))[0]
    assert (actor.code, actor.name) == ("USAGOV", "Hillary Clinton")  # secretary of state; Bill an elite
    assert actor.how.startswith("surname of Hillary Clinton")


def test_two_holders_in_office_or_out_of_office_name_no_one():
    kb = kb_of(person("Ann Smith", "USAGOV", "2000-01-01"), person("Bob Smith", "USALEG", "2000-01-01"))
    assert subject_code(kb, SURNAME_SUBJECT.replace("Clinton", "Smith"), "2005-01-01") is None
    # 2016: Bill is a former president, Hillary out of office: two elites, and the text says which
    assert subject_code(CLINTONS, SURNAME_SUBJECT, "2016-07-25") is None


def test_of_two_holders_in_office_the_surname_names_the_one_in_the_higher_office():
    """'Powell Warns Khartoum' (2004): the Secretary of State, not the British prime minister's chief
    of staff; a president before a vice president; two in offices of one rank still name no one."""
    kb = kb_of(person("Colin Powell", "USAGOV", "2001-01-20", "2005-01-26", role="Secretary of State"),
               person("Jonathan Powell", "GBRGOV", "1997-05-02", "2007-06-27", country="GBR",
                      role="Downing Street Chief of Staff"))
    assert subject_code(kb, SURNAME_SUBJECT.replace("Clinton", "Powell"), "2004-09-09") == "USAGOV"
    kb = kb_of(person("Ann Smith", "USAGOV", "2000-01-01", role="President"),
               person("Bob Smith", "USAGOV", "2000-01-01", role="Vice President"))
    actor = ActorResolver(kb).resolve_sentence(parsed(SURNAME_SUBJECT.replace("Clinton", "Smith")), ArticleMemory(
        story_date=dt.date(2005, 1, 1)))[0]
    assert actor.name == "Ann Smith"
    kb = kb_of(person("Ann Smith", "USAGOV", "2000-01-01", role="Foreign Minister"),
               person("Bob Smith", "GBRGOV", "2000-01-01", country="GBR", role="Defence Secretary"))
    assert subject_code(kb, SURNAME_SUBJECT.replace("Clinton", "Smith"), "2005-01-01") is None


def test_the_only_bearer_out_of_office_is_an_elite():
    kb = kb_of(person("Tony Blair", "GBRGOV", "1997-05-02", "2007-06-27", country="GBR"))
    assert subject_code(kb, SURNAME_SUBJECT.replace("Clinton", "Blair"), "2012-01-01") == "GBRELI"


def test_the_article_full_name_decides_later_surnames():
    memory = ArticleMemory(story_date=dt.date(2016, 7, 25))
    resolver = ActorResolver(CLINTONS)
    first = resolver.resolve_sentence(parsed(
        "Hillary/PROPN/compound/1///PERSON Clinton/PROPN/nsubj/2///PERSON spoke/VERB/ROOT/2"), memory)
    assert first[1].name == "Hillary Clinton"
    assert subject_code(CLINTONS, SURNAME_SUBJECT, "2016-07-25", memory) == first[1].code


def test_a_person_of_a_family_name_first_country_named_in_full_is_meant_by_either_name():
    """"Hong Kong police arrested Jimmy Lai ... Lai condemned the arrest": not Taiwan's vice
    president Lai Ching-te, who holds the higher office on the day."""
    kb = kb_of(person("Lai Ching-te", "TWNGOV", "2020-05-20", country="TWN", role="Vice President of Taiwan"),
               person("Jimmy Lai", "HKGOPP", "1995-01-01", country="HKG", role="media tycoon"))
    lai = SURNAME_SUBJECT.replace("Clinton", "Lai")
    assert subject_code(kb, lai, "2020-08-12") == "TWNGOV"
    memory = ArticleMemory(story_date=dt.date(2020, 8, 12))
    ActorResolver(kb).resolve_sentence(parsed(
        "Jimmy/PROPN/compound/1///PERSON Lai/PROPN/nsubj/2///PERSON spoke/VERB/ROOT/2"), memory)
    assert subject_code(kb, lai, "2020-08-12", memory) == "HKGOPP"


def test_a_surname_inside_another_name_or_not_a_person_is_left_alone():
    other = "Chelsea/PROPN/compound/1///PERSON Clinton/PROPN/nsubj/2///PERSON praised/VERB/ROOT/2"
    memory = ArticleMemory(story_date=dt.date(2000, 7, 25))
    assert 1 not in ActorResolver(CLINTONS).resolve_sentence(parsed(other), memory)
    assert subject_code(CLINTONS, SURNAME_SUBJECT.replace("///PERSON", "///GPE"), "2000-07-25") is None


def test_a_lone_proper_noun_the_parser_did_not_call_a_person_is_still_a_surname():
    # the small model leaves "Lavrov" untagged and calls "Deripaska" an organisation
    for tag in ("", "ORG"):
        spec = SURNAME_SUBJECT.replace("///PERSON", f"///{tag}")
        assert subject_code(CLINTONS, spec, "2000-07-25") == "USAGOV"
    hyphenated = "Ofori/PROPN/compound/2 -/PUNCT/punct/2//HYPH Clinton/PROPN/nsubj/3 praised/VERB/ROOT/3"
    assert subject_code_at(CLINTONS, hyphenated, 2, "2000-07-25") is None
    headline = "Leaders/NOUN/nsubj/1 Praise/VERB/ROOT/1 Clinton/PROPN/dobj/1 Accords/PROPN/dobj/1"
    assert subject_code_at(CLINTONS, headline, 2, "2000-07-25") is None
    modifier = "the/DET/det/2 Clinton/PROPN/compound/2 herders/NOUN/nsubj/3 praised/VERB/ROOT/3"
    assert subject_code_at(CLINTONS, modifier, 1, "2000-07-25") is None


def subject_code_at(kb: ActorKB, spec: str, head: int, day: str) -> str | None:
    memory = ArticleMemory(story_date=dt.date.fromisoformat(day))
    actor = ActorResolver(kb)(parsed(spec), head, memory)
    return actor.code if actor else None


def test_surname_keys_follow_the_name_order_and_drop_articles_and_suffixes():
    assert surname_keys("Xi Jinping", "CHN") == ("xi",)
    assert surname_keys("Bashar al-Assad", "SYR") == ("al-assad", "assad")
    assert surname_keys("Martin Luther King Jr.", "USA") == ("king",)
    # a patronymic name is second named by the given name before it ("Abiy Ahmed": Abiy)
    assert surname_keys("Getachew Reda", "ETH") == ("getachew",)
    assert surname_keys("Isaias Afwerki", "ERI") == ("isaias",)
    # so is a Malaysian's ("Anwar Ibrahim": Anwar), and a Thai is by the given name before the family's
    assert surname_keys("Anwar Ibrahim", "MYS") == ("anwar",)
    assert surname_keys("Thaksin Shinawatra", "THA") == ("thaksin",)
    assert surname_keys("Suharto", "IDN") == ()


def test_supporters_of_a_named_person_are_civilians_of_that_persons_country(resources):
    sentence = parsed("Supporters/NOUN/nsubj/4/supporter of/ADP/prep/0 Imran/PROPN/compound/3///PERSON "
                      "Khan/PROPN/pobj/1///PERSON marched/VERB/ROOT/4")
    actors = ActorResolver(resources.actors).resolve_sentence(sentence, ArticleMemory(story_date=dt.date(2023, 5, 10)))
    assert actors[0].code == "PAKCVL" and actors[0].how.startswith("supporter of Imran Khan")
    assert actors[3].code.startswith("PAK")  # Khan himself keeps his own code


def test_agents_of_a_named_service_are_its_country_s_law_enforcement(resources):
    sentence = parsed("FBI/PROPN/compound/1///ORG agents/NOUN/nsubj/2/agent arrested/VERB/ROOT/2/arrest "
                      "two/NUM/nummod/4 men/NOUN/dobj/2/man")
    actors = ActorResolver(resources.actors).resolve_sentence(sentence, ArticleMemory(story_date=dt.date(2023, 4, 17)))
    assert actors[1].code == "USACOP"


def test_before_heading_an_organisation_a_person_is_not_its_elite():
    """Frans Timmermans in 2013 was the Dutch foreign minister, not a former European Commissioner: the
    dictionary knows only his later office, so the text's own description must decide."""
    kb = kb_of(person("Frans Timmermans", "IGOEUREECCOM", "2014-11-01", "2023-08-22", country="IGOEUREEC",
                      role="First Vice-President of the European Commission"))
    spec = "Frans/PROPN/compound/1///PERSON Timmermans/PROPN/nsubj/2///PERSON insisted/VERB/ROOT/2"
    codes = {}
    for day in ("2013-06-01", "2020-06-01", "2024-06-01"):
        found = ActorResolver(kb).resolve_sentence(parsed(spec), ArticleMemory(story_date=dt.date.fromisoformat(day)))
        codes[day] = found[1].code if 1 in found else None
    assert codes == {"2013-06-01": None, "2020-06-01": "IGOEUREECCOM", "2024-06-01": "IGOELI"}


def test_a_city_is_no_surname_of_someone_out_of_office():
    # "Rebels attacked Goma": the Congolese city, not a prime minister of 1991 of that surname; a
    # surname of someone in office still names them, city or not
    kb = kb_of(person("Louis Sylvain Goma", "COGGOV", "1991-01-08", "1991-06-08", country="COG"))
    spec = "Rebels/NOUN/nsubj/1/rebel/NNS attacked/VERB/ROOT/1/attack Goma/PROPN/dobj/1//NNP/PERSON"
    cities = {"Goma": "COD"}.get
    memory = ArticleMemory(story_date=dt.date(2025, 2, 20))
    assert 2 not in ActorResolver(kb, places=cities).resolve_sentence(parsed(spec), memory)
    memory = ArticleMemory(story_date=dt.date(1991, 3, 1))
    assert ActorResolver(kb, places=cities).resolve_sentence(parsed(spec), memory)[2].code == "COGGOV"
    memory = ArticleMemory(story_date=dt.date(2025, 2, 20))
    assert ActorResolver(kb).resolve_sentence(parsed(spec), memory)[2].code == "COGELI"  # no gazetteer


def test_he_or_she_after_someone_no_dictionary_knows_is_no_one_named_before():
    # "Sanchez praised the court. Benet, the singer it sentenced, said she would appeal": not Sanchez
    kb = kb_of(person("Pedro Sanchez", "ESPGOV", "2018-06-02", country="ESP"))
    known = parsed("Pedro/PROPN/compound/1//NNP/PERSON Sanchez/PROPN/nsubj/2//NNP/PERSON praised/VERB/ROOT/2/praise")
    unknown = parsed("Benet/PROPN/nsubj/1//NNP/PERSON spoke/VERB/ROOT/1/speak", start=40)
    she = parsed("She/PRON/nsubj/1/she/PRP appealed/VERB/ROOT/1/appeal", start=80)
    resolver = ActorResolver(kb)
    memory = ArticleMemory(story_date=dt.date(2024, 11, 14))
    resolver.resolve_sentence(known, memory)
    assert resolver.resolve_sentence(she, memory)[0].code == "ESPGOV"
    memory = ArticleMemory(story_date=dt.date(2024, 11, 14))
    for sentence in (known, unknown):
        resolver.resolve_sentence(sentence, memory)
    assert 0 not in resolver.resolve_sentence(she, memory)


def test_a_person_is_meant_by_the_surname_the_text_writes_for_the_dictionarys_spelling():
    kb = kb_of(person("Avigdor Liberman", "ISRGOV", "2016-05-30", country="ISR"),
               person("Joe Lieberman", "USALEG", "1989-01-03", "2013-01-03"))
    kb.add("Avigdor Lieberman", person("Avigdor Liberman", "ISRGOV", "2016-05-30", country="ISR"))
    memory = ArticleMemory(story_date=dt.date(2018, 11, 14))
    ActorResolver(kb).resolve_sentence(parsed(
        "Avigdor/PROPN/compound/1///PERSON Lieberman/PROPN/nsubj/2///PERSON resigned/VERB/ROOT/2"), memory)
    assert subject_code(kb, SURNAME_SUBJECT.replace("Clinton", "Lieberman"), "2018-11-14", memory) == "ISRGOV"
