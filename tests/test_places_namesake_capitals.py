"""A province and its capital of one name ("Zarvo governorate" / "the city of Zarvo"): the type word says which is
meant; a bare name keeps the seat rule (``resolve._seats``: the town when it holds at least a quarter of its
namesake region's people, else the region). Invented places in a hand-built index; no model."""

from __future__ import annotations

import pytest

from footprint import testing

PLACES = [
    # a region whose namesake capital holds a small part of its people (bare name: the region)
    ("Zarvo", 14.0, 2.0, "ZB", "A.ADM1", "region", 900_000, {"admin1": "07"}),
    ("Zarvo", 14.2, 1.5, "ZB", "P.PPLA", "town", 30_000, {"admin1": "07"}),
    # a region whose capital holds most of them (bare name: the town)
    ("Kellan", 16.0, 6.0, "ZB", "A.ADM1", "region", 800_000, {"admin1": "08"}),
    ("Kellan", 15.5, 6.4, "ZB", "P.PPLA", "town", 500_000, {"admin1": "08"}),
    ("Zedbia", 15.0, 4.0, "ZB", "A.PCLI", "country", 20_000_000, {}),
]


@pytest.fixture(scope="module")
def gaz(tmp_path_factory):
    return testing.gazetteer(tmp_path_factory.mktemp("gaz") / "capitals.sqlite", testing.place_rows(PLACES),
                             regions=True)


def _place(gaz, text: str, name: str):
    doc = testing.run_places(gaz, text)
    found = [m for m in doc._.fp_places if name in m.text and m.place is not None]
    assert found, (text, [m.text for m in doc._.fp_places])
    return found[0].place


@pytest.mark.parametrize("name", ["Zarvo", "Kellan"])
@pytest.mark.parametrize(("text", "precision"), [
    # a region word means the region
    ("Fighting spread across {} governorate on Monday.", "region"),
    ("Fighting spread across the {} governorate on Monday.", "region"),
    ("Fighting spread across the province of {} on Monday.", "region"),
    ("Fighting spread across {} province on Monday.", "region"),
    ("Fighting spread across {} Province on Monday.", "region"),
    ("Fighting spread across the region of {} on Monday.", "region"),
    # a town word means the town
    ("Shells fell in {} city on Monday.", "town"),
    ("Shells fell in the city of {} on Monday.", "town"),
    ("Shells fell in {} City on Monday.", "town"),
    ("Shells fell in the town of {} on Monday.", "town"),
])
def test_the_type_word_says_which(gaz, name, text, precision):
    assert _place(gaz, text.format(name), name).precision == precision


def test_a_bare_name_follows_the_seat_rule(gaz):
    # the capital holds 30,000 of 900,000: the bare name is the region; 500,000 of 800,000: the town
    assert _place(gaz, "Shells fell in Zarvo on Monday.", "Zarvo").precision == "region"
    assert _place(gaz, "Shells fell in Kellan on Monday.", "Kellan").precision == "town"
