"""Names in a list the parser tagged as one entity, and names set inside a named container.

Invented sentences and places, hand-built candidates and mentions: no model, no gazetteer file."""

from __future__ import annotations

import spacy
from spacy.tokens import Span

from footprint.model import Place, PlaceMention
from footprint.places.gazetteer import Candidate
from footprint.places.recognize import recognize
from footprint.places.contained import inside_named

BLANK = spacy.blank("en")


def cand(name, population, lat=10.0, lon=20.0):
    return Candidate(
        id=hash(name) % 10_000, name=name, lat=lat, lon=lon, country="XX", admin1=None, feature="P.PPL",
        precision="town", population=population, geonameid=None, facility_id=None, radius_km=None, source="test",
        kind="name",
    )


TABLE = {"brisk": (cand("Brisk", 8_000),), "tarnhold": (cand("Tarnhold", 6_000),)}


def lookup(names):
    return {n: TABLE[n] for n in names if n in TABLE}


def doc_with(text: str, first: str, last: str, label: str):
    doc = BLANK.make_doc(text)
    i = next(t.i for t in doc if t.text == first)
    j = next(t.i for t in doc if t.text == last) + 1
    doc.ents = [Span(doc, i, j, label=label)]
    return doc


def names(doc):
    return [m.text for m in recognize(doc, lookup)]


def test_each_town_of_a_list_tagged_as_one_org_after_between_is_a_place():
    doc = doc_with("Gunmen stopped a bus on the road between Brisk and Tarnhold on Friday .", "Brisk", "Tarnhold", "ORG")
    found = recognize(doc, lookup)
    assert [m.text for m in found] == ["Brisk", "Tarnhold"]
    assert all("list" in " ".join(m.reasons) for m in found)


def test_a_comma_list_tagged_as_one_gpe_after_in_is_split_too():
    doc = doc_with("Clashes broke out in Brisk , Tarnhold and the hills .", "Brisk", "Tarnhold", "GPE")
    assert names(doc) == ["Brisk", "Tarnhold"]


def test_a_list_tagged_as_one_org_with_no_locative_word_stays_an_organisation():
    doc = doc_with("Brisk and Tarnhold signed a supply contract .", "Brisk", "Tarnhold", "ORG")
    assert names(doc) == []


def test_a_list_tagged_as_persons_stays_persons():
    doc = doc_with("A meeting between Brisk and Tarnhold ended early .", "Brisk", "Tarnhold", "PERSON")
    assert names(doc) == []


def test_an_ampersand_name_is_one_name_not_a_list():
    doc = doc_with("Trucks arrived at Brisk & Tarnhold on Friday .", "Brisk", "Tarnhold", "ORG")
    assert names(doc) == []


def mention(text, full, name, lat, lon, country, precision="town", radius=None):
    start = full.index(text)
    return PlaceMention(start, start + len(text), text, Place(name, lat, lon, country, precision, radius_km=radius))


def test_a_far_namesake_set_inside_a_near_container_becomes_an_area_of_the_container():
    full = "Fighters entered the hamlet of Velmora, in Corrin, and left."
    far = mention("Velmora", full, "Velmora", 40.0, 30.0, None, "region")
    container = mention("Corrin", full, "Corrin", 2.0, -70.0, "YY")
    out = inside_named(full, [far, container])
    got = out[0].place
    assert (got.lat, got.lon, got.country, got.precision) == (2.0, -70.0, "YY", "area")
    assert got.radius_km >= 10 and "Corrin" in got.reasons[0]
    assert out[1] == container


def test_a_district_container_after_in_without_a_comma_works_the_same():
    full = "Militants attacked Velmora village in Corrin district on Sunday."
    far = mention("Velmora", full, "Velmora", 40.0, 30.0, "ZZ")
    container = mention("Corrin", full, "Corrin", 2.0, -70.0, "YY", "district", 30.0)
    got = inside_named(full, [far, container])[0].place
    # "village" stands between the name and "in": not the pattern, nothing changes
    assert got.lat == 40.0
    full = "Militants attacked Velmora in Corrin district on Sunday."
    far = mention("Velmora", full, "Velmora", 40.0, 30.0, "ZZ")
    container = mention("Corrin", full, "Corrin", 2.0, -70.0, "YY", "district", 30.0)
    got = inside_named(full, [far, container])[0].place
    assert (got.lat, got.country, got.radius_km) == (2.0, "YY", 30.0)


def test_a_name_that_lies_within_its_container_keeps_its_own_point():
    full = "Gunmen raided Velmora, in Corrin, at dawn."
    near = mention("Velmora", full, "Velmora", 2.3, -70.2, "YY")
    container = mention("Corrin", full, "Corrin", 2.0, -70.0, "YY", "region", 150.0)
    assert inside_named(full, [near, container])[0] is near


def test_a_list_of_two_towns_joined_by_in_a_clause_is_not_containment():
    full = "Fighting in Velmora in Corrin's old quarter was reported."
    far = mention("Velmora", full, "Velmora", 40.0, 30.0, "ZZ")
    container = mention("Corrin", full, "Corrin", 2.0, -70.0, "YY")
    # "Corrin's old quarter" is a possessor, not the container of Velmora
    assert inside_named(full, [far, container])[0] is far


def test_no_mentions_and_unresolved_mentions_pass_through():
    assert inside_named("", []) == []
    # no place slot before the name ("near Velmora, in Corrin" makes an area: tests/test_places_unknown.py)
    full = "Shots hit Velmora, in Corrin."
    blank = PlaceMention(10, 17, "Velmora", None)
    container = mention("Corrin", full, "Corrin", 2.0, -70.0, "YY")
    assert inside_named(full, [blank, container]) == [blank, container]


def test_a_country_or_region_in_a_list_of_places_is_not_set_inside_the_next_one():
    full = "Fighting was reported in Velmora, in Corrin, in Tarnhold."
    country = mention("Velmora", full, "Velmora", 10.0, 8.0, "VV", "country")
    region = mention("Corrin", full, "Corrin", -3.0, 28.3, None, "region", 150.0)
    last = mention("Tarnhold", full, "Tarnhold", 13.8, 39.0, None, "region", 200.0)
    out = inside_named(full, [country, region, last])
    assert out == [country, region, last]
    # told as a settlement, a region's namesake may still be a place inside the container
    full = "Fighters entered the village of Corrin, in Tarnhold, and left."
    region = mention("Corrin", full, "Corrin", -3.0, 28.3, None, "region", 150.0)
    last = mention("Tarnhold", full, "Tarnhold", 13.8, 39.0, None, "region", 200.0)
    assert inside_named(full, [region, last])[0].place.precision == "area"


def test_places_told_one_after_another_with_in_are_a_list_not_containment():
    full = "Fighting was reported in Velmora, in Corrin, in Tarnhold."
    a = mention("Velmora", full, "Velmora", 16.9, 43.8, "YY")
    b = mention("Corrin", full, "Corrin", 17.0, 43.7, "YY")
    c = mention("Tarnhold", full, "Tarnhold", 13.6, 44.0, "YY")
    assert inside_named(full, [a, b, c]) == [a, b, c]
    # one place and its container, each with "in", is still containment
    full = "Gunmen struck in Velmora, in Corrin province."
    a = mention("Velmora", full, "Velmora", 40.0, 30.0, "ZZ")
    b = mention("Corrin", full, "Corrin", 2.0, -70.0, "YY", "region", 150.0)
    assert inside_named(full, [a, b])[0].place.precision == "area"
