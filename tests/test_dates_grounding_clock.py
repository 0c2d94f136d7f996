"""Unit tests: a clock time takes the day written after it, across a parenthesis, a comma or "on"."""

from __future__ import annotations

import pytest

from footprint.dates import tag


def timex(text: str, span: str, dct: str = "2022-03-16"):
    found = [t for t in tag(text, dct).timexes if t.text == span]
    assert len(found) == 1, [(t.text, t.value) for t in tag(text, dct).timexes]
    return found[0]


# 2022-03-16 is a Wednesday.
@pytest.mark.parametrize("text,span,value", [
    # the conversion in parentheses, then the day
    ("The depot was hit at 6:20 a.m. (0520 GMT) Monday, officials said.", "6:20 a.m.", "2022-03-14T06:20"),
    # the day inside the parenthesis with the converted hour
    ("The convoy will set off at 5 in the morning (3 a.m. GMT Thursday), the governor said.", "5 in the morning",
     "2022-03-17T05:00"),
    # the parenthesis, a comma and "on"
    ("Shots were heard at 11 p.m. (2100 GMT), on Sunday, near the market.", "11 p.m.", "2022-03-13T23:00"),
    ("The curfew began at midnight (2300 GMT) Saturday.", "midnight", "2022-03-12T24:00"),
])
def test_clock_time_takes_the_day_after_it(text, span, value):
    t = timex(text, span)
    assert t.value == value
    assert t.interval_start == t.interval_end == value[:10]


@pytest.mark.parametrize("text,span,value", [
    # no day after it: the report day
    ("The blast came at 6:20 a.m., witnesses said.", "6:20 a.m.", "2022-03-16T06:20"),
    # a day further on, after other words, is not the clock time's
    ("The blast came at 6:20 a.m. and the army arrived on Monday.", "6:20 a.m.", "2022-03-16T06:20"),
    # a day of its own, joined by the grammar, stays
    ("Talks will open at 9 a.m. Friday.", "9 a.m. Friday", "2022-03-18T09:00"),
    # a year or a month is no day to put a clock time on
    ("Fighting resumed at 4 p.m. (1400 GMT) in March 2021.", "4 p.m.", "2022-03-16T16:00"),
])
def test_clock_time_without_a_day_after_it(text, span, value):
    assert timex(text, span).value == value


def test_clock_time_with_no_report_date_takes_a_written_day():
    t = timex("The raid started at 3 a.m. (0100 GMT) on March 2, 2021.", "3 a.m.", dct=None)
    assert t.value == "2021-03-02T03:00"


def test_a_long_gap_of_spaces_before_a_word_is_no_join_and_is_read_once():
    # hostile spacing: a long run of spaces, then a word, then a day (backtracked for minutes before)
    text = "The depot was hit at 6:20 a.m." + " " * 100_000 + "x Monday, officials said."
    t = timex(text, "6:20 a.m.")
    assert t.value == "2022-03-16T06:20"
