"""Anchors the narrative gives: datelines, "overnight", times of day with no day (invented sentences)."""

from __future__ import annotations

import pytest

from footprint.dates import date_event, parse_dct, tag
from footprint.dates.dateline import filing_day
from datetime import date


def timexes(text: str, dct: str | None):
    return {t.text: t for t in tag(text, dct).timexes}


def dated(text: str, dct: str, word: str, sent: str | None = None):
    tx = list(tag(text, parse_dct(dct, source="t")).timexes)
    s = text.index(sent) if sent else 0
    e = text.find(".", text.index(word)) + 1
    w = text.index(word)
    return date_event(text, tx, {"dct": dct}, s, e, w, w + len(word))


# --- datelines ---------------------------------------------------------------------------------


def test_a_dateline_day_anchors_the_weekdays_after_it():
    # published Friday 17 May 2024, filed Wednesday 15 May: "Thursday" is the 9th, not the 16th
    text = "BUNIA, Congo, May 15 (Reuters) — Militiamen raided a camp on Thursday, a local official said."
    tx = timexes(text, "2024-05-17")
    assert tx["May 15"].interval_start == "2024-05-15"
    assert tx["Thursday"].value == "2024-05-09"
    # without the dateline the same sentence counts from the publication date
    assert timexes("Militiamen raided a camp on Thursday, a local official said.", "2024-05-17")["Thursday"].value == "2024-05-16"


def test_yesterday_after_a_dateline_is_the_day_before_filing():
    text = "MOPTI, Mali, March 3 — Soldiers said yesterday that a convoy was hit."
    assert timexes(text, "2025-03-06")["yesterday"].value == "2025-03-02"


def test_each_dateline_of_a_feed_item_governs_the_text_up_to_the_next():
    text = ("Roundup for the week\n\n"
            "KIDAL, Mali, June 10 — Drones struck a market on Sunday.\n\n"
            "MAIDUGURI, Nigeria, June 4 — Gunmen attacked a village on Sunday.")
    tx = tag(text, "2024-06-12").timexes
    sundays = [t.value for t in tx if t.text == "Sunday"]
    assert sundays == ["2024-06-09", "2024-06-02"]


def test_text_before_the_first_dateline_keeps_the_publication_date():
    text = "Updated on Tuesday\nGAO, Mali, May 9 — Rebels attacked on Tuesday."
    tx = tag(text, "2024-05-17").timexes
    assert [t.value for t in tx if t.text == "Tuesday"] == ["2024-05-14", "2024-05-07"]


def test_a_dateline_without_a_year_is_never_after_publication():
    text = "JUBA, Dec. 30 — Troops clashed on Saturday."
    tx = timexes(text, "2025-01-02")
    assert tx["Dec. 30"].value == "2024-12-30"
    assert tx["Saturday"].value == "2024-12-28"
    assert filing_day("2025-12-30", False, date(2025, 1, 2)) == date(2024, 12, 30)
    assert filing_day("2025-05-15", False, date(2025, 5, 16)) == date(2025, 5, 15)


def test_a_dateline_with_a_year_after_publication_anchors_nothing():
    text = "JUBA, June 3, 2025 — Troops clashed on Saturday."
    # inconsistent with its metadata: the publication date stays the anchor
    assert timexes(text, "2025-05-20")["Saturday"].value == "2025-05-17"
    assert filing_day("2025-06-03", True, date(2025, 5, 20)) is None


def test_29_february_in_a_dateline_takes_a_leap_year_or_nothing():
    assert filing_day("2025-02-29", False, date(2025, 3, 2)) is None
    assert filing_day("2024-02-29", False, date(2024, 3, 2)) == date(2024, 2, 29)
    assert filing_day("no day", False, date(2024, 3, 2)) is None


def test_a_date_mid_sentence_is_no_dateline():
    text = "Officials said that on May 15 — a Wednesday — rebels attacked on Thursday."
    # "May 15" is not at the start of a line after a place in capitals: the report date anchors
    assert timexes(text, "2024-05-17")["Thursday"].value == "2024-05-16"


def test_event_dating_follows_the_dateline_anchor():
    text = "BUNIA, Congo, May 15 (Reuters) — Militiamen raided a camp on Thursday, a local official said."
    d, background = dated(text, "2024-05-17", "raided")
    assert (d.start, d.end) == ("2024-05-09", "2024-05-09") and not background


def test_no_dct_no_dateline_anchor():
    # with no report date the dateline's year is unknown: relative dates stay as the tagger infers them
    text = "GAO, Mali, May 9 — Rebels attacked on Tuesday."
    assert timexes(text, None)["Tuesday"].value.startswith("XXXX")


# --- overnight ---------------------------------------------------------------------------------


