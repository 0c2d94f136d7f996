"""Sides told around the trigger: attackers of a repelled assault, brokers of a deal, the dead of a "when"
clause, the two sides "between" after a fight raged, and a list after "of". Hand-built parses (no model);
each sentence is invented; tokens are (word, lemma, pos, tag, head, dep), the root points at itself."""

from __future__ import annotations

from footprint.events import build_events
from footprint.events.roles import phrase
from footprint.events.sides import brokers, dead_when, repelled
from footprint.events.vocabulary import lexicon
from footprint.testing import actor_mention as mention, token_doc as parsed


def _all_roles(doc) -> set[tuple[str, str]]:
    return {(a.text, a.role) for e in build_events(doc) for a in e.actors}


def test_the_doers_of_a_repelled_assault_fought_too():
    # Soldiers repelled an assault by rebels near Beni .   (the parser hangs "by" on the verb)
    doc = parsed([
        ("Soldiers", "soldier", "NOUN", "NNS", 1, "nsubj"), ("repelled", "repel", "VERB", "VBD", 1, "ROOT"),
        ("an", "an", "DET", "DT", 3, "det"), ("assault", "assault", "NOUN", "NN", 1, "dobj"),
        ("by", "by", "ADP", "IN", 1, "prep"), ("rebels", "rebel", "NOUN", "NNS", 4, "pobj"),
        ("near", "near", "ADP", "IN", 5, "prep"), ("Beni", "Beni", "PROPN", "NNP", 6, "pobj"),
        (".", ".", "PUNCT", ".", 1, "punct"),
    ])
    doers, national = repelled(doc[1], lexicon())
    assert [t.text for t in doers] == ["rebels"] and national == []
    # Soldiers repelled a Chadian assault .
    nat = parsed([
        ("Soldiers", "soldier", "NOUN", "NNS", 1, "nsubj"), ("repelled", "repel", "VERB", "VBD", 1, "ROOT"),
        ("a", "a", "DET", "DT", 4, "det"), ("Chadian", "chadian", "ADJ", "JJ", 4, "amod"),
        ("assault", "assault", "NOUN", "NN", 1, "dobj"), (".", ".", "PUNCT", ".", 1, "punct"),
    ], ents=[(3, 4, "NORP")])
    assert [t.text for t in repelled(nat[1], lexicon())[1]] == ["Chadian"]
    # Soldiers pushed a cart .   (no attack stopped)
    cart = parsed([
        ("Soldiers", "soldier", "NOUN", "NNS", 1, "nsubj"), ("pushed", "push", "VERB", "VBD", 1, "ROOT"),
        ("a", "a", "DET", "DT", 3, "det"), ("cart", "cart", "NOUN", "NN", 1, "dobj"), (".", ".", "PUNCT", ".", 1, "punct"),
    ])
    assert repelled(cart[1], lexicon()) == ([], [])


def test_the_broker_of_a_swap_takes_part():
    # Armenia and Azerbaijan exchanged prisoners in a swap brokered by Qatar .
    doc = parsed([
        ("Armenia", "Armenia", "PROPN", "NNP", 3, "nsubj"), ("and", "and", "CCONJ", "CC", 0, "cc"),
        ("Azerbaijan", "Azerbaijan", "PROPN", "NNP", 0, "conj"), ("exchanged", "exchange", "VERB", "VBD", 3, "ROOT"),
        ("prisoners", "prisoner", "NOUN", "NNS", 3, "dobj"), ("in", "in", "ADP", "IN", 3, "prep"),
        ("a", "a", "DET", "DT", 7, "det"), ("swap", "swap", "NOUN", "NN", 5, "pobj"),
        ("brokered", "broker", "VERB", "VBN", 7, "acl"), ("by", "by", "ADP", "IN", 8, "agent"),
        ("Qatar", "Qatar", "PROPN", "NNP", 9, "pobj"), (".", ".", "PUNCT", ".", 3, "punct"),
    ])
    assert [t.text for t in brokers(doc[3])] == ["Qatar"]
    assert brokers(doc[7]) == [doc[10]]


def _died(mark: str):
    # Twelve traders died <mark> a bomb exploded .
    return parsed([
        ("Twelve", "twelve", "NUM", "CD", 1, "nummod"), ("traders", "trader", "NOUN", "NNS", 2, "nsubj"),
        ("died", "die", "VERB", "VBD", 2, "ROOT"), (mark, mark, "SCONJ", "WRB", 6, "advmod"),
        ("a", "a", "DET", "DT", 5, "det"), ("bomb", "bomb", "NOUN", "NN", 6, "nsubj"),
        ("exploded", "explode", "VERB", "VBD", 2, "advcl"), (".", ".", "PUNCT", ".", 2, "punct"),
    ])


