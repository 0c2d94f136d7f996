"""The report date when metadata lacks it: bounds inferred from the text.

Rule (documented in docs/time.md, measured by ``footprint eval dct``):

1. ``not_before`` starts at the start of the latest fully explicit date the
   report mentions (a year, month-year or full date), skipping dates in
   future wording ("elections planned for 2026") and deadlines ("by 2030").
2. "earlier in 2021" names a year the writer looks back on as closed, so the
   report is taken to be written after it: ``not_before`` moves to 1 January
   of the next year; "two years ago, in 2021" puts the report in 2023.
3. A year-less day ("On 6 January") told in the past is a recent news peg:
   it is placed in the first year that puts it no more than
   ``PEG_WINDOW_DAYS`` before the bound so far (the latest explicit date, or
   a peg placed before it: pegs do push each other forward), and the bound
   moves up to it.
   A weekday written with it ("Thursday 6 November") picks the first such
   year where that day falls on that weekday.
4. A day written beside "yesterday", "today", "tomorrow" or "last night"
   ("yesterday, Oct. 5") fixes the writing day itself (Oct. 6); so does the
   day of a dateline ("KABUL, March 3 (Reuters) -"). Either becomes the
   working anchor, the dateline first. A dateline whose year had to be guessed
   gives way to a later past date (the guess was a year short); one with its
   year written stands.
5. The working anchor is ``not_before`` unless rule 4 gives a day; there is no
   upper bound unless the text gives one.
6. The estimate may sit after ``not_before``, which stays the bound: news style
   writes a year out for years before the writing one. With nothing day-precise
   after it, a month or season with its year puts the estimate on 1 January of
   the next year, and a dateline's year-less day goes in the first year after
   the latest written year (a bare year too).
7. A year-less news peg (rule 3) placed in a bare year told as background ("began in 2017", "since 2023")
   is estimated in the first year after it: the bound stays, and a day of that past year would have had its
   year written out as well.
8. Earnings wording (a numbered quarter with no year: "third-quarter profit") keeps rule 6 from moving a
   month-year's estimate: such reports write the writing year's own months with their year.
"""

from __future__ import annotations

import bisect
import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from . import festivals
from .dateline import DAY_KINDS, at_dateline
from .grammar import Hit
from .lexicon import MONTHS, ORDINALS, WEEKDAYS
from .resolve import ground, number
from .tense import Context

PEG_WINDOW_DAYS = 62

_EXPLICIT = {"iso", "numeric", "mdy", "dmy", "my", "year", "quarter", "half", "season"}
# "by 2030", "until 2028", "not before mid-2024": a target or an end point, often still ahead of the writer
_DEADLINE = re.compile(r"(?i)\b(?:by|until|till|through|before)\s+(?:the\s+(?:end|start|middle|close)\s+of\s+)?"
                       r"(?:early\s+|mid-?\s*|late\s+)?$")
# "elections, expected in 2025", "a vote scheduled for March 2026", "due to be held in 2027": a date planned,
# which may well be ahead of the writer however the sentence around it is told. "set" and "planned" tell a plan
# only before "for" (or "to be held in"): "a curfew set on 5 May", "a raid planned in March" were done
_PLANNED = re.compile(r"(?i)\b(?:(?:expected|due|scheduled|slated)\s+|(?:planned|set)\s+(?=for\b|to\b))"
                      r"(?:to\s+(?:be\s+held|take\s+place|open|start|begin|end|close)\s+)?(?:in|for|on)\s+"
                      r"(?:the\s+)?(?:early\s+|mid-?\s*|late\s+)?$")
# a day and the word that tells its distance from the writing day, next to each other: "yesterday, Oct. 5",
# "Oct. 5 (yesterday)", "today, 3 March"
_DEICTIC_OFFSET = {"yesterday": 1, "last night": 1, "today": 0, "tonight": 0, "this morning": 0, "tomorrow": -1}
_DEICTIC = "|".join(sorted(_DEICTIC_OFFSET, key=len, reverse=True))
_DEICTIC_BEFORE = re.compile(rf"(?i)\b({_DEICTIC})\s*[,(]\s*(?:on\s+)?(?:[A-Z][a-z]+day,?\s+)?$")
_DEICTIC_AFTER = re.compile(rf"(?i)^\s*[,(]\s*({_DEICTIC})\b")
# "two years ago, in 2021" / "in 2021, two years ago": the writing year is that year plus the count
_AGO_NEAR = 24


