"""Temporal tagging of plain text: ``tag(text, dct)`` -> grounded ``Timex`` records."""

from __future__ import annotations

import bisect
import copy
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from ..errors import InputError, InputTooLarge
from ..model import Timex
from .anchor import InferredDate, infer
from .grammar import named_time_only, scan, select
from . import clock, durations, eventgap, festivals, periods, quarters  # noqa: F401  (their grounders register themselves)
from . import digest
from .compose import composed
from .dateline import DAY_KINDS, at_dateline, filing_day
from .grammar import Hit
from .lexicon import WEEKDAYS
from .reference import regrounded
from .resolve import Grounded, ground
from .tense import Context

#: Longest text tagged in one call; a report is far shorter.
MAX_CHARS = 5_000_000

_SINCE = re.compile(r"(?i)\b(?:since|from|starting(?:\s+in)?|as\s+of)\s+(?:at\s+least\s+)?$")
_UNTIL = re.compile(r"(?i)\b(?:until|till|up\s+to|before|through)\s+$")
_BEFORE = re.compile(r"(?i)\bbefore\s+$")


@dataclass(frozen=True)
class Tagged:
    timexes: tuple[Timex, ...]
    anchor: date | None  # the date relative expressions were grounded on
    inferred: InferredDate | None  # set when the anchor came from the text
    # time cues TimeML leaves untagged that still date an event: "recently" after an auxiliary
    # ("the town was recently retaken") is a fuzzy window before the report, not a timex
    cues: tuple[Timex, ...] = ()

    @property
    def for_events(self) -> tuple[Timex, ...]:
        """The timexes and the cues, in text order: what event dating reads."""
        return tuple(in_text_order(self.timexes, self.cues))


def in_text_order(timexes, cues):
    """Timexes and event-dating cues merged in text order (``timexes`` itself when there is no cue)."""
    return sorted([*timexes, *cues], key=lambda t: (t.start, t.end)) if cues else timexes


# An auxiliary right before "recently" ("was recently extended", "has only recently returned"): TimeBank and
# AQUAINT leave that "recently" untagged (it grades the verb), while "recently" alone is PAST_REF.
_AUX_BEFORE = re.compile(r"(?i)\b(?:is|are|was|were|be|been|being|has|have|had|'s|'ve|'d)\s+"
                         r"(?:(?:only|just|very|more|most|also|all|so|not)\s+)?$")


def _cue_only(text: str, t: Timex) -> bool:
    return t.text.lower() == "recently" and _AUX_BEFORE.search(text, max(0, t.start - 30), t.start) is not None


def parse_dct(value: str | date | None, *, source: str = "dct") -> date | None:
    """A report date from metadata: ISO date or datetime; None stays None."""
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    m = re.match(r"^\s*(\d{4})-(\d{2})-(\d{2})", str(value))
    if not m:
        raise InputError(f"not an ISO date: {str(value)[:40]!r}", source=source)
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError as exc:
        raise InputError(f"not a calendar date: {str(value)[:40]!r}", source=source) from exc


def to_timex(text: str, start: int, end: int, g: Grounded) -> Timex:
    s, e, anchor = g.start, g.end, g.anchor
    before = text[max(0, start - 24) : start]
    if g.type in ("DATE", "TIME") and s is not None:
        if _SINCE.search(before):
            e, anchor = None, "open"
        elif _UNTIL.search(before) and not (g.type == "TIME" and _BEFORE.search(before) and g.precision == "day"):
            # "before dawn on Monday", "before 9 a.m. Tuesday": a time earlier in that day, still that day
            s, anchor = None, "open"
    return Timex(
        start=start, end=end, text=text[start:end], type=g.type, value=g.value,
        interval_start=s.isoformat() if s else None, interval_end=e.isoformat() if e else None,
        precision=g.precision, anchor=anchor, fuzzy=g.fuzzy, mod=g.mod,
    )


def _datelines(text: str, hits: list[Hit], ctx: Context, guessed: bool = False) -> list[tuple[Hit, Grounded, Context]]:
    """Each dateline's hit, its filing day, and the context (anchored on that day) of the text after it, in
    text order. The filing day, not the publication date, is what "Tuesday" after it counts from. A weekday in
    the dateline's bracket ("GAO (Monday) —") is the last such day up to publication. ``guessed``: the anchor
    was inferred from the text and may be late or early, so a year-less dateline day takes the year in which it
    falls on the weekday its own sentence names ("…, June 20 — … said on Monday"), where only one does."""
    if ctx.anchor is None:
        return []
    cut = lambda a, b: text[a:b]  # noqa: E731
    out = []
    for hit in sorted((h for h in hits if h.kind in DAY_KINDS or h.kind == "weekday"), key=lambda h: h.start):
        if (out and hit.start < out[-1][0].end) or not at_dateline(cut, hit.start, hit.end):
            continue
        if hit.kind == "weekday":
            day = _weekday_on_or_before(hit, ctx.anchor)
            has_year = False
        else:
            g = ground(hit, ctx)
            has_year = "year" in hit.groups or hit.kind in ("iso", "mdy", "dmy")
            day = filing_day(g.value, has_year, ctx.anchor) if g is not None and g.type == "DATE" else None
            if guessed and day is not None and not has_year:
                day = _told_weekday_year(day, hit, hits, ctx)
        if day is None:
            continue
        seg = copy.copy(ctx)  # sentences and the tense cache do not depend on the anchor
        seg.anchor = day
        out.append((hit, Grounded("DATE", day.isoformat(), day, day, "day", "absolute" if has_year else "dct"), seg))
    return out


