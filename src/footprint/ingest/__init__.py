"""Reading reports: files, folders and URLs in, ``Document`` records out.

    iter_inputs(["reports/", "a.html", "https://…"]) -> Document | Failure, one by one

One reader module per input kind (``text``, ``markdown``, ``html``, ``jsonl``,
``feed``, ``url``); ``base`` holds what they share (decoding, normalization,
ids, dates). A failure never stops the batch: it is yielded as a ``Failure``
naming the input and the reason, and the next input is read.
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import httpx

from ..errors import BinaryInput, EmptyInput, FootprintError, InputError, InputTooLarge, MalformedInput
from ..model import Document
from .base import (
    DEFAULT_MAX_BYTES,
    DEFAULT_TIMEOUT,
    MAX_CHARS,
    Failure,
    check_chars,
    check_size,
    normalize,
    sniff_kind,
    text_id,
    validate_published,
)
from .feed import read_feed
from .html import read_html
from .jsonl import read_jsonl
from .markdown import read_markdown
from .text import read_text
from .url import Resolver, read_url

#: File extension -> reader kind. Files with other extensions inside a folder are skipped.
EXTENSIONS = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".rss": "feed",
    ".atom": "feed",
    ".xml": "feed",
}
#: Tables: named on the command line they are refused, not read as the text of one report (a CSV of
#: links stored as a "report" would pollute a study's data without a word).
TABLE_SUFFIXES = (".csv", ".tsv")
#: Files a folder walk leaves out: they describe a corpus rather than belong to it.
SKIPPED_NAMES = ("readme", "license", "licence", "changelog", "copying")

SkipCallback = Callable[[str, str], None]


def read_bytes_as(
    kind: str,
    raw: bytes,
    *,
    source_name: str,
    path: str | None = None,
    url: str | None = None,
    published: str | None = None,
    declared: str | None = None,
) -> Iterator[Document | Failure]:
    """Run the reader for ``kind`` over ``raw``; every reader's output as one stream."""
    if kind == "text":
        yield read_text(raw, source_name=source_name, path=path, published=published, url=url, declared=declared)
    elif kind == "markdown":
        yield read_markdown(raw, source_name=source_name, path=path, published=published, url=url)
    elif kind == "html":
        yield read_html(raw, source_name=source_name, path=path, published=published, url=url, declared=declared)
    elif kind == "jsonl":
        yield from read_jsonl(raw, source_name=source_name, path=path, published=published)
    elif kind == "feed":
        yield from read_feed(raw, source_name=source_name, path=path, published=published, url=url)
    else:
        raise InputError(f"unknown input kind {kind!r}", source=source_name)


def read_file(path: Path, *, published: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Document | Failure]:
    """Read one file (its size checked before reading); its kind from the extension, else sniffed."""
    name = str(path)
    if path.suffix.lower() in TABLE_SUFFIXES:
        raise MalformedInput("a table, not a report: give the URLs or files it lists as arguments", source=name)
    raw = read_limited(path, max_bytes)
    kind = EXTENSIONS.get(path.suffix.lower()) or sniff_kind(raw)
    yield from read_bytes_as(kind, raw, source_name=name, path=name, published=published)


def read_limited(path: Path, max_bytes: int, *, error: type[FootprintError] | None = None) -> bytes:
    """The bytes of one local file, refused with an error naming it when it is a folder, missing,
    unreadable or over ``max_bytes``; devices and named pipes are read without hanging.

    ``error``: one class for every refusal, as in ``strict_text`` (the eval commands pass ``EvalError``)."""
    name = str(path)
    try:
        try:
            if path.is_dir():
                raise InputError("is a folder, not a file", source=name)
            st = path.stat()
            check_size(st.st_size, max_bytes, name)
            if stat.S_ISFIFO(st.st_mode):
                raw = _read_fifo(path, max_bytes)
            else:
                with path.open("rb") as fh:
                    raw = fh.read(max_bytes + 1)  # the file may have grown since stat
        except PermissionError:
            raise InputError("permission denied", source=name) from None
        except FileNotFoundError:
            why = "broken symbolic link" if path.is_symlink() else "no such file"
            raise InputError(why, source=name) from None
        except IsADirectoryError:
            raise InputError("is a folder, not a file", source=name) from None
        except OSError as exc:
            raise InputError(f"cannot read: {exc.strerror or exc}", source=name) from None
        check_size(len(raw), max_bytes, name)
    except InputError as exc:
        if error is None or isinstance(exc, error):
            raise
        raise error(_reason(exc), source=exc.source) from None
    return raw


