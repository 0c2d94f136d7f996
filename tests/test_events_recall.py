"""Events told together in one sentence, outbreaks of war, and threats with a condition: hand-built parses,
no model is loaded."""

from __future__ import annotations

from footprint.events import build_events
from footprint.events.syntax import clause_of

from test_events import parsed


def _two_attacks():
    # A drone hit a truck near Kidal and gunmen attacked a checkpoint .
    return parsed([
        ("A", "a", "DET", 1, "det"), ("drone", "drone", "NOUN", 2, "nsubj"), ("hit", "hit", "VERB", 2, "ROOT"),
        ("a", "a", "DET", 4, "det"), ("truck", "truck", "NOUN", 2, "dobj"), ("near", "near", "ADP", 4, "prep"),
        ("Kidal", "Kidal", "PROPN", 5, "pobj"), ("and", "and", "CCONJ", 2, "cc"),
        ("gunmen", "gunman", "NOUN", 9, "nsubj"), ("attacked", "attack", "VERB", 2, "conj"),
        ("a", "a", "DET", 11, "det"), ("checkpoint", "checkpoint", "NOUN", 9, "dobj"), (".", ".", "PUNCT", 2, "punct"),
    ])


def test_coordinated_clauses_with_their_own_subjects_are_two_attacks_each_with_its_mode():
    doc = _two_attacks()
    assert clause_of(doc[2]) == -1 and clause_of(doc[11]) == 9
    events = {e.type: e for e in build_events(doc)}
    assert set(events) == {"drone_strike", "armed_clash"}
    assert [a.text for a in events["armed_clash"].actors if a.role == "actor"] == ["gunmen"]
    assert not any(a.text == "gunmen" for a in events["drone_strike"].actors)


def test_a_shared_subject_or_a_toll_clause_keeps_one_attack():
    # Gunmen attacked the village and killed 12 villagers .
    shared = parsed([
        ("Gunmen", "gunman", "NOUN", 1, "nsubj"), ("attacked", "attack", "VERB", 1, "ROOT"),
        ("the", "the", "DET", 3, "det"), ("village", "village", "NOUN", 1, "dobj"), ("and", "and", "CCONJ", 1, "cc"),
        ("killed", "kill", "VERB", 1, "conj"), ("12", "12", "NUM", 7, "nummod"),
        ("villagers", "villager", "NOUN", 5, "dobj"), (".", ".", "PUNCT", 1, "punct"),
    ])
    assert len([e for e in build_events(shared) if e.type in ("attack_on_civilians", "armed_clash")]) == 1
    # Militants attacked a post and soldiers were killed .
    toll = parsed([
        ("Militants", "militant", "NOUN", 1, "nsubj"), ("attacked", "attack", "VERB", 1, "ROOT"),
        ("a", "a", "DET", 3, "det"), ("post", "post", "NOUN", 1, "dobj"), ("and", "and", "CCONJ", 1, "cc"),
        ("soldiers", "soldier", "NOUN", 7, "nsubjpass"), ("were", "be", "AUX", 7, "auxpass"),
        ("killed", "kill", "VERB", 1, "conj"), (".", ".", "PUNCT", 1, "punct"),
    ])
    assert len(build_events(toll)) == 1
    # Militants attacked a post and they burned a school . (a pronoun: the same people, one clause)
    pron = parsed([
        ("Militants", "militant", "NOUN", 1, "nsubj"), ("attacked", "attack", "VERB", 1, "ROOT"),
        ("a", "a", "DET", 3, "det"), ("post", "post", "NOUN", 1, "dobj"), ("and", "and", "CCONJ", 1, "cc"),
        ("they", "they", "PRON", 6, "nsubj"), ("raided", "raid", "VERB", 1, "conj"), ("a", "a", "DET", 8, "det"),
        ("camp", "camp", "NOUN", 6, "dobj"), (".", ".", "PUNCT", 1, "punct"),
    ])
    assert clause_of(pron[6]) == -1
    assert len([e for e in build_events(pron) if e.type == "armed_clash"]) == 1


def test_same_type_in_two_coordinated_clauses_is_two_events():
    # Police arrested four men and soldiers detained three herders .
    doc = parsed([
        ("Police", "police", "NOUN", 1, "nsubj"), ("arrested", "arrest", "VERB", 1, "ROOT"),
        ("four", "four", "NUM", 3, "nummod"), ("men", "man", "NOUN", 1, "dobj"), ("and", "and", "CCONJ", 1, "cc"),
        ("soldiers", "soldier", "NOUN", 6, "nsubj"), ("detained", "detain", "VERB", 1, "conj"),
        ("three", "three", "NUM", 8, "nummod"), ("herders", "herder", "NOUN", 6, "dobj"),
        (".", ".", "PUNCT", 1, "punct"),
    ])
    arrests = [e for e in build_events(doc) if e.type == "arrest"]
    assert len(arrests) == 2
    assert {a.text for e in arrests for a in e.actors if a.role == "actor"} == {"Police", "soldiers"}
