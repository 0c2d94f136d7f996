"""Hyphenated compounds and agencies named after a region: which part is the place.

Invented names, hand-built candidates, blank tokenizer: no model, no gazetteer file."""

from __future__ import annotations

import spacy

from footprint.places.gazetteer import Candidate
from footprint.places.recognize import recognize

BLANK = spacy.blank("en")


def cand(name, feature, population, kind="name"):
    return Candidate(
        id=hash((name, kind)) % 10_000, name=name, lat=10.0, lon=20.0, country="XX", admin1=None, feature=feature,
        precision="town", population=population, geonameid=None, facility_id=None, radius_km=None, source="test",
        kind=kind,
    )


TABLE = {
    "ondria": (cand("Ondria", "A.PCLI", 20_000_000),),
    "ondrian": (cand("Ondria", "A.PCLI", 20_000_000, kind="demonym"),),
    "velmark": (cand("Velmark", "A.PCLI", 9_000_000),),
    "austral sea": (cand("Austral Sea", "H.SEA", 0),),
    "brisk": (cand("Brisk", "P.PPL", 8_000),),
    "tarn velby": (cand("Tarn-Velby", "A.ADM1", 2_000_000),),
    "tarn": (cand("Tarn", "P.PPL", 300_000),),
    "calvera": (cand("Calvera", "A.ADM1", 4_000_000),),
    "kesso": (cand("Kesso", "A.ADM1", 3_000_000),),
}


def lookup(names):
    return {n: TABLE[n] for n in names if n in TABLE}


def names(text):
    return [m.text for m in recognize(BLANK.make_doc(text), lookup)]


def test_both_sides_of_a_compound_of_countries_are_places():
    assert names("Officials praised the Ondria-Velmark accord on trade .") == ["Ondria", "Velmark"]


def test_a_peoples_adjective_inside_a_compound():
    found = recognize(BLANK.make_doc("The Ondrian-Velmark talks covered the Austral Sea-Ondria route ."), lookup)
    # a sea's name beside a country's stays out: "Pacific" alone is a US town as often as the ocean
    assert [m.text for m in found] == ["Ondrian", "Velmark", "Ondria"]
    assert found[0].kind == "demonym"


def test_a_small_towns_name_inside_a_compound_is_not_a_place():
    # "Brisk" might be a hamlet, but inside a hyphenated name it is more often a person's or a firm's
    assert names("They met Anna Brisk-Holloway at the fair .") == []
    assert names("Shares of Brisk-Ondria Holdings fell .") == ["Ondria"]


def test_a_compound_the_gazetteer_knows_whole_stays_whole():
    assert names("Troops were sent to Tarn-Velby on Monday .") == ["Tarn-Velby"]


def test_a_state_police_or_department_of_is_an_agency_of_the_region():
    assert names("Calvera State Police arrested two men .") == ["Calvera"]
    assert names("The Calvera Department of Corrections said so .") == ["Calvera"]


def test_a_state_word_that_is_part_of_the_name_is_kept():
    assert names("Gunmen attacked a village in Kesso State on Sunday .") == ["Kesso State"]
    assert names("The Kesso State Government said so .") == ["Kesso State"]


# --- a person-tagged name that the words around it make a place ---

def person_doc(text, name):
    from spacy.tokens import Span

    doc = BLANK.make_doc(text)
    i = next(t.i for t in doc if t.text == name)
    doc.ents = [Span(doc, i, i + 1, label="PERSON")]
    return doc


SMALL = {"brisk": (cand("Brisk", "P.PPL", 8_000),), "bc": (cand("Calvera", "A.ADM1", 4_000_000, kind="abbr"),)}


def small_lookup(names):
    return {n: SMALL[n] for n in names if n in SMALL}


def test_residents_after_a_name_make_it_a_place():
    found = recognize(person_doc("For the Brisk residents the office is easier to reach .", "Brisk"), small_lookup)
    assert [m.text for m in found] == ["Brisk"]


def test_of_a_town_in_apposition_is_where_someone_lives():
    found = recognize(person_doc("Ms Adeyemi , of Brisk , was not the target .", "Brisk"), small_lookup)
    assert [m.text for m in found] == ["Brisk"]


def test_a_person_stays_a_person_without_such_words():
    assert recognize(person_doc("The report by Brisk was published today .", "Brisk"), small_lookup) == []
    assert recognize(person_doc("Shares of Brisk Holdings rose .", "Brisk"), small_lookup) == []


def test_a_provinces_abbreviation_is_not_an_era():
    assert [m.text for m in recognize(BLANK.make_doc("Floods hit BC on Monday ."), small_lookup)] == ["BC"]
    assert recognize(BLANK.make_doc("The wall was built in 500 BC by farmers ."), small_lookup) == []