@dataclass(frozen=True)
class InferredDate:
    value: str
    not_before: str
    not_after: str | None
    reason: str

    def to_meta(self) -> dict:
        return {"value": self.value, "not_before": self.not_before, "not_after": self.not_after, "reason": self.reason}


#: date forms whose year, written out, tells a year before the writing one (rule 6)
_WRITTEN = ("my", "year", "season")
# "began in 2017", "talks since 2023": a bare year told as background to the news (rule 7)
_BACKGROUND = re.compile(r"(?i)\b(?:since|in)\s+$")
#: periods whose year-less days are read inside them ("the third quarter of 2024 … between 1 July and 30 September")
_HOLDING = ("month", "quarter", "half", "season")


@dataclass(frozen=True)
class _Latest:
    """The latest explicit date (rules 1 and 2): its start, why, its span when it is a period shorter than a year
    taken as it is written, whether it is a year or month written out as it stands (rule 6), and its hit."""
    start: date | None = None
    why: str = ""
    period: tuple[date, date] | None = None
    written: bool = False
    hit: Hit | None = None


def _explicit(text: str, hits: list[Hit], ctx: Context, full: _FullDates) -> _Latest:
    """Rules 1 and 2: the latest explicit date told as past or present."""
    best = _Latest()
    agos = sorted((h for h in hits if h.kind == "ago" and h.groups.get("dir", "").lower() == "ago"
                   and h.groups.get("unit", "").lower() in ("year", "years")), key=lambda h: h.end)
    ago_ends = [h.end for h in agos]
    for hit in hits:
        if hit.kind not in _EXPLICIT:
            continue
        g = ground(hit, ctx)
        if g is None or g.start is None or g.anchor != "absolute" or g.type != "DATE":
            continue
        # "by 31 March 2026": the target word stands before the whole date, not before its "March 2026"
        front = full.around(hit.start, hit.end, strict=True) if hit.kind in ("my", "year") else None
        front = hit.start if front is None else front
        if ctx.tense(hit.start, hit.end) == "future" or _DEADLINE.search(text, max(0, front - 40), front) \
                or _PLANNED.search(text, max(0, front - 48), front):
            continue
        start = g.start
        reason = f"latest explicit date mentioned: {text[hit.start:hit.end]!r}"
        if hit.groups.get("mod3", "").lower() == "earlier" and g.precision == "year":
            start = date(g.start.year + 1, 1, 1)
            reason = f"{text[max(0, hit.start - 11):hit.end].strip()!r} looks back on a finished year"
        elif hit.kind == "year" and g.precision == "year":
            ago = _years_ago(text, hit, agos, ago_ends)
            if ago:
                start = date(g.start.year + ago, 1, 1)
                reason = f"{text[hit.start:hit.end]!r} told as {ago} years ago"
        if best.start is None or start > best.start:
            plain = start == g.start and g.end is not None and g.precision in _HOLDING
            written = start == g.start and _written_out(hit, g.precision)
            best = _Latest(start, reason, (g.start, g.end) if plain else None, written, hit)
    return best


@dataclass(frozen=True)
class _FullDates:
    """The spans of the dates written with day, month and year, sorted, and the furthest end reached up to each:
    the one around a shorter date is found by bisection (a scan of all per date is quadratic in a long report)."""
    spans: list[tuple[int, int]]
    reach: list[int]

    @classmethod
    def of(cls, hits: list[Hit]) -> _FullDates:
        spans = sorted((h.start, h.end) for h in hits if h.kind in ("mdy", "dmy", "iso"))
        reach: list[int] = []
        for _, e in spans:
            reach.append(max(e, reach[-1]) if reach else e)
        return cls(spans, reach)

    def around(self, start: int, end: int, *, strict: bool = False) -> int | None:
        """Start of a full date holding ``start:end`` ("March 2026" of "31 March 2026"), beginning before it when
        ``strict``; None where there is none."""
        j = bisect.bisect_left(self.spans, (start if strict else start + 1,)) - 1
        while j >= 0 and self.reach[j] >= end:
            if self.spans[j][1] >= end:
                return self.spans[j][0]
            j -= 1
        return None


