"""RSS and Atom files (``.rss``, ``.atom``, ``.xml``) through feedparser.

One document per entry: its full content when the feed carries it, else its
summary, with HTML reduced to text. The entry's title, link, id and date fill
the record; the publisher is the domain of the entry's link (else the feed's).
A broken feed that still yields entries is read as far as it goes and noted in
``meta``; one with no entries is ``MalformedInput``.

feedparser's HTML sanitizer is off (``sanitize_html=False``, per call): it made
safe HTML for display, at about 2 s per MB of hostile markup, and Footprint
keeps no HTML. Every string taken from the feed (entry content, titles, the
feed's title, the author) is reduced to text by ``html.html_to_text`` (linear
even on unclosed tags); script, style and the other hidden elements are dropped
with their content, attributes (event handlers, ``javascript:`` links) never
reach the text.

``raw_text`` keeps the entry as received, as it does for other inputs (markup
included, as for HTML pages), minus what can run or load something: it is the
entry's title (escaped) and its content rebuilt by ``html.inert_markup``, which drops
script, style and active elements with their content, comments and CDATA
sections, event-handler and style attributes and ``javascript:``/``data:`` URLs.
What is left has no executable part for any later viewer; ``raw_sha256`` still
hashes the entry exactly as received.
"""

from __future__ import annotations

import calendar
import datetime as dt
import html as html_mod
from collections.abc import Iterator
from typing import Any

from ..errors import EmptyInput, FootprintError, MalformedInput
from ..model import Document
from .base import Failure, build_document, decode_bytes
from .html import domain, has_markup, html_to_text, inert_markup


def read_feed(
    raw: bytes, *, source_name: str, path: str | None = None, published: str | None = None, url: str | None = None
) -> Iterator[Document | Failure]:
    import feedparser

    decode_bytes(raw, source_name)  # same empty/binary checks as every other input
    parsed = feedparser.parse(raw, sanitize_html=False, resolve_relative_uris=False)
    problem = parsed.get("bozo_exception")
    if not parsed.entries:
        if parsed.get("bozo"):
            raise MalformedInput(f"not a readable RSS/Atom feed ({_describe(problem)})", source=source_name)
        if not parsed.get("version"):
            raise MalformedInput("no RSS or Atom feed found", source=source_name)
        raise EmptyInput("feed has no entries", source=source_name)
    if parsed.get("bozo") and not any(html_to_text(_entry_html(e)).strip() for e in parsed.entries):
        raise MalformedInput(f"not a readable RSS/Atom feed ({_describe(problem)})", source=source_name)
    feed = parsed.feed
    feed_link = feed.get("link") or url
    for n, entry in enumerate(parsed.entries, 1):
        name = f"{source_name}#{n}"
        try:
            yield _entry(entry, n, name=name, feed=feed, feed_link=feed_link, path=path, published=published,
                         problem=problem if parsed.get("bozo") else None)
        except FootprintError as exc:
            yield Failure.of(name, exc)


def _plain(value: Any) -> str | None:
    """A feed string with any markup reduced to its text (feed and entry titles, authors)."""
    if not value:
        return None
    value = str(value)
    return (html_to_text(value) if has_markup(value) else value) or None


def _describe(problem: Any) -> str:
    text = str(problem or "unknown error").strip()
    return text.splitlines()[0][:160] if text else type(problem).__name__


def _entry_date(entry: Any) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            return dt.datetime.fromtimestamp(calendar.timegm(value), dt.timezone.utc).date().isoformat()
    return None


def _entry_html(entry: Any) -> str:
    contents = [c.get("value", "") for c in entry.get("content") or () if c.get("value")]
    if contents:
        return max(contents, key=len)
    return entry.get("summary") or entry.get("description") or ""


def _entry(entry: Any, n: int, *, name: str, feed: Any, feed_link: str | None, path: str | None,
           published: str | None, problem: Any) -> Document:
    html = _entry_html(entry)
    text = html_to_text(html) if html else ""
    if not text.strip():
        raise EmptyInput("entry has no content or summary", source=name)
    title = html_to_text(entry.get("title", "")) or None
    link = entry.get("link") or None
    meta: dict[str, Any] = {"entry": n}
    feed_title = _plain(feed.get("title"))
    if feed_title:
        meta["feed_title"] = feed_title
    author = _plain(entry.get("author"))
    if author:
        meta["author"] = author
    tags = [term for t in entry.get("tags") or () if (term := _plain(t.get("term")))]
    if tags:
        meta["tags"] = tags
    if problem is not None:
        meta["feed_error"] = _describe(problem)
    received = (title or "") + "\n" + html
    return build_document(
        html_mod.escape(title or "", quote=False) + "\n" + inert_markup(html),
        raw=received.encode("utf-8"),
        source_name=name,
        fmt="feed",
        body=text,
        title=title,
        source=domain(link) or domain(feed_link) or feed_title,
        url=link,
        published_meta=_entry_date(entry),
        published=published,
        path=path,
        record_id=entry.get("id") or None,
        meta=meta,
    )
