"""Tenth round: the dateline rule as documented, leap days with no year, one median type, tagged "years ago"
(invented sentences)."""

from __future__ import annotations

from datetime import date

from footprint.dates import tag
from footprint.dates.anchor import place_peg
from footprint.eval.dct import DocResult, Tally


def inferred(text: str):
    return tag(text, None).inferred


# --- a dateline with its own year is not moved by a later date ---------------------------------------


def test_a_dateline_with_a_written_year_stands_against_a_later_date():
    text = ("GAO, Mali, March 3, 2021 (Reuters) - Gunmen attacked a market, officials said. "
            "A second raid was reported in May 2021.")
    inf = inferred(text)
    assert inf.value == "2021-03-03" and "dateline" in inf.reason


def test_a_dateline_with_a_guessed_year_still_gives_way_to_a_later_peg():
    text = ("GAO, Mali, March 3 (Reuters) - Gunmen attacked a market in 2021, officials said. "
            "On 20 June the army returned to the town.")
    inf = inferred(text)
    assert inf.value == "2021-06-20"


# --- 29 February with no year -----------------------------------------------------------------------


def test_a_leap_day_takes_the_last_one_before_the_anchor_not_one_years_ahead():
    assert place_peg(2, 29, date(2025, 5, 1)) == date(2024, 2, 29)
    assert place_peg(2, 29, date(2026, 8, 1)) is None  # the last leap day is over a year back
    assert place_peg(2, 29, date(2024, 3, 10)) == date(2024, 2, 29)
    assert place_peg(2, 29, date(2023, 12, 1)) == date(2024, 2, 29)  # where any other day of February goes


def test_a_leap_day_does_not_push_the_inferred_date_years_ahead():
    inf = inferred("The convoy was ambushed in April 2025. On 29 February, rebels had shelled the camp.")
    assert inf.value == "2025-04-01"


# --- one type for the median ------------------------------------------------------------------------


def test_median_error_is_a_float_for_odd_and_even_counts():
    true = date(2024, 6, 5)
    odd = Tally([DocResult("dev", n, true, date(2024, 6, d), None, None) for n, d in (("a", 1), ("b", 2), ("c", 5))])
    even = Tally(odd.results[:2])
    assert type(odd.scores()["median_error_days"]) is float and odd.scores()["median_error_days"] == 3.0
    assert type(even.scores()["median_error_days"]) is float and even.scores()["median_error_days"] == 3.5


# --- "N years ago" read from the grammar's tags -----------------------------------------------------


def test_years_ago_with_a_hedge_or_a_number_word_places_the_writing_year():
    assert inferred("In 2019, about three years ago, the town fell to the rebels.").not_before == "2022-01-01"
    assert inferred("The dam burst 12 years ago, in 2008, flooding the valley.").not_before == "2020-01-01"


def test_years_ago_in_another_sentence_is_not_joined_to_the_year():
    assert inferred("The rebels took the town in 2015. Six years ago the war began.").not_before == "2015-01-01"
