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


def test_a_counted_gap_before_later_is_a_duration_reaching_a_day_on_the_reference():
    v = values("The dam burst on 4 March 2023. Two days later the river fell.")
    assert v["Two days later"] == ("DURATION", "P2D")
    t = [x for x in tag("The dam burst on 4 March 2023. Two days later the river fell.", "2023-05-01").timexes
         if x.text == "Two days later"][0]
    assert (t.interval_start, t.interval_end, t.anchor) == ("2023-03-06", "2023-03-06", "previous")


# --- anchored on another date of the text -------------------------------------------------


def test_until_then_is_the_time_last_named():
    v = values("The ceasefire ends on Dec. 15. Until then, convoys may pass.", "2023-11-02")
    assert v["then"] == ("DATE", "2023-12-15")
    t = [x for x in tag("The ceasefire ends on Dec. 15. Until then, convoys may pass.", "2023-11-02").timexes if x.text == "then"][0]
    assert (t.interval_start, t.interval_end) == (None, "2023-12-15")  # "until" opens the start


def test_then_with_no_time_named_before_is_not_tagged():
    assert values("Until then, convoys may pass.") == {}
    assert values("Since then, the town has been calm.") == {}


@pytest.mark.parametrize("text,span,value", [
    ("The day before last Tuesday's hearing, the envoy flew home.", "The day before last Tuesday", "2023-10-30"),
    ("Shops closed the day after Christmas.", "the day after Christmas", "2023-12-26"),
    ("The rains came the week after May 3.", "the week after May 3", "2023-W19"),
])
def test_a_day_or_week_counted_from_a_named_date(text, span, value):
    assert values(text, "2024-01-10" if "Christmas" in text else "2023-11-02")[span] == ("DATE", value)


def test_the_day_before_with_no_date_after_it_stays_anaphoric():
    v = values("Rain fell on 3 May 2023. The militia had left the day before. On 9 May it returned.")
    assert v["the day before"] == ("DATE", "2023-05-02")
    assert v["9 May"] == ("DATE", "2023-05-09")
    # a clause, not a date, after "the day before": nothing to count from
    assert values("The herder was last heard from Nov. 3, the day before soldiers closed the road.")["Nov. 3"] == ("DATE", "2023-11-03")


# --- durations and named spans ---------------------------------------------------------------


@pytest.mark.parametrize("text,span", [
    ("Peacekeepers will stay for a while.", "a while"),
    ("The garrison is there for a really lengthy period.", "a really lengthy period"),
    ("Aid may be needed for a prolonged period of time.", "a prolonged period of time"),
])
def test_a_stretch_of_unstated_length(text, span):
    assert values(text)[span] == ("DURATION", "PXX")


def test_a_while_is_no_duration_in_once_in_a_while():
    assert values("Patrols pass once in a while.") == {}


def test_the_future_of_something_is_its_fate_not_a_time():
    assert values("Talks on the future of the mine stalled.") == {}
    assert values("Troops may return in the future.")["the future"] == ("DATE", "FUTURE_REF")


@pytest.mark.parametrize("text,span,value", [
    ("Losses will last through at least the first two quarters of 2024.", "at least the first two quarters of 2024", "2024-H1"),
    ("Demand should pick up in the last two quarters of this year.", "the last two quarters of this year", "2023-H2"),
])
def test_two_quarters_of_a_year_are_its_half(text, span, value):
    assert values(text)[span] == ("DATE", value)


def test_the_year_earlier_span_is_a_duration():
    v = values("Profit fell 5% from the year-earlier six months.")
    assert v == {"the year-earlier six months": ("DURATION", "P6M")}


# --- months before a noun, "then current" -------------------------------------------------------


def test_may_or_march_after_a_determiner_names_the_time_of_a_noun():
    assert values("The March accession lets the three states vote.", "2024-02-10")["March"] == ("DATE", "2024-03")
    assert values("A May deadline was missed.", "2024-02-10")["May"] == ("DATE", "2023-05")


@pytest.mark.parametrize("text", [
    "Crowds joined the annual March for Life downtown.",  # an event's name: a preposition follows
    "The March was peaceful.",  # a noun of its own, a verb follows
    "Shoppers left the May Department Stores.",  # a name: capital letters follow
])
def test_may_or_march_as_a_name_or_noun_is_no_month(text):
    assert values(text, "2024-02-10") == {}


def test_then_current_is_a_past_time():
    assert values("Holders may buy at half the then current price.") == {"then current": ("DATE", "PAST_REF")}
    assert values("The then-current chief resigned.") == {"then-current": ("DATE", "PAST_REF")}
    assert values("The current chief resigned.") == {"current": ("DATE", "PRESENT_REF")}
