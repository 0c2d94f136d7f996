"""Descriptors when rival armed groups are in reach ("the rebels", "the jihadists", "other guerrillas"), on
hand-built docs (no model). Every sentence is invented."""

from __future__ import annotations

import pytest
import spacy

from footprint.actors import find_actors


@pytest.fixture(scope="module")
def nlp():
    pipe = spacy.blank("en")
    pipe.add_pipe("sentencizer")
    return pipe


def ids(nlp, text):
    return [(m.text, m.actor_id, m.name) for m in find_actors(nlp(text))]


def test_guerrillas_is_a_descriptor_of_the_one_group_in_reach(nlp):
    got = ids(nlp, "The ELN denied the report. The guerrillas said they had left the area.")
    assert ("guerrillas", "eln", "National Liberation Army (Colombia)") in got


def test_two_rebel_groups_in_reach_leave_the_rebels_unresolved(nlp):
    got = ids(nlp, "The ELN and the EMC fought near the border. The rebels burned a bus.")
    rebels = [g for g in got if g[0] == "rebels"]
    assert rebels and rebels[0][1] is None


def test_a_group_called_paramilitary_is_not_the_rebels(nlp):
    text = ("Fighters of the SPLM-N and the paramilitary Rapid Support Forces clashed on Monday. "
            "The rebels said they had held their positions.")
    got = ids(nlp, text)
    assert ("rebels", "splm_n", "Sudan People's Liberation Movement-North") in got


def test_the_paramilitaries_are_the_group_called_so(nlp):
    text = "Fighters of the SPLM-N and the paramilitary Rapid Support Forces clashed. The paramilitaries withdrew."
    assert ("paramilitaries", "rsf", "Rapid Support Forces") in ids(nlp, text)


def test_a_pro_government_militia_is_not_the_jihadists(nlp):
    # the VDP sit under Burkina Faso's forces in the registry
    got = ids(nlp, "JNIM overran a VDP post. A driver was abducted by the jihadists two days later.")
    assert ("jihadists", "jnim", "Jama'at Nusrat al-Islam wal-Muslimin") in got


def test_a_group_the_text_calls_pro_government_is_not_the_insurgents(nlp):
    text = "The pro-government Kata Militia and JNIM fought near the town. The insurgents then withdrew."
    doc = nlp(text)
    start = text.index("Kata Militia")
    doc.ents = [doc.char_span(start, start + len("Kata Militia"), label="ORG")]
    got = [(m.text, m.actor_id) for m in find_actors(doc)]
    assert ("insurgents", "jnim") in got


@pytest.mark.parametrize("words", ["other", "rival", "some", "several"])
def test_a_qualified_descriptor_is_no_coreference(nlp, words):
    got = ids(nlp, f"JNIM claimed the attack. The {words} militants fled north.")
    militants = [g for g in got if g[0].endswith("militants")]
    assert militants and all(g[1] is None for g in militants)


def test_other_guerrillas_at_the_start_of_a_sentence_stay_unknown(nlp):
    got = ids(nlp, "The ELN fired on a patrol. Other guerrillas burned a truck the same day.")
    guerrillas = [g for g in got if "guerrillas" in g[0]]
    assert guerrillas and all(g[1] is None for g in guerrillas)


def test_with_no_group_named_the_attackers_are_the_unnamed_armed_men_before(nlp):
    got = ids(nlp, "Gunmen stormed a market. The attackers fled on motorbikes.")
    attackers = [g for g in got if g[0] == "attackers"]
    assert attackers and attackers[0][1] is None and attackers[0][2] == "Gunmen"
