"""A witness's count of the dead told on its own after an attack ("He counted nine dead."), a person listed after
a phrase that names what another belongs to ("a member of a village council and his son"), a part taken from the
wounded who died ("one of the wounded guards died"), and what a blast hit told by who was passing. Invented
sentences; hand-built parses or a blank pipeline (no model is loaded)."""

from __future__ import annotations

from footprint.events.arguments import _verb_args
from footprint.events.tolls import bare_toll
from footprint.quantities import find_quantities
from footprint.testing import token_doc

from test_events_tolls import count, two_sentences


def counted(verb: str, lemma: str, noun: str, noun_lemma: str) -> list:
    # "He <verb> nine <noun>."
    return [("He", "he", "PRON", "PRP", 1, "nsubj"), (verb, lemma, "VERB", "VBD", 1, "ROOT"),
            ("nine", "nine", "NUM", "CD", 3, "nummod"), (noun, noun_lemma, "NOUN", "NNS", 1, "dobj"),
            (".", ".", "PUNCT", ".", 1, "punct")]


def test_a_count_of_the_dead_on_its_own_is_the_attacks_toll():
    doc, sent = two_sentences(counted("counted", "count", "dead", "dead"))
    n = len(doc) - len(sent)
    assert [q.min for q in bare_toll(sent, [count(doc, n + 2, n + 3, 9)])] == [9]


def test_a_count_that_is_no_toll_kind_is_not_taken():
    doc, sent = two_sentences(counted("counted", "count", "marchers", "marcher"))
    n = len(doc) - len(sent)
    assert bare_toll(sent, [count(doc, n + 2, n + 3, 9, "personnel")]) == []
    doc, sent = two_sentences(counted("saw", "see", "dead", "dead"))
    assert bare_toll(sent, [count(doc, n + 2, n + 3, 9)]) == []


def kinds(nlp, text):
    return [(q.kind, q.min) for q in find_quantities(nlp(text), [], [])]


def test_a_relative_listed_after_a_person_is_counted_with_them(nlp):
    assert kinds(nlp, "Bandits shot dead a farmer and his son.") == [("fatalities", 2)]


def test_a_member_of_a_council_and_his_son_are_two():
    words = [("Bandits", "bandit", "NOUN", "NNS", 1, "nsubj"), ("killed", "kill", "VERB", "VBD", 1, "ROOT"),
             ("a", "a", "DET", "DT", 3, "det"), ("member", "member", "NOUN", "NN", 1, "dobj"),
             ("of", "of", "ADP", "IN", 3, "prep"), ("a", "a", "DET", "DT", 7, "det"),
             ("village", "village", "NOUN", "NN", 7, "compound"), ("council", "council", "NOUN", "NN", 4, "pobj"),
             ("and", "and", "CCONJ", "CC", 3, "cc"), ("his", "his", "PRON", "PRP$", 10, "poss"),
             ("son", "son", "NOUN", "NN", 3, "conj"), (".", ".", "PUNCT", ".", 1, "punct")]
    assert [(q.kind, q.min) for q in find_quantities(token_doc(words), [], [])] == [("fatalities", 2)]
    # a thing after "of" ends no list of people: "a member of the council and a car" is one person
    words[10] = ("car", "car", "NOUN", "NN", 3, "conj")
    words[9] = ("a", "a", "DET", "DT", 10, "det")
    assert [(q.kind, q.min) for q in find_quantities(token_doc(words), [], [])] == [("fatalities", 1)]


def test_one_of_the_wounded_who_died_is_a_death(nlp):
    assert kinds(nlp, "One of the wounded guards died in hospital.") == [("fatalities", 1)]
    # with no verb of its own the group still tells the kind
    assert kinds(nlp, "Two of the wounded guards are in a serious condition.") == [("injured", 2)]


def test_who_was_passing_is_what_the_blast_hit():
    # "A mine exploded as a convoy passed."
    words = [("A", "a", "DET", "DT", 1, "det"), ("mine", "mine", "NOUN", "NN", 2, "nsubj"),
             ("exploded", "explode", "VERB", "VBD", 2, "ROOT"), ("as", "as", "SCONJ", "IN", 6, "mark"),
             ("a", "a", "DET", "DT", 5, "det"), ("convoy", "convoy", "NOUN", "NN", 6, "nsubj"),
             ("passed", "pass", "VERB", "VBD", 2, "advcl"), (".", ".", "PUNCT", ".", 2, "punct")]
    doc = token_doc(words)
    assert [t.text for t in _verb_args(doc[2], "attack")[1]] == ["convoy"]
    # the parser's other reading: "as" a preposition, the passing a participle on its noun
    words[3] = ("as", "as", "ADP", "IN", 2, "prep")
    words[5] = ("convoy", "convoy", "NOUN", "NN", 3, "pobj")
    words[6] = ("passed", "pass", "VERB", "VBN", 5, "acl")
    assert [t.text for t in _verb_args(token_doc(words)[2], "attack")[1]] == ["convoy"]
    # a clause that tells no passing names no target: "exploded as the guards slept"
    words[6] = ("slept", "sleep", "VERB", "VBN", 5, "acl")
    assert _verb_args(token_doc(words)[2], "attack")[1] == []
