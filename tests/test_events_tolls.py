"""Unit tests for tolls the events stage attaches to an attack: passive deaths, "lost their lives" and deaths told
under a verb of saying in a sentence of their own; counts of one kind listed together summed; a toll revised later
replacing the earlier count; a person's age giving a clause no day of its own. Invented sentences with hand-built
parses (no model is loaded)."""

from __future__ import annotations

import dataclasses

from footprint.events import build_events
from footprint.events.assemble import Stages
from footprint.events.tolls import add_toll, anchor, bare_toll, revised_toll, revision, summed_tolls
from footprint.model import Quantity
from footprint.testing import token_doc

STAGES = Stages(event_location=lambda *a: None, event_date=lambda *a: (None, False), is_meta=lambda doc, sent: False)

# "Gunmen attacked a convoy, killing six."
ATTACK = [
    ("Gunmen", "gunman", "NOUN", "NNS", 1, "nsubj"), ("attacked", "attack", "VERB", "VBD", 1, "ROOT"),
    ("a", "a", "DET", "DT", 3, "det"), ("convoy", "convoy", "NOUN", "NN", 1, "dobj"),
    (",", ",", "PUNCT", ",", 1, "punct"), ("killing", "kill", "VERB", "VBG", 1, "advcl"),
    ("six", "six", "NUM", "CD", 5, "dobj"), (".", ".", "PUNCT", ".", 1, "punct"),
]


def two_sentences(second: list, ents=()) -> tuple:
    """The attack, then ``second`` (heads counted within it): the doc and the second sentence."""
    n = len(ATTACK)
    tokens = ATTACK + [(w, lemma, pos, tag, head + n, dep) for w, lemma, pos, tag, head, dep in second]
    ents = [(6, 7, "CARDINAL")] + [(a + n, b + n, label) for a, b, label in ents]
    doc = token_doc(tokens, ents, sent_starts=[i in (0, n) for i in range(len(tokens))])
    return doc, doc[n:]


def count(doc, first: int, last: int, n: float, kind: str = "fatalities", side: str | None = None) -> Quantity:
    start, end = doc[first].idx, doc[last].idx + len(doc[last].text)
    return Quantity(kind=kind, min=n, max=n, text=doc.text[start:end], start=start, end=end, side=side)


# "A guard was killed and two drivers were wounded."
PASSIVE = [
    ("A", "a", "DET", "DT", 1, "det"), ("guard", "guard", "NOUN", "NN", 3, "nsubjpass"),
    ("was", "be", "AUX", "VBD", 3, "auxpass"), ("killed", "kill", "VERB", "VBN", 3, "ROOT"),
    ("and", "and", "CCONJ", "CC", 3, "cc"), ("two", "two", "NUM", "CD", 6, "nummod"),
    ("drivers", "driver", "NOUN", "NNS", 8, "nsubjpass"), ("were", "be", "AUX", "VBD", 8, "auxpass"),
    ("wounded", "wound", "VERB", "VBN", 3, "conj"), (".", ".", "PUNCT", ".", 3, "punct"),
]


def test_a_passive_death_and_wounding_in_a_sentence_of_their_own_are_a_toll():
    doc, sent = two_sentences(PASSIVE)
    n = len(ATTACK)
    qs = [count(doc, n, n + 1, 1), count(doc, n + 5, n + 6, 2, "injured")]
    assert [q.kind for q in bare_toll(sent, qs)] == ["fatalities", "injured"]


def test_a_passive_death_with_a_doer_is_no_bare_toll():
    # "A man was killed by bandits.": someone did it, so it is an event, not a toll with no author
    body = [("A", "a", "DET", "DT", 1, "det"), ("man", "man", "NOUN", "NN", 3, "nsubjpass"),
            ("was", "be", "AUX", "VBD", 3, "auxpass"), ("killed", "kill", "VERB", "VBN", 3, "ROOT"),
            ("by", "by", "ADP", "IN", 3, "agent"), ("bandits", "bandit", "NOUN", "NNS", 4, "pobj"),
            (".", ".", "PUNCT", ".", 3, "punct")]
    doc, sent = two_sentences(body)
    n = len(ATTACK)
    assert bare_toll(sent, [count(doc, n, n + 1, 1)]) == []


def lost(obj: str, obj_lemma: str) -> list:
    # "Eight guards lost their <obj>."
    return [("Eight", "eight", "NUM", "CD", 1, "nummod"), ("guards", "guard", "NOUN", "NNS", 2, "nsubj"),
            ("lost", "lose", "VERB", "VBD", 2, "ROOT"), ("their", "their", "PRON", "PRP$", 4, "poss"),
            (obj, obj_lemma, "NOUN", "NNS", 2, "dobj"), (".", ".", "PUNCT", ".", 2, "punct")]


