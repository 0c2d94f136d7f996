"""A year-less month followed by "that year" or "of the same year" dates an event in the year the text told
last, not in the report's year; the month alone, or with a year of its own, keeps its own reading. Invented
sentences; no parse (the text rules)."""

from __future__ import annotations

import pytest

from footprint.dates import date_event, tag

DCT = "2025-11-20"


def dated(text: str, trigger: str, sentence: str):
    timexes = list(tag(text, DCT).timexes)
    s = text.index(sentence)
    i = text.index(trigger, s)
    return date_event(text, timexes, {"dct": DCT}, s, s + len(sentence), i, i + len(trigger))


@pytest.mark.parametrize("tail", ["In March that year", "In March of that year", "In March the same year"])
def test_month_that_year_is_in_the_year_told_last(tail):
    second = f"{tail}, militiamen burned a market in Djibo."
    text = f"The insurgency spread to the north in 2016. {second}"
    chosen, background = dated(text, "burned", second)
    assert (chosen.start, chosen.end) == ("2016-03-01", "2016-03-31"), chosen
    assert background is True


def test_a_month_with_no_year_after_it_keeps_the_report_year():
    second = "In March, militiamen burned a market in Djibo."
    text = f"The insurgency spread to the north in 2016. {second}"
    chosen, _ = dated(text, "burned", second)
    assert chosen.start == "2025-03-01", chosen


def test_a_decade_told_last_gives_no_year():
    second = "In March that year, militiamen burned a market in Djibo."
    text = f"The region has been fought over since the 1990s. {second}"
    chosen, _ = dated(text, "burned", second)
    assert not (chosen.start or "").startswith("199"), chosen
