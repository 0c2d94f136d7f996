"""A name whose apposition says where it lies ("X, a farming community in the municipality of Y")."""

from __future__ import annotations

from footprint.model import Place, PlaceMention
from footprint.places.contained import inside_named


def _m(text, name, place, nth=0):
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return PlaceMention(start, start + len(name), name, place, kind="literal")


FAR_NAMESAKE = Place("Los Pinos", 22.5, -105.5, "MX", "town")
CONTAINER = Place("Tecoman", 18.9, -103.9, "MX", "town")


def test_an_apposition_with_a_container_moves_a_far_namesake_into_it():
    text = "Residents of Los Pinos, a farming community in the municipality of Tecoman, said drones hit homes."
    out = inside_named(text, [_m(text, "Los Pinos", FAR_NAMESAKE), _m(text, "Tecoman", CONTAINER)])
    first = out[0]
    assert first.text == "Los Pinos" and first.place.precision == "area"
    assert (first.place.lat, first.place.lon) == (18.9, -103.9)
    assert "Tecoman" in first.place.reasons[0]


def test_a_plain_apposition_in_a_town_works_too():
    text = "Gunmen raided Los Pinos, a small village in Tecoman."
    out = inside_named(text, [_m(text, "Los Pinos", FAR_NAMESAKE), _m(text, "Tecoman", CONTAINER)])
    assert out[0].place.lat == 18.9


def test_a_near_namesake_is_kept():
    near = Place("Los Pinos", 19.0, -103.8, "MX", "town")
    text = "Residents of Los Pinos, a farming community in the municipality of Tecoman, said drones hit homes."
    out = inside_named(text, [_m(text, "Los Pinos", near), _m(text, "Tecoman", CONTAINER)])
    assert out[0].place is near


def test_an_apposition_that_is_no_place_word_links_nothing():
    # "a cartel stronghold in" says what the town is, not where: no container
    text = "Troops entered Los Pinos, a cartel stronghold in Tecoman."
    out = inside_named(text, [_m(text, "Los Pinos", FAR_NAMESAKE), _m(text, "Tecoman", CONTAINER)])
    assert out[0].place is FAR_NAMESAKE


def test_a_container_too_far_after_the_name_links_nothing():
    text = ("Residents of Los Pinos, a community that has been emptied by years of fighting between rival groups "
            "in Tecoman, left.")
    out = inside_named(text, [_m(text, "Los Pinos", FAR_NAMESAKE), _m(text, "Tecoman", CONTAINER)])
    assert out[0].place is FAR_NAMESAKE


def test_empty_and_hostile_text():
    assert inside_named("", []) == []
    junk = "\x00, a village in " * 500 + "Tecoman"
    out = inside_named(junk, [_m(junk, "Tecoman", CONTAINER)])
    assert [m.text for m in out] == ["Tecoman"]