def _written_out(hit: Hit, precision: str) -> bool:
    """Rule 6: a year or a month (season) with its year, not a fiscal year or a quarter, which reports name in
    their own year ("fiscal 2020", "the third quarter of 2024")."""
    if hit.kind not in _WRITTEN or hit.groups.get("fiscal"):
        return False
    return precision in ("year", "month", "season")


def _inside(md: tuple[int, int], period: tuple[date, date] | None, weekday: str | None) -> date | None:
    """The day ``md`` within ``period``, if that period holds it (on ``weekday`` when one is written with it)."""
    if period is None:
        return None
    want = WEEKDAYS.get((weekday or "").lower())
    for y in range(period[0].year, period[1].year + 1):
        try:
            d = date(y, *md)
        except ValueError:
            continue
        if period[0] <= d <= period[1] and (want is None or d.weekday() == want):
            return d
    return None


def _years_ago(text: str, hit: Hit, agos: list[Hit], ends: list[int]) -> int:
    """N when a tagged "N years ago" sits right beside the year ``hit`` (same clause), else 0. ``agos`` are in
    the order of their ``ends``: only those ending near the year are looked at, not every one in the text."""
    # the count starts before the tag ends, so a tag ending that far back has its count out of reach too
    near = agos[bisect.bisect_right(ends, hit.start - _AGO_NEAR - 12):bisect.bisect_right(ends, hit.end + _AGO_NEAR)]
    for a in near:
        num = a.groups["num"]
        s = text.find(num, a.start, a.end)  # the count, without "about" before it
        if s < 0 or s < hit.start - _AGO_NEAR - 12 or a.end > hit.end + _AGO_NEAR:
            continue
        between = text[a.end:hit.start] if a.end <= hit.start else text[hit.end:s] if s >= hit.end else "x."
        if any(c in between for c in ".;:") or len(between) > _AGO_NEAR:
            continue
        n = number(num)
        if n is not None and n == int(n) and 0 < n < 100:
            return int(n)
    return 0


def _month_day(hit: Hit) -> tuple[int, int] | None:
    g = hit.groups
    try:
        m = MONTHS[g["month"].lower().rstrip(".")]
        d = ORDINALS[g["dord"].lower()] if g.get("dord") else int("".join(c for c in g["d"] if c.isdigit()))
    except (ValueError, KeyError, AttributeError):
        return None
    return m, d


def place_peg(month: int, day: int, base: date, weekday: str | None = None, window: int = PEG_WINDOW_DAYS) -> date | None:
    """Rule 3: the first year that puts ``month``/``day`` at most ``window`` days before ``base`` (and, with a
    ``weekday``, the first such year where the day falls on it). A leap day whose year that would be is a common
    year takes the last leap day before ``base``, looking back no further than the year before ``base``."""
    if (month, day) == (2, 29):
        return _leap_peg(base, weekday, window)
    first = None
    for year in range(base.year - 1, base.year + 13):
        try:
            peg = date(year, month, day)
        except ValueError:  # no such day
            continue
        if peg + timedelta(days=window) < base:
            continue
        first = first or peg
        want = WEEKDAYS.get((weekday or "").lower())
        if want is None or peg.weekday() == want:
            return peg
    return first