def _reason(exc: FootprintError) -> str:
    """The message of ``exc`` without the ``source: `` prefix its constructor added."""
    text = str(exc)
    prefix = f"{exc.source}: " if exc.source else ""
    return text.removeprefix(prefix)


#: What messages call standard input (``-``) while its bytes are read; once read, a document from it
#: has no path or URL and is named by its ``Document.label`` (its id), as in every later message.
STDIN = "<stdin>"
#: What messages call text handed over directly (an API call) while it is read; then, as for stdin,
#: its ``Document.label``.
RAW_TEXT = "<text>"


def read_source(path: str, max_bytes: int, *, error: type[FootprintError] | None = None) -> tuple[bytes, str]:
    """(bytes, name for messages) of a local file, or of standard input for ``-``; at most ``max_bytes``
    are read from stdin, so an endless stream is cut at the limit (``strict_text`` refuses it).
    ``error``: as in ``read_limited``."""
    if path == "-":
        return sys.stdin.buffer.read(max_bytes + 1), STDIN
    return read_limited(Path(path), max_bytes, error=error), path


def strict_text(raw: bytes, source: str, *, max_bytes: int, error: type[FootprintError] | None = None) -> str:
    """The text of ``raw`` as UTF-8 (a leading byte-order mark dropped), refused with an error naming
    ``source`` when it is over ``max_bytes``, empty or only whitespace, binary (a NUL byte anywhere) or not
    UTF-8. Unlike the report readers (``decode_bytes``) nothing is guessed or repaired: this reads what a
    person or a program wrote for footprint itself (records to tag, gold files), where a wrong byte is a
    mistake to show, not mojibake to mend.

    ``error``: one class for every refusal, in place of ``InputTooLarge`` / ``EmptyInput`` /
    ``BinaryInput``; the eval commands pass ``EvalError``, since a bad gold file is bad evaluation data."""
    def refuse(kind: type[FootprintError], message: str) -> FootprintError:
        return (error or kind)(message, source=source)

    if len(raw) > max_bytes:
        raise refuse(InputTooLarge, f"over the size limit of {max_bytes / 2**20:g} MiB ({len(raw):,} bytes read)")
    if not raw.strip():
        raise refuse(EmptyInput, "empty: nothing to read")
    if b"\x00" in raw:
        raise refuse(BinaryInput, "binary data (NUL bytes), not text")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise refuse(BinaryInput, f"not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    if not text.strip():
        raise refuse(EmptyInput, "empty: only whitespace")
    return text


def _read_fifo(path: Path, max_bytes: int) -> bytes:
    """A named pipe, read without waiting for a writer that may never come: opened non-blocking
    (a plain open blocks until some process opens it for writing), then read as usual; with no
    writer the read ends at once, empty. A pipe being written, as ``<(command)`` gives, is read whole."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    os.set_blocking(fd, True)
    with os.fdopen(fd, "rb") as fh:
        raw = fh.read(max_bytes + 1)
    if not raw.strip():
        raise EmptyInput("named pipe (FIFO) with nothing written to it", source=str(path))
    return raw


def walk(folder: Path, *, on_skip: SkipCallback | None = None) -> Iterator[Path | Failure]:
    """Files under ``folder`` a reader knows, in a stable (sorted) order; hidden ones left out."""
    seen: set[tuple[int, int]] = set()

    def visit(d: Path) -> Iterator[Path | Failure]:
        try:
            st = d.stat()
            if (st.st_dev, st.st_ino) in seen:  # a symlink loop
                return
            seen.add((st.st_dev, st.st_ino))
            entries = sorted(os.scandir(d), key=lambda e: e.name)
        except OSError as exc:
            yield Failure.of(str(d), InputError(f"cannot list folder: {exc.strerror or exc}", source=str(d)))
            return
        for entry in entries:
            p = Path(entry.path)
            if entry.name.startswith("."):
                continue
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                yield from visit(p)
            elif p.suffix.lower() not in EXTENSIONS:
                if on_skip:
                    on_skip(str(p), f"unsupported file type {p.suffix or '(no extension)'}")
            elif p.stem.lower() in SKIPPED_NAMES:
                if on_skip:
                    on_skip(str(p), "documentation file")
            else:
                yield p

    yield from visit(folder)


def is_url(value: str) -> bool:
    return "://" in value and value.split("://", 1)[0].isalpha()


def iter_inputs(
    inputs: Sequence[str | Path],
    *,
    published: str | None = None,
    allow_private: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
    timeout: float = DEFAULT_TIMEOUT,
    client: httpx.Client | None = None,
    resolver: Resolver | None = None,
    on_skip: SkipCallback | None = None,
    proxy: str | None = None,
) -> Iterator[Document | Failure]:
    """Every document in ``inputs`` (files, folders, http(s) URLs, ``-`` for stdin), in order.

    ``published`` (an ISO date; otherwise ``ConfigError`` before anything is read)
    is the date of documents whose metadata gives none. Failures are yielded, not raised.
    """
    published = validate_published(published)
    for item in inputs:
        yield from _extractable(_read_input(item, published=published, allow_private=allow_private,
                                            max_bytes=max_bytes, timeout=timeout, client=client, resolver=resolver,
                                            on_skip=on_skip, proxy=proxy))


def _extractable(items: Iterator[Document | Failure]) -> Iterator[Document | Failure]:
    """Documents too long for the pipeline become failures here, so the rest of a batch goes on."""
    for item in items:
        if isinstance(item, Document):
            name = f"{item.label}#{item.record_id}" if item.record_id else item.label
            try:
                check_chars(item, name)
            except InputTooLarge as exc:
                yield Failure.of(name, exc)
                continue
        yield item


def _read_input(
    item: str | Path,
    *,
    published: str | None,
    allow_private: bool,
    max_bytes: int,
    timeout: float,
    client: httpx.Client | None,
    resolver: Resolver | None,
    on_skip: SkipCallback | None,
    proxy: str | None,
) -> Iterator[Document | Failure]:
    name = str(item)
    try:
        if isinstance(item, str) and is_url(item):
            yield from read_url(item, published=published, allow_private=allow_private, max_bytes=max_bytes,
                                timeout=timeout, client=client, resolver=resolver, proxy=proxy)
        elif name == "-":
            raw = sys.stdin.buffer.read(max_bytes + 1)
            check_size(len(raw), max_bytes, STDIN)
            yield from read_bytes_as(sniff_kind(raw), raw, source_name=STDIN, published=published)
        else:
            path = Path(item)
            if path.is_dir():
                for found in walk(path, on_skip=on_skip):
                    if isinstance(found, Failure):
                        yield found
                        continue
                    yield from _guarded(found, published=published, max_bytes=max_bytes)
            else:
                yield from read_file(path, published=published, max_bytes=max_bytes)
    except FootprintError as exc:
        yield Failure.of(name, exc)


def _guarded(path: Path, **kwargs) -> Iterator[Document | Failure]:
    try:
        yield from read_file(path, **kwargs)
    except FootprintError as exc:
        yield Failure.of(str(path), exc)


def read_text_document(
    text: str,
    *,
    source_path: str | None = None,
    published: str | None = None,
    kind: str | None = None,
    url: str | None = None,
) -> Document:
    """A document from text given directly (stdin, an API call). ``kind`` defaults to a sniff.

    For JSON Lines or a feed, which hold several reports, the first one is returned;
    use ``iter_inputs`` for all of them.
    """
    published = validate_published(published)
    raw = text.encode("utf-8")
    name = source_path or RAW_TEXT
    for item in read_bytes_as(kind or sniff_kind(raw), raw, source_name=name, path=source_path, url=url,
                              published=published):
        if isinstance(item, Failure):
            raise item.error
        check_chars(item, name)
        return item
    raise InputError("no document in text", source=name)


__all__ = [
    "DEFAULT_MAX_BYTES",
    "DEFAULT_TIMEOUT",
    "EXTENSIONS",
    "MAX_CHARS",
    "RAW_TEXT",
    "STDIN",
    "Failure",
    "is_url",
    "iter_inputs",
    "normalize",
    "read_bytes_as",
    "read_file",
    "read_limited",
    "read_source",
    "read_text_document",
    "read_url",
    "strict_text",
    "text_id",
    "validate_published",
    "walk",
]
