"""Numbered units, a country's possessive on a named group, member nouns before "of <group>", member nouns after a
name, and registry entries of further conflicts, on hand-built docs (no model). Every sentence is invented."""

from __future__ import annotations

import pytest
import spacy

from footprint.actors import find_actors, registry


@pytest.fixture(scope="module")
def nlp():
    pipe = spacy.blank("en")
    pipe.add_pipe("sentencizer")
    return pipe


def found(nlp, text):
    return [(m.text, m.actor_id) for m in find_actors(nlp(text))]


# --- numbered units -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "actor"),
    [
        ("Kenya's 12th Infantry Battalion reached the camp on Friday.", "Kenya's 12th Infantry Battalion",
         "armed_forces.ke"),
        ("Russia's 155th Naval Infantry Brigade lost a dozen vehicles near the village.",
         "Russia's 155th Naval Infantry Brigade", "armed_forces.ru"),
        ("The Ethiopian army said the army's 4th Mechanized Division had taken the ridge.",
         "army's 4th Mechanized Division", "armed_forces.et"),
    ],
)
def test_a_numbered_unit_is_its_owners_forces(nlp, text, span, actor):
    assert (span, actor) in found(nlp, text)


def test_a_numbered_unit_without_owner_is_the_reports_forces(nlp):
    got = found(nlp, "Nigerian troops shelled the ridge. The 7th Division said the road was open again.")
    assert ("7th Division", "armed_forces.ng") in got


def test_a_numbered_unit_with_its_own_entry_keeps_it(nlp):
    assert ("444th Brigade", "brigade_444") in found(nlp, "The 444th Brigade deployed to the coast road on Monday.")


def test_an_ordinal_before_other_words_is_no_unit(nlp):
    got = found(nlp, "The 3rd Street Bridge was closed after the storm, officials said.")
    assert all(actor is None or not actor.startswith("armed_forces") for _, actor in got)


# --- a country's possessive on a named group --------------------------------------------------------------------


def test_a_countrys_possessive_on_its_own_group_is_part_of_the_name(nlp):
    got = found(nlp, "Pakistan's TTP claimed the ambush, and Nigeria's ISWAP denied any role in the raid.")
    assert ("Pakistan's TTP", "ttp") in got
    assert ("Nigeria's ISWAP", "iswap") in got
    assert not any(actor and actor.startswith("country.") for _, actor in got)


def test_a_countrys_possessive_on_a_foreign_group_stays_the_country(nlp):
    got = found(nlp, "Russia's Hamas contacts were discussed at the meeting.")
    assert not any(text.startswith("Russia's Hamas") for text, _ in got)
    assert any(actor == "hamas" for _, actor in got)


# --- member nouns -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "actor"),
    [
        ("Dissidents of the Segunda Marquetalia attacked a patrol boat on the river.",
         "Dissidents of the Segunda Marquetalia", "segunda_marquetalia"),
        ("Two dissidents of Hurras al-Din were arrested at a checkpoint.", "dissidents of Hurras al-Din",
         "hurras_al_din"),
    ],
)
def test_a_member_noun_before_of_a_group_is_one_mention(nlp, text, span, actor):
    assert (span, actor) in found(nlp, text)


def test_a_commander_of_a_group_is_no_mention_of_the_whole_phrase(nlp):
    got = found(nlp, "A commander of the Segunda Marquetalia was killed in a bombing.")
    assert ("Segunda Marquetalia", "segunda_marquetalia") in got
    assert not any(text.startswith("commander") for text, _ in got)


def test_a_member_noun_before_of_a_place_is_no_mention(nlp):
    assert not any(t.startswith("dissidents of") for t, _ in found(nlp, "The dissidents of Caracas marched on Sunday."))


@pytest.mark.parametrize(
    ("text", "span", "actor"),
    [
        ("Los Choneros gangs fought for control of the prison wing.", "Los Choneros gangs", "los_choneros"),
        ("Danab special forces raided a hideout outside the town.", "Danab special forces", "armed_forces.so"),
    ],
)
def test_member_nouns_after_a_name(nlp, text, span, actor):
    assert (span, actor) in found(nlp, text)


