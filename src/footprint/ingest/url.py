"""http(s) URLs, fetched with httpx under a size and a time limit.

Safety rules (``allow_private`` lifts the first):

* the host name is resolved and EVERY address it resolves to must be public:
  loopback, private, link-local, multicast, reserved, unspecified and other
  non-global addresses are ``ForbiddenAddress``;
* redirects are followed by hand (at most ``MAX_REDIRECTS``) and each hop is
  checked again, so a public page cannot bounce the fetch to 127.0.0.1;
* the body is streamed and refused (``InputTooLarge``) as soon as it passes
  ``max_bytes``; the whole fetch must finish within ``timeout`` seconds.

The address check happens before httpx connects and httpx resolves the name
again, so a DNS server that answers differently the second time is not caught;
run behind an egress proxy where that matters.

The response's content type picks the reader (HTML, feed, Markdown, JSON Lines,
plain text; unknown types are sniffed). ``client`` and ``resolver`` can be
injected; tests use ``httpx.MockTransport`` and never touch the network.
"""

from __future__ import annotations

import dataclasses
import ipaddress
import socket
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import httpx

from .. import __version__
from ..errors import BinaryInput, FetchError, ForbiddenAddress, InputTooLarge
from ..model import Document
from .base import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, Failure, check_size, sniff_kind
from .html import domain

MAX_REDIRECTS = 5
USER_AGENT = f"footprint/{__version__} (+report reader)"

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


def forbidden_reason(address: str) -> str | None:
    """Why an address may not be fetched from, or ``None`` when it is public."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
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


def check_url(url: str, *, allow_private: bool = False, resolver: Resolver | None = None) -> None:
    """Refuse a URL that is not http(s) or whose host resolves to a non-public address."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise FetchError(f"only http and https URLs can be fetched, not {parts.scheme or 'no scheme'!r}", source=url)
    host = parts.hostname
    if not host:
        raise FetchError("URL has no host", source=url)
    if allow_private:
        return
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError:
        raise FetchError("URL has an invalid port", source=url) from None
    try:
        addresses = [str(ipaddress.ip_address(host))]
    except ValueError:
        try:
            addresses = list((resolver or system_resolver)(host, port))
        except (OSError, UnicodeError) as exc:
            raise FetchError(f"cannot resolve host {host!r}: {exc}", source=url) from None
    if not addresses:
        raise FetchError(f"host {host!r} resolves to no address", source=url)
    for address in addresses:
        try:
            why = forbidden_reason(address)
        except ValueError:
            raise ForbiddenAddress(f"host {host!r} resolves to an invalid address {address!r}", source=url) from None
        if why:
            raise ForbiddenAddress(
                f"refusing to fetch from a {why} address ({host} -> {address}); use --allow-private to allow it",
                source=url,
            )


def fetch(
    url: str,
    *,
    allow_private: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
    timeout: float = DEFAULT_TIMEOUT,
    client: httpx.Client | None = None,
    resolver: Resolver | None = None,
) -> Fetched:
    own = client is None
    client = client or httpx.Client(headers={"User-Agent": USER_AGENT})
    deadline = time.monotonic() + timeout
    hops: list[str] = []
    current = url
    try:
        while True:
            check_url(current, allow_private=allow_private, resolver=resolver)
            try:
                with client.stream("GET", current, follow_redirects=False, timeout=timeout) as response:
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
                    body = bytearray()
                    for chunk in response.iter_bytes():
                        body.extend(chunk)
                        if len(body) > max_bytes:
                            raise InputTooLarge(f"response is over the limit of {max_bytes:,} bytes", source=url)
                        if time.monotonic() > deadline:
                            raise _fetch_error(f"timed out after {timeout:g} s", url)
                    ctype = response.headers.get("content-type")
                    return Fetched(
                        url=url,
                        final_url=str(response.url),
                        status=response.status_code,
                        content_type=ctype.split(";", 1)[0].strip().lower() if ctype else None,
                        charset=response.charset_encoding,
                        body=bytes(body),
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
) -> Iterator[Document | Failure]:
    from . import read_bytes_as

    fetched = fetch(url, allow_private=allow_private, max_bytes=max_bytes, timeout=timeout, client=client, resolver=resolver)
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
