"""The JSON API and the pages, in-process on a hand-built store (no model, no sockets)."""

from __future__ import annotations

import logging
import re

import pytest

from browser.sample import Client, build_store
from footprint.serve import create_app


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    db = tmp_path_factory.mktemp("api") / "sample.db"
    results = build_store(db)
    return db, results


@pytest.fixture(scope="module")
def client(sample):
    db, _ = sample
    c = Client(create_app(db))
    yield c
    c.close()


def ids(body):
    return {e["id"] for e in body["items"]}


def test_events_list_and_filters(client, sample):
    _, r = sample
    base, attacks, hostile = r["base"].events[0], r["attacks"].events, r["hostile"].events[0]
    everything = client.get("/api/v1/events").json()
    assert ids(everything) == {base.id, attacks[0].id, attacks[1].id, hostile.id}
    assert everything["next_offset"] is None
    # ordered by date
    assert [e["id"] for e in everything["items"]][0] == attacks[0].id

    def q(**params):
        resp = client.get("/api/v1/events", params=params)
        assert resp.status_code == 200, resp.text
        return ids(resp.json())

    assert q(actor="jnim") == {attacks[0].id, attacks[1].id}
    assert q(actor="russian") == {base.id}
    assert q(type="base_expansion") == {base.id}
    assert q(country="bf") == {attacks[0].id, attacks[1].id}
    assert q(since="2023-01-01") == {base.id, hostile.id}
    assert q(until="2022-05-31") == {attacks[0].id}
    # an event that began before `since` and is still going counts (its month-long interval overlaps)
    assert q(since="2022-06-15", until="2022-06-20") == {attacks[1].id}
    assert q(since="2022-07-01", until="2022-12-31") == set()
    assert q(modality="alleged") == {attacks[1].id}
    assert q(bbox="-6,12,-3,16") == {base.id}
    assert q(q="compound") == {base.id}
    page1 = client.get("/api/v1/events", params={"limit": 3}).json()
    assert len(page1["items"]) == 3 and page1["next_offset"] == 3
    page2 = client.get("/api/v1/events", params={"limit": 3, "offset": 3}).json()
    assert len(page2["items"]) == 1 and page2["next_offset"] is None
    assert ids(page1) | ids(page2) == ids(everything)


def test_min_sources_uses_fused_counts(client):
    one = client.get("/api/v1/events", params={"min_sources": 1}).json()
    assert len(one["items"]) == 4
    many = client.get("/api/v1/events", params={"min_sources": 5}).json()
    assert many["items"] == []
    assert client.get("/api/v1/map", params={"min_sources": 5}).json()["points"] == []


def test_event_detail_marks_the_evidence(client, sample):
    _, r = sample
    event = r["base"].events[0]
    body = client.get(f"/api/v1/events/{event.id[:8]}").json()  # a unique prefix is enough
    assert body["id"] == event.id
    pieces = body["evidence_pieces"]
    assert "".join(p["text"] for p in pieces) == event.evidence.sentence
    marked = {p["kind"]: p["text"] for p in pieces if p["kind"]}
    assert marked == {"actor": "Russian Armed Forces", "place": "Mopti Ambodedjo Airport", "timex": "October 2023",
                      "quantity": "about 300"}
    assert body["decided"]["place"] == ["airport name in the facility registry", "inside Mali"]
    assert body["decided"]["date"] == "explicit month and year in the sentence"
    assert body["document"]["url"] == "https://sahel-observer.example/airfield"


def test_document_detail_has_spans_and_marked_segments(client, sample):
    _, r = sample
    doc = r["base"].document
    body = client.get(f"/api/v1/documents/{doc.id}").json()
    assert {s["kind"] for s in body["spans"]} == {"actor", "place", "timex", "quantity"}
    kinds = [b["kind"] for b in body["blocks"]]
    assert kinds[0] == "title" and "caption" in kinds and "boilerplate" in kinds and "body" in kinds
    joined = "".join(p["text"] for b in body["blocks"] for p in b["pieces"])
    assert joined == doc.text
    assert [e["id"] for e in body["events"]] == [r["base"].events[0].id]
    listing = client.get("/api/v1/documents", params={"limit": 2}).json()
    assert listing["total"] == 3 and len(listing["items"]) == 2 and listing["next_offset"] == 2


def test_map_is_compact_and_marks_country_precision(client, sample):
    _, r = sample
    body = client.get("/api/v1/map").json()
    assert body["mode"] == "points"
    by_id = {p[0]: p for p in body["points"]}
    assert len(by_id) == 4
    country_only = by_id[r["attacks"].events[1].id]
    assert country_only[3] == "country"
    lat, lon = country_only[1], country_only[2]
    assert 9 < lat < 15.5 and -6 < lon < 2.5  # drawn inside Burkina Faso, from the basemap
    town = by_id[r["attacks"].events[0].id]
    assert town[1:4] == [14.102, -1.627, "town"]
    filtered = client.get("/api/v1/map", params={"actor": "jnim"}).json()
    assert len(filtered["points"]) == 2


