"""Long hostile runs of clock gaps, ordinal lists and weekday lists: tagging finishes and gives the small,
expected result; real-sized lists read as before (invented sentences)."""

from __future__ import annotations

from collections import Counter

from footprint.dates import tag


def values(text: str, dct: str) -> Counter:
    return Counter(t.value for t in tag(text, dct).timexes)


def test_many_clock_gaps_with_no_day_told_keep_the_clock_time_and_the_gap_apart():
    text = "9 p.m. ten days before the evacuation " * 600
    assert values(text, "2020-01-15") == Counter({"2020-01-15T21:00": 600, "P10D": 600})


def test_many_clock_gaps_count_from_the_day_told_once():
    text = "The town was evacuated on March 20, 2019. " + "Smoke rose at 9 p.m. ten days before the evacuation. " * 400
    got = values(text, "2019-04-02")
    assert got["2019-03-10T21:00"] == 400 and got["2019-03-20"] == 1
    assert "P10D" not in got


def test_each_gap_counts_from_the_nearest_sentence_before_that_tells_a_day():
    # the day told last before a gap wins, whichever day was told earlier or later in the text
    part = ("Police raided a camp on May {d}, 2018. Guards left at 6 a.m. two days before the raid. "
            "Traders closed at 7 p.m. three days after the raid. ")
    text = "".join(part.format(d=d) for d in range(5, 25))
    got = values(text, "2018-06-30")
    for d in range(5, 25):
        assert got[f"2018-05-{d - 2:02d}T06:00"] == 1 and got[f"2018-05-{d + 3:02d}T19:00"] == 1


def test_a_gap_before_any_day_told_counts_from_the_first_sentence_after():
    text = "Shops shut at 5 p.m. two days before the bombing. " * 50 + "The bombing happened on July 9, 2017."
    assert values(text, "2017-08-01")["2017-07-07T17:00"] == 50


def test_a_long_ordinal_list_tags_only_the_members_a_year_can_have():
    text = "Sales fell in the " + "first, " * 5000 + "and second quarters of 2020."
    assert values(text, "2021-05-12") == Counter({"2020-Q1": 4, "2020-Q2": 1})


def test_a_long_ordinal_list_with_no_noun_tags_nothing():
    assert not tag("second, " * 5000, "2021-05-12").timexes


def test_a_four_quarter_list_still_tags_every_member():
    got = values("Output rose in the first, second, third and fourth quarters of 2018.", "2021-05-12")
    assert got == Counter({"2018-Q1": 1, "2018-Q2": 1, "2018-Q3": 1, "2018-Q4": 1})


def test_a_long_weekday_list_makes_only_its_last_week_a_recurrence():
    text = "Patrols ran on " + "Monday, " * 3000 + "and Tuesday nights."
    got = values(text, "2020-01-15")
    assert got["XXXX-WXX-2TNI"] == 1 and got["XXXX-WXX-1TNI"] == 7
    assert sum(got.values()) == 3001


def test_a_full_week_list_is_a_recurrence_on_every_day():
    text = "Markets open on Monday, Tuesday, Wednesday, Thursday, Friday, Saturday and Sunday mornings."
    got = values(text, "2020-01-15")
    assert got == Counter({f"XXXX-WXX-{d}TMO": 1 for d in range(1, 8)})
