"""Fourteenth round: a length told in parts ("two hours, four minutes and 17 seconds"), a fraction of a second,
a clock time's zone written in words ("Pacific time"), and "until" a date with no past tense to place it
(sentences invented for the tests)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from footprint.dates import tag
from footprint.dates.tense import _UNTIL

# a Wednesday
DCT = "2011-03-02"


def found(text: str, dct: str = DCT) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag(text, dct).timexes]


@pytest.mark.parametrize("text, expected", [
    ("She won the marathon in two hours, 21 minutes and 5 seconds.",
     ("two hours, 21 minutes and 5 seconds", "DURATION", "PT2H21M5S")),
    ("He finished in 3 minutes, 31.4 seconds, a national record.", ("3 minutes, 31.4 seconds", "DURATION", "PT3M31.4S")),
    ("The hearing lasted two hours and 40 minutes.", ("two hours and 40 minutes", "DURATION", "PT2H40M")),
    ("The flight took an hour and 15 minutes.", ("an hour and 15 minutes", "DURATION", "PT1H15M")),
])
def test_a_length_told_in_parts_is_one_duration(text, expected):
    assert found(text) == [expected]


def test_a_fraction_of_a_second_is_written_as_a_decimal():
    assert found("The sprinter ran the heat in 10.87 seconds.") == [("10.87 seconds", "DURATION", "PT10.87S")]


def test_minutes_and_hours_of_different_things_stay_apart():
    # a count of minutes then a clock time: no length told in parts
    assert ("20 minutes", "DURATION", "PT20M") in found("Police arrived 20 minutes after the alarm, at 9 p.m. Monday.")


@pytest.mark.parametrize("text, expected", [
    ("The probe landed at 10:15 p.m. Pacific time on Sunday.", ("10:15 p.m. Pacific time", "TIME", "2011-02-27T22:15")),
    ("Trading halted at 2:30 p.m. Eastern Standard Time.", ("2:30 p.m. Eastern Standard Time", "TIME", "2011-03-02T14:30")),
])
def test_a_zone_written_in_words_stays_in_the_clock_span(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("text, value", [
    ("Lawmakers have until May 31 to agree on a budget.", "2011-05-31"),
    ("The fishing ban runs until Nov. 30, officials said.", "2011-11-30"),
])
def test_until_a_date_with_no_past_tense_looks_ahead(text, value):
    assert [v for _, _, v in found(text)] == [value]


def test_until_a_date_told_in_the_past_stays_past():
    assert [v for _, _, v in found("Lawmakers had until May 31 to agree on a budget.")] == ["2010-05-31"]


@pytest.mark.parametrize("text", [
    "The truce until May 31 collapsed, residents said.",
    "The curfew, in force until May 31, ended early.",
])
def test_until_with_no_verb_before_it_takes_the_past_verb_after_it(text):
    # no verb on the left to tell the end is still to come: the clause's own verb after the date places it
    assert [v for _, _, v in found(text)] == ["2010-05-31"]


@pytest.mark.parametrize("left, after_a_word", [
    ("lawmakers have until ", True), ("the ban, in force, until ", True), ("runs, until ", True), ("x" * 5000 + " until ", True),
    ("until ", False), (", until ", False), ("x" * 5000 + " until now ", False),
])
def test_until_counts_only_after_a_word(left, after_a_word):
    assert (_UNTIL.search(left) is not None) == after_a_word


def test_until_opening_the_clause_takes_the_tense_after_it():
    assert [v for _, _, v in found("Until May 31, officials had not named a suspect.")] == ["2010-05-31"]


@pytest.mark.parametrize("text, expected", [
    ("Sales in January fell 3 percent from the same month last year.", ("the same month last year", "DATE", "2010-01")),
    ("Exports in December rose from the same month a year earlier.", ("the same month a year earlier", "DATE", "2009-12")),
])
def test_the_same_month_last_year_is_one_timex_a_year_before(text, expected):
    assert expected in found(text)


def test_the_same_month_alone_is_still_the_month_told():
    assert ("the same month", "DATE", "2011-01") in found("Prices rose in January, and wages fell in the same month.")


@pytest.mark.parametrize("text, span, value", [
    ("A settlement is still months away, a mediator said.", "months", "PXM"),
    ("Repairs could take days, perhaps weeks, engineers said.", "weeks", "PXW"),
    ("The clean-up will last weeks, possibly months.", "months", "PXM"),
])
def test_a_bare_stretch_still_to_go_or_guessed_further_is_vague(text, span, value):
    assert (span, "DURATION", value) in found(text)


def test_a_distance_away_is_no_time():
    assert found("The village lies miles away, past the months-old checkpoint.") == []


def test_light_years_away_are_a_distance_not_a_time():
    assert found("The comet came from a cloud of ice thousands of light years away.") == []


@pytest.mark.parametrize("text, span", [
    ("Children read for 20 minutes each day at the school.", "20 minutes each day"),
    ("The clocks drift by about 40 minutes a day.", "about 40 minutes a day"),
])
def test_minutes_of_every_day_are_a_set_of_the_day(text, span):
    assert (span, "SET", "P1D") in found(text)


@pytest.mark.parametrize("text, expected", [
    # ISO 8601 lets only the last part carry a fraction: an earlier part's fraction moves into the next one
    ("The ferry crossing took 1.5 hours and 20 minutes.", ("1.5 hours and 20 minutes", "DURATION", "PT1H50M")),
    ("The diver stayed down 2.5 minutes, 10 seconds.", ("2.5 minutes, 10 seconds", "DURATION", "PT2M40S")),
    # a long count is written out in digits, never in exponent notation
    ("The archive holds 1250000 minutes and 30 seconds of tape.",
     ("1250000 minutes and 30 seconds", "DURATION", "PT1250000M30S")),
])
def test_a_length_in_parts_is_a_valid_iso_duration(text, expected):
    assert found(text) == [expected]


_ISO_TIME_LENGTH = re.compile(r"PT(?:\d+H)?(?:\d+M)?(?:\d+(?:\.\d+)?S)?|PT(?:\d+H)?\d+(?:\.\d+)?M|PT\d+(?:\.\d+)?H")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.integers(0, 10**9).map(str), st.sampled_from(["an", "two", "eleven"]),
                          st.decimals(0, 10**6, places=2).map(str)), min_size=3, max_size=3),
       st.booleans(), st.sampled_from([", ", " and ", ", and "]))
def test_every_length_in_parts_is_a_valid_iso_duration(nums, with_seconds, sep):
    h, m, s = nums
    text = f"It took {h} hours{sep}{m} minutes" + (f"{sep}{s} seconds" if with_seconds else "") + "."
    values = [v for _, kind, v in found(text) if kind == "DURATION"]
    assert values and all(_ISO_TIME_LENGTH.fullmatch(v) for v in values), (text, values)
