"""Answers the API keeps between calls: the same bytes as a fresh answer, a new answer once
the store changes, one kept answer per set of parameters, and errors never kept.

In-process on a hand-built store (no model, no sockets)."""

from __future__ import annotations

import gzip

import pytest
from fastapi.responses import JSONResponse

from browser.sample import Client, build_store
from footprint.model import Attribution, EventActor, EventDate, EventLocation, ExtractionResult
from footprint.serve import create_app, queries
from footprint.serve.api import KeptAnswer, KeptAnswers, etag_matches
from footprint.store import open_store
from footprint.testing import document, event

#: Sent with every request but the ones that test the plain body (httpx asks for gzip by itself).
PLAIN = {"Accept-Encoding": "identity"}


@pytest.fixture()
def served(tmp_path):
    db = tmp_path / "kept.db"
    build_store(db)
    app = create_app(db)
    client = Client(app)
    yield db, app, client
    client.close()


def fresh_body(content) -> bytes:
    """What the endpoint sent before answers were kept: ``JSONResponse`` of the library's answer."""
    return JSONResponse(content).body


def fused() -> bool:
    fuse = queries.fuse_module()
    return fuse is not None and hasattr(fuse, "presences")


def new_report(n: int) -> ExtractionResult:
    """An invented report of two deployments by a force the sample store does not hold."""
    text = (f"Report {n}: soldiers of the Northern Test Brigade deployed to Timbuktu in March 2024. "
            f"A second column of the Northern Test Brigade reached Gao in April 2024.")
    doc = document(text, title=f"Brigade moves {n}", source=f"desk{n}.example", published="2024-05-02")
    brigade = EventActor("Northern Test Brigade", "actor", "Northern Test Brigade", id="northern-test-brigade")
    first, second = text.split(". ", 1)
    return ExtractionResult(
        document=doc,
        events=(
            event(doc, first + ".", "deployment", actors=(brigade,),
                  location=EventLocation("Timbuktu", 16.773, -3.007, "ML", "town", text="Timbuktu"),
                  date=EventDate("2024-03-01", "2024-03-31", "month", text="March 2024"),
                  attribution=Attribution(publisher=doc.source, modality="reported")),
            event(doc, second, "deployment", actors=(brigade,),
                  location=EventLocation("Gao", 16.272, -0.044, "ML", "town", text="Gao"),
                  date=EventDate("2024-04-01", "2024-04-30", "month", text="April 2024"),
                  attribution=Attribution(publisher=doc.source, modality="reported")),
        ),
        extractor_version="test",
    )


def add_and_fuse(db, result: ExtractionResult) -> None:
    store = open_store(db)
    try:
        store.add(result)
        try:
            from footprint import fuse
        except ImportError:
            return
        fuse.update(store, [result.document.id])
    finally:
        store.close()


# --- the kept answer is the answer -------------------------------------------------

CASES = [
    ("/api/v1/events", {}, lambda s: queries.list_events(s, queries.Query())),
    ("/api/v1/events", {"type": "attack", "limit": "1"},
     lambda s: queries.list_events(s, queries.Query.parse({"type": "attack", "limit": "1"}))),
    ("/api/v1/map", {"country": "bf"}, lambda s: queries.map_points(s, queries.Query.parse({"country": "bf"}))),
    ("/api/v1/timeline", {}, lambda s: queries.timeline(s, queries.Query())),
    ("/api/v1/actors", {}, lambda s: {"items": queries.actors(s, 500)}),
    ("/api/v1/places", {"limit": "2"}, lambda s: {"items": queries.places(s, 2)}),
    ("/api/v1/presence", {}, lambda s: queries.presence(s, limit=200, offset=0)),
    ("/api/v1/presence", {"limit": "1", "offset": "1"}, lambda s: queries.presence(s, limit=1, offset=1)),
]


@pytest.mark.parametrize("url,params,direct", CASES)
def test_kept_answer_has_the_fresh_bytes(served, url, params, direct):
    db, app, client = served
    store = open_store(db, read_only=True)
    try:
        expected = fresh_body(direct(store))
    finally:
        store.close()
    first = client.get(url, params=params, headers=PLAIN)
    again = client.get(url, params=params, headers=PLAIN)
    assert first.status_code == again.status_code == 200
    assert first.content == expected and again.content == expected
    assert first.headers["content-type"] == again.headers["content-type"] == "application/json"
    assert first.headers["etag"] == again.headers["etag"]
    assert len(app.state.answers) >= 1
    # gzip clients get the same JSON, compressed once and marked as such
    zipped = client.get(url, params=params, headers={"Accept-Encoding": "gzip"})
    assert zipped.content == expected
    assert zipped.headers["etag"] == first.headers["etag"]
    # as before answers were kept: every body compressed for gzip clients (the middleware's
    # streaming path), Vary named once, and plain clients get the plain bytes
    assert zipped.headers["content-encoding"] == "gzip"
    assert zipped.headers["vary"] == "Accept-Encoding"
    assert first.headers["vary"] == "Accept-Encoding"
    assert "content-encoding" not in first.headers


