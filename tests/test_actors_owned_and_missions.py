"""A ruling body's acts and forces, an actor's possessive on its members, a nationality before a local force
acronym, a numbered unit of "the army", "the mission", and a lake named after a country (invented sentences, blank
pipeline, no model)."""

from __future__ import annotations

import pytest
import spacy

from footprint import nlp as nlp_mod
from footprint.actors import find_actors


@pytest.fixture(scope="module")
def nlp():
    pipe = spacy.blank("en")
    pipe.add_pipe("sentencizer")
    return pipe


def found(nlp, text, meta=None):
    doc = nlp(text)
    if meta:
        nlp_mod.prepare(doc, meta)
    return [(m.text, m.actor_id) for m in find_actors(doc)]


MM = {"places_focus": {"MM": 1.0}, "dct": "2024-03-01"}
SY = {"places_focus": {"SY": 1.0}, "dct": "2019-06-01"}


@pytest.mark.parametrize("text", ["Junta airstrikes flattened two villages, residents said.",
                                  "Monks said junta air strikes hit the monastery at night."])
def test_a_junta_before_its_acts_is_the_junta_acting(nlp, text):
    got = found(nlp, text, MM)
    assert any(t.lower() == "junta" and i == "government.mm" for t, i in got), got


def test_a_junta_before_other_nouns_is_no_actor_of_its_own(nlp):
    got = found(nlp, "Residents fled as junta propaganda filled the airwaves.", MM)
    assert not any(i == "government.mm" for _, i in got), got


@pytest.mark.parametrize(("text", "span"), [
    ("The regime's forces shelled the outskirts of the town at dawn.", "regime's forces"),
    ("Witnesses said the junta's troops burned the market.", "junta's troops"),
])
def test_a_ruling_bodys_forces_are_the_states_armed_forces(nlp, text, span):
    meta = SY if "regime" in text else MM
    cc = "sy" if "regime" in text else "mm"
    assert (span, f"armed_forces.{cc}") in found(nlp, text, meta)


def test_a_ruling_bodys_forces_are_the_reports_own_not_a_force_named_before(nlp):
    got = found(nlp, "Russian instructors arrived last week, and the junta's troops began to train with them.", MM)
    assert ("junta's troops", "armed_forces.mm") in got, got


def test_a_ruling_body_possessing_anything_else_stays_the_body(nlp):
    got = found(nlp, "The regime's decision angered the rebels.", SY)
    assert ("regime", "government.sy") in got, got


@pytest.mark.parametrize(("text", "span", "actor"), [
    ("The Arakan Army said on Monday that the group's fighters had taken the port.", "group's fighters", "arakan_army"),
    ("The Alliance of Sahel States met in Niamey, and the confederation's first soldiers will come from Mali.",
     "confederation's first soldiers", "aes"),
])
def test_a_descriptors_members_are_one_mention_of_its_actor(nlp, text, span, actor):
    assert (span, actor) in found(nlp, text), found(nlp, text)


def test_a_descriptors_possessive_before_a_thing_keeps_the_descriptor(nlp):
    got = found(nlp, "The Arakan Army said the group's statement was genuine.")
    assert ("group", "arakan_army") in got and not any("statement" in t for t, _ in got), got


@pytest.mark.parametrize(("text", "span", "actor"), [
    ("Nigerien FDS soldiers patrolled the islands after the raid.", "Nigerien FDS soldiers", "armed_forces.ne"),
    ("Burkinabe FDS repelled an attack on the convoy.", "Burkinabe FDS", "armed_forces.bf"),
    ("Chad's FDS said the road was open.", "Chad's FDS", "armed_forces.td"),
])
def test_a_nationality_before_a_local_force_acronym_names_its_country(nlp, text, span, actor):
    assert (span, actor) in found(nlp, text, {"places_focus": {"ML": 1.0}}), found(nlp, text)


def test_a_long_run_of_force_acronyms_is_one_force_not_a_deep_recursion(nlp):
    # hostile input: thousands of acronyms in a row once recursed once per acronym (RecursionError)
    got = found(nlp, "Nigerien " + "FDS " * 3000 + "soldiers patrolled.", {"places_focus": {"NE": 1.0}})
    assert [i for _, i in got] == ["armed_forces.ne"], got[:3]
    assert got[0][0].startswith("Nigerien FDS FDS") and got[0][0].endswith("FDS soldiers")


def test_a_lake_named_after_a_country_is_no_country(nlp):
    got = found(nlp, "Fishermen left the Lake Chad islands after the raid.")
    assert not any(i == "country.td" for _, i in got), got


def test_the_armys_numbered_unit_is_the_reports_army_not_the_police_before_it(nlp):
    got = found(nlp, "Nigeria's police and the army's 3rd Division blamed each other after the ambush.",
                {"places_focus": {"NG": 1.0}})
    assert ("army's 3rd Division", "armed_forces.ng") in got, got


def test_the_mission_is_the_mission_named_before_not_the_forces_between(nlp):
    got = found(nlp, "MINUSMA said a convoy was hit near the town. Malian soldiers escorted the mission back.",
                {"places_focus": {"ML": 1.0}, "dct": "2019-05-01"})
    assert ("mission", "minusma") in got, got


def test_the_mission_with_none_named_is_the_one_operation_where_the_report_is(nlp):
    got = found(nlp, "Kenyan police officers and Haitian soldiers cleared the road, the mission said.",
                {"places_focus": {"HT": 1.0}, "dct": "2024-11-01"})
    assert ("mission", "mss_haiti") in got, got
    assert ("Haitian soldiers", "armed_forces.ht") in got
