"""Reviewers' verdicts: their table, and `newsevents corrections export` in the training corpus format."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from newsevents import review
from newsevents.cli.app import app
from newsevents.ontology import load_ontology
from newsevents.store import Store
from newsevents.train import corpus

pytestmark = pytest.mark.issue(14)


@pytest.fixture(scope="module")
def codes() -> set[str]:
    return set(load_ontology().codes)


@pytest.mark.parametrize("code, rule_id, modes, expected", [
    ("190", "190.attack@verb", [], ("190", "actual")),
    ("138", "190.attack@verb", ["threatened"], ("190", "threatened")),
    ("036", "042.visit@verb", ["future"], ("042", "future")),
    ("125", "046.negotiate@verb", ["refused", "future"], ("046", "refused")),
    ("1123", "190.attack@asserted-by-say", ["reported"], ("1123", "actual")),
])
def test_act_of_gives_the_act_itself_and_its_mode(code, rule_id, modes, expected):
    assert review.act_of(code, rule_id, modes) == expected


@pytest.mark.parametrize("rule_id, modes, expected", [
    ("045.host_talks@verb", [], "active"), ("190.attack@passive", [], "passive"),
    ("040.talks@light-verb:hold", [], "light_verb"), ("040.talks@noun-between", [], "nominal"),
    ("010.say@verb", ["reported"], "reported"), ("042.visit@received", [], "other"),
])
def test_construction_of_the_coders_rule(rule_id, modes, expected):
    assert review.construction_of(rule_id, modes) == expected


def mentions_of(store: Store, sentence_sql: str) -> list[tuple]:
    return store.conn.execute(f"SELECT mention_id, code, trigger_text, sentence_id FROM mentions WHERE {sentence_sql} "
                              "ORDER BY mention_id").fetchall()


def test_export_writes_records_that_pass_the_corpus_validator(db_copy, codes, tmp_path):
    with Store(db_copy) as store:
        attack = mentions_of(store, "code = '190' AND article_id = 'sample-002'")[0]
        meeting = mentions_of(store, "code = '040'")[0]
        review.add(store.conn, review.Judgement(mention_id=attack[0], verdict="wrong", code="193", mode="actual",
                                                source_code="AFGINS", target_code="AFGMIL"), codes)
        review.add(store.conn, review.Judgement(mention_id=meeting[0], verdict="right"), codes)
    out = tmp_path / "corrections.jsonl"
    result = CliRunner().invoke(app, ["corrections", "export", "--db", str(db_copy), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "wrote 2 training sentence(s)" in result.output
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert corpus.main([str(out)]) == 0
    corrected = next(r for r in records if any(e["code"] == "193" for e in r["events"]))
    event = next(e for e in corrected["events"] if e["code"] == "193")
    assert event["trigger"] == attack[2] and event["trigger"] in corrected["text"]
    assert "coded 190" in event["note"] and "AFGINS->AFGMIL" in event["note"]
    assert corrected["kind"] == "event" and corrected["id"].startswith("rv-") and corrected["date"]


def test_a_wrong_verdict_without_code_removes_the_event_and_reviewed_only_skips_partial_sentences(db_copy, codes):
    with Store(db_copy) as store:
        sentence = store.conn.execute("SELECT sentence_id FROM mentions GROUP BY 1 HAVING count(*) = 1 "
                                      "ORDER BY 1 LIMIT 1").fetchone()[0]
        crowded = store.conn.execute("SELECT sentence_id FROM mentions GROUP BY 1 HAVING count(DISTINCT code) > 1 "
                                     "ORDER BY 1 LIMIT 1").fetchone()[0]
        alone = mentions_of(store, f"sentence_id = '{sentence}'")[0]
        review.add(store.conn, review.Judgement(mention_id=alone[0], verdict="wrong"), codes)
        partial = mentions_of(store, f"sentence_id = '{crowded}'")[0]
        review.add(store.conn, review.Judgement(mention_id=partial[0], verdict="right"), codes)
        everything, skipped = review.training_records(store.conn, codes)
        reviewed_only, skipped_partial = review.training_records(store.conn, codes, reviewed_only=True)
    empty = next(r for r in everything if r["events"] == [])
    assert empty["kind"] == "no-event:other"
    assert len(everything) == 2 and not skipped
    assert len(reviewed_only) == 1 and crowded in skipped_partial[0]
    both = next(r for r in everything if r["events"])
    assert any(e.get("note") == "as coded, not reviewed" for e in both["events"])


def test_corrections_outlive_the_article_and_never_touch_the_events(db_copy, codes, tmp_path):
    with Store(db_copy) as store:
        mention = mentions_of(store, "article_id = 'sample-002' AND code = '190'")[0]
        events_before = store.conn.execute("SELECT * FROM events ORDER BY event_key").fetchall()
        review.add(store.conn, review.Judgement(mention_id=mention[0], verdict="wrong", code="193"), codes)
        assert store.conn.execute("SELECT * FROM events ORDER BY event_key").fetchall() == events_before
        assert store.conn.execute("SELECT code FROM mentions WHERE mention_id = ?", [mention[0]]).fetchone()[0] == "190"
        store.delete("sample-002")
        written, skipped = review.export(store.conn, tmp_path / "out.jsonl", codes)
    assert written == 1 and not skipped
    assert corpus.main([str(tmp_path / "out.jsonl")]) == 0


def test_invalid_judgements_are_refused(db_copy, codes):
    with Store(db_copy) as store:
        mention = mentions_of(store, "code = '190'")[0]
        with pytest.raises(LookupError):
            review.add(store.conn, review.Judgement(mention_id="none", verdict="right"), codes)
        with pytest.raises(review.ReviewError) as raised:
            review.add(store.conn, review.Judgement(mention_id=mention[0], verdict="right", code="190"), codes)
        assert raised.value.errors[0]["field"] == "code"
        with pytest.raises(review.ReviewError):
            review.add(store.conn, review.Judgement(mention_id=mention[0], verdict="wrong", trigger_text="zzz"), codes)
        assert store.conn.execute("SELECT count(*) FROM corrections").fetchone()[0] == 0


def test_corrections_list_command(db_copy, codes):
    with Store(db_copy) as store:
        mention = mentions_of(store, "code = '190'")[0]
        review.add(store.conn, review.Judgement(mention_id=mention[0], verdict="right"), codes)
    result = CliRunner().invoke(app, ["corrections", "list", "--db", str(db_copy)], env={"COLUMNS": "200"})
    assert result.exit_code == 0 and "1 correction(s); 1 of 1 reviewed mentions right" in result.output
