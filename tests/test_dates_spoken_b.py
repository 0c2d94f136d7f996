"""Spoken news: what may happen, games that start, and the days clock times and nights take (invented sentences)."""

from __future__ import annotations

from footprint.dates import tag


def timexes(text: str, dct: str):
    return {t.text: t for t in tag(text, dct).timexes}


# 2007-03-14 is a Wednesday.

def test_what_may_happen_on_a_weekday_is_still_to_come():
    text = "The cyclone is weakening, but it could reach the coast late Friday."
    assert timexes(text, "2007-03-14")["late Friday"].value == "2007-03-16"
    text = "Forecasters say the river might crest on Saturday."
    assert timexes(text, "2007-03-14")["Saturday"].value == "2007-03-17"


def test_could_be_with_a_weekday_stays_in_the_past():
    # past ability: nobody could be reached that day
    text = "Neither minister could be reached Monday at his office."
    assert timexes(text, "2007-03-14")["Monday"].value == "2007-03-12"


def test_a_game_that_tees_or_kicks_off_on_a_weekday_is_ahead():
    text = "The Irish Open tees off at Portmarnock on Thursday."
    assert timexes(text, "2007-03-14")["Thursday"].value == "2007-03-15"
    text = "The league season kicks off in Lagos on Saturday."
    assert timexes(text, "2007-03-14")["Saturday"].value == "2007-03-17"


def test_a_night_or_clock_time_still_to_come_is_not_on_a_day_gone_by():
    text = "The evacuation order went out on Monday, and crews will keep pumping through the night."
    assert timexes(text, "2007-03-14")["the night"].value == "2007-03-14TNI"
    text = "Shelling stopped on Monday, and the convoy will leave at 6 a.m. with the first families."
    assert timexes(text, "2007-03-14")["6 a.m."].value == "2007-03-14T06:00"
    # told in the past, the night stays the day's own
    text = "The evacuation order went out on Monday, and crews kept pumping through the night."
    assert timexes(text, "2007-03-14")["the night"].value == "2007-03-12TNI"


def test_overnight_after_a_day_opening_a_span_is_the_night_before_the_report():
    text = "Our reporter has been in the camp since Monday. The shelling came overnight, she says."
    assert timexes(text, "2007-03-14")["overnight"].value == "2007-03-13TNI"
    # a day the story moved to still ends its night
    text = "Prices slipped on Monday. Traders sold heavily overnight."
    assert timexes(text, "2007-03-14")["overnight"].value == "2007-03-11TNI"


def test_a_zone_named_by_its_region_belongs_to_the_clock_time():
    assert "4 p.m. Central" in timexes("The next update is at 4 p.m. Central.", "2007-03-14")
    # a place that the region word opens is not
    assert "4 p.m." in timexes("Crowds gathered at 4 p.m. Central Park was full by five.", "2007-03-14")


def test_a_week_today_is_the_day_a_week_on():
    assert timexes("The new bridge opens a week today.", "2007-03-14")["a week today"].value == "2007-03-21"
    found = timexes("Voting closes two weeks tomorrow.", "2007-03-14")
    assert found["two weeks tomorrow"].value == "2007-03-29"
    # "ago" keeps its own reading
    assert timexes("The bridge opened a week ago.", "2007-03-14")["a week ago"].value == "2007-W10"


def test_a_weekday_told_in_the_present_after_said_on_a_day_is_ahead():
    text = "The ministry said Tuesday that the deadline is Friday."
    assert timexes(text, "2007-03-14")["Friday"].value == "2007-03-16"
    # told in the past, it stays behind
    text = "The ministry said Tuesday that the deadline was Friday."
    assert timexes(text, "2007-03-14")["Friday"].value == "2007-03-09"


def test_a_single_unit_is_a_duration():
    assert timexes("Hundreds died in a single week.", "2007-03-14")["a single week"].value == "P1W"
    assert timexes("The shares lost a third in a single day.", "2007-03-14")["a single day"].value == "P1D"
