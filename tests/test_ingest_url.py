"""URL fetching through httpx.MockTransport and an injected resolver: never the network."""

from __future__ import annotations

import httpx
import pytest

from footprint.errors import BinaryInput, FetchError, ForbiddenAddress, InputTooLarge
from footprint.ingest import Failure, iter_inputs
from footprint.ingest.url import MAX_REDIRECTS, check_url, fetch, forbidden_reason, read_url
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


# --- address tricks, rebinding, encodings -------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "http://2130706433/",  # 127.0.0.1 as one decimal number
        "http://0177.0.0.1/",  # octal (httpx itself refuses this spelling: refused either way)
        "http://0x7f.1/",  # hex, short form
        "http://127.1/",
        "http://0/",  # 0.0.0.0
        "http://[::ffff:7f00:1]/",  # IPv4-mapped, hex form
        "http://[2002:7f00:1::]/",  # 6to4 around 127.0.0.1
        "http://[64:ff9b::a00:1]/",  # NAT64 around 10.0.0.1
        "http://news.example.com@127.0.0.1/",  # userinfo: the host is what follows @
        "http://127.0.0.1#@news.example.com/",
    ],
)
def test_numeric_and_embedded_address_forms_are_refused(url):
    def never(request):
        raise AssertionError("no request may be sent")

    # the resolver knows none of these: they must be read as addresses, not looked up
    f = only_failure(read(url, never), FetchError)
    assert not f.error.retryable
    assert isinstance(f.error, ForbiddenAddress) or "0177" in url, f


@pytest.mark.parametrize("target", ["file:///etc/passwd", "gopher://127.0.0.1:25/_HELO", "ftp://news.example.com/x"])
def test_redirect_to_another_scheme_is_refused(target):
    seen = []

    def handler(request):
        seen.append(str(request.url))
        return httpx.Response(302, headers={"location": target})

    f = only_failure(read("https://news.example.com/r", handler), FetchError)
    assert "only http and https" in f.reason and seen == ["https://news.example.com/r"]


class _LocalServer:
    """A plain HTTP server on 127.0.0.1 that records what reaches it."""

    def __enter__(self):
        import http.server
        import threading

        hits = self.hits = []

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):
                hits.append((self.path, self.headers.get("Host")))
                body = b"example.org\nA headline here now\n" + BODY.encode()
                self.send_response(200)
                self.send_header("Content-Type", "text/plain")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()


def test_dns_rebinding_cannot_reach_a_local_server():
    """The name answers a public address to the check, then 127.0.0.1: the connection is refused."""
    answers = iter([["93.184.216.34"]])

    def rebinding(host, port):
        return next(answers, ["127.0.0.1"])

    with _LocalServer() as local:
        with pytest.raises(ForbiddenAddress, match="loopback"):
            fetch(f"http://rebind.example:{local.port}/secret", resolver=rebinding, timeout=5)
        assert local.hits == []


def test_connection_goes_to_the_checked_address_with_the_name_as_host():
    calls = []

    def resolver_(host, port):
        calls.append(host)
        return ["127.0.0.1"]

    with _LocalServer() as local:
        got = fetch(f"http://reports.example:{local.port}/a", resolver=resolver_, allow_private=True, timeout=5)
    assert got.status == 200 and BODY.encode() in got.body
    assert local.hits == [("/a", f"reports.example:{local.port}")]
    assert calls == ["reports.example"]  # resolved once, by the pinned transport, not by the system


def _streamed(body: bytes, **headers) -> httpx.Response:
    # an iterator body is streamed as on the network (a bytes body is read whole up front)
    return httpx.Response(200, headers={"content-type": "text/plain", **headers}, content=iter([body]))


def test_compressed_bomb_is_refused_without_inflating_it():
    import gzip

    bomb = gzip.compress(b"A" * 20_000_000)  # ~20 kB that inflate to 20 MB
    assert len(bomb) < 100_000
    f = only_failure(read("https://news.example.com/bomb", lambda r: _streamed(bomb, **{"content-encoding": "gzip"}),
                          max_bytes=100_000), InputTooLarge)
    assert "100,000" in f.reason


def test_gzip_and_deflate_bodies_are_decoded():
    import gzip
    import zlib as z

    text = ("example.org\nA headline here now\n" + BODY).encode()
    for encoding, data in (("gzip", gzip.compress(text)), ("deflate", z.compress(text))):
        (d,) = read("https://news.example.com/z", lambda r, e=encoding, b=data: _streamed(b, **{"content-encoding": e}))
        assert BODY in d.text, encoding


def test_unknown_content_encoding_is_refused_and_never_asked_for():
    asked = []

    def handler(request):
        asked.append(request.headers.get("accept-encoding"))
        return _streamed(b"\x1b\x00garbage", **{"content-encoding": "br"})

    f = only_failure(read("https://news.example.com/br", handler), FetchError)
    assert "unsupported content encoding" in f.reason
    assert asked == ["gzip, deflate"]


def test_redirects_share_one_deadline():
    import time

    hops = []

    def slow_hops(request):
        hops.append(request.url)
        time.sleep(0.06)
        return httpx.Response(302, headers={"location": "/again"})

    f = only_failure(read("https://news.example.com/hop", slow_hops, timeout=0.1), FetchError)
    # each hop takes 0.06 s of a 0.1 s budget: a per-hop timeout would follow every redirect
    assert "timed out" in f.reason
    assert len(hops) < MAX_REDIRECTS
