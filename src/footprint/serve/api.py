"""The JSON API, versioned under ``/api/v1``. Every list is paginated."""

from __future__ import annotations

import gzip
import hashlib
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import APIRouter, Depends, File, Form, Path, Query as Q, Request, Response, UploadFile
from fastapi.responses import JSONResponse

from .. import userdate, userfilter
from ..model import Document
from ..store import Store
from . import queries
from .app import ApiError, error_body
from .queries import DEFAULT_LIMIT, ID_PATTERN, MAX_LIMIT, MAX_OFFSET, Query

ERRORS = {
    status: {"description": text, "content": {"application/json": {"example": error_body(status, text)}}}
    for status, text in (
        (404, "no such record"),
        (422, "a parameter is invalid"),
        (500, "internal error"),
    )
}

router = APIRouter(prefix="/api/v1", responses=ERRORS)


def store_of(request: Request) -> Store:
    return request.app.state.stores.get()


StoreDep = Annotated[Store, Depends(store_of)]


def event_query(
    # lengths and forms are checked by Query.parse (footprint.userfilter), in the CLI's words
    actor: Annotated[str | None, Q(description="actor id, or a substring of its name (at most 200 characters)")] = None,
    type: Annotated[str | None, Q(description="event type, e.g. attack or base_expansion")] = None,
    country: Annotated[str | None, Q(description="ISO 3166 alpha-2 code, e.g. ML")] = None,
    place: Annotated[str | None, Q(description="place name, or a region or country it lies in (whole words; two letters are a country code; case and accents ignored)")] = None,
    since: Annotated[str | None, Q(description="events whose interval ends on or after this date's first day (YYYY, YYYY-MM or YYYY-MM-DD)")] = None,
    until: Annotated[str | None, Q(description="events whose interval starts on or before this date's last day")] = None,
    modality: Annotated[str | None, Q(description="asserted, reported, estimated, alleged, denied or hedged")] = None,
    # a string so that the empty field of a submitted filter form means "any"
    min_sources: Annotated[str | None, Q(description="at least this many independent sources (1-1000)", max_length=12)] = None,
    bbox: Annotated[str | None, Q(description="west,south,east,north in degrees")] = None,
    q: Annotated[str | None, Q(description="words in the evidence sentence (full-text, at most 300 characters)")] = None,
    limit: Annotated[int, Q(ge=1, le=MAX_LIMIT, description="page size")] = DEFAULT_LIMIT,
    offset: Annotated[int, Q(ge=0, le=MAX_OFFSET, description="items to skip")] = 0,
) -> Query:
    return Query.parse(
        {
            "actor": actor,
            "type": type,
            "country": country,
            "place": place,
            "since": since,
            "until": until,
            "modality": modality,
            "min_sources": min_sources,
            "bbox": bbox,
            "q": q,
            "limit": limit,
            "offset": offset,
        }
    )


QueryDep = Annotated[Query, Depends(event_query)]


# --- answers kept between calls ----------------------------------------------------

#: Bytes of encoded answers an app keeps (plain and gzip together); an answer over a
#: quarter of it is sent but not kept.
KEPT_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class KeptAnswer:
    """A JSON answer encoded once: the exact bytes ``JSONResponse`` sends, the same
    bytes gzip-compressed, and a tag.

    The gzip middleware sits outside the app's own (streaming) middleware, so it
    compresses every body for a client that accepts gzip, whatever its size: a kept
    answer is compressed once, here, instead."""

    body: bytes
    gzipped: bytes
    etag: str

    @classmethod
    def of(cls, content: Any) -> "KeptAnswer":
        body = JSONResponse(content).body
        gzipped = gzip.compress(body, compresslevel=6, mtime=0)
        # weak: the plain and the gzip bytes are the same answer
        return cls(body, gzipped, 'W/"' + hashlib.blake2b(body, digest_size=16).hexdigest() + '"')

    @property
    def size(self) -> int:
        return len(self.body) + len(self.gzipped)


class KeptAnswers:
    """Encoded answers of one store version, least recently used dropped first.

    A store version (``queries.store_version``: the store's write counter) changes
    with every committed write, so an answer is never served after the store changed;
    answers of an older version are dropped as soon as a request sees the new one."""

    def __init__(self, budget: int = KEPT_BYTES):
        self.budget = budget
        self._version: tuple | None = None
        self._items: OrderedDict[tuple, KeptAnswer] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()

    def get(self, version: tuple, key: tuple) -> KeptAnswer | None:
        with self._lock:
            if version != self._version:
                return None
            found = self._items.get(key)
            if found is not None:
                self._items.move_to_end(key)
            return found

    def put(self, version: tuple, key: tuple, answer: KeptAnswer) -> None:
        if answer.size > self.budget // 4:
            return
        with self._lock:
            if version != self._version:
                self._items.clear()
                self._bytes = 0
                self._version = version
            old = self._items.pop(key, None)
            self._bytes += answer.size - (old.size if old else 0)
            self._items[key] = answer
            while self._bytes > self.budget:
                _, dropped = self._items.popitem(last=False)
                self._bytes -= dropped.size

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
            self._bytes = 0
            self._version = None

    def __len__(self) -> int:
        return len(self._items)


