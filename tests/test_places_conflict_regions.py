"""First-level regions of conflict countries linked through curated seats and English names; curated region
points shared with the ISO region of the same name; a town filed in the region that contains it in the text;
names the parser took for persons ("Dumfries and Galloway", "from X to Y"); admin2.csv's own radius and precision.

The unit tests use invented places and hand-built Docs: no model. The integration tests check the built
gazetteer against facts (where the states of South Sudan, Russia's border oblasts… lie)."""

from __future__ import annotations

import sqlite3
from types import SimpleNamespace

import pytest
import spacy
from spacy.tokens import Span

from footprint.model import Place, PlaceMention
from footprint.places import admin1, build
from footprint.places.admin2 import add_admin2
from footprint.places.gazetteer import SCHEMA, Candidate, norm
from footprint.geo import distance_km
from footprint.places.recognize import recognize
from footprint.places.contained import inside_named

BLANK = spacy.blank("en")


def writer() -> build.Writer:
    conn = sqlite3.connect(":memory:")
    conn.executescript(SCHEMA)
    return build.Writer(conn)


# --- a curated region's point -------------------------------------------------------------------------------

def region(w, name, lat, lon, alts=()):
    return w.add(name=name, lat=lat, lon=lon, country="XB", admin1="07", feature="A.ADM1", precision="region",
                 source="t", alts=alts)


def point(w, pid):
    return w.conn.execute("SELECT lat, lon FROM place WHERE id = ?", (pid,)).fetchone()


CURATED = [{"name": "Dorvel", "aliases": "Dorvel State", "lat": "7.4", "lon": "32.3", "feature": "L.RGN", "radius_km": "200"}]


def test_a_region_regions_csv_also_lists_takes_the_curated_point():
    w = writer()
    pid = region(w, "Dorvel", 6.2, 31.5)  # the towns' middle: one town at the edge
    admin1._curated_region_points(w, CURATED)
    assert point(w, pid) == (7.4, 32.3)


def test_an_alias_meets_too_and_a_far_namesake_is_left_alone():
    w = writer()
    near = region(w, "Dorvel Province", 7.0, 32.0, alts=["Dorvel State"])
    far = region(w, "Dorvel", 40.0, 10.0)  # a region of that name on another continent
    admin1._curated_region_points(w, CURATED)
    assert point(w, near) == (7.4, 32.3)
    assert point(w, far) == (40.0, 10.0)


@pytest.mark.parametrize("feature, radius", [("L.RGN", "1500"), ("H.SEA", "200")])
def test_a_wide_region_or_a_sea_of_the_same_name_is_not_the_region(feature, radius):
    w = writer()
    pid = region(w, "Dorvel", 6.2, 31.5)
    admin1._curated_region_points(w, [{**CURATED[0], "feature": feature, "radius_km": radius}])
    assert point(w, pid) == (6.2, 31.5)


def test_no_curated_lines_change_nothing():
    w = writer()
    pid = region(w, "Dorvel", 6.2, 31.5)
    admin1._curated_region_points(w, [])
    assert point(w, pid) == (6.2, 31.5)


# --- admin2.csv read once: its seats link first-level regions ------------------------------------------------

def sub(code, name, parent=None):
    return SimpleNamespace(code=code, name=name, type="State", parent_code=parent, country_code=code.split("-")[0])


PC = SimpleNamespace(subdivisions=[sub("XB-JG", "Jorvel"), sub("XB-JG1", "Pibra", "XB-JG")],
                     countries=[SimpleNamespace(alpha_2="XB", name="Bordavia")])
NAMES = {"XB": {"borra": [(30_000, "03", 6.2, 31.5)], "pibra": [(9_000, "03", 6.8, 33.1)]}}
BY_ADMIN = {("XB", "03"): [(6.2, 31.5, 30_000), (6.8, 33.1, 9_000)]}


def test_the_rows_given_are_used_and_the_file_is_not_read(monkeypatch):
    def no_read(name):
        raise AssertionError(f"{name} read again")

    monkeypatch.setattr(admin1, "read_csv", lambda name: [] if name == "admin1.csv" else no_read(name))
    w = writer()
    rows = [{"country": "XB", "code": "XB-JG", "seat": "Borra", "source": "t"}]
    _, links = admin1._add_admin1(w, BY_ADMIN, NAMES, {}, PC, rows)
    assert links["XB-JG"] == ("XB", "03")
    assert w.conn.execute("SELECT admin1 FROM place WHERE name = 'Jorvel'").fetchone() == ("03",)


def test_without_its_seat_the_region_is_not_linked(monkeypatch):
    monkeypatch.setattr(admin1, "read_csv", lambda name: [])
    # a second code of the country's towns: Jorvel is not the one region left for the one code left
    by_admin = {**BY_ADMIN, ("XB", "04"): [(9.0, 30.0, 5_000)]}
    _, links = admin1._add_admin1(writer(), by_admin, NAMES, {}, PC, [])
    assert "XB-JG" not in links
    # with one code only, the country's one region is that code (``admin1._link_last``)
    _, links = admin1._add_admin1(writer(), BY_ADMIN, NAMES, {}, PC, [])
    assert links["XB-JG"] == ("XB", "03")


