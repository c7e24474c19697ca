"""FastAPI dependencies shared by the routes: the server state, a snapshot, the token checks."""

from __future__ import annotations

from typing import Annotated, Iterator, Optional

from fastapi import Depends, Header, Request

from .security import require
from .state import ServerState, Snapshot


def server(request: Request) -> ServerState:
    return request.app.state.newsevents


Server = Annotated[ServerState, Depends(server)]
Authorization = Annotated[Optional[str], Header(include_in_schema=False)]


def may_read(state: Server, authorization: Authorization = None) -> None:
    require(state.settings.serve, authorization, write=False)


def may_write(state: Server, authorization: Authorization = None) -> None:
    require(state.settings.serve, authorization, write=True)


def snapshot(state: Server) -> Iterator[Snapshot]:
    with state.snapshot() as snap:
        yield snap


Snap = Annotated[Snapshot, Depends(snapshot)]
