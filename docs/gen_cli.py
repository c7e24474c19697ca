"""Regenerate docs/cli.md from the commands' own --help text: python docs/gen_cli.py"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

COMMANDS = [[], ["code"], ["evaluate"], ["events"], ["demo"], ["export"], ["delete"], ["dyad"], ["stats"],
            ["network"], ["actors", "top"], ["actors", "unknown"], ["lexicon", "gaps"], ["serve"], ["corrections", "export"],
            ["corrections", "list"]]


def main() -> None:
    parts = ["# Command-line reference", "", "Generated from `--help` by `python docs/gen_cli.py`.", ""]
    env = {**os.environ, "COLUMNS": "100", "NO_COLOR": "1", "TERM": "dumb"}
    for command in COMMANDS:
        text = subprocess.run([sys.executable, "-m", "newsevents", *command, "--help"], capture_output=True,
                              text=True, env=env, check=True).stdout
        parts += [f"## newsevents {' '.join(command)}".rstrip(), "", "```", text.rstrip(), "```", ""]
    Path(__file__).with_name("cli.md").write_text("\n".join(parts))


if __name__ == "__main__":
    main()
