"""Which language an article is in: the coder reads English only.

py3langid (a maintained, numpy-only fork of langid.py; 97 languages, about 30 microseconds for a
short text) is imported and its model loaded (0.4 s) on the first article that needs it: one
that is not evidently English. Evidently English is a text where common English function words
(data/function_words.tsv) are a quarter of the words other than names and those of other languages
almost none, as in any English news story; so a run over English text seldom loads the model (the
project's training corpus: 96 % of its single sentences are decided without it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

# A sample this long decides; whole articles would cost time for no gain in accuracy.
SAMPLE_CHARS = 2_000
# Below this many letters the guess is noise ("Talks." is Estonian to any detector).
MIN_LETTERS = 40
WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)*")
# English news has 40-50% function words; French, German or Spanish under 5% of the English ones
MIN_ENGLISH_SHARE = 0.25
# names ("Staffan de Mistura", "Ursula von der Leyen") put a few of other languages' words in
# English text; French or German has 20-40% of its own
MAX_FOREIGN_SHARE = 0.05


@dataclass(frozen=True, slots=True)
class FunctionWords:
    """Common function words of English, and of the languages most often mistaken for it."""

    english: frozenset[str]
    foreign: frozenset[str]

    @classmethod
    def bundled(cls) -> "FunctionWords":
        from ..datafiles import package_data, read_rows, split_list

        english: set[str] = set()
        foreign: set[str] = set()
        for _, row in read_rows(package_data("nlp", "function_words.tsv"), ("language", "words")):
            (english if row["language"] == "en" else foreign).update(split_list(row["words"]))
        return cls(frozenset(english), frozenset(foreign - english))

    def evidently_english(self, text: str) -> bool:
        written = WORD.findall(text)
        if not written:
            return False
        english = sum(w.lower() in self.english for w in written)
        # names do not count for or against: a short sentence of names ("Qatar hosted talks between
        # Afghanistan's Taliban government and US officials in Doha") is no less English for them
        names = sum(w[:1].isupper() and w.lower() not in self.english for w in written)
        if len(written) == names:
            return False
        # only as written in lower case: "UN" and "W." (Bush) are no French or Polish
        foreign = sum(w in self.foreign for w in written) / len(written)
        return english / (len(written) - names) >= MIN_ENGLISH_SHARE and foreign <= MAX_FOREIGN_SHARE


class LanguageDetector:
    """``detector(text)`` is the ISO 639-1 code of a text that is clearly not English, else None."""

    def __init__(self, *, min_confidence: float = 0.5, max_english: float = 0.01,
                 function_words: FunctionWords | None = None):
        self.min_confidence = min_confidence
        self.max_english = max_english
        self._function_words = function_words
        self._identifier: Any = None

    def __call__(self, text: str) -> str | None:
        sample = text[:SAMPLE_CHARS]
        if sum(c.isalpha() for c in sample) < MIN_LETTERS:
            return None
        if self._words().evidently_english(sample):
            return None
        ranked = dict(self._model().rank(sample))
        best = max(ranked, key=ranked.__getitem__)
        # Pidgin and Scots lie close to English: require English itself to be unlikely
        if best == "en" or ranked[best] < self.min_confidence or ranked.get("en", 0.0) > self.max_english:
            return None
        return best

    def _words(self) -> FunctionWords:
        if self._function_words is None:
            self._function_words = FunctionWords.bundled()
        return self._function_words

    def _model(self) -> Any:
        if self._identifier is None:
            from py3langid.langid import MODEL_FILE, LanguageIdentifier

            self._identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
        return self._identifier
