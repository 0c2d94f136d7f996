"""The level of a state a force serves ("federal troops", "state police"), "the rival group's fighters" and member nouns
after a group name ("SDF officers", "former ELN members"), on blank or hand-built docs (no model). Every sentence is
invented."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from footprint.actors import find_actors


@pytest.fixture(scope="module")
def nlp():
    pipe = spacy.blank("en")
    pipe.add_pipe("sentencizer")
    return pipe


def found(doc):
    return [(m.text, m.actor_id, m.type) for m in find_actors(doc)]


# --- levels ---------------------------------------------------------------------------------------------------------


def test_federal_troops_keep_federal_and_are_the_national_forces(nlp):
    got = found(nlp("Ethiopian officials said federal troops had left the town, and the federal troops took the road."))
    assert ("federal troops", "armed_forces.et", "state_force") in got
    assert sum(g[0] == "federal troops" for g in got) == 2


def test_federal_at_the_start_of_a_sentence(nlp):
    got = found(nlp("Mexican soldiers searched the hills. Federal troops arrived a day later."))
    assert ("Federal troops", "armed_forces.mx", "state_force") in got


@pytest.mark.parametrize("text,span", [
    ("State police found two bodies near the highway.", "State police"),
    ("Gunmen shot at federal police officers on the bridge.", "federal police officers"),
    ("The mayor said municipal police had fled the town.", "municipal police"),
])
def test_police_keep_their_level_and_stay_unknown(nlp, text, span):
    assert (span, None, "state_force") in found(nlp(text))


def test_a_level_word_inside_a_name_stays_out(nlp):
    got = found(nlp("Gunmen shot at Lagos State police near the market."))
    assert ("police", None, "state_force") in got
    assert not any("State" in g[0] for g in got if g[2] == "state_force")


def test_a_level_word_before_a_police_post_is_no_mention(nlp):
    assert not any(g[2] == "state_force" for g in found(nlp("Gunmen burned a state police station on Friday.")))


# --- the rival group ------------------------------------------------------------------------------------------------


def test_the_rival_group_is_the_other_group_named_before(nlp):
    got = found(nlp("Gulf Clan gunmen ambushed an ELN patrol, killing six of the rival group's fighters."))
    assert ("rival group's fighters", "eln", "armed_group") in got


def test_one_group_named_leaves_the_rival_unknown(nlp):
    got = found(nlp("The ELN said the rival group's fighters had fled across the river."))
    assert ("rival group's fighters", None, "armed_group") in got


def test_the_rival_of_a_pronoun_subject_is_not_the_group_it_stands_for(nlp):
    # "ARSA attacked the Arakan Army and the AA said it killed the rival group's fighters ." with its parse: the
    # AA acts (through "it"), so its rival is ARSA, though the Arakan Army is the group named last
    words = ["ARSA", "attacked", "the", "Arakan", "Army", "and", "the", "AA", "said", "it", "killed", "the", "rival",
             "group", "'s", "fighters", "."]
    heads = [1, 1, 4, 4, 1, 1, 7, 8, 1, 10, 8, 13, 13, 15, 13, 10, 1]
    deps = ["nsubj", "ROOT", "det", "compound", "dobj", "cc", "det", "nsubj", "conj", "nsubj", "ccomp", "det",
            "amod", "poss", "case", "dobj", "punct"]
    pos = ["PROPN", "VERB", "DET", "PROPN", "PROPN", "CCONJ", "DET", "PROPN", "VERB", "PRON", "VERB", "DET", "ADJ",
           "NOUN", "PART", "NOUN", "PUNCT"]
    spaces = [i + 1 < len(words) and words[i + 1] not in ("'s", ".") for i in range(len(words))]
    doc = Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos)
    assert ("rival group's fighters", "arsa", "armed_group") in found(doc)


def test_the_rival_with_no_member_noun_stays_a_rival_descriptor(nlp):
    got = found(nlp("The ELN and the EMC clashed again, and a rival group burned a bus."))
    assert not any(g[1] in ("eln", "emc") and "rival" in g[0] for g in got)


# --- members and former members -------------------------------------------------------------------------------------


@pytest.mark.parametrize("text,span,actor", [
    ("SDF officers detained two men at the checkpoint.", "SDF officers", "sdf"),
    ("VDP auxiliaries guarded the convoy to the market.", "VDP auxiliaries", "vdp"),
    ("Former ELN members joined the Gulf Clan last year.", "Former ELN members", "eln"),
    ("Some former ELN cadres surrendered in Cúcuta.", "former ELN cadres", "eln"),
])
def test_member_nouns_and_former_stay_in_the_group_mention(nlp, text, span, actor):
    assert (span, actor) in [(g[0], g[1]) for g in found(nlp(text))]
