"""Unit tests: reporting periods, vague gaps and other TimeML readings added to the tagger (invented sentences)."""

from __future__ import annotations

import pytest

from footprint.dates import tag


def values(text: str, dct: str | None = "2023-11-02") -> dict[str, tuple[str, str]]:
    return {t.text: (t.type, t.value) for t in tag(text, dct).timexes}


# --- reporting periods ---------------------------------------------------------------


@pytest.mark.parametrize("text,span,value", [
    # the three months up to the day, named by the calendar quarter that holds most of them
    ("In the quarter ended July 31, the mill sold less flour.", "the quarter", "2023-Q2"),
    ("For the quarter ended Sept. 30, the airline lost money.", "the quarter", "2023-Q3"),
    ("Sales in the quarter ending Feb. 28 should recover.", "the quarter", "2024-Q1"),
    ("In the quarter ended Jan. 31, 2021, sales fell.", "the quarter", "2020-Q4"),
])
def test_a_quarter_told_by_its_last_day(text, span, value):
    assert values(text)[span] == ("DATE", value)


def test_a_quarter_named_with_its_number_keeps_it():
    # the report states the (fiscal) number: it is not recomputed from the closing day
    assert values("Profit rose in the second quarter ended Oct. 31.")["the second quarter"] == ("DATE", "2023-Q2")


def test_fiscal_joined_to_the_ordinal_by_a_hyphen():
    assert values("The brewer lost money in the fiscal-first quarter.")["the fiscal-first quarter"] == ("DATE", "2023-Q1")


def test_the_corresponding_period_last_year_is_the_year_ago_quarter():
    text = "The bank lost $3 million in the third quarter, against a profit in the corresponding period last year."
    v = values(text)
    assert v["the third quarter"] == ("DATE", "2023-Q3")
    assert v["the corresponding period last year"] == ("DATE", "2022-Q3")
    assert values("Output matched the comparable period of last year.")["the comparable period of last year"] == ("DATE", "2022-Q3")


def test_this_quarter_in_a_results_report_is_the_reported_quarter():
    text = "The shipper lost $4 million in the third quarter ended Sept. 30. This quarter's loss includes a charge."
    assert values(text, "2023-11-01")["This quarter"] == ("DATE", "2023-Q3")
    # with no quarter reported before, it is the report's own quarter
    assert values("This quarter's sales look weak.", "2023-11-01")["This quarter"] == ("DATE", "2023-Q4")


def test_a_quarter_still_to_come_is_not_the_reported_one():
    # a charge expected in the fourth quarter of a November report: the latest quarter is still the third
    text = ("The insurer expects a fourth-quarter charge for the floods. "
            "Its car business lost money in the latest quarter.")
    assert values(text, "2023-11-02")["the latest quarter"] == ("DATE", "2023-Q3")


# --- vague gaps from another time ----------------------------------------------------


@pytest.mark.parametrize("text,span,value", [
    ("The envoy left. A few days later, the talks collapsed.", "A few days", "PXD"),
    ("Several weeks earlier the depot had been emptied.", "Several weeks", "PXW"),
])
def test_a_vague_gap_before_later_or_earlier_is_a_duration(text, span, value):
    v = values(text)
    assert v[span] == ("DURATION", value)
    assert not any(val in ("FUTURE_REF", "PAST_REF") for _, val in v.values())


def test_a_vague_count_before_ago_stays_past_ref():
    assert values("Several years ago the road was paved.")["Several years ago"] == ("DATE", "PAST_REF")


def test_a_counted_gap_before_later_is_still_a_date_on_the_reference():
    v = values("The dam burst on 4 March 2023. Two days later the river fell.")
    assert v["Two days later"] == ("DATE", "2023-03-06")
