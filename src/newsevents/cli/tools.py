"""`newsevents lexicon gaps` and `newsevents actors unknown`: what to add to the dictionaries."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from .analysis import actors_app
from .common import MAX_ROWS, Config, Model, build_settings
from .output import FormatOption, Listing, emit, note

if TYPE_CHECKING:
    from ..analysis.gaps import Tally
    from ..records import Article

lexicon_app = typer.Typer(help="The event lexicon: find the predicates your corpus needs.", no_args_is_help=True)


def _articles(inputs: list[str]) -> list[Article]:
    from ..ingest import read_inputs
    from ..records import Article

    articles = []
    for item in read_inputs(inputs):
        if isinstance(item, Article):
            articles.append(item)
        else:
            note(f"warning: {item.message}")
    return articles


def _listing(tally: Tally, limit: int, title: str, what: str) -> Listing:
    rows = tuple((key, count, examples[0][:160]) for key, count, examples in tally.top(limit))
    return Listing(columns=(what, "count", "example"), rows=rows, title=title, right=frozenset({"count"}))


# Options shared by the corpus commands (Typer reads them from the annotations).
Inputs = Annotated[list[str], typer.Argument(help="Corpus files or directories.")]
Limit = Annotated[int, typer.Option("--limit", min=1, max=MAX_ROWS, help="Rows to show.")]


@lexicon_app.command("gaps")
def gaps(inputs: Inputs, limit: Limit = 30, fmt: FormatOption = None, model: Model = None,
         config: Config = None) -> None:
    """The most frequent verb predicates that produced no event, with an example sentence."""
    from ..analysis.gaps import lexicon_gaps
    from ..dataframes import shared_pipeline

    pipeline = shared_pipeline(build_settings(config, nlp__model=model))
    emit(_listing(lexicon_gaps(pipeline, _articles(inputs)), limit, "predicates without an event", "predicate"), fmt)


@actors_app.command("unknown")
def unknown(inputs: Inputs, limit: Limit = 30, fmt: FormatOption = None, model: Model = None,
            config: Config = None) -> None:
    """Named, actor-like mentions that resolved to no actor code, ranked by count."""
    from ..analysis.gaps import unknown_actors
    from ..dataframes import shared_pipeline

    pipeline = shared_pipeline(build_settings(config, nlp__model=model))
    emit(_listing(unknown_actors(pipeline, _articles(inputs)), limit, "unresolved actor mentions", "mention"), fmt)
