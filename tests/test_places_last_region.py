"""The one ISO 3166-2 region of a country that no rule linked takes the one GeoNames code its towns use that no
region took, when both lists are as long. Invented countries and towns, a tiny in-memory index: no model."""

from __future__ import annotations

import sqlite3
from types import SimpleNamespace

from footprint.places import admin1, build
from footprint.places.gazetteer import SCHEMA


def sub(code, name, type_="Governorate"):
    return SimpleNamespace(code=code, name=name, type=type_, parent_code=None, country_code=code.split("-")[0])


#: Qarvan's capital Dalmir has a unit of its own (code 26); the governorate around it, "Dalmir'a", meets no
#: town or airport by that spelling, and its towns are filed under code 16
SUBS = [sub("XQ-DM", "Amanat Dalmir", "Municipality"), sub("XQ-DA", "Dalmirʻa"), sub("XQ-KO", "Korra")]
NAMES = {"XQ": {"amanat dalmir": [(2_000_000, "26", 15.35, 44.2)], "korra": [(80_000, "05", 14.0, 46.0)]}}
BY_ADMIN = {
    ("XQ", "26"): [(15.35, 44.2, 2_000_000)],
    ("XQ", "16"): [(15.1, 44.0, 9_000), (15.6, 44.5, 4_000), (15.3, 43.7, 3_000)],
    ("XQ", "05"): [(14.0, 46.0, 80_000)],
}


def regions(monkeypatch, subs=SUBS, by_admin=BY_ADMIN):
    monkeypatch.setattr(admin1, "read_csv", lambda name: [])
    conn = sqlite3.connect(":memory:")
    conn.executescript(SCHEMA)
    pc = SimpleNamespace(subdivisions=subs, countries=[SimpleNamespace(alpha_2="XQ", name="Qarvan")])
    _, links = admin1._add_admin1(build.Writer(conn), by_admin, NAMES, {}, pc)
    placed = {r[0]: r[1:] for r in conn.execute("SELECT name, admin1, lat FROM place WHERE feature = 'A.ADM1'")}
    return placed, links


def test_the_last_region_takes_the_last_code(monkeypatch):
    placed, links = regions(monkeypatch)
    assert links["XQ-DA"] == ("XQ", "16")
    name, (code, lat) = "Dalmirʻa", placed["Dalmirʻa"]
    assert code == "16" and 15.1 <= lat <= 15.6, name
    # the capital's own unit keeps its code
    assert placed["Amanat Dalmir"][0] == "26"


def test_two_left_could_pair_either_way_so_neither_is_linked(monkeypatch):
    subs = SUBS + [sub("XQ-WE", "Westmarch")]
    by_admin = {**BY_ADMIN, ("XQ", "07"): [(13.0, 45.0, 5_000)]}
    placed, links = regions(monkeypatch, subs, by_admin)
    assert "XQ-DA" not in links and "XQ-WE" not in links and "Dalmirʻa" not in placed


def test_lists_of_different_length_are_not_paired(monkeypatch):
    # one code more than ISO has regions (a merged region's old code): the free code is not the region's
    by_admin = {**BY_ADMIN, ("XQ", "07"): [(13.0, 45.0, 5_000)]}
    _, links = regions(monkeypatch, SUBS, by_admin)
    assert "XQ-DA" not in links


def test_region_unknown_is_no_region(monkeypatch):
    # GeoNames' "00" (region unknown) is neither counted nor taken
    _, links = regions(monkeypatch, by_admin={**BY_ADMIN, ("XQ", "00"): [(14.5, 45.0, 1_000)]})
    assert links["XQ-DA"] == ("XQ", "16")
