"""Ninth round: stretches counted with "straight"/"consecutive", hours of every day, rates of things whose plural
has no "s" or whose unit is written short, and a state after a linking verb that is no past verb (sentences
invented for the tests)."""

from __future__ import annotations

import pytest

from footprint.dates import tag

# a Friday
DCT = "2019-11-08"


def found(text: str, dct: str = DCT) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag(text, dct).timexes]


@pytest.mark.parametrize("text, expected", [
    ("Fuel prices have risen for five straight weeks.", ("five straight weeks", "DURATION", "P5W")),
    ("The index fell for three consecutive months.", ("three consecutive months", "DURATION", "P3M")),
    ("It was the driest spell in 14 successive days of records.", ("14 successive days", "DURATION", "P14D")),
])
def test_a_count_of_units_in_a_row_is_one_stretch(text, expected):
    assert expected in found(text)


def test_straight_alone_is_no_time():
    assert found("She walked straight home and stayed a consecutive winner.") == []


@pytest.mark.parametrize("text, span", [
    ("Nurses worked 14 hours a day during the outbreak.", "14 hours a day"),
    ("The pumps run eight hours per day in the dry months.", "eight hours per day"),
])
def test_hours_of_every_day_are_a_set_of_the_day(text, span):
    assert (span, "SET", "P1D") in found(text)


def test_a_length_in_hours_alone_stays_a_duration():
    assert found("The talks lasted 14 hours. A day later they resumed.")[0] == ("14 hours", "DURATION", "PT14H")


@pytest.mark.parametrize("text, span, value", [
    ("The camps took in 3,000 people a day at the height of the crisis.", "a day", "P1D"),
    ("Snow fell at 20 cm an hour on the pass.", "an hour", "PT1H"),
    ("The line carries 900 children a week to the island school.", "a week", "P1W"),
])
def test_a_rate_of_things_without_a_plural_s_is_a_set(text, span, value):
    assert (span, "SET", value) in found(text)


def test_a_length_after_an_uncounted_noun_with_no_count_stays_a_duration():
    # no count before the noun: "people" alone makes no rate
    assert ("a year", "DURATION", "P1Y") in found("Most people waited a year for the permit.")


@pytest.mark.parametrize("text, span, value", [
    ("The border crossing will stay closed until Monday, officials said.", "Monday", "2019-11-11"),
    ("Banks will remain closed until Tuesday after the storm.", "Tuesday", "2019-11-12"),
])
def test_a_state_after_a_linking_verb_keeps_the_future(text, span, value):
    assert (span, "DATE", value) in found(text)


def test_a_linking_verb_told_in_the_past_keeps_the_past():
    assert ("Monday", "DATE", "2019-11-04") in found("The crossing stayed closed until Monday.")


@pytest.mark.parametrize("text", ["", "\x00\x01 stay closed until", "hours a day " * 200, "12 hours a day a day a day"])
def test_odd_text_does_not_break_the_new_rules(text):
    assert isinstance(found(text), list)
