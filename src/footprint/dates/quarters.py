"""Reporting periods: quarters and halves of a year ("the third quarter", "the quarter ended July 31",
"the year-ago quarter", "the first half of 2019", "the first two quarters of 2019").

A quarter with no year is the one the tense points to; "the quarter", "the latest quarter" is the last
one closed before the report; "the quarter ended July 31" is the three months up to that day, named by
the calendar quarter holding most of them.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from datetime import date
from weakref import WeakKeyDictionary

from . import calendar as cal
from .grammar import DAYN, Hit
from .lexicon import MONTH_RE, ORDINALS
from .resolve import KINDS, Grounded, _day_of, _grounded, _month_of, _unresolved
from .tense import Context


def _k_quarter(hit, g, ctx):
    a = ctx.anchor
    if g.get("qn"):
        n = int(g["qn"].strip("Q"))
        if g.get("year"):
            return _grounded(f"{g['year']}-Q{n}")
        if a is None:
            return _unresolved(f"XXXX-Q{n}", "quarter")
        y = a.year if date(a.year, 3 * n - 2, 1) <= a or ctx.tense(hit.start, hit.end) != "past" else a.year - 1
        return _grounded(f"{y}-Q{n}", anchor="dct")
    rels = (g.get("qrels") or "").lower().split()
    # the grammar lets any white space, a line break too, part "last year's": one space each for the checks below
    det = " ".join((g.get("det") or "").lower().split())
    qtail = " ".join((g.get("qtail") or "").lower().split())
    qord = (g.get("qord") or "").lower()
    if g["qword"] == "period" and not (set(rels) & {"year-earlier", "year-ago", "latest", "same", "corresponding", "comparable",
                                                    "reporting"}
                                       or g.get("year0") or g.get("qtail")):
        return None
    if not (det or rels or qord):
        return None
    ended = _ENDED.match(ctx.text, hit.end)
    if ended and not (qord or rels or g.get("year") or g.get("year0")) and a is not None:
        # "the quarter ended July 31": the three months up to that day, named by the calendar
        # quarter holding most of them (May-July -> the second)
        m, d = _month_of(ended.group("month")), _day_of(ended.group("d"))
        years = [int(ended.group("y"))] if ended.group("y") else [a.year - 1, a.year, a.year + 1]
        cands = [(x, x) for x in (date(y, m, d) for y in years)]
        fwd = ended.group(1).lower() == "ending"
        last = min((c for c in cands if c[0] >= a), default=cands[-1]) if fwd else max((c for c in cands if c[0] <= a), default=cands[0])
        mid = cal.add_months(date(last[0].year, last[0].month, 1), -1)
        return _grounded(f"{mid.year}-Q{cal.quarter_of(mid)}", anchor="dct")
    back = 1 if (set(rels) & {"year-earlier", "year-ago"} or g.get("qtail") or det.startswith("last year")) else 0
    if back and g["qword"] == "period" and a is not None and not (qord or g.get("year") or g.get("year0")):
        half = _half_before(ctx, hit, a)
        if half is not None:
            # "in the six months to June 30, down from … in the same period a year earlier": the half, not a quarter
            return _grounded(f"{half[0] - 1}-H{half[1]}", anchor="previous")
    fwd = 1 if det.startswith("next year") else 0
    if qord:
        n = 4 if qord in ("final", "last") else ORDINALS[qord]
        if g.get("year") or g.get("year0"):
            return _grounded(f"{int(g.get('year') or g['year0']) - back}-Q{n}")
        if a is None:
            return _unresolved(f"XXXX-Q{n}", "quarter")
        if "last year" in qtail or det.startswith("last year"):
            # "the third quarter of last year": that quarter of the year before the report's, whatever the tense
            return _grounded(f"{a.year - 1}-Q{n}", anchor="dct")
        y = a.year
        if date(y, 3 * n - 2, 1) > a and ctx.tense(hit.start, hit.end) == "past" and not det.startswith("this year"):
            y -= 1
        return _grounded(f"{y - back + fwd}-Q{n}", anchor="dct")
    if g.get("year0"):
        return _grounded(f"{int(g['year0']) - back}-Q{_reported_quarter(a, ctx, hit)}") if a else None
    if g.get("year"):
        return None
    if a is None:
        return _unresolved("XXXX-QX", "quarter")
    cur = date(a.year, 3 * cal.quarter_of(a) - 2, 1)
    if set(rels) & {"current", "this"} or det == "this":
        q = cur
    elif set(rels) & {"next", "coming"}:
        q = cal.add_months(cur, 3)
    else:  # "the quarter", "the latest/last/past quarter": the last one reported
        q = cal.add_months(cur, -3)
    q = cal.add_months(q, -12 * back)
    g0 = _grounded(f"{q.year}-Q{cal.quarter_of(q)}", anchor="dct")
    if rels == ["reporting"] and g["qword"] == "period":
        # "during the reporting period" (UN reports): the quarter or half told before it, or the quarter a range
        # told before it closes (reference.apply); with none told, the quarter before the report's
        return replace(g0, refop=("period",))
    if rels == ["previous"] and not back:
        # "after a fall in the previous quarter" told after "the third quarter of 2023": the quarter before the
        # one the story stands in (reference.py re-grounds it), the one before the report's only with none told
        return replace(g0, refop=("step", "quarter", -1))
    return g0


_ENDED = re.compile(r"\s+(ended|ending)\s+(?P<month>" + MONTH_RE + r")\s*(?P<d>" + DAYN + r")\b(?:,?\s*(?P<y>(?:19|20)\d\d)\b)?")


# "the six months to June 30", "the half-year ended Dec. 31", "the first half": a half-year being reported.
# The last word's boundary is read apart (``bound``): it may fall right before the hit, where the text is cut.
_HALF_SPAN = re.compile(r"(?i)\b(?:six|6)\s+months|\bhalf[- ]year|\b(?P<ord>first|second)[- ]half(?P<bound>\b)?")
_HALF_END = re.compile(r"\s+(?:to|ended|ending|through)\s+(?P<month>June|Jun\.|December|Dec\.)(?:\s*3[01])?(?:,?\s*(?P<y>(?:19|20)\d\d))?")


class _Halves:
    """Every half-year a text names, found once per text: a search of the sentences before each hit was
    quadratic in one long sentence full of "the same period a year earlier"."""

    __slots__ = ("starts", "ends", "found", "whole", "last_whole")

    def __init__(self, text: str):
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.found: list[tuple[str | None, int] | None] = []  # (year written or None, 1 or 2); None = no half
        self.whole: list[bool] = []  # the word's end is a boundary in the whole text
        self.last_whole: list[int] = []  # per match: the last match up to it that names a half whole, or -1
        for m in _HALF_SPAN.finditer(text):
            if m.group("ord"):
                found = (None, 1 if m.group("ord").lower() == "first" else 2)
            else:
                end = _HALF_END.match(text, m.end())
                found = None if end is None else (end.group("y"), 1 if end.group("month").startswith("Jun") else 2)
            whole = m.group("bound") is not None or not m.group("ord")
            self.starts.append(m.start())
            self.ends.append(m.end())
            self.found.append(found)
            self.whole.append(whole)
            prev = self.last_whole[-1] if self.last_whole else -1
            self.last_whole.append(len(self.found) - 1 if (found is not None and whole) else prev)

    def last_before(self, lo: int, hi: int) -> tuple[str | None, int] | None:
        """The last half named by a match inside [lo, hi), as a search of the text cut at ``hi`` finds it."""
        k = bisect.bisect_right(self.ends, hi) - 1
        if k < 0:
            return None
        if not (self.found[k] is not None and (self.whole[k] or self.ends[k] == hi)):
            k = self.last_whole[k - 1] if k > 0 else -1
        return self.found[k] if k >= 0 and self.starts[k] >= lo else None


_HALVES: WeakKeyDictionary[Context, _Halves] = WeakKeyDictionary()


def _half_before(ctx: Context, hit: Hit, a: date) -> tuple[int, int] | None:
    """The half-year a results report named in this sentence or the one before, before ``hit``: (year, 1 or 2)."""
    lo = ctx.sentence(hit.start)[0]
    if lo > 0:
        lo = ctx.sentence(lo - 1)[0]  # the sentence before
    halves = _HALVES.get(ctx)
    if halves is None:
        halves = _HALVES[ctx] = _Halves(ctx.text)
    found = halves.last_before(lo, hit.start)
    if found is None:
        return None
    y, n = found
    if y is None:
        return (a.year if date(a.year, 6 * n, 28) <= a else a.year - 1), n  # the last such half closed
    return int(y), n


def _reported_quarter(a: date, ctx: Context, hit: Hit) -> int:
    """The quarter a report of date ``a`` speaks of when it names none: the last one closed."""
    return cal.quarter_of(cal.add_months(date(a.year, 3 * cal.quarter_of(a) - 2, 1), -3))


def _k_half(hit, g, ctx):
    if g.get("hn"):
        return _grounded(f"{g['year']}-H{g['hn'][1]}")
    n = 1 if g["hord"].lower() == "first" else 2
    if g.get("year"):
        return _grounded(f"{g['year']}-H{n}")
    a = ctx.anchor
    if a is None:
        return _unresolved(f"XXXX-H{n}", "half")
    y = a.year + {"last": -1, "next": 1}.get((g.get("hrel") or "").lower(), 0)
    return _grounded(f"{y}-H{n}", anchor="dct")


def _k_quarterlist(hit, g, ctx):
    """One member of "the first and third quarters": a quarter of the year named after the list, else a
    quarter of any year when the clause tells what happens as a rule ("sales usually peak in the first and
    third quarters"), else the one the tense points to, as a single quarter."""
    n = ORDINALS[g["qord"].lower()]
    if g.get("year"):
        return _grounded(f"{g['year']}-Q{n}")
    a = ctx.anchor
    hrel = (g.get("hrel") or "").lower()
    if not hrel and ctx.habitual(hit.start, hit.end):
        return Grounded("SET", f"XXXX-Q{n}", None, None, "quarter", "absolute", False, None)
    if a is None:
        return _unresolved(f"XXXX-Q{n}", "quarter")
    if hrel in ("this", "last", "next", "the"):
        return _grounded(f"{a.year + {'last': -1, 'next': 1}.get(hrel, 0)}-Q{n}", anchor="dct")
    y = a.year
    if date(y, 3 * n - 2, 1) > a and ctx.tense(hit.start, hit.end) == "past":
        y -= 1
    return _grounded(f"{y}-Q{n}", anchor="dct")


KINDS.update({"quarter": _k_quarter, "half": _k_half, "quarterlist": _k_quarterlist})
