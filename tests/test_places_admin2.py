"""Second-level regions outside the US: provinces, departments and districts placed at a seat, a namesake town,
their airports or their parent region, and resolved without beating a town of the same name.

Invented names, hand-built candidates and a tiny in-memory index: no model. The integration tests at the end
check the built gazetteer against facts (seat towns, GeoNames codes of Indonesia's provinces)."""

from __future__ import annotations

import sqlite3
from functools import partial
from types import SimpleNamespace

import pytest

from footprint.errors import FootprintError, GazetteerError
from footprint.places.admin2 import add_admin2, unit_names
from footprint.places.admin1 import first_level_subdivisions
from footprint.places.writer import Writer
from footprint.places.gazetteer import SCHEMA, Candidate
from footprint.geo import distance_km

import places_factories


def cand(id_, name, population, lat, lon, country="XA", admin1="01", feature="P.PPL", precision="town", kind="name"):
    return Candidate(
        id=id_, name=name, lat=lat, lon=lon, country=country, admin1=admin1, feature=feature, precision=precision,
        population=population, geonameid=None, facility_id=None, radius_km=None, source="test", kind=kind,
    )


#: a province of the invented country XA, placed at its seat town Velbo; a hamlet of the province's name in
#: another country; a large town elsewhere named like a second province; a district placed at its namesake town
DORRA = cand(1, "Dorra", 0, 14.1, -1.6, feature="A.ADM2", precision="district")
DORRA_HAMLET = cand(2, "Dorra", 20_000, 14.0, -16.5, country="XB", admin1="09")
VELBO = cand(3, "Velbo", 40_000, 14.1, -1.6)
KESSEL = cand(4, "Kessel", 0, 52.0, 0.5, country="XC", admin1="E", feature="A.ADM2", precision="district")
KESSEL_TOWN = cand(5, "Kessel", 90_000, 47.4, -122.2, country="XD", admin1="W")
BARTON_DISTRICT = cand(6, "Barton", 0, 53.58, -2.43, country="XC", admin1="E", feature="A.ADM2", precision="district")
BARTON_TOWN = cand(7, "Barton", 2_000, 53.58, -2.43, country="XC", admin1="E")
XA = cand(10, "Arland", 20_000_000, 12.5, -1.7, admin1=None, feature="A.PCLI", precision="country")

TABLE = {
    "dorra": (DORRA, DORRA_HAMLET),
    "velbo": (VELBO,),
    "kessel": (KESSEL, KESSEL_TOWN),
    "barton": (BARTON_DISTRICT, BARTON_TOWN),
    "arland": (XA,),
}


run = partial(places_factories.run, table=TABLE)
one = places_factories.one


def test_a_province_named_with_its_type_word_is_the_province():
    m = one(run("Gunmen attacked a village in the Dorra province on Tuesday ."), "Dorra")
    assert m.place is not None and m.place.feature == "A.ADM2" and m.place.precision == "district"


def test_a_province_followed_by_its_country_is_that_countrys_province():
    m = one(run("A post was attacked in Dorra Province , Arland , on Monday ."), "Dorra")
    assert m.place is not None and m.place.country == "XA" and m.place.feature == "A.ADM2"


def test_a_one_word_district_does_not_beat_a_large_town_of_the_same_name_without_reason():
    m = one(run("Flooding closed roads in Kessel on Sunday ."), "Kessel")
    assert m.place is not None and m.place.precision == "town" and m.place.country == "XD"


def test_a_district_at_its_namesake_town_yields_the_bare_name_to_the_town():
    m = one(run("Police in Barton arrested two men ."), "Barton")
    assert m.place is not None and m.place.precision == "town"


def test_a_district_named_with_the_word_district_is_the_district():
    m = one(run("Police in the Barton district arrested two men ."), "Barton")
    assert m.place is not None and m.place.feature == "A.ADM2"


