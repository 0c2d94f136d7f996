"""The date of one event, from the timexes around its trigger.

Rule (docs/time.md):

1. Own clause: a DATE/TIME timex in the event's sentence, in the same clause
   as the trigger, the one closest to the trigger (a precise date before a
   vague one such as "recently"; with a parse, one said of the trigger itself
   first). With a dependency parse the clause is read from it
   (``footprint.clauses``): a date in a relative clause on another noun or in
   another event's coordinated clause never dates the event; a date of a
   clause that holds the trigger's ("said on Monday that ...") does, failing
   its own. Without a parse: no ";", ":", dash or "while" between them; failing
   that, any date of the sentence.
   An event told in a "when" clause on a date ("since January, when gunmen
   killed 14") took place in the period that date names. An event in a
   relative clause on a dated noun, with no date of its own ("Tuesday night's
   assault on the post, in which four officers were wounded"), takes the
   noun's date.
2. Relative to the report's first event: "The attack came two days after
   instructors landed" dates the landing from the report's first dated day.
3. Governing date: the nearest DATE timex in the two preceding sentences of
   the same paragraph, at most ``GOVERNING_CHARS`` back (a narrative keeps its
   date until a new one is given) — never an open "since ..." date, never one
   said in a relative clause, never across "Separately," / "Elsewhere,".
4. Report date: an event told in the present, present perfect or as still
   going on ("continued") is dated to the report date; any other event is
   "on or before the report date" (open start, precision "unknown").

An open "since ..." date ends at the report date: "have killed 300 since
January" is January to the report date.

A dateline ("TRIPOLI, May 15 —") is when the report was filed, never an
event's date, and dates no sentence after it. A time of day with no day of
its own ("shortly before dawn") takes its day from the governing date when
there is one. An event told as earlier than the narrative (past perfect or
"previously" in a clause of its own, not in what a speaker says) with no date
of its own does not take the governing date: it happened on or before it, and
it is background.

``background`` is True when the chosen date ends more than
``BACKGROUND_DAYS`` before the report date, or when the trigger sits in a
context phrase ("following the 2020 coup", "since the collapse of …",
"after the coup", "the deadliest since January, when …") while the sentence's
main news is elsewhere.
"""

from __future__ import annotations

import bisect
import calendar
import dataclasses
import re
from collections.abc import Callable, Sequence
from datetime import date, timedelta

from ..model import EventDate, Timex
from ..paragraphs import has_break
from .dateline import at_dateline
from .eventparse import ParseView
from .lexicon import CLAIM_LEMMAS, TELLING_BEFORE, WEEKDAY_ANYCASE

BACKGROUND_DAYS = 120

_CONTEXT_LEAD = re.compile(
    r"(?i)\b(?:following|after|since|amid|despite|before|in\s+the\s+wake\s+of|on\s+the\s+heels\s+of|"
    r"against\s+the\s+backdrop\s+of|as\s+a\s+result\s+of|after)\s+(?:the|a|an|its|their|his|her|last\s+\w+'s)?\s*(?:[\w'’-]+\s+){0,4}$"
)
_PRESENT = re.compile(r"(?i)\b(?:is|are|has|have|continues?|continued|remains?|now|currently|ongoing|still)\b")
#: "before"/"after" right before a gerund trigger: the subject's next or previous act, not a context phrase.
_STEP = re.compile(r"(?i)(?:before|after)\s+$")
_CLAUSE_BREAK = re.compile(r"[;:]|\s[-–—]\s|\bwhile\b|\bwhereas\b")
#: A sentence that turns to another incident: the previous sentences' date does not carry over.
_TOPIC_CHANGE = re.compile(r"(?i)^\W*(?:separately|elsewhere|in\s+(?:a|another)\s+separate\s+\w+|in\s+another\s+(?:incident|attack|development))\b")
#: "The attack came two days after ...": the trigger after the match is dated from the report's first event.
_CAME_AFTER = re.compile(
    r"(?i)\b(?:came|happened|occurred|took\s+place|was\s+carried\s+out)\s+(?:just\s+|only\s+|barely\s+|some\s+|about\s+)?"
    r"(?P<gap>[\w-]+(?:\s+[\w-]+){0,2}?)\s+(?P<rel>after|before)\b"
)
#: A list item that opens with its date ("3. 9 May, Tillia commune: Gunmen burned ..."): what
#: comes before the date on its line (a number or a bullet) and between the date and the item's colon.
_ITEM_LEAD_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:[-*•–]|\d{1,3}[.)])?[ \t]*$")
_ITEM_LEAD_AFTER = re.compile(r"^[^\n.!?:;]{0,60}:\s")
_GAP_WORDS = {"hours": 0, "minutes": 0, "a few hours": 0, "several hours": 0, "moments": 0, "a day": 1, "a week": 7,
              "one day": 1, "one week": 7}
