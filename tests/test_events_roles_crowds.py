"""Who breaks up a gathering and whose gathering it is, on hand-built parses (no model). Each sentence is
invented; tokens are (word, lemma, pos, tag, head, dep), the root points at itself."""

from __future__ import annotations

from footprint.events.arguments import dispersal
from footprint.events.roles import names_people
from footprint.events.vocabulary import lexicon
from footprint.testing import token_doc as parsed


def _people(t) -> bool:
    return t.pos_ in ("NOUN", "PROPN") and names_people(t, lexicon())


def _words(toks) -> list[str]:
    return [t.text for t in toks]


def test_a_by_the_parser_hung_on_the_verb_names_the_gatherings_people():
    # Gendarmes broke up a vigil by nurses in Kumasi , arresting six .
    doc = parsed([
        ("Gendarmes", "gendarme", "NOUN", "NNS", 1, "nsubj"), ("broke", "break", "VERB", "VBD", 1, "ROOT"),
        ("up", "up", "ADP", "RP", 1, "prt"), ("a", "a", "DET", "DT", 4, "det"),
        ("vigil", "vigil", "NOUN", "NN", 1, "dobj"), ("by", "by", "ADP", "IN", 1, "prep"),
        ("nurses", "nurse", "NOUN", "NNS", 5, "pobj"), ("in", "in", "ADP", "IN", 6, "prep"),
        ("Kumasi", "Kumasi", "PROPN", "NNP", 7, "pobj"), (",", ",", "PUNCT", ",", 1, "punct"),
        ("arresting", "arrest", "VERB", "VBG", 1, "advcl"), ("six", "six", "NUM", "CD", 10, "dobj"),
        (".", ".", "PUNCT", ".", 1, "punct"),
    ])
    forces, crowd = dispersal(doc[:], _people)
    assert _words(forces) == ["Gendarmes"] and _words(crowd) == ["nurses"]


def test_a_passive_break_up_gives_the_agent_as_forces():
    # A march by farmers was broken up by soldiers ; nine farmers were detained .
    doc = parsed([
        ("A", "a", "DET", "DT", 1, "det"), ("march", "march", "NOUN", "NN", 5, "nsubjpass"),
        ("by", "by", "ADP", "IN", 1, "prep"), ("farmers", "farmer", "NOUN", "NNS", 2, "pobj"),
        ("was", "be", "AUX", "VBD", 6, "auxpass"), ("broken", "break", "VERB", "VBN", 13, "ccomp"),
        ("up", "up", "ADP", "RP", 5, "prt"), ("by", "by", "ADP", "IN", 5, "agent"),
        ("soldiers", "soldier", "NOUN", "NNS", 7, "pobj"), (";", ";", "PUNCT", ":", 13, "punct"),
        ("nine", "nine", "NUM", "CD", 11, "nummod"), ("farmers", "farmer", "NOUN", "NNS", 13, "nsubjpass"),
        ("were", "be", "AUX", "VBD", 13, "auxpass"), ("detained", "detain", "VERB", "VBN", 13, "ROOT"),
        (".", ".", "PUNCT", ".", 13, "punct"),
    ])
    forces, crowd = dispersal(doc[:], _people)
    assert _words(forces) == ["soldiers"] and _words(crowd) == ["farmers"]


def test_a_purpose_clause_takes_the_subject_of_the_verb_it_hangs_on():
    # Police fired tear gas to disperse traders marching on the town hall .
    doc = parsed([
        ("Police", "police", "NOUN", "NNS", 1, "nsubj"), ("fired", "fire", "VERB", "VBD", 1, "ROOT"),
        ("tear", "tear", "ADJ", "JJ", 3, "amod"), ("gas", "gas", "NOUN", "NN", 1, "dobj"),
        ("to", "to", "PART", "TO", 5, "aux"), ("disperse", "disperse", "VERB", "VB", 1, "advcl"),
        ("traders", "trader", "NOUN", "NNS", 7, "nsubj"), ("marching", "march", "VERB", "VBG", 5, "ccomp"),
        ("on", "on", "ADP", "IN", 7, "prep"), ("the", "the", "DET", "DT", 11, "det"),
        ("town", "town", "NOUN", "NN", 11, "compound"), ("hall", "hall", "NOUN", "NN", 8, "pobj"),
        (".", ".", "PUNCT", ".", 1, "punct"),
    ])
    forces, crowd = dispersal(doc[:], _people)
    assert _words(forces) == ["Police"] and _words(crowd) == ["traders"]


def test_a_crowd_counted_after_of_is_kept_by_its_quantifier():
    # Troops blocked hundreds of students marching to the palace .
    doc = parsed([
        ("Troops", "troop", "NOUN", "NNS", 1, "nsubj"), ("blocked", "block", "VERB", "VBD", 1, "ROOT"),
        ("hundreds", "hundred", "NOUN", "NNS", 5, "nsubj"), ("of", "of", "ADP", "IN", 2, "prep"),
        ("students", "student", "NOUN", "NNS", 3, "pobj"), ("marching", "march", "VERB", "VBG", 1, "ccomp"),
        ("to", "to", "ADP", "IN", 5, "prep"), ("the", "the", "DET", "DT", 8, "det"),
        ("palace", "palace", "NOUN", "NN", 6, "pobj"), (".", ".", "PUNCT", ".", 1, "punct"),
    ])
    forces, crowd = dispersal(doc[:], _people)
    assert _words(forces) == ["Troops"] and _words(crowd) == ["hundreds"]


def test_water_cannon_against_people_is_a_dispersal_and_against_a_thing_is_not():
    # Riot police used water cannon against teachers .
    doc = parsed([
        ("Riot", "riot", "NOUN", "NN", 1, "compound"), ("police", "police", "NOUN", "NNS", 2, "nsubj"),
        ("used", "use", "VERB", "VBD", 2, "ROOT"), ("water", "water", "NOUN", "NN", 4, "compound"),
        ("cannon", "cannon", "NOUN", "NN", 2, "dobj"), ("against", "against", "ADP", "IN", 4, "prep"),
        ("teachers", "teacher", "NOUN", "NNS", 5, "pobj"), (".", ".", "PUNCT", ".", 2, "punct"),
    ])
    forces, crowd = dispersal(doc[:], _people)
    assert _words(forces) == ["police"] and _words(crowd) == ["teachers"]
    # Soldiers blocked the road to the mine .   (no people: no crowd, no forces)
    road = parsed([
        ("Soldiers", "soldier", "NOUN", "NNS", 1, "nsubj"), ("blocked", "block", "VERB", "VBD", 1, "ROOT"),
        ("the", "the", "DET", "DT", 3, "det"), ("road", "road", "NOUN", "NN", 1, "dobj"),
        ("to", "to", "ADP", "IN", 3, "prep"), ("the", "the", "DET", "DT", 6, "det"),
        ("mine", "mine", "NOUN", "NN", 4, "pobj"), (".", ".", "PUNCT", ".", 1, "punct"),
    ])
    assert dispersal(road[:], _people) == ([], [])
