"""A week to a day of the month, military day counts, weekdays in a Monday digest
(invented sentences)."""

from __future__ import annotations

from datetime import date

from footprint.dates import tag

PUBLISHED = "2024-03-20"  # a Wednesday


def found(text: str, dct: str = PUBLISHED) -> list[tuple[str, str, str, str | None, str | None]]:
    return [(t.text, t.type, t.value, t.interval_start, t.interval_end)
            for t in tag(text, date.fromisoformat(dct)).timexes]


# --- "the week to 17 March": a week-long duration ending on that day ----------------------------------------------


def test_the_week_to_a_day_of_the_month_is_a_week_long_duration_ending_on_it():
    week = ("the week", "DURATION", "P1W", "2024-03-11", "2024-03-17")
    assert found("Displacement rose in the week to 17 March, monitors said.") == [
        week, ("17 March", "DATE", "2024-03-17", "2024-03-17", "2024-03-17")]
    assert found("Displacement rose in the week to March 17, monitors said.")[0] == week
    assert found("Prices fell in the week ending the 17th of March.")[0] == week
    assert found("Prices fell in the week to March 17, 2023.")[0] == (
        "the week", "DURATION", "P1W", "2023-03-11", "2023-03-17")


def test_a_week_of_a_day_is_still_the_week_holding_it():
    assert found("Talks resume the week of March 17.")[0][1:3] == ("DATE", "2024-W11")


# --- "D+3", "D-Day", "H-hour": a count of days is a date only from a stated D-Day --------------------------------


def test_a_day_count_with_no_d_day_stated_is_no_date():
    for text in ("Results must be announced by D+3, the commission said.",
                 "The assault began at H-hour and the bridge fell at H+6.",
                 "Troops landed on D-Day.",
                 "Vitamin D-3 sales rose on D-Day, 5 March.",
                 "D-Day was Monday. The D+2 deadline passed."):
        assert [t for t in found(text) if t[0].startswith(("D", "H"))] == [], text


def test_a_day_count_after_a_stated_d_day_is_that_many_days_on():
    text = ("The sweep, which the army called D-Day, began on 31 January. By D+3 engineers had cleared the road, "
            "and the column reached the town at 14:15 that day.")
    got = found(text)
    assert ("D+3", "DATE", "2024-02-03", "2024-02-03", "2024-02-03") in got
    assert ("that day", "DATE", "2024-02-03", "2024-02-03", "2024-02-03") in got
    text = "D-day for the vote is 12 May, and the count ends on D+2. Campaigning stops on D-1."
    assert [t[:3] for t in found(text)] == [("12 May", "DATE", "2024-05-12"), ("D+2", "DATE", "2024-05-14"),
                                            ("D-1", "DATE", "2024-05-11")]


def test_d_day_before_a_noun_states_no_day_to_count_from():
    text = "The D-Day landings of 1944 were marked on Thursday. By D+1 the veterans had gone home."
    assert [t[0] for t in found(text)] == ["1944", "Thursday"]


# --- a weekly summary published early in the week tells of the week just closed -----------------------------------

DIGEST = ("Mali: gunmen attacked a convoy near Gao on Tuesday, drivers said.\n\n"
          "Niger: six soldiers were killed near Tillia on Sunday. Talks resume on Thursday.")


def weekdays(text: str, dct: str, title: str | None) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, date.fromisoformat(dct), title=title).timexes]


def test_a_weekly_summary_out_on_a_wednesday_reads_its_weekdays_in_the_week_before():
    # 2025-11-12 is a Wednesday: the week before runs from Monday 3 to Sunday 9 November
    assert weekdays(DIGEST, "2025-11-12", "Security watch, the week in brief") == [
        ("Tuesday", "2025-11-04"), ("Sunday", "2025-11-09"), ("Thursday", "2025-11-13")]
    assert weekdays(DIGEST, "2025-11-12", "Sahel Security Weekly: 3-9 November")[0] == ("Tuesday", "2025-11-04")


def test_weekdays_keep_their_plain_reading_without_a_weekly_title_or_late_in_the_week():
    assert weekdays(DIGEST, "2025-11-12", "Gunmen attack weekly market near Gao")[0] == ("Tuesday", "2025-11-11")
    assert weekdays(DIGEST, "2025-11-12", None)[0] == ("Tuesday", "2025-11-11")
    # 2025-11-14 is a Friday: a summary of the week in course
    assert weekdays(DIGEST, "2025-11-14", "Security watch, the week in brief")[0] == ("Tuesday", "2025-11-11")


def test_a_weekday_said_as_last_or_next_is_left_as_said_in_a_weekly_summary():
    text = "Troops left Gao last Tuesday. Talks resume next Monday."
    assert weekdays(text, "2025-11-12", "Security watch, the week in brief") == [
        ("last Tuesday", "2025-11-11"), ("next Monday", "2025-11-17")]
