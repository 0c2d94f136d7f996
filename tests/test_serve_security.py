"""Hostile reports render inert; uploads and URLs obey their limits and rules."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from browser.sample import HOSTILE_URL, XSS, Client, build_store
from footprint.serve import create_app


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    db = tmp_path_factory.mktemp("sec") / "sample.db"
    return db, build_store(db)


@pytest.fixture(scope="module")
def client(sample):
    c = Client(create_app(sample[0]))
    yield c
    c.close()


def hostile_pages(r) -> list[str]:
    doc, event = r["hostile"].document, r["hostile"].events[0]
    return [
        "/",
        "/events",
        f"/events/{event.id}",
        "/documents",
        f"/documents/{doc.id}",
        "/actors",
        "/places",
        "/presence",
        "/changes?since=2020-01-01",
        "/search?q=gunmen",
        "/search?q=" + "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
        "/events?actor=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E",
    ]


class Elements(HTMLParser):
    """Every element a browser would build from the page, with its attributes."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))

    handle_startendtag = handle_starttag


#: Elements our templates write: anything else came from a report.
OUR_TAGS = {
    "html", "head", "meta", "title", "link", "script", "body", "header", "nav", "a", "span", "main", "form", "label",
    "input", "datalist", "option", "select", "button", "p", "section", "svg", "g", "circle", "rect", "div", "h1", "h2",
    "small", "table", "thead", "tbody", "tr", "th", "td", "blockquote", "mark", "dl", "dt", "dd", "ul", "li", "em", "b",
    "code", "article", "fieldset", "legend", "br",
}


def active_content(html: str) -> list[str]:
    parser = Elements()
    parser.feed(html)
    found = []
    for tag, attrs in parser.elements:
        if tag not in OUR_TAGS:
            found.append(f"<{tag}>")
        if tag == "script" and attrs.get("src") != "/static/footprint.js":
            found.append(f"script {attrs}")
        for name, value in attrs.items():
            if name.startswith("on"):
                found.append(f"{tag} {name}")
            if name in {"href", "src", "action", "formaction", "xlink:href"} and value and not value.startswith(("/", "http://", "https://", "?")):
                found.append(f"{tag} {name}={value}")
            if name == "id" and value and value.startswith("injected"):
                found.append(f"{tag} id={value}")
    return found


def test_payloads_render_as_text_on_every_page(client, sample):
    _, r = sample
    for url in hostile_pages(r):
        resp = client.get(url, headers={"Accept": "text/html"})
        assert resp.status_code == 200, url
        assert active_content(resp.text) == [], url
        assert len(re.findall(r"<script\b", resp.text, re.I)) == 1, url  # only the static file, nothing inline


def test_the_checker_sees_injected_markup():
    assert active_content('<p>ok</p><img src=x onerror=alert(1)>') == ["<img>", "img src=x", "img onerror"]
    assert active_content('<a href="javascript:alert(1)">x</a>') == ["a href=javascript:alert(1)"]
    assert active_content("<script>alert(1)</script>") == ["script {}"]


def test_payloads_are_shown_escaped_not_dropped(client, sample):
    _, r = sample
    html = client.get(f"/documents/{r['hostile'].document.id}", headers={"Accept": "text/html"}).text
    assert "&lt;script&gt;alert(&#39;t1&#39;)&lt;/script&gt;" in html
    assert "&lt;/script&gt;&lt;script&gt;alert(&#39;t4&#39;)" in html
    assert "\uff1cscript\uff1e" in html  # fullwidth look-alikes are harmless text and stay as written
    event_html = client.get(f"/events/{r['hostile'].events[0].id}", headers={"Accept": "text/html"}).text
    assert "&lt;img src=x onerror=alert(&#34;t2&#34;) id=injected-img&gt;" in event_html
    # the evidence is still cut into marked spans around the payloads
    assert '<mark class="span-actor"' in event_html and '<mark class="span-place"' in event_html


def test_javascript_urls_never_become_links(client, sample):
    _, r = sample
    for url in (f"/documents/{r['hostile'].document.id}", f"/events/{r['hostile'].events[0].id}", "/documents"):
        html = client.get(url, headers={"Accept": "text/html"}).text
        hrefs = re.findall(r'href="([^"]*)"', html)
        assert hrefs and all(h.startswith(("/", "http://", "https://")) for h in hrefs), hrefs
        assert HOSTILE_URL.replace("'", "&#39;") in html or url == "/documents"  # shown as inert text


@pytest.mark.parametrize(
    "value,ok",
    [
        ("https://example.org/a?b=1", True),
        ("http://example.org", True),
        ("javascript:alert(1)", False),
        (" JavaScript:alert(1)", False),
        ("java\tscript:alert(1)", False),
        ("data:text/html,<script>alert(1)</script>", False),
        ("vbscript:msgbox(1)", False),
        ("//evil.example/x", False),
        ("https://exa\nmple.org", False),
        ("", False),
        (None, False),
    ],
)
def test_safe_url(value, ok):
    from footprint.serve.pages import safe_url

    assert (safe_url(value) is not None) is ok


def test_json_api_carries_payloads_as_data(client, sample):
    _, r = sample
    resp = client.get(f"/api/v1/documents/{r['hostile'].document.id}")
    assert resp.headers["content-type"] == "application/json"
    body = resp.json()
    assert body["title"] == "Attack " + XSS[0] + XSS[1]
    assert body["url"] == HOSTILE_URL
    assert XSS[3] in body["text"]  # "</script>" is data in JSON, never inlined into a page


def test_filter_values_are_escaped_in_forms(client):
    html = client.get("/events", params={"actor": '"><script>alert(9)</script>'}, headers={"Accept": "text/html"}).text
    assert 'value="&#34;&gt;&lt;script&gt;alert(9)&lt;/script&gt;"' in html
    assert "<script>alert(9)" not in html


