"""The HTML pages. Each one has a JSON twin: the same URL with ``?format=json``
(or ``Accept: application/json``), and a link to its ``/api/v1`` counterpart.

Templates are rendered with autoescape on; text from reports reaches them
only as plain strings (see ``highlight.py``), and links pass ``safe_url``.
"""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import urlencode, urlsplit

from fastapi import APIRouter, File, Form, Path, Query as Q, Request, UploadFile
from fastapi.responses import HTMLResponse, JSONResponse, Response
from jinja2 import Environment, FileSystemLoader, select_autoescape

from .. import userfilter
from ..amounts import amount
from ..errors import FootprintError
from ..regionname import shown_region
from . import api, queries
from .app import HERE, TILE_URL, error_body, status_of
from .queries import ID_PATTERN, MAX_LIMIT, MAX_OFFSET

router = APIRouter(include_in_schema=False)

env = Environment(
    loader=FileSystemLoader(HERE / "templates"),
    autoescape=select_autoescape(default=True, default_for_string=True),
    trim_blocks=True,
    lstrip_blocks=True,
)


def safe_url(value: Any) -> str | None:
    """``value`` if it is an absolute http(s) URL without control characters, else None."""
    if not isinstance(value, str):
        return None
    url = value.strip()
    if not url or any(ord(c) < 32 or ord(c) == 127 for c in url) or len(url) > 4000:
        return None
    parts = urlsplit(url)
    if parts.scheme.lower() not in {"http", "https"} or not parts.netloc:
        return None
    return url


def querystring(params: dict[str, Any], **extra: Any) -> str:
    merged = {k: v for k, v in {**params, **extra}.items() if v not in (None, "")}
    return ("?" + urlencode(merged)) if merged else ""


def change_rows(report: dict[str, Any]) -> list[dict[str, Any]]:
    """The rows `footprint changes` prints, for the page (its JSON twin keeps the report as the API gives it)."""
    from ..fuse import change_rows as rows

    keys = ("new_presences", "ended_presences", "stale_presences", "strength", "events")
    return rows(report) if all(isinstance(report.get(k), list) for k in keys) else []


env.filters["safe_url"] = safe_url
env.filters["change_rows"] = change_rows
env.filters["amount"] = lambda q: amount(q.get("min"), q.get("max"))  # "7+" for at least 7, as the CLI writes it
env.globals["querystring"] = querystring
env.globals["shown_region"] = shown_region  # the region beside a place, as `show` prints it
env.globals["MODALITIES"] = ("asserted", "reported", "estimated", "alleged", "denied", "hedged")


def wants_json(request: Request) -> bool:
    fmt = request.query_params.get("format")
    if fmt == "json":
        return True
    accept = request.headers.get("accept", "")
    return "application/json" in accept and "text/html" not in accept


def page(request: Request, template: str, data: dict[str, Any], *, api_url: str | None, title: str, status: int = 200) -> Response:
    if wants_json(request):
        return JSONResponse(data, status_code=status)
    config = request.app.state.config
    html = env.get_template(template).render(
        data=data,
        title=title,
        api_url=api_url,
        json_url=_json_url(request),
        path=request.url.path,
        read_only=config.read_only,
        tiles=TILE_URL if config.online_tiles else "",
    )
    return HTMLResponse(html, status_code=status)


def _json_url(request: Request) -> str:
    params = dict(request.query_params)
    params["format"] = "json"
    return request.url.path + "?" + urlencode(params)


def render_error(request: Request, error: dict[str, Any]) -> HTMLResponse:
    html = env.get_template("error.html").render(
        data={"error": error}, title=f"Error {error['status']}", api_url=None, json_url=None, path=request.url.path,
        read_only=False, tiles="",
    )
    return HTMLResponse(html, status_code=error["status"])


def store_of(request: Request):
    return request.app.state.stores.get()


# --- pages --------------------------------------------------------------------------


