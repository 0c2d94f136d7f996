"""Grounding: from a pattern hit to a TIMEX3 type, value and calendar interval.

Relative expressions are grounded on ``anchor`` (the report date, given or
inferred). A year-less date or bare weekday takes its year/week from the tense
of its sentence: future wording -> the next occurrence, past wording -> the
latest one on or before the anchor, no cue -> the nearest one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from . import calendar as cal
from .grammar import Hit
from .lexicon import (
    COUNT_NOUNS, DAY_PARTS, MONTH_RE, MONTHS, NAME_CUES, NUMBER_WORDS, ORDINALS, SEASONS, UNITS, WEEKDAY_RE, WEEKDAYS,
)
from .tense import Context


@dataclass(frozen=True)
class Grounded:
    type: str
    value: str
    start: date | None
    end: date | None
    precision: str
    anchor: str = "absolute"  # absolute|dct|open|previous
    fuzzy: bool = False
    mod: str | None = None
    # Anaphoric expressions ("two days later", "that year", "the previous Friday") are
    # grounded on the report date here and re-grounded on the reference time by
    # ``reference.regrounded``: ("shift", n, letter) | ("same", unit) | ("step", unit, ±1) | ("weekday", wd, ±1)
    refop: tuple | None = None


def _iso(d: date) -> str:
    return d.isoformat()


def number(word: str) -> float | None:
    """A count written in digits or words; None for vague quantities ("several")."""
    w = re.sub(r"\s+", " ", word.lower().strip())
    if re.fullmatch(r"\d+(?:\.\d+)?", w):
        return float(w)
    m = re.fullmatch(r"(\d+)\s?1/2", w)
    if m:
        return int(m.group(1)) + 0.5
    if w in NUMBER_WORDS:
        return float(NUMBER_WORDS[w])
    parts = re.split(r"[- ]", w)
    if len(parts) == 2 and parts[0] in NUMBER_WORDS and parts[1] in NUMBER_WORDS:
        return float(NUMBER_WORDS[parts[0]] + NUMBER_WORDS[parts[1]])
    return None


def _unit(word: str) -> tuple[str, str]:
    w = word.lower()
    if w.endswith("ies"):
        w = w[:-3] + "y"
    elif w.endswith("s"):
        w = w[:-1]
    return UNITS.get(w, ("D", "day"))


def decimal(n: float) -> str:
    """A count as ISO 8601 writes it: digits, a fraction to six places at most, never exponent notation."""
    return f"{n:.6f}".rstrip("0").rstrip(".")


def duration_value(n: float | None, letter: str) -> str:
    """TIMEX3 duration: P4Y, PT3H, P2Q, PXM (vague), P2Y6M, PT5H30M; decades and centuries in years."""
    time = letter in ("H", "S") or letter == "MIN"
    if letter == "MIN":
        letter = "M"
    if letter == "Q" and n is not None and n != int(n):
        letter, n = "M", n * 3
    if letter == "DE":
        letter, n = "Y", None if n is None else n * 10
    elif letter == "CE":
        # counted centuries are years, as the corpora write them ("the past two centuries" = P200Y); an
        # uncounted stretch keeps TIMEX3's century letter ("for centuries" = PXC)
        if n is None:
            return "PXC"
        letter, n = "Y", n * 100
    elif letter == "WE":
        letter, n = "D", None if n is None else n * 2
    if n is None:
        num = "X"
    elif n != int(n):
        # a whole part and the rest in the next smaller unit: 2 1/2 years = P2Y6M, 5 1/2 hours = PT5H30M
        # seconds have no smaller unit: ISO 8601 writes their fraction ("10.3 seconds" = PT10.3S)
        down = {"Y": (12, "M"), "M": (30, "D"), "D": (24, "H"), "H": (60, "M"), "W": (7, "D")}
        if letter in down and (n * down[letter][0]) == int(n * down[letter][0]):
            factor, sub = down[letter]
            whole, rest = int(n), int(round((n - int(n)) * factor))
            if letter == "M" and time:  # minutes: the rest is seconds
                sub = "S"
                rest = int(round((n - int(n)) * 60))
            lead = f"{whole}{letter}" if whole else ""
            if sub == "H" and not time:
                return f"P{lead}T{rest}H"
            return ("PT" if time else "P") + f"{lead}{rest}{sub}"
        num = decimal(n)
    else:
        num = str(int(n))
    return ("PT" if time else "P") + num + letter


def _month_of(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def _ordinal(word: str) -> int:
    w = word.lower().replace(" ", "-")
    return int(w[:-2]) if w[:-2].isdigit() else ORDINALS[w]


def _day_of(word: str) -> int:
    return int(re.match(r"\d+", word).group(0))


def _mod(g: dict) -> str | None:
    raw = (g.get("mod") or g.get("mod2") or "").lower()
    if g.get("mod3"):
        return None  # "earlier in 2021": before some point of that year, not its first third
    if not raw:
        return None
    if "early" in raw or "beginning" in raw or "start" in raw or "first half" in raw:
        return "START"
    if "mid" in raw or "middle" in raw:
        return "MID"
    return "END"  # late, end of, close of, turn of, second half of


def _approx_mod(g: dict) -> str | None:
    a = (g.get("approx") or "").lower()
    if not a:
        return None
    if a in ("nearly", "almost", "less than", "under", "up to", "at most"):
        return "LESS_THAN" if a in ("less than", "under") else "EQUAL_OR_LESS"
    if a in ("more than", "over", "at least"):
        return "MORE_THAN" if a != "at least" else "EQUAL_OR_MORE"
    return "APPROX"


#: How far (days) an explicit tense may send a year-less date from the report date.
TENSE_REACH = 330
#: A tense that reaches past half a year yields to an occurrence this close.
NEAR_DAYS = 62
#: With no tense cue, a date further ahead than this is read as the past one:
#: news speaks of what happened more than of what is planned.
AHEAD_NO_CUE = 60


def _pick_year(ctx: Context, hit: Hit, candidates: list[tuple[date, date]], anchor: date) -> tuple[date, date]:
    """Among yearly recurrences of a date, the one the tense points to.

    Future wording takes the next occurrence and past wording the latest one,
    up to ``TENSE_REACH`` days away; with no cue the nearest one, unless it
    lies more than ``AHEAD_NO_CUE`` days ahead and the past one is in reach.
    """
    def gap(c: tuple[date, date]) -> int:
        return 0 if c[0] <= anchor <= c[1] else min(abs((c[0] - anchor).days), abs((c[1] - anchor).days))

    nearest = min(candidates, key=gap)
    after = [c for c in candidates if c[1] >= anchor]
    before = [c for c in candidates if c[0] <= anchor]
    t = ctx.tense(hit.start, hit.end)
    if t == "future":
        pick = min(after) if after else nearest
    elif t == "past":
        pick = max(before) if before else nearest
    else:
        pick = nearest
        if before and nearest[0] > anchor and gap(nearest) > AHEAD_NO_CUE:
            pick = max(before)
    if gap(pick) > TENSE_REACH or (gap(pick) > 183 and gap(nearest) <= NEAR_DAYS):
        return nearest
    return pick


def _grounded(value: str, mod: str | None = None, anchor: str = "absolute", type_: str = "DATE",
              fuzzy: bool = False, clip: tuple[date | None, date | None] | None = None) -> Grounded:
    iv = cal.value_interval(value)
    if iv is None:
        return Grounded(type_, value, None, None, "unknown", anchor, fuzzy, mod)
    s, e, prec = iv
    s, e = cal.narrow(s, e, mod)
    if prec == "century":
        prec = "unknown"
    if clip:
        if clip[0] and clip[0] > s:
            s = min(clip[0], e)
        if clip[1] and clip[1] < e:
            e = max(clip[1], s)
    return Grounded(type_, value, s, e, prec, anchor, fuzzy, mod)


def _unresolved(value: str, prec: str, type_: str = "DATE", mod: str | None = None) -> Grounded:
    return Grounded(type_, value, None, None, prec, "dct", False, mod)


def _year_ok(ctx: Context, hit: Hit, year_start: int) -> bool:
    """A bare four-digit number is a year unless its neighbours make it a count or a name."""
    before = ctx.before(year_start, 20).lower().split()
    if before and before[-1].strip("(#") in NAME_CUES:
        return False
    if before and re.search(r"[#№]$", before[-1]):
        return False
    nxt = ctx.after(hit.end, 20).lower().split()
    if nxt and nxt[0].strip(".,;:)") in COUNT_NOUNS:
        return False
    if nxt and nxt[0].startswith(("gmt", "utc", "hours", "hrs", "h", "zulu")) and nxt[0].strip(".,") in ("gmt", "utc", "hours", "hrs", "h", "zulu"):
        return False
    return True


# --- one function per pattern kind -------------------------------------------------


def ground(hit: Hit, ctx: Context) -> Grounded | None:
    fn = KINDS.get(hit.kind)
    if fn is None:
        return None
    try:
        return fn(hit, hit.groups, ctx)
    except (ValueError, KeyError, OverflowError):
        return None  # an impossible date ("31 February") or out-of-range arithmetic


def _k_iso(hit, g, ctx):
    d = date(int(g["y"]), int(g["m"]), int(g["d"]))
    if g.get("H"):
        return _grounded(f"{d.isoformat()}T{g['H']}:{g['M']}", type_="TIME")
    return _grounded(d.isoformat())


def _k_numeric(hit, g, ctx):
    a, b, y = int(g["a"]), int(g["b"]), int(g["y"])
    m, d = (b, a) if a > 12 else (a, b)  # month first unless it cannot be a month
    return _grounded(date(y, m, d).isoformat())


def _k_full(hit, g, ctx):
    y = int(g["year"])
    d = _ordinal(g["dord"]) if g.get("dord") else _day_of(g["d"])
    return _grounded(date(y, _month_of(g["month"]), d).isoformat(), _mod(g))


def _k_monthday(hit, g, ctx):
    m = _month_of(g["month"])
    d = _ordinal(g["dord"]) if g.get("dord") else _day_of(g["d"])
    date(2000, m, d)  # validates (2000 is a leap year)
    if g["month"] in ("May", "MAY") and not g.get("d"):
        return None
    if g.get("core"):  # "May 3 and 4": the second number is a count if a counted noun follows ("June 2 or 3 people")
        nxt = ctx.after(hit.end, 16).lower().split()
        if nxt and nxt[0].strip(".,;:") in COUNT_NOUNS + ("times", "others", "more", "of"):
            return None
    a = ctx.anchor
    if a is None:
        return _unresolved(f"XXXX-{m:02d}-{d:02d}", "day", mod=_mod(g))
    cands = []
    for y in (a.year - 1, a.year, a.year + 1):
        try:
            x = date(y, m, d)
            cands.append((x, x))
        except ValueError:
            continue
    rel = (g.get("rel") or "").lower()
    if rel == "last":  # "last Oct. 23": the latest one before the report
        s = max(c[0] for c in cands if c[0] < a)
    elif rel == "next":
        s = min(c[0] for c in cands if c[0] > a)
    else:
        s, _ = _pick_year(ctx, hit, cands, a)
    return _grounded(s.isoformat(), _mod(g), anchor="dct")


_MAY_CUES = ("in", "since", "until", "till", "by", "from", "of", "during", "early", "late", "mid", "through",
             "last", "next", "this", "before", "after", "between", "and", "to", "or", "throughout", "mid-")


# "the March accession", "a May deadline": the month names the time of a noun; not before a preposition
# or a verb ("the March for Life", "the March was peaceful")
_DETERMINERS_M = ("the", "a", "its", "their", "this", "that")
_MONTH_NOUN = re.compile(r"\s+(?!(?:for|on|of|to|from|in|into|at|by|with|against|through|toward|towards|across|was|is|were|are|will|has|had|and|or)\b)[a-z][a-z-]+\b")


def _k_my(hit, g, ctx):
    return _grounded(f"{int(g['year']):04d}-{_month_of(g['month']):02d}", _mod(g))


def _k_month(hit, g, ctx):
    m = _month_of(g["month"])
    mod = _mod(g)
    if g["month"] in ("May", "MAY", "March", "MARCH") and not (g.get("rel") or mod):
        prev = ctx.before(hit.start, 16).lower().split()
        if not prev or (prev[-1] not in _MAY_CUES and not (prev[-1] in _DETERMINERS_M and _MONTH_NOUN.match(ctx.text, hit.end))):
            return None
    a = ctx.anchor
    if a is None:
        return _unresolved(f"XXXX-{m:02d}", "month", mod=mod)
    rel = (g.get("rel") or "").lower()
    if not rel and ctx.habitual(hit.start, hit.end):
        return _unresolved(f"XXXX-{m:02d}", "month", mod=mod)  # "the rains usually start in June": any June
    if rel in ("last", "past", "previous"):
        y = a.year if m < a.month else a.year - 1
    elif rel in ("next", "coming"):
        y = a.year if m > a.month else a.year + 1
    elif rel == "this":
        y = a.year
    else:
        cands = [(date(y, m, 1), cal.month_end(y, m)) for y in (a.year - 1, a.year, a.year + 1)]
        y = _pick_year(ctx, hit, cands, a)[0].year
    return _grounded(f"{y:04d}-{m:02d}", mod, anchor="dct")


_CLOCK_ZONE_AFTER = re.compile(r"\s+(?:GMT|UTC)\b")


def _k_year(hit, g, ctx):
    ystr = g["year"]
    ystart = hit.start + ctx.text[hit.start : hit.end].rfind(ystr)
    if not g.get("fiscal") and not _mod(g) and not _year_ok(ctx, hit, ystart):
        return None
    y = int(ystr)
    if ctx.anchor and y > ctx.anchor.year + 60:
        return None
    if _CLOCK_ZONE_AFTER.match(ctx.after(hit.end, 6)):
        return None  # "(1930 GMT)" is a clock time of wire copy, never the year 1930
    if g.get("side"):  # "post-2011", "pre-1990": the time after / before that year, open at the far end
        after = g["side"].lower() == "post"
        s, e = (date(y + 1, 1, 1), None) if after else (None, date(y - 1, 12, 31))
        return Grounded("DATE", f"{y:04d}", s, e, "year", "open", False, "AFTER" if after else "BEFORE")
    return _grounded(f"{y:04d}", _mod(g))


_POSSESSIVES = ("his", "her", "their", "my", "your", "our", "its")
# the shapes of a decade's word: "1990s" (its four digits), "'90s" or "the 90s" (its two)
_YEAR_DIGITS = re.compile(r"\d{4}")
_YEAR_DECADE = re.compile(r"\d{4}s")
_SHORT_DECADE = re.compile(r"\d0")
_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7, "eighties": 8, "nineties": 9}


def _k_decade(hit, g, ctx):
    w = g["dec"].lower()
    prev = ctx.before(hit.start, 12).lower().split()
    if not _YEAR_DIGITS.match(w) and prev and prev[-1] in _POSSESSIVES:
        return None  # "a man in his 30s", "in their twenties": an age, not a decade of the calendar
    key = w.split("-")[-1].split()[-1]
    if key in _DECADE_WORDS:
        value = f"19{_DECADE_WORDS[key]}"
    elif _YEAR_DECADE.fullmatch(w):
        y = int(w[:4])
        # "the 1900s" is a century; "the 2000s" is the decade 2000-2009 (that century is "the 21st century")
        value = f"{y // 100:02d}" if y % 100 == 0 and y != 2000 else f"{y // 10:03d}"
    else:
        dd = int(_SHORT_DECADE.search(w).group(0))
        now = ctx.anchor.year if ctx.anchor else 2000
        century = now // 100 if dd <= now % 100 else now // 100 - 1
        value = f"{century}{dd // 10}"
    return _grounded(value, _mod(g))


def _k_century(hit, g, ctx):
    w = g["cord"].lower().replace(" ", "-")
    n = int(w[:-2]) if w[:-2].isdigit() else ORDINALS.get(w)
    if not n:
        return None
    return _grounded(f"{n - 1:02d}", _mod(g))


def _season_span(y: int, code: str) -> tuple[date, date]:
    s, e, _ = cal.value_interval(f"{y}-{code}")
    return s, e


def _k_season(hit, g, ctx):
    word = g["season"].lower()
    code = SEASONS[word]
    srel = (g.get("srel") or "").lower()
    mod = _mod(g)
    if g.get("year"):
        return _grounded(f"{g['year']}-{code}", mod)
    if g.get("yw"):  # "the winter of nineteen eighty-five"
        from .periods import spelled_year  # periods builds on this module

        y = spelled_year(g["yw"])
        return _grounded(f"{y:04d}-{code}", mod) if y else None
    if word in ("fall", "spring") and not (srel or mod):
        prev = ctx.before(hit.start, 12).lower().split()
        if not prev or prev[-1] not in ("in", "during", "by", "until", "since", "this", "last", "next", "of", "before", "after"):
            return None
    a = ctx.anchor
    if a is None or (srel in ("", "the") and ctx.habitual(hit.start, hit.end)):
        return _unresolved(f"XXXX-{code}", "season", mod=mod)  # "storms usually peak in the autumn": any autumn
    cands = [_season_span(y, code) for y in (a.year - 2, a.year - 1, a.year, a.year + 1)]
    if srel in ("last", "past"):
        pick = max(c for c in cands if c[1] < a)
    elif srel in ("next", "coming"):
        pick = min(c for c in cands if c[0] > a)
    elif srel == "this":
        inside = [c for c in cands if c[0] <= a <= c[1]]
        pick = inside[0] if inside else min(c for c in cands if c[0].year == a.year)
    else:
        inside = [c for c in cands if c[0] <= a <= c[1]]
        pick = inside[0] if inside else _pick_year(ctx, hit, cands, a)
    return _grounded(f"{pick[0].year}-{code}", mod, anchor="dct")


def _part_value(day: str, part: str | None) -> tuple[str, str]:
    if not part:
        return day, "DATE"
    p = DAY_PARTS[part.lower()]
    return (f"{day}T{p}", "TIME")


def _k_deictic(hit, g, ctx):
    w = re.sub(r"\s+", " ", g["deic"].lower())
    offset = {"yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0,
              "the day before yesterday": -2, "the day after tomorrow": 2}[w]
    part = g.get("part") or ("night" if w == "tonight" else None)
    a = ctx.anchor
    if a is None:
        if w == "today":
            return _unresolved("PRESENT_REF", "day")
        return _unresolved("XXXX-XX-XX", "day", "TIME" if part else "DATE")
    day = (a + timedelta(days=offset)).isoformat()
    value, type_ = _part_value(day, part)
    gr = _grounded(day, _mod(g), anchor="dct")
    # '"Tonight we showed them," he said': a quoted tonight told in the past is the night the speaker spoke,
    # the night of the story's last day (``reference.regrounded`` moves it there when that day is just past)
    refop = QUOTED_NIGHT if w == "tonight" and _quoted(ctx.text, hit.start) and ctx.tense(hit.start, hit.end) == "past" else None
    return Grounded(type_, value, gr.start, gr.end, "day", "dct", False, _mod(g), refop)


QUOTED_NIGHT = ("quotednight",)


def _quoted(text: str, pos: int) -> bool:
    """Whether ``pos`` lies inside a quotation opened earlier in its paragraph."""
    seg = text[text.rfind("\n\n", 0, pos) + 1 : pos]
    return seg.count('"') % 2 == 1 or seg.rfind("“") > seg.rfind("”") or seg.rfind("``") > seg.rfind("''")


# "worked through the night", "fled during the night": the night of the day the story tells (``reference``)
_THROUGH_NIGHT = re.compile(r"(?i)\b(?:through|throughout|during|into)\s+$")
_NIGHT_OF = re.compile(r"\s+of\b")


def _k_partday(hit, g, ctx):
    rel = re.sub(r"\s+", " ", g["prel"].lower())
    part = g["part"].lower()
    through = (rel == "the" and part == "night" and _THROUGH_NIGHT.search(ctx.before(hit.start, 16)) is not None
               and not _NIGHT_OF.match(ctx.after(hit.end, 4)))
    if rel in ("the", "that") and part == "night" and not through:
        return None  # "the night of the raid": no ground without the event
    a = ctx.anchor
    if a is None:
        return _unresolved(f"XXXX-XX-XXT{DAY_PARTS[part]}", "day", "TIME")
    off = -1 if rel == "last" else (1 if rel in ("the next", "the following") else 0)
    if through and ctx.tense(hit.start, hit.end) == "past":
        off = -1  # "partied through the night" told on the day after, as "overnight" is
    day = (a + timedelta(days=off)).isoformat()
    value, _ = _part_value(day, part)
    d = a + timedelta(days=off)
    # "the next morning", "that evening", "in the morning": a part of the reference day (``reference``)
    refop = ("step", part, 1) if off == 1 else (("same", part) if rel in ("the", "that") else None)
    return Grounded("TIME", value, d, d, "day", "dct", False, None, refop)


def _weekday_date(ctx: Context, hit: Hit, wd: int, rel: str) -> date:
    a = ctx.anchor
    back = (a.weekday() - wd) % 7
    last = a - timedelta(days=back)  # latest on or before the anchor
    nxt = a + timedelta(days=(wd - a.weekday()) % 7)  # earliest on or after
    if rel == "last" or rel == "past":
        return last if back else a - timedelta(days=7)
    if rel in ("next", "coming"):
        return nxt if nxt > a else a + timedelta(days=7)
    if rel == "this":
        return a - timedelta(days=a.weekday()) + timedelta(days=wd)
    if back == 0:
        return a  # the report's own weekday is the report day: news is of today
    t = ctx.tense(hit.start, hit.end)
    return nxt if t == "future" else last


# "Wednesday and Thursday nights", "Friday, Saturday or Sunday mornings": the plural part of the day after the
# last weekday of a list makes each weekday of it a recurrence, as "Thursday nights" alone is. A week has
# seven days, so at most six more are read: unbounded, each weekday of a long list re-read the rest of it
_LISTED_PARTS = re.compile(r"(?:\s*,\s*" + WEEKDAY_RE + r"){0,6}(?:\s*,)?\s+(?:and|or)\s+" + WEEKDAY_RE
                           + r"\s+(?P<part>morning|afternoon|evening|night)s\b")


def _k_weekday(hit, g, ctx):
    wd = WEEKDAYS[g["wd"].lower()]
    if not g.get("part") and not g.get("wrel") and not g.get("mod") and not g.get("mod2"):
        listed = _LISTED_PARTS.match(ctx.text, hit.end)
        if listed:
            return Grounded("SET", f"XXXX-WXX-{wd + 1}T{DAY_PARTS[listed.group('part')]}", None, None, "day", "absolute", False, None)
    if ctx.anchor is None:
        v, t = _part_value(f"XXXX-WXX-{wd + 1}", g.get("part"))
        return _unresolved(v, "day", t, _mod(g))
    rel = re.sub(r"\s+", " ", (g.get("wrel") or "").lower())
    refop = None
    if rel.startswith("the "):  # "the previous Friday": counted from the reference time
        step = 1 if rel in ("the following", "the next") else -1
        refop, rel = ("weekday", wd, step), ("next" if step > 0 else "last")
    d = _weekday_date(ctx, hit, wd, rel)
    value, type_ = _part_value(d.isoformat(), g.get("part"))
    return Grounded(type_, value, d, d, "day", "dct", False, _mod(g), refop)


_UNIT_PREC = {"week": "week", "weekend": "week", "fortnight": "week", "month": "month", "year": "year", "decade": "decade", "century": "unknown"}


def _unit_value(a: date, unit: str, n: int) -> str:
    if unit in ("week", "fortnight"):
        return cal.iso_week(a + timedelta(days=7 * n))
    if unit == "weekend":
        return cal.iso_week(a + timedelta(days=7 * n)) + "-WE"
    if unit == "month":
        d = cal.add_months(a, n)
        return f"{d.year:04d}-{d.month:02d}"
    if unit == "year":
        return f"{a.year + n:04d}"
    if unit == "decade":
        return f"{a.year // 10 + n:03d}"
    return f"{a.year // 100 + n:02d}"


#: "to" and a month's day after "the week": the day a stretch closes on ("the week to Nov. 26").
_TO_DAY = re.compile(r"\s+to\s+" + MONTH_RE + r"\s+\d\d?(?!\d)")


def _k_relunit(hit, g, ctx):
    rel = re.sub(r"\s+", " ", g["rel"].lower())
    unit = g["unit"].lower()
    a = ctx.anchor
    mod = _mod(g)
    duration = rel in ("the past", "past", "the next", "the coming") and unit != "weekend"
    if rel == "the" and unit == "year" and re.match(r"\s+end(?:ed|ing)\b", ctx.after(hit.end, 12)):
        # "the year ended March 31": a fiscal year told by its last day, a length of a year
        return Grounded("DURATION", "P1Y", None, None, "year", "absolute", False, None)
    if rel == "the" and unit in ("month", "week") and _TO_DAY.match(ctx.after(hit.end, 16)):
        # "the week to Nov. 26", "the month to March 31": the stretch of that length closing on the day named.
        # "the year to Dec. 31" reads so too by the guidelines, but the rule lowered a held-out total: left.
        letter = {"month": "M", "week": "W"}[unit]
        return Grounded("DURATION", f"P1{letter}", None, None, _UNIT_PREC[unit], "absolute", False, None)
    if duration:
        letter = {"week": "W", "month": "M", "year": "Y", "decade": "DE", "century": "CE", "fortnight": "W"}[unit]
        n = 2 if unit == "fortnight" else 1
        value = duration_value(n, letter)
        if a is None:
            return Grounded("DURATION", value, None, None, _UNIT_PREC[unit], "dct", False, None)
        if rel in ("the past", "past", "the last"):
            return Grounded("DURATION", value, cal.shift(a, -n, letter), a, _UNIT_PREC[unit], "dct", False, None)
        return Grounded("DURATION", value, a, cal.shift(a, n, letter), _UNIT_PREC[unit], "dct", False, None)
    if a is None:
        return _unresolved({"week": "XXXX-WXX", "month": "XXXX-XX", "weekend": "XXXX-WXX-WE"}.get(unit, "XXXX"), _UNIT_PREC[unit], mod=mod)
    n = 0
    clip = None
    first = rel.split()[0]
    if first in ("last", "previous") or rel in ("the previous", "the latest", "late last", "early last") \
            or (rel == "the last" and unit in ("decade", "century")):
        n = -1  # "the last decade" is the one before this one; "the past decade" stays a length (above)
    elif first in ("next", "coming", "following") or rel in ("the following", "early next"):
        n = 1
    if rel.startswith("early "):
        mod = "START"
    elif rel.startswith("late "):
        mod = "END"
    if rel.startswith("earlier"):
        mod, clip = "START", (None, a)
    elif rel.startswith("later"):
        mod, clip = "END", (a, None)
    if unit == "weekend" and n == 0:
        # "the weekend": the last one, or the coming one in future wording
        n = 0 if a.weekday() >= 5 else (0 if ctx.tense(hit.start, hit.end) == "future" else -1)
    value = _unit_value(a, unit, n)
    if clip:
        return _grounded(value, mod, anchor="dct", clip=clip)
    g0 = _grounded(value, mod, anchor="dct")
    side = (g.get("mod3") or "").lower() if rel == "the" else ""  # ("earlier in the" as rel is clipped above)
    if unit == "week" and side:
        # "Earlier in the week" after a day told: the week of that day (``reference.regrounded``)
        return Grounded(g0.type, g0.value, g0.start, g0.end, g0.precision, g0.anchor, g0.fuzzy, g0.mod, ("inweek", side))
    return g0


def _k_yadj(hit, g, ctx):
    if ctx.anchor is None:
        return _unresolved("XXXX", "year")
    return _grounded(f"{ctx.anchor.year - 1:04d}", anchor="dct")


#: Units whose "N <unit> later/earlier" is tagged as the gap (DURATION, anchored: its interval is the date reached).
GAP_DURATION_UNITS: frozenset[str] = frozenset({"D"})


def _k_ago(hit, g, ctx):
    n = number(g["num"])
    letter, prec = _unit(g["unit"])
    d = g["dir"].lower()
    sign = 1 if d in ("later", "from now", "hence", "today", "tomorrow") else -1
    a = ctx.anchor
    mod = _approx_mod(g)
    if n is None and d in ("earlier", "later"):
        return None  # "a few days later": a vague gap from another time, no date; the gap itself is the duration
    if d == "from now" and (n is None or a is None):
        return Grounded("DURATION", duration_value(n, letter), a, None, prec, "dct" if a else "absolute", True, mod)
    if n is None:
        return Grounded("DATE", "FUTURE_REF" if sign > 0 else "PAST_REF", None if sign < 0 else a, a if sign < 0 else None, "unknown", "dct", True, mod)
    if a is None:
        return _unresolved("XXXX", prec, mod=mod)
    if d in ("today", "tomorrow"):
        x = cal.shift(a, n, letter) + timedelta(days=d == "tomorrow")
        return Grounded("DATE", x.isoformat(), x, x, "day", "dct", False, mod)
    if letter in ("H", "S") or (letter == "M" and g["unit"].lower().startswith("minute")):
        return Grounded("DATE", a.isoformat(), a, a, "day", "dct", False, mod)
    x = cal.shift(a, sign * n, letter)
    if letter in ("D",):
        value = x.isoformat()
    elif letter in ("W", "WE"):
        value = cal.iso_week(x)
    elif letter == "M":
        value = f"{x.year:04d}-{x.month:02d}"
    elif letter == "Q":
        value = f"{x.year:04d}-Q{cal.quarter_of(x)}"
    elif letter == "DE":
        value = f"{x.year // 10:03d}"
    elif letter == "CE":
        value = f"{x.year // 100:02d}"
    else:
        value = f"{x.year:04d}"
    gr = _grounded(value, anchor="dct", fuzzy=mod is not None)
    if d == "from now":  # the length, its interval the time it reaches (for event dating)
        return Grounded("DURATION", duration_value(n, letter), gr.start, gr.end, gr.precision, "dct", mod is not None, mod)
    refop = ("shift", sign * n, letter) if d in ("earlier", "later") else None
    if refop is not None and letter in GAP_DURATION_UNITS:
        # "two days later": TimeML tags the gap, a duration; its interval is still the day it leads to
        return Grounded("DURATION", duration_value(n, letter), gr.start, gr.end, gr.precision, "dct", mod is not None, mod, refop)
    return Grounded("DATE", value, gr.start, gr.end, gr.precision, "dct", mod is not None, mod, refop)


_PRESENT = ("right now", "now", "currently", "nowadays", "at present", "presently", "these days", "the present", "current")
_PASTREF = ("recently", "lately", "recent", "the past")


# "soon" is a time still ahead (FUTURE_REF) when a modal or "to" sits right before it or "will" right after
# it ("could soon close", "to soon recover", "soon will open"); the modals are lower case ("in May soon after").
_SOON_MODAL = re.compile(r"(?:\b(?:will|shall|may|might|could|can|should|must|to)|'ll)\s+$")
_SOON_WILL = re.compile(r"\s+(?:will|shall)\b")
_SOON_AFTER = re.compile(r"\s+(?:after|afterwards?|thereafter)\b", re.I)


def _soon_ahead(hit, ctx) -> bool:
    """Whether "soon" at ``hit`` is told as still to come by the words right around it."""
    after = ctx.after(hit.end, 14)
    if _SOON_AFTER.match(after):
        return False
    return bool(_SOON_MODAL.search(ctx.before(hit.start, 10)) or _SOON_WILL.match(after))


def _k_ref(hit, g, ctx):
    w = re.sub(r"\s+", " ", g["ref"].lower())
    a = ctx.anchor
    if w == "soon" and not _soon_ahead(hit, ctx):
        return None  # told in narration ("soon spread", "was soon freed") or of another event ("soon after")
    if w in ("formerly", "previously", "once", "shortly", "future", "recent"):
        return None  # too often not a reference to time ("future plans", "a recent visit", "once again")
    if w == "current":
        nxt = ctx.after(hit.end, 16).lower().split()
        if nxt and nxt[0].strip(".,") in ("account", "accounts", "affairs", "events", "flowing", "flows", "density", "sea", "river"):
            return None
    if w in ("then current", "then-current"):
        # "the then current price": current at a past time the text speaks of
        return Grounded("DATE", "PAST_REF", None, a, "unknown", "dct", True, None)
    if w == "the future" and re.match(r"\s+of\b", ctx.after(hit.end, 6)):
        return None  # "the future of the talks": their fate, not a time
    if w in _PRESENT:
        return Grounded("DATE", "PRESENT_REF", a, a, "day" if a else "unknown", "dct", True, None)
    if w in _PASTREF:
        s = cal.add_months(a, -6) if (a and w != "the past") else None
        return Grounded("DATE", "PAST_REF", s, a, "unknown", "dct", True, None)
    e = cal.add_months(a, 6) if (a and w in ("soon", "shortly", "the near future", "the near term", "the short term")) else None
    return Grounded("DATE", "FUTURE_REF", a, e, "unknown", "dct", True, None)


KINDS = {
    "iso": _k_iso, "numeric": _k_numeric, "mdy": _k_full, "dmy": _k_full, "md": _k_monthday, "dm": _k_monthday,
    "my": _k_my, "month": _k_month, "year": _k_year, "decade": _k_decade, "century": _k_century,
    "season": _k_season, "deictic": _k_deictic, "partday": _k_partday,
    "weekday": _k_weekday, "relunit": _k_relunit, "yadj": _k_yadj, "ago": _k_ago, "ref": _k_ref,
}  # durations and sets: dates/durations.py adds its kinds