def _told_weekday_year(day: date, hit: Hit, hits: list[Hit], ctx: Context) -> date:
    """``day`` (a dateline's day, a year-less one before a guessed anchor) or the same day a year later, whichever
    alone falls on a weekday named (with no "next" or "last") in the dateline's sentence after it; ``day`` when
    neither or both do. A lead's weekday is mostly the filing day or one near it, and a day of the year falls on
    another weekday each year."""
    _, hi = ctx.sentence(hit.end)
    named = {WEEKDAYS.get((h.groups.get("wd") or "").lower()) for h in hits
             if h.kind == "weekday" and hit.end <= h.start < hi and not h.groups.get("wrel")}
    try:
        later = day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        return day
    if later.weekday() in named and day.weekday() not in named:
        return later
    return day


def _weekday_on_or_before(hit: Hit, published: date) -> date | None:
    want = WEEKDAYS.get((hit.groups.get("wd") or "").lower())
    if want is None or hit.groups.get("wrel") or hit.groups.get("part"):
        return None  # "(next Monday)", "(Monday night)": no filing day
    return published - timedelta(days=(published.weekday() - want) % 7)


def _segments(filed: list[tuple[Hit, Grounded, Context]], items: Sequence[int], ctx: Context):
    """Where each anchor starts governing, in text order: ``(offset, dateline hit or None, context)``. A dateline
    governs from its end; an item of a roundup (``items``: start offsets) with no dateline of its own goes back
    to the publication date, so one item's filing day never carries into the next."""
    out = [(h.end, h, seg) for h, _, seg in filed]
    out += [(s, None, ctx) for s in items if s > 0]
    out.sort(key=lambda x: (x[0], x[1] is not None))
    return out


def tag(text: str, dct: str | date | None = None, *, source: str = "text", items: Sequence[int] = (),
        title: str | None = None) -> Tagged:
    """Find and ground every temporal expression in ``text``.

    With no ``dct`` the anchor is inferred from the text (see ``anchor.infer``);
    when nothing can be inferred, relative expressions keep unresolved values
    (``XXXX-…``) and open intervals. ``items``: where the stories of a roundup start (``places.items``); an
    item without a dateline of its own is read against the publication date, not the dateline before it.
    ``title``: the report's title, which may call it a weekly summary (``digest``).
    """
    if not isinstance(text, str):
        raise InputError("text must be a string", source=source)
    if len(text) > MAX_CHARS:
        raise InputTooLarge(f"{len(text):,} characters is over the {MAX_CHARS:,} limit", source=source)
    anchor = parse_dct(dct, source=source)
    hits = named_time_only(text, scan(text))
    inferred = None
    if anchor is None and hits:
        inferred = infer(text, hits)
        if inferred is not None:
            anchor = date.fromisoformat(inferred.value)
    ctx = Context(text, anchor)
    week_end = digest.closed_week_end(title, anchor if inferred is None else None)
    filed = _datelines(text, hits, ctx, guessed=inferred is not None)
    days = {id(h): g for h, g, _ in filed}
    segs = _segments(filed, items, ctx)
    offsets = [o for o, _, _ in segs]
    grounded = []
    for hit in hits:
        if id(hit) in days:
            grounded.append((hit, days[id(hit)]))
            continue
        k = bisect.bisect_right(offsets, hit.start) - 1
        seg = segs[k][2] if k >= 0 else ctx
        g = ground(hit, seg)
        if g is not None and week_end is not None and seg is ctx:  # a dateline's own day is no week back
            g = digest.in_closed_week(hit, g, ctx, week_end)
        if g is not None:
            grounded.append((hit, g))
    kept = select(grounded, key_span=lambda x: (x[0].start, x[0].end), key_prio=lambda x: x[0].priority)
    kept = composed(regrounded(kept, ctx, sorted(items)), ctx)
    found = [to_timex(text, h.start, h.end, g) for h, g in kept]
    return Tagged(tuple(t for t in found if not _cue_only(text, t)), anchor, inferred,
                  tuple(t for t in found if _cue_only(text, t)))
