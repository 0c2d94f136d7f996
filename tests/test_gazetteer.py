"""GeoNames dump import (tiny fixture in GeoNames' own format) and its bad inputs."""

from __future__ import annotations

import sqlite3
import zipfile
from pathlib import Path

import pytest

from footprint import testing
from footprint.errors import GazetteerError
from footprint.places.build import Writer, input_versions
from footprint.places.dumps import import_dumps
from footprint.places.gazetteer import INDEXES, SCHEMA, Gazetteer

FIXTURES = Path(__file__).parent / "fixtures" / "geonames"


def empty_index(path: Path) -> Path:
    testing.gazetteer(path, [dict(name="Gao", lat=16.27, lon=-0.04, country="ML", admin1="09", feature="P.PPL",
                                  precision="town", population=100, geonameid=2457163)])
    return path


def test_import_fixture_text_files(tmp_path):
    index = empty_index(tmp_path / "g.sqlite")
    counts = import_dumps(index, [FIXTURES / "alternateNames_tiny.txt", FIXTURES / "cities_tiny.txt", FIXTURES / "admin1CodesASCII.txt"])
    assert counts["places"] == 5  # the farm (S.FRM) is not kept
    g = Gazetteer(index)
    hits = g.lookup(["zorvane", "zorvane town", "zorvan", "old zorvane", "tamar farm", "gao", "kel tamar"])
    assert [c.population for c in hits["zorvane"]] == [12000]
    assert hits["zorvane town"] and hits["zorvan"]
    assert not hits["old zorvane"]  # historic names are skipped
    assert not hits["tamar farm"]
    assert len(hits["gao"]) == 1 and hits["gao"][0].population == 133110  # updated, not duplicated
    assert hits["kel tamar"][0].precision == "town"
    air = g.lookup(["zorvane airfield"])["zorvane airfield"][0]
    assert air.precision == "facility" and air.feature == "S.AIRF"
    assert g.admin1_name("ML", "09") == "Gao"


def test_import_zip_archive(tmp_path):
    index = empty_index(tmp_path / "g.sqlite")
    z = tmp_path / "cities500.zip"
    with zipfile.ZipFile(z, "w") as zf:
        zf.write(FIXTURES / "cities_tiny.txt", "cities500.txt")
        zf.writestr("readme.txt", "not data")
    assert import_dumps(index, [z])["places"] == 5
    assert Gazetteer(index).lookup(["zorvane"])["zorvane"]


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("cities_empty.txt", b"", "empty"),
        ("cities_bin.txt", b"\x00\x01\x02binary\x00" * 10, "binary|columns"),
        ("cities_bad.txt", "1\tTown\tTown\n".encode(), "columns"),
        ("cities_nums.txt", ("x\tA\tA\t\tnorth\t1\tP\tPPL\tML" + "\t" * 10 + "\n").encode(), "number|columns"),
        ("cities_latin1.txt", "9\tSégou".encode("latin-1") + b"\t" * 17 + b"\n", "UTF-8"),
        ("cities_long.txt", b"1\t" + b"A" * 200_000 + b"\n", "longer"),
        ("archive.zip", b"PK not really a zip", "zip"),
        ("admin1CodesASCII.txt", b"nonsense line\n", "expected"),
        ("alternateNames_bad.txt", b"1\tabc\ten\tName\n", "not a number"),
    ],
)
def test_bad_dumps_name_the_file_and_leave_the_index_intact(tmp_path, name, content, message):
    index = empty_index(tmp_path / "g.sqlite")
    bad = tmp_path / name
    bad.write_bytes(content)
    with pytest.raises(GazetteerError, match=message) as err:
        import_dumps(index, [FIXTURES / "cities_tiny.txt", bad])
    assert name in str(err.value)
    assert not Gazetteer(index).lookup(["zorvane"]).get("zorvane")  # rolled back


def test_missing_dump(tmp_path):
    index = empty_index(tmp_path / "g.sqlite")
    with pytest.raises(GazetteerError, match="not found"):
        import_dumps(index, [tmp_path / "allCountries.zip"])


