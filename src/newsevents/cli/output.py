"""What the listing commands print: a table on a terminal, plain TSV in a pipe, or the format asked for.

Every listing command (``events``, ``stats``, ``actors top``, ``actors unknown``, ``dyad``,
``lexicon gaps``, ``evaluate``) builds a :class:`Listing` and hands it to :func:`emit`. Data goes
to standard output and nothing else does: titles belong to the table format, and notes such as
"showing 50 of 63" go to standard error, so ``newsevents events -f jsonl > x.jsonl`` holds
JSON Lines only. Like ``gh`` and ``duckdb``, the default is a table on a terminal and TSV
otherwise; a table printed into a pipe (``--format table | less``) is never cut to 80 columns.
"""

from __future__ import annotations

import csv
import sys
from dataclasses import dataclass, field
from enum import Enum
from typing import Annotated, Any, Iterable, Optional, Sequence, TextIO

import typer

from ..export.jsonl import dumps, is_day_column, plain


class OutputFormat(str, Enum):
    TABLE = "table"
    CSV = "csv"
    TSV = "tsv"
    JSON = "json"
    JSONL = "jsonl"


FormatOption = Annotated[Optional[OutputFormat], typer.Option(
    "--format", case_sensitive=False, show_default="table on a terminal, tsv otherwise",
    help="Output format.")]

# Wide enough that Rich never wraps or cuts a table that goes into a file or a pipe.
PIPE_WIDTH = 10_000


@dataclass(frozen=True, slots=True)
class Listing:
    """Rows to print: ``columns`` name the values of each row, in order."""

    columns: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]
    title: str = ""
    caption: str = ""
    right: frozenset[str] = field(default_factory=frozenset)  # columns aligned right in a table

    @classmethod
    def from_frame(cls, frame: Any, title: str = "", caption: str = "") -> "Listing":
        """A pandas DataFrame as a listing (its values made plain: dates as ISO text, NaN as None)."""
        days = [i for i, name in enumerate(frame.columns) if is_day_column(frame[name])]
        rows = tuple(tuple(_day(plain(v)) if i in days else plain(v) for i, v in enumerate(row))
                     for row in frame.itertuples(index=False, name=None))
        numeric = frozenset(str(c) for c in frame.columns if frame[c].dtype.kind in "iuf")
        return cls(columns=tuple(str(c) for c in frame.columns), rows=rows, title=title, caption=caption,
                   right=numeric)

    def records(self) -> list[dict[str, Any]]:
        return [dict(zip(self.columns, row)) for row in self.rows]


def _day(value: Any) -> Any:
    return value[:10] if isinstance(value, str) else value


def resolve(fmt: OutputFormat | None, stream: TextIO | None = None) -> OutputFormat:
    """The format asked for, else a table on a terminal and TSV in a pipe or a file."""
    if fmt is not None:
        return fmt
    stream = stream or sys.stdout
    return OutputFormat.TABLE if stream.isatty() else OutputFormat.TSV


def emit(listing: Listing, fmt: OutputFormat | None, *, document: Any = None) -> None:
    """Print ``listing`` in ``fmt``. ``document`` replaces the list of rows as the JSON output
    when a command has a richer JSON form (``evaluate``'s report)."""
    fmt = resolve(fmt)
    stream = sys.stdout
    if fmt is OutputFormat.TABLE:
        print_tables([listing])
    elif fmt is OutputFormat.JSON:
        stream.write(dumps(listing.records() if document is None else document) + "\n")
    elif fmt is OutputFormat.JSONL:
        for item in listing.records():
            stream.write(dumps(item) + "\n")
    else:
        write_delimited(listing, stream, "," if fmt is OutputFormat.CSV else "\t")
    stream.flush()


def print_tables(listings: Iterable[Listing]) -> None:
    """Rich tables, full width on a terminal and never cut when the output is not one."""
    from rich.console import Console
    from rich.table import Table

    terminal = sys.stdout.isatty()
    console = Console(highlight=False, soft_wrap=False, width=None if terminal else PIPE_WIDTH,
                      no_color=not terminal)
    for listing in listings:
        table = Table(title=listing.title or None, caption=listing.caption or None)
        for column in listing.columns:
            table.add_column(column, justify="right" if column in listing.right else "left",
                             overflow="fold", no_wrap=not terminal)
        for row in listing.rows:
            table.add_row(*(table_cell(v) for v in row))
        console.print(table)


def table_cell(value: Any) -> str:
    """'-' for a missing value; other text escaped, because article text may hold Rich markup and
    terminal escape sequences."""
    from .common import safe

    if value is None:
        return "-"
    return safe(value)


def write_delimited(listing: Listing, stream: TextIO, delimiter: str) -> None:
    """CSV with the csv module's quoting; TSV plain, as cut and awk read it: a tab or line
    break inside a value becomes a space, and nothing is quoted. Cells a spreadsheet would run as
    formulas get a leading apostrophe, as in exported files (JSON keeps every value raw)."""
    if delimiter == ",":
        writer = csv.writer(stream, lineterminator="\n")
        writer.writerow(listing.columns)
        writer.writerows([_text(v) for v in row] for row in listing.rows)
        return
    stream.write("\t".join(listing.columns) + "\n")
    for row in listing.rows:
        stream.write("\t".join(_flat(_text(v)) for v in row) + "\n")


def _text(value: Any) -> str:
    from ..export.files import neutralise
    from .common import CONTROL  # article text may hold terminal escape sequences

    return "" if value is None else neutralise(CONTROL.sub("", str(value)))


def _flat(text: str) -> str:
    return " ".join(text.replace("\t", " ").splitlines()) if any(c in text for c in "\t\r\n") else text


def note(message: str) -> None:
    """A status line or warning: always standard error, never mixed into the data."""
    from .common import err, safe

    err.print(safe(message))


def columns(frame: Any, names: Sequence[str]) -> Any:
    """``frame`` limited to ``names`` (those it has), in that order."""
    return frame[[n for n in names if n in frame.columns]]
