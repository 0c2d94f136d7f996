"""Kept API answers and the store's version: a write the file system cannot see still gives
a new answer, browsers may store kept answers but revalidate them (ETag, 304), and the
answers that must never be stored say so. In-process on a hand-built store (no model)."""

from __future__ import annotations

import os
import pathlib
import sqlite3

import pytest

from browser.sample import Client, build_store
from footprint.serve import create_app
from footprint.store import open_store
from test_store_version import report

PLAIN = {"Accept-Encoding": "identity"}
KEPT = ["/api/v1/events", "/api/v1/map", "/api/v1/timeline", "/api/v1/actors", "/api/v1/places", "/api/v1/presence"]


@pytest.fixture()
def served(tmp_path):
    db = tmp_path / "rv.db"
    build_store(db)
    with open_store(db) as s:
        s.add(report(1))
    app = create_app(db)
    client = Client(app)
    yield db, app, client
    client.close()


@pytest.fixture()
def frozen_files(monkeypatch):
    """The store's files report one size and one time, whatever is written: as two writes of
    equal-sized rows within one tick of the file system's clock would leave them."""
    real = os.stat  # pathlib's stat goes through it too
    fixed = os.stat_result((0o100644, 1, 1, 1, 0, 0, 4096, 1_700_000_000, 1_700_000_000, 1_700_000_000))

    def stat(path, *args, **kwargs):
        return fixed if os.fspath(path).endswith((".db", ".db-wal")) else real(path, *args, **kwargs)

    monkeypatch.setattr(os, "stat", stat)
    assert pathlib.Path("x.db").stat() is fixed


def rewrite(db, lat: float) -> tuple:
    """Replace report 1's events by the same events at another latitude of the same length:
    the same number of events, the same row ids, rows of the same size."""
    with open_store(db) as s:
        marks = s.conn.execute("SELECT count(*), max(rowid) FROM events").fetchone()[:]
        s.replace_extraction(report(1, lat=lat))
        assert s.conn.execute("SELECT count(*), max(rowid) FROM events").fetchone()[:] == marks
        return marks


def test_writes_the_files_do_not_show_still_change_the_answer(served, frozen_files):
    db, _, client = served
    first = client.get("/api/v1/events", params={"actor": "eastern-test-column"}, headers=PLAIN)
    assert first.status_code == 200 and b"18.44" in first.content
    rewrite(db, 18.45)  # two writes in a row, nothing visible in sizes, times or counts
    second = client.get("/api/v1/events", params={"actor": "eastern-test-column"}, headers=PLAIN)
    assert b"18.45" in second.content and b"18.44" not in second.content
    assert second.headers["etag"] != first.headers["etag"]
    rewrite(db, 18.46)
    third = client.get("/api/v1/events", params={"actor": "eastern-test-column"}, headers=PLAIN)
    assert b"18.46" in third.content and third.headers["etag"] not in (first.headers["etag"], second.headers["etag"])
    # the map's markers are kept too and follow the same version
    markers = client.get("/api/v1/map", params={"country": "ML"}, headers=PLAIN).json()["points"]
    assert any(p[1] == 18.46 for p in markers) and not any(p[1] in (18.44, 18.45) for p in markers)


@pytest.mark.parametrize("url", KEPT)
def test_if_none_match_is_304_until_a_write_then_200(served, url):
    db, _, client = served
    first = client.get(url, headers=PLAIN)
    assert first.status_code == 200 and first.content
    tag = first.headers["etag"]
    assert first.headers["cache-control"] == "no-cache"
    again = client.get(url, headers={**PLAIN, "If-None-Match": tag})
    assert again.status_code == 304 and again.content == b""
    assert again.headers["etag"] == tag and again.headers["cache-control"] == "no-cache"
    assert "content-length" not in again.headers or again.headers["content-length"] == "0"
    # a write in between: the old tag gets the new answer in full
    with open_store(db) as s:
        s.add(report(2))
        try:
            from footprint import fuse

            fuse.rebuild(s)
        except ImportError:
            pass
    changed = client.get(url, headers={**PLAIN, "If-None-Match": tag})
    assert changed.status_code == 200 and changed.headers["etag"] != tag
    assert changed.headers["cache-control"] == "no-cache"
    cold = Client(create_app(db, read_only=True))
    try:
        assert changed.content == cold.get(url, headers=PLAIN).content
    finally:
        cold.close()
    # and the new tag revalidates, gzip client or not
    for enc in ("identity", "gzip"):
        resp = client.get(url, headers={"Accept-Encoding": enc, "If-None-Match": changed.headers["etag"]})
        assert resp.status_code == 304 and resp.content == b"", enc


def test_answers_never_stored_say_no_store(served):
    db, _, client = served
    with open_store(db, read_only=True) as s:
        doc_id = next(s.documents()).id
        event_id = next(s.events()).id
    never = {
        "/": "an HTML page carries the add form's token",
        "/api/v1/documents": "no tag: a stored copy could not be revalidated",
        f"/api/v1/documents/{doc_id}": "a report's full text, no tag",
        f"/api/v1/events/{event_id}": "no tag",
        "/api/v1/search?q=column": "no tag",
        "/api/v1/changes?since=2024": "no tag",
        "/api/v1/events?limit=0": "an error must not be replayed",
        "/api/v1/presence?at=soon": "an error",
        "/api/v1/jobs/0123456789abcdef": "a job's status changes by itself",
    }
    for url, why in never.items():
        resp = client.get(url, headers={**PLAIN, "Accept": "text/html" if url == "/" else "application/json"})
        assert resp.headers["cache-control"] == "no-store", (url, why)
        assert "etag" not in resp.headers, (url, why)
    posted = client.post("/api/v1/documents", data={"url": "ftp://nowhere.example/x"})
    assert posted.headers["cache-control"] == "no-store"


def test_a_store_that_cannot_tell_its_version_keeps_nothing(tmp_path):
    db = tmp_path / "old.db"
    build_store(db)
    conn = sqlite3.connect(db)  # a store written before versions, served read-only (not migrated)
    conn.execute("DROP TABLE store_version")
    conn.execute("DELETE FROM _migrations WHERE name = 'store_001_version'")
    conn.commit()
    conn.close()
    app = create_app(db, read_only=True)
    client = Client(app)
    try:
        for url in KEPT:
            resp = client.get(url, headers=PLAIN)
            assert resp.status_code == 200, url
            assert resp.headers["cache-control"] == "no-store" and "etag" not in resp.headers, url
        assert len(app.state.answers) == 0
    finally:
        client.close()