def test_large_answers_are_compressed(served):
    _, _, client = served
    resp = client.get("/api/v1/events", headers={"Accept-Encoding": "gzip"})
    assert resp.headers["content-encoding"] == "gzip"  # the sample's event list is over the 2 kB floor
    assert int(resp.headers["content-length"]) < len(resp.content)


def test_security_headers_on_kept_answers(served):
    _, _, client = served
    for _ in range(2):
        resp = client.get("/api/v1/events")
        assert "default-src 'self'" in resp.headers["content-security-policy"]
        assert resp.headers["x-content-type-options"] == "nosniff"
        assert resp.headers["cache-control"] == "no-cache"  # stored, revalidated with the tag every time


# --- revalidation --------------------------------------------------------------------

def test_if_none_match_gives_304(served):
    _, _, client = served
    first = client.get("/api/v1/events", headers=PLAIN)
    tag = first.headers["etag"]
    assert tag.startswith('W/"') and tag.endswith('"')
    for header in (tag, tag.removeprefix("W/"), f'"nope", {tag}', "*"):
        resp = client.get("/api/v1/events", headers={"If-None-Match": header})
        assert resp.status_code == 304, header
        assert resp.content == b"" and resp.headers["etag"] == tag
        assert resp.headers["cache-control"] == "no-cache" and "x-frame-options" in resp.headers
    for header in ('"nope"', 'W/"0"', "", ",,,", "x" * 10_000):
        resp = client.get("/api/v1/events", headers={"If-None-Match": header})
        assert resp.status_code == 200, header
        assert resp.content == first.content
    # another filter is another answer with another tag
    other = client.get("/api/v1/events", params={"type": "attack"}, headers={"If-None-Match": tag})
    assert other.status_code == 200 and other.headers["etag"] != tag


def test_etag_matching_rules():
    assert etag_matches('W/"a"', 'W/"a"') and etag_matches('"a"', 'W/"a"') and etag_matches(' "b" , W/"a" ', 'W/"a"')
    assert not etag_matches(None, 'W/"a"') and not etag_matches('"ab"', 'W/"a"') and not etag_matches('a', 'W/"a"')


# --- a store change makes a new answer ----------------------------------------------

def test_ingest_and_fuse_replace_kept_answers(served):
    db, app, client = served
    urls = [("/api/v1/events", {}), ("/api/v1/map", {}), ("/api/v1/timeline", {}), ("/api/v1/actors", {}),
            ("/api/v1/places", {}), ("/api/v1/presence", {}), ("/api/v1/presence", {"actor": "northern"})]
    before = {u + str(p): client.get(u, params=p, headers=PLAIN) for u, p in urls}
    tags = {k: r.headers["etag"] for k, r in before.items()}
    add_and_fuse(db, new_report(1))
    after = {u + str(p): client.get(u, params=p, headers=PLAIN) for u, p in urls}
    for key in ("/api/v1/events{}", "/api/v1/map{}", "/api/v1/timeline{}", "/api/v1/actors{}", "/api/v1/places{}"):
        assert after[key].content != before[key].content, key
        assert after[key].headers["etag"] != tags[key], key
        # the old tag no longer matches: the client gets the new answer
        assert client.get(key[: key.index("{")], headers={"If-None-Match": tags[key]}).status_code == 200
    assert b"Northern Test Brigade" in after["/api/v1/events{}"].content
    # each new answer is what a server that never kept anything sends
    cold = Client(create_app(db, read_only=True))
    try:
        for u, p in urls:
            assert cold.get(u, params=p, headers=PLAIN).content == after[u + str(p)].content, (u, p)
    finally:
        cold.close()
    if fused():
        assert after["/api/v1/presence{'actor': 'northern'}"].json()["items"]
        assert not before["/api/v1/presence{'actor': 'northern'}"].json()["items"]
    # a second change, right after the first, is seen too
    add_and_fuse(db, new_report(2))
    events = client.get("/api/v1/events", headers=PLAIN)
    assert events.content != after["/api/v1/events{}"].content and b"desk2.example" in events.content


