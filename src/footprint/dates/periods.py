"""Named periods: holidays, the year's end, years written out in words, a month of a named year.

Holidays: Christmas, New Year, Easter (Gregorian computus), US Thanksgiving,
Halloween, Independence Day and Election Day (US, in a text set there), "Easter week" (the ISO week
ending on Easter Sunday); without a year, the occurrence the tense
points to. "year-end" / "year's end" is the report year with the TimeML
modifier END (the one before in past wording: "since year-end"). A year in
words ("nineteen ninety-six", "the year two thousand") is that year. "June
last year", "February this year" are that month of the year named relative
to the report.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .lexicon import NUMBER_WORDS
from . import calendar as cal
from .resolve import KINDS, Grounded, _grounded, _k_full, _k_monthday, _month_of, _pick_year, _unresolved


def _easter(y: int) -> date:
    # anonymous Gregorian computus
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31
    day = (h + l - 7 * m + 114) % 31 + 1
    return date(y, month, day)


def _holiday(name: str, y: int) -> date:
    n = re.sub(r"\s+", " ", name.lower())
    if n.startswith("christmas eve"):
        return date(y, 12, 24)
    if n.startswith("christmas"):
        return date(y, 12, 25)
    if n == "new year's eve":
        return date(y, 12, 31)
    if n.startswith("new year"):
        return date(y, 1, 1)
    if n.startswith("thanksgiving"):  # fourth Thursday of November (US)
        first = date(y, 11, 1)
        return first + timedelta(days=(3 - first.weekday()) % 7 + 21)
    if n.startswith("easter"):
        return _easter(y) + timedelta(days=1 if n.endswith("monday") else 0)
    if n == "halloween":
        return date(y, 10, 31)
    if n == "election day":  # US: the Tuesday after the first Monday of November
        first_monday = date(y, 11, 1) + timedelta(days=(0 - date(y, 11, 1).weekday()) % 7)
        return first_monday + timedelta(days=1)
    return date(y, 7, 4)  # Independence Day (US)


#: Holidays whose date is the United States' own: elsewhere "Independence Day" or "Election Day" is
#: another country's day, which no rule here knows.
_US_ONLY = ("independence day", "election day")
#: Words that set a text in the United States.
_US_CUES = re.compile(r"\b(?:U\.S\.|United\s+States|(?<!Latin )(?<!South )(?<!Central )(?<!North )Americans?|Republicans?|Democrats?|GOP|Congress(?:ional)?|"
                      r"Capitol\s+Hill|White\s+House|Governor\s+[A-Z]|Gov\.|Sen\.|Rep\.)(?![\w])")


def _us_text(ctx) -> bool:
    cached = getattr(ctx, "_us_text", None)
    if cached is None:
        cached = bool(_US_CUES.search(ctx.text))
        ctx._us_text = cached
    return cached


def _k_holiday(hit, g, ctx):
    name = re.sub(r"\s+", " ", g["hol"].lower())
    if name in _US_ONLY and not _us_text(ctx):
        return None
    week = name == "easter week"  # the ISO week that ends on Easter Sunday (Holy Week)
    if g.get("year"):
        d = _holiday(g["hol"], int(g["year"]))
        return _grounded(cal.iso_week(d) if week else d.isoformat())
    a = ctx.anchor
    if a is None:
        return None
    cands = [(_holiday(g["hol"], y),) * 2 for y in (a.year - 1, a.year, a.year + 1)]
    d = _pick_year(ctx, hit, cands, a)[0]
    return _grounded(cal.iso_week(d) if week else d.isoformat(), anchor="dct")




def _k_yearspan(hit, g, ctx):
    """"the 2024-25 season": a season over two years is named by the year it opens in (its value), and its
    interval covers both years; the second year must follow the first ("2024-26" is no such season)."""
    y1 = int(g["y1"])
    y2 = int(g["y2"]) if len(g["y2"]) == 4 else y1 // 100 * 100 + int(g["y2"])
    if len(g["y2"]) == 2 and y2 < y1:
        y2 += 100  # "the 1999-00 season" runs into the next century
    if y2 != y1 + 1:
        return None
    return Grounded("DATE", f"{y1:04d}", date(y1, 1, 1), date(y2, 12, 31), "year", "absolute", False, None)


_CENTURY = {"nineteen": 19, "twenty": 20}
_TEENS = {w: n for w, n in NUMBER_WORDS.items() if isinstance(n, int) and 10 <= n <= 19 and " " not in w}
_TENS = {w: n for w, n in NUMBER_WORDS.items() if isinstance(n, int) and n in (20, 30, 40, 50, 60, 70, 80, 90)}
_UNITS = {w: n for w, n in NUMBER_WORDS.items() if isinstance(n, int) and 1 <= n <= 9 and w not in ("a", "an")}
_LEAD_IN = ("in", "of", "since", "by", "until", "till", "before", "after", "during", "from", "through")


def spelled_year(words: str) -> int | None:
    """ "nineteen ninety-six" -> 1996, "nineteen oh five" -> 1905, "two thousand and one" -> 2001."""
    parts = [p for p in re.split(r"[\s-]+", words.lower()) if p and p != "and"]
    if parts[:2] == ["two", "thousand"]:
        rest = parts[2:]
        if not rest:
            return 2000
        n = _TEENS.get(rest[0]) or _UNITS.get(rest[0]) or 0
        return 2000 + n if len(rest) == 1 and n else None
    if not parts or parts[0] not in _CENTURY:
        return None
    base, rest = _CENTURY[parts[0]] * 100, parts[1:]
    if rest == ["hundred"]:
        return base
    if len(rest) == 2 and rest[0] == "oh" and rest[1] in _UNITS:
        return base + _UNITS[rest[1]]
    if len(rest) == 1 and rest[0] in _TEENS:
        return base + _TEENS[rest[0]]
    if rest and rest[0] in _TENS and (len(rest) == 1 or (len(rest) == 2 and rest[1] in _UNITS)):
        return base + _TENS[rest[0]] + (_UNITS[rest[1]] if len(rest) == 2 else 0)
    return None


def _k_yearwords(hit, g, ctx):
    y = spelled_year(g["yw"])
    if y is None:
        return None
    if g["yw"].lower().startswith("two") and not (g.get("ywthe") or g.get("month")):
        prev = ctx.before(hit.start, 12).lower().split()
        if not prev or prev[-1] not in _LEAD_IN:
            return None  # "two thousand troops" is a count
    if g.get("month"):
        return _grounded(f"{y:04d}-{_month_of(g['month']):02d}")
    return _grounded(f"{y:04d}")


def _k_weekof(hit, g, ctx):
    """ "the week of June 5": the ISO week holding that day."""
    day = (_k_full if g.get("year") else _k_monthday)(hit, g, ctx)
    if day is None:
        return None
    if day.start is None:
        return _unresolved("XXXX-WXX", "week")
    return _grounded(cal.iso_week(day.start), anchor=day.anchor)


_WEEK_ORD = {"first": 0, "second": 1, "third": 2, "fourth": 3}


def _k_weekord(hit, g, ctx):
    """ "the first week of March": the ISO week holding that week's first day (day 1, 8, 15, 22; the last
    week holds the month's last day), as TIMEX3 names a week."""
    m = _month_of(g["month"])
    w = g["word"].lower()
    if g.get("year"):
        y = int(g["year"])
    elif ctx.anchor is None:
        return _unresolved("XXXX-WXX", "week")
    else:
        a = ctx.anchor
        cands = [(date(y, m, 1), cal.month_end(y, m)) for y in (a.year - 1, a.year, a.year + 1)]
        y = _pick_year(ctx, hit, cands, a)[0].year
    d = cal.month_end(y, m) if w in ("last", "final") else date(y, m, 1 + 7 * _WEEK_ORD[w])
    return _grounded(cal.iso_week(d), anchor="absolute" if g.get("year") else "dct")


