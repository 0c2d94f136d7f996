"""Unit tests for a toll revision that names its attack ("the toll from the attack on Wad Rawa rose to nine"): it
updates the attack told before that holds the names, not the latest one, and tells no attack of its own; where no
attack told before holds them, the named attack is an event of its own. Invented sentences with hand-built parses
(no model is loaded)."""

from __future__ import annotations

from footprint.events import build_events
from footprint.events.assemble import Stages
from footprint.model import Quantity
from footprint.testing import token_doc

STAGES = Stages(event_location=lambda *a: None, event_date=lambda *a: (None, False), is_meta=lambda doc, sent: False)


def attack(subject: str, obj: str, place: list[str], number: str) -> list:
    """"<Subject> attacked a <obj> near <place>, killing <number>.\""""
    n = len(place)
    out = [(subject, subject.lower(), "NOUN", "NNS", 1, "nsubj"), ("attacked", "attack", "VERB", "VBD", 1, "ROOT"),
           ("a", "a", "DET", "DT", 3, "det"), (obj, obj, "NOUN", "NN", 1, "dobj"), ("near", "near", "ADP", "IN", 1, "prep")]
    out += [(w, w, "PROPN", "NNP", 4 + n, "compound") for w in place[:-1]] + [(place[-1], place[-1], "PROPN", "NNP", 4, "pobj")]
    return out + [(",", ",", "PUNCT", ",", 1, "punct"), ("killing", "kill", "VERB", "VBG", 1, "advcl"),
                  (number, number, "NUM", "CD", 6 + n, "dobj"), (".", ".", "PUNCT", ".", 1, "punct")]


CONVOY = attack("Gunmen", "convoy", ["Wad", "Rawa"], "six")  # the count at token 9
VILLAGE = attack("Bandits", "village", ["Tamboul"], "two")  # the count at token 8

# "The toll from the attack on Wad Rawa rose to nine." (the count at token 10)
NAMED = [
    ("The", "the", "DET", "DT", 1, "det"), ("toll", "toll", "NOUN", "NN", 8, "nsubj"),
    ("from", "from", "ADP", "IN", 1, "prep"), ("the", "the", "DET", "DT", 4, "det"),
    ("attack", "attack", "NOUN", "NN", 2, "pobj"), ("on", "on", "ADP", "IN", 4, "prep"),
    ("Wad", "Wad", "PROPN", "NNP", 7, "compound"), ("Rawa", "Rawa", "PROPN", "NNP", 5, "pobj"),
    ("rose", "rise", "VERB", "VBD", 8, "ROOT"), ("to", "to", "ADP", "IN", 8, "prep"),
    ("nine", "nine", "NUM", "CD", 9, "pobj"), (".", ".", "PUNCT", ".", 8, "punct"),
]


def report(*sentences: list) -> tuple:
    tokens, starts = [], []
    for sent in sentences:
        n = len(tokens)
        starts.append(n)
        tokens += [(w, lemma, pos, tag, head + n, dep) for w, lemma, pos, tag, head, dep in sent]
    return token_doc(tokens, sent_starts=[i in starts for i in range(len(tokens))]), starts


def count(doc, at: int, n: float) -> Quantity:
    t = doc[at]
    return Quantity(kind="fatalities", min=n, max=n, text=t.text, start=t.idx, end=t.idx + len(t.text))


def tolls(events) -> list[list[float]]:
    return [[q.min for q in e.quantities if q.kind == "fatalities"] for e in events]


def test_a_revision_naming_its_attack_updates_that_attack_not_the_latest():
    doc, (a, b, c) = report(CONVOY, VILLAGE, NAMED)
    doc._.fp_quantities = [count(doc, a + 9, 6), count(doc, b + 8, 2), count(doc, c + 10, 9)]
    events = build_events(doc, STAGES)
    # two attacks: the convoy's six become nine, the village keeps its two, the revision is no third attack
    assert tolls(events) == [[9], [2]]


def test_a_revision_naming_an_attack_not_told_before_is_that_attack():
    doc, (b, c) = report(VILLAGE, NAMED)
    doc._.fp_quantities = [count(doc, b + 8, 2), count(doc, c + 10, 9)]
    events = build_events(doc, STAGES)
    # the village's two stay two: the attack on Wad Rawa is told only by its toll
    assert tolls(events) == [[2], [9]]


# "The toll from Sunday's attack on Wad Rawa rose to nine." (the count at token 12): the noun with a day of its own
OWN_DAY = NAMED[:3] + [("Sunday", "Sunday", "PROPN", "NNP", 5, "poss"), ("'s", "'s", "PART", "POS", 3, "case"),
                       ("attack", "attack", "NOUN", "NN", 2, "pobj"), ("on", "on", "ADP", "IN", 5, "prep"),
                       ("Wad", "Wad", "PROPN", "NNP", 8, "compound"), ("Rawa", "Rawa", "PROPN", "NNP", 6, "pobj"),
                       ("rose", "rise", "VERB", "VBD", 9, "ROOT"), ("to", "to", "ADP", "IN", 9, "prep"),
                       ("nine", "nine", "NUM", "CD", 10, "pobj"), (".", ".", "PUNCT", ".", 9, "punct")]
OWN_DAY[1] = ("toll", "toll", "NOUN", "NN", 9, "nsubj")


def test_a_revision_naming_its_attack_with_a_day_of_its_own_still_revises_the_attack_it_names():
    doc, (a, b, c) = report(CONVOY, VILLAGE, OWN_DAY)
    doc._.fp_quantities = [count(doc, a + 9, 6), count(doc, b + 8, 2), count(doc, c + 11, 9)]
    events = build_events(doc, STAGES)
    # the convoy's six become nine whether or not the retelling stays an event of its own
    assert tolls(events)[:2] == [[9], [2]]


# "The toll from the attack on Dikwa rose to nine." (the count at token 9)
NAMED_ONE = [
    ("The", "the", "DET", "DT", 1, "det"), ("toll", "toll", "NOUN", "NN", 7, "nsubj"),
    ("from", "from", "ADP", "IN", 1, "prep"), ("the", "the", "DET", "DT", 4, "det"),
    ("attack", "attack", "NOUN", "NN", 2, "pobj"), ("on", "on", "ADP", "IN", 4, "prep"),
    ("Dikwa", "Dikwa", "PROPN", "NNP", 5, "pobj"), ("rose", "rise", "VERB", "VBD", 7, "ROOT"),
    ("to", "to", "ADP", "IN", 7, "prep"), ("nine", "nine", "NUM", "CD", 8, "pobj"), (".", ".", "PUNCT", ".", 7, "punct"),
]


def test_a_name_is_matched_as_a_whole_word_not_inside_a_longer_name():
    # the village at "Dikwana", told later, holds "Dikwa" only as letters: the convoy at Dikwa is the one revised
    doc, (a, b, c) = report(attack("Gunmen", "convoy", ["Dikwa"], "six"), attack("Bandits", "village", ["Dikwana"], "two"),
                            NAMED_ONE)
    doc._.fp_quantities = [count(doc, a + 8, 6), count(doc, b + 8, 2), count(doc, c + 9, 9)]
    assert tolls(build_events(doc, STAGES)) == [[9], [2]]
