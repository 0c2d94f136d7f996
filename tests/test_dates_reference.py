"""Unit tests: tense cues, reference-time anaphora, spelled-out years, named periods and durations."""

from __future__ import annotations

import pytest

from footprint.dates import tag
from footprint.dates.periods import spelled_year
from footprint.dates.reference import apply
from footprint.dates.resolve import duration_value
from footprint.dates.tense import _WEEKDAY_WORD, Context, _cues


def values(text: str, dct: str | None = "2022-03-16") -> dict[str, str]:
    return {t.text: t.value for t in tag(text, dct).timexes}


def timex(text: str, span: str, dct: str | None = "2022-03-16"):
    found = [t for t in tag(text, dct).timexes if t.text == span]
    assert len(found) == 1, [t.text for t in tag(text, dct).timexes]
    return found[0]


# --- tense -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,span,tense", [
    ("The mayor will be named on Monday.", "Monday", "future"),  # participle after an auxiliary: "will" decides
    ("The mayor was named on Monday.", "Monday", "past"),
    ("Militias are planning a march on Saturday.", "Saturday", "future"),
    ("On Saturday, militias stormed the depot.", "Saturday", "past"),  # no cue on the left: the right one
    ("The governor said on Monday that talks will resume.", "Monday", "past"),
    ("The dividend is payable Dec. 7 to holders.", "Dec. 7", "future"),
    ("The grants would be handed out on a day yet to be set in June.", "June", "future"),
    ("The council is calling for a vote on Friday.", "Friday", ""),
    ("Rebels could have struck on Friday.", "Friday", "past"),
    ("Two aid workers were hurt in a blast next to the clinic on Friday.", "Friday", "past"),  # "next to": a place
    ("Herders said they planned to cross the river on Friday.", "Friday", "future"),
    ("The union planned a rally in the square on Sunday.", "Sunday", "future"),
    ("On Sunday, the union planned a rally in the square.", "Sunday", ""),  # a plan after the date is no cue
    ("The mayor had planned to go to Gao on Friday, but was stopped.", "Friday", "past"),
    ("The court postponed the hearing until Monday.", "Monday", "future"),  # a postponement reaches forward
    ("Mediators extended their deadline for a reply until Friday.", "Friday", "future"),
    ("The curfew lasted until Monday.", "Monday", "past"),
    ("The lender has extended the credit line to the mill through January.", "January", "future"),
    ("Part of a plan to repay the loan by March.", "March", "future"),  # a deadline with no tense looks ahead
    ("The reports had been filed by Monday.", "Monday", "past"),
    ("Lawyers said they would try to overturn Tuesday's verdict.", "Tuesday", "past"),  # a named event: known
    ("Parties will campaign ahead of Sunday's vote.", "Sunday", "future"),
    ("Traders had sold their stakes ahead of the weekend.", "the weekend", "future"),
])
def test_tense_of_the_clause(text, span, tense):
    i = text.index(span)
    assert Context(text, None).tense(i, i + len(span)) == tense


def test_weekday_of_the_report_day_is_the_report_day():
    # 2022-03-16 is a Wednesday: "Wednesday" in a report of that day is that day, whatever the tense
    assert values("Talks will open Wednesday in Niamey.")["Wednesday"] == "2022-03-16"
    assert values("Talks will open on Thursday.")["Thursday"] == "2022-03-17"
    assert values("Talks opened on Thursday.")["Thursday"] == "2022-03-10"


def test_a_deadline_with_no_tense_is_the_next_one():
    # "by February" with nothing to tell the tense: the coming February, though it is months ahead
    assert values("The aim: the bridge loan repaid by February.", "2021-10-30")["February"] == "2022-02"


def test_year_of_a_month_follows_the_tense_within_reach():
    # past wording reaches back most of a year; with no cue, a date far ahead reads as the past one
    assert values("The chief resigned in January for health reasons.", "2022-09-20")["January"] == "2022-01"
    assert values("The chief will resign in May.")["May"] == "2022-05"
    assert values("Revenue for the year ended Jan. 31 rose.", "2022-11-01")["Jan. 31"] == "2022-01-31"
    # a tense reaching past half a year yields to an occurrence within two months
    assert values("They decided to withdraw in early April.", "2022-03-01")["early April"] == "2022-04"


