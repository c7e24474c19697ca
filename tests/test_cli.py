"""The real CLI, run as a subprocess: exit codes, messages, files written."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow


def run(*args: str, cwd: Path, stdin: str | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "COLUMNS": "200", "NO_COLOR": "1"}
    return subprocess.run([sys.executable, "-m", "newsevents", *args], cwd=cwd, input=stdin, text=True,
                          capture_output=True, env=env, timeout=300)


GOOD = [
    {"id": f"g{i}", "title": f"Story {i}", "date": "2022-03-0" + str(i % 9 + 1), "source": "Demo Wire",
     "text": text}
    for i, text in enumerate([
        "Kenya's president met Ugandan officials in Nairobi on Monday.",
        "Russian forces shelled the Ukrainian city of Kharkiv on Tuesday.",
        "The European Union imposed sanctions on Belarus.",
        "Indian police arrested dozens of protesters in New Delhi.",
        "Egypt hosted talks between Israel and Hamas in Cairo.",
        "Japan pledged aid to the Philippines after the typhoon.",
        "Iran accused Israel of attacking its nuclear facility.",
        "Turkey and Sweden signed an agreement in Madrid.",
        "Nigerian troops clashed with Boko Haram militants near Maiduguri.",
        "Germany expelled Russian diplomats last week.",
    ])
]


@pytest.fixture(scope="module")
def workdir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("cli")


def test_version(workdir):
    result = run("--version", cwd=workdir)
    assert result.returncode == 0 and result.stdout.startswith("newsevents ")


def test_every_command_has_help(workdir):
    for command in ("code", "evaluate", "events", "demo", "export", "delete", "dyad", "stats", "network",
                    "actors", "lexicon"):
        result = run(command, "--help", cwd=workdir)
        assert result.returncode == 0, command
        assert "Usage" in result.stdout


def test_ten_good_and_three_malformed_records(workdir):
    lines = [json.dumps(r) for r in GOOD]
    lines.insert(3, '{"id": "bad1", "text": ')
    lines.insert(7, json.dumps({"id": "bad2", "title": "no text here"}))
    lines.insert(11, json.dumps({"id": "bad3", "text": "Chad met Niger.", "date": "31/02/2022"}))
    src = workdir / "mixed.jsonl"
    src.write_text("\n".join(lines) + "\n")
    result = run("code", str(src), "--db", "mixed.duckdb", cwd=workdir)
    assert result.returncode == 3, result.stderr
    assert "Traceback" not in result.stderr
    for line in (4, 8, 12):
        assert f"mixed.jsonl:{line}" in result.stderr
    assert "coded 10 article(s)" in result.stderr  # status lines go to stderr (issue 12)
    rejects = (workdir / "mixed.duckdb.rejects.jsonl").read_text().splitlines()
    assert len(rejects) == 3 and json.loads(rejects[0])["location"].endswith("mixed.jsonl:4")


def test_code_is_idempotent_and_writes_events(workdir):
    src = workdir / "good.jsonl"
    src.write_text("\n".join(json.dumps(r) for r in GOOD) + "\n")
    first = run("code", str(src), "--db", "good.duckdb", "--out", "events.jsonl", cwd=workdir)
    assert first.returncode == 0, first.stderr
    assert "10 new" in first.stderr
    events = [json.loads(line) for line in (workdir / "events.jsonl").read_text().splitlines()]
    assert {"USA", "RUS", "EUR", "IND", "EGY", "JPN", "IRN", "TUR", "NGA", "DEU"} & {
        (e["source_code"] or "---")[:3] for e in events}
    assert all(e["trigger_text"] and e["evidence"]["trigger"]["start"] >= 0 for e in events)
    second = run("code", str(src), "--db", "good.duckdb", cwd=workdir)
    assert "10 unchanged" in second.stderr
    listing = run("events", "--db", "good.duckdb", "--code", "16", cwd=workdir)
    assert listing.returncode == 0 and "163" in listing.stdout


def test_code_reads_standard_input_with_a_date(workdir):
    result = run("code", "-", "--db", "stdin.duckdb", "--date", "2021-11-08", cwd=workdir,
                 stdin="Pakistan and India held talks in Islamabad on Friday.\n")
    assert result.returncode == 0, result.stderr
    listing = run("events", "--db", "stdin.duckdb", cwd=workdir)
    assert "2021-11-05" in listing.stdout


def test_unknown_model_is_a_clear_error(workdir):
    result = run("code", "-", "--db", "x.duckdb", "--model", "no_such_pipeline", cwd=workdir, stdin="Text.")
    assert result.returncode == 1
    assert "[E101]" in result.stderr and "no_such_pipeline" in result.stderr and "Traceback" not in result.stderr


def test_sentences_and_evaluate_round_trip(workdir):
    gold = workdir / "gold.jsonl"
    gold.write_text("\n".join(json.dumps(r) for r in [
        {"id": "s1", "text": "Germany expelled two Russian diplomats.", "date": "2022-04-04",
         "events": [{"source": "DEU", "target": "RUS", "code": "161"}], "levels": ["root", "triple"]},
        {"id": "s2", "text": "The weather was fine in Oslo.", "date": "2022-04-04", "events": [],
         "levels": ["root"]},
    ]) + "\n")
    coded = run("code", "--sentences", str(gold), "--out", "pred.jsonl", cwd=workdir)
    assert coded.returncode == 0, coded.stderr
    pred = {json.loads(l)["id"]: json.loads(l)["events"] for l in (workdir / "pred.jsonl").read_text().splitlines()}
    assert pred["s2"] == []
    assert {"source", "target", "code", "plover"} <= set(pred["s1"][0])
    scored = run("evaluate", str(gold), "pred.jsonl", "--json", cwd=workdir)
    report = json.loads(scored.stdout)
    assert report["levels"]["root"]["tp"] == 1 and report["no_event_sentences_with_events"] == 0
    table = run("evaluate", str(gold), cwd=workdir)
    assert table.returncode == 0 and "triple" in table.stdout


def test_events_on_a_missing_database_is_an_error(workdir):
    result = run("events", "--db", "nope.duckdb", cwd=workdir)
    assert result.returncode == 1 and "Traceback" not in result.stderr


def test_analysis_and_export_commands_on_a_real_database(workdir):
    src = workdir / "good2.jsonl"
    src.write_text("\n".join(json.dumps(r) for r in GOOD) + "\n")
    assert run("code", str(src), "--db", "an.duckdb", cwd=workdir).returncode == 0
    for fmt, out in (("phoenix", "e.tsv"), ("plover", "e.jsonl"), ("parquet", "e.parquet"), ("csv", "e.csv")):
        result = run("export", "--db", "an.duckdb", "--format", fmt, "--out", out, cwd=workdir)
        assert result.returncode == 0 and (workdir / out).stat().st_size > 0, result.stderr
    bad = run("export", "--db", "an.duckdb", "--format", "xml", "--out", "x", cwd=workdir)
    assert bad.returncode == 2 and "must be one of" in bad.stderr
    dyad = run("dyad", "EGY", "ISR", "--db", "an.duckdb", "--csv", "d.csv", "--plot", "d.png", cwd=workdir)
    assert dyad.returncode == 0 and (workdir / "d.png").exists() and (workdir / "d.csv").exists()
    for command in (["stats"], ["actors", "top"], ["network", "--out", "n.graphml"]):
        result = run(*command, "--db", "an.duckdb", cwd=workdir)
        assert result.returncode == 0, (command, result.stderr)
    gone = run("delete", "g4", "--db", "an.duckdb", cwd=workdir)
    assert gone.returncode == 0 and "deleted g4" in gone.stderr
    again = run("delete", "g4", "--db", "an.duckdb", cwd=workdir)
    assert again.returncode == 1 and "no article" in again.stderr


def test_gaps_and_unknown_actors(workdir):
    corpus = workdir / "gaps.jsonl"
    corpus.write_text(json.dumps({"id": "q", "text": "Zorblatt Industries frobnicated the Ruritanian envoy. "
                                              "Quentin Blathers praised Ruritania."}) + "\n")
    gaps = run("lexicon", "gaps", str(corpus), cwd=workdir)
    assert gaps.returncode == 0 and "frobnicate" in gaps.stdout
    unknown = run("actors", "unknown", str(corpus), cwd=workdir)
    assert unknown.returncode == 0 and "Quentin Blathers" in unknown.stdout
