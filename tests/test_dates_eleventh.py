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
