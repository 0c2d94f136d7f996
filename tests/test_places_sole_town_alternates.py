"""A town whose name other places carry only as an alternate ("Nasir" in South Sudan; a Turkish village that
GeoNames also lists as "Nasir") is still the only town of that name: after "in", "near" or "the town of" it is
that town. Small hand-built index, hand-set entities; no model."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from footprint import testing

# real points, rounded populations; the towns carry no census figure, as in the index
PLACES = [
    ("South Sudan", 7.5, 30.0, "SS", "A.PCLI", "country", 11_000_000, {"radius_km": 500.0}),
    ("Nasir", 8.6, 33.07, "SS", "P.PPL", "town", 0, {"admin1": "10"}),
    ("Demirci", 39.05, 28.66, "TR", "P.PPL", "town", 0, {"admin1": "45", "alts": ["Nasir"]}),
    ("Nasir Extension", 15.6, 32.6, "SD", "P.PPL", "town", 0, {"admin1": "29", "alts": ["Nasir"]}),
]
BIG = PLACES + [("Nasirabad", 26.4, 74.7, "IN", "P.PPL", "town", 300_000, {"admin1": "24", "alts": ["Nasir"]})]


def _index(tmp_path, places, name="g.sqlite"):
    return testing.gazetteer(tmp_path / name, testing.place_rows(places))


def _doc(text: str, name: str = "Nasir", label: str = "GPE"):
    doc = testing.doc_with(text)
    i = next(t.i for t in doc if t.text == name)
    doc.ents = [Span(doc, i, i + 1, label=label)]
    return doc


def _placed(gaz, doc, name="Nasir"):
    found = [m.place for m in testing.run_places(gaz, doc)._.fp_places if m.text == name]
    return found[0] if found else None


@pytest.mark.parametrize("text", [
    "Gunmen attacked a cattle camp near Nasir on Monday.",
    "Fighting broke out in Nasir on Tuesday.",
    "Shelling hit the town of Nasir on Friday.",
])
def test_a_town_others_carry_only_as_an_alternate_is_that_town(tmp_path, text):
    p = _placed(_index(tmp_path, PLACES), _doc(text))
    assert p is not None and (p.name, p.country) == ("Nasir", "SS")


def test_a_large_town_carrying_the_name_is_still_a_rival(tmp_path):
    p = _placed(_index(tmp_path, BIG), _doc("Fighting broke out in Nasir on Tuesday."))
    assert p is None or p.name != "Nasir" or p.country != "SS" or "the only place" not in " ".join(p.reasons)


def test_a_person_is_not_made_a_town(tmp_path):
    doc = _doc("Nasir said the road was closed.", label="PERSON")
    assert _placed(_index(tmp_path, PLACES), doc) is None


@pytest.mark.parametrize("text", ["", "Nasir", "in Nasir", "\x00 Nasir \x00", "Nasir " * 2000])
def test_fragments_do_not_break_the_rule(tmp_path, text):
    testing.run_places(_index(tmp_path, PLACES), text)
