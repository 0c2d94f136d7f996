"""A region told with its country's possessive ("Togo's Savanes region", "the Savanes region of Togo", "in
Cameroon's Centre") is that country's region, not a larger namesake elsewhere; a country's possessive before a
word that is no place ("Togo's army") changes nothing. Small hand-built index, blank pipeline, invented texts."""

from __future__ import annotations

import pytest

from footprint import testing

# real points, rounded populations: Côte d'Ivoire's Savanes is the larger of the two
PLACES = [
    ("Togo", 8.6, 1.0, "TG", "A.PCLI", "country", 8_000_000, {"radius_km": 300.0}),
    ("Ivory Coast", 7.5, -5.5, "CI", "A.PCLI", "country", 26_000_000, {"radius_km": 400.0}),
    ("Savanes", 10.4, 0.4, "TG", "A.ADM1", "region", 1_100_000, {"admin1": "25"}),
    ("Savanes", 9.6, -5.6, "CI", "A.ADM1", "region", 1_600_000, {"admin1": "87"}),
    ("Dapaong", 10.86, 0.21, "TG", "P.PPL", "town", 60_000, {"admin1": "25"}),
]


@pytest.fixture(scope="module")
def gaz(tmp_path_factory):
    return testing.gazetteer(tmp_path_factory.mktemp("gaz") / "possessive.sqlite", testing.place_rows(PLACES))


def country_of(gaz, text, name):
    doc = testing.run_places(gaz, text)
    found = [m.place for m in doc._.fp_places if m.text.startswith(name) and m.place is not None]
    assert found, f"{name} not resolved in {text!r}"
    return found[0].country


@pytest.mark.parametrize("text", [
    "Gunmen who fled Ivory Coast burned a market in Togo's Savanes region on Tuesday.",
    "Togo's Savanes Region, by Ivory Coast, has seen three raids this month.",
    "Officials in Togo’s Savanes prefecture counted those displaced from Ivory Coast.",
    "Raids from Ivory Coast spread across the Savanes region of Togo last week.",
    "Aid from Ivory Coast reached the Savanes province of Togo on Friday.",
    "Fighters from Ivory Coast crossed into Togo's Savanes after dark.",
])
def test_a_region_told_with_its_country_is_in_that_country(gaz, text):
    assert country_of(gaz, text, "Savanes") == "TG"


def test_without_its_country_the_larger_namesake_still_wins(gaz):
    # the rule restricts, it does not favour: nothing in this sentence points at Togo
    assert country_of(gaz, "Gunmen burned a market in the Savanes region on Tuesday.", "Savanes") == "CI"


@pytest.mark.parametrize("text", [
    "Togo's army said it repelled an attack near Savanes.",
    "Togo's minister visited the Savanes region on Tuesday.",
    "Ivory Coast's army and Togo's police met in the Savanes region.",
])
def test_a_possessive_before_a_word_that_is_no_place_changes_nothing(gaz, text):
    doc = testing.run_places(gaz, text)
    assert [m for m in doc._.fp_places if m.text.startswith("Savanes")]
    assert not any("told with it" in (m.reason or "") for m in doc._.fp_places)


def test_the_country_itself_is_still_read(gaz):
    doc = testing.run_places(gaz, "Gunmen burned a market in Togo's Savanes region on Tuesday.")
    assert [m.place.country for m in doc._.fp_places if m.text == "Togo"] == ["TG"]


@pytest.mark.parametrize("text", ["", "'s Savanes region", "Togo's", "Togo's 's Savanes region of", "\x00Togo's\x00Savanes"])
def test_fragments_do_not_break_the_rule(gaz, text):
    testing.run_places(gaz, text)
