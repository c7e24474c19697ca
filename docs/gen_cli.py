"""Regenerate docs/cli.md from the commands' own --help text: python docs/gen_cli.py

tests/test_cli_output.py fails when docs/cli.md differs from what this prints.
"""

from __future__ import annotations

from pathlib import Path

COMMANDS = [[], ["code"], ["evaluate"], ["events"], ["demo"], ["explain"], ["export"], ["delete"], ["dyad"], ["stats"],
            ["network"], ["actors", "top"], ["actors", "unknown"], ["lexicon", "gaps"], ["serve"],
            ["corrections", "export"], ["corrections", "list"]]
# A fixed width and no colour, so that the page is the same on every machine.
ENV = {"COLUMNS": "100", "NO_COLOR": "1", "TERM": "dumb"}
CLI_MD = Path(__file__).with_name("cli.md")


def render() -> str:
    """The reference page, generated in-process with the real application."""
    from typer.testing import CliRunner

    from newsevents.cli.app import app

    parts = ["# Command-line reference", "", "Generated from `--help` by `python docs/gen_cli.py`.", ""]
    for command in COMMANDS:
        text = CliRunner().invoke(app, [*command, "--help"], prog_name="newsevents", env=ENV).stdout
        lines = [line.rstrip() for line in text.splitlines()]
        parts += [f"## newsevents {' '.join(command)}".rstrip(), "", "```", "\n".join(lines).strip("\n"), "```", ""]
    return "\n".join(parts)


def main() -> None:
    CLI_MD.write_text(render())


if __name__ == "__main__":
    main()
