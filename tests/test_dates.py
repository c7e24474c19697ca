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
])
def test_resolve(text, value, precision):
    resolved = resolve(text, STORY)
    assert (resolved.value, resolved.precision) == (value, precision)


def test_future_tense_weekday_and_month_look_forward():
    assert resolve("on Friday", STORY, future=True).value == "2021-11-12"
    assert resolve("in March", STORY, future=True).value == "2022-03"


def test_last_month_name_in_the_same_month_means_a_year_ago():
    assert resolve("last October", dt.date(2021, 10, 20)).value == "2020-10"
    assert resolve("last December", dt.date(2022, 1, 10)).value == "2021-12"


def test_find_expressions_in_a_sentence():
    text = "Last October, officials met; on Monday they spoke again, nearly two months ago it began."
    found = [(e.text, e.rule) for e in find_expressions(text)]
    assert found == [("Last October", "relative_month"), ("on Monday", "relative_weekday"),
                     ("nearly two months ago", "ago")]
