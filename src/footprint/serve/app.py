"""The web app: ``create_app(db_path)`` builds a FastAPI application on a store.

Pages (``pages.py``) and the JSON API (``api.py``, under ``/api/v1``) share one
error shape, ``{"error": {"status", "code", "message"}}``, and every response
carries a strict Content-Security-Policy: scripts and styles come only from
``/static``, nothing is inlined, nothing is framed.
"""

from __future__ import annotations

import asyncio
import ipaddress
import logging
import secrets
import threading
from collections.abc import Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

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
#: A request body (upload plus form overhead) may be this much above the file limit.
BODY_OVERHEAD = 64 * 1024
#: Seconds a client may take to send a request body (a slow drip holds a worker otherwise).
UPLOAD_TIMEOUT = 60.0
#: Host names always served: the loopback names. IP literals are served too (see ``host_allowed``).
LOCAL_HOSTS = ("localhost", "localhost.")
#: Methods that change nothing; every other method must come from this site.
SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}


@dataclass
class ServeConfig:
    db_path: Path
    read_only: bool = False
    online_tiles: bool = False
    max_upload_bytes: int = MAX_UPLOAD_BYTES
    fetch_timeout: float = 20.0
    allow_private: bool = False  # URL rules of ingest; only tests and trusted set-ups change it
    fetch_proxy: str | None = None  # http(s) proxy for URL fetches; environment proxies are never used
    upload_timeout: float = UPLOAD_TIMEOUT
    allowed_hosts: tuple[str, ...] = ()  # names besides localhost and IP literals; "*" allows any
    ingest_lock: threading.Lock = field(default_factory=threading.Lock)
    # echoed by the add form: a page on another site cannot read it, so a post carrying it came from ours
    form_token: str = field(default_factory=lambda: secrets.token_urlsafe(24))


class Stores:
    """One store connection per worker thread (SQLite connections are not shared).

    Worker threads come and go (the thread pool ends idle ones); a connection whose
    thread has ended is taken over by the next new thread instead of opening another
    one, so connections are not opened per request nor left open one per dead thread."""

    def __init__(self, config: ServeConfig):
        self.config = config
        self._local = threading.local()
        self._all: list[Store] = []
        self._users: dict[int, threading.Thread] = {}  # id(store) -> the thread that uses it
        self._lock = threading.Lock()

    def get(self) -> Store:
        store = getattr(self._local, "store", None)
        if store is None:
            me = threading.current_thread()
            with self._lock:
                # an ended thread can never touch its connection again (its thread-local is gone)
                store = next((s for s in self._all if not self._users[id(s)].is_alive()), None)
                if store is not None:
                    self._users[id(store)] = me
            if store is None:
                store = open_store(self.config.db_path, read_only=self.config.read_only)
                with self._lock:
                    self._all.append(store)
                    self._users[id(store)] = me
            self._local.store = store
        return store

    def close(self) -> None:
        with self._lock:
            for store in self._all:
                try:
                    store.close()
                except Exception:  # closing from another thread may fail; the process is ending anyway
                    log.debug("store close failed", exc_info=True)
            self._all.clear()
            self._users.clear()


def csp(online_tiles: bool) -> str:
    img = "'self' data:" + (f" {TILE_ORIGIN}" if online_tiles else "")
    return (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src " + img + "; connect-src 'self';"
        " font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none';"
        # the script never parses strings as HTML; Chromium enforces that with Trusted Types
        " require-trusted-types-for 'script'; trusted-types 'none'"
    )


def security_headers(policy: str) -> dict[str, str]:
    """Headers every response carries, errors and static files included."""
    return {
        "Content-Security-Policy": policy,
        "X-Content-Type-Options": "nosniff",
        "X-Frame-Options": "DENY",
        # not no-referrer: with it Chromium sends "Origin: null" on the app's own form posts,
        # which the cross-site check must refuse; other sites still learn nothing
        "Referrer-Policy": "same-origin",
        # other sites may neither embed our JSON/scripts (no-cors reads) nor hold a handle on our window
        "Cross-Origin-Resource-Policy": "same-origin",
        "Cross-Origin-Opener-Policy": "same-origin",
        "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
    }


# --- who may talk to the server ------------------------------------------------------


