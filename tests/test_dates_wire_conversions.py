"""Wire-copy habits: a clock time with its conversion to universal time, the time of a telling, a season
across a century, a date and a gap after a comma, an obligation still to meet (invented sentences)."""

from __future__ import annotations

from footprint.dates import tag


def timexes(text: str, dct: str):
    return {t.text: t for t in tag(text, dct).timexes}


# --- a clock time and its conversion -------------------------------------------------------------

def test_a_four_digit_time_before_gmt_is_no_year():
    ts = timexes("The race started at 9:30 p.m. local time (1930 GMT) in the rain.", "2021-08-14")
    assert "1930" not in ts
    assert ts["9:30 p.m. local time"].value == "2021-08-14T21:30"


def test_a_conversion_in_parentheses_takes_the_day_of_the_local_time():
    text = "Fighting stopped on Saturday. The ferry sank at 10:15 p.m. local time (19:15 GMT) on Thursday."
    ts = timexes(text, "2020-02-10")
    assert ts["10:15 p.m. local time"].value == "2020-02-06T22:15"
    assert ts["19:15 GMT"].value == "2020-02-06T19:15"


def test_a_conversion_that_crosses_midnight_moves_to_the_next_day():
    ts = timexes("The plane landed at 11:30 p.m. (03:30 GMT) on Monday.", "2019-05-08")
    assert ts["11:30 p.m."].value == "2019-05-06T23:30"
    assert ts["03:30 GMT"].value == "2019-05-07T03:30"


def test_a_conversion_that_crosses_midnight_backwards_is_the_day_before():
    ts = timexes("The convoy left at 1:00 a.m. (22:00 GMT) on Friday.", "2019-05-08")
    assert ts["22:00 GMT"].value == "2019-05-02T22:00"


def test_a_clock_time_without_a_conversion_still_takes_the_day_after_it():
    ts = timexes("The dam burst at 6:40 a.m. on Sunday, officials said.", "2019-05-08")
    assert ts["6:40 a.m."].value == "2019-05-05T06:40"


# --- the time of a telling -----------------------------------------------------------------------

def test_a_clock_time_right_after_said_is_when_it_was_told():
    text = ("Militants stormed a barracks early Sunday. Jets struck their camps. "
            "The ministry said at 4 p.m. that the barracks had been retaken.")
    assert timexes(text, "2022-11-14")["4 p.m."].value == "2022-11-14T16:00"


def test_a_clock_time_of_an_event_keeps_the_day_being_told():
    text = "Militants stormed a barracks early Sunday. Troops arrived at 4 p.m. and the barracks was retaken."
    assert timexes(text, "2022-11-14")["4 p.m."].value == "2022-11-13T16:00"


# --- seasons, gaps and obligations ---------------------------------------------------------------

def test_a_season_across_the_century_is_named_by_its_first_year():
    t = timexes("They last won the league in the 1999-00 season.", "2015-03-02")["the 1999-00 season"]
    assert (t.type, t.value) == ("DATE", "1999")


def test_a_season_whose_years_do_not_follow_is_no_season():
    assert "the 1999-01 season" not in timexes("They last won the league in the 1999-01 season.", "2015-03-02")


def test_a_gap_after_a_date_and_a_comma_is_a_length_not_a_rate():
    t = timexes("The vote was called for July 7, a week after the defeat.", "2019-06-03")["a week"]
    assert (t.type, t.value) == ("DURATION", "P1W")


def test_a_sum_right_before_a_unit_is_still_a_rate():
    t = timexes("Pickers there earn 3 dollars a day.", "2019-06-03")["a day"]
    assert (t.type, t.value) == ("SET", "P1D")


def test_would_have_to_is_an_obligation_still_to_meet():
    t = timexes("The council would have to settle its debts by the end of the year.", "2019-06-03")["the end of the year"]
    assert (t.value, t.mod) == ("2019", "END")


def test_would_have_done_is_still_told_in_the_past():
    t = timexes("The council would have settled its debts by the end of the year.", "2019-03-03")["the end of the year"]
    assert t.value == "2018"
