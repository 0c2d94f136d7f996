"""Names in a settlement slot ("the villages of A and B", "the Grea quarter of X", "the town of X") that the small
model tags as persons; a small place's word inside a longer unknown name ("the Plaine Savo site"); and GeoNames
alternate spellings of towns in countries the text is not about ("Mambasa" is no spelling of Mombasa in a report
on Ituri).

Invented sentences and names, hand-built candidates and entity labels: no model, no gazetteer file."""

from __future__ import annotations

import pytest
import spacy

from footprint.model import ActorMention
from footprint.places.gazetteer import norm
from footprint.places.phrases import SLOT_LIST_ITEMS, locative
from footprint.places.recognize import Match, recognize, settlement_of
from footprint.places.resolve import resolve
from footprint.testing import candidate, doc_with, lookup_in

BLANK = spacy.blank("en")


TABLE = {
    "kelvora": (candidate("Kelvora"),),
    "tamsin": (candidate("Tamsin", population=2_500),),
    "kfar dorel": (candidate("Kfar Dorel", population=4_000),),
    "plavet": (candidate("Plavet", country="YY", population=1_500),),
    "sorrel": (candidate("Sorrel", population=1_200),),
    "brennick": (candidate("Brennick", population=150_000),),
}
KEYED = {norm(k): v for k, v in TABLE.items()}
lookup = lookup_in(KEYED)


def person_actor(doc, words):
    first = words.split()[0]
    i = next(t.i for t in doc if t.text == first)
    span = doc[i : i + len(words.split())]
    return ActorMention(start=span.start_char, end=span.end_char, text=span.text, actor_id=None,
                        name=span.text, type="person", via="ner")


# --- names in a settlement slot -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Fighters came into the Ostra quarter of Kelvora on foot .", "Kelvora"),
    ("The town of Kelvora was shelled overnight .", "Kelvora"),
    ("Raiders burned the locality of Kelvora .", "Kelvora"),
    ("Soldiers patrolled the villages of Tamsin and Kelvora .", "Kelvora"),
])
def test_a_person_tag_in_a_settlement_slot_is_a_place_that_needs_no_more_support(text, name):
    doc = doc_with(text, persons=[name])
    [m] = [m for m in recognize(doc, lookup) if m.text == name]
    assert not m.weak and m.suffix == "town" and m.kind == "literal"


def test_both_items_of_the_villages_of_a_and_b_are_places_even_when_the_first_is_joined_by_an_article():
    doc = doc_with("Jets struck targets in the villages of Hara al-Zeit and Kfar Dorel this afternoon .",
                   persons=["Hara al - Zeit", "Kfar Dorel"])
    actors = [person_actor(doc, "Kfar Dorel")]
    found = {m.text: m for m in recognize(doc, lookup, actors=actors)}
    assert "Kfar Dorel" in found and found["Kfar Dorel"].locative and found["Kfar Dorel"].suffix == "town"


def test_the_villages_of_a_and_b_gives_both_when_the_gazetteer_holds_both():
    doc = doc_with("Shells fell on the villages of Tamsin and Kelvora .", persons=["Tamsin", "Kelvora"])
    found = [(m.text, m.weak, m.suffix) for m in recognize(doc, lookup)]
    assert found == [("Tamsin", False, "town"), ("Kelvora", False, "town")]


@pytest.mark.parametrize("text, i, expected", [
    ("in the villages of Tamsin", 4, True),
    ("the Ostra quarter of Kelvora", 4, True),
    ("the villages of Tamsin and Kelvora", 5, True),
    ("the villages of Hara al - Zeit and Kelvora", 8, True),
    ("a quarter of Kelvora", 3, False),  # "a quarter of" is a share, not a part of town
    ("the people of Kelvora", 3, False),
    ("in Tamsin and Kelvora", 3, False),
    ("Kelvora", 0, False),
])
def test_settlement_slot(text, i, expected):
    assert settlement_of(BLANK.make_doc(text), i) is expected


def test_a_person_named_in_a_settlement_slot_with_a_title_stays_a_person():
    doc = doc_with("Crowds cheered in the town of Gen. Kelvora .", persons=["Gen. Kelvora"])
    assert [m.text for m in recognize(doc, lookup)] == []


def test_outside_a_slot_a_person_tag_still_says_person():
    doc = doc_with("Kelvora said the talks had failed .", persons=["Kelvora"])
    assert recognize(doc, lookup) == []


def test_a_person_tag_after_troops_sent_from_is_a_place_and_so_is_the_next_item():
    doc = doc_with("Troops were sent from Brennick and Tamsin on Friday .", persons=["Brennick", "Tamsin"])
    found = {m.text: m for m in recognize(doc, lookup)}
    assert set(found) == {"Brennick", "Tamsin"} and found["Brennick"].locative and found["Tamsin"].locative


