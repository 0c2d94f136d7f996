"""A name before a place frame ("the Varno health zone", "the Kelby border crossing") is a place whatever the small
model's PERSON label says.

Invented sentences and names, hand-built candidates and entity labels: no model, no gazetteer file."""

from __future__ import annotations

from footprint.places.gazetteer import norm
from footprint.places.recognize import recognize
from footprint.testing import candidate, doc_with, lookup_in

KEYED = {norm(n): (candidate(n),) for n in ("Varno", "Kelby")}
lookup = lookup_in(KEYED)


def names(doc):
    return [m.text for m in recognize(doc, lookup)]


def test_a_name_before_a_place_frame_is_a_candidate_whatever_ner_says():
    for frame in ("health zone", "border crossing", "regional offices"):
        doc = doc_with(f"Staff left the Varno {frame} on Monday.", persons=("Varno",))
        assert names(doc) == ["Varno"], frame


def test_the_person_label_stands_without_the_frame():
    doc = doc_with("Staff met Varno on Monday.", persons=("Varno",))
    assert names(doc) == []
    doc = doc_with("Staff left the Varno health clinic on Monday.", persons=("Varno",))
    assert names(doc) == []
