"""Schedules and deadlines told around a past verb, and expressions TIMEX3 splits or joins differently
from a plain reading (invented sentences)."""

from __future__ import annotations

from footprint.dates import tag


def timexes(text: str, dct: str):
    return {t.text: t for t in tag(text, dct).timexes}


# --- deadlines and plans still to come -----------------------------------------------------------
# 2024-10-11 is a Friday.

def test_a_deadline_on_an_intended_act_is_ahead_even_after_a_past_verb():
    text = "The water board said it hoped to reconnect most villages by Sunday."
    assert timexes(text, "2024-10-11")["Sunday"].value == "2024-10-13"
    text = "The militia agreed to hand over its heavy weapons by Tuesday."
    assert timexes(text, "2024-10-11")["Tuesday"].value == "2024-10-15"


def test_a_deadline_on_a_done_act_stays_past():
    assert timexes("The herders had crossed the river by Sunday.", "2024-10-11")["Sunday"].value == "2024-10-06"
    # a perfect infinitive is done by then
    text = "The convoy was thought to have reached the depot by Sunday."
    assert timexes(text, "2024-10-11")["Sunday"].value == "2024-10-06"


def test_a_passive_infinitive_before_its_date_is_planned():
    text = "The cooperative approved a bonus, to be paid on May 17 to its members."
    assert timexes(text, "2024-02-27")["May 17"].value == "2024-05-17"
    text = "The town elected a mayor, to be sworn in on June 3."
    assert timexes(text, "2024-02-27")["June 3"].value == "2024-06-03"


def test_a_possessive_date_told_as_upcoming_in_a_clause_on_it():
    text = "The win carried the club into Saturday's cup final, where it will face a side from Accra."
    assert timexes(text, "2025-05-08")["Saturday"].value == "2025-05-10"
    # without such a clause a possessive date is an event already known
    text = "The lawyers would appeal Saturday's ruling, which the court will publish."
    assert timexes(text, "2025-05-08")["Saturday"].value == "2025-05-03"


# --- spans as TIMEX3 draws them --------------------------------------------------------------------

def test_an_ordinal_week_of_a_month_is_its_iso_week():
    tx = timexes("Grain prices fell in the first week of March.", "2022-03-08")
    t = tx["the first week of March"]
    assert (t.type, t.value) == ("DATE", "2022-W09")  # 1 March 2022 is in ISO week 9
    assert timexes("Talks end in the last week of May 2023.", "2022-03-08")["the last week of May 2023"].value == "2023-W22"
    # with no report date the week is unknown, not a guess
    t = timexes("Grain prices fell in the third week of March.", None)["the third week of March"]
    assert t.value == "XXXX-WXX"


def test_a_length_from_now_is_two_timexes_the_length_keeping_the_time_it_reaches():
    tx = timexes("The next launch window opens 26 months from now.", "2025-03-04")
    t = tx["26 months"]
    assert (t.type, t.value) == ("DURATION", "P26M")
    assert (t.interval_start, t.interval_end) == ("2027-05-01", "2027-05-31")
    assert tx["now"].value == "PRESENT_REF"
    assert "26 months from now" not in tx
    # "from now on" is no length from now
    tx = timexes("Three days from now on, the road is closed.", "2025-03-04")
    assert "Three days" in tx and tx["Three days"].interval_start is None


def test_a_clock_time_on_a_day_is_two_timexes_the_time_taking_the_day():
    tx = timexes("The sitting opened at 10 a.m. on Monday and closed at 9 p.m. Tuesday.", "2025-11-19")
    assert (tx["10 a.m."].type, tx["10 a.m."].value) == ("TIME", "2025-11-17T10:00")
    assert (tx["Monday"].type, tx["Monday"].value) == ("DATE", "2025-11-17")
    # with no preposition the day is part of the clock time
    assert tx["9 p.m. Tuesday"].value == "2025-11-18T21:00"


# --- what happens as a rule has no year -----------------------------------------------------------

