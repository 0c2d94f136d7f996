"""Ingest jobs kept in the store: they survive a restart, a restart marks unfinished ones
interrupted, and hostile or oversized posts leave the jobs and the store as they were.
The ingest pipeline is replaced by a stand-in: no model is loaded."""

from __future__ import annotations

import asyncio
import hashlib
import sqlite3
import threading
from pathlib import Path

import pytest

from browser.sample import Client, build_store
from footprint.errors import InputError, StoreError
from footprint.serve import create_app
from footprint.serve.jobs import INTERRUPTED, JobStore, without_credentials
from footprint.store import AddOutcome, open_store
from footprint.store.migrations import MIGRATIONS
from test_serve_security import FakeReport


@pytest.fixture
def db(tmp_path) -> Path:
    path = tmp_path / "jobs.db"
    build_store(path, fuse=False)
    return path


@pytest.fixture
def quick_ingest(monkeypatch):
    from footprint.serve import upload

    calls = []

    def ingest(store, inputs, *, settings=None, labels=None):
        calls.append(list(inputs))
        return FakeReport([AddOutcome("abc123def456", "new", None, 2), AddOutcome("abc123def457", "copy", "abc123def456", 3)])

    monkeypatch.setattr(upload, "ingest_function", lambda: ingest)
    return calls


@pytest.fixture
def blocked_ingest(monkeypatch):
    """An ingest that waits for ``release``; the client stops waiting after 0.2 s."""
    from footprint.serve import upload

    release = threading.Event()
    finished = threading.Event()

    def ingest(store, inputs, *, settings=None, labels=None):
        try:
            release.wait(10)
            return FakeReport([AddOutcome("feedbeef0001", "new", None, 1)])
        finally:
            finished.set()

    monkeypatch.setattr(upload, "ingest_function", lambda: ingest)
    monkeypatch.setattr(upload, "INGEST_TIMEOUT", 0.2)
    yield release, finished
    release.set()


def job_rows(db: Path) -> list[tuple]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT * FROM serve_jobs ORDER BY created_at, id").fetchall()
    finally:
        conn.close()


def store_digest(db: Path) -> str:
    """The stored records (documents, spans, events), whatever the job table holds."""
    conn = sqlite3.connect(db)
    try:
        h = hashlib.sha256()
        for table in ("documents", "spans", "events", "event_actors"):
            for row in conn.execute(f"SELECT * FROM {table} ORDER BY rowid"):
                h.update(repr(row).encode())
        return h.hexdigest()
    finally:
        conn.close()


def wait_until_ended(c: Client, link: str) -> dict:
    for _ in range(200):
        body = c.get(link).json()
        if body["status"] not in ("queued", "running"):
            return body
        c._loop.run_until_complete(asyncio.sleep(0.05))
    raise AssertionError(f"job still {body['status']}")


# --- the table -------------------------------------------------------------------


def test_the_migration_adds_the_job_table_once(tmp_path):
    names = [n for n, _ in MIGRATIONS]
    assert "serve_002_ingest_jobs" in names and names.index("serve_002_ingest_jobs") > names.index("serve_001_event_listing_order")
    path = tmp_path / "m.db"
    open_store(path).close()
    open_store(path).close()  # applied once, recorded once
    conn = sqlite3.connect(path)
    try:
        recorded = [r[0] for r in conn.execute("SELECT name FROM _migrations WHERE name='serve_002_ingest_jobs'")]
        columns = {r[1] for r in conn.execute("PRAGMA table_info(serve_jobs)")}
        with pytest.raises(sqlite3.IntegrityError):  # the status vocabulary is enforced by the table itself
            conn.execute("INSERT INTO serve_jobs (id, source, kind, status, created_at) VALUES ('x', 's', 'url', 'lost', 0)")
    finally:
        conn.close()
    assert recorded == ["serve_002_ingest_jobs"]
    assert {"status", "documents", "events", "failures", "error", "created_at", "started_at", "finished_at"} <= columns


