"""What the web app reads from the store, shaped for JSON.

Every read goes through the store's public methods with an ``EventFilter``.
The map, timeline and the actor/place summaries need only a few columns of many
events: the SQLite store's view methods (``event_rows``, ``event_months``,
``event_grid``, ``actor_summary``, ``place_summary``, ``event_facets``,
``independent_sources``) answer them with compact rows. Another ``Store``
without them gets event lists through ``Store.events`` and a clear error for the
views. Presence and changes come from ``footprint.fuse`` when it is installed.
"""

from __future__ import annotations

import importlib
import json
import logging
import threading
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from .. import userfilter
from ..errors import ConfigError
from ..model import Event, _to_json
from ..store import EventFilter, Store

log = logging.getLogger("footprint.serve")

DEFAULT_LIMIT = 200
MAX_LIMIT = 1000
#: Deepest offset a list accepts (larger numbers would overflow SQLite's integers).
MAX_OFFSET = 10_000_000
#: Record ids (hex hashes) or a prefix of one: letters, digits and dashes, so that
#: no LIKE wildcard (% _) reaches the store's prefix look-up.
ID_PATTERN = r"^[0-9A-Za-z-]+$"
#: The map draws individual markers up to this many events, then a grid of counts.
MAP_POINTS = 3000

EVENT_FIELDS = ("actor", "type", "country", "place", "since", "until", "modality", "min_sources", "bbox", "q")


@dataclass(frozen=True)
class Query:
    """The event filters every list, map and timeline view accepts (validated); dates are
    the ISO days the typed values cover (``since=2024`` is 2024-01-01)."""

    actor: str | None = None
    type: str | None = None
    country: str | None = None
    place: str | None = None
    since: str | None = None
    until: str | None = None
    modality: str | None = None
    min_sources: int | None = None
    bbox: tuple[float, float, float, float] | None = None
    q: str | None = None
    limit: int = DEFAULT_LIMIT
    offset: int = 0

    @classmethod
    def parse(cls, params: dict[str, Any]) -> "Query":
        """The filters from query parameters, checked by the same rules as the CLI's options
        (``footprint.userfilter``); a bad value is a ``ConfigError`` naming the parameter."""
        flt = userfilter.event_filter(
            actor=params.get("actor"),
            type=params.get("type"),
            country=params.get("country"),
            place=params.get("place"),
            since=params.get("since"),
            until=params.get("until"),
            modality=params.get("modality"),
            bbox=params.get("bbox"),
            query=params.get("q"),
            flag="",
        )

        def integer(name: str, default: int | None, lo: int, hi: int) -> int | None:
            value = userfilter.text(params.get(name), name, 12)
            if value is None:
                return default
            try:
                n = int(value)
            except ValueError:
                raise ConfigError(f"{value!r} is not a whole number", source=name) from None
            if not lo <= n <= hi:
                raise ConfigError(f"must be between {lo} and {hi}", source=name)
            return n

        return cls(
            actor=flt.actor,
            type=flt.type,
            country=flt.country,
            place=flt.place,
            since=flt.since,
            until=flt.until,
            modality=flt.modality,
            min_sources=integer("min_sources", None, 1, 1000),
            bbox=flt.bbox,
            q=flt.query,
            limit=integer("limit", DEFAULT_LIMIT, 1, MAX_LIMIT) or DEFAULT_LIMIT,
            offset=integer("offset", 0, 0, MAX_OFFSET) or 0,
        )

    def event_filter(self, *, limit: int | None = None, offset: int | None = None) -> EventFilter:
        return EventFilter(
            actor=self.actor,
            type=self.type,
            country=self.country,
            place=self.place,
            since=self.since,
            until=self.until,
            modality=self.modality,
            bbox=self.bbox,
            query=self.q,
            limit=self.limit if limit is None else limit,
            offset=self.offset if offset is None else offset,
        )

    def params(self) -> dict[str, str]:
        """The filters as query-string parameters (for links)."""
        out: dict[str, str] = {}
        for name in EVENT_FIELDS:
            value = getattr(self, name)
            if value is None:
                continue
            out[name] = ",".join(str(v) for v in value) if name == "bbox" else str(value)
        return out


