"""Fetching submitted URLs: connections pinned to the checked address through public httpx
API, DNS rebinding refused, proxy variables of the environment ignored, an explicit proxy
used as configured. Name resolution is ``socket.getaddrinfo`` replaced by a table; the only
sockets opened go to servers of the test on 127.0.0.x (a guard fails any other connection)."""

from __future__ import annotations

import ast
import http.server
import socket
import threading
from pathlib import Path

import httpx
import pytest

from footprint.config import Settings
from footprint.errors import ConfigError, FetchError, ForbiddenAddress
from footprint.ingest import Failure, iter_inputs
from footprint.ingest.url import PinnedTransport, check_proxy, fetch, pinned_client

BODY = b"Wire Desk\nA convoy was ambushed on the road south of the river crossing on Friday, officials said.\n"
PUBLIC = "93.184.216.34"


class Server:
    """An HTTP server on a loopback address that records every request line and Host;
    as a proxy it answers GETs itself and refuses CONNECT tunnels."""

    def __init__(self, host: str = "127.0.0.1"):
        self.host = host

    def __enter__(self):
        hits = self.hits = []

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):
                hits.append(("GET", self.path, self.headers.get("Host")))
                self.send_response(200)
                self.send_header("Content-Type", "text/plain")
                self.send_header("Content-Length", str(len(BODY)))
                self.end_headers()
                self.wfile.write(BODY)

            def do_CONNECT(self):
                hits.append(("CONNECT", self.path, self.headers.get("Host")))
                self.send_response(403)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer((self.host, 0), Handler)
        self.port = self.server.server_address[1]
        self.url = f"http://{self.host}:{self.port}"
        threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def dns(monkeypatch):
    """``socket.getaddrinfo`` answering from ``table``: a name maps to a list of answers, one
    per look-up (the last one repeats). Address literals resolve as themselves. Every name
    looked up is recorded in ``asked``."""
    real = socket.getaddrinfo
    state = {"table": {}, "asked": []}

    def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
        name = host.decode() if isinstance(host, bytes) else str(host)
        try:
            import ipaddress

            ipaddress.ip_address(name)
            return real(host, port, family, type, proto, flags)
        except ValueError:
            pass
        state["asked"].append(name)
        answers = state["table"].get(name)
        if not answers:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        addresses = answers.pop(0) if len(answers) > 1 else answers[0]
        out = []
        for a in addresses:
            fam = socket.AF_INET6 if ":" in a else socket.AF_INET
            sockaddr = (a, int(port or 0), 0, 0) if fam == socket.AF_INET6 else (a, int(port or 0))
            out.append((fam, socket.SOCK_STREAM, 6, "", sockaddr))
        return out

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    return state


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """Fails any connection that is not to a loopback server of the test; records every one."""
    real = socket.create_connection
    attempts = []

    def create_connection(address, *args, **kwargs):
        attempts.append(address)
        if not str(address[0]).startswith("127."):
            raise AssertionError(f"a test tried to reach {address}")
        return real(address, *args, **kwargs)

    monkeypatch.setattr(socket, "create_connection", create_connection)
    for var in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY", "http_proxy", "https_proxy", "all_proxy", "no_proxy"):
        monkeypatch.delenv(var, raising=False)
    return attempts


# --- rebinding ---------------------------------------------------------------------


@pytest.mark.parametrize("private", ["127.0.0.1", "10.0.0.5", "192.168.1.20", "169.254.169.254", "::1", "::ffff:127.0.0.1", "fd00::7"])
def test_a_name_that_rebinds_to_a_private_address_is_refused(dns, no_network, private):
    """The first look-up (the check) answers a public address, the next one a private address."""
    with Server() as local:
        dns["table"]["rebind.test"] = [[PUBLIC], [private]]
        with pytest.raises(ForbiddenAddress) as info:
            fetch(f"http://rebind.test:{local.port}/secret", timeout=5)
        assert local.hits == []
    assert private in str(info.value) and "rebind.test" in str(info.value)
    assert no_network == []  # refused before any connection
    assert dns["asked"] == ["rebind.test", "rebind.test"]


def test_a_name_with_one_private_address_among_public_ones_is_refused(dns, no_network):
    dns["table"]["mixed.test"] = [[PUBLIC, "10.1.1.1"]]
    items = list(iter_inputs(["http://mixed.test/report"], timeout=5))
    assert len(items) == 1 and isinstance(items[0], Failure) and isinstance(items[0].error, ForbiddenAddress)
    assert "private" in items[0].reason and no_network == []


