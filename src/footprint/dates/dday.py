"""Military day counts: "D+3", "D-1" count days from the day a text calls D-Day.

"by D+3" names a day only when the text states its D-Day ("the operation, which the statement called D-Day,
began on 31 January"): a day-precise date in the sentence of the first "D-Day" is the count's origin. With
none stated, or several days in that sentence to choose from, the count is no timex. "H-hour", "H+6" are
hours of a day never stated as a clock time: never tagged.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .resolve import KINDS, Grounded, _grounded

#: "D-Day is set for 6 June", "called D-Day, began on 31 January", "D-day for the vote": the origin of the count
#: stated; before a noun ("the D-Day landings of 1944") it names no day of this text. Looked for once per text,
#: at its first count.
DDAY = re.compile(r"\bD[- ]?[Dd]ay\b(?=\s*(?:[,.;:()—–]|$|(?:is|was|will|would|has|had|for|of|falls|fell|came|comes)\b))")
_DAY = re.compile(r"^\d{4}-\d\d-\d\d$")


def _k_dday(hit, g, ctx):
    n = int(g["n"]) * (1 if g["sign"] == "+" else -1)
    # no day yet: ``regrounded`` puts it on the stated D-Day or drops it
    return Grounded("DATE", "XXXX-XX-XX", None, None, "day", "dct", False, None, ("dday", n))


def origin(kept: list, ctx) -> date | None:
    """The day the text calls D-Day: the one day-precise date in the sentence of its first mention."""
    m = DDAY.search(ctx.text)
    if m is None:
        return None
    s = ctx.sentence_index(m.start())
    days = {g.value for h, g in kept if g.type == "DATE" and _DAY.match(g.value) and g.refop is None
            and ctx.sentence_index(h.start) == s}
    return date.fromisoformat(days.pop()) if len(days) == 1 else None


def counted(g: Grounded, day: date | None) -> Grounded | None:
    """"D+3" on the D-Day ``day``: that day three days on; None when no D-Day is stated."""
    if day is None:
        return None
    return _grounded((day + timedelta(days=g.refop[1])).isoformat(), anchor="previous")


KINDS["dday"] = _k_dday
