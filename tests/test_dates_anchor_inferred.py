"""The report date inferred from the text when metadata has none (invented sentences)."""

from __future__ import annotations

from datetime import date

import pytest

from footprint.dates import tag
from footprint.dates.anchor import PEG_WINDOW_DAYS, place_peg


def inferred(text: str):
    return tag(text, None).inferred


# --- rule 1: the latest explicit date, not targets -------------------------------------------------


def test_the_latest_past_explicit_date_is_the_lower_bound():
    inf = inferred("The militia was formed in 2019. Its fighters overran the garrison in March 2023, residents said.")
    assert inf.not_before == "2023-03-01" and inf.not_after is None


def test_a_deadline_year_is_no_evidence_of_the_writing_day():
    inf = inferred("The ministry said in 2021 that the road would be rebuilt by 2030.")
    assert inf.not_before == "2021-01-01"
    inf = inferred("The lease, signed in 2019, runs until 2031, the port authority said.")
    assert inf.not_before == "2019-01-01"


def test_a_deadline_alone_gives_no_inference():
    assert inferred("Donors want every displaced family housed by 2030.") is None


# --- rule 2: years ago ------------------------------------------------------------------------------


def test_years_ago_beside_a_year_places_the_writing_year():
    inf = inferred("Three years ago, in 2020, the rebels seized the mines near the border.")
    assert inf.not_before == "2023-01-01"
    assert "3 years ago" in inf.reason


def test_a_hyphenated_count_is_read_whole():
    # the grammar's tag reads "Twenty-one" as 21, never its last part as "one year ago"
    inf = inferred("Twenty-one years ago, in 1999, the first herders crossed the river.")
    assert inf.not_before == "2020-01-01"


def test_years_ago_in_another_sentence_does_not_move_the_year():
    inf = inferred("The rebels seized the mines in 2020. Three years ago the valley was calm, a farmer said.")
    assert inf.not_before == "2020-01-01"


# --- rule 3: year-less news pegs -------------------------------------------------------------------


def test_a_past_yearless_day_is_a_news_peg_after_the_explicit_date():
    inf = inferred("Aid convoys resumed in May 2024. On 3 June, gunmen attacked a convoy near the river.")
    assert inf.value == "2024-06-03"


def test_a_weekday_picks_the_year_the_day_falls_on_it():
    # 6 November is a Thursday in 2025, not in 2024
    inf = inferred("The border crossing shut in 2024. On Thursday 6 November, drones struck a depot, officials said.")
    assert inf.value == "2025-11-06"


def test_place_peg_without_weekday_stays_in_the_window():
    assert place_peg(1, 20, date(2024, 2, 1)) == date(2024, 1, 20)
    assert place_peg(1, 20, date(2024, 6, 1)) == date(2025, 1, 20)
    late = date(2024, 6, 1)
    assert place_peg(4, 5, late) == date(2024, 4, 5)  # 57 days back: inside the window
    assert (late - place_peg(4, 5, late)).days <= PEG_WINDOW_DAYS


def test_place_peg_puts_no_29_february_years_ahead():
    # 2023 has no leap day and 2020 is beyond the year before: the next one (2024) is no recent peg
    assert place_peg(2, 29, date(2023, 1, 1)) is None
    assert place_peg(2, 29, date(2024, 1, 1)) == date(2024, 2, 29)


def test_place_peg_with_a_weekday_that_never_matches_nearby_keeps_the_window_year():
    # 31 April does not exist: no peg at all
    assert place_peg(4, 31, date(2024, 1, 1)) is None


# --- rule 4: days that fix the writing day ----------------------------------------------------------


@pytest.mark.parametrize("text,day", [
    ("The town fell in 2023. Gunmen burned the market yesterday, Oct. 5, a trader said.", "2023-10-06"),
    ("The town fell in 2023. Gunmen burned the market on Oct. 5 (yesterday), a trader said.", "2023-10-06"),
    ("The town fell in 2023. Police said today, 5 October, that the market burned.", "2023-10-05"),
])
def test_a_day_given_with_yesterday_or_today_is_the_writing_day(text, day):
    inf = inferred(text)
    assert inf.value == day and inf.not_before == day


