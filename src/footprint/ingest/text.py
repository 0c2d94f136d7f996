"""Plain-text reports (``.txt``).

A first line that is only a domain or URL is the publisher ("source"); the
next line is the title when it looks like one (short, no final stop, body text
after it). A file that opens with a title and no domain still gets its title.
An outlet's name on the first line ("Sahel Weekly") is not told from a short
headline, so it is read as the title and the publisher stays unknown: the
publisher is given by a domain line or, in a ``.md`` file, by front matter.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import PurePath

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


def unsourced_name(document: Document) -> str | None:
    """The name to show for a plain-text report that names no publisher; None for any other document."""
    if document.format != "text" or document.source:
        return None
    return PurePath(document.path).name if document.path else document.id


def no_publisher_line(names: Sequence[str]) -> str | None:
    """One line for the plain-text reports that name no publisher (their ``unsourced_name``), saying how to give
    one; None when there are none."""
    if not names:
        return None
    shown = ", ".join(names[:3]) + (f" and {len(names) - 3} more" if len(names) > 3 else "")
    return (f"{len(names)} plain-text report{'s' if len(names) != 1 else ''} with no publisher ({shown}): "
            "put the outlet's domain (example.com) alone on the first line, or save the report as .md with "
            "front matter 'source: example.com' (see docs/ingest.md)")
