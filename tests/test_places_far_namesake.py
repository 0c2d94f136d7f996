"""A small town in a country the text gives no weight to, on another continent than every place it names, is no
answer when one country holds most of the text's names ("the Orvane forest" in a report on Tolvania is no village
of that name 8,000 km away); a near namesake, a known town or a lone sentence keeps its reading.

Invented sentences and names, hand-built candidates: no model, no gazetteer file."""

from __future__ import annotations

import spacy

from footprint.places.gazetteer import Candidate, norm
from footprint.places.recognize import recognize
from footprint.places.resolve import resolve

BLANK = spacy.blank("en")


def cand(name, feature, precision, population, lat, lon, country):
    return Candidate(
        id=abs(hash((name, feature, lat))) % 100_000, name=name, lat=lat, lon=lon, country=country, admin1="01",
        feature=feature, precision=precision, population=population, geonameid=None, facility_id=None,
        radius_km=None, source="test", kind="name",
    )


TABLE = {
    norm("Tolvania"): (cand("Tolvania", "A.PCLI", "country", 9_000_000, 10.0, 8.0, "XT"),),
    norm("Kelvora"): (cand("Kelvora", "P.PPL", "town", 60_000, 10.2, 8.1, "XT"),),
    norm("Brisk"): (cand("Brisk", "P.PPL", "town", 30_000, 10.6, 7.8, "XT"),),
}
FAR_VILLAGE = cand("Orvane", "P.PPL", "town", 60_000, -34.0, 151.0, "XA")
FAR_CITY = cand("Orvane", "P.PPL", "town", 900_000, -34.0, 151.0, "XA")
NEAR_VILLAGE = cand("Orvane", "P.PPL", "town", 5_000, 11.5, 9.0, "XN")

STORY = ("Gunmen attacked Kelvora and Brisk in northern Tolvania on Monday. Troops pursued the gang into the Orvane "
         "forest, the army of Tolvania said.")


def placed(text, orvane):
    table = {**TABLE, norm("Orvane"): (orvane,)}
    doc = BLANK.make_doc(text)
    for t in doc:
        t.pos_ = "PROPN" if t.text[:1].isupper() else "NOUN"
    matches = recognize(doc, lambda names: {n: table[n] for n in names if n in table})
    out, _ = resolve(matches)
    return {m.text: m for m in out}


def test_a_small_town_on_another_continent_is_no_answer():
    m = placed(STORY, FAR_VILLAGE)["Orvane"]
    assert m.place is None and "another continent" in m.reason
    assert placed(STORY, FAR_VILLAGE)["Kelvora"].place.country == "XT"


def test_a_namesake_near_the_texts_places_stands_though_its_country_is_not_named():
    m = placed(STORY, NEAR_VILLAGE)["Orvane"]
    assert m.place is not None and m.place.country == "XN"


def test_a_known_town_abroad_keeps_its_reading():
    m = placed(STORY, FAR_CITY)["Orvane"]
    assert m.place is not None and m.place.country == "XA"


def test_a_lone_sentence_gives_no_country_to_weigh_against():
    m = placed("Troops fought the gang in Orvane on Monday.", FAR_VILLAGE)["Orvane"]
    assert m.place is not None and m.place.country == "XA"
