"""Camps, sites and towns the gazetteer lacks but the text places: "the Kessaro camp" by the town the report is
about, "the farming town of Wadoro, about 40 km west of Y" (and Wadoro's later mentions, "the base" there),
"deployed to the area", and references that must not cross into another country's report. Invented names
and sentences, a tiny hand-built gazetteer, blank Docs (no model)."""

from __future__ import annotations

import pytest
import spacy

from footprint import nlp as nlp_mod
from footprint import testing
from footprint.places.geo import distance_km
from footprint.places import PlacesComponent
from footprint.places.reference import CAMP_RADIUS_KM

# real coordinates, rounded populations
PLACES = [
    ("Nigeria", 9.0, 8.0, "NG", "A.PCLI", "country", 200_000_000, {"demonyms": ["Nigerian"], "radius_km": 600.0}),
    ("Niger", 17.0, 9.0, "NE", "A.PCLI", "country", 24_000_000, {"demonyms": ["Nigerien"], "radius_km": 700.0}),
    ("Borno", 11.8, 13.1, "NG", "A.ADM1", "region", 5_800_000, {"admin1": "02"}),
    ("Maiduguri", 11.85, 13.16, "NG", "P.PPL", "town", 800_000, {"admin1": "02"}),
    ("Bama", 11.52, 13.69, "NG", "P.PPL", "town", 120_000, {"admin1": "02"}),
    ("Konduga", 11.65, 13.42, "NG", "P.PPL", "town", 20_000, {"admin1": "02"}),
    ("Maine-Soroa", 13.21, 12.02, "NE", "P.PPL", "town", 70_000, {"admin1": "03"}),
]


@pytest.fixture(scope="module")
def gaz(tmp_path_factory):
    return testing.gazetteer(tmp_path_factory.mktemp("gaz") / "camps.sqlite", testing.place_rows(PLACES),
                             regions=True)


def run(gaz, text):
    doc = spacy.blank("en").make_doc(text)
    nlp_mod.prepare(doc, {"excluded": []})
    doc._.fp_actors = []
    return PlacesComponent(gaz)(doc)


def at(doc, text):
    return [m for m in doc._.fp_places if m.text == text and m.place is not None]


# camps by the town the report is about

def test_a_camp_the_gazetteer_lacks_stands_by_the_town_told_before(gaz):
    doc = run(gaz, "Shells fell on Maiduguri all week. On Tuesday a shell struck the Kessaro camp on the edge of "
                   "the city, killing four displaced people.")
    [m] = at(doc, "Kessaro camp")
    assert m.kind == "nominal" and m.place.precision == "area" and m.place.radius_km == CAMP_RADIUS_KM
    assert (m.place.lat, m.place.lon, m.place.country) == (11.85, 13.16, "NG")
    assert "Maiduguri" in m.reason and "not in the gazetteer" in m.reason


def test_an_idp_site_takes_a_town_named_after_it_in_its_sentence(gaz):
    doc = run(gaz, "Gunmen attacked the Wulgoro IDP site and then moved on towards Bama, residents said.")
    [m] = at(doc, "Wulgoro IDP site")
    assert m.place.name.endswith("Bama") and m.place.precision == "area"


def test_a_camp_with_no_town_in_reach_is_not_invented(gaz):
    doc = run(gaz, "Aid finally reached the Kessaro camp on Friday.")
    assert not at(doc, "Kessaro camp")


def test_a_camp_in_capitals_is_a_facility_name_not_a_camp_word(gaz):
    doc = run(gaz, "Troops gathered in Maiduguri. They later left Kessaro Camp for the front.")
    assert not [m for m in doc._.fp_places if "Kessaro" in m.text]


def test_a_town_the_gazetteer_holds_stands_before_camp(gaz):
    doc = run(gaz, "Fighting reached Maiduguri. Families fled the Bama camp on Monday.")
    assert not at(doc, "Bama camp")
    assert [m.place.name for m in at(doc, "Bama")] == ["Bama"]


# a town situated in apposition, its later mentions and "the base" there

TEXT_WADORO = ("Fighters overran an army base in the farming town of Wadoro, about 40 km west of Maiduguri, on "
               "Tuesday.\n\nWadoro has changed hands twice since 2019, and the group attacked the base again in "
               "June.\n\nTroops said they had retaken Wadoro on Friday.")


def test_an_apposed_distance_places_an_unknown_town_and_its_repeats(gaz):
    doc = run(gaz, TEXT_WADORO)
    found = at(doc, "Wadoro")
    assert len(found) == 3 and all(m.kind == "literal" and m.place.precision == "area" for m in found)
    p = found[0].place
    assert 35 <= distance_km(p.lat, p.lon, 11.85, 13.16) <= 45 and p.lon < 13.16
    assert "situated before" in found[1].reason


def test_the_base_told_in_the_apposed_town_is_found_paragraphs_later(gaz):
    doc = run(gaz, TEXT_WADORO)
    [m] = [m for m in doc._.fp_places if m.kind == "nominal" and m.text == "the base"]
    assert m.place.name == "Wadoro"


def test_an_apposed_distance_does_not_move_a_town_the_gazetteer_holds(gaz):
    doc = run(gaz, "Clashes were reported in Bama, 300 km west of Maiduguri, on Sunday.")
    [m] = at(doc, "Bama")
    assert m.place.name == "Bama" and m.place.precision == "town"


def test_an_apposed_distance_needs_a_place_phrase(gaz):
    doc = run(gaz, "Officials told Wadoro, 40 km west of Maiduguri, nothing.")
    assert not at(doc, "Wadoro")


# "the area"

def test_the_area_is_around_the_town_told_before(gaz):
    doc = run(gaz, "Clashes broke out west of Konduga on Monday. Troops deployed to the area on Tuesday.")
    [m] = at(doc, "the area")
    assert m.kind == "nominal" and m.place.name == "Konduga" and m.place.precision == "area"
    assert m.place.radius_km >= 25


def test_the_area_of_a_name_is_not_a_reference(gaz):
    doc = run(gaz, "Clashes broke out in Konduga. Troops deployed to the area of Bama on Tuesday.")
    assert not at(doc, "the area")


def test_the_area_in_a_paragraph_without_a_town_is_nothing(gaz):
    doc = run(gaz, "Clashes broke out in Konduga.\n\nTroops later deployed to the area.")
    assert not at(doc, "the area")


# references do not cross into another country the report has moved to

def test_a_township_is_no_part_of_a_dateline_town_abroad(gaz):
    doc = run(gaz, "MAINE-SOROA, Niger - Officials spoke on Monday about the war in Borno.\n\nA witness said soldiers "
                   "shelled the Gwangeri township.")
    assert [m.place.name for m in at(doc, "MAINE-SOROA")] == ["Maine-Soroa"]
    assert not at(doc, "Gwangeri township")
    home = run(gaz, "MAINE-SOROA, Niger - Officials spoke on Monday.\n\nA witness said soldiers shelled the Gwangeri "
                    "township.")
    [m] = at(home, "Gwangeri township")
    assert m.place.name.endswith("Maine-Soroa")


def test_the_village_is_not_a_town_of_another_country_told_before(gaz):
    doc = run(gaz, "Officials met in Maine-Soroa on Monday to hear witnesses from Borno. One said soldiers "
                   "entered the village at dawn.")
    assert not at(doc, "the village")
    same = run(gaz, "Officials met in Maine-Soroa on Monday. One said soldiers entered the village at dawn.")
    assert [m.place.name for m in at(same, "the village")] == ["Maine-Soroa"]