def test_months_and_seasons_told_as_a_rule_have_no_year():
    tx = timexes("The dry season usually lasts from November to April.", "2021-08-31")
    assert (tx["November"].value, tx["April"].value) == ("XXXX-11", "XXXX-04")
    assert tx["November"].interval_start is None
    tx = timexes("In most years the river peaks in late August, and the harvest follows in the autumn.", "2021-08-31")
    assert (tx["late August"].value, tx["late August"].mod) == ("XXXX-08", "END")
    assert tx["the autumn"].value == "XXXX-FA"
    # a clause after "but" is about one year again
    tx = timexes("Prices usually ease in spring, but in March they rose.", "2021-08-31")
    assert tx["March"].value == "2021-03"
    assert timexes("The river peaked in late August.", "2021-08-31")["late August"].value == "2021-08"


def test_a_rule_of_thumb_cue_counts_within_the_dates_part_of_the_sentence_only():
    # a cue after the date in its part counts; one past ";" or "but", before or after the date, does not
    assert timexes("In June the river rises, as it usually does.", "2021-08-31")["June"].value == "XXXX-06"
    tx = timexes("In June the river rose; it usually rises in July.", "2021-08-31")
    assert (tx["June"].value, tx["July"].value) == ("2021-06", "XXXX-07")
    tx = timexes("In June the river rose, but floods usually come in July.", "2021-08-31")
    assert (tx["June"].value, tx["July"].value) == ("2021-06", "XXXX-07")
    # each sentence has its own cues
    tx = timexes("Floods usually come in July. In June the river rose.", "2021-08-31")
    assert (tx["July"].value, tx["June"].value) == ("XXXX-07", "2021-06")


# --- a step the reference time cannot take -------------------------------------------------------

def test_a_month_step_after_a_season_counts_from_the_time_named_before_it():
    text = "In early May, officers spoke of a breakthrough before the winter. Four months later, little has moved."
    assert timexes(text, "2023-09-20")["Four months later"].value == "2023-09"


# --- a year the narrative names -------------------------------------------------------------------

def test_a_year_the_sentence_is_set_in_governs_the_month_told_after_it():
    text = "The fair has run every year since, except in 2020, when it was called off, and 2021, when it moved to May."
    assert timexes(text, "2024-07-02")["May"].value == "2021-05"
    # a year that only names a thing ("the 2021 fiscal year") or a bound ("since 2021") governs nothing
    text = "It will present the budget for the 2021 fiscal year in October."
    assert timexes(text, "2020-06-18")["October"].value == "2020-10"
    assert timexes("Since 2021 the rebels have held the town, and in March they attacked.", "2024-07-02")["March"].value == "2024-03"
    # a month told as still to come keeps the year its tense gives
    text = "Its last title came in 1994, and the squad will be honoured at a home game in late July."
    assert timexes(text, "2025-05-26")["late July"].value == "2025-07"


def test_a_forecast_looks_ahead():
    # 2026-02-10: last summer is seven months back, the next one four months ahead
    assert timexes("A new cabinet is unlikely before the summer.", "2026-02-10")["the summer"].value == "2026-SU"
    assert timexes("Rates are likely to fall in June.", "2026-02-10")["June"].value == "2026-06"
    assert timexes("The harvest fell short in June.", "2026-02-10")["June"].value == "2025-06"


def test_a_change_over_one_period_is_no_recurrence():
    tx = timexes("It closed up 21 percent, the biggest weekly gain in two years, after a daily drop of 3 percent.", "2022-03-08")
    assert "weekly" not in tx and "daily" not in tx
    assert timexes("The minister gives a weekly address.", "2022-03-08")["weekly"].value == "P1W"


def test_a_length_compared_keeps_earlier_outside():
    tx = timexes("The flu season began about a month earlier than usual.", "2023-11-29")
    t = tx["about a month"]
    assert (t.type, t.value, t.mod) == ("DURATION", "P1M", "APPROX")


def test_a_range_of_months_ends_after_it_starts():
    tx = timexes("The harvest, which runs from April to September, is expected to be small.", "2022-05-12")
    assert (tx["April"].value, tx["September"].value) == ("2022-04", "2022-09")
    tx = timexes("The talks ran from November to February.", "2022-05-12")
    assert (tx["November"].value, tx["February"].value) == ("2021-11", "2022-02")
