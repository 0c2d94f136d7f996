"""Lowercase "al-" names, ministries of any field, and the forces a ministry holds. Hand-built docs on invented
sentences, no model."""

from __future__ import annotations

import pytest
import spacy

from footprint import nlp as nlp_mod
from footprint.actors import find_actors


@pytest.fixture(scope="module")
def sents():
    pipe = spacy.blank("en")
    pipe.add_pipe("sentencizer")
    return pipe


def _found(sents, text: str):
    doc = sents(text)
    nlp_mod.prepare(doc, {"dct": "2024-06-01"})
    doc._.fp_places = []
    return [(m.text, m.actor_id) for m in find_actors(doc)]


def test_lowercase_al_name_keeps_its_article(sents):
    found = _found(sents, "A roadside bomb planted by al-shabaab hit a lorry outside the town.")
    assert ("al-shabaab", "al_shabaab") in found
    assert not any(text == "shabaab" for text, _ in found)


def test_lowercase_al_name_before_a_member_noun(sents):
    found = _found(sents, "Herders said al-qaeda fighters took their goats at dawn.")
    assert any(text.startswith("al-qaeda") and actor == "al_qaeda" for text, actor in found)


def test_al_apart_from_the_word_is_no_article(sents):
    # "al" with spaces around the hyphen is no joined name: the lowercase article is not read into it
    found = _found(sents, "The vote went al - shabaab or not, the clerk joked.")
    assert not any(text.startswith("al") for text, _ in found)


def test_ministry_of_a_field_keeps_its_country_and_field(sents):
    found = _found(sents, "Chad's ministry of territorial administration delayed the census in two provinces.")
    assert ("Chad's ministry of territorial administration", "government.td") in found


def test_field_before_ministry_keeps_its_country(sents):
    found = _found(sents, "Jordan's health ministry said four people were hurt by the blast.")
    assert ("Jordan's health ministry", "government.jo") in found
    assert not any(text == "Jordan" for text, _ in found)


def test_ministry_of_defence_keeps_its_of_phrase(sents):
    found = _found(sents, "Ghana's ministry of defence denied the report on Friday.")
    assert ("Ghana's ministry of defence", "government.gh") in found


def test_forces_of_a_ministry_are_the_armed_forces(sents):
    found = _found(sents, "Chad's interior ministry's special forces detained nine men near the lake.")
    assert ("Chad's interior ministry's special forces", "armed_forces.td") in found


def test_forces_of_an_unnamed_ministry_take_the_report_country(sents):
    found = _found(sents, "Chad's army said the interior ministry's forces detained nine men.")
    assert ("interior ministry's forces", "armed_forces.td") in found
    assert not any(text == "interior ministry" for text, _ in found)


def test_garrison_named_by_its_town_is_the_armed_forces(sents):
    found = _found(sents, "Chad's army said the Faya garrison had driven off the raiders.")
    assert ("Faya garrison", "armed_forces.td") in found


def test_a_garrison_town_is_no_force(sents):
    found = _found(sents, "Chad's army said Faya is a garrison town with two wells.")
    assert not any("garrison" in text for text, _ in found)


def test_unnamed_local_defence_groups_and_ex_combatants_are_unknown_groups(sents):
    found = _found(sents, "Village defence groups and ex-combatants guarded the ferry on Sunday.")
    assert ("Village defence groups", None) in found
    assert ("ex-combatants", None) in found


def test_self_defence_groups_plural(sents):
    found = _found(sents, "Farmers said self-defence groups in the hills had lost two men.")
    assert ("self-defence groups", None) in found


def test_state_television_is_a_source_not_the_state(sents):
    found = _found(sents, "Ten men were held near the lake, Chad's state television reported.")
    assert ("Chad's state television", None) in found
    assert not any(actor == "government.td" for _, actor in found)
