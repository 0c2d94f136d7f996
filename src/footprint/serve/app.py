"""The web app: ``create_app(db_path)`` builds a FastAPI application on a store.

Pages (``pages.py``) and the JSON API (``api.py``, under ``/api/v1``) share one
error shape, ``{"error": {"status", "code", "message"}}``, and every response
carries a strict Content-Security-Policy: scripts and styles come only from
``/static``, nothing is inlined, nothing is framed.
"""

from __future__ import annotations

import logging
import threading
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.gzip import GZipMiddleware

from .. import __version__
from ..errors import (
    ConfigError,
    FetchError,
    ForbiddenAddress,
    FootprintError,
    InputError,
    InputTooLarge,
    NotFound,
    StoreError,
)
from ..store import Store, open_store

log = logging.getLogger("footprint.serve")

HERE = Path(__file__).parent
TILE_ORIGIN = "https://tile.openstreetmap.org"
TILE_URL = TILE_ORIGIN + "/{z}/{x}/{y}.png"

#: Largest upload accepted, bytes. Reports are text; 10 MB is generous.
MAX_UPLOAD_BYTES = 10 * 1024 * 1024


@dataclass
class ServeConfig:
    db_path: Path
    read_only: bool = False
    online_tiles: bool = False
    max_upload_bytes: int = MAX_UPLOAD_BYTES
    fetch_timeout: float = 20.0
    allow_private: bool = False  # URL rules of ingest; only tests and trusted set-ups change it
    ingest_lock: threading.Lock = field(default_factory=threading.Lock)


class Stores:
    """One store connection per worker thread (SQLite connections are not shared)."""

    def __init__(self, config: ServeConfig):
        self.config = config
        self._local = threading.local()
        self._all: list[Store] = []
        self._lock = threading.Lock()

    def get(self) -> Store:
        store = getattr(self._local, "store", None)
        if store is None:
            store = open_store(self.config.db_path, read_only=self.config.read_only)
            self._local.store = store
            with self._lock:
                self._all.append(store)
        return store

    def close(self) -> None:
        with self._lock:
            for store in self._all:
                try:
                    store.close()
                except Exception:  # closing from another thread may fail; the process is ending anyway
                    log.debug("store close failed", exc_info=True)
            self._all.clear()


def csp(online_tiles: bool) -> str:
    img = "'self' data:" + (f" {TILE_ORIGIN}" if online_tiles else "")
    return (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src " + img + "; connect-src 'self';"
        " font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    )


# --- the one error shape ---------------------------------------------------------

_CODES = {
    400: "bad_request",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    413: "too_large",
    415: "unsupported_media_type",
    422: "invalid_request",
    500: "internal_error",
    502: "fetch_failed",
    503: "unavailable",
}


def error_body(status: int, message: str, code: str | None = None) -> dict:
    return {"error": {"status": status, "code": code or _CODES.get(status, "error"), "message": message}}


def wants_html(request: Request) -> bool:
    """Browsers asking for a page get an HTML error page with the same fields."""
    if request.url.path.startswith("/api/") or request.query_params.get("format") == "json":
        return False
    accept = request.headers.get("accept", "")
    return "text/html" in accept


def error_response(request: Request, status: int, message: str, code: str | None = None):
    body = error_body(status, message, code)
    if wants_html(request):
        from .pages import render_error

        return render_error(request, body["error"])
    return JSONResponse(body, status_code=status)


def status_of(exc: FootprintError) -> tuple[int, str]:
    if isinstance(exc, NotFound):
        return 404, "not_found"
    if isinstance(exc, InputTooLarge):
        return 413, "too_large"
    if isinstance(exc, ForbiddenAddress):
        return 400, "forbidden_address"
    if isinstance(exc, FetchError):
        return 502, "fetch_failed"
    if isinstance(exc, ConfigError):
        return 422, "invalid_request"
    if isinstance(exc, InputError):
        return 400, "bad_input"
    if isinstance(exc, StoreError):
        return 503, "store_unavailable"
    return 500, "internal_error"


def _install_errors(app: FastAPI) -> None:
    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        message = exc.detail if isinstance(exc.detail, str) else _CODES.get(exc.status_code, "error")
        if exc.status_code == 404 and message == "Not Found":
            message = f"no such page or endpoint: {request.url.path}"
        code = getattr(exc, "code", None)
        response = error_response(request, exc.status_code, message, code)
        for k, v in (exc.headers or {}).items():
            response.headers[k] = v
        return response

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError):
        parts = []
        for err in exc.errors()[:5]:
            where = ".".join(str(x) for x in err.get("loc", ()) if x not in ("query", "path", "body"))
            parts.append(f"{where}: {err.get('msg')}" if where else str(err.get("msg")))
        return error_response(request, 422, "; ".join(parts) or "invalid request")

    @app.exception_handler(FootprintError)
    async def footprint_error(request: Request, exc: FootprintError):
        status, code = status_of(exc)
        if status >= 500:
            log.error("request %s failed: %s", request.url.path, exc, exc_info=exc)
            message = "the store is not available" if status == 503 else "internal error"
        else:
            message = str(exc)
        return error_response(request, status, message, code)

    @app.exception_handler(Exception)
    async def internal_error(request: Request, exc: Exception):
        # the details go to the server log only; the client learns nothing about the internals
        log.error("unhandled error on %s %s", request.method, request.url.path, exc_info=exc)
        return error_response(request, 500, "internal error")


