"""The indexed attribute ruler and the lemma cache give exactly spaCy's own annotations."""

import json
from importlib.resources import files

import pytest
import spacy

from newsevents.config import NlpSettings
from newsevents.nlp import load_pipeline
from newsevents.nlp.fast_components import IndexedAttributeRuler, LemmaCache, supported

# constructions the ruler's multi-token and dependency patterns are about, spaces, contractions
WRITTEN = [
    "They ain't gonna stop, and we gotta go; let's see whether it's over.",
    "Y'all know nothin' about it.  C'mon, do you have it?\n\nI said it was I who did it.",
    "There were three soldiers killed, but there's no word on who did it.",
    "Which side does the army back?  That is what the envoy asked them on Monday.",
    "  \n  The U.S. envoy briefed NATO allies in Brussels.\t\tHe did not say which.",
]


def _annotations(nlp, texts):
    return [[(t.text, t.tag_, t.pos_, t.dep_, str(t.morph), t.lemma_) for t in doc] for doc in nlp.pipe(texts)]


@pytest.fixture(scope="module")
def texts():
    sample = files("newsevents.sample").joinpath("articles.jsonl").read_text(encoding="utf-8")
    return WRITTEN + [json.loads(line)["text"] for line in sample.splitlines() if line.strip()]


def test_same_annotations_as_spacy(texts):
    stock = load_pipeline(NlpSettings(fast_components=False))
    fast = load_pipeline(NlpSettings())
    assert isinstance(fast.get_pipe("attribute_ruler"), IndexedAttributeRuler)
    assert isinstance(fast.get_pipe("lemmatizer").lemmatize, LemmaCache)
    assert type(stock.get_pipe("attribute_ruler")).__name__ == "AttributeRuler"
    expected = _annotations(stock, texts)
    assert sum(len(doc) for doc in expected) > 2_000
    assert _annotations(fast, texts) == expected
    assert _annotations(fast, texts) == expected  # again, answered from the filled caches


def _ruler_alone(patterns, text):
    nlp = spacy.blank("en")
    nlp.add_pipe("attribute_ruler").add_patterns(patterns)
    stock = [(t.pos_, t.lemma_, str(t.morph)) for t in nlp(text)]
    nlp.replace_pipe("attribute_ruler", "newsevents_attribute_ruler", config={"patterns": patterns})
    return stock, [(t.pos_, t.lemma_, str(t.morph)) for t in nlp(text)]


def test_later_rules_win_and_sequences_set_their_index():
    patterns = [
        {"patterns": [[{"LOWER": "talks"}]], "attrs": {"POS": "NOUN", "LEMMA": "talk"}},
        {"patterns": [[{"LOWER": {"IN": ["talks", "met"]}}]], "attrs": {"POS": "VERB"}},
        {"patterns": [[{"LOWER": "peace"}, {"LOWER": {"REGEX": "^talk"}}]], "attrs": {"LEMMA": "negotiation"},
         "index": -1},
        {"patterns": [[{"ORTH": "Met"}]], "attrs": {"MORPH": "Tense=Past"}},
    ]
    stock, fast = _ruler_alone(patterns, "Peace talks began. Met talks. peace met")
    assert fast == stock
    assert fast[1] == ("VERB", "negotiation", "")  # the sequence's rule came last, the IN rule set the POS


def test_patterns_it_cannot_read_keep_spacy_ruler():
    assert supported([{"patterns": [[{"LOWER": "a"}, {"TAG": {"NOT_IN": ["DT"]}}]], "attrs": {}}])
    assert not supported([{"patterns": [[{"LOWER": "a", "OP": "+"}]], "attrs": {}}])
    assert not supported([{"patterns": [[{"LENGTH": {">=": 3}}]], "attrs": {}}])
    assert not supported([{"patterns": [[{"LOWER": {"FUZZY": "peace"}}]], "attrs": {}}])
