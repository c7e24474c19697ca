"""Issue 11: text -> events holds its promises on any input (hypothesis), a killed run loses and
duplicates nothing, and readers are not locked out while `code` writes."""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from newsevents import Article
from newsevents.cli.code import ARTICLES_PER_OPENING
from newsevents.ingest.clean import dateline_parts, filed_on, normalise, parsed_regions
from newsevents.nlp.chunks import pieces

pytestmark = pytest.mark.issue(11)
BOUNDED = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

ACTORS = ["Kenya", "Uganda's president", "Russian forces", "the European Union", "Iran", "NATO", "Egypt",
          "Indian police", "the Taliban", "US officials", "Germany"]
ACTIONS = ["met", "accused", "imposed sanctions on", "shelled", "hosted talks with", "praised", "expelled",
           "signed an agreement with", "criticised", "arrested protesters in"]
WHEN = ["", " on Monday", " last week", " in March 2021", " yesterday", " two days ago", " next year"]
WHERE = ["", " in Nairobi", " near Kharkiv", " in Cairo", " in Paris"]
sentence = st.builds(lambda a, v, b, w, p: f"{a[0].upper()}{a[1:]} {v} {b}{p}{w}.",
                     st.sampled_from(ACTORS), st.sampled_from(ACTIONS), st.sampled_from(ACTORS),
                     st.sampled_from(WHEN), st.sampled_from(WHERE))
