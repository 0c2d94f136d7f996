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