# --- fusion (optional) ----------------------------------------------------------


def fuse_module():
    """``footprint.fuse``, or None where this build lacks it."""
    try:
        return importlib.import_module("footprint.fuse")
    except ImportError:
        return None


def source_counts(store: Store, event_ids: list[str]) -> dict[str, int] | None:
    """Independent sources behind each event's fused cluster; None when fusion is absent.

    Events fusion has not clustered are missing from the answer (callers count them as one source)."""
    counter = getattr(store, "independent_sources", None)
    if counter is None or not event_ids or fuse_module() is None:
        return None
    return counter(event_ids)


def incident_of(store: Store, event_id: str) -> dict[str, Any] | None:
    """The fused incident an event belongs to, as a reader checks a claim: every report of it (publisher,
    claimant, modality, numbers, sentence) and its independent-source count; None without fusion data.

    Reports are listed whatever their voice; ``independent_sources`` is fusion's own count, where copies
    and reports of one voice count once."""
    conn = getattr(store, "conn", None)
    if conn is None or fuse_module() is None:
        return None
    import sqlite3

    from ..fuse.repository import FusionRepository

    repo = FusionRepository(conn)
    try:
        cid = repo.cluster_of([event_id]).get(event_id)
        cluster = next(iter(repo.clusters(ids=[cid])), None) if cid else None
    except sqlite3.OperationalError:  # a store older than fusion has no fuse tables: no incident to show
        return None
    if cluster is None:
        return None
    reports = [{
        "event_id": it["event_id"], "doc_id": it["doc_id"], "published": it.get("published"),
        "publishers": it.get("publishers") or [], "claimant": it.get("claimant"), "modality": it.get("modality"),
        "type": it.get("type"), "quantities": [{k: q.get(k) for k in ("kind", "min", "max", "approximate", "unit", "text", "side")}
                                                for q in it.get("quantities") or []],
        "sentence": it.get("sentence"), "this": it["event_id"] == event_id,
    } for it in cluster.get("items") or []]
    reports.sort(key=lambda r: (r["published"] or "", r["event_id"]))
    return {"id": cluster["id"], "independent_sources": cluster.get("independent_sources"),
            "sources": cluster.get("sources") or [], "contradictions": cluster.get("contradictions") or [],
            "reports": reports}


# --- events ---------------------------------------------------------------------


def event_json(e: Event, sources: int | None = None) -> dict[str, Any]:
    return _with_links(e.to_json(), sources)


def _page(store: Store, q: Query, limit: int, offset: int) -> list[dict[str, Any]]:
    """Events as interchange JSON, in the store's order (date, document, position)."""
    flt = q.event_filter(limit=limit, offset=offset)
    if not hasattr(store, "event_rows"):  # another Store implementation: go through its interface
        return [e.to_json() for e in store.events(flt)]
    # The stored JSON is the interchange record already; reading it directly skips
    # rebuilding and re-serialising every Event, which dominates a page's cost.
    return [json.loads(r[0]) for r in store.event_rows(flt, ["json"])]


def _with_links(d: dict[str, Any], sources: int | None) -> dict[str, Any]:
    d["links"] = {"self": f"/api/v1/events/{d['id']}", "html": f"/events/{d['id']}", "document": f"/api/v1/documents/{d['doc_id']}"}
    if sources is not None:
        d["independent_sources"] = sources
    return d


def list_events(store: Store, q: Query) -> dict[str, Any]:
    """One page of events. With ``min_sources`` the page is filled from fused counts."""
    items: list[tuple[dict[str, Any], int | None]] = []
    if q.min_sources and q.min_sources > 1:
        skipped, offset, batch = 0, 0, max(q.limit * 4, 200)
        while len(items) <= q.limit:
            page = _page(store, q, batch, offset)
            if not page:
                break
            counts = source_counts(store, [e["id"] for e in page]) or {}
            for e in page:
                n = counts.get(e["id"], 1)
                if n >= q.min_sources:
                    if skipped < q.offset:
                        skipped += 1
                    else:
                        items.append((e, n))
            offset += batch
    else:
        page = _page(store, q, q.limit + 1, q.offset)
        counts = source_counts(store, [e["id"] for e in page])
        items = [(e, counts.get(e["id"]) if counts is not None else None) for e in page]
    more = len(items) > q.limit
    items = items[: q.limit]
    return {
        "items": [_with_links(e, n) for e, n in items],
        "limit": q.limit,
        "offset": q.offset,
        "next_offset": q.offset + q.limit if more else None,
        "filters": q.params(),
    }


