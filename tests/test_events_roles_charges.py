"""Doers told outside the trigger's own arguments: the agent of a joined passive verb, the one accused of the act,
who subjects someone to it, who a taking of ground forced out, and people named by their tie to a group.
Hand-built parses (no model); each sentence is invented; tokens are (word, lemma, pos, tag, head, dep), the root
points at itself."""

from __future__ import annotations

from footprint.events.roles import RELATION_NOUNS
from footprint.events import build_events
from footprint.events.arguments import dispersal
from footprint.events.sides import (blast_sites, charged_with, fired_on, forced_out, ordered_by, pitted, shared_agent,
                                   subjected_to)
from footprint.testing import token_doc as parsed


def test_two_passive_verbs_joined_share_the_agent_of_the_last():
    # Three herders were beaten and robbed by bandits .
    doc = parsed([
        ("Three", "three", "NUM", "CD", 1, "nummod"), ("herders", "herder", "NOUN", "NNS", 3, "nsubjpass"),
        ("were", "be", "AUX", "VBD", 3, "auxpass"), ("beaten", "beat", "VERB", "VBN", 3, "ROOT"),
        ("and", "and", "CCONJ", "CC", 3, "cc"), ("robbed", "rob", "VERB", "VBN", 3, "conj"),
        ("by", "by", "ADP", "IN", 5, "agent"), ("bandits", "bandit", "NOUN", "NNS", 6, "pobj"),
        (".", ".", "PUNCT", ".", 3, "punct"),
    ])
    assert [t.text for t in shared_agent(doc[3])] == ["bandits"]
    # the verb with the agent of its own needs no other
    assert shared_agent(doc[5]) == []


def test_a_joined_verb_with_a_subject_of_its_own_lends_no_agent():
    # Two guards were shot and the depot was torched by raiders .
    doc = parsed([
        ("Two", "two", "NUM", "CD", 1, "nummod"), ("guards", "guard", "NOUN", "NNS", 3, "nsubjpass"),
        ("were", "be", "AUX", "VBD", 3, "auxpass"), ("shot", "shoot", "VERB", "VBN", 3, "ROOT"),
        ("and", "and", "CCONJ", "CC", 3, "cc"), ("the", "the", "DET", "DT", 6, "det"),
        ("depot", "depot", "NOUN", "NN", 8, "nsubjpass"), ("was", "be", "AUX", "VBD", 8, "auxpass"),
        ("torched", "torch", "VERB", "VBN", 3, "conj"), ("by", "by", "ADP", "IN", 8, "agent"),
        ("raiders", "raider", "NOUN", "NNS", 9, "pobj"), (".", ".", "PUNCT", ".", 3, "punct"),
    ])
    assert shared_agent(doc[3]) == []


def _accused(verb: str, lemma: str):
    # Militiamen <verb> of looting fled .
    return parsed([
        ("Militiamen", "militiaman", "NOUN", "NNS", 4, "nsubj"), (verb, lemma, "VERB", "VBN", 0, "acl"),
        ("of", "of", "ADP", "IN", 1, "prep"), ("looting", "loot", "VERB", "VBG", 2, "pcomp"),
        ("fled", "flee", "VERB", "VBD", 4, "ROOT"), (".", ".", "PUNCT", ".", 4, "punct"),
    ])


def test_who_is_accused_of_the_act_did_it():
    doc = _accused("accused", "accuse")
    assert [t.text for t in charged_with(doc[3])] == ["Militiamen"]
    # "suspected of" too; a verb that lays no charge names no doer
    assert [t.text for t in charged_with(_accused("suspected", "suspect")[3])] == ["Militiamen"]
    assert charged_with(_accused("tired", "tire")[3]) == []


def test_the_accused_object_of_an_active_charge_did_it_and_a_denied_one_names_no_one():
    # Witnesses accuse the militia of burning huts .
    doc = parsed([
        ("Witnesses", "witness", "NOUN", "NNS", 1, "nsubj"), ("accuse", "accuse", "VERB", "VBP", 1, "ROOT"),
        ("the", "the", "DET", "DT", 3, "det"), ("militia", "militia", "NOUN", "NN", 1, "dobj"),
        ("of", "of", "ADP", "IN", 1, "prep"), ("burning", "burn", "VERB", "VBG", 4, "pcomp"),
        ("huts", "hut", "NOUN", "NNS", 5, "dobj"), (".", ".", "PUNCT", ".", 1, "punct"),
    ])
    assert [t.text for t in charged_with(doc[5])] == ["militia"]
    # Witnesses do not accuse the militia of burning huts .
    neg = parsed([
        ("Witnesses", "witness", "NOUN", "NNS", 3, "nsubj"), ("do", "do", "AUX", "VBP", 3, "aux"),
        ("not", "not", "PART", "RB", 3, "neg"), ("accuse", "accuse", "VERB", "VB", 3, "ROOT"),
        ("the", "the", "DET", "DT", 5, "det"), ("militia", "militia", "NOUN", "NN", 3, "dobj"),
        ("of", "of", "ADP", "IN", 3, "prep"), ("burning", "burn", "VERB", "VBG", 6, "pcomp"),
        ("huts", "hut", "NOUN", "NNS", 7, "dobj"), (".", ".", "PUNCT", ".", 3, "punct"),
    ])
    assert charged_with(neg[7]) == []


