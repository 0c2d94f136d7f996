"""JSON Lines (``.jsonl``): one report per line.

Each line is an object with ``text`` (or ``content``/``body``) and optional
``title``, ``source``, ``url``, ``published`` and ``id``; other keys go to
``Document.meta``. A bad line is one ``Failure`` (named ``FILE:LINE``); the
other lines still come through.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..errors import EmptyInput, FootprintError, MalformedInput
from ..model import Document
from .base import Failure, build_document, decode_bytes, decoded_meta, json_object

TEXT_KEYS = ("text", "content", "body")
META_KEYS = ("title", "source", "url", "published", "id")


def read_jsonl(
    raw: bytes, *, source_name: str, path: str | None = None, published: str | None = None
) -> Iterator[Document | Failure]:
    decoded = decode_bytes(raw, source_name)
    seen = 0
    for lineno, line in enumerate(decoded.text.splitlines(), 1):
        if not line.strip():
            continue
        seen += 1
        name = f"{source_name}:{lineno}"
        try:
            yield _record(line, name=name, path=path, published=published, meta=decoded_meta(decoded))
        except FootprintError as exc:
            yield Failure.of(name, exc)
    if not seen:
        raise EmptyInput("no JSON lines", source=source_name)


def _record(line: str, *, name: str, path: str | None, published: str | None, meta: dict[str, Any]) -> Document:
    data = json_object(line, name)
    text_key = next((k for k in TEXT_KEYS if k in data), None)
    if text_key is None:
        raise MalformedInput(f"no {TEXT_KEYS[0]!r} key in the record", source=name)
    text = data.pop(text_key)
    if not isinstance(text, str):
        raise MalformedInput(f"{text_key!r} is not a string", source=name)
    if not text.strip():
        raise EmptyInput(f"{text_key!r} is empty", source=name)
    fields = {k: data.pop(k, None) for k in META_KEYS}
    for k in ("title", "source", "url"):
        if fields[k] is not None and not isinstance(fields[k], str):
            raise MalformedInput(f"{k!r} is not a string", source=name)
    meta.update(data)
    return build_document(
        text,
        raw=line.encode("utf-8"),
        source_name=name,
        fmt="jsonl",
        title=fields["title"],
        source=fields["source"],
        url=fields["url"],
        published_meta=fields["published"],
        published=published,
        path=path,
        record_id=fields["id"],
        meta=meta,
        detect_header=fields["title"] is None and fields["source"] is None,
    )

