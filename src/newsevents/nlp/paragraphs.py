"""A blank line ends a sentence: a spaCy component that runs before the parser.

spaCy's parser decides where sentences end, and across a blank line it does not always end one: a
byline with no full stop ("By Jane Doe") and the lead paragraph under it were parsed as one sentence,
which the furniture step then dropped whole as a byline, lead and all. Marking the first token after
a paragraph break as a sentence start makes the parser keep that boundary (it only fills in the
others). A single line break is left to the parser: hard-wrapped text breaks lines mid-sentence.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language

COMPONENT = "newsevents_paragraphs"


@Language.component(COMPONENT)
def mark_paragraph_starts(doc: Any) -> Any:
    """Set ``is_sent_start`` on each token that follows a run of whitespace holding a blank line."""
    for token in doc[:-1]:
        if token.is_space and token.text.count("\n") >= 2:
            doc[token.i + 1].is_sent_start = True
    return doc


def add_paragraph_starts(nlp: Any) -> None:
    """Put the component before the parser (once)."""
    if COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(COMPONENT, before="parser")
