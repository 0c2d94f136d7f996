"""Names the gazetteer lacks, told with a settlement noun and their container ("Velmora village in
Corrin district"): an area of the container.

Invented sentences and places, hand-built mentions: no model, no gazetteer file."""

from __future__ import annotations

from footprint.model import Place, PlaceMention
from footprint.places.reference import inside_named


def mention(text, full, name, lat, lon, country, precision="town", radius=None):
    start = full.index(text)
    return PlaceMention(start, start + len(text), text, Place(name, lat, lon, country, precision, radius_km=radius))


def test_an_unknown_village_in_a_district_becomes_an_area_of_the_district():
    full = "Militants fired on Velmora village in Corrin district on Sunday."
    container = mention("Corrin", full, "Corrin", 2.0, -70.0, "YY", "district", 35.0)
    out = inside_named(full, [container])
    assert [m.text for m in out] == ["Velmora", "Corrin"]
    got = out[0].place
    assert (got.lat, got.lon, got.country, got.precision, got.radius_km) == (2.0, -70.0, "YY", "area", 40.0)
    assert "Corrin" in got.reasons[0] and "Velmora" in got.name
    assert out[0].kind == "literal" and out[1] == container


def test_the_hamlet_of_an_unknown_name_comma_in_a_town():
    full = "Fighters entered the hamlet of Dorrow Ford, in Brisk, and left."
    container = mention("Brisk", full, "Brisk", 5.0, 6.0, "XX")
    out = inside_named(full, [container])
    assert out[0].text == "Dorrow Ford"
    assert (out[0].place.lat, out[0].place.radius_km) == (5.0, 20.0)


def test_a_container_named_with_its_kind_word_after_a_bearing():
    # the index may hold only "Brisk" of "Brisk West district"
    full = "Gunmen attacked Velmora village in Brisk West district at dawn."
    container = mention("Brisk", full, "Brisk", 5.0, 6.0, "XX")
    out = inside_named(full, [container])
    assert out[0].text == "Velmora" and out[0].place.lat == 5.0


def test_a_region_container_gives_a_wide_area():
    full = "Troops reached Velmora village in Corrin region."
    container = mention("Corrin", full, "Corrin", 2.0, -70.0, "YY", "region")
    assert inside_named(full, [container])[0].place.radius_km == 100.0


def test_nothing_without_a_resolved_container():
    full = "Militants fired on Velmora village in Corrin district on Sunday."
    assert inside_named(full, []) == []
    unresolved = PlaceMention(full.index("Corrin"), full.index("Corrin") + 6, "Corrin", None)
    assert inside_named(full, [unresolved]) == [unresolved]
    # a country is no container for this
    country = mention("Corrin", full, "Corrin", 2.0, -70.0, "YY", "country", 400.0)
    assert inside_named(full, [country]) == [country]


def test_nothing_when_the_container_is_only_part_of_a_longer_name():
    full = "Police visited Velmora village in Brisk Harbour Authority offices."
    container = mention("Brisk", full, "Brisk", 5.0, 6.0, "XX")
    assert inside_named(full, [container]) == [container]


def test_no_area_for_generic_words_stop_words_or_numbers():
    for opener in ("The village", "Another village", "Border village", "Block 4 village"):
        full = f"{opener} in Corrin district was shelled."
        container = mention("Corrin", full, "Corrin", 2.0, -70.0, "YY", "district")
        assert [m.text for m in inside_named(full, [container])] == ["Corrin"], opener


def test_a_demonym_span_is_skipped():
    full = "Raiders burned a Tolvar village in Corrin district."
    container = mention("Corrin", full, "Corrin", 2.0, -70.0, "YY", "district")
    s = full.index("Tolvar")
    assert inside_named(full, [container], ((s, s + 6),)) == [container]
    assert inside_named(full, [container])[0].text == "Tolvar"


def test_a_known_name_is_left_to_the_gazetteer():
    full = "Militants fired on Velmora village in Corrin district on Sunday."
    known = mention("Velmora", full, "Velmora", 2.1, -70.1, "YY")
    container = mention("Corrin", full, "Corrin", 2.0, -70.0, "YY", "district")
    assert inside_named(full, [known, container]) == [known, container]


def test_an_unresolved_mention_of_the_name_is_replaced():
    full = "Militants fired on Velmora village in Corrin district on Sunday."
    s = full.index("Velmora")
    unresolved = PlaceMention(s, s + 7, "Velmora", None)
    container = mention("Corrin", full, "Corrin", 2.0, -70.0, "YY", "district")
    out = inside_named(full, [unresolved, container])
    assert len(out) == 2 and out[0].place is not None and out[0].place.precision == "area"


def test_hostile_and_empty_text_is_harmless():
    assert inside_named("", []) == []
    junk = "\x00\ufffd village in " * 2000 + "A" * 50_000 + " village in "
    assert inside_named(junk, []) == []
