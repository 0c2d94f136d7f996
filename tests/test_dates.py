"""Unit tests for the dates stage: normalization table, negatives, report-date inference, event dates."""

from __future__ import annotations

import spacy
import pytest

from footprint.dates import DatesComponent, event_date, tag
from footprint.errors import InputError, InputTooLarge
from footprint import nlp as nlp_mod


def one(text: str, dct: str | None = "2022-01-10", which: str | None = None):
    ts = tag(text, dct).timexes
    if which is not None:
        ts = tuple(t for t in ts if t.text == which)
    assert len(ts) == 1, [t.text for t in tag(text, dct).timexes]
    return ts[0]


# (sentence, report date, span text, type, value, interval start, interval end, precision)
TABLE = [
    ("On 6 January, Reuters reported the move.", "2022-01-10", "6 January", "DATE", "2022-01-06", "2022-01-06", "2022-01-06", "day"),
    ("Back in September, the contractors arrived.", "2022-01-10", "September", "DATE", "2021-09", "2021-09-01", "2021-09-30", "month"),
    ("The accord collapsed in late 2023.", "2024-09-15", "late 2023", "DATE", "2023", "2023-09-01", "2023-12-31", "year"),
    ("Fighting flared in early 2023.", "2024-09-15", "early 2023", "DATE", "2023", "2023-01-01", "2023-04-30", "year"),
    ("Talks stalled in mid-2022.", "2024-09-15", "mid-2022", "DATE", "2022", "2022-05-01", "2022-08-31", "year"),
    ("Since 2021, the base has grown.", "2024-09-15", "2021", "DATE", "2021", "2021-01-01", None, "year"),
    ("Some 300 fighters came earlier in 2021.", "2022-03-01", "earlier in 2021", "DATE", "2021", "2021-01-01", "2021-12-31", "year"),
    ("Convoys were hit last week.", "2022-01-10", "last week", "DATE", "2022-W01", "2022-01-03", "2022-01-09", "week"),
    ("The governor was killed on Monday.", "2022-01-13", "Monday", "DATE", "2022-01-10", "2022-01-10", "2022-01-10", "day"),
    ("The envoy will arrive on Monday.", "2022-01-13", "Monday", "DATE", "2022-01-17", "2022-01-17", "2022-01-17", "day"),
    ("Residents recalled the 2020 coup.", "2022-01-10", "2020", "DATE", "2020", "2020-01-01", "2020-12-31", "year"),
    ("The mission lasted for four years.", "2022-01-10", "four years", "DURATION", "P4Y", None, None, "year"),
    ("Patrols leave every week.", "2022-01-10", "every week", "SET", "P1W", None, None, "week"),
    ("The raid began at 10 a.m.", "2022-01-10", "10 a.m.", "TIME", "2022-01-10T10:00", "2022-01-10", "2022-01-10", "day"),
    ("Gunmen struck at dawn.", "2022-01-10", "dawn", "TIME", "2022-01-10TMO", "2022-01-10", "2022-01-10", "day"),
    ("Attacks rose sharply in the 1990s.", "2022-01-10", "the 1990s", "DATE", "199", "1990-01-01", "1999-12-31", "decade"),
    ("Output fell in the third quarter of 2023.", "2024-01-10", "the third quarter of 2023", "DATE", "2023-Q3", "2023-07-01", "2023-09-30", "quarter"),
    ("Revenue grew in Q4 2021.", "2022-01-10", "Q4 2021", "DATE", "2021-Q4", "2021-10-01", "2021-12-31", "quarter"),
    ("Rains failed in the summer of 2019.", "2022-01-10", "the summer of 2019", "DATE", "2019-SU", "2019-06-01", "2019-08-31", "season"),
    ("Aid fell in the first half of 2024.", "2024-09-01", "the first half of 2024", "DATE", "2024-H1", "2024-01-01", "2024-06-30", "half"),
    ("A convoy was ambushed yesterday.", "2022-01-10", "yesterday", "DATE", "2022-01-09", "2022-01-09", "2022-01-09", "day"),
    ("They struck last night.", "2022-01-10", "last night", "TIME", "2022-01-09TNI", "2022-01-09", "2022-01-09", "day"),
    ("The troops left two years ago.", "2022-01-10", "two years ago", "DATE", "2020", "2020-01-01", "2020-12-31", "year"),
    ("Militants regrouped over the past two months.", "2022-01-10", "the past two months", "DURATION", "P2M", "2021-11-10", "2022-01-10", "month"),
    ("A curfew holds for 48 hours.", "2022-01-10", "48 hours", "DURATION", "PT48H", None, None, "day"),
    ("The junta took power on 24 May 2021.", "2022-01-10", "24 May 2021", "DATE", "2021-05-24", "2021-05-24", "2021-05-24", "day"),
    ("The junta took power on May 24, 2021.", "2022-01-10", "May 24, 2021", "DATE", "2021-05-24", "2021-05-24", "2021-05-24", "day"),
    ("The deal was signed on 2021-05-24.", "2022-01-10", "2021-05-24", "DATE", "2021-05-24", "2021-05-24", "2021-05-24", "day"),
    ("Elections were held in July 2020.", "2022-01-10", "July 2020", "DATE", "2020-07", "2020-07-01", "2020-07-31", "month"),
    ("Prices are high now.", "2022-01-10", "now", "DATE", "PRESENT_REF", "2022-01-10", "2022-01-10", "day"),
    ("The town fell recently.", "2022-01-10", "recently", "DATE", "PAST_REF", "2021-07-10", "2022-01-10", "unknown"),
    ("The town fell on Christmas Day 2019.", "2022-01-10", "Christmas Day 2019", "DATE", "2019-12-25", "2019-12-25", "2019-12-25", "day"),
    ("Markets open daily.", "2022-01-10", "daily", "SET", "P1D", None, None, "day"),
    ("They met this month.", "2022-01-10", "this month", "DATE", "2022-01", "2022-01-01", "2022-01-31", "month"),
    ("Profit rose last year.", "2022-01-10", "last year", "DATE", "2021", "2021-01-01", "2021-12-31", "year"),
    ("Talks resume next year.", "2022-01-10", "next year", "DATE", "2023", "2023-01-01", "2023-12-31", "year"),
    ("The base was built in the 20th century.", "2022-01-10", "the 20th century", "DATE", "19", "1900-01-01", "1999-12-31", "unknown"),
]


