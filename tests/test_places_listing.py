"""The places listing (the store's ``place_summary``, behind `/api/v1/places` and the web's places view) and the
place filter (``fuse.queries.place_matches``): two towns that share a name stay two rows, and one town the reports
spell two ways (with and without accents) stays one. Stores filled by hand with invented events; no model.

The listing groups by the resolved place (name as the gazetteer gives it, country, precision and point rounded to
three decimals), not by the text's spelling: every spelling that resolves to one gazetteer entry carries that
entry's name and point, so it is one row; two entries of one name differ in point (and often country), so they
are two."""

from __future__ import annotations

import dataclasses

from footprint.fuse.queries import place_matches
from footprint.store import open_store
from footprint.testing import location

from fuse_factories import event, report, result

DOC = report("Gunmen attacked Menaka. Fighters raided Ménaka. Troops reached San Pedro. Rebels shelled San Pedro. "
             "Police arrested six men in Kelby. Soldiers patrolled Kelby. Raiders burned a hamlet.")


def _placed(sentence: str, loc) -> object:
    return dataclasses.replace(event(DOC, sentence, "attack"), location=loc)


def _rows(tmp_path, *events) -> list[dict]:
    path = tmp_path / "listing.db"
    with open_store(path) as store:
        store.add(result(DOC, *events))
    with open_store(path, read_only=True) as store:
        return store.place_summary()


def test_one_town_spelled_two_ways_is_one_row(tmp_path):
    # both spellings resolved to the one gazetteer entry, whose name (with its accent) and point they carry
    rows = _rows(tmp_path,
                 _placed("Gunmen attacked Menaka.", location("Ménaka", 15.9182, 2.4022, "ML", "town", text="Menaka")),
                 _placed("Fighters raided Ménaka.", location("Ménaka", 15.9182, 2.4022, "ML", "town", text="Ménaka")))
    assert [(r["name"], r["country"], r["events"]) for r in rows] == [("Ménaka", "ML", 2)]


def test_two_towns_of_one_name_stay_apart(tmp_path):
    rows = _rows(
        tmp_path,
        # namesakes in two countries (San Pedro, Côte d'Ivoire; San Pedro, Buenos Aires province)
        _placed("Troops reached San Pedro.", location("San Pedro", 4.7485, -6.6363, "CI", "town")),
        _placed("Rebels shelled San Pedro.", location("San Pedro", -33.6791, -59.6668, "AR", "town")),
        # namesakes in one country, far apart (invented)
        _placed("Police arrested six men in Kelby.", location("Kelby", 12.10, 3.20, "ZZ", "town")),
        _placed("Soldiers patrolled Kelby.", location("Kelby", 14.80, 1.10, "ZZ", "town")),
    )
    got = sorted((r["name"], r["country"], r["lat"], r["events"]) for r in rows)
    assert got == [("Kelby", "ZZ", 12.1, 1), ("Kelby", "ZZ", 14.8, 1),
                   ("San Pedro", "AR", -33.679, 1), ("San Pedro", "CI", 4.749, 1)]


def test_a_town_and_the_region_of_its_name_stay_apart(tmp_path):
    rows = _rows(tmp_path,
                 _placed("Troops reached San Pedro.", location("Kelby", 12.10, 3.20, "ZZ", "town")),
                 _placed("Rebels shelled San Pedro.", location("Kelby", 12.40, 3.50, "ZZ", "region")))
    assert sorted((r["name"], r["precision"]) for r in rows) == [("Kelby", "region"), ("Kelby", "town")]


def test_the_place_filter_ignores_accents_and_finds_every_namesake():
    menaka = {"name": "Ménaka", "country": "ML", "admin1": "Ménaka"}
    assert place_matches(menaka, "menaka") and place_matches(menaka, "MÉNAKA") and place_matches(menaka, "Menaka")
    a = {"name": "San Pedro", "country": "CI"}
    b = {"name": "San Pedro", "country": "AR"}
    assert place_matches(a, "san pedro") and place_matches(b, "san pedro")
    assert place_matches(a, "ci") and not place_matches(b, "ci")
    # the locality no list holds is found by its own name too
    assert place_matches({"name": "Mali", "country": "ML", "unplaced": "Tinwarsaghen"}, "tinwarsaghen")
    assert not place_matches(None, "x") and not place_matches({"name": "Ménaka", "country": "ML"}, "gao")
