"""Reference time: expressions anchored on another date of the text, not on the report.

Most relative expressions in news count from the report date ("yesterday",
"last week"). Anaphoric ones count from the *reference time*, the most recent
date the text has mentioned, as the TimeML guidelines read them:

- "two days later", "a year earlier": the reference time moved by the amount,
  at the reference's own precision (a year before a quarter is that quarter of
  the year before, as results reporting uses it; a year before a day is a day);
- "that day", "that year", "the same month", "later that year": the reference
  time at that unit (a finer unit than the reference knows keeps the reference);
- "the following year", "the next day", "the previous month": one unit on or
  back from the reference time;
- "the previous Friday", "the following Monday": that weekday before or after
  the reference day.

With no date mentioned before, they fall back on the report date. Comparisons
with a year before ("a year ago", "year-earlier") next to a quarter named in
the same or the previous sentence are that quarter a year before; they never
become the reference time themselves, so a string of comparisons keeps
counting from the period being reported.
"""

from __future__ import annotations

import bisect
import re
from array import array
from collections import deque
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta
from itertools import islice
from weakref import WeakKeyDictionary

from . import calendar as cal
from . import dday
from .grammar import Hit
from .clockday import clock_days, twin_days
from .lexicon import DAY_PARTS, TELLING_BEFORE
from ..paragraphs import PARAGRAPH_BREAK
from .resolve import KINDS, QUOTED_NIGHT, Grounded, _grounded, _unresolved
from .tense import Context

_ORDER = ("day", "week", "month", "season", "quarter", "half", "year", "decade", "century")
_UNIT_PREC = {"day": "day", "morning": "day", "afternoon": "day", "evening": "day", "night": "day",
              "week": "week", "weekend": "week", "month": "month", "quarter": "quarter", "year": "year"}
_UNIT_LETTER = {"day": "D", "week": "W", "month": "M", "quarter": "Q", "year": "Y"}
_CONCRETE = re.compile(r"^\d{4}")
_DAY = re.compile(r"^\d{4}-\d\d-\d\d")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_SEASON = re.compile(r"^\d{4}-(?:SP|SU|FA|WI)$")
_YEAR_BACK = re.compile(r"(?i)^(?:the\s+)?(?:a|one)\s+year\s+ago$|^(?:the\s+)?year-(?:earlier|ago)$")
_LATEST = re.compile(r"(?i)^(?:the\s+latest(?:\s+fiscal)?\s+(?:period|quarter)|this\s+quarter)$")
#: "A year earlier" compares with a date at most this many sentences back.
LOCAL_SENTENCES = 1
#: A gap in days or weeks passes over a coarser date that holds a day told at most this many sentences back.
DAY_GAP_SENTENCES = 3
#: A quoted "tonight" told in the past is the night of a day at most this many days before the report.
QUOTE_DAYS = 2
#: Days from a told day to the report that make "overnight" the night between them (``_night_just_past``).
OVERNIGHT_JUST_PAST = 1
_DURATION_LEAD = ("over", "in", "within", "during", "for", "through", "throughout", "of", "least", "into", "the", "next")


#: (reference precision, unit) -> the precision of the value a counted step gives. A year counted from a day
#: keeps the day: TimeBank's "a year earlier" after a day is that day a year before (A/B: value F1 0.8508 -> 0.8500).
_SHIFT_COARSEN: dict[tuple[str, str], str] = {("day", "W"): "week", ("day", "M"): "month", ("month", "Y"): "year"}


def _at(d: date, prec: str, like: str = "") -> str | None:
    """The value naming the ``prec``-long period that contains ``d``."""
    if prec == "day":
        return d.isoformat()
    if prec == "week":
        return cal.iso_week(d)
    if prec == "month":
        return f"{d.year:04d}-{d.month:02d}"
    if prec == "quarter":
        return f"{d.year:04d}-Q{cal.quarter_of(d)}"
    if prec == "half":
        return f"{d.year:04d}-H{1 if d.month <= 6 else 2}"
    if prec == "season":
        return f"{d.year:04d}-{like[5:7]}" if len(like) >= 7 else None
    if prec == "year":
        return f"{d.year:04d}"
    if prec == "decade":
        return f"{d.year // 10:03d}"
    return None


