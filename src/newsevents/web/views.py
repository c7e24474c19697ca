"""The dashboard's routes: the page at ``/`` and its files under ``/static``.

The page holds no data and no inline script (the content security policy forbids both); the
scripts fetch everything from ``/api``. Every file is in the package, so the dashboard works
offline: no CDN, no map tiles.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles

HERE = Path(str(resources.files("newsevents").joinpath("web")))


def index() -> FileResponse:
    return FileResponse(HERE / "templates" / "index.html", media_type="text/html")


def mount(app: FastAPI) -> None:
    app.add_api_route("/", index, methods=["GET"], include_in_schema=False)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
