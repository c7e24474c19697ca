"""Temporal expressions: found in text and resolved against the story date."""

from __future__ import annotations

import datetime as dt

import pytest

from newsevents.time import find_expressions, resolve

STORY = dt.date(2021, 11, 8)  # a Monday


@pytest.mark.parametrize("text, value, precision", [
    ("today, Monday", "2021-11-08", "day"),
    ("yesterday", "2021-11-07", "day"),
    ("on Friday", "2021-11-05", "day"),
    ("last week", "2021-11-01", "week"),
    ("next week", "2021-11-15", "week"),
    ("last month", "2021-10", "month"),
    ("earlier this month", "2021-11", "month"),
    ("last October", "2021-10", "month"),
    ("in August", "2021-08", "month"),
    ("the end of last August", "2021-08", "month"),
    ("nearly two months ago", "2021-09", "month"),
    ("three weeks ago", "2021-10-18", "week"),
    ("in two days", "2021-11-10", "day"),
    ("March 3", "2021-03-03", "day"),
    ("3 March 2020", "2020-03-03", "day"),
    ("Jan. 5, 2019", "2019-01-05", "day"),
    ("in 2019", "2019", "year"),
    ("mid-June", "2021-06", "month"),
    ("last summer", "2021-06", "season"),
    ("last year", "2020", "year"),
    ("Seventy years ago", "1951", "year"),  # counts spelled out beyond twelve
    ("twenty-five years ago", "1996", "year"),
    ("fifteen months ago", "2020-08", "month"),
    ("in May last year", "2020-05", "month"),  # the year the words name, not the last May
    ("in December, last year", "2020-12", "month"),
    ("in March next year", "2022-03", "month"),
    ("over the weekend", "2021-11-01", "week"),  # the weekend before a Monday story: Nov 6-7
    ("on Christmas Day", "2020-12-25", "day"),  # a feast of a fixed date: the last one by the story's day
    ("New Year's Eve", "2020-12-31", "day"),
])
def test_resolve(text, value, precision):
    resolved = resolve(text, STORY)
    assert (resolved.value, resolved.precision) == (value, precision)


def test_future_tense_weekday_and_month_look_forward():
    assert resolve("on Friday", STORY, future=True).value == "2021-11-12"
    assert resolve("in March", STORY, future=True).value == "2022-03"


def test_the_weekend_is_the_last_one_or_for_what_is_to_come_the_next():
    saturday, sunday = dt.date(2021, 11, 13), dt.date(2021, 11, 14)
    assert resolve("over the weekend", saturday).value == resolve("at the weekend", sunday).value == "2021-11-08"
    assert resolve("over the weekend", STORY, future=True).value == "2021-11-08"  # Nov 13-14


@pytest.mark.parametrize("text, value", [
    ("two days later", "2021-10-07"), ("a week later", "2021-10-12"), ("three days earlier", "2021-10-02"),
    ("the same day", "2021-10-05"), ("the following day", "2021-10-06"), ("the previous day", "2021-10-04"),
])
def test_an_expression_told_from_the_episode_counts_from_its_day_and_without_one_names_none(text, value):
    assert resolve(text, STORY, episode=dt.date(2021, 10, 5)).value == value
    assert resolve(text, STORY) is None  # not from the story's date: "two days later" than what?


def test_last_month_name_in_the_same_month_means_a_year_ago():
    assert resolve("last October", dt.date(2021, 10, 20)).value == "2020-10"
    assert resolve("last December", dt.date(2022, 1, 10)).value == "2021-12"


def test_find_expressions_in_a_sentence():
    text = "Last October, officials met; on Monday they spoke again, nearly two months ago it began."
    found = [(e.text, e.rule) for e in find_expressions(text)]
    assert found == [("Last October", "relative_month"), ("on Monday", "relative_weekday"),
                     ("nearly two months ago", "ago")]


# every pattern's forms, in sentences, with near misses ("Mayor", "Marchers", "daytime")
FORMS = [
    "2021-11-08", "today, Monday", "on 3rd March, 2020", "Jan. 5, 2019", "5 Sept", "Sept. 5th", "the end of last August",
    "the middle of March 2019", "mid-June", "late-2020", "early 2019", "nearly two months ago", "in a couple of weeks",
    "within three days", "earlier this week", "the coming weekend", "past year", "this May", "last winter",
    "during the summer of 2014", "in spring", "late Tuesday night", "on Friday", "this evening", "last night",
    "the day before yesterday", "the day after tomorrow", "tonight", "since April", "by 2030", "in 1999",
    "decades ago", "a decade ago", "Mayor Marchers met in the daytime; no date here", "Octopus Sunday-school",
    "on Christmas Day", "on New Year's Eve",
]


@pytest.mark.parametrize("form", FORMS)
def test_families_only_skip_patterns_that_cannot_match(form):
    for text in (form, f"Officials said {form} that talks, which began {form}, would go on."):
        assert find_expressions(text) == find_expressions(text, every_pattern=True)
    assert find_expressions(f"They met {form}.") or form.startswith(("decades", "Mayor", "Octopus"))


def test_a_sentence_set_in_what_was_just_told_points_back():
    from newsevents.time.attach import points_back

    from .sentences import parsed

    at_that = parsed("At/ADP/prep/5 that/DET/det/2 meeting/NOUN/pobj/0 ,/PUNCT/punct/5 Taliban/PROPN/nsubj/5 "
                     "demanded/VERB/ROOT/5/demand")
    assert points_back(at_that)
    # a demonstrative on an object, or an article on a setting, points nowhere
    that_plan = parsed("Taliban/PROPN/nsubj/1 rejected/VERB/ROOT/1/reject that/DET/det/3 plan/NOUN/dobj/1")
    at_a = parsed("At/ADP/prep/4 a/DET/det/2 meeting/NOUN/pobj/0 Taliban/PROPN/nsubj/4 demanded/VERB/ROOT/4/demand")
    assert not points_back(that_plan) and not points_back(at_a)


def test_a_range_of_days_is_dated_by_its_first_day_and_its_year_by_it():
    """"visited Japan from 7 to 10 October" told on October 8 began on the 7th, this year; not the 10th
    of the year before, as a past act after the story date would be."""
    story = dt.date(1998, 10, 8)
    for text in ("paid a visit from 7 to 10 October.", "visited India from October 7 to 10.",
                 "met on Oct. 7-10, 1998 in Tokyo"):
        [found] = find_expressions(text)
        resolved = resolve(found.text, story)
        assert resolved is not None and resolved.value == "1998-10-07", text
    [iso] = find_expressions("on 2014-05-03")
    assert resolve(iso.text, story).value == "2014-05-03"


def test_a_feast_still_to_come_is_the_next_one():
    # "talks will resume on New Year's Day", told on Dec 30: the coming one
    resolved = resolve("on New Year's Day", dt.date(2008, 12, 30), future=True)
    assert resolved is not None and resolved.value == "2009-01-01"


def test_a_deadline_in_what_parties_agreed_would_happen_is_still_to_come(code_text):
    """"agreed that 5,000 prisoners would be freed by March 10": an agreed "would" is a future, as a
    said one is; the deadline had been read as last year's March 10 and the release marked historical."""
    [freed] = [e for e in code_text("DOHA (Wire) - The two sides agreed that 5,000 Taliban prisoners would be freed "
                                    "by March 10.", "2020-02-29") if e.trigger.text == "freed"]
    assert freed.date.value == "2020-02-29" and "historical" not in freed.aux_modes
