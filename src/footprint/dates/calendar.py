"""Calendar arithmetic on TIMEX3 values: value -> inclusive interval, shifts, modifiers."""

from __future__ import annotations

import calendar as _cal
import re
from datetime import date, timedelta

from .lexicon import SEASON_MONTHS


def month_end(y: int, m: int) -> date:
    return date(y, m, _cal.monthrange(y, m)[1])


def add_months(d: date, n: int) -> date:
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    if not 1 <= y <= 9999:
        raise ValueError("year out of range")
    return date(y, m, min(d.day, _cal.monthrange(y, m)[1]))


def shift(d: date, n: float, unit: str) -> date:
    """``d`` moved by ``n`` units (letters of a TIMEX3 duration)."""
    if unit in ("D",):
        return d + timedelta(days=round(n))
    if unit in ("W", "WE"):
        return d + timedelta(days=round(7 * n))
    if unit == "M":
        return add_months(d, round(n))
    if unit == "Q":
        return add_months(d, round(3 * n))
    if unit == "Y":
        return add_months(d, round(12 * n))
    if unit == "DE":
        return add_months(d, round(120 * n))
    if unit == "CE":
        return add_months(d, round(1200 * n))
    return d  # hours, minutes: the day does not move at day precision


def iso_week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def quarter_of(d: date) -> int:
    return (d.month - 1) // 3 + 1


_RX = [
    (re.compile(r"^(\d{4})-(\d\d)-(\d\d)(?:T.*)?$"), "day"),
    (re.compile(r"^(\d{4})-W(\d\d)(-WE)?$"), "week"),
    (re.compile(r"^(\d{4})-(\d\d)$"), "month"),
    (re.compile(r"^(\d{4})-Q([1-4])$"), "quarter"),
    (re.compile(r"^(\d{4})-H([12])$"), "half"),
    (re.compile(r"^(\d{4})-(SP|SU|FA|WI)$"), "season"),
    (re.compile(r"^(\d{4})$"), "year"),
    (re.compile(r"^(\d{3})$"), "decade"),
    (re.compile(r"^(\d{2})$"), "century"),
]


def value_interval(value: str) -> tuple[date, date, str] | None:
    """The inclusive day interval a fully specified DATE/TIME value covers, with its precision."""
    for rx, kind in _RX:
        m = rx.match(value)
        if not m:
            continue
        try:
            y = int(m.group(1))
            if kind == "day":
                d = date(y, int(m.group(2)), int(m.group(3)))
                return d, d, "day"
            if kind == "week":
                start = date.fromisocalendar(y, int(m.group(2)), 1)
                if m.group(3):
                    return start + timedelta(days=5), start + timedelta(days=6), "week"
                return start, start + timedelta(days=6), "week"
            if kind == "month":
                mo = int(m.group(2))
                return date(y, mo, 1), month_end(y, mo), "month"
            if kind == "quarter":
                q = int(m.group(2))
                return date(y, 3 * q - 2, 1), month_end(y, 3 * q), "quarter"
            if kind == "half":
                h = int(m.group(2))
                return date(y, 6 * h - 5, 1), month_end(y, 6 * h), "half"
            if kind == "season":
                first, last = SEASON_MONTHS[m.group(2)]
                if first > last:  # winter: December of y to February of y+1
                    return date(y, first, 1), month_end(y + 1, last), "season"
                return date(y, first, 1), month_end(y, last), "season"
            if kind == "year":
                return date(y, 1, 1), date(y, 12, 31), "year"
            if kind == "decade":
                return date(y * 10, 1, 1), date(y * 10 + 9, 12, 31), "decade"
            if kind == "century":
                return date(max(1, y * 100), 1, 1), date(y * 100 + 99, 12, 31), "century"
        except ValueError:
            return None
    return None


def narrow(start: date, end: date, mod: str | None) -> tuple[date, date]:
    """Early/mid/late: the first, middle or last third of an interval.

    A year splits by months (early = January–April, mid = May–August,
    late = September–December); shorter and longer spans split by days.
    """
    if mod not in ("START", "MID", "END"):
        return start, end
    if start.month == 1 and start.day == 1 and end.month == 12 and end.day == 31 and start.year == end.year:
        a, b = {"START": (1, 4), "MID": (5, 8), "END": (9, 12)}[mod]
        return date(start.year, a, 1), month_end(start.year, b)
    days = (end - start).days + 1
    third = days // 3
    if third < 1:
        return start, end
    if mod == "START":
        return start, start + timedelta(days=third - 1)
    if mod == "MID":
        return start + timedelta(days=third), end - timedelta(days=third)
    return end - timedelta(days=third - 1), end
