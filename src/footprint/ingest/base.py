"""What every reader shares: decoding bytes, normalizing text, dates, building a ``Document``.

A reader turns one input into raw bytes (or a decoded string) plus metadata
and calls ``build_document``; this module decides the normalized text, the id,
the segments (via ``footprint.clean``) and checks for empty input.
"""

from __future__ import annotations

import codecs
import datetime as dt
import email.utils
import functools
import hashlib
import json
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .. import userdate
from ..errors import BinaryInput, EmptyInput, FootprintError, InputTooLarge, MalformedInput
from ..model import Document, short_hash
from .language import document_language, primary_subtag

DEFAULT_MAX_BYTES = 50 * 2**20
#: Longest text one document may have on its way to extraction: the spaCy pipeline refuses longer
#: ones (its ``max_length``) with an error that would end the whole batch. ``iter_inputs`` checks it.
MAX_CHARS = 1_000_000


def check_chars(document: Document, source: str) -> None:
    if len(document.text) > MAX_CHARS:
        raise InputTooLarge(
            f"{len(document.text):,} characters of text is over the limit of {MAX_CHARS:,} per document; split the report",
            source=source,
        )
DEFAULT_TIMEOUT = 20.0

# Magic numbers of common binary formats people drop into a corpus folder by mistake.
_MAGIC = (
    (b"%PDF-", "a PDF file"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
    (b"SQLite format 3\x00", "an SQLite database"),
)

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def _cp1252_fallback(err: UnicodeDecodeError) -> tuple[str, int]:
    # Each undecodable byte is read as Windows-1252 (latin-1 where cp1252 has a hole):
    # repairs cp1252 files and UTF-8 files with a few stray single-byte characters.
    out = []
    for b in err.object[err.start : err.end]:
        try:
            out.append(bytes([b]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(b))
    return "".join(out), err.end


codecs.register_error("footprint-cp1252", _cp1252_fallback)


@dataclass(frozen=True)
class Failure:
    """An input that could not be read: which one, why, and the error itself.

    Unlike ``process.InputFailure`` (a line of a batch's report, plain data, for any step of a batch: reading,
    storing, re-extracting), this is yielded by the readers in place of a document and keeps the
    ``FootprintError`` for a caller to raise or sort by kind."""

    source: str
    reason: str
    error: FootprintError

    @classmethod
    def of(cls, source: str, error: FootprintError) -> "Failure":
        reason = str(error)
        prefix = f"{error.source}: " if error.source else ""
        if prefix and reason.startswith(prefix):
            reason = reason[len(prefix) :]
        return cls(source=error.source or source, reason=reason, error=error)

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


def json_object(line: str, where: str) -> dict[str, Any]:
    """One line of a JSON Lines file as the object it must hold; ``MalformedInput`` naming ``where``
    (``FILE:LINE``) when it is not JSON, nested too deeply, or JSON of another kind. The one line parser of
    ``ingest.jsonl`` (reports) and ``ingest.records`` (records to tag), so both say a bad line the same way."""
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        raise MalformedInput(f"invalid JSON: {exc.msg} (column {exc.colno})", source=where) from None
    except RecursionError:  # "[[[[…" thousands deep: the decoder recurses once per level
        raise MalformedInput("invalid JSON: nested too deeply", source=where) from None
    if not isinstance(data, dict):
        raise MalformedInput(f"expected a JSON object, got {type(data).__name__}", source=where)
    return data


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    repaired: int = 0  # bytes that were not valid in ``encoding`` and were read as cp1252


def check_size(size: int, max_bytes: int, source: str) -> None:
    if size > max_bytes:
        raise InputTooLarge(f"{size:,} bytes is over the limit of {max_bytes:,} bytes", source=source)


def _looks_utf16_without_bom(raw: bytes) -> str | None:
    sample = raw[:4096]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def decode_bytes(raw: bytes, source: str, *, declared: str | None = None) -> Decoded:
    """Decode input bytes: BOMs first, then UTF-8 with cp1252 repair, else ``BinaryInput``.

    ``declared`` is a charset named by the input itself (an HTTP header); it is
    tried after BOMs and before UTF-8.
    """
    if not raw.strip():
        raise EmptyInput("empty input", source=source)
    for magic, what in _MAGIC:
        if raw.startswith(magic):
            raise BinaryInput(f"binary input ({what})", source=source)
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                return _checked(Decoded(raw[len(bom) :].decode(encoding), encoding), source)
            except UnicodeDecodeError:
                raise BinaryInput(f"starts with a {encoding} byte-order mark but does not decode as {encoding}", source=source) from None
    if b"\x00" in raw:
        guess = _looks_utf16_without_bom(raw)
        if guess:
            try:
                decoded = _checked(Decoded(raw.decode(guess), guess), source)
            except UnicodeDecodeError:
                pass
            else:
                # a guess, unlike a byte-order mark, must be borne out by what it gives
                if why := _not_text(decoded.text[:20000]):
                    raise BinaryInput(f"binary input ({why}; read as {guess} without a byte-order mark)", source=source)
                return decoded
        raise BinaryInput("binary input (contains NUL bytes)", source=source)
    if declared:
        try:
            if codecs.lookup(declared).name not in {"utf-8"}:
                return _checked(Decoded(raw.decode(declared), codecs.lookup(declared).name), source)
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong or unknown declared charset: fall through to detection
    try:
        return _checked(Decoded(raw.decode("utf-8"), "utf-8"), source)
    except UnicodeDecodeError:
        pass
    text = raw.decode("utf-8", errors="footprint-cp1252")
    strict_utf8 = raw.decode("utf-8", errors="ignore")
    # no valid multi-byte UTF-8 at all: the whole file is a single-byte encoding
    encoding = "utf-8" if any(ord(c) > 127 for c in strict_utf8) else "cp1252"
    repaired = sum(1 for _ in _invalid_utf8_runs(raw))
    return _checked(Decoded(text, encoding, repaired), source)


def _invalid_utf8_runs(raw: bytes):
    pos = 0
    while pos < len(raw):
        try:
            raw[pos:].decode("utf-8")
            return
        except UnicodeDecodeError as exc:
            yield pos + exc.start
            pos += exc.end


def _checked(decoded: Decoded, source: str) -> Decoded:
    text = decoded.text
    if not text.strip():
        raise EmptyInput("empty input (only whitespace)", source=source)
    sample = text[:20000]
    bad = len(sample) - len(_drop_controls(sample)) + sample.count("\ufffd")
    if bad > max(3, 0.05 * len(sample)):
        raise BinaryInput(f"binary input ({bad} of {len(sample)} characters are not printable)", source=source)
    return decoded


def _not_text(sample: str) -> str | None:
    """Why printable characters are still not text, or None.

    Bytes read in the wrong encoding (a binary file taken for UTF-16 without a byte-order mark)
    give characters that are each printable: a run of one letter, or accented Latin-1 letters that no
    language writes without plain ones."""
    chars = [c for c in sample if not c.isspace()]
    if len(chars) < 16:
        return None
    wordlike = sum(1 for c in chars if unicodedata.category(c)[0] in "LMNP")
    if wordlike < 0.5 * len(chars):
        return f"{len(chars) - wordlike} of {len(chars)} characters are not letters, digits or punctuation"
    top, n = Counter(chars).most_common(1)[0]
    if n > 0.5 * len(chars):
        return f"one character, {top!r}, is {n} of {len(chars)} characters"
    letters = [c for c in chars if c.isalpha()]
    latin1 = sum(1 for c in letters if "\u00c0" <= c <= "\u00ff")
    if len(letters) >= 16 and latin1 > 0.5 * len(letters):
        return f"{latin1} of {len(letters)} letters are accented Latin-1 letters"
    return None


def _is_control(c: str) -> bool:
    return c not in "\n\r\t\f\v" and unicodedata.category(c) in {"Cc", "Cs", "Co", "Cn"}


@functools.cache
def _bmp_controls() -> re.Pattern:
    """One character class of the BMP characters ``_is_control`` accepts (built on first use, ~20 ms).

    sre looks a BMP-only class up in a bitmap, one step per character; a class that also
    held the astral ranges would be a list of ~700 ranges tried one by one.
    """
    ranges: list[tuple[int, int]] = []
    for cp in range(0x10000):
        if _is_control(chr(cp)):
            if ranges and ranges[-1][1] == cp - 1:
                ranges[-1] = (ranges[-1][0], cp)
            else:
                ranges.append((cp, cp))
    return re.compile("[" + "".join(f"\\u{a:04x}-\\u{b:04x}" for a, b in ranges) + "]+")


class _AstralControls(dict):
    """``str.translate`` table for characters beyond the BMP: decided per code point, then kept."""

    def __missing__(self, cp: int) -> int | None:
        keep = None if _is_control(chr(cp)) else cp
        if len(self) < 8192:  # a text of every code point must not grow the table without end
            self[cp] = keep
        return keep


_ASTRAL = re.compile(f"[\\U00010000-\\U{sys.maxunicode:08x}]+")
_ASTRAL_TABLE = _AstralControls()


def _drop_controls(text: str) -> str:
    """``text`` without the characters ``_is_control`` accepts, in C loops instead of one per character."""
    if text.isascii():
        return _bmp_controls().sub("", text) if not text.isprintable() else text
    text = _bmp_controls().sub("", text)
    return _ASTRAL.sub(lambda m: m.group(0).translate(_ASTRAL_TABLE), text)


# --- normalization ------------------------------------------------------------

_SPACE_LIKE = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\f\v]")
_ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
# Possessive repeats: each run stops at a character its class excludes, so giving characters back
# can never help a match, and an unclosed link costs one pass instead of one per split of the URL.
# The "not an image" look-behind comes after the "[" so that the search can skip to each "[".
_MD_LINK = re.compile(r"\[(?<!!\[)([^\[\]\n]{1,300}+)\]\((https?://[^\s()]++(?:\([^\s()]*+\)[^\s()]*+)?+)\)")
_MD_IMAGE = re.compile(r"!\[([^\[\]\n]*+)\]\(([^\s()]++)\)")
_SPACES = re.compile(r" {2,}")
_BLANK_LINES = re.compile(r"\n{3,}")
_MOJIBAKE = re.compile(r"[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]{1,3}")


def _fix_mojibake(text: str) -> tuple[str, int]:
    """Undo UTF-8 read as cp1252 ("â€™" for "’"), one character at a time."""
    fixed = 0

    def repl(m: re.Match) -> str:
        nonlocal fixed
        try:
            out = m.group(0).encode("cp1252").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            return m.group(0)
        if len(out) != 1:
            return m.group(0)
        fixed += 1
        return out

    return _MOJIBAKE.sub(repl, text), fixed


def normalize(text: str, *, links: list[str] | None = None) -> str:
    """The text every offset in Footprint points into.

    NFC, one kind of newline, no control or zero-width characters, one kind of
    space, no trailing spaces, at most one blank line in a row, inline Markdown
    links reduced to their label (the URL goes to ``links``).
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = unicodedata.normalize("NFC", text)
    text = _ZERO_WIDTH.sub("", text)
    text = _drop_controls(text)
    text = _SPACE_LIKE.sub(" ", text)

    def link(m: re.Match) -> str:
        if links is not None:
            links.append(m.group(2))
        return m.group(1)

    text = _MD_LINK.sub(link, text)
    text = _MD_IMAGE.sub("", text)
    # Only " " and "\n" are left of the white space here, so collapsing runs of spaces and then
    # dropping the one space before each newline is the same as stripping every line.
    text = _SPACES.sub(" ", text).replace(" \n", "\n")
    return _BLANK_LINES.sub("\n\n", text).strip()


def text_id(text: str) -> str:
    """Id of a normalized text: whitespace differences do not change it."""
    return short_hash(" ".join(text.split()))


def sha256(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


# --- dates --------------------------------------------------------------------


def validate_published(value: str | dt.date | None, option: str = "--published") -> str | None:
    """The ``published`` option: a day (YYYY-MM-DD) or an ISO datetime, cut to the day as
    written; else ``InvalidDate`` (a ``ConfigError``) naming ``option``. A year or a month is
    refused: relative dates in the text ("yesterday") need the day to be anchored."""
    if value is None:
        return None
    return userdate.parse(value, option, precisions=("day",), timestamps=True).start


def parse_date(value: Any) -> str | None:
    """Lenient reading of a date found in metadata; ``None`` unless it names a full day."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    s = str(value).strip()
    m = re.match(r"^(\d{4}-\d{2}-\d{2})(?:$|[T ])", s)
    if m:
        try:
            return dt.date.fromisoformat(m.group(1)).isoformat()
        except ValueError:
            return None
    try:
        return email.utils.parsedate_to_datetime(s).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    from dateutil import parser as dateutil_parser

    # Parse with two different defaults: a date that names no day (or month) shows
    # the default through and is rejected rather than guessed.
    try:
        a = dateutil_parser.parse(s, default=dt.datetime(2000, 1, 1))
        b = dateutil_parser.parse(s, default=dt.datetime(2001, 2, 2))
    except (ValueError, OverflowError):
        return None
    return a.date().isoformat() if a.date() == b.date() else None


# --- building the record --------------------------------------------------------


def build_document(
    raw_text: str,
    *,
    raw: bytes,
    source_name: str,
    fmt: str,
    body: str | None = None,
    title: str | None = None,
    source: str | None = None,
    url: str | None = None,
    published_meta: Any = None,
    published: str | None = None,
    path: str | None = None,
    record_id: str | None = None,
    meta: Mapping[str, Any] | None = None,
    detect_header: bool = False,
) -> Document:
    """Normalize ``body`` (default: ``raw_text``), find the header and segments, make the record.

    ``published`` is the caller's fallback date (already validated); a date in
    the input's own metadata wins over it.
    """
    from .. import clean

    meta = dict(meta or {})
    links: list[str] = []
    text, fixed = _fix_mojibake(body if body is not None else raw_text)
    if fixed:
        meta["mojibake_repaired"] = fixed
    text = normalize(text, links=links)
    if links:
        meta.setdefault("links", links)
    if not text:
        raise EmptyInput("no text in input", source=source_name)
    header = clean.find_header(text, title=title, detect=detect_header)
    title = title or header.title
    source = source or header.source
    url = url or header.url
    segments = clean.segment(text, header=header.segments)
    if not any(s.kind == "body" and text[s.start : s.end].strip() for s in segments):
        raise EmptyInput("no body text (only a title, captions or page residue)", source=source_name)
    declared = next(filter(None, (primary_subtag(meta.get(k)) for k in ("declared_language", "language", "lang"))), None)
    if declared:
        meta["declared_language"] = declared
    date = parse_date(published_meta)
    if published_meta not in (None, "") and date is None:
        meta["published_unparsed"] = str(published_meta)
    if date:
        meta["published_from"] = "metadata"
    elif published:
        date = published
        meta["published_from"] = "argument"
    return Document(
        id=text_id(text),
        text=text,
        raw_sha256=sha256(raw),
        raw_text=raw_text,
        title=_clean_str(title),
        source=_clean_str(source),
        url=_clean_str(url),
        published=date,
        language=document_language(text, declared),
        format=fmt,
        path=path,
        record_id=None if record_id is None else str(record_id),
        segments=tuple(segments),
        meta=meta,
    )


def _clean_str(value: Any) -> str | None:
    if value is None:
        return None
    s = " ".join(str(value).split())
    return s or None


def decoded_meta(decoded: Decoded) -> dict[str, Any]:
    meta: dict[str, Any] = {"encoding": decoded.encoding}
    if decoded.repaired:
        meta["encoding_repaired"] = decoded.repaired
    return meta


__all__ = [
    "DEFAULT_MAX_BYTES",
    "DEFAULT_TIMEOUT",
    "Decoded",
    "Failure",
    "build_document",
    "check_size",
    "decode_bytes",
    "normalize",
    "parse_date",
    "text_id",
    "validate_published",
]


def sniff_kind(raw: bytes) -> str:
    """Guess the reader for bytes with no telling name or content type."""
    head = raw[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"<?xml") or head.startswith(b"<rss") or head.startswith(b"<feed") or head.startswith(b"<rdf"):
        if b"<rss" in head or b"<feed" in head or b"<rdf" in head:
            return "feed"
        return "html" if b"<html" in head else "feed"
    if head.startswith(b"<!doctype html") or head.startswith(b"<html") or b"<body" in head:
        return "html"
    if head.startswith(b"---\n") or head.startswith(b"---\r\n"):
        return "markdown"
    if head.startswith(b"{") and b'"' in head:
        return "jsonl"
    return "text"