def _leap_peg(base: date, weekday: str | None, window: int) -> date | None:
    """29 February: the year any other day would take when it is a leap year, else the latest leap day before
    ``base`` no earlier than the year before it; the next leap year can be years ahead, and a year-less day that
    far after the report's other dates is no news peg."""
    if not 2 <= base.year <= date.max.year - 1:  # the calendar's ends: no year before or after to look in
        return None
    year = base.year - 1
    while date(year, 2, 28) + timedelta(days=window) < base:
        year += 1
    days = [date(y, 2, 29) for y in range(year, base.year - 2, -1) if calendar.isleap(y)]
    days = [d for d in days if d.year == year or d <= base]
    want = WEEKDAYS.get((weekday or "").lower())
    return next((d for d in days if d.weekday() == want), days[0] if days else None)


def _deictic_offset(text: str, hit: Hit) -> tuple[int, str] | None:
    m = _DEICTIC_BEFORE.search(text, max(0, hit.start - 30), hit.start)
    if m is None:
        m = _DEICTIC_AFTER.match(text[hit.end:hit.end + 20])
    return None if m is None else (_DEICTIC_OFFSET[m.group(1).lower()], m.group(1))


def _day_of(hit: Hit, text: str, ctx: Context, base: date | None) -> date | None:
    """The day a day-precise hit names: its own year when written, else placed as a peg after ``base``."""
    if hit.kind in ("md", "dm"):
        md = _month_day(hit)
        return None if md is None or base is None else place_peg(*md, base, hit.groups.get("wd"))
    g = ground(hit, ctx)
    if g is None or g.start is None or g.anchor != "absolute" or g.precision != "day":
        return None
    return g.start


def _fast_peg(text: str, hits: list[Hit], base: date) -> tuple[date, str] | None:
    """"Ramadan, which began on 6 June": the fast starts on a given day only once in 32-33 years, so the day
    gets the year nearest the latest explicit date in which the fast began then."""
    fasts = [h for h in hits if h.kind == "festival" and not h.groups.get("eid") and not h.groups.get("year")]
    if not fasts:
        return None
    days = sorted((h.start, i, h) for i, h in enumerate(hits) if h.kind in ("md", "dm"))
    starts = [s for s, _, _ in days]
    for f in fasts:
        # only a day within ``started_on``'s reach of the fast can be its first day: no rescan of every day per fast
        near = days[bisect.bisect_left(starts, f.end) : bisect.bisect_right(starts, f.end + festivals.STARTED_REACH)]
        for _, _, hit in sorted(near, key=lambda d: d[1]):
            if festivals.started_on(text, f.end, hit.start):
                md = _month_day(hit)
                day = None if md is None else festivals.fast_starting(*md, base.year)
                if day is not None:
                    return day, f"{text[f.start:f.end]!r} began on {text[hit.start:hit.end]!r}, which fixes its year"
    return None


def infer(text: str, hits: list[Hit]) -> InferredDate | None:
    ctx = Context(text, None)
    full = _FullDates.of(hits)  # the dates written in full, read by rules 1 and 3
    latest = _explicit(text, hits, ctx, full)
    base = latest.start
    best, why = base, latest.why
    fixed: tuple[date, str] | None = None  # rule 4: the writing day itself
    guessed: Hit | None = None  # the dateline's day, when it came with no year of its own
    day_hits = sorted((h for h in hits if h.kind in DAY_KINDS), key=lambda h: h.start)
    cut = lambda a, b: text[a:b]  # noqa: E731
    for hit in day_hits:
        if at_dateline(cut, hit.start, hit.end):
            day = _day_of(hit, text, ctx, base)
            if day is not None:
                fixed = (day, f"dateline day {text[hit.start:hit.end]!r}")
                guessed = hit if hit.kind in ("md", "dm") else None
                break
    if fixed is None:  # the dateline first
        for hit in day_hits:
            off = _deictic_offset(text, hit)
            day = None if off is None else _day_of(hit, text, ctx, base)
            if day is not None:
                fixed = (day + timedelta(days=off[0]), f"{text[hit.start:hit.end]!r} given as {off[1]!r}")
                break
    peg_hit: Hit | None = None  # the year-less day that set ``best`` (rule 3)
    if base is not None:
        best, why, peg_hit = _pegs(text, hits, ctx, latest, full)
        peg = _fast_peg(text, hits, base)
        if peg is not None and peg[0] > best:
            best, why = peg
            peg_hit = None
    if guessed is not None and best is not None and best > fixed[0]:
        fixed = None  # a later past date outweighs the dateline's guessed year; a written year stands
    # rule 6: nothing after a year written out, which news style writes only for years before the writing one
    later = latest.written and (best == base or (guessed is not None and fixed is not None and best == fixed[0]))
    if fixed is not None:
        day, reason = fixed
        value = _year_on(guessed, day, base) if later and guessed is not None else day
        if value != day:
            reason += f", placed after {_quoted(latest.why)}, a year written out"
        return InferredDate(value=value.isoformat(), not_before=day.isoformat(), not_after=None, reason=reason)
    if best is None:
        return None
    # a month with its year is the clearer sign: a year alone is also how reports name their own ("its forecast
    # for 2024"), so a bare year moves only a dateline's year-less day, or a peg when told as background (rule 7)
    # ("June 1989" in a report on "third-quarter" earnings names the writing year's own month: rule 8)
    value = date(best.year + 1, 1, 1) if later and latest.period is not None and not _quarter_told(hits) else best
    if value != best:
        why += "; estimated in the next year: a month written with its year is seldom in the writing year"
    elif peg_hit is not None and best.year == base.year and _background_year(text, latest):
        value = _year_on(peg_hit, best, base)
        if value != best:
            why += f"; estimated in {value.year}: {_quoted(latest.why)} is told as background"
    return InferredDate(value=value.isoformat(), not_before=best.isoformat(), not_after=None, reason=why)