def test_the_dead_of_a_when_clause_are_the_attacks_targets():
    assert [t.text for t in dead_when(_died("when")[6])] == ["traders"]
    # "died after a bomb exploded": the clause only says what came before
    assert dead_when(_died("after")[6]) == []


def test_a_list_after_of_is_one_phrase_and_a_fight_that_raged_between_two_sides_has_both():
    # Delegates of the army and the FPRC signed a truce .
    doc = parsed([
        ("Delegates", "delegate", "NOUN", "NNS", 7, "nsubj"), ("of", "of", "ADP", "IN", 0, "prep"),
        ("the", "the", "DET", "DT", 3, "det"), ("army", "army", "NOUN", "NN", 1, "pobj"),
        ("and", "and", "CCONJ", "CC", 3, "cc"), ("the", "the", "DET", "DT", 6, "det"),
        ("FPRC", "FPRC", "PROPN", "NNP", 3, "conj"), ("signed", "sign", "VERB", "VBD", 7, "ROOT"),
        ("a", "a", "DET", "DT", 9, "det"), ("truce", "truce", "NOUN", "NN", 7, "dobj"), (".", ".", "PUNCT", ".", 7, "punct"),
    ])
    assert [t.text for t in phrase(doc[0])] == ["Delegates", "of", "the", "army", "and", "the", "FPRC"]
    # Fighting raged for a day between the army and the FPRC .   (the lemmatizer reads "raged" as "rag")
    fight = parsed([
        ("Fighting", "fighting", "NOUN", "NN", 1, "nsubj"), ("raged", "rag", "VERB", "VBD", 1, "ROOT"),
        ("for", "for", "ADP", "IN", 1, "prep"), ("a", "a", "DET", "DT", 4, "det"), ("day", "day", "NOUN", "NN", 2, "pobj"),
        ("between", "between", "ADP", "IN", 4, "prep"), ("the", "the", "DET", "DT", 7, "det"),
        ("army", "army", "NOUN", "NN", 5, "pobj"), ("and", "and", "CCONJ", "CC", 7, "cc"),
        ("the", "the", "DET", "DT", 10, "det"), ("FPRC", "FPRC", "PROPN", "NNP", 7, "conj"),
        (".", ".", "PUNCT", ".", 1, "punct"),
    ])
    fight._.fp_actors = [mention(fight, 7, 7, "Central African Armed Forces", "armed_forces.cf", "state_force"),
                         mention(fight, 10, 10, "FPRC", "fprc", "armed_group")]
    got = _all_roles(fight)
    assert ("army", "actor") in got and ("FPRC", "actor") in got


def test_who_an_attack_is_blamed_on():
    from footprint.events.sides import blamed_on

    # Nine died in an attack villagers blamed on bandits .
    doc = parsed([
        ("Nine", "nine", "NUM", "CD", 1, "nsubj"), ("died", "die", "VERB", "VBD", 1, "ROOT"),
        ("in", "in", "ADP", "IN", 1, "prep"), ("an", "an", "DET", "DT", 4, "det"),
        ("attack", "attack", "NOUN", "NN", 2, "pobj"), ("villagers", "villager", "NOUN", "NNS", 6, "nsubj"),
        ("blamed", "blame", "VERB", "VBD", 4, "relcl"), ("on", "on", "ADP", "IN", 6, "prep"),
        ("bandits", "bandit", "NOUN", "NNS", 7, "pobj"), (".", ".", "PUNCT", ".", 1, "punct"),
    ])
    assert [t.text for t in blamed_on(doc[:])] == ["bandits"]
    # The army said , blaming the rebels .   /   The army did not blame the rebels .
    said = parsed([
        ("The", "the", "DET", "DT", 1, "det"), ("army", "army", "NOUN", "NN", 2, "nsubj"),
        ("said", "say", "VERB", "VBD", 2, "ROOT"), (",", ",", "PUNCT", ",", 2, "punct"),
        ("blaming", "blame", "VERB", "VBG", 2, "advcl"), ("the", "the", "DET", "DT", 6, "det"),
        ("rebels", "rebel", "NOUN", "NNS", 4, "dobj"), (".", ".", "PUNCT", ".", 2, "punct"),
    ])
    assert [t.text for t in blamed_on(said[:])] == ["rebels"]
    denied = parsed([
        ("The", "the", "DET", "DT", 1, "det"), ("army", "army", "NOUN", "NN", 4, "nsubj"),
        ("did", "do", "AUX", "VBD", 4, "aux"), ("not", "not", "PART", "RB", 4, "neg"),
        ("blame", "blame", "VERB", "VB", 4, "ROOT"), ("the", "the", "DET", "DT", 6, "det"),
        ("rebels", "rebel", "NOUN", "NNS", 4, "dobj"), (".", ".", "PUNCT", ".", 4, "punct"),
    ])
    assert blamed_on(denied[:]) == []


