"""Unit tests: "one day" after a modal is an indefinite time to come, elsewhere a day's length."""

from __future__ import annotations

import pytest

from footprint.dates import tag


def timex(text: str, span: str, dct: str | None = "2022-03-16"):
    found = [t for t in tag(text, dct).timexes if t.text.lower() == span.lower()]
    assert len(found) == 1, [(t.text, t.value) for t in tag(text, dct).timexes]
    return found[0]


@pytest.mark.parametrize("text", [
    "Solar pumps will one day water the whole valley.",
    "Officials said the road could one day link the two provinces.",
    "Displaced families may not one day return to the camp.",
    "The clinic's staff hope they'll one day be paid on time.",
])
def test_one_day_after_a_modal_is_future_ref(text):
    t = timex(text, "one day")
    assert (t.type, t.value) == ("DATE", "FUTURE_REF")
    assert t.interval_start == "2022-03-16" and t.interval_end is None  # open: some time after the report


@pytest.mark.parametrize("text,value", [
    ("The ceasefire lasted one day.", "P1D"),
    ("The hostages were held for one day before their release.", "P1D"),
    ("The market closes for one day each month.", "P1D"),
    ("The will of one day is undone the next.", "P1D"),  # the noun "will" before it names no future
])
def test_one_day_elsewhere_is_a_duration(text, value):
    t = timex(text, "one day")
    assert (t.type, t.value) == ("DURATION", value)


def test_one_day_after_a_modal_with_no_report_date():
    t = timex("The river will one day reach the road.", "one day", dct=None)
    assert t.value == "FUTURE_REF" and t.interval_start is None
