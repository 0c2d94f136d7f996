"""One name, one answer: what the gazetteer gives for a name does not hang on the names asked beside it or before
it in the same process. Two names asked at once may share a spelling variant ("al baydha" and "baydha" both meet
"al bayda"); each must get it. Small hand-built indexes and invented texts; no model."""

from __future__ import annotations

import pytest

from footprint import testing
from footprint.places.gazetteer import norm

# real points, rounded populations
PLACES = [
    ("Yemen", 15.5, 47.5, "YE", "A.PCLI", "country", 30_000_000, {"radius_km": 400.0}),
    ("Al Bayḑā’", 14.1, 45.4, "YE", "A.ADM1", "region", 700_000, {"admin1": "20"}),
    ("Rada", 14.42, 44.84, "YE", "P.PPL", "town", 50_000, {"admin1": "20"}),
    ("Al Qurayyah", 14.9, 45.1, "YE", "P.PPL", "town", 4_000, {"admin1": "20"}),
]


@pytest.fixture
def fresh(tmp_path):
    n = iter(range(1000))
    rows = testing.place_rows(PLACES)
    return lambda: testing.gazetteer(tmp_path / f"g{next(n)}.sqlite", rows, regions=True)


def ids(found):
    return sorted(c.id for c in found)


@pytest.mark.parametrize("name, beside", [
    ("Al Baydha", "Baydha"),  # both meet "al bayda"
    ("Baydha", "Al Baydha"),
    ("Al Qurayya", "Qurayya"),  # both meet "al qurayyah"
    ("Qurayya", "Al Qurayya"),
])
def test_a_name_asked_beside_another_gets_what_it_gets_alone(fresh, name, beside):
    alone = ids(fresh().lookup([norm(name)])[norm(name)])
    assert alone, f"{name} meets nothing even alone"
    together = fresh().lookup([norm(name), norm(beside)])
    assert ids(together[norm(name)]) == alone


@pytest.mark.parametrize("first", ["Baydha", "Al Bayda", "Rada", "Yemen", ""])
def test_a_name_asked_after_another_gets_what_it_gets_alone(fresh, first):
    alone = ids(fresh().lookup(["al baydha"])["al baydha"])
    g = fresh()
    g.lookup([norm(first), "baydha", "al baydha"])  # a text that says "Al Baydha" asks for "baydha" too
    assert ids(g.lookup(["al baydha"])["al baydha"]) == alone


def test_the_place_stage_gives_one_answer_whatever_came_before(fresh):
    text = "Clashes spread across Al Baydha province on Monday."

    def answer(g):
        doc = testing.run_places(g, text)
        return [(m.text, m.place and m.place.name) for m in doc._.fp_places]

    alone = answer(fresh())
    assert ("Al Baydha", "Al Bayḑā’") in alone
    g = fresh()
    testing.run_places(g, "Fighting near Baydha and Rada on Sunday.")
    assert answer(g) == alone


@pytest.mark.parametrize("names", [[], [""], ["\x00"], ["a" * 5000], ["al " * 300], ["baydha"] * 3])
def test_odd_batches_answer_each_name_once(fresh, names):
    found = fresh().lookup(names)
    assert set(found) <= {n for n in names if n}
