"""Local news: features named after towns, "County X", a state that shares a country's name, and a name placed
once by its container ("LEBANON, Ohio") then told bare.

Invented sentences and places, hand-built candidates: no model, no gazetteer file."""

from __future__ import annotations

from footprint.places.gazetteer import Candidate

import places_factories


def cand(id_, name, population, lat, lon, country="XX", admin1="R1", feature="P.PPL", precision="town"):
    return Candidate(
        id=id_, name=name, lat=lat, lon=lon, country=country, admin1=admin1, feature=feature, precision=precision,
        population=population, geonameid=None, facility_id=None, radius_km=None, source="test", kind="name",
    )


BRISK = cand(1, "Brisk", 8_000, 10.0, 20.0)
TARNHOLD = cand(2, "Tarnhold", 9_000, 10.3, 20.2)
FAR_BRISK = cand(3, "Brisk", 300_000, 40.0, -60.0, country="YY", admin1="Q9")
#: a country that shares a town's name ("Lebanon" and Lebanon, Ohio)
BRISK_COUNTRY = cand(7, "Brisk", 6_800_000, 33.8, 35.8, country="BK", admin1=None, feature="A.PCLI",
                     precision="country")
#: a country and, elsewhere, a first-level region of XX with the same name
GEORGIANA_COUNTRY = cand(4, "Georgiana", 3_700_000, 42.0, 43.5, country="GG", admin1=None, feature="A.PCLI",
                         precision="country")
GEORGIANA_STATE = cand(5, "Georgiana", 4_800_000, 10.5, 20.5, admin1="R1", feature="A.ADM1", precision="region")
CORRINLAND = cand(6, "Corrinland", 2_000_000, 11.0, 21.0, feature="A.ADM1", precision="region")


run = places_factories.run


def test_a_river_named_after_a_town_is_one_toponym_placed_by_its_town_near_the_other_places():
    found = run("Water rose along the Brisk River near Tarnhold on Sunday .",
                {"brisk": (BRISK,), "tarnhold": (TARNHOLD,)})
    river = next(m for m in found if m.text.startswith("Brisk"))
    assert river.text == "Brisk River"
    assert river.place is not None and (river.place.lat, river.place.lon) == (10.0, 20.0)
    assert "namesake town" in river.reason


def test_a_feature_whose_namesake_town_nothing_supports_is_left_unplaced():
    found = run("Water rose along the Brisk River on Sunday .", {"brisk": (FAR_BRISK,)})
    assert [(m.text, m.place) for m in found] == [("Brisk River", None)]
    assert "natural feature" in found[0].reason


def test_a_lowercase_feature_word_does_not_join_the_name():
    found = run("Boats crossed the river at Brisk on Sunday .", {"brisk": (BRISK,)})
    assert [m.text for m in found] == ["Brisk"] and found[0].place is not None


def test_county_before_the_name_opens_it():
    found = run("He may not drive in County Brisk until the hearing .", {"brisk": (BRISK,)})
    assert [m.text for m in found] == ["County Brisk"]
    assert found[0].place is not None and found[0].place.name == "Brisk"


def test_county_after_a_capitalized_word_is_not_moved_into_the_name():
    found = run("Officers of Orange County Brisk Road were called .", {"brisk": (BRISK,)})
    # the name is still found, only not widened backwards over the county word
    assert [m.text for m in found] == ["Brisk"]


def test_a_state_whose_towns_the_text_names_beats_the_country_of_the_same_name():
    table = {"brisk": (BRISK,), "tarnhold": (TARNHOLD,), "georgiana": (GEORGIANA_COUNTRY, GEORGIANA_STATE)}
    found = run("Georgiana lawmakers from Brisk and Tarnhold want the channel dredged .", table)
    g = next(m for m in found if m.text == "Georgiana")
    assert g.place.precision == "region" and "towns in it are named" in g.place.reasons


def test_without_its_towns_the_country_keeps_the_name():
    found = run("Georgiana lawmakers want the channel dredged .",
                {"georgiana": (GEORGIANA_COUNTRY, GEORGIANA_STATE)})
    assert found[0].place.precision == "country"


def test_a_name_placed_by_its_container_keeps_that_place_when_told_bare():
    table = {"brisk": (BRISK, BRISK_COUNTRY), "corrinland": (CORRINLAND,)}
    found = run("Brisk , Corrinland -- The council voted to repave the road out of Brisk next summer .", table)
    brisks = [m for m in found if m.text == "Brisk"]
    assert len(brisks) == 2
    assert all(m.place is not None and m.place.country == "XX" for m in brisks)
    assert "first placed" in brisks[1].reason


def test_a_bare_name_keeps_its_own_reading_without_a_container():
    found = run("The council voted to repave the road out of Brisk next summer .", {"brisk": (BRISK, BRISK_COUNTRY)})
    assert found[0].place is not None and found[0].place.country == "BK"
    assert "first placed" not in found[0].reason