def test_a_dateline_day_is_the_writing_day():
    text = "MAIDUGURI, Nigeria, March 3 — Insurgents raided a camp in August 2024, and on Saturday they struck again."
    inf = inferred(text)
    assert inf.value == "2025-03-03"
    assert inf.reason.startswith("dateline day")


def test_the_dateline_year_comes_after_the_dates_told_as_past():
    text = "MOPTI, March 3 — Soldiers left the camp on 10 June 2024, the army said."
    assert inferred(text).value == "2025-03-03"


def test_a_later_news_peg_outweighs_a_dateline_year_guess():
    text = "MOPTI, March 3 — The mission began on 10 January 2024. On 20 April, soldiers left the camp."
    inf = inferred(text)
    assert inf.value == "2024-04-20"


def test_a_day_inside_a_full_date_is_no_yearless_peg():
    inf = inferred("The ceasefire collapsed on 10 June 2024. Talks failed again in December 2024, two monitors said.")
    assert inf.not_before == "2024-12-01"  # no peg in 2025; the estimate then goes by rule 6


def test_a_dateline_with_its_own_year_needs_no_other_date():
    inf = inferred("GOMA, Congo, 14 February 2025 — Rebels shelled the airport, witnesses said.")
    assert inf.value == "2025-02-14"


# --- nothing to infer, and metadata wins -------------------------------------------------------------


def test_no_explicit_date_gives_no_inference():
    assert inferred("Gunmen attacked a village on Monday, officials said.") is None
    assert inferred("") is None


def test_metadata_date_is_never_replaced():
    t = tag("KABUL, March 3 — Rebels attacked in 2020, three years ago.", "2010-05-05")
    assert t.inferred is None and t.anchor == date(2010, 5, 5)


def test_leap_day_at_the_calendar_ends_is_no_peg():
    # no year before 1 or after 9999 to look in: nothing, not a crash
    assert place_peg(2, 29, date(1, 1, 1)) is None
    assert place_peg(2, 29, date(9999, 12, 31)) is None
    assert place_peg(2, 29, date(2025, 3, 10)) == date(2024, 2, 29)


def test_a_planned_date_is_no_evidence_of_the_writing_day():
    inf = inferred("Fighting killed 40 people in March 2024, officials said. Local elections, expected in 2026, "
                   "could bring new violence.")
    assert inf.not_before == "2024-03-01"
    inf = inferred("Fighting killed 40 people in March 2024. A vote scheduled for June 2026 was discussed.")
    assert inf.not_before == "2024-03-01"
    # a date told as held is evidence as before
    assert inferred("Fighting killed 40 people in March 2024. The vote was held in 2025.").not_before == "2025-01-01"


def test_a_date_set_or_planned_in_the_past_is_evidence_of_the_writing_day():
    # "set"/"planned" tell a plan only before "for": "a curfew set on ...", "a raid planned in ..." were done
    inf = inferred("Gunmen attacked the market on 3 May 2024. A curfew set on 5 May 2024 was lifted a week later.")
    assert inf.not_before == "2024-05-05"
    assert inferred("Fighting resumed in January 2024. The raid, planned in March 2024, failed.").not_before \
        == "2024-03-01"
    # "set for" is still a plan
    assert inferred("Fighting killed 40 in March 2024. Elections are set for June 2026.").not_before == "2024-03-01"


def test_a_year_less_day_the_latest_explicit_period_holds_is_a_day_of_it():
    text = ("The report on the third quarter of 2024 counted 148 killings up to 30 September. The mission's new "
            "chief had arrived on 1 July.")
    assert inferred(text).value == "2024-09-30"  # 1 July of that quarter, not a peg chained a year on
    # a weekday written with the day must fit too: 6 November 2024 is a Wednesday, so this is 2025's
    text = "Strikes went on through November 2024. On Thursday 6 November, talks resumed."
    assert inferred(text).value == "2025-11-06"


# --- rule 6: a month written with its year is seldom in the writing year -------------------------------


def test_a_month_with_its_year_puts_the_estimate_in_the_next_year_and_keeps_the_bound():
    inf = inferred("Rebels took the town in March 2023 and have held it since, residents said.")
    assert (inf.not_before, inf.value) == ("2023-03-01", "2024-01-01")
    assert "next year" in inf.reason


def test_a_bare_year_alone_keeps_the_estimate_at_the_bound():
    # reports name their own year alone too ("a forecast for 2024")
    inf = inferred("The company kept its forecast for 2024, its chairman said.")
    assert inf.value == inf.not_before == "2024-01-01"


