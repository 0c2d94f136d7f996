"""Quantities: readings that count someone who was never struck (a possessive noun, the second of two
clauses, a patient taken to hospital, "lives'" savings), each beside the true toll it must still give."""

from __future__ import annotations

import pytest

from footprint.quantities import find_quantities


def kinds(nlp, text):
    return [(q.kind, q.min, q.max) for q in find_quantities(nlp(text), [], [])]


@pytest.mark.parametrize("text,expected", [
    # a possessive names a thing's owner, not a victim
    ("Police seized the driver's licence at the checkpoint.", []),
    ("Gunmen seized the trader’s goods on the road.", []),
    ("Gunmen seized the trader on the road.", [("abducted", 1, 1)]),
    # two clauses each with a singular verb are two tolls, not the tail of a list
    ("A soldier was killed and a nurse was wounded.", [("fatalities", 1, 1), ("injured", 1, 1)]),
    ("A guard was killed, and a nurse was abducted at dawn.", [("fatalities", 1, 1), ("abducted", 1, 1)]),
    # the list's tail is no toll of its own; the whole list is ("four herders and a teacher": five)
    ("Four herders and a teacher were killed at the well.", [("fatalities", 4, 4), ("fatalities", 5, 5)]),
    # taken to hospital is care, not abduction
    ("An official was taken to hospital after the blast.", []),
    ("Two soldiers were taken to hospital in the capital.", [("personnel", 2, 2)]),
    ("A farmer was rushed to a clinic for treatment.", []),
    ("Nine villagers were brought to the health centre for treatment.", [("other", 9, 9)]),
    ("An engineer was taken by gunmen near the mine.", [("abducted", 1, 1)]),
    ("Gunmen abducted three teachers and took them to the forest.", [("abducted", 3, 3)]),
    # a possessive "lives'" is no loss of life
    ("Twelve families lost their lives' savings when the market burned.", [("other", 12, 12)]),
    ("Twelve miners lost their lives in the collapse.", [("fatalities", 12, 12)]),
])
def test_false_counts(nlp, text, expected):
    assert kinds(nlp, text) == expected