def test_a_coded_line_keeps_its_own_radius_and_precision():
    w = writer()
    region(w, "Jorvel", 6.5, 32.0)
    w.flush()
    rows = [{"country": "XB", "code": "XB-JG1", "seat": "Pibra", "radius_km": "35", "precision": "region",
             "source": "t"}]
    add_admin2(w, BY_ADMIN, NAMES, {"XB-JG": ("XB", "03")}, PC, curated=rows)
    assert w.conn.execute("SELECT radius_km, precision FROM place WHERE name = 'Pibra' AND feature = 'A.ADM2'"
                          ).fetchone() == (35.0, "region")


def test_a_coded_line_without_them_keeps_the_computed_ones():
    w = writer()
    region(w, "Jorvel", 6.5, 32.0)
    w.flush()
    add_admin2(w, BY_ADMIN, NAMES, {"XB-JG": ("XB", "03")}, PC,
               curated=[{"country": "XB", "code": "XB-JG1", "seat": "Pibra", "source": "t"}])
    radius, precision = w.conn.execute("SELECT radius_km, precision FROM place WHERE name = 'Pibra'").fetchone()
    assert precision == "district" and radius > 0


@pytest.mark.parametrize("value", ["wide", "-1", "1e9"])
def test_a_bad_radius_on_a_coded_line_names_the_line(value):
    from footprint.errors import GazetteerError

    w = writer()
    region(w, "Jorvel", 6.5, 32.0)
    rows = [{"country": "XB", "code": "XB-JG1", "seat": "Pibra", "radius_km": value, "source": "t"}]
    with pytest.raises(GazetteerError, match="admin2.csv line 2"):
        add_admin2(w, BY_ADMIN, NAMES, {"XB-JG": ("XB", "03")}, PC, curated=rows)


# --- a town filed in the region the text puts it in ---------------------------------------------------------

def mention(text, name, place, kind="literal"):
    start = text.index(name)
    return PlaceMention(start, start + len(name), name, place, kind=kind)


def test_a_town_of_the_containing_region_stays_however_far_from_its_middle():
    text = "Militiamen clashed on the outskirts of Garvo in Ambera region on Sunday."
    town = Place("Garvo", 12.6, 37.5, "XB", "town", admin1="Ambera", feature="P.PPL")
    ambera = Place("Ambera", 11.4, 38.4, "XB", "region", admin1="Ambera", feature="A.ADM1")
    out = inside_named(text, [mention(text, "Garvo", town), mention(text, "Ambera", ambera)])
    assert out[0].place is town  # 164 km from the region's point, but filed in it


def test_a_namesake_filed_in_another_region_is_still_read_as_an_area_of_the_container():
    text = "Militiamen clashed on the outskirts of Garvo in Ambera region on Sunday."
    town = Place("Garvo", 5.0, 30.0, "XB", "town", admin1="Telmar", feature="P.PPL")
    ambera = Place("Ambera", 11.4, 38.4, "XB", "region", admin1="Ambera", feature="A.ADM1")
    out = inside_named(text, [mention(text, "Garvo", town), mention(text, "Ambera", ambera)])
    assert out[0].place.precision == "area" and out[0].place.lat == 11.4


# --- names the parser took for persons ------------------------------------------------------------------------

def cand(name, feature, population, precision="town"):
    return Candidate(id=hash(name) % 10_000, name=name, lat=54.9, lon=-1.6, country="XB", admin1=None,
                     feature=feature, precision=precision, population=population, geonameid=None,
                     facility_id=None, radius_km=None, source="test", kind="name")


TABLE = {
    "dumfries and galloway": (cand("Dumfries and Galloway", "A.ADM2", 0, "district"),),
    "quellport": (cand("Quellport", "P.PPL", 150_000),),
    "brisk": (cand("Brisk", "P.PPL", 8_000),),
}


def lookup(names):
    return {n: TABLE[n] for n in names if n in TABLE}


def doc_with(text, start_word, n_words, label="PERSON"):
    doc = BLANK.make_doc(text)
    i = next(t.i for t in doc if t.text == start_word)
    doc.ents = [Span(doc, i, i + n_words, label=label)]
    return doc


def test_a_several_word_region_around_a_person_tagged_word_is_one_name():
    ms = recognize(doc_with("Floods hit homes across Dumfries and Galloway overnight .", "Dumfries", 1), lookup)
    assert [m.text for m in ms] == ["Dumfries and Galloway"]


def test_a_person_span_reaching_beyond_the_name_is_still_a_person():
    doc = doc_with("Dumfries and Galloway Smith spoke .", "Dumfries", 4)
    assert recognize(doc, lookup) == []