def _holds(period: str, day: str) -> bool:
    """Whether the period named by ``period`` contains the day ``day`` (an ISO day, maybe with a time)."""
    iv = cal.value_interval(period.split("T")[0])
    d = date.fromisoformat(day[:10])
    return iv is not None and iv[0] is not None and iv[1] is not None and iv[0] <= d <= iv[1]


def _part_day_ref(ref: str, day_ref: tuple[str, int] | None, s0: int) -> str | None:
    """The day "in the morning", "that evening", "the next morning" count from: the reference when it is a day;
    the last day told when the reference is a year or a month that holds it, named since ("attacked on Sunday,
    the deadliest raid this year. … in the morning"): the frame does not move the story, as for a gap in days."""
    if _DAY.match(ref):
        return ref
    if day_ref is not None and day_ref[1] >= s0 - DAY_GAP_SENTENCES and _holds(ref, day_ref[0]):
        return day_ref[0]
    return None


def _finer_or_equal(a: str, b: str) -> bool:
    return _ORDER.index(a) <= _ORDER.index(b)


_LETTER_PREC = {"D": "day", "W": "week", "M": "month", "Q": "quarter", "Y": "year"}


def _finer_step(op: tuple, ref: str) -> bool:
    """A counted step ("a week earlier") in a unit finer than the reference it would count from (a year)."""
    if op[0] != "shift" or op[2] not in _LETTER_PREC:
        return False
    iv = cal.value_interval(ref.split("T")[0])
    return iv is not None and iv[2] in _ORDER and not _finer_or_equal(iv[2], _LETTER_PREC[op[2]])


def apply(ref: str, op: tuple, coarsen: bool = True) -> str | None:
    """The value ``op`` gives when counted from the reference value ``ref``; None if it cannot."""
    iv = cal.value_interval(ref.split("T")[0] if "T" in ref else ref)
    if iv is None:
        return None
    start, _, prec = iv
    kind = op[0]
    if prec == "season" and kind == "shift" and op[2] == "Y":
        return f"{int(ref[:4]) + round(op[1]):04d}{ref[4:7]}"
    if prec in ("century", "season"):
        return None
    if kind == "ref":
        return ref
    if kind == "sameback":  # "the same month last year": the unit told, a year before
        same = apply(ref, ("same", op[1]), coarsen)
        return None if same is None else apply(same, ("shift", -1, "Y"), coarsen=False)
    if kind == "period":
        # "the reporting period": a quarter or half told before it, or the quarter a range told before it closes
        # ("between 1 July and 30 September"); any other time told is no report's period
        if prec in ("quarter", "half"):
            return ref
        if prec == "day" and start.month % 3 == 0 and start == cal.month_end(start.year, start.month):
            return f"{start.year:04d}-Q{start.month // 3}"
        return None
    if kind == "weekday":
        if prec != "day":
            return None
        wd, step = op[1], op[2]
        days = (wd - start.weekday()) % 7 or 7 if step > 0 else -((start.weekday() - wd) % 7 or 7)
        return (start + timedelta(days=days)).isoformat()
    if kind == "shift":
        # TIMEX3 gives a counted step the precision of its unit when the reference is finer ("two weeks
        # later" after a day is a week, "a year earlier" after a month a year); a finer unit keeps the reference's
        return _at(cal.shift(start, op[1], op[2]), _SHIFT_COARSEN.get((prec, op[2]), prec) if coarsen else prec, ref)
    unit_prec = _UNIT_PREC[op[1]]
    target = unit_prec if _finer_or_equal(prec, unit_prec) else prec
    if kind == "same":
        if target != unit_prec and prec in ("year", "month"):
            # "that day" after "in October 1998": the day is unknown, its month is not
            return _at(start, prec, ref) + {"day": "-XX" if prec == "month" else "-XX-XX", "month": "-XX"}.get(unit_prec, "")
        return _at(start, target, ref)
    if kind == "step":
        if target != unit_prec:
            return None  # "the next day" after "in 1995": no day to count from
        return _at(cal.shift(start, op[2], _UNIT_LETTER.get(op[1], "D") if op[1] != "weekend" else "W"), target, ref)
    return None


