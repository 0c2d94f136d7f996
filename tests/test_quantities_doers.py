"""Quantities: a count on the doers' side of a casualty verb ("Two gunmen shot dead a trader") counts the
attackers, never the toll; a count of those who die ("three soldiers died", "nineteen civilians lost their lives")
stays one. Invented sentences with hand-built parses (no model is loaded)."""

from __future__ import annotations

from footprint.quantities import find_quantities
from footprint.testing import table_doc

SHOT_DEAD = """
Two two NUM CD 1 nummod
gunmen gunman NOUN NNS 4 nsubj
on on ADP IN 1 prep
foot foot NOUN NN 2 pobj
shot shoot VERB VBD 4 ROOT
dead dead ADJ JJ 4 acomp
a a DET DT 7 det
herder herder NOUN NN 4 dobj
. . PUNCT . 4 punct
"""

LOST_LIVES = """
Nineteen nineteen NUM CD 1 nummod
villagers villager NOUN NNS 2 nsubj
lost lose VERB VBD 2 ROOT
their their PRON PRP$ 4 poss
lives life NOUN NNS 2 dobj
. . PUNCT . 2 punct
"""

PASSIVE = """
Two two NUM CD 1 nummod
guards guard NOUN NNS 3 nsubjpass
were be AUX VBD 3 auxpass
killed kill VERB VBN 3 ROOT
. . PUNCT . 3 punct
"""


def kinds(spec: str) -> list[tuple[str, float | None]]:
    return [(q.kind, q.min) for q in find_quantities(table_doc(spec), [], [])]


def test_the_doers_counted_are_no_toll():
    assert ("fatalities", 2) not in kinds(SHOT_DEAD)
    assert ("personnel", 2) in kinds(SHOT_DEAD)
    killed = SHOT_DEAD.replace("shot shoot VERB VBD 4 ROOT", "killed kill VERB VBD 4 ROOT").replace(
        "dead dead ADJ JJ 4 acomp", "alone alone ADV RB 4 advmod")
    assert ("fatalities", 2) not in kinds(killed)


def test_those_who_die_stay_the_toll():
    assert kinds(LOST_LIVES) == [("fatalities", 19)]
    assert kinds(PASSIVE) == [("fatalities", 2)]
    # with no object the verb tells what befell them ("two herders were shot dead" read without "were")
    died = SHOT_DEAD.replace("a a DET DT 7 det", "today today NOUN NN 4 npadvmod").replace(
        "herder herder NOUN NN 4 dobj", "again again ADV RB 4 advmod")
    assert ("fatalities", 2) in kinds(died)


FLED = """
About about ADV RB 1 advmod
9,000 9,000 NUM CD 2 nummod
people people NOUN NNS 3 nsubj
fled flee VERB VBD 3 ROOT
their their PRON PRP$ 5 poss
villages village NOUN NNS 3 dobj
. . PUNCT . 3 punct
"""


def test_people_who_flee_their_homes_are_the_displaced():
    assert [k for k, _ in kinds(FLED)] == ["displaced"]


# the tagger read "shot" as a noun after the ridden vehicle: "dead" holds the subject and the object
SHOT_AS_NOUN = """
two two NUM CD 1 nummod
gunmen gunman NOUN NNS 6 nsubj
on on ADP IN 1 prep
a a DET DT 4 det
motorbike motorbike NOUN NN 5 compound
shot shot NOUN NN 2 pobj
dead dead ADJ JJ 11 ccomp
a a DET DT 8 det
trader trader NOUN NN 6 dobj
, , PUNCT , 11 punct
police police NOUN NNS 11 nsubj
said say VERB VBD 11 ROOT
. . PUNCT . 11 punct
"""


def test_the_doers_counted_when_dead_stands_for_the_verb():
    assert ("fatalities", 2) not in kinds(SHOT_AS_NOUN)
    assert ("personnel", 2) in kinds(SHOT_AS_NOUN)
