"""The review loop over HTTP: ``POST /api/corrections`` records a verdict, ``GET`` lists them.

``GET /api/corrections?format=training`` gives the same JSON Lines that
``newsevents corrections export`` writes (the training corpus format), for a running server.
"""

from __future__ import annotations

import json
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query
from fastapi.responses import Response

from .. import review
from .deps import Server, Snap, may_read, may_write
from .errors import ApiError
from .schemas import ERRORS, CorrectionIn, CorrectionOut, CorrectionPage

router = APIRouter(prefix="/api", responses=ERRORS)


@router.get("/corrections", response_model=CorrectionPage, dependencies=[Depends(may_read)],
            summary="Reviewers' verdicts, newest first (format=training: the training corpus JSON Lines)")
def list_corrections(snap: Snap, state: Server, verdict: Literal["", "right", "wrong"] = "",
                     article_id: Annotated[str, Query(max_length=300)] = "",
                     limit: Annotated[int, Query(ge=1, le=500)] = 50,
                     offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
                     format: Literal["json", "training"] = "json") -> Any:
    if format == "training":
        records, _ = review.training_records(snap.conn, set(state.ontology.codes))
        lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
        return Response(lines, media_type="application/x-ndjson")
    rows, total = review.listing(snap.conn, verdict, article_id, limit, offset)
    return {"total": total, "limit": limit, "offset": offset, "corrections": rows,
            "review": review.summary(snap.conn), "as_of": {"last_write": snap.last_write}}


@router.post("/corrections", response_model=CorrectionOut, status_code=201, dependencies=[Depends(may_write)],
             summary="Mark an event mention right, or wrong with the right code, mode and actors")
def add_correction(body: CorrectionIn, state: Server) -> dict[str, Any]:
    judgement = review.Judgement(**body.model_dump())
    try:
        with state.writing() as store:
            row = review.add(store.conn, judgement, set(state.ontology.codes))
            summary = review.summary(store.conn)
    except LookupError as exc:
        raise ApiError(404, str(exc).strip("'\"")) from None
    except review.ReviewError as exc:
        raise ApiError(422, "invalid correction",
                       [{"loc": f"body.{e['field']}", "message": e["message"]} for e in exc.errors]) from None
    return {"correction": row, "review": summary}
