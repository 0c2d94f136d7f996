"""A unit told with a region word meets the first-level region spelled another way (ISO's ayn and hamza marks,
an Arabic article, a doubled vowel), not only the namesake capital's own unit; every unit word recognition knows
reads "the X <unit> of <Country>"; regions that no name, seat or airport links take the codes left in the
alphabetical order GeoNames' numeric codes follow. Small hand-built indexes and invented texts; no model."""

from __future__ import annotations

import sqlite3
from types import SimpleNamespace

import pytest

from footprint import testing
from footprint.places import admin1, build
from footprint.places.gazetteer import SCHEMA, norm
from footprint.places.containers import UNIT_WORDS

# real points, rounded populations; the capital stands in its own unit ("26"), the governorate around it is "16"
PLACES = [
    ("Yemen", 15.5, 47.5, "YE", "A.PCLI", "country", 30_000_000, {"radius_km": 400.0}),
    ("Sanaa", 15.35, 44.21, "YE", "P.PPLC", "town", 1_900_000, {"admin1": "26"}),
    ("Amānat al ‘Āşimah", 15.35, 44.2, "YE", "A.ADM1", "region", 1_900_000, {"admin1": "26"}),
    ("Şanʻā’", 15.4, 44.3, "YE", "A.ADM1", "region", 900_000, {"admin1": "16"}),
    ("Al Bayḑā’", 14.1, 45.4, "YE", "A.ADM1", "region", 700_000, {"admin1": "20"}),
    ("Rada", 14.42, 44.84, "YE", "P.PPL", "town", 50_000, {"admin1": "20"}),
    ("Togo", 8.6, 1.0, "TG", "A.PCLI", "country", 8_000_000, {"radius_km": 300.0}),
    ("Ivory Coast", 7.5, -5.5, "CI", "A.PCLI", "country", 26_000_000, {"radius_km": 400.0}),
    ("Savanes", 10.4, 0.4, "TG", "A.ADM1", "region", 1_100_000, {"admin1": "26"}),
    ("Savanes", 9.6, -5.6, "CI", "A.ADM1", "region", 1_600_000, {"admin1": "87"}),
]


@pytest.fixture(scope="module")
def gaz(tmp_path_factory):
    return testing.gazetteer(tmp_path_factory.mktemp("gaz") / "units.sqlite", testing.place_rows(PLACES), regions=True)


def placed(gaz, text, name):
    doc = testing.run_places(gaz, text)
    found = [m.place for m in doc._.fp_places if name in m.text and m.place is not None]
    assert found, f"{name} not resolved in {text!r}"
    return found[0]


@pytest.mark.parametrize("raw, key", [
    ("Şanʻā’", "sana"), ("Tāʻizz", "taizz"), ("Şāʻdah", "sadah"), ("Ma’rib", "marib"), ("‘Adan", "adan"),
    ("Raʾs", "ras"), ("Sanʿa", "sana"), ("Łódź", "lodz"), ("Tromsø", "tromso"), ("Đà Nẵng", "da nang"),
])
def test_ayn_and_hamza_marks_are_dropped_and_whole_letters_folded(raw, key):
    assert norm(raw) == key


@pytest.mark.parametrize("text", [
    "Airstrikes hit three villages in Sanaa governorate on Monday.",
    "Airstrikes hit three villages in Sanaa Governorate on Monday.",
    "Airstrikes hit three villages in Sana'a province on Monday.",
    "Airstrikes hit three villages in the Sanaa governorate of Yemen on Monday.",
])
def test_a_governorate_named_after_the_capital_is_the_governorate(gaz, text):
    p = placed(gaz, text, "Sana")
    assert (p.name, p.precision, p.country) == ("Şanʻā’", "region", "YE")


def test_the_bare_capital_stays_the_capital(gaz):
    p = placed(gaz, "Airstrikes hit Sanaa on Monday.", "Sanaa")
    assert (p.name, p.precision) == ("Sanaa", "town")


@pytest.mark.parametrize("text, name", [
    ("Clashes spread across Bayda governorate on Monday.", "Bayda"),
    ("Clashes spread across Al-Bayda governorate on Monday.", "Al-Bayda"),
    ("Clashes spread across Al Baydha province on Monday.", "Baydha"),
])
def test_a_governorate_is_found_without_its_article_or_with_another_spelling(gaz, text, name):
    assert placed(gaz, text, name).name == "Al Bayḑā’"


def test_a_region_word_adds_no_region_of_another_skeleton(gaz):
    doc = testing.run_places(gaz, "Clashes spread across Rada district on Monday.")
    assert all(m.place is None or m.place.name == "Rada" for m in doc._.fp_places)


@pytest.mark.parametrize("word", ["governorate", "wilaya", "oblast", "county", "prefecture", "department"])
def test_every_unit_word_reads_the_country_after_of(gaz, word):
    text = f"Raids from Ivory Coast spread across the Savanes {word} of Togo last week."
    assert placed(gaz, text, "Savanes").country == "TG"


def test_the_unit_words_are_recognitions_own():
    # one list: the resolver's "X <unit> of <Country>" reads what recognition reads as a unit
    assert {"governorate", "oblast", "wilaya", "county", "region", "district"} <= UNIT_WORDS
    assert not {"city", "town", "village"} & UNIT_WORDS


@pytest.mark.parametrize("text", ["", "governorate", "Sanaa governorate of", "\x00Sanaa\x00governorate", "ʻʿʾ governorate"])
def test_fragments_do_not_break_the_rule(gaz, text):
    testing.run_places(gaz, text)