def test_overnight_is_the_night_before_the_report_day():
    t = timexes("The army said its drones had struck a fuel depot overnight.", "2024-05-20")["overnight"]
    assert (t.type, t.value, t.interval_start, t.interval_end, t.precision) == ("TIME", "2024-05-19TNI", "2024-05-19", "2024-05-20", "day")


def test_overnight_after_a_day_is_the_night_before_that_day():
    text = "Markets fell on Wednesday. Overnight selling in Asia had set the tone."
    t = timexes(text, "2024-05-20")["Overnight"]
    assert (t.value, t.interval_start, t.interval_end, t.anchor) == ("2024-05-14TNI", "2024-05-14", "2024-05-15", "previous")


@pytest.mark.parametrize("text", ["The central bank raised the overnight rate.", "Guests paid for an overnight stay.",
                                  "The film was an overnight success."])
def test_overnight_in_a_compound_noun_is_no_time(text):
    assert "overnight" not in timexes(text, "2024-05-20")


def test_overnight_with_no_report_date_is_unresolved():
    assert timexes("Rockets fell overnight.", None)["overnight"].value == "XXXX-XX-XXTNI"


def test_an_event_overnight_is_dated_to_that_night():
    text = "Residents said several explosions shook the town overnight."
    d, background = dated(text, "2024-10-08", "shook")
    assert (d.start, d.end) == ("2024-10-07", "2024-10-08") and not background


# --- times of day with no day ------------------------------------------------------------------


def test_late_at_night_with_no_day_is_the_report_night():
    t = timexes("Gunmen struck a police post late at night.", "2024-11-14")["late at night"]
    assert (t.type, t.value, t.interval_start, t.mod) == ("TIME", "2024-11-14TNI", "2024-11-14", "END")


def test_at_dawn_with_no_day_is_the_report_day_in_the_tagger():
    t = timexes("Gunmen struck at dawn.", "2024-11-14")["dawn"]
    assert (t.value, t.interval_start, t.interval_end) == ("2024-11-14TMO", "2024-11-14", "2024-11-14")


@pytest.mark.parametrize("phrase", ["at dawn", "late at night", "shortly before dawn", "at 10 p.m."])
def test_a_time_of_day_takes_the_day_told_before_it(phrase):
    text = f"Gunmen attacked a checkpoint near Fada on Tuesday. They returned {phrase} and burned two trucks."
    d, _ = dated(text, "2024-11-14", "burned", sent="They")
    assert (d.start, d.end) == ("2024-11-12", "2024-11-12")


def test_a_day_named_in_the_clause_beats_its_time_of_day():
    text = "Gunmen attacked a checkpoint at dawn on Tuesday."
    d, _ = dated(text, "2024-11-14", "attacked")
    assert (d.start, d.end) == ("2024-11-12", "2024-11-12")


def test_a_time_of_day_with_no_day_anywhere_keeps_the_report_day():
    d, _ = dated("Gunmen attacked a checkpoint at dawn.", "2024-11-14", "attacked")
    assert (d.start, d.end) == ("2024-11-14", "2024-11-14")


# --- a gap after a date ("two days later") ------------------------------------------------------


def test_a_gap_after_a_date_is_a_duration_reaching_a_day():
    text = "Rebels seized the town on 4 March. Three days later, a relief convoy came under fire."
    t = timexes(text, "2024-03-20")["Three days later"]
    assert (t.type, t.value, t.interval_start, t.interval_end, t.anchor) == ("DURATION", "P3D", "2024-03-07", "2024-03-07", "previous")


def test_the_narrative_counts_on_from_the_day_a_gap_reaches():
    text = "Rebels seized the town on 4 March. Two days later they withdrew. The next day troops returned."
    assert timexes(text, "2024-03-20")["The next day"].value == "2024-03-07"


def test_a_gap_in_months_or_years_stays_a_date():
    text = "The accord was signed in May 2019. A year later it collapsed."
    t = timexes(text, "2024-03-20")["A year later"]
    # TIMEX3 names the step at its unit's precision (the year); the interval keeps the month reached
    assert (t.type, t.value) == ("DATE", "2020")
    assert (t.interval_start, t.interval_end) == ("2020-05-01", "2020-05-31")


def test_event_dating_takes_the_day_a_gap_reaches():
    text = "Rebels seized the town on 4 March. Three days later, a relief convoy came under fire."
    d, background = dated(text, "2024-03-20", "fire", sent="Three")
    assert (d.start, d.end) == ("2024-03-07", "2024-03-07") and not background
    # and that day governs the next sentence
    text += " Two drivers were killed."
    d, _ = dated(text, "2024-03-20", "killed", sent="Two drivers")
    assert (d.start, d.end) == ("2024-03-07", "2024-03-07")


def test_a_week_later_counts_seven_days():
    text = "Gunmen raided a market on 2 June. A week later they struck again."
    d, _ = dated(text, "2024-06-20", "struck", sent="A week")
    assert (d.start, d.end) == ("2024-06-09", "2024-06-09")
