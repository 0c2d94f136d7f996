"""Grounding of lengths and recurrences: durations ("for four years", "the past two months", "in recent
weeks", "months of talks") and sets ("every week", "daily", "on Fridays", "$2 a day").

Each function grounds one pattern kind of ``grammar.PATTERNS`` and registers itself in ``resolve.KINDS``.
"""

from __future__ import annotations

import re
from datetime import date

from . import calendar as cal
from .lexicon import DAY_PARTS, MONTHS, SEASONS, WEEKDAYS
from .resolve import KINDS, Grounded, _approx_mod, _month_of, _unit, decimal, duration_value, number


_PAST_RELS = ("past", "last", "latest", "previous", "recent")
_FUT_RELS = ("next", "coming", "following")


def _window(a: date | None, rel: str, n: float | None, letter: str, vague_n: float) -> tuple[date | None, date | None, bool]:
    if a is None:
        return None, None, False
    k = vague_n if n is None else n
    if rel in _PAST_RELS:
        return cal.shift(a, -k, letter), a, n is None
    if rel in _FUT_RELS:
        return a, cal.shift(a, k, letter), n is None
    return None, None, False


def _k_lastn(hit, g, ctx):
    n = number(g["num"])
    letter, prec = _unit(g["unit"])
    if g["unit"].lower().startswith("minute"):
        letter = "MIN"
    rel = g["rel"].lower()
    s, e, fuzzy = _window(ctx.anchor, rel, n, "M" if letter == "MIN" else letter, 3)
    return Grounded("DURATION", duration_value(n, letter), s, e, prec, "dct" if s or e else "absolute", fuzzy, _approx_mod(g))


# How far back "recent months" reaches, per unit: a documented guess, marked fuzzy.
_VAGUE_SPAN = {"D": 7, "W": 4, "M": 6, "Q": 4, "Y": 3, "DE": 2}


def _k_vague(hit, g, ctx):
    rel = "coming" if g.get("ahead") else g["vrel"].lower().replace("the ", "")
    letter, prec = _unit(g["unit"])
    s, e, _ = _window(ctx.anchor, rel, None, letter, _VAGUE_SPAN.get(letter, 3))
    return Grounded("DURATION", duration_value(None, letter), s, e, prec, "dct", True, None)


# (no comma, colon or bracket between: "July 7, a week after" is a date and a gap, not "$2 a day")
_MONEY = re.compile(r"(?:\d|million|billion|dollars?|euros?|pounds?|francs?|cents?|each|apiece)[^\w,;:()\[\]]{0,3}$", re.I)


# A count of things right before "a day", "a year" makes a rate, a TimeML SET ("four flights a week",
# "hundreds of calls a day"); a count of time units does not ("12 hours a day" is the SET rule of grammar.py).
# Plurals without an "s" and units written short: "140,000 people a day", "40 mm an hour"
_UNCOUNTED = r"people|children|men|women|cattle|sheep|fish|mm|cm|km|kg|ml|mph|kph|km/h|MW|GW|kWh"
_RATE = re.compile(
    r"(?:\b\d[\d,.]*|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty"
    r"|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?)(?:\s+of)?)"
    r"\s+(?:[A-Za-z-]+\s+)?(?P<noun>[A-Za-z-]*[A-Za-z]s|" + _UNCOUNTED + r")\W{0,2}$"
)
_TIME_NOUNS = ("seconds", "minutes", "hours", "days", "nights", "weeks", "weekends", "months", "quarters", "years", "decades", "times")


def _rate(before: str) -> bool:
    m = _RATE.search(before)
    return bool(m) and m.group("noun").lower() not in _TIME_NOUNS


# A modal right before "one day", its verb after: the day is when, not how long.
_MODAL_BEFORE = re.compile(r"(?i)\b(?:will|would|could|might|may|can|shall|should|must)(?:\s+not)?\s+$|'ll\s+$")


# "a night march", "a night raid": "night" modifying the noun after it is the kind of thing, no length of time;
# a word that can follow the duration itself ("a night of fighting", "a night later", "spent a night there",
# "a night camped out") keeps it
_NIGHT_MODIFIES = re.compile(r"^[ \t]+(?P<w>[a-z]+)\b(?![-'’])")
_AFTER_DURATION = frozenset({
    "of", "in", "on", "at", "for", "to", "from", "with", "without", "by", "into", "under", "near", "after", "before",
    "and", "or", "but", "as", "than", "when", "while", "until", "till", "since", "during", "ago", "later", "earlier",
    "there", "here", "then", "away", "out", "back", "inside", "outside", "together", "alone", "long",
    "more", "less", "so", "too", "a", "an", "the", "that", "which", "who", "this", "is", "was", "were", "are",
    "had", "has", "have", "will", "would", "could", "can", "may", "might", "must", "should", "not",
    "last", "next", "ahead", "apart", "along", "around", "about", "over", "through", "behind", "past"})


def _night_modifier(hit, g, ctx) -> bool:
    if g["unit"].lower() != "night" or g["num"].lower() not in ("a", "an", "one"):
        return False
    m = _NIGHT_MODIFIES.match(ctx.after(hit.end, 24))
    if m is None:
        return False
    w = m.group("w")
    return w not in _AFTER_DURATION and not w.endswith(("ly", "ed", "ing"))


