"""Datelines: where (and often when, and through which agency) a report was filed.

"GOMA, Congo, May 15 (Reuters) — …", "KYIV (AP) — …", "Bamako, 3 March 2024 – …", "YEREVAN — …". This is
the one reader of them; three stages use what it finds:

* dates (``dates/dateline.py``, ``dates/events.py``): the day of a dateline is when the report was filed;
  relative dates after it count from it, and it dates no event;
* places (``places/locate.py``, ``places/reference.py``): the filing place locates an event only when its
  sentence tells no other place, and a part of town told with no town is a part of the filing town;
* attribution (``attribution/speakers.py``): a dateline is never the subject of "said".

It lives at the top of the package, beside ``clauses.py``, because no one stage owns it.

A dateline starts a line (a feed item or a bulletin may hold several, each opening its own item). It is a
place (with up to two regions or a country after commas), then optionally a day after a comma, then
optionally an agency in brackets, then a dash. The place is in capitals, as wire copy writes it; a place in
ordinary case ("Bamako, 3 March –") counts only with a day, an agency or a country after it, and when a
sentence starts after the dash: "Goita — who took power in 2021 — said" is a name, not a dateline. A hyphen
counts as the dash only with a space after it ("KYIV (AP) - "), so "GAO-based" never does.

Two towns in capitals joined by a slash ("KADUGLI / NAIROBI —", "GOMA/KINSHASA, DR Congo —") are where the
reporter is and the desk that filed: the first is the town, and both lie in the place, so neither locates an
event that its sentence places elsewhere.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from .errors import InputError

_MONTH = (r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
          r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
# The same weekday pattern as dates.lexicon.WEEKDAY_ANYCASE (a test holds them equal); not imported from there,
# because importing footprint.dates loads its package (spaCy, and dates.dateline, which imports this module).
_WEEKDAY = r"(?i:mon|tues|wednes|thurs|fri|satur|sun)day,?[ \t]+"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[6-9]\d\d|20\d\d)"
#: "May 15", "Dec. 30, 2024", "3 March 2024", "Monday, May 15", "2024-05-15"
DATE = (rf"(?:{_WEEKDAY})?(?:{_MONTH}[ \t]*{_DAY}(?:,?[ \t]+{_YEAR})?|{_DAY}[ \t]+{_MONTH}(?:,?[ \t]+{_YEAR})?"
        rf"|{_YEAR}-[01]\d-[0-3]\d)(?![\w-])")
_WORD = r"[^\W\d_][\w'’.]*"
_NAME = rf"{_WORD}(?:[ \-]{_WORD}){{0,5}}"
_LINE = re.compile(
    rf"^[ \t]*(?P<place>{_NAME})"
    rf"(?P<desk>[ \t]*/[ \t]*{_NAME})?"
    rf"(?P<regions>(?:,[ \t]*(?!{DATE}){_NAME}){{0,2}})"
    rf"(?:,[ \t]*(?P<date>{DATE}))?"
    r"[ \t]*(?P<agency>\([^()\n]{1,40}\))?"
    r"[ \t]*(?P<dash>—|–|--?(?=[ \t]))[ \t]*",
    re.M,
)
#: what a sentence opening after an ordinary-case place's dash starts with
_SENTENCE_START = re.compile(r"[\"“‘'(]?[^\W\d_a-z]|[\"“‘'(]?\d")
MAX_PLACE = 40


@dataclass(frozen=True)
class Dateline:
    """Character offsets of a dateline: the whole of it (through the dash and the spaces after it), its place
    ("GOMA, Congo": the town with its regions), the town alone, its day and its agency (None when absent)."""

    start: int
    end: int
    place: tuple[int, int]
    town: tuple[int, int]
    date: tuple[int, int] | None = None
    agency: tuple[int, int] | None = None
    #: the desk's town after a slash ("KADUGLI / NAIROBI —"): where the report was sent from, no event's place
    desk: tuple[int, int] | None = None

    def at_desk(self, start: int, end: int) -> bool:
        """``start:end`` lies in the desk's town of a slash-joined dateline."""
        return self.desk is not None and self.desk[0] <= start and end <= self.desk[1]

    def holds(self, start: int, end: int) -> bool:
        """``start:end`` lies in the dateline, before the text it opens."""
        return self.start <= start and end <= self.end

    def in_place(self, start: int, end: int) -> bool:
        """``start:end`` lies in the dateline's place part."""
        return self.place[0] <= start and end <= self.place[1]

    def on_date(self, start: int, end: int) -> bool:
        """``start:end`` overlaps the dateline's day."""
        return self.date is not None and start < self.date[1] and self.date[0] < end


