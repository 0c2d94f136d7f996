"""Holidays with a computable date, the decade before this one, uncounted centuries, clock times of a
narrative day (invented sentences)."""

from __future__ import annotations

from footprint.dates import tag


def timexes(text: str, dct: str):
    return {t.text: t for t in tag(text, dct).timexes}


# --- holidays ------------------------------------------------------------------------------------

def test_election_day_in_a_us_text_is_the_tuesday_after_the_first_monday_of_november():
    text = "The senator, a Republican, will campaign in Ohio until Election Day."
    t = timexes(text, "2026-10-20")["Election Day"]
    assert (t.type, t.value) == ("DATE", "2026-11-03")


def test_election_day_when_november_opens_on_a_tuesday_is_the_week_after():
    # 1 November 2022 was a Tuesday: the first Monday is the 7th, the vote on the 8th
    text = "Polls in the United States close on Election Day."
    assert timexes(text, "2022-10-30")["Election Day"].value == "2022-11-08"


def test_election_day_outside_a_us_text_has_no_date_the_rules_know():
    text = "Voters in the capital queued from dawn on Election Day, the commission said."
    assert "Election Day" not in timexes(text, "2024-12-08")


def test_independence_day_is_the_fourth_of_july_only_in_a_us_text():
    us = "Fireworks lit the sky over Congress on Independence Day."
    assert timexes(us, "2025-07-10")["Independence Day"].value == "2025-07-04"
    elsewhere = "Crowds marched through the old town on Independence Day, the mayor said."
    assert "Independence Day" not in timexes(elsewhere, "2025-09-25")


def test_easter_week_is_the_iso_week_that_ends_on_easter_sunday():
    # Easter 2025 fell on 20 April: the week of Monday 14 to Sunday 20 April
    t = timexes("Pilgrims filled the town during Easter week.", "2025-05-02")["Easter week"]
    assert (t.value, t.interval_start, t.interval_end) == ("2025-W16", "2025-04-14", "2025-04-20")


def test_fixed_holidays_keep_their_day():
    tx = timexes("Shops shut on Christmas Day and reopened after New Year's Day.", "2024-01-05")
    assert tx["Christmas Day"].value == "2023-12-25"
    assert tx["New Year's Day"].value == "2024-01-01"


def test_thanksgiving_is_the_fourth_thursday_of_november():
    assert timexes("Flights were full before Thanksgiving.", "2025-12-01")["Thanksgiving"].value == "2025-11-27"


# --- decades and centuries -----------------------------------------------------------------------

def test_the_last_decade_is_the_decade_before_this_one():
    t = timexes("Wages lost ground to prices in the last decade.", "2014-03-02")["the last decade"]
    assert (t.type, t.value, t.interval_start, t.interval_end) == ("DATE", "200", "2000-01-01", "2009-12-31")


def test_the_past_decade_stays_a_length_up_to_the_report():
    t = timexes("Rents doubled over the past decade.", "2014-03-02")["the past decade"]
    assert (t.type, t.value, t.interval_end) == ("DURATION", "P10Y", "2014-03-02")


def test_this_decade_is_the_current_one():
    assert timexes("Output is the highest this decade.", "2014-03-02")["this decade"].value == "201"


def test_uncounted_centuries_take_the_century_letter():
    t = timexes("The bridge stood over the river for centuries.", "2019-06-11")["centuries"]
    assert (t.type, t.value) == ("DURATION", "PXC")


def test_counted_centuries_are_written_in_years():
    assert timexes("The town grew over the past two centuries.", "2019-06-11")["the past two centuries"].value == "P200Y"


def test_uncounted_decades_stay_in_years():
    assert timexes("The feud went on for decades.", "2019-06-11")["decades"].value == "PXY"


def test_the_2000s_are_a_decade_the_1900s_a_century():
    tx = timexes("Prices rose in the late 2000s after a slump in the 1900s.", "2025-05-08")
    assert tx["the late 2000s"].value == "200"
    assert tx["the 1900s"].value == "19"