@router.get("/", response_class=HTMLResponse)
def map_page(request: Request, query: api.QueryDep):
    store = store_of(request)
    data: dict[str, Any] = {
        "filters": query.params(),
        "counts": {"documents": store.count("documents"), "events": store.count("events")},
        "facets": queries.facets(store),
        "links": {
            "map": "/api/v1/map" + querystring(query.params()),
            "timeline": "/api/v1/timeline" + querystring(query.params()),
            "presence": f"/api/v1/presence?limit={MAX_LIMIT}",
            "events": "/events" + querystring(query.params()),
        },
    }
    if wants_json(request):  # the browser fetches these itself; the JSON twin carries them whole
        data["map"] = queries.map_points(store, query)
        data["timeline"] = queries.timeline(store, query)
        data["presence"] = queries.presence(store)
    return page(request, "map.html", data, api_url="/api/v1/map" + querystring(query.params()), title="Map")


@router.get("/events", response_class=HTMLResponse)
def events_page(request: Request, query: api.QueryDep):
    data = queries.list_events(store_of(request), query)
    qs = querystring(query.params(), limit=query.limit, offset=query.offset)
    return page(request, "events.html", data, api_url="/api/v1/events" + qs, title="Events")


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event_page(request: Request, event_id: Annotated[str, Path(min_length=4, max_length=64, pattern=ID_PATTERN)]):
    data = api.event_detail(store_of(request), event_id)
    return page(request, "event.html", data, api_url=f"/api/v1/events/{data['id']}", title=f"Event {data['id'][:10]}")


@router.get("/documents", response_class=HTMLResponse)
def documents_page(
    request: Request,
    limit: Annotated[int, Q(ge=1, le=MAX_LIMIT)] = queries.DEFAULT_LIMIT,
    offset: Annotated[int, Q(ge=0, le=MAX_OFFSET)] = 0,
):
    data = api.documents_page(store_of(request), limit, offset)
    return page(request, "documents.html", data, api_url=f"/api/v1/documents?limit={limit}&offset={offset}", title="Documents")


@router.get("/documents/{doc_id}", response_class=HTMLResponse)
def document_page(request: Request, doc_id: Annotated[str, Path(min_length=4, max_length=64, pattern=ID_PATTERN)]):
    data = api.document_detail(store_of(request), doc_id)
    return page(request, "document.html", data, api_url=f"/api/v1/documents/{data['id']}", title=data.get("title") or "Document")


@router.get("/presence", response_class=HTMLResponse)
def presence_page(
    request: Request,
    actor: str | None = None,  # checked by userfilter, in the API's and the CLI's words
    country: str | None = None,
    at: str | None = None,
    limit: Annotated[int, Q(ge=1, le=MAX_LIMIT)] = queries.DEFAULT_LIMIT,
    offset: Annotated[int, Q(ge=0, le=MAX_OFFSET)] = 0,
):
    store = store_of(request)
    flt = userfilter.presence_filter(actor=actor, country=country, at=at, flag="")
    data = queries.presence(store, actor=flt.actor, country=flt.country, at=flt.at, limit=limit, offset=offset)
    data["board"] = board(data["items"])
    data["filters"] = {k: v for k, v in {"actor": actor, "country": country, "at": at}.items() if v}
    return page(request, "presence.html", data, api_url="/api/v1/presence" + querystring(data["filters"]), title="Presence")


@router.get("/actors", response_class=HTMLResponse)
def actors_page(request: Request):
    data = {"items": queries.actors(store_of(request))}
    return page(request, "actors.html", data, api_url="/api/v1/actors", title="Actors")


@router.get("/places", response_class=HTMLResponse)
def places_page(request: Request):
    data = {"items": [{**p, "filters": queries.place_row_filters(p)} for p in queries.places(store_of(request))]}
    return page(request, "places.html", data, api_url="/api/v1/places", title="Places")