def _capitals(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _read(m: re.Match, text: str) -> Dateline | None:
    town = m.group("place")
    if len(town) > MAX_PLACE:
        return None
    desk = m.group("desk")
    if desk and not (_capitals(town) and _capitals(desk) and len(desk) <= MAX_PLACE + 3):
        return None  # only wire copy pairs two towns; "Goita/Traore —" is anything but a dateline
    regions = [r.strip() for r in m.group("regions").split(",") if r.strip()]
    if any(not r[0].isupper() for r in regions):
        return None  # "GAO, the main town —": a clause, not a country
    if not _capitals(town):
        # an ordinary-case name and a dash is as often a person or an aside as a filing place
        if not all(w[0].isupper() for w in re.split(r"[ \-]", town)):
            return None
        if not (m.group("date") or m.group("agency") or regions):
            return None
        if not _SENTENCE_START.match(text, m.end()):
            return None
    date = (m.start("date"), m.end("date")) if m.group("date") else None
    agency = (m.start("agency"), m.end("agency")) if m.group("agency") else None
    place_end = m.end("regions") if regions else m.end("desk") if desk else m.end("place")
    desk_span = None
    if desk:
        lead = len(desk) - len(desk.lstrip(" \t/"))
        desk_span = (m.start("desk") + lead, m.end("desk"))
    return Dateline(m.start("place"), m.end(), (m.start("place"), place_end), (m.start("place"), m.end("place")),
                    date, agency, desk_span)


def datelines(text: str) -> tuple[Dateline, ...]:
    """Every dateline of ``text`` in text order (a feed item or bulletin may hold several). Cached per text: the
    stages that ask about one document share one reading."""
    if not isinstance(text, str):
        raise InputError(f"a dateline is read from text, not {type(text).__name__}", source="dateline")
    return _datelines(text)


@lru_cache(maxsize=16)
def _datelines(text: str) -> tuple[Dateline, ...]:
    out = []
    for m in _LINE.finditer(text):
        d = _read(m, text)
        if d is not None:
            out.append(d)
    return tuple(out)


def opening(text: str) -> Dateline | None:
    """The dateline that opens ``text`` (nothing but blank space before it: a title or metadata the reader blanked
    counts as blank), the report's own; None when the text opens otherwise."""
    found = datelines(text)
    if found and not text[: found[0].start].strip():
        return found[0]
    return None


def governing(text: str, pos: int) -> Dateline | None:
    """The last dateline that starts before ``pos``: the one whose item ``pos`` is in."""
    last = None
    for d in datelines(text):
        if d.start >= pos:
            break
        last = d
    return last


#: how far back a line that opens with a dateline may start before a position in it
REACH = 200


def dateline_at(cut: Callable[[int, int], str], start: int, end: int) -> Dateline | None:
    """The dateline whose line holds ``start:end``, reading only the text around it through ``cut(a, b)`` (a Doc
    need not rebuild its whole text); offsets are the text's. None when that line opens with no dateline, or
    when the line starts further back than any dateline reaches."""
    lo = max(0, start - REACH)
    before = cut(lo, start)
    nl = before.rfind("\n")
    if nl < 0 and lo > 0:
        return None
    line_start = lo + nl + 1
    line = cut(line_start, end + REACH)
    m = _LINE.match(line)
    if m is None:
        return None
    d = _read(m, line)
    if d is None:
        return None
    shift = line_start

    def moved(span: tuple[int, int] | None) -> tuple[int, int] | None:
        return None if span is None else (span[0] + shift, span[1] + shift)

    return Dateline(d.start + shift, d.end + shift, moved(d.place), moved(d.town), moved(d.date), moved(d.agency),
                    moved(d.desk))
