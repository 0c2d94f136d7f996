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
