"""Unit tests: TimeML conventions the tagger follows, sentence bounds, and event dating read from a Doc's tokens."""

from __future__ import annotations

import pytest
import spacy

from footprint import nlp as nlp_mod
from footprint.dates import DatesComponent, doc_cut, event_date, tag
from footprint.dates.tense import sentence_starts


def values(text: str, dct: str | None = "2022-03-16") -> dict[str, tuple[str, str]]:
    return {t.text: (t.type, t.value) for t in tag(text, dct).timexes}


@pytest.mark.parametrize("text,span,type_,value", [
    ("Patrols will stay for two more weeks.", "two more weeks", "DURATION", "P2W"),
    ("The lease may run for an additional year.", "an additional year", "DURATION", "P1Y"),
    ("The base may stay open for at least 20 more years.", "at least 20 more years", "DURATION", "P20Y"),
    ("Convoys will face delays in the weeks ahead.", "the weeks ahead", "DURATION", "PXW"),
    ("Prices may fall in the near term.", "the near term", "DATE", "FUTURE_REF"),
    ("The vote was put off to a later date.", "a later date", "DATE", "FUTURE_REF"),
    ("A festival is held every July in the town.", "every July", "SET", "XXXX-07"),
    ("This quarter's losses were large.", "This quarter", "DATE", "2022-Q1"),
])
def test_timeml_conventions(text, span, type_, value):
    assert values(text)[span] == (type_, value)


def test_ages_are_not_durations():
    assert values("The commander, 52 years old, was replaced.") == {}
    assert values("A 6-year-old boy was hurt.") == {}
    assert values("He served 52 years in the army.")["52 years"] == ("DURATION", "P52Y")


def test_a_date_far_ahead_with_no_tense_cue_is_the_past_one():
    # no cue: March 2022 lies more than two months ahead of a December report, so the March before is meant
    assert values("Sales: a low in March.", "2021-12-20")["March"] == ("DATE", "2021-03")
    assert values("Sales: a low in March.", "2022-01-10")["March"] == ("DATE", "2022-03")  # near: the coming one
    # a cue for the future still reaches ahead
    assert values("Output will peak in March.", "2021-12-20")["March"] == ("DATE", "2022-03")


def test_abbreviations_do_not_end_sentences():
    text = "The St. Louis firm met Mr. Ade in the U.S. on Sept. 30. Talks ended. Aid came.\n\nNew paragraph."
    starts = sentence_starts(text)
    assert [text[i:i + 5] for i in starts] == ["The S", "Talks", "Aid c", "New p"]


def _doc(text: str, dct: str | None):
    doc = spacy.blank("en").make_doc(text)
    nlp_mod.prepare(doc, {"doc_id": "d1", "dct": dct})
    return DatesComponent()(doc)


@pytest.mark.parametrize("text", [
    "Gunmen  struck on 3 March 2024;\n\n  the army replied.  ",
    "  Leading space. Two  spaces\tand a tab.\n",
    "x",
])
def test_doc_cut_equals_slicing_the_text(text):
    doc = _doc(text, "2024-03-10")
    for a in range(len(text) + 1):
        for b in range(a, len(text) + 1):
            assert doc_cut(doc, a, b) == text[a:b], (a, b)


def test_governing_date_stops_at_a_paragraph_break():
    text = "On 3 March 2024, militants entered the town.\n\nThey burned the market."
    doc = _doc(text, "2024-03-10")
    sent2 = text.index("They")
    s = text.index("burned")
    date, _ = event_date(doc, sent2, len(text), s, s + len("burned"))
    assert date.start is None and "report date" in date.reason


def test_a_scheduled_event_in_the_present_looks_ahead():
    # 2022-03-16 is a Wednesday
    assert values("The two envoys meet separately Friday in Bamako.")["Friday"] == ("DATE", "2022-03-18")
    assert values("Talks resume on Monday.")["Monday"] == ("DATE", "2022-03-21")
    # the third person ("says") and past forms do not
    assert values("The ministry says Monday's raid was planned.")["Monday"] == ("DATE", "2022-03-14")
    assert values("The envoys met Friday in Bamako.")["Friday"] == ("DATE", "2022-03-11")
    assert values("Voters await a vote on Friday.")["Friday"] == ("DATE", "2022-03-11")


