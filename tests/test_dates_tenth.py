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
    assert inf.not_before == "2021-06-20"
    # the estimate goes a year on: "in 2021" is told as background (rule 7)
    assert inf.value == "2022-06-20" and "'20 June'" in inf.reason


# --- 29 February with no year -----------------------------------------------------------------------


def test_a_leap_day_takes_the_last_one_before_the_anchor_not_one_years_ahead():
    assert place_peg(2, 29, date(2025, 5, 1)) == date(2024, 2, 29)
    assert place_peg(2, 29, date(2026, 8, 1)) is None  # the last leap day is over a year back
    assert place_peg(2, 29, date(2024, 3, 10)) == date(2024, 2, 29)
    assert place_peg(2, 29, date(2023, 12, 1)) == date(2024, 2, 29)  # where any other day of February goes


def test_a_leap_day_does_not_push_the_inferred_date_years_ahead():
    inf = inferred("The convoy was ambushed in April 2025. On 29 February, rebels had shelled the camp.")
    # the bound stays the written month; the estimate is the next year's start (rule 6), not the 2028 leap day
    assert inf.not_before == "2025-04-01" and inf.value == "2026-01-01"


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


# --- step 3 rules ---------------------------------------------------------------------------------


def timexes(text: str, dct: str):
    return [(t.text, t.type, t.value) for t in tag(text, dct).timexes]


def test_a_named_time_and_its_day_after_on_are_two_timexes():
    got = timexes("The truce took effect at midnight on Thursday, after two days of talks.", "2024-06-10")
    assert ("midnight", "TIME", "2024-06-06T24:00") in got and ("Thursday", "DATE", "2024-06-06") in got
    got = timexes("Shells fell at dawn on Monday, a farmer said.", "2022-08-25")
    assert ("dawn", "TIME", "2022-08-22TMO") in got and ("Monday", "DATE", "2022-08-22") in got
    # joined with no preposition, it stays one time
    assert timexes("The curfew started at midnight Friday.", "2019-03-04") == [("midnight Friday", "TIME", "2019-03-01T24:00")]


def test_a_night_from_one_day_to_the_next_is_one_time():
    got = timexes("Residents said that overnight Saturday to Sunday they heard shots near the camp.", "2024-06-10")
    assert got == [("overnight Saturday to Sunday", "TIME", "2024-06-08TNI")]
    got = timexes("Police will close the bridge on the night of Friday to Saturday.", "2022-08-25")
    assert got == [("the night of Friday to Saturday", "TIME", "2022-08-26TNI")]


def test_days_that_do_not_follow_each_other_are_no_night():
    got = timexes("Talks ran overnight Monday to Friday in the capital.", "2022-08-25")
    assert ("Monday", "DATE", "2022-08-22") in got and ("Friday", "DATE", "2022-08-19") in got
    assert all(" to " not in text for text, _, _ in got)


def test_a_step_finer_than_a_year_frame_counts_from_the_day_told():
    got = timexes("Gunmen raided the market on Tuesday, the third raid this year. A week earlier, fighters "
                  "burned grain stores.", "2026-02-06")
    assert ("A week earlier", "DATE", "2026-W05") in got
    # a year counted from a year is still a year
    got = timexes("Exports rose in 2024. A year earlier, they had fallen.", "2025-03-01")
    assert ("A year earlier", "DATE", "2023") in got


def test_a_period_that_ends_on_a_day_looks_ahead():
    got = timexes("Donors urged the army to extend a demobilisation plan that ends on 31 December.", "2024-10-15")
    assert got == [("31 December", "DATE", "2024-12-31")]
    # told in the past, it looks back
    got = timexes("The demobilisation plan ended on 31 December.", "2024-10-15")
    assert got == [("31 December", "DATE", "2023-12-31")]


def test_a_financial_year_is_named_like_a_fiscal_one():
    got = timexes("The mission's budget for the current financial year is $1.1 billion.", "2024-10-15")
    assert got == [("the current financial year", "DATE", "2024")]
    # the same value as its fiscal twin, whatever that is
    assert timexes("Aid fell in the last financial year.", "2024-10-15")[0][2] == \
        timexes("Aid fell in the last fiscal year.", "2024-10-15")[0][2]
