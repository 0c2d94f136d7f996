"""Wire-copy shapes: undotted month abbreviations, sets of parts of the day, short vague stretches, the day of the
telling (sentences invented for the tests)."""

from __future__ import annotations

import pytest

from footprint.dates import tag


def spans(text: str, dct: str = "2024-03-06") -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag(text, dct).timexes]


@pytest.mark.parametrize("text, span, value", [
    ("TIMBUKTU, Mar 5 — Shelling hit the airport.", "Mar 5", "2024-03-05"),
    ("KAYES, Feb 28 (wire) — A bridge collapsed.", "Feb 28", "2024-02-28"),
    ("BEIRUT, Lebanon, Feb 26 -- Strikes went on.", "Feb 26", "2024-02-26"),
])
def test_month_abbreviation_without_a_dot_in_a_dateline(text, span, value):
    assert (span, "DATE", value) in spans(text)


@pytest.mark.parametrize("text", [
    "Jan said the road was closed.",
    "The Dec team won 3 games.",
    "A Jun 3x zoom lens was sold.",
    # outside a dateline the dot is still needed: running text has too many other "Mar 3"-like tokens
    "The court sat on Jan 9 and adjourned.",
])
def test_month_abbreviation_without_a_dot_outside_a_dateline_is_no_date(text):
    assert spans(text) == []


@pytest.mark.parametrize("text, span, value", [
    ("Patrols leave the base every evening.", "every evening", "XXXX-XX-XXTEV"),
    ("Each morning the queue grows longer.", "Each morning", "XXXX-XX-XXTMO"),
    ("Drones circle the camp every night.", "every night", "XXXX-XX-XXTNI"),
    ("Food arrives once a fortnight.", "once a fortnight", "P2W"),
    ("Inspectors come every fortnight.", "every fortnight", "P2W"),
])
def test_sets(text, span, value):
    assert spans(text) == [(span, "SET", value)]


@pytest.mark.parametrize("text, span, value", [
    ("The town was cut off for days.", "days", "PXD"),
    ("Mediators expect an answer within days.", "days", "PXD"),
    ("The tickets sold out within hours.", "hours", "PTXH"),
])
def test_short_vague_stretches(text, span, value):
    assert spans(text) == [(span, "DURATION", value)]


@pytest.mark.parametrize("text", [
    "Police arrived in the early hours of the raid.",
    "It is a matter of days, the envoy argued.",
    "The days of the old regime are gone.",
])
def test_hours_and_days_that_are_no_stretch(text):
    assert [s for s in spans(text) if s[2] in ("PXD", "PTXH")] == []


def test_the_day_of_the_telling_is_no_reference_time():
    # the clock time is the attack's, on Monday; "said on Wednesday" (the report day) does not move the story
    text = "Gunmen attacked a convoy on Monday, officials said on Wednesday. It came under fire at 07:15 GMT."
    assert ("07:15 GMT", "TIME", "2024-03-04T07:15") in spans(text)


def test_a_day_told_as_news_still_moves_the_story():
    text = "Gunmen attacked a convoy on Monday. Troops arrived on Wednesday. They left at 07:15 GMT."
    assert ("07:15 GMT", "TIME", "2024-03-06T07:15") in spans(text)