def _k_duration(hit, g, ctx):
    num = g["num"].lower()
    unit = g["unit"].lower()
    if _night_modifier(hit, g, ctx):
        return None
    n = number(num)
    if n is not None and g.get("half"):
        n += 0.5  # "a minute and a half"
    letter, prec = _unit(unit)
    if unit.startswith("minute"):
        letter = "MIN"
    if unit.startswith("second") and num in ("a", "an", "the"):
        return None  # "a second attack"
    if unit.startswith("quarter") and (num in ("a", "an", "one", "the", "three") or re.match(r"\s+of\s+(?:the|a|an|its|their|his|her|all|our|this|that|those|these)\b", ctx.after(hit.end, 12))):
        return None  # "a quarter of the vote", "three quarters of"
    if num in ("some", "many", "few", "several", "numerous", "a number of") and not unit.endswith("s"):
        if not re.search(r"(?i)(?:several|few|many)-$", ctx.text[hit.start : hit.end - len(g["unit"])]):
            return None  # "some day" is no count of days; the adjective "a several-year tenure" is

    if num == "one" and unit == "day" and _MODAL_BEFORE.search(ctx.before(hit.start, 24)):
        # "will one day be", "could one day replace": an indefinite time to come, not a length of a day
        return Grounded("DATE", "FUTURE_REF", ctx.anchor, None, "unknown", "dct", True, None)
    if n is not None and n >= 1000:
        return None  # "the 1988 second quarter": a year, not a count of units
    if g.get("adj") == "-old" or re.match(r"\s+old\b", ctx.after(hit.end, 6)):
        return None  # an age ("a 6-year-old boy", "52 years old") is not a time of the report
    if num in ("a", "an") and not _approx_mod(g) and (_MONEY.search(ctx.before(hit.start, 16)) or _rate(ctx.before(hit.start, 48))):
        # ("more than a year" after "on April 12," is a length, never a rate)
        return Grounded("SET", duration_value(1, letter), None, None, prec, "absolute", False, None)
    return Grounded("DURATION", duration_value(n, letter), None, None, prec, "absolute", n is None, _approx_mod(g))


_BARE_CUES = ("for", "in", "over", "within", "after", "took", "take", "takes", "than", "spent", "lasted", "of", "last", "lasting", "spanning", "some", "recent",
              "need", "needs", "needed", "require", "requires", "required")  # "would need weeks to restore power"


_SHORT_BARE_CUES = ("for", "within", "over", "lasted", "lasting", "spent", "took", "take", "takes")


_DETERMINERS = ("the", "those", "these", "its", "their", "his", "her", "our", "my", "your", "whose", "what")


# A bare stretch told as a distance still to go ("a deal is months away") or as the far end of a guess after
# another one ("weeks, possibly months"): a vague length like "for months"
_AWAY = re.compile(r"\s+away\b")
_FURTHER_GUESS = re.compile(r"(?i)\b(?:hours|days|weeks|months|years),?\s+(?:or\s+|and\s+)?(?:possibly|perhaps|maybe|even|if\s+not)\s+$")


def _k_bare(hit, g, ctx):
    prev = ctx.before(hit.start, 14).lower().split()
    if g.get("adj") == "-old":
        return None
    if prev and prev[-1] == "light":
        return None  # "light years away": a distance
    if g["unit"].endswith("s") and (_AWAY.match(ctx.after(hit.end, 6)) or _FURTHER_GUESS.search(ctx.before(hit.start, 30))):
        letter, prec = _unit(g["unit"])
        return Grounded("DURATION", duration_value(None, letter), None, None, prec, "absolute", True, None)
    if g["unit"].lower() in ("days", "hours") and (not prev or prev[-1] not in _SHORT_BARE_CUES):
        return None  # "for days", "within hours"; "the early hours of", "a matter of days" are no stretch
    if not g.get("adj") and (not prev or prev[-1] not in _BARE_CUES):
        # "months of talks", "weeks or months of siege": a stretch of time, unless a determiner
        # makes it a noun phrase of its own ("the years of war")
        if not re.match(r"\s+of\b", ctx.after(hit.end, 4)) or (prev and prev[-1] in _DETERMINERS) \
                or prev[-2:] in (["the", "same"], ["the", "first"], ["the", "last"]):
            return None  # "the same months of 2024" names months, it is no stretch
    letter, prec = _unit(g["unit"])
    if not g["unit"].lower().endswith("s"):  # "day-long": one unit
        return Grounded("DURATION", duration_value(1, letter), None, None, prec, "absolute", False, None)
    return Grounded("DURATION", duration_value(None, letter), None, None, prec, "absolute", True, None)


def _k_while(hit, g, ctx):
    return Grounded("DURATION", "PXX", None, None, "unknown", "absolute", True, None)


_ADVERBS = {"daily": "P1D", "nightly": "P1D", "weekly": "P1W", "biweekly": "P2W", "monthly": "P1M",
            "yearly": "P1Y", "annually": "P1Y", "semiannually": "P6M", "semi-annually": "P6M", "hourly": "PT1H"}