def host_allowed(host_header: str | None, allowed: Sequence[str]) -> bool:
    """Is the Host header one this server answers to?

    A page on another site can point its own DNS name at 127.0.0.1 (DNS
    rebinding) and then read this server as "same origin"; the browser still
    sends that name as Host. So only IP literals, localhost and the names the
    operator listed are served."""
    if "*" in allowed or host_header is None:  # HTTP/1.0 clients send no Host; browsers always do
        return True
    host = host_header.strip().lower()
    if host.startswith("["):  # [v6]:port
        end = host.find("]")
        if end < 0:
            return False
        name = host[1:end]
        rest = host[end + 1 :]
        if rest and not (rest.startswith(":") and rest[1:].isdigit()):
            return False
    else:
        name, _, port = host.partition(":")
        if port and not port.isdigit():
            return False
    if not name:
        return False
    if name in LOCAL_HOSTS or name in {h.lower() for h in allowed}:
        return True
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return False
    return True


def origin_of(url: str) -> str | None:
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"} or not parts.netloc:
        return None
    return f"{parts.scheme}://{parts.netloc}".lower()


def cross_site(request: Request) -> str | None:
    """Why an unsafe request (a POST) looks cross-site, or None.

    Browsers name the page that sent a form in ``Origin`` (and ``Sec-Fetch-Site``,
    ``Referer``). Old browsers may send none of them, and a page can hide its
    Referer; such a request is accepted only with a header a plain form cannot
    set (``X-Requested-With``, which scripts send) or the add form's token,
    checked where the form is read (``request.state.needs_form_token``)."""
    host = (request.headers.get("host") or "").lower()
    own = {f"http://{host}", f"https://{host}"}
    origin = request.headers.get("origin")
    if origin is not None:
        return None if origin.lower() in own else f"cross-site posts are refused (Origin {origin[:100]})"
    site = request.headers.get("sec-fetch-site")
    if site and site not in {"same-origin", "none"}:
        return "cross-site posts are refused"
    referer = request.headers.get("referer")
    if referer:
        return None if origin_of(referer) in own else "cross-site posts are refused (Referer)"
    if not request.headers.get("x-requested-with"):
        request.state.needs_form_token = True
    return None


class BodyLimit:
    """Refuses request bodies over ``limit`` bytes or slower than ``timeout`` seconds.

    Counted while the body arrives, before any parsing: the multipart parser
    would otherwise spool a body of any size to disk before the endpoint can
    look at it. The answer (413 or 408) is sent as soon as the limit is passed;
    whatever the application answers afterwards is dropped."""

    def __init__(self, app, *, config: ServeConfig, policy: str):
        self.app = app
        self.config = config
        self.policy = policy

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] in SAFE_METHODS:
            return await self.app(scope, receive, send)
        limit = self.config.max_upload_bytes + BODY_OVERHEAD
        headers = dict((k.lower(), v) for k, v in scope.get("headers", ()))
        declared = headers.get(b"content-length", b"").decode("latin-1")
        if declared.isdigit() and int(declared) > limit:
            return await self._answer(scope, send, 413, f"larger than the {self.config.max_upload_bytes} byte upload limit", "too_large")
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.config.upload_timeout
        state = {"received": 0, "done": False, "answered": False}

        async def limited_receive():
            if state["done"] or state["answered"]:
                return await receive() if not state["answered"] else {"type": "http.disconnect"}
            try:
                message = await asyncio.wait_for(receive(), max(0.0, deadline - loop.time()))
            except asyncio.TimeoutError:
                await self._answer(scope, send, 408, f"the request body took longer than {self.config.upload_timeout:g} s", "timeout")
                state["answered"] = True
                return {"type": "http.disconnect"}
            if message["type"] == "http.request":
                state["received"] += len(message.get("body", b""))
                if state["received"] > limit:
                    await self._answer(scope, send, 413, f"larger than the {self.config.max_upload_bytes} byte upload limit", "too_large")
                    state["answered"] = True
                    return {"type": "http.disconnect"}
                if not message.get("more_body", False):
                    state["done"] = True
            return message

        async def guarded_send(message):
            if not state["answered"]:
                await send(message)

        await self.app(scope, limited_receive, guarded_send)

    async def _answer(self, scope, send, status: int, message: str, code: str) -> None:
        request = Request(scope)
        response = error_response(request, status, message, code)
        response.headers.update(security_headers(self.policy))
        response.headers["Cache-Control"] = "no-store"
        response.headers["Connection"] = "close"

        async def no_body():
            return {"type": "http.disconnect"}

        await response(scope, no_body, send)


