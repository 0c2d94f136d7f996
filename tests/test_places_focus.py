"""The report's country weighed from its evidence, and places told by their relation to others: a lone small
namesake against a country's region and towns, a dateline in capitals, "the province", "the regional capital",
a town defined by a distance, a road between two towns, "from X towards Y", a border that qualifies a town.

Invented names (real-looking coordinates), hand-built candidates and gazetteers, blank Docs: no model."""

from __future__ import annotations

import pytest

from footprint import testing
from footprint.places.gazetteer import Candidate
from footprint.places.recognize import Match
from footprint.places.resolve import resolve


def _cand(id_, name, country, feature="P.PPL", pop=20_000, lat=1.5, lon=30.0, precision=None, admin1=None):
    precision = precision or {"A.PCLI": "country", "A.ADM1": "region"}.get(feature, "town")
    return Candidate(id_, name, lat, lon, country, admin1, feature, precision, pop, id_, None, None, "test")


def _matches(names, kinds=None):
    out, pos = [], 0
    for k, (text, cands) in enumerate(names):
        m = Match(pos, pos + len(text), text, text.lower(), cands, k, k + 1)
        if kinds and kinds.get(text):
            m.kind = kinds[text]
        out.append(m)
        pos += len(text) + 20
    return out


# a report on an invented province of "XC" whose one small village shares its name with a town of "YS"
QARDO = (_cand(1, "Qardo", "YS", pop=23_000, lat=46.6, lon=7.0),)
XC = (_cand(2, "Xandria", "XC", "A.PCLI", 80_000_000, lat=-2.0, lon=23.0),)
VELTA = (_cand(3, "Velta", "XC", "A.ADM1", 600_000, lat=1.9, lon=30.5, admin1="10"),)
MORBA = (_cand(4, "Morba", "XC", pop=40_000, lat=1.9, lon=30.4, admin1="10"),)


def test_a_lone_small_namesake_told_often_does_not_make_the_reports_country():
    names = [("Qardo", QARDO), ("Xandria", XC), ("Qardo", QARDO), ("Velta", VELTA), ("Morba", MORBA),
             ("Qardo", QARDO), ("Qardo", QARDO)]
    _, focus = resolve(_matches(names), title="Velta: raid near Qardo")
    assert max(focus, key=focus.get) == "XC"
    assert focus["XC"] > 0.6


def test_a_small_town_other_names_agree_with_keeps_its_full_weight():
    # two towns of one country 50 km apart agree: the report is about that country, not the far region
    a = (_cand(5, "Tessar", "YS", pop=30_000, lat=46.6, lon=7.0),)
    b = (_cand(6, "Brovel", "YS", pop=20_000, lat=46.9, lon=7.4),)
    far = (_cand(7, "Ombra", "XC", "A.ADM1", 900_000, lat=1.9, lon=30.5, admin1="11"),)
    _, focus = resolve(_matches([("Tessar", a), ("Brovel", b), ("Ombra", far)]))
    assert focus["YS"] > focus.get("XC", 0)


def test_a_lone_namesake_keeps_its_weight_when_no_other_country_is_named_for_sure():
    # only small towns of two countries, nothing sure: nothing is discounted, the namesake told often leads
    other = (_cand(9, "Pelko", "XC", pop=8_000, lat=1.9, lon=30.4),)
    _, focus = resolve(_matches([("Qardo", QARDO), ("Qardo", QARDO), ("Pelko", other)]))
    assert max(focus, key=focus.get) == "YS"


# ---------------------------------------------------------------------------------------------------------
# whole stage on blank Docs with a small index

PLACES = [
    dict(name="Xandria", lat=-2.0, lon=23.0, country="XC", admin1=None, feature="A.PCLI", precision="country",
         population=80_000_000, radius_km=700.0),
    dict(name="Velta", lat=1.9, lon=30.5, country="XC", admin1="10", feature="A.ADM1", precision="region",
         population=600_000),
    dict(name="Kovar", lat=1.55, lon=30.25, country="XC", admin1="10", feature="P.PPL", precision="town",
         population=400_000),
    dict(name="Morba", lat=1.9, lon=30.4, country="XC", admin1="10", feature="P.PPL", precision="town",
         population=40_000),
    dict(name="Qardo", lat=46.6, lon=7.0, country="YS", admin1="02", feature="P.PPL", precision="town",
         population=23_000),
    dict(name="Ysland", lat=46.8, lon=8.2, country="YS", admin1=None, feature="A.PCLI", precision="country",
         population=8_000_000, radius_km=200.0),
]


@pytest.fixture(scope="module")
def gaz(tmp_path_factory):
    return testing.gazetteer(tmp_path_factory.mktemp("gaz") / "focus.sqlite", PLACES, regions=True)


def run(gaz, text, title=None):
    return testing.run_places(gaz, text, title=title)


def test_the_stage_puts_the_report_in_the_country_its_region_and_towns_say(gaz):
    text = ("Gunmen raided a camp near Qardo, in Velta province, on Monday.\n\n"
            "Residents of Qardo fled to Morba. Qardo was attacked twice before, officials in Xandria said.")
    doc = run(gaz, text, title="Raid near Qardo")
    focus = doc._.fp_meta["places_focus"]
    assert max(focus, key=focus.get) == "XC"
    assert doc._.fp_meta["places_home"] == "XC"
