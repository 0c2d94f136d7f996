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
# A heading line: marks, then the text without its closing marks. The text is runs of spaces and
# marks each followed by one other character, all possessive, so a line of marks with no end is
# read once instead of once per place the text could stop.
#: a publication stamp with a time of day ("2025-06-14T08:10:00+03:00", "2025-06-14 08:10")
_TIMED = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")
_HEADING = re.compile(r"^(#{1,6})[ \t]++((?:[ \t#]*+[^ \t#\n])*+)[ \t#]*+$", re.MULTILINE)

# Emphasis, three alternatives tried in this order at each place: **strong** or __strong__, *em*,
# _em_. None crosses a line. The first may lack its closing marks: "**a **a **a …" would be read
# to the end of the line once per "**". So the strong alternative here also ends at the end of the
# line (group ``open``); such a hit means no closing marks follow on that line, for this start and
# for every later one, and ``_strip_emphasis`` stops trying that mark until the line ends.
_STRONG = {"**": r"\*\*", "__": "__"}
_EM = r"(?<![\w*])\*(?=\S)(?P<b>[^*\n]+?)(?<=\S)\*(?![\w*])|(?<![\w_])_(?=\S)(?P<c>[^_\n]+?)(?<=\S)_(?![\w_])"


def _emphasis_pattern(marks: frozenset[str]) -> re.Pattern:
    if not marks:
        return re.compile(_EM)
    alts = "|".join(_STRONG[m] for m in sorted(marks))
    return re.compile(rf"(?P<d>{alts})(?=\S)(?P<a>.+?)(?:(?<=\S)(?P=d)|(?P<open>(?=\n)|\Z))|{_EM}")


_EMPHASIS = {marks: _emphasis_pattern(marks) for marks in (frozenset(), frozenset({"**"}), frozenset({"__"}),
                                                           frozenset(_STRONG))}
_EM_ONLY = _EMPHASIS[frozenset()]


def _strip_emphasis(text: str) -> str:
    """Emphasis marks removed, the text between them kept; linear in the length of ``text``."""
    if "*" not in text and "_" not in text:
        return text
    full = frozenset(_STRONG)

    def repl(m: re.Match) -> str:
        if m.lastgroup == "open":
            return _rest_of_line(text, m.start(), m.end(), full - {m.group("d")})
        return m.group(m.lastgroup)

    return _EMPHASIS[full].sub(repl, text)


def _rest_of_line(text: str, start: int, end: int, marks: frozenset[str]) -> str:
    """``text[start:end]`` (to the end of a line) with emphasis removed, given that the strong marks
    not in ``marks`` have no closing marks left in it and that one of them opens at ``start``."""
    out: list[str] = []
    done = pos = start
    first = _EM_ONLY.match(text, start, end)  # where the strong mark failed, *em* and _em_ may match
    if first:
        out.append(first.group(first.lastgroup))
        done = pos = first.end()
    else:
        pos = start + 1
    for m in _EMPHASIS[marks].finditer(text, pos, end):
        out.append(text[done : m.start()])
        done = m.end()
        if m.lastgroup == "open":
            out.append(_rest_of_line(text, m.start(), end, marks - {m.group("d")}))
            done = end
            break
        out.append(m.group(m.lastgroup))
    out.append(text[done:end])
    return "".join(out)


ALIASES = {
    "title": ("title", "headline"),
    "source": ("source", "publisher", "site", "site_name"),
    "url": ("url", "link", "canonical_url"),
    "published": ("published", "date", "published_at", "pubdate"),
    "id": ("id",),
}


class _AliasRefused(yaml.YAMLError):
    def __init__(self, mark: yaml.Mark) -> None:
        super().__init__("alias")
        self.problem_mark = mark


class _NoAliasLoader(yaml.SafeLoader):
    """``safe_load`` without aliases: anchors nested a few levels deep ("&a [x, x, …]", "&b [*a, *a, …]")
    expand to billions of values once copied into ``meta``, and front matter has no use for them."""

    def compose_node(self, parent, index):  # noqa: ANN001, ANN201 (PyYAML's signature)
        if self.check_event(yaml.AliasEvent):
            raise _AliasRefused(self.peek_event().start_mark)
        return super().compose_node(parent, index)


def _timestamp_or_text(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> Any:
    # "date: 2024-13-45" looks like a YAML date but is none: PyYAML raises ValueError. Kept as text,
    # it is recorded as an unparsed date and the report is still read.
    try:
        return yaml.SafeLoader.construct_yaml_timestamp(loader, node)
    except ValueError:
        return loader.construct_scalar(node)


_NoAliasLoader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp_or_text)


def split_front_matter(text: str, source_name: str) -> tuple[dict[str, Any], str]:
    """(front matter mapping, the rest). Broken YAML is ``MalformedInput``."""
    m = _FRONT.match(text)
    if not m:
        return {}, text
    try:
        data = yaml.load(m.group(1), Loader=_NoAliasLoader) or {}
    except _AliasRefused as exc:
        line = exc.problem_mark.line + 2
        raise MalformedInput(f"front matter uses a YAML alias (line {line}); aliases are not read", source=source_name) from None
    except RecursionError:  # "[[[[…" thousands deep: PyYAML composes nodes recursively
        raise MalformedInput("front matter is nested too deeply", source=source_name) from None
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
    text = _strip_emphasis(text)
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
    for field, value in (("title", title), ("source", source), ("url", link)):
        if isinstance(value, (list, dict)):
            kind = "a list" if isinstance(value, list) else "a mapping"
            raise MalformedInput(f"front matter {field!r} is {kind}, not text", source=source_name)
    body, heading = plain(body)
    # other front matter keys are the document's own metadata
    meta = {**json_safe(front), **decoded_meta(decoded)}
    stamp = json_safe(date)
    if isinstance(stamp, str) and _TIMED.match(stamp.strip()):
        # the time of day orders two reports of one day (a correction after the morning report); the date
        # field keeps only the day
        meta["published_at"] = stamp.strip()
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
