"""The real CLI in-process (Typer's CliRunner, not a terminal): every listing command in every
--format, TSV when piped, data alone on standard output, '--out -', defaults in --help (issue 12)."""

from __future__ import annotations

import csv
import importlib.util
import io
import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from newsevents.cli.app import app

from .conftest import REPO

pytestmark = pytest.mark.issue(12)
FORMATS = ("table", "csv", "tsv", "json", "jsonl")
CORPUS = [
    {"id": "c1", "date": "2022-03-01", "text": "Zorblatt Industries frobnicated the Ruritanian envoy. "
                                               "Quentin Blathers praised Ruritania."},
    {"id": "c2", "date": "2022-03-02", "text": "Kenya's president met Ugandan officials in Nairobi on Monday."},
]


def run(*args: str) -> object:
    result = CliRunner().invoke(app, list(args), prog_name="newsevents")
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result


@pytest.fixture(scope="module")
def files(tmp_path_factory, sample_db) -> dict[str, str]:
    folder = tmp_path_factory.mktemp("cli-output")
    corpus = folder / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in CORPUS))
    gold = folder / "gold.jsonl"
    gold.write_text(json.dumps({"id": "s1", "text": "Germany expelled two Russian diplomats.", "date": "2022-04-04",
                                "events": [{"source": "DEU", "target": "RUS", "code": "161"}],
                                "levels": ["root", "triple"]}) + "\n")
    pred = folder / "pred.jsonl"
    pred.write_text(json.dumps({"id": "s1", "events": [{"source": "DEU", "target": "RUSGOV", "code": "161",
                                                        "plover": "SANCTION"}]}) + "\n")
    return {"db": str(sample_db), "corpus": str(corpus), "gold": str(gold), "pred": str(pred)}


# command -> (arguments, a column its rows must have)
LISTINGS = {
    "events": (["events", "--db", "{db}", "--limit", "5"], "source"),
    "stats": (["stats", "--db", "{db}"], "events"),
    "actors top": (["actors", "top", "--db", "{db}", "--limit", "5"], "actor"),
    "dyad": (["dyad", "USA", "AFG", "--db", "{db}", "--freq", "year"], "direction"),
    "evaluate": (["evaluate", "{gold}", "{pred}"], "level"),
    "lexicon gaps": (["lexicon", "gaps", "{corpus}", "--limit", "5"], "predicate"),
    "actors unknown": (["actors", "unknown", "{corpus}", "--limit", "5"], "mention"),
}


def args_for(command: str, files: dict[str, str]) -> list[str]:
    return [a.format(**files) for a in LISTINGS[command][0]]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("command", list(LISTINGS))
def test_every_listing_command_in_every_format(files, command, fmt):
    result = run(*args_for(command, files), "--format", fmt)
    assert result.exit_code == 0, result.stderr
    column = LISTINGS[command][1]
    out = result.stdout
    if fmt == "table":
        assert "┃" in out and column in out
        return
    if fmt == "json":
        document = json.loads(out)
        rows = document if isinstance(document, list) else [{"level": k, **v} for k, v in document["levels"].items()]
    elif fmt == "jsonl":
        rows = [json.loads(line) for line in out.splitlines()]
    else:
        rows = list(csv.DictReader(io.StringIO(out), delimiter="," if fmt == "csv" else "\t"))
    assert rows and all(column in row for row in rows)
    assert "NaN" not in out and "┃" not in out


@pytest.mark.parametrize("command", list(LISTINGS))
def test_piped_output_is_plain_tsv(files, command):
    result = run(*args_for(command, files))
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    header = lines[0].split("\t")
    assert LISTINGS[command][1] in header
    assert len(lines) > 1 and all(len(line.split("\t")) == len(header) for line in lines)
    assert not any(c in result.stdout for c in "┃│…")


def test_events_says_when_the_limit_cuts_the_list(files):
    result = run("events", "--db", files["db"], "--limit", "3", "--format", "jsonl")
    assert len(result.stdout.splitlines()) == 3
    total = int(result.stderr.split(" of ")[1].split()[0])
    assert f"showing 3 of {total} event mentions" in result.stderr and total > 3
    everything = run("events", "--db", files["db"], "--limit", "0", "--format", "jsonl")
    assert len(everything.stdout.splitlines()) == total and "showing" not in everything.stderr


def test_a_long_table_is_not_cut_in_a_pipe(files):
    result = run("events", "--db", files["db"], "--limit", "20", "--format", "table")
    rows = [line for line in result.stdout.splitlines() if line.startswith("│")]
    assert rows and "…" not in result.stdout
    assert max(len(line) for line in rows) > 80  # wider than the 80 columns Rich assumes for a pipe


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "plover", "polecat", "petrarch"])
def test_export_to_standard_output_carries_data_only(files, fmt):
    result = run("export", "--db", files["db"], "--format", fmt, "--out", "-")
    assert result.exit_code == 0, result.stderr
    assert "wrote" in result.stderr and "wrote" not in result.stdout
    lines = result.stdout.splitlines()
    count = int(result.stderr.split("wrote ")[1].split()[0])
    if fmt in ("jsonl", "plover"):
        records = [json.loads(line, parse_constant=_reject) for line in lines]
        assert len(records) == count > 10
    else:  # quoted values may hold line breaks: count records, not lines
        rows = list(csv.reader(io.StringIO(result.stdout), delimiter="," if fmt == "csv" else "\t"))
        assert len(rows) == count + (1 if fmt in ("csv", "polecat") else 0) > 10