def _k_set(hit, g, ctx):
    if g.get("spart"):  # "every evening": that part of any day
        return Grounded("SET", "XXXX-XX-XXT" + DAY_PARTS[g["spart"].lower()], None, None, "day", "absolute", False, None)
    if g.get("sseason"):  # "every summer": that season of any year
        return Grounded("SET", "XXXX-" + SEASONS[g["sseason"].lower()], None, None, "season", "absolute", False, None)
    unit = g["unit"]
    if unit.lower().rstrip(".") in MONTHS:  # "every July"
        return Grounded("SET", f"XXXX-{_month_of(unit):02d}", None, None, "month", "absolute", False, None)
    if unit.lower() in WEEKDAYS:
        return Grounded("SET", f"XXXX-WXX-{WEEKDAYS[unit.lower()] + 1}", None, None, "day", "absolute", False, None)
    letter, prec = _unit(unit)
    if unit.lower().startswith("minute"):
        letter = "MIN"
    numw = (g.get("num") or "").lower()
    n = 2 if numw == "other" else (number(numw) if numw else 1)
    if unit.lower().startswith("fortnight"):
        n = (n or 1) * 2  # "once a fortnight": every two weeks
    return Grounded("SET", duration_value(n, letter), None, None, prec, "absolute", False, _approx_mod(g))


# A change measured over one period is no recurrence: "the biggest weekly gain", "a daily drop of 3%".
_CHANGE_AFTER = re.compile(r"\s+(?:gain|loss|rise|fall|drop|decline|increase|decrease|jump|advance|slide|climb|surge|"
                           r"plunge|rally|slump|swing|move|change|return|retreat)s?\b")


def _k_setadv(hit, g, ctx):
    if hit.start > 0 and _CHANGE_AFTER.match(ctx.text, hit.end):
        return None
    return Grounded("SET", _ADVERBS[g["adv"].lower()], None, None, "day", "absolute", False, None)


def _k_setwd(hit, g, ctx):
    wd = WEEKDAYS[g["wd"].lower()]
    value = f"XXXX-WXX-{wd + 1}" + (f"T{DAY_PARTS[g['part'].lower()]}" if g.get("part") else "")  # "Friday nights"
    return Grounded("SET", value, None, None, "day", "absolute", False, None)


def _k_orsome(hit, g, ctx):
    """"a year or two": a stretch of one unit or two. After "in" and told as still to come it is when, a time
    ahead ("the road will reopen in a year or two": ``FUTURE_REF``); otherwise how long, at least the one unit
    ("repairs could take a month or two": ``P1M``, as AQUAINT values such spans)."""
    letter, prec = _unit(g["unit"])
    before = ctx.before(hit.start, 12).lower().split()
    if before and before[-1] == "in" and ctx.tense(hit.start, hit.end) != "past":
        return Grounded("DATE", "FUTURE_REF", ctx.anchor, None, "unknown", "dct", True, None)
    return Grounded("DURATION", duration_value(1, letter), None, None, prec, "absolute", True, None)


def _k_millennia(hit, g, ctx):
    """"more than three thousand years": a length in millennia, TIMEX3's ``L`` ("P3L")."""
    n = number(g["num"]) if g["num"].lower() not in ("a", "an") else 1.0
    if n is None or n != int(n):
        return None
    return Grounded("DURATION", f"P{int(n)}L", None, None, "unknown", "absolute", False, _approx_mod(g))


def _k_seasonset(hit, g, ctx):
    """"the past three summers": each summer of a run, a ``SET`` of that season (``XXXX-SU``)."""
    if number(g["num"]) is None and g["num"].lower() not in ("few", "several"):
        return None
    code = SEASONS[g["season"].lower()[:-1]]
    return Grounded("SET", f"XXXX-{code}", None, None, "season", "absolute", False, None)


def _k_clocklen(hit, g, ctx):
    """"two hours, four minutes and 17 seconds": one length, each part in its own unit (``PT2H4M17S``)."""
    parts = [(number(g[k].lower()), letter) for k, letter in (("lh", "H"), ("lm", "M"), ("ls", "S")) if g.get(k)]
    value, carry = "", 0.0
    for i, (n, letter) in enumerate(parts):
        n += carry
        if i < len(parts) - 1:
            # ISO 8601 lets only the last part carry a fraction: "1.5 hours and 20 minutes" is PT1H50M
            carry, n = (n - int(n)) * 60, int(n)
        value += decimal(n) + letter
    return Grounded("DURATION", "PT" + value, None, None, "second" if g.get("ls") else "minute", "absolute", False, _approx_mod(g))


KINDS.update({
    "lastn": _k_lastn, "vague": _k_vague, "duration": _k_duration, "bare": _k_bare, "set": _k_set, "setadv": _k_setadv,
    "setwd": _k_setwd, "while": _k_while, "orsome": _k_orsome, "millennia": _k_millennia, "seasonset": _k_seasonset,
    "clocklen": _k_clocklen,
})
