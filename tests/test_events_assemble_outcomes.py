"""Unit tests for what became of an event told before: "The attack was repelled and nine assailants were
neutralised" tells the outcome of the attack just told, not a new fight. Invented sentences with hand-built
parses (no model is loaded)."""

from __future__ import annotations

from footprint.events import build_events
from tests.test_events_tolls_revisions import STAGES, count, report

# "Bandits attacked a post, killing two."
ATTACK = [
    ("Bandits", "bandit", "NOUN", "NNS", 1, "nsubj"), ("attacked", "attack", "VERB", "VBD", 1, "ROOT"),
    ("a", "a", "DET", "DT", 3, "det"), ("post", "post", "NOUN", "NN", 1, "dobj"),
    (",", ",", "PUNCT", ",", 1, "punct"), ("killing", "kill", "VERB", "VBG", 1, "advcl"),
    ("two", "two", "NUM", "CD", 5, "dobj"), (".", ".", "PUNCT", ".", 1, "punct"),
]


def outcome(det: str) -> list:
    """"<Det> attack was repelled and nine assailants were neutralised." """
    return [
        (det, det.lower(), "DET", "DT", 1, "det"), ("attack", "attack", "NOUN", "NN", 3, "nsubjpass"),
        ("was", "be", "AUX", "VBD", 3, "auxpass"), ("repelled", "repel", "VERB", "VBN", 3, "ROOT"),
        ("and", "and", "CCONJ", "CC", 3, "cc"), ("nine", "nine", "NUM", "CD", 6, "nummod"),
        ("assailants", "assailant", "NOUN", "NNS", 8, "nsubjpass"), ("were", "be", "AUX", "VBD", 8, "auxpass"),
        ("neutralised", "neutralise", "VERB", "VBN", 3, "conj"), (".", ".", "PUNCT", ".", 3, "punct"),
    ]


def test_the_attack_repelled_and_assailants_neutralised_is_the_outcome_of_the_attack_told():
    doc, (a, b) = report(ATTACK, outcome("The"))
    doc._.fp_quantities = [count(doc, a + 6, a + 6, 2), count(doc, b + 5, b + 6, 9)]
    events = build_events(doc, STAGES)
    assert len(events) == 1
    # the attackers' dead are the attack's too, beside the two it killed
    assert [(q.kind, q.min) for q in events[0].quantities] == [("fatalities", 2), ("fatalities", 9)]


def test_an_attack_repelled_with_no_attack_told_before_is_an_event_of_its_own():
    doc, (b,) = report(outcome("The"))
    doc._.fp_quantities = [count(doc, b + 5, b + 6, 9)]
    assert len(build_events(doc, STAGES)) == 1
