"""What makes the server safe to expose: tokens, limits, host checks and security headers.

* A bearer token (``serve.token``) guards the write endpoints, or every ``/api`` request with
  ``serve.protect = all``; without a token the server only listens on loopback.
* :class:`Guard`, a plain ASGI middleware, rejects before any route runs: a ``Host`` that is not
  loopback when no token is set (DNS rebinding), a query string over :data:`MAX_QUERY_BYTES` (422), a
  body over ``serve.max_body_bytes`` (413) and a POST that is not JSON (415: a cross-site form cannot
  send JSON without a CORS preflight, which the server does not grant, so no page elsewhere can write).
* Every response carries a content security policy that allows only the package's own files.
"""

from __future__ import annotations

import hmac
import ipaddress
import json
from typing import Any, Awaitable, Callable

from ..config import ServeSettings
from .errors import ApiError, error_body

Scope = dict[str, Any]
Message = dict[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

MAX_QUERY_BYTES = 2048
LOOPBACK_NAMES = {"localhost", "127.0.0.1", "::1", "[::1]"}

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=(), interest-cohort=()"),
]


def is_loopback(host: str) -> bool:
    """127.0.0.0/8, ::1 and 'localhost'; every other address reaches beyond this machine."""
    name = host.strip().strip("[]").lower()
    if name == "localhost":
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def host_name(header: str) -> str:
    """'localhost:8000' -> 'localhost', '[::1]:8000' -> '::1'."""
    if header.startswith("["):
        return header[1:].split("]", 1)[0]
    return header.rsplit(":", 1)[0] if header.count(":") == 1 else header


def check_bind(settings: ServeSettings) -> None:
    """Refuse to serve a non-loopback address without a token (ConfigError from the CLI)."""
    from ..errors import ConfigError

    if not is_loopback(settings.host) and not settings.token:
        raise ConfigError(f"refusing to serve on {settings.host} without a token: anyone who can reach it "
                          "could write to the database; set NEWSEVENTS_SERVE_TOKEN (or --token), or serve "
                          "on 127.0.0.1")


def token_matches(settings: ServeSettings, authorization: str | None) -> bool:
    scheme, _, given = (authorization or "").partition(" ")
    return scheme.lower() == "bearer" and hmac.compare_digest(given.strip().encode(), settings.token.encode())


def require(settings: ServeSettings, authorization: str | None, write: bool) -> None:
    """Raise 401 unless the request may go on: no token set, a read under 'writes', or the right token."""
    if not settings.token or (not write and settings.protect == "writes"):
        return
    if not token_matches(settings, authorization):
        raise ApiError(401, "this request needs the server's bearer token (Authorization: Bearer ...)",
                       headers={"WWW-Authenticate": "Bearer"})


class Guard:
    """Limits and headers for every request, before routing; see the module docstring."""

    def __init__(self, app: ASGIApp, settings: ServeSettings, last_write: Callable[[], str]):
        self.app = app
        self.settings = settings
        self.last_write = last_write

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        send = self._with_headers(scope, send)
        refusal = self._refusal(scope)
        if refusal is not None:
            await _reply(send, *refusal)
            return
        if scope["method"] in {"POST", "PUT", "PATCH"}:
            body = await self._read_body(receive)
            if body is None:
                await _reply(send, 413, f"request body larger than {self.settings.max_body_bytes} bytes")
                return
            receive = _replay(body, receive)
        await self.app(scope, receive, send)

    def _refusal(self, scope: Scope) -> tuple[int, str] | None:
        headers = dict(scope.get("headers") or [])
        host = host_name(headers.get(b"host", b"").decode("latin-1"))
        if not self.settings.token and host and not is_loopback(host):
            return 400, "unknown host: without a token the server answers to loopback names only"
        if len(scope.get("query_string") or b"") > MAX_QUERY_BYTES:
            return 422, f"query string longer than {MAX_QUERY_BYTES} bytes"
        length = headers.get(b"content-length", b"0")
        if length.isdigit() and int(length) > self.settings.max_body_bytes:
            return 413, f"request body larger than {self.settings.max_body_bytes} bytes"
        if scope["method"] in {"POST", "PUT", "PATCH"}:
            kind = headers.get(b"content-type", b"").split(b";")[0].strip().lower()
            if kind != b"application/json":
                return 415, "send the request body as application/json"
        return None

    async def _read_body(self, receive: Receive) -> bytes | None:
        """The whole body, or None once it passes the limit (chunked bodies have no content-length)."""
        chunks, size = [], 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                break
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.settings.max_body_bytes:
                return None
            chunks.append(chunk)
            if not message.get("more_body"):
                break
        return b"".join(chunks)

    def _with_headers(self, scope: Scope, send: Send) -> Send:
        api = scope["path"].startswith("/api")

        async def sending(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", [])) + SECURITY_HEADERS
                if api:
                    # readers see a snapshot; say how fresh the data behind it is, and never cache it
                    headers += [(b"cache-control", b"no-store"),
                                (b"x-newsevents-last-write", self.last_write().encode())]
                message = {**message, "headers": headers}
            await send(message)

        return sending


def _replay(body: bytes, receive: Receive) -> Receive:
    """The body read by the guard, once; then the client's own messages (a disconnect)."""
    sent = False

    async def replaying() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replaying


async def _reply(send: Send, status: int, message: str) -> None:
    body = json.dumps(error_body(status, message)).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})
