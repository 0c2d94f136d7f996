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


def test_people_of_a_participle_the_parser_made_the_clausal_subject_are_the_target():
    # Herders fleeing the drought were attacked by bandits .
    doc = parsed([
        ("Herders", "herder", "NOUN", "NNS", 1, "nsubj"), ("fleeing", "flee", "VERB", "VBG", 5, "csubjpass"),
        ("the", "the", "DET", "DT", 3, "det"), ("drought", "drought", "NOUN", "NN", 1, "dobj"),
        ("were", "be", "AUX", "VBD", 5, "auxpass"), ("attacked", "attack", "VERB", "VBN", 5, "ROOT"),
        ("by", "by", "ADP", "IN", 5, "agent"), ("bandits", "bandit", "NOUN", "NNS", 6, "pobj"),
        (".", ".", "PUNCT", ".", 5, "punct"),
    ])
    got = _all_roles(doc)
    assert ("Herders", "target") in got and ("bandits", "actor") in got


def test_rounds_fired_by_someone_are_that_someones():
    # Mortar rounds fired by militiamen hit a school .
    doc = parsed([
        ("Mortar", "mortar", "NOUN", "NN", 1, "compound"), ("rounds", "round", "NOUN", "NNS", 5, "nsubj"),
        ("fired", "fire", "VERB", "VBN", 1, "acl"), ("by", "by", "ADP", "IN", 2, "agent"),
        ("militiamen", "militiaman", "NOUN", "NNS", 3, "pobj"), ("hit", "hit", "VERB", "VBD", 5, "ROOT"),
        ("a", "a", "DET", "DT", 7, "det"), ("school", "school", "NOUN", "NN", 5, "dobj"),
        (".", ".", "PUNCT", ".", 5, "punct"),
    ])
    assert ("militiamen", "actor") in _all_roles(doc)


def test_a_place_name_kept_as_found_and_what_is_on_a_road_are_no_one():
    from footprint.events.roles import phrase
    from footprint.model import PlaceMention
    from footprint.testing import actor_mention as mention

    # Gunmen kidnapped the imam of Dankama and traders on the Katsina road .
    doc = parsed([
        ("Gunmen", "gunman", "NOUN", "NNS", 1, "nsubj"), ("kidnapped", "kidnap", "VERB", "VBD", 1, "ROOT"),
        ("the", "the", "DET", "DT", 3, "det"), ("imam", "imam", "NOUN", "NN", 1, "dobj"),
        ("of", "of", "ADP", "IN", 3, "prep"), ("Dankama", "Dankama", "PROPN", "NNP", 4, "pobj"),
        ("and", "and", "CCONJ", "CC", 3, "cc"), ("traders", "trader", "NOUN", "NNS", 3, "conj"),
        ("on", "on", "ADP", "IN", 7, "prep"), ("the", "the", "DET", "DT", 11, "det"),
        ("Katsina", "Katsina", "PROPN", "NNP", 11, "compound"), ("road", "road", "NOUN", "NN", 8, "pobj"),
        (".", ".", "PUNCT", ".", 1, "punct"),
    ])
    assert [t.text for t in phrase(doc[7])] == ["traders"]
    doc._.fp_actors = [mention(doc, 5, 5, "Dankama", None, None)]
    doc._.fp_places = [PlaceMention(start=doc[5].idx, end=doc[5].idx + 7, text="Dankama", place=None)]
    got = _all_roles(doc)
    assert ("Dankama", "target") not in got and ("traders", "target") in got
    doc._.fp_places = []
    assert ("Dankama", "target") in _all_roles(doc)  # a name no stage read as a place stays an actor
