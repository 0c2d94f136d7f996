"""Town names the small parser misreads: tagged as a date beside a weekday, taken as an organisation after a
verb of taking, joined by a hyphen into a route name, or set inside an armed group's name.

Invented sentences and names, hand-built candidates and entity labels: no model, no gazetteer file."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Span

from footprint.model import ActorMention
from footprint.places.gazetteer import Candidate, norm
from footprint.places.recognize import recognize

BLANK = spacy.blank("en")


def cand(name, feature="P.PPL", population=20_000, precision="town"):
    return Candidate(
        id=hash(name) % 10_000, name=name, lat=10.0, lon=20.0, country="XX", admin1="01", feature=feature,
        precision=precision, population=population, geonameid=None, facility_id=None, radius_km=None, source="test",
    )


# invented names, so that nothing depends on a real gazetteer
TABLE = {
    "tarvosk": (cand("Tarvosk"),),
    "belmira": (cand("Belmira", population=60_000),),
    "ondrel": (cand("Ondrel", population=9_000),),
    "gilvan-oster": (cand("Gilvan-Oster", "A.ADM1", 900_000, "region"),),
    "gilvan": (cand("Gilvan", population=4_000),),
    "oster": (cand("Oster", population=4_000),),
    "quarro": (cand("Quarro", "A.ADM1", 2_000_000, "region"),),
    "may": (cand("May", population=2_000),),
    "vastmoor": (cand("Vastmoor", population=250_000),),
}


KEYED = {norm(k): v for k, v in TABLE.items()}


def lookup(names):
    return {n: KEYED[n] for n in names if n in KEYED}


def doc_with(text: str, ents=(), pos=None):
    doc = BLANK.make_doc(text)
    if pos:
        for t in doc:
            t.pos_ = pos.get(t.text, "NOUN" if t.text.islower() else "PROPN")
    spans = []
    for words, label in ents:
        first = words.split()[0]
        i = next(t.i for t in doc if t.text == first)
        spans.append(Span(doc, i, i + len(words.split()), label=label))
    doc.ents = spans
    return doc


def found(doc, actors=()):
    return [(m.text, m.kind) for m in recognize(doc, lookup, actors=actors)]


# --- a town the parser tags as a date ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, tagged", [
    ("A bomb hit a truck outside Tarvosk on Tuesday .", "Tarvosk"),
    ("Gunmen attacked a checkpoint near Tarvosk on Monday night .", "Tarvosk"),
])
def test_a_town_after_a_locative_preposition_tagged_date_stays_a_weak_place(text, tagged):
    doc = doc_with(text, ents=[(tagged, "DATE")])
    [m] = recognize(doc, lookup)
    assert m.text == tagged and m.weak and any("DATE" in r for r in m.reasons)


def test_a_town_after_a_verb_of_taking_tagged_date_stays_a_place():
    doc = doc_with("Rebels captured Belmira on Monday .", ents=[("Belmira", "DATE")], pos={"captured": "VERB"})
    assert found(doc) == [("Belmira", "literal")]


def test_a_date_span_away_from_a_place_phrase_is_still_no_place():
    # no preposition or verb of taking: the parser's date label stands
    doc = doc_with("Tarvosk passed quietly .", ents=[("Tarvosk", "DATE")])
    assert found(doc) == []


def test_a_name_that_is_itself_a_date_word_stays_a_date():
    # a hamlet called "May" somewhere: "in May" is the month
    doc = doc_with("Fighting resumed in May .", ents=[("May", "DATE")])
    assert found(doc) == []


def test_a_town_inside_a_longer_date_span_stays_a_place():
    # the parser's span runs on into the weekday; the name itself holds no date word
    doc = doc_with("Fighting resumed in Tarvosk Monday .", ents=[("Tarvosk Monday", "DATE")])
    assert found(doc) == [("Tarvosk", "literal")]


def test_a_town_after_a_verb_of_taking_tagged_org_and_kept_by_the_actors_stage_is_a_place():
    doc = doc_with("Rebels captured Belmira on Monday .", ents=[("Belmira", "ORG")], pos={"captured": "VERB"})
    i = doc.text.index("Belmira")
    unknown = ActorMention(start=i, end=i + len("Belmira"), text="Belmira", actor_id=None, name="Belmira")
    assert found(doc, actors=[unknown]) == [("Belmira", "literal")]


def test_a_name_after_a_noun_of_the_same_spelling_is_not_taken_for_a_verb():
    # "captured" tagged as an adjective ("the captured Belmira"): no verb of taking, the actor keeps it
    doc = doc_with("the captured Belmira said nothing .", ents=[("Belmira", "ORG")], pos={"captured": "ADJ"})
    i = doc.text.index("Belmira")
    unknown = ActorMention(start=i, end=i + len("Belmira"), text="Belmira", actor_id=None, name="Belmira")
    assert found(doc, actors=[unknown]) == []


# --- two towns joined by a hyphen before a route word --------------------------------------------------------------

@pytest.mark.parametrize("route", ["road", "highway", "axis"])
def test_a_hyphenated_pair_before_a_route_word_is_two_towns(route):
    doc = doc_with(f"Troops repelled an ambush on the Tarvosk-Ondrel {route} on Friday .")
    assert [t for t, _ in found(doc)] == ["Tarvosk", "Ondrel"]


def test_a_hyphenated_name_without_a_route_word_stays_one_name():
    doc = doc_with("Fighting spread across Gilvan-Oster in March .")
    assert [t for t, _ in found(doc)] == ["Gilvan-Oster"]


def test_a_hyphenated_region_before_a_route_word_still_yields_its_parts():
    # the longest match wins: the whole name when the gazetteer holds it
    doc = doc_with("Trucks waited on the Gilvan-Oster road .")
    assert [t for t, _ in found(doc)] == ["Gilvan-Oster"]


# --- a region inside an armed group's name ------------------------------------------------------------------------

def test_a_region_inside_a_registry_group_name_stays_embedded_when_ner_tags_the_region_alone():
    text = "Fighters of the Islamic State Quarro Province killed 14 civilians in Tarvosk ."
    doc = doc_with(text, ents=[("Quarro Province", "GPE")])
    start = text.index("Islamic")
    end = text.index(" killed")
    group = ActorMention(start=start, end=end, text=text[start:end], actor_id="is_quarro", name="Islamic State Quarro Province",
                         type="armed_group")
    kinds = dict(found(doc, actors=[group]))
    assert kinds["Quarro Province"] == "embedded"
    assert kinds["Tarvosk"] == "literal"


def test_a_region_name_tagged_by_ner_without_an_actor_around_it_is_literal():
    doc = doc_with("Fighting spread across Quarro Province .", ents=[("Quarro Province", "GPE")])
    assert found(doc) == [("Quarro Province", "literal")]


def test_a_hyphenated_pair_the_sentence_does_not_place_anything_on_stays_unsplit():
    # "blocked the X-Y highway at Z": the route is what was blocked, the place is Z
    doc = doc_with("Youths blocked the Tarvosk-Ondrel highway at Belmira .")
    assert [t for t, _ in found(doc)] == ["Belmira"]


# --- "took X" ------------------------------------------------------------------------------------------------------

def test_a_town_after_took_tagged_person_is_a_place():
    doc = doc_with("The rebels took Ondrel in January .", ents=[("Ondrel", "PERSON")], pos={"took": "VERB"})
    assert found(doc) == [("Ondrel", "literal")]


def test_took_x_hostage_is_no_place():
    doc = doc_with("The rebels took Ondrel hostage in January .", ents=[("Ondrel", "PERSON")], pos={"took": "VERB"})
    assert found(doc) == []


# --- a small place's name cut from a longer unknown name ---------------------------------------------------------------

def test_a_small_place_followed_by_an_unknown_capitalized_word_is_part_of_a_longer_name():
    assert found(doc_with("Fighters attacked the Ondrel Savanto camp at night .")) == []


@pytest.mark.parametrize("text, name", [
    ("Fighters attacked the Ondrel Road checkpoint .", "Ondrel"),  # a place-type word
    ("Fighters attacked Ondrel Tuesday night .", "Ondrel"),  # a date word
    ("Fighters attacked Vastmoor Savanto camp .", "Vastmoor"),  # a large town
])
def test_a_place_before_a_place_word_a_date_or_when_large_stays(text, name):
    assert [t for t, _ in found(doc_with(text))] == [name]


# --- a describing adjective between the preposition and the name -------------------------------------------------

@pytest.mark.parametrize("text", [
    "Two factions clashed for hours in rural Tarvosk .",
    "Rebels shelled an outpost in neighbouring Tarvosk .",
    "Gunmen raided farms in the remote Tarvosk .",
])
def test_a_name_tagged_person_after_a_preposition_and_an_adjective_stays_a_weak_place(text):
    doc = doc_with(text, ents=[("Tarvosk", "PERSON")])
    [m] = recognize(doc, lookup)
    assert m.text == "Tarvosk" and m.weak and m.locative and "after a locative preposition" in m.reasons


@pytest.mark.parametrize("text", [
    "Officials met rural Tarvosk .",      # no preposition before the adjective
    "The talks in rural areas with Tarvosk ended .",  # the adjective describes another noun
])
def test_an_adjective_without_a_preposition_before_it_makes_no_place_phrase(text):
    doc = doc_with(text, ents=[("Tarvosk", "PERSON")])
    assert found(doc) == []
