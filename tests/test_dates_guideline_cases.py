"""Weekday lists with a plural part of the day, "a year or two", millennia and a run of seasons, read by the
TIMEX3 guidelines (invented sentences)."""

from __future__ import annotations

from footprint.dates import tag


def timexes(text: str, dct: str):
    return {t.text: t for t in tag(text, dct).timexes}


def test_each_weekday_of_a_list_with_a_plural_part_of_the_day_is_a_set():
    ts = timexes("The clinic stays open late on Wednesday and Thursday nights until June.", "2021-05-12")
    assert (ts["Wednesday"].type, ts["Wednesday"].value) == ("SET", "XXXX-WXX-3TNI")
    assert (ts["Thursday nights"].type, ts["Thursday nights"].value) == ("SET", "XXXX-WXX-4TNI")


def test_a_longer_weekday_list_with_or():
    ts = timexes("Buses run Friday, Saturday or Sunday mornings.", "2021-05-12")
    assert ts["Friday"].value == "XXXX-WXX-5TMO" and ts["Saturday"].value == "XXXX-WXX-6TMO"


def test_a_weekday_before_another_day_with_a_singular_part_stays_a_date():
    ts = timexes("The army withdrew on Monday and Tuesday.", "2021-05-12")
    assert (ts["Monday"].type, ts["Monday"].value) == ("DATE", "2021-05-10")
    ts = timexes("Talks stalled on Monday and resumed Tuesday night.", "2021-05-12")
    assert ts["Monday"].type == "DATE"


def test_in_a_year_or_two_ahead_is_a_future_time():
    ts = timexes("The new dam should water the whole valley in a year or two.", "2020-02-01")
    assert (ts["a year or two"].type, ts["a year or two"].value) == ("DATE", "FUTURE_REF")


def test_a_month_or_two_as_a_length_is_the_one_unit():
    ts = timexes("The repairs could take a month or two.", "2020-02-01")
    assert (ts["a month or two"].type, ts["a month or two"].value) == ("DURATION", "P1M")


def test_in_a_week_or_two_told_in_the_past_is_a_length():
    ts = timexes("The road was rebuilt in a week or two.", "2020-02-01")
    assert ts["a week or two"].type == "DURATION"


def test_thousands_of_years_are_millennia():
    ts = timexes("The wells have served the oasis for more than three thousand years.", "2020-02-01")
    t = ts["more than three thousand years"]
    assert (t.type, t.value, t.mod) == ("DURATION", "P3L", "MORE_THAN")


def test_thousand_years_counted_back_are_no_length():
    ts = timexes("The wall was built three thousand years ago.", "2020-02-01")
    assert "three thousand years" not in ts


def test_a_run_of_summers_is_a_set_of_summers():
    ts = timexes("Fires have swept the hills for the past three summers.", "2020-02-01")
    assert (ts["the past three summers"].type, ts["the past three summers"].value) == ("SET", "XXXX-SU")
    ts = timexes("Floods hit the delta in the last two winters.", "2020-02-01")
    assert ts["the last two winters"].value == "XXXX-WI"