@pytest.mark.parametrize("sentence,dct,span,type_,value,start,end,precision", TABLE)
def test_normalization_table(sentence, dct, span, type_, value, start, end, precision):
    t = one(sentence, dct, which=span)
    assert (t.type, t.value, t.interval_start, t.interval_end, t.precision) == (type_, value, start, end, precision)
    assert sentence[t.start : t.end] == span


def test_in_recent_months_is_a_fuzzy_window_before_the_report():
    t = one("Raids multiplied in recent months.", "2022-01-10")
    assert t.type == "DURATION" and t.fuzzy
    assert t.interval_end == "2022-01-10" and t.interval_start < "2022-01-10"


def test_since_opens_the_interval():
    t = one("Since 2021, the base has grown.", "2024-09-01")
    assert t.anchor == "open" and t.interval_end is None


@pytest.mark.parametrize("text", [
    "Two Su-24 bombers and a MiG-29 flew over.",
    "The barracks house 400–500 personnel.",
    "The barracks house 400-500 personnel.",
    "About 1,000 members were sent.",
    "Under Resolution 2100 the mission was created.",
    "The unit has 2000 troops and 1500 vehicles.",
    "Flight 1907 landed at 1900 GMT.",
    "They may attack; the march was long.",
    "Call 555-2020 or visit room 1999.",
    "a second attack followed; a quarter of the vote",
    "",
])
def test_no_false_dates(text):
    assert [t.text for t in tag(text, "2022-01-10").timexes] == []


def test_dct_inferred_from_latest_explicit_date():
    r = tag("A notable attack in September 2024 hit the airport. The accord collapsed in late 2023.")
    assert r.inferred is not None and r.inferred.not_before == "2024-09-01"
    # the working anchor is the estimate: a month written with its year, the next year (rule 6)
    assert r.inferred.value == r.anchor.isoformat() == "2025-01-01"


def test_yearless_news_peg_after_a_closed_year():
    text = ("On 12 February, officials confirmed the handover. Back in October the first convoy arrived. "
            "About 200 advisers came earlier in 2019.")
    r = tag(text)
    assert r.inferred.not_before == "2020-02-12"
    peg = [t for t in r.timexes if t.text == "12 February"][0]
    assert peg.value == "2020-02-12"
    october = [t for t in r.timexes if t.text == "October"][0]
    assert october.value == "2019-10"


def test_future_dates_do_not_set_the_lower_bound():
    r = tag("The vote happened in March 2021. Elections will be held in 2026.")
    assert r.inferred.not_before == "2021-03-01"


def test_no_dates_no_anchor():
    r = tag("The convoy was attacked last week.")
    assert r.inferred is None and r.anchor is None
    t = r.timexes[0]
    assert t.value.startswith("XXXX") and t.interval_start is None


