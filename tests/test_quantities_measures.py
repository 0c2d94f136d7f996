"""Quantities: a number before a unit of weight or volume, or before the bags and sacks goods come in, counts
goods, never people, even where a verb of seizing stands before it; the people in the same sentence still count."""

from __future__ import annotations

import pytest

from footprint.quantities import find_quantities


def kinds(nlp, text):
    return [(q.kind, q.min, q.unit) for q in find_quantities(nlp(text), [], [])]


@pytest.mark.parametrize("text,expected", [
    ("Customs officers seized 250 kilograms of cannabis at the border post.", [("other", 250, "kg")]),
    ("Gunmen took 3 kilos of gold from the miners.", [("other", 3, "kg")]),
    ("The rebels seized 1,500 litres of diesel from a depot.", [("other", 1500, "litres")]),
    ("Bandits seized 40 sacks of millet from the market.", [("other", 40, "sacks")]),
    ("Police arrested two men and seized 80 bags of fertiliser.",
     [("detained", 2, "personnel"), ("other", 80, "bags")]),
    # people still count
    ("Gunmen seized 12 passengers from the bus.", [("abducted", 12, "personnel")]),
])
def test_measures_and_containers_are_no_head_count(nlp, text, expected):
    assert kinds(nlp, text) == expected
