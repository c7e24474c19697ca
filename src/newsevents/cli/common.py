"""Shared CLI plumbing: settings from options, consoles, progress bars, exit codes."""

from __future__ import annotations

import sys
from contextlib import contextmanager
from typing import Annotated, Any, Iterable, Iterator, Optional

import typer

from rich.console import Console
from rich.markup import escape

from ..config import Settings, load_settings

# Exit statuses, documented in the README and `newsevents --help`.
EXIT_OK = 0
EXIT_ERROR = 1  # broken environment, bad settings, unreadable database
EXIT_USAGE = 2  # wrong command-line usage (Click's own code)
EXIT_REJECTED = 3  # finished, but some input records were malformed and set aside

out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)


def build_settings(config: str | None, **overrides: Any) -> Settings:
    """Settings from the config file, environment and the given ``section.name`` overrides."""
    flat = {key.replace("__", "."): value for key, value in overrides.items() if value not in (None, ())}
    return load_settings(config_file=config, overrides=flat)


@contextmanager
def progress(total: int | None, label: str) -> Iterator[Any]:
    """A progress bar on an interactive terminal; silent when output is piped or in tests."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    bar = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                   console=err, transient=True, disable=not sys.stderr.isatty())
    with bar:
        task = bar.add_task(label, total=total)
        yield lambda n=1: bar.advance(task, n)


def safe(text: Any) -> str:
    """Article text is untrusted: escape rich markup before printing it."""
    return escape(str(text))


def target_name(target: Any) -> str:
    """How a status line names an output: the escaped path, or 'standard output' for '-'."""
    return "standard output" if str(target) == "-" else safe(target)


def count(items: Iterable[Any]) -> int:
    return sum(1 for _ in items)


def cell(value: Any) -> str:
    """A table cell: '-' for missing values (None or NaN), escaped text otherwise."""
    if value is None or (isinstance(value, float) and value != value):
        return "-"
    return safe(value)


# Options several commands share, declared once (Typer reads them from the annotations).
Db = Annotated[Optional[str], typer.Option("--db", help="DuckDB database file.", show_default="newsevents.duckdb")]
Config = Annotated[Optional[str], typer.Option("--config", help="TOML settings file.")]
Model = Annotated[Optional[str], typer.Option("--model", help="spaCy pipeline name or path.")]
Actor = Annotated[str, typer.Option("--actor", help="Actor code prefix (source or target), e.g. USAGOV.")]
Country = Annotated[str, typer.Option("--country", help="ISO3 country of source or target.")]
Code = Annotated[str, typer.Option("--code", help="CAMEO code prefix, e.g. 04 or 163.")]
DateFrom = Annotated[str, typer.Option("--from", help="Earliest event date (YYYY-MM-DD).")]
DateTo = Annotated[str, typer.Option("--to", help="Latest event date (YYYY-MM-DD).")]
