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


def test_a_pronoun_object_carries_the_first_act_on_as_one_event():
    # "Gunmen attacked a post in Rann and raided it in Gajiram.": one post, the act told on, one event
    tokens = joined("Rann")
    tokens[8:10] = [("it", "it", "PRON", "PRP", 7, "dobj")]
    tokens[9] = ("in", "in", "ADP", "IN", 7, "prep")
    tokens[10] = ("Gajiram", "Gajiram", "PROPN", "NNP", 9, "pobj")
    tokens[11] = (".", ".", "PUNCT", ".", 1, "punct")
    assert len(types(tokens)) == 1
