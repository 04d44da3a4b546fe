"""The server: `create_app(db_path, settings)` builds the FastAPI application over one store.

It puts together the JSON API (`api.py`), the web pages (`pages.py`), the packaged static
files and what keeps them safe: a request body limit (413), security headers with a strict
Content-Security-Policy on every response (no inline script can run, whatever a document
holds), CORS only for the origins the settings name, and clear JSON errors (never a
traceback). `/docs` is Swagger UI served from the package, so it works without a network.
"""
from __future__ import annotations

import logging
import threading
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.cors import CORSMiddleware

from .. import __version__
from ..settings import Settings, get_settings
from ..storing import Store, StoreError
from . import api, commitments, corrections, downloads, pages, watching

log = logging.getLogger("communique.serving")

STATIC = Path(__file__).parent / "static"

#: Every response says: only this server's own scripts, styles and images.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")
#: Swagger UI sets inline styles as it renders; its page alone may use them (still no inline script).
DOCS_CSP = CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")


class _TooLarge(Exception):
    pass


class BodyLimit:
    """ASGI middleware: answer 413 to a request whose body is over `limit` bytes, whether it
    says so in Content-Length or streams it chunked."""

    def __init__(self, app, limit: int):
        self.app = app
        self.limit = limit

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        length = dict(scope["headers"]).get(b"content-length")
        if length is not None:
            try:
                declared = int(length)
            except ValueError:
                return await _send_json(send, 400, "invalid Content-Length header")
            if declared > self.limit:
                return await _send_json(send, 413, self._message())
        received = 0
        started = False

        async def limited_receive():
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.limit:
                    raise _TooLarge
            return message

        async def watched_send(message):
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, limited_receive, watched_send)
        except _TooLarge:
            if not started:
                await _send_json(send, 413, self._message())

    def _message(self) -> str:
        return f"request body too large: the limit is {self.limit:,} bytes (max_request_bytes)"


async def _send_json(send, status: int, detail: str) -> None:
    body = JSONResponse({"detail": detail}).body
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


class SecurityHeaders:
    """ASGI middleware: the Content-Security-Policy and the usual hardening headers on every response."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        csp = (DOCS_CSP if scope["path"] == "/docs" else CSP).encode()

        async def with_headers(message):
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers += [(b"content-security-policy", csp), (b"x-content-type-options", b"nosniff"),
                            (b"referrer-policy", b"no-referrer"), (b"x-frame-options", b"DENY")]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, with_headers)


class HeadAsGet:
    """ASGI middleware: answer HEAD as GET without the body, for every page and endpoint that
    answers GET (link checkers and monitors ask HEAD; the routes declare GET only)."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] != "HEAD":
            return await self.app(scope, receive, send)

        async def without_body(message):
            if message["type"] == "http.response.body":
                message = {**message, "body": b""}  # the headers keep GET's Content-Length
            await send(message)

        await self.app({**scope, "method": "GET"}, receive, without_body)


def create_app(db_path: str | Path, settings: Settings | None = None) -> FastAPI:
    """Return the application serving the store at `db_path` (created or migrated when needed;
    StoreError when the file is not a store)."""
    settings = settings or get_settings()
    with Store.open(db_path):
        pass  # creates or migrates once here, so that request threads only ever read
    app = FastAPI(title="communique", version=__version__, docs_url=None, redoc_url=None,
                  description="PLOVER-coded diplomatic events and the history of each bilateral "
                              "relationship. The web app is at /.")
    app.state.db_path = str(db_path)
    app.state.settings = settings
    app.state.write_lock = threading.Lock()

    app.include_router(api.router)
    app.include_router(downloads.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    # Promises, corrections and watching: routers of their own, on the same store queries.
    for module in (commitments, corrections, watching):
        app.include_router(module.router)

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return HTMLResponse(pages.render("docs.html"))

    @app.exception_handler(StoreError)
    async def store_error(request: Request, exc: StoreError):
        return _error(request, 400, str(exc))

    @app.exception_handler(StarletteHTTPException)  # FastAPI's HTTPException and routing 404/405
    async def http_error(request: Request, exc: StarletteHTTPException):
        return _error(request, exc.status_code, str(exc.detail), exc.headers)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError):
        # One readable line per problem: "query.limit: Input should be less than or equal to 1000".
        problems = ["{}: {}".format(".".join(str(p) for p in e.get("loc", ())), e.get("msg", "invalid"))
                    for e in exc.errors()]
        return _error(request, 422, "; ".join(problems) or "invalid request")

    @app.exception_handler(Exception)
    async def crash(request: Request, exc: Exception):
        log.exception("internal error on %s %s", request.method, request.url.path)
        return _error(request, 500, "internal error (the server log has the details)")

    app.add_middleware(SecurityHeaders)
    app.add_middleware(BodyLimit, limit=settings.max_request_bytes)
    app.add_middleware(HeadAsGet)
    if settings.cors_origins:
        app.add_middleware(CORSMiddleware, allow_origins=list(settings.cors_origins),
                           allow_methods=["GET", "POST"], allow_headers=["Authorization", "Content-Type"])
    return app


def _error(request: Request, status: int, detail: str, headers=None):
    """The error as JSON for the API, as a page for the web app (paths under /ui and /)."""
    if request.url.path == "/" or request.url.path.startswith("/ui"):
        return pages.error_page(request, status, detail)
    return JSONResponse({"detail": detail}, status_code=status, headers=headers)
