"""Which nouns after "N days before the …" name an event whose day the text tells (invented sentences)."""

from __future__ import annotations

import pytest

from footprint.dates import tag
from footprint.dates.eventgap import _forms, _names_event, _verb_pasts


def timexes(text: str, dct: str):
    return {t.text: t for t in tag(text, dct).timexes}


@pytest.mark.parametrize("noun", ["election", "summit", "trial", "storm", "visit", "referendum", "match"])
def test_event_nouns_of_news_in_general_need_no_trigger_entry(noun):
    assert _names_event(noun)


@pytest.mark.parametrize("noun,text", [
    ("inspection", "The mine was inspected on May 2."),
    ("burial", "The victims were buried on May 2."),
    ("closure", "The border was closed on May 2."),
    ("nomination", "She was nominated on May 2."),
    ("enlargement", "The camp was enlarged on May 2."),
    ("appearance", "He appeared in court on May 2."),
])
def test_a_nominalisation_whose_verb_the_text_tells_names_an_event(noun, text):
    assert _names_event(noun, text)
    assert not _names_event(noun, "Nothing here is told with that verb.")


@pytest.mark.parametrize("noun,text", [
    ("station", "Officials stated on May 2 that the line was safe."),
    ("relation", "Two related cases were heard on May 2."),
    ("house", "The family moved into the house on May 2."),
    ("end", "The talks ended on May 2."),
])
def test_a_noun_that_names_no_event_is_refused(noun, text):
    assert not _names_event(noun, text)


def test_the_verb_of_a_nominalisation_is_spelt_from_its_suffix():
    assert "evacuated" in _verb_pasts("evacuation")
    assert "elected" in _verb_pasts("election")
    assert "exploded" in _verb_pasts("explosion")
    assert "deployed" in _verb_pasts("deployment")
    assert _verb_pasts("nation") == ()  # too short a stem to be a verb's
    assert "evacuated" in _forms("evacuation")


def test_a_clock_time_ten_days_before_the_election_takes_the_election_day():
    text = "The election was held on Oct. 14. Posters were torn down at 9 p.m. ten days before the election."
    ts = timexes(text, "2018-11-02")
    assert ts["9 p.m. ten days"].type == "TIME"
    assert ts["9 p.m. ten days"].value == "2018-10-04T21:00"


def test_a_clock_time_before_an_evacuation_told_with_its_verb():
    text = "Residents of the valley were evacuated on Aug. 3. A warning went out at 6 a.m. two days before the evacuation."
    ts = timexes(text, "2019-09-01")
    assert ts["6 a.m. two days"].value == "2019-08-01T06:00"


def test_an_event_noun_with_no_day_told_keeps_the_clock_time_and_the_gap_apart():
    text = "The ferry left Mopti on June 4. It was seen at 6 a.m. two days after the departure."
    ts = timexes(text, "2019-07-01")
    assert "6 a.m. two days" not in ts
    assert ts["two days"].type == "DURATION"


def test_a_noun_that_is_no_event_with_a_like_sounding_verb_is_no_anchor():
    text = "The depot opened on June 4 and officials stated it was safe. Trains ran at 6 a.m. two days after the station."
    ts = timexes(text, "2019-07-01")
    assert "6 a.m. two days" not in ts


@pytest.mark.parametrize("text", ["", "\x00\x01\x02", "9 p.m. ten days before the " + "x" * 5000])
def test_odd_text_after_the_gap_gives_no_timex_of_an_event(text):
    assert all("days" not in t.text or t.type == "DURATION" for t in tag(text, "2019-07-01").timexes)
