"""URL fetching through httpx.MockTransport and an injected resolver: never the network."""

from __future__ import annotations

import httpx
import pytest

from footprint.errors import BinaryInput, FetchError, ForbiddenAddress, InputTooLarge
from footprint.ingest import Failure, iter_inputs
from footprint.ingest.url import check_url, fetch, forbidden_reason, read_url
from footprint.model import Document

PUBLIC = {"news.example.com": ["93.184.216.34"], "cdn.example.net": ["2606:2800:220:1::1"]}
HOSTS = {
    **PUBLIC,
    "intranet.example.com": ["10.1.2.3"],
    "mixed.example.com": ["93.184.216.34", "192.168.0.7"],
    "meta.example.com": ["169.254.169.254"],
}
BODY = "Gunmen attacked a checkpoint near Gao on Sunday, killing four soldiers, the army said in a statement."
PAGE = f"<html><head><title>Checkpoint attacked</title></head><body><article><h1>Checkpoint attacked</h1><p>{BODY}</p></article></body></html>"


def resolver(host, port):
    if host not in HOSTS:
        raise OSError("Name or service not known")
    return HOSTS[host]


def client_for(handler) -> httpx.Client:
    return httpx.Client(transport=httpx.MockTransport(handler))


def read(url, handler, **kw):
    return list(iter_inputs([url], client=client_for(handler), resolver=resolver, **kw))


def only_failure(items, error_type):
    assert len(items) == 1 and isinstance(items[0], Failure), items
    assert isinstance(items[0].error, error_type), items[0]
    return items[0]


def ok_page(request):
    return httpx.Response(200, headers={"content-type": "text/html; charset=utf-8"}, text=PAGE)


def test_fetch_html_page():
    (d,) = read("https://news.example.com/a", ok_page)
    assert isinstance(d, Document)
    assert d.format == "url" and d.meta["reader"] == "html" and d.meta["content_type"] == "text/html"
    assert d.url == "https://news.example.com/a" and d.source == "news.example.com"
    assert BODY in d.text and d.title == "Checkpoint attacked"


def test_content_type_picks_reader():
    feed = ('<?xml version="1.0"?><rss version="2.0"><channel><title>W</title>'
            f"<item><title>One</title><link>https://news.example.com/1</link><description>{BODY}</description></item>"
            f"<item><title>Two</title><link>https://news.example.com/2</link><description>{BODY} Again.</description></item>"
            "</channel></rss>")
    docs = read("https://news.example.com/feed", lambda r: httpx.Response(200, headers={"content-type": "application/rss+xml"}, text=feed))
    assert [d.title for d in docs] == ["One", "Two"] and all(d.meta["reader"] == "feed" for d in docs)
    (t,) = read("https://news.example.com/t", lambda r: httpx.Response(200, headers={"content-type": "text/plain"}, text="example.org\nA headline here now\n" + BODY))
    assert t.meta["reader"] == "text" and t.source == "example.org"
    (s,) = read("https://news.example.com/s", lambda r: httpx.Response(200, content=PAGE.encode()))  # no content type: sniffed
    assert s.meta["reader"] == "html"


def test_binary_content_type_refused():
    only_failure(read("https://news.example.com/x.pdf", lambda r: httpx.Response(200, headers={"content-type": "application/pdf"}, content=b"%PDF-1.4")), BinaryInput)


@pytest.mark.parametrize(
    "url,why",
    [
        ("http://127.0.0.1/", "loopback"),
        ("http://[::1]/", "loopback"),
        ("http://10.0.0.8/", "private"),
        ("http://192.168.1.1:8080/admin", "private"),
        ("http://169.254.169.254/latest/meta-data", "link-local"),
        ("http://224.0.0.1/", "multicast"),
        ("http://0.0.0.0/", "unspecified"),
        ("http://[::ffff:127.0.0.1]/", "loopback"),
        ("http://100.64.0.1/", "not globally routable"),
        ("https://intranet.example.com/", "private"),
        ("https://mixed.example.com/", "private"),
        ("https://meta.example.com/", "link-local"),
    ],
)
def test_forbidden_addresses(url, why):
    def never(request):
        raise AssertionError("no request may be sent")

    f = only_failure(read(url, never), ForbiddenAddress)
    assert why in f.reason and f.source == url and not f.error.retryable


