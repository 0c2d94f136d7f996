"""First-level regions that ISO 3166-2 names in the local language and no rule could link by name: a curated
seat town gives their GeoNames code, and it wins over a namesake village another region would take first;
a country's overseas part that is a country of its own is left to that country.

The unit tests use invented countries, towns and a tiny in-memory index: no model. The integration tests check
the built gazetteer against facts (where Lombardy, Tuscany, Normandy, the Kurdistan Region lie)."""

from __future__ import annotations

import sqlite3
from types import SimpleNamespace

import pytest

from footprint.places import admin1, build
from footprint.places.gazetteer import SCHEMA
from footprint.geo import distance_km


def sub(code, name, type_="Region", parent=None):
    return SimpleNamespace(code=code, name=name, type=type_, parent_code=parent, country_code=code.split("-")[0])


def country(alpha_2, name):
    return SimpleNamespace(alpha_2=alpha_2, name=name)


#: XB's regions in ISO order: Pellin (a village of that name lies in code 28), Normark (whose curated seat
#: Rouenne lies in code 28), an overseas part named like the country XR, a province named like the country XL
PC = SimpleNamespace(
    subdivisions=[
        sub("XB-PE", "Pellin"), sub("XB-NOR", "Normark"), sub("XB-RV", "La Rivière", "Overseas collectivity"),
        sub("XB-LX", "Luxo", "Province"),
    ],
    countries=[country("XB", "Bordavia"), country("XR", "Rivière"), country("XL", "Luxo")],
)
NAMES = {"XB": {
    "pellin": [(300, "28", 49.0, 0.9)], "rouenne": [(110_000, "28", 49.4, 1.1)],
    "la riviere": [(200, "12", 45.0, 3.0)], "luxo": [(20_000, "30", 50.0, 5.5)],
}}
BY_ADMIN = {
    ("XB", "28"): [(49.4, 1.1, 110_000), (49.0, 0.9, 300), (49.2, -0.4, 100_000)],
    ("XB", "12"): [(45.0, 3.0, 200), (45.8, 3.1, 140_000)],
    ("XB", "30"): [(50.0, 5.5, 20_000)],
}
CSV = {
    "admin1.csv": [],
    "admin2.csv": [{"country": "XB", "code": "XB-NOR", "seat": "Rouenne", "source": "t"}],
}


def regions(monkeypatch, rows=CSV):
    monkeypatch.setattr(admin1, "read_csv", lambda name: rows[name])
    conn = sqlite3.connect(":memory:")
    conn.executescript(SCHEMA)
    w = build.Writer(conn)
    _, links = admin1._add_admin1(w, BY_ADMIN, NAMES, {}, PC)
    placed = {r[0]: r[1:] for r in conn.execute(
        "SELECT name, admin1, source FROM place WHERE feature = 'A.ADM1'")}
    return placed, links


def test_a_curated_seat_takes_its_code_before_a_namesake_village(monkeypatch):
    placed, links = regions(monkeypatch)
    assert placed["Normark"][:2] == ("28", "geonames+iso3166")
    assert links["XB-NOR"] == ("XB", "28")
    # the region whose only link was a village of its name keeps the village's point, not the code
    assert placed["Pellin"][0] is None and links["XB-PE"] == ("XB", None)


def test_without_the_seat_the_village_takes_the_code(monkeypatch):
    placed, _ = regions(monkeypatch, {"admin1.csv": [], "admin2.csv": []})
    assert placed["Pellin"][0] == "28" and "Normark" not in placed


def test_an_overseas_part_that_is_a_country_of_its_own_is_left_to_it(monkeypatch):
    placed, links = regions(monkeypatch)
    assert "La Rivière" not in placed and "XB-RV" not in links


def test_an_ordinary_province_named_like_a_country_is_kept(monkeypatch):
    placed, _ = regions(monkeypatch)
    assert placed["Luxo"][0] == "30"


def test_country_keys_drop_articles_hyphens_and_parentheses():
    pc = SimpleNamespace(countries=[country("XM", "Saint Marto (Bordavian part)"), country("XR", "Rivière")])
    keys = admin1._country_keys(pc)
    assert keys[admin1._country_key("Saint-Marto")] == "XM"
    assert keys[admin1._country_key("La Rivière")] == "XR"
    assert admin1._country_key("") == ""


@pytest.fixture(scope="module")
def gaz():
    from footprint.places.gazetteer import open_default

    return open_default()


def found(gaz, name, country, feature):
    return [c for c in gaz.lookup([name]).get(name, ()) if c.country == country and c.feature == feature]


@pytest.mark.integration
@pytest.mark.parametrize("name, country, centre, km", [
    ("lombardy", "IT", (45.6, 9.8), 100),
    ("lombardia", "IT", (45.6, 9.8), 100),
    ("tuscany", "IT", (43.4, 11.0), 100),
    ("piedmont", "IT", (45.1, 7.9), 100),
    ("apulia", "IT", (41.0, 16.5), 150),
    ("sicilia", "IT", (37.6, 14.1), 100),
    ("sardegna", "IT", (40.1, 9.0), 100),
    ("normandy", "FR", (49.1, 0.0), 100),
    ("corsica", "FR", (42.1, 9.1), 60),
    ("nouvelle aquitaine", "FR", (45.2, 0.2), 150),
    ("kurdistan region", "IQ", (36.4, 44.4), 150),
    ("diyala", "IQ", (33.9, 45.0), 100),
    ("centre", "BF", (12.4, -1.5), 60),
    # Nigerian states that no namesake town or airport linked, placed through their capitals
    ("yobe", "NG", (12.3, 11.4), 150),
    ("taraba", "NG", (8.0, 10.5), 150),
    ("jigawa", "NG", (12.2, 9.6), 100),
    ("anambra", "NG", (6.2, 7.0), 60),
    ("federal capital territory", "NG", (8.9, 7.2), 60),
    ("ogun", "NG", (7.0, 3.5), 100),
])
def test_regions_named_in_the_local_language_are_indexed_near_their_centre(gaz, name, country, centre, km):
    hits = found(gaz, name, country, "A.ADM1")
    assert hits, name
    assert distance_km(hits[0].lat, hits[0].lon, *centre) < km


@pytest.mark.integration
@pytest.mark.parametrize("name, country, seat", [
    ("kadiogo", "BF", (12.37, -1.53)),  # Ouagadougou
    ("dahuk", "IQ", (36.87, 42.99)),    # Duhok
    ("agrigento", "IT", (37.31, 13.58)),
])
def test_second_level_units_under_them_are_indexed(gaz, name, country, seat):
    hits = found(gaz, name, country, "A.ADM2")
    assert hits, name
    assert distance_km(hits[0].lat, hits[0].lon, *seat) < 30


@pytest.mark.integration
def test_overseas_parts_are_not_regions_of_france(gaz):
    for name in ("la reunion", "saint barthelemy", "guadeloupe"):
        assert not found(gaz, name, "FR", "A.ADM1"), name
