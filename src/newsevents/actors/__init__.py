"""Actors: who is who on the story's date (dictionaries, titles learned from the text, coreference)."""

from .kb import ActorKB, KBEntry, load_actor_kb
from .resolver import ActorResolver, ArticleMemory

__all__ = ["ActorKB", "ActorResolver", "ArticleMemory", "KBEntry", "load_actor_kb"]