def _views(store: Store) -> Any:
    if not hasattr(store, "event_rows"):
        raise ConfigError("this view needs a store with event views (the SQLite store)")
    return store


def map_points(store: Store, q: Query) -> dict[str, Any]:
    """Compact markers: ``[id, lat, lon, precision, type, date_start, date_end, country]``.

    Above ``MAP_POINTS`` matching events the answer is a grid of counts instead
    (``cells``: ``[lat, lon, count]``), finer for a smaller bbox."""
    from . import basemap

    views = _views(store)
    cols = ["id", "lat", "lon", "precision", "type", "date_start", "date_end", "country"]
    rows = views.event_rows(q.event_filter(limit=MAP_POINTS + 1, offset=0), cols, ordered=False)
    labels: dict[str, tuple[float, float]] | None = None
    if len(rows) <= MAP_POINTS:
        points, unplaced = [], 0
        for r in rows:
            lat, lon, precision = r[1], r[2], r[3]
            if (lat is None or lon is None) and r[7]:
                # known only by country: draw at a point inside the country, marked as such
                if labels is None:
                    labels = basemap.country_labels() if basemap.is_available() else {}
                lat, lon = labels.get(r[7], (None, None))
                precision = "country"
            if lat is None or lon is None:
                unplaced += 1
                continue
            points.append([r[0], round(lat, 4), round(lon, 4), precision or "unknown", r[4], r[5], r[6], r[7]])
        if q.min_sources and q.min_sources > 1:
            counts = source_counts(store, [p[0] for p in points]) or {}
            points = [p for p in points if counts.get(p[0], 1) >= q.min_sources]
        return {"mode": "points", "points": points, "unplaced": unplaced, "filters": q.params()}
    west, south, east, north = q.bbox or (-180.0, -90.0, 180.0, 90.0)
    cell = max((east - west) / 64, (north - south) / 64, 0.01)
    agg = views.event_grid(q.event_filter(limit=None, offset=0), cell)
    cells = [[round((gy + 0.5) * cell - 90, 4), round((gx + 0.5) * cell - 180, 4), n] for gy, gx, n in agg]
    return {"mode": "cells", "cell_deg": cell, "cells": cells, "filters": q.params()}


def timeline(store: Store, q: Query) -> dict[str, Any]:
    """Events per month, and (for at most 500 dated events) each event's date interval."""
    views = _views(store)
    months = views.event_months(q.event_filter(limit=None, offset=0))
    dated = sum(n for _, n in months)
    intervals = None
    if dated <= 500:
        # the store's order puts dated events first, so the first `dated` rows are all of them
        rows = views.event_rows(q.event_filter(limit=dated, offset=0), ["id", "date_start", "date_end", "type"]) if dated else []
        intervals = [[i, start, end or start, type_] for i, start, end, type_ in rows if start]
    return {"months": [[m, n] for m, n in months], "intervals": intervals, "filters": q.params()}


def actors(store: Store, limit: int = 500) -> list[dict[str, Any]]:
    return [
        {
            "id": r["actor_id"],
            "name": r["name"],
            "events": r["events"],
            "first": r["first"],
            "last": r["last"],
            "roles": sorted(set((r["roles"] or "").split(","))),
            "links": {"events": "/events?" + urlencode({"actor": r["actor_id"] or r["name"]})},
        }
        for r in _views(store).actor_summary(limit)
    ]


def facets(store: Store) -> dict[str, Any]:
    """Values the filter form offers: event types, countries, modalities, main actors."""
    found = _views(store).event_facets(200)
    return {**found, "actors": sorted(found["actors"], key=str.lower)}