_VAGUE = ("PAST_REF", "PRESENT_REF", "FUTURE_REF")
#: "later" on its own before the trigger ("the attackers later drove the truck to a checkpoint"); "days later"
#: is a gap of its own, which dates nothing when vague.
_LATER = re.compile(r"(?i)(?<!days\s)(?<!weeks\s)(?<!months\s)(?<!years\s)\b(?:later|afterwards?)\b")


def _usable(t: Timex) -> bool:
    if t.value in ("PRESENT_REF", "FUTURE_REF"):
        return False
    if t.type in ("DATE", "TIME"):
        return t.interval_start is not None or t.interval_end is not None
    # "in the past 24 hours", "over the last two weeks": a stretch that ends at the report date; "two days
    # later" after "on 3 May": a gap from an earlier date, whose interval is the day it reaches
    return t.type == "DURATION" and t.anchor in ("dct", "previous") and t.interval_start is not None \
        and t.interval_end is not None


def dateline(cut: Callable[[int, int], str], t: Timex) -> bool:
    """``t`` is the date of a dateline, when the report was filed: no event's date."""
    return at_dateline(cut, t.start, t.end)


#: Words by which a time of day names its own day: "Monday night", "yesterday morning", "the next morning".
_OWN_DAY = re.compile(r"(?i)\b" + WEEKDAY_ANYCASE + r"s?\b|\b(?:today|tonight|tomorrow|yesterday|next|following|"
                      r"previous|same|that|this|last|overnight)\b|\d{4}-\d\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d")


def _day_less_time(t: Timex) -> bool:
    """A time of day with no day of its own ("shortly before dawn", "at dawn", "late at night", "at 10 p.m."):
    the tagger puts it on the report day, but the narrative's day told before it is the better guess.
    "overnight" names its own night (the one before the reference day)."""
    return t.type == "TIME" and (t.interval_start is None or not _OWN_DAY.search(t.text))


def _vague(t: Timex) -> bool:
    return t.value in _VAGUE or t.precision == "unknown"


#: Parts of a period ("early August", "late 2023"): the tagger narrows the interval to that third.
_PART_MODS = frozenset({"START", "MID", "END"})


def _open_start(t: Timex) -> bool:
    """"until the end of March", "by September": the end of a stretch the event opens or lasts through,
    not when it happened; a closed date of the clause ("On Tuesday, ... agreed to extend a ceasefire until
    the end of March") comes first."""
    return t.interval_start is None


def _period(t: Timex) -> tuple[str, str] | None:
    return (t.interval_start, t.interval_end) if t.interval_start and t.interval_end else None


def _finest(pool: list[Timex]) -> list[Timex]:
    """Drop a date that only frames a finer one of the same clause: "in March of this year" is March, "on
    Monday, the worst attack this year" is Monday. A vague date frames nothing."""
    spans = [(t, _period(t)) for t in pool]
    out = []
    for t, p in spans:
        if p is not None and not _vague(t) and any(
                q is not None and u is not t and not _vague(u) and p[0] <= q[0] and q[1] <= p[1] and q != p
                for u, q in spans):
            continue
        out.append(t)
    return out


_CLOCK = re.compile(r"\b(?:(?P<h12>1[0-2]|0?[1-9])(?:[:.][0-5]\d)?\s*(?P<ap>[ap])\.?m\b|(?P<h24>[01]?\d|2[0-3])[:.h][0-5]\d\b)",
                    re.I)


def _hour(text: str) -> int | None:
    """The hour of the last clock time in ``text`` ("23:40", "11.30 pm"), or None."""
    m = None
    for m in _CLOCK.finditer(text):
        pass
    if m is None:
        return None
    if m.group("h24") is not None:
        return int(m.group("h24"))
    h = int(m.group("h12")) % 12
    return h + 12 if m.group("ap").lower() == "p" else h


#: A clock time this late on the governing day, then one this early with no day: the night went past midnight.
_LATE_HOUR, _EARLY_HOUR = 18, 8