def test_a_folder_or_a_pipe_is_no_dump(tmp_path):
    import os

    index = empty_index(tmp_path / "g.sqlite")
    folder = tmp_path / "cities.txt"
    folder.mkdir()
    with pytest.raises(GazetteerError, match="folder") as err:
        import_dumps(index, [folder])
    assert "cities.txt" in str(err.value)
    if hasattr(os, "mkfifo"):
        fifo = tmp_path / "allCountries.txt"
        os.mkfifo(fifo)
        with pytest.raises(GazetteerError, match="not a regular file"):
            import_dumps(index, [fifo])


@pytest.mark.integration
def test_built_index_knows_the_sahel(tmp_path):
    from footprint.places.build import build

    path = tmp_path / "full.sqlite"
    counts = build(path)
    assert counts["towns"] > 100_000 and counts["facilities"] > 1000
    g = Gazetteer(path)
    hits = g.lookup(["timbuktu", "modibo keita international airport", "al jufra air base", "menaka", "malian"])
    assert hits["timbuktu"][0].country == "ML"
    airport = hits["modibo keita international airport"][0]
    assert airport.precision == "facility" and abs(airport.lat - 12.5335) < 0.01
    assert hits["al jufra air base"][0].country == "LY"
    assert {c.country for c in hits["menaka"]} == {"ML"}
    assert any(c.kind == "demonym" and c.country == "ML" for c in hits["malian"])
    # one capital per country, not every town that shares its name
    capitals = g.lookup(["washington"])["washington"]
    assert [(c.country, c.admin1) for c in capitals if c.feature == "P.PPLC"] == [("US", "DC")]


# --- curated data and first-level region linking ---------------------------------------------------------------


def test_subdivision_keys_meet_across_spellings():
    from footprint.places.admin1 import subdivision_key

    assert subdivision_key("Southern Darfur") == subdivision_key("South Darfur") == "south darfur"
    assert subdivision_key("Krasnodarskiy kray") == subdivision_key("Krasnodarskiy") == "krasnodarskiy"
    assert subdivision_key("Borno State") == "borno"
    assert subdivision_key("Al Anbār") == "anbar"


def test_subdivision_match_by_key_by_close_spelling_but_not_across_sides():
    from footprint.places.admin1 import _match_subdivision

    airports = {("SD", "west darfur"): "47", ("SD", "north darfur"): "55", ("TD", "hadjer lamis"): "18",
                ("ET", "oromiya"): "51"}
    assert _match_subdivision("SD", ["Western Darfur"], airports) == "47"
    assert _match_subdivision("SD", ["East Darfur"], airports) is None  # a close spelling of another region
    assert _match_subdivision("TD", ["Hadjer-Lamis"], airports) == "18"
    assert _match_subdivision("ET", ["Oromia"], airports) == "51"
    assert _match_subdivision("ML", ["Gao"], airports) is None


def test_curated_towns_add_spellings_or_towns(tmp_path):
    from footprint.places.build import _add_towns
    from footprint.places.writer import read_csv
    from footprint.places.gazetteer import norm

    rows = read_csv("towns.csv")
    linked = [r for r in rows if r["geonameid"]]
    assert linked, "the test needs a line that adds spellings to a GeoNames town"
    path = tmp_path / "t.sqlite"
    conn = sqlite3.connect(path)
    conn.executescript(SCHEMA)
    w = Writer(conn)
    r = linked[0]
    w.add(name="Placeholder", lat=float(r["lat"]), lon=float(r["lon"]), country=r["country"], admin1=None,
          feature="P.PPL", precision="town", population=1000, source="geonames", geonameid=int(r["geonameid"]))
    added = _add_towns(w)
    w.flush()
    conn.executescript(INDEXES)
    conn.executemany("INSERT INTO meta VALUES (?, ?)", input_versions().items())
    conn.commit()
    conn.close()
    assert added == len(rows) - 1  # a line whose GeoNames town is absent adds the town itself
    g = Gazetteer(path)
    alias = [a for a in r["aliases"].split("|") if a][0]
    hits = g.lookup([norm(alias)])[norm(alias)]
    assert [c.name for c in hits] == ["Placeholder"] and hits[0].kind == "name"
    new = [x for x in rows if not x["geonameid"]][0]
    hit = g.lookup([norm(new["name"])])[norm(new["name"])][0]
    assert hit.precision == "town" and hit.source.startswith("https://")


