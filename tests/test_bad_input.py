"""Issue 11: one bad article, a careless flag or an odd input never costs data and never prints a traceback.

Each test builds its own input under tmp_path and runs the real CLI in-process (the ``cli`` fixture),
then checks the message, the exit status and what the store kept.
"""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest

pytestmark = pytest.mark.issue(11)

GOOD = [
    {"id": "g1", "date": "2022-03-01", "text": "Kenya's president met Ugandan officials in Nairobi on Monday."},
    {"id": "g2", "date": "2022-03-02", "text": "Russian forces shelled the Ukrainian city of Kharkiv on Tuesday."},
    {"id": "g3", "date": "2022-03-03", "text": "The European Union imposed sanctions on Belarus."},
]


def jsonl(path: Path, records: list) -> Path:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records))
    return path


def rows(db: str, sql: str) -> list[tuple]:
    with duckdb.connect(db, read_only=True) as conn:
        return conn.execute(sql).fetchall()


def consistent(db: str) -> bool:
    """The events view agrees with the stored mentions: every mention in exactly one event."""
    [(mentions, in_events)] = rows(db, "SELECT (SELECT count(*) FROM mentions), "
                                       "(SELECT coalesce(sum(num_mentions), 0) FROM events)")
    return mentions == in_events and not rows(db, "SELECT 1 FROM mentions WHERE event_key IS NULL")


def test_bad_records_are_problems_and_the_rest_is_stored(cli, tmp_path):
    deep = '{"id": "deep", "text": ' + "[" * 100_000 + "]" * 100_000 + "}"
    names = ", ".join(f"{a} {b}" for a in ("John", "Mary", "Ahmed", "Olga", "Kofi") for b in range(300))
    records = GOOD + [
        deep,
        '{"id": "sur", "date": "2022-03-04", "text": "Chad met Niger in \\ud800 Niamey."}',
        {"id": "ago", "date": "2022-03-04", "text": "Mali expelled the French ambassador 5000000 days ago."},
        {"id": "far", "date": "9999-12-31", "text": "Egypt will host talks with Israel next year."},
        {"id": "list", "date": "2022-03-04", "text": f"Police arrested {names} and Tom Brown in Paris."},
    ]
    result = cli("code", str(jsonl(tmp_path / "in.jsonl", records)), "--db", "s.duckdb")
    assert result.exit_code == 3, result.output
    assert "Traceback" not in result.output and "in.jsonl:4: JSON nested too deeply" in result.stderr
    assert "lone surrogate" in result.stderr
    stored = {r[0] for r in rows("s.duckdb", "SELECT article_id FROM articles")}
    assert stored == {"g1", "g2", "g3", "sur", "ago", "far", "list"}
    assert "\ufffd" in rows("s.duckdb", "SELECT text FROM articles WHERE article_id = 'sur'")[0][0]
    assert consistent("s.duckdb")
    assert json.loads((tmp_path / "s.duckdb.rejects.jsonl").read_text().splitlines()[0])["location"].endswith(":4")


def test_an_article_that_fails_to_code_is_reported_and_the_batch_is_kept(cli, tmp_path, monkeypatch):
    from newsevents.pipeline import Pipeline

    original = Pipeline.code_sentences

    def flaky(self, article, sentences):
        if article.article_id == "g2":
            raise RecursionError("maximum recursion depth exceeded")
        return original(self, article, sentences)

    monkeypatch.setattr(Pipeline, "code_sentences", flaky)
    result = cli("code", str(jsonl(tmp_path / "in.jsonl", GOOD)), "--db", "s.duckdb", "--out", "e.jsonl")
    assert result.exit_code == 3
    assert "article 'g2' failed at the code stage (RecursionError" in result.stderr
    assert {r[0] for r in rows("s.duckdb", "SELECT article_id FROM articles")} == {"g1", "g3"}
    assert rows("s.duckdb", "SELECT stage, item_id FROM problems") == [("code", "g2")]
    assert (tmp_path / "e.jsonl").stat().st_size > 0  # --out and the rejects file are still written
    assert json.loads(json.loads((tmp_path / "s.duckdb.rejects.jsonl").read_text())["record"])["id"] == "g2"


