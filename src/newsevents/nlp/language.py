"""Which language an article is in: the coder reads English only.

py3langid (a maintained, numpy-only fork of langid.py; 97 languages, about 30 microseconds for a
short text) is imported and its model loaded (0.5 s) on the first article that needs it, so
commands that code nothing never pay for it.
"""

from __future__ import annotations

from typing import Any

# A sample this long decides; whole articles would cost time for no gain in accuracy.
SAMPLE_CHARS = 2_000
# Below this many letters the guess is noise ("Talks." is Estonian to any detector).
MIN_LETTERS = 40


class LanguageDetector:
    """``detector(text)`` is the ISO 639-1 code of a text that is clearly not English, else None."""

    def __init__(self, *, min_confidence: float = 0.5, max_english: float = 0.01):
        self.min_confidence = min_confidence
        self.max_english = max_english
        self._identifier: Any = None

    def __call__(self, text: str) -> str | None:
        sample = text[:SAMPLE_CHARS]
        if sum(c.isalpha() for c in sample) < MIN_LETTERS:
            return None
        ranked = dict(self._model().rank(sample))
        best = max(ranked, key=ranked.__getitem__)
        # Pidgin and Scots lie close to English: require English itself to be unlikely
        if best == "en" or ranked[best] < self.min_confidence or ranked.get("en", 0.0) > self.max_english:
            return None
        return best

    def _model(self) -> Any:
        if self._identifier is None:
            from py3langid.langid import MODEL_FILE, LanguageIdentifier

            self._identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
        return self._identifier
