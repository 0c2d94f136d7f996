"""What a casualty verb leaves its victims as is no part of who they are, and a local council's members are
civilians: read from hand-built parses (no model). Each sentence is invented; tokens are (word, lemma, pos,
tag, head, dep), the root points at itself."""

from __future__ import annotations

from spacy.tokens import Doc

from footprint.events import build_events
from footprint.testing import token_doc


def _targets(doc: Doc) -> set[str]:
    evs = build_events(doc)
    assert evs
    return {a.text for e in evs for a in e.actors if a.role == "target"}


def _types(doc: Doc) -> set[str]:
    return {e.type for e in build_events(doc)}


def test_dead_hung_on_the_object_after_shot_is_no_part_of_the_target():
    # Gunmen shot dead six herders near Tessit .
    doc = token_doc([
        ("Gunmen", "gunman", "NOUN", "NNS", 1, "nsubj"), ("shot", "shoot", "VERB", "VBD", 1, "ROOT"),
        ("dead", "dead", "ADJ", "JJ", 4, "amod"), ("six", "six", "NUM", "CD", 4, "nummod"),
        ("herders", "herder", "NOUN", "NNS", 1, "dobj"), ("near", "near", "ADP", "IN", 1, "prep"),
        ("Tessit", "Tessit", "PROPN", "NNP", 5, "pobj"), (".", ".", "PUNCT", ".", 1, "punct"),
    ], ents=[(6, 7, "GPE")])
    assert _targets(doc) == {"herders"}


def test_to_death_hung_on_the_object_is_no_part_of_the_target():
    # Raiders hacked to death three fishermen at the river .
    doc = token_doc([
        ("Raiders", "raider", "NOUN", "NNS", 1, "nsubj"), ("hacked", "hack", "VERB", "VBD", 1, "ROOT"),
        ("to", "to", "ADP", "IN", 5, "prep"), ("death", "death", "NOUN", "NN", 2, "pobj"),
        ("three", "three", "NUM", "CD", 5, "nummod"), ("fishermen", "fisherman", "NOUN", "NNS", 1, "dobj"),
        ("at", "at", "ADP", "IN", 1, "prep"), ("the", "the", "DET", "DT", 8, "det"),
        ("river", "river", "NOUN", "NN", 6, "pobj"), (".", ".", "PUNCT", ".", 1, "punct"),
    ])
    assert _targets(doc) == {"fishermen"}


def test_unconscious_after_beaten_is_no_part_of_the_target():
    # Militiamen beat unconscious two traders .
    doc = token_doc([
        ("Militiamen", "militiaman", "NOUN", "NNS", 1, "nsubj"), ("beat", "beat", "VERB", "VBD", 1, "ROOT"),
        ("unconscious", "unconscious", "ADJ", "JJ", 4, "amod"), ("two", "two", "NUM", "CD", 4, "nummod"),
        ("traders", "trader", "NOUN", "NNS", 1, "dobj"), (".", ".", "PUNCT", ".", 1, "punct"),
    ])
    assert _targets(doc) == {"traders"}


def test_an_adjective_that_does_not_follow_the_verb_stays_with_its_noun():
    # Gunmen shot two unconscious guards .
    doc = token_doc([
        ("Gunmen", "gunman", "NOUN", "NNS", 1, "nsubj"), ("shot", "shoot", "VERB", "VBD", 1, "ROOT"),
        ("two", "two", "NUM", "CD", 4, "nummod"), ("unconscious", "unconscious", "ADJ", "JJ", 4, "amod"),
        ("guards", "guard", "NOUN", "NNS", 1, "dobj"), (".", ".", "PUNCT", ".", 1, "punct"),
    ])
    assert _targets(doc) == {"unconscious guards"}


def _members_of(adj: str) -> Doc:
    # Gunmen killed two members of the <adj> council .
    return token_doc([
        ("Gunmen", "gunman", "NOUN", "NNS", 1, "nsubj"), ("killed", "kill", "VERB", "VBD", 1, "ROOT"),
        ("two", "two", "NUM", "CD", 3, "nummod"), ("members", "member", "NOUN", "NNS", 1, "dobj"),
        ("of", "of", "ADP", "IN", 3, "prep"), ("the", "the", "DET", "DT", 7, "det"),
        (adj, adj, "ADJ", "JJ", 7, "amod"), ("council", "council", "NOUN", "NN", 4, "pobj"),
        (".", ".", "PUNCT", ".", 1, "punct"),
    ])


def test_members_of_a_village_local_or_municipal_council_are_civilians():
    for adj in ("village", "local", "municipal"):
        assert "attack_on_civilians" in _types(_members_of(adj)), adj


def test_members_of_a_military_transitional_or_security_council_are_not_civilians():
    for adj in ("military", "transitional", "security"):
        assert "attack_on_civilians" not in _types(_members_of(adj)), adj