def test_a_long_article_is_parsed_in_pieces_with_its_offsets(cli, tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSEVENTS_NLP_MAX_CHARS", "1000")
    paragraph = "Kenya's president met Ugandan officials in Nairobi on Monday. " * 5
    text = "\n\n".join([paragraph] * 8)
    result = cli("code", str(jsonl(tmp_path / "in.jsonl", [{"id": "long", "date": "2022-03-01", "text": text}])),
                 "--db", "s.duckdb")
    assert result.exit_code == 0 and "parsed in 3 pieces" in result.stderr
    spans = rows("s.duckdb", "SELECT trigger_start, trigger_end, trigger_text FROM mentions")
    assert len(spans) == 80 and all(text[s:e] == t for s, e, t in spans)


def test_ids_are_unique_per_input(cli, tmp_path):
    for folder, text in (("a", "Chad met Niger."), ("b", "Togo met Benin.")):
        (tmp_path / "in" / folder).mkdir(parents=True)
        (tmp_path / "in" / folder / "story.txt").write_text(text)
    (tmp_path / "in" / "README.md").write_text("How to use this folder.")
    result = cli("code", "in", "--db", "s.duckdb", "--date", "2022-03-01")
    assert result.exit_code == 0 and "README.md: skipped" in result.stderr
    assert rows("s.duckdb", "SELECT article_id FROM articles ORDER BY 1") == [("a/story",), ("b/story",)]
    for text in ("Chad met Niger.", "Togo met Benin."):
        assert cli("code", "-", "--db", "p.duckdb", "--date", "2022-03-01", stdin=text).exit_code == 0
    assert len(rows("p.duckdb", "SELECT article_id FROM articles")) == 2  # not both '<stdin>'
    twice = jsonl(tmp_path / "twice.jsonl", [GOOD[0], {**GOOD[1], "id": "g1"}])
    result = cli("code", str(twice), "--db", "t.duckdb")
    assert result.exit_code == 3 and "twice.jsonl:2: id 'g1' was already used by" in result.stderr
    assert rows("t.duckdb", "SELECT text FROM articles") == [(GOOD[0]["text"],)]


def test_same_text_under_two_ids_is_a_duplicate_and_metadata_changes_apply(cli, tmp_path):
    src = jsonl(tmp_path / "in.jsonl", [GOOD[0], {**GOOD[0], "id": "copy", "source": "Other Wire"}])
    result = cli("code", str(src), "--db", "s.duckdb")
    assert result.exit_code == 0 and "1 duplicate" in result.stderr and "same text as stored article 'g1'" in result.stderr
    assert rows("s.duckdb", "SELECT duplicate_of FROM articles WHERE article_id = 'copy'") == [("g1",)]
    assert rows("s.duckdb", "SELECT max(num_articles), max(num_mentions) FROM events") == [(1, 1)]
    jsonl(src, [{**GOOD[0], "date": "2022-04-01", "title": "New title"}])
    result = cli("code", str(src), "--db", "s.duckdb")
    assert "1 updated" in result.stderr
    assert rows("s.duckdb", "SELECT DISTINCT story_date::VARCHAR FROM mentions") == [("2022-04-01",)]
    assert rows("s.duckdb", "SELECT title FROM articles WHERE article_id = 'g1'") == [("New title",)]


def test_outputs_never_overwrite_the_database_or_an_input(cli, tmp_path):
    src = jsonl(tmp_path / "in.jsonl", GOOD)
    before = src.read_text()
    for args in (["code", str(src), "--db", "s.duckdb", "--out", str(src)],
                 ["code", str(src), "--db", "s.duckdb", "--out", "s.duckdb"]):
        result = cli(*args)
        assert result.exit_code == 2 and "refusing to overwrite" in result.stderr
    assert src.read_text() == before and not (tmp_path / "s.duckdb").exists()
    assert cli("code", str(src), "--db", "s.duckdb").exit_code == 0
    size = (tmp_path / "s.duckdb").stat().st_size
    result = cli("export", "--db", "s.duckdb", "--format", "csv", "--out", "s.duckdb")
    assert result.exit_code == 2 and (tmp_path / "s.duckdb").stat().st_size == size


@pytest.mark.parametrize("flag", ["", ":memory:", "  "])
def test_a_database_that_would_vanish_is_refused(cli, tmp_path, flag, monkeypatch):
    src = jsonl(tmp_path / "in.jsonl", GOOD[:1])
    result = cli("code", str(src), "--db", flag)
    assert result.exit_code == 2 and "must name a database file" in result.stderr
    monkeypatch.setenv("NEWSEVENTS_STORE_DB", flag)
    result = cli("code", str(src))
    assert result.exit_code == 1 and "store.db must name a database file" in result.stderr


def test_an_interrupted_export_leaves_no_partial_file(cli, tmp_path, monkeypatch):
    import errno

    from newsevents.export import formats

    assert cli("code", str(jsonl(tmp_path / "in.jsonl", GOOD)), "--db", "s.duckdb").exit_code == 0
    (tmp_path / "old.tsv").write_text("previous export\n")

    def full_disk(frame, path, raw_cells=False):
        Path(path).write_text("half a row")
        raise OSError(errno.ENOSPC, "No space left on device", str(path))

    with monkeypatch.context() as patch:
        patch.setitem(formats.WRITERS, "gdelt-events", (full_disk, True))
        result = cli("export", "--db", "s.duckdb", "--format", "gdelt-events", "--out", "old.tsv")
    assert result.exit_code == 1 and "disk full" in result.stderr and "Traceback" not in result.output
    assert (tmp_path / "old.tsv").read_text() == "previous export\n"
    assert [p.name for p in tmp_path.iterdir() if "part" in p.name] == []
    result = cli("export", "--db", "s.duckdb", "--format", "gdelt-events", "--out", "new.tsv")
    assert result.exit_code == 0 and (tmp_path / "new.tsv").stat().st_size > 0


def test_non_english_articles_are_kept_marked_and_reported(cli, tmp_path):
    records = GOOD[:1] + [
        {"id": "ar", "date": "2022-03-01", "text": "التقى الرئيس الكيني بمسؤولين أوغنديين في نيروبي يوم الاثنين وناقشا التجارة"},
        {"id": "zh", "date": "2022-03-01", "text": "肯尼亚总统周一在内罗毕会见了乌干达官员，双方讨论了贸易和安全问题。" * 3},
    ]
    result = cli("code", str(jsonl(tmp_path / "in.jsonl", records)), "--db", "s.duckdb")
    assert result.exit_code == 0 and "article 'ar' is in 'ar', not English" in result.stderr
    assert rows("s.duckdb", "SELECT article_id, language FROM articles ORDER BY 1") == [
        ("ar", "ar"), ("g1", "en"), ("zh", "zh")]
    assert rows("s.duckdb", "SELECT DISTINCT article_id FROM mentions") == [("g1",)]


def test_readers_bom_quotes_big_cells_json_documents_and_feed_dates(cli, tmp_path):
    big = "Chad met Niger. " * 10_000  # 160 KB, over the csv module's 128 KiB default
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "bom.csv").write_text(
        "\ufeffid,date,text\n"
        f'c1,"Mon, 08 Nov 2021 14:05:00 GMT",Kenya met Uganda.\n'
        f'c2,"November 8, 2021","{big}"\n'
        'c3,08/11/2021,"Mali met Togo.\n'
        'c4,08/11/2021,Ghana met Benin.\n'
        'c5,08/11/2021,Egypt met Libya.\n', encoding="utf-8")
    (tmp_path / "in" / "bom.jsonl").write_text("\ufeff" + json.dumps({"id": "j1", "text": "Peru met Chile."}) + "\n",
                                               encoding="utf-8")
    (tmp_path / "in" / "list.json").write_text(json.dumps([{"id": "a1", "text": "Iran met Iraq."},
                                                           {"id": "a2", "text": "Oman met Qatar."}], indent=2))
    (tmp_path / "in" / "one.json").write_text(json.dumps({"id": "o1", "text": "Fiji met Tonga."}, indent=2))
    result = cli("code", "in", "--db", "s.duckdb", "--date", "2022-01-01")
    assert result.exit_code == 3
    assert "bom.csv:4: unreadable CSV" in result.stderr  # the unterminated quote: c4 and c5 are not merged into it
    dates = dict(rows("s.duckdb", "SELECT article_id, date::VARCHAR FROM articles"))
    assert dates == {"c1": "2021-11-08", "c2": "2021-11-08", "c4": "2021-11-08", "c5": "2021-11-08", "j1": "2022-01-01",
                     "a1": "2022-01-01", "a2": "2022-01-01", "o1": "2022-01-01"}
    assert rows("s.duckdb", "SELECT length(text) FROM articles WHERE article_id = 'c2'") == [(len(big),)]


