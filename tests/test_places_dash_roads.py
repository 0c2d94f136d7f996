"""Roads told by two towns joined by a tight en or em dash ("the Kelvora–Tamsin road"): the tokenizer splits the
dash off, so each town is a name of its own that the small model often tags PERSON; the road frame says both are
places.

Invented sentences and names, hand-built candidates and entity labels: no model, no gazetteer file."""

from __future__ import annotations

from footprint.places.gazetteer import norm
from footprint.places.recognize import _dash_road_side, recognize
from footprint.testing import candidate, doc_with, lookup_in

KEYED = {norm(n): (candidate(n),) for n in ("Kelvora", "Tamsin", "Dorel Bay")}
lookup = lookup_in(KEYED)


def names(doc):
    return [m.text for m in recognize(doc, lookup)]


def test_both_towns_of_an_en_dash_road_are_places_whatever_ner_says():
    doc = doc_with("Traders say the Kelvora–Tamsin road is closed again.", persons=("Kelvora", "Tamsin"))
    assert names(doc) == ["Kelvora", "Tamsin"]


def test_em_dash_and_a_two_word_second_town():
    doc = doc_with("Convoys use the Kelvora—Dorel Bay highway now.", persons=("Kelvora",))
    assert names(doc) == ["Kelvora", "Dorel Bay"]


def test_without_the_route_word_the_person_label_stands():
    doc = doc_with("The Kelvora–Tamsin match ended in a draw.", persons=("Kelvora", "Tamsin"))
    assert names(doc) == []


def test_a_spaced_dash_is_a_break_not_a_road():
    doc = doc_with("He praised Kelvora – Tamsin road crews worked on.", persons=("Kelvora", "Tamsin"))
    assert not _dash_road_side(doc, 3, 4) and not _dash_road_side(doc, 5, 6)


def test_the_frame_at_the_ends_of_a_text_does_not_fail():
    assert not _dash_road_side(doc_with("Kelvora–"), 0, 1)
    assert not _dash_road_side(doc_with("–Tamsin"), 1, 2)
    assert not _dash_road_side(doc_with(""), 0, 0)


# "the road between X and Y" with one end the gazetteer lacks (``roads.road_ends``)

def _town(text, name, lat=10.0, lon=20.0):
    from footprint.model import Place, PlaceMention

    s = text.rindex(name)
    return PlaceMention(s, s + len(name), name, Place(name, lat, lon, "ZZ", "town"), kind="literal")


def test_the_unknown_end_of_a_road_between_two_names_is_placed_at_the_known_end():
    from footprint.places.roads import ROAD_END_RADIUS_KM, road_ends

    text = "Gunmen stopped buses on the road between Vorreck and Tamsin on Monday."
    found = road_ends(text, [_town(text, "Tamsin")])
    [m] = [m for m in found if m.text == "Vorreck"]
    assert (m.place.lat, m.place.lon, m.place.precision) == (10.0, 20.0, "area")
    assert m.place.radius_km == ROAD_END_RADIUS_KM and "Tamsin" in m.reason


def test_the_first_end_known_places_the_second():
    from footprint.places.roads import road_ends

    text = "The main road between Tamsin and Vorreck Falls was cut."
    found = road_ends(text, [_town(text, "Tamsin")])
    assert [m.text for m in found] == ["Tamsin", "Vorreck Falls"]


def test_no_road_end_without_a_known_town_a_road_noun_or_outside_a_skipped_span():
    from footprint.places.roads import road_ends

    text = "Talks between Vorreck and Tamsin failed. The road between Vorreck and Tamsin is shut."
    tamsin = _town(text, "Tamsin")
    placed = [m for m in road_ends(text, [tamsin]) if m.text == "Vorreck"]
    assert [m.start for m in placed] == [text.rindex("Vorreck")]  # the road's Vorreck, not the talks'
    found = road_ends(text, [tamsin], skip=((text.rindex("Vorreck"), text.rindex("Vorreck") + 7),))
    assert found == [tamsin]  # a person or a named group is no road end
    assert road_ends("The road between Vorreck and Tamsin is shut.", []) == []