def test_fuse_rebuild_alone_replaces_the_presence_answer(served):
    db, _, client = served
    if not fused():
        pytest.skip("fusion is not installed")
    from footprint import fuse

    store = open_store(db)
    try:
        store.add(new_report(3))  # stored, not yet fused
    finally:
        store.close()
    unfused = client.get("/api/v1/presence", params={"actor": "northern"}, headers=PLAIN)
    assert unfused.json()["items"] == []
    store = open_store(db)
    try:
        fuse.rebuild(store)
    finally:
        store.close()
    refused = client.get("/api/v1/presence", params={"actor": "northern"}, headers=PLAIN)
    assert refused.json()["items"] and refused.headers["etag"] != unfused.headers["etag"]


# --- parameters --------------------------------------------------------------------

def test_each_parameter_set_has_its_own_answer(served):
    _, _, client = served
    seen: dict[bytes, str] = {}
    for url, params in [
        ("/api/v1/events", {}), ("/api/v1/events", {"limit": 2}), ("/api/v1/events", {"limit": 2, "offset": 2}),
        ("/api/v1/events", {"type": "attack"}), ("/api/v1/events", {"country": "ML"}),
        ("/api/v1/events", {"since": "2023"}), ("/api/v1/map", {}), ("/api/v1/map", {"country": "BF"}),
        ("/api/v1/presence", {"limit": 1}), ("/api/v1/presence", {"limit": 1, "offset": 1}),
        ("/api/v1/places", {"limit": 1}),
    ]:
        body = client.get(url, params=params, headers=PLAIN).content
        assert body not in seen, (url, params, seen.get(body))
        seen[body] = f"{url} {params}"
    # the same filter written two ways is the same answer
    a = client.get("/api/v1/events", params={"country": "ml"}, headers=PLAIN)
    b = client.get("/api/v1/events", params={"country": "ML"}, headers=PLAIN)
    assert a.json()["items"] == b.json()["items"]


HOSTILE = [
    ("/api/v1/events", {"limit": "0"}),
    ("/api/v1/events", {"limit": "abc"}),
    ("/api/v1/events", {"offset": "99999999999999999999999"}),
    ("/api/v1/events", {"since": "2024-02-30"}),
    ("/api/v1/events", {"bbox": "1,2,3"}),
    ("/api/v1/events", {"bbox": "nan,nan,nan,nan"}),
    ("/api/v1/events", {"actor": "a\x00b"}),
    ("/api/v1/events", {"q": "x" * 5000}),
    ("/api/v1/map", {"country": "Mali"}),
    ("/api/v1/timeline", {"min_sources": "-1"}),
    ("/api/v1/presence", {"at": "soon"}),
    ("/api/v1/presence", {"at": "2024-13"}),
    ("/api/v1/presence", {"country": "\u202eML"}),
    ("/api/v1/presence", {"limit": "1001"}),
    ("/api/v1/presence?min_sources=%FF%FE", {}),
    ("/api/v1/presence?actor=%00%0d%0a", {}),
    ("/api/v1/actors", {"limit": "5001"}),
    ("/api/v1/places", {"limit": "-1"}),
]


@pytest.mark.parametrize("url,params", HOSTILE)
def test_bad_parameters_are_4xx_and_never_kept(served, url, params):
    _, app, client = served
    for _ in range(2):  # the second time too: nothing was kept from the first
        resp = client.get(url, params=params or None, headers={"If-None-Match": "*"})
        assert 400 <= resp.status_code < 500, (params, resp.status_code)
        error = resp.json()["error"]
        assert error["status"] == resp.status_code and error["message"]
        assert "etag" not in resp.headers
    assert len(app.state.answers) == 0
    assert client.get(url.split("?")[0]).status_code == 200


# --- the store of kept answers ------------------------------------------------------

def test_kept_answers_drop_the_oldest_past_the_budget():
    answer = KeptAnswer.of({"items": ["x" * 3000]})
    answers = KeptAnswers(budget=answer.size * 4 + 1)
    for i in range(6):
        answers.put(("v1",), ("k", i), answer)
    assert len(answers) == 4
    assert answers.get(("v1",), ("k", 0)) is None and answers.get(("v1",), ("k", 5)) is answer
    answers.get(("v1",), ("k", 2))  # used: kept over older ones
    answers.put(("v1",), ("k", 6), answer)
    assert answers.get(("v1",), ("k", 2)) is answer and answers.get(("v1",), ("k", 3)) is None


