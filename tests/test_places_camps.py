"""Camps, sites and towns the gazetteer lacks but the text places: "the Kessaro camp" by the town the report is
about, "the farming town of Wadoro, about 40 km west of Y" (and Wadoro's later mentions, "the base" there),
"deployed to the area", and references that must not cross into another country's report. Invented names
and sentences, a tiny hand-built gazetteer, blank Docs (no model)."""

from __future__ import annotations

import pytest
import spacy

from footprint import nlp as nlp_mod
from footprint import testing
from footprint.geo import distance_km
from footprint.places.reference import CAMP_RADIUS_KM

# real coordinates, rounded populations
PLACES = [
    ("Nigeria", 9.0, 8.0, "NG", "A.PCLI", "country", 200_000_000, {"demonyms": ["Nigerian"], "radius_km": 600.0}),
    ("Niger", 17.0, 9.0, "NE", "A.PCLI", "country", 24_000_000, {"demonyms": ["Nigerien"], "radius_km": 700.0}),
    ("Borno", 11.8, 13.1, "NG", "A.ADM1", "region", 5_800_000, {"admin1": "02"}),
    ("Maiduguri", 11.85, 13.16, "NG", "P.PPL", "town", 800_000, {"admin1": "02"}),
    ("Bama", 11.52, 13.69, "NG", "P.PPL", "town", 120_000, {"admin1": "02"}),
    ("Konduga", 11.65, 13.42, "NG", "P.PPL", "town", 20_000, {"admin1": "02"}),
    ("Maine-Soroa", 13.21, 12.02, "NE", "P.PPL", "town", 70_000, {"admin1": "03"}),
    # an invented name twice: a large namesake far off, and a small town with no region code near Maine-Soroa
    ("Lerrawa", 9.5, 8.5, "NG", "P.PPL", "town", 90_000, {"admin1": "23"}),
    ("Lerrawa", 13.45, 12.3, "NE", "P.PPL", "town", 0, {}),
]


@pytest.fixture(scope="module")
def gaz(tmp_path_factory):
    return testing.gazetteer(tmp_path_factory.mktemp("gaz") / "camps.sqlite", testing.place_rows(PLACES),
                             regions=True)


def run(gaz, text):
    return testing.run_places(gaz, text)


def at(doc, text):
    return [m for m in doc._.fp_places if m.text == text and m.place is not None]


# camps by the town the report is about

def test_a_camp_the_gazetteer_lacks_stands_by_the_town_told_before(gaz):
    doc = run(gaz, "Shells fell on Maiduguri all week. On Tuesday a shell struck the Kessaro camp on the edge of "
                   "the city, killing four displaced people.")
    [m] = at(doc, "Kessaro camp")
    assert m.kind == "nominal" and m.place.precision == "area" and m.place.radius_km == CAMP_RADIUS_KM
    assert (m.place.lat, m.place.lon, m.place.country) == (11.85, 13.16, "NG")
    assert "Maiduguri" in m.reason and "not in the gazetteer" in m.reason


def test_an_idp_site_takes_a_town_named_after_it_in_its_sentence(gaz):
    doc = run(gaz, "Gunmen attacked the Wulgoro IDP site and then moved on towards Bama, residents said.")
    [m] = at(doc, "Wulgoro IDP site")
    assert m.place.name.endswith("Bama") and m.place.precision == "area"


def test_a_camp_placed_by_a_town_right_after_it_takes_that_town(gaz):
    for by in ("near", "outside", "close to"):
        doc = run(gaz, f"Troops searched Maiduguri on Monday. A day later gunmen attacked a Kessaro camp {by} Bama.")
        [m] = at(doc, "Kessaro camp")
        assert m.place.name.endswith("Bama"), by  # not the town told before


def test_a_camp_with_no_town_in_reach_is_not_invented(gaz):
    doc = run(gaz, "Aid finally reached the Kessaro camp on Friday.")
    assert not at(doc, "Kessaro camp")


def test_a_camp_in_capitals_is_a_facility_name_not_a_camp_word(gaz):
    doc = run(gaz, "Troops gathered in Maiduguri. They later left Kessaro Camp for the front.")
    assert not [m for m in doc._.fp_places if "Kessaro" in m.text]


