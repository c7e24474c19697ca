"""Store: the embedded DuckDB database of articles, sentences, event mentions, events and problems."""

from .db import EventFilter, Store
from .dedup import assign_event_keys
from .schema import SCHEMA_VERSION

__all__ = ["EventFilter", "SCHEMA_VERSION", "Store", "assign_event_keys"]
