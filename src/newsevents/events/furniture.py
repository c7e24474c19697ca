"""Page furniture: bylines, captions, photo credits, "Read more" and related-story lines.

They are never coded, whatever they describe ("FILE PHOTO: Israeli troops patrol ..."). The
patterns are data (``data/furniture.tsv``), compiled and checked when first used.
"""

from __future__ import annotations

import re
from functools import cache

from ..datafiles import package_data, read_rows
from ..errors import DataFileError

FURNITURE_COLUMNS = ("name", "pattern", "note")


@cache
def furniture_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    path = package_data("events", "furniture.tsv")
    found, errors = [], []
    for number, row in read_rows(path, FURNITURE_COLUMNS):
        try:
            found.append((row["name"], re.compile(row["pattern"], re.IGNORECASE)))
        except re.error as exc:
            errors.append(f"line {number}: pattern {row['name']!r} is not a regular expression ({exc})")
    if errors:
        raise DataFileError(str(path), errors)
    return tuple(found)


def furniture(text: str) -> str | None:
    """The name of the furniture pattern the sentence matches, or None for news."""
    head = text[:300]
    for name, pattern in furniture_patterns():
        if pattern.match(head):
            return name
    return None
