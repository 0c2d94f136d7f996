"""The report date when metadata lacks it: bounds inferred from the text.

Rule (documented in docs/time.md):

1. ``not_before`` starts at the start of the latest fully explicit date the
   report mentions (a year, month-year or full date), skipping dates in
   future wording ("elections planned for 2026").
2. "earlier in 2021" names a year the writer looks back on as closed, so the
   report is taken to be written after it: ``not_before`` moves to 1 January
   of the next year.
3. A year-less day ("On 6 January") told in the past is a recent news peg:
   it is placed in the first year that puts it no more than
   ``PEG_WINDOW_DAYS`` before ``not_before``, and the bound moves up to it.
4. The working anchor is ``not_before``; there is no upper bound unless the
   text gives one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from .grammar import Hit
from .lexicon import MONTHS, ORDINALS
from .resolve import ground
from .tense import Context

PEG_WINDOW_DAYS = 62

_EXPLICIT = {"iso", "numeric", "mdy", "dmy", "my", "year", "quarter", "half", "season"}


@dataclass(frozen=True)
class InferredDate:
    value: str
    not_before: str
    not_after: str | None
    reason: str

    def to_meta(self) -> dict:
        return {"value": self.value, "not_before": self.not_before, "not_after": self.not_after, "reason": self.reason}


def infer(text: str, hits: list[Hit]) -> InferredDate | None:
    ctx = Context(text, None)
    best: date | None = None
    why = ""
    for hit in hits:
        if hit.kind not in _EXPLICIT:
            continue
        g = ground(hit, ctx)
        if g is None or g.start is None or g.anchor != "absolute" or g.type != "DATE":
            continue
        if ctx.tense(hit.start, hit.end) == "future":
            continue
        start = g.start
        reason = f"latest explicit date mentioned: {text[hit.start:hit.end]!r}"
        if hit.groups.get("mod3", "").lower() == "earlier" and g.precision == "year":
            start = date(g.start.year + 1, 1, 1)
            reason = f"{text[max(0, hit.start - 11):hit.end].strip()!r} looks back on a finished year"
        if best is None or start > best:
            best, why = start, reason
    if best is None:
        return None
    for hit in hits:
        if hit.kind not in ("md", "dm"):
            continue
        if ctx.tense(hit.start, hit.end) == "future":
            continue
        g = hit.groups
        try:
            m = MONTHS[g["month"].lower().rstrip(".")]
            d = ORDINALS[g["dord"].lower()] if g.get("dord") else int("".join(c for c in g["d"] if c.isdigit()))
            year = best.year - 1
            peg = date(year, m, d)
            while peg + timedelta(days=PEG_WINDOW_DAYS) < best:
                year += 1
                peg = date(year, m, d)
        except (ValueError, KeyError):
            continue
        if peg > best:
            best, why = peg, f"year-less date {text[hit.start:hit.end]!r} read as a recent news peg after {why.split(': ')[-1]}"
    iso = best.isoformat()
    return InferredDate(value=iso, not_before=iso, not_after=None, reason=why)


__all__ = ["InferredDate", "infer", "PEG_WINDOW_DAYS"]
