"""Reading the package's tab-separated data files, with errors that name file and line."""

from __future__ import annotations

import csv
from importlib import resources
from pathlib import Path
from typing import Iterator

from .errors import DataFileError, ResourceMissing


def package_data(package: str, name: str) -> Path:
    """Path of a data file shipped inside a stage package, e.g. ``("events", "lexicon_01_09.tsv")``."""
    path = Path(str(resources.files(f"newsevents.{package}").joinpath("data", name)))
    if not path.exists():
        raise ResourceMissing(f"data file {name} is missing from newsevents.{package}; reinstall newsevents")
    return path


def read_rows(path: Path | str, columns: tuple[str, ...]) -> Iterator[tuple[int, dict[str, str]]]:
    """Yield ``(line_number, row)`` for each data row; the header must hold ``columns``.

    Empty lines and lines starting with ``#`` are skipped, so users can comment their files.
    """
    path = Path(path)
    try:
        handle = path.open(encoding="utf-8", newline="")
    except FileNotFoundError:
        raise DataFileError(str(path), ["file does not exist"]) from None
    with handle:
        lines = (line for line in handle)
        reader = csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader, None)
        if header is None:
            raise DataFileError(str(path), ["file is empty (expected a header row)"])
        missing = [c for c in columns if c not in header]
        if missing:
            raise DataFileError(str(path), [f"line 1: header lacks column(s) {', '.join(missing)}"])
        for row in reader:
            number = reader.line_num
            if not row or not any(cell.strip() for cell in row) or row[0].startswith("#"):
                continue
            cells = row + [""] * (len(header) - len(row))
            yield number, {name: cells[i].strip() for i, name in enumerate(header)}


def split_list(cell: str) -> tuple[str, ...]:
    """A ``|``-separated cell as a tuple of non-empty stripped items."""
    return tuple(item.strip() for item in cell.split("|") if item.strip())
