"""Dates that people type: ``--since 2024``, ``--until 2024-03``, ``?at=2024-03-05``.

One reading for every face (CLI options, web query parameters, ingest's
``--published``): ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` in ASCII digits with
nothing around them and, where a caller asks for it, an ISO datetime
(``YYYY-MM-DDTHH:MM[:SS[.ffffff]][Z|±HH:MM]``). A value covers an interval of
days: ``2024-03`` is 2024-03-01 to 2024-03-31, so ``--since 2024-03`` starts on
its first day and ``--until 2024-03`` ends on its last. Anything else raises
``InvalidDate`` naming the option and the value::

    --since: '2024-13-01' is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)

Lenient reading of dates found *in documents* (feeds, HTML metadata) is not
this module's job: that is ``footprint.ingest.base.parse_date``.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime

from .errors import InvalidDate

#: coarsest first; ``time`` is a datetime, accepted only where a caller asks for it
PRECISIONS = ("year", "month", "day")
FORMS = {"year": "YYYY", "month": "YYYY-MM", "day": "YYYY-MM-DD", "time": "YYYY-MM-DDTHH:MM[:SS][Z|±HH:MM]"}
#: the longest accepted value is a datetime with microseconds and an offset (32 characters)
MAX_LENGTH = 40
#: how much of a rejected value an error message repeats
SHOWN = 40

# [0-9], not \d: \d also matches other scripts' digits, which int() would quietly accept
_DATE = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")
_DATETIME = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]{1,6})?)?(?:Z|[+-][0-9]{2}:[0-9]{2})?"
)


@dataclass(frozen=True)
class UserDate:
    """The days a typed date covers, both included; ``moment`` is set for a datetime."""

    text: str
    first: date
    last: date
    precision: str  # year | month | day | time
    moment: datetime | None = None  # as written; timezone-aware when an offset was given

    @property
    def start(self) -> str:
        return self.first.isoformat()

    @property
    def end(self) -> str:
        return self.last.isoformat()


def parse(value: object, option: str, *, precisions: tuple[str, ...] = PRECISIONS,
          timestamps: bool = False) -> UserDate:
    """Read ``value`` as a date of one of ``precisions`` (or a datetime when ``timestamps``);
    ``option`` names where it came from (``--since``, ``since``) in the error."""
    expected = _expected(precisions, timestamps)
    if isinstance(value, datetime):  # a caller's own datetime (a subclass of date: test it first)
        value = value.isoformat() if timestamps else value.date().isoformat()
    elif isinstance(value, date):
        value = value.isoformat()
    if isinstance(value, (bytes, bytearray, memoryview)):
        raise InvalidDate(f"binary data is not a date ({expected})", source=option)
    if not isinstance(value, str):
        raise InvalidDate(f"a value of type {type(value).__name__} is not a date ({expected})", source=option)
    if not value:
        raise InvalidDate(f"a date is required ({expected})", source=option)
    if len(value) > MAX_LENGTH:
        raise InvalidDate(f"{_shown(value)} is not a date ({expected})", source=option)
    found = _read(value, timestamps)
    if found is None:
        raise InvalidDate(f"{_shown(value)} is not a date ({expected})", source=option)
    if found.precision != "time" and found.precision not in precisions:
        raise InvalidDate(f"{_shown(value)} names a {found.precision}; a more precise date is needed ({expected})",
                          source=option)
    return found


def bound(value: object, option: str, *, end: bool = False) -> str | None:
    """The first day (with ``end``: the last day) a typed date covers, as ISO; None when
    the option was not given. An empty string counts as not given: it is what a form's
    untouched field sends."""
    if value is None or value == "":
        return None
    found = parse(value, option)
    return found.end if end else found.start


def _read(value: str, timestamps: bool) -> UserDate | None:
    m = _DATE.fullmatch(value)
    if m:
        year, month, day = (int(g) if g else None for g in m.groups())
        try:
            if day is not None:
                first = last = date(year, month, day)
                return UserDate(value, first, last, "day")
            if month is not None:
                first = date(year, month, 1)
                return UserDate(value, first, first.replace(day=calendar.monthrange(year, month)[1]), "month")
            return UserDate(value, date(year, 1, 1), date(year, 12, 31), "year")
        except ValueError:  # month 13, 30 February, year 0000
            return None
    if timestamps and _DATETIME.fullmatch(value):
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:  # hour 25, 31 April
            return None
        return UserDate(value, moment.date(), moment.date(), "time", moment)
    return None


def _expected(precisions: tuple[str, ...], timestamps: bool) -> str:
    forms = [FORMS[p] for p in PRECISIONS if p in precisions] + ([FORMS["time"]] if timestamps else [])
    return "expected " + (", ".join(forms[:-1]) + " or " + forms[-1] if len(forms) > 1 else forms[0])


def _shown(value: str) -> str:
    """The value as an error repeats it: quoted, escaped, and cut when long."""
    if len(value) <= SHOWN:
        return repr(value)
    return f"{value[:SHOWN]!r}… ({len(value)} characters)"