def _background_year(text: str, latest: _Latest) -> bool:
    """Rule 7: the latest explicit date is a bare year written out after "in" or "since" ("began in 2017",
    "talks since 2023"): a past year told as background, so a year-less day after it is not of that year, which
    news style would have written out too."""
    if not latest.written or latest.period is not None or latest.hit is None or latest.hit.kind != "year":
        return False
    return _BACKGROUND.search(text, max(0, latest.hit.start - 8), latest.hit.start) is not None


def _quarter_told(hits: list[Hit]) -> bool:
    """Rule 8: a numbered quarter with no year ("third-quarter profit") is earnings wording, which writes the
    writing year's own months with their year ("sales rose in June 1989 … third-quarter results")."""
    return any(h.kind == "quarter" and h.groups.get("qord")
               and not (h.groups.get("year") or h.groups.get("year0") or h.groups.get("qtail")) for h in hits)


def _pegs(text: str, hits: list[Hit], ctx: Context, latest: _Latest,
          full: _FullDates) -> tuple[date, str, Hit | None]:
    """Rule 3: the latest year-less day told in the past, placed as a news peg after the latest explicit date,
    and its hit when it is one that the latest explicit period does not hold."""
    best, why, told = latest.start, latest.why, None
    # "10 June" inside "10 June 2024" is that explicit date, not a year-less one
    for hit in hits:
        if hit.kind not in ("md", "dm") or ctx.tense(hit.start, hit.end) == "future":
            continue
        if full.around(hit.start, hit.end) is not None:
            continue
        md = _month_day(hit)
        # a day the latest explicit period holds is a day of it, not a peg a year on ("the third quarter of
        # 2024 … between 1 July and 30 September")
        inside = None if md is None else _inside(md, latest.period, hit.groups.get("wd"))
        peg = inside or (None if md is None else place_peg(*md, best, hit.groups.get("wd")))
        if peg is not None and peg > best:
            best, why = peg, f"year-less date {text[hit.start:hit.end]!r} read as a recent news peg after {_quoted(latest.why)}"
            told = None if inside else hit
    return best, why, told


def _quoted(why: str) -> str:
    return why.split(": ")[-1]


def _year_on(hit: Hit, day: date, base: date) -> date:
    """Rule 6 for a year-less writing day: its first date in a year after the written one."""
    md = _month_day(hit)
    later = None if md is None else place_peg(*md, date(base.year + 1, 1, 1), hit.groups.get("wd"), window=0)
    return later if later is not None and later > day else day


__all__ = ["InferredDate", "infer", "place_peg", "PEG_WINDOW_DAYS"]