def test_timeline_actors_places_search(client, sample):
    _, r = sample
    tl = client.get("/api/v1/timeline").json()
    assert dict(tl["months"]) == {"2022-05": 1, "2022-06": 1, "2023-10": 1, "2024-01": 1}
    assert len(tl["intervals"]) == 4
    actors = client.get("/api/v1/actors").json()["items"]
    jnim = next(a for a in actors if a["id"] == "jnim")
    assert jnim["events"] == 2 and jnim["first"] == "2022-05-04"
    places = client.get("/api/v1/places").json()["items"]
    assert any(p["name"] == "Djibo" and p["country"] == "BF" for p in places)
    found = client.get("/api/v1/search", params={"q": "airfield"}).json()
    assert [d["id"] for d in found["documents"]] == [r["base"].document.id]
    hostile = client.get("/api/v1/search", params={"q": '"unbalanced quote OR NEAR('}).json()
    assert hostile["documents"] == [] and hostile["events"] == []  # FTS syntax in user input is inert


def test_presence_and_changes(client):
    body = client.get("/api/v1/presence").json()
    assert "items" in body
    if "note" in body:
        pytest.skip("fusion is not installed: " + body["note"])
    names = {(p["actor"]["name"], p["place"]["name"]) for p in body["items"]}
    assert ("Russian Armed Forces", "Mopti Ambodedjo Airport") in names
    p = next(p for p in body["items"] if p["place"]["name"] == "Mopti Ambodedjo Airport")
    assert p["start"] == "2023-10-01" and p["links"]["events"]
    ch = client.get("/api/v1/changes", params={"since": "2023-01-01"}).json()
    assert ch["since"] == "2023-01-01"
    assert client.get("/api/v1/changes").status_code == 422
    assert client.get("/api/v1/presence", params={"at": "soon"}).status_code == 422


# --- one error shape -------------------------------------------------------------


def assert_error(resp, status, code=None):
    assert resp.status_code == status, resp.text
    assert resp.headers["content-type"].startswith("application/json")
    body = resp.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"status", "code", "message"}
    assert body["error"]["status"] == status
    assert body["error"]["message"]
    if code:
        assert body["error"]["code"] == code
    return body["error"]


@pytest.mark.parametrize(
    "url,status",
    [
        ("/no/such/page", 404),
        ("/api/v1/nothing", 404),
        ("/api/v1/events/ffffffffffff", 404),
        ("/api/v1/documents/ffffffffffff", 404),
        ("/events/ffffffffffff?format=json", 404),
        ("/api/v1/events?limit=0", 422),
        ("/api/v1/events?limit=abc", 422),
        ("/api/v1/events?since=yesterday", 422),
        ("/api/v1/events?since=2024-05-01&until=2024-01-01", 422),
        ("/api/v1/events?bbox=1,2,3", 422),
        ("/api/v1/events?bbox=0,95,1,96", 422),
        ("/api/v1/events?country=Mali", 422),
        ("/api/v1/events?min_sources=0", 422),
        ("/api/v1/search", 422),
        ("/api/v1/events/x", 422),
    ],
)
def test_every_error_has_one_shape(client, url, status):
    assert_error(client.get(url), status)


def test_wrong_method_has_the_shape(client):
    assert_error(client.request("DELETE", "/api/v1/events"), 405)


def test_internal_errors_hide_details_and_are_logged(sample, monkeypatch, caplog):
    from footprint.serve import queries

    def boom(*a, **k):
        raise RuntimeError("secret internal detail /etc/passwd")

    monkeypatch.setattr(queries, "list_events", boom)
    c = Client(create_app(sample[0]))
    try:
        with caplog.at_level(logging.ERROR, logger="footprint.serve"):
            resp = c.get("/api/v1/events")
            html = c.get("/events", headers={"Accept": "text/html"})
    finally:
        c.close()
    assert_error(resp, 500, "internal_error")
    assert "secret" not in resp.text and "Traceback" not in resp.text
    assert html.status_code == 500 and "secret" not in html.text and "internal error" in html.text
    for r in (resp, html):
        assert "frame-ancestors 'none'" in r.headers["content-security-policy"]
    assert "secret internal detail" in caplog.text  # kept for the operator


def test_browser_gets_an_html_error_page_with_the_same_fields(client):
    resp = client.get("/no/such/page", headers={"Accept": "text/html"})
    assert resp.status_code == 404 and resp.headers["content-type"].startswith("text/html")
    assert "not_found" in resp.text and "/no/such/page" in resp.text


# --- every page has a JSON twin ----------------------------------------------------

