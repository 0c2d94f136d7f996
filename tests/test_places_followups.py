"""Places told by reference, offset, route and movement: "across the province", "X lies 40 km west of Y",
"on the X-Y road", "from X towards Y", "the regional capital", a town beside a border phrase. Invented
sentences, a tiny hand-built gazetteer, blank Docs (no model)."""

from __future__ import annotations

import pytest
import spacy

from footprint import nlp as nlp_mod
from footprint import testing

# real coordinates, rounded populations
PLACES = [
    ("Nigeria", 9.0, 8.0, "NG", "A.PCLI", "country", 200_000_000, {"demonyms": ["Nigerian"], "radius_km": 600.0}),
    ("Niger", 17.0, 9.0, "NE", "A.PCLI", "country", 24_000_000, {"demonyms": ["Nigerien"], "radius_km": 700.0}),
    ("Borno", 11.8, 13.1, "NG", "A.ADM1", "region", 5_800_000, {"admin1": "02"}),
    ("Yobe", 12.2, 11.4, "NG", "A.ADM1", "region", 3_300_000, {"admin1": "44"}),
    ("Maiduguri", 11.85, 13.16, "NG", "P.PPL", "town", 800_000, {"admin1": "02"}),
    ("Bama", 11.52, 13.69, "NG", "P.PPL", "town", 120_000, {"admin1": "02"}),
    ("Konduga", 11.65, 13.42, "NG", "P.PPL", "town", 20_000, {"admin1": "02"}),
    ("Damaturu", 11.75, 11.96, "NG", "P.PPL", "town", 90_000, {"admin1": "44"}),
    ("Diffa", 13.32, 12.61, "NE", "P.PPL", "town", 50_000, {"admin1": "03"}),
    ("Diffa", 14.5, 12.8, "NE", "A.ADM1", "region", 600_000, {"admin1": "03"}),
    ("Maine-Soroa", 13.21, 12.02, "NE", "P.PPL", "town", 70_000, {"admin1": "03"}),
    # a namesake far from the Borno towns, for the situated-name tests
    ("Kessa", 14.0, 5.0, "NE", "P.PPL", "town", 3_000, {}),
]


@pytest.fixture(scope="module")
def gaz(tmp_path_factory):
    return testing.gazetteer(tmp_path_factory.mktemp("gaz") / "followups.sqlite", testing.place_rows(PLACES),
                             regions=True)


def run(gaz, text):
    return testing.run_places(gaz, text)


def found(doc, kind=None):
    return [(m.text, m.place.name, m.place.precision) for m in doc._.fp_places
            if m.place is not None and (kind is None or m.kind == kind)]


# "across the province": the first-level region told before

def test_the_province_is_the_region_told_before(gaz):
    doc = run(gaz, "Insurgents have long been active in Borno.\n\nIn 2021 they staged raids across the province "
                   "that killed dozens.")
    assert ("the province", "Borno", "region") in found(doc, "nominal")
    m = next(m for m in doc._.fp_places if m.kind == "nominal")
    assert "region told before" in m.reason and m.place.country == "NG"


def test_the_latest_region_wins_and_reach_is_one_paragraph(gaz):
    doc = run(gaz, "Troops moved from Borno into Yobe. Fighting spread throughout the state.")
    assert ("the state", "Yobe", "region") in found(doc, "nominal")
    doc = run(gaz, "Troops patrolled Borno.\n\nTalks went on.\n\nMarkets across the province stayed shut.")
    assert not found(doc, "nominal")


def test_the_state_as_government_or_modifier_is_no_place(gaz):
    text = ("Bandits are active in Borno. They fought against the state for years, and officials in the state "
            "capital met. Parts of the province of Adamawa were quiet, and in the state's courts nothing moved.")
    assert not [n for n in found(run(gaz, text), "nominal") if n[2] == "region"]


def test_another_region_is_not_the_one_told(gaz):
    doc = run(gaz, "Bandits are active in Borno. Attacks in the northern province and in the neighbouring state rose.")
    assert not found(doc, "nominal")