@pytest.mark.parametrize("text, expected", [
    ("Police were flown from Sorrel", True),
    ("Aid was evacuated from Sorrel", True),
    ("A poem written from Sorrel", False),
    ("He heard from Sorrel", False),
])
def test_from_is_a_place_phrase_only_after_a_verb_of_moving_people_or_goods(text, expected):
    doc = BLANK.make_doc(text)
    assert locative(doc, len(doc) - 1) is expected


def _with_date(text, words):
    from spacy.tokens import Span

    doc = doc_with(text)
    i = next(t.i for t in doc if t.text == words.split()[0])
    doc.ents = [Span(doc, i, i + len(words.split()), label="DATE")]
    return doc


def test_a_town_a_distance_is_measured_from_is_no_weak_guess_even_when_tagged_date():
    doc = _with_date("Gunmen raided Vask , a village 60 km north of Sorrel , on Monday .", "Sorrel")
    [m] = [m for m in recognize(doc, lookup) if m.text == "Sorrel"]
    assert not m.weak and m.locative


def test_a_town_tagged_date_after_a_bare_preposition_stays_a_weak_guess():
    doc = _with_date("Gunmen raided a village near Sorrel , on Monday .", "Sorrel")
    [m] = [m for m in recognize(doc, lookup) if m.text == "Sorrel"]
    assert m.weak


# --- a small place's word inside a longer unknown name -----------------------------------------------------------

def test_two_small_places_words_side_by_side_are_one_longer_name_the_index_lacks():
    doc = doc_with("Families sheltered at the Plavet Sorrel site near Brennick .")
    assert [m.text for m in recognize(doc, lookup)] == ["Brennick"]


def test_a_small_place_before_a_larger_one_is_not_cut():
    doc = doc_with("Families fled from Sorrel Brennick .")
    assert [m.text for m in recognize(doc, lookup)] != []


def test_a_list_of_two_small_places_is_not_one_name():
    doc = doc_with("Raids hit Plavet , Sorrel and Brennick .")
    assert [m.text for m in recognize(doc, lookup)] == ["Plavet", "Sorrel", "Brennick"]


# --- alternate spellings of towns in other countries --------------------------------------------------------------

def _match(text, cands, pos):
    return Match(pos, pos + len(text), text, norm(text), cands, pos, pos + 1)


REGION = (candidate("Ombrel", country="XC", population=2_000_000, feature="A.ADM1", precision="region", lat=1.5, lon=30.0),)
TOWN = (candidate("Duvessa", country="XC", population=300_000, lat=1.6, lon=30.1),)
FOREIGN_ALT = (candidate("Mambora", country="KQ", population=1_200_000, kind="alt", source="geonames", lat=-4.0, lon=39.6),)


def test_an_alternate_spelling_of_a_town_abroad_does_not_place_a_name_in_a_report_on_another_country():
    ms = [_match("Ombrel", REGION, 0), _match("Duvessa", TOWN, 30), _match("Mambessa", FOREIGN_ALT, 60)]
    out, focus = resolve(ms)
    assert "XC" in focus
    [m] = [m for m in out if m.text == "Mambessa"]
    assert m.place is None and "alternate spelling" in m.reason


def test_an_alternate_spelling_in_the_texts_country_still_resolves():
    alt_home = (candidate("Mambora", country="XC", population=400_000, kind="alt", source="geonames", lat=1.7, lon=30.2),)
    ms = [_match("Ombrel", REGION, 0), _match("Duvessa", TOWN, 30), _match("Mambessa", alt_home, 60)]
    out, _ = resolve(ms)
    [m] = [m for m in out if m.text == "Mambessa"]
    assert m.place is not None and m.place.country == "XC"


def test_a_lone_name_keeps_its_alternate_spelling_when_the_text_has_no_focus():
    big = (candidate("Mambora", country="KQ", population=3_000_000, kind="alt", source="geonames", lat=-4.0, lon=39.6),)
    out, focus = resolve([_match("Mambessa", big, 0)])
    assert not focus or "KQ" in focus
    assert out[0].place is not None and out[0].place.country == "KQ"


def test_a_hostile_list_of_thousands_of_names_is_read_without_deep_recursion():
    # each item walks back to the slot that opened the list, a bounded number of items
    doc = doc_with("Shells fell on the villages of " + " , ".join(["Kelvora"] * 3000) + " .")
    starts = [t.i for t in doc if t.text == "Kelvora"]
    slots = [settlement_of(doc, i) for i in starts]
    assert slots[:SLOT_LIST_ITEMS] == [True] * SLOT_LIST_ITEMS and not any(slots[SLOT_LIST_ITEMS:])
    assert len(recognize(doc, lookup)) == 3000