def test_the_connection_goes_to_the_address_checked_with_the_name_as_host(dns, no_network):
    """Loopback allowed by the test setting (``allow_private``): the name resolves once, to the
    local server, and a later answer (another address) is never used."""
    with Server() as local:
        dns["table"]["reports.test"] = [["127.0.0.1"], ["127.0.0.9"]]
        got = fetch(f"http://reports.test:{local.port}/a?b=1", allow_private=True, timeout=5)
    assert got.status == 200 and got.body == BODY
    assert got.final_url == f"http://reports.test:{local.port}/a?b=1"  # the name, not the address
    assert local.hits == [("GET", "/a?b=1", f"reports.test:{local.port}")]
    assert dns["asked"] == ["reports.test"]
    assert no_network == [("127.0.0.1", local.port)]


def test_the_next_checked_address_is_tried_when_one_refuses(dns, no_network):
    with Server("127.0.0.3") as local:
        dead = socket.socket()
        dead.bind(("127.0.0.2", local.port))  # bound, never listening: connections are refused
        try:
            dns["table"]["two.test"] = [["127.0.0.2", "127.0.0.3"]]  # tried in this order
            got = fetch(f"http://two.test:{local.port}/r", allow_private=True, timeout=5)
        finally:
            dead.close()
    assert got.status == 200 and local.hits == [("GET", "/r", f"two.test:{local.port}")]
    assert no_network == [("127.0.0.2", local.port), ("127.0.0.3", local.port)]


def test_redirects_are_pinned_hop_by_hop(dns, no_network):
    """A public page redirecting to a name that resolves privately is refused at that hop."""
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(302, headers={"location": "http://inside.test/admin"})

    dns["table"]["inside.test"] = [["10.0.0.1"]]
    client = httpx.Client(transport=httpx.MockTransport(handler))
    dns["table"]["outside.test"] = [[PUBLIC]]
    with pytest.raises(ForbiddenAddress, match="inside.test"):
        fetch("http://outside.test/start", client=client, timeout=5)


# --- proxies -----------------------------------------------------------------------


def test_proxy_variables_of_the_environment_are_ignored(dns, no_network, monkeypatch):
    with Server() as proxy, Server() as target:
        for var in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
            monkeypatch.setenv(var, proxy.url)
        dns["table"]["direct.test"] = [["127.0.0.1"]]
        got = fetch(f"http://direct.test:{target.port}/x", allow_private=True, timeout=5)
        assert got.status == 200
        assert proxy.hits == [] and target.hits == [("GET", "/x", f"direct.test:{target.port}")]
        assert Settings.from_env().fetch_proxy is None
        assert pinned_client().trust_env is False


def test_an_explicit_proxy_is_sent_the_checked_address_and_the_name(dns, no_network):
    with Server() as proxy:
        # the hop's check, then the transport's own look-up: its answer is checked and sent
        dns["table"]["news.test"] = [[PUBLIC], ["93.184.216.35"], ["10.0.0.8"]]
        got = fetch("http://news.test:8080/story", proxy=proxy.url, timeout=5)
    assert got.status == 200 and got.body == BODY
    assert proxy.hits == [("GET", "http://93.184.216.35:8080/story", "news.test:8080")]
    assert dns["asked"] == ["news.test", "news.test"]
    assert no_network == [("127.0.0.1", proxy.port)]  # only the proxy is connected to


def test_an_explicit_proxy_never_sees_a_private_name(dns, no_network):
    with Server() as proxy:
        dns["table"]["intranet.test"] = [["10.20.30.40"]]
        with pytest.raises(ForbiddenAddress, match="private"):
            fetch("http://intranet.test/wiki", proxy=proxy.url, timeout=5)
        dns["table"]["flip.test"] = [[PUBLIC], ["127.0.0.1"]]
        with pytest.raises(ForbiddenAddress, match="loopback"):
            fetch("https://flip.test/", proxy=proxy.url, timeout=5)
        assert proxy.hits == []
    assert no_network == []


