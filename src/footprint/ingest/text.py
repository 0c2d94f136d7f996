"""Plain-text reports (``.txt``).

A first line that is only a domain or URL is the publisher ("source"); the
next line is the title when it looks like one (short, no final stop, body text
after it). A file that opens with a title and no domain still gets its title.
"""

from __future__ import annotations

from ..model import Document
from .base import build_document, decode_bytes, decoded_meta


def read_text(
    raw: bytes,
    *,
    source_name: str,
    path: str | None = None,
    published: str | None = None,
    url: str | None = None,
    declared: str | None = None,
    fmt: str = "text",
) -> Document:
    decoded = decode_bytes(raw, source_name, declared=declared)
    return build_document(
        decoded.text,
        raw=raw,
        source_name=source_name,
        fmt=fmt,
        url=url,
        published=published,
        path=path,
        meta=decoded_meta(decoded),
        detect_header=True,
    )
