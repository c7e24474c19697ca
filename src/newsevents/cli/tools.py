"""`newsevents lexicon gaps` and `newsevents actors unknown`: what to add to the dictionaries."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.table import Table

from ..analysis.gaps import Tally, lexicon_gaps, unknown_actors
from ..ingest import read_inputs
from ..pipeline import Pipeline
from ..records import Article
from .analysis import actors_app
from .common import MAX_ROWS, Config, Model, build_settings, err, out, safe

lexicon_app = typer.Typer(help="The event lexicon: find the predicates your corpus needs.", no_args_is_help=True)


def _articles(inputs: list[str]) -> list[Article]:
    articles = []
    for item in read_inputs(inputs):
        if isinstance(item, Article):
            articles.append(item)
        else:
            err.print(f"warning: {safe(item.message)}")
    return articles


def _print(tally: Tally, limit: int, title: str, what: str) -> None:
    table = Table(title=title)
    table.add_column(what)
    table.add_column("count", justify="right")
    table.add_column("example")
    for key, count, examples in tally.top(limit):
        table.add_row(safe(key), str(count), safe(examples[0][:160]))
    out.print(table)


# Options shared by the corpus commands (Typer reads them from the annotations).
Inputs = Annotated[list[str], typer.Argument(help="Corpus files or directories.")]
Limit = Annotated[int, typer.Option("--limit", min=1, max=MAX_ROWS, help="Rows to show.")]


@lexicon_app.command("gaps")
def gaps(inputs: Inputs, limit: Limit = 30, model: Model = None, config: Config = None) -> None:
    """The most frequent verb predicates that produced no event, with an example sentence."""
    pipeline = Pipeline.from_settings(build_settings(config, nlp__model=model))
    _print(lexicon_gaps(pipeline, _articles(inputs)), limit, "predicates without an event", "predicate")


@actors_app.command("unknown")
def unknown(inputs: Inputs, limit: Limit = 30, model: Model = None, config: Config = None) -> None:
    """Named, actor-like mentions that resolved to no actor code, ranked by count."""
    pipeline = Pipeline.from_settings(build_settings(config, nlp__model=model))
    _print(unknown_actors(pipeline, _articles(inputs)), limit, "unresolved actor mentions", "mention")
