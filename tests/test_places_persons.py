"""Capitals and large cities the parser tags as PERSON stay places unless the words around them say person.

Invented sentences, hand-built candidates and parses: no model, no gazetteer file."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Span

from footprint.places.gazetteer import Candidate, norm
from footprint.places.recognize import recognize
from footprint.testing import parsed_doc

BLANK = spacy.blank("en")


def cand(name, feature, population, kind="name", cc="XX"):
    return Candidate(
        id=hash(name) % 10_000, name=name, lat=10.0, lon=20.0, country=cc, admin1=None, feature=feature,
        precision="town", population=population, geonameid=None, facility_id=None, radius_km=None, source="test",
        kind=kind,
    )


# invented names, so that nothing depends on a real gazetteer
TABLE = {
    "vantora": (cand("Vantora", "P.PPLC", 2_000_000),),  # a capital
    "quellport": (cand("Quellport", "P.PPLA", 3_500_000),),  # a large provincial city
    "brisk": (cand("Brisk", "P.PPL", 8_000),),  # a small town
    "ondria": (cand("Ondria", "A.PCLI", 20_000_000),),
}


def lookup(names):
    return {n: TABLE[n] for n in names if n in TABLE}


def doc_with_person(text: str, name: str):
    doc = BLANK.make_doc(text)
    i = next(t.i for t in doc if t.text == name)
    doc.ents = [Span(doc, i, i + 1, label="PERSON")]
    return doc


def names(doc):
    return [m.text for m in recognize(doc, lookup)]


@pytest.mark.parametrize("text, name", [
    ("Rebel forces took Vantora after a week of fighting .", "Vantora"),
    ("Shelling across Quellport killed four people on Monday .", "Quellport"),
    ("Vantora fell to the rebels on Sunday .", "Vantora"),
    ("Militias from Ondria crossed the river .", "Ondria"),
])
def test_a_capital_or_large_city_tagged_person_stays_a_place(text, name):
    assert names(doc_with_person(text, name)) == [name]


def test_the_kept_city_is_weak_and_says_why():
    # (a verb of taking before the name is a place cue of its own: tests/test_places_misread.py)
    m = recognize(doc_with_person("Rebel forces praised Vantora .", "Vantora"), lookup)[0]
    assert m.weak and any("person" in r for r in m.reasons)


def test_a_small_town_tagged_person_away_from_a_preposition_is_dropped():
    assert names(doc_with_person("Rebel forces praised Brisk after a week .", "Brisk")) == []


@pytest.mark.parametrize("text", [
    "Mr Vantora left the meeting early .",
    "Gen. Vantora inspected the troops .",
    "Vantora said the convoy was late .",
    "Vantora told reporters nothing had changed .",
    "Vantora , a teacher , fled with her children .",
    "Vantora , 34 , fled with her children .",
    "Her daughter Vantora fled with the children .",
    "Vantora 's husband was detained .",
])
def test_the_words_around_the_name_can_say_person(text):
    assert names(doc_with_person(text, "Vantora")) == []


def test_a_speech_verb_found_by_the_parse_says_person():
    # "The convoy was late , Vantora explained ." (subject after the clause it reports)
    words = ["The", "convoy", "was", "late", ",", "Vantora", "explained", "."]
    doc = parsed_doc(words, heads=[1, 2, 6, 2, 6, 6, 6, 6], deps=["det", "nsubj", "ccomp", "acomp", "punct", "nsubj", "ROOT", "punct"],
                     lemmas=["the", "convoy", "be", "late", ",", "Vantora", "explain", "."],
                     pos=["DET", "NOUN", "AUX", "ADJ", "PUNCT", "PROPN", "VERB", "PUNCT"], ents=[(5, 6, "PERSON")])
    assert [m.text for m in recognize(doc, lookup)] == []


def test_an_apposition_found_by_the_parse_says_person():
    # "Vantora the nurse stayed ." (no comma: only the parse links the two)
    words = ["Vantora", "the", "nurse", "stayed", "."]
    doc = parsed_doc(words, heads=[3, 2, 0, 3, 3], deps=["nsubj", "det", "appos", "ROOT", "punct"],
                     lemmas=["Vantora", "the", "nurse", "stay", "."], pos=["PROPN", "DET", "NOUN", "VERB", "PUNCT"],
                     ents=[(0, 1, "PERSON")])
    assert [m.text for m in recognize(doc, lookup)] == []


def test_a_possessive_that_is_no_kin_keeps_the_city():
    assert names(doc_with_person("Vantora 's airport was closed .", "Vantora")) == ["Vantora"]


def test_a_city_followed_by_its_description_stays():
    assert names(doc_with_person("Vantora , the capital , was quiet .", "Vantora")) == ["Vantora"]


def test_a_person_span_longer_than_the_city_is_a_person():
    doc = BLANK.make_doc("Amira Vantora fled .")
    doc.ents = [Span(doc, 0, 2, label="PERSON")]
    assert names(doc) == []


def test_a_demonym_of_a_large_place_is_not_a_city():
    table = {"vantoran": (cand("Vantora", "P.PPLC", 2_000_000, kind="demonym"),)}
    doc = doc_with_person("Vantoran fled .", "Vantoran")
    assert recognize(doc, lambda ns: {n: table[n] for n in ns if n in table}) == []


@pytest.mark.parametrize("text", ["", "\x00\x01\x02", "Vantora " * 2000, "'s , , Vantora", "Vantora"])
def test_odd_input_around_a_person_tagged_city_never_raises(text):
    doc = BLANK.make_doc(text)
    hits = [t.i for t in doc if t.text == "Vantora"]
    if hits:
        doc.ents = [Span(doc, hits[-1], hits[-1] + 1, label="PERSON")]
    for m in recognize(doc, lookup):
        assert norm(m.text) == "vantora"
