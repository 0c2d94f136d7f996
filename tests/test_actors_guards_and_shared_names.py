"""A national guard as the state's forces, acronyms two actors share, ruling bodies' posts, classes of armed
groups and "<force>-backed" compounds, on hand-built docs (no model). Every sentence is invented."""

from __future__ import annotations

import pytest
import spacy

from footprint.actors import find_actors


@pytest.fixture(scope="module")
def nlp():
    pipe = spacy.blank("en")
    pipe.add_pipe("sentencizer")
    return pipe


def found(nlp, text, orgs=()):
    doc = nlp(text)
    if orgs:
        spans = []
        for name in orgs:
            start = text.index(name)
            spans.append(doc.char_span(start, start + len(name), label="ORG"))
        doc.ents = spans
    return [(m.text, m.actor_id) for m in find_actors(doc)]


def test_national_guard_troops_are_the_named_countrys_forces(nlp):
    text = "Mexican soldiers and National Guard troops cleared a roadblock outside the town."
    got = found(nlp, text, orgs=("National Guard",))
    assert ("National Guard troops", "armed_forces.mx") in got
    assert not any(t == "troops" for t, _ in got)  # the force noun is the guard's own, not a second mention


def test_a_state_national_guard_is_the_federal_forces(nlp):
    text = "The Pentagon sent the Ohio National Guard to guard the depot."
    got = found(nlp, text, orgs=("Ohio National Guard",))
    assert ("Ohio National Guard", "armed_forces.us") in got


def test_a_guard_with_no_country_in_the_text_gets_no_state_invented(nlp):
    got = found(nlp, "National Guard troops sealed the bridge overnight.", orgs=("National Guard",))
    assert all(i is None for _, i in got)


def test_sna_beside_somali_actors_is_the_somali_army(nlp):
    got = found(nlp, "Al-Shabaab fighters attacked SNA troops near the river, and the SNA said it held the bridge.")
    assert ("SNA troops", "armed_forces.so") in got and ("SNA", "armed_forces.so") in got


def test_sna_beside_syrian_actors_is_the_syrian_national_army(nlp):
    got = found(nlp, "The SDF said SNA factions had shelled two villages east of the dam.")
    assert ("SNA factions", "syrian_national_army") in got


def test_sna_with_nothing_to_tell_it_apart_is_no_registry_actor(nlp):
    got = found(nlp, "The SNA said it had repaired the road.")
    assert all(i not in ("armed_forces.so", "syrian_national_army") for _, i in got)


def test_a_ruling_bodys_outposts_name_the_ruling_body(nlp):
    got = found(nlp, "Resistance fighters overran three junta outposts in Myanmar's Sagaing region.")
    assert ("junta", "government.mm") in got


def test_ethnic_armed_organisations_are_a_class_of_groups(nlp):
    got = found(nlp, "Two ethnic armed organizations rejected the ceasefire offered by Myanmar's junta.")
    assert ("ethnic armed organizations", None) in got
    assert ("Myanmar's junta", "government.mm") in got


@pytest.mark.parametrize("text", [
    "Army-backed militiamen burned the market in central Mali.",
    "Villagers in Mali said army-backed militiamen burned the market.",
])
def test_a_force_word_in_a_backed_compound_is_no_army_mention(nlp, text):
    orgs = ("Army",) if text.startswith("Army") else ()
    got = found(nlp, text, orgs=orgs)
    assert not any(i == "armed_forces.ml" for _, i in got)