def test_unit_names_give_the_forms_news_uses():
    assert unit_names("Bristol, City of") == ["Bristol", "City of Bristol"]
    assert unit_names("Durham, County") == ["Durham", "County Durham"]
    assert unit_names("Isle of Anglesey [Sir Ynys Môn GB-YNM]") == ["Isle of Anglesey"]


def sub(code, name, parent=None, type_="Province"):
    return SimpleNamespace(code=code, name=name, parent_code=parent, type=type_, country_code=code[:2])


def test_provinces_under_island_groups_are_the_first_level():
    pc = SimpleNamespace(subdivisions=[
        sub("XA-JW", "Jawaland", type_="Geographical unit"), sub("XA-JB", "Jawaland Barat", "XA-JW"),
        sub("XB-01", "Nord", type_="Region"), sub("XB-SOM", "Dorra", "XB-01"),
    ])
    codes = {s.code for s in first_level_subdivisions(pc)}
    assert codes == {"XA-JB", "XB-01"}


def tiny_index():
    conn = sqlite3.connect(":memory:")
    conn.executescript(SCHEMA)
    w = Writer(conn)
    w.add(name="Nord", lat=14.0, lon=-1.0, country="XB", admin1="12", feature="A.ADM1", precision="region",
          population=100_000, source="test")
    w.flush()
    return conn, w


PC = SimpleNamespace(subdivisions=[
    sub("XB-01", "Nord", type_="Region"),
    sub("XB-SOM", "Dorra", "XB-01"), sub("XB-LOR", "Lissa", "XB-01"), sub("XB-YAG", "Yamba", "XB-01"),
])
#: towns of region 12: the seat of Dorra, a town named like Lissa; Yamba has neither
NAMES = {"XB": {"velbo": [(20_000, "12", 14.1, -1.6)], "lissa": [(9_000, "12", 13.6, -2.4)]}}
BY_ADMIN = {("XB", "12"): [(14.1, -1.6, 20_000), (13.6, -2.4, 9_000), (14.3, -0.5, 3_000)]}


def placed(conn):
    return {r[0]: r[1:] for r in conn.execute(
        "SELECT name, precision, lat, lon, admin1, source FROM place WHERE feature = 'A.ADM2'")}


def test_each_unit_gets_the_first_rule_that_applies():
    conn, w = tiny_index()
    curated = [{"country": "XB", "code": "XB-SOM", "seat": "Velbo", "source": "https://example.org/dorra"}]
    counts = add_admin2(w, BY_ADMIN, NAMES, {"XB-01": ("XB", "12")}, PC, curated=curated)
    got = placed(conn)
    assert got["Dorra"][:3] == ("district", 14.1, -1.6) and got["Dorra"][3] == "12"
    assert got["Lissa"][:3] == ("district", 13.6, -2.4)
    assert got["Yamba"][:3] == ("region", 14.0, -1.0)  # the parent's point, said to be only that
    assert counts == {"curated seat": 1, "namesake town": 1, "parent region": 1}


def test_a_curated_unit_without_an_iso_code_needs_its_point_and_parent():
    conn, w = tiny_index()
    curated = [{"country": "XB", "code": "", "parent": "XB-01", "name": "Greater Velbo", "lat": "14.2",
                "lon": "-1.5", "precision": "district", "radius_km": "25", "source": "https://example.org/gv"}]
    add_admin2(w, BY_ADMIN, NAMES, {"XB-01": ("XB", "12")}, PC, curated=curated)
    assert placed(conn)["Greater Velbo"][:3] == ("district", 14.2, -1.5)


