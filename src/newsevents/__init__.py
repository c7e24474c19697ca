"""newsevents: turn news into political event data (CAMEO and PLOVER), with evidence.

>>> import newsevents
>>> events = newsevents.code_text("Kenya's president met Ugandan officials.", date="2023-05-10")  # doctest: +SKIP
>>> events[["source_code", "code", "target_code"]]                                           # doctest: +SKIP

The names below are imported on first use, so that ``import newsevents`` (and the command line's
``--help``) does not load pandas, DuckDB or spaCy.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_LAZY = {
    "Settings": ".config", "load_settings": ".config", "NewsEventsError": ".errors",
    "Pipeline": ".pipeline", "Resources": ".pipeline",
    "ActorRef": ".records", "Article": ".records", "CodedArticle": ".records", "Event": ".records",
    "EventDate": ".records", "PlaceRef": ".records", "Problem": ".records", "Sentence": ".records",
    "Span": ".records",
    "code_text": ".dataframes", "code_files": ".dataframes", "read_events": ".dataframes", "dyad": ".dataframes",
}

__all__ = ["__version__", *_LAZY]

if TYPE_CHECKING:  # what type checkers and IDEs see
    from .config import Settings, load_settings
    from .dataframes import code_files, code_text, dyad, read_events
    from .errors import NewsEventsError
    from .pipeline import Pipeline, Resources
    from .records import ActorRef, Article, CodedArticle, Event, EventDate, PlaceRef, Problem, Sentence, Span


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        value = getattr(import_module(_LAZY[name], __name__), name)
        globals()[name] = value  # later lookups skip this function
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
