"""Names the gazetteer lacks, told with a settlement noun and their container ("Velmora village in
Corrin district"): an area of the container.

Invented sentences and places, hand-built mentions: no model, no gazetteer file."""

from __future__ import annotations

from footprint.model import Place, PlaceMention
from footprint.places.contained import inside_named


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


# --- an unknown name after a locative preposition, its container told after it ----------------------------------


def test_in_an_unknown_name_comma_in_a_district():
    full = "Gunmen killed four herders in Velmora, in Corrin district, on Sunday."
    container = mention("Corrin", full, "Corrin", 2.0, -70.0, "YY")
    out = inside_named(full, [container])
    assert [m.text for m in out] == ["Velmora", "Corrin"]
    got = out[0].place
    assert (got.lat, got.lon, got.precision, got.radius_km, got.name) == (2.0, -70.0, "area", 20.0, "Velmora, Corrin")
    assert "Corrin" in got.reasons[0]


def test_a_unit_told_after_a_comma_or_in_brackets():
    for full in ("Troops clashed with rebels near Velmora, Corrin district, at dawn.",
                 "Troops clashed with rebels near Velmora (Corrin district) at dawn.",
                 "Troops clashed with rebels near Velmora (Corrin) at dawn.",
                 "Troops clashed with rebels at Velmora, Corrin local government area, at dawn.",
                 "Troops clashed with rebels at Velmora, a fishing village in Corrin, at dawn."):
        container = mention("Corrin", full, "Corrin", 2.0, -70.0, "YY")
        out = inside_named(full, [container])
        assert out[0].text == "Velmora" and out[0].place.precision == "area", full


def test_a_comma_alone_before_a_town_is_a_list_not_a_container():
    for full in ("Fighting was reported in Velmora, Corrin and Brisk on Monday.",
                 "Fighting was reported in Velmora, Corrin, on Monday."):
        container = mention("Corrin", full, "Corrin", 2.0, -70.0, "YY")
        assert inside_named(full, [container]) == [container], full


def test_a_distance_without_a_bearing_gives_a_disc_of_that_radius():
    full = "Gunmen raided Velmora on Friday. They killed two men in Velmora, a village some 35 km from Brisk."
    container = mention("Brisk", full, "Brisk", 5.0, 6.0, "XX")
    out = inside_named(full, [container])
    assert [m.text for m in out] == ["Velmora", "Brisk"]
    assert out[0].start == full.rindex("Velmora")
    assert (out[0].place.lat, out[0].place.radius_km, out[0].place.precision) == (5.0, 35.0, "area")
    miles = "Shelling hit homes in Velmora, about 10 miles from Brisk."
    got = inside_named(miles, [mention("Brisk", miles, "Brisk", 5.0, 6.0, "XX")])[0].place
    assert round(got.radius_km, 1) == 16.1


def test_no_area_for_an_organisation_or_a_person_told_as_a_source():
    full = "He served in Operation Velmora, in Corrin district, for a year."
    container = mention("Corrin", full, "Corrin", 2.0, -70.0, "YY")
    s = full.index("Operation")
    assert inside_named(full, [container], (), ((s, s + 17, "ORG"),)) == [container]
    full = "A call from Ada Velmora, in Corrin district, warned of the raid."
    container = mention("Corrin", full, "Corrin", 2.0, -70.0, "YY")
    s = full.index("Ada")
    assert inside_named(full, [container], (), ((s, s + 11, "PERSON"),)) == [container]
    assert inside_named(full, [container])[0].text == "Ada Velmora"  # the label is what says so


def test_a_list_of_in_phrases_is_no_container():
    full = "Clashes were reported in Velmora, in Corrin, in Brisk and in Dorrow."
    container = mention("Corrin", full, "Corrin", 2.0, -70.0, "YY")
    assert inside_named(full, [container]) == [container]