def etag_matches(header: str | None, etag: str) -> bool:
    """``If-None-Match`` against our tag, by the weak comparison RFC 9110 asks for."""
    if not header:
        return False
    if header.strip() == "*":
        return True
    ours = etag.removeprefix("W/")
    return any(tag.strip().removeprefix("W/") == ours for tag in header[:4096].split(","))


#: Kept answers may be stored but must be revalidated on every use: the tag makes that a
#: 304 without a body while the store is unchanged. Every other answer is ``no-store``
#: (the app's default, docs/serve.md "Caching").
KEPT_CACHE_CONTROL = "no-cache"


def kept_response(request: Request, answer: KeptAnswer) -> Response:
    """The kept bytes as they are: no re-encoding, and no re-compressing for gzip clients
    (the middleware passes a body that has a Content-Encoding through untouched)."""
    # the 304 repeats Cache-Control: its headers replace the stored copy's
    headers = {"ETag": answer.etag, "Cache-Control": KEPT_CACHE_CONTROL}
    if etag_matches(request.headers.get("if-none-match"), answer.etag):
        return Response(status_code=304, headers={**headers, "Vary": "Accept-Encoding"})
    # the same test as the gzip middleware's, so a client gets what it got before
    if "gzip" in request.headers.get("accept-encoding", ""):
        headers.update({"Content-Encoding": "gzip", "Vary": "Accept-Encoding"})
        return Response(answer.gzipped, media_type="application/json", headers=headers)
    return Response(answer.body, media_type="application/json", headers=headers)  # the middleware adds Vary


def kept(request: Request, store: Store, key: tuple, compute: Callable[[tuple | None], Any]) -> Response:
    """The answer ``compute(version)`` gives, encoded once per (``key``, store version) and
    kept until the store changes; a store that cannot tell its version is asked every time.

    The version is read once, here, and handed to ``compute``: a cache below it (the
    presence items) files its part under the same version as the answer built from it."""
    version = queries.store_version(store)  # read before the answer, so a write after it only wastes the entry
    answers: KeptAnswers | None = getattr(request.app.state, "answers", None)
    if version is None or answers is None:
        return JSONResponse(compute(version))  # no tag to revalidate with: the app's no-store
    answer = answers.get(version, key)
    if answer is None:
        answer = KeptAnswer.of(compute(version))
        answers.put(version, key, answer)
    return kept_response(request, answer)


def document_summary(doc: Document) -> dict[str, Any]:
    return {
        "id": doc.id,
        "title": doc.title,
        "source": doc.source,
        "url": doc.url,
        "published": doc.published,
        "published_inferred": doc.published_inferred,
        "format": doc.format,
        "copy_of": doc.copy_of,
        "links": {"self": f"/api/v1/documents/{doc.id}", "html": f"/documents/{doc.id}"},
    }


# --- reading ----------------------------------------------------------------------


@router.get("", summary="What this API offers")
def index() -> JSONResponse:
    return JSONResponse({
        "version": "v1",
        "endpoints": {
            "documents": "/api/v1/documents",
            "events": "/api/v1/events",
            "map": "/api/v1/map",
            "timeline": "/api/v1/timeline",
            "actors": "/api/v1/actors",
            "places": "/api/v1/places",
            "presence": "/api/v1/presence",
            "changes": "/api/v1/changes?since=YYYY-MM-DD",
            "search": "/api/v1/search?q=WORDS",
            "basemap": "/api/v1/basemap",
            "openapi": "/api/v1/openapi.json",
            "docs": "/api/v1/docs",
        },
    })


def documents_page(store: Store, limit: int, offset: int) -> dict[str, Any]:
    docs = list(store.documents(limit=limit + 1, offset=offset))
    return {
        "items": [document_summary(d) for d in docs[:limit]],
        "limit": limit,
        "offset": offset,
        "next_offset": offset + limit if len(docs) > limit else None,
        "total": store.count("documents"),
    }


@router.get("/documents", summary="Stored documents, oldest ingest first")
def documents(
    store: StoreDep,
    limit: Annotated[int, Q(ge=1, le=MAX_LIMIT)] = DEFAULT_LIMIT,
    offset: Annotated[int, Q(ge=0, le=MAX_OFFSET)] = 0,
) -> JSONResponse:
    return JSONResponse(documents_page(store, limit, offset))


