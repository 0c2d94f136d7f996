"""Units several armies name alike, "government troops", "the <word>-led force" and "the coalition" after the one
coalition an item names. Blank docs (no model); every sentence is invented."""

from __future__ import annotations

import pytest

from tests.test_actors_state_allies import ids  # (text, actor id) of each mention; ``nlp`` is conftest's blank one


# --- a unit name several armies use ------------------------------------------------------------


@pytest.mark.parametrize("text, cc", [
    ("In Burkina Faso's Centre-Nord region, the Rapid Intervention Battalion retook a town from jihadists.", "bf"),
    ("The Rapid Intervention Battalion raided a camp near Bamenda in Cameroon's Northwest region.", "cm"),
    ("Burkinabe officials said the BIR had left Dori.", "bf"),
])
def test_a_shared_unit_name_is_the_army_of_the_country_the_text_is_about(nlp, text, cc):
    got = ids(nlp(text))
    unit = [i for t, i in got if "Intervention" in t or t == "BIR"]
    assert unit == [f"armed_forces.{cc}"]


def test_a_shared_unit_name_never_pins_cameroon_in_a_text_about_elsewhere(nlp):
    got = ids(nlp("In northern Mali, soldiers of the Rapid Intervention Battalion patrolled near Gao."))
    assert got == [("soldiers of the Rapid Intervention Battalion", "armed_forces.ml")]


def test_members_of_a_shared_unit_and_an_owned_one_are_one_mention(nlp):
    got = ids(nlp("VDP auxiliaries and soldiers of a Rapid Intervention Battalion held Djibo, the Burkinabe army said."))
    assert ("soldiers of a Rapid Intervention Battalion", "armed_forces.bf") in got
    got = ids(nlp("Separatists burned a school in Cameroon's Southwest region, and the army's Rapid Intervention "
                  "Battalion killed two of them."))
    assert ("army's Rapid Intervention Battalion", "armed_forces.cm") in got


def test_a_country_named_with_the_unit_still_decides(nlp):
    got = ids(nlp("Fighters attacked Dori, and Cameroon's Rapid Intervention Battalion was not involved."))
    assert ("Cameroon's Rapid Intervention Battalion", "armed_forces.cm") in got


def test_a_numbered_unit_with_no_country_is_still_the_report_countrys(nlp):
    got = ids(nlp("Gunmen overran a barracks in Kenya's Mandera county, and the 9th Infantry Brigade pushed them back."))
    assert ("9th Infantry Brigade", "armed_forces.ke") in got


# --- "government troops" ---------------------------------------------------------------------


def test_government_troops_are_one_mention_of_the_states_own_forces(nlp):
    got = ids(nlp("Ugandan troops arrived in Juba, and government troops shelled Nasir."))
    assert ("government troops", "armed_forces.ss") in got
    assert ("Ugandan troops", "armed_forces.ug") in got
    assert not any(t == "troops" for t, _ in got)


@pytest.mark.parametrize("text", [
    "Somali officials said pro-government troops fought militants near the port.",
    "Somali officials said government-backed soldiers fought militants near the port.",
])
def test_forces_siding_with_the_government_are_still_not_its_own(nlp, text):
    assert not any(i == "armed_forces.so" for _, i in ids(nlp(text)))


# --- "the Kurdish-led force" -----------------------------------------------------------------


def test_a_led_force_is_the_force_named_before_it(nlp):
    got = ids(nlp("The Syrian Democratic Forces said they held an Islamic State cell near Raqqa. The Kurdish-led force "
                  "said the men were handed over."))
    assert ("Kurdish-led force", "sdf") in got
    got = ids(nlp("Fighting between the SDF and Turkish-backed factions killed nine, and the Kurdish-led force "
                  "accused Ankara of sending drones."))
    assert ("Kurdish-led force", "sdf") in got


def test_a_led_force_with_no_such_antecedent_stays_an_unknown_descriptor(nlp):
    assert ids(nlp("The Kurdish-led force said it lost two men near Hasakah.")) == [("Kurdish-led force", None)]
    # an antecedent whose name ends in another noun is not taken
    got = ids(nlp("Islamic State fighters attacked a prison. The Arab-led force said it held the gate."))
    assert ("Arab-led force", None) in got


def test_a_country_led_force_is_still_the_peace_operation(nlp):
    got = ids(nlp("The Haitian police and the Kenyan-led force retook the town."))
    assert ("Kenyan-led force", "sdf") not in got
    assert any(t == "Kenyan-led force" for t, _ in got)


# --- "the coalition" -------------------------------------------------------------------------


@pytest.mark.parametrize("text, want", [
    ("Rebels shelled a town, the Saudi-led coalition said. The coalition added that it struck their depot.",
     ("coalition", "saudi_led_coalition")),
    ("Guards repelled an attack by the Coalition of Patriots for Change, and the coalition said it lost six men.",
     ("coalition", "cpc_car")),
    ("The Viv Ansanm coalition burned homes, and police said the coalition's gunmen had fled.",
     ("coalition's gunmen", "viv_ansanm")),
])
def test_the_coalition_after_the_one_coalition_named(nlp, text, want):
    assert want in ids(nlp(text))


@pytest.mark.parametrize("text", [
    "The Saudi-led coalition and the CPC coalition met. The coalition said nothing.",  # two coalitions before
    "Rebels attacked the port. The coalition said it had struck them.",  # none named
    "The Saudi-led coalition struck the port, and a coalition of parties said the ruling coalition would fall.",
    "The Saudi-led coalition struck the port. The coalition forces withdrew.",
])
def test_the_coalition_is_left_alone_when_it_is_not_one_named_coalition(nlp, text):
    got = ids(nlp(text))
    assert not any(t.lower() in ("coalition", "coalition forces") for t, _ in got)


def test_a_shared_unit_in_a_text_naming_no_country_takes_the_holder_its_actors_belong_to(nlp):
    got = ids(nlp("Separatist fighters took a chief, and the Rapid Intervention Battalion said it freed him. "
                  "Ambazonian separatists denied it."))
    assert ("Rapid Intervention Battalion", "armed_forces.cm") in got
    # nothing to tell: the most populous holder, as the registry held it before it was shared
    assert ids(nlp("The Rapid Intervention Battalion said it killed two.")) == [
        ("Rapid Intervention Battalion", "armed_forces.cm")]


# --- a country named with its article after a place preposition ------------------------------


@pytest.mark.parametrize("text", [
    "Guards at a gold mine in the Central African Republic repelled an attack.",
    "Rebels in the Central African Republic attacked a mine.",
])
def test_a_country_with_its_article_after_a_place_preposition_is_a_place(nlp, text):
    assert not any("Central African" in t for t, _ in ids(nlp(text)))


@pytest.mark.parametrize("text, want", [
    ("The Central African Republic said rebels had attacked.", ("Central African Republic", "government.cf")),
    ("Sanctions on the Central African Republic were lifted.", ("Central African Republic", "country.cf")),
    ("Central African troops patrolled the town.", ("Central African troops", "armed_forces.cf")),
])
def test_the_same_country_elsewhere_is_still_an_actor(nlp, want, text):
    assert want in ids(nlp(text))
