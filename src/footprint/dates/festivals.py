"""Islamic festivals: Ramadan, "the holy month", Eid al-Fitr, Eid al-Adha (Tabaski, Korité).

TIMEX3 makes a named holiday or festival period a ``DATE``. The dates come from the tabular (arithmetic)
Islamic calendar, which is within a day or two of the sighted one everywhere: close enough for a month
value, and mostly the very day for a festival. Ramadan's value is the Gregorian month
holding most of its days (``2016-06`` for the fast of 6 June – 5 July 2016); the Eid days are days. Without a
year written, the occurrence the tense points to, as for Christmas (``resolve._pick_year``).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .resolve import KINDS, _grounded, _pick_year

#: Julian day number of the day before 1 Muharram AH 1, astronomical (Thursday 15 July 622) epoch: of
#: 14 Eid days of 2012-2025 as the Gulf states kept them, it gives 11 (the civil epoch, a day later, 3).
_EPOCH_JDN = 1948438
#: ``date.toordinal()`` of a Julian day number: ordinal 1 (1 January AD 1) is JDN 1721426.
_ORD_SHIFT = 1721425


def hijri_to_date(year: int, month: int, day: int) -> date:
    """A day of the tabular Islamic calendar (30-year cycle, leap years 2, 5, 7, 10, 13, 16, 18, 21, 24, 26,
    29) as a Gregorian date. Odd months have 30 days, even ones 29 (the twelfth 30 in a leap year)."""
    jdn = day + (59 * (month - 1) + 1) // 2 + (year - 1) * 354 + (3 + 11 * year) // 30 + _EPOCH_JDN
    return date.fromordinal(jdn - _ORD_SHIFT)


def _hijri_years(gregorian: int) -> range:
    # a Hijri year is 354 or 355 days, so Gregorian year G holds parts of AH (G - 622) * 33/32 and the next
    first = (gregorian - 622) * 33 // 32
    return range(first - 1, first + 3)


def ramadan(hijri_year: int) -> tuple[date, date]:
    """First and last day of the fast (Ramadan, the ninth month: 30 days in the tabular calendar)."""
    start = hijri_to_date(hijri_year, 9, 1)
    return start, start + timedelta(days=29)


def main_month(start: date, end: date) -> tuple[int, int]:
    """(year, month) of the Gregorian month holding most days of [start, end]; the earlier on a tie."""
    counts: dict[tuple[int, int], int] = {}
    d = start
    while d <= end:
        counts[(d.year, d.month)] = counts.get((d.year, d.month), 0) + 1
        d += timedelta(days=1)
    return max(sorted(counts), key=lambda ym: counts[ym])


def festival_day(name: str, hijri_year: int) -> date:
    """Eid al-Fitr: 1 Shawwal, the day after the fast. Eid al-Adha (Tabaski in West Africa): 10 Dhu al-Hijja."""
    if _FITR.fullmatch(name):
        return hijri_to_date(hijri_year, 10, 1)
    return hijri_to_date(hijri_year, 12, 10)


_FITR = re.compile(r"(?i)(?:eid[\s-]+(?:al|el|ul)?[\s-]*fitr|korit[eé])")
#: "the holy month of Shravan", "of Tishrei": another faith's month, which this module does not know
_OTHER_MONTH = re.compile(r"\s+of\s+(?!Ramadan\b|Ramzan\b)[A-Z]")


def _fast_start(hijri_year: int) -> date | None:
    # years before AH 1 or past 9999 have no Gregorian ``date``: no fast to match there
    if hijri_year < 1:
        return None
    try:
        return ramadan(hijri_year)[0]
    except (ValueError, OverflowError):
        return None


def _day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:  # 29 February in a common year, a year outside 1-9999, or no such day at all
        return None


def fast_starting(month: int, day: int, near: int, reach: int = 40) -> date | None:
    """The first day of the fast nearest to the year ``near`` that falls on ``month``/``day`` (a day either way:
    sighting moves it). The fast moves about 11 days a year, so one day recurs only every 32-33 years.
    Total: a day no year has, or years with no fast, give ``None``; 29 February is looked for in leap years."""
    best: date | None = None
    for y in range(near - reach, near + reach + 1):
        target = _day(y, month, day)
        if target is None:
            continue
        for hy in _hijri_years(y):
            start = _fast_start(hy)
            if start is None or abs((start - target).days) > 1:
                continue
            if best is None or abs(y - near) < abs(best.year - near):
                best = target
    return best


#: "Ramadan, which began on 6 June", "the holy month started June 6": the day the fast opened
_STARTED = re.compile(r"(?i)[^.;:]{0,40}?\b(?:began|begins|begin|started|starts|start|opened|opens)\s+(?:on\s+)?$")


#: the most characters between a fast named and the day it began on
STARTED_REACH = 60


def started_on(text: str, fest_end: int, day_start: int) -> bool:
    """The text between a fast named and a year-less day says the fast began on that day."""
    return 0 <= day_start - fest_end <= STARTED_REACH and _STARTED.match(text, fest_end, day_start) is not None


def _occurrences(kind: str, name: str, around: int) -> list[tuple[date, date]]:
    out = []
    for hy in _hijri_years(around):
        if kind == "ramadan":
            out.append(ramadan(hy))
        else:
            d = festival_day(name, hy)
            out.append((d, d))
    return out


def _k_festival(hit, g, ctx):
    name = re.sub(r"\s+", " ", (g.get("fest") or "")).strip()
    kind = "eid" if g.get("eid") else "ramadan"
    if kind == "ramadan" and not (g.get("ram") or g.get("ram2")) and _OTHER_MONTH.match(ctx.text, hit.end):
        return None
    if g.get("year"):
        y = int(g["year"])
        cands = _occurrences(kind, name, y)
        if kind == "ramadan":
            cands = [c for c in cands if main_month(*c)[0] == y]
        else:
            cands = [c for c in cands if c[0].year == y]
        if not cands:
            return None
        pick, anchor = cands[0], "absolute"
    else:
        a = ctx.anchor
        if a is None:
            return None
        pick, anchor = _pick_year(ctx, hit, _occurrences(kind, name, a.year), a), "dct"
    if kind == "eid":
        return _grounded(pick[0].isoformat(), anchor=anchor)
    y, m = main_month(*pick)
    return _grounded(f"{y:04d}-{m:02d}", anchor=anchor)


KINDS["festival"] = _k_festival