def _past_midnight(cut: Callable[[int, int], str], last: Timex, day_less: EventDate,
                   chosen: EventDate) -> EventDate | None:
    """"At 23:40 on 10 May ... At around 02:00 the enemy used drones": a clock time earlier in the day than
    the one the governing day was told with is the next day. None when that does not apply."""
    late = _hour(cut(max(0, last.start - 30), last.end))
    early = _hour(day_less.text or "")
    if late is None or early is None or late < _LATE_HOUR or early >= _EARLY_HOUR:
        return None
    if not chosen.start or chosen.start != chosen.end:
        return None
    return _shifted_day(chosen.start, 1, day_less.text, day_less.span_start, day_less.span_end,
                        f"{day_less.text} after a late hour on the governing date ({last.text}): the next day")


def _shifted_day(day: str, days: int, text: str, span_start: int, span_end: int, reason: str) -> EventDate | None:
    """The event on ``day`` moved by ``days`` (an ISO day), told by the span given; None for no valid day."""
    try:
        moved = (date.fromisoformat(day) + timedelta(days=days)).isoformat()
    except ValueError:
        return None
    return EventDate(start=moved, end=moved, precision="day", value=moved, text=text, span_start=span_start,
                     span_end=span_end, reason=reason)


def _recent_day(chosen: EventDate, dct: date | None, lead: int) -> bool:
    """The context phrase that opens at ``lead`` gives the event a day of its own, within the report's
    period: "deployed troops on Wednesday after shots were fired on Monday night" tells two pieces of this
    week's news, not context ("on Wednesday after the coup": the day is the main clause's)."""
    # "a day after militants stormed a post": the length steps back from the sentence's own day, so the phrase's
    # event has a day of its own, however the span of that length lies against the phrase
    stepped = " after its sentence's date (" in chosen.reason
    if dct is None or chosen.precision != "day" or not chosen.start or not (
            stepped or (chosen.reason.startswith("own clause") and chosen.span_start is not None
                        and chosen.span_start >= lead)):
        return False
    try:
        return date.fromisoformat(chosen.start) >= dct - timedelta(days=BACKGROUND_DAYS)
    except ValueError:
        return False


def _distance(t: Timex, s: int, e: int) -> int:
    if t.end <= s:
        return s - t.end
    if t.start >= e:
        return t.start - e
    return 0


def report_date(doc_meta: dict) -> date | None:
    """The report's date: metadata's ``dct``, else the one the dates stage inferred; None when neither reads as
    a date."""
    v = doc_meta.get("dct") or (doc_meta.get("dct_inferred") or {}).get("value")
    try:
        return date.fromisoformat(v[:10]) if v else None
    except (TypeError, ValueError):
        return None


def _from_timex(t: Timex, reason: str, dct: date | None = None) -> EventDate:
    end = t.interval_end
    if end is None and t.anchor == "open" and t.interval_start is not None and dct is not None \
            and t.interval_start <= dct.isoformat():
        # "since January": from then until the report date
        end = dct.isoformat()
    return EventDate(start=t.interval_start, end=end, precision=t.precision, text=t.text, value=t.value,
                     span_start=t.start, span_end=t.end, reason=reason)


#: A day named by reference back to the one told before it.
_SAME_DAY = re.compile(r"(?i)^(?:on\s+)?(?:the\s+same|that)\s+(?:day|night|morning|afternoon|evening)$")
#: "two days after insurgents massacred …": the trigger's clause is a step of a length from its sentence's date.
_GAP_STEP = re.compile(r"(?i)^\s+(?P<rel>after|before)\s+[^,;:.!?()\n]{0,80}$")
#: How long a narrative date may be (days): a day or a weekend, a week at most.
NARRATIVE_DAYS = 7


def told_on(cut: Callable[[int, int], str], t: Timex) -> bool:
    """``t`` dates the telling ("the army said on Monday"), not an event of the story: the story is not moved by
    it (docs/time.md, "The day of the telling is no reference time")."""
    return bool(TELLING_BEFORE.search(cut(max(0, t.start - 60), t.start)))


def named_period(t: Timex) -> tuple[str, str] | None:
    """The closed period a date names, even when the timex is an open interval ("since January" names
    January): (first day, last day), or None when the value is no day, month or year."""
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", t.value or "")
    if not m:
        return None
    y = int(m.group(1))
    if m.group(3):
        return f"{m.group(1)}-{m.group(2)}-{m.group(3)}", f"{m.group(1)}-{m.group(2)}-{m.group(3)}"
    if m.group(2):
        mo = int(m.group(2))
        if not 1 <= mo <= 12:
            return None
        return f"{y:04d}-{mo:02d}-01", f"{y:04d}-{mo:02d}-{calendar.monthrange(y, mo)[1]:02d}"
    return f"{y:04d}-01-01", f"{y:04d}-12-31"