def test_job_store_life_cycle_and_counts(db):
    jobs = JobStore(db)
    job = jobs.create("https://news.example/a", "url")
    assert job.status == "queued" and len(job.id) == 16
    jobs.mark_running(job.id)
    assert jobs.get(job.id).status == "running" and jobs.get(job.id).started is not None
    result = {"ok": True, "documents": [{"id": "a", "events": 2}, {"id": "b", "events": 5}], "failures": [], "summary": "2 new"}
    jobs.finish(job.id, result=result)
    got = jobs.get(job.id)
    assert (got.status, got.documents, got.events, got.failures) == ("done", 2, 7, 0)
    assert got.result == result and got.finished is not None
    jobs.finish(job.id, error={"status": 500, "code": "x", "message": "late"})  # the first end stays
    assert jobs.get(job.id).status == "done"
    failed = jobs.create("upload:a.txt", "upload")
    jobs.finish(failed.id, result={"ok": False, "documents": [], "failures": [{"source": "s", "reason": "r"}]})
    assert (jobs.get(failed.id).status, jobs.get(failed.id).failures) == ("failed", 1)
    assert jobs.get("0123456789abcdef") is None
    with pytest.raises(ValueError):
        jobs.create("x", "folder")


def test_only_the_newest_finished_jobs_are_kept_and_active_ones_never_pruned(db):
    jobs = JobStore(db, keep=3)
    active = jobs.create("https://news.example/slow", "url")
    ids = []
    for i in range(6):
        job = jobs.create(f"https://news.example/{i}", "url")
        jobs.finish(job.id, result={"ok": True, "documents": [], "failures": []})
        ids.append(job.id)
    jobs.create("https://news.example/last", "url")  # pruning happens when a job starts
    kept = {j.id for j in jobs.recent(100)}
    assert active.id in kept
    assert set(ids[-3:]) <= kept and not (set(ids[:3]) & kept)


# --- restarts --------------------------------------------------------------------


def test_a_finished_job_survives_a_restart(db, quick_ingest):
    c = Client(create_app(db))
    try:
        resp = c.post("/api/v1/documents", data={"url": "https://news.example/report"})
        assert resp.status_code == 201, resp.text
        link = resp.json()["job"]["links"]["self"]
        before = c.get(link).json()
    finally:
        c.close()
    assert before["status"] == "done" and before["counts"] == {"documents": 2, "events": 5, "failures": 0}

    c = Client(create_app(db))  # a new process on the same file
    try:
        after = c.get(link).json()
    finally:
        c.close()
    assert after == before
    assert after["source"] == "https://news.example/report" and after["kind"] == "url"
    assert after["result"]["documents"][0]["id"] == "abc123def456" and after["error"] is None
    assert after["created"] and after["started"] and after["finished"]
    assert set(after) >= {"id", "source", "status", "started", "finished", "result", "error", "links"}


def test_jobs_left_running_or_queued_by_a_crash_are_reported_interrupted(db):
    jobs = JobStore(db)
    running = jobs.create("upload:field-notes.txt", "upload")
    jobs.mark_running(running.id)
    queued = jobs.create("https://news.example/next", "url")
    done = jobs.create("https://news.example/old", "url")
    jobs.finish(done.id, result={"ok": True, "documents": [{"id": "d", "events": 1}], "failures": []})
    digest = store_digest(db)

    c = Client(create_app(db))  # the server starts again after the crash
    try:
        for job in (running, queued):
            body = c.get(f"/api/v1/jobs/{job.id}").json()
            assert body["status"] == "failed" and body["finished"] is not None
            assert body["error"]["code"] == "interrupted"
            assert "interrupted by a restart" in body["error"]["message"]
        assert c.get(f"/api/v1/jobs/{done.id}").json()["status"] == "done"  # finished jobs are left alone
    finally:
        c.close()
    assert store_digest(db) == digest


def test_a_read_only_server_reads_jobs_and_changes_none(db):
    jobs = JobStore(db)
    running = jobs.create("https://news.example/a", "url")
    jobs.mark_running(running.id)
    c = Client(create_app(db, read_only=True))
    try:
        assert c.get(f"/api/v1/jobs/{running.id}").json()["status"] == "running"
    finally:
        c.close()
    assert jobs.get(running.id).status == "running"


def test_a_read_only_store_older_than_the_job_table_has_no_jobs(tmp_path):
    path = tmp_path / "old.db"
    open_store(path).close()
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE serve_jobs")
    conn.execute("DELETE FROM _migrations WHERE name='serve_002_ingest_jobs'")
    conn.commit()
    conn.close()
    c = Client(create_app(path, read_only=True))
    try:
        resp = c.get("/api/v1/jobs/0123456789abcdef")
        assert resp.status_code == 404 and resp.json()["error"]["code"] == "not_found"
    finally:
        c.close()


