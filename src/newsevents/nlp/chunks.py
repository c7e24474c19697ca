"""Cut a long text into pieces the parser can take, at paragraph or sentence ends."""

from __future__ import annotations

import re
from typing import Iterator

# Preferred cut points, best first: a blank line, a line end, a sentence end, any space.
BOUNDARIES = (re.compile(r"\n\s*\n"), re.compile(r"\n"), re.compile(r"[.!?][\"')\]]*\s"), re.compile(r"\s"))


def pieces(text: str, start: int, max_chars: int) -> Iterator[tuple[int, str]]:
    """(offset, piece) pairs covering ``text[start:]``, each at most ``max_chars`` long.

    A piece ends at the last paragraph break before the limit, else the last line or sentence end,
    else the last space; only a text with no space in ``max_chars`` characters is cut mid-word.
    Linear in the text's length: each search looks only inside the window of the next piece.
    """
    while len(text) - start > max_chars:
        end = _cut(text, start, start + max_chars)
        yield start, text[start:end]
        start = end
    if start < len(text):
        yield start, text[start:]


def _cut(text: str, start: int, limit: int) -> int:
    window = text[start:limit]
    for pattern in BOUNDARIES:
        last = None
        for last in pattern.finditer(window, len(window) // 2):
            pass
        if last is not None:
            return start + last.end()
    return limit


def region_pieces(text: str, regions: list[tuple[int, int]], max_chars: int) -> Iterator[tuple[int, str]]:
    """(offset, piece) pairs covering each (start, end) region of ``text`` (the story without its
    datelines: ingest.clean.parsed_regions), each at most ``max_chars`` long."""
    for start, end in regions:
        yield from pieces(text[:end], start, max_chars)
