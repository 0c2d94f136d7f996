"""Transliterated spellings, towns named only as landmarks, bearings from "the city", and the dateline.

Hand-built index and blank pipeline: no model, no shared data."""

from __future__ import annotations


import pytest

from footprint import testing
from footprint.places import event_location
from footprint.places.gazetteer import norm, skeleton, spellings

# real coordinates, rounded populations
PLACES = [
    ("Iraq", 33.0, 44.0, "IQ", "A.PCLI", "country", 40_000_000, None, {"demonyms": ["Iraqi"], "radius_km": 450.0}),
    ("Ethiopia", 8.0, 38.0, "ET", "A.PCLI", "country", 110_000_000, None, {"radius_km": 600.0}),
    ("Yemen", 15.5, 47.5, "YE", "A.PCLI", "country", 30_000_000, None, {"radius_km": 450.0}),
    ("Al ‘Amādīyah", 37.09, 43.49, "IQ", "P.PPL", "town", 0, "08", {"alts": ["Amadiya", "Amadiyah"]}),
    ("Zaxo", 37.15, 42.69, "IQ", "P.PPL", "town", 95_000, "08", {"alts": ["Zakho"]}),
    ("Amara", 11.43, 38.38, "ET", "A.ADM1", "region", 3_400_000, "46", {}),
    ("Bahir Dar", 11.59, 37.39, "ET", "P.PPL", "town", 350_000, "46", {}),
    ("Debre Mark’os", 10.35, 37.73, "ET", "P.PPL", "town", 90_000, "46", {}),
    ("Dejen", 10.17, 38.13, "ET", "P.PPL", "town", 10_000, "46", {}),
    ("Ma'rib", 15.46, 45.33, "YE", "P.PPL", "town", 17_000, "14", {}),
]


@pytest.fixture(scope="module")
def gaz(tmp_path_factory):
    return testing.gazetteer(tmp_path_factory.mktemp("gaz") / "spellings.sqlite",
                             [dict(name=name, lat=lat, lon=lon, country=cc, admin1=admin1, feature=feature,
                                   precision=precision, population=pop, **kw)
                              for name, lat, lon, cc, feature, precision, pop, admin1, kw in PLACES])


def run(gaz, text):
    return testing.run_places(gaz, text)


def found(doc, text):
    return [(m.kind, m.place.name if m.place else None) for m in doc._.fp_places if m.text == text]


@pytest.mark.parametrize("a, b", [
    ("Amadiya", "Al-Amadiyah"), ("Amhara", "Amara"), ("Sirwah", "Sirwa"), ("Qamishli", "Kamishli"),
    ("Marib", "Ma'rib"), ("Mosoul", "Mosul"),
])
def test_transliterations_share_a_skeleton(a, b):
    assert skeleton(norm(a)) == skeleton(norm(b))


@pytest.mark.parametrize("a, b", [("Gao", "Goa"), ("Shia", "Sia"), ("Dori", "Doro"), ("Kaya", "Kaye")])
def test_different_names_keep_different_skeletons(a, b):
    assert skeleton(norm(a)) != skeleton(norm(b))


@pytest.mark.parametrize("text", ["", "ab", "12 km", "\x00\x01", "x" * 5000, "al"])
def test_spellings_of_odd_input_are_few_and_never_the_name_itself(text):
    n = norm(text)
    out = spellings(n)
    assert n not in out and len(out) <= 8


def test_an_alternate_name_that_spells_the_primary_name_counts_as_the_name(gaz):
    (c,) = gaz.lookup(["amadiya"])["amadiya"]
    assert c.name == "Al ‘Amādīyah" and c.kind == "name"
    (z,) = gaz.lookup(["zakho"])["zakho"]
    assert z.kind == "alt"  # "Zakho" is another name of Zaxo, not its spelling


def test_a_name_the_index_lacks_is_found_under_another_transliteration(gaz):
    (c,) = gaz.lookup(["amhara"])["amhara"]
    assert c.name == "Amara" and c.feature == "A.ADM1"
    assert gaz.lookup(["amharic script"])["amharic script"] == ()


def test_a_small_town_spelled_like_its_primary_name_resolves_near_its_neighbours(gaz):
    doc = run(gaz, "Turkish artillery shelled villages near Amadiya, east of Zakho in northern Iraq, on Monday.")
    assert found(doc, "Amadiya") == [("literal", "Al ‘Amādīyah")]


def test_the_town_is_not_the_landmark_a_distance_is_measured_from(gaz):
    text = ("Fighters entered Dejen, some 45 km south-east of Debre Markos, on Monday.\n\n"
            "A spokesman said the group had taken the town.")
    doc = run(gaz, text)
    assert found(doc, "the town") == [("nominal", "Dejen")]


def test_the_town_after_a_lone_landmark_is_still_that_town(gaz):
    doc = run(gaz, "Shelling was heard 20 km north of Dejen. Residents said the town was calm.")
    assert found(doc, "the town") == [("nominal", "Dejen")]


def test_a_bearing_from_the_city_is_an_area_offset_from_the_town_told_before(gaz):
    text = "Fighting went on around Marib for a week.\n\nDrones struck a depot east of the city on Sunday."
    doc = run(gaz, text)
    rel = [m for m in doc._.fp_places if m.text == "east of the city"]
    assert len(rel) == 1 and rel[0].kind == "relative"
    p = rel[0].place
    assert p.precision == "area" and p.lon > 45.33 + 0.1 and abs(p.lat - 15.46) < 0.05
    assert not found(doc, "the city")  # the point is not the city itself


def test_a_bearing_from_the_city_with_no_town_before_makes_nothing(gaz):
    doc = run(gaz, "Drones struck a depot east of the city on Sunday.")
    assert [m for m in doc._.fp_places if m.kind in {"relative", "nominal"}] == []


def test_the_dateline_town_yields_to_a_place_the_event_sentence_names(gaz):
    text = "BAHIR DAR, Ethiopia — A drone struck a bus station in Dejen on Tuesday, health workers said."
    doc = run(gaz, text)
    t = text.index("struck")
    loc = event_location(doc, 0, len(text), t, t + len("struck"))
    assert loc is not None and loc.name == "Dejen"


def test_the_dateline_town_still_locates_an_event_when_nothing_else_does(gaz):
    text = "BAHIR DAR, Ethiopia — Gunmen killed three traders on Tuesday, police said."
    doc = run(gaz, text)
    t = text.index("killed")
    loc = event_location(doc, 0, len(text), t, t + len("killed"))
    assert loc is not None and loc.name == "Bahir Dar"