# --- reference time ----------------------------------------------------------------------------------

def test_anaphoric_expressions_count_from_the_last_date_mentioned():
    text = ("The town fell on May 22, 2015, and the following year the army returned. "
            "Two days later a convoy was hit. The following month, aid resumed.")
    v = values(text, "2022-03-16")
    assert v["the following year"] == "2016"
    # a gap is a duration (TimeML); its interval is what it reaches, at the reference's precision
    assert v["Two days later"] == "P2D"
    t = timex(text, "Two days later", "2022-03-16")
    assert (t.type, t.interval_start, t.interval_end) == ("DURATION", "2016-01-01", "2016-12-31")
    text = "Gunmen struck on 3 March 2021. Three days later the village was empty. Later that day, troops came."
    v = values(text, "2022-03-16")
    assert v["Three days later"] == "P3D"
    assert v["Later that day"] == "2021-03-06"
    t = timex(text, "Three days later", "2022-03-16")
    assert t.anchor == "previous" and t.interval_start == "2021-03-06"


def test_anaphora_without_a_prior_date_falls_back_on_the_report_date():
    t = timex("The following month, the junta fell.", "The following month")
    assert t.value == "2022-04" and t.anchor == "dct"


def test_that_day_after_a_month_keeps_the_month():
    assert values("He fled in October 2020 and was seen that same day in Gao.")["that same day"] == "2020-10-XX"


def test_parts_of_the_day_count_from_the_reference_day():
    text = "The convoy left on Tuesday, March 8, 2022. It reached Gao the next morning and crossed in the afternoon."
    v = values(text)
    assert v["the next morning"] == "2022-03-09TMO" and v["the afternoon"] == "2022-03-09TAF"
    assert timex(text, "the next morning").anchor == "previous"
    # with no day to count from (a year only), they stay on the report day
    assert values("In 2019 the town was calm. Shots rang out in the evening.")["the evening"] == "2022-03-16TEV"


def test_previous_weekday_counts_from_the_reference_day():
    text = "Markets closed on Friday, March 11, 2022, down 4% from the previous Friday."
    assert values(text)["the previous Friday"] == "2022-03-04"


def test_year_back_comparisons_stay_with_the_reported_quarter():
    text = ("Profit rose in the third quarter of 2021. It was $2 million a year earlier, "
            "and sales were flat from a year ago.")
    v = values(text, "2021-11-02")
    assert v["a year earlier"] == "2020-Q3"
    assert v["a year ago"] == "2020-Q3"


def test_year_back_comparisons_far_from_the_reported_quarter_keep_it():
    text = ("The miller lost $4 million in the second quarter. Its chief blamed drought. "
            "Flour prices fell. A year ago, it earned $1 million. Sales were flat from a year earlier.")
    v = values(text, "2021-08-02")
    assert v["A year ago"] == "2020-Q2" and v["a year earlier"] == "2020-Q2"


def test_year_back_comparisons_after_another_period_are_years():
    # "the six months" (or a year, a month) named after the quarter: the comparison is no longer with it
    text = ("The miller lost $4 million in the second quarter. Its chief blamed drought. "
            "For the six months, it lost $9 million. Flour prices fell. It earned $2 million a year earlier.")
    assert values(text, "2021-08-02")["a year earlier"] == "2020"
    text = ("The miller lost $4 million in the second quarter. Its chief blamed drought. "
            "In 2019 it had closed a mill. Flour prices fell. A year ago, it earned $1 million.")
    assert values(text, "2021-08-02")["A year ago"] == "2020"


def test_year_earlier_far_from_any_date_is_a_year_before_the_report():
    text = "Officials spoke at length. Nothing was said. Costs were higher than a year earlier."
    assert values(text, "2021-11-02")["a year earlier"] == "2020"


def test_next_year_as_a_duration_is_not_anaphoric():
    t = timex("Output will rise over the next year.", "the next year")
    assert t.type == "DURATION" and t.value == "P1Y"