@pytest.mark.parametrize("row, says", [
    ({"country": "XB", "code": "XB-ZZZ", "seat": "Velbo"}, "no ISO 3166-2 subdivision"),
    ({"country": "XB", "code": "", "parent": "XB-01", "name": "Velbo Plain", "lat": "north", "lon": "1"}, "not a number"),
    ({"country": "XB", "code": "", "parent": "XB-01", "name": "Velbo Plain", "lat": "95", "lon": "1"}, "out of range"),
    ({"country": "XB", "code": "", "parent": "", "name": "", "lat": "", "lon": ""}, "needs a name"),
    ({"country": "XB", "code": "", "parent": "XB-99", "name": "Velbo Plain", "lat": "1", "lon": "1"}, "no first-level region"),
    ({"country": "\x00\xff", "code": "\x00" * 5000, "seat": "'; DROP TABLE place; --"}, "no ISO 3166-2 subdivision"),
])
def test_a_malformed_curated_line_stops_the_build_naming_the_file(row, says):
    _, w = tiny_index()
    with pytest.raises(GazetteerError, match=says) as exc:
        add_admin2(w, BY_ADMIN, NAMES, {"XB-01": ("XB", "12")}, PC, curated=[row])
    assert isinstance(exc.value, FootprintError) and "admin2.csv" in str(exc.value)


def test_an_empty_curated_file_places_units_by_the_other_rules():
    conn, w = tiny_index()
    counts = add_admin2(w, BY_ADMIN, NAMES, {"XB-01": ("XB", "12")}, PC, curated=[])
    assert counts == {"namesake town": 1, "parent region": 2}


# --- the built index (facts: seat towns and GeoNames' first-level codes) ------------------------------------


@pytest.fixture(scope="module")
def gaz():
    from footprint.places.gazetteer import open_default

    return open_default()


def adm(gaz, name, country, feature):
    return [c for c in gaz.lookup([name]).get(name.lower(), ()) if c.country == country and c.feature == feature]


@pytest.mark.integration
@pytest.mark.parametrize("name, country, seat", [
    ("soum", "BF", (14.10, -1.63)),       # Djibo
    ("oudalan", "BF", (14.47, -0.23)),    # Gorom-Gorom
    ("gourma", "BF", (12.06, 0.36)),      # Fada N'Gourma
    ("sulu", "PH", (6.05, 121.00)),       # Jolo
    ("lanao del sur", "PH", (8.00, 124.29)),  # Marawi
])
def test_provinces_stand_at_their_seat(gaz, name, country, seat):
    found = adm(gaz, name, country, "A.ADM2")
    assert found and found[0].precision == "district"
    assert distance_km(found[0].lat, found[0].lon, *seat) < 15


@pytest.mark.integration
@pytest.mark.parametrize("name, code", [
    ("west java", "30"), ("aceh", "01"), ("highland papua", "PE"), ("south papua", "PS"), ("central papua", "PT"),
    ("southwest papua", "PD"), ("west papua", "39"), ("east kalimantan", "14"),
])
def test_indonesias_provinces_are_first_level_regions_with_geonames_codes(gaz, name, code):
    found = adm(gaz, name, "ID", "A.ADM1")
    assert found and found[0].admin1 == code


@pytest.mark.integration
def test_englands_metropolitan_counties_are_indexed(gaz):
    for name in ("greater manchester", "south yorkshire", "merseyside", "west midlands"):
        assert adm(gaz, name, "GB", "A.ADM2"), name


@pytest.mark.integration
def test_the_events_stage_places_an_attack_in_a_named_province_at_the_province(pipeline_installed):
    from footprint import nlp as nlp_mod

    pipe = nlp_mod.build(pipeline_installed)
    doc = pipe.make_doc("Gunmen killed nine civilians in an attack on a village in the Yagha province on Monday,"
                        " officials said.")
    nlp_mod.prepare(doc, {})
    doc = pipe(doc)
    places = [m for m in doc._.fp_places if m.place is not None and m.place.feature == "A.ADM2"]
    assert [m.text for m in places] == ["Yagha"]
    assert places[0].place.country == "BF" and places[0].place.precision == "district"
    located = [e.location for e in doc._.fp_events if e.location is not None and e.location.name == "Yagha"]
    assert located and located[0].precision == "district"