@router.get("/changes", response_class=HTMLResponse)
def changes_page(request: Request, since: str | None = None):
    data = queries.changes(store_of(request), since=api._date(since, "since")) if since else {"since": None, "items": []}
    return page(request, "changes.html", data, api_url="/api/v1/changes" + querystring({"since": since}), title="Changes")


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request, q: Annotated[str | None, Q(max_length=300)] = None):
    q = (q or "").strip()
    data = api.search_results(store_of(request), q, 50) if q else {"q": "", "documents": [], "events": []}
    return page(request, "search.html", data, api_url="/api/v1/search" + querystring({"q": q}), title="Search")


def add_info(request: Request, result: dict[str, Any] | None = None) -> dict[str, Any]:
    config = request.app.state.config
    return {
        "read_only": config.read_only,
        "max_upload_bytes": config.max_upload_bytes,
        "accepts": sorted(__import__("footprint.serve.upload", fromlist=["SUFFIXES"]).SUFFIXES),
        "endpoint": "/api/v1/documents",
        "token": config.form_token,
        "result": result,
    }


@router.get("/add", response_class=HTMLResponse)
def add_page(request: Request):
    return page(request, "add.html", add_info(request), api_url="/api/v1/documents", title="Add a report")


@router.post("/add", response_class=HTMLResponse)
async def add_submit(
    request: Request,
    file: Annotated[UploadFile | None, File()] = None,
    url: Annotated[str | None, Form(max_length=2000)] = None,
    token: Annotated[str | None, Form(max_length=100)] = None,
):
    from .upload import add_report

    try:
        result = await add_report(request, file, url, token)
        status = api.result_status(result)
    except FootprintError as exc:
        code_status, code = status_of(exc)
        result = {"ok": False, "documents": [], "failures": [], "error": error_body(code_status, str(exc), code)["error"]}
        status = code_status
    return page(request, "add.html", add_info(request, result), api_url="/api/v1/documents", title="Add a report", status=status)


@router.get("/api/v1/docs", response_class=HTMLResponse)
def api_docs(request: Request):
    schema = request.app.openapi()
    endpoints = []
    for path, ops in schema.get("paths", {}).items():
        for method, op in ops.items():
            params = [
                {
                    "name": p.get("name"),
                    "in": p.get("in"),
                    "required": p.get("required", False),
                    "description": p.get("description") or "",
                    "type": (p.get("schema") or {}).get("type") or _any_of(p.get("schema") or {}),
                }
                for p in op.get("parameters", [])
            ]
            endpoints.append({"method": method.upper(), "path": path, "summary": op.get("summary", ""), "params": params})
    data = {"title": schema["info"]["title"], "version": schema["info"]["version"], "endpoints": endpoints}
    return page(request, "api_docs.html", data, api_url="/api/v1/openapi.json", title="API")


def _any_of(schema: dict[str, Any]) -> str:
    return " or ".join(s.get("type", "?") for s in schema.get("anyOf", []) if s.get("type") != "null")


def board(items: list[dict[str, Any]]) -> dict[str, Any]:
    """Presences as an actor × place grid: rows are actors, columns places."""
    actors: dict[str, str] = {}
    places: dict[str, dict[str, Any]] = {}
    cells: dict[str, dict[str, list[dict[str, Any]]]] = {}
    for p in items:
        actor = p.get("actor") if isinstance(p.get("actor"), dict) else {"name": p.get("actor_name"), "id": p.get("actor_id")}
        akey = str(actor.get("id") or actor.get("name"))
        actors.setdefault(akey, str(actor.get("name") or akey))
        place = p.get("place") or {}
        pkey = f"{place.get('name')}|{place.get('country')}|{place.get('precision')}"
        places.setdefault(pkey, place)
        cells.setdefault(akey, {}).setdefault(pkey, []).append(p)
    return {
        "actors": [{"key": k, "name": v} for k, v in sorted(actors.items(), key=lambda kv: kv[1].lower())],
        "places": [{"key": k, **v} for k, v in places.items()],
        "cells": cells,
    }