def ground_anaphor(hit: Hit, g: dict, ctx: Context) -> Grounded | None:
    """ "that day", "the following year", "later that month": grounded on the report date until re-grounded."""
    det = re.sub(r"\s+", " ", g["adet"].lower())
    unit = g["aunit"].lower()
    if det == "the next" and unit not in ("day", "morning", "afternoon", "evening", "night"):
        prev = ctx.before(hit.start, 16).lower().split()
        if prev and prev[-1] in _DURATION_LEAD:
            return None  # "over the next year" is a duration
    if g.get("adir"):  # "the year before", "the day after"
        op: tuple = ("step", unit, 1 if g["adir"].lower() in ("after", "later") else -1)
    elif det.startswith("that") or det == "the same":
        op = ("sameback", unit) if g.get("ayago") else ("same", unit)
    else:
        op = ("step", unit, 1 if det in ("the following", "the next") else -1)
    amod = (g.get("amod") or "").lower()
    mod = {"earlier": "START", "early": "START", "later": "END", "late": "END"}.get(amod)
    a = ctx.anchor
    if a is None:
        return _unresolved({"week": "XXXX-WXX", "month": "XXXX-XX", "year": "XXXX", "quarter": "XXXX-QX"}.get(unit, "XXXX-XX-XX"),
                           _UNIT_PREC[unit], "TIME" if unit in DAY_PARTS else "DATE", mod)
    value = apply(a.isoformat(), op)
    if value is None:
        return None
    return _with_value(Grounded("DATE", value, None, None, _UNIT_PREC[unit], "dct", False, mod, op), value, unit)


def _with_value(g: Grounded, value: str, unit: str | None, anchor: str = "dct") -> Grounded:
    if unit in DAY_PARTS and re.match(r"^\d{4}-\d\d-\d\d$", value):
        value = f"{value}T{DAY_PARTS[unit]}"
    gr = _grounded(value.split("T")[0], g.mod if g.mod in ("START", "MID", "END") else None, anchor=anchor)
    type_ = "TIME" if "T" in value else g.type
    return Grounded(type_, value, gr.start, gr.end, gr.precision, anchor, g.fuzzy, g.mod, g.refop)


def ground_then(hit: Hit, g: dict, ctx: Context) -> Grounded:
    """ "until then": the reference time itself; dropped when the text named none before it."""
    return Grounded("DATE", "XXXX-XX-XX", None, None, "unknown", "dct", False, None, ("ref",))


KINDS["anaphor"] = ground_anaphor
KINDS["then"] = ground_then


def _year_before(quarter: str) -> str:
    m = _QUARTER.match(quarter)
    return f"{int(m.group(1)) - 1}-Q{m.group(2)}"


def _quarter_back(quarter: str) -> Grounded:
    v = _year_before(quarter)
    iv = cal.value_interval(v)
    return Grounded("DATE", v, iv[0], iv[1], "quarter", "previous", False, None)


# Kinds whose year is only inferred, and the words before a year that make it a bound, not the story's year.
_YEARLESS = frozenset({"month", "md", "dm", "season"})
_BARE_YEAR = re.compile(r"^\d{4}-(?:\d\d(?:-\d\d)?|SP|SU|FA|WI)$")
# A year the story is set in: "in 2021, when …", "in 2020 and 2021." (not "since 2021", "the 2021 budget").
_RANGE_FROM = re.compile(r"(?i)\b(?:from|between)\s+(?:early\s+|late\s+|mid-?\s*)?$")
_RANGE_TO = re.compile(r"^\s*(?:to|through|until|till|and|-|–)\s+$")
_IN_YEAR_BEFORE = re.compile(r"(?i)\b(?:in|during|and)\s+$")
_YEAR_AFTER = re.compile(r"\s*(?:[,.;:]|\s+when\b|$)")


#: The start of a span reaching to the time of telling ("has been in the town since Tuesday"): its day is
#: no night's end for "overnight", which stays the night before the report.
_BOUND_LEAD = re.compile(r"(?i)\bsince\s+$")


def _in_year(g: Grounded, year: int) -> Grounded:
    value = f"{year:04d}{g.value[4:]}"
    iv = cal.value_interval(value)
    if iv is None:
        return g
    s, e = cal.narrow(iv[0], iv[1], g.mod)
    return replace(g, value=value, start=s, end=e, anchor="previous")


#: Words before a clock time that say when, not what happened ("at", "shortly after").
_CLOCK_LEAD_WORDS = ("at", "around", "about", "shortly", "just", "before", "after", "by", "until", "some", "roughly",
                     "approximately")