def test_day_first_setting_reads_numeric_dates_the_other_way(cli, tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSEVENTS_INGEST_DAY_FIRST", "false")
    src = tmp_path / "in.csv"
    src.write_text("id,date,text\nc1,08/11/2021,Kenya met Uganda.\n")
    assert cli("code", str(src), "--db", "s.duckdb").exit_code == 0
    assert rows("s.duckdb", "SELECT date::VARCHAR FROM articles") == [("2021-08-11",)]


def test_exported_cells_cannot_run_as_formulas(cli, tmp_path, monkeypatch):
    text = '=HYPERLINK("http://x") said Kenya\'s president met Ugandan officials in Nairobi on Monday.'
    src = jsonl(tmp_path / "in.jsonl", [{"id": "f", "date": "2022-03-01", "source": "@evil", "text": text}])
    assert cli("code", str(src), "--db", "s.duckdb").exit_code == 0
    for fmt, name in (("csv", "e.csv"), ("phoenix", "e.tsv")):
        assert cli("export", "--db", "s.duckdb", "--format", fmt, "--out", name).exit_code == 0
        cells = [c for line in (tmp_path / name).read_text().splitlines() for c in line.replace("\t", ",").split(",")]
        assert "'@evil" in cells and "@evil" not in cells
    monkeypatch.setenv("NEWSEVENTS_EXPORT_RAW_CELLS", "yes")
    assert cli("export", "--db", "s.duckdb", "--format", "phoenix", "--out", "raw.tsv").exit_code == 0
    assert "\t@evil" in (tmp_path / "raw.tsv").read_text()


def test_terminal_escapes_in_articles_are_not_printed(cli, tmp_path):
    corpus = jsonl(tmp_path / "c.jsonl", [{"id": "q", "text": "Quentin Blathers \x1b[2J\x1b]0;pwned\x07praised "
                                                          "Ruritania.\u202e Zorblatt frobnicated the envoy."}])
    for command in (["actors", "unknown"], ["lexicon", "gaps"]):
        result = cli(*command, str(corpus))
        assert result.exit_code == 0 and "\x1b" not in result.output and "\u202e" not in result.output


def test_like_wildcards_in_filters_are_plain_characters(cli, tmp_path):
    assert cli("code", str(jsonl(tmp_path / "in.jsonl", GOOD)), "--db", "s.duckdb").exit_code == 0
    assert len(cli("events", "--db", "s.duckdb", "--format", "jsonl").stdout.splitlines()) > 0
    assert cli("events", "--db", "s.duckdb", "--actor", "%", "--format", "jsonl").stdout == ""
    assert cli("events", "--db", "s.duckdb", "--code", "_", "--format", "jsonl").stdout == ""


def test_broken_and_foreign_databases_are_one_line_errors(cli, tmp_path):
    src = jsonl(tmp_path / "in.jsonl", GOOD[:1])
    (tmp_path / "junk.duckdb").write_bytes(b"not a database at all" * 100)
    with duckdb.connect(str(tmp_path / "other.duckdb")) as conn:
        conn.execute("CREATE TABLE sales (x INT)")
    assert cli("code", str(src), "--db", "good.duckdb").exit_code == 0
    data = (tmp_path / "good.duckdb").read_bytes()
    (tmp_path / "cut.duckdb").write_bytes(data[: len(data) // 3])
    for args in (["code", str(src), "--db", "junk.duckdb"], ["events", "--db", "cut.duckdb"],
                 ["stats", "--db", "junk.duckdb"]):
        result = cli(*args)
        assert result.exit_code == 1 and result.stderr.startswith("error: ") and "Traceback" not in result.output
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    result = cli("code", str(src), "--db", "other.duckdb")
    assert result.exit_code == 1 and "not a newsevents store; refusing to add tables" in result.stderr
    assert rows(str(tmp_path / "other.duckdb"), "SELECT table_name FROM duckdb_tables()") == [("sales",)]


def test_unwritable_outputs_and_bad_config_files_fail_before_any_work(cli, tmp_path):
    src = jsonl(tmp_path / "in.jsonl", GOOD[:1])
    result = cli("code", str(src), "--db", "s.duckdb", "--out", "no/such/folder/e.jsonl")
    assert result.exit_code == 2 and "--out" in result.stderr and "does not exist" in result.stderr
    assert not (tmp_path / "s.duckdb").exists()
    (tmp_path / "conf").mkdir()
    (tmp_path / "latin1.toml").write_bytes("[store]\ndb = 'caf\xe9.duckdb'\n".encode("latin-1"))
    for config, message in (("conf", "is a directory"), ("latin1.toml", "is not UTF-8")):
        result = cli("code", str(src), "--db", "s.duckdb", "--config", config)
        assert result.exit_code == 1 and message in result.stderr and config in result.stderr


@pytest.mark.parametrize("args, flag", [
    (["events", "--from", "2021-13-45"], "--from"), (["events", "--to", "last week"], "--to"),
    (["events", "--limit", "-1"], "--limit"), (["events", "--limit", "99999999999999999999"], "--limit"),
    (["actors", "top", "--limit", "-5"], "--limit"), (["dyad", "USA", "AFG", "--plot", "x.txt"], "--plot"),
    (["code", "missing.jsonl"], "INPUTS"),
])
def test_usage_errors_exit_2_naming_the_flag(cli, tmp_path, args, flag):
    result = cli(*args, "--db", "s.duckdb")
    assert result.exit_code == 2 and flag in result.stderr, result.output
    assert not (tmp_path / "s.duckdb").exists()


def test_delete_on_a_missing_database_creates_none(cli, tmp_path):
    result = cli("delete", "x", "--db", "missing.duckdb")
    assert result.exit_code == 1 and "no database missing.duckdb" in result.stderr
    assert not (tmp_path / "missing.duckdb").exists()
