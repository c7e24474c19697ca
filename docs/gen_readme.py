"""Regenerate the README's example output from the code: python docs/gen_readme.py [DEMO_DB]

Three things in README.md are output of the program, and drift when the coder changes:

* the demo's report (between the ``demo`` markers), from a database of the bundled sample corpus;
* the Python example's output (between the ``python-output`` markers), by running the example;
* the dyad chart docs/img/dyad-usa-afg.png.

``make readme`` runs this after ``make demo``; tests/test_readme.py fails when the README's text
differs from what the code prints now. Without DEMO_DB the sample corpus is coded afresh.
"""

from __future__ import annotations

import contextlib
import io
import re
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
README = REPO / "README.md"
CHART = REPO / "docs" / "img" / "dyad-usa-afg.png"
BLOCK = re.compile(r"(<!-- begin (?P<name>[\w-]+):[^>]*-->\n```[a-z]*\n)(?P<body>.*?)(```\n<!-- end (?P=name) -->)",
                   re.S)


def blocks(text: str) -> dict[str, str]:
    """The README's generated blocks by name."""
    return {m["name"]: m["body"] for m in BLOCK.finditer(text)}


def replace_blocks(text: str, bodies: dict[str, str]) -> str:
    return BLOCK.sub(lambda m: m[1] + bodies.get(m["name"], m["body"]) + m[4], text)


def demo_report(db: Path) -> str:
    """What `newsevents demo` prints for a database of the sample corpus."""
    from newsevents.cli.demo import summary_lines
    from newsevents.store import Store

    with Store(db, read_only=True) as store:
        return "\n".join(summary_lines(store)) + "\n"


def python_output(text: str) -> str:
    """Run the README's Python example (the ``python-example`` block) and return what it prints."""
    source = blocks(text)["python-example"]
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(compile(source, "README.md", "exec"), {"__name__": "readme"})  # the README's own example
    return printed.getvalue()


def draw_chart(db: Path, path: Path = CHART) -> Path:
    from newsevents.analysis import dyads
    from newsevents.store import Store

    with Store(db, read_only=True) as store:
        table = dyads.dyad(store, "USA", "AFG", freq="year")
        members = dyads.dyad_members(store, "USA", "AFG")
    return dyads.plot_dyad(table, "USA", "AFG", path, freq="year", members=members)


def sample_database(folder: Path) -> Path:
    """Code the bundled sample corpus as the demo does."""
    from typer.testing import CliRunner

    from newsevents.cli.app import app

    result = CliRunner().invoke(app, ["demo", "--dir", str(folder)], prog_name="newsevents")
    if result.exit_code:
        raise SystemExit(result.stderr)
    return folder / "demo.duckdb"


def main(argv: list[str]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(argv[0]) if argv else sample_database(Path(tmp))
        text = README.read_text()
        text = replace_blocks(text, {"demo": demo_report(db), "python-output": python_output(text)})
        README.write_text(text)
        draw_chart(db)


if __name__ == "__main__":
    main(sys.argv[1:])