#: The same words at the end of a text, read on the text backwards, where they open it: a pattern anchored at
#: the end ("(?:\s+(?:at|…))*\s*$") is tried from every space of the text and reads the rest of it each time
#: (minutes on 10 KB of spaces or of "at at …"); read backwards, it is tried once.
_CLOCK_LEAD_BACKWARDS = re.compile(r"(?i)\s*+(?:(?:" + "|".join(w[::-1] for w in _CLOCK_LEAD_WORDS) + r")\s++)*")


def _without_clock_lead(head: str) -> str:
    """``head`` less the words that say when at its end, and the spaces before and after them."""
    return head[:len(head) - _CLOCK_LEAD_BACKWARDS.match(head[::-1]).end()]


#: Words too common to tell one event from another.
_COMMON = frozenset({"the", "a", "an", "of", "to", "in", "on", "and", "was", "were", "is", "are", "had", "has",
                     "have", "been", "be", "it", "he", "she", "they", "said", "says", "that", "his", "her", "their"})


RETOLD_WINDOW = 20_000
RETOLD_TELLINGS = 20


_LETTERS = re.compile(r"[A-Za-z]+")
_WORD_CHAR = re.compile(r"\w")
#: Letters that a case-blind ASCII word matches besides the 52 ASCII ones (dotted/dotless i, long s, Kelvin).
_FOLDS_TO_ASCII = ("\u0130", "\u0131", "\u017f", "\u212a")


class _Tellings:
    """One text's words, found once, and the tellings of three words in a row in the window before a
    sentence, kept as the sentences come in text order: each hit looks its tellings up instead of
    reading the text before it again (a long sentence of clock times was quadratic)."""

    def __init__(self, text: str):
        self.text = text
        self.reversed = text[::-1]
        self.starts: array[int] = array("q")
        self.ends: array[int] = array("q")
        for m in _LETTERS.finditer(text):
            self.starts.append(m.start())
            self.ends.append(m.end())
        # case-blind ASCII words match these letters too, which the word list does not hold
        self.exact = not any(c in text for c in _FOLDS_TO_ASCII)
        self._next = 0  # the next run of three words to take into the window
        self._order: deque[tuple[tuple[str, str, str], int]] = deque()
        self._by_words: dict[tuple[str, str, str], deque[tuple[int, int]]] = {}
        self._lo = self._hi = -1

    def _run(self, i: int) -> tuple[tuple[str, str, str], bool, bool]:
        """Words i..i+2 lower-cased, whether only spaces part them and a word boundary opens them, and
        whether one closes them."""
        t, st, en = self.text, self.starts, self.ends
        key = (t[st[i]:en[i]].lower(), t[st[i + 1]:en[i + 1]].lower(), t[st[i + 2]:en[i + 2]].lower())
        joined = t[en[i]:st[i + 1]].isspace() and t[en[i + 1]:st[i + 2]].isspace() \
            and (st[i] == 0 or _WORD_CHAR.match(t, st[i] - 1) is None)
        closed = en[i + 2] == len(t) or _WORD_CHAR.match(t, en[i + 2]) is None
        return key, joined, closed

    def before(self, words: tuple[str, str, str], lo: int, hi: int) -> list[tuple[int, int]] | None:
        """The (start, end) of each telling of ``words`` (lower-cased) within ``lo:hi``, in text order, as a
        case-blind ``\\bw1\\s+w2\\s+w3\\b`` read from ``lo`` to ``hi`` finds them; None where the
        window cannot give that answer (a run whose tellings may overlap, letters the word list misses,
        or a window starting or ending before the last one's)."""
        if not self.exact or words[0] == words[2] or hi < self._hi or lo < self._lo:
            return None
        self._lo, self._hi = lo, hi
        n, ends = len(self.starts), self.ends
        while self._next + 2 < n and ends[self._next + 2] <= hi:
            key, joined, closed = self._run(self._next)
            if joined and closed:
                self._order.append((key, self.starts[self._next]))
                self._by_words.setdefault(key, deque()).append((self.starts[self._next], ends[self._next + 2]))
            self._next += 1
        while self._order and self._order[0][1] < lo:
            key, _ = self._order.popleft()
            found = self._by_words[key]
            found.popleft()
            if not found:
                del self._by_words[key]
        out = list(islice(reversed(self._by_words.get(words, ())), RETOLD_TELLINGS))[::-1]
        # a telling ending right at ``hi`` is closed there whatever follows (the window's end bounds the word)
        j = self._next - 1
        if j >= 0 and ends[j + 2] == hi and self.starts[j] >= lo:
            key, joined, closed = self._run(j)
            if key == words and joined and not closed:
                out = (out + [(self.starts[j], hi)])[-RETOLD_TELLINGS:]
        return out

    def head_words(self, s: int, end: int) -> list[str]:
        """The last three runs of letters in ``text[s:end]``, as a search of that slice finds them."""
        j = bisect.bisect_left(self.starts, end) - 1
        out = []
        while s < end and j >= 0 and len(out) < 3 and self.ends[j] > s:
            out.append(self.text[max(self.starts[j], s):min(self.ends[j], end)])
            j -= 1
        return out[::-1]