def test_regions_like_answers_empty_and_unknown_names(gaz):
    assert gaz.regions_like("") == ()
    assert gaz.regions_like("zzqx") == ()
    assert {c.name for c in gaz.regions_like("sanaa")} == {"Şanʻā’"}


# --- regions linked by the order of their codes -----------------------------------------------------------------

def sub(code, name, cc="XT"):
    return SimpleNamespace(code=f"{cc}-{code}", name=name, type="Region", country_code=cc, parent_code=None)


SUBS = [sub("C", "Centrale"), sub("K", "Kara"), sub("M", "Maritime"), sub("P", "Plateaux"), sub("S", "Savanes")]


def linked_by_name(subs, codes):
    linked, links = {}, {}
    for s, c in zip(subs, codes):
        linked[("XT", c)] = [s.name]
        links[s.code] = ("XT", c)
    return linked, links


def test_regions_left_take_the_codes_left_in_order():
    linked, links = linked_by_name(SUBS[:3], ["22", "23", "24"])
    admin1._link_in_order("XT", SUBS, {"22", "23", "24", "25", "26"}, linked, links, {})
    assert links["XT-P"] == ("XT", "25") and links["XT-S"] == ("XT", "26")
    assert linked[("XT", "26")] == ["Savanes"]


def test_a_gap_between_two_linked_regions_is_filled_too():
    linked, links = linked_by_name([SUBS[0], SUBS[2], SUBS[4]], ["22", "24", "26"])
    admin1._link_in_order("XT", SUBS, {"22", "23", "24", "25", "26"}, linked, links, {})
    assert links["XT-K"] == ("XT", "23") and links["XT-P"] == ("XT", "25")


def test_a_gap_with_more_codes_than_regions_is_left():
    # a code kept for a merged region: which of the two is Plateaux's cannot be told
    linked, links = linked_by_name(SUBS[:3], ["22", "23", "24"])
    admin1._link_in_order("XT", SUBS[:4], {"22", "23", "24", "25", "26"}, linked, links, {})
    assert "XT-P" not in links


def test_linked_regions_out_of_order_link_nothing():
    # a region renamed since the codes were given: the order says nothing here
    linked, links = linked_by_name(SUBS[:3], ["23", "22", "24"])
    admin1._link_in_order("XT", SUBS, {"22", "23", "24", "25", "26"}, linked, links, {})
    assert "XT-P" not in links and "XT-S" not in links


def test_too_few_linked_regions_link_nothing():
    linked, links = linked_by_name(SUBS[:2], ["22", "23"])
    admin1._link_in_order("XT", SUBS, {"22", "23", "24", "25", "26"}, linked, links, {})
    assert "XT-M" not in links


def test_codes_that_are_not_numbers_are_left():
    linked, links = linked_by_name(SUBS[:3], ["22", "23", "24"])
    admin1._link_in_order("XT", SUBS, {"22", "23", "24", "C5", "C6"}, linked, links, {})
    assert "XT-P" not in links


def test_two_regions_left_under_one_name_take_no_code_and_do_not_break_the_build():
    # the order cannot tell them apart (and sorting them once compared the region objects themselves)
    twins = [*SUBS[:3], sub("P", "Plateaux"), sub("Q", "Plateaux")]
    linked, links = linked_by_name(SUBS[:3], ["22", "23", "24"])
    admin1._link_in_order("XT", twins, {"22", "23", "24", "25", "26"}, linked, links, {})
    assert "XT-P" not in links and "XT-Q" not in links


def test_the_built_index_holds_the_ordered_regions(monkeypatch):
    monkeypatch.setattr(admin1, "read_csv", lambda name: [])
    conn = sqlite3.connect(":memory:")
    conn.executescript(SCHEMA)
    w = build.Writer(conn)
    by_admin = {("XT", c): [(8.0 + k, 1.0, 10_000)] for k, c in enumerate(["22", "23", "24", "25", "26"])}
    names = {"XT": {"centrale": [(1, "22", 8.0, 1.0)], "kara": [(1, "23", 9.0, 1.0)], "maritime": [(1, "24", 10.0, 1.0)]}}
    pc = SimpleNamespace(subdivisions=SUBS, countries=[])
    n, links = admin1._add_admin1(w, by_admin, names, {}, pc, [])
    assert n == 5 and links["XT-S"] == ("XT", "26")
    assert conn.execute("SELECT admin1 FROM place WHERE name = 'Savanes'").fetchone() == ("26",)


def test_a_region_stood_at_a_namesake_capital_takes_the_last_code(monkeypatch):
    # the capital's own unit took the code of the town both are named after; the governorate around it is the one
    # region left, and "01" the one code left (``admin1._link_last``), not a codeless entry at the capital's point
    monkeypatch.setattr(admin1, "read_csv", lambda name: [])
    conn = sqlite3.connect(":memory:")
    conn.executescript(SCHEMA)
    w = build.Writer(conn)
    subs = [sub("KC", "Kessel City", "XK"), sub("KS", "Kessel", "XK")]
    by_admin = {("XK", "01"): [(9.0, 30.0, 50_000)], ("XK", "02"): [(9.5, 30.5, 900_000)]}
    names = {"XK": {"kessel": [(900_000, "02", 9.5, 30.5)], "kessel city": [(900_000, "02", 9.5, 30.5)]}}
    n, links = admin1._add_admin1(w, by_admin, names, {}, SimpleNamespace(subdivisions=subs, countries=[]), [])
    assert links["XK-KC"] == ("XK", "02") and links["XK-KS"] == ("XK", "01")
    assert n == 2
    assert conn.execute("SELECT admin1 FROM place WHERE name = 'Kessel'").fetchall() == [("01",)]