def _subjected(act_dep: str):
    # Rebels subjected the villages to heavy bombardment .
    act_head = 4 if act_dep == "pobj" else 1
    return parsed([
        ("Rebels", "rebel", "NOUN", "NNS", 1, "nsubj"), ("subjected", "subject", "VERB", "VBD", 1, "ROOT"),
        ("the", "the", "DET", "DT", 3, "det"), ("villages", "village", "NOUN", "NNS", 1, "dobj"),
        ("to", "to", "ADP", "IN", 1, "prep"), ("heavy", "heavy", "ADJ", "JJ", 6, "amod"),
        ("bombardment", "bombardment", "NOUN", "NN", act_head, act_dep), (".", ".", "PUNCT", ".", 1, "punct"),
    ])


def test_who_subjects_someone_to_an_act_does_it():
    for dep in ("pobj", "advcl"):
        doers, done_to = subjected_to(_subjected(dep)[6])
        assert [t.text for t in doers] == ["Rebels"] and [t.text for t in done_to] == ["villages"]
    # Rebels sent the villages to heavy bombardment .   (no other verb lends a doer)
    doc = _subjected("pobj")
    other = parsed([(t.text, "send" if t.i == 1 else t.lemma_, t.pos_, t.tag_, t.head.i, t.dep_) for t in doc])
    assert subjected_to(other[6]) == ([], [])


def test_who_a_taking_of_ground_forced_to_retreat_loses_it():
    # Rebels seized the town , forcing the garrison to withdraw .
    doc = parsed([
        ("Rebels", "rebel", "NOUN", "NNS", 1, "nsubj"), ("seized", "seize", "VERB", "VBD", 1, "ROOT"),
        ("the", "the", "DET", "DT", 3, "det"), ("town", "town", "NOUN", "NN", 1, "dobj"),
        (",", ",", "PUNCT", ",", 1, "punct"), ("forcing", "force", "VERB", "VBG", 1, "advcl"),
        ("the", "the", "DET", "DT", 7, "det"), ("garrison", "garrison", "NOUN", "NN", 9, "nsubj"),
        ("to", "to", "PART", "TO", 9, "aux"), ("withdraw", "withdraw", "VERB", "VB", 5, "ccomp"),
        (".", ".", "PUNCT", ".", 1, "punct"),
    ])
    assert [t.text for t in forced_out(doc[1])] == ["garrison"]
    # "..., forcing the garrison to fight": no one left the ground
    fight = parsed([(t.text, "fight" if t.i == 9 else t.lemma_, t.pos_, t.tag_, t.head.i, t.dep_) for t in doc])
    assert forced_out(fight[1]) == []


def test_people_named_by_their_tie_to_a_group_are_not_the_group():
    assert {"collaborator", "informant", "accomplice"} <= RELATION_NOUNS


def _volley(verb: str, lemma: str, on_head: int):
    # Police <verb> fire with live rounds on mourners .
    return parsed([
        ("Police", "police", "NOUN", "NNS", 1, "nsubj"), (verb, lemma, "VERB", "VBD", 1, "ROOT"),
        ("fire", "fire", "NOUN", "NN", 1, "dobj"), ("with", "with", "ADP", "IN", 1, "prep"),
        ("live", "live", "ADJ", "JJ", 5, "amod"), ("rounds", "round", "NOUN", "NNS", 3, "pobj"),
        ("on", "on", "ADP", "IN", on_head, "prep"), ("mourners", "mourner", "NOUN", "NNS", 6, "pobj"),
        (".", ".", "PUNCT", ".", 1, "punct"),
    ])


def test_whom_fire_was_opened_on_is_the_target_wherever_the_parser_hangs_on():
    for on_head in (1, 2, 5):  # on the verb, on "fire", on the rounds
        assert [t.text for t in fired_on(_volley("opened", "open", on_head)[1])] == ["mourners"]
    # "police ceased fire with ... on ...": no opening, no aim
    assert fired_on(_volley("ceased", "cease", 5)[1]) == []


