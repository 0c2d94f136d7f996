"""The SQL of fusion's tables (migration ``fuse_001_clusters_presences``).

Takes the SQLite store's connection; the ``Store`` interface stays small.
Every ``IN (…)`` list is chunked so large updates stay under SQLite's
variable limit.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import fields
from typing import Any

from ..errors import StoreError
from .blocks import name_block, over_cap
from .event_features import Features

CHUNK = 500


def _chunks(values: Iterable[str]) -> Iterator[list[str]]:
    vals = list(values)
    for i in range(0, len(vals), CHUNK):
        yield vals[i : i + CHUNK]


def _marks(n: int) -> str:
    return ",".join("?" * n)


#: The publication stamp as written in the report's metadata (the readers keep front matter and JSON fields in
#: ``meta`` under their own names; see ``ingest.markdown``): two reports of one day are ordered by the time.
_STAMP = ("COALESCE(json_extract(meta, '$.published'), json_extract(meta, '$.date'),"
          " json_extract(meta, '$.published_at'), json_extract(meta, '$.pubdate'))")
#: a document's row in its copy group: id, group root, then (source, published, not_before, stamp)
_COPY_COLUMNS = f"id, COALESCE(copy_of, id), source, published, published_not_before, {_STAMP}"


def _file_copies(groups: dict[str, list], rows: Iterable[tuple]) -> None:
    """File each ``_COPY_COLUMNS`` row under its root as (doc id, source, published, not_before, stamp)."""
    for r in rows:
        groups.setdefault(r[1], []).append((r[0], *r[2:]))


class FusionRepository:
    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        try:
            conn.execute("SELECT 1 FROM fuse_events LIMIT 1")
        except sqlite3.OperationalError as exc:
            raise StoreError("the store has no fusion tables; open it for writing once to migrate it") from exc

    # -- documents and events (the store's own tables, read only) -------------

    def copy_groups(self, doc_ids: Iterable[str]) -> dict[str, list[tuple[str, str | None, str | None, str | None, str | None]]]:
        """Each document's whole copy group: root id -> [(doc id, source, published, not_before, stamp)].

        ``stamp``: the publication date as the report's own metadata wrote it (front matter, a JSON line),
        time of day included where it has one; the ``published`` column keeps the day only."""
        roots: set[str] = set()
        for chunk in _chunks(set(doc_ids)):
            for r in self.conn.execute(f"SELECT id, copy_of FROM documents WHERE id IN ({_marks(len(chunk))})", chunk):
                roots.add(r[1] or r[0])
        groups: dict[str, list] = {}
        for chunk in _chunks(roots):
            m = _marks(len(chunk))
            _file_copies(groups, self.conn.execute(
                f"SELECT {_COPY_COLUMNS} FROM documents WHERE id IN ({m}) OR copy_of IN ({m})", chunk + chunk))
        return groups

    def all_copy_groups(self) -> dict[str, list[tuple[str, str | None, str | None, str | None, str | None]]]:
        groups: dict[str, list] = {}
        _file_copies(groups, self.conn.execute(f"SELECT {_COPY_COLUMNS} FROM documents"))
        return groups

    def event_ids_of_docs(self, doc_ids: Iterable[str]) -> list[str]:
        out: list[str] = []
        for chunk in _chunks(doc_ids):
            out += [r[0] for r in self.conn.execute(
                f"SELECT id FROM events WHERE doc_id IN ({_marks(len(chunk))})", chunk)]
        return out

    def event_json(self, ids: Iterable[str]) -> dict[str, dict]:
        out: dict[str, dict] = {}
        for chunk in _chunks(ids):
            for r in self.conn.execute(f"SELECT id, json FROM events WHERE id IN ({_marks(len(chunk))})", chunk):
                out[r[0]] = json.loads(r[1])
        return out

    def all_event_json(self) -> Iterator[dict]:
        for r in self.conn.execute("SELECT json FROM events ORDER BY id"):
            yield json.loads(r[0])

    def ingested_at(self, doc_ids: Iterable[str]) -> dict[str, str]:
        out: dict[str, str] = {}
        for chunk in _chunks(doc_ids):
            for r in self.conn.execute(
                f"SELECT id, ingested_at FROM documents WHERE id IN ({_marks(len(chunk))})", chunk
            ):
                out[r[0]] = r[1]
        return out

    # -- event index ------------------------------------------------------------

    def indexed_events_of_docs(self, doc_ids: Iterable[str]) -> list[str]:
        out: list[str] = []
        for chunk in _chunks(doc_ids):
            out += [r[0] for r in self.conn.execute(
                f"SELECT event_id FROM fuse_events WHERE doc_id IN ({_marks(len(chunk))})", chunk)]
        return out

    def unindex(self, event_ids: Iterable[str]) -> None:
        for chunk in _chunks(event_ids):
            m = _marks(len(chunk))
            self.conn.execute(f"DELETE FROM fuse_keys WHERE event_id IN ({m})", chunk)
            self.conn.execute(f"DELETE FROM fuse_links WHERE a IN ({m}) OR b IN ({m})", chunk + chunk)
            self.conn.execute(f"DELETE FROM fuse_events WHERE event_id IN ({m})", chunk)

    def index(self, feats: Iterable[Features], keys: dict[str, list[str]]) -> None:
        self.conn.executemany(
            "INSERT INTO fuse_events (event_id, doc_id, cluster_id, features) VALUES (?,?,NULL,?)",
            [(f.id, f.doc_id, _features_json(f)) for f in feats],
        )
        self.conn.executemany(
            "INSERT INTO fuse_keys (key, event_id) VALUES (?,?)", [(k, i) for i, ks in keys.items() for k in ks]
        )

    def candidates(self, ranges: list[tuple[str, str]]) -> set[str]:
        """Events filed under keys in ``ranges``; none through a name block over ``NAME_BLOCK_CAP``."""
        out: set[str] = set()
        for lo, hi in ranges:
            rows = self.conn.execute("SELECT key, event_id FROM fuse_keys WHERE key BETWEEN ? AND ?",
                                     (lo, hi)).fetchall()
            if name_block(lo) is not None:
                sizes = self.name_block_sizes({name_block(k) for k, _ in rows})
                rows = [(k, i) for k, i in rows if not over_cap(sizes, k)]
            out.update(i for _k, i in rows)
        return out

    def name_block_sizes(self, blocks: Iterable[str | None]) -> dict[str, int]:
        """Events filed under each capped (``name|…`` or ``spell|…``) block."""
        wanted = sorted({b for b in blocks if b})
        out: dict[str, int] = {}
        for chunk in _chunks(wanted):
            out.update(self.conn.execute(
                f"SELECT key, COUNT(*) FROM fuse_keys WHERE key IN ({_marks(len(chunk))}) GROUP BY key", chunk))
        return out

    def name_blocks_of(self, event_ids: Iterable[str]) -> set[str]:
        out: set[str] = set()
        for chunk in _chunks(event_ids):
            out.update(r[0] for r in self.conn.execute(
                f"SELECT key FROM fuse_keys WHERE event_id IN ({_marks(len(chunk))}) "
                "AND (key LIKE 'name|%' OR key LIKE 'spell|%')", chunk))
        return out

    def placeless_docs_in(self, blocks: Iterable[str]) -> set[str]:
        """Documents of the placeless events filed in these capped blocks (their ``noplace…`` twins)."""
        twins = sorted("noplace" + b for b in blocks)
        out: set[str] = set()
        for chunk in _chunks(twins):
            out.update(r[0] for r in self.conn.execute(
                "SELECT DISTINCT e.doc_id FROM fuse_keys k JOIN fuse_events e ON e.event_id = k.event_id "
                f"WHERE k.key IN ({_marks(len(chunk))})", chunk))
        return out

    def features(self, ids: Iterable[str]) -> dict[str, Features]:
        out: dict[str, Features] = {}
        for chunk in _chunks(ids):
            for r in self.conn.execute(
                f"SELECT features FROM fuse_events WHERE event_id IN ({_marks(len(chunk))})", chunk
            ):
                f = _features_from_json(r[0])
                out[f.id] = f
        return out

    def existing(self, ids: Iterable[str]) -> set[str]:
        out: set[str] = set()
        for chunk in _chunks(ids):
            out.update(r[0] for r in self.conn.execute(
                f"SELECT event_id FROM fuse_events WHERE event_id IN ({_marks(len(chunk))})", chunk))
        return out

    def add_links(self, links: Iterable[tuple[str, str, float, tuple[str, ...]]]) -> None:
        self.conn.executemany(
            "INSERT OR REPLACE INTO fuse_links (a, b, score, reasons) VALUES (?,?,?,?)",
            [(a, b, s, json.dumps(list(r))) for a, b, s, r in links],
        )

    def links_touching(self, ids: Iterable[str]) -> list[tuple[str, str, float, list[str]]]:
        out, seen = [], set()
        for chunk in _chunks(ids):
            m = _marks(len(chunk))
            for r in self.conn.execute(
                f"SELECT a, b, score, reasons FROM fuse_links WHERE a IN ({m}) OR b IN ({m})", chunk + chunk
            ):
                if (r[0], r[1]) not in seen:  # a link between two chunks comes back from both
                    seen.add((r[0], r[1]))
                    out.append((r[0], r[1], r[2], json.loads(r[3])))
        return out

    # -- clusters ---------------------------------------------------------------

    def cluster_of(self, event_ids: Iterable[str]) -> dict[str, str]:
        out: dict[str, str] = {}
        for chunk in _chunks(event_ids):
            for r in self.conn.execute(
                f"SELECT event_id, cluster_id FROM fuse_events WHERE event_id IN ({_marks(len(chunk))})"
                " AND cluster_id IS NOT NULL", chunk
            ):
                out[r[0]] = r[1]
        return out

    def members(self, cluster_ids: Iterable[str]) -> set[str]:
        out: set[str] = set()
        for chunk in _chunks(cluster_ids):
            out.update(r[0] for r in self.conn.execute(
                f"SELECT event_id FROM fuse_events WHERE cluster_id IN ({_marks(len(chunk))})", chunk))
        return out

    def cluster_presence_groups(self, cluster_ids: Iterable[str]) -> set[tuple[str, str]]:
        out: set[tuple[str, str]] = set()
        for chunk in _chunks(cluster_ids):
            out.update((r[0], r[1]) for r in self.conn.execute(
                f"SELECT actor_key, country FROM fuse_cluster_actors WHERE cluster_id IN ({_marks(len(chunk))})",
                chunk))
        return out

    def delete_clusters(self, cluster_ids: Iterable[str]) -> None:
        for chunk in _chunks(cluster_ids):
            m = _marks(len(chunk))
            self.conn.execute(f"DELETE FROM fuse_clusters WHERE id IN ({m})", chunk)
            self.conn.execute(f"DELETE FROM fuse_cluster_actors WHERE cluster_id IN ({m})", chunk)

    def write_clusters(self, clusters: list[dict]) -> None:
        self.conn.executemany(
            "INSERT OR REPLACE INTO fuse_clusters (id, type, type_group, country, date_start, date_end, n_events,"
            " independent_sources, json) VALUES (?,?,?,?,?,?,?,?,?)",
            [(c["id"], c["type"], c["group"], (c.get("location") or {}).get("country"), c["date"]["start"],
              c["date"]["end"], len(c["events"]), c["independent_sources"], json.dumps(c, ensure_ascii=False))
             for c in clusters],
        )
        self.conn.executemany(
            "INSERT INTO fuse_cluster_actors (cluster_id, actor_key, country) VALUES (?,?,?)",
            [(c["id"], a["key"], ((c.get("location") or {}).get("country") or "").upper())
             for c in clusters for a in c["actors"]],
        )
        self.conn.executemany(
            "UPDATE fuse_events SET cluster_id=? WHERE event_id=?",
            [(c["id"], e) for c in clusters for e in c["events"]],
        )

    def clusters_for_actor(self, actor_key: str, country: str) -> list[dict]:
        rows = self.conn.execute(
            "SELECT c.json FROM fuse_clusters c JOIN fuse_cluster_actors a ON a.cluster_id = c.id"
            " WHERE a.actor_key = ? AND a.country = ? ORDER BY c.id", (actor_key, country))
        return [json.loads(r[0]) for r in rows]

    def clusters(self, *, ids: Iterable[str] | None = None) -> Iterator[dict]:
        if ids is None:
            for r in self.conn.execute("SELECT json FROM fuse_clusters ORDER BY COALESCE(date_start, '9999'), id"):
                yield json.loads(r[0])
            return
        for chunk in _chunks(ids):
            for r in self.conn.execute(f"SELECT json FROM fuse_clusters WHERE id IN ({_marks(len(chunk))})", chunk):
                yield json.loads(r[0])

    # -- presences --------------------------------------------------------------

    def replace_presences(self, actor_key: str, country: str, presences: list[dict], summaries: dict) -> None:
        self.conn.execute("DELETE FROM fuse_presences WHERE actor_key=? AND country=?", (actor_key, country))
        self.conn.executemany(
            "INSERT OR REPLACE INTO fuse_presences (id, actor_key, country, place_key, precision, start, last_seen,"
            " status, independent_sources, json) VALUES (?,?,?,?,?,?,?,?,?,?)",
            [(p["id"], actor_key, country, p["place"]["key"], p["place"]["precision"],
              summaries[p["id"]]["start"] if summaries.get(p["id"]) else None,
              summaries[p["id"]]["last_seen"] if summaries.get(p["id"]) else None,
              summaries[p["id"]]["status"] if summaries.get(p["id"]) else "unknown",
              summaries[p["id"]]["independent_sources"] if summaries.get(p["id"]) else 0,
              json.dumps(p, ensure_ascii=False)) for p in presences],
        )

    def presences(self, *, country: str | None = None) -> Iterator[dict]:
        sql, params = "SELECT json FROM fuse_presences", []
        if country:
            sql += " WHERE country = ?"
            params.append(country.upper())
        for r in self.conn.execute(sql + " ORDER BY actor_key, country, place_key", params):
            yield json.loads(r[0])

    def newest_evidence(self) -> str | None:
        return self.conn.execute("SELECT MAX(last_seen) FROM fuse_presences").fetchone()[0]

    # -- manual overrides -------------------------------------------------------

    def add_override(self, action: str, event_ids: list[str], note: str | None) -> int:
        cur = self.conn.execute(
            "INSERT INTO fuse_overrides (action, event_ids, note) VALUES (?,?,?)", (action, json.dumps(event_ids), note)
        )
        oid = cur.lastrowid
        self.conn.executemany(
            "INSERT INTO fuse_override_events (override_id, event_id) VALUES (?,?)", [(oid, e) for e in event_ids]
        )
        return oid

    def overrides(self, event_ids: Iterable[str] | None = None) -> list[dict[str, Any]]:
        if event_ids is None:
            rows = self.conn.execute("SELECT id, action, event_ids, note, created_at FROM fuse_overrides ORDER BY id")
        else:
            ids: set[int] = set()
            for chunk in _chunks(event_ids):
                ids.update(r[0] for r in self.conn.execute(
                    f"SELECT override_id FROM fuse_override_events WHERE event_id IN ({_marks(len(chunk))})", chunk))
            if not ids:
                return []
            rows = self.conn.execute(
                f"SELECT id, action, event_ids, note, created_at FROM fuse_overrides WHERE id IN ({_marks(len(ids))})"
                " ORDER BY id", sorted(ids))
        return [{"id": r[0], "action": r[1], "events": json.loads(r[2]), "note": r[3], "created_at": r[4]}
                for r in rows]

    def clear_derived(self) -> None:
        for table in ("fuse_events", "fuse_keys", "fuse_links", "fuse_clusters", "fuse_cluster_actors",
                      "fuse_presences"):
            self.conn.execute(f"DELETE FROM {table}")


_FEATURE_FIELDS = tuple(f.name for f in fields(Features))
_SET_FIELDS = ("actors", "perpetrators", "targets", "spelled", "named")


def _features_json(f: Features) -> str:
    # field by field: ``asdict`` deep-copies every value, which costs more than the JSON itself
    d = {name: getattr(f, name) for name in _FEATURE_FIELDS}
    for name in _SET_FIELDS:
        d[name] = sorted(d[name])
    return json.dumps(d, ensure_ascii=False)


def _features_from_json(s: str) -> Features:
    d = json.loads(s)
    for name in _SET_FIELDS:
        if name in d:  # rows indexed before a field existed take its default
            d[name] = frozenset(d[name])
    return Features(**{k: v for k, v in d.items() if k in _FEATURE_FIELDS})
