"""Thirteenth round: a dateline's year when the report date is guessed, the tense cues of a long sentence read
once, "last\\nyear" after a quarter (invented sentences)."""

from __future__ import annotations

from footprint.dates import tag


def values(text: str, dct=None) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, dct).timexes]


def value_of(found: list[tuple[str, str]], text: str, nth: int = 0) -> str:
    return [v for t, v in found if t == text][nth]


# The year is guessed from "Ramadan, which began on March 11" (2024); 14 April lies after that guess. 14 April
# 2024 is a Sunday, 14 April 2023 a Friday: the lead's "on Sunday" says which.
GUESSED = ("GAO, Mali, April 14 — Gunmen stormed a cattle market north of the town on Sunday, officials said.\n\n"
           "The raid came after Ramadan, which began on March 11. The market was also hit in 2022.")


def test_a_guessed_anchor_does_not_push_a_dateline_a_year_back_against_its_weekday():
    t = tag(GUESSED, None)
    assert t.inferred is not None and t.inferred.value == "2024-03-11"
    found = [(x.text, x.value) for x in t.timexes]
    assert value_of(found, "April 14") == "2024-04-14"
    assert value_of(found, "Sunday") == "2024-04-14"


def test_with_no_weekday_that_agrees_the_dateline_keeps_the_day_before_the_guess():
    text = GUESSED.replace("on Sunday", "overnight")
    t = tag(text, None)
    assert t.inferred is not None and t.inferred.value == "2024-03-11"
    found = [(x.text, x.value) for x in t.timexes]
    assert value_of(found, "April 14") == "2023-04-14"  # the last 14 April up to the guess, as before


def test_a_given_report_date_still_bounds_the_dateline():
    found = values(GUESSED, "2024-03-20")
    assert value_of(found, "April 14") == "2023-04-14"  # no filing day after publication


def test_the_tagger_result_is_the_same_with_the_cues_read_once_per_sentence():
    # a long sentence (no full stop) with many months: each month's tense is read from its own clause
    clause = "rebels held the road in March and will hold it again in June, "
    text = "Reports said " + clause * 60 + "residents said."
    found = values(text, "2024-05-01")
    assert {v for t, v in found if t == "March"} == {"2024-03"}
    assert {v for t, v in found if t == "June"} == {"2024-06"}


def test_last_year_split_by_a_line_break_after_a_quarter():
    for tail in ("the third quarter of last\nyear", "the third quarter of last  year"):
        found = values(f"Output fell in {tail}, the ministry said.", "2024-05-01")
        assert found[0][1] == "2023-Q3", tail
    found = values("Output fell in last\nyear's third quarter, the ministry said.", "2024-05-01")
    assert found[0][1] == "2023-Q3"
    found = values("Output will rise in next\nyear's first quarter, the ministry said.", "2024-05-01")
    assert found[0][1] == "2025-Q1"