_TELLINGS: WeakKeyDictionary[Context, _Tellings] = WeakKeyDictionary()


def _tellings(ctx: Context) -> _Tellings:
    found = _TELLINGS.get(ctx)
    if found is None or found.text is not ctx.text:
        found = _TELLINGS[ctx] = _Tellings(ctx.text)
    return found


def _retold_day(hit: Hit, out: list[tuple[Hit, Grounded]], ctx: Context) -> str | None:
    """"… the guard was stabbed in the yard last Nov. 4. … He was stabbed in the yard at 9 p.m.": a clock time
    whose event is told again in the same three words as an event told earlier with a day falls on that day,
    when the story has no day of its own at that point. None otherwise."""
    s, _ = ctx.sentence(hit.start)
    told = _tellings(ctx)
    n = len(ctx.text)
    # the words that say when at the end of the head, read once on the text backwards from the hit
    end = hit.start - (_CLOCK_LEAD_BACKWARDS.match(told.reversed, n - hit.start, n - s).end() - (n - hit.start))
    words = told.head_words(s, end)
    stripped = end
    while stripped > s and ctx.text[stripped - 1].isspace():
        stripped -= 1
    if len(words) < 3 or not ctx.text[s:stripped].endswith(words[-1]) \
            or not any(len(w) > 3 and w.lower() not in _COMMON for w in words):
        return None
    # a story tells its event again within a few pages, and a bound keeps hostile text (the same words told
    # thousands of times) linear: the last RETOLD_TELLINGS tellings within RETOLD_WINDOW characters
    lo = max(0, s - RETOLD_WINDOW)
    tellings = told.before(tuple(w.lower() for w in words), lo, s)
    if tellings is None:
        said = re.compile(r"(?i)\b" + r"\s+".join(map(re.escape, words)) + r"\b")
        tellings = [m.span() for m in said.finditer(ctx.text, lo, s)][-RETOLD_TELLINGS:]
    for m_start, m_end in reversed(tellings):
        # ``out`` is in text order: the hits just after a telling are found by halving
        first = bisect.bisect_left(out, m_end, key=_hit_start)
        for h, g in out[first:bisect.bisect_right(out, m_end + 12, key=_hit_start)]:
            if _DAY.match(g.value) and g.type == "DATE" and ctx.sentence_index(h.start) == ctx.sentence_index(m_start):
                return g.value[:10]
    return None


def _hit_start(pair: tuple[Hit, Grounded]) -> int:
    return pair[0].start


def _across_the_report(ref: str, hit: Hit, ctx: Context) -> bool:
    """The reference day is after the report and the time of day is told in the past ("will fly from March 31
    ... Shares rose in the morning"): what already happened is not on a day still to come; the report day's."""
    if ctx.anchor is None:
        return False
    tense = ctx.tense(hit.start, hit.end)
    # and the other way round: what will happen is not on a day gone by ("went out on Wednesday, and buses
    # will keep running through the night", told on Thursday, is Thursday's night)
    return (ref[:10] > ctx.anchor.isoformat() and tense == "past") or (ref[:10] < ctx.anchor.isoformat() and tense == "future")


def _night_just_past(ref: str, ctx: Context) -> bool:
    """"overnight" after a day told as the day before the report ("shelled the ridge yesterday afternoon …
    drones struck the depot overnight" in a morning brief, "slipped on Thursday … flat overnight" on Friday) is the
    night the report was written after, which follows that day; a day told further back ("slipped
    Friday … overnight selling" on Monday) frames the story, and its night is the one before it, as is the
    night before a day of telling ("said on Thursday that … shelled the villages overnight", told on Friday)."""
    return ctx.anchor is not None and (ctx.anchor - date.fromisoformat(ref[:10])).days == OVERNIGHT_JUST_PAST


