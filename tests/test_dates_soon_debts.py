"""Unit tests: "soon" told as still to come, and two scans made linear (invented sentences)."""

from __future__ import annotations

import pytest

from footprint.dates import tag
from footprint.dates.eventgap import _names_event, _words
from footprint.dates.quarters import _Halves


def timexes(text: str, dct: str = "2024-03-10"):
    return {t.text: t for t in tag(text, dct).timexes}


@pytest.mark.parametrize("text", [
    "Auditors may soon publish their report on the port accounts.",
    "The new clinic soon will open a second ward.",
    "Farmers expect the river to soon fall below the dykes.",
    "Engineers said the bridge could soon reopen to lorries.",
    "The envoy will soon travel to Niamey.",
])
def test_soon_after_a_modal_or_before_will_is_a_time_still_ahead(text):
    t = timexes(text)["soon"]
    assert (t.type, t.value) == ("DATE", "FUTURE_REF")
    assert (t.interval_start, t.interval_end) == ("2024-03-10", "2024-09-10")


@pytest.mark.parametrize("text", [
    "Word of the ceasefire soon spread through the camps.",
    "The hostage was soon freed by the patrol.",
    "Soon the convoy reached the river.",
    "The mayor will resign soon after the audit.",
    "The council wants the road rebuilt as soon as possible.",
    "The talks could resume as soon as Tuesday.",
    "He said the strike would end soon.",
    "In May soon after the audit the army withdrew.",
])
def test_soon_in_narration_or_of_another_event_is_no_timex(text):
    assert "soon" not in timexes(text)


def test_as_soon_as_a_day_keeps_the_day():
    assert timexes("The group may fly out as soon as Tuesday.", "2024-03-10")["Tuesday"].value == "2024-03-12"


def test_the_same_period_a_year_earlier_in_one_very_long_sentence_is_the_half_named_first():
    # about 5,000 words in one sentence, each clause comparing with the half a year before
    text = ("In the six months to June 30, profit was $5 million"
            + ", against $4 million in the same period a year earlier" * 500 + ".")
    assert len(text.split()) > 5000
    values = [t.value for t in tag(text, "2011-08-10").timexes if t.text == "the same period a year earlier"]
    assert len(values) == 500 and set(values) == {"2010-H1"}


def test_the_half_index_finds_the_last_half_named_before_a_position():
    text = "In the first half sales fell; in the half-year ended Dec. 31, 2010 they rose. Then nothing."
    halves = _Halves(text)
    assert halves.last_before(0, text.index(";")) == (None, 1)
    assert halves.last_before(0, text.index("Then")) == ("2010", 2)
    assert halves.last_before(text.index("in the half"), text.index("Then")) == ("2010", 2)
    assert halves.last_before(text.index("Then"), len(text)) is None


def test_a_half_whose_word_ends_at_the_cut_counts_there_only():
    text = "the first halfX"
    halves = _Halves(text)
    assert halves.last_before(0, text.index("X")) == (None, 1)
    assert halves.last_before(0, len(text)) is None


def test_the_text_words_are_indexed_once_and_looked_up_per_noun():
    text = "The camp was evacuated on May 2. " + " ".join(f"word{i}" for i in range(5000))
    words = _words(text)
    assert _names_event("evacuation", text, words)
    assert _names_event("evacuation", text)
    assert not _names_event("inspection", text, words)
    # a past form inside a longer word is no telling of it
    assert not _names_event("inspection", "The reinspected mine reopened.")
    assert _names_event("inspection", "The mine was INSPECTED on May 2.")
