"""An ordinal list sharing a plural "quarters", "the day before X" in apposition to a date, and "earlier in the
week" after a day told in another week than the report's (invented sentences)."""

from __future__ import annotations

from footprint.dates import tag


def timexes(text: str, dct: str):
    return {t.text: t for t in tag(text, dct).timexes}


def test_each_member_of_a_habitual_quarter_list_is_a_set():
    ts = timexes("Shipments of grain usually peak in the first and third quarters.", "2021-05-12")
    assert (ts["first"].type, ts["first"].value) == ("SET", "XXXX-Q1")
    assert (ts["third quarters"].type, ts["third quarters"].value) == ("SET", "XXXX-Q3")


def test_a_year_after_the_list_governs_every_member():
    ts = timexes("Exports fell in the first, second and third quarters of 2019.", "2021-05-12")
    assert ts["first"].value == "2019-Q1" and ts["second"].value == "2019-Q2"
    assert ts["third quarters of 2019"].value == "2019-Q3"
    assert ts["first"].interval_start == "2019-01-01" and ts["first"].interval_end == "2019-03-31"


def test_a_quarter_list_with_no_year_follows_the_tense():
    ts = timexes("Imports rose in the third and fourth quarters, the bureau said.", "2021-05-12")
    assert ts["third"].value == "2020-Q3" and ts["fourth quarters"].value == "2020-Q4"
    ts = timexes("Imports will rise in the third and fourth quarters of this year.", "2021-05-12")
    assert ts["third"].value == "2021-Q3" and ts["fourth quarters of this year"].value == "2021-Q4"


def test_an_ordinal_list_of_other_nouns_is_no_date():
    assert tag("The second and fourth floors were flooded.", "2021-05-12").timexes == ()
    assert "second" not in timexes("The second and third rounds of talks failed.", "2021-05-12")


def test_the_day_in_apposition_to_a_date_is_that_date():
    ts = timexes("Markets were calm on Sept. 4, the day before the vote, dealers said.", "2020-09-20")
    assert ts["Sept. 4"].value == "2020-09-04"
    assert (ts["the day"].value, ts["the day"].anchor) == ("2020-09-04", "previous")
    ts = timexes("The convoy left Gao on Monday, the day after the bridge reopened.", "2021-05-12")
    assert ts["the day"].value == "2021-05-10"


def test_the_day_before_with_no_date_before_it_is_not_tagged():
    assert "the day" not in timexes("Voters queued, the day before the vote, for hours.", "2020-09-20")
    assert "the day" not in timexes("In 2019, the day before the vote was calm.", "2020-09-20")


def test_the_day_before_a_date_still_counts_from_it():
    ts = timexes("Shops shut on Dec. 20, the day before Christmas Eve.", "2021-01-10")
    assert ts["the day before Christmas Eve"].value == "2020-12-23"


REVIEW = ("Bandits burned a grain store in a border village on Sunday, residents said. Earlier in the week, a "
          "patrol was ambushed on the main road.")


def test_earlier_in_the_week_after_a_day_of_the_week_before_the_report_is_that_week():
    ts = timexes(REVIEW, "2025-11-10")  # a Monday: Sunday closes the week before
    t = ts["Earlier in the week"]
    assert t.value == "2025-W45" and (t.interval_start, t.interval_end) == ("2025-11-03", "2025-11-09")


def test_later_in_the_week_starts_on_the_day_told():
    ts = timexes("Police detained two men on Thursday. Later in the week, a court freed them.", "2025-11-17")
    t = ts["Later in the week"]
    assert t.value == "2025-W46" and (t.interval_start, t.interval_end) == ("2025-11-13", "2025-11-16")


def test_earlier_in_the_week_with_no_day_told_or_a_day_of_this_week_is_the_report_week():
    assert timexes("Earlier in the week, a patrol was ambushed on the main road.", "2025-11-10")[
        "Earlier in the week"].value == "2025-W46"
    assert timexes("Police detained two men on Thursday. Earlier in the week, a court freed them.", "2025-11-14")[
        "Earlier in the week"].value == "2025-W46"


def test_a_day_told_long_before_does_not_set_the_week():
    text = ("Bandits burned a grain store on Sunday. The road reopened later. Aid groups sent food. "
            "Earlier in the week, a patrol was ambushed.")
    assert timexes(text, "2025-11-10")["Earlier in the week"].value == "2025-W46"