def test_lost_their_lives_is_a_death_but_lost_their_jobs_is_not():
    doc, sent = two_sentences(lost("lives", "life"))
    n = len(ATTACK)
    assert [q.min for q in bare_toll(sent, [count(doc, n, n + 1, 8)])] == [8]
    doc, sent = two_sentences(lost("jobs", "job"))
    assert bare_toll(sent, [count(doc, n, n + 1, 8)]) == []


def said(verb: str, verb_lemma: str) -> list:
    # "The mayor <verb> eleven guards died."
    return [("The", "the", "DET", "DT", 1, "det"), ("mayor", "mayor", "NOUN", "NN", 2, "nsubj"),
            (verb, verb_lemma, "VERB", "VBD", 2, "ROOT"), ("eleven", "eleven", "NUM", "CD", 4, "nummod"),
            ("guards", "guard", "NOUN", "NNS", 5, "nsubj"), ("died", "die", "VERB", "VBD", 2, "ccomp"),
            (".", ".", "PUNCT", ".", 2, "punct")]


def test_a_death_reported_by_a_verb_of_saying_is_a_toll_but_a_fear_is_not():
    doc, sent = two_sentences(said("said", "say"))
    n = len(ATTACK)
    assert [q.min for q in bare_toll(sent, [count(doc, n + 3, n + 4, 11)])] == [11]
    doc, sent = two_sentences(said("feared", "fear"))
    assert bare_toll(sent, [count(doc, n + 3, n + 4, 11)]) == []


def test_a_persons_age_gives_no_day_of_its_own_but_a_date_does():
    # "A 58-year-old herder was killed on Monday."
    body = [("A", "a", "DET", "DT", 2, "det"), ("58-year-old", "58-year-old", "ADJ", "JJ", 2, "amod"),
            ("herder", "herder", "NOUN", "NN", 4, "nsubjpass"), ("was", "be", "AUX", "VBD", 4, "auxpass"),
            ("killed", "kill", "VERB", "VBN", 4, "ROOT"), ("on", "on", "ADP", "IN", 4, "prep"),
            ("Monday", "Monday", "PROPN", "NNP", 5, "pobj"), (".", ".", "PUNCT", ".", 4, "punct")]
    doc = token_doc(body, [(1, 2, "DATE"), (6, 7, "DATE")])
    assert not anchor(doc[1])
    assert anchor(doc[6])
    assert not anchor(doc[2])


def listed(second_noun: str, second_lemma: str, second_count: str) -> list:
    # "Four fighters and <count> <noun> were killed."
    return [("Four", "four", "NUM", "CD", 1, "nummod"), ("fighters", "fighter", "NOUN", "NNS", 6, "nsubjpass"),
            ("and", "and", "CCONJ", "CC", 1, "cc"), (second_count, second_count.lower(), "NUM", "CD", 4, "nummod"),
            (second_noun, second_lemma, "NOUN", "NNS", 1, "conj"), ("were", "be", "AUX", "VBD", 6, "auxpass"),
            ("killed", "kill", "VERB", "VBN", 6, "ROOT"), (".", ".", "PUNCT", ".", 6, "punct")]


def test_counts_of_one_kind_listed_together_are_summed():
    doc = token_doc(listed("soldiers", "soldier", "two"))
    qs = [count(doc, 0, 1, 4, side="fighters"), count(doc, 3, 4, 2, side="soldiers")]
    out = summed_tolls(doc, qs)
    assert [(q.kind, q.min, q.max, q.side) for q in out] == [("fatalities", 6, 6, None)]
    assert out[0].text == "Four fighters and two soldiers"
    # a third item of the list joins too ("four fighters, two soldiers and a guard")
    three = [("Four", "four", "NUM", "CD", 1, "nummod"), ("fighters", "fighter", "NOUN", "NNS", 9, "nsubjpass"),
             (",", ",", "PUNCT", ",", 1, "punct"), ("two", "two", "NUM", "CD", 4, "nummod"),
             ("soldiers", "soldier", "NOUN", "NNS", 1, "conj"), ("and", "and", "CCONJ", "CC", 4, "cc"),
             ("a", "a", "DET", "DT", 7, "det"), ("guard", "guard", "NOUN", "NN", 4, "conj"),
             ("were", "be", "AUX", "VBD", 9, "auxpass"), ("killed", "kill", "VERB", "VBN", 9, "ROOT"),
             (".", ".", "PUNCT", ".", 9, "punct")]
    doc = token_doc(three)
    out = summed_tolls(doc, [count(doc, 0, 1, 4), count(doc, 3, 4, 2), count(doc, 6, 7, 1)])
    assert [q.min for q in out] == [7]