def _gap_days(gap: str, timexes: Sequence[Timex], lo: int, hi: int) -> int | None:
    """Days between the two events of "came <gap> after": a duration timex ("two days") or a word list."""
    g = re.sub(r"\s+", " ", gap.strip().lower())
    if g in _GAP_WORDS:
        return _GAP_WORDS[g]
    for t in timexes:
        if t.type == "DURATION" and lo <= t.start and t.end <= hi:
            m = re.fullmatch(r"P(\d+)([DW])", t.value or "")
            if m:
                return int(m.group(1)) * (7 if m.group(2) == "W" else 1)
            if re.fullmatch(r"PT\d+[HM]", t.value or ""):
                return 0
    return None


#: How far back (characters) a governing date is looked for; two sentences rarely span more.
GOVERNING_CHARS = 2000


def _governing(t: Timex, parse: ParseView | None) -> bool:
    """A timex that may date the sentences after it (rule 3)."""
    # a day with a time of day ("on Monday night") governs like the day
    return (_usable(t) and (t.type == "DATE" or (t.type == "TIME" and t.interval_start is not None)
                            or (t.type == "DURATION" and t.anchor == "previous")) and t.anchor != "open"
            and (parse is None or parse.governs(parse.token(t.start, t.end))))


@dataclasses.dataclass(frozen=True)
class TimexIndex:
    """A page's timexes sorted by offset, built once per page: every event asks for its sentence's dates and
    for the last governing date before it, and a scan of the whole page per event is quadratic. Answers are
    those of the plain scans, in the order of ``timexes``."""

    timexes: tuple[Timex, ...]
    #: usable timexes: (starts ascending, their positions in ``timexes``)
    usable_starts: tuple[int, ...]
    usable_order: tuple[int, ...]
    #: governing timexes: (ends ascending, the largest position in ``timexes`` among the first k+1 of them)
    governing_ends: tuple[int, ...]
    governing_last: tuple[int, ...]
    #: starts of all timexes, in the order of ``timexes`` (which is text order when the tagger made them)
    starts: tuple[int, ...]
    #: whether ``starts`` ascends, so that ``before`` may bisect it
    starts_ascend: bool

    @classmethod
    def build(cls, timexes: Sequence[Timex], parse: ParseView | None = None) -> "TimexIndex":
        tx = tuple(timexes)
        usable = sorted((k for k, t in enumerate(tx) if _usable(t)), key=lambda k: tx[k].start)
        gov = sorted((k for k, t in enumerate(tx) if _governing(t, parse)), key=lambda k: tx[k].end)
        last, top = [], -1
        for k in gov:
            top = max(top, k)
            last.append(top)
        starts = tuple(t.start for t in tx)
        return cls(tx, tuple(tx[k].start for k in usable), tuple(usable),
                   tuple(tx[k].end for k in gov), tuple(last), starts,
                   all(a <= b for a, b in zip(starts, starts[1:])))

    def before(self, end: int) -> Sequence[Timex]:
        """All timexes (usable or not) that start before ``end``, in text order when ``timexes`` is."""
        if not self.starts_ascend:
            return [t for t in self.timexes if t.start < end]
        return self.timexes[:bisect.bisect_left(self.starts, end)]

    def inside(self, start: int, end: int) -> list[Timex]:
        """Usable timexes within ``start:end``."""
        lo, hi = bisect.bisect_left(self.usable_starts, start), bisect.bisect_left(self.usable_starts, end + 1)
        return [self.timexes[k] for k in sorted(self.usable_order[lo:hi]) if self.timexes[k].end <= end]

    def last_governing(self, before: int) -> Timex | None:
        """The last governing timex (in the order of ``timexes``) that ends at or before ``before``."""
        n = bisect.bisect_right(self.governing_ends, before)
        return self.timexes[self.governing_last[n - 1]] if n else None


def date_event(text: str, timexes: list[Timex], meta: dict, sent_start: int, sent_end: int,
               trigger_start: int, trigger_end: int) -> tuple[EventDate | None, bool]:
    """``event_date`` on plain data (text, timexes, metadata), for callers without a Doc."""
    return date_event_cut(lambda a, b: text[a:b], timexes, meta, sent_start, sent_end, trigger_start, trigger_end)


