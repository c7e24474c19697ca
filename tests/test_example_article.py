"""The canonical example article (../shared/corpus): events, evidence, actors, dates and places."""

from __future__ import annotations

import datetime as dt

import pytest

from newsevents import Article

pytestmark = pytest.mark.issue(2)
STORY_DATE = dt.date(2021, 11, 8)


@pytest.fixture(scope="module")
def coded(pipeline, request):
    from .conftest import EXAMPLE_ARTICLE

    if not EXAMPLE_ARTICLE.exists():
        pytest.skip("../shared/corpus is not present")
    text = EXAMPLE_ARTICLE.read_text(encoding="utf-8")
    return next(pipeline.run([Article(article_id="example", text=text, date=STORY_DATE)]))


def find(coded, root=None, trigger=None, source=None, target=None):
    return [e for e in coded.events
            if (root is None or e.root == root) and (trigger is None or e.trigger.text == trigger)
            and (source is None or (e.source and e.source.code == source))
            and (target is None or (e.target and e.target.code == target))]


def test_every_event_cites_its_trigger_and_spans(coded):
    text = coded.article.text
    assert coded.events
    for event in coded.events:
        assert text[event.trigger.start:event.trigger.end] == event.trigger.text
        # the rule's code, unless a mode or the code head (within the rule's root) changed it
        rule_code = event.rule_id.split("@")[0].split(".")[0]
        assert "@" in event.rule_id and (rule_code == event.code[:len(rule_code)] or event.aux_modes or (
            "model-subcode" in event.steps and rule_code[:2] == event.root))
        for actor in (event.source, event.target):
            if actor is not None and actor.span is not None:
                assert text[actor.span.start:actor.span.end] == actor.span.text


def test_consultation_meeting_and_aid_cut(coded):
    briefing = find(coded, root="04", trigger="briefed", source="USAGOV", target="IGOWSTNAT")
    assert briefing and briefing[0].place.name == "Brussels"
    meeting = find(coded, trigger="meeting", source="USAGOV", target="AFGGOV")
    assert meeting
    assert (meeting[0].date.value, meeting[0].date.precision, meeting[0].date.text) == ("2021-10", "month",
                                                                                        "Last October")
    assert (meeting[0].place.name, meeting[0].place.country) == ("Doha", "QAT")
    [aid_cut] = find(coded, root="16", trigger="frozen")
    assert (aid_cut.source.code, aid_cut.target.code) == ("USAGOV", "AFG")
    assert aid_cut.source.text == "Washington" and aid_cut.place is None


def test_visits_to_a_list_of_countries_are_intents_of_the_envoy(coded):
    visits = find(coded, trigger="visit", source="USAGOV")
    assert {e.target.code for e in visits} == {"PAK", "RUS", "IND"}
    assert all(e.code == "036" and "future" in e.aux_modes for e in visits)


def test_no_event_from_background_clauses(coded):
    for event in coded.events:
        assert event.trigger.text not in {"return", "returned", "withdrawal"}


def test_actors_resolved_as_of_the_story_date(coded, pipeline):
    by_text = {}
    for event in coded.events:
        for actor in (event.source, event.target):
            if actor is not None:
                by_text.setdefault(actor.text, actor)
    assert by_text["he"].code == "USAGOV" and "Thomas West" in by_text["he"].how
    assert by_text["Washington"].code == "USAGOV"
    assert by_text["his country"].code == "USA"
    assert by_text["the movement"].code == "AFGGOV" and "Taliban" in by_text["the movement"].how
    assert by_text["Taliban"].code == "AFGGOV"


def test_descriptions_of_the_envoy_resolve_to_him(coded, pipeline):
    from newsevents.actors import ArticleMemory

    memory = ArticleMemory(story_date=STORY_DATE)
    resolved = {}
    for sentence in coded.sentences:
        for head, actor in pipeline.resolver.resolve_sentence(sentence, memory).items():
            resolved.setdefault(actor.text, actor)
    assert resolved["new US envoy"].code == "USAGOV"
    assert resolved["US official"].code == "USAGOV"
    assert resolved["He"].code == "USAGOV"


def test_no_event_is_placed_in_washington(coded):
    assert all(e.place is None or e.place.name != "Washington" for e in coded.events)
    assert any(e.place is not None for e in coded.events)


@pytest.mark.slow
def test_the_cli_codes_the_example_article(tmp_path):
    import json
    import subprocess
    import sys

    from .conftest import EXAMPLE_ARTICLE

    if not EXAMPLE_ARTICLE.exists():
        pytest.skip("../shared/corpus is not present")
    result = subprocess.run([sys.executable, "-m", "newsevents", "code", str(EXAMPLE_ARTICLE), "--date", "2021-11-08",
                             "--db", str(tmp_path / "x.duckdb"), "--out", str(tmp_path / "e.jsonl")],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in (tmp_path / "e.jsonl").read_text().splitlines()]
    text = EXAMPLE_ARTICLE.read_text(encoding="utf-8")
    roots = {row["root"] for row in rows}
    assert {"04", "16"} <= roots and any(row["trigger_text"] == "meeting" for row in rows)
    for row in rows:
        assert text[row["trigger_start"]:row["trigger_end"]] == row["trigger_text"]