def test_https_through_a_proxy_is_tunnelled_to_the_name(dns, no_network):
    """TLS inside a CONNECT tunnel is checked against the CONNECT host, so the tunnel names the
    host; the name was still checked here first. This proxy refuses the tunnel."""
    with Server() as proxy:
        dns["table"]["secure.test"] = [[PUBLIC]]
        with pytest.raises(FetchError, match="cannot connect"):
            fetch("https://secure.test/report", proxy=proxy.url, timeout=5)
    assert proxy.hits == [("CONNECT", "secure.test:443", "secure.test:443")]
    assert dns["asked"] == ["secure.test", "secure.test"]


@pytest.mark.parametrize("value", ["ftp://proxy.internal:21", "proxy.internal:3128", "socks5://127.0.0.1:1080", "http://", "http://[::1"])
def test_a_bad_proxy_setting_is_a_config_error_naming_it(value):
    with pytest.raises(ConfigError) as info:
        check_proxy(value)
    assert "proxy" in str(info.value)
    with pytest.raises(ConfigError):
        PinnedTransport(proxy=value)


@pytest.mark.parametrize("value", ["http://proxy:99999", "http://pr oxy:3128", "http://proxy:0"])
def test_a_proxy_that_could_never_connect_is_refused_at_once(value):
    with pytest.raises(ConfigError, match="must be an http"):
        check_proxy(value)


@pytest.mark.parametrize("value", ["socks5://bob:s3cret@proxy:1080", "http://bob:s3cret@", "http://bob:s3cret@proxy:99999"])
def test_a_refused_proxy_setting_never_repeats_its_password(value):
    with pytest.raises(ConfigError) as info:
        check_proxy(value)
    assert "s3cret" not in str(info.value) and "bob:***@" in str(info.value)


def test_an_ipv6_proxy_and_one_with_credentials_are_kept():
    assert check_proxy("http://[::1]:3128") == "http://[::1]:3128"
    assert check_proxy("https://bob:pw@proxy.internal:3128") == "https://bob:pw@proxy.internal:3128"


def test_an_empty_proxy_setting_means_none():
    assert check_proxy(None) is None and check_proxy("  ") is None
    assert check_proxy(" http://proxy.internal:3128 ") == "http://proxy.internal:3128"


def test_the_web_app_hands_its_proxy_setting_and_never_the_environment(tmp_path, monkeypatch):
    from browser.sample import Client
    from footprint.serve import create_app, upload
    from footprint.store import AddOutcome
    from test_serve_security import FakeReport

    seen = []

    def ingest(store, inputs, *, settings=None, labels=None):
        seen.append(settings.fetch_proxy)
        return FakeReport([AddOutcome("abc123def456", "new", None, 0)])

    monkeypatch.setattr(upload, "ingest_function", lambda: ingest)
    monkeypatch.setenv("HTTPS_PROXY", "http://127.0.0.1:9")
    for proxy in (None, "http://proxy.internal:3128"):
        c = Client(create_app(tmp_path / "p.db", fetch_proxy=proxy))
        try:
            assert c.post("/api/v1/documents", data={"url": "https://news.example/r"}).status_code == 201
        finally:
            c.close()
    assert seen == [None, "http://proxy.internal:3128"]
    with pytest.raises(ConfigError, match="proxy"):
        create_app(tmp_path / "p.db", fetch_proxy="file:///etc/passwd")


def test_serve_refuses_a_bad_fetch_proxy_clearly(tmp_path, monkeypatch):
    import uvicorn
    from typer.testing import CliRunner

    from footprint.cli import app

    monkeypatch.setattr(uvicorn, "run", lambda *a, **k: pytest.fail("the server must not start"))
    result = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "s.db"), "--fetch-proxy", "gopher://x"])
    assert result.exit_code != 0
    assert "proxy" in result.output and "Traceback" not in result.output


# --- public API only ---------------------------------------------------------------


def test_the_url_reader_touches_no_private_attribute():
    """Private attributes of httpx/httpcore objects change between releases without notice."""
    source = Path(__file__).parents[1] / "src/footprint/ingest/url.py"
    tree = ast.parse(source.read_text())
    private = [
        f"line {node.lineno}: .{node.attr}"
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute)
        and node.attr.startswith("_")
        and not (node.attr.startswith("__") and node.attr.endswith("__"))
        and not (isinstance(node.value, ast.Name) and node.value.id in ("self", "cls"))
    ]
    assert private == []
    imported = {a.name for n in ast.walk(tree) if isinstance(n, (ast.Import, ast.ImportFrom)) for a in n.names}
    imported |= {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module}
    assert "httpcore" not in imported