def test_ministry_of_defence_in_a_capital_is_that_government(nlp):
    got = found(nlp, "The ministry of defence in Bamako confirmed the toll on Tuesday.")
    assert ("ministry of defence in Bamako", "government.ml") in got


# --- registry entries of further conflicts -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "actor"),
    [
        ("Sudan Shield Forces", "sudan_shield_forces"),
        ("al-Baraa bin Malik Brigade", "al_baraa_bin_malik_brigade"),
        ("Joint Force of Armed Struggle Movements", "darfur_joint_force"),
        ("Sultan Murad Division", "sultan_murad_division"),
        ("Hamza Division", "hamza_division"),
        ("Security Belt Forces", "security_belt_forces"),
        ("Los Zetas", "los_zetas"),
        ("Los Ardillos", "los_ardillos"),
        ("SAMIDRC", "samidrc"),
        ("EAC Regional Force", "eacrf"),
        ("Radwan Force", "radwan_force"),
        ("Shin Bet", "shin_bet"),
        ("FANB", "armed_forces.ve"),
    ],
)
def test_registry_knows_further_conflicts(name, actor):
    got = registry().lookup(name)
    assert got is not None and got.id == actor


def test_new_entries_sit_under_their_parents():
    reg = registry()
    assert "syrian_national_army" in reg.ancestors("hamza_division")
    assert "stc_yemen" in reg.ancestors("security_belt_forces")
    assert "hezbollah" in reg.ancestors("radwan_force")
    assert "sadc" in reg.ancestors("samidrc")
    assert "los_zetas" in reg.get("cartel_del_noreste").split_from


# --- an organisation's mission in a country, "the cartel" -------------------------------------------------------------


def test_an_organisations_mission_in_a_country_is_its_one_mission_there(nlp):
    assert ("SADC mission in eastern Congo", "samidrc") in found(
        nlp, "The SADC mission in eastern Congo began sending its troops home.")


def test_an_organisation_with_several_missions_in_a_country_stays_itself(nlp):
    got = found(nlp, "The AU mission in Somalia said two soldiers had died.")
    assert not any(actor in ("amisom", "atmis", "aussom") for _, actor in got)


def test_the_cartel_is_a_descriptor_and_cartel_gunmen_are_not_the_cartel(nlp):
    got = found(nlp, "The CJNG denied the attack. The cartel said it had no men in the town.")
    assert ("cartel", "cjng") in got
    got = found(nlp, "Soldiers killed four cartel gunmen near the border crossing.")
    assert not any(text == "cartel" for text, _ in got)


# --- members of a branch, the police a text has named ----------------------------------------------------------------


def test_members_of_a_branch_are_one_mention_of_the_branch(nlp):
    got = found(nlp, "FARC dissidents of the Estado Mayor Central burned two trucks on the highway.")
    assert ("FARC dissidents of the Estado Mayor Central", "emc") in got
    assert not any(actor == "farc_dissidents" for _, actor in got)


def test_members_of_an_unrelated_group_stay_two_mentions(nlp):
    got = found(nlp, "ELN fighters of the Gulf Clan era were not involved.")
    assert ("Gulf Clan", "clan_del_golfo") in got


def test_the_police_after_a_named_police_force_is_that_force(nlp):
    got = found(nlp, "Haitian National Police officers retook the street. The police said four gunmen died.")
    assert ("police", "haitian_national_police") in got


def test_the_police_with_no_police_force_named_stays_unknown(nlp):
    got = found(nlp, "Gunmen stormed the market. The police said four people died.")
    assert ("police", None) in got


# --- "FDS": a state's own forces by their French acronym ----------------------------------------------------------------


def test_fds_is_the_forces_of_the_country_the_report_is_about(nlp):
    got = found(nlp, "The FDS repelled an attack near Kaya, Burkina Faso's army said.")
    assert ("FDS", "armed_forces.bf") in got


def test_fds_only_in_capitals_and_not_inside_a_longer_name(nlp):
    assert not any(text.lower() == "fds" for text, _ in found(nlp, "The fds file was deleted in Burkina Faso."))
    assert ("FDS kurdes", "sdf") in found(nlp, "Les FDS kurdes ont repris la ville.")
