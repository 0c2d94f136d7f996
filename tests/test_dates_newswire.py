"""Weekdays in schedules and announcements of recent newswire: a clock time between a schedule verb and its day,
a day newly named for something, a weekday that goes on the account of the one before it (sentences invented
for the tests)."""

from __future__ import annotations

import pytest

from footprint.dates import tag

# a Wednesday: every weekday below is either the Friday or Saturday after it, or the ones before it
DCT = "2023-03-08"


def value_of(text: str, span: str, dct: str = DCT) -> str:
    found = [t.value for t in tag(text, dct).timexes if t.text == span]
    assert found, (span, [t.text for t in tag(text, dct).timexes])
    return found[0]


@pytest.mark.parametrize("text, span, value", [
    # the clock time between the verb and the day no longer hides the schedule
    ("The concert starts at 8:15 p.m. on Friday at the old theatre.", "Friday", "2023-03-10"),
    ("The ferry leaves at 6 a.m. on Saturday from the north pier.", "Saturday", "2023-03-11"),
    ("The vote is now set for 10 a.m. local time on Friday.", "Friday", "2023-03-10"),
    ("Trading opens at 09:30 on Friday after the holiday.", "Friday", "2023-03-10"),
])
def test_a_clock_time_inside_a_schedule_keeps_it_ahead(text, span, value):
    assert value_of(text, span) == value


@pytest.mark.parametrize("text, span, value", [
    ("The miners' union called a strike for Friday.", "Friday", "2023-03-10"),
    ("Opposition leaders announced a national day of protest for Saturday.", "Saturday", "2023-03-11"),
])
def test_a_day_newly_named_for_something_is_still_to_come(text, span, value):
    assert value_of(text, span) == value


@pytest.mark.parametrize("text, span, value", [
    # told in the past, or a known day: the rule stays out of the way
    ("Police said a driver was arrested for a hit-and-run on Monday.", "Monday", "2023-03-06"),
    ("The court fined him for Monday's protest.", "Monday", "2023-03-06"),
    ("The bank posted a loss for January.", "January", "2023-01"),
])
def test_past_and_possessive_days_stay_behind(text, span, value):
    assert value_of(text, span) == value


@pytest.mark.parametrize("text, span, value", [
    ("The first race starts at 2 p.m. on Friday, and the final on Saturday.", "Saturday", "2023-03-11"),
    ("Polls open at 7 a.m. on Friday (0500 GMT on Saturday in the capital).", "Saturday", "2023-03-11"),
    # the earlier weekday told in the past takes the next one back with it
    ("Rebels shelled the town on Monday and again on Tuesday.", "Tuesday", "2023-03-07"),
])
def test_a_weekday_with_no_cue_goes_on_the_account_of_the_one_before(text, span, value):
    assert value_of(text, span) == value


def test_a_long_run_of_bare_weekdays_reads_only_a_few_back():
    # each weekday with no cue reads the one before it, three back at most: a run of thousands must not
    # recurse that deep, and the fourth bare weekday on has no tense (the latest such day, as any bare one)
    text = "The talks start at 9 a.m. on Friday, " + "and on Saturday, " * 400 + "and on Sunday."
    found = tag(text, DCT).timexes
    assert len(found) == 403
    assert [t.value for t in found[2:5]] == ["2023-03-11"] * 3
    assert {t.value for t in found[5:-1]} == {"2023-03-04"}
    assert found[-1].value == "2023-03-05"


@pytest.mark.parametrize("text, first, second", [
    ("The fair will run Sept. 12-14 at the showground.", ("Sept. 12", "2023-09-12"), ("14", "2023-09-14")),
    # the second day is told in the clause of the first and takes its year
    ("Delegates meet June 6–9 in the capital.", ("June 6", "2023-06-06"), ("9", "2023-06-09")),
    ("Envoys will gather Nov. 29-30 for the summit.", ("Nov. 29", "2023-11-29"), ("30", "2023-11-30")),
])
def test_a_day_range_with_a_hyphen_is_two_dates(text, first, second):
    found = [(t.text, t.type, t.value) for t in tag(text, DCT).timexes]
    assert found == [(first[0], "DATE", first[1]), (second[0], "DATE", second[1])]


@pytest.mark.parametrize("text", [
    "The plane, a Su-24, was lost.",
    "Prices rose 3-5 percent.",
    "Crowds of 400-500 gathered.",
    "May 3-4 percent of voters stayed home.",
])
def test_hyphenated_numbers_that_are_no_day_range_stay_untagged(text):
    assert [t.text for t in tag(text, DCT).timexes] == []


@pytest.mark.parametrize("text, span, value", [
    # a forecast with "should" looks ahead like "will" ...
    ("Output should recover by the end of the year, the ministry said on Monday.", "the end of the year", "2023"),
    ("Talks should resume on Friday, a mediator said.", "Friday", "2023-03-10"),
    # ... and "should have" is a past that did not happen
    ("The shipment should have arrived on Monday.", "Monday", "2023-03-06"),
])
def test_should_looks_ahead_and_should_have_looks_back(text, span, value):
    assert value_of(text, span) == value


@pytest.mark.parametrize("text, value", [
    # the night the story tells: of the day named before it, else last night when told in the past
    ("Storms hit the coast early Sunday, and crews worked through the night to restore power.", "2023-03-05TNI"),
    ("Fans celebrated in the streets through the night.", "2023-03-07TNI"),
    ("Talks will go on into the night.", "2023-03-08TNI"),
])
def test_through_the_night_is_a_night_of_the_story(text, value):
    assert value_of(text, "the night") == value


def test_the_night_of_an_event_stays_untagged():
    assert "the night" not in [t.text for t in tag("Fighting raged during the night of the raid.", DCT).timexes]