def test_a_job_cut_short_by_a_restart_stays_interrupted(db, blocked_ingest):
    """The old worker ending after the restart cannot turn the interrupted job into a success."""
    release, finished = blocked_ingest
    c = Client(create_app(db))
    try:
        first = c.post("/api/v1/documents", data={"url": "https://news.example/slow"})
        assert first.status_code == 202, first.text
        assert first.json()["job"]["status"] == "running"
        second = c.post("/api/v1/documents", data={"url": "https://news.example/waiting"})
        assert second.status_code == 202 and second.json()["job"]["status"] == "queued"  # one ingest at a time
        links = [first.json()["job"]["links"]["self"], second.json()["job"]["links"]["self"]]

        restarted = Client(create_app(db))
        try:
            for link in links:
                body = restarted.get(link).json()
                assert body["status"] == "failed" and body["error"]["code"] == "interrupted", body
            release.set()
            assert finished.wait(5)
            ended = [wait_until_ended(c, link) for link in links]
        finally:
            restarted.close()
    finally:
        release.set()
        c.close()
    assert [e["error"]["code"] for e in ended] == ["interrupted", "interrupted"]


def test_a_slow_job_ends_done_on_the_same_server(db, blocked_ingest):
    release, _ = blocked_ingest
    c = Client(create_app(db))
    try:
        resp = c.post("/api/v1/documents", data={"url": "https://news.example/slow"})
        assert resp.status_code == 202
        link = resp.json()["job"]["links"]["self"]
        release.set()
        body = wait_until_ended(c, link)
    finally:
        c.close()
    assert body["status"] == "done" and body["counts"]["documents"] == 1 and body["started"] is not None


# --- hostile and oversized input -------------------------------------------------


def test_refused_posts_create_no_job_and_change_nothing(db, quick_ingest):
    c = Client(create_app(db, max_upload_bytes=1000))
    try:
        kept = c.post("/api/v1/documents", data={"url": "https://news.example/kept"}).json()["job"]
        rows, digest = job_rows(db), store_digest(db)
        refusals = {
            "too_large": c.post("/api/v1/documents", files={"file": ("big.txt", b"x" * 200_000, "text/plain")}),
            "bad_input": c.post("/api/v1/documents", files={"file": ("payload.exe", b"MZ\x90\x00", "application/octet-stream")}),
            "bad_name": c.post("/api/v1/documents", files={"file": ("../../", b"text", "text/plain")}),
            "bad_scheme": c.post("/api/v1/documents", data={"url": "file:///etc/passwd"}),
            "both": c.post("/api/v1/documents", data={"url": "https://news.example/x"}, files={"file": ("a.txt", b"t", "text/plain")}),
            "neither": c.post("/api/v1/documents", data={}),
        }
        for what, resp in refusals.items():
            assert resp.status_code in (400, 413, 422), (what, resp.status_code, resp.text)
            error = resp.json()["error"]
            assert error["message"] and error["code"], what
        assert refusals["too_large"].status_code == 413
        assert "payload.exe" in refusals["bad_input"].json()["error"]["message"] or "unsupported" in refusals["bad_input"].json()["error"]["message"]
        assert job_rows(db) == rows and store_digest(db) == digest
        assert c.get(kept["links"]["self"]).json()["status"] == "done"
        assert quick_ingest == [["https://news.example/kept"]]  # none of the refused posts reached the ingest
    finally:
        c.close()


@pytest.mark.parametrize(
    "error, status, code",
    [
        (InputError("cannot read {where}/upload.txt: not UTF-8", source="{where}/upload.txt"), 400, "bad_input"),
        (StoreError("disk I/O error at /var/lib/secret/footprint.db"), 503, "store_unavailable"),
        (RuntimeError("boom in /srv/internal/module.py"), 500, "internal_error"),
    ],
)
def test_an_ingest_that_fails_is_recorded_failed_with_a_clear_error(db, monkeypatch, error, status, code):
    from footprint.serve import upload

    def failing(store, inputs, *, settings=None, labels=None):
        where = str(Path(inputs[0]).parent)
        if isinstance(error, InputError):
            raise InputError(str(error).format(where=where), source=error.source.format(where=where))
        raise error

    monkeypatch.setattr(upload, "ingest_function", lambda: failing)
    digest = store_digest(db)
    c = Client(create_app(db))
    try:
        resp = c.post("/api/v1/documents", files={"file": ("notes.txt", b"\xff\xfe garbage", "text/plain")})
        assert resp.status_code == status, resp.text
        (row,) = job_rows(db)
        job = c.get(f"/api/v1/jobs/{row[0]}").json()
    finally:
        c.close()
    assert job["status"] == "failed" and job["error"]["code"] == code and job["error"]["status"] == status
    assert "footprint-upload-" not in job["error"]["message"]  # never the server's temporary folder
    assert "/srv/internal" not in job["error"]["message"] and "/var/lib/secret" not in job["error"]["message"]
    if code == "bad_input":
        assert "upload:notes.txt" in job["error"]["message"]
    assert job["source"] == "upload:notes.txt" and job["result"] is None
    assert store_digest(db) == digest


