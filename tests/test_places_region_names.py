"""Every resolved place's region (``admin1``) is a name a user would type: a code the index names becomes the
name, a code it cannot name is dropped, and a facility or curated town takes the region of the nearest town
of its country. Small hand-built index, blank pipeline, invented texts; no model."""

from __future__ import annotations

import pytest

from footprint import testing
from footprint.model import Place, PlaceMention
from footprint.places.regions import REGION_TOWN_KM, is_code, named_regions

# real coordinates, rounded populations; the Ruvala Airfield and Kessora are invented
PLACES = [
    ("Mali", 17.0, -4.0, "ML", "A.PCLI", "country", 20_000_000, {"radius_km": 700.0}),
    ("Mopti Region", 14.5, -4.2, "ML", "A.ADM1", "region", 2_000_000, {"admin1": "04"}),
    ("Gao Region", 16.3, 0.0, "ML", "A.ADM1", "region", 500_000, {"admin1": "09"}),
    ("Mopti", 14.49, -4.19, "ML", "P.PPL", "town", 120_000, {"admin1": "04"}),
    ("Gao", 16.27, -0.04, "ML", "P.PPL", "town", 90_000, {"admin1": "09"}),
    ("Gossi", 15.82, -1.30, "ML", "P.PPL", "town", 6_000, {"admin1": "09"}),
    # a curated town: the index gives it no code
    ("Kessora", 14.52, -4.10, "ML", "P.PPL", "town", 5_000, {}),
    # a town whose code the index cannot name (no first-level row for it)
    ("Tessit", 15.01, 0.98, "ML", "P.PPL", "town", 3_000, {"admin1": "12070577"}),
    ("Ruvala Airfield", 15.80, -1.28, "ML", "S.AIRP", "facility", 0, {"facility_id": "icao:XXRV"}),
    # far from every town of its country
    ("Tanezrouft Airstrip", 21.5, -1.0, "ML", "S.AIRP", "facility", 0, {"facility_id": "icao:XXTZ"}),
]


@pytest.fixture(scope="module")
def gaz(tmp_path_factory):
    return testing.gazetteer(tmp_path_factory.mktemp("gaz") / "regions.sqlite", testing.place_rows(PLACES),
                             regions=True)


def region_of(gaz, text, name):
    doc = testing.run_places(gaz, text)
    found = [m.place for m in doc._.fp_places if m.text == name and m.place is not None]
    assert found, f"{name} not resolved in {text!r}"
    return found[0].admin1


def test_a_town_code_the_index_names_is_stored_as_the_name(gaz):
    assert region_of(gaz, "Gunmen attacked Gao on Monday.", "Gao") == "Gao Region"


def test_a_facility_takes_the_region_of_the_town_it_lies_by(gaz):
    assert region_of(gaz, "Drones struck the Ruvala Airfield on Monday.", "Ruvala Airfield") == "Gao Region"


def test_a_curated_town_without_a_code_takes_its_nearest_towns_region(gaz):
    assert region_of(gaz, "Soldiers patrolled Kessora, in central Mali, on Monday.", "Kessora") == "Mopti Region"


def test_a_code_no_region_names_is_dropped_not_shown(gaz):
    assert region_of(gaz, "Gunmen attacked Tessit, in eastern Mali, on Monday.", "Tessit") is None


def test_a_facility_with_no_town_in_reach_gets_no_region(gaz):
    assert region_of(gaz, "A plane landed at the Tanezrouft Airstrip.", "Tanezrouft Airstrip") is None


def place(name, precision, admin1=None, lat=14.5, lon=-4.2, country="ML"):
    return PlaceMention(0, len(name), name, Place(name, lat, lon, country, precision, admin1=admin1), kind="literal")


def test_places_built_by_later_rules_are_named_too(gaz):
    # the capital, a road, a relative place: each carries its source's code
    out = named_regions([place("Mopti", "town", "04"), place("near Gao", "area", "09", 16.3, 0.0)], gaz)
    assert [m.place.admin1 for m in out] == ["Mopti Region", "Gao Region"]


def test_a_name_stays_and_wide_or_unplaced_places_get_no_region(gaz):
    out = named_regions([
        place("Mopti", "town", "Mopti Region"),
        place("central Mali", "area"),  # an area spans regions: the nearest town's would be a guess
        place("Mali", "country"),
        place("Kessora", "town", country=None),
        PlaceMention(0, 4, "Xyzq", None, kind="literal"),
    ], gaz)
    assert [m.place.admin1 if m.place else "-" for m in out] == ["Mopti Region", None, None, None, "-"]


def test_a_gazetteer_without_region_names_leaves_places_alone():
    ms = [place("Mopti", "town", "04")]
    assert named_regions(ms, object()) == ms


def test_codes_and_names_are_told_apart():
    assert all(is_code(c) for c in ("01", "12070575", "C3", "ML-04", "YE-SN"))
    assert not any(is_code(n) for n in ("Mopti", "ENG", "Gao Region", "Region 5", "Île-de-France", ""))
    assert REGION_TOWN_KM <= 60  # a region taken farther off is more often the neighbour's
