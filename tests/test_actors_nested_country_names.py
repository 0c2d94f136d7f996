"""Country names that contain another country's name ("South Sudan" holds "Sudan", "Equatorial Guinea" holds
"Guinea", "Democratic Republic of the Congo" holds "Republic of the Congo"): the longest name owns its words, on
blank docs (no model)."""

from __future__ import annotations

import pytest
import spacy

from footprint.actors import find_actors, match_actors, registry


@pytest.fixture(scope="module")
def nlp():
    return spacy.blank("en")


def ids(nlp, text):
    return [(m.text, m.actor_id) for m in find_actors(nlp(text))]


@pytest.mark.parametrize("place, army", [
    ("South Sudan", "armed_forces.ss"),
    ("Sudan", "armed_forces.sd"),
    ("Equatorial Guinea", "armed_forces.gq"),
    ("Papua New Guinea", "armed_forces.pg"),
    ("Guinea", "armed_forces.gn"),
    ("Guinea-Bissau", "armed_forces.gw"),
    ("the Republic of the Congo", "armed_forces.cg"),
    ("the Democratic Republic of the Congo", "armed_forces.cd"),
    ("DR Congo", "armed_forces.cd"),
    ("South Korea", "armed_forces.kr"),
    ("North Korea", "armed_forces.kp"),
    ("East Timor", "armed_forces.tl"),
    ("the Dominican Republic", "armed_forces.do"),
])
def test_a_place_named_by_a_longer_country_name_sets_the_army_of_that_country(nlp, place, army):
    text = f"Clashes broke out in {place} on Monday. The army said it repelled the attack."
    assert ids(nlp, text) == [("army", army)]


@pytest.mark.parametrize("place, inner", [
    ("Equatorial Guinea", "GN"), ("Papua New Guinea", "GN"), ("American Samoa", "WS"), ("South Sudan", "SD"),
    ("the Democratic Republic of the Congo", "CG"),
])
def test_the_shorter_name_inside_a_place_is_neither_an_actor_nor_a_place(nlp, place, inner):
    matches = match_actors(nlp(f"Fighting spread across {place} in March, officials said."), registry())
    assert not any(f.actor is not None and f.actor.type == "country" for f in matches.found)
    assert inner not in {cc for _, cc in matches.place_hits}
    assert len(matches.place_hits) == 1


@pytest.mark.parametrize("text, expected", [
    ("South Sudan's army shelled the town.", [("South Sudan's army", "armed_forces.ss")]),
    ("South Sudanese troops crossed the border.", [("South Sudanese troops", "armed_forces.ss")]),
    ("Sudan's army shelled the town.", [("Sudan's army", "armed_forces.sd")]),
    ("Sudanese troops crossed the border.", [("Sudanese troops", "armed_forces.sd")]),
    ("Equatorial Guinea's army deployed.", [("Equatorial Guinea's army", "armed_forces.gq")]),
    ("Nigerien soldiers and Nigerian troops met.", [("Nigerien soldiers", "armed_forces.ne"),
                                                     ("Nigerian troops", "armed_forces.ng")]),
])
def test_national_phrases_take_the_longest_country_name(nlp, text, expected):
    assert ids(nlp, text) == expected


@pytest.mark.parametrize("place, army", [
    ("the Republic of the Congo", "armed_forces.cg"),
    ("Congo-Brazzaville", "armed_forces.cg"),
    ("the Democratic Republic of the Congo", "armed_forces.cd"),
])
def test_an_army_alias_whose_demonym_names_two_states_follows_the_context(nlp, place, army):
    text = f"Clashes broke out in {place}. The Congolese army said it repelled the attack."
    assert ids(nlp, text) == [("Congolese army", army)]


def test_an_army_alias_with_no_context_keeps_its_own_state(nlp):
    assert ids(nlp, "The Congolese army said it repelled the attack.") == [("Congolese army", "armed_forces.cd")]
