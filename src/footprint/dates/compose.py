"""Compositions read after selection: a date counted from another date the text names.

"the day before Christmas", "the day after last Tuesday's hearing", "the week
after May 3": a step of one unit from the date that follows, which is tagged
on its own first. The step and the date make one expression, as TimeML reads
them: its value is the date moved by the step.

"May 3, the day before the vote": "the day" in apposition to the day just
named is that day (the event after "before"/"after" is no date of the text).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from . import calendar as cal
from .grammar import Hit
from .resolve import KINDS, Grounded, _grounded
from .tense import Context

_STEP = re.compile(r"(?i)\b(?:the\s+)?(?P<unit>day|week)\s+(?P<dir>before|after)\s+$")
_DAY = re.compile(r"^\d{4}-\d\d-\d\d$")
_APPOSED = re.compile(r"\S,[ \t]*$")
_COMMA = re.compile(r"^,[ \t]*$")


def _k_appday(hit, g, ctx):
    """ "the day before the vote" after a comma: its day comes from the date before it (``composed``)."""
    if not _APPOSED.search(ctx.before(hit.start, 4)):
        return None
    return Grounded("DATE", "XXXX-XX-XX", None, None, "day", "previous")


KINDS["appday"] = _k_appday


def composed(kept: list[tuple[Hit, Grounded]], ctx: Context) -> list[tuple[Hit, Grounded]]:
    """Merge "the day before" / "the week after" into the day-precise date right after it."""
    out = []
    for hit, g in kept:
        if hit.kind == "appday":
            if out and out[-1][1].type == "DATE" and _DAY.match(out[-1][1].value) \
                    and _COMMA.match(ctx.text[out[-1][0].end : hit.start]):
                day = out[-1][1]
                out.append((hit, Grounded("DATE", day.value, day.start, day.end, "day", "previous")))
            continue  # no day just before: the event it counts from is not dated in the text
        m = _STEP.search(ctx.before(hit.start, 24)) if g.type == "DATE" and _DAY.match(g.value) else None
        start = hit.start - len(m.group(0)) if m else hit.start
        if out and out[-1][0].end > start:
            if m is None or out[-1][0].start < start:
                out.append((hit, g))
                continue
            out.pop()  # "the week" of "the week after May 3" is part of the step
        if m is None:
            out.append((hit, g))
            continue
        sign = 1 if m.group("dir").lower() == "after" else -1
        d = date.fromisoformat(g.value) + timedelta(days=sign * (7 if m.group("unit").lower() == "week" else 1))
        value = d.isoformat() if m.group("unit").lower() == "day" else cal.iso_week(d)
        gr = _grounded(value, anchor=g.anchor)
        out.append((replace(hit, start=start), Grounded("DATE", value, gr.start, gr.end, gr.precision, g.anchor)))
    return out
