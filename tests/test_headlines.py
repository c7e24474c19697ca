"""Title-case headlines are parsed recased, and quoted as written."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from newsevents import Pipeline
from newsevents.nlp.headlines import HeadlineCaser
from newsevents.records import Article

pytestmark = pytest.mark.issue(10)

CASER = HeadlineCaser(common=frozenset({"pause", "military", "aid", "call", "move", "bill", "hope", "silence",
                                        "observe", "across", "minute"}),
                      protected=frozenset({"bill", "clinton", "ukraine"}))


def test_a_title_case_line_has_its_common_words_lowercased_and_keeps_its_length():
    text = "U.S. Pauses Military Aid to Ukraine"
    recased = CASER(text)
    assert recased == "U.S. pauses military aid to Ukraine" and len(recased) == len(text)


def test_names_acronyms_and_the_first_word_keep_their_case():
    assert CASER("Minute of Silence Observed Across Europe") == "Minute of silence observed across Europe"
    assert CASER("Bill Clinton Calls NATO Move Hope") == "Bill Clinton calls NATO move hope"


def test_only_title_case_lines_change():
    text = "The army shelled the town, Military sources said.\nBill Clinton Calls For Aid"
    assert CASER(text) == "The army shelled the town, Military sources said.\nBill Clinton calls For aid"
    assert CASER("KENYA LET") == "KENYA LET" and CASER("Read More") == "Read More"


def test_a_line_in_capitals_is_recased_common_words_lowered_names_capitalised_acronyms_kept():
    caser = HeadlineCaser(common=frozenset({"sierra", "rebel", "free", "children", "to", "in"}),
                          protected=frozenset({"leone", "clinton"}), name_pairs=frozenset({("sierra", "leone")}))
    text = "SIERRA LEONE REBELS FREE 40 CHILDREN TO UNAMSIL IN FREETOWN"
    recased = caser(text)
    assert recased == "Sierra Leone rebels free 40 children to Unamsil in Freetown" and len(recased) == len(text)
    assert caser("NATO REBELS FREE U.S. CHILDREN") == "NATO rebels free U.S. children"  # short unknown words stay


def test_the_parse_of_a_recased_headline_quotes_the_headline_as_written(pipeline):
    article = Article(article_id="h", text="Israel Praises Courageous Decision", date=dt.date(2024, 1, 5))
    [sentence] = pipeline.parse(article)
    assert sentence.text == article.text and [t.text for t in sentence.tokens] == article.text.split()
    praises = sentence.tokens[1]
    assert (praises.pos, praises.lemma) == ("VERB", "praise")


def test_recasing_is_a_setting(pipeline):
    plain = Pipeline(pipeline.settings.with_values({"nlp.recase_headlines": False}), pipeline.resources)
    article = Article(article_id="h", text="Israel Praises Courageous Decision", date=dt.date(2024, 1, 5))
    [sentence] = plain.parse(replace(article))
    assert sentence.tokens[1].pos != "VERB"


def test_a_word_of_a_longer_name_keeps_its_case_only_beside_its_neighbour_in_the_name():
    caser = HeadlineCaser(common=frozenset({"ban", "women", "from", "urge", "calm", "bill", "call"}),
                          protected=frozenset({"taliban", "ki-moon", "clinton"}),
                          name_pairs=frozenset({("ban", "ki-moon"), ("bill", "clinton")}))
    assert caser("Taliban Ban Women From Universities") == "Taliban ban women from Universities"
    assert caser("UN Chief Ban Ki-moon Urges Calm") == "UN Chief Ban Ki-moon urges calm"
    assert caser("Senate Passes Bill Clinton Opposed") == "Senate Passes Bill Clinton Opposed"


def test_irregular_forms_and_stop_words_are_common_words_and_names_keep_their_case(pipeline):
    caser = pipeline.recase
    assert caser("Police Detain Women From Opposition Party") == "Police detain women from opposition party"
    assert caser("Rebels Fled Village as Army Took Control") == "Rebels fled village as army took control"
    assert caser("Jordan Says No Arrests of Former Officials") == "Jordan says no arrests of former officials"
    assert caser("Ban Ki-moon Urges Calm in Cape Town") == "Ban Ki-moon urges calm in Cape Town"
    assert caser("Theresa May Says Deal Done") == "Theresa May says deal done"
