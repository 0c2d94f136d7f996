"""General news beyond conflict reports: counted steps at their unit's precision, rates of days, seasons
that recur, comparisons "earlier than", lengths that are no rates (invented sentences)."""

from __future__ import annotations

from footprint.dates import tag


def timexes(text: str, dct: str):
    return {t.text: t for t in tag(text, dct).timexes}


# --- a counted step names the period of its unit --------------------------------------------------

def test_weeks_later_after_a_day_is_that_week_with_the_day_as_interval():
    text = "The probe's tank cracked on Sept. 12. Two weeks later a new one was ordered."
    t = timexes(text, "2023-12-05")["Two weeks later"]
    assert (t.type, t.value) == ("DATE", "2023-W39")
    assert (t.interval_start, t.interval_end) == ("2023-09-26", "2023-09-26")


def test_a_month_later_after_a_day_is_the_month_and_the_story_moves_to_its_day():
    text = "The plan was presented on Sept. 24. A month later a committee cut it. The next day it was debated."
    tx = timexes(text, "2025-11-18")
    assert tx["A month later"].value == "2025-10"
    assert tx["The next day"].value == "2025-10-25"


def test_days_later_keeps_the_gap_as_timebank_types_it():
    text = "The trial opened on March 3. Two days later the defence asked for a move."
    t = timexes(text, "2023-06-14")["Two days later"]
    assert (t.type, t.value, t.interval_start) == ("DURATION", "P2D", "2023-03-05")


def test_a_year_after_a_day_stays_a_day():
    text = "The dam burst on Aug. 8, 2019. A year later the valley was still empty."
    assert timexes(text, "2024-01-10")["A year later"].value == "2020-08-08"


# --- sets ----------------------------------------------------------------------------------------

def test_days_a_week_is_a_set_of_the_week():
    t = timexes("The crew worked seven days a week to finish.", "2025-03-04")["seven days a week"]
    assert (t.type, t.value) == ("SET", "P1W")
    assert timexes("The bakery opens six days a week.", "2025-03-04")["six days a week"].type == "SET"


def test_hours_a_day_is_one_set_of_the_day():
    # no rate of things, but hours of every day: one SET, as "six days a week" is of the week
    tx = timexes("The clinic runs 24 hours a day.", "2025-03-04")
    assert "24 hours" not in tx and (tx["24 hours a day"].type, tx["24 hours a day"].value) == ("SET", "P1D")


def test_every_summer_is_a_set_of_the_season():
    t = timexes("The fair has been held every summer since 1950.", "2024-07-02")["every summer"]
    assert (t.type, t.value) == ("SET", "XXXX-SU")
    assert timexes("Snow falls each winter.", "2024-07-02")["each winter"].value == "XXXX-WI"


# --- lengths that are no rates or steps ----------------------------------------------------------

def test_a_modified_year_after_a_day_of_the_month_is_a_length():
    text = "The vote is set for April 12, more than a year before the term ends."
    t = timexes(text, "2026-02-10")["more than a year"]
    assert (t.type, t.value, t.mod) == ("DURATION", "P1Y", "MORE_THAN")
    # a price per day is still a rate
    assert timexes("Workers earn $3 a day.", "2026-02-10")["a day"].type == "SET"


def test_earlier_than_compares_lengths():
    # "earlier" compares, outside the span (TIMEX3 tags the length)
    t = timexes("The epidemic began about a month earlier than usual.", "2023-11-29")["about a month"]
    assert (t.type, t.value, t.mod) == ("DURATION", "P1M", "APPROX")
    # without "than" it is a step back from the reference time
    assert timexes("Sales fell in May. A month earlier they had risen.", "2023-11-29")["A month earlier"].type == "DATE"


def test_the_same_months_of_a_year_are_no_stretch():
    tx = timexes("Profit beat the same months of 2024.", "2025-10-23")
    assert "months" not in tx and tx["2024"].value == "2024"
    assert timexes("The deal came after months of talks.", "2025-10-23")["months"].value == "PXM"
