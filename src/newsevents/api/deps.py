"""FastAPI dependencies shared by the routes: the server state, a snapshot, the token checks."""

from __future__ import annotations

from typing import Annotated, Iterator, Optional

from fastapi import Depends, Header, Request

from .security import require
from .state import ServerState, Snapshot


# async: FastAPI runs a plain function dependency in a worker thread, a hop these do not need
async def server(request: Request) -> ServerState:
    return request.app.state.newsevents


Server = Annotated[ServerState, Depends(server)]
Authorization = Annotated[Optional[str], Header(include_in_schema=False)]


async def may_read(state: Server, authorization: Authorization = None) -> None:
    require(state.settings.serve, authorization, write=False)


async def may_write(state: Server, authorization: Authorization = None) -> None:
    require(state.settings.serve, authorization, write=True)


def snapshot(state: Server) -> Iterator[Snapshot]:  # blocking database calls: in a worker thread
    with state.snapshot() as snap:
        yield snap


Snap = Annotated[Snapshot, Depends(snapshot)]
