"""http(s) URLs, fetched with httpx under a size and a time limit.

Safety rules (``allow_private`` lifts the first):

* the host name is resolved and EVERY address it resolves to must be public:
  loopback, private, link-local, multicast, reserved, unspecified and other
  non-global addresses are ``ForbiddenAddress``;
* the connection goes to an address that was checked: the client's transport
  (``PinnedTransport``, public httpx API only) resolves the name itself, checks
  every address and sends the request to the checked one (TLS still verifies
  and sends SNI for the name, the Host header is the name), so a DNS server that
  answers a public address to the check and 127.0.0.1 to the connection (DNS
  rebinding) gains nothing;
* numeric host forms (``2130706433``, ``0177.0.0.1``, ``0x7f.1``) are read as the
  address they stand for; IPv6 forms carrying an IPv4 address (mapped, 6to4,
  NAT64) are judged by that address;
* redirects are followed by hand (at most ``MAX_REDIRECTS``) and each hop is
  checked again, so a public page cannot bounce the fetch to 127.0.0.1 or to
  another scheme (``file:``, ``gopher:``);
* the body is streamed and refused (``InputTooLarge``) as soon as it passes
  ``max_bytes`` *decoded*: only gzip and deflate are accepted, decompressed in
  bounded steps (a small compressed bomb cannot expand in memory); the whole
  fetch, redirects included, must finish within ``timeout`` seconds.

Proxies: HTTP_PROXY, HTTPS_PROXY, ALL_PROXY and NO_PROXY in the environment are
ignored (``trust_env=False``): the URLs come from users, and a proxy would make
the connection itself, out of reach of the pinning. Only an explicit ``proxy``
(``Settings.fetch_proxy``, ``FOOTPRINT_FETCH_PROXY``) is used; then every hop is
still checked here, plain http goes to the checked address through the proxy,
and https is tunnelled to the name, which the proxy resolves again (its own
rules must refuse internal addresses; see ``docs/serve.md``).

The response's content type picks the reader (HTML, feed, Markdown, JSON Lines,
plain text; unknown types are sniffed). ``client`` and ``resolver`` can be
injected; tests use ``httpx.MockTransport`` and never touch the network.
"""

from __future__ import annotations

import dataclasses
import ipaddress
import re
import socket
import time
import zlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from urllib.parse import urljoin

import httpx

from .. import __version__
from ..errors import BinaryInput, ConfigError, FetchError, ForbiddenAddress, InputTooLarge
from ..model import Document
from .base import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, Failure, check_size, sniff_kind
from .html import domain

MAX_REDIRECTS = 5
USER_AGENT = f"footprint/{__version__} (+report reader)"
#: Only these are decoded (in bounded steps); others are refused rather than read undecoded.
ACCEPT_ENCODING = "gzip, deflate"
#: A host made only of these may be a numeric IPv4 form (decimal, octal, hex, short).
_NUMERIC_HOST = re.compile(r"^(0x[0-9a-f]+|[0-9]+)(\.(0x[0-9a-f]*|[0-9]+)){0,3}$", re.IGNORECASE)

Resolver = Callable[[str, int], Sequence[str]]

_BINARY_TYPES = ("image/", "audio/", "video/", "font/", "application/pdf", "application/zip",
                 "application/gzip", "application/x-gzip", "application/msword", "application/vnd.")
_KINDS = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "application/rss+xml": "feed",
    "application/atom+xml": "feed",
    "application/rdf+xml": "feed",
    "application/xml": "feed",
    "text/xml": "feed",
    "text/plain": "text",
    "text/markdown": "markdown",
    "text/x-markdown": "markdown",
    "application/x-ndjson": "jsonl",
    "application/jsonl": "jsonl",
    "application/jsonlines": "jsonl",
}


@dataclass(frozen=True)
class Fetched:
    url: str  # as asked for
    final_url: str  # after redirects
    status: int
    content_type: str | None
    charset: str | None
    body: bytes
    redirects: tuple[str, ...] = ()


def system_resolver(host: str, port: int) -> list[str]:
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return sorted({str(info[4][0]) for info in infos})


#: IPv6 prefixes that carry an IPv4 address in their last 32 bits and reach it (NAT64).
_NAT64 = (ipaddress.ip_network("64:ff9b::/96"), ipaddress.ip_network("64:ff9b:1::/48"))