def test_a_town_the_gazetteer_holds_stands_before_camp(gaz):
    doc = run(gaz, "Fighting reached Maiduguri. Families fled the Bama camp on Monday.")
    assert not at(doc, "Bama camp")
    assert [m.place.name for m in at(doc, "Bama")] == ["Bama"]


# a town situated in apposition, its later mentions and "the base" there

TEXT_WADORO = ("Fighters overran an army base in the farming town of Wadoro, about 40 km west of Maiduguri, on "
               "Tuesday.\n\nWadoro has changed hands twice since 2019, and the group attacked the base again in "
               "June.\n\nTroops said they had retaken Wadoro on Friday.")


def test_an_apposed_distance_places_an_unknown_town_and_its_repeats(gaz):
    doc = run(gaz, TEXT_WADORO)
    found = at(doc, "Wadoro")
    assert len(found) == 3 and all(m.kind == "literal" and m.place.precision == "area" for m in found)
    p = found[0].place
    assert 35 <= distance_km(p.lat, p.lon, 11.85, 13.16) <= 45 and p.lon < 13.16
    assert "situated before" in found[1].reason


def test_the_base_told_in_the_apposed_town_is_found_paragraphs_later(gaz):
    doc = run(gaz, TEXT_WADORO)
    [m] = [m for m in doc._.fp_places if m.kind == "nominal" and m.text == "the base"]
    assert m.place.name == "Wadoro"


def test_an_apposed_distance_does_not_move_a_town_the_gazetteer_holds(gaz):
    doc = run(gaz, "Clashes were reported in Bama, 300 km west of Maiduguri, on Sunday.")
    [m] = at(doc, "Bama")
    assert m.place.name == "Bama" and m.place.precision == "town"


def test_an_apposed_distance_needs_a_place_phrase(gaz):
    doc = run(gaz, "Officials told Wadoro, 40 km west of Maiduguri, nothing.")
    assert not at(doc, "Wadoro")


def test_a_name_told_as_a_town_n_km_from_a_place_is_placed_there(gaz):
    # a short text, the name first: the apposition says what it is
    doc = run(gaz, "Velmora, a town 60 km north of Maiduguri, was shelled overnight.")
    [m] = at(doc, "Velmora")
    assert m.kind == "literal" and m.place.precision == "area"
    assert 55 <= distance_km(m.place.lat, m.place.lon, 11.85, 13.16) <= 65 and m.place.lat > 11.85


def test_a_typed_apposition_after_a_verb_places_an_unknown_camp(gaz):
    doc = run(gaz, "Gunmen attacked Dorvani, a refugee camp about 6 km south of Bama, overnight.")
    [m] = at(doc, "Dorvani")
    assert distance_km(m.place.lat, m.place.lon, 11.52, 13.69) <= 10 and m.place.lat < 11.52


def test_a_typed_apposition_does_not_move_a_town_the_gazetteer_places_nearby(gaz):
    doc = run(gaz, "Konduga, a town about 35 km south-east of Maiduguri, was quiet.")
    [m] = at(doc, "Konduga")
    assert m.place.name == "Konduga" and m.place.precision == "town"


def test_an_apposition_without_a_settlement_noun_places_nothing(gaz):
    doc = run(gaz, "Velmora, a trader 60 km north of Maiduguri, said nothing.")
    assert not at(doc, "Velmora")


# "the area"

def test_the_area_is_around_the_town_told_before(gaz):
    doc = run(gaz, "Clashes broke out west of Konduga on Monday. Troops deployed to the area on Tuesday.")
    [m] = at(doc, "the area")
    assert m.kind == "nominal" and m.place.name == "Konduga" and m.place.precision == "area"
    assert m.place.radius_km >= 25


def test_the_area_of_a_name_is_not_a_reference(gaz):
    doc = run(gaz, "Clashes broke out in Konduga. Troops deployed to the area of Bama on Tuesday.")
    assert not at(doc, "the area")


def test_the_area_in_a_paragraph_without_a_town_is_nothing(gaz):
    doc = run(gaz, "Clashes broke out in Konduga.\n\nTroops later deployed to the area.")
    assert not at(doc, "the area")


# references do not cross into another country the report has moved to