HOSTILE_URLS = [
    "https://news.example/a?q=');DROP TABLE serve_jobs;--",
    "https://news.example/<script>alert(1)</script>\"'",
    "https://news.example/" + "%E2%80%AE" * 40 + "\u202etail",
    "https://news.example/" + "a" * 1900,
]


@pytest.mark.parametrize("url", HOSTILE_URLS)
def test_hostile_sources_are_kept_as_data(db, quick_ingest, url):
    c = Client(create_app(db))
    try:
        resp = c.post("/api/v1/documents", data={"url": url})
        assert resp.status_code == 201, resp.text
        job = c.get(resp.json()["job"]["links"]["self"]).json()
    finally:
        c.close()
    assert job["source"] == (url if len(url) <= 300 else url[:299] + "…")
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 3  # nothing dropped
    finally:
        conn.close()


@pytest.mark.parametrize("url", ["https://news.example/a\u0000b", "https://news.example/a\tb", "https://news.example/\r\nX-Injected: 1"])
def test_urls_with_control_characters_are_refused_without_a_job(db, quick_ingest, url):
    c = Client(create_app(db))
    try:
        resp = c.post("/api/v1/documents", data={"url": url})
    finally:
        c.close()
    assert resp.status_code == 400 and resp.json()["error"]["code"] == "bad_input", resp.text
    assert "control characters" in resp.json()["error"]["message"]
    assert job_rows(db) == [] and quick_ingest == []


@pytest.mark.parametrize("job_id", ["' OR '1'='1", "%00", "0123456789ABCDEF", "0" * 17, "../../etc/passwd", "abc"])
def test_hostile_job_ids_are_refused_clearly(db, job_id):
    c = Client(create_app(db))
    try:
        resp = c.get(f"/api/v1/jobs/{job_id}")
    finally:
        c.close()
    assert resp.status_code in (404, 422), (job_id, resp.status_code)
    assert resp.json()["error"]["message"]


def test_an_unreadable_stored_result_is_shown_as_null(db):
    jobs = JobStore(db)
    job = jobs.create("https://news.example/a", "url")
    conn = sqlite3.connect(db)
    conn.execute("UPDATE serve_jobs SET status='done', result='{not json', error='[1, 2]' WHERE id=?", (job.id,))
    conn.commit()
    conn.close()
    c = Client(create_app(db))
    try:
        body = c.get(f"/api/v1/jobs/{job.id}").json()
    finally:
        c.close()
    assert body["status"] == "done" and body["result"] is None and body["error"] is None


def test_a_job_table_that_cannot_be_written_is_a_store_error(tmp_path):
    path = tmp_path / "gone.db"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError) as info:
        JobStore(path).create("https://news.example/a", "url")
    assert str(path) in str(info.value)


def test_the_interrupted_error_names_the_restart():
    assert INTERRUPTED["code"] == "interrupted" and "restart" in INTERRUPTED["message"]


def test_the_add_page_links_a_queued_and_a_running_job(db, blocked_ingest):
    release, _ = blocked_ingest
    c = Client(create_app(db))
    try:
        html = {"Accept": "text/html"}
        running = c.post("/add", data={"url": "https://news.example/first"}, headers=html)
        queued = c.post("/add", data={"url": "https://news.example/second"}, headers=html)
        assert running.status_code == 202 and queued.status_code == 202
        assert "Still being processed." in running.text and "/api/v1/jobs/" in running.text
        assert "Waiting for another report to finish." in queued.text and "/api/v1/jobs/" in queued.text
        release.set()
    finally:
        release.set()
        c.close()