def test_a_fight_that_pitted_two_sides_has_both_as_doers():
    # Heavy fighting pitted rebels against the army .
    doc = parsed([
        ("Heavy", "heavy", "ADJ", "JJ", 1, "amod"), ("fighting", "fighting", "NOUN", "NN", 2, "nsubj"),
        ("pitted", "pit", "VERB", "VBD", 2, "ROOT"), ("rebels", "rebel", "NOUN", "NNS", 2, "dobj"),
        ("against", "against", "ADP", "IN", 2, "prep"), ("the", "the", "DET", "DT", 6, "det"),
        ("army", "army", "NOUN", "NN", 4, "pobj"), (".", ".", "PUNCT", ".", 2, "punct"),
    ])
    assert [t.text for t in pitted(doc[1])] == ["rebels", "army"]
    assert pitted(doc[3]) == []


def test_a_bomber_who_blew_up_among_people_hit_them():
    # A bomber exploded among worshippers .
    doc = parsed([
        ("A", "a", "DET", "DT", 1, "det"), ("bomber", "bomber", "NOUN", "NN", 2, "nsubj"),
        ("exploded", "explode", "VERB", "VBD", 2, "ROOT"), ("among", "among", "ADP", "IN", 2, "prep"),
        ("worshippers", "worshipper", "NOUN", "NNS", 3, "pobj"), (".", ".", "PUNCT", ".", 2, "punct"),
    ])
    assert [t.text for t in blast_sites(doc[2])] == ["worshippers"]


def _charged(arm: str, lemma: str):
    # Marchers were charged with <arm> by police .
    return parsed([
        ("Marchers", "marcher", "NOUN", "NNS", 2, "nsubjpass"), ("were", "be", "AUX", "VBD", 2, "auxpass"),
        ("charged", "charge", "VERB", "VBN", 2, "ROOT"), ("with", "with", "ADP", "IN", 2, "prep"),
        (arm, lemma, "NOUN", "NNS", 3, "pobj"), ("by", "by", "ADP", "IN", 2, "agent"),
        ("police", "police", "NOUN", "NNS", 5, "pobj"), (".", ".", "PUNCT", ".", 2, "punct"),
    ])


def test_a_crowd_charged_with_batons_was_dispersed_but_not_one_charged_with_crimes():
    def people(t):
        return t.lower_ in ("marchers",)

    forces, crowd = dispersal(_charged("batons", "baton")[:], people)
    assert [t.text for t in forces] == ["police"] and [t.text for t in crowd] == ["Marchers"]
    assert dispersal(_charged("offences", "offence")[:], people) == ([], [])


def test_people_of_a_gathering_shot_at_are_its_targets():
    # Gunmen shot at a vigil of mourners , killing two women .
    doc = parsed([
        ("Gunmen", "gunman", "NOUN", "NNS", 1, "nsubj"), ("shot", "shoot", "VERB", "VBD", 1, "ROOT"),
        ("at", "at", "ADP", "IN", 1, "prep"), ("a", "a", "DET", "DT", 4, "det"),
        ("vigil", "vigil", "NOUN", "NN", 2, "pobj"), ("of", "of", "ADP", "IN", 4, "prep"),
        ("mourners", "mourner", "NOUN", "NNS", 5, "pobj"), (",", ",", "PUNCT", ",", 1, "punct"),
        ("killing", "kill", "VERB", "VBG", 1, "advcl"), ("two", "two", "NUM", "CD", 10, "nummod"),
        ("women", "woman", "NOUN", "NNS", 8, "dobj"), (".", ".", "PUNCT", ".", 1, "punct"),
    ])
    shot = [e for e in build_events(doc) if e.trigger == "shot"]
    assert shot and all(("mourners", "target") in {(a.text, a.role) for a in e.actors} for e in shot)


def test_who_ordered_an_act_told_with_no_doer_did_it():
    # By order of the mayor , a curfew was imposed .
    doc = parsed([
        ("By", "by", "ADP", "IN", 9, "prep"), ("order", "order", "NOUN", "NN", 0, "pobj"),
        ("of", "of", "ADP", "IN", 1, "prep"), ("the", "the", "DET", "DT", 4, "det"),
        ("mayor", "mayor", "NOUN", "NN", 2, "pobj"), (",", ",", "PUNCT", ",", 9, "punct"),
        ("a", "a", "DET", "DT", 7, "det"), ("curfew", "curfew", "NOUN", "NN", 9, "nsubjpass"),
        ("was", "be", "AUX", "VBD", 9, "auxpass"), ("imposed", "impose", "VERB", "VBN", 9, "ROOT"),
        (".", ".", "PUNCT", ".", 9, "punct"),
    ])
    assert [t.text for t in ordered_by(doc[9])] == ["mayor"]
    # "By dawn of the next day, ...": no order given
    dawn = parsed([(t.text, "dawn" if t.i == 1 else t.lemma_, t.pos_, t.tag_, t.head.i, t.dep_) for t in doc])
    assert ordered_by(dawn[9]) == []