def test_a_township_is_no_part_of_a_dateline_town_abroad(gaz):
    doc = run(gaz, "MAINE-SOROA, Niger - Officials spoke on Monday about the war in Borno.\n\nA witness said soldiers "
                   "shelled the Gwangeri township.")
    assert [m.place.name for m in at(doc, "MAINE-SOROA")] == ["Maine-Soroa"]
    assert not at(doc, "Gwangeri township")
    home = run(gaz, "MAINE-SOROA, Niger - Officials spoke on Monday.\n\nA witness said soldiers shelled the Gwangeri "
                    "township.")
    [m] = at(home, "Gwangeri township")
    assert m.place.name.endswith("Maine-Soroa")


def test_the_village_is_not_a_town_of_another_country_told_before(gaz):
    doc = run(gaz, "Officials met in Maine-Soroa on Monday to hear witnesses from Borno. One said soldiers "
                   "entered the village at dawn.")
    assert not at(doc, "the village")
    same = run(gaz, "Officials met in Maine-Soroa on Monday. One said soldiers entered the village at dawn.")
    assert [m.place.name for m in at(same, "the village")] == ["Maine-Soroa"]


# the container of the event's place is no rival ("near Lere, in the Timbuktu region")

def _parsed(rows, places):
    from spacy.tokens import Doc

    from footprint.model import Place, PlaceMention

    words = [r[0] for r in rows]
    spaces = [i + 1 < len(words) and words[i + 1] not in (".", ",") for i in range(len(words))]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces, lemmas=[r[1] for r in rows],
              pos=[r[2] for r in rows], heads=[r[3] for r in rows], deps=[r[4] for r in rows])
    nlp_mod.prepare(doc, {"places_home": "ML"})
    mentions = []
    for (i, j), kind, (name, lat, lon, precision) in places:
        s, e = doc[i].idx, doc[j].idx + len(doc[j].text)
        mentions.append(PlaceMention(s, e, doc.text[s:e], Place(name, lat, lon, "ML", precision), kind=kind))
    doc._.fp_places = sorted(mentions, key=lambda m: (m.start, -m.end))
    doc._.fp_actors = []
    return doc


# Drones struck guests of a gathering near Lere , in the Timbuktu region .  (the region hung on the verb)
ROWS = [("Drones", "drone", "NOUN", 1, "nsubj"), ("struck", "strike", "VERB", 1, "ROOT"),
        ("guests", "guest", "NOUN", 1, "dobj"), ("of", "of", "ADP", 2, "prep"), ("a", "a", "DET", 5, "det"),
        ("gathering", "gathering", "NOUN", 3, "pobj"), ("near", "near", "ADP", 5, "prep"),
        ("Lere", "Lere", "PROPN", 6, "pobj"), (",", ",", "PUNCT", 1, "punct"), ("in", "in", "ADP", 11, "prep"),
        ("the", "the", "DET", 11, "det"), ("Timbuktu", "Timbuktu", "PROPN", 1, "npadvmod"),
        ("region", "region", "NOUN", 11, "appos"), (".", ".", "PUNCT", 1, "punct")]


def test_a_container_told_after_the_place_does_not_win_the_event():
    from footprint.places.locate import event_location

    near = ((6, 7), "relative", ("near Lere", 15.72, -4.92, "area"))
    lere = ((7, 7), "literal", ("Lere", 15.72, -4.92, "town"))
    region = ((11, 11), "literal", ("Tombouctou", 16.41, -3.40, "region"))
    doc = _parsed(ROWS, [near, lere, region])
    loc = event_location(doc, 0, len(doc.text), doc[1].idx, doc[1].idx + 6)
    assert loc is not None and loc.name == "near Lere"
    alone = _parsed(ROWS, [region])  # with no place before it, the region is the event's place
    loc = event_location(alone, 0, len(alone.text), alone[1].idx, alone[1].idx + 6)
    assert loc is not None and loc.name == "Tombouctou"


# "X, in the Y region" where Y is the region's seat town: the container decides X's namesake

def test_a_region_told_by_its_seat_town_contains_the_name_before_it(gaz):
    doc = run(gaz, "Drones struck a wedding near Lerrawa, in the Maine-Soroa region, on Monday.")
    [m] = [m for m in at(doc, "Lerrawa") if m.kind == "literal"]
    assert m.place.country == "NE" and "contained in" in m.reason
    bare = run(gaz, "Drones struck a wedding near Lerrawa on Monday.")
    assert all(m.place.country != "NE" for m in at(bare, "Lerrawa"))
