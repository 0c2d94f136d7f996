"""A junta's people, an arm of the army, nationalities on machines, member-state forces, unknown "X of the Y"
names, descriptors in apposition and "Guardia Nacional", on hand-built docs (no model). Every sentence is invented."""

from __future__ import annotations

import pytest
import spacy

from footprint.actors import find_actors


@pytest.fixture(scope="module")
def nlp():
    pipe = spacy.blank("en")
    pipe.add_pipe("sentencizer")
    return pipe


def found(nlp, text):
    return [(m.text, m.actor_id) for m in find_actors(nlp(text))]


def typed(nlp, text):
    return [(m.text, m.actor_id, m.type) for m in find_actors(nlp(text))]


# --- a junta's people ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Myanmar's rebels said junta troops had abandoned the bridge at dawn.", "junta troops"),
        ("Junta soldiers burned the market, Myanmar's exiled ministers said.", "Junta soldiers"),
    ],
)
def test_a_juntas_people_are_the_armed_forces_over_the_phrase(nlp, text, span):
    assert (span, "armed_forces.mm") in found(nlp, text)


def test_a_juntas_posts_and_acts_keep_the_word_only(nlp):
    got = typed(nlp, "Myanmar's rebels overran two junta outposts, and junta airstrikes followed.")
    assert ("junta", "government.mm", "government") in got
    assert not any(text.startswith("junta ") for text, _, _ in got)


def test_government_forces_are_one_mention_of_the_states_own_forces(nlp):
    # with the eighth set "government troops/forces" span the phrase, as "junta troops" do (A/B in docs/actors.md)
    got = found(nlp, "Mali's rebels ambushed government forces near the river.")
    assert ("government forces", "armed_forces.ml") in got
    assert ("forces", "armed_forces.ml") not in got


# --- an arm of the army ---------------------------------------------------------------------------------------------


def test_the_armys_air_force_is_one_mention_of_the_forces(nlp):
    got = found(nlp, "Chad's army said the army's air force had struck a rebel column.")
    assert ("army's air force", "armed_forces.td") in got


# --- nationalities on machines ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "actor"),
    [
        ("Russian jets bombed the outskirts of the town overnight.", "Russian jets", "armed_forces.ru"),
        ("Malian drones hit a wedding party near the well.", "Malian drones", "armed_forces.ml"),
        ("Chadian warplanes circled the camp for an hour.", "Chadian warplanes", "armed_forces.td"),
        ("Russian and Syrian jets struck the ridge before dawn.", "Syrian jets", "armed_forces.sy"),
    ],
)
def test_a_nationality_on_aircraft_is_marked_as_equipment(nlp, text, span, actor):
    # the events keep the strike's actor; the annotation rules count no actor mention (via="equipment")
    got = [(m.text, m.actor_id, m.via) for m in find_actors(nlp(text))]
    assert (span, actor, "equipment") in got
    assert all(via == "equipment" for _, _, via in got)


def test_a_nationality_on_people_stays_a_mention(nlp):
    got = [(m.text, m.via) for m in find_actors(nlp("Russian soldiers and Russian jets reached the base."))]
    assert ("Russian soldiers", "demonym") in got and ("Russian jets", "equipment") in got


def test_a_country_name_coordinated_with_a_nationality_on_a_thing_is_no_actor(nlp):
    assert found(nlp, "Witnesses said US and British warships fired on the radar site.") == []


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Witnesses said US and British troops landed at the port.", ("British troops", "armed_forces.gb")),
        ("Talks between the US and Iran stalled again.", ("US", "country.us")),
    ],
)
def test_a_country_name_before_people_or_another_country_stays(nlp, text, mention):
    assert mention in found(nlp, text)


def test_a_forces_own_word_on_aircraft_and_people_still_count(nlp):
    got = found(nlp, "Kenyan soldiers searched the road while Kenya's air force jets circled overhead.")
    assert ("Kenyan soldiers", "armed_forces.ke") in got
    assert any(actor == "armed_forces.ke" and "air force" in text for text, actor in got)


# --- member-state forces ------------------------------------------------------------------------------------------------


def test_forces_of_a_member_state_the_registry_lacks_are_kept_as_found(nlp):
    got = typed(nlp, "Galguduud residents said Hirshabelle state forces had reached the well on Monday.")
    assert ("Hirshabelle state forces", None, "state_force") in got


def test_forces_of_a_member_state_with_an_entry_take_it(nlp):
    assert ("Puntland state forces", "puntland_forces") in found(nlp, "Elders said Puntland state forces left the port.")


@pytest.mark.parametrize(
    "text",
    [
        "Officials said Nigeria state forces were ready.",  # a country before "state" is no region
        "Officials said the state forces were ready.",  # no name before "state"
    ],
)
def test_state_forces_without_a_region_name_are_not_a_region(nlp, text):
    assert not any("state forces" in t and actor is None and typ == "state_force" and t[0].isupper()
                   for t, actor, typ in typed(nlp, text))


# --- an unknown group in "fighters of the X" ----------------------------------------------------------------------


def test_fighters_of_an_unknown_named_group_are_one_mention(nlp):
    got = typed(nlp, "Witnesses said fighters of the Kaleb River Brotherhood had taken the ferry.")
    assert ("fighters of the Kaleb River Brotherhood", None, "armed_group") in got


def test_fighters_of_a_known_group_keep_its_entry(nlp):
    got = found(nlp, "Witnesses said fighters of the Arakan Army had taken the ferry.")
    assert ("fighters of the Arakan Army", "arakan_army") in got


def test_fighters_of_a_country_are_not_an_unknown_group(nlp):
    got = typed(nlp, "Witnesses said fighters of the Sudan had taken the ferry.")
    assert not any(actor is None and "Sudan" in text and typ == "armed_group" for text, actor, typ in got)


# --- descriptors in apposition -------------------------------------------------------------------------------------------


def test_an_indefinite_descriptor_in_apposition_is_the_name_before_it(nlp):
    got = found(nlp, "The KIA, an ethnic armed group based in the north, rejected the truce.")
    assert ("ethnic armed group", "kia") in got


def test_an_indefinite_descriptor_on_its_own_is_unknown(nlp):
    got = found(nlp, "The KIA rejected the truce. Villagers said an ethnic armed group had blocked the road.")
    assert ("ethnic armed group", None) in got


def test_an_apposition_of_the_wrong_type_is_not_taken(nlp):
    got = found(nlp, "Reuters, a news agency, said an ethnic armed group had blocked the road.")
    assert ("ethnic armed group", "reuters") not in got


# --- a Spanish name of a force ------------------------------------------------------------------------------------


def test_guardia_nacional_is_mexicos_forces(nlp):
    assert ("Guardia Nacional", "armed_forces.mx") in [
        (t, a) for t, a in found(nlp, "The Guardia Nacional sealed off the highway near the toll booth.")]