def test_kept_answers_hold_one_version():
    answers = KeptAnswers()
    small = KeptAnswer.of({"a": 1})
    answers.put(("v1",), ("k",), small)
    assert answers.get(("v2",), ("k",)) is None  # a newer store never gets an older answer
    answers.put(("v2",), ("j",), small)
    assert answers.get(("v1",), ("k",)) is None and len(answers) == 1


def test_an_answer_over_a_quarter_of_the_budget_is_not_kept():
    big = KeptAnswer.of({"items": ["y" * 10_000]})
    answers = KeptAnswers(budget=big.size * 2)
    answers.put(("v",), ("k",), big)
    assert len(answers) == 0


def test_kept_answer_bytes():
    content = {"name": "Ménaka", "n": [1, 2.5, None], "text": "<script>"}
    answer = KeptAnswer.of(content)
    assert answer.body == JSONResponse(content).body and gzip.decompress(answer.gzipped) == answer.body
    large = KeptAnswer.of({"items": list(range(2000))})
    assert gzip.decompress(large.gzipped) == large.body
    assert KeptAnswer.of({"items": list(range(2000))}).etag == large.etag != answer.etag


def test_a_store_without_a_version_is_asked_every_time():
    class Bare:  # another Store: no file, no change marks
        pass

    assert queries.store_version(Bare()) is None


# --- what a kept answer costs ---------------------------------------------------------

def test_a_thread_takes_over_the_connection_of_an_ended_thread(served):
    import threading

    from footprint.serve.app import Stores

    _, app, _ = served
    stores = Stores(app.state.stores.config)
    got: list = []
    for _ in range(5):  # one after another: each thread has ended before the next asks
        t = threading.Thread(target=lambda: got.append(stores.get()))
        t.start()
        t.join(timeout=10)
    assert len(got) == 5 and len({id(s) for s in got}) == 1 and len(stores._all) == 1
    stores.close()


def test_requests_do_not_open_a_connection_each(served):
    _, app, client = served
    for _ in range(12):
        assert client.get("/api/v1/events").status_code == 200
    # the server's worker threads may overlap for a moment (two live threads, two connections), but
    # sequential requests must not open one connection per request
    assert 1 <= len(app.state.stores._all) <= 3


def test_live_threads_get_their_own_connections(served):
    import threading

    _, app, _ = served
    got: list = []
    ready = threading.Barrier(3)

    def work():
        got.append(app.state.stores.get())
        ready.wait(timeout=10)  # all three alive at once: none may take another's connection

    threads = [threading.Thread(target=work) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=10)
    assert len({id(s) for s in got}) == 3


def test_the_version_is_read_once_per_request_and_shared_by_both_caches(served, monkeypatch):
    from footprint.store.sqlite import SQLiteStore

    db, app, client = served
    calls = []
    real = SQLiteStore.version
    monkeypatch.setattr(SQLiteStore, "version", lambda self: calls.append(1) or real(self))
    with queries._presence_lock:
        queries._presence_cache.clear()
        queries._presence_version[0] = None
    assert client.get("/api/v1/presence", headers=PLAIN).status_code == 200
    assert len(calls) == 1  # not once for the kept answer and again for the presence items
    with open_store(db, read_only=True) as store:
        now = real(store)
    assert app.state.answers._version == now
    if fused():
        assert queries._presence_version[0] == now


def test_no_stale_answer_after_writes_during_reads(served):
    import threading

    db, _, client = served
    done = threading.Event()

    def write():
        try:
            for n in range(10, 14):
                add_and_fuse(db, new_report(n))
        finally:
            done.set()

    writer = threading.Thread(target=write)
    writer.start()
    while not done.is_set():  # answers kept while the store keeps changing under them
        for url in ("/api/v1/events", "/api/v1/presence"):
            assert client.get(url, headers=PLAIN).status_code == 200
    writer.join(timeout=60)
    cold = Client(create_app(db, read_only=True))
    try:
        for url in ("/api/v1/events", "/api/v1/presence", "/api/v1/timeline"):
            assert client.get(url, headers=PLAIN).content == cold.get(url, headers=PLAIN).content, url
    finally:
        cold.close()
    assert b"desk13.example" in client.get("/api/v1/events", headers=PLAIN).content
