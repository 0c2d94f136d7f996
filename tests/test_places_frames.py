"""A name before a place frame ("the Varno health zone", "the Kelby border crossing") is a place whatever the small
model's PERSON label says.

Invented sentences and names, hand-built candidates and entity labels: no model, no gazetteer file."""

from __future__ import annotations

import spacy
from spacy.tokens import Span

from footprint.places.gazetteer import Candidate, norm
from footprint.places.recognize import recognize

BLANK = spacy.blank("en")


def cand(name, population=3_000, feature="P.PPL"):
    return Candidate(
        id=abs(hash(name)) % 100_000, name=name, lat=10.0, lon=20.0, country="XX", admin1="01", feature=feature,
        precision="town", population=population, geonameid=None, facility_id=None, radius_km=None, source="test",
        kind="name",
    )


KEYED = {norm(n): (cand(n),) for n in ("Varno", "Kelby")}


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
    doc.ents = sorted(spans, key=lambda s: s.start)
    return doc


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
