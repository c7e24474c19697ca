"""Coding text through the API: ``POST /api/code`` (nothing stored), ``/api/explain`` and ``/api/articles``.

The pipeline is loaded on the first of these requests (a few seconds), then kept for the process.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends

from ..ingest.readers import make_article
from ..records import Article, Problem
from .deps import Server, may_read, may_write
from .errors import ApiError
from .queries import coded_mention
from .schemas import ERRORS, ArticleIn, ArticleStored, CodeIn, CodeOut, ExplainOut

router = APIRouter(prefix="/api", responses=ERRORS)


@router.post("/code", response_model=CodeOut, dependencies=[Depends(may_read)],
             summary="Code posted text and return its events, without storing anything")
def code_text(body: CodeIn, state: Server) -> dict[str, Any]:
    coded = state.coder.code(Article(article_id="posted", text=body.text, date=body.date))
    sentences = [{"sentence_id": s.sentence_id, "start": s.start, "end": s.end, "text": s.text}
                 for s in coded.sentences]
    return {"sentences": sentences, "events": [coded_mention(e) for e in coded.events]}


@router.post("/explain", response_model=ExplainOut, dependencies=[Depends(may_read)],
             summary="The coder's trace for posted text: candidates, model scores, rules, events")
def explain_text(body: CodeIn, state: Server) -> dict[str, Any]:
    trace = state.coder.explain(body.text, body.date)
    if trace is None:
        raise ApiError(404, "this installation of newsevents has no explain facility")
    return {"trace": trace}


@router.post("/articles", response_model=ArticleStored, status_code=201, dependencies=[Depends(may_write)],
             summary="Code an article and store it (an unchanged article is kept once)")
def store_article(body: ArticleIn, state: Server) -> dict[str, Any]:
    fields = {"id": body.id, "title": body.title, "text": body.text, "date": body.date, "source": body.source,
              "url": body.url}
    article = make_article(fields, origin="POST /api/articles")
    if isinstance(article, Problem):
        raise ApiError(422, article.message)
    coded = state.coder.code(article)  # outside the write lock: readers and other writers go on meanwhile
    with state.writing() as store:
        status = store.save(coded)
        store.add_problems(coded.problems)
        store.rebuild_events(state.settings.dedup)
    return {"article_id": article.article_id, "status": status,
            "events": [coded_mention(e) for e in coded.events], "as_of": {"last_write": state.last_write()}}
