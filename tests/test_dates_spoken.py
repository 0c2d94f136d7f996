"""Plans overtaken before the report and schedules told in the present (invented sentences)."""

from __future__ import annotations

from footprint.dates import tag


def timexes(text: str, dct: str):
    return {t.text: t for t in tag(text, dct).timexes}


# 2007-03-12 is a Monday.

def test_a_weekday_of_a_plan_told_in_the_past_perfect_is_the_one_before_the_report():
    text = "The ferry contract, extended to April 2, had been due to lapse Friday evening."
    assert timexes(text, "2007-03-12")["Friday evening"].value == "2007-03-09TEV"
    text = "The strike had previously been scheduled to end at midnight Thursday."
    assert timexes(text, "2007-03-12")["midnight Thursday"].value == "2007-03-08T24:00"
    text = "The hearing had been set for Wednesday but was moved."
    assert timexes(text, "2007-03-12")["Wednesday"].value == "2007-03-07"


def test_a_new_day_told_after_an_overtaken_plan_still_looks_ahead():
    # the past perfect holds only the plan's own clause: the day it was moved to is still to come
    text = "The talks, which had been scheduled for Thursday, will now take place on Friday."
    found = timexes(text, "2007-03-12")
    assert found["Thursday"].value == "2007-03-08" and found["Friday"].value == "2007-03-16"
    text = "The talks had been scheduled for Wednesday and are now set for Friday."
    assert timexes(text, "2007-03-12")["Friday"].value == "2007-03-16"
    text = "The market had been set ablaze, and the governor will visit on Friday."
    assert timexes(text, "2007-03-12")["Friday"].value == "2007-03-16"


def test_weekdays_listed_in_an_overtaken_plan_are_both_before_the_report():
    text = "The truce had been due to expire on Saturday and Sunday."
    found = timexes(text, "2007-03-12")
    assert found["Saturday"].value == "2007-03-10" and found["Sunday"].value == "2007-03-11"


def test_a_plan_told_in_the_present_still_looks_ahead():
    assert timexes("The contract is due to lapse Friday.", "2007-03-12")["Friday"].value == "2007-03-16"


def test_a_month_of_an_overtaken_plan_keeps_its_nearest_reading():
    # a month can be overtaken ahead of its time: the vote was brought forward from October
    assert timexes("The ballot had been due in October.", "2007-06-04")["October"].value == "2007-10"


def test_through_a_weekday_in_the_present_looks_ahead():
    text = "Ferry services along the coast are suspended through Thursday."
    assert timexes(text, "2007-03-14")["Thursday"].value == "2007-03-15"
    # a past verb still places it behind
    text = "Ferry services along the coast stayed suspended through Monday."
    assert timexes(text, "2007-03-14")["Monday"].value == "2007-03-12"


def test_an_hour_spelled_out_is_a_clock_time():
    found = timexes("The polls close at seven o'clock tonight, and counting starts at nine p.m.", "2007-03-12")
    # the hour of a bare "o'clock" is left as written; "tonight" around it is not yet read as p.m.
    assert found["seven o'clock"].type == "TIME" and found["seven o'clock"].value.startswith("2007-03-12T")
    assert found["nine p.m."].value == "2007-03-12T21:00"
    found = timexes("The first results are expected at ten thirty Eastern.", "2007-03-12")
    assert found["ten thirty Eastern"].value == "2007-03-12T10:30"
    found = timexes("Residents were woken at three in the morning on Tuesday.", "2007-03-14")
    assert any(t.value.endswith("T03:00") for t in found.values())


def test_a_spelled_number_before_a_part_of_day_noun_is_no_clock_time():
    # "two in the morning raid" counts people; without a time preposition it is no hour
    found = timexes("Police said they arrested two in the morning raid on the warehouse.", "2007-03-12")
    assert "two in the morning" not in found and not any(t.value.endswith("T02:00") for t in found.values())
    assert not timexes("Five local time zones cross the country.", "2007-03-12")
