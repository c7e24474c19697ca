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
