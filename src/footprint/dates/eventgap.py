"""A clock time counted from a named event: "spotted near the house at 6 a.m. ten days before the shooting".

TIMEX3 tags the clock time and the gap as one ``TIME`` on the day the gap reaches. The event is named by a
noun; its day is the one the text tells with the noun's verb ("was shot to death last Oct. 23") or with
the noun itself ("the shooting on Oct. 23"). With no such day in the text the hit is dropped, and the
clock time and the gap are tagged apart as before.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .grammar import PATTERNS, Hit
from .resolve import KINDS, Grounded, _grounded, number
from .tense import Context

# Past forms that are not the stem plus "-ed", by the stem left when "-ing" is cut ("shooting" -> "shoot")
_IRREGULAR = {"shoot": ("shot",), "strik": ("struck",), "strike": ("struck",), "fight": ("fought",),
              "slay": ("slain", "slew"), "sink": ("sank", "sunk"), "break": ("broke", "broken"),
              "blow": ("blew", "blown"), "fall": ("fell", "fallen"), "steal": ("stole", "stolen"), "tak": ("took", "taken")}
_DAY_KINDS = frozenset({"iso", "mdy", "dmy", "md", "dm", "numeric", "weekday"})
_DAY_VALUE = re.compile(r"^\d{4}-\d\d-\d\d$")


def _forms(noun: str) -> tuple[str, ...]:
    """The noun and the past forms of its verb: "shooting" -> shot; "raid" -> raided."""
    stem = noun[:-3] if noun.endswith("ing") and len(noun) > 5 else noun
    return tuple(sorted({noun, stem + "ed", stem + "d", *_IRREGULAR.get(stem, ())}))


def _event_day(noun: str, hit: Hit, ctx: Context) -> date | None:
    """The day the text tells for the event ``noun`` names, in a sentence other than the hit's."""
    rx = re.compile(r"(?i)\b(?:" + "|".join(re.escape(f) for f in _forms(noun)) + r")\b")
    seen = {ctx.sentence_index(hit.start)}  # each sentence scanned once: a word repeated in it is no new day
    for m in rx.finditer(ctx.text):
        i = ctx.sentence_index(m.start())
        if i in seen:
            continue
        seen.add(i)
        s, e = ctx.sentence(m.start())
        for _, kind, prx in PATTERNS:
            if kind not in _DAY_KINDS:
                continue
            for dm in prx.finditer(ctx.text, s, e):
                groups = {k: v for k, v in dm.groupdict().items() if v}
                g = KINDS[kind](Hit(kind, dm.start(), dm.end(), groups, 0), groups, ctx)
                if g is not None and _DAY_VALUE.match(g.value) and g.start is not None:
                    return g.start
    return None


def _k_clockgap(hit, g, ctx):
    n = number(g["num"])
    if n is None or n != int(n) or ctx.anchor is None:
        return None
    day = _event_day(g["ev"].lower(), hit, ctx)
    if day is None:
        return None
    days = int(n) * (7 if g["unit"].lower().startswith("week") else 1)
    day = day + timedelta(days=-days if g["dir"].lower() == "before" else days)
    h = int(g["h"]) % 12 + (12 if g["ampm"].lower().startswith("p") else 0)
    value = f"{day.isoformat()}T{h:02d}:{int(g.get('min') or 0):02d}"
    gr = _grounded(day.isoformat(), anchor="previous")
    return Grounded("TIME", value, gr.start, gr.end, "day", "previous", False, None)


KINDS.update({"clockgap": _k_clockgap})
