"""A name before a lower-case "river" ("the Tolvane river") names the river: a country or a far town of that name is
no answer; a first-level unit named after the river, or a town near the text's other places, still is.

Invented sentences and names, hand-built candidates: no model, no gazetteer file."""

from __future__ import annotations

import spacy

from footprint.places.gazetteer import Candidate, norm
from footprint.places.recognize import recognize
from footprint.places.resolve import resolve

BLANK = spacy.blank("en")


def cand(name, feature, precision, population, lat, lon, country="XC"):
    return Candidate(
        id=abs(hash((name, feature))) % 100_000, name=name, lat=lat, lon=lon, country=country, admin1="01",
        feature=feature, precision=precision, population=population, geonameid=None, facility_id=None,
        radius_km=None, source="test", kind="name",
    )


KELVORA = cand("Kelvora", "P.PPL", "town", 250_000, 10.0, 20.0)
COUNTRY = cand("Tolvane", "A.PCLI", "country", 9_000_000, 17.0, 8.0, country="XT")
FAR_TOWN = cand("Tolvane", "P.PPL", "town", 40_000, 4.0, 26.0)
NEAR_TOWN = cand("Tolvane", "P.PPL", "town", 40_000, 10.2, 20.1)
REGION = cand("Tolvane", "A.ADM1", "region", 800_000, 10.5, 20.4)


def placed(text, tolvane):
    table = {norm("Kelvora"): (KELVORA,), norm("Tolvane"): (tolvane,)}
    doc = BLANK.make_doc(text)
    for t in doc:
        t.pos_ = "PROPN" if t.text[:1].isupper() else "NOUN"
    matches = recognize(doc, lambda names: {n: table[n] for n in names if n in table})
    out, _ = resolve(matches)
    return {m.text: m for m in out}


RIVER = "Aid boats reached Kelvora after floods along the Tolvane river."


def test_a_country_named_like_the_river_is_no_answer():
    m = placed(RIVER, COUNTRY)["Tolvane"]
    assert m.place is None and "river" in m.reason


def test_a_far_town_named_like_the_river_is_no_answer():
    assert placed(RIVER, FAR_TOWN)["Tolvane"].place is None


def test_a_town_near_the_texts_places_or_a_region_still_marks_the_river():
    assert placed(RIVER, NEAR_TOWN)["Tolvane"].place is not None
    assert placed(RIVER, REGION)["Tolvane"].place is not None


def test_without_the_river_word_the_country_reading_stands():
    m = placed("Aid boats reached Kelvora after floods in Tolvane.", COUNTRY)["Tolvane"]
    assert m.place is not None and m.place.country == "XT"


def test_a_capitalized_river_keeps_its_own_rule():
    m = placed("Aid boats reached Kelvora after floods along the Tolvane River.", COUNTRY)["Tolvane River"]
    assert m.place is None
