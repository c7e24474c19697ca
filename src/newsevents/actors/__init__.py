"""Actors: who is who on the story's date (dictionaries, titles learned from the text, coreference)."""

from .kb import ActorKB, KBEntry, load_actor_kb
from .resolver import ActorResolver, ArticleMemory
from .stage import ActorStage, ResolvedArticle, ResolvedSentence

__all__ = ["ActorKB", "ActorResolver", "ActorStage", "ArticleMemory", "KBEntry", "ResolvedArticle",
           "ResolvedSentence", "load_actor_kb"]