def _relative_to_first_event(cut: Callable[[int, int], str], timexes: Sequence[Timex], sent_start: int,
                             trigger_start: int) -> tuple[EventDate, Timex] | None:
    """"The strike came hours after rockets hit Safed": the subject is the report's first event, whose date
    is the first day-precise date of the text; the trigger after "after"/"before" is dated from it."""
    head = cut(sent_start, trigger_start)
    m = None
    for m in _CAME_AFTER.finditer(head):
        pass
    if m is None:
        return None
    days = _gap_days(m.group("gap"), timexes, sent_start + m.start("gap"), sent_start + m.end("gap"))
    if days is None:
        return None
    first = next((t for t in timexes if t.end <= sent_start and t.type in ("DATE", "TIME") and t.precision == "day"
                  and t.interval_start and t.interval_start == t.interval_end and not dateline(cut, t)), None)
    if first is None:
        return None
    rel = m.group("rel").lower()
    moved = _shifted_day(first.interval_start, -days if rel == "after" else days, first.text, first.start, first.end,
                         f"{m.group('gap')} {rel} the report's first event ({first.text})")
    return None if moved is None else (moved, first)


def _across_break(cut: Callable[[int, int], str], t: Timex, trigger_start: int, trigger_end: int) -> bool:
    if t.end <= trigger_start:
        return has_break(cut(t.end, trigger_start))
    if t.start >= trigger_end:
        return has_break(cut(trigger_end, t.start))
    return False


def _gap_step(cut: Callable[[int, int], str], earlier: Sequence[Timex], chosen: EventDate, sent_start: int,
              trigger_start: int) -> EventDate | None:
    """"killed six fighters on Monday, two days after insurgents massacred 15 farmers": the trigger's clause
    follows a length and "after"/"before", and its sentence's day is told before the length: the event is
    that many days before (after) that day, not on it."""
    if chosen.precision != "day" or not chosen.start or chosen.start != chosen.end or chosen.span_end is None:
        return None
    for d in reversed(earlier):
        if d.start < sent_start or d.end > trigger_start:
            continue
        if d.type != "DURATION" or d.start < chosen.span_end:
            continue
        m = _GAP_STEP.match(cut(d.end, trigger_start))
        if m is None:
            return None
        days = _gap_days(d.text, [d], d.start, d.end)
        if days is None:
            return None
        rel = m.group("rel").lower()
        return _shifted_day(chosen.start, -days if rel == "after" else days, d.text, d.start, d.end,
                            f"{d.text} {rel} its sentence's date ({chosen.text})")
    return None


def _same_day(cut: Callable[[int, int], str], earlier: Sequence[Timex], chosen: EventDate, parse: ParseView | None,
              dct: date | None) -> EventDate | None:
    """"… last week, the police said on Monday. The same day, insurgents ambushed a truck": "the same day" is
    the day of the events told before, not of their telling (the tagger counts from the last date named)."""
    if not _SAME_DAY.match(chosen.text or "") or chosen.span_start is None:
        return None
    prev = [t for t in earlier if t.end <= chosen.span_start and t.type in ("DATE", "TIME") and _usable(t)
            and not dateline(cut, t)]
    if not prev or not told_on(cut, prev[-1]) or prev[-1].interval_start != chosen.start:
        return None
    told = prev[-1]
    for t in reversed(prev[:-1]):
        if told.start - t.end > GOVERNING_CHARS:
            break
        if not told_on(cut, t) and _governing(t, parse):
            return _from_timex(t, f"{chosen.text}: the day of the events told before ({t.text}), not of their "
                                  f"telling ({told.text})", dct)
    return None


#: "October that year", "March of the same year": a year-less month in the year the text told last.
_MONTH_THAT_YEAR = re.compile(r"(?i)^,?\s+(?:of\s+)?(?:that|the\s+same)\s+year\b")
_MONTH_VALUE = re.compile(r"^\d{4}-(?:0[1-9]|1[0-2])$")
_YEAR_LEAD = re.compile(r"^(\d{4})(?:$|-)")


def _month_of_year_told(cut: Callable[[int, int], str], earlier: Sequence[Timex],
                        chosen: EventDate) -> EventDate | None:
    """"violence flared again in 2004. In October that year, 85 protesters died": the month is October of the
    year told last (2004), not of the report's year; the tagger grounds the month on the report date first and
    "that year" then on the month. Only the event date reads it so (the timex values stay as they are)."""
    if chosen.span_start is None or chosen.span_end is None or not _MONTH_VALUE.match(chosen.value or ""):
        return None
    if not _MONTH_THAT_YEAR.match(cut(chosen.span_end, chosen.span_end + 24)):
        return None
    own = next((t for t in earlier if t.start == chosen.span_start and t.end == chosen.span_end), None)
    if own is None or own.anchor != "dct":
        return None  # "October 2004 ...": the month has its own year
    prev = [t for t in earlier if t.end <= chosen.span_start and t.type == "DATE" and t.value and not dateline(cut, t)]
    if not prev or chosen.span_start - prev[-1].end > GOVERNING_CHARS:
        return None
    year = _YEAR_LEAD.match(prev[-1].value)
    if year is None or year.group(1) == chosen.value[:4]:
        return None  # the last date told is no year ("the 1990s") or the same year
    month = int(chosen.value[5:7])
    y = int(year.group(1))
    last = calendar.monthrange(y, month)[1]
    value = f"{y}-{month:02d}"
    return EventDate(start=f"{value}-01", end=f"{value}-{last:02d}", precision="month", text=chosen.text, value=value,
                     span_start=chosen.span_start, span_end=chosen.span_end,
                     reason=f"{chosen.reason}; {chosen.text} of the year told last ({prev[-1].text})")


