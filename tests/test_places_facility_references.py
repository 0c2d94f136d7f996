""""The monastery", "the plant": a site told before, by its indexed name or as "a monastery in X". Hand-built
mentions on invented text, no model, no gazetteer."""

from __future__ import annotations

from footprint.model import Place, PlaceMention
from footprint.places.reference import reference_mentions


def literal(text: str, name: str, precision: str = "town", lat: float = 14.5) -> PlaceMention:
    s = text.index(name)
    return PlaceMention(s, s + len(name), name, Place(name, lat, -4.2, "ML", precision), kind="literal")


def facility_refs(text: str, mentions: list[PlaceMention]) -> list[tuple[str, str]]:
    return [(m.text, m.place.name) for m in reference_mentions(text, mentions, {"ML": 1.0})
            if not m.text.lower().startswith(("the town", "the village", "the city"))]


def test_the_monastery_is_the_one_in_the_town_told_before():
    text = "Troops shelled a monastery in Velmora on Monday.\n\nMonks said the monastery had sheltered 300 people."
    assert facility_refs(text, [literal(text, "Velmora")]) == [("the monastery", "Velmora")]


def test_the_plant_is_the_indexed_plant_told_before():
    text = "Drones struck near the Korvan Ridge power plant. Engineers said the plant lost its outer line."
    site = literal(text, "Korvan Ridge power plant", "facility", 15.0)
    assert facility_refs(text, [site]) == [("the plant", "Korvan Ridge power plant")]


def test_no_site_of_that_kind_told_no_reference():
    # a town told, but no base in it: "the base" says no place
    text = "Gunmen attacked Velmora. Soldiers returned to the base at dusk."
    assert facility_refs(text, [literal(text, "Velmora")]) == []
    # another kind of site does not stand for this one
    text = "Troops shelled a hospital in Velmora. Later the school was hit."
    assert facility_refs(text, [literal(text, "Velmora")]) == []


def test_a_site_too_far_back_another_site_or_a_named_one_is_no_reference():
    text = "Troops shelled a monastery in Velmora.\n\nTalks began.\n\nPilgrims later visited the monastery."
    assert facility_refs(text, [literal(text, "Velmora")]) == []
    text = "Troops shelled a monastery in Velmora. They spared the other monastery and the camp of Dosi."
    assert facility_refs(text, [literal(text, "Velmora")]) == []


def test_the_latest_site_of_its_kind_wins():
    text = ("Troops shelled a camp in Velmora. Rebels took a camp near Dosi.\n\n"
            "Aid workers reached the camp on Friday.")
    mentions = [literal(text, "Velmora"), literal(text, "Dosi", lat=15.5)]
    assert facility_refs(text, mentions) == [("the camp", "Dosi")]


def test_odd_text_gives_no_error():
    for text in ("the monastery", "a monastery in", "\x00the plant\ufffd", "the " * 5000 + "base"):
        assert facility_refs(text, []) == []