class ApiError(StarletteHTTPException):
    """An HTTP error with our own code (e.g. ``read_only``)."""

    def __init__(self, status: int, message: str, code: str):
        super().__init__(status, message)
        self.code = code


def create_app(
    db_path: str | Path,
    read_only: bool = False,
    *,
    online_tiles: bool = False,
    max_upload_bytes: int = MAX_UPLOAD_BYTES,
    fetch_timeout: float = 20.0,
    allow_private: bool = False,
) -> FastAPI:
    config = ServeConfig(
        db_path=Path(db_path),
        read_only=read_only,
        online_tiles=online_tiles,
        max_upload_bytes=max_upload_bytes,
        fetch_timeout=fetch_timeout,
        allow_private=allow_private,
    )
    if not read_only:
        open_store(config.db_path).close()  # create the file and run migrations once, up front
    elif not config.db_path.exists():
        raise StoreError(f"no store at {config.db_path}")
    stores = Stores(config)

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        yield
        stores.close()

    app = FastAPI(
        lifespan=lifespan,
        title="Footprint",
        version=__version__,
        description="Sourced, geocoded, dated records of armed actors from news reports.",
        openapi_url="/api/v1/openapi.json",
        docs_url=None,  # the stock docs pages load scripts from a CDN; /api/v1/docs is ours
        redoc_url=None,
    )
    app.state.config = config
    app.state.stores = stores
    policy = csp(online_tiles)

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        if request.method == "POST" and not _same_origin(request):
            response = error_response(request, 403, "cross-site form posts are refused", "cross_origin")
        else:
            try:
                response = await call_next(request)
            except Exception as exc:  # answered here so the error page carries the headers below too
                log.error("unhandled error on %s %s", request.method, request.url.path, exc_info=exc)
                response = error_response(request, 500, "internal error")
        response.headers["Content-Security-Policy"] = policy
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["X-Frame-Options"] = "DENY"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers.setdefault("Cache-Control", "no-store")
        return response

    app.add_middleware(GZipMiddleware, minimum_size=2048)
    _install_errors(app)

    from . import api, pages

    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")

    return app


def _same_origin(request: Request) -> bool:
    """A browser on another site may POST a form to this server; its Origin header says so."""
    origin = request.headers.get("origin")
    if not origin:  # not sent by curl and scripts; browsers send it on cross-site posts
        return True
    host = request.headers.get("host", "")
    return origin in {f"http://{host}", f"https://{host}"}


def html_response(content: str, status: int = 200) -> HTMLResponse:
    return HTMLResponse(content, status_code=status)
