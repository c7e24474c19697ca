"""Headlines in title case, recased for the parser.

spaCy's small English model reads a capitalised word as a proper noun: in "U.S. Pauses Military Aid
to Ukraine" it tags "Pauses" PROPN and the headline has no verb, so nothing is coded. Before parsing,
a line in title case gets its common words lowercased ("U.S. pauses military aid to Ukraine"); the
words of a name the actor dictionaries know, acronyms and the line's first word keep their case.
Only case changes, so every offset into the text stays valid, and the records built from the parse
take their text from the original (``doc_to_sentences(..., original=...)``): the evidence quotes the
article as written.

A word is common when the lemmatizer's own word index (WordNet's nouns, verbs, adjectives and adverbs,
shipped with the spaCy pipeline) holds it or its base form, when the lemmatizer lists it as an irregular
form ("Fled", "Women"), or when it is one of the language's stop words, the closed-class words the index
lacks ("From", "Against", "No"). A one-word name, the last word of a longer one and a person's surname
(the names used alone) are protected even so ("Israel", "Korea", "Hope" as a place, "May", "Xi"); any
other word of a name only where the line has it beside its neighbour in that name ("Bill" before
"Clinton", "South" before "Sudan"; not "Former" or "Republic" as in "the Former Yugoslav Republic of
Macedonia" elsewhere).
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
# the trainer's parse cache is keyed on this: a change to what is recased makes the cached parse stale
VERSION = "recased headlines 3: irregular forms, stop words, names' words beside their neighbours, lines in capitals"
ACRONYM_LETTERS = 4  # a word in capitals this short that no index holds is an acronym: "NATO", "ANC"


def _long_enough(line: str) -> bool:
    words = WORD.findall(line)
    return len(words) >= MIN_WORDS and sum(len(w) >= 4 for w in words) >= MIN_LONG_WORDS


@dataclass(frozen=True, slots=True)
class HeadlineCaser:
    """Lowercases the common words of title-case lines; other text is returned unchanged."""

    common: frozenset[str]
    protected: frozenset[str]
    # adjacent words of longer names ("bill", "clinton"): each is protected only beside the other
    name_pairs: frozenset[tuple[str, str]] = frozenset()
    # endings and their base forms: SUFFIXES and the lemmatizer's own rules ("women" -> "woman")
    suffixes: tuple[tuple[str, str], ...] = SUFFIXES

    @classmethod
    def build(cls, nlp: Any, names: Iterable[str], alone: Iterable[str] = ()) -> "HeadlineCaser":
        """From the pipeline's lemmatizer tables and stop words, and the actor dictionaries' names and the
        words people are named by alone (surnames, "Clinton", "Xi")."""
        try:
            lookups = nlp.get_pipe("lemmatizer").lookups
            index, irregular = lookups.get_table("lemma_index"), lookups.get_table("lemma_exc")
        except (KeyError, ValueError, AttributeError):  # a pipeline with no rule lemmatizer: recase nothing
            return cls(common=frozenset(), protected=frozenset())
        common = {word for words in index.values() for word in words}
        common.update(form for forms in irregular.values() for form in forms)
        common.update(nlp.Defaults.stop_words)
        rules = {(old, new) for pairs in lookups.get_table("lemma_rules").values() for old, new in pairs
                 if old.isalpha()}
        protected = {word.lower() for word in alone}
        pairs: set[tuple[str, str]] = set()
        for words in (name.lower().split() for name in names):
            protected.add(words[-1])
            pairs.update(zip(words, words[1:]))
        return cls(common=frozenset(common), protected=frozenset(protected), name_pairs=frozenset(pairs),
                   suffixes=tuple(dict.fromkeys((*SUFFIXES, *sorted(rules)))))

    def __call__(self, text: str) -> str:
        if not self.common:
            return text
        return "\n".join(self._recase_capitals(line) if _long_enough(line) and line.isupper()
                         else self._recase(line) if self._is_headline(line) else line for line in text.split("\n"))

    @staticmethod
    def _is_headline(line: str) -> bool:
        long = [w for w in WORD.findall(line) if len(w) >= 4]
        return _long_enough(line) and not line.isupper() and sum(w[0].isupper() for w in long) >= TITLE_SHARE * len(long)

    def _recase_capitals(self, line: str) -> str:
        """A line in capitals ("SIERRA LEONE REBELS FREE 40 CHILDREN"): common words lowercased, names
        capitalised ("Sierra Leone rebels free 40 children"), short words no index knows kept as
        acronyms ("NATO", "ANC")."""
        chars = list(line)
        words = [match.group().lower() for match in WORD.finditer(line)]
        for n, match in enumerate(WORD.finditer(line)):
            word, lower = match.group(), words[n]
            common = self._common(lower)
            if len(word) == 1 or (len(word) <= ACRONYM_LETTERS and not common):
                continue  # "U.S.", "NATO"
            # a short word of a name ("in", "of") is no name of its own
            if n and common and not (len(word) > 3 and self._in_a_name(words, n)):
                recased = lower
            else:
                recased = "-".join(part[:1] + part[1:].lower() for part in word.split("-"))
            chars[match.start():match.end()] = recased
        return "".join(chars)

    def _recase(self, line: str) -> str:
        chars = list(line)
        words = [match.group().lower() for match in WORD.finditer(line)]
        for n, match in enumerate(WORD.finditer(line)):
            word = match.group()
            if n == 0 or not word[0].isupper() or word.isupper() or not self._common(word.lower()):
                continue
            if self._in_a_name(words, n):
                continue
            chars[match.start()] = word[0].lower()
        return "".join(chars)

    def _in_a_name(self, words: list[str], n: int) -> bool:
        before = words[n - 1] if n else ""
        after = words[n + 1] if n + 1 < len(words) else ""
        return (words[n] in self.protected or (before, words[n]) in self.name_pairs
                or (words[n], after) in self.name_pairs)

    def _common(self, word: str) -> bool:
        return word in self.common or any(
            word.endswith(suffix) and word[: len(word) - len(suffix)] + base in self.common
            for suffix, base in self.suffixes if len(word) >= len(suffix) + 2)