# Recognition and typing: (sentence, report date, span, type, value); each sentence is made up for the rule it tests.
@pytest.mark.parametrize("text,dct,span,type_,value", [
    # "last"/"next" before a month and day picks the occurrence before / after the report
    ("The envoy was expelled last Oct. 12 at dawn.", "2023-04-02", "last Oct. 12", "DATE", "2022-10-12"),
    ("Talks reopen next March 3 in Niamey.", "2023-04-02", "next March 3", "DATE", "2024-03-03"),
    # a season of a year written in words
    ("Grain ran out in the winter of nineteen eighty-five.", "2023-04-02", "the winter of nineteen eighty-five", "DATE", "1985-WI"),
    ("Rains came in late summer of two thousand and three.", "2023-04-02", "late summer of two thousand and three", "DATE", "2003-SU"),
    # an hour with the part of the day in words, after a time preposition
    ("The column will move at 5 in the morning.", "2023-04-02", "5 in the morning", "TIME", "2023-04-02T05:00"),
    ("The curfew holds until 9 at night.", "2023-04-02", "9 at night", "TIME", "2023-04-02T21:00"),
    # a count of things per unit is a rate (SET); a length stays a DURATION
    ("The ferry makes three crossings a week.", "2023-04-02", "a week", "SET", "P1W"),
    ("Clinics treat 300 patients a day.", "2023-04-02", "a day", "SET", "P1D"),
    ("Guards watch the gate 24 hours a day.", "2023-04-02", "24 hours a day", "SET", "P1D"),
    ("The repair takes a week.", "2023-04-02", "a week", "DURATION", "P1W"),
    # "post-2011", "pre-1990": that year, with the side as the modifier
    ("The post-2011 militias splintered.", "2023-04-02", "post-2011", "DATE", "2011"),
    # the second day of "May 3 and 4" is a date of its own
    ("Voting runs on May 3 and 4 across the north.", "2023-04-02", "4", "DATE", "2023-05-04"),
    ("Voting runs on May 3 and 4 across the north.", "2023-04-02", "May 3", "DATE", "2023-05-03"),
    # "the week of" a day is that ISO week
    ("Hearings fill the week of June 5, 2023.", "2023-04-02", "the week of June 5, 2023", "DATE", "2023-W23"),
    # a weekday's part in the plural recurs
    ("The market opens on Thursday evenings.", "2023-04-02", "on Thursday evenings", "SET", "XXXX-WXX-4TEV"),
    # a bare plural unit before "of" is a vague stretch of time; "X or Y" units are one span
    ("The truce ended months of shelling.", "2023-04-02", "months", "DURATION", "PXM"),
    ("He was freed within weeks or months of the raid.", "2023-04-02", "weeks or months", "DURATION", "PXW"),
    # a vague count joined to its unit by a hyphen is an adjective of length
    ("She began a several-year posting in Gao.", "2023-04-02", "several-year", "DURATION", "PXY"),
    # kinds of days are days; "-long" after one unit is one unit's length
    ("Prices rose for six trading days.", "2023-04-02", "six trading days", "DURATION", "P6D"),
    ("Delegates ended their second day-long session.", "2023-04-02", "day-long", "DURATION", "P1D"),
    # "quarters of" is a fraction only before a determiner
    ("The firm posted several quarters of losses.", "2023-04-02", "several quarters", "DURATION", "PXQ"),
    # "the latest fiscal year" is the last one closed; "the latest nine months" a length
    ("Exports grew in the latest fiscal year.", "2023-04-02", "the latest fiscal year", "DATE", "2022"),
    ("Exports grew in the latest nine months.", "2023-04-02", "the latest nine months", "DURATION", "P9M"),
])
def test_recognition_and_types(text, dct, span, type_, value):
    assert values(text, dct)[span] == (type_, value)


@pytest.mark.parametrize("text", [
    "Gunmen shot 4 in the morning raid.",  # a count before "in the morning" is no hour without "at", "by", ...
    "On June 2 or 3 people died.",  # "3 people" is a count, not a second day
    "They flew an Su-24 and two MiG-29s over 400–500 homes.",
    "The years of war left scars.",  # a determiner makes "years of" a noun phrase, no duration
    "Some day the road will open.",
    "A man in his 30s and a woman in her early forties were held.",  # ages, not decades
    "Rebels hold three quarters of the district.",
])
def test_recognition_guards(text):
    found = values(text, "2023-04-02")
    assert not any(k.startswith("4 in") or k in ("3", "24", "29", "years", "Some day", "30s", "early forties", "three quarters") for k in found), found


def test_pre_and_post_years_open_the_far_end():
    t = {x.text: x for x in tag("Pre-1990 stocks and post-2011 militias.", "2023-04-02").timexes}
    assert (t["Pre-1990"].interval_start, t["Pre-1990"].interval_end, t["Pre-1990"].mod) == (None, "1989-12-31", "BEFORE")
    assert (t["post-2011"].interval_start, t["post-2011"].interval_end, t["post-2011"].mod) == ("2012-01-01", None, "AFTER")