#: "Earlier in the week" takes the week of a day told at most this many sentences back.
IN_WEEK_SENTENCES = 1


def _in_week_told(g: Grounded, day_ref: tuple[str, int] | None, s0: int, ctx: Context) -> Grounded:
    """ "burned a grain store on Sunday … Earlier in the week, a patrol was ambushed": in a review published on Monday
    the week is the one of the last day told, not the report's; "earlier" ends on that day, "later" starts on
    it. Without a day told just before, in another week before the report, the report's week stays."""
    if day_ref is None or day_ref[1] < s0 - IN_WEEK_SENTENCES or ctx.anchor is None:
        return g
    day = date.fromisoformat(day_ref[0][:10])
    if day >= ctx.anchor or cal.iso_week(day) == cal.iso_week(ctx.anchor):
        return g
    monday = day - timedelta(days=day.weekday())
    lo, hi = (monday, day) if g.refop[1] == "earlier" else (day, monday + timedelta(days=6))
    return Grounded("DATE", cal.iso_week(day), lo, hi, "week", "previous", g.fuzzy, g.mod, g.refop)


def regrounded(kept: list[tuple[Hit, Grounded]], ctx: Context, items: Sequence[int] = ()) -> list[tuple[Hit, Grounded]]:
    """Re-ground anaphoric expressions on the reference time, in text order. At the start of each item of a
    roundup (``items``: start offsets) the story starts again: "at dawn" in one item is never the day another
    item told; what the lead paragraph told ("daily brief (events of 14 October unless stated)") frames them
    all."""
    out = []
    item = 0
    lead = PARAGRAPH_BREAK.search(ctx.text) if items else None
    lead_end = lead.start() if lead is not None else -1
    framed: tuple = (None, -10, False, None, None, None, None, None, None)  # the state after the lead
    ref: str | None = None
    last_quarter: tuple[int, str] | None = None
    # The quarter a report is about, until another period (a year, a month, "the nine months") is named:
    # a comparison with a year before, however far from it, is that quarter a year before.
    reported: str | None = None
    ref_sent = -10
    ref_told = False  # the reference day is the day of a telling ("said on Thursday that ...")
    ref_since = False  # the reference day opens a span after "since"
    day_ref: tuple[str, int] | None = None  # the last day told, and its sentence
    before_ref: str | None = None  # the reference before the current one
    told_year: tuple[int, int] | None = None  # a year written out in the narrative, and its sentence
    told_day: tuple[str, int] | None = None  # a full date written out (day, month and year), and its sentence
    d_day: list = []  # the stated D-Day, looked for once at the first count ("D+3")
    for hit, g in kept:
        if g.refop is not None and g.refop[0] == "dday":
            if not d_day:
                d_day.append(dday.origin(kept, ctx))
            g = dday.counted(g, d_day[0])
            if g is None:
                continue  # "D+3" with no D-Day stated: no day to count from
        if 0 <= lead_end <= hit.start:
            lead_end = -1  # the first hit after the lead: the state now is what the lead told
            framed = (ref, ref_sent, ref_told, day_ref, before_ref, last_quarter, reported, told_year, told_day)
        if items and bisect.bisect_right(items, hit.start) != item:
            item = bisect.bisect_right(items, hit.start)
            if item > 1:  # a later item: the story starts again from the lead
                ref, ref_sent, ref_told, day_ref, before_ref, last_quarter, reported, told_year, told_day = framed
        comparison = False
        gap_date: str | None = None
        text = ctx.text[hit.start : hit.end]
        s0 = ctx.sentence_index(hit.start)
        year_back = g.refop is not None and g.refop[0] == "shift" and g.refop[2] == "Y" and abs(g.refop[1]) == 1
        if year_back and ref_sent < s0 - LOCAL_SENTENCES:
            comparison = True  # "a year earlier" far from any date: a year before the report or the reported quarter
            if reported:
                g = _quarter_back(reported)
        elif g.refop == ("overnight",):
            if ref is not None and _DAY.match(ref) and not ref_since and (ref_told or not _night_just_past(ref, ctx)):
                # "overnight" after "slipped Friday": the night that ends on that day
                day = date.fromisoformat(ref[:10])
                g = Grounded("TIME", f"{(day - timedelta(days=1)).isoformat()}TNI", day - timedelta(days=1), day, "day",
                             "previous", False, None, g.refop)
            out.append((hit, g))
            continue  # a part of the reference day, no new reference
        elif g.refop == QUOTED_NIGHT:
            if day_ref is not None and ctx.anchor is not None \
                    and 1 <= (ctx.anchor - date.fromisoformat(day_ref[0][:10])).days <= QUOTE_DAYS:
                # '"Tonight we showed them," he said' after Wednesday night's match, told on Thursday
                day = date.fromisoformat(day_ref[0][:10])
                g = Grounded("TIME", f"{day.isoformat()}TNI", day, day, "day", "previous", False, g.mod, g.refop)
            out.append((hit, g))
            continue  # the night of a day told, no new reference
        elif g.refop == ("dayof",):
            told = None if ref is not None and _DAY.match(ref) else _retold_day(hit, out, ctx)
            if told is not None:
                ref_day = told
            elif ref is not None and _DAY.match(ref) and not _across_the_report(ref, hit, ctx):
                ref_day = ref[:10]
            else:
                ref_day = None
            if ref_day is not None:
                # "shortly after dawn" after "killed … on Wednesday": Wednesday's dawn, not the report day's
                day = date.fromisoformat(ref_day)
                g = Grounded("TIME", f"{ref_day}{g.value[10:]}", day, day, "day", "previous", False, g.mod, g.refop)
            out.append((hit, g))
            continue  # the same day as the reference, or the report day: no new reference
        elif g.refop is not None and g.refop[0] == "inweek":
            g = _in_week_told(g, day_ref, s0, ctx)
        elif g.refop is not None and ref is not None and (hit.kind != "partday" or (
                (part_ref := _part_day_ref(ref, day_ref, s0)) is not None and not _across_the_report(part_ref, hit, ctx))):
            # "in the morning" takes the reference day only when there is one: else the report day
            base = part_ref if hit.kind == "partday" else ref
            if day_ref is not None and not _DAY.match(ref) and (g.type == "DURATION" or _finer_step(g.refop, ref)) \
                    and _holds(ref, day_ref[0]) and day_ref[1] >= s0 - DAY_GAP_SENTENCES:
                # "clashed on Monday … the heaviest fighting this year … A day later": a year or a month that
                # holds the last day told only frames it, the story has not moved; the gap counts from that day.
                # So does a step finer than the frame ("A week earlier" after "this year" is no year)
                base = day_ref[0]
            value = apply(base, g.refop)
            if value is None and before_ref is not None and g.refop[0] == "shift" and _SEASON.match(base):
                # "In early June … before the autumn. Five months later": a season cannot be counted in
                # months; the step counts from the time named before it, not from the report date
                base = before_ref
                value = apply(base, g.refop)
            if value is not None and g.type == "DURATION":
                # a gap ("two days later") keeps its duration value; its interval is the date it reaches
                gr = _grounded(value.split("T")[0], g.mod if g.mod in ("START", "MID", "END") else None, anchor="previous")
                g = Grounded("DURATION", g.value, gr.start, gr.end, gr.precision, "previous", g.fuzzy, g.mod, g.refop)
                gap_date = value
            elif value is not None:
                unit = g.refop[1] if g.refop[0] in ("same", "step") else None
                exact = apply(base, g.refop, coarsen=False) if g.refop[0] == "shift" else value
                iv = cal.value_interval(exact) if exact is not None and exact != value else None
                if iv is not None:
                    # "A week later" after a day: the value names the week (TIMEX3), the interval keeps the
                    # day reached (a month, after a month), and the narrative counts on from there
                    g = Grounded(g.type, value, iv[0], iv[1], iv[2], "previous", g.fuzzy, g.mod, g.refop)
                    gap_date = exact
                else:
                    g = _with_value(g, value, unit, anchor="previous")
            comparison = year_back
        elif _LATEST.match(text) and reported and _QUARTER.match(g.value):
            # "the latest period", "this quarter's loss" in a results report: the quarter being reported,
            # which may be a fiscal one the report named ("its fiscal second quarter")
            iv = cal.value_interval(reported)
            g = Grounded("DATE", reported, iv[0], iv[1], "quarter", "previous", False, None)
        elif _YEAR_BACK.match(text) and (last_quarter or reported):
            if last_quarter and last_quarter[0] in (s0, s0 - 1):
                g = _quarter_back(last_quarter[1])
            elif reported:
                g = _quarter_back(reported)
            comparison = True
        if told_year is not None and told_year[1] == s0 and hit.kind in _YEARLESS and g.anchor == "dct" \
                and _BARE_YEAR.match(g.value) and not (hit.groups.get("rel") or hit.groups.get("srel")) \
                and ctx.tense(hit.start, hit.end) != "future":
            # "except in 2020, when it was cancelled, and 2021, when it moved to August": a year the sentence
            # names governs the year-less months and days told after it (not those told as still to come)
            g = _in_year(g, told_year[0])
        if told_day is not None and told_day[1] == s0 and hit.kind in ("md", "dm") and g.anchor == "dct" \
                and _DAY.match(g.value) and g.value[:4] != told_day[0][:4]:
            # "set the vote for Feb. 25, 2023 and the run-off for March 11": a schedule's year-less day takes the
            # year that puts it nearest the full date its sentence wrote before it
            base_day = date.fromisoformat(told_day[0][:10])
            near = min((base_day.year - 1, base_day.year, base_day.year + 1),
                       key=lambda y: abs((cal.value_interval(f"{y:04d}{g.value[4:10]}") or (base_day,))[0] - base_day))
            g = _in_year(g, near)
        if hit.kind == "month" and out and out[-1][0].kind == "month" and g.anchor == "dct" and _BARE_YEAR.match(g.value) \
                and _BARE_YEAR.match(out[-1][1].value) and _RANGE_TO.match(ctx.text[out[-1][0].end : hit.start]) \
                and _RANGE_FROM.search(ctx.before(out[-1][0].start, 12)):
            # "runs from April to September": the range ends in the first such month after its start
            y0, m0 = int(out[-1][1].value[:4]), int(out[-1][1].value[5:7])
            g = _in_year(g, y0 if int(g.value[5:7]) >= m0 else y0 + 1)
        if g.refop == ("ref",) and g.anchor != "previous":
            continue  # "until then" with no time named before it
        out.append((hit, g))
        if last_quarter and _QUARTER.match(g.value) and g.value == _year_before(last_quarter[1]):
            comparison = True  # "the 1988 period" next to the 1989 one: the comparison, not a new reporting period
        if comparison or _YEAR_BACK.match(text):
            continue
        if g.type == "DURATION" and g.value[-1:] in ("M", "Y") and not g.value.startswith("PT"):
            reported = None  # "the nine months", "the year": the comparisons that follow are with that span
        if gap_date is not None:
            before_ref = ref
            ref, ref_sent = gap_date, s0  # the narrative moves on to the date the gap reaches
            ref_told = ref_since = False
            if _DAY.match(gap_date):
                day_ref = (gap_date, s0)
            continue
        if g.type not in ("DATE", "TIME") or not _CONCRETE.match(g.value):
            continue
        told = TELLING_BEFORE.search(ctx.before(hit.start, 32)) is not None
        if ctx.anchor is not None and g.value == ctx.anchor.isoformat() and told:
            continue  # "officials said on Wednesday": the day of the telling, not a time the story moves to
        before_ref = ref
        ref, ref_sent, ref_told = g.value, s0, told
        ref_since = _BOUND_LEAD.search(ctx.before(hit.start, 12)) is not None
        if hit.kind == "year" and g.precision == "year" and g.anchor == "absolute" and g.mod is None \
                and _IN_YEAR_BEFORE.search(ctx.before(hit.start, 12)) and _YEAR_AFTER.match(ctx.text, hit.end):
            told_year = (int(g.value), s0)
        if _DAY.match(g.value):
            day_ref = (g.value, s0)
            if hit.kind in ("mdy", "dmy") and g.anchor == "absolute":
                told_day = (g.value, s0)
        if _QUARTER.match(g.value):
            last_quarter = (ctx.sentence_index(hit.start), g.value)
            if ctx.anchor is None or g.end is None or g.end < ctx.anchor:
                reported = g.value  # results are told of a quarter closed: "fourth-quarter charges" ahead are no report
        elif g.precision in ("year", "month", "half", "season"):
            reported = None  # a day ("trading yesterday", "the quarter ended Sept. 30") names no other period
    return twin_days(clock_days(out, ctx), ctx)