# --- seasons over two years, stretches closing on a day --------------------------------------------

def test_a_season_over_two_years_is_named_by_its_first_year_and_covers_both():
    t = timexes("The striker scored 30 goals in the 2023-24 season.", "2024-08-01")["the 2023-24 season"]
    assert (t.type, t.value, t.interval_start, t.interval_end) == ("DATE", "2023", "2023-01-01", "2024-12-31")
    assert timexes("Few cases were seen in the 2019/20 season.", "2024-08-01")["the 2019/20 season"].value == "2019"


def test_years_that_do_not_follow_each_other_are_no_season():
    assert "the 2019-22 season" not in timexes("Sales fell in the 2019-22 season.", "2024-08-01")


def test_the_week_to_a_day_is_a_week_long_stretch_and_the_day_its_own_date():
    tx = timexes("Admissions reached 40 in the week to Nov. 26, the agency said.", "2023-11-29")
    assert (tx["the week"].type, tx["the week"].value) == ("DURATION", "P1W")
    assert tx["Nov. 26"].value == "2023-11-26"


def test_the_month_to_a_day_is_a_month_long_stretch():
    t = timexes("Exports in the month to March 31 rose 4 percent.", "2024-04-10")["the month"]
    assert (t.type, t.value) == ("DURATION", "P1M")


def test_the_week_without_a_closing_day_stays_the_current_week():
    assert timexes("Markets were calm during the week.", "2023-11-29")["the week"].type == "DATE"


# --- a time of day told in the past never falls on a day still to come ----------------------------

def test_a_past_time_of_day_after_a_future_date_is_the_report_day():
    text = "The airline will open ten routes from March 31, when its timetable starts. Shares rose 5 percent in the morning."
    assert timexes(text, "2024-02-27")["the morning"].value == "2024-02-27TMO"


def test_a_future_time_of_day_after_a_future_date_is_that_day():
    text = "The talks resume on March 31. The envoys will meet in the morning."
    assert timexes(text, "2024-02-27")["the morning"].value == "2024-03-31TMO"


def test_a_past_time_of_day_after_a_past_date_is_that_day():
    text = "Gunmen attacked the post on Feb. 20. They struck again in the morning."
    assert timexes(text, "2024-02-27")["the morning"].value == "2024-02-20TMO"


# --- a clock time of an event told again --------------------------------------------------------

def test_a_clock_time_of_an_event_told_again_takes_the_day_it_was_first_told_with():
    text = ("The guard was stabbed in the yard last Nov. 4, the court heard. Inspectors visited in 2021. "
            "He was stabbed in the yard at 9 p.m. after a quarrel.")
    assert timexes(text, "2022-05-10")["9 p.m."].value == "2021-11-04T21:00"


def test_a_clock_time_of_an_event_not_told_before_keeps_the_report_day():
    text = "The guard was stabbed in the yard last Nov. 4. Inspectors visited in 2021. The gate was locked at 9 p.m."
    assert timexes(text, "2022-05-10")["9 p.m."].value == "2022-05-10T21:00"


def test_common_words_told_again_are_no_event():
    text = "He said it was on Nov. 4 that it was. Inspectors visited in 2021. He said it was at 9 p.m."
    assert timexes(text, "2022-05-10")["9 p.m."].value == "2022-05-10T21:00"


def test_latin_american_is_no_us_cue():
    text = "Latin American envoys joined the parade on Independence Day, the mayor said."
    assert "Independence Day" not in timexes(text, "2025-09-25")


def test_an_event_told_again_thousands_of_times_is_read_in_linear_time_and_still_grounded():
    # hostile text: the same three words before a day, then before a clock time, over and over
    text = ("The guard was stabbed in the yard last Nov. 4 and then " * 1500) + "He was stabbed in the yard at 9 p.m."
    assert timexes(text, "2022-05-10")["9 p.m."].value == "2021-11-04T21:00"
