"""Append-only, named schema migrations for the SQLite store.

Each migration is a function registered with ``@migration("name")``; they run
in the order they are defined, each in its own transaction, and are recorded in
``_migrations``. Never edit or reorder a migration that has shipped: add a new
one. ``tests/test_store_migrations.py`` checks the final schema.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

MIGRATIONS: list[tuple[str, Callable[[sqlite3.Connection], None]]] = []


def migration(name: str):
    def register(fn: Callable[[sqlite3.Connection], None]):
        if any(n == name for n, _ in MIGRATIONS):
            raise ValueError(f"duplicate migration name {name!r}")
        MIGRATIONS.append((name, fn))
        return fn

    return register


def applied(conn: sqlite3.Connection) -> list[str]:
    conn.execute("CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
    return [r[0] for r in conn.execute("SELECT name FROM _migrations ORDER BY rowid")]


def migrate(conn: sqlite3.Connection) -> list[str]:
    """Apply every pending migration; return the names applied now."""
    done = set(applied(conn))
    ran = []
    for name, fn in MIGRATIONS:
        if name in done:
            continue
        with conn:  # one transaction per migration
            fn(conn)
            conn.execute("INSERT INTO _migrations (name, applied_at) VALUES (?, datetime('now'))", (name,))
        ran.append(name)
    return ran


@migration("001_documents_spans_events")
def _initial(conn: sqlite3.Connection) -> None:
    conn.executescript(
        """
        CREATE TABLE documents (
            id TEXT PRIMARY KEY,
            raw_sha256 TEXT NOT NULL,
            text TEXT NOT NULL,
            raw_text TEXT NOT NULL DEFAULT '',
            title TEXT,
            source TEXT,
            url TEXT,
            published TEXT,
            published_inferred INTEGER NOT NULL DEFAULT 0,
            published_not_before TEXT,
            published_not_after TEXT,
            language TEXT NOT NULL DEFAULT 'en',
            format TEXT NOT NULL,
            path TEXT,
            record_id TEXT,
            segments TEXT NOT NULL DEFAULT '[]',
            copy_of TEXT REFERENCES documents(id),
            meta TEXT NOT NULL DEFAULT '{}',
            fingerprint BLOB,
            extractor_version TEXT,
            ingested_at TEXT NOT NULL DEFAULT (datetime('now'))
        );
        CREATE INDEX documents_published ON documents(published);
        CREATE INDEX documents_copy_of ON documents(copy_of);

        -- MinHash bands of each document's fingerprint: candidate near-copies by equality.
        CREATE TABLE document_bands (
            band INTEGER NOT NULL,
            hash TEXT NOT NULL,
            doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE
        );
        CREATE INDEX document_bands_lookup ON document_bands(band, hash);
        CREATE INDEX document_bands_doc ON document_bands(doc_id);

        CREATE TABLE spans (
            id INTEGER PRIMARY KEY,
            doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            start INTEGER NOT NULL,
            end INTEGER NOT NULL,
            kind TEXT NOT NULL,
            label TEXT,
            text TEXT NOT NULL,
            data TEXT NOT NULL DEFAULT '{}'
        );
        CREATE INDEX spans_doc ON spans(doc_id, start);

        CREATE TABLE events (
            id TEXT PRIMARY KEY,
            doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            type TEXT NOT NULL,
            plover TEXT,
            acled_event_type TEXT,
            acled_sub_event_type TEXT,
            country TEXT,
            lat REAL,
            lon REAL,
            precision TEXT,
            date_start TEXT,
            date_end TEXT,
            modality TEXT,
            claimant TEXT,
            background INTEGER NOT NULL DEFAULT 0,
            confidence REAL,
            evidence_start INTEGER NOT NULL,
            evidence_end INTEGER NOT NULL,
            extractor_version TEXT NOT NULL,
            json TEXT NOT NULL
        );
        CREATE INDEX events_doc ON events(doc_id);
        CREATE INDEX events_type ON events(type);
        CREATE INDEX events_country ON events(country);
        CREATE INDEX events_dates ON events(date_start, date_end);
        CREATE INDEX events_latlon ON events(lat, lon);

        CREATE TABLE event_actors (
            event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            actor_id TEXT,
            name TEXT NOT NULL,
            role TEXT NOT NULL
        );
        CREATE INDEX event_actors_event ON event_actors(event_id);
        CREATE INDEX event_actors_actor ON event_actors(actor_id);
        CREATE INDEX event_actors_name ON event_actors(name COLLATE NOCASE);

        CREATE VIRTUAL TABLE events_fts USING fts5(event_id UNINDEXED, sentence);
        CREATE VIRTUAL TABLE documents_fts USING fts5(doc_id UNINDEXED, title, text);
        """
    )


@migration("fuse_001_clusters_presences")
def _fusion(conn: sqlite3.Connection) -> None:
    # Fusion's derived tables (footprint.fuse): rebuilt from events at any time,
    # except fuse_overrides, which holds the user's manual merges and splits.
    conn.executescript(
        """
        CREATE TABLE fuse_events (
            event_id TEXT PRIMARY KEY,
            doc_id TEXT NOT NULL,
            cluster_id TEXT,
            features TEXT NOT NULL
        );
        CREATE INDEX fuse_events_doc ON fuse_events(doc_id);
        CREATE INDEX fuse_events_cluster ON fuse_events(cluster_id);

        CREATE TABLE fuse_keys (key TEXT NOT NULL, event_id TEXT NOT NULL);
        CREATE INDEX fuse_keys_key ON fuse_keys(key);
        CREATE INDEX fuse_keys_event ON fuse_keys(event_id);

        CREATE TABLE fuse_links (
            a TEXT NOT NULL,
            b TEXT NOT NULL,
            score REAL NOT NULL,
            reasons TEXT NOT NULL,
            PRIMARY KEY (a, b)
        );
        CREATE INDEX fuse_links_b ON fuse_links(b);

        CREATE TABLE fuse_clusters (
            id TEXT PRIMARY KEY,
            type TEXT NOT NULL,
            type_group TEXT NOT NULL,
            country TEXT,
            date_start TEXT,
            date_end TEXT,
            n_events INTEGER NOT NULL,
            independent_sources INTEGER NOT NULL,
            json TEXT NOT NULL
        );
        CREATE INDEX fuse_clusters_dates ON fuse_clusters(date_start);

        CREATE TABLE fuse_cluster_actors (
            cluster_id TEXT NOT NULL,
            actor_key TEXT NOT NULL,
            country TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX fuse_cluster_actors_cluster ON fuse_cluster_actors(cluster_id);
        CREATE INDEX fuse_cluster_actors_actor ON fuse_cluster_actors(actor_key, country);

        CREATE TABLE fuse_presences (
            id TEXT PRIMARY KEY,
            actor_key TEXT NOT NULL,
            country TEXT NOT NULL,
            place_key TEXT NOT NULL,
            precision TEXT,
            start TEXT,
            last_seen TEXT,
            status TEXT NOT NULL,
            independent_sources INTEGER NOT NULL,
            json TEXT NOT NULL
        );
        CREATE INDEX fuse_presences_actor ON fuse_presences(actor_key, country);
        CREATE INDEX fuse_presences_country ON fuse_presences(country);

        CREATE TABLE fuse_overrides (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            action TEXT NOT NULL CHECK (action IN ('merge', 'split')),
            event_ids TEXT NOT NULL,
            note TEXT,
            created_at TEXT NOT NULL DEFAULT (datetime('now'))
        );
        CREATE TABLE fuse_override_events (
            override_id INTEGER NOT NULL REFERENCES fuse_overrides(id) ON DELETE CASCADE,
            event_id TEXT NOT NULL
        );
        CREATE INDEX fuse_override_events_event ON fuse_override_events(event_id);
        """
    )


@migration("serve_001_event_listing_order")
def _event_listing_order(conn: sqlite3.Connection) -> None:
    # Event lists are ordered by date then position; this index lets a page of
    # them be read in order instead of sorting every matching event first.
    conn.execute(
        "CREATE INDEX IF NOT EXISTS events_listing ON events(COALESCE(date_start, '9999'), doc_id, evidence_start, id)"
    )


@migration("fuse_002_presence_last_seen")
def _presence_last_seen(conn: sqlite3.Connection) -> None:
    # the newest evidence date anchors the stale rule; without this it is a full scan
    conn.execute("CREATE INDEX fuse_presences_last_seen ON fuse_presences(last_seen)")


@migration("serve_002_ingest_jobs")
def _ingest_jobs(conn: sqlite3.Connection) -> None:
    # Ingest jobs started from the web app (footprint.serve.jobs): their status
    # outlives the process; times are Unix seconds, result and error JSON.
    conn.executescript(
        """
        CREATE TABLE serve_jobs (
            id TEXT PRIMARY KEY,
            source TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('upload', 'url')),
            status TEXT NOT NULL CHECK (status IN ('queued', 'running', 'done', 'failed')),
            created_at REAL NOT NULL,
            started_at REAL,
            finished_at REAL,
            documents INTEGER NOT NULL DEFAULT 0,
            events INTEGER NOT NULL DEFAULT 0,
            failures INTEGER NOT NULL DEFAULT 0,
            result TEXT,
            error TEXT
        );
        CREATE INDEX serve_jobs_status ON serve_jobs(status);
        CREATE INDEX serve_jobs_created ON serve_jobs(created_at);
        """
    )


@migration("store_001_version")
def _store_version(conn: sqlite3.Connection) -> None:
    # One row: an id drawn when the store is made (two stores never share a version) and a
    # counter that every write transaction raises (``SQLiteStore.transaction``). Caches of
    # answers derived from the store key on the pair; unlike file sizes and times, it moves
    # with every committed write, however small or quick.
    conn.execute(
        "CREATE TABLE store_version (one INTEGER PRIMARY KEY CHECK (one = 1), store_id TEXT NOT NULL,"
        " counter INTEGER NOT NULL)"
    )
    conn.execute("INSERT INTO store_version VALUES (1, lower(hex(randomblob(16))), 0)")
