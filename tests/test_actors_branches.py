"""A body named with what it belongs to is one actor ("the UN's humanitarian office (OCHA)", "Islamic State's
Mozambique Province"), "<country> Province" beside an armed group is no country acting, and the case-free or
plural forms "MoD" and "ChVK" are read as such (no model: a blank tokenizer and the real registry)."""

from __future__ import annotations

import pytest
import spacy

from footprint.actors import find_actors, registry


@pytest.fixture(scope="module")
def nlp():
    return spacy.blank("en")


def mentions(nlp, text):
    return [(m.text, m.actor_id, m.type) for m in find_actors(nlp(text), registry())]


def ids(nlp, text):
    return [i for _, i, _ in mentions(nlp, text)]


def test_parent_possessive_before_its_own_body_in_parentheses_is_one_actor(nlp):
    got = ids(nlp, "The UN's humanitarian office (OCHA) said 4,000 people had fled.")
    assert got == ["ocha"]
    got = ids(nlp, "The UN's aid coordination office, OCHA, said roads were cut.")
    assert got == ["ocha"]


def test_parent_stays_where_a_clause_stands_between(nlp):
    got = ids(nlp, "The UN's envoy said on Monday that OCHA would send trucks.")
    assert "united_nations" in got and "ocha" in got


def test_country_province_of_an_armed_group_is_its_branch_not_the_country(nlp):
    for text in ("The raid was claimed by the Islamic State's Mozambique Province on Tuesday.",
                 "A statement from the Mozambique Province of the Islamic State claimed the raid.",
                 "Fighters of IS-Mozambique raided a camp."):
        got = mentions(nlp, text)
        assert [i for _, i, _ in got] == ["ansar_al_sunna_mz"], (text, got)
        assert not any(t == "country" for _, _, t in got)


def test_branch_falls_back_to_the_group_where_the_registry_has_no_child_of_that_country(nlp):
    got = mentions(nlp, "Islamic State's Chad Province claimed the attack.")
    assert [i for _, i, _ in got] == ["islamic_state"]
    assert not any(t == "country" for _, _, t in got)


def test_a_country_before_province_with_no_group_beside_it_is_left_as_it_was(nlp):
    got = ids(nlp, "Officials from Panama Province met the minister.")
    assert "islamic_state" not in got


def test_mod_only_in_its_written_form(nlp):
    got = mentions(nlp, "Russia's MoD said air defences downed 20 drones.")
    assert [(i, t) for _, i, t in got] == [("government.ru", "government")]
    assert not any("mod" in x.lower() for x, _, _ in mentions(nlp, "He installed a Russian mod for the game."))
    assert not any(t == "government" for _, _, t in mentions(nlp, "A mod of the forum said the thread was closed."))


def test_chvk_is_a_private_military_company(nlp):
    got = mentions(nlp, "A ChVK unit was deployed to the base.")
    assert any(t == "pmc" for _, _, t in got)
    assert ids(nlp, "Fighters of ChVK Wagner were seen near Menaka.") == ["wagner_group"]


def test_plural_pdfs(nlp):
    assert ids(nlp, "PDFs ambushed a convoy in Sagaing.") == ["pdf_myanmar"]


@pytest.mark.parametrize("text", ["", "'s", "( )", "Province", "The UN's (", "Mozambique Province of the",
                                  "\x00\x01 MoD's 's Province", "UN's " * 200])
def test_odd_input_does_not_break_the_rules(nlp, text):
    mentions(nlp, text)  # no exception, whatever comes back


def test_pyu_saw_htee_in_its_run_together_spelling(nlp):
    assert ids(nlp, "Pyusawhtee groups attacked villagers in Magway.") == ["pyu_saw_htee"]
