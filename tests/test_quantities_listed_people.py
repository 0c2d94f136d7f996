"""Quantities (blank pipeline, invented sentences): single people listed with a counted noun in one phrase make a
count of the whole list ("two militants and a police constable": three), beside the count of the noun's own
people; people in clauses of their own stay apart."""

from __future__ import annotations

import pytest

from footprint.actors import find_actors
from footprint.quantities import find_quantities


def counts(nlp, text):
    doc = nlp(text)
    return sorted((q.text, q.kind, q.min, q.side) for q in find_quantities(doc, find_actors(doc), []))


@pytest.mark.parametrize("text,expected", [
    ("Two militants and a police constable were killed in a gunfight.",
     [("Two militants", "fatalities", 2, "militants"),
      ("Two militants and a police constable", "fatalities", 3, None)]),
    ("A shell hit a minibus, killing the driver and two passengers.",
     [("the driver and two passengers", "fatalities", 3, None), ("two passengers", "fatalities", 2, "passengers")]),
    ("Raiders abducted five pupils and a teacher from the school.",
     [("five pupils", "abducted", 5, "pupils"), ("five pupils and a teacher", "abducted", 6, None)]),
])
def test_single_people_listed_with_a_count_make_a_count_of_the_list(nlp, text, expected):
    assert counts(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("The attack killed three soldiers and wounded a civilian.",  # a clause of its own
     [("a civilian", "injured", 1, "civilian"), ("three soldiers", "fatalities", 3, "soldiers")]),
    ("Gunmen killed seven herders, a village official said.",  # a comma may open the speaker
     [("seven herders", "fatalities", 7, "herders")]),
])
def test_people_outside_the_list_are_not_added(nlp, text, expected):
    assert counts(nlp, text) == expected