PAGES = {
    "/": "/api/v1/map",
    "/events": "/api/v1/events",
    "/events/{event}": "/api/v1/events/",
    "/documents": "/api/v1/documents",
    "/documents/{doc}": "/api/v1/documents/",
    "/presence": "/api/v1/presence",
    "/actors": "/api/v1/actors",
    "/places": "/api/v1/places",
    "/changes?since=2022-01-01": "/api/v1/changes",
    "/search?q=airfield": "/api/v1/search",
    "/add": "/api/v1/documents",
    "/api/v1/docs": "/api/v1/openapi.json",
}


def test_every_page_has_a_json_twin(client, sample):
    _, r = sample
    from footprint.serve import pages

    routed = {route.path for route in pages.router.routes if "GET" in getattr(route, "methods", ())}
    listed = {p.split("?")[0].replace("{event}", "{event_id}").replace("{doc}", "{doc_id}") for p in PAGES}
    assert routed == listed, "a page without a JSON twin test"
    for template, api_prefix in PAGES.items():
        url = template.format(event=r["base"].events[0].id, doc=r["base"].document.id)
        html = client.get(url, headers={"Accept": "text/html"})
        assert html.status_code == 200, (url, html.text[:300])
        assert html.headers["content-type"].startswith("text/html")
        alternate = re.search(r'<link rel="alternate" type="application/json" href="([^"]+)"', html.text)
        assert alternate, url
        twin = client.get(alternate.group(1).replace("&amp;", "&"))
        assert twin.status_code == 200 and twin.headers["content-type"].startswith("application/json"), url
        assert isinstance(twin.json(), dict)
        by_accept = client.get(url, headers={"Accept": "application/json"})
        assert by_accept.json() == twin.json(), url
        api_link = re.search(r'<a class="api-link" href="([^"]+)"', html.text)
        assert api_link and api_link.group(1).startswith(api_prefix), url
        api = client.get(api_link.group(1).replace("&amp;", "&"))
        assert api.status_code == 200, (url, api.text[:200])


def test_openapi_schema_documents_the_api(client):
    schema = client.get("/api/v1/openapi.json").json()
    for path in ("/api/v1/events", "/api/v1/events/{event_id}", "/api/v1/documents", "/api/v1/documents/{doc_id}",
                 "/api/v1/actors", "/api/v1/places", "/api/v1/presence", "/api/v1/changes", "/api/v1/search",
                 "/api/v1/map"):
        assert path in schema["paths"], path
    params = {p["name"] for p in schema["paths"]["/api/v1/events"]["get"]["parameters"]}
    assert {"actor", "type", "country", "since", "until", "modality", "min_sources", "bbox", "q", "limit", "offset"} <= params
    assert "post" in schema["paths"]["/api/v1/documents"]
    docs = client.get("/api/v1/docs")
    assert "/api/v1/events" in docs.text and "min_sources" in docs.text
    assert "cdn" not in docs.text.lower()


def test_security_headers_on_every_response(client):
    for url in ("/", "/api/v1/events", "/static/footprint.js", "/nope"):
        h = client.get(url).headers
        policy = h["content-security-policy"]
        assert "default-src 'self'" in policy and "frame-ancestors 'none'" in policy
        assert "script-src 'self'" in policy and "unsafe-inline" not in policy and "unsafe-eval" not in policy
        assert h["x-content-type-options"] == "nosniff"
        assert h["x-frame-options"] == "DENY"


def test_offline_unless_tiles_are_asked_for(sample):
    plain = Client(create_app(sample[0]))
    tiled = Client(create_app(sample[0], online_tiles=True))
    try:
        page = plain.get("/").text
        assert "openstreetmap" not in page and "openstreetmap" not in plain.get("/").headers["content-security-policy"]
        assert re.findall(r'(?:src|href)="(https?:)?//', page) == []  # no external resource at all
        assert "tile.openstreetmap.org" in tiled.get("/").headers["content-security-policy"]
        assert 'data-tiles="https://tile.openstreetmap.org/' in tiled.get("/").text
    finally:
        plain.close()
        tiled.close()


def test_read_only_server_reads_and_refuses_writes(sample):
    c = Client(create_app(sample[0], read_only=True))
    try:
        assert c.get("/api/v1/events").status_code == 200
        resp = c.post("/api/v1/documents", data={"url": "https://example.org/report"})
        assert_error(resp, 403, "read_only")
        assert "Add report" not in c.get("/", headers={"Accept": "text/html"}).text
    finally:
        c.close()


def test_missing_store_is_a_clear_error(tmp_path):
    from footprint.errors import StoreError

    with pytest.raises(StoreError, match="no store"):
        create_app(tmp_path / "absent.db", read_only=True)


def test_basemap_endpoint(client):
    resp = client.get("/api/v1/basemap")
    if resp.status_code != 200:
        pytest.skip("the Natural Earth package is not installed")
    body = resp.json()
    isos = {c["iso"] for c in body["countries"]}
    assert {"ML", "BF", "NE", "FR", "RU"} <= isos
    assert "max-age" in resp.headers["cache-control"]
