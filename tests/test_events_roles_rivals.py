"""Roles when a force acts with a militia, and a pronoun told after a subordinate clause, on hand-built parses
(no model). Each sentence is invented; tokens are (word, lemma, pos, tag, head, dep), the root points at itself."""

from __future__ import annotations

from footprint.events import build_events
from footprint.events.arguments import accompanied
from footprint.events.roles import antecedent
from footprint.events.vocabulary import lexicon
from footprint.testing import actor_mention as mention, token_doc as parsed
from tests.test_events_roles import roles_of


def _soldiers_with_auxiliaries():
    # Soldiers accompanied by VDP auxiliaries killed 12 herders .  (the small parser hangs "killed" on "auxiliaries")
    doc = parsed([
        ("Soldiers", "soldier", "NOUN", "NNS", 0, "ROOT"), ("accompanied", "accompany", "VERB", "VBN", 0, "acl"),
        ("by", "by", "ADP", "IN", 1, "agent"), ("VDP", "VDP", "PROPN", "NNP", 4, "compound"),
        ("auxiliaries", "auxiliary", "NOUN", "NNS", 2, "pobj"), ("killed", "kill", "VERB", "VBN", 4, "acl"),
        ("12", "12", "NUM", "CD", 7, "nummod"), ("herders", "herder", "NOUN", "NNS", 5, "dobj"),
        (".", ".", "PUNCT", ".", 0, "punct"),
    ])
    doc._.fp_actors = [mention(doc, 0, 0, "Burkinabe Armed Forces", "armed_forces.bf", "state_force"),
                       mention(doc, 3, 3, "Volunteers for the Defence of the Homeland", "vdp", "armed_group")]
    return doc


def test_the_companions_verb_is_the_noun_they_accompany():
    doc = _soldiers_with_auxiliaries()
    assert accompanied(doc[4]).i == 0
    assert accompanied(doc[0]) is None


def test_soldiers_accompanied_by_a_militia_act_and_the_militia_takes_part():
    # the type (violence against civilians or a clash) is the typing rules'; the roles are read here
    got = {(a.text, a.role) for e in build_events(_soldiers_with_auxiliaries()) for a in e.actors}
    assert ("Soldiers", "actor") in got and ("VDP", "associated") in got
    assert ("VDP", "actor") not in got


def _ambushed_as_they_withdrew(pron: str = "they"):
    # As the troops withdrew , they were ambushed by rebels .
    return parsed([
        ("As", "as", "SCONJ", "IN", 3, "mark"), ("the", "the", "DET", "DT", 2, "det"),
        ("troops", "troop", "NOUN", "NNS", 3, "nsubj"), ("withdrew", "withdraw", "VERB", "VBD", 7, "advcl"),
        (",", ",", "PUNCT", ",", 7, "punct"), (pron, pron, "PRON", "PRP", 7, "nsubjpass"),
        ("were", "be", "AUX", "VBD", 7, "auxpass"), ("ambushed", "ambush", "VERB", "VBN", 7, "ROOT"),
        ("by", "by", "ADP", "IN", 7, "agent"), ("rebels", "rebel", "NOUN", "NNS", 8, "pobj"),
        (".", ".", "PUNCT", ".", 7, "punct"),
    ])


def test_a_main_clause_pronoun_stands_for_the_subject_of_the_clause_set_before_it():
    doc = _ambushed_as_they_withdrew()
    assert antecedent(doc[5], lexicon()).i == 2


def test_a_singular_pronoun_does_not_stand_for_plural_troops():
    doc = _ambushed_as_they_withdrew("he")
    assert antecedent(doc[5], lexicon()) is None


def test_the_troops_are_the_target_of_the_ambush_told_by_the_pronoun():
    doc = _ambushed_as_they_withdrew()
    doc._.fp_actors = [mention(doc, 2, 2, "Burmese Armed Forces", "armed_forces.mm", "state_force")]
    got = roles_of(doc, "ambush")
    assert ("troops", "target") in got and ("rebels", "actor") in got
