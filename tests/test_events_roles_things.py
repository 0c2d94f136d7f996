"""Forces named by their things ("a police station", "air force jets") and a verb that shares the next one's
object, on hand-built parses (no model). Each sentence is invented; tokens are (word, lemma, pos, tag, head,
dep), the root points at itself."""

from __future__ import annotations

from footprint.events import build_events
from footprint.events.arguments import force_word
from footprint.events.roles import aimed_at
from footprint.events.vocabulary import lexicon
from footprint.testing import token_doc as parsed


def _all_roles(doc) -> set[tuple[str, str]]:
    return {(a.text, a.role) for e in build_events(doc) for a in e.actors}


def _attacked(force: str, lemma: str, pos: str, tag: str, dep: str):
    # Bandits attacked a <force> outpost near Gusau .
    return parsed([
        ("Bandits", "bandit", "NOUN", "NNS", 1, "nsubj"), ("attacked", "attack", "VERB", "VBD", 1, "ROOT"),
        ("a", "a", "DET", "DT", 4, "det"), (force, lemma, pos, tag, 4, dep),
        ("outpost", "outpost", "NOUN", "NN", 1, "dobj"), ("near", "near", "ADP", "IN", 4, "prep"),
        ("Gusau", "Gusau", "PROPN", "NNP", 5, "pobj"), (".", ".", "PUNCT", ".", 1, "punct"),
    ])


def test_a_thing_named_by_a_force_word_gives_that_force():
    lex = lexicon()
    police = _attacked("police", "police", "NOUN", "NN", "compound")
    assert force_word(police[4], lex).text == "police"
    # the small parser may tag the force word an adjective
    gendarmerie = _attacked("gendarmerie", "gendarmerie", "ADJ", "JJ", "amod")
    assert force_word(gendarmerie[4], lex).text == "gendarmerie"
    # a word of kind says what the thing is, not whose it is
    military = _attacked("military", "military", "ADJ", "JJ", "amod")
    assert force_word(military[4], lex) is None
    # a word that names no force
    water = _attacked("water", "water", "NOUN", "NN", "compound")
    assert force_word(water[4], lex) is None


def test_the_force_word_is_the_target_when_no_actor_is_named():
    got = _all_roles(_attacked("police", "police", "NOUN", "NN", "compound"))
    assert ("police", "target") in got and ("Bandits", "actor") in got
    assert not any(role == "target" and text == "water" for text, role in
                   _all_roles(_attacked("water", "water", "NOUN", "NN", "compound")))


def test_a_verb_without_an_object_shares_the_set_fire_to_that_follows():
    # Rioters looted and set fire to the customs office .
    doc = parsed([
        ("Rioters", "rioter", "NOUN", "NNS", 1, "nsubj"), ("looted", "loot", "VERB", "VBD", 1, "ROOT"),
        ("and", "and", "CCONJ", "CC", 1, "cc"), ("set", "set", "VERB", "VBD", 1, "conj"),
        ("fire", "fire", "NOUN", "NN", 3, "dobj"), ("to", "to", "ADP", "IN", 3, "prep"),
        ("the", "the", "DET", "DT", 8, "det"), ("customs", "customs", "NOUN", "NNS", 8, "compound"),
        ("office", "office", "NOUN", "NN", 5, "pobj"), (".", ".", "PUNCT", ".", 1, "punct"),
    ])
    assert [t.text for t in aimed_at(doc[1])] == ["office"]
    # Rioters looted shops and set fire to the customs office .   (its own object: nothing shared)
    own = parsed([
        ("Rioters", "rioter", "NOUN", "NNS", 1, "nsubj"), ("looted", "loot", "VERB", "VBD", 1, "ROOT"),
        ("shops", "shop", "NOUN", "NNS", 1, "dobj"), ("and", "and", "CCONJ", "CC", 1, "cc"),
        ("set", "set", "VERB", "VBD", 1, "conj"), ("fire", "fire", "NOUN", "NN", 4, "dobj"),
        ("to", "to", "ADP", "IN", 4, "prep"), ("the", "the", "DET", "DT", 9, "det"),
        ("customs", "customs", "NOUN", "NNS", 9, "compound"), ("office", "office", "NOUN", "NN", 6, "pobj"),
        (".", ".", "PUNCT", ".", 1, "punct"),
    ])
    assert aimed_at(own[1]) == []
