"""Shared CLI plumbing: settings from options, consoles, progress bars, exit codes."""

from __future__ import annotations

import datetime as dt
import os
import re
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Iterable, Iterator, Optional

import typer

from rich.console import Console
from rich.markup import escape

from ..config import Settings, load_settings

if TYPE_CHECKING:
    from ..store import Store

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


# Control characters (terminal escape sequences start with ESC) and bidirectional overrides, which
# can rewrite what a terminal shows; tab and newline stay.
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def safe(text: Any) -> str:
    """Article text is untrusted: drop control characters and escape rich markup before printing it."""
    return escape(CONTROL.sub("", str(text)))


def open_store(settings: Settings, read_only: bool = True, threads: int | None = None) -> "Store":
    """The configured store; waits (saying so once) while another process holds the file.
    ``threads``: DuckDB's threads for the connection (its default, all cores, when None)."""
    from ..store import Store

    return Store(settings.store.db, read_only=read_only, dedup=settings.dedup, wait=settings.store.wait_seconds,
                 on_wait=lambda message: err.print(f"waiting: {safe(message)}"), threads=threads)


def check_output(path: Path | None, flag: str, protected: Iterable[str | Path] = ()) -> None:
    """Before any work: ``path`` must be writable and must not be the database or an input."""
    if path is None or str(path) == "-":
        return
    target = path.resolve()
    for other in protected:
        other = Path(other).resolve()
        if target == other or (other.is_dir() and other in target.parents):
            raise typer.BadParameter(f"{path} is {'inside ' if target != other else ''}the database or an "
                                     f"input ({other}); refusing to overwrite it", param_hint=flag)
    if target.is_dir():
        raise typer.BadParameter(f"{path} is a directory", param_hint=flag)
    parent = target.parent
    if not parent.is_dir():
        raise typer.BadParameter(f"folder {parent} does not exist", param_hint=flag)
    if not os.access(parent, os.W_OK) or (target.exists() and not os.access(target, os.W_OK)):
        raise typer.BadParameter(f"{path} cannot be written (permission denied)", param_hint=flag)


def _database(value: Optional[str]) -> Optional[str]:
    if value is not None and value.strip() in {"", ":memory:"}:
        raise typer.BadParameter(f"must name a database file, not {value!r} (the data would vanish)")
    return value


def _iso_date(value: str) -> str:
    if value:
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            raise typer.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)") from None
    return value


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
Db = Annotated[Optional[str], typer.Option("--db", help="DuckDB database file.", show_default="newsevents.duckdb",
                                           callback=_database)]
Config = Annotated[Optional[str], typer.Option("--config", help="TOML settings file.")]
Model = Annotated[Optional[str], typer.Option("--model", help="spaCy pipeline name or path.")]
Actor = Annotated[str, typer.Option("--actor", help="Actor code prefix (source or target), e.g. USAGOV.")]
Country = Annotated[str, typer.Option("--country", help="ISO3 country of source or target.")]
Code = Annotated[str, typer.Option("--code", help="CAMEO code prefix, e.g. 04 or 163.")]
DateFrom = Annotated[str, typer.Option("--from", help="Earliest event date (YYYY-MM-DD).", callback=_iso_date)]
DateTo = Annotated[str, typer.Option("--to", help="Latest event date (YYYY-MM-DD).", callback=_iso_date)]
# LIMIT takes a 64-bit number; a billion rows is more than any listing shows
MAX_ROWS = 1_000_000_000