def test_a_job_table_write_that_fails_never_fails_the_ingest(db, quick_ingest, monkeypatch, caplog):
    def broken(self, job_id, **kwargs):
        raise StoreError("database is locked", source=str(self.path))

    monkeypatch.setattr(JobStore, "finish", broken)
    c = Client(create_app(db))
    try:
        resp = c.post("/api/v1/documents", data={"url": "https://news.example/r"})
        assert resp.status_code == 201 and resp.json()["documents"][0]["id"] == "abc123def456"
        job = c.get(resp.json()["job"]["links"]["self"]).json()
    finally:
        c.close()
    assert job["status"] == "running"  # until the next start reports it interrupted
    assert "cannot record its status" in caplog.text
    monkeypatch.undo()
    c = Client(create_app(db))
    try:
        assert c.get(f"/api/v1/jobs/{job['id']}").json()["error"]["code"] == "interrupted"
    finally:
        c.close()


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("https://user:s3cret@news.example/a", "https://news.example/a"),
        ("http://only-user@news.example:8080/a?q=x@y", "http://news.example:8080/a?q=x@y"),
        ("https://user:p@ss@news.example/", "https://news.example/"),  # "@" in the password: the host is after the last
        ("HTTPS://U:P@NEWS.EXAMPLE", "HTTPS://NEWS.EXAMPLE"),
        ("cannot fetch https://u:pw@a.example/x (timeout); also ftp://k:v@b.example", "cannot fetch https://a.example/x (timeout); also ftp://b.example"),
        ("https://news.example/a?mail=x@y.example", "https://news.example/a?mail=x@y.example"),
        ("upload:notes@home.txt", "upload:notes@home.txt"),
        ("", ""),
    ],
)
def test_without_credentials(text, shown):
    assert without_credentials(text) == shown


def test_the_job_store_never_keeps_credentials(db):
    jobs = JobStore(db)
    job = jobs.create("https://reader:hunter2@news.example/a", "url")
    assert job.source == "https://news.example/a"
    assert [r for r in job_rows(db) if "hunter2" in repr(r)] == []


def test_a_url_with_credentials_is_fetched_with_them_and_shown_without(db, quick_ingest):
    c = Client(create_app(db))
    try:
        resp = c.post("/api/v1/documents", data={"url": "https://reader:hunter2@news.example/report"})
        assert resp.status_code == 201, resp.text
        job = c.get(resp.json()["job"]["links"]["self"]).json()
        listed = c.get("/api/v1/jobs").text
    finally:
        c.close()
    assert quick_ingest == [["https://reader:hunter2@news.example/report"]]  # the fetch needs them
    assert job["source"] == "https://news.example/report"
    assert "hunter2" not in resp.text and "hunter2" not in listed and "hunter2" not in repr(job_rows(db))


@pytest.mark.parametrize("error", [InputError("cannot fetch {url}: 401", source="{url}"), RuntimeError("boom fetching {url}")])
def test_a_failed_url_job_repeats_no_credentials_in_its_error_or_the_log(db, monkeypatch, caplog, error):
    from footprint.serve import upload

    def failing(store, inputs, *, settings=None, labels=None):
        if isinstance(error, InputError):
            raise InputError(str(error).format(url=inputs[0]), source=error.source.format(url=inputs[0]))
        raise RuntimeError(str(error).format(url=inputs[0]))

    monkeypatch.setattr(upload, "ingest_function", lambda: failing)
    c = Client(create_app(db))
    try:
        with caplog.at_level("ERROR", logger="footprint.serve"):
            resp = c.post("/api/v1/documents", data={"url": "https://reader:hunter2@news.example/report"})
        (row,) = job_rows(db)
        job = c.get(f"/api/v1/jobs/{row[0]}").json()
    finally:
        c.close()
    assert job["status"] == "failed" and job["source"] == "https://news.example/report"
    if isinstance(error, InputError):
        assert "https://news.example/report" in job["error"]["message"]
    else:
        assert "boom fetching https://news.example/report" in caplog.text  # the traceback is still logged
    assert "hunter2" not in resp.text and "hunter2" not in repr(job) and "hunter2" not in caplog.text


def test_a_refused_url_names_no_credentials(db, quick_ingest):
    c = Client(create_app(db))
    try:
        resp = c.post("/api/v1/documents", data={"url": "ftp://reader:hunter2@news.example/report"})
    finally:
        c.close()
    assert resp.status_code == 400 and "hunter2" not in resp.text and job_rows(db) == []