def test_a_bomb_attached_to_a_vehicle_is_not_the_vehicles():
    from footprint.events.arguments import _operator

    # A bomb attached to a truck exploded .   /   A drone belonging to rebels exploded .
    def doc(part: str, lemma: str, prep: str, owner: str, owner_lemma: str):
        return parsed([
            ("A", "a", "DET", "DT", 1, "det"), ("bomb" if lemma == "attach" else "drone",
                                                 "bomb" if lemma == "attach" else "drone", "NOUN", "NN", 6, "nsubj"),
            (part, lemma, "VERB", "VBN", 1, "acl"), (prep, prep, "ADP", "IN", 2, "prep"),
            ("a", "a", "DET", "DT", 5, "det"), (owner, owner_lemma, "NOUN", "NN", 3, "pobj"),
            ("exploded", "explode", "VERB", "VBD", 6, "ROOT"), (".", ".", "PUNCT", ".", 6, "punct"),
        ])
    attached = doc("attached", "attach", "to", "truck", "truck")
    assert _operator([attached[1]]) == [attached[1]]
    owned = doc("belonging", "belong", "to", "militia", "militia")
    assert [t.text for t in _operator([owned[1]])] == ["militia"]


def test_a_pronoun_in_what_someone_tells_is_the_teller_or_the_one_the_teller_is_named_by():
    from footprint.events.roles import antecedent

    # Relatives of a farmer say he was abducted .
    doc = parsed([
        ("Relatives", "relative", "NOUN", "NNS", 4, "nsubj"), ("of", "of", "ADP", "IN", 0, "prep"),
        ("a", "a", "DET", "DT", 3, "det"), ("farmer", "farmer", "NOUN", "NN", 1, "pobj"),
        ("say", "say", "VERB", "VBP", 4, "ROOT"), ("he", "he", "PRON", "PRP", 7, "nsubjpass"),
        ("was", "be", "AUX", "VBD", 7, "auxpass"), ("abducted", "abduct", "VERB", "VBN", 4, "ccomp"),
        (".", ".", "PUNCT", ".", 4, "punct"),
    ])
    assert antecedent(doc[5], lexicon()).text == "farmer"
    # Traders told reporters that soldiers beat them .
    told = parsed([
        ("Traders", "trader", "NOUN", "NNS", 1, "nsubj"), ("told", "tell", "VERB", "VBD", 1, "ROOT"),
        ("reporters", "reporter", "NOUN", "NNS", 1, "dobj"), ("that", "that", "SCONJ", "IN", 5, "mark"),
        ("soldiers", "soldier", "NOUN", "NNS", 5, "nsubj"), ("beat", "beat", "VERB", "VBD", 1, "ccomp"),
        ("them", "they", "PRON", "PRP", 5, "dobj"), (".", ".", "PUNCT", ".", 1, "punct"),
    ])
    assert antecedent(told[6], lexicon()).text == "Traders"


def test_who_held_the_ground_before_a_retaking():
    from footprint.events.sides import former_holders

    # Troops recaptured Kidal two days after rebels overran it .
    doc = parsed([
        ("Troops", "troop", "NOUN", "NNS", 1, "nsubj"), ("recaptured", "recapture", "VERB", "VBD", 1, "ROOT"),
        ("Kidal", "Kidal", "PROPN", "NNP", 1, "dobj"), ("two", "two", "NUM", "CD", 4, "nummod"),
        ("days", "day", "NOUN", "NNS", 5, "npadvmod"), ("after", "after", "SCONJ", "IN", 7, "mark"),
        ("rebels", "rebel", "NOUN", "NNS", 7, "nsubj"), ("overran", "overrun", "VERB", "VBD", 1, "advcl"),
        ("it", "it", "PRON", "PRP", 7, "dobj"), (".", ".", "PUNCT", ".", 1, "punct"),
    ])
    assert [t.text for t in former_holders(doc[1])] == ["rebels"]
    # Troops retook Kidal after driving out the rebels .   /   ... after driving the rebels home (no "out")
    def driving(particle: str):
        return parsed([
            ("Troops", "troop", "NOUN", "NNS", 1, "nsubj"), ("retook", "retake", "VERB", "VBD", 1, "ROOT"),
            ("Kidal", "Kidal", "PROPN", "NNP", 1, "dobj"), ("after", "after", "ADP", "IN", 1, "prep"),
            ("driving", "drive", "VERB", "VBG", 3, "pcomp"), (particle, particle, "ADP", "RP", 4, "prt"),
            ("the", "the", "DET", "DT", 7, "det"), ("rebels", "rebel", "NOUN", "NNS", 4, "dobj"),
            (".", ".", "PUNCT", ".", 1, "punct"),
        ])
    assert [t.text for t in former_holders(driving("out")[1])] == ["rebels"]
    assert former_holders(driving("up")[1]) == []