def test_a_later_day_keeps_the_estimate_on_it():
    inf = inferred("Rebels took the town in March 2023. On 14 April, they shelled the market.")
    assert inf.value == inf.not_before == "2023-04-14"


def test_a_dateline_day_goes_in_the_year_after_a_written_year():
    inf = inferred("KIGALI, April 7 — Thousands gathered at the memorial, built in 2004, to remember the dead.")
    assert (inf.not_before, inf.value) == ("2004-04-07", "2005-04-07")
    assert inf.reason.startswith("dateline day 'April 7', placed after")


def test_a_dateline_with_its_year_written_is_not_moved():
    inf = inferred("GOMA, 14 February 2025 — Rebels shelled the airport, built in 1996, witnesses said.")
    assert inf.value == inf.not_before == "2025-02-14"


def test_a_target_before_a_full_date_is_no_bound():
    # "by 31 March 2026": the month-year inside the full date is the same target
    inf = inferred("Troops clashed with rebels in June 2025. The minister vowed to end the insurgency by 31 March 2026.")
    assert inf.not_before == "2025-06-01"


# --- rule 7: a year-less day after a bare year told as background ------------------------------------


def test_a_peg_after_a_background_year_is_estimated_in_a_later_year():
    # the bound stays on the day in the background year; the estimate goes a year on
    inf = inferred("The insurgency began in 2018, when soldiers burned a market. On 9 March, gunmen raided a "
                   "clinic near the river, a nurse said.")
    assert (inf.not_before, inf.value) == ("2018-03-09", "2019-03-09")
    assert "told as background" in inf.reason


def test_since_a_year_is_background_too():
    inf = inferred("The two sides have held talks since 2021. Fighters ambushed a patrol on 2 February, the army said.")
    assert (inf.not_before, inf.value) == ("2021-02-02", "2022-02-02")


def test_a_bare_year_not_told_as_background_keeps_the_peg_in_it():
    # "its 2019 budget" is no background wording: the day may well be of that year
    inf = inferred("Officials defended the 2019 budget. On 9 March, lawmakers voted it down, a clerk said.")
    assert inf.value == inf.not_before == "2019-03-09"


def test_a_month_year_keeps_the_peg_in_its_year():
    inf = inferred("The rebels took the mine in June 2021. On 3 July, they set up a checkpoint on the road.")
    assert inf.value == inf.not_before == "2021-07-03"


# --- rule 8: earnings wording keeps a month-year's estimate in its year ---------------------------------


def test_a_yearless_quarter_keeps_the_estimate_on_the_month():
    inf = inferred("Sales fell in June 2011, the retailer said, and third-quarter profit dropped 12%.")
    assert inf.value == inf.not_before == "2011-06-01"


def test_a_quarter_with_its_year_is_no_earnings_cue():
    inf = inferred("Sales fell in June 2011 and the third quarter of 2010 was weaker still, the retailer said.")
    assert (inf.not_before, inf.value) == ("2011-06-01", "2012-01-01")


# --- full dates around shorter ones ------------------------------------------------------------------


def test_the_full_date_around_a_month_year_is_found_among_many():
    from footprint.dates.anchor import _FullDates
    from footprint.dates.grammar import Hit

    def hit(kind, start, end):
        return Hit(kind=kind, start=start, end=end, groups={}, priority=0)

    full = _FullDates.of([hit("dmy", 100, 115), hit("mdy", 10, 30), hit("iso", 40, 50), hit("my", 103, 115)])
    assert full.around(103, 115, strict=True) == 100  # "March 2026" of "31 March 2026"
    assert full.around(100, 115, strict=True) is None  # the full date itself does not begin before it
    assert full.around(100, 115) == 100
    assert full.around(12, 20) == 10 and full.around(45, 52) is None and full.around(60, 70) is None
    assert _FullDates.of([]).around(0, 5) is None


def test_a_deadline_before_a_full_date_among_many_dates_is_no_evidence():
    # a long report of many dates: the target word before "31 March 2026" is still found for its "March 2026"
    text = "In May 2025 gunmen attacked a convoy on 3 May 2025. " * 60 + "The troops must leave by 31 March 2026."
    assert inferred(text).not_before == "2025-05-03"
