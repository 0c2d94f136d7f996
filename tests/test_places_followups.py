"""Places told by reference, offset, route and movement: "across the province", "X lies 40 km west of Y",
"on the X-Y road", "from X towards Y", "the regional capital", a town beside a border phrase. Invented
sentences, a tiny hand-built gazetteer, blank Docs (no model)."""

from __future__ import annotations

import pytest
import spacy

from footprint import nlp as nlp_mod
from footprint import testing
from footprint.places import PlacesComponent

# real coordinates, rounded populations
PLACES = [
    ("Nigeria", 9.0, 8.0, "NG", "A.PCLI", "country", 200_000_000, {"demonyms": ["Nigerian"], "radius_km": 600.0}),
    ("Niger", 17.0, 9.0, "NE", "A.PCLI", "country", 24_000_000, {"demonyms": ["Nigerien"], "radius_km": 700.0}),
    ("Borno", 11.8, 13.1, "NG", "A.ADM1", "region", 5_800_000, {"admin1": "02"}),
    ("Yobe", 12.2, 11.4, "NG", "A.ADM1", "region", 3_300_000, {"admin1": "44"}),
    ("Maiduguri", 11.85, 13.16, "NG", "P.PPL", "town", 800_000, {"admin1": "02"}),
    ("Bama", 11.52, 13.69, "NG", "P.PPL", "town", 120_000, {"admin1": "02"}),
    ("Konduga", 11.65, 13.42, "NG", "P.PPL", "town", 20_000, {"admin1": "02"}),
    ("Damaturu", 11.75, 11.96, "NG", "P.PPL", "town", 90_000, {"admin1": "44"}),
    ("Diffa", 13.32, 12.61, "NE", "P.PPL", "town", 50_000, {}),
]


@pytest.fixture(scope="module")
def gaz(tmp_path_factory):
    rows = []
    for name, lat, lon, cc, feature, precision, pop, kw in PLACES:
        kw = dict(kw)
        rows.append(dict(name=name, lat=lat, lon=lon, country=cc, admin1=kw.pop("admin1", None), feature=feature,
                         precision=precision, population=pop, **kw))
    return testing.gazetteer(tmp_path_factory.mktemp("gaz") / "followups.sqlite", rows, regions=True)


def run(gaz, text):
    doc = spacy.blank("en").make_doc(text)
    nlp_mod.prepare(doc, {"excluded": []})
    doc._.fp_actors = []
    return PlacesComponent(gaz)(doc)


def found(doc, kind=None):
    return [(m.text, m.place.name, m.place.precision) for m in doc._.fp_places
            if m.place is not None and (kind is None or m.kind == kind)]


# "across the province": the first-level region told before

def test_the_province_is_the_region_told_before(gaz):
    doc = run(gaz, "Insurgents have long been active in Borno.\n\nIn 2021 they staged raids across the province "
                   "that killed dozens.")
    assert ("the province", "Borno", "region") in found(doc, "nominal")
    m = next(m for m in doc._.fp_places if m.kind == "nominal")
    assert "region told before" in m.reason and m.place.country == "NG"


def test_the_latest_region_wins_and_reach_is_one_paragraph(gaz):
    doc = run(gaz, "Troops moved from Borno into Yobe. Fighting spread throughout the state.")
    assert ("the state", "Yobe", "region") in found(doc, "nominal")
    doc = run(gaz, "Troops patrolled Borno.\n\nTalks went on.\n\nMarkets across the province stayed shut.")
    assert not found(doc, "nominal")


def test_the_state_as_government_or_modifier_is_no_place(gaz):
    text = ("Bandits are active in Borno. They fought against the state for years, and officials in the state "
            "capital met. Parts of the province of Adamawa were quiet, and in the state's courts nothing moved.")
    assert not found(run(gaz, text), "nominal")


def test_another_region_is_not_the_one_told(gaz):
    doc = run(gaz, "Bandits are active in Borno. Attacks in the northern province and in the neighbouring state rose.")
    assert not found(doc, "nominal")


def test_no_region_told_makes_nothing(gaz):
    doc = run(gaz, "Gunmen attacked Bama. Attacks across the province rose.")
    assert not [n for n in found(doc, "nominal") if n[0] == "the province"]
