"""Coding text through the API: ``POST /api/code`` (nothing stored), ``/api/explain`` and ``/api/articles``.

The pipeline is loaded on the first of these requests (a few seconds), then kept for the process.
"""

from __future__ import annotations

from typing import Any

import anyio.to_thread
from fastapi import APIRouter, Depends

from ..ingest.readers import make_article
from ..records import Article, CodedArticle, Problem
from .deps import Server, may_read, may_write
from .errors import ApiError
from .queries import coded_mention
from .schemas import ERRORS, ArticleIn, ArticleStored, CodeIn, CodeOut, ExplainOut
from .state import ServerState

router = APIRouter(prefix="/api", responses=ERRORS)


@router.post("/code", response_model=CodeOut, dependencies=[Depends(may_read)],
             summary="Code posted text and return its events, without storing anything")
async def code_text(body: CodeIn, state: Server) -> dict[str, Any]:
    coded = await state.coder.acode(Article(article_id="posted", text=body.text, date=body.date))
    sentences = [{"sentence_id": s.sentence_id, "start": s.start, "end": s.end, "text": s.text}
                 for s in coded.sentences]
    return {"sentences": sentences, "events": [coded_mention(e) for e in coded.events]}


@router.post("/explain", response_model=ExplainOut, dependencies=[Depends(may_read)],
             summary="The coder's trace for posted text: candidates, model scores, rules, events")
async def explain_text(body: CodeIn, state: Server) -> dict[str, Any]:
    return {"trace": await state.coder.aexplain(body.text, body.date)}


@router.post("/articles", response_model=ArticleStored, status_code=201, dependencies=[Depends(may_write)],
             summary="Code an article and store it (an unchanged article is kept once)")
async def store_article(body: ArticleIn, state: Server) -> dict[str, Any]:
    fields = {"id": body.id, "title": body.title, "text": body.text, "date": body.date, "source": body.source,
              "url": body.url}
    article = make_article(fields, origin="POST /api/articles")
    if isinstance(article, Problem):
        raise ApiError(422, article.message)
    coded = await state.coder.acode(article)  # outside the write lock: readers and writers go on meanwhile
    status = await anyio.to_thread.run_sync(_save, state, coded)
    return {"article_id": article.article_id, "status": status,
            "events": [coded_mention(e) for e in coded.events], "as_of": {"last_write": state.last_write()}}


def _save(state: ServerState, coded: CodedArticle) -> str:
    with state.writing() as store:
        return store.save(coded)  # one transaction: the article, its mentions, their event keys, problems
