"""Markdown reports (``.md``) with optional YAML front matter.

Front matter keys ``title``, ``source`` (or ``publisher``/``site``), ``url``
(or ``link``), ``published`` (or ``date``) and ``id`` fill the record; every
other key goes to ``Document.meta``. The front matter is removed from the text;
heading marks and emphasis are reduced to plain text, and a first ``# Heading``
is the title when the front matter names none.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import yaml

from ..errors import MalformedInput
from ..model import Document
from .base import build_document, decode_bytes, decoded_meta

_FRONT = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1|(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])|(?<![\w_])_(?=\S)([^_\n]+?)(?<=\S)_(?![\w_])")
_HEADING = re.compile(r"^(#{1,6})[ \t]+(.*?)[ \t#]*$", re.MULTILINE)

ALIASES = {
    "title": ("title", "headline"),
    "source": ("source", "publisher", "site", "site_name"),
    "url": ("url", "link", "canonical_url"),
    "published": ("published", "date", "published_at", "pubdate"),
    "id": ("id",),
}


def split_front_matter(text: str, source_name: str) -> tuple[dict[str, Any], str]:
    """(front matter mapping, the rest). Broken YAML is ``MalformedInput``."""
    m = _FRONT.match(text)
    if not m:
        return {}, text
    try:
        data = yaml.safe_load(m.group(1)) or {}
    except yaml.YAMLError as exc:
        where = getattr(exc, "problem_mark", None)
        at = f" (line {where.line + 2})" if where is not None else ""
        raise MalformedInput(f"front matter is not valid YAML{at}", source=source_name) from None
    if not isinstance(data, dict):
        raise MalformedInput("front matter is not a mapping of keys to values", source=source_name)
    return {str(k): v for k, v in data.items()}, text[m.end() :]


def pick(data: dict[str, Any], field: str) -> Any:
    for key in ALIASES[field]:
        for k in list(data):
            if k.lower() == key:
                return data.pop(k)
    return None


def json_safe(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): json_safe(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [json_safe(v) for v in value]
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


def plain(markdown: str) -> tuple[str, str | None]:
    """Markdown to text with the same lines: (text, first heading if it opens the text)."""
    first = markdown.lstrip().split("\n", 1)[0]
    heading = _HEADING.match(first)
    text = _HEADING.sub(lambda m: m.group(2), markdown)
    text = _EMPHASIS.sub(lambda m: m.group(2) or m.group(3) or m.group(4), text)
    return text, (heading.group(2).strip() if heading else None)


def read_markdown(
    raw: bytes, *, source_name: str, path: str | None = None, published: str | None = None, url: str | None = None
) -> Document:
    decoded = decode_bytes(raw, source_name)
    front, body = split_front_matter(decoded.text, source_name)
    title = pick(front, "title")
    source = pick(front, "source")
    link = pick(front, "url") or url
    date = pick(front, "published")
    record_id = pick(front, "id")
    body, heading = plain(body)
    # other front matter keys are the document's own metadata
    meta = {**json_safe(front), **decoded_meta(decoded)}
    return build_document(
        decoded.text,
        raw=raw,
        source_name=source_name,
        fmt="markdown",
        body=body,
        title=str(title) if title is not None else heading,
        source=None if source is None else str(source),
        url=None if link is None else str(link),
        published_meta=date,
        published=published,
        path=path,
        record_id=record_id,
        meta=meta,
        detect_header=True,
    )
