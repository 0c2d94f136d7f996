"""The embedded store: one SQLite file, WAL mode, foreign keys on.

Every document is written with its spans and events in one transaction, so a
kill in the middle of an ingest leaves whole documents or none; running the
same ingest again completes it (ids are content hashes).
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ..errors import NotFound, StoreError
from ..model import Document, Event, ExtractionResult, Segment
from .base import AddOutcome, EventFilter, Store
from .migrations import migrate

#: LSH banding of a MinHash signature: 32 bands of 4 values, so pairs down to ~0.45 similarity
#: (below COPY_THRESHOLD) share a band and become candidates.
BANDS = 32


#: Around a matched term in ``SQLiteStore.search_hits`` snippets.
HIT_START, HIT_END = "\x02", "\x03"
#: Columns of ``events`` that ``SQLiteStore.event_rows`` may select.
VIEW_COLUMNS = frozenset({
    "id", "doc_id", "type", "plover", "country", "lat", "lon", "precision", "date_start", "date_end",
    "modality", "claimant", "background", "confidence", "evidence_start", "evidence_end", "json",
})


def _band_hashes(fingerprint: bytes) -> list[str]:
    if not fingerprint:
        return []
    step = max(1, len(fingerprint) // BANDS)
    return [hashlib.sha1(fingerprint[i * step : (i + 1) * step]).hexdigest()[:16] for i in range(BANDS)]


class SQLiteStore(Store):
    def __init__(self, path: str | Path, *, read_only: bool = False):
        self.path = Path(path)
        self.read_only = read_only
        if self.path.is_dir():
            raise StoreError("is a folder, not a store file", source=str(self.path))
        try:
            if read_only:
                if not self.path.exists():
                    raise StoreError(f"no store at {self.path}")
                uri = f"file:{self.path.resolve()}?mode=ro"
                self.conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
            else:
                if self.path.parent and not self.path.parent.exists():
                    self.path.parent.mkdir(parents=True, exist_ok=True)
                self.conn = sqlite3.connect(self.path, check_same_thread=False, timeout=30)
                self.conn.execute("PRAGMA journal_mode=WAL")
                self.conn.execute("PRAGMA synchronous=NORMAL")
            self.conn.row_factory = sqlite3.Row
            self.conn.create_function("footprint_place_matches", 2, _place_matches, deterministic=True)
            self.conn.execute("PRAGMA foreign_keys=ON")
            self._check_is_footprint_store()
            if not read_only:
                migrate(self.conn)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot open store: {exc}", source=str(self.path)) from exc

    def _check_is_footprint_store(self) -> None:
        """Refuse an SQLite file of another application before reading or migrating it: queries
        would fail on missing tables, and migrating would write our tables into someone else's file."""
        tables = sorted(
            r[0] for r in self.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            if not r[0].startswith("sqlite_")
        )
        if "_migrations" in tables:
            return
        if tables:
            shown = ", ".join(tables[:5]) + (", …" if len(tables) > 5 else "")
            raise StoreError(f"not a Footprint store: an SQLite database of something else (tables: {shown})",
                             source=str(self.path))
        if self.read_only:
            raise StoreError("not a Footprint store: an empty database (ingest into it first)", source=str(self.path))

    # -- writing ---------------------------------------------------------------

    @contextmanager
    def transaction(self):
        """Every write goes through here (this store's methods and fusion's alike): a
        transaction that changed any row raises the store's version counter before it
        commits, in the same transaction, so the counter and the data change together."""
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            changes = self.conn.total_changes
            yield self.conn
            if self.conn.total_changes != changes:
                self.conn.execute("UPDATE store_version SET counter = counter + 1")
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise

    def version(self) -> tuple[str, int] | None:
        """(store id, write counter): moves with every committed write, from any connection or
        process, and tells two stores apart. One indexed row, so cheap enough for every request.
        None for a store made before versions (opened read-only, so not migrated yet)."""
        try:
            row = self.conn.execute("SELECT store_id, counter FROM store_version WHERE one = 1").fetchone()
        except sqlite3.OperationalError:
            return None
        return (row[0], row[1]) if row else None

    def add(self, result: ExtractionResult) -> AddOutcome:
        doc_id = result.document.id
        if self.has_document(doc_id):  # answered without taking the write lock
            return self._exists(doc_id)
        return self.add_many([result])[0]

    def _exists(self, doc_id: str) -> AddOutcome:
        return AddOutcome(doc_id, "exists", self._copy_of(doc_id), self._event_count(doc_id))

    # A document new to the store cannot have events stored before (event ids
    # include the document id), so its events skip the clean-up of old search
    # rows: a full scan of events_fts each, which would make loading quadratic.

    def add_many(self, results: Iterable[ExtractionResult], *, near_copies: bool = True) -> list[AddOutcome]:
        """Store many documents in ONE transaction: all of them or, on any error, none.

        Same outcomes as calling ``add`` for each in turn (documents already
        stored, or earlier in the batch, are ``exists``); ``near_copies=False``
        skips the MinHash look-up, for documents whose ``copy_of`` is declared.
        """
        outcomes: list[AddOutcome] = []
        doc: Document | None = None
        try:
            with self.transaction() as conn:
                for result in results:
                    doc = result.document
                    if self.has_document(doc.id):
                        outcomes.append(self._exists(doc.id))
                        continue
                    copy_of = doc.copy_of or (self.near_copy_of(doc) if near_copies else None)
                    self._insert_document(conn, doc, copy_of, result)
                    self._insert_extraction(conn, result, fresh=True)
                    outcomes.append(AddOutcome(doc.id, "copy" if copy_of else "new", copy_of, len(result.events)))
        except sqlite3.Error as exc:
            where = doc.label if doc else "batch"
            raise StoreError(f"cannot store documents (none of the batch was kept): {exc}", source=where) from exc
        return outcomes

    def replace_extraction(self, result: ExtractionResult) -> AddOutcome:
        doc = result.document
        if not self.has_document(doc.id):
            raise NotFound(f"no document {doc.id}")
        with self.transaction() as conn:
            self._delete_extraction(conn, doc.id)
            conn.execute(
                "UPDATE documents SET published=?, published_inferred=?, published_not_before=?,"
                " published_not_after=?, extractor_version=? WHERE id=?",
                (
                    doc.published,
                    int(doc.published_inferred),
                    doc.published_not_before,
                    doc.published_not_after,
                    _version(result),
                    doc.id,
                ),
            )
            self._insert_extraction(conn, result, fresh=True)  # its old events are gone
        return AddOutcome(doc.id, "updated", self._copy_of(doc.id), len(result.events))

    def _insert_document(self, conn, doc: Document, copy_of: str | None, result: ExtractionResult) -> None:
        fingerprint = doc.meta.get("fingerprint") if isinstance(doc.meta.get("fingerprint"), bytes) else None
        if fingerprint is None:
            fingerprint = _fingerprint(doc)
        meta = {k: v for k, v in doc.meta.items() if k != "fingerprint"}
        conn.execute(
            "INSERT INTO documents (id, raw_sha256, text, raw_text, title, source, url, published,"
            " published_inferred, published_not_before, published_not_after, language, format, path,"
            " record_id, segments, copy_of, meta, fingerprint, extractor_version)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                doc.id,
                doc.raw_sha256,
                doc.text,
                doc.raw_text,
                doc.title,
                doc.source,
                doc.url,
                doc.published,
                int(doc.published_inferred),
                doc.published_not_before,
                doc.published_not_after,
                doc.language,
                doc.format,
                doc.path,
                doc.record_id,
                json.dumps([[s.start, s.end, s.kind] for s in doc.segments]),
                copy_of,
                json.dumps(meta, ensure_ascii=False, default=str),
                fingerprint,
                _version(result),
            ),
        )
        conn.executemany(
            "INSERT INTO document_bands (band, hash, doc_id) VALUES (?,?,?)",
            [(i, h, doc.id) for i, h in enumerate(_band_hashes(fingerprint or b""))],
        )
        conn.execute(
            "INSERT INTO documents_fts (doc_id, title, text) VALUES (?,?,?)", (doc.id, doc.title or "", doc.text)
        )

    def _insert_extraction(self, conn, result: ExtractionResult, *, fresh: bool = False) -> None:
        doc_id = result.document.id
        spans: list[tuple] = []
        for a in result.actors:
            spans.append((doc_id, a.start, a.end, "actor", a.name, a.text, _json(a)))
        for p in result.places:
            spans.append((doc_id, p.start, p.end, "place", p.place.name if p.place else None, p.text, _json(p)))
        for t in result.timexes:
            spans.append((doc_id, t.start, t.end, "timex", t.value, t.text, _json(t)))
        for q in result.quantities:
            if q.start >= 0:
                spans.append((doc_id, q.start, q.end, "quantity", q.kind, q.text, _json(q)))
        conn.executemany(
            "INSERT INTO spans (doc_id, start, end, kind, label, text, data) VALUES (?,?,?,?,?,?,?)", spans
        )
        seen: set[str] = set()
        for e in result.events:
            # fresh: the document is new, so only an id repeated within it can have rows to clear
            self._insert_event(conn, e, fresh=fresh and e.id not in seen)
            seen.add(e.id)

    def _insert_event(self, conn, e: Event, *, fresh: bool = False) -> None:
        loc, date = e.location, e.date
        conn.execute(
            "INSERT OR REPLACE INTO events (id, doc_id, type, plover, acled_event_type, acled_sub_event_type,"
            " country, lat, lon, precision, date_start, date_end, modality, claimant, background, confidence,"
            " evidence_start, evidence_end, extractor_version, json) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                e.id,
                e.doc_id,
                e.type,
                e.plover,
                (e.acled or {}).get("event_type"),
                (e.acled or {}).get("sub_event_type"),
                loc.country if loc else None,
                loc.lat if loc else None,
                loc.lon if loc else None,
                loc.precision if loc else None,
                date.start if date else None,
                date.end if date else None,
                e.attribution.modality,
                e.attribution.claimant,
                int(e.background),
                e.confidence,
                e.evidence.start,
                e.evidence.end,
                e.extractor_version,
                json.dumps(e.to_json(), ensure_ascii=False),
            ),
        )
        if not fresh:
            conn.execute("DELETE FROM event_actors WHERE event_id=?", (e.id,))
        conn.executemany(
            "INSERT INTO event_actors (event_id, actor_id, name, role) VALUES (?,?,?,?)",
            [(e.id, a.id, a.name, a.role) for a in e.actors],
        )
        if not fresh:
            conn.execute("DELETE FROM events_fts WHERE event_id=?", (e.id,))
        conn.execute("INSERT INTO events_fts (event_id, sentence) VALUES (?,?)", (e.id, e.evidence.sentence))

    def _delete_extraction(self, conn, doc_id: str) -> None:
        conn.execute("DELETE FROM spans WHERE doc_id=?", (doc_id,))
        # one pass over the search table per document, not one per event
        conn.execute("DELETE FROM events_fts WHERE event_id IN (SELECT id FROM events WHERE doc_id=?)", (doc_id,))
        conn.execute("DELETE FROM events WHERE doc_id=?", (doc_id,))

    # -- reading ---------------------------------------------------------------

    def has_document(self, doc_id: str) -> bool:
        return self.conn.execute("SELECT 1 FROM documents WHERE id=?", (doc_id,)).fetchone() is not None

    def get_document(self, doc_id: str) -> Document:
        if not doc_id.strip():  # an empty prefix would match every document
            raise NotFound("an empty document id names no document")
        rows = self.conn.execute(f"SELECT * FROM documents WHERE {_PREFIX} LIMIT 2", (doc_id, doc_id)).fetchall()
        if len(rows) != 1:
            raise NotFound(f"no document {doc_id!r}" if not rows else f"document id {doc_id!r} is ambiguous")
        return _row_to_document(rows[0])

    def documents(self, *, limit: int | None = None, offset: int = 0) -> Iterator[Document]:
        sql = "SELECT * FROM documents ORDER BY ingested_at, id LIMIT ? OFFSET ?"
        for row in self.conn.execute(sql, (-1 if limit is None else limit, offset)):
            yield _row_to_document(row)

    def count(self, what: str) -> int:
        if what not in {"documents", "events", "spans"}:
            raise StoreError(f"cannot count {what!r}")
        return self.conn.execute(f"SELECT count(*) FROM {what}").fetchone()[0]

    def events(self, flt: EventFilter = EventFilter()) -> Iterator[Event]:
        sql, params = self._event_query(flt)
        for row in self.conn.execute(sql, params):
            yield Event.from_json(json.loads(row["json"]))

    def _event_query(self, flt: EventFilter) -> tuple[str, list[Any]]:
        where, params = self._view_where(flt)
        sql = "SELECT e.json FROM events e" + where
        sql += " ORDER BY COALESCE(e.date_start, '9999'), e.doc_id, e.evidence_start, e.id LIMIT ? OFFSET ?"
        params += [-1 if flt.limit is None else flt.limit, flt.offset]
        return sql, params

    def get_event(self, event_id: str) -> Event:
        if not event_id.strip():  # an empty prefix would match every event
            raise NotFound("an empty event id names no event")
        rows = self.conn.execute(f"SELECT json FROM events WHERE {_PREFIX} LIMIT 2", (event_id, event_id)).fetchall()
        if len(rows) != 1:
            raise NotFound(f"no event {event_id!r}" if not rows else f"event id {event_id!r} is ambiguous")
        return Event.from_json(json.loads(rows[0]["json"]))

    def spans(self, doc_id: str) -> list[dict[str, Any]]:
        rows = self.conn.execute(
            "SELECT start, end, kind, label, text, data FROM spans WHERE doc_id=? ORDER BY start, end", (doc_id,)
        )
        return [dict(r) | {"data": json.loads(r["data"])} for r in rows]

    def search_documents(self, query: str, limit: int = 50) -> list[dict[str, Any]]:
        rows = self.conn.execute(
            "SELECT doc_id, title, snippet(documents_fts, 2, '[', ']', '…', 12) AS snippet"
            " FROM documents_fts WHERE documents_fts MATCH ? LIMIT ?",
            (_fts_query(query), limit),
        )
        return [dict(r) for r in rows]

    def near_copy_of(self, document: Document) -> str | None:
        from ..ingest.fingerprint import COPY_THRESHOLD, similarity

        fingerprint = _fingerprint(document)
        bands = _band_hashes(fingerprint or b"")
        if not bands:
            return None
        clauses = " OR ".join("(band=? AND hash=?)" for _ in bands)
        params = [x for i, h in enumerate(bands) for x in (i, h)]
        candidates = self.conn.execute(
            f"SELECT DISTINCT d.id, d.fingerprint, d.copy_of FROM document_bands b JOIN documents d ON d.id=b.doc_id"
            f" WHERE ({clauses}) AND d.id != ? ORDER BY d.ingested_at, d.id",
            params + [document.id],
        ).fetchall()
        for row in candidates:
            if row["fingerprint"] and similarity(fingerprint, row["fingerprint"]) >= COPY_THRESHOLD:
                return row["copy_of"] or row["id"]
        return None

    def _copy_of(self, doc_id: str) -> str | None:
        row = self.conn.execute("SELECT copy_of FROM documents WHERE id=?", (doc_id,)).fetchone()
        return row[0] if row else None

    def _event_count(self, doc_id: str) -> int:
        return self.conn.execute("SELECT count(*) FROM events WHERE doc_id=?", (doc_id,)).fetchone()[0]

    # -- views: compact rows of many events (the web app's map, timeline, summaries) ----
    # Parameterized SQL only; column names come from VIEW_COLUMNS, never from the caller's text.

    def event_rows(self, flt: EventFilter, columns: Iterable[str], *, ordered: bool = True) -> list[tuple]:
        """``columns`` (names in ``VIEW_COLUMNS``) of the events matching ``flt``; in the
        order of ``events`` when ``ordered``, with ``flt.limit``/``flt.offset`` applied."""
        names = list(columns)
        unknown = [c for c in names if c not in VIEW_COLUMNS]
        if unknown or not names:
            raise StoreError(f"cannot select event columns {unknown or names!r}")
        where, params = self._view_where(flt)
        sql = f"SELECT {', '.join('e.' + c for c in names)} FROM events e{where}"
        if ordered:
            sql += " ORDER BY COALESCE(e.date_start, '9999'), e.doc_id, e.evidence_start, e.id"
        sql += " LIMIT ? OFFSET ?"
        return [tuple(r) for r in self.conn.execute(sql, params + [-1 if flt.limit is None else flt.limit, flt.offset])]

    def event_months(self, flt: EventFilter) -> list[tuple[str, int]]:
        """(YYYY-MM, number of events) for the dated events matching ``flt``, by month."""
        where, params = self._view_where(flt, "e.date_start IS NOT NULL")
        sql = f"SELECT substr(e.date_start, 1, 7) AS m, count(*) FROM events e{where} GROUP BY m ORDER BY m"
        return [(m, n) for m, n in self.conn.execute(sql, params)]

    def event_grid(self, flt: EventFilter, cell_deg: float) -> list[tuple[int, int, int]]:
        """(row, column, number of events) on a grid of ``cell_deg`` degrees from (-90, -180)."""
        if not cell_deg > 0:
            raise StoreError("grid cells must be larger than 0 degrees")
        where, params = self._view_where(flt, "e.lat IS NOT NULL AND e.lon IS NOT NULL")
        sql = (
            "SELECT CAST((e.lat + 90) / ? AS INTEGER) AS gy, CAST((e.lon + 180) / ? AS INTEGER) AS gx, count(*)"
            f" FROM events e{where} GROUP BY gy, gx"
        )
        return [(gy, gx, n) for gy, gx, n in self.conn.execute(sql, [cell_deg, cell_deg] + params)]

    def actor_summary(self, limit: int = 500) -> list[dict[str, Any]]:
        """Actors with their number of events, first and last dates and roles, most active first."""
        rows = self.conn.execute(
            "SELECT a.actor_id, min(a.name) AS name, count(DISTINCT a.event_id) AS events,"
            " min(e.date_start) AS first, max(COALESCE(e.date_end, e.date_start)) AS last,"
            " group_concat(DISTINCT a.role) AS roles"
            " FROM event_actors a JOIN events e ON e.id = a.event_id"
            " GROUP BY COALESCE(a.actor_id, lower(a.name)) ORDER BY events DESC, name LIMIT ?",
            (limit,),
        )
        return [dict(r) for r in rows]

    def place_summary(self, limit: int = 500) -> list[dict[str, Any]]:
        """Places of events (name, country, precision, rounded lat/lon) with counts and dates."""
        rows = self.conn.execute(
            "SELECT json_extract(e.json, '$.location.name') AS name, e.country, e.precision,"
            " round(e.lat, 3) AS lat, round(e.lon, 3) AS lon, count(*) AS events,"
            " min(e.date_start) AS first, max(COALESCE(e.date_end, e.date_start)) AS last"
            " FROM events e WHERE e.lat IS NOT NULL OR e.country IS NOT NULL"
            " GROUP BY name, e.country, e.precision, round(e.lat, 3), round(e.lon, 3)"
            " ORDER BY events DESC, name LIMIT ?",
            (limit,),
        )
        return [dict(r) for r in rows]

    def event_facets(self, actors: int = 200) -> dict[str, list[str]]:
        """Distinct event types, countries and modalities, and the names of the most frequent actors."""
        conn = self.conn
        return {
            "types": [r[0] for r in conn.execute("SELECT DISTINCT type FROM events ORDER BY type")],
            "countries": [r[0] for r in conn.execute(
                "SELECT DISTINCT country FROM events WHERE country IS NOT NULL ORDER BY country")],
            "modalities": [r[0] for r in conn.execute(
                "SELECT DISTINCT modality FROM events WHERE modality IS NOT NULL ORDER BY modality")],
            "actors": [r[0] for r in conn.execute(
                "SELECT min(name) FROM event_actors GROUP BY COALESCE(actor_id, lower(name))"
                " ORDER BY count(*) DESC LIMIT ?", (actors,))],
        }

    def independent_sources(self, event_ids: Iterable[str]) -> dict[str, int] | None:
        """Independent sources behind each event's fused cluster (events fusion has not
        clustered are absent); None for a store without fusion's tables."""
        ids = list(event_ids)
        out: dict[str, int] = {}
        try:
            for i in range(0, len(ids), 500):
                chunk = ids[i : i + 500]
                marks = ",".join("?" * len(chunk))
                for eid, n in self.conn.execute(
                    "SELECT f.event_id, c.independent_sources FROM fuse_events f"
                    f" JOIN fuse_clusters c ON c.id = f.cluster_id WHERE f.event_id IN ({marks})",
                    chunk,
                ):
                    out[eid] = int(n)
        except sqlite3.OperationalError:
            return None
        return out

    def search_hits(self, query: str, limit: int = 50) -> list[dict[str, Any]]:
        """Documents matching ``query`` (each term quoted: FTS5 syntax in it is inert), with a
        snippet whose matched terms sit between ``HIT_START`` and ``HIT_END`` (control
        characters, so no text of a report is mistaken for a marker or for markup)."""
        rows = self.conn.execute(
            "SELECT doc_id, title, snippet(documents_fts, 2, ?, ?, '…', 12) AS snippet"
            " FROM documents_fts WHERE documents_fts MATCH ? ORDER BY rank LIMIT ?",
            (HIT_START, HIT_END, _fts_query(query), limit),
        )
        return [dict(r) for r in rows]

    def _longest_event_days(self) -> int:
        """Days from start to end of the longest dated event plus one, kept until the store changes."""
        key = self.version() or tuple(self.conn.execute("SELECT count(*), max(rowid) FROM events").fetchone())
        cached = getattr(self, "_longest_cache", None)
        if cached is None or cached[0] != key:
            row = self.conn.execute(
                "SELECT max(julianday(date_end) - julianday(date_start)) FROM events WHERE date_start IS NOT NULL"
            ).fetchone()
            days = max(0, int(-(-(row[0] or 0) // 1))) + 1
            self._longest_cache = cached = (key, days)
        return cached[1]

    def _view_where(self, flt: EventFilter, *extra: str) -> tuple[str, list[Any]]:
        """WHERE over ``events e`` with ``EventFilter`` semantics (the actor is a literal
        substring: % and _ in it match themselves). Date filters also bound the events
        index's leading expression by the longest stored interval: same answer, no scan
        of every older event."""
        where, params = list(extra), []
        if flt.actor:
            like = "%" + flt.actor.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            where.append(
                "e.id IN (SELECT event_id FROM event_actors WHERE actor_id = ? OR name LIKE ? ESCAPE '\\')"
            )
            params += [flt.actor, like]
        for column, value in (("type", flt.type), ("country", flt.country and flt.country.upper()),
                              ("doc_id", flt.doc_id), ("modality", flt.modality)):
            if value:
                where.append(f"e.{column} = ?")
                params.append(value)
        if flt.since or flt.until:
            span = self._longest_event_days()
            if flt.since:
                where.append("COALESCE(e.date_end, e.date_start) >= ? AND COALESCE(e.date_start, '9999') >= date(?, ?)")
                params += [flt.since, flt.since, f"-{span} days"]
            if flt.until:
                where.append("e.date_start <= ? AND COALESCE(e.date_start, '9999') <= ?")
                params += [flt.until, flt.until]
        if flt.bbox:
            west, south, east, north = flt.bbox
            where.append("e.lon BETWEEN ? AND ? AND e.lat BETWEEN ? AND ?")
            params += [west, east, south, north]
        if flt.query:
            where.append("e.id IN (SELECT event_id FROM events_fts WHERE events_fts MATCH ?)")
            params.append(_fts_query(flt.query))
        if flt.place:
            # matched in Python by the rule `footprint fused` uses, so both listings agree on what a name covers
            where.append("footprint_place_matches(json_extract(e.json, '$.location'), ?)")
            params.append(flt.place)
        if not flt.include_background:
            where.append("e.background = 0")
        return (" WHERE " + " AND ".join(where)) if where else "", params

    def close(self) -> None:
        self.conn.close()


def _place_matches(location: str | None, query: str) -> bool:
    """``place_matches`` on a stored location; a value that is no JSON object (a hand-edited row) matches
    nothing: an exception inside SQLite would end the whole listing with no word on which row or why."""
    from ..fuse.queries import place_matches

    try:
        place = json.loads(location) if isinstance(location, str) else None
    except ValueError:
        return False
    return isinstance(place, dict) and place_matches(place, query)


def _fingerprint(doc: Document) -> bytes | None:
    from ..ingest.fingerprint import document_fingerprint

    return document_fingerprint(doc)


#: An id given by its prefix, matched literally (no LIKE wildcards) and through the primary key.
_PREFIX = "id >= ? AND id < ? || char(1114111)"


def _fts_query(query: str) -> str:
    # Quote every term so user input is never parsed as FTS5 syntax; control characters
    # (a NUL ends an FTS5 string early) are not searchable text anyway.
    query = "".join(ch if ch.isprintable() else " " for ch in query)
    terms = [t.replace('"', '""') for t in query.split() if t.strip()]
    return " ".join(f'"{t}"' for t in terms) or '""'


def _json(obj) -> str:
    from ..model import _to_json

    return json.dumps(_to_json(obj), ensure_ascii=False)


def _version(result: ExtractionResult) -> str | None:
    return result.extractor_version or None


def _row_to_document(row: sqlite3.Row) -> Document:
    return Document(
        id=row["id"],
        text=row["text"],
        raw_sha256=row["raw_sha256"],
        raw_text=row["raw_text"],
        title=row["title"],
        source=row["source"],
        url=row["url"],
        published=row["published"],
        published_inferred=bool(row["published_inferred"]),
        published_not_before=row["published_not_before"],
        published_not_after=row["published_not_after"],
        language=row["language"],
        format=row["format"],
        path=row["path"],
        record_id=row["record_id"],
        segments=tuple(Segment(*s) for s in json.loads(row["segments"])),
        copy_of=row["copy_of"],
        meta=json.loads(row["meta"]),
    )


def open_store(path: str | Path, *, read_only: bool = False) -> SQLiteStore:
    return SQLiteStore(path, read_only=read_only)
