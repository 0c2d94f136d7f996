"""Clock times: "10:35 a.m.", "9 a.m. EST Tuesday", "at 14:30", "noon Saturday", "midnight".

The day a clock time falls on comes from a weekday, "today", "yesterday" or a
date written after it, else the report date.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .lexicon import DAY_PARTS, SPEECH_VERBS, WEEKDAYS
from .resolve import KINDS, Grounded, _approx_mod, _day_of, _mod, _month_of, _pick_year, _weekday_date


def _clock_day(g, ctx, hit) -> date | None:
    a = ctx.anchor
    t = (g.get("tday") or "").lower()
    if a is None:
        return None
    if not t or t == "today":
        return a
    if t == "yesterday":
        return a - timedelta(days=1)
    if t == "tomorrow":
        return a + timedelta(days=1)
    if t in WEEKDAYS:
        return _weekday_date(ctx, hit, WEEKDAYS[t], "")
    parts = t.split()
    m, d = _month_of(parts[0]), _day_of(parts[-1])
    cands = [(date(y, m, d), date(y, m, d)) for y in (a.year - 1, a.year, a.year + 1)]
    return _pick_year(ctx, hit, cands, a)[0]


# A clock time right after a verb of telling is when it was told ("the army said at 3 p.m. that …"): the
# report day, not the day of the events the story told before it.
_TOLD_AT = re.compile(r"(?i)\b(?:says|told\s+\w+(?:\s+\w+)?|" + "|".join(SPEECH_VERBS.values()) + r")\s+at\s+$")


def _day_refop(ctx, hit):
    return None if _TOLD_AT.search(ctx.before(hit.start, 40)) else DAY_OF


_CLOCK_PREPS = ("at", "by", "until", "till", "around", "about", "before", "after", "from", "since", "to")


_HOUR_WORDS = {w: i for i, w in enumerate(
    ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"), start=1)}
_MINUTE_WORDS = {"fifteen": 15, "thirty": 30, "forty five": 45}


def _k_clock(hit, g, ctx):
    h = int(g["h"]) if "h" in g else _HOUR_WORDS[g["hw"].lower()]
    mi = int(g.get("min") or 0) if "minw" not in g else _MINUTE_WORDS[re.sub(r"[\s-]+", " ", g["minw"].lower())]
    ap = (g.get("ampm") or "").lower()
    if " " in ap:  # "4 in the morning", "10 at night": only after a time preposition ("killed 4 in the morning raid")
        prev = ctx.before(hit.start, 10).lower().split()
        if not prev or prev[-1] not in _CLOCK_PREPS:
            return None
        ap = "am" if ap.endswith("morning") else "pm"
    if ap.startswith("p") and h < 12:
        h += 12
    elif ap.startswith("a") and h == 12:
        h = 0
    d = _clock_day(g, ctx, hit)
    day = d.isoformat() if d else "XXXX-XX-XX"
    return Grounded("TIME", f"{day}T{h:02d}:{mi:02d}", d, d, "day" if d else "unknown", "dct", False, _approx_mod(g),
                    None if g.get("tday") else _day_refop(ctx, hit))


def _k_clock24(hit, g, ctx):
    prev = ctx.before(hit.start, 10).lower().split()
    if not g.get("tz2") and not (prev and prev[-1] in ("at", "by", "from", "until", "till", "around", "before", "after", "about")):
        return None
    d = ctx.anchor
    day = d.isoformat() if d else "XXXX-XX-XX"
    return Grounded("TIME", f"{day}T{int(g['h']):02d}:{g['min']}", d, d, "day" if d else "unknown", "dct", False, _approx_mod(g),
                    _day_refop(ctx, hit))


def _k_namedtime(hit, g, ctx):
    nt = g["nt"].lower()
    if nt == "afternoon" and not g.get("mod"):
        return None
    d = _clock_day(g, ctx, hit)
    day = d.isoformat() if d else "XXXX-XX-XX"
    p = DAY_PARTS[nt] if nt != "afternoon" else "AF"
    value = f"{day}T{p}"
    # "shortly after dawn" with no day of its own is a time of the day the text is telling (``reference``)
    refop = None if g.get("tday") else DAY_OF
    return Grounded("TIME", value, d, d, "day" if d else "unknown", "dct", False, _mod(g) or _approx_mod(g), refop)


def _k_overnight(hit, g, ctx):
    """ "overnight": the night that ends on the reference day (the report day until ``reference`` moves it),
    named by the day it starts on (TimeML: "overnight" after "Friday" is Thursday night)."""
    a = ctx.anchor
    if a is None:
        return Grounded("TIME", "XXXX-XX-XXTNI", None, None, "day", "dct", False, None)
    d = a - timedelta(days=1)
    return Grounded("TIME", f"{d.isoformat()}TNI", d, a, "day", "dct", False, None, OVERNIGHT)


def _k_nightspan(hit, g, ctx):
    """ "overnight Saturday to Sunday": the night of the first day (TIMEX3 names a night by the day it starts
    on); two days that do not follow each other are no one night, and stay two timexes."""
    wd, wd2 = WEEKDAYS[g["wd"].lower()], WEEKDAYS[g["wd2"].lower()]
    if wd2 != (wd + 1) % 7:
        return None
    a = ctx.anchor
    if a is None:
        return Grounded("TIME", f"XXXX-WXX-{wd + 1}TNI", None, None, "day", "dct", False, None)
    d = _weekday_date(ctx, hit, wd, "")
    return Grounded("TIME", f"{d.isoformat()}TNI", d, d + timedelta(days=1), "day", "dct", False, None)


def _k_latenight(hit, g, ctx):
    """ "late at night" with no day: the night of the report day."""
    a = ctx.anchor
    if a is None:
        return Grounded("TIME", "XXXX-XX-XXTNI", None, None, "day", "dct", False, "END")
    return Grounded("TIME", f"{a.isoformat()}TNI", a, a, "day", "dct", False, "END")


def _k_hourgap(hit, g, ctx):
    """ "Hours later": a vague gap of hours (TimeML: a duration, ``PTXH``) that stays within the reference
    day (the report day until ``reference`` moves it), as wire copy uses it."""
    letter = "H" if g["unit"].lower().startswith("h") else "M"
    a = ctx.anchor
    if a is None:
        return Grounded("DURATION", f"PTX{letter}", None, None, "unknown", "dct", True, None, HOUR_GAP)
    return Grounded("DURATION", f"PTX{letter}", a, a, "day", "dct", True, None, HOUR_GAP)


#: The reference operation of "overnight": the night before the reference day (``reference.regrounded``).
OVERNIGHT = ("overnight",)
#: The reference operation of a named time of day with no day ("at dawn"): that time of the reference day.
DAY_OF = ("dayof",)
#: "Hours later" reaches the reference day itself.
HOUR_GAP = ("shift", 0, "D")

KINDS.update({"clock": _k_clock, "clockw": _k_clock, "clock24": _k_clock24, "namedtime": _k_namedtime, "overnight": _k_overnight,
              "nightspan": _k_nightspan,
              "latenight": _k_latenight, "hourgap": _k_hourgap})
