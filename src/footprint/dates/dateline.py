"""Datelines: the place and day a report was filed, which relative dates after it count from.

"GOMA, Congo, May 15 (Reuters) — … attacked on Tuesday …": the writer's
"Tuesday" is the one before May 15, whatever day the page was published. A
dateline opens a line: a place (with its country or region), a day, an optional
agency, then a dash (``footprint.dateline`` has the full shape). A feed item may hold
several reports, each under its own dateline: each governs the text up to the
next one. A dateline day with no year takes the publication year, and is never
after publication (a "Dec. 30" dateline on a page published on 2 January is
the December before).

Which text is a dateline is read by ``footprint.dateline``, the one reader the places and attribution stages
use too; this module keeps what is the dates stage's own: which of the tagger's hits is a dateline's day, and
which day it names.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from ..dateline import dateline_at

#: Grammar kinds that can name a dateline's day.
DAY_KINDS = frozenset({"md", "mdy", "dmy", "dm", "iso"})
_DAY = re.compile(r"^(\d{4})-(\d\d)-(\d\d)$")


#: a bracket holding only a weekday where a dateline names its agency: "GAO (Monday) —", a bulletin's day
_WEEKDAY_BRACKET = re.compile(r"(?i)^\(\s*(?:mon|tues|wednes|thurs|fri|satur|sun)day\s*\)$")


def at_dateline(cut: Callable[[int, int], str], start: int, end: int) -> bool:
    """``start:end`` (a date) is the day of a dateline (``footprint.dateline``), or the weekday a dateline
    gives in brackets where an agency would go ("GAO (Monday) —")."""
    found = dateline_at(cut, start, end)
    if found is None:
        return False
    return found.on_date(start, end) or weekday_bracket(cut, found, start, end)


def weekday_bracket(cut: Callable[[int, int], str], found, start: int, end: int) -> bool:
    """``start:end`` lies in the bracket of dateline ``found`` and that bracket holds a weekday only."""
    a = found.agency
    return a is not None and a[0] <= start and end <= a[1] and bool(_WEEKDAY_BRACKET.match(cut(a[0], a[1])))


def filing_day(value: str, has_year: bool, published: date) -> date | None:
    """The day a dateline names: its own year when written, else the publication year, moved a year back when
    that would put it after publication. None when ``value`` is no day or the day is after publication."""
    m = _DAY.match(value)
    if not m:
        return None
    month, day = int(m.group(2)), int(m.group(3))
    year = int(m.group(1)) if has_year else published.year
    try:
        d = date(year, month, day)
        if d > published and not has_year:
            d = date(year - 1, month, day)  # the last such day before publication
    except ValueError:  # 29 February of a common year
        return None
    return d if d <= published else None
