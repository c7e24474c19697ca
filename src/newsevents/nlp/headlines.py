"""Headlines in title case, recased for the parser.

spaCy's small English model reads a capitalised word as a proper noun: in "U.S. Pauses Military Aid
to Ukraine" it tags "Pauses" PROPN and the headline has no verb, so nothing is coded. Before parsing,
a line in title case gets its common words lowercased ("U.S. pauses military aid to Ukraine"); the
words of a name the actor dictionaries know, acronyms and the line's first word keep their case.
Only case changes, so every offset into the text stays valid, and the records built from the parse
take their text from the original (``doc_to_sentences(..., original=...)``): the evidence quotes the
article as written.

A word is common when the lemmatizer's own word index (WordNet's nouns, verbs, adjectives and adverbs,
shipped with the spaCy pipeline) holds it or its base form; a word of an actor name is protected even
so ("Bill" in "Bill Clinton", "Israel", "Hope" as a place).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Iterable

WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*")
# A line is in title case when at least this share of its words of four letters or more are capitalised
# (short function words stay lowercase in most house styles: "of", "to", "in") ...
TITLE_SHARE = 0.8
# ... and it has at least this many words, two of them long: "Read More" is furniture, not a headline
MIN_WORDS = 3
MIN_LONG_WORDS = 2
# base forms of an inflected word, tried in order: "pauses" -> "pause", "rallies" -> "rally"
SUFFIXES = (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"), ("d", ""))


@dataclass(frozen=True, slots=True)
class HeadlineCaser:
    """Lowercases the common words of title-case lines; other text is returned unchanged."""

    common: frozenset[str]
    protected: frozenset[str]

    @classmethod
    def build(cls, nlp: Any, names: Iterable[str]) -> "HeadlineCaser":
        """From the pipeline's lemmatizer index and the actor dictionaries' names (lowercased)."""
        common: set[str] = set()
        try:
            index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
        except (KeyError, ValueError, AttributeError):  # a pipeline with no rule lemmatizer: recase nothing
            index = {}
        for words in index.values():
            common.update(words)
        protected = {word for name in names for word in name.lower().split()}
        return cls(common=frozenset(common), protected=frozenset(protected))

    def __call__(self, text: str) -> str:
        if not self.common:
            return text
        return "\n".join(self._recase(line) if self._is_headline(line) else line for line in text.split("\n"))

    @staticmethod
    def _is_headline(line: str) -> bool:
        words = WORD.findall(line)
        long = [w for w in words if len(w) >= 4]
        return (len(words) >= MIN_WORDS and len(long) >= MIN_LONG_WORDS and not line.isupper()
                and sum(w[0].isupper() for w in long) >= TITLE_SHARE * len(long))

    def _recase(self, line: str) -> str:
        chars = list(line)
        for n, match in enumerate(WORD.finditer(line)):
            word = match.group()
            if n == 0 or not word[0].isupper() or word.isupper() or not self._common(word.lower()):
                continue
            chars[match.start()] = word[0].lower()
        return "".join(chars)

    def _common(self, word: str) -> bool:
        if word in self.protected:
            return False
        return word in self.common or any(
            word.endswith(suffix) and word[: len(word) - len(suffix)] + base in self.common
            for suffix, base in SUFFIXES if len(word) > len(suffix) + 2)
