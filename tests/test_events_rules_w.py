"""Unit tests for vigilantes killed by armed men (no mob) and tyres burned by those a protest names (the
protest's, no looting): invented sentences with hand-built parses (no model is loaded)."""

from __future__ import annotations

from footprint.events.classify import find_candidates
from footprint.testing import table_doc


def types(spec: str) -> list[str]:
    return [c.type for c in find_candidates(list(table_doc(spec).sents)[0])]


VIGILANTES_HIT = """
Bandits bandit NOUN NNS 1 nsubj
killed kill VERB VBD 1 ROOT
six six NUM CD 3 nummod
vigilantes vigilante NOUN NNS 1 dobj
. . PUNCT . 1 punct
"""

VIGILANTES_KILL = """
Vigilantes vigilante NOUN NNS 1 nsubj
killed kill VERB VBD 1 ROOT
two two NUM CD 4 nummod
suspected suspect VERB VBN 4 amod
thieves thief NOUN NNS 1 dobj
. . PUNCT . 1 punct
"""

TYRES = """
Youths youth NOUN NNS 1 nsubj
protested protest VERB VBD 1 ROOT
and and CCONJ CC 1 cc
gendarmes gendarme NOUN NNS 4 nsubj
dispersed disperse VERB VBD 1 conj
them they PRON PRP 4 dobj
when when SCONJ WRB 8 advmod
they they PRON PRP 8 nsubj
set set VERB VBD 4 advcl
tyres tyre NOUN NNS 8 dobj
on on ADP IN 8 prep
fire fire NOUN NN 10 pobj
. . PUNCT . 4 punct
"""


def test_vigilantes_killed_by_bandits_are_no_mob_violence():
    assert "mob_violence" not in types(VIGILANTES_HIT)
    assert types(VIGILANTES_HIT)
    # vigilantes who kill suspects are a mob
    assert "mob_violence" in types(VIGILANTES_KILL)


def test_tyres_burned_by_those_a_protest_names_are_no_looting():
    assert "looting" not in types(TYRES)
    # houses burned in the same run are
    assert "looting" in types(TYRES.replace("tyres tyre NOUN", "houses house NOUN"))


HELD_A_MARCH = """
Residents resident NOUN NNS 1 nsubj
held hold VERB VBD 1 ROOT
a a DET DT 3 det
march march NOUN NN 1 dobj
to to PART TO 5 aux
demand demand VERB VB 1 advcl
security security NOUN NN 5 dobj
. . PUNCT . 1 punct
"""


def test_a_march_held_by_residents_is_a_protest_and_a_month_is_not():
    assert types(HELD_A_MARCH) == ["protest"]
    # "held talks in March": the month is no march held
    month = HELD_A_MARCH.replace("march march NOUN NN 1 dobj", "March March PROPN NNP 1 npadvmod")
    assert "protest" not in types(month)
