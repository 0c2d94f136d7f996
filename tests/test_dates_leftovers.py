"""The year to come, a half-year compared with a year before, an urging until a day, a bare stretch after
"need", and a quoted "tonight" told after the night it names (invented sentences)."""

from __future__ import annotations

from footprint.dates import tag


def timexes(text: str, dct: str):
    return {t.text: t for t in tag(text, dct).timexes}


# --- "the new year" ----------------------------------------------------------------------------------

def test_the_new_year_in_a_december_report_is_the_coming_year():
    ts = timexes("The union said it would resume talks in the new year.", "2016-12-20")
    assert ts["the new year"].type == "DATE"
    assert ts["the new year"].value == "2017"


def test_the_new_year_in_an_autumn_report_is_the_coming_year_too():
    ts = timexes("Schools are not expected to reopen before the new year.", "2019-10-02")
    assert ts["the new year"].value == "2020"


def test_the_new_year_in_january_is_the_year_just_begun():
    ts = timexes("Prices have risen sharply since the new year.", "2021-01-19")
    assert ts["the new year"].value == "2021"


def test_new_years_day_stays_a_holiday():
    ts = timexes("The ceasefire was signed on New Year's Day.", "2018-01-03")
    assert "the new year" not in ts
    assert ts["New Year's Day"].value == "2018-01-01"


# --- "the same period a year earlier" after a half-year -----------------------------------------------

def test_the_same_period_after_six_months_to_june_is_the_half_a_year_before():
    text = "Profit was 40 million dollars in the six months to June 30, up from 31 million in the same period a year earlier."
    ts = timexes(text, "2013-08-06")
    assert ts["the same period a year earlier"].value == "2012-H1"


def test_the_same_period_after_the_second_half_is_that_half_a_year_before():
    text = "Sales rose 4 percent in the second half. They had fallen in the same period a year earlier."
    ts = timexes(text, "2015-02-11")
    assert ts["the same period a year earlier"].value == "2013-H2"


def test_the_same_period_with_no_half_named_stays_the_year_ago_quarter():
    text = "Sales rose 4 percent, compared with a fall in the same period a year earlier."
    ts = timexes(text, "2015-08-11")
    assert ts["the same period a year earlier"].value == "2014-Q2"


# --- "until" after an urging or a warning --------------------------------------------------------------

def test_urged_to_stay_until_a_weekday_looks_ahead():
    ts = timexes("The mayor urged drivers to stay off the bridge until Sunday.", "2018-09-14")
    assert ts["Sunday"].value == "2018-09-16"


def test_warned_not_to_return_till_a_weekday_looks_ahead():
    ts = timexes("Police warned residents not to return to the valley till Tuesday.", "2020-03-05")
    assert ts["Tuesday"].value == "2020-03-10"


def test_stayed_until_a_weekday_without_an_urging_looks_back():
    ts = timexes("The crowd stayed in the square until Sunday.", "2018-09-14")
    assert ts["Sunday"].value == "2018-09-09"


# --- a bare stretch after "need" ------------------------------------------------------------------------

def test_weeks_after_need_is_a_vague_duration():
    ts = timexes("Engineers said they would need weeks to rebuild the line.", "2018-09-14")
    assert ts["weeks"].type == "DURATION"
    assert ts["weeks"].value == "PXW"


def test_weeks_after_a_determiner_is_no_stretch():
    assert "weeks" not in timexes("The weeks passed slowly.", "2018-09-14")


# --- a quoted "tonight" ------------------------------------------------------------------------------------

def test_a_quoted_tonight_told_in_the_past_is_the_night_of_the_match():
    text = ("The side won Tuesday night's semi-final in Accra.\n\n"
            '"Nobody believed in us," the coach said. "Tonight we proved them wrong."')
    ts = timexes(text, "2022-03-09")
    assert ts["Tonight"].type == "TIME"
    assert ts["Tonight"].value == "2022-03-08TNI"


def test_a_quoted_tonight_told_in_the_future_is_the_report_night():
    text = 'The side won Tuesday night\'s semi-final in Accra.\n\n"Tonight we will celebrate," the coach said.'
    ts = timexes(text, "2022-03-09")
    assert ts["Tonight"].value == "2022-03-09TNI"


