"""A dateline of a town, its country and a dash ("COTONOU, Benin - …", "MAIDUGURI, Nigeria — …") is read as a
dateline even where the small model runs the country into the sentence after the dash ("Benin - Gunmen" one
PERSON): the country is the dateline's, the town is where the report was filed. Small hand-built index,
hand-set entities; no model."""

from __future__ import annotations

import pytest

from footprint import testing
from footprint.places import event_location

# real points, rounded populations
PLACES = [
    ("Benin", 9.5, 2.25, "BJ", "A.PCLI", "country", 12_000_000, {"radius_km": 350.0}),
    ("Nigeria", 9.0, 8.0, "NG", "A.PCLI", "country", 200_000_000, {"radius_km": 600.0}),
    ("Cotonou", 6.37, 2.42, "BJ", "P.PPLA", "town", 680_000, {"admin1": "14"}),
    ("Maiduguri", 11.85, 13.16, "NG", "P.PPLA", "town", 1_100_000, {"admin1": "27"}),
    ("Kalale", 10.29, 3.38, "BJ", "P.PPL", "town", 20_000, {"admin1": "10"}),
    ("Gajiram", 12.49, 13.21, "NG", "P.PPL", "town", 12_000, {"admin1": "27"}),
]


@pytest.fixture(scope="module")
def gaz(tmp_path_factory):
    return testing.gazetteer(tmp_path_factory.mktemp("gaz") / "d.sqlite", testing.place_rows(PLACES))


@pytest.mark.parametrize("text, run_on, country, code", [
    ("COTONOU, Benin - Gunmen attacked Kalale on Tuesday.", "Benin - Gunmen", "Benin", "BJ"),
    ("MAIDUGURI, Nigeria — Insurgents stormed Gajiram overnight.", "Nigeria — Insurgents", "Nigeria", "NG"),
])
def test_the_country_of_a_dateline_stays_a_place(gaz, text, run_on, country, code):
    doc = testing.run_places(gaz, testing.doc_with(text, persons=[run_on]))
    found = {m.text: m.place for m in doc._.fp_places if m.place is not None}
    assert found.get(country) is not None and found[country].country == code
    town = text.split(",")[0]
    assert found.get(town) is not None and found[town].country == code


def test_the_village_not_the_filing_town_is_the_events_place(gaz):
    text = "COTONOU, Benin - Gunmen attacked Kalale on Tuesday."
    doc = testing.run_places(gaz, testing.doc_with(text, persons=["Benin - Gunmen"]))
    t = text.index("attacked")
    loc = event_location(doc, 0, len(text), t, t + len("attacked"))
    assert loc is not None and loc.name == "Kalale"


def test_a_person_after_a_dateline_dash_stays_a_person(gaz):
    # the entity starts after the dash: nothing of the dateline is in it, so its label holds
    text = "COTONOU, Benin - Kalale Gunmen said the road was closed."
    doc = testing.run_places(gaz, testing.doc_with(text, persons=["Kalale Gunmen"]))
    assert not any(m.text == "Kalale" and m.place is not None for m in doc._.fp_places)


@pytest.mark.parametrize("text", ["", "COTONOU, -", ", Benin - ", "COTONOU, Benin -", "\x00COTONOU, Benin - \x00",
                                  "COTONOU, Benin - " * 3000])
def test_fragments_do_not_break_the_rule(gaz, text):
    testing.run_places(gaz, text)