def document_detail(store: Store, doc_id: str) -> dict[str, Any]:
    from .highlight import document_blocks

    doc = store.get_document(doc_id)
    spans = store.spans(doc.id)
    d = doc.to_json()
    d["spans"] = spans
    d["blocks"] = [b.to_json() for b in document_blocks(doc, spans)]
    d["events"] = [queries.event_json(e) for e in store.events(queries.EventFilter(doc_id=doc.id))]
    d["links"] = document_summary(doc)["links"]
    return d


@router.get("/documents/{doc_id}", summary="One document with its segments, spans and events")
def document(store: StoreDep, doc_id: Annotated[str, Path(min_length=4, max_length=64, pattern=ID_PATTERN)]) -> JSONResponse:
    return JSONResponse(document_detail(store, doc_id))


@router.get("/events", summary="Events matching the filters, by date")
def events(request: Request, store: StoreDep, query: QueryDep) -> Response:
    return kept(request, store, ("events", query), lambda _: queries.list_events(store, query))


def event_detail(store: Store, event_id: str) -> dict[str, Any]:
    from .highlight import evidence_pieces

    event = store.get_event(event_id)
    doc = store.get_document(event.doc_id)
    spans = store.spans(doc.id)
    counts = queries.source_counts(store, [event.id])
    d = queries.event_json(event, counts.get(event.id) if counts else None)
    d["document"] = document_summary(doc)
    d["evidence_pieces"] = [p.to_json() for p in evidence_pieces(event, doc, spans)]
    d["decided"] = {
        "place": list(event.location.reasons) if event.location else [],
        "date": event.date.reason if event.date else "",
    }
    d["incident"] = queries.incident_of(store, event.id)
    return d


@router.get("/events/{event_id}", summary="One event with its evidence marked")
def event(store: StoreDep, event_id: Annotated[str, Path(min_length=4, max_length=64, pattern=ID_PATTERN)]) -> JSONResponse:
    return JSONResponse(event_detail(store, event_id))


@router.get("/map", summary="Compact markers (or a grid of counts) for the map")
def map_(request: Request, store: StoreDep, query: QueryDep) -> Response:
    from . import basemap

    # country-only events are drawn at the basemap's label points when it is installed
    key = ("map", query, basemap.is_available())
    return kept(request, store, key, lambda _: queries.map_points(store, query))


@router.get("/timeline", summary="Events per month, and event intervals for small answers")
def timeline(request: Request, store: StoreDep, query: QueryDep) -> Response:
    return kept(request, store, ("timeline", query), lambda _: queries.timeline(store, query))


@router.get("/actors", summary="Actors with their number of events")
def actors(request: Request, store: StoreDep, limit: Annotated[int, Q(ge=1, le=5000)] = 500) -> Response:
    return kept(request, store, ("actors", limit), lambda _: {"items": queries.actors(store, limit)})


@router.get("/places", summary="Places where events happened")
def places(request: Request, store: StoreDep, limit: Annotated[int, Q(ge=1, le=5000)] = 500) -> Response:
    return kept(request, store, ("places", limit), lambda _: {"items": queries.places(store, limit)})


def _date(value: str | None, name: str, *, end: bool = False) -> str | None:
    """A date parameter as the first (``end``: last) ISO day it covers; None when absent."""
    return userdate.bound(value, name, end=end)


@router.get("/presence", summary="Who is present where: actor × place with intervals and strength")
def presence(
    request: Request,
    store: StoreDep,
    actor: Annotated[str | None, Q(description="actor name, id or alias (substring)")] = None,
    country: Annotated[str | None, Q(description="ISO 3166 alpha-2 code, e.g. ML")] = None,
    at: Annotated[str | None, Q(description="presences as known at the end of this date (YYYY, YYYY-MM or YYYY-MM-DD)")] = None,
    min_sources: Annotated[int, Q(ge=0, le=1000, description="at least this many independent sources")] = 0,
    limit: Annotated[int, Q(ge=1, le=MAX_LIMIT)] = DEFAULT_LIMIT,
    offset: Annotated[int, Q(ge=0, le=MAX_OFFSET)] = 0,
) -> Response:
    flt = userfilter.presence_filter(actor=actor, country=country, at=at, flag="")
    key = ("presence", flt.actor, flt.country, flt.at, min_sources, limit, offset)
    return kept(request, store, key, lambda version: queries.presence(
        store, actor=flt.actor, country=flt.country, at=flt.at, min_sources=min_sources, limit=limit, offset=offset,
        version=version,
    ))