def _k_yearend(hit, g, ctx):
    a = ctx.anchor
    if a is None:
        return _unresolved("XXXX", "year", mod="END")
    y = a.year - 1 if ctx.tense(hit.start, hit.end) == "past" and a.month < 7 or re.search(r"(?i)\bsince\s+$", ctx.before(hit.start)) else a.year
    return _grounded(f"{y:04d}", "END", anchor="dct")


# "since" / "after" right before: "since the new year" is the year just begun
_SINCE_BEFORE = re.compile(r"(?i)\b(?:since|after)\s+$")


def _k_newyear(hit, g, ctx):
    """ "the new year": the year about to begin, told from the second half of a year ("appeal in the new
    year" in December); told in its first two months, or since it began, it is the year just begun."""
    a = ctx.anchor
    if a is None:
        return _unresolved("XXXX", "year")
    begun = (a.month <= 2 or _SINCE_BEFORE.search(ctx.before(hit.start))
             or (a.month < 7 and ctx.tense(hit.start, hit.end) == "past"))
    return _grounded(f"{a.year if begun else a.year + 1:04d}", anchor="dct")


# a present copula right before: "it's", "today is", "this is"
_NOW_IS = re.compile(r"(?i)\b(?:it['’]s|it\s+is|today\s+is|this\s+is|today\s+marks|marks)\s+$")


def _k_ordday(hit, g, ctx):
    """ "Today is the fifth day of the blockade": a day counted in a stretch, told as now, is the report day.
    Told otherwise ("on the third day of the trial") its day is unknown here: not tagged."""
    if ctx.anchor is None or not _NOW_IS.search(ctx.before(hit.start, 16)):
        return None
    return _grounded(ctx.anchor.isoformat(), anchor="dct")


def _k_myrel(hit, g, ctx):
    a = ctx.anchor
    m = _month_of(g["month"])
    if a is None:
        return _unresolved(f"XXXX-{m:02d}", "month")
    y = a.year + {"this": 0, "last": -1, "next": 1}[g["yrel"].lower()]
    if g.get("d"):
        return _grounded(date(y, m, int(re.match(r"\d+", g["d"]).group(0))).isoformat(), anchor="dct")
    return _grounded(f"{y:04d}-{m:02d}", anchor="dct")


def _k_weekto(hit, g, ctx):
    """ "the week to Sunday", "the week to 17 March": TIMEX3 marks "the week" as a duration anchored on the day it
    ends on, which is tagged apart ("Sunday", "17 March"); its interval is the seven days ending on that day,
    grounded as the day alone would be."""
    end = _week_end(hit, g, ctx)
    if end is None or end.start is None:
        return Grounded("DURATION", "P1W", None, None, "week")
    return Grounded("DURATION", "P1W", end.start - timedelta(days=6), end.start, "week", end.anchor)


def _week_end(hit, g, ctx):
    if g.get("wd"):
        return KINDS["weekday"](hit, {"wd": g["wd"]}, ctx)
    day = {"d": g.get("d") or g.get("d2"), "month": g.get("month") or g.get("month2"), "year": g.get("year") or g.get("year2")}
    try:
        return (_k_full if day["year"] else _k_monthday)(hit, day, ctx)
    except ValueError:
        return None  # "the week to 31 February": no such day to end on


KINDS.update({"weekto": _k_weekto, "yearspan": _k_yearspan, "holiday": _k_holiday, "yearwords": _k_yearwords, "weekof": _k_weekof, "weekord": _k_weekord, "yearend": _k_yearend, "newyear": _k_newyear, "ordday": _k_ordday, "myrel": _k_myrel})