def test_allow_private():
    (d,) = read("http://127.0.0.1:8000/page", ok_page, allow_private=True)
    assert isinstance(d, Document)


def test_redirect_to_loopback_refused():
    def handler(request):
        if request.url.host == "news.example.com":
            return httpx.Response(302, headers={"location": "http://127.0.0.1/internal"})
        raise AssertionError("the redirect target must not be fetched")

    f = only_failure(read("https://news.example.com/r", handler), ForbiddenAddress)
    assert "127.0.0.1" in f.reason


def test_redirects_followed_and_rechecked():
    seen = []

    def handler(request):
        seen.append(str(request.url))
        if request.url.path == "/old":
            return httpx.Response(301, headers={"location": "https://cdn.example.net/new"})
        return ok_page(request)

    (d,) = read("https://news.example.com/old", handler)
    assert seen == ["https://news.example.com/old", "https://cdn.example.net/new"]
    assert d.url == "https://cdn.example.net/new" and d.meta["requested_url"] == "https://news.example.com/old"


def test_redirect_loop():
    f = only_failure(read("https://news.example.com/loop", lambda r: httpx.Response(302, headers={"location": "/loop"})), FetchError)
    assert "redirects" in f.reason


def test_oversized_response_by_header_and_while_streaming():
    big = b"x" * 5000
    f = only_failure(read("https://news.example.com/big", lambda r: httpx.Response(200, content=big), max_bytes=1000), InputTooLarge)
    assert "1,000" in f.reason

    def stream(request):
        def chunks():
            for _ in range(10):
                yield b"y" * 500
        return httpx.Response(200, content=chunks())  # no content-length

    only_failure(read("https://news.example.com/stream", stream, max_bytes=1000), InputTooLarge)


def test_timeout():
    def slow(request):
        raise httpx.ReadTimeout("timed out", request=request)

    f = only_failure(read("https://news.example.com/slow", slow, timeout=2.0), FetchError)
    assert "timed out after 2 s" in f.reason and f.error.retryable


def test_connection_error_and_http_errors():
    def refuse(request):
        raise httpx.ConnectError("connection refused", request=request)

    assert "cannot connect" in only_failure(read("https://news.example.com/", refuse), FetchError).reason
    f404 = only_failure(read("https://news.example.com/gone", lambda r: httpx.Response(404)), FetchError)
    assert "HTTP 404" in f404.reason and not f404.error.retryable
    assert only_failure(read("https://news.example.com/e", lambda r: httpx.Response(503)), FetchError).error.retryable


def test_unresolvable_host_and_bad_schemes():
    assert "cannot resolve" in only_failure(read("https://nowhere.invalid/", ok_page), FetchError).reason
    for url in ("ftp://news.example.com/x", "file:///etc/passwd"):
        only_failure(read(url, ok_page), FetchError)


def test_one_bad_url_does_not_stop_the_batch():
    items = list(iter_inputs(["http://127.0.0.1/", "https://news.example.com/a"], client=client_for(ok_page), resolver=resolver))
    assert isinstance(items[0], Failure) and isinstance(items[1], Document)


def test_forbidden_reason_public():
    assert forbidden_reason("93.184.216.34") is None
    assert forbidden_reason("2606:2800:220:1::1") is None
    check_url("https://news.example.com/", resolver=resolver)


def test_fetch_own_client_is_closed_and_injected_is_not():
    client = client_for(ok_page)
    fetched = fetch("https://news.example.com/a", client=client, resolver=resolver)
    assert fetched.status == 200 and fetched.content_type == "text/html"
    assert not client.is_closed
    assert list(read_url("https://news.example.com/a", client=client, resolver=resolver))


def test_slow_drip_response_hits_the_deadline():
    import time

    def drip(request):
        def chunks():
            for _ in range(20):
                time.sleep(0.02)
                yield b"<p>slow</p>"
        return httpx.Response(200, headers={"content-type": "text/html"}, content=chunks())

    f = only_failure(read("https://news.example.com/drip", drip, timeout=0.1), FetchError)
    assert "timed out" in f.reason
