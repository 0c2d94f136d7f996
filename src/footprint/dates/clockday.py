"""The day of a clock time told before its day: "at 10:35 a.m. (0735 GMT) Friday".

Wire reports give a clock time, then its conversion in parentheses, then the
day: "the blast occurred at 10:35 a.m. (0735 GMT) Friday", "will leave at 4 in
the morning (4 a.m. EDT Thursday)". The grammar joins a clock time and a day
that follows it directly ("9 a.m. Tuesday"); across a parenthesis, a comma or
"on" they are two expressions, and the clock time, having no day of its own,
was put on the report day. Here it takes the day that follows.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .grammar import Hit
from .resolve import Grounded
from .tense import Context

#: Kinds of clock expressions that may carry no day of their own (their day group is ``tday``).
_CLOCK_KINDS = frozenset({"clock", "clock24", "namedtime"})
# What may stand between a clock time and its day: a parenthesis (closed, or opened with the day inside it),
# a comma, "on". No two runs of spaces meet (each follows a word or a sign), so a long run of spaces is read
# once: adjacent ``\s*`` runs made a 10,000-space gap take seconds.
_BETWEEN = re.compile(r"^\s*(?:\([^()\n]{1,40}\)\s*)?(?:,\s*)?(?:on\s+)?(?:\(\s*)?$")
#: Longer than this, the gap is no parenthesis, comma or "on": not read at all.
_MAX_BETWEEN = 80
_DAY = re.compile(r"^(\d{4}-\d\d-\d\d)(?:T|$)")


def clock_days(kept: list[tuple[Hit, Grounded]], ctx: Context) -> list[tuple[Hit, Grounded]]:
    """Give a clock time with no day the day-precise date written right after it."""
    out = list(kept)
    for i in range(len(out) - 1):
        hit, g = out[i]
        if hit.kind not in _CLOCK_KINDS or hit.groups.get("tday") or g.type != "TIME" or "T" not in g.value:
            continue
        nxt_hit, nxt = out[i + 1]
        m = _DAY.match(nxt.value)
        gap = ctx.text[hit.end : nxt_hit.start]
        if m is None or nxt.type not in ("DATE", "TIME") or len(gap) > _MAX_BETWEEN or not _BETWEEN.match(gap):
            continue
        day = m.group(1)
        iv = nxt.start, nxt.end
        out[i] = (hit, replace(g, value=f"{day}T{g.value.split('T', 1)[1]}", start=iv[0], end=iv[1],
                               precision="day", anchor=nxt.anchor))
    return out