def forbidden_reason(address: str) -> str | None:
    """Why an address may not be fetched from, or ``None`` when it is public."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address):
        # an IPv6 form that carries an IPv4 address is judged by that address
        embedded = ip.ipv4_mapped or ip.sixtofour or (ip.teredo[1] if ip.teredo else None)
        if embedded is None and any(ip in net for net in _NAT64):
            embedded = ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
        if embedded is not None:
            ip = embedded
    for flag, why in (
        ("is_loopback", "loopback"),
        ("is_link_local", "link-local"),
        ("is_multicast", "multicast"),
        ("is_unspecified", "unspecified"),
        ("is_private", "private"),
        ("is_reserved", "reserved"),
    ):
        if getattr(ip, flag):
            return why
    if not ip.is_global:
        return "not globally routable"
    return None


def numeric_host(host: str) -> str | None:
    """The IPv4 address a numeric host form stands for (``2130706433``, ``0177.0.0.1``,
    ``0x7f.1``), as resolvers read it; None for a name."""
    if not _NUMERIC_HOST.match(host):
        return None
    try:
        return socket.inet_ntoa(socket.inet_aton(host))
    except OSError:
        return None


def host_addresses(host: str, port: int, resolver: Resolver | None, source: str) -> list[str]:
    """Every address ``host`` stands for: itself when it is an address, else what it resolves to."""
    host = host.strip("[]")
    try:
        return [str(ipaddress.ip_address(host))]
    except ValueError:
        pass
    numeric = numeric_host(host)
    if numeric:
        return [numeric]
    try:
        addresses = list((resolver or system_resolver)(host, port))
    except (OSError, UnicodeError) as exc:
        raise FetchError(f"cannot resolve host {host!r}: {exc}", source=source) from None
    if not addresses:
        raise FetchError(f"host {host!r} resolves to no address", source=source)
    return addresses


def checked_addresses(host: str, port: int, *, allow_private: bool, resolver: Resolver | None, source: str) -> list[str]:
    """``host_addresses``, refused with ``ForbiddenAddress`` unless every one is public."""
    addresses = host_addresses(host, port, resolver, source)
    if allow_private:
        return addresses
    for address in addresses:
        try:
            why = forbidden_reason(address)
        except ValueError:
            raise ForbiddenAddress(f"host {host!r} resolves to an invalid address {address!r}", source=source) from None
        if why:
            raise ForbiddenAddress(
                f"refusing to fetch from a {why} address ({host} -> {address}); use --allow-private to allow it",
                source=source,
            )
    return addresses


def check_url(url: str, *, allow_private: bool = False, resolver: Resolver | None = None) -> None:
    """Refuse a URL that is not http(s) or whose host resolves to a non-public address.

    The URL is read by httpx's own parser, the one that will send the request, so
    no parser difference (userinfo, backslashes) can make the check see another host."""
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError, ValueError) as exc:
        raise _fetch_error(f"invalid URL: {exc}", url, retryable=False) from None
    if parsed.scheme not in ("http", "https"):
        raise _fetch_error(f"only http and https URLs can be fetched, not {parsed.scheme or 'no scheme'!r}", url,
                           retryable=False)
    host = parsed.host
    if not host:
        raise _fetch_error("URL has no host", url, retryable=False)
    if allow_private:
        return
    port = parsed.port or (443 if parsed.scheme == "https" else 80)
    checked_addresses(host, port, allow_private=False, resolver=resolver, source=url)


def check_proxy(proxy: str | None) -> str | None:
    """The proxy setting, normalised, or None; ``ConfigError`` naming it when it is not an http(s) URL."""
    if proxy is None or not str(proxy).strip():
        return None
    proxy = str(proxy).strip()
    try:
        parsed = httpx.URL(proxy)
    except (httpx.InvalidURL, TypeError, ValueError) as exc:
        raise ConfigError(f"invalid proxy URL: {_hide_password(str(exc))}", source="fetch proxy") from None
    # a host with spaces or a port past 65535 would only fail later, once per fetch, as a connection error
    port = parsed.port
    if (parsed.scheme not in ("http", "https") or not _PROXY_HOST.fullmatch(parsed.host or "")
            or (port is not None and not 0 < port < 65536)):
        raise ConfigError(
            f"the fetch proxy must be an http(s) URL like http://proxy.internal:3128, not {_hide_password(proxy)[:100]!r}",
            source="fetch proxy",
        )
    return proxy


#: A proxy's host: a name, an IPv4 address or (as httpx gives it, without brackets) an IPv6 address.
_PROXY_HOST = re.compile(r"[A-Za-z0-9._-]+|[0-9A-Fa-f:.]+")
_USERINFO = re.compile(r"(//[^/@\s:]*:)[^/@\s]*@")


def _hide_password(text: str) -> str:
    """``text`` with the password of any ``user:password@`` masked: errors and logs must not repeat it."""
    return _USERINFO.sub(r"\1***@", text)


class PinnedTransport(httpx.BaseTransport):
    """Sends each request to an address it resolved and checked itself.

    Built from public httpx API only: the request's URL is rewritten to the
    checked address, the ``Host`` header keeps the name and the ``sni_hostname``
    request extension makes TLS send and verify the name. Connections are not
    kept alive, so a connection verified for one name is never reused for another
    name on the same address. The environment's proxy variables are ignored; an
    explicit ``proxy`` is used for every request (see ``docs/serve.md``): plain
    http still goes to the checked address through it, https is tunnelled to the
    name (``CONNECT``), which the proxy resolves itself."""

    def __init__(self, *, allow_private: bool = False, resolver: Resolver | None = None, proxy: str | None = None):
        self.allow_private = allow_private
        self.resolver = resolver
        self.proxy = check_proxy(proxy)
        self._inner = httpx.HTTPTransport(
            retries=0,
            trust_env=False,
            proxy=self.proxy,
            limits=httpx.Limits(max_keepalive_connections=0),
        )

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        url = request.url
        name = url.raw_host.decode("ascii")
        port = url.port or (443 if url.scheme == "https" else 80)
        addresses = checked_addresses(name, port, allow_private=self.allow_private, resolver=self.resolver, source=str(url))
        if self.proxy is not None and url.scheme == "https":
            # the tunnel's TLS checks the certificate against the CONNECT host, so it must be the name
            return self._inner.handle_request(request)
        error: Exception | None = None
        for address in addresses:
            pinned = httpx.Request(
                request.method,
                url.copy_with(host=address),
                headers=request.headers,  # carries Host: the name, set when the request was built
                stream=request.stream,
                extensions={**request.extensions, "sni_hostname": name},
            )
            try:
                return self._inner.handle_request(pinned)
            except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
                error = exc  # the next checked address, if any
        assert error is not None
        raise error

    def close(self) -> None:
        self._inner.close()


def pinned_client(*, allow_private: bool = False, resolver: Resolver | None = None, proxy: str | None = None) -> httpx.Client:
    """An httpx client whose connections go only to checked addresses, deaf to proxy
    variables, ``.netrc`` and certificate paths from the environment (``trust_env=False``)."""
    transport = PinnedTransport(allow_private=allow_private, resolver=resolver, proxy=proxy)
    return httpx.Client(transport=transport, trust_env=False, headers={"User-Agent": USER_AGENT})


def fetch(
    url: str,
    *,
    allow_private: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
    timeout: float = DEFAULT_TIMEOUT,
    client: httpx.Client | None = None,
    resolver: Resolver | None = None,
    proxy: str | None = None,
) -> Fetched:
    own = client is None
    client = client or pinned_client(allow_private=allow_private, resolver=resolver, proxy=proxy)
    deadline = time.monotonic() + timeout
    hops: list[str] = []
    current = url
    try:
        while True:
            check_url(current, allow_private=allow_private, resolver=resolver)
            left = deadline - time.monotonic()
            if left <= 0:
                raise _fetch_error(f"timed out after {timeout:g} s", url)
            try:
                with client.stream("GET", current, follow_redirects=False, timeout=left,
                                   headers={"Accept-Encoding": ACCEPT_ENCODING}) as response:
                    if response.is_redirect and "location" in response.headers:
                        if len(hops) >= MAX_REDIRECTS:
                            raise _fetch_error(f"more than {MAX_REDIRECTS} redirects", url, retryable=False)
                        hops.append(current)
                        current = urljoin(current, response.headers["location"])
                        continue
                    if response.status_code >= 400:
                        retry = response.status_code >= 500 or response.status_code in (408, 429)
                        raise _fetch_error(f"HTTP {response.status_code} {response.reason_phrase}".strip(), url, retryable=retry)
                    length = response.headers.get("content-length")
                    if length and length.isdigit():
                        check_size(int(length), max_bytes, url)
                    body = _read_body(response, url, max_bytes, deadline, timeout)
                    ctype = response.headers.get("content-type")
                    return Fetched(
                        url=url,
                        final_url=str(response.url),
                        status=response.status_code,
                        content_type=ctype.split(";", 1)[0].strip().lower() if ctype else None,
                        charset=response.charset_encoding,
                        body=body,
                        redirects=tuple(hops),
                    )
            except httpx.TimeoutException:
                raise _fetch_error(f"timed out after {timeout:g} s", url) from None
            except httpx.TransportError as exc:
                raise _fetch_error(f"cannot connect: {exc or type(exc).__name__}", url) from None
            except httpx.InvalidURL as exc:
                raise _fetch_error(f"invalid URL: {exc}", url, retryable=False) from None
    finally:
        if own:
            client.close()


def _read_body(response: httpx.Response, url: str, max_bytes: int, deadline: float, timeout: float) -> bytes:
    """The decoded body, refused past ``max_bytes`` or the deadline. Compressed bodies are
    inflated at most ``max_bytes + 1`` bytes at a time, whatever one chunk expands to."""
    if response.is_stream_consumed:  # built whole in memory (httpx.MockTransport): decoded already
        if len(response.content) > max_bytes:
            raise InputTooLarge(f"response is over the limit of {max_bytes:,} bytes", source=url)
        return response.content
    encoding = response.headers.get("content-encoding", "").strip().lower()
    if encoding in ("", "identity"):
        decoder = None
    elif encoding in ("gzip", "x-gzip", "deflate"):
        decoder = zlib.decompressobj(32 + zlib.MAX_WBITS)  # gzip or zlib header, detected
    else:
        raise _fetch_error(f"unsupported content encoding {encoding[:40]!r}", url, retryable=False)
    body = bytearray()
    try:
        for chunk in response.iter_raw():
            body.extend(decoder.decompress(chunk, max_bytes + 1 - len(body)) if decoder else chunk)
            if len(body) > max_bytes:
                raise InputTooLarge(f"response is over the limit of {max_bytes:,} bytes", source=url)
            if time.monotonic() > deadline:
                raise _fetch_error(f"timed out after {timeout:g} s", url)
        if decoder:
            body.extend(decoder.flush())
    except zlib.error as exc:
        raise _fetch_error(f"cannot decode the {encoding} response: {exc}", url, retryable=False) from None
    if len(body) > max_bytes:
        raise InputTooLarge(f"response is over the limit of {max_bytes:,} bytes", source=url)
    return bytes(body)


def _fetch_error(message: str, url: str, *, retryable: bool = True) -> FetchError:
    exc = FetchError(message, source=url)
    exc.retryable = retryable
    return exc


def kind_for(content_type: str | None, body: bytes, source: str) -> str:
    if content_type and content_type.startswith(_BINARY_TYPES):
        raise BinaryInput(f"unsupported content type {content_type}", source=source)
    return _KINDS.get(content_type or "", None) or sniff_kind(body)


def read_url(
    url: str,
    *,
    published: str | None = None,
    allow_private: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
    timeout: float = DEFAULT_TIMEOUT,
    client: httpx.Client | None = None,
    resolver: Resolver | None = None,
    proxy: str | None = None,
) -> Iterator[Document | Failure]:
    from . import read_bytes_as

    fetched = fetch(url, allow_private=allow_private, max_bytes=max_bytes, timeout=timeout, client=client,
                    resolver=resolver, proxy=proxy)
    kind = kind_for(fetched.content_type, fetched.body, url)
    for item in read_bytes_as(kind, fetched.body, source_name=url, url=fetched.final_url, published=published,
                              declared=fetched.charset):
        if isinstance(item, Document):
            meta = {**item.meta, "reader": item.format, "content_type": fetched.content_type}
            if fetched.redirects:
                meta["requested_url"] = url
            item = dataclasses.replace(
                item, format="url", meta=meta, url=item.url or fetched.final_url,
                source=item.source or domain(fetched.final_url),
            )
        yield item