def test_no_region_told_makes_nothing(gaz):
    doc = run(gaz, "Gunmen attacked Bama. Attacks across the province rose.")
    assert not [n for n in found(doc, "nominal") if n[0] == "the province"]


# a border phrase that says where a town lies does not replace the town

def _parsed(rows, places, home="NE"):
    from spacy.tokens import Doc

    from footprint.model import Place, PlaceMention

    words = [r[0] for r in rows]
    spaces = [i + 1 < len(words) and words[i + 1] not in (".", ",") for i in range(len(words))]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces, lemmas=[r[1] for r in rows],
              pos=[r[2] for r in rows], heads=[r[3] for r in rows], deps=[r[4] for r in rows])
    nlp_mod.prepare(doc, {"places_home": home})
    mentions = []
    for i, (name, lat, lon, country, precision) in places:
        t = doc[i]
        mentions.append(PlaceMention(t.idx, t.idx + len(t.text), t.text,
                                     Place(name, lat, lon, country, precision, radius_km=None), kind="literal"))
    doc._.fp_places = mentions
    doc._.fp_actors = []
    return doc


def test_a_border_phrase_after_a_town_keeps_the_town():
    from footprint.places.locate import event_location

    # Troops killed 20 militants during an operation in the Diffa area , close to the border with Nigeria .
    rows = [("Troops", "troop", "NOUN", 1, "nsubj"), ("killed", "kill", "VERB", 1, "ROOT"),
            ("20", "20", "NUM", 3, "nummod"), ("militants", "militant", "NOUN", 1, "dobj"),
            ("during", "during", "ADP", 1, "prep"), ("an", "an", "DET", 6, "det"),
            ("operation", "operation", "NOUN", 4, "pobj"), ("in", "in", "ADP", 6, "prep"),
            ("the", "the", "DET", 10, "det"), ("Diffa", "Diffa", "PROPN", 10, "compound"),
            ("area", "area", "NOUN", 7, "pobj"), (",", ",", "PUNCT", 1, "punct"), ("close", "close", "ADV", 1, "advmod"),
            ("to", "to", "ADP", 12, "prep"), ("the", "the", "DET", 15, "det"), ("border", "border", "NOUN", 13, "pobj"),
            ("with", "with", "ADP", 15, "prep"), ("Nigeria", "Nigeria", "PROPN", 16, "pobj"),
            (".", ".", "PUNCT", 1, "punct")]
    doc = _parsed(rows, [(9, ("Diffa", 13.32, 12.61, "NE", "town")), (17, ("Nigeria", 9.0, 8.0, "NG", "country"))])
    loc = event_location(doc, 0, len(doc.text), doc[1].idx, doc[1].idx + 7)
    assert loc is not None and loc.name == "Diffa" and loc.precision == "town"


def test_a_border_phrase_far_from_the_town_is_still_the_border_area():
    from footprint.places.locate import event_location

    # In Diffa , officials said troops clashed near the border with Nigeria .
    rows = [("In", "in", "ADP", 4, "prep"), ("Diffa", "Diffa", "PROPN", 0, "pobj"), (",", ",", "PUNCT", 4, "punct"),
            ("officials", "official", "NOUN", 4, "nsubj"), ("said", "say", "VERB", 4, "ROOT"),
            ("troops", "troop", "NOUN", 6, "nsubj"), ("clashed", "clash", "VERB", 4, "ccomp"),
            ("near", "near", "ADP", 6, "prep"), ("the", "the", "DET", 9, "det"), ("border", "border", "NOUN", 7, "pobj"),
            ("with", "with", "ADP", 9, "prep"), ("Nigeria", "Nigeria", "PROPN", 10, "pobj"),
            (".", ".", "PUNCT", 4, "punct")]
    doc = _parsed(rows, [(1, ("Diffa", 13.32, 12.61, "NE", "town")), (11, ("Nigeria", 9.0, 8.0, "NG", "country"))])
    t = doc[6]
    loc = event_location(doc, 0, len(doc.text), t.idx, t.idx + len(t.text))
    assert loc is not None and loc.precision == "area" and loc.lat is None and "Nigeria" in loc.name


# "X lies N km <bearing> of Y": X placed where the text says

