"""A place known with no country meets the towns of a country; a small area reaches only its own radius."""

from __future__ import annotations

import dataclasses

from footprint import fuse
from footprint.fuse.identity import judge
from footprint.testing import location

from fuse_factories import F, event, key, meets, report, result

DAY = ("2025-05-02", "2025-05-02", "day")
REBELS = (("ADF", "adf"),)


def _placed(doc, name, lat, lon, country, precision, radius_km=None, sentence=None):
    ev = event(doc, sentence or doc.text, "attack_on_civilians", actors=REBELS, date=DAY)
    return dataclasses.replace(ev, location=location(name, lat, lon, country, precision, radius_km=radius_km))


def _province_and_town():
    a = report("ADF rebels killed nine villagers in an overnight raid in Ituri province.", source="one.example")
    b = report("The army said ADF fighters killed nine people in Komanda late on Friday.", source="two.example")
    # a province from a curated list of regions that gives no country, and a town of a country
    province = _placed(a, "Ituri", 1.6, 29.9, None, "region", 150.0)
    town = _placed(b, "Komanda", 1.37, 29.76, "CD", "town")
    return (a, province), (b, town)


def test_a_region_with_no_country_meets_and_links_a_town_of_a_country():
    (_, province), (_, town) = _province_and_town()
    assert judge(F(province), F(town)).match
    assert meets(F(province), F(town)) and meets(F(town), F(province))


def test_a_cell_edge_does_not_hide_the_pair_and_two_countries_towns_never_meet_there():
    (a, province), (b, town) = _province_and_town()
    # the province's point across a grid line from the town's (5-degree cells): still met from both sides
    moved = dataclasses.replace(province, location=dataclasses.replace(province.location, lat=-0.8))
    assert meets(F(moved), F(town)) and meets(F(town), F(moved))
    c = report("ADF fighters killed nine people in Beni late on Friday.", source="three.example")
    other = _placed(c, "Beni", 0.49, 29.47, "UG", "town")  # another country's town, the same grid cell
    assert not meets(F(town), F(other)) and not meets(F(other), F(town))  # two countries' towns never meet


def test_store_update_and_rebuild_link_a_province_with_no_country_to_its_town(tmp_store):
    (a, province), (b, town) = _province_and_town()
    for doc, ev in ((a, province), (b, town)):
        r = result(doc, ev)
        tmp_store.add(r)
        fuse.update(tmp_store, [doc.id], actor_key=key)
    linked = [sorted(c["events"]) for c in fuse.fused_events(tmp_store) if len(c["events"]) > 1]
    assert linked == [sorted((province.id, town.id))]
    fuse.rebuild(tmp_store, actor_key=key)
    assert [sorted(c["events"]) for c in fuse.fused_events(tmp_store) if len(c["events"]) > 1] == linked


def _near(src, name, lat, lon, radius=25.0, precision="area"):
    doc = report(f"A roadside bomb struck an army truck near {name} on Friday.", source=src)
    ev = event(doc, doc.text, "ied_attack", actors=(("Somali army", "armed_forces.so"),), date=DAY)
    return F(dataclasses.replace(ev, location=location(name, lat, lon, "SO", precision, radius_km=radius)))


def test_a_small_area_reaches_its_radius_and_the_other_places_not_a_districts_sixty_km():
    near_a = _near("a.example", "near Baidoa", 3.11, 43.65)
    town_b = _near("b.example", "Bardaale", 3.11 + 0.45, 43.65, radius=None, precision="town")  # about 50 km
    near_b = _near("c.example", "near Bardaale", 3.11 + 0.45, 43.65)
    assert near_a.precision == "district" and near_a.near
    assert "km apart" in judge(near_a, town_b).veto  # 25 + 20 km of reach, not 60
    assert "km apart" in judge(near_a, near_b).veto  # 25 + 25 km
    close = _near("d.example", "Baidoa", 3.11 + 0.3, 43.65, radius=None, precision="town")  # about 33 km
    assert judge(near_a, close).match
    district = _near("e.example", "Baidoa district", 3.11 + 0.45, 43.65, radius=None, precision="district")
    assert judge(near_a, district).match  # a district proper keeps its 60 km