def _narrative(cut: Callable[[int, int], str], earlier: Sequence[Timex], parse: ParseView | None,
               dct: date | None, sent_start: int) -> Timex | None:
    """The date of the incident a report tells: the first short, closed date of the text before ``sent_start``
    (not a dateline, not a day of telling, not said in a relative clause), when every such date before the
    sentence falls in it (a report of one incident, not a roundup). None otherwise."""
    first: Timex | None = None
    for t in earlier:
        if t.start >= sent_start:
            break
        if t.type not in ("DATE", "TIME") or not t.interval_start or not t.interval_end or t.anchor == "open" \
                or _vague(t):
            continue
        try:
            a, b = date.fromisoformat(t.interval_start), date.fromisoformat(t.interval_end)
        except ValueError:
            continue
        if (b - a).days >= NARRATIVE_DAYS or (dct is not None and (b > dct or b < dct - timedelta(days=BACKGROUND_DAYS))):
            continue
        if dateline(cut, t) or told_on(cut, t) or not _governing(t, parse):
            continue
        if first is None:
            first = t
        elif not (first.interval_start <= t.interval_start and t.interval_end <= first.interval_end):
            return None  # a second incident's date: no one narrative date
    return first


#: The speaker's own people as the subject of what it tells: "said its fighters had destroyed", "said it killed".
_OWN_PEOPLE = frozenset({"it", "its", "they", "their", "we", "our"})
_CLAIM_WORDS = re.compile(r"(?i)\b(?:claim(?:ed|s)?\b|(?:said|says|announced|stated)\s+(?:that\s+)?(?:it|its|they|their|we|our)\b)")


def _claimed(cut: Callable[[int, int], str], trig, sent_start: int, trigger_start: int) -> bool:
    """The event is an act its speaker claims: "JNIM said its fighters had destroyed the convoy", "Islamic State
    claimed the attack in a statement" (an act told as the speaker's own, or with "claim"). What a witness
    tells of others ("the commander said about thirty rebels opened fire") is no claim: such details of a
    story keep the dating they had."""
    if trig is None:
        return bool(_CLAIM_WORDS.search(cut(sent_start, trigger_start)))
    cur = trig
    for _ in range(20):
        head = cur.head
        if head.i == cur.i:
            return False
        lemma = (head.lemma_ or head.lower_).lower()
        if lemma == "claim" and head.pos_ in ("VERB", "NOUN"):
            return True
        if lemma in CLAIM_LEMMAS and head.pos_ in ("VERB", "AUX") and cur.dep_ in ("ccomp", "parataxis"):
            return any(c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in _OWN_PEOPLE or any(
                g.dep_ == "poss" and g.lower_ in _OWN_PEOPLE for g in c.children)) for c in cur.children)
        if cur.dep_ not in ("conj", "ccomp", "xcomp", "dobj", "pobj", "prep"):
            return False
        cur = head
    return False


def _item_lead(cut: Callable[[int, int], str], t: Timex, trigger_start: int) -> bool:
    """``t`` heads the list item the trigger is in: it opens its line, after at most a number or a bullet, and
    a colon closes the lead ("9 May, Tillia commune:") before the trigger. The parse hangs such a lead
    on nothing, and the colon is no clause break here: the item tells what happened that day."""
    if t.type not in ("DATE", "TIME") or _vague(t) or t.interval_start is None:
        return False
    lo = max(0, t.start - 40)
    before = cut(lo, t.start)
    if lo > 0 and "\n" not in before:
        return False
    return bool(_ITEM_LEAD_BEFORE.search(before)) and bool(_ITEM_LEAD_AFTER.match(cut(t.end, trigger_start)))