def test_static_js_never_parses_data_as_html():
    js = (Path(__file__).parents[1] / "src/footprint/serve/static/footprint.js").read_text()
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function"):
        assert sink not in js, sink


# --- adding reports -----------------------------------------------------------------


class FakeReport:
    def __init__(self, outcomes, failures=()):
        self.outcomes, self.failures = list(outcomes), list(failures)
        self.languages: list[tuple[str, int]] = []  # as process.IngestReport: (language, events) per document

    def summary(self):
        return f"{len(self.outcomes)} new"


@pytest.fixture
def fake_ingest(monkeypatch):
    """Stands in for footprint.process.ingest (which would load the language model)."""
    from footprint.serve import upload
    from footprint.store import AddOutcome

    calls = []

    def ingest(store, inputs, *, settings=None, labels=None):
        seen = []
        for item in inputs:
            p = Path(item)
            seen.append((item, p.name, p.read_bytes() if p.exists() else None))
        calls.append({"inputs": seen, "settings": settings, "store": store, "labels": labels or {}})
        return FakeReport([AddOutcome("abc123def456", "new", None, 2)])

    monkeypatch.setattr(upload, "ingest_function", lambda: ingest)
    return calls


def test_upload_goes_through_ingest_with_limits(sample, fake_ingest):
    c = Client(create_app(sample[0], max_upload_bytes=1000))
    try:
        resp = c.post("/api/v1/documents", files={"file": ("../../etc/Report <1>.txt", b"Gunmen raided a town.", "text/plain")})
        assert resp.status_code == 201, resp.text
        body = resp.json()
        assert body["ok"] and body["documents"][0]["links"]["html"] == "/documents/abc123def456"
        (item, name, data), = fake_ingest[0]["inputs"]
        assert data == b"Gunmen raided a town."
        assert name == "upload.txt"  # a fixed name in a fresh folder: the client's name never reaches the disk
        assert fake_ingest[0]["labels"] == {item: "upload:Report _1.txt"}
        assert not Path(item).exists()  # the temporary copy is gone
        settings = fake_ingest[0]["settings"]
        assert settings.max_bytes == 1000 and settings.allow_private is False
        too_big = c.post("/api/v1/documents", files={"file": ("big.txt", b"x" * 1001, "text/plain")})
        assert too_big.status_code == 413 and too_big.json()["error"]["code"] == "too_large"
        binary = c.post("/api/v1/documents", files={"file": ("tool.exe", b"MZ\x00\x01", "application/octet-stream")})
        assert binary.status_code == 400 and "unsupported file type" in binary.json()["error"]["message"]
        neither = c.post("/api/v1/documents", data={})
        assert neither.status_code == 422
        both = c.post("/api/v1/documents", data={"url": "https://example.org/x"}, files={"file": ("a.txt", b"x", "text/plain")})
        assert both.status_code == 422
    finally:
        c.close()
    assert len(fake_ingest) == 1  # refused uploads never reached the pipeline


@pytest.mark.parametrize("url", ["javascript:alert(1)", "file:///etc/passwd", "ftp://example.org/x", "http://", "not a url"])
def test_only_http_urls_are_fetched(sample, fake_ingest, url):
    c = Client(create_app(sample[0]))
    try:
        resp = c.post("/api/v1/documents", data={"url": url})
    finally:
        c.close()
    assert resp.status_code == 400 and resp.json()["error"]["code"] == "bad_input"
    assert fake_ingest == []


def test_url_is_handed_to_ingest_with_its_rules(sample, fake_ingest):
    c = Client(create_app(sample[0]))
    try:
        resp = c.post("/api/v1/documents", data={"url": " https://news.example/report "})
    finally:
        c.close()
    assert resp.status_code == 201
    assert fake_ingest[0]["inputs"][0][0] == "https://news.example/report"
    assert fake_ingest[0]["settings"].allow_private is False


def test_cross_site_posts_are_refused(sample, fake_ingest):
    c = Client(create_app(sample[0]))
    try:
        resp = c.post("/add", data={"url": "https://news.example/x"}, headers={"Origin": "https://evil.example"})
        same = c.post("/add", data={"url": "https://news.example/x"}, headers={"Origin": "http://127.0.0.1:8000"})
    finally:
        c.close()
    assert resp.status_code == 403 and resp.json()["error"]["code"] == "cross_origin"
    assert same.status_code == 201 and "abc123def456" in same.text
    assert len(fake_ingest) == 1


def test_upload_without_ingest_pipeline_is_503(sample, monkeypatch):
    from footprint.serve import upload

    monkeypatch.setattr(upload, "ingest_function", lambda: None)
    c = Client(create_app(sample[0]))
    try:
        resp = c.post("/api/v1/documents", data={"url": "https://news.example/x"})
    finally:
        c.close()
    assert resp.status_code == 503 and resp.json()["error"]["code"] == "ingest_unavailable"


def test_add_form_shows_failures_escaped(sample, monkeypatch):
    from footprint.serve import upload
    from footprint.process import InputFailure

    monkeypatch.setattr(
        upload, "ingest_function", lambda: lambda store, inputs, settings=None: FakeReport([], [InputFailure(inputs[0], "<b>refused</b>")])
    )
    c = Client(create_app(sample[0]))
    try:
        resp = c.post("/add", data={"url": "https://news.example/<script>"}, headers={"Accept": "text/html"})
    finally:
        c.close()
    assert resp.status_code == 400
    assert "&lt;b&gt;refused&lt;/b&gt;" in resp.text and "<b>refused" not in resp.text