def test_a_count_inside_the_count_of_its_list_is_not_added_again():
    # the quantities stage counts "four fighters and two soldiers" whole and "two soldiers" on their own
    doc = token_doc(listed("soldiers", "soldier", "two"))
    out = summed_tolls(doc, [count(doc, 0, 4, 6), count(doc, 3, 4, 2, side="soldiers")])
    assert sorted(q.min for q in out) == [2, 6]


def test_counts_of_different_kinds_or_clauses_stay_apart():
    doc = token_doc(listed("soldiers", "soldier", "two"))
    qs = [count(doc, 0, 1, 4), count(doc, 3, 4, 2, "injured")]
    assert summed_tolls(doc, qs) == qs
    # "Four fighters were killed and two soldiers were killed.": two clauses, not one list
    two = [("Four", "four", "NUM", "CD", 1, "nummod"), ("fighters", "fighter", "NOUN", "NNS", 3, "nsubjpass"),
           ("were", "be", "AUX", "VBD", 3, "auxpass"), ("killed", "kill", "VERB", "VBN", 3, "ROOT"),
           ("and", "and", "CCONJ", "CC", 3, "cc"), ("two", "two", "NUM", "CD", 6, "nummod"),
           ("soldiers", "soldier", "NOUN", "NNS", 8, "nsubjpass"), ("were", "be", "AUX", "VBD", 8, "auxpass"),
           ("killed", "kill", "VERB", "VBN", 3, "conj"), (".", ".", "PUNCT", ".", 3, "punct")]
    doc = token_doc(two)
    qs = [count(doc, 0, 1, 4), count(doc, 5, 6, 2)]
    assert summed_tolls(doc, qs) == qs


def test_summing_ignores_counts_with_no_span_or_no_number():
    doc = token_doc(listed("soldiers", "soldier", "two"))
    nowhere = Quantity(kind="fatalities", min=3.0, max=3.0, text="", start=-1, end=-1)
    outside = Quantity(kind="fatalities", min=3.0, max=3.0, text="x", start=5000, end=5004)
    unknown = dataclasses.replace(count(doc, 3, 4, 2), min=None, max=None)
    qs = [count(doc, 0, 1, 4), nowhere, outside, unknown]
    assert summed_tolls(doc, qs) == qs
    assert summed_tolls(doc, []) == []


# "Officials later raised the toll to nine dead."
RAISED = [
    ("Officials", "official", "NOUN", "NNS", 2, "nsubj"), ("later", "later", "ADV", "RB", 2, "advmod"),
    ("raised", "raise", "VERB", "VBD", 2, "ROOT"), ("the", "the", "DET", "DT", 4, "det"),
    ("toll", "toll", "NOUN", "NN", 2, "dobj"), ("to", "to", "ADP", "IN", 2, "prep"),
    ("nine", "nine", "NUM", "CD", 7, "nummod"), ("dead", "dead", "ADJ", "JJ", 5, "pobj"),
    (".", ".", "PUNCT", ".", 2, "punct"),
]


def test_a_raised_toll_replaces_the_earlier_count():
    doc, sent = two_sentences(RAISED)
    n = len(ATTACK)
    assert revision(sent)
    nine = count(doc, n + 6, n + 7, 9)
    assert revised_toll(sent, [nine]) == [nine]
    doc._.fp_quantities = [count(doc, 6, 6, 6), nine]
    events = build_events(doc, STAGES)
    assert len(events) == 1
    assert [(q.kind, q.min) for q in events[0].quantities] == [("fatalities", 9)]
    assert events[0].quantities[0].start == nine.start  # the count points to the revising sentence


def test_a_toll_not_revised_is_no_revision():
    # "Officials later raised the alarm.": no toll changed
    body = [("Officials", "official", "NOUN", "NNS", 2, "nsubj"), ("later", "later", "ADV", "RB", 2, "advmod"),
            ("raised", "raise", "VERB", "VBD", 2, "ROOT"), ("the", "the", "DET", "DT", 4, "det"),
            ("alarm", "alarm", "NOUN", "NN", 2, "dobj"), (".", ".", "PUNCT", ".", 2, "punct")]
    doc, sent = two_sentences(body)
    assert not revision(sent)
    assert revised_toll(sent, []) == []


def test_add_toll_keeps_the_union_unless_revised():
    doc = token_doc(listed("soldiers", "soldier", "two"))
    held, extra = [count(doc, 0, 1, 4)], []
    add_toll(held, extra, [count(doc, 3, 4, 2, "injured"), count(doc, 0, 1, 4)])
    assert [(q.kind, q.min) for q in held + extra] == [("fatalities", 4), ("injured", 2)]
    add_toll(held, extra, [count(doc, 3, 4, 7)], revised=True)
    assert [(q.kind, q.min) for q in held + extra] == [("injured", 2), ("fatalities", 7)]
