"""Text clean-up shared by the stages: the dateline that opens many wire stories."""

from __future__ import annotations

import re

# "KABUL, Nov 8 (Reuters) - ", "WASHINGTON -- ", "SINGAPORE: "
DATELINE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Z .'-]{2,40}?)(?:,\s*[A-Z][a-z]{2,9}\.? \d{1,2})?\s*(?:\([^)]{0,40}\))?"
    r"\s*(?:--|[-\u2013\u2014:])\s*")


def split_dateline(text: str) -> tuple[str, int]:
    """The dateline's place name and where the story proper begins (0 when there is none).

    The parser reads "KABUL, March 11 (Wire) - Taliban insurgents attacked" as one noun phrase;
    parsing from the end of the dateline keeps the dateline out of the first sentence's subject.
    """
    match = DATELINE.match(text)
    if not match or match.end() >= len(text):
        return "", 0
    return match["place"].strip(), match.end()