news = st.lists(sentence, min_size=1, max_size=4).map(" ".join)
any_text = st.text(min_size=1, max_size=300) | news.map(lambda t: t[: len(t) // 2])
INVISIBLE = ["\u200b", "\u200d", "\u00ad", "\ufeff", "\u2060", "\u200e"]
SPACES = ["\u00a0", "\t", "\u2003", "\x00", "\u3000", "\u202f"]


def code(pipeline, text: str, day: dt.date = dt.date(2021, 11, 8)):
    return next(pipeline.run([Article(article_id="p", text=text, date=day)]))


def summary(coded) -> list[tuple]:
    return sorted((e.code, e.source.code if e.source else "", e.target.code if e.target else "",
                   e.date.value if e.date else "", e.place.name if e.place else "") for e in coded.events)


def spans(event) -> list:
    actors = [a for a in (event.source, event.target, event.reporter) if a is not None]
    return [event.trigger, *(a.span for a in actors), event.date and event.date.span,
            event.place and event.place.span]


@BOUNDED
@given(text=any_text, day=st.dates(dt.date(1, 1, 1), dt.date(9999, 12, 31)))
def test_coding_never_raises_and_keeps_its_promises(pipeline, text, day):
    coded = code(pipeline, text, day)
    assert coded.complete, coded.problems
    for event in coded.events:
        assert event.code in pipeline.resources.ontology
        for span in filter(None, spans(event)):
            assert 0 <= span.start <= span.end <= len(text) and text[span.start:span.end] == span.text
        if event.date is not None:
            assert 1 <= event.date.first_day.year <= 9999


@pytest.mark.parametrize("day", [dt.date(1, 1, 1), dt.date(1, 6, 30), dt.date(9999, 12, 31)])
def test_an_event_in_a_story_of_the_first_or_last_year_is_dated(pipeline, day):
    # a story date less than the historical window after 1 January of year 1 once overflowed
    coded = code(pipeline, "Kenya accused Uganda of shelling its border towns.", day)
    assert coded.complete, coded.problems
    assert coded.events and all(e.date is not None and "historical" not in e.aux_modes for e in coded.events)


@BOUNDED
@given(text=news)
def test_coding_is_deterministic(pipeline, text):
    assert code(pipeline, text).events == code(pipeline, text).events


@BOUNDED
@given(text=news, data=st.data())
def test_invisible_characters_do_not_change_the_events(pipeline, text, data):
    chars = list(text)
    for i in data.draw(st.lists(st.integers(0, len(chars) - 1), max_size=6)):
        if chars[i] == " ":
            chars[i] = data.draw(st.sampled_from(SPACES))
        else:
            chars[i] = data.draw(st.sampled_from(INVISIBLE)) + chars[i]
    noisy = "".join(chars)
    coded = code(pipeline, noisy)
    assert summary(coded) == summary(code(pipeline, text))
    for event in coded.events:
        assert all(noisy[s.start:s.end] == s.text for s in filter(None, spans(event)))


@given(text=st.text(max_size=200))
def test_normalised_offsets_map_back(text):
    clean = normalise(text)
    for start in range(len(clean.text)):
        original = text[clean.start(start)]
        assert original == clean.text[start] or clean.text[start] in " \n\ufffd"
    assert clean.end(len(clean.text)) <= len(text)


def test_dateline_is_split_but_a_hyphenated_name_is_not():
    assert dateline_parts("KABUL, Nov 8 (Reuters) - Taliban fighters attacked.")[0] == "KABUL"
    assert dateline_parts("NATO-led forces attacked positions near Kandahar.") == ("", "", 0)
    assert dateline_parts("UN-backed talks resumed in Geneva.") == ("", "", 0)


@pytest.mark.parametrize("text, place, region, rest", [
    ("KIRKUK, Iraq - Iraqi forces seized the city.", "KIRKUK", "Iraq", "Iraqi forces"),
    ("SHARM EL-SHEIKH, Egypt (Wire) - Leaders met.", "SHARM EL-SHEIKH", "Egypt", "Leaders met"),
    ("FORTALEZA, Brazil, July 15 (Wire) - BRICS leaders agreed.", "FORTALEZA", "Brazil", "BRICS leaders"),
    ("SAN JOSE, Calif. - Protesters marched.", "SAN JOSE", "Calif.", "Protesters"),
    ("KABUL, Nov 8 (Wire) - Taliban fighters attacked.", "KABUL", "", "Taliban fighters"),
    # a country of several words, joined by 'of' or 'and'
    ("GOMA, Democratic Republic of Congo, Feb 20 (Wire) - M23 rebels seized the town.", "GOMA",
     "Democratic Republic of Congo", "M23 rebels"),
    ("PORT OF SPAIN, Trinidad and Tobago (Wire) - Police said.", "PORT OF SPAIN", "Trinidad and Tobago", "Police"),
    # a date with its year
    ("KYIV, March 6, 2022 (Wire) - Officials said.", "KYIV", "", "Officials"),
    ("GOMA, Congo, Feb. 20, 2013 - M23 rebels withdrew.", "GOMA", "Congo", "M23 rebels"),
    # filed from several places: the first is the dateline's
    ("ACCRA/BAMAKO, Jan 10 (Wire) - West African leaders met.", "ACCRA", "", "West African leaders"),
    ("KYIV/MOSCOW/WASHINGTON, March 6 (Wire) - Officials said.", "KYIV", "", "Officials"),
])
def test_a_dateline_may_name_the_country_or_state_after_its_place(text, place, region, rest):
    """Wire copy writes 'KIRKUK, Iraq (Wire) -': the country is the dateline's, not the story's
    first words, which the parser would otherwise read as the subject's apposition."""
    written, named_region, end = dateline_parts(text)
    assert (written, named_region) == (place, region)
    assert text[end:].startswith(rest) and parsed_regions(text) == [(end, len(text))]


@pytest.mark.parametrize("text, published, expected", [
    ("CARACAS, Jan 23 (Wire) - Venezuela broke relations.", "2019-01-24", "2019-01-23"),  # held over a day
    ("TOKYO, Jan 1 (Wire) - Japan protested.", "2018-12-31", "2019-01-01"),  # filed on a day still to come in UTC
    ("GOMA, Congo, Feb. 20, 2013 - M23 rebels withdrew.", None, "2013-02-20"),  # the year written, no date given
    ("COX'S BAZAR, Bangladesh, Sept 5 (Wire) - Refugees fled.", "2017-09-05", "2017-09-05"),
    ("CARACAS, Jan 3 (Wire) - Venezuela broke relations.", "2019-01-24", None),  # too far: not when it was filed
    ("KABUL (Wire) - Taliban fighters attacked.", "2020-01-01", None),  # no day named
    ("CARACAS, Jan 23 (Wire) - Venezuela broke relations.", None, None),  # no year to put it in
])
def test_the_day_a_dateline_names_is_when_the_story_was_filed_if_near_its_date(text, published, expected):
    day = filed_on(text, dt.date.fromisoformat(published) if published else None)
    assert (day.isoformat() if day else None) == expected


def test_a_dateline_under_a_byline_or_a_headline_is_the_storys():
    for text in ("By Jane Doe\n\nADDIS ABABA, Nov 4 (Wire) - Ethiopia ordered an offensive.",
                 "By Jane Doe\nADDIS ABABA, Nov 4 (Wire) - Ethiopia ordered an offensive.",
                 "By Jane Doe\n \n\nADDIS ABABA, Nov 4 (Wire) - Ethiopia ordered an offensive."):
        written, _, end = dateline_parts(text)
        assert written == "ADDIS ABABA" and text[end:].startswith("Ethiopia ordered"), text
    # a headline is news: parsed, with the story after the dateline, the dateline left out
    text = "Ethiopia Orders Offensive in Tigray\n\nADDIS ABABA (Wire) - The army moved."
    written, _, end = dateline_parts(text)
    assert written == "ADDIS ABABA" and text[end:] == "The army moved."
    assert [text[start:stop].strip() for start, stop in parsed_regions(text)] == [
        "Ethiopia Orders Offensive in Tigray", "The army moved."]
    # a long first paragraph is the lead, not a headline: a dateline after it is no article's
    lead = " ".join(["word"] * 40) + ".\n\nADDIS ABABA (Wire) - The army moved."
    assert dateline_parts(lead) == ("", "", 0)


def test_each_item_of_a_page_of_briefs_is_parsed_without_its_dateline():
    text = ("WORLD BRIEFS\n\nRebels Free Children\n\nFREETOWN, June 10 (Wire) - Rebels freed 20 children.\n"
            "They said more would follow.\n\nFloods Hit Dhaka\n\nDHAKA, June 10 (Wire) - Floods hit the city.")
    assert dateline_parts(text)[0] == "FREETOWN"
    assert [text[start:stop].strip() for start, stop in parsed_regions(text)] == [
        "WORLD BRIEFS\n\nRebels Free Children",
        "Rebels freed 20 children.\nThey said more would follow.\n\nFloods Hit Dhaka", "Floods hit the city."]


def test_a_blank_line_ends_a_sentence_before_the_parser_reads_it():
    import spacy

    from newsevents.nlp.paragraphs import mark_paragraph_starts

    doc = mark_paragraph_starts(spacy.blank("en")("By Jane Doe\n\nEthiopia ordered an offensive. It\nwas late."))
    starts = [t.text for t in doc if t.is_sent_start]
    assert "Ethiopia" in starts and "was" not in starts  # a single line break is the parser's to judge


@pytest.mark.parametrize("text, start, apart", [
    ("By Jane Doe\nEthiopia ordered an offensive.", "Ethiopia", True),  # furniture above
    ("A soldier walks past a damaged house in Goma\nREUTERS/Jane Doe\nThe army moved.", "REUTERS", True),
    ("A soldier walks past a damaged house in Goma\nREUTERS/Jane Doe\nThe army moved.", "The", True),
    ("Ethiopia Orders Offensive\nADDIS ABABA, Nov 4 (Wire) - The army moved.", "ADDIS", True),  # a dateline
    ("The army moved on Monday.\nPolice said the road was shut.", "Police", True),  # one paragraph a line
    ("The army moved on Monday.\n\"We are ready,\" he said.", "\"", True),
    # hard-wrapped text: a line broken mid-sentence, or after an abbreviation inside one
    ("The army moved on\nMonday, officials said.", "Monday", False),
    ("Talks with the U.S.\nofficials ended.", "officials", False),
])
def test_a_single_line_break_ends_a_sentence_where_its_lines_are_not_one(text, start, apart):
    import spacy

    from newsevents.nlp.paragraphs import mark_paragraph_starts

    doc = mark_paragraph_starts(spacy.blank("en")(text))
    token = next(t for t in doc if t.text == start and t.i > 0)
    assert bool(token.is_sent_start) == apart


def test_a_byline_without_a_full_stop_does_not_take_the_lead_with_it(pipeline):
    """The parser had read "By Jane Doe" and the lead under it as one sentence, which the furniture
    step then dropped whole."""
    from newsevents import Article

    for text in ("By Jane Doe\n\nKenyan police arrested 20 protesters in Nairobi on Tuesday.",
                 "By Jane Doe\nKenyan police arrested 20 protesters in Nairobi on Tuesday.",
                 "Kenyan police detained a journalist on Monday.\nREUTERS/Jane Doe\n"
                 "Kenyan police arrested 20 protesters in Nairobi on Tuesday."):
        [coded] = pipeline.run([Article(article_id="byline", text=text, date=dt.date(2023, 6, 1))])
        assert "arrested" in [e.trigger.text for e in coded.events], text


@pytest.mark.parametrize("line, parsed_as", [
    ("UPDATE 2-Turkey detains dozens", "         Turkey detains dozens"),
    ("RPT-UPDATE 1-Oil rises", "             Oil rises"),
    ("EXCLUSIVE-U.S. weighs sanctions", "          U.S. weighs sanctions"),
    ("Update on the talks", "Update on the talks"),  # a word, not a slug
    ("Brief-Kenya votes", "Brief-Kenya votes"),  # slugs are written in capitals
])
def test_a_wire_slug_is_blanked_for_the_parser(line, parsed_as):
    from newsevents.nlp.slugs import blank_wire_slugs

    assert blank_wire_slugs(line) == parsed_as


def test_a_slugged_headline_is_coded_and_quoted_as_written(pipeline):
    from newsevents import Article

    text = "UPDATE 2-Turkey detains dozens of Islamic State suspects"
    [coded] = pipeline.run([Article(article_id="slug", text=text, date=dt.date(2024, 1, 4))])
    [event] = [e for e in coded.events if e.trigger.text == "detains"]
    assert event.source is not None and event.source.code == "TUR" and event.sentence_text.startswith("UPDATE 2-")


def test_a_text_over_spacys_limit_is_cut_into_pieces_at_paragraphs():
    text = ("Kenya met Uganda in Nairobi. " * 2_000 + "\n\n") * 25  # 1.45 million characters
    found = list(pieces(text, 0, 100_000))
    assert "".join(p for _, p in found) == text and all(len(p) <= 100_000 for _, p in found)
    assert all(p.endswith("\n\n") for _, p in found[:-1])
    assert [o for o, _ in found] == [sum(len(p) for _, p in found[:i]) for i in range(len(found))]


def run_cli(*args: str, cwd: Path, **kwargs) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    return subprocess.Popen([sys.executable, "-m", "newsevents", *args], cwd=cwd, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kwargs)


def stored_articles(db: Path) -> int:
    try:
        with duckdb.connect(str(db), read_only=True) as conn:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    except duckdb.Error:  # not there yet, locked by the writer, or no tables yet
        return 0


@pytest.mark.slow
def test_a_killed_run_loses_and_duplicates_nothing(tmp_path):
    # 1,540 articles: three openings of the store at least (ARTICLES_PER_OPENING), so that the kill
    # lands between the first and the last
    days = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
    texts = [f"{a[0].upper()}{a[1:]} {v} {b} on {day}." for day in days
             for a in ACTORS for v in ACTIONS for b in ACTORS[:2]]
    assert len(texts) > 2 * ARTICLES_PER_OPENING
    (tmp_path / "in.jsonl").write_text("".join(
        json.dumps({"id": f"a{i}", "date": "2022-03-01", "text": t}) + "\n" for i, t in enumerate(texts)))
    run = run_cli("code", "in.jsonl", "--db", "s.duckdb", cwd=tmp_path)
    deadline = time.monotonic() + 120
    while stored_articles(tmp_path / "s.duckdb") == 0 and time.monotonic() < deadline:
        time.sleep(0.05)  # between batches the writer lets readers in
    time.sleep(0.3)  # then kill it while it parses or saves the next batch (32 articles a batch)
    run.send_signal(signal.SIGKILL)
    run.communicate()
    with duckdb.connect(str(tmp_path / "s.duckdb"), read_only=True) as conn:
        stored, mentions, in_events = conn.execute(
            "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM mentions), "
            "(SELECT coalesce(sum(num_mentions), 0) FROM events)").fetchone()
    assert 0 < stored < len(texts) and mentions == in_events
    rerun = run_cli("code", "in.jsonl", "--db", "s.duckdb", cwd=tmp_path)
    _, stderr = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, stderr
    assert f"{len(texts) - stored} new" in stderr and f"{stored} unchanged" in stderr
    with duckdb.connect(str(tmp_path / "s.duckdb"), read_only=True) as conn:
        ids = [r[0] for r in conn.execute("SELECT article_id FROM articles").fetchall()]
        again = conn.execute("SELECT (SELECT count(*) FROM mentions), (SELECT sum(num_mentions) FROM events)").fetchone()
    assert sorted(ids) == sorted(f"a{i}" for i in range(len(texts))) and again[0] == again[1]


def test_readers_wait_for_a_writer_and_say_so(cli, tmp_path):
    (tmp_path / "in.jsonl").write_text(json.dumps({"id": "g", "date": "2022-03-01",
                                                   "text": "Kenya's president met Ugandan officials."}) + "\n")
    assert cli("code", "in.jsonl", "--db", "s.duckdb").exit_code == 0
    hold = ("import duckdb, sys, time; c = duckdb.connect('s.duckdb'); print('held', flush=True); "
            "time.sleep(float(sys.argv[1]))")
    for seconds, wait, status in (("1.5", "60", 0), ("5", "0.3", 1)):
        writer = subprocess.Popen([sys.executable, "-c", hold, seconds], cwd=tmp_path, stdout=subprocess.PIPE,
                                  text=True)
        assert writer.stdout.readline().strip() == "held"
        os.environ["NEWSEVENTS_STORE_WAIT_SECONDS"] = wait
        try:
            result = cli("events", "--db", "s.duckdb")
        finally:
            del os.environ["NEWSEVENTS_STORE_WAIT_SECONDS"]
        writer.kill()
        writer.communicate()
        assert result.exit_code == status and "in use by another newsevents process" in result.stderr
        if status:
            assert "another process is using it (waited 0.3 s; see store.wait_seconds)" in result.stderr
        else:
            assert "Kenya" in result.stdout or "KEN" in result.stdout
