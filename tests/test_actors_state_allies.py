"""A bare force noun after a compound that says it sides with the state ("government-aligned troops", "pro-junta
soldiers") is an ally's force, not the state's own armed forces, even when the report's country is known. Blank
docs (no model); every sentence is invented."""

from __future__ import annotations

import pytest
import spacy

from footprint.actors import find_actors


@pytest.fixture(scope="module")
def nlp():
    pipe = spacy.blank("en")
    pipe.add_pipe("sentencizer")
    return pipe


def ids(doc):
    return [(m.text, m.actor_id) for m in find_actors(doc)]


@pytest.mark.parametrize("text", [
    "Somali officials said government-aligned troops fought militants near the port.",
    "Somali officials said government-backed soldiers fought militants near the port.",
    "Somali officials said regime-allied troops held the bridge.",
    "Somali officials said pro-government troops fought militants near the port.",
    "Somali officials said the pro-junta troops left the market at dawn.",
])
def test_a_force_siding_with_the_state_is_not_its_armed_forces(nlp, text):
    got = ids(nlp(text))
    assert ("Somali officials", "government.so") in got  # the country is known ...
    assert not any(i == "armed_forces.so" for _, i in got)  # ... and still not these forces'


@pytest.mark.parametrize("text", [
    "Somali officials said troops fought militants near the port.",
    "Somali officials said US-trained troops fought militants near the port.",
    "Somali officials said the Mogadishu-based soldiers left the market at dawn.",
])
def test_other_compounds_keep_the_states_own_forces(nlp, text):
    got = ids(nlp(text))
    assert any(t.endswith(("troops", "soldiers")) and i == "armed_forces.so" for t, i in got)
