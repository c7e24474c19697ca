"""Actor resolution as a stage of its own: every noun phrase of an article, sentence by sentence.

The stage keeps the article's memory (who was named, titles learned, the last subjects) to itself
and hands on frozen records: each sentence's actors by head token, and a copy of the memory as it
stood after that sentence, for the coder's look-ups of modifiers and pronouns. Nothing the coder
looks up can change what a later sentence or the place stage sees.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Mapping

from ..records import ActorRef, Sentence
from .resolver import ActorResolver, ArticleMemory


@dataclass(frozen=True, slots=True)
class ResolvedSentence:
    """The actors of one sentence by phrase head, and the article's memory after it (a copy)."""

    actors: Mapping[int, ActorRef]
    memory: ArticleMemory = field(compare=False)

    def workspace(self) -> ArticleMemory:
        """A private copy of the memory for one caller's look-ups."""
        return self.memory.copy()


@dataclass(frozen=True, slots=True)
class ResolvedArticle:
    sentences: tuple[ResolvedSentence, ...]
    mentions: tuple[ActorRef, ...]  # every actor the article names, in order

    @property
    def countries(self) -> frozenset[str]:
        """The countries the article is about (they disambiguate place names: "Tripoli")."""
        return frozenset(a.country for a in self.mentions if a.country)


class ActorStage:
    """``stage(sentences, story_date) -> ResolvedArticle``."""

    def __init__(self, resolver: ActorResolver):
        self.resolver = resolver

    def __call__(self, sentences: tuple[Sentence, ...], story_date: dt.date | None,
                 skipped: frozenset[int] = frozenset(), home: str = "",
                 items: tuple[tuple[int, str], ...] = ()) -> ResolvedArticle:
        """``skipped``: the indices of sentences that are not the story (page furniture: "Read more:
        Pakistan closes border"), resolved to no one and left out of the memory, so that the
        story's "the government" is not taken for a country a related-story line names. ``home``: the
        dateline's country. ``items``: where each item of a page of briefs begins and its dateline's
        country; an item's "the governor" or "the agency" is not another item's."""
        memory = ArticleMemory(story_date=story_date, home=home)
        mentions: list[ActorRef] = []
        resolved = []
        item = 0
        for k, sentence in enumerate(sentences):
            passed = [country for begins, country in items if begins <= sentence.start]
            if len(passed) > max(item, 1):
                mentions.extend(memory.mentions)
                memory = ArticleMemory(story_date=story_date, home=passed[-1] or home)
            item = max(item, len(passed))
            actors = {} if k in skipped else self.resolver.resolve_sentence(sentence, memory)
            resolved.append(ResolvedSentence(actors=MappingProxyType(dict(actors)), memory=memory.copy()))
        return ResolvedArticle(sentences=tuple(resolved), mentions=tuple(mentions + memory.mentions))
