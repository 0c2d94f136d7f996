"""The day of a clock time told before its day: "at 9:40 a.m. (0840 GMT) Sunday".

Wire reports give a clock time, then its conversion in parentheses, then the
day: "the depot burned from 9:40 a.m. (0840 GMT) Sunday", "will sail at 5 in
the morning (5 a.m. CDT Saturday)". The grammar joins a clock time and a day
that follows it directly ("9 a.m. Tuesday"); across a parenthesis, a comma or
"on" they are two expressions, and the clock time, having no day of its own,
was put on the report day. Here it takes the day that follows.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta

from .grammar import Hit
from .resolve import Grounded
from .tense import Context

#: Kinds of clock expressions that may carry no day of their own (their day group is ``tday``).
_CLOCK_KINDS = frozenset({"clock", "clockw", "clock24", "namedtime"})
# What may stand between a clock time and its day: a parenthesis (closed, or opened with the day inside it),
# a comma, "on". No two runs of spaces meet (each follows a word or a sign), so a long run of spaces is read
# once: adjacent ``\s*`` runs made a 10,000-space gap take seconds.
_BETWEEN = re.compile(r"^\s*(?:\([^()\n]{1,40}\)\s*)?(?:,\s*)?(?:on\s+)?(?:\(\s*)?$")
#: Longer than this, the gap is no parenthesis, comma or "on": not read at all.
_MAX_BETWEEN = 80
_DAY = re.compile(r"^(\d{4}-\d\d-\d\d)(?:T|$)")


#: A clock time and its conversion in parentheses right after it: "3 p.m. local time (1900 GMT)".
_TWIN_GAP = re.compile(r"^\s*\(\s*$")
_UNIVERSAL = re.compile(r"(?i)\b(?:GMT|UTC)\s*$")
_HOUR = re.compile(r"T(\d\d):(\d\d)$")


def _is_twin(local: Hit, universal: Hit, ctx: Context) -> bool:
    return (local.kind in _CLOCK_KINDS and universal.kind == "clock24"
            and bool(_UNIVERSAL.search(ctx.text[universal.start : universal.end]))
            and bool(_TWIN_GAP.match(ctx.text[local.end : universal.start])))


def twin_days(kept: list[tuple[Hit, Grounded]], ctx: Context) -> list[tuple[Hit, Grounded]]:
    """Give a universal time in parentheses the day of the local clock time it converts, a day on or back
    when the conversion crosses midnight: zones lie from 12 hours behind to 14 ahead of GMT, so a local
    11 p.m. written as "(0300 GMT)" is 0300 of the next day."""
    out = list(kept)
    for i in range(1, len(out)):
        (lh, lg), (uh, ug) = out[i - 1], out[i]
        lm, um = _HOUR.search(lg.value), _HOUR.search(ug.value)
        if lm is None or um is None or lg.start is None or not _is_twin(lh, uh, ctx):
            continue
        offset = (int(lm.group(1)) * 60 + int(lm.group(2))) - (int(um.group(1)) * 60 + int(um.group(2)))
        shift = 1 if offset > 14 * 60 else -1 if offset < -12 * 60 else 0
        d = lg.start + timedelta(days=shift)
        out[i] = (uh, replace(ug, value=f"{d.isoformat()}T{um.group(1)}:{um.group(2)}", start=d, end=d,
                              precision="day", anchor=lg.anchor, refop=None))
    return out


def clock_days(kept: list[tuple[Hit, Grounded]], ctx: Context) -> list[tuple[Hit, Grounded]]:
    """Give a clock time with no day the day-precise date written right after it."""
    out = list(kept)
    for i in range(len(out) - 1):
        hit, g = out[i]
        if hit.kind not in _CLOCK_KINDS or hit.groups.get("tday") or g.type != "TIME" or "T" not in g.value:
            continue
        j = i + 1
        if j + 1 < len(out) and _is_twin(out[i][0], out[j][0], ctx):
            j += 1  # "at 11:56 a.m. (0611 GMT) on Saturday": the day is after the conversion
        nxt_hit, nxt = out[j]
        m = _DAY.match(nxt.value)
        gap = ctx.text[hit.end : nxt_hit.start]
        if m is None or nxt.type not in ("DATE", "TIME") or len(gap) > _MAX_BETWEEN or not _BETWEEN.match(gap):
            continue
        day = m.group(1)
        iv = nxt.start, nxt.end
        out[i] = (hit, replace(g, value=f"{day}T{g.value.split('T', 1)[1]}", start=iv[0], end=iv[1],
                               precision="day", anchor=nxt.anchor))
    return out
