"""TimeML output: a text with its timexes as inline TIMEX3 tags.

This is the file format the TempEval-3 tools read, so a tagged text written
here can be scored with the official ``evaluate_entities.py``. That scorer
finds each TIMEX3 with a regular expression, skips the one whose tid is
``t0`` (the creation time) and pairs gold and system timexes by tid; it also
refuses a file whose TEXT differs from the gold one once tags are removed.
Hence: the DCT is always ``t0``, the text is written back character for
character (only ``&``, ``<``, ``>`` and carriage returns escaped), and tags
never nest or cross.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from xml.sax.saxutils import quoteattr

from ..errors import MalformedInput
from ..model import Timex

# XML 1.0 cannot carry these at all, not even as character references.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def escape_text(s: str) -> str:
    # a parser turns a raw \r (\r\n) into \n, which would shift every later offset
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")


def inline_timexes(timexes: Sequence[Timex]) -> list[Timex]:
    """The timexes that can be tags, in text order: one overlapping an earlier kept one is left out."""
    kept: list[Timex] = []
    for t in sorted(timexes, key=lambda t: (t.start, -t.end)):
        if t.end <= t.start:
            continue
        if kept and t.start < kept[-1].end:
            continue
        kept.append(t)
    return kept


def _check(text: str, timexes: Sequence[Timex], source: str) -> None:
    bad = _NOT_XML.search(text)
    if bad:
        raise MalformedInput(
            f"character U+{ord(bad.group(0)):04X} at offset {bad.start()} cannot be written in XML", source=source)
    for t in timexes:
        if not (0 <= t.start <= t.end <= len(text)) or text[t.start:t.end] != t.text:
            raise MalformedInput(f"timex {t.text!r} at {t.start}-{t.end} is not at that place in the text", source=source)


def timex3_tag(tid: str, t: Timex) -> str:
    attrs = [("tid", tid), ("type", t.type), ("value", t.value)]
    if t.mod:
        attrs.append(("mod", t.mod))
    return "<TIMEX3 " + " ".join(f"{k}={quoteattr(v)}" for k, v in attrs) + ">"


def text_with_tags(text: str, timexes: Sequence[Timex], tids: Mapping[int, str] | None = None, *,
                   source: str = "text") -> str:
    """The escaped text with a TIMEX3 around each timex; ``tids`` maps an index into ``timexes`` to its id
    (default t1, t2, … in text order; an index missing from the map gets the next unused tN)."""
    _check(text, timexes, source)
    order = {id(t): i for i, t in enumerate(timexes)}
    tids = dict(tids or {})
    used = set(tids.values())
    n = 0
    out: list[str] = []
    pos = 0
    for t in inline_timexes(timexes):
        tid = tids.get(order[id(t)])
        if tid is None:
            n += 1
            while f"t{n}" in used:
                n += 1
            tid = f"t{n}"
        out.append(escape_text(text[pos:t.start]))
        out.append(timex3_tag(tid, t) + escape_text(t.text) + "</TIMEX3>")
        pos = t.end
    out.append(escape_text(text[pos:]))
    return "".join(out)


def dct_tag(dct: str) -> str:
    return (f'<TIMEX3 tid="t0" type="DATE" value={quoteattr(dct)} temporalFunction="false" '
            f'functionInDocument="CREATION_TIME">{escape_text(dct)}</TIMEX3>')


def to_timeml(text: str, timexes: Sequence[Timex], *, dct: str | None = None, docid: str | None = None,
              tids: Mapping[int, str] | None = None, source: str = "text") -> str:
    """A whole TimeML document: DOCID, the DCT as TIMEX3 ``t0`` (when known) and the tagged TEXT."""
    parts = ['<?xml version="1.0" ?>', "<TimeML>"]
    if docid:
        parts.append(f"<DOCID>{escape_text(_NOT_XML.sub('', docid))}</DOCID>")
    if dct:
        parts.append(f"<DCT>{dct_tag(_NOT_XML.sub('', dct))}</DCT>")
    parts.append(f"<TEXT>{text_with_tags(text, timexes, tids, source=source)}</TEXT>")
    parts.append("</TimeML>")
    return "\n".join(parts) + "\n"
