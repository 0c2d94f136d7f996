"""Unknown names with their member noun, and French hyphened place names the tagger takes for organisations, on
hand-built docs (no model). Every sentence is invented."""

from __future__ import annotations

import pytest

from footprint.actors import matcher
from footprint.actors.matcher import french_place_shape
from tests.test_actors import mentions

# ``nlp`` is the blank pipeline with sentence boundaries of conftest.py


def found(nlp, text, ents=()):
    return [(m.text, m.actor_id, m.type) for m in mentions(nlp, text, ents)]


# --- an unknown name with its member noun ------------------------------------------------------------------------


@pytest.mark.parametrize("text, name", [
    ("Zentari fighters burned a school before dawn.", "Zentari fighters"),
    ("The Zentari militia claimed the raid on the mine.", "Zentari militia"),
    ("Zentari gunmen raided the market at noon.", "Zentari gunmen"),
])
def test_an_unknown_name_takes_its_member_noun_as_one_mention(nlp, monkeypatch, text, name):
    monkeypatch.setattr(matcher, "known_place", lambda name: False)
    got = found(nlp, text, [("ORG", "Zentari")])
    assert got == [(name, None, "armed_group")]


# --- French hyphened place names ---------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["Petite-Rivière de l'Artibonite", "Saint-Louis-du-Nord", "Anse-à-Galets",
                                  "Port-au-Prince", "Pont-Sondé", "Sainte-Marie du Mont", "Grand-Bassam",
                                  "Petite-Rivière-de-l’Artibonite"])
def test_french_hyphened_place_names_have_the_shape(name):
    assert french_place_shape(name)


@pytest.mark.parametrize("name", ["Jamaat-ul-Ahrar", "Al-Shabaab", "SSC-Khaatumo", "Mouvement du 23-Mars",
                                  "Hay'at Tahrir al-Sham", "Tehreek-e-Taliban", "Jean-Pierre", "Front de libération",
                                  "", "--", "-de-", "Mai-Mai"])
def test_other_names_do_not(name):
    assert not french_place_shape(name)


def test_a_french_hyphened_place_name_the_tagger_took_for_an_organisation_is_no_actor(nlp, monkeypatch):
    monkeypatch.setattr(matcher, "known_place", lambda name: False)  # spelt as the gazetteer does not hold it
    text = "Petite-Rivière de l'Artibonite was emptied after gangs attacked it."
    got = found(nlp, text, [("ORG", "Petite-Rivière de l'Artibonite")])
    assert not [m for m in got if "Rivière" in m[0]]
    assert ("gangs", None, "armed_group") in got
    # a group word keeps such a name an actor
    text = "The Saint-Marc Brigade ambushed a patrol."
    assert any(m[0] == "Saint-Marc Brigade" for m in found(nlp, text, [("ORG", "Saint-Marc Brigade")]))


# --- a state's ministries, its government's forces, its navy -------------------------------------------------------


@pytest.mark.parametrize("text, mention, actor_id", [
    ("Chad's interior ministry said the attackers had crossed from Libya.", "Chad's interior ministry", "government.td"),
    ("Kenya's home minister visited the wounded in Lamu.", "Kenya's home minister", "government.ke"),
])
def test_interior_and_home_ministries_are_the_government(nlp, text, mention, actor_id):
    assert (mention, actor_id, "government") in found(nlp, text)


@pytest.mark.parametrize("text, mention, actor_id", [
    ("Malian government forces retook two villages from the rebels.", "Malian government forces", "armed_forces.ml"),
    ("Nigerian government troops cleared the road to Damboa.", "Nigerian government troops", "armed_forces.ng"),
])
def test_a_governments_forces_are_the_armed_forces(nlp, text, mention, actor_id):
    assert (mention, actor_id, "state_force") in found(nlp, text)
    # the government on its own stays the government
    assert ("Malian government", "government.ml", "government") in found(nlp, "The Malian government denied it.")


def test_the_navy_is_the_reports_countrys_forces(nlp):
    got = found(nlp, "Gunmen attacked a ferry near Bonny Island in Nigeria, and the navy said it had rescued the crew.")
    assert ("navy", "armed_forces.ng", "state_force") in got


def test_a_plural_demonym_before_a_border_or_place_is_no_people(nlp):
    for text in ("Smugglers were caught close to the Sudanese border on Friday.",
                 "Fishermen were seized off the Senegalese coast, the navy said."):
        assert not [m for m in found(nlp, text) if m[1] and m[1].startswith("country.")]
    # the people on their own stay the state
    assert ("Sudanese", "country.sd", "country") in found(nlp, "The Sudanese said the talks had failed.")