def test_a_situated_name_confirms_the_gazetteers_town_near_that_point(gaz):
    doc = run(gaz, "Konduga, the seat of a farming district, lies about 35 km south-east of Maiduguri. "
                   "Two farmers were abducted outside the town on Monday.")
    lit = [m for m in doc._.fp_places if m.kind == "literal" and m.text == "Konduga"]
    assert lit and lit[0].place.name == "Konduga" and lit[0].place.precision == "town"
    assert ("the town", "Konduga", "town") in found(doc, "nominal")


def test_a_name_the_gazetteer_lacks_is_an_area_at_the_offset_and_the_towns_antecedent(gaz):
    from footprint.geo import distance_km

    doc = run(gaz, "Velmora lies some 60 km north of Maiduguri.\n\nGunmen raided the village before dawn.")
    m = next(m for m in doc._.fp_places if m.text == "Velmora")
    assert m.kind == "literal" and m.place.precision == "area" and m.place.radius_km == 20.0
    assert abs(distance_km(m.place.lat, m.place.lon, 11.85, 13.16) - 60) < 1 and m.place.lat > 11.85
    assert "as the text situates it" in m.reason and m.place.country == "NG"
    ref = next(m for m in doc._.fp_places if m.kind == "nominal")
    assert ref.text == "the village" and ref.place.name == "Velmora"


def test_a_far_namesake_yields_to_the_place_the_text_gives(gaz):
    doc = run(gaz, "Kessa is located 30 km west of Damaturu.")
    m = next(m for m in doc._.fp_places if m.text == "Kessa")
    assert m.place.country == "NG" and m.place.precision == "area" and abs(m.place.lon - 11.68) < 0.05


def test_no_situated_place_for_a_common_noun_or_a_sentence_inside(gaz):
    doc = run(gaz, "The convoy is 30 km west of Damaturu. Officials said Velmora lies 20 km north of Bama.")
    assert not [m for m in doc._.fp_places if m.text in {"The convoy", "Velmora"} and m.place is not None]


# "on the X-Y road", "the road between X and Y": the midpoint, radius half the distance

def _roads(doc):
    return [m for m in doc._.fp_places if m.kind == "relative" and m.place.name.endswith(" road")]


def test_a_road_between_two_towns_is_their_midpoint(gaz):
    from footprint.geo import distance_km

    doc = run(gaz, "Gunmen ambushed a bus on the Maiduguri-Bama road on Sunday.")
    (road,) = _roads(doc)
    assert road.text == "the Maiduguri-Bama road"
    half = distance_km(11.85, 13.16, 11.52, 13.69) / 2
    assert abs(road.place.radius_km - half) < 0.5 and road.place.precision == "area"
    assert abs(distance_km(road.place.lat, road.place.lon, 11.85, 13.16) - half) < 1
    assert "midpoint" in road.reason and road.place.country == "NG"
    doc = run(gaz, "Traders were robbed on the main road between Maiduguri and Konduga.")
    (road,) = _roads(doc)
    assert road.text == "the main road between Maiduguri and Konduga"
    doc = run(gaz, "A convoy came under fire on the highway linking Damaturu with Maiduguri.")
    assert [r.place.name for r in _roads(doc)] == ["Damaturu-Maiduguri road"]


def test_the_road_replaces_its_two_ends_as_the_event_place(gaz):
    from footprint.places.locate import event_location

    doc = run(gaz, "Gunmen ambushed a bus on the Maiduguri-Bama road.")
    t = doc.text.index("ambushed")
    loc = event_location(doc, 0, len(doc.text), t, t + 8)
    assert loc is not None and loc.name == "Maiduguri-Bama road" and loc.precision == "area"


def test_no_road_for_one_town_a_list_or_towns_far_apart(gaz):
    assert not _roads(run(gaz, "Troops were sent up the road to Bama."))
    assert not _roads(run(gaz, "Attacks hit Maiduguri and Bama last week."))
    assert not _roads(run(gaz, "Traffic on the road between Maiduguri and Kessa was light."))  # ~900 km apart


# "from X towards Y": the verb says which end is the place

