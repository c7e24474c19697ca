"""Faster, exactly equivalent stand-ins for two of spaCy's rule components.

spaCy's attribute ruler runs its ~180 token patterns through the general Matcher at every token,
and its English lemmatizer recomputes the lemma of every base form (it caches only inflected
ones): together a fifth of the parse of news text on one core, for work that depends only on a
few attributes of each token. Both are replaced here by lookups on those attributes:

* :class:`IndexedAttributeRuler` evaluates the same patterns once per distinct combination of
  the attributes they read (lower form, tag, dependency, whether a space) and then applies, token
  by token, the attributes the stock ruler would set, in the same order (later patterns win);
* :func:`cache_lemmas` remembers each lemma by the token's form, part of speech and morphology,
  everything the rule and lookup lemmatizers read.

The annotations are identical to the stock components' (tests/test_fast_components.py compares
them on the project's own texts). A pipeline whose ruler uses pattern features this module does not
read (operators, other attributes) keeps its stock ruler; other lemmatizer modes keep theirs.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from spacy.attrs import IDS
from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens._retokenize import normalize_token_attrs, set_token_attrs

# the token attributes a pattern may test, in the order of the per-token key
READ = ("ORTH", "LOWER", "TAG", "DEP", "IS_SPACE")
_FLAGS = {"IS_SPACE"}
_OPERATORS = {"IN", "NOT_IN", "REGEX"}
# lookups kept before a cache is emptied: bounds memory however many distinct words a corpus has
# (the answers are shared objects, so an entry costs its key: about 10 MB a cache when full)
CACHE_LIMIT = 50_000


def supported(patterns: list[dict[str, Any]]) -> bool:
    """Whether every token pattern tests only attributes in READ, by value or IN / NOT_IN / REGEX."""
    for entry in patterns:
        for pattern in entry["patterns"]:
            for token in pattern:
                for key, want in token.items():
                    key = "ORTH" if key == "TEXT" else key
                    if key not in READ:
                        return False
                    if isinstance(want, dict) and not (set(want) <= _OPERATORS and want):
                        return False
    return True


def _normal(token: dict[str, Any]) -> dict[str, Any]:
    return {("ORTH" if key == "TEXT" else key): want for key, want in token.items()}


def _holds(want: Any, have: Any) -> bool:
    """The Matcher's test of one attribute value."""
    if not isinstance(want, dict):
        return bool(have == want)
    for operator, argument in want.items():
        if operator == "IN" and have not in argument:
            return False
        if operator == "NOT_IN" and have in argument:
            return False
        if operator == "REGEX" and not re.search(argument, have):
            return False
    return True


@Language.factory("newsevents_attribute_ruler", default_config={"patterns": []})
def make_indexed_ruler(nlp: Language, name: str, patterns: list[dict[str, Any]]) -> "IndexedAttributeRuler":
    return IndexedAttributeRuler(nlp.vocab, patterns)