# --- the one error shape ---------------------------------------------------------

_CODES = {
    400: "bad_request",
    403: "forbidden",
    408: "timeout",
    404: "not_found",
    405: "method_not_allowed",
    413: "too_large",
    415: "unsupported_media_type",
    422: "invalid_request",
    500: "internal_error",
    502: "fetch_failed",
    503: "unavailable",
}


#: the validator's wording for the common mistakes, in a reader's words (its ``ctx`` fills the braces)
PLAIN = {
    "missing": "required",
    "string_too_short": "too short: at least {min_length} characters",
    "string_too_long": "too long: at most {max_length} characters",
    "string_pattern_mismatch": "not a valid id",
    "int_parsing": "not a whole number",
    "float_parsing": "not a number",
    "greater_than_equal": "must be at least {ge}",
    "less_than_equal": "must be at most {le}",
}


def plain_message(err: dict) -> str:
    """One validation error in plain words; the validator's own text for the kinds not listed."""
    template = PLAIN.get(str(err.get("type")))
    try:
        return template.format(**(err.get("ctx") or {})) if template else str(err.get("msg"))
    except (KeyError, IndexError, ValueError):
        return str(err.get("msg"))


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
            msg = plain_message(err)
            parts.append(f"{where}: {msg}" if where else msg)
        return error_response(request, 422, "; ".join(parts) or "invalid request")

    @app.exception_handler(FootprintError)
    async def footprint_error(request: Request, exc: FootprintError):
        status, code = status_of(exc)
        if status >= 500:
            log.error("request %r failed: %s", request.url.path, exc, exc_info=exc)
            message = "the store is not available" if status == 503 else "internal error"
        else:
            message = str(exc)
        return error_response(request, status, message, code)

    @app.exception_handler(Exception)
    async def internal_error(request: Request, exc: Exception):
        # the details go to the server log only; the client learns nothing about the internals
        log.error("unhandled error on %s %r", request.method, request.url.path, exc_info=exc)
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
    upload_timeout: float = UPLOAD_TIMEOUT,
    allowed_hosts: Sequence[str] = (),
    fetch_proxy: str | None = None,
) -> FastAPI:
    from ..ingest.url import check_proxy

    config = ServeConfig(
        db_path=Path(db_path),
        read_only=read_only,
        online_tiles=online_tiles,
        max_upload_bytes=max_upload_bytes,
        fetch_timeout=fetch_timeout,
        allow_private=allow_private,
        upload_timeout=upload_timeout,
        allowed_hosts=tuple(allowed_hosts),
        fetch_proxy=check_proxy(fetch_proxy),
    )
    from .jobs import JobStore

    jobs = JobStore(config.db_path, read_only=read_only)
    if not read_only:
        open_store(config.db_path).close()  # create the file and run migrations once, up front
        # no process works on the jobs a stopped server left queued or running (see jobs.py)
        jobs.interrupt_unfinished()
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
    app.state.jobs = jobs
    from .api import KeptAnswers

    app.state.answers = KeptAnswers()  # encoded JSON answers, kept until the store changes
    policy = csp(online_tiles)
    headers = security_headers(policy)

    @app.middleware("http")
    async def guard(request: Request, call_next):
        refusal = None
        if not host_allowed(request.headers.get("host"), config.allowed_hosts):
            # not the HTML page: it would be served to whoever controls that name
            refusal = JSONResponse(error_body(400, "unknown Host: start the server with --allowed-host NAME to serve it", "bad_host"), status_code=400)
        elif request.method not in SAFE_METHODS and (why := cross_site(request)):
            refusal = error_response(request, 403, why, "cross_origin")
        if refusal is not None:
            response = refusal
        else:
            try:
                response = await call_next(request)
            except Exception as exc:  # answered here so the error page carries the headers below too
                log.error("unhandled error on %s %r", request.method, request.url.path, exc_info=exc)
                response = error_response(request, 500, "internal error")
        response.headers.update(headers)
        response.headers.setdefault("Cache-Control", "no-store")
        return response

    app.add_middleware(GZipMiddleware, minimum_size=2048)
    app.add_middleware(BodyLimit, config=config, policy=policy)  # outermost: counts bytes before anything reads them
    _install_errors(app)

    from . import api, pages

    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")

    return app


def html_response(content: str, status: int = 200) -> HTMLResponse:
    return HTMLResponse(content, status_code=status)
