"""What ``footprint timex`` reads and prints, apart from the command itself."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from ..errors import FootprintError, InputTooLarge, MalformedInput
from ..ingest.base import Failure
from ..model import Timex
from ..userdate import parse
from .tagger import MAX_CHARS, Tagged, parse_dct, tag

MAX_BYTES = 50 * 1024 * 1024


def timex_json(t: Timex) -> dict:
    return {"start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value,
            "interval": [t.interval_start, t.interval_end], "precision": t.precision}


def _tagged(path: str, dct: str | None) -> Iterator[tuple[str, object, str, date | None, Tagged] | Failure]:
    """(kind, id, text, report date given, tagged) for a text ("text") or each line of a .jsonl file
    ("record"); a ``Failure`` naming ``FILE:LINE`` for a record that cannot be read or tagged."""
    from ..ingest import read_source, strict_text
    from ..ingest.records import each_record

    # --dct is typed by a person: the one strict reading every command uses, checked
    # before any input is read; a record's own "dct" is metadata, read like any document date
    default_dct = None if dct is None else parse(dct, "--dct", precisions=("day",), timestamps=True).first
    data, source = read_source(path, MAX_BYTES)
    text = strict_text(data, source, max_bytes=MAX_BYTES)
    if path.endswith(".jsonl"):
        for rec in each_record(text, source, max_chars=MAX_CHARS):
            if isinstance(rec, Failure):
                yield rec
                continue
            try:
                rdct = rec.data.get("dct") or default_dct
                anchor = parse_dct(rdct, source=rec.where) if rdct else None
                tagged = tag(rec.text, anchor, source=rec.where)
            except FootprintError as exc:
                yield Failure.of(rec.where, exc)
                continue
            yield "record", rec.id, rec.text, anchor, tagged
        return
    if len(text) > MAX_CHARS:
        raise InputTooLarge(f"{len(text):,} characters is over the {MAX_CHARS:,} limit", source=source)
    anchor = parse_dct(default_dct, source=source)
    yield "text", None, text, anchor, tag(text, anchor, source=source)


def timex_records(path: str, dct: str | None) -> Iterator[tuple[str, object]]:
    """("text", [timex…]) for a text; ("record", {id, timexes}) per line of a .jsonl file (a bad line is
    one error line on stderr, and exit status 2 once the rest are done)."""
    from ..cli.records import reported

    for kind, rid, _text, _dct, result in reported(_tagged(path, dct)):
        if kind == "text":
            yield "text", [timex_json(t) for t in result.timexes]
            continue
        out = {"id": rid, "timexes": [timex_json(t) for t in result.timexes]}
        if result.inferred is not None:
            out["dct_inferred"] = result.inferred.to_meta()
        yield "record", out


_SAFE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,99}")


def timeml_records(path: str, dct: str | None) -> Iterator[tuple[str | None, str]]:
    """(id, TimeML document) for a text (id None) or each .jsonl record; the DCT is written only
    when given (an inferred report date is a guess, not a creation time)."""
    from ..cli.records import reported
    from .timeml import to_timeml

    seen: set[str] = set()
    for kind, rid, text, anchor, result in reported(_tagged(path, dct)):
        name = None
        if kind == "record":
            name = str(rid) if rid is not None else ""
            # the id names the output file: nothing that could climb out of the folder
            if not _SAFE_ID.fullmatch(name) or name in seen:
                raise MalformedInput(f"record id {name[:40]!r} is not a unique plain file name "
                                     "(letters, digits, . _ -)", source=path)
            seen.add(name)
        yield name, to_timeml(text, result.timexes, dct=anchor.isoformat() if anchor else None,
                              docid=name, source=path)
