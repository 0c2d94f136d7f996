"""Words that belong to an armed actor's mention: a people's name before a group descriptor ("a Yazidi self-defence
group"), a hyphenated descriptor, and the name a "known as" gives an unknown group.
Invented sentences on blank docs (no model)."""

from __future__ import annotations

import pytest
import spacy

from footprint.actors import find_actors


@pytest.fixture(scope="module")
def nlp():
    return spacy.blank("en")


def spans(nlp, text):
    return [(m.text, m.actor_id, m.type) for m in find_actors(nlp(text))]


@pytest.mark.parametrize("text, mention", [
    ("A Yazidi self-defence group said drones killed two of its members.", "Yazidi self-defence group"),
    ("On Friday a Fulani militia raided three villages.", "Fulani militia"),
    ("Residents said a local self-defense group repelled the raid.", "local self-defense group"),
])
def test_a_people_before_a_group_descriptor_is_part_of_the_mention(nlp, text, mention):
    assert (mention, None, "armed_group") in spans(nlp, text)


@pytest.mark.parametrize("text", [
    "A Malian militia attacked the post.",           # a nationality is the matcher's, never an unknown people
    "Police Say A Local Militia Attacked The Post",  # a title-case headline names no people
])
def test_no_people_is_read_from_a_nationality_or_a_headline(nlp, text):
    assert not any(t.startswith(("Malian militia", "Local Militia")) for t, _, _ in spans(nlp, text))


@pytest.mark.parametrize("text, name", [
    ("Local militias known as Tamba Boys clashed with insurgents.", "Tamba Boys"),
    ("Gunmen loyal to a local chief, known as the Red Lions, attacked the village.", "Red Lions"),
    ("A vigilante group known as Sentinels patrolled the road.", "Sentinels"),
])
def test_a_name_given_by_known_as_is_the_groups(nlp, text, name):
    assert (name, None, "armed_group") in spans(nlp, text)


def test_known_as_a_registry_name_keeps_the_entry(nlp):
    assert ("Wagner Group", "wagner_group", "pmc") in spans(nlp, "Contractors known as the Wagner Group arrived.")


@pytest.mark.parametrize("text", [
    "The town known as Little Rome was quiet.",           # no armed group before
    "Gunmen attacked. The district known as Zone Four was calm.",  # the group is in another sentence
    "Gunmen stormed the market on Monday while the elders of the quarter, known as Red Hill, watched.",  # too far
])
def test_known_as_names_nothing_without_a_group_just_before(nlp, text):
    assert not any(typ == "armed_group" and name[:1].isupper() and name not in ("Gunmen",)
                   for name, _, typ in spans(nlp, text))


def test_known_as_at_the_end_of_the_text_is_harmless(nlp):
    assert spans(nlp, "Militiamen known as") == [("Militiamen", None, "armed_group")]