def test_bad_dct_is_an_input_error():
    with pytest.raises(InputError):
        tag("in 2020", "not-a-date")
    with pytest.raises(InputError):
        tag("in 2020", "2021-02-30")


def test_non_string_and_oversized_input():
    with pytest.raises(InputError):
        tag(b"bytes")  # type: ignore[arg-type]
    with pytest.raises(InputTooLarge):
        tag("x" * 5_000_001)


def test_binaryish_junk_does_not_crash():
    junk = "\x00\x01\ufffd" * 100 + "2020-13-45 99/99/2020 Feb. 31 31 February 2021"
    for t in tag(junk, "2022-01-10").timexes:
        assert t.interval_start is None or t.interval_end is None or t.interval_start <= t.interval_end


def test_large_input_is_tagged_whole():
    # speed is measured in benchmarks/, not asserted here: machines are noisy
    text = "Fighters attacked the town on 3 March 2021 and again last week, for two days. " * 2000
    r = tag(text, "2022-01-10")
    assert len(r.timexes) == 6000


# --- the spaCy component and event dating --------------------------------------


def make_doc(text: str, dct: str | None):
    nlp = spacy.blank("en")
    doc = nlp.make_doc(text)
    nlp_mod.prepare(doc, {"doc_id": "d1", "dct": dct})
    return DatesComponent()(doc)


def test_component_sets_timexes_and_inferred_report_date():
    doc = make_doc("A raid in September 2024 hit the airport.", None)
    assert [t.value for t in doc._.fp_timexes] == ["2024-09"]
    assert doc._.fp_meta["dct_inferred"]["not_before"] == "2024-09-01"
    assert doc._.fp_meta["dct_inferred"]["reason"]


def test_component_keeps_given_report_date():
    doc = make_doc("A raid last week.", "2022-01-10")
    assert "dct_inferred" not in doc._.fp_meta
    assert doc._.fp_timexes[0].value == "2022-W01"


def _span(text: str, word: str) -> tuple[int, int]:
    i = text.index(word)
    return i, i + len(word)


def test_event_takes_date_from_its_own_clause():
    text = "A July 2024 ambush killed dozens; talks began in May 2024."
    doc = make_doc(text, "2024-09-10")
    s, e = _span(text, "ambush")
    date, background = event_date(doc, 0, len(text), s, e)
    assert (date.start, date.end, date.precision) == ("2024-07-01", "2024-07-31", "month")
    assert not background and "own clause" in date.reason


def test_old_event_is_background():
    text = "The collapse of the peace accord in late 2023 has reignited tensions."
    doc = make_doc(text, "2024-09-10")
    s, e = _span(text, "collapse")
    date, background = event_date(doc, 0, len(text), s, e)
    assert background and date.start >= "2023-07-01" and date.end <= "2023-12-31"


def test_context_phrase_is_background_even_when_recent():
    text = "Security worsened following the coup, which the army staged in 2024."
    doc = make_doc(text, "2024-09-10")
    s, e = _span(text, "coup")
    _, background = event_date(doc, 0, len(text), s, e)
    assert background


def test_governing_date_from_previous_sentence():
    text = "On 3 March 2024, militants entered the town. They burned the market."
    doc = make_doc(text, "2024-03-10")
    sent2 = text.index("They")
    s, e = _span(text, "burned")
    date, _ = event_date(doc, sent2, len(text), s, e)
    assert date.start == "2024-03-03" and "governing" in date.reason


def test_recently_after_an_auxiliary_is_a_cue_that_still_dates_the_event():
    # TimeML leaves "was recently retaken" untagged; event dating still reads the fuzzy window before the report
    text = "The town was recently retaken."
    tagged = tag(text, "2022-01-10")
    assert tagged.timexes == ()
    assert [(t.text, t.value, t.interval_start, t.interval_end, t.fuzzy) for t in tagged.cues] == [
        ("recently", "PAST_REF", "2021-07-10", "2022-01-10", True)]
    doc = make_doc(text, "2022-01-10")
    assert doc._.fp_timexes == []
    s, e = _span(text, "retaken")
    date, _ = event_date(doc, 0, len(text), s, e)
    assert (date.start, date.end) == ("2021-07-10", "2022-01-10")


def test_undated_event_falls_back_to_report_date_honestly():
    text = "Militants burned the market."
    doc = make_doc(text, "2024-03-10")
    s, e = _span(text, "burned")
    date, background = event_date(doc, 0, len(text), s, e)
    assert date.end == "2024-03-10" and date.start is None and date.precision == "unknown"
    assert not background