@router.get("/changes", summary="New and ended presences, new strength estimates and new events since a date")
def changes(store: StoreDep, since: Annotated[str, Q(description="YYYY, YYYY-MM or YYYY-MM-DD (from its first day)")]) -> JSONResponse:
    return JSONResponse(queries.changes(store, since=userdate.parse(since, "since").start))


@router.get("/search", summary="Full-text search over documents and evidence sentences")
def search(
    store: StoreDep,
    q: Annotated[str, Q(min_length=1, max_length=300)],
    limit: Annotated[int, Q(ge=1, le=MAX_LIMIT)] = 50,
) -> JSONResponse:
    return JSONResponse(search_results(store, q, limit))


def search_results(store: Store, q: str, limit: int) -> dict[str, Any]:
    q = Query.parse({"q": q}).q or ""  # normalized; control characters refused (a NUL would end an FTS5 string)
    finder = getattr(store, "search_hits", None)
    hits = finder(q, limit=limit) if finder and q else []
    docs = []
    for h in hits:
        pieces = snippet_pieces(h["snippet"] or "")
        docs.append({
            "id": h["doc_id"],
            "title": h["title"],
            "snippet": "".join(p["text"] for p in pieces),
            "snippet_pieces": pieces,
            "links": {"self": f"/api/v1/documents/{h['doc_id']}", "html": f"/documents/{h['doc_id']}"},
        })
    evs = queries.list_events(store, Query(q=q, limit=limit))["items"] if q else []
    return {"q": q, "documents": docs, "events": evs}


def snippet_pieces(snippet: str) -> list[dict[str, Any]]:
    """A search snippet as text pieces, ``kind`` "hit" for matched terms; the template marks
    them, the text itself is only ever escaped. Marker characters are dropped from the text."""
    from ..store.sqlite import HIT_END, HIT_START

    out: list[dict[str, Any]] = []
    kind = None
    buf: list[str] = []
    for ch in snippet:
        if ch in (HIT_START, HIT_END):
            if buf:
                out.append({"text": "".join(buf), "kind": kind})
                buf = []
            kind = "hit" if ch == HIT_START else None
        else:
            buf.append(ch)
    if buf:
        out.append({"text": "".join(buf), "kind": kind})
    return out


@router.get("/basemap", summary="Country borders for the offline map (Natural Earth, simplified)")
def basemap() -> JSONResponse:
    from ..errors import FootprintError
    from . import basemap as bm

    try:
        world = bm.world()
    except FootprintError as exc:  # its message names the server's files: for the log, not the client
        import logging

        logging.getLogger("footprint.serve").error("basemap unavailable: %s", exc)
        raise ApiError(503, "the offline basemap is not installed on this server", "basemap_unavailable") from None
    return JSONResponse(world, headers={"Cache-Control": "public, max-age=86400"})


# --- writing ----------------------------------------------------------------------


@router.post(
    "/documents",
    summary="Add a report: upload a file or submit an http(s) URL; it is read, extracted, stored and fused",
    status_code=201,
    responses={
        400: {"description": "the input could not be read"},
        403: {"description": "the server is read-only"},
        413: {"description": "the upload is too large"},
        503: {"description": "ingest is not available in this build"},
    },
)
async def add_document(
    request: Request,
    file: Annotated[UploadFile | None, File(description="a report: .txt, .md, .html, .jsonl, RSS/Atom")] = None,
    url: Annotated[str | None, Form(max_length=2000, description="an http(s) URL to fetch")] = None,
    token: Annotated[str | None, Form(max_length=100, description="the add form's token (browsers without Origin)")] = None,
) -> JSONResponse:
    from .upload import add_report

    result = await add_report(request, file, url, token)
    return JSONResponse(result, status_code=result_status(result))


def result_status(result: dict[str, Any]) -> int:
    """201 added, 202 still queued or running (see the job), 400 nothing added."""
    if result.get("job", {}).get("status") in ("queued", "running"):
        return 202
    return 201 if result["ok"] else 400


@router.get("/jobs/{job_id}", summary="An ingest started from the web: queued, running, done or failed, with its result")
def job(request: Request, job_id: Annotated[str, Path(pattern=r"^[0-9a-f]{16}$")]) -> JSONResponse:
    found = request.app.state.jobs.get(job_id)
    if found is None:
        raise ApiError(404, f"no job {job_id} (finished jobs are kept: the latest 1,000)", "not_found")
    return JSONResponse(found.to_json())


def refuse_if_read_only(request: Request) -> None:
    if request.app.state.config.read_only:
        raise ApiError(403, "this server is read-only: it cannot add reports", "read_only")
