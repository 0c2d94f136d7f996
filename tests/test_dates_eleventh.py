"""Eleventh round: time debts (invented sentences)."""

from __future__ import annotations

from datetime import date

from footprint.dates import tag


def values(text: str, dct: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, date.fromisoformat(dct)).timexes]


def test_the_previous_quarter_counts_from_the_quarter_told_before_it():
    got = values("Grain imports rose 9 percent in the third quarter of 2023, after a fall in the previous quarter.",
                 "2024-05-02")
    assert got == [("the third quarter of 2023", "2023-Q3"), ("the previous quarter", "2023-Q2")]


def test_the_previous_quarter_with_no_quarter_told_is_the_one_before_the_reports():
    assert values("Remittances fell in the previous quarter, the bank said.", "2024-05-02") == [
        ("the previous quarter", "2024-Q1")]


def test_a_year_told_before_leaves_the_previous_quarter_on_the_report():
    got = values("The mine opened in 2011. Output fell in the previous quarter.", "2024-05-02")
    assert got[-1] == ("the previous quarter", "2024-Q1")


def test_the_quarter_of_last_year_is_that_quarter_of_the_year_before_the_report():
    assert values("Enrolment resumed in the third quarter of last year.", "2022-02-28") == [
        ("the third quarter of last year", "2021-Q3")]


def test_a_quarter_of_the_year_is_one_span_in_the_story_year():
    assert values("The review covers the second quarter of the year.", "2025-07-02") == [
        ("the second quarter of the year", "2025-Q2")]


def test_the_reporting_period_is_the_quarter_a_stated_range_closes():
    text = ("Between 1 April and 30 June 2023, monitors logged 310 incidents. "
            "During the reporting period, 52 civilians were killed.")
    assert values(text, "2023-08-14")[-1] == ("the reporting period", "2023-Q2")


def test_the_reporting_period_is_a_quarter_named_before_it():
    text = "This note covers the first quarter of 2025. During the reporting period, three convoys were attacked."
    assert values(text, "2025-06-01")[-1] == ("the reporting period", "2025-Q1")


def test_a_background_date_is_no_reporting_period():
    text = "The conflict has lasted since March 2019. During the reporting period, 14 wells were destroyed."
    assert values(text, "2024-10-15")[-1] == ("the reporting period", "2024-Q3")


def test_a_schedules_year_less_day_takes_the_year_of_the_full_date_before_it():
    got = values("The board set the first round for Feb. 25, 2027 and the run-off for March 11.", "2026-02-28")
    assert got == [("Feb. 25, 2027", "2027-02-25"), ("March 11", "2027-03-11")]


def test_a_full_date_across_a_new_year_pulls_the_next_day_into_its_own_year():
    got = values("The siege began on Dec. 28, 2019, and on Jan. 2 the town fell.", "2022-06-01")
    assert got[-1] == ("Jan. 2", "2020-01-02")


def test_the_reporting_period_after_the_calendars_last_day_is_its_last_quarter():
    # the range check once stepped a day past 31 December 9999 and overflowed
    assert values("Aid arrived today. During the reporting period, 40 died.", "9999-12-31")[-1] == (
        "the reporting period", "9999-Q4")