def date_event_cut(cut: Callable[[int, int], str], timexes: Sequence[Timex], meta: dict, sent_start: int, sent_end: int,
                   trigger_start: int, trigger_end: int, parse: ParseView | None = None,
                   index: TimexIndex | None = None) -> tuple[EventDate | None, bool]:
    """``date_event`` reading the text only through ``cut(start, end)``: a Doc need not rebuild its whole text.
    ``parse`` (a Doc with a dependency parse) decides clauses; without it, punctuation and "while" do.
    ``index``: ``TimexIndex.build(timexes, parse)``, kept by a caller that dates many events of one page."""
    dct = report_date(meta)
    if index is not None:
        inside = index.inside(sent_start, sent_end)
    else:
        inside = [t for t in timexes if sent_start <= t.start and t.end <= sent_end and _usable(t)]
    # a date across a paragraph break belongs to the next item even when the sentence splitter ran the two
    # together ("… a local committee said.\n\nThursday. In South Kordofan, …")
    inside = [t for t in inside if not dateline(cut, t) and not _across_break(cut, t, trigger_start, trigger_end)]
    chosen: EventDate | None = None
    day_less: EventDate | None = None
    context = False
    trig = parse.token(trigger_start, trigger_end) if parse is not None else None
    when = parse.when_date(trig, inside) if trig is not None else None
    if when is not None:
        period = named_period(when)
        if period is not None and when.mod in _PART_MODS and when.interval_start and when.interval_end:
            # "in early August 2024, when fighters captured the city": the part of the period the date names
            period = (when.interval_start, when.interval_end)
        if period is not None:
            chosen = EventDate(start=period[0], end=period[1], precision=when.precision, text=when.text,
                               value=when.value, span_start=when.start, span_end=when.end,
                               reason="own clause: a \"when\" clause on the date")
            context = parse.in_context_phrase(parse.token(when.start, when.end))
    if chosen is None and inside:
        if trig is not None:
            tiers = {id(t): parse.tier(parse.token(t.start, t.end), trig) for t in inside}
            own = [t for t in inside if tiers[id(t)] is not None and tiers[id(t)] <= 1]
            outer = [t for t in inside if tiers[id(t)] == 2]
            pool, reason = (own, "own clause") if own else (outer, "clause that holds the event's")
            if not pool:
                pool, reason = [t for t in inside if parse.fronted(parse.token(t.start, t.end), trig)], \
                    "date fronted in its sentence"
            rank = lambda t: (_vague(t), _open_start(t), tiers[id(t)], _distance(t, trigger_start, trigger_end))  # noqa: E731
        else:
            same = []
            for t in inside:
                lo, hi = sorted((min(t.end, trigger_start), max(t.start, trigger_end)))
                if not _CLAUSE_BREAK.search(cut(lo, hi)):
                    same.append(t)
            pool, reason = (same, "own clause") if same else (inside, "own sentence")
            rank = lambda t: (_vague(t), _open_start(t), _distance(t, trigger_start, trigger_end))  # noqa: E731
        pool = _finest(pool)
        if pool:
            # a day the clause names ("at dawn on Tuesday") before a time of day with none
            # (a vague "recently" still comes last)
            dated = [t for t in pool if not _day_less_time(t)]
            less = [t for t in pool if _day_less_time(t)]
            if dated and (not less or not _vague(min(dated, key=rank))):
                chosen = _from_timex(min(dated, key=rank), reason, dct)
            else:
                day_less = _from_timex(min(less, key=rank), reason, dct)  # its day may come from the narrative
    if chosen is None and day_less is None:
        # the splitter may end a sentence inside the lead ("3. 9" | "May, Tillia commune: ..."): a date
        # that runs over the sentence's start is the lead's too
        heads = index.before(sent_start) if index is not None else [t for t in timexes if t.start < sent_start]
        cands = [t for t in heads[-3:] if t.end > sent_start and _usable(t)] + list(inside)
        lead = next((t for t in cands if t.end <= trigger_start and _item_lead(cut, t, trigger_start)), None)
        if lead is not None:
            chosen = _from_timex(lead, "the date heading its list item", dct)
    earlier: Sequence[Timex] = index.before(sent_end) if index is not None else [t for t in timexes if t.start < sent_end]
    if chosen is not None:
        chosen = _gap_step(cut, earlier, chosen, sent_start, trigger_start) \
            or _same_day(cut, earlier, chosen, parse, dct) or _month_of_year_told(cut, earlier, chosen) or chosen
    if chosen is None and day_less is None and trig is not None and not parse.anterior(trig):
        # "Tuesday night's assault on the police post, in which four officers were wounded": the wounding
        # is the assault's, on Tuesday night
        noun_date = parse.described_date(trig, inside)
        if noun_date is not None:
            chosen = _from_timex(noun_date, f"relative clause on a noun dated {noun_date.text}: the noun's date", dct)
    if chosen is None and day_less is None:
        rel = _relative_to_first_event(cut, timexes, sent_start, trigger_start)
        if rel is not None:
            chosen = rel[0]
    anterior = chosen is None and day_less is None and trig is not None and parse.anterior(trig)
    if chosen is None and not _TOPIC_CHANGE.search(cut(sent_start, min(sent_end, sent_start + 60))):
        if index is not None:
            last = index.last_governing(sent_start)
        else:
            last = next((t for t in reversed(timexes) if t.end <= sent_start and _governing(t, parse)), None)
        if last is not None and dateline(cut, last):
            last = None
        # only the two sentences before, in the same paragraph: a date further back no longer governs
        if last is not None and sent_start - last.end <= GOVERNING_CHARS:
            window = cut(last.end, sent_start)
            # a time of day with no day ("shortly before dawn") follows the day told just before, even across
            # a paragraph break: wire copy gives each sentence its own paragraph
            # "Police later exchanged fire ...": a step after the story told before, whose date it keeps even
            # past a paragraph break or the two sentences
            later = _LATER.search(cut(sent_start, trigger_start)) is not None
            if (day_less is not None or later or not has_break(window)) and (
                    later or len(re.findall(r"[.!?](?:\s|$)", window)) <= 2):
                if anterior:
                    return EventDate(start=None, end=last.interval_start or last.interval_end, precision="unknown",
                                     value=None, text=last.text, span_start=last.start, span_end=last.end,
                                     reason=f"told as earlier than the narrative: on or before {last.text}; "
                                            "background"), True
                joined = None if day_less is not None or trig is None else next(
                    (t for t in inside if parse.joined_after(parse.token(t.start, t.end), trig)), None)
                # "…, and several hundred people marched": the day of the clause before, told in the same sentence,
                # is nearer than the earlier sentences' (with no earlier date the event stays undated, as another
                # event's date)
                chosen = _from_timex(joined, "the clause before it, joined by \"and\", nearer than the preceding "
                                             "context", dct) if joined is not None else \
                    _from_timex(last, "governing date in preceding context", dct)
                if day_less is not None:
                    chosen = _past_midnight(cut, last, day_less, chosen) or EventDate(
                        **{**chosen.__dict__, "reason": f"{day_less.text} on the governing date"})
    if chosen is None:
        chosen = day_less
    if chosen is None and not anterior and not _TOPIC_CHANGE.search(cut(sent_start, min(sent_end, sent_start + 60))) \
            and _claimed(cut, trig, sent_start, trigger_start):
        # "JNIM said in a message that its fighters had destroyed the convoy", a paragraph after the report
        # told the attack "at the weekend": the claimed act is the incident the report tells
        story = _narrative(cut, earlier, parse, dct, sent_start)
        if story is not None:
            chosen = _from_timex(story, f"told by a speaker with no date of its own: the report's narrative date "
                                        f"({story.text})", dct)
    background = False
    if chosen is None and anterior:
        return EventDate(start=None, end=dct.isoformat() if dct else None, precision="unknown", value=None,
                         reason="told as earlier than the report's news, with no date: on or before the report "
                                "date; background"), True
    if chosen is None:
        sentence = cut(sent_start, sent_end)
        source = "report date" if meta.get("dct") else "inferred report date"
        if dct is not None and _PRESENT.search(sentence):
            return EventDate(start=dct.isoformat(), end=dct.isoformat(), precision="day", value=dct.isoformat(),
                             reason=f"no date in the text for it; present tense, so the {source}"), False
        return EventDate(start=None, end=dct.isoformat() if dct else None, precision="unknown",
                         value=None, reason=f"no date in the text for it; on or before the {source}"), False
    if dct is not None and chosen.end is not None:
        try:
            if date.fromisoformat(chosen.end) < dct - timedelta(days=BACKGROUND_DAYS):
                background = True
        except ValueError:
            pass
    if context:
        background = True
    lead_from = max(sent_start, trigger_start - 60)
    lead = _CONTEXT_LEAD.search(cut(lead_from, trigger_start))
    if lead and _STEP.match(lead.group(0)) and cut(trigger_start, trigger_end).lower().endswith("ing"):
        lead = None  # "checked their papers before shooting seven", "fled after killing 12": a step of the story
    if lead and not _recent_day(chosen, dct, lead_from + lead.start()):
        before_trigger = cut(sent_start, trigger_start)
        if re.search(r"\b(?:has|have|had|was|were|is|are)\b|\w+ed\b", before_trigger):
            background = True
    if background:
        chosen = EventDate(**{**chosen.__dict__, "reason": chosen.reason + "; background: told as context before the report's news"})
    return chosen, background
