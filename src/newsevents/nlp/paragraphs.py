"""A blank line ends a sentence: a spaCy component that runs before the parser.

spaCy's parser decides where sentences end, and across a blank line it does not always end one: a
byline with no full stop ("By Jane Doe") and the lead paragraph under it were parsed as one sentence,
which the furniture step then dropped whole as a byline, lead and all. Marking the first token after
a paragraph break as a sentence start makes the parser keep that boundary (it only fills in the
others). A single line break ends a sentence only where a line of page furniture or a dateline is
on either side of it, or the line before it ends as a sentence does and the next begins as one
("By Jane Doe" or "REUTERS/Jane Doe" over a lead, a caption over a credit, one paragraph per line);
elsewhere it is left to the parser: hard-wrapped text breaks lines mid-sentence.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.language import Language

COMPONENT = "newsevents_paragraphs"
# a line that ends as a sentence does (a full stop, question or exclamation mark, perhaps inside
# quotes or brackets), and one that begins as a sentence does
SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s*$")
SENTENCE_START = re.compile(r"^\s*[\"'\u201c\u2018(\[]*[A-Z0-9]")


@Language.component(COMPONENT)
def mark_paragraph_starts(doc: Any) -> Any:
    """Set ``is_sent_start`` on each token that follows a run of whitespace holding a blank line,
    or a single line break between lines that are not one sentence (``_lines_apart``)."""
    text = doc.text
    for token in doc[:-1]:
        if not token.is_space or "\n" not in token.text:
            continue
        if token.text.count("\n") >= 2 or _lines_apart(text, token.idx, token.idx + len(token.text)):
            doc[token.i + 1].is_sent_start = True
    return doc


def _lines_apart(text: str, start: int, end: int) -> bool:
    """Whether the line ending at ``start`` and the one beginning at ``end`` are separate sentences."""
    from ..events.furniture import furniture
    from ..ingest.clean import DATELINE

    before = text[text.rfind("\n", 0, start) + 1:start].strip()
    after_end = text.find("\n", end)
    after = text[end:after_end if after_end >= 0 else len(text)].strip()
    if not before or not after:
        return False
    if furniture(before) is not None or furniture(after) is not None or DATELINE.match(after):
        return True
    return bool(SENTENCE_END.search(before) and SENTENCE_START.match(after))


def add_paragraph_starts(nlp: Any) -> None:
    """Put the component before the parser (once)."""
    if COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(COMPONENT, before="parser")