def places(store: Store, limit: int = 500) -> list[dict[str, Any]]:
    return _views(store).place_summary(limit)


def place_row_filters(row: dict[str, Any]) -> dict[str, str] | None:
    """The event filters that list exactly the events a ``places`` row counts: the whole name at its
    precision ("Mali [country]" is the events placed at the country, not every event in it), the country, and
    the box of points that round to the row's point. None for a row without a name."""
    if not row.get("name"):
        return None
    out = {"place": f"{row['name']} [{row['precision']}]" if row.get("precision") else str(row["name"])}
    if row.get("country"):
        out["country"] = str(row["country"])
    if row.get("lat") is not None and row.get("lon") is not None:
        # the summary groups points rounded to 3 decimals: the box is that rounding's half step each way
        lat, lon, half = float(row["lat"]), float(row["lon"]), 0.0005
        out["bbox"] = ",".join(f"{v:.4f}" for v in (max(lon - half, -180), max(lat - half, -90),
                                                     min(lon + half, 180), min(lat + half, 90)))
    return out


# --- presence and changes -------------------------------------------------------

NO_FUSION = "presence and changes come from fusion (footprint.fuse), which is not installed in this build"


#: Presence items per filter set, for one store version at a time (see ``store_version``).
_presence_cache: dict[tuple, list[dict[str, Any]]] = {}
_presence_version: list[tuple | None] = [None]
_presence_lock = threading.Lock()
#: ``presence(version=...)`` not given: the store is asked.
_ASK = object()


def store_version(store: Store) -> tuple | None:
    """The one place the web app learns whether the store changed: ``Store.version()``, a
    counter every write transaction raises, with the store's id (see ``store.sqlite``).
    Both caches of derived answers (``api.KeptAnswers`` and the presence items here) key on
    it, read once per request; None: the store cannot tell, so nothing is kept."""
    version = getattr(store, "version", None)
    return version() if callable(version) else None


def presence(
    store: Store,
    *,
    actor: str | None = None,
    country: str | None = None,
    at: str | None = None,
    min_sources: int = 0,
    limit: int | None = None,
    offset: int = 0,
    version: Any = _ASK,
) -> dict[str, Any]:
    """Presence records from fusion, paginated. Fusion summarises every presence on each
    query, so answers are kept until the store changes. ``version``: the store version the
    caller read for this request (the API passes the one its kept answer is filed under),
    else it is read here."""
    fuse = fuse_module()
    if fuse is None or not hasattr(fuse, "presences"):
        return {"items": [], "note": NO_FUSION}
    if version is _ASK:
        version = store_version(store)
    key = (actor, country, at, min_sources)
    with _presence_lock:
        items = _presence_cache.get(key) if version and version == _presence_version[0] else None
    if items is None:
        rows = fuse.presences(store, actor=actor, country=country, at=at, min_sources=min_sources)
        shape = getattr(fuse, "presence_row", None)
        items = [shape(r) if shape else _to_json(r) for r in rows]
        for item in items:
            item["links"] = {"events": [f"/events/{e}" for e in item.get("evidence") or []]}
        if version:
            with _presence_lock:
                # a new version makes every kept list stale; a long run of filters must not grow without bound
                if version != _presence_version[0] or len(_presence_cache) > 32:
                    _presence_cache.clear()
                    _presence_version[0] = version
                _presence_cache[key] = items
    total = len(items)
    page = items[offset : offset + limit] if limit is not None else items[offset:]
    return {
        "items": page,
        "total": total,
        "limit": limit,
        "offset": offset,
        "next_offset": offset + len(page) if limit is not None and offset + len(page) < total else None,
    }


def changes(store: Store, *, since: str) -> dict[str, Any]:
    fuse = fuse_module()
    if fuse is None or not hasattr(fuse, "changes"):
        return {"since": since, "items": [], "note": NO_FUSION}
    result = fuse.changes(store, since)
    if isinstance(result, dict):
        return {**_to_json(result), "since": since}
    return {"since": since, "items": _to_json(list(result))}
