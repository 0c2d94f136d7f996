"""The date of one event, from the timexes around its trigger.

Rule (docs/time.md):

1. Own clause: a DATE/TIME timex in the event's sentence, in the same clause
   as the trigger (no ";" or sentence-internal clause break between them),
   the one closest to the trigger; failing that, any in the sentence.
2. Governing date: the nearest DATE timex in the two preceding sentences of
   the same paragraph, at most ``GOVERNING_CHARS`` back (a narrative keeps its
   date until a new one is given).
3. Report date: an event told in the present or present perfect is dated to
   the report date ("day" when the date is known, else unknown precision);
   any other event is "on or before the report date" (open start, precision
   "unknown").

``background`` is True when the chosen date ends more than
``BACKGROUND_DAYS`` before the report date, or when the trigger sits in a
context phrase ("following the 2020 coup", "since the collapse of …",
"after the coup") while the sentence's main news is elsewhere.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from ..model import EventDate, Timex

BACKGROUND_DAYS = 120

_CONTEXT_LEAD = re.compile(
    r"(?i)\b(?:following|after|since|amid|despite|before|in\s+the\s+wake\s+of|on\s+the\s+heels\s+of|"
    r"against\s+the\s+backdrop\s+of|as\s+a\s+result\s+of|after)\s+(?:the|a|an|its|their|his|her|last\s+\w+'s)?\s*(?:[\w'’-]+\s+){0,4}$"
)
_PRESENT = re.compile(r"(?i)\b(?:is|are|has|have|continues?|remains?|now|currently|ongoing|still)\b")
_CLAUSE_BREAK = re.compile(r"[;:]|\s[-–—]\s|\bwhile\b|\bwhereas\b")
_PARA = re.compile(r"\n\s*\n")


def _usable(t: Timex) -> bool:
    return t.type in ("DATE", "TIME") and (t.interval_start is not None or t.interval_end is not None) and t.value not in ("PRESENT_REF", "FUTURE_REF")


def _distance(t: Timex, s: int, e: int) -> int:
    if t.end <= s:
        return s - t.end
    if t.start >= e:
        return t.start - e
    return 0


def _dct(doc_meta: dict) -> date | None:
    v = doc_meta.get("dct") or (doc_meta.get("dct_inferred") or {}).get("value")
    try:
        return date.fromisoformat(v[:10]) if v else None
    except (TypeError, ValueError):
        return None


def _from_timex(t: Timex, reason: str) -> EventDate:
    return EventDate(start=t.interval_start, end=t.interval_end, precision=t.precision, text=t.text, value=t.value,
                     span_start=t.start, span_end=t.end, reason=reason)


#: How far back (characters) a governing date is looked for; two sentences rarely span more.
GOVERNING_CHARS = 2000


def date_event(text: str, timexes: list[Timex], meta: dict, sent_start: int, sent_end: int,
               trigger_start: int, trigger_end: int) -> tuple[EventDate | None, bool]:
    """``event_date`` on plain data (text, timexes, metadata), for callers without a Doc."""
    return date_event_cut(lambda a, b: text[a:b], timexes, meta, sent_start, sent_end, trigger_start, trigger_end)


def date_event_cut(cut: Callable[[int, int], str], timexes: list[Timex], meta: dict, sent_start: int, sent_end: int,
                   trigger_start: int, trigger_end: int) -> tuple[EventDate | None, bool]:
    """``date_event`` reading the text only through ``cut(start, end)``: a Doc need not rebuild its whole text."""
    dct = _dct(meta)
    inside = [t for t in timexes if sent_start <= t.start and t.end <= sent_end and _usable(t)]
    chosen: EventDate | None = None
    picked: Timex | None = None
    if inside:
        same_clause = []
        for t in inside:
            lo, hi = sorted((min(t.end, trigger_start), max(t.start, trigger_end)))
            if not _CLAUSE_BREAK.search(cut(lo, hi)):
                same_clause.append(t)
        pool = same_clause or inside
        picked = min(pool, key=lambda t: _distance(t, trigger_start, trigger_end))
        chosen = _from_timex(picked, "own clause" if same_clause else "own sentence")
    if chosen is None:
        prev = [t for t in timexes if t.end <= sent_start and _usable(t) and t.type == "DATE"]
        # only the two sentences before, in the same paragraph: a date further back no longer governs
        if prev and sent_start - prev[-1].end <= GOVERNING_CHARS:
            window = cut(prev[-1].end, sent_start)
            if not _PARA.search(window) and len(re.findall(r"[.!?](?:\s|$)", window)) <= 2:
                picked = prev[-1]
                chosen = _from_timex(picked, "governing date in preceding context")
    background = False
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
    if _CONTEXT_LEAD.search(cut(max(sent_start, trigger_start - 60), trigger_start)):
        before_trigger = cut(sent_start, trigger_start)
        if re.search(r"\b(?:has|have|had|was|were|is|are)\b|\w+ed\b", before_trigger):
            background = True
    if background:
        chosen = EventDate(**{**chosen.__dict__, "reason": chosen.reason + "; background: told as context before the report's news"})
    return chosen, background
