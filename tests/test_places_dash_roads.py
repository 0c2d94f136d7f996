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
