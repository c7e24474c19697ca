"""newsevents: turn news into political event data (CAMEO and PLOVER), with evidence.

>>> from newsevents import Pipeline, Settings
>>> pipeline = Pipeline.from_settings(Settings())            # doctest: +SKIP
>>> coded = next(pipeline.run([Article(article_id="a", text="...")]))  # doctest: +SKIP
"""

from .config import Settings, load_settings
from .errors import NewsEventsError
from .pipeline import Pipeline, Resources
from .records import ActorRef, Article, CodedArticle, Event, EventDate, PlaceRef, Problem, Sentence, Span

__version__ = "0.1.0"

__all__ = [
    "ActorRef", "Article", "CodedArticle", "Event", "EventDate", "NewsEventsError", "Pipeline", "PlaceRef",
    "Problem", "Resources", "Sentence", "Settings", "Span", "__version__", "load_settings",
]
