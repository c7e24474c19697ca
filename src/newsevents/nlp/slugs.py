"""Wire slugs blanked before parsing: "UPDATE 2-Turkey detains dozens in raids".

Agencies put a slug before a headline ("UPDATE 2-", "EXCLUSIVE-", "CORRECTED-", "RPT-") with no
space before the headline's first word, which the tokenizer then glues to it ("2-Turkey"): the
headline's subject was lost. The slug is replaced by spaces in the text the parser reads, so every
offset stays valid and the evidence still quotes the line as written (as ``headlines`` does for
recased lines). Slug words are data (``wire_slugs`` in ``events/data/word_lists.tsv``).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Callable

from ..events.wordlists import word_list


@cache
def _slug_pattern() -> re.Pattern[str]:
    words = "|".join(sorted((re.escape(w.upper()) for w in word_list("wire_slugs")), key=len, reverse=True))
    # one or more slug words (each may carry a number), joined by hyphens, then a hyphen glued to the
    # headline's first word: "UPDATE 2-", "RPT-UPDATE 1-", "EXCLUSIVE-"
    return re.compile(rf"^[ \t]*(?:(?:{words})(?: \d+)?-)+(?=[A-Z\"'\u201c])", re.MULTILINE)  # written in capitals


def blank_wire_slugs(text: str) -> str:
    """The text with each line's leading wire slug replaced by spaces (same length)."""
    return _slug_pattern().sub(lambda m: " " * len(m.group()), text)


def parser_text(text: str, recase: Callable[[str], str] | None) -> str:
    """What spaCy reads, in the pipeline and in training alike: the text with wire slugs blanked and,
    with ``recase`` (nlp/headlines.py), title-case lines recased; same length, so offsets hold."""
    text = blank_wire_slugs(text)
    return recase(text) if recase is not None else text
