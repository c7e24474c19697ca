"""Where the dictionaries fall short on a user's corpus: predicates that produced no event,
and actor-like mentions that resolved to nothing. The field's answer to stale dictionaries."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Iterable

from ..actors import ArticleMemory
from ..actors.resolver import is_phrase_head, phrase_tokens, surface_text
from ..pipeline import Pipeline
from ..records import Article, CodedArticle

# Verbs too general to name an event on their own.
GENERAL_VERBS = {"be", "have", "do", "get", "go", "come", "take", "make", "become", "seem", "include", "use",
                 "see", "know", "find", "give", "want", "need", "continue", "begin", "start", "remain"}
ACTOR_ENTITY_TYPES = {"PERSON", "ORG", "NORP", "GPE"}


@dataclass(slots=True)
class Tally:
    counts: Counter = field(default_factory=Counter)
    examples: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))

    def add(self, key: str, example: str, keep: int = 2) -> None:
        self.counts[key] += 1
        if len(self.examples[key]) < keep and example not in self.examples[key]:
            self.examples[key].append(example)

    def top(self, limit: int) -> list[tuple[str, int, list[str]]]:
        return [(key, n, self.examples[key]) for key, n in self.counts.most_common(limit)]


def lexicon_gaps(pipeline: Pipeline, articles: Iterable[Article]) -> Tally:
    """Verb predicates (lemma plus particle) that produced no event, with example sentences."""
    tally = Tally()
    for coded in pipeline.run(articles):
        triggers = {e.trigger.start for e in coded.events}
        for sentence in coded.sentences:
            for token in sentence.tokens:
                if token.pos != "VERB" or token.lemma in GENERAL_VERBS or token.idx in triggers:
                    continue
                particle = next((c.lower for c in sentence.children(token.i) if c.dep == "prt"), "")
                known = "" if pipeline.coder.names_predicate(sentence, token.i) else " (not in lexicon)"
                tally.add(f"{token.lemma} {particle}".strip() + known, sentence.text)
    return tally


def unknown_actors(pipeline: Pipeline, articles: Iterable[Article]) -> Tally:
    """Named, actor-like noun phrases (people, organisations, groups) that resolved to no code."""
    tally = Tally()
    for coded in pipeline.run(articles):
        _unknown_in(pipeline, coded, tally)
    return tally


def _unknown_in(pipeline: Pipeline, coded: CodedArticle, tally: Tally) -> None:
    memory = ArticleMemory(story_date=coded.article.date)
    for sentence in coded.sentences:
        found = pipeline.resolver.resolve_sentence(sentence, memory)
        for token in sentence.tokens:
            if token.i in found or not is_phrase_head(sentence, token):
                continue
            if token.pos != "PROPN" or token.ent_type not in ACTOR_ENTITY_TYPES:
                continue
            names = [i for i in phrase_tokens(sentence, token.i) if sentence.tokens[i].pos == "PROPN"]
            name = surface_text(sentence.tokens, names[0], names[-1] + 1)
            tally.add(f"{name} [{token.ent_type}]", sentence.text)
