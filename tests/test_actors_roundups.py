"""Roundups in the actors stage: "the army" of an item about one country is that country's army, not the army of
the country the report names most, and no antecedent is taken back across an item break
(``footprint/places/items.py``). A single-incident report keeps its focus country. Hand-built places on a blank
pipeline with a sentencizer; invented incidents, real country codes (the registry's national entries)."""

from __future__ import annotations

import pytest
import spacy

from footprint import nlp as nlp_mod
from footprint.actors import find_actors
from footprint.model import Place, PlaceMention


@pytest.fixture(scope="module")
def sents():
    pipe = spacy.blank("en")
    pipe.add_pipe("sentencizer")
    return pipe


def _town(text: str, name: str, country: str, nth: int = 0) -> PlaceMention:
    at = -1
    for _ in range(nth + 1):
        at = text.index(name, at + 1)
    return PlaceMention(at, at + len(name), name, Place(name, 9.0, 9.0, country, "town", admin1="01"), kind="literal")


def _find(sents, text: str, places: list[PlaceMention], focus: dict[str, float]):
    doc = sents(text)
    nlp_mod.prepare(doc, {"places_focus": focus, "places_home": max(focus, key=focus.get)})
    doc._.fp_places = places
    return [(m.text, m.actor_id, m.start) for m in find_actors(doc)]


ROUNDUP = ("Gunmen attacked a market in Abeko on Monday. The army said it killed two of them.\n\n"
           "A patrol hit a mine near Kantoa on Tuesday. The army said three soldiers died.\n\n"
           "Fighting went on in Abeko and Mirou all week. The army sent reinforcements to Mirou.")


def _roundup_places() -> list[PlaceMention]:
    t = ROUNDUP
    return [_town(t, "Abeko", "TD"), _town(t, "Kantoa", "TG"), _town(t, "Abeko", "TD", nth=1),
            _town(t, "Mirou", "TD"), _town(t, "Mirou", "TD", nth=1)]


def test_the_army_of_a_roundup_item_is_its_own_countrys(sents):
    got = _find(sents, ROUNDUP, _roundup_places(), {"TD": 0.8, "TG": 0.2})
    armies = [(actor, start) for text, actor, start in got if text == "army"]
    second = ROUNDUP.index("\n\n")
    third = ROUNDUP.index("\n\n", second + 2)
    assert [a for a, s in armies if second < s < third] == ["armed_forces.tg"]
    assert all(a == "armed_forces.td" for a, s in armies if not second < s < third)


def test_a_single_incident_report_keeps_its_focus_country(sents):
    t = ("Gunmen attacked a market in Abeko on Monday.\n\nThe attackers fled into the bush.\n\n"
         "The army said it killed two of them.")
    got = _find(sents, t, [_town(t, "Abeko", "TD")], {"TD": 1.0})
    assert ("army", "armed_forces.td") in [(a, b) for a, b, _ in got]


def test_troops_point_back_only_within_their_item(sents):
    # "the troops" may take the force named in the sentence before, but not one told in the item before
    t = ("Soldiers of the Chadian army clashed with rebels in Abeko.\n\n"
         "In Kantoa, the troops fired on a crowd.")
    got = _find(sents, t, [_town(t, "Abeko", "TD"), _town(t, "Kantoa", "TG")], {"TD": 0.7, "TG": 0.3})
    troops = [b for a, b, _ in got if a == "troops"]
    assert troops and troops[0] != "armed_forces.td"
