"""Quantities: tolls told in ways a number alone does not show (one person in a passive, a body found, a couple),
cue words of killing and taking away, a casualty verb that outranks a modifier ("seven displaced people" killed),
and buildings that are never counted."""

from __future__ import annotations

import pytest

from footprint.quantities import find_quantities


def kinds(nlp, text):
    return [(q.kind, q.min, q.max) for q in find_quantities(nlp(text), [], [])]


@pytest.mark.parametrize("text,expected", [
    # one person named by "a" in a passive
    ("A shepherd was killed when gunmen fired on his flock.", [("fatalities", 1, 1)]),
    ("An aid worker was later abducted near the border.", [("abducted", 1, 1)]),
    ("A 52-year-old woman was wounded and two men were killed.", [("injured", 1, 1), ("fatalities", 2, 2)]),
    # the last person of a list is no count of its own: the list is (``_listed_with``)
    ("Three herders and a teacher were killed at the well.", [("fatalities", 3, 3), ("fatalities", 4, 4)]),
    # a person with no casualty after the auxiliary counts nothing
    ("A soldier was on guard at the gate.", []),
    ("A trader was displaced twice.", []),
    # a body found is a death
    ("The body of a village chief was found in the river.", [("fatalities", 1, 1)]),
    ("Farmers found the bodies of four vigilantes near the road.", [("fatalities", 4, 4)]),
    # a couple is two people, counted once where the number reading has it already
    ("A shell hit the house, wounding an elderly couple.", [("injured", 2, 2)]),
    ("Gunmen killed a couple of villagers near the well.", [("fatalities", 2, 2)]),
    ("A couple was abducted on the road.", [("abducted", 2, 2)]),
    # cue phrases of killing and taking
    ("Insurgents stormed the hamlet, beheading three fishermen.", [("fatalities", 3, 3)]),
    ("Seven guards and the cook lost their lives in the blast.", [("fatalities", 7, 7)]),
    ("Armed men stopped the lorry and took away nine passengers.", [("abducted", 9, 9)]),
    ("Gunmen gunned down a trader at the market.", [("fatalities", 1, 1)]),
    # the number a toll reaches after the phrase that names its attack is the toll
    ("The police raised the toll from the ambush to nine.", [("fatalities", 9, 9)]),
    ("Officials raised the toll of the market attack to twelve on Friday.", [("fatalities", 12, 12)]),
    ("The toll of the fighting has risen, pushing families to four camps.", []),
    # "lost" of things or ground is still no toll
    ("The battalion lost three trucks in the retreat.", [("equipment", 3, 3)]),
    # the verb tells what happened to the displaced people counted
    ("Rockets struck the camp, killing five displaced people.", [("fatalities", 5, 5)]),
    ("The blast wounded 12 displaced children at the school.", [("injured", 12, 12)]),
    # with no other cue the modifier still tells the kind
    ("About 4,000 displaced people reached the town.", [("displaced", 4000, 4000)]),
])
def test_tolls_cues_and_modifiers(nlp, text, expected):
    assert kinds(nlp, text) == expected


@pytest.mark.parametrize("text", [
    "Raiders burned dozens of homes and killed 12 people.",
    "The fighters looted 30 shops before they killed 12 people.",
])
def test_buildings_are_never_counted(nlp, text):
    assert kinds(nlp, text) == [("fatalities", 12, 12)]


@pytest.mark.parametrize("text", ["", "a", "the body of", "A", "killing the", "was killed a", "A 5-year-old"])
def test_fragments_count_nothing_and_do_not_fail(nlp, text):
    assert kinds(nlp, text) == []


def test_a_couple_inside_a_time_is_no_toll(nlp):
    text = "The commander was killed a couple of days ago."
    doc = nlp(text)
    at = text.index("a couple")
    assert find_quantities(doc, [], [(at, text.index(" ago") + 4)]) == []
