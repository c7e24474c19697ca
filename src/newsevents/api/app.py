"""The application: ``create_app(settings)`` gives the FastAPI app that ``newsevents serve`` runs.

It serves the REST API under ``/api`` (OpenAPI description at ``/api/openapi.json``) and the
dashboard at ``/``. The store is opened (and migrated) when the app is created and closed when the
server stops; the pipeline is loaded on the first request that codes text.
"""

from __future__ import annotations

from contextlib import asynccontextmanager
from typing import AsyncIterator

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from .. import __version__
from ..config import Settings
from ..pipeline import Pipeline
from ..web import views
from . import coding, corrections, errors, routes
from .cache import ResponseCache
from .security import Guard
from .state import ServerState

DESCRIPTION = ("Events coded from news (CAMEO and PLOVER) with the evidence behind each: filter and page "
               "through events, open an article with its highlighted spans, follow a dyad, code text, and "
               "record a reviewer's verdicts. Errors share one shape: "
               '`{"ok": false, "error": ..., "errors": [...], "status": N}`.')


def create_app(settings: Settings, *, pipeline: Pipeline | None = None) -> FastAPI:
    """The app over ``settings.store.db``; ``pipeline`` may be given, already loaded (tests)."""
    state = ServerState(settings, pipeline=pipeline)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        state.close()

    # no /docs or /redoc: their pages load scripts from a CDN, which the CSP (rightly) refuses
    app = FastAPI(title="newsevents", version=__version__, description=DESCRIPTION, lifespan=lifespan,
                  docs_url=None, redoc_url=None, openapi_url="/api/openapi.json")
    app.state.newsevents = state
    errors.install(app)
    for module in (routes, coding, corrections):
        app.include_router(module.router)
    views.mount(app)
    # outermost last: Guard, then CORS, then the cache (inside CORS, so that a cached answer gets the
    # CORS headers of the request at hand, not those of the one that filled the cache)
    app.add_middleware(ResponseCache, settings=settings.serve, generation=lambda: state.generation)
    if settings.serve.cors_origins:  # closed unless origins are named
        app.add_middleware(CORSMiddleware, allow_origins=list(settings.serve.cors_origins),
                           allow_methods=["GET", "POST"], allow_headers=["Authorization", "Content-Type"])
    app.add_middleware(Guard, settings=settings.serve, last_write=state.last_write)
    return app
