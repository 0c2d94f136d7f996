"""US counties: second-level regions indexed under their full name, placed by their state.

Invented sentences and places, hand-built candidates: no model, no gazetteer file. The integration test at the
end checks the built index against a few counties' published centroids (facts)."""

from __future__ import annotations

from functools import partial

import pytest
import spacy

from footprint.places.gazetteer import Candidate
from footprint.geo import distance_km
from footprint.places.recognize import recognize
from footprint.places.resolve import resolve

import places_factories

BLANK = spacy.blank("en")


def cand(id_, name, population, lat, lon, country="US", admin1="S1", feature="P.PPL", precision="town", kind="name"):
    return Candidate(
        id=id_, name=name, lat=lat, lon=lon, country=country, admin1=admin1, feature=feature, precision=precision,
        population=population, geonameid=None, facility_id=None, radius_km=None, source="test", kind=kind,
    )


def county(id_, name, lat, lon, admin1):
    return cand(id_, name, 0, lat, lon, admin1=admin1, feature="A.ADM2", precision="district")


#: three counties of one name in three states, a town of the short name in a fourth, and the states
MARLOW_S1 = county(1, "Marlow County", 36.0, -88.0, "S1")
MARLOW_S2 = county(2, "Marlow County", 41.0, -95.0, "S2")
MARLOW_S3 = county(3, "Marlow County", 33.0, -84.0, "S3")
MARLOW_TOWN = cand(4, "Marlow", 50_000, 41.1, -89.4, admin1="S4")
STATE_1 = cand(10, "Tennara", 6_900_000, 35.8, -86.4, admin1="S1", feature="A.ADM1", precision="region")
STATE_2 = cand(11, "Iowara", 3_100_000, 42.0, -93.5, admin1="S2", feature="A.ADM1", precision="region")
#: a town of the first state, 30 km from its Marlow County
PELHAM = cand(20, "Pelham", 10_000, 36.2, -88.3, admin1="S1")

TABLE = {
    "marlow county": (MARLOW_S1, MARLOW_S2, MARLOW_S3),
    "marlow": (MARLOW_TOWN,),
    "tennara": (STATE_1,),
    "iowara": (STATE_2,),
    "pelham": (PELHAM,),
}


run = partial(places_factories.run, table=TABLE)
one = partial(places_factories.one, exact=True)  # the mention's whole text: a span one word too long fails


def test_a_county_named_with_its_state_is_that_states_county():
    m = one(run("Deputies searched a farm in Marlow County , Tennara , on Sunday ."), "Marlow County")
    assert m.place is not None and m.place.admin1 == "S1" and m.place.precision == "district"
    assert m.place.feature == "A.ADM2"


def test_a_county_in_a_story_that_names_its_state_elsewhere_is_that_states_county():
    found = run("Tennara officials said the bridge in Marlow County will reopen next week .")
    m = one(found, "Marlow County")
    assert m.place is not None and m.place.admin1 == "S1"


def test_a_county_near_a_town_the_text_names_is_the_nearby_one():
    found = run("The fire spread from Pelham into Marlow County on Sunday .")
    m = one(found, "Marlow County")
    assert m.place is not None and m.place.admin1 == "S1"
    assert distance_km(m.place.lat, m.place.lon, 36.0, -88.0) < 1


def test_a_county_name_nothing_places_is_left_unplaced_rather_than_guessed():
    m = one(run("Marlow County will hold a vote on the levy ."), "Marlow County")
    assert m.place is None and "ambiguous" in m.reason


def test_the_bare_short_name_stays_the_town():
    found = run("Residents of Marlow met on Sunday .")
    m = one(found, "Marlow")
    assert m.place is not None and m.place.precision == "town" and m.place.admin1 == "S4"


def test_a_county_is_not_replaced_by_the_town_of_its_short_name():
    # the index has no "Marlow County" in S4; the county word after the town's name still makes it one name
    found = run("The sheriff of Marlow County , Iowara , spoke .")
    m = one(found, "Marlow County")
    assert m.place is not None and m.place.admin1 == "S2" and m.place.precision == "district"


def test_a_county_inside_an_agency_name_is_kept_as_embedded():
    doc = BLANK.make_doc("The Marlow County Sheriff 's Office in Tennara said two men were held .")
    doc.ents = [doc.char_span(4, 35, label="ORG")]
    matches = recognize(doc, lambda names: {n: TABLE[n] for n in names if n in TABLE})
    found, _ = resolve(matches, text=doc.text)
    m = one(found, "Marlow County")
    assert m.kind == "embedded" and m.place is not None and m.place.admin1 == "S1"


KNOWN = [
    # name, state, published centroid (US Census Bureau gazetteer files): facts
    ("Henry County", "TN", 36.325, -88.301),
    ("Fulton County", "GA", 33.790, -84.468),
    ("Los Angeles County", "CA", 34.196, -118.262),
    ("Caddo Parish", "LA", 32.577, -93.882),
    ("Lancaster County", "NE", 40.784, -96.688),
]


@pytest.mark.integration
def test_the_built_index_has_counties_near_their_known_centroids():
    from footprint.places.gazetteer import norm, open_default

    gz = open_default()
    for name, state, lat, lon in KNOWN:
        hits = [c for c in gz.lookup([norm(name)]).get(norm(name), ()) if c.feature == "A.ADM2" and c.admin1 == state]
        assert len(hits) == 1, (name, state, hits)
        c = hits[0]
        assert c.country == "US" and c.precision == "district"
        assert distance_km(c.lat, c.lon, lat, lon) < 50, (name, state, c.lat, c.lon)
    # the short name is the towns' only: "Henry" alone never reads as a county
    for short in ("henry", "fulton", "caddo"):
        assert not any(c.feature == "A.ADM2" for c in gz.lookup([short]).get(short, ()))
    # Virginia's independent cities are their towns, not second-level entries of their own
    assert not any(c.feature == "A.ADM2" for c in gz.lookup(["richmond city"]).get("richmond city", ()))


@pytest.mark.integration
def test_a_region_whose_namesake_town_lies_in_another_region_sits_in_its_own():
    # the township of Mpumalanga lies in KwaZulu-Natal, and Guerrero, Sonora and Sabah have namesake towns elsewhere: the
    # region's point comes from its own towns (rough centres of the regions: facts)
    from footprint.places.gazetteer import norm, open_default

    gz = open_default()
    for name, cc, lat, lon in (("Mpumalanga", "ZA", -25.6, 30.3), ("Sonora", "MX", 29.3, -110.7),
                               ("Sabah", "MY", 5.3, 117.0), ("Guerrero", "MX", 17.6, -99.9)):
        regions = [c for c in gz.lookup([norm(name)]).get(norm(name), ()) if c.feature == "A.ADM1" and c.country == cc]
        assert len(regions) == 1, (name, regions)
        assert distance_km(regions[0].lat, regions[0].lon, lat, lon) < 250, (name, regions[0].lat, regions[0].lon)