class IndexedAttributeRuler:
    """spaCy's AttributeRuler, answered from per-attribute indexes of its patterns."""

    def __init__(self, vocab: Any, patterns: list[dict[str, Any]]):
        self.vocab = vocab
        self.patterns = patterns
        self.tests: list[dict[str, Any]] = []  # distinct token patterns
        self.attrs = [normalize_token_attrs(vocab, entry.get("attrs", {})) for entry in patterns]
        single: dict[int, list[int]] = {}
        self.sequences: list[tuple[int, tuple[int, ...], int]] = []  # (rule, tests in order, index)
        for rule, entry in enumerate(patterns):
            for pattern in entry["patterns"]:
                tests = tuple(self._test_id(_normal(token)) for token in pattern)
                if len(tests) == 1:
                    single.setdefault(tests[0], []).append(rule)
                else:
                    self.sequences.append((rule, tests, entry.get("index", 0)))
        self.single = {test: tuple(rules) for test, rules in single.items()}
        self.firsts = frozenset(tests[0] for _, tests, _ in self.sequences)
        # only the attributes some pattern reads make up a token's key
        self.reading = tuple(name for name in READ if any(name in test for test in self.tests))
        self.array = [IDS[name] for name in self.reading]
        self.by_attribute = [self._index(name) for name in self.reading]
        self.by_value: list[dict[Any, frozenset[int]]] = [{} for _ in self.reading]
        self.by_token: dict[tuple[int, ...], tuple[frozenset[int], tuple[int, ...]]] = {}
        self.merged: dict[tuple[int, ...], dict[Any, Any]] = {}
        # every distinct answer once: a few hundred sets of tests, whatever the vocabulary
        self.shared: dict[Any, Any] = {}

    def _test_id(self, token: dict[str, Any]) -> int:
        if token not in self.tests:
            self.tests.append(token)
        return self.tests.index(token)

    def _index(self, name: str) -> tuple[frozenset[int], dict[Any, frozenset[int]], list[int]]:
        """For one attribute: tests that do not read it, tests by the value they require, the rest."""
        free = frozenset(n for n, test in enumerate(self.tests) if name not in test)
        equal: dict[Any, set[int]] = {}
        other = []
        for n, test in enumerate(self.tests):
            if name in test:
                if isinstance(test[name], dict):
                    other.append(n)
                else:
                    equal.setdefault(test[name], set()).add(n)
        return free, {value: frozenset(tests) for value, tests in equal.items()}, other

    def _passing(self, position: int, value: Any) -> frozenset[int]:
        """The tests that a token with this value of its attribute ``reading[position]`` does not fail."""
        known = self.by_value[position]
        found = known.get(value)
        if found is None:
            free, equal, other = self.by_attribute[position]
            name = self.reading[position]
            found = self._shared(free | equal.get(value, frozenset()) | frozenset(
                n for n in other if _holds(self.tests[n][name], value)))
            if len(known) >= CACHE_LIMIT:
                known.clear()
            known[value] = found
        return found

    def _token(self, key: tuple[int, ...]) -> tuple[frozenset[int], tuple[int, ...]]:
        """The tests a token passes and the single-token rules it matches, by its attribute key."""
        found = self.by_token.get(key)
        if found is None:
            strings = self.vocab.strings
            values = [bool(number) if name in _FLAGS else strings[number] if number else ""
                      for name, number in zip(self.reading, key)]
            passed = frozenset.intersection(frozenset(range(len(self.tests))),
                                            *(self._passing(n, value) for n, value in enumerate(values)))
            found = self._shared((self._shared(passed),
                                  tuple(sorted(rule for test in passed for rule in self.single.get(test, ())))))
            if len(self.by_token) >= CACHE_LIMIT:
                self.by_token.clear()
            self.by_token[key] = found
        return found

    def _shared(self, answer: Any) -> Any:
        return self.shared.setdefault(answer, answer)

    def __call__(self, doc: Doc) -> Doc:
        if not self.tests:
            return doc
        tokens = [self._token(key) for key in map(tuple, doc.to_array(self.array).tolist())]
        extra = self._sequences(tokens)
        for i, (_, rules) in enumerate(tokens):
            more = extra.get(i)
            if more:
                rules = tuple(sorted(rules + tuple(more)))
            if rules:
                set_token_attrs(doc[i], self._merged(rules))
        return doc

    def _sequences(self, tokens: list[tuple[frozenset[int], tuple[int, ...]]]) -> dict[int, list[int]]:
        """Rules of several tokens ("gon na"), by the token they set."""
        extra: dict[int, list[int]] = {}
        if not self.sequences:
            return extra
        starts: dict[int, list[int]] = {}
        for i, (passed, _) in enumerate(tokens):
            for test in passed & self.firsts:
                starts.setdefault(test, []).append(i)
        for rule, tests, index in self.sequences:
            size = len(tests)
            for start in starts.get(tests[0], ()):
                if start + size <= len(tokens) and all(tests[j] in tokens[start + j][0] for j in range(1, size)):
                    extra.setdefault(start + index if index >= 0 else start + size + index, []).append(rule)
        return extra

    def _merged(self, rules: tuple[int, ...]) -> dict[Any, Any]:
        """The attributes of these rules in their order: a later rule's value wins, as in spaCy."""
        found = self.merged.get(rules)
        if found is None:
            found = {}
            for rule in rules:
                found.update(self.attrs[rule])
            self.merged[rules] = found
        return found

    def pipe(self, docs: Any, batch_size: int = 128) -> Any:
        for doc in docs:
            yield self(doc)


def use_indexed_ruler(nlp: Language) -> bool:
    """Put an IndexedAttributeRuler in place of the pipeline's stock attribute ruler, when it can
    answer all its patterns; returns whether it did."""
    if "attribute_ruler" not in nlp.pipe_names:
        return False
    stock = nlp.get_pipe("attribute_ruler")
    patterns = getattr(stock, "patterns", None)
    if type(stock).__name__ != "AttributeRuler" or patterns is None or not supported(patterns):
        return False
    # the patterns are the loaded ruler's own, validated when it was: checking them again took 0.08 s
    nlp.replace_pipe("attribute_ruler", "newsevents_attribute_ruler", config={"patterns": patterns}, validate=False)
    return True


def cache_lemmas(nlp: Language) -> bool:
    """Remember the lemmatizer's answers by form, part of speech and morphology (what its rule and
    lookup modes read); returns whether it did."""
    if "lemmatizer" not in nlp.pipe_names:
        return False
    lemmatizer = nlp.get_pipe("lemmatizer")
    if getattr(lemmatizer, "mode", None) not in ("rule", "lookup") or not hasattr(lemmatizer, "lemmatize"):
        return False
    lemmatizer.lemmatize = LemmaCache(lemmatizer.lemmatize)
    return True


class LemmaCache:
    """A lemmatizer's ``lemmatize`` with its answers kept (spaCy keeps only inflected forms')."""

    def __init__(self, lemmatize: Callable[[Any], list[str]]):
        self.lemmatize = lemmatize
        self.known: dict[tuple[int, int, int], list[str]] = {}

    def __call__(self, token: Any) -> list[str]:
        key = (token.orth, token.pos, token.morph.key)
        found = self.known.get(key)
        if found is None:
            if len(self.known) >= CACHE_LIMIT:
                self.known.clear()
            found = self.known[key] = self.lemmatize(token)
        return found