@pytest.mark.parametrize("text", [
    "Families fled from Quellport to Brisk on foot .",
    "Convoys moved from the Quellport region to Brisk .",
])
def test_the_far_end_of_a_journey_from_a_place_is_a_place(text):
    assert "Brisk" in [m.text for m in recognize(doc_with(text, "Brisk", 1), lookup)]


def test_to_a_person_tagged_town_with_no_from_is_dropped():
    assert "Brisk" not in [m.text for m in recognize(doc_with("He wrote to Brisk about it .", "Brisk", 1), lookup)]


@pytest.mark.parametrize("text", ["", "\x00\x01", "from to", "from " + "Quellport " * 500 + "to Brisk", "to Brisk"])
def test_odd_input_never_raises(text):
    doc = BLANK.make_doc(text)
    hits = [t.i for t in doc if t.text == "Brisk"]
    if hits:
        doc.ents = [Span(doc, hits[-1], hits[-1] + 1, label="PERSON")]
    for m in recognize(doc, lookup):
        assert m.text in {"Quellport", "Brisk"}


# --- the built gazetteer --------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def gaz():
    from footprint.places.gazetteer import open_default

    return open_default()


def found(gaz, name, country):
    key = norm(name)
    return [c for c in gaz.lookup([key]).get(key, ()) if c.country == country and c.feature == "A.ADM1"]


@pytest.mark.integration
@pytest.mark.parametrize("name, country, centre, km", [
    ("jonglei", "SS", (7.5, 32.4), 120),
    ("western equatoria", "SS", (5.3, 28.3), 150),
    ("lakes", "SS", (6.8, 29.7), 150),
    ("jubbada dhexe", "SO", (1.0, 42.5), 150),
    ("bakool", "SO", (4.2, 43.6), 120),
    ("abyan", "YE", (13.6, 46.0), 120),
    ("al jawf", "YE", (16.5, 45.3), 150),
    ("sud kivu", "CD", (-3.2, 28.2), 150),
    ("kasai oriental", "CD", (-6.1, 23.6), 150),
    ("al jazirah", "SD", (14.4, 33.3), 100),
    ("river nile", "SD", (18.0, 33.9), 200),
    ("Belgorodskaya oblast'", "RU", (50.7, 37.4), 120),
    ("chechnya", "RU", (43.4, 45.7), 100),
    ("khersonska oblast", "UA", (46.7, 33.6), 120),
    ("kunar", "AF", (34.9, 71.1), 80),
    ("amhara", "ET", (11.7, 38.1), 200),
    ("rakhine", "MM", (20.0, 93.7), 200),
    ("chin", "MM", (22.0, 93.6), 150),
    ("michoacan", "MX", (19.2, -101.9), 150),
    ("baja california", "MX", (30.5, -115.3), 300),
    ("santander", "CO", (6.9, -73.3), 120),
    ("ouaddai", "TD", (13.3, 21.0), 200),
    ("beqaa", "LB", (33.8, 35.9), 60),
    # linked through a town of the region where the capital is a region of its own (Bogotá) or its name is
    # another city's too (Vladimir), or where one GeoNames code stood for two provinces (Ennedi)
    ("cundinamarca", "CO", (4.8, -74.1), 120),
    ("kyiv oblast", "UA", (50.3, 30.6), 80),
    ("vladimir oblast", "RU", (56.0, 40.6), 120),
    ("kapisa", "AF", (34.9, 69.6), 80),
    ("ennedi-ouest", "TD", (18.0, 20.8), 200),
    ("ennedi-est", "TD", (16.8, 22.8), 200),
    ("north sinai", "EG", (30.6, 33.6), 100),
    ("south sinai", "EG", (28.8, 33.9), 150),
    # its capital Kenge is filed under Kongo Central's code (and at another Kenge's point): the curated point
    # of admin1.csv, the capital's, stands for it
    ("kwango", "CD", (-4.8, 16.9), 50),
])
def test_first_level_regions_of_conflict_countries_are_indexed_near_their_centre(gaz, name, country, centre, km):
    hits = found(gaz, name, country)
    assert hits, name
    assert distance_km(hits[0].lat, hits[0].lon, *centre) < km, (hits[0].lat, hits[0].lon)


@pytest.mark.integration
def test_every_curated_first_level_seat_links_its_region(gaz):
    import pycountry

    first = {s.code for s in admin1.first_level_subdivisions(pycountry)}
    missing = []
    for r in build.read_csv("admin2.csv"):
        if r["code"] in first and r["seat"]:
            name = admin1._subdivision_names(pycountry.subdivisions.get(code=r["code"]))[0]
            if not gaz._conn().execute("SELECT 1 FROM place WHERE feature = 'A.ADM1' AND country = ? AND name = ?",
                                    (r["country"], name)).fetchone():
                missing.append(r["code"])
    assert not missing


@pytest.mark.integration
def test_bare_bagram_names_the_airfield(gaz):
    hits = gaz.lookup(["bagram"]).get("bagram", ())
    assert any(c.precision == "facility" and c.country == "AF" for c in hits)
