"""Pronouns for people across sentences: a subject "they" after two people met, an object "him" after
a preposition."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.issue(10)


def test_they_after_two_people_met_is_the_two_of_them(code_text):
    events = code_text("SEOUL, May 3 (Wire) - President Lee Myung-bak met Prime Minister Yoshihiko Noda in Seoul. "
                       "They urged North Korea to return to talks.", date="2012-05-03")
    urged = sorted(e.source.code for e in events if e.trigger.text == "urged")
    assert urged == ["JPNGOV", "KORGOV"]
    # a group named before stays what "they" stands for
    events = code_text("Rebels attacked the town. They killed three soldiers.", date="2012-05-03")
    assert [e.source.code for e in events if e.trigger.text == "killed"] == ["---REB"]


def test_him_after_a_preposition_is_not_its_clauses_own_subject(code_text):
    events = code_text("Iranian Foreign Minister Mohammad Javad Zarif arrived in Beijing on Monday. Wang Yi held "
                       "talks with him.", date="2019-05-13")
    talks = sorted((e.source.code, e.target.code) for e in events if e.trigger.text == "held")
    assert talks == [("CHNGOV", "IRNGOV"), ("IRNGOV", "CHNGOV")]


def test_we_in_a_statements_body_is_the_body_that_issued_it(code_text):
    events = code_text("MOSCOW, March 24 (Wire) - The Russian Foreign Ministry issued a statement on Wednesday. "
                       "We resolutely condemn this act of aggression against a sovereign state.", date="1999-03-24")
    [condemned] = [e for e in events if e.trigger.text == "condemn"]
    assert condemned.source.code == "RUSGOV" and "issuer" in condemned.source.how


def test_we_inside_quotation_marks_is_no_issuer():
    from newsevents.actors.resolver import _in_quotes

    from .sentences import parsed

    quoted = parsed('"/PUNCT/punct/2 We/PRON/nsubj/2 condemn/VERB/ROOT/2 it/PRON/dobj/2 "/PUNCT/punct/2')
    assert _in_quotes(quoted, 1)
    assert not _in_quotes(parsed("We/PRON/nsubj/1 condemn/VERB/ROOT/1 it/PRON/dobj/1"), 0)