def _movement(words, verb):
    """A hand-parsed "<subject> <verb> <prep> <A> <prep> <B> ." sentence: both prepositions hang on the verb."""
    rows = [(words[0], words[0].lower(), "NOUN", 1, "nsubj"), (words[1], verb, "VERB", 1, "ROOT")]
    k = 2
    while k < len(words) - 1:
        w = words[k]
        if w[0].isupper():
            rows.append((w, w, "PROPN", k - 1, "pobj"))
        elif w in {"rockets", "reinforcements"}:
            rows.append((w, w, "NOUN", 1, "dobj"))
        else:
            rows.append((w, w, "ADP", 1, "prep"))
        k += 1
    rows.append((".", ".", "PUNCT", 1, "punct"))
    coords = {"Diffa": (13.32, 12.61, "NE"), "Bama": (11.52, 13.69, "NG"), "Maiduguri": (11.85, 13.16, "NG")}
    doc = _parsed(rows, [(i, (w, *coords[w][:2], coords[w][2], "town")) for i, w in enumerate(words) if w in coords])
    from footprint.places.locate import event_location

    t = doc[1]
    return event_location(doc, 0, len(doc.text), t.idx, t.idx + len(t.text))


def test_an_advance_is_placed_at_its_destination():
    loc = _movement("Troops advanced from Diffa towards Maiduguri .".split(), "advance")
    assert loc.name == "Maiduguri"
    loc = _movement("Commanders sent reinforcements from Bama to Maiduguri .".split(), "send")
    assert loc.name == "Maiduguri"


def test_a_flight_is_placed_where_it_began():
    loc = _movement("Villagers fled to Maiduguri from Bama .".split(), "flee")
    assert loc.name == "Bama"


def test_a_strike_is_placed_at_its_target_not_its_launch_point():
    loc = _movement("Gunmen fired rockets from Diffa at Bama .".split(), "fire")
    assert loc.name == "Bama"


def test_other_verbs_keep_a_from_place():
    # "abducted from X": X is where it happened
    loc = _movement("Gunmen abducted farmers from Bama .".split(), "abduct")
    assert loc.name == "Bama"


# "the regional capital": the seat of the region in focus

def test_the_regional_capital_is_the_seat_of_the_region_told(gaz):
    doc = run(gaz, "Fighters overran much of Borno last year, driving thousands into the state capital.")
    ref = [m for m in doc._.fp_places if m.kind == "nominal" and m.text == "the state capital"]
    assert ref and ref[0].place.name == "Maiduguri" and "Borno" in ref[0].reason
    # a town named like the region is its seat, even where a larger town lies in it
    doc = run(gaz, "Gunmen raided Bama. Later they overran much of the Diffa region and reached the regional capital.")
    ref = [m for m in doc._.fp_places if m.kind == "nominal" and m.text == "the regional capital"]
    assert ref and ref[0].place.name == "Diffa" and ref[0].place.country == "NE"


def test_an_apposed_capital_stays_the_town_told(gaz):
    doc = run(gaz, "Troops crossed Borno and reached Konduga, the state capital, on Monday.")
    ref = [m for m in doc._.fp_places if m.kind == "nominal"]
    assert ref and ref[0].place.name == "Konduga"


def test_no_region_named_keeps_the_last_town(gaz):
    doc = run(gaz, "Gunmen raided Bama. Thousands fled into the regional capital.")
    ref = [m for m in doc._.fp_places if m.kind == "nominal"]
    assert ref and ref[0].place.name == "Bama"


# a short town in capitals in a dateline is the filing town, not an acronym

def test_a_short_dateline_town_in_capitals_is_a_place(gaz):
    doc = run(gaz, "BAMA, Nigeria — Gunmen killed five people in the town on Monday.")
    assert ("BAMA", "Bama", "town") in found(doc, "literal")
    assert ("the town", "Bama", "town") in found(doc, "nominal")


def test_the_same_capitals_outside_a_dateline_stay_an_acronym(gaz):
    doc = run(gaz, "Gunmen killed five people in Maiduguri, and the BAMA movement denied any role.")
    assert not [m for m in doc._.fp_places if m.text == "BAMA"]
