"""Records to tag: a ``.jsonl`` file of ``{"id", "text", …}`` objects, one a line, that a stage command
(``footprint geoparse``, ``footprint timex``) works through record by record.

Unlike ``ingest.jsonl`` (reports on their way to the store, with their titles, dates and sources), a
record here is text plus an id to echo back, and the command's own keys (``dct``). A bad line is one
``Failure`` named ``FILE:LINE``; the lines after it are still read, so one broken record costs only
itself.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ..errors import FootprintError, InputTooLarge, MalformedInput
from .base import MAX_CHARS, Failure, json_object


@dataclass(frozen=True)
class Record:
    line: int
    where: str  # FILE:LINE, how messages name the record
    id: str | int | float | None  # as the line gave it; None when it gave none
    text: str
    data: dict[str, Any]  # the whole object, for a command's own keys


def each_record(text: str, source: str, *, max_chars: int = MAX_CHARS) -> Iterator[Record | Failure]:
    """Every non-blank line of ``text`` (the decoded file ``source``) as a ``Record``, or a ``Failure``
    saying why that line is none: not JSON, nested too deeply, not an object, no ``text`` string, an
    ``id`` that is not a string or a number, or a text over ``max_chars``."""
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{source}:{n}"
        try:
            yield _record(line, n, where, max_chars)
        except FootprintError as exc:
            yield Failure.of(where, exc)


def _record(line: str, n: int, where: str, max_chars: int) -> Record:
    rec = json_object(line, where)
    if not isinstance(rec.get("text"), str):
        raise MalformedInput('each line must be an object with a "text" string', source=where)
    rid = rec.get("id")
    # the id is echoed into every output line: a scalar, not a structure of any size
    if rid is not None and (isinstance(rid, bool) or not isinstance(rid, (str, int, float))):
        raise MalformedInput(f'"id" must be a string or a number, not {type(rid).__name__}', source=where)
    if len(rec["text"]) > max_chars:
        raise InputTooLarge(f'"text" of {len(rec["text"]):,} characters is over the {max_chars:,} limit', source=where)
    return Record(n, where, rid, rec["text"], rec)
