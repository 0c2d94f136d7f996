"""Regional and translated press spellings: Arabic articles tied by a hyphen, names opened by a place word,
datelines in capitals, an English article before a people's adjective, abbreviated type words, and official
names around a town's everyday one.

Invented names and sentences, hand-built candidates and entity labels: no model, no gazetteer file."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Span

from footprint.places.gazetteer import Candidate
from footprint.places.recognize import recognize
from footprint.places.resolve import _short_form

BLANK = spacy.blank("en")


def cand(name, feature="P.PPL", population=8_000, kind="name", precision="town"):
    return Candidate(
        id=hash(name) % 10_000, name=name, lat=10.0, lon=20.0, country="XX", admin1=None, feature=feature,
        precision=precision, population=population, geonameid=None, facility_id=None, radius_km=None, source="test",
        kind=kind,
    )


TABLE = {
    "ras al vesh": (cand("Ras al-Vesh"),),
    "deir ez quor": (cand("Deir ez-Quor", population=120_000),),
    "tal quorvan": (cand("Tal Quorvan", population=0),),
    "brisko": (cand("Brisko", population=40_000),),
    "ondria": (cand("Ondria", "A.PCLI", 20_000_000, precision="country"),),
    "ondrian": (cand("Ondria", "A.PCLI", 20_000_000, kind="demonym", precision="country"),),
    # the index drops an Arabic article "an", so "An Ondrian" finds the people's adjective too
    "an ondrian": (cand("Ondria", "A.PCLI", 20_000_000, kind="demonym", precision="country"),),
    "varnel": (cand("Varnel", population=15_000),),
    "pelo quintar": (cand("Pelo Quintar", population=2_000),),
}


def lookup(names):
    return {n: TABLE[n] for n in names if n in TABLE}


def doc_with(text: str, ents=()):
    doc = BLANK.make_doc(text)
    spans = []
    for words, label in ents:
        toks = [t.text for t in doc]
        first = words.split()[0]
        i = toks.index(first)
        spans.append(Span(doc, i, i + len(BLANK.make_doc(words)), label=label))
    doc.ents = spans
    return doc


def names(doc):
    return [m.text for m in recognize(doc, lookup)]


@pytest.mark.parametrize("text, name", [
    ("A drone struck a pickup near Ras al-Vesh on Monday .", "Ras al-Vesh"),
    ("Two workers were abducted in rural Deir ez-Quor last week .", "Deir ez-Quor"),
])
def test_an_arabic_article_tied_by_a_hyphen_stays_inside_the_name(text, name):
    assert names(doc_with(text)) == [name]


def test_the_english_words_as_and_at_are_no_article_without_a_hyphen():
    # "Brisko as Varnel" is two names, not one "Brisko as Varnel"
    assert names(doc_with("Traders drove from Brisko as Varnel closed its market .")) == ["Brisko", "Varnel"]


def test_a_name_opened_by_a_place_word_is_a_place_whatever_the_person_label():
    doc = doc_with("Tal Quorvan was shelled overnight , residents said .", [("Tal Quorvan", "PERSON")])
    ms = recognize(doc, lookup)
    assert [m.text for m in ms] == ["Tal Quorvan"]
    assert any("place word" in r for r in ms[0].reasons)


def test_a_person_context_still_wins_over_the_place_word():
    doc = doc_with("Tal Quorvan said the convoy was late .", [("Tal Quorvan", "PERSON")])
    assert names(doc) == []


def test_a_small_dateline_town_in_capitals_is_the_filing_place():
    doc = doc_with("BRISKO , Ondria — Armed men kept the village under siege .", [("BRISKO", "ORG")])
    ms = recognize(doc, lookup)
    assert [m.text for m in ms][:1] == ["BRISKO"]
    assert ms[0].kind == "literal"


def test_a_sentence_article_is_no_part_of_a_peoples_adjective():
    doc = doc_with("An Ondrian drone struck a motorcycle .", [("Ondrian", "NORP")])
    ms = recognize(doc, lookup)
    assert [m.text for m in ms] == ["Ondrian"]
    assert ms[0].kind == "demonym"


def test_an_abbreviated_type_word_stays_outside_the_span():
    # the small model tags "Varnel LGA" as one PERSON: the district word makes it the name's, not a person's
    doc = doc_with("Troops repelled an attack in Varnel LGA at dawn .", [("Varnel LGA", "PERSON")])
    ms = recognize(doc, lookup)
    assert [m.text for m in ms] == ["Varnel"]
    assert ms[0].suffix == "district"


def test_the_port_of_a_town_named_like_a_person_is_a_place():
    doc = doc_with("Marines seized a shipment at the port of Pelo Quintar .", [("Pelo Quintar", "PERSON")])
    ms = recognize(doc, lookup)
    assert [m.text for m in ms] == ["Pelo Quintar"]
    assert ms[0].locative


@pytest.mark.parametrize("query, name, expected", [
    ("pelo quintar", "Ciudad Pelo Quintar", True),
    ("isabela", "City of Isabela", True),
    ("isabela city", "City of Isabela", True),
    ("pelo", "Ciudad Pelo Quintar", False),  # a part of the name is no everyday form of it
    ("pelo quintar", "Pelo Quintar", False),  # nothing was left out
    ("vesh", "Ras al-Vesh", False),
])
def test_the_everyday_name_without_city_words(query, name, expected):
    assert _short_form(query, name) is expected