def _reject(constant: str) -> None:
    raise AssertionError(f"not strict JSON: {constant}")


def test_code_writes_events_to_standard_output(files, tmp_path):
    db = str(tmp_path / "coded.duckdb")
    result = run("code", files["corpus"], "--db", db, "--out", "-")
    assert result.exit_code == 0, result.stderr
    records = [json.loads(line, parse_constant=_reject) for line in result.stdout.splitlines()]
    assert records and {r["article_id"] for r in records} <= {"c1", "c2"}
    assert all(isinstance(r["evidence"], dict) and len(r["event_date"]) == 10 for r in records)
    assert "coded 2 article(s)" in result.stderr


def test_unknown_dyad_says_no_events_and_fails(files, tmp_path):
    chart = tmp_path / "none.png"
    result = run("dyad", "USA", "ZZZ", "--db", files["db"], "--plot", str(chart))
    assert result.exit_code == 1 and "no events between USA and ZZZ" in result.stderr
    assert result.stdout == "" and not chart.exists()


def test_network_refuses_an_unknown_suffix(files, tmp_path):
    result = run("network", "--db", files["db"], "--out", str(tmp_path / "net.png"))
    assert result.exit_code == 2 and not (tmp_path / "net.png").exists()
    good = run("network", "--db", files["db"], "--out", "-")
    assert good.exit_code == 0 and json.loads(good.stdout)["links"]


def test_help_shows_defaults_and_takes_h():
    result = run("code", "-h")
    assert result.exit_code == 0
    text = " ".join(result.stdout.split())
    assert "Usage: newsevents code" in text
    assert "newsevents.duckdb" in text and "<db>.rejects.jsonl" in text and "[default: jsonl]" in text
    listing = " ".join(run("events", "--help").stdout.split())
    assert "[default: 50]" in listing and "table|csv|tsv|json|jsonl" in listing


def test_cli_reference_is_current_and_shows_defaults():
    spec = importlib.util.spec_from_file_location("gen_cli", REPO / "docs" / "gen_cli.py")
    gen_cli = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen_cli)
    cli = (REPO / "docs" / "cli.md").read_text()
    assert cli == gen_cli.render(), "docs/cli.md is stale: run python docs/gen_cli.py"
    assert "Usage: newsevents code" in cli and "python -m newsevents" not in cli
    assert "newsevents.duckdb" in cli and "[default: 50]" in cli


def test_help_imports_no_heavy_library():
    """`newsevents --help` is fast: the command line imports pandas, DuckDB, spaCy and matplotlib only
    in the commands that use them."""
    code = ("import sys, newsevents.cli.app; heavy = {'pandas', 'duckdb', 'spacy', 'matplotlib', 'networkx', "
            "'trafilatura', 'numpy'} & set(sys.modules); print(sorted(heavy))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                            cwd=Path(REPO))
    assert result.stdout.strip() == "[]"


def test_dyad_chart_has_a_time_axis_with_empty_periods(sample_db, tmp_path):
    from newsevents.analysis import dyads
    from newsevents.store import Store

    with Store(sample_db, read_only=True) as store:
        table = dyads.dyad(store, "USA", "AFG", freq="month")
        members = dyads.dyad_members(store, "USA", "AFG")
    series = dyads.complete_periods(table, "month")
    months = pd.date_range(table.period.min(), table.period.max(), freq="MS")
    assert (series.groupby("direction").period.apply(list) == [list(months)] * 2).all()
    assert len(months) > table.period.nunique()  # months without events are there, as zeros
    empty = series[~series.period.isin(table.period)]
    assert len(empty) and (empty.cooperation == 0).all() and (empty.conflict == 0).all()
    assert {"AFGGOV", "AFGINS"} <= set(members["AFG"])
    title = dyads.chart_title("USA", "AFG", "month", members)
    assert "AFG = " in title and "AFGGOV" in title and "AFGINS" in title
    png = dyads.plot_dyad(table, "USA", "AFG", tmp_path / "d.png", members=members)
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_json_lines_are_strict(sample_db, tmp_path):
    from newsevents.export import write_table
    from newsevents.export.jsonl import dumps
    from newsevents.store import Store

    with Store(sample_db, read_only=True) as store:
        frame = store.mentions()
    path = tmp_path / "events.jsonl"
    assert write_table(frame, path, "jsonl") == len(frame)
    records = [json.loads(line, parse_constant=_reject) for line in path.read_text().splitlines()]
    assert any(r["place_name"] is None for r in records)  # missing values are null, not NaN
    assert all(isinstance(r["evidence"], dict) and len(r["event_date"]) == 10 for r in records)
    assert dumps({"x": float("nan"), "d": pd.Timestamp("2022-11-02")}) == '{"x": null, "d": "2022-11-02T00:00:00"}'


@pytest.mark.issue(11)
@pytest.mark.parametrize("delimiter", [",", "\t"])
def test_listing_cells_that_a_spreadsheet_would_run_are_neutralised(delimiter):
    import io

    from newsevents.cli.output import Listing, write_delimited

    listing = Listing(columns=("actor", "text", "n"), rows=[("---GOV", '=HYPERLINK("http://x")', -3)])
    stream = io.StringIO()
    write_delimited(listing, stream, delimiter)
    body = stream.getvalue().splitlines()[1]
    assert "'=HYPERLINK" in body and "---GOV" in body and "'---GOV" not in body and "-3" in body
