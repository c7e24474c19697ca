"""A response cache for the read endpoints, exact because the server is the database's only writer.

DuckDB lets one process write a file, and the server holds it, so the data changes only through the
server's own writes. Each write bumps a generation number; a cached response is served only while
the generation it was computed under is current, so the cache never shows stale data. The
generation is read before the request's snapshot begins, so a response computed across a write is
stored under the older generation and never served.

Only successful GETs under ``/api`` are cached, never ``/api/info`` (it reports the coder's state)
nor a request that the token does not allow.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Any, Callable

from ..config import ServeSettings
from .security import ASGIApp, Message, Receive, Scope, Send, token_matches

UNCACHED = ("/api/info", "/api/openapi.json")


class ResponseCache:
    """Least-recently-used responses by path and query string, for the current generation only."""

    def __init__(self, app: ASGIApp, settings: ServeSettings, generation: Callable[[], int], size: int = 512):
        self.app = app
        self.settings = settings
        self.generation = generation
        self.size = size
        self.entries: OrderedDict[tuple[str, bytes], tuple[int, list[Any], bytes]] = OrderedDict()
        self.lock = threading.Lock()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if not self._cacheable(scope):
            await self.app(scope, receive, send)
            return
        key = (scope["path"], scope.get("query_string") or b"")
        generation = self.generation()
        with self.lock:
            hit = self.entries.get(key)
            if hit is not None and hit[0] == generation:
                self.entries.move_to_end(key)
        if hit is not None and hit[0] == generation:
            await send({"type": "http.response.start", "status": 200, "headers": hit[1]})
            await send({"type": "http.response.body", "body": hit[2]})
            return
        await self.app(scope, receive, self._recorder(key, generation, send))

    def _cacheable(self, scope: Scope) -> bool:
        if scope["type"] != "http" or scope["method"] != "GET" or not scope["path"].startswith("/api/"):
            return False
        if scope["path"] in UNCACHED:
            return False
        if self.settings.token and self.settings.protect == "all":
            headers = dict(scope.get("headers") or [])
            return token_matches(self.settings, headers.get(b"authorization", b"").decode("latin-1"))
        return True

    def _recorder(self, key: tuple[str, bytes], generation: int, send: Send) -> Send:
        state: dict[str, Any] = {"status": 0, "headers": [], "body": []}

        async def recording(message: Message) -> None:
            if message["type"] == "http.response.start":
                state["status"], state["headers"] = message["status"], list(message.get("headers", []))
            elif message["type"] == "http.response.body":
                state["body"].append(message.get("body", b""))
                if not message.get("more_body") and state["status"] == 200:
                    self._store(key, generation, state["headers"], b"".join(state["body"]))
            await send(message)

        return recording

    def _store(self, key: tuple[str, bytes], generation: int, headers: list[Any], body: bytes) -> None:
        with self.lock:
            self.entries[key] = (generation, headers, body)
            self.entries.move_to_end(key)
            while len(self.entries) > self.size:
                self.entries.popitem(last=False)
