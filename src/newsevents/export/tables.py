"""Write the event-mention table as JSON Lines, CSV or Parquet, to a file or standard output."""

from __future__ import annotations

import sys
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any, Iterator, TextIO

from .files import neutralise_frame
from .jsonl import frame_records, write_jsonl

TABLE_FORMATS = ("jsonl", "csv", "parquet")
STDOUT = "-"  # the name that means standard output, as for most Unix tools


def is_stdout(target: str | Path) -> bool:
    return str(target) == STDOUT


@contextmanager
def open_text(target: str | Path) -> Iterator[TextIO]:
    """A text handle on ``target``; ``-`` is standard output, flushed and left open."""
    if is_stdout(target):
        yield sys.stdout
        sys.stdout.flush()
        return
    with Path(target).open("w", encoding="utf-8", newline="") as handle:
        yield handle


@contextmanager
def open_binary(target: str | Path) -> Iterator[IO[bytes]]:
    """A binary handle on ``target``; ``-`` is standard output's byte stream."""
    if is_stdout(target):
        sys.stdout.flush()
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
        return
    with Path(target).open("wb") as handle:
        yield handle


def write_table(frame: Any, target: str | Path, fmt: str, raw_cells: bool = False) -> int:
    """Write ``frame`` to ``target`` (a path or ``-``) in ``fmt``; returns the number of rows.

    CSV text cells that a spreadsheet would run as formulas get a leading apostrophe unless ``raw_cells``.

    CSV keeps codes as text only for readers that say so: read it back with
    ``pandas.read_csv(path, dtype=str)`` (or :func:`newsevents.read_events`), or ``"051"``
    becomes the number 51.
    """
    if fmt == "jsonl":
        with open_text(target) as handle:
            return write_jsonl(frame_records(frame), handle)
    if fmt == "csv":
        with open_text(target) as handle:
            (frame if raw_cells else neutralise_frame(frame)).to_csv(handle, index=False, lineterminator="\n")
    elif fmt == "parquet":
        with open_binary(target) as handle:
            frame.to_parquet(handle, index=False)
    else:
        raise ValueError(f"unknown table format {fmt!r}")
    return len(frame)
