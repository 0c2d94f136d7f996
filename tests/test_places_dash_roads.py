"""Roads told by two towns joined by a tight en or em dash ("the Kelvora–Tamsin road"): the tokenizer splits the
dash off, so each town is a name of its own that the small model often tags PERSON; the road frame says both are
places.

Invented sentences and names, hand-built candidates and entity labels: no model, no gazetteer file."""

from __future__ import annotations

import spacy
from spacy.tokens import Span

from footprint.places.gazetteer import Candidate, norm
from footprint.places.recognize import _dash_road_side, recognize

BLANK = spacy.blank("en")


def cand(name, population=3_000):
    return Candidate(
        id=abs(hash(name)) % 100_000, name=name, lat=10.0, lon=20.0, country="XX", admin1="01", feature="P.PPL",
        precision="town", population=population, geonameid=None, facility_id=None, radius_km=None, source="test",
        kind="name",
    )


KEYED = {norm(n): (cand(n),) for n in ("Kelvora", "Tamsin", "Dorel Bay")}


def lookup(names):
    return {n: KEYED[n] for n in names if n in KEYED}


def doc_with(text: str, persons=()):
    doc = BLANK.make_doc(text)
    for t in doc:
        t.pos_ = "PROPN" if t.text[:1].isupper() else "NOUN"
    spans = []
    for word in persons:
        i = next(t.i for t in doc if t.text == word)
        spans.append(Span(doc, i, i + 1, label="PERSON"))
    doc.ents = spans
    return doc


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
