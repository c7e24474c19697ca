"""Per-root coder tests: every CAMEO root 01..20 with active, passive, negated, reported and
coordinated sentences, plus the modality marking (future, intended, threatened, refused).

The cases live in ``tests/data/coder_cases.jsonl``; each states what a careful CAMEO coder would
code. A case marked ``"xfail"`` documents a known gap (in the syntax handling, or a borderline belief of the
classifier, with its probability in the reason) and is run
with a strict xfail, so fixing the gap makes the suite say so.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from pathlib import Path

import pytest

from newsevents import Article, Pipeline

CASES_FILE = Path(__file__).resolve().parent / "data" / "coder_cases.jsonl"
ROOTS = [f"{n:02d}" for n in range(1, 21)]
KINDS = ("active", "passive", "negated", "reported", "coordinated")
CASE_FIELDS = {"id", "root", "kind", "text", "date", "expected", "absent_roots", "modes"}
RULE_ID = re.compile(r"^(?P<entry>\d{2,4}\.[a-z0-9_]+)@\S+$")


def _load_cases() -> list[dict]:
    cases = []
    with CASES_FILE.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if line.strip():
                case = json.loads(line)
                case["_line"] = number
                cases.append(case)
    return cases


CASES = _load_cases()


def _params():
    for case in CASES:
        marks = []
        if case.get("xfail"):
            marks.append(pytest.mark.xfail(reason=case["xfail"], strict=True))
        yield pytest.param(case, id=case["id"], marks=marks)


@pytest.fixture(scope="module")
def lexicon_ids(resources) -> set[str]:
    """The ids of the lexicon the pipeline loaded (bundled files plus any configured extras)."""
    return {entry.entry_id for entry in resources.lexicon.all_entries()}


@pytest.fixture(scope="module")
def code_text_keeping_negated(pipeline, resources):
    """Like ``code_text`` but with ``coder.keep_negated``, sharing the loaded resources."""
    keeping = Pipeline(pipeline.settings.with_values({"coder.keep_negated": True}), resources)

    def run(text: str, date: str):
        article = Article(article_id="t", text=text, date=dt.date.fromisoformat(date))
        return next(keeping.run([article])).events

    return run


# -- the case file itself ----------------------------------------------------------------


def test_case_file_is_well_formed():
    ids = Counter(case["id"] for case in CASES)
    assert not [i for i, n in ids.items() if n > 1], "case ids must be unique"
    for case in CASES:
        where = f"{CASES_FILE.name}:{case['_line']}"
        assert CASE_FIELDS <= case.keys(), f"{where}: missing {CASE_FIELDS - case.keys()}"
        assert case["root"] in ROOTS, where
        assert re.fullmatch(r"20(1[5-9]|2[0-4])-\d\d-\d\d", case["date"]), where
        assert case["expected"] or case["absent_roots"], f"{where}: a case must expect something"
        for event in case["expected"]:
            assert set(event) == {"source", "target", "root"}, where
            assert len(event["source"]) == 3 and event["root"] in ROOTS, where
            assert event["target"] is None or len(event["target"]) == 3, where
        if case["kind"] == "negated":
            assert case["root"] in case["absent_roots"], f"{where}: a negated case must forbid its root"
        if case["modes"]:
            assert case["expected"], f"{where}: modes apply to the first expected event"


def test_every_root_has_every_kind():
    have = {(case["root"], case["kind"]) for case in CASES}
    missing = [(root, kind) for root in ROOTS for kind in KINDS if (root, kind) not in have]
    assert not missing, f"roots without a case of each kind: {missing}"
    per_root = Counter(case["root"] for case in CASES)
    assert all(per_root[root] >= 5 for root in ROOTS)


def test_modality_cases_present():
    modes = {mode for case in CASES for mode in case["modes"]}
    assert {"reported", "future", "intended", "threatened", "refused"} <= modes


def test_xfail_share_is_bounded():
    marked = sum(1 for case in CASES if case.get("xfail"))
    assert marked <= len(CASES) // 4, f"{marked} of {len(CASES)} cases are xfail (at most 25%)"


# -- coding each case --------------------------------------------------------------------


def _describe(events) -> str:
    return "; ".join(
        f"{e.source.code}->{e.target.code if e.target else None} {e.code} {list(e.aux_modes)} "
        f"[{e.rule_id} '{e.trigger.text}']"
        for e in events
    ) or "no events"


def _matches(event, wanted: dict) -> bool:
    if event.root != wanted["root"] or event.source.code[:3] != wanted["source"]:
        return False
    if wanted["target"] is None:
        return event.target is None
    return event.target is not None and event.target.code[:3] == wanted["target"]


@pytest.mark.parametrize("case", _params())
def test_coder_case(case, code_text, code_text_keeping_negated, lexicon_ids):
    text = case["text"]
    events = code_text(text, case["date"])
    got = _describe(events)

    # every event is traceable: a lexicon entry (or the classifier, '<code>.model') and the trigger's
    # own text at its offsets
    for event in events:
        match = RULE_ID.match(event.rule_id)
        assert match, f"rule_id {event.rule_id!r} does not cite a lexicon entry"
        by_model = match["entry"].endswith(".model") and "model-candidate" in event.steps
        assert by_model or match["entry"] in lexicon_ids, f"rule_id {event.rule_id!r} cites an unknown lexicon id"
        assert text[event.trigger.start:event.trigger.end] == event.trigger.text, \
            f"trigger {event.trigger!r} does not match the text at its offsets"

    for wanted in case["expected"]:
        found = [e for e in events if _matches(e, wanted)]
        assert found, f"expected {wanted['source']}->{wanted['target']} root {wanted['root']}; got: {got}"

    forbidden = [e for e in events if e.root in case["absent_roots"]]
    assert not forbidden, f"roots {case['absent_roots']} must not be coded; got: {_describe(forbidden)}"

    if case["modes"]:
        first = case["expected"][0]
        matching = [e for e in events if _matches(e, first)]
        assert any(set(case["modes"]) <= set(e.aux_modes) for e in matching), \
            f"expected modes {case['modes']} on {first}; got: {got}"

    if case["kind"] == "negated":
        # the root is absent because of the negation, not because the predicate went unrecognised
        kept = code_text_keeping_negated(text, case["date"])
        assert any(e.root == case["root"] and "negated" in e.aux_modes for e in kept), \
            f"with coder.keep_negated the root {case['root']} should be coded and marked 'negated'; " \
            f"got: {_describe(kept)}"


def test_asserted_force_setting_chooses_the_act_the_allegation_or_both(pipeline, resources):
    """coder.asserted_force: by default what a party says about force is coded as the act it
    asserts and as the party's allegation (1123); 'act' codes the act only (as ICEWS and the
    training corpus do); 'accusation' the allegation only (PETRARCH-2's convention)."""
    text = "Armenia said that Azerbaijani troops had attacked villages near the border."
    article = Article(article_id="a", text=text, date=dt.date(2022, 9, 14))

    def coded(choice: str) -> set[tuple[str, str]]:
        chosen = Pipeline(pipeline.settings.with_values({"coder.asserted_force": choice}), resources)
        return {(e.code, e.source.code[:3]) for e in next(chosen.run([article])).events}

    both = {(e.code, e.source.code[:3]) for e in next(pipeline.run([article])).events}
    assert both == coded("both")
    act = coded("act")
    assert act and all(code.startswith("19") and src == "AZE" for code, src in act)
    assert ("1123", "ARM") in both and act < both
    assert coded("accusation") == {("1123", "ARM")}
    strict = Pipeline(pipeline.settings.with_values({"coder.asserted_force": "accusation"}), resources)
    [accusation] = next(strict.run([article])).events
    assert accusation.rule_id.endswith("@asserted-by-say") and accusation.trigger.text == "attacked"


@pytest.mark.parametrize("text, accused", [
    # border guards telling of another state's troops accuse them, as any state body would
    ("DUSHANBE, April 30 (Wire) - Tajikistan's border service said Kyrgyz troops had opened fire first.", "KGZMIL"),
    # police telling of crime on their beat are the news's source, not a party to it
    ("DUSHANBE, April 30 (Wire) - Tajik police said two gunmen had attacked a bank in Khujand.", None),
    # soldiers of no named country are the reporting army's own: a claim of its act, no accusation
    ("RAMALLAH, April 3 (Wire) - The Israeli army said soldiers had killed six gunmen in Jenin.", None),
    # forces a possessive pronoun owns in what the speaker says are the speaker's side's
    ("MAIDUGURI, April 3 (Wire) - Shekau said his fighters had carried out the attack.", None),
    ("KYIV, April 3 (Wire) - Ukraine said Russian forces had shelled Kharkiv.", "RUSMIL"),
])
def test_who_tells_of_force_accuses_whom(code_text, text, accused):
    accusations = [e for e in code_text(text, "2021-04-30") if e.code == "1123"]
    assert [e.target.code for e in accusations] == ([accused] if accused else [])


@pytest.mark.parametrize("text, code, target", [
    ("Syria welcomed the Russian strikes on Thursday.", "051", "RUS"),
    ("Prime Minister Nouri al-Maliki welcomed the U.S. strikes on Friday.", "051", "USA"),
    ("Syria welcomed the Russian delegation on Thursday.", "043", "RUSGOV"),
])
def test_a_welcome_of_an_act_endorses_it_and_a_welcome_of_a_party_hosts_it(code_text, text, code, target):
    events = code_text(text, "2019-10-10")
    assert [(e.code, e.target.code if e.target else None) for e in events] == [(code, target)]


def test_an_intent_refined_by_its_objects_kind_stays_an_intent(code_text):
    # "offered military assistance": the offer (033) of military aid is 0332, not aid given (072)
    events = code_text("President Hassan Rouhani offered military assistance to Baghdad on Wednesday.", "2014-06-11")
    assert [(e.code, e.target.code if e.target else None) for e in events] == [("0332", "IRQGOV")]
    sent = code_text("Iran sent military assistance to Baghdad on Wednesday.", "2014-06-11")
    assert [e.code for e in sent] == ["072"]


def test_a_denial_of_a_charge_that_sums_up_an_accusation_is_aimed_at_the_accuser(code_text):
    # "accused Rwanda of backing the rebels, a charge Kigali has repeatedly denied": Rwanda denies it to Congo
    events = code_text("Kabila accused Rwanda of backing the rebels, a charge Kigali has repeatedly denied.", "2012-11-21")
    assert {(e.code[:3], e.source.code, e.target.code if e.target else None) for e in events} == {
        ("112", "CODGOV", "RWA"), ("016", "RWAGOV", "CODGOV")}


@pytest.mark.parametrize("text, target", [
    # a thing supplied is no recipient: the party it goes to is
    ("Moscow supplied armoured trucks to the Syrian army.", "SYRMIL"),
    ("Moscow supplied the rebels with weapons.", "REB"),
    # a consulate closed is its state's, wherever it stands
    ("The United States closed the Russian consulate in Seattle.", "RUSGOV"),
])
def test_what_is_given_or_closed_names_its_recipient(code_text, text, target):
    events = code_text(text, "2014-01-07")
    assert events and all(e.target is not None and e.target.code.endswith(target) for e in events)


def test_representations_lodged_are_a_formal_protest(code_text):
    """"lodged stern representations with the United States": the diplomatic idiom of a protest (114),
    as the corpus labels it."""
    events = code_text("BEIJING (Wire) - China lodged stern representations with the United States on Thursday.",
                       "2014-05-08")
    assert [(e.code, e.source.code, e.target.code) for e in events] == [("114", "CHN", "USA")]