@pytest.mark.parametrize("ref,op,out", [
    ("2021-03-03", ("shift", 2, "D"), "2021-03-05"),
    ("2021-Q3", ("shift", -1, "Y"), "2020-Q3"),
    ("2021-SU", ("shift", -1, "Y"), "2020-SU"),
    ("1995", ("step", "year", 1), "1996"),
    ("1995", ("step", "day", 1), None),
    ("2021-03-03", ("same", "month"), "2021-03"),
    ("2021-03", ("same", "day"), "2021-03-XX"),
    ("2021-03-03T10:00", ("weekday", 4, -1), "2021-02-26"),
    ("PRESENT_REF", ("same", "day"), None),
])
def test_apply_an_operation_to_a_reference(ref, op, out):
    assert apply(ref, op) == out


# --- named periods, spelled years, durations -----------------------------------------------------------

@pytest.mark.parametrize("words,year", [
    ("nineteen ninety-six", 1996), ("Nineteen seventy", 1970), ("nineteen oh five", 1905),
    ("two thousand", 2000), ("two thousand and one", 2001), ("twenty twenty-two", 2022),
    ("nineteen hundred", 1900), ("nineteen bananas", None), ("twenty", None),
])
def test_spelled_years(words, year):
    assert spelled_year(words) == year


def test_spelled_years_in_text_and_counts_that_are_not_years():
    v = values("In nineteen ninety-six the dam broke; by the year two thousand it was rebuilt.")
    assert v["nineteen ninety-six"] == "1996" and v["the year two thousand"] == "2000"
    assert "two thousand" not in values("Some two thousand troops arrived.")


def test_month_of_a_relative_year():
    v = values("The camp opened in June last year and closed in February this year.", "2022-03-16")
    assert v["June last year"] == "2021-06" and v["February this year"] == "2022-02"


def test_year_end_and_the_fiscal_year():
    assert timex("The sale should close by year-end.", "year-end").value == "2022"
    assert timex("The sale should close by year-end.", "year-end").mod == "END"
    assert values("Sales for the full year rose.")["the full year"] == "2022"
    t = timex("Revenue for the year ended March 31 fell.", "the year")
    assert (t.type, t.value) == ("DURATION", "P1Y")


@pytest.mark.parametrize("n,letter,value", [
    (2.5, "Y", "P2Y6M"), (5.5, "H", "PT5H30M"), (1.5, "MIN", "PT1M30S"), (2, "Q", "P2Q"),
    (None, "Q", "PXQ"), (0.5, "Y", "P6M"), (4, "Y", "P4Y"), (None, "DE", "PXY"),
])
def test_duration_values(n, letter, value):
    assert duration_value(n, letter) == value


def test_a_minute_and_a_half():
    assert values("The shelling stopped a minute and a half later.")["a minute and a half"] == "PT1M30S"


def test_sentence_initial_counts():
    assert values("A year ago, the town was calm.", "2022-03-16")["A year ago"] == "2021"
    assert values("A decade ago, the town was calm.", "2022-03-16")["A decade ago"] == "201"


def _weekday_labels(text: str, order: int) -> list[str]:
    ctx = Context(text, None)
    found = list(_WEEKDAY_WORD.finditer(text))
    labels = {m.start(): ctx.tense(m.start(), m.end()) for m in found[::order]}
    return [labels[m.start()] for m in found]


def test_listed_weekdays_take_the_same_tense_in_any_lookup_order_and_reach_three_back():
    # each weekday's window reaches only the weekday before it, so the first one's past tense is carried
    # along the list, three weekdays back at most
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
    text = "The fair opened on Monday" + "".join(
        f", then a long parade of drums and horns through the old town square on {d}" for d in days[1:]) + "."
    assert _weekday_labels(text, 1) == _weekday_labels(text, -1) == ["past"] * 5 + [""]


def test_should_have_after_an_auxiliary_is_still_a_past_cue():
    # a past modal form is a cue even where an auxiliary stands before it, as "would have" is
    assert [lab for _, _, lab in _cues("not should have")] == ["past"]