def test_an_unquoted_tonight_told_in_the_past_stays_the_report_night():
    text = "The side won Tuesday night's semi-final. Tonight the streets were quiet."
    ts = timexes(text, "2022-03-09")
    assert ts["Tonight"].value == "2022-03-09TNI"


# --- a clock time counted from a named event ----------------------------------------------------------

def test_a_clock_time_days_before_an_event_told_with_its_verb_is_one_time():
    text = ("The judge was shot dead outside his office last March 14. "
            "A guard saw the gunman's van in the car park at 7 a.m. three days before the shooting.")
    ts = timexes(text, "2017-06-02")
    assert ts["7 a.m. three days"].type == "TIME"
    assert ts["7 a.m. three days"].value == "2017-03-11T07:00"


def test_a_clock_time_weeks_after_an_event_named_by_its_noun():
    text = "The raid on the depot came on Feb. 2. The trucks returned at 11 p.m. two weeks after the raid."
    ts = timexes(text, "2016-05-20")
    assert ts["11 p.m. two weeks"].value == "2016-02-16T23:00"


def test_with_no_day_for_the_event_the_clock_time_and_the_gap_stay_apart():
    text = "A guard saw the van at 7 a.m. three days before the shooting."
    ts = timexes(text, "2017-06-02")
    assert "7 a.m. three days" not in ts
    assert ts["three days"].type == "DURATION"
    assert ts["7 a.m."].type == "TIME"


def test_the_event_day_is_told_in_the_nearest_sentence_before():
    # two shootings: the gap counts from the one told last before it (the first sentence misled the rule)
    text = ("Gunmen shot a bus driver in the north on May 2. Weeks later, police shot a suspect in the port on "
            "June 10. A witness saw the suspect's car at 6 a.m. two days before the shooting.")
    ts = timexes(text, "2018-07-01")
    assert ts["6 a.m. two days"].value == "2018-06-08T06:00"


def test_with_no_day_told_before_the_nearest_sentence_after_tells_it():
    text = ("A van was seen at 5 p.m. three days before the bombing, a resident said. "
            "The bombing of the market happened on March 9.")
    ts = timexes(text, "2018-04-02")
    assert ts["5 p.m. three days"].value == "2018-03-06T17:00"


def test_a_noun_that_names_no_event_is_no_anchor():
    # "the house" is no event: its sentence's day is not the fire's
    text = ("The family moved into the house on May 3, 2015. "
            "Firefighters arrived at 6 a.m. two days after the house caught fire.")
    ts = timexes(text, "2019-01-10")
    assert "6 a.m. two days" not in ts
    assert ts["6 a.m."].type == "TIME" and ts["two days"].type == "DURATION"


def test_the_end_of_another_stretch_is_no_anchor():
    # "ended June 30" is the half-year's end, not the day of "the end" the clock time counts from
    text = "Revenue rose in the six months ended June 30. The plant shut at 9 p.m. two days before the end."
    ts = timexes(text, "2016-08-04")
    assert "9 p.m. two days" not in ts


def test_event_nouns_an_ing_form_an_irregular_verb_and_the_lexicon_name_events():
    text = "A teenager was stabbed near the station on Nov. 8. Cameras show him there at 4 p.m. two days before the stabbing."
    assert timexes(text, "2017-12-01")["4 p.m. two days"].value == "2017-11-06T16:00"
    text = "The two men fought outside a bar on Sept. 12. Police had warned one of them at 10 p.m. three days before the fight."
    assert timexes(text, "2019-10-01")["10 p.m. three days"].value == "2019-09-09T22:00"
    text = "The ambush on the convoy came on April 20. Scouts were seen at 7 a.m. two weeks before the ambush."
    assert timexes(text, "2021-05-02")["7 a.m. two weeks"].value == "2021-04-06T07:00"


# --- a day counted in a stretch, told as now ------------------------------------------------------------

def test_the_nth_day_of_a_stretch_told_as_now_is_the_report_day():
    ts = timexes("In the capital, today is the fifth day of the curfew.", "2019-07-03")
    assert ts["the fifth day"].type == "DATE"
    assert ts["the fifth day"].value == "2019-07-03"
    ts = timexes("It's the second day of a strike by dock workers.", "2019-07-03")
    assert ts["the second day"].value == "2019-07-03"


def test_the_nth_day_of_a_stretch_told_otherwise_is_left_untagged():
    assert "the third day" not in timexes("The witness spoke on the third day of the trial.", "2019-07-03")
