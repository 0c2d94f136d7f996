"""Unit tests for two events told by two joined verbs placed by names of their own ("attacked a post in A and
raided a village in B"), and for vigilantes that are only hit (no mob). Invented sentences with hand-built parses
(no model is loaded)."""

from __future__ import annotations

from footprint.events import build_events
from footprint.events.assemble import Stages
from footprint.testing import token_doc

STAGES = Stages(event_location=lambda *a: None, event_date=lambda *a: (None, False), is_meta=lambda doc, sent: False)


def joined(first_place: str) -> list:
    """"Gunmen attacked a post in <first_place> and raided a village in Gajiram.\""""
    return [
        ("Gunmen", "gunman", "NOUN", "NNS", 1, "nsubj"), ("attacked", "attack", "VERB", "VBD", 1, "ROOT"),
        ("a", "a", "DET", "DT", 3, "det"), ("post", "post", "NOUN", "NN", 1, "dobj"),
        ("in", "in", "ADP", "IN", 3, "prep"), (first_place, first_place, "PROPN", "NNP", 4, "pobj"),
        ("and", "and", "CCONJ", "CC", 1, "cc"), ("raided", "raid", "VERB", "VBD", 1, "conj"),
        ("a", "a", "DET", "DT", 9, "det"), ("village", "village", "NOUN", "NN", 7, "dobj"),
        ("in", "in", "ADP", "IN", 9, "prep"), ("Gajiram", "Gajiram", "PROPN", "NNP", 10, "pobj"),
        (".", ".", "PUNCT", ".", 1, "punct"),
    ]


# "Bandits attacked a vigilante post in Rann."
VIGILANTE_POST = [
    ("Bandits", "bandit", "NOUN", "NNS", 1, "nsubj"), ("attacked", "attack", "VERB", "VBD", 1, "ROOT"),
    ("a", "a", "DET", "DT", 4, "det"), ("vigilante", "vigilante", "ADJ", "JJ", 4, "amod"),
    ("post", "post", "NOUN", "NN", 1, "dobj"), ("in", "in", "ADP", "IN", 4, "prep"),
    ("Rann", "Rann", "PROPN", "NNP", 5, "pobj"), (".", ".", "PUNCT", ".", 1, "punct"),
]


def types(tokens: list) -> list[str]:
    return [e.type for e in build_events(token_doc(tokens), STAGES)]


def test_two_joined_verbs_placed_by_names_of_their_own_are_two_events():
    got = types(joined("Rann"))
    assert len(got) == 2, got


def test_two_joined_verbs_placed_at_one_name_stay_one_event():
    assert len(types(joined("Gajiram"))) == 1


def test_vigilantes_that_are_only_hit_make_no_mob():
    got = types(VIGILANTE_POST)
    assert got and "mob_violence" not in got, got


def through_nouns(second_place: str) -> list:
    """"Gunmen attacked a post in the village of Kaiga and raided a market at the edge of <second_place>.\""""
    return [
        ("Gunmen", "gunman", "NOUN", "NNS", 1, "nsubj"), ("attacked", "attack", "VERB", "VBD", 1, "ROOT"),
        ("a", "a", "DET", "DT", 3, "det"), ("post", "post", "NOUN", "NN", 1, "dobj"),
        ("in", "in", "ADP", "IN", 3, "prep"), ("the", "the", "DET", "DT", 6, "det"),
        ("village", "village", "NOUN", "NN", 4, "pobj"), ("of", "of", "ADP", "IN", 6, "prep"),
        ("Kaiga", "Kaiga", "PROPN", "NNP", 7, "pobj"), ("and", "and", "CCONJ", "CC", 1, "cc"),
        ("raided", "raid", "VERB", "VBD", 1, "conj"), ("a", "a", "DET", "DT", 12, "det"),
        ("market", "market", "NOUN", "NN", 10, "dobj"), ("at", "at", "ADP", "IN", 10, "prep"),
        ("the", "the", "DET", "DT", 15, "det"), ("edge", "edge", "NOUN", "NN", 13, "pobj"),
        ("of", "of", "ADP", "IN", 15, "prep"), (second_place, second_place, "PROPN", "NNP", 16, "pobj"),
        (".", ".", "PUNCT", ".", 1, "punct"),
    ]


def test_names_placed_through_a_common_noun_part_two_joined_verbs():
    got = types(through_nouns("Gajiram"))
    assert len(got) == 2, got


def test_one_name_through_common_nouns_stays_one_event():
    assert len(types(through_nouns("Kaiga"))) == 1


def burned_and_killed(second_place: str) -> list:
    """"Rebels burned houses in the village of Kaiga and killed a guard at a post near <second_place>.\""""
    return [
        ("Rebels", "rebel", "NOUN", "NNS", 1, "nsubj"), ("burned", "burn", "VERB", "VBD", 1, "ROOT"),
        ("houses", "house", "NOUN", "NNS", 1, "dobj"), ("in", "in", "ADP", "IN", 1, "prep"),
        ("the", "the", "DET", "DT", 5, "det"), ("village", "village", "NOUN", "NN", 3, "pobj"),
        ("of", "of", "ADP", "IN", 5, "prep"), ("Kaiga", "Kaiga", "PROPN", "NNP", 6, "pobj"),
        ("and", "and", "CCONJ", "CC", 1, "cc"), ("killed", "kill", "VERB", "VBD", 1, "conj"),
        ("a", "a", "DET", "DT", 11, "det"), ("guard", "guard", "NOUN", "NN", 9, "dobj"),
        ("at", "at", "ADP", "IN", 9, "prep"), ("a", "a", "DET", "DT", 14, "det"),
        ("post", "post", "NOUN", "NN", 12, "pobj"), ("near", "near", "ADP", "IN", 14, "prep"),
        (second_place, second_place, "PROPN", "NNP", 15, "pobj"), (".", ".", "PUNCT", ".", 1, "punct"),
    ]


def test_a_burning_and_a_killing_placed_apart_are_two_events():
    got = types(burned_and_killed("Gajiram"))
    assert len(got) == 2 and "looting" in got, got


def test_a_burning_and_a_killing_at_one_name_stay_one_event():
    got = types(burned_and_killed("Kaiga"))
    assert len(got) == 1 and "looting" not in got, got


def test_a_pronoun_object_carries_the_first_act_on_as_one_event():
    # "Gunmen attacked a post in Rann and raided it in Gajiram.": one post, the act told on, one event
    tokens = joined("Rann")
    tokens[8:10] = [("it", "it", "PRON", "PRP", 7, "dobj")]
    tokens[9] = ("in", "in", "ADP", "IN", 7, "prep")
    tokens[10] = ("Gajiram", "Gajiram", "PROPN", "NNP", 9, "pobj")
    tokens[11] = (".", ".", "PUNCT", ".", 1, "punct")
    assert len(types(tokens)) == 1