@pytest.mark.parametrize("name", ["regions.csv", "towns.csv", "facilities.csv"])
def test_curated_files_are_well_formed_and_sourced(name):
    from footprint.places.writer import read_csv

    rows = read_csv(name)
    assert rows
    names = set()
    for r in rows:
        assert r["source"].startswith("https://"), r["name"]
        assert -90 <= float(r["lat"]) <= 90 and -180 <= float(r["lon"]) <= 180, r["name"]
        assert r["name"] not in names, r["name"]
        names.add(r["name"])


def test_regions_cover_natural_features_of_active_theatres():
    from footprint.places.writer import read_csv

    rows = {r["name"]: r for r in read_csv("regions.csv")}
    # deltas, forests, ranges and lakes that conflict reports name as places
    for name in ("Sambisa Forest", "Lake Chad", "Adrar des Ifoghas", "Niger Delta", "Jebel Marra"):
        assert name in rows, name
    assert all(float(r["radius_km"]) > 0 for r in rows.values())


@pytest.mark.integration
def test_built_index_links_first_level_regions_of_active_theatres(tmp_path):
    from footprint.places.build import build

    path = tmp_path / "full.sqlite"
    build(path)
    g = Gazetteer(path)
    for name, cc in (("borno", "NG"), ("south darfur", "SD"), ("hiiraan", "SO"), ("adamawa", "NG")):
        assert any(c.feature == "A.ADM1" and c.country == cc for c in g.lookup([name])[name]), name
    kharkiv = [c for c in g.lookup(["kharkiv"])["kharkiv"] if c.country == "UA" and c.feature.startswith("P.")][0]
    region = g.region("UA", kharkiv.admin1)
    assert region is not None and region.feature == "A.ADM1" and abs(region.lat - 49.8) < 1.5


@pytest.mark.integration
def test_curated_first_level_names_abbreviations_and_demonyms():
    from footprint.places.gazetteer import open_default

    gaz = open_default()
    found = gaz.lookup({"bc", "scottish", "bavaria", "korea", "sicilian"})
    assert any(c.name == "British Columbia" and c.kind == "abbr" for c in found["bc"])
    bc = next(c for c in found["bc"] if c.name == "British Columbia")
    assert 53 < bc.lat < 55 and -126 < bc.lon < -122  # the province's centre, not the middle of its towns
    assert any(c.name == "Scotland" and c.kind == "demonym" for c in found["scottish"])
    assert any(c.feature == "A.ADM1" and c.country == "DE" for c in found["bavaria"])
    assert any(c.feature == "A.PCLI" and c.country == "KR" for c in found["korea"])
    assert any(c.name == "Sicily" and c.kind == "demonym" for c in found["sicilian"])


def test_admin1_file_naming_a_missing_region_fails_clearly(tmp_path, monkeypatch):
    import sqlite3

    from footprint.errors import GazetteerError
    from footprint.places import admin1, build

    monkeypatch.setattr(admin1, "read_csv", lambda name: [
        {"country": "XX", "name": "Nowhere Province", "aliases": "", "demonyms": "", "lat": "", "lon": "", "source": "t"}
    ])
    conn = sqlite3.connect(tmp_path / "g.sqlite")
    from footprint.places.gazetteer import SCHEMA

    conn.executescript(SCHEMA)
    with pytest.raises(GazetteerError, match="Nowhere Province"):
        admin1._add_admin1_names(build.Writer(conn))
