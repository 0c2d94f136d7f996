"""A weekly summary's weekdays: "the week in brief" published on a Tuesday tells of the week just closed.

A report whose title calls it a week's summary ("…, the week in brief", "Sahel Security Weekly: …", "weekly
round-up") and that comes out early in the next week (Monday to Wednesday, ``LATEST_WEEKDAY``) covers the
Monday-to-Sunday week before: a weekday told in the past is a day of that week ("attacked the barracks on
Tuesday" in Wednesday's summary is last week's Tuesday, not yesterday). Later in the week a summary is as
likely of the week in course, and the weekday keeps its plain reading.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date, timedelta

from .resolve import Grounded

#: the last weekday of publication (Monday 0) at which a weekly summary still covers the week before
LATEST_WEEKDAY = 2
#: "the week in brief", "week in review", "… Weekly: 3-9 November", "weekly round-up"; not "weekly market"
WEEKLY_TITLE = re.compile(
    r"(?i)\bthe\s+week\s+in\b|\bweek\s+in\s+review\b|\bweek\s+that\s+was\b"
    r"|\bweekly(?=\s*(?:$|[:|,–—-])|\s+(?:summary|digest|round-?up|review|brief(?:ing)?|update|bulletin|wrap)\b)")


def closed_week_end(title: str | None, anchor: date | None) -> date | None:
    """The Sunday that ends the week a weekly summary covers, or None when the report is none."""
    if not title or anchor is None or anchor.weekday() > LATEST_WEEKDAY or not WEEKLY_TITLE.search(title):
        return None
    return anchor - timedelta(days=anchor.weekday() + 1)


def in_closed_week(hit, g: Grounded, ctx, week_end: date) -> Grounded:
    """A bare weekday past ``week_end`` and not told as still to come, a week back."""
    if hit.kind != "weekday" or g.anchor != "dct" or g.refop is not None or g.start is None or g.start <= week_end:
        return g
    if hit.groups.get("wrel") or ctx.tense(hit.start, hit.end) == "future":
        return g  # "last Tuesday", "next Monday" say which; "talks resume on Tuesday" is ahead
    day = g.start - timedelta(days=7)
    return dataclasses.replace(g, value=day.isoformat() + g.value[10:], start=day, end=day)
