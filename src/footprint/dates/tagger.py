"""Temporal tagging of plain text: ``tag(text, dct)`` -> grounded ``Timex`` records."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ..errors import InputError, InputTooLarge
from ..model import Timex
from .anchor import InferredDate, infer
from .grammar import scan, select
from . import calendar as cal
from .resolve import Context, Grounded, ground

#: Longest text tagged in one call; a report is far shorter.
MAX_CHARS = 5_000_000

_SINCE = re.compile(r"(?i)\b(?:since|from|starting(?:\s+in)?|as\s+of)\s+(?:at\s+least\s+)?$")
_UNTIL = re.compile(r"(?i)\b(?:until|till|up\s+to|before|through)\s+$")


@dataclass(frozen=True)
class Tagged:
    timexes: tuple[Timex, ...]
    anchor: date | None  # the date relative expressions were grounded on
    inferred: InferredDate | None  # set when the anchor came from the text


def parse_dct(value: str | date | None, *, source: str = "dct") -> date | None:
    """A report date from metadata: ISO date or datetime; None stays None."""
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    m = re.match(r"^\s*(\d{4})-(\d{2})-(\d{2})", str(value))
    if not m:
        raise InputError(f"not an ISO date: {str(value)[:40]!r}", source=source)
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError as exc:
        raise InputError(f"not a calendar date: {str(value)[:40]!r}", source=source) from exc


def to_timex(text: str, start: int, end: int, g: Grounded) -> Timex:
    s, e, anchor = g.start, g.end, g.anchor
    before = text[max(0, start - 24) : start]
    if g.type in ("DATE", "TIME") and s is not None:
        if _SINCE.search(before):
            e, anchor = None, "open"
        elif _UNTIL.search(before):
            s, anchor = None, "open"
    return Timex(
        start=start, end=end, text=text[start:end], type=g.type, value=g.value,
        interval_start=s.isoformat() if s else None, interval_end=e.isoformat() if e else None,
        precision=g.precision, anchor=anchor, fuzzy=g.fuzzy, mod=g.mod,
    )


def tag(text: str, dct: str | date | None = None, *, source: str = "text") -> Tagged:
    """Find and ground every temporal expression in ``text``.

    With no ``dct`` the anchor is inferred from the text (see ``anchor.infer``);
    when nothing can be inferred, relative expressions keep unresolved values
    (``XXXX-…``) and open intervals.
    """
    if not isinstance(text, str):
        raise InputError("text must be a string", source=source)
    if len(text) > MAX_CHARS:
        raise InputTooLarge(f"{len(text):,} characters is over the {MAX_CHARS:,} limit", source=source)
    anchor = parse_dct(dct, source=source)
    hits = scan(text)
    inferred = None
    if anchor is None and hits:
        inferred = infer(text, hits)
        if inferred is not None:
            anchor = date.fromisoformat(inferred.value)
    ctx = Context(text, anchor)
    grounded = []
    for hit in hits:
        g = ground(hit, ctx)
        if g is not None:
            grounded.append((hit, g))
    kept = select(grounded, key_span=lambda x: (x[0].start, x[0].end), key_prio=lambda x: x[0].priority)
    kept = _year_back_of_quarter(kept, ctx)
    return Tagged(tuple(to_timex(text, h.start, h.end, g) for h, g in kept), anchor, inferred)


_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_YEAR_BACK = re.compile(r"(?i)^(?:the\s+)?(?:a|one)\s+year\s+(?:ago|earlier)$|^(?:the\s+)?year-(?:earlier|ago)$")


def _year_back_of_quarter(kept: list, ctx: Context) -> list:
    """In results reporting, "a year earlier" next to a quarter is that quarter a year before.

    Applies only when a quarter was named in the same sentence or the one before.
    """
    out = []
    last_q: tuple[int, str] | None = None
    for hit, g in kept:
        m = _QUARTER.match(g.value)
        if m:
            last_q = (ctx.sentence(hit.start)[0], g.value)
        elif last_q and _YEAR_BACK.match(ctx.text[hit.start : hit.end]):
            s0 = ctx.sentence(hit.start)[0]
            prev = ctx.sentence(max(0, s0 - 1))[0]
            if last_q[0] in (s0, prev):
                y, q = last_q[1].split("-Q")
                v = f"{int(y) - 1}-Q{q}"
                iv = cal.value_interval(v)
                g = Grounded("DATE", v, iv[0], iv[1], "quarter", "dct", False, None)
        out.append((hit, g))
    return out
