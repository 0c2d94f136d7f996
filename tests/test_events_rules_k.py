"""Unit tests for the event rules measured on the dev-f/g/h reports: each rule on invented sentences with
hand-built parses (no model is loaded)."""

from __future__ import annotations

from footprint.events.classify import find_candidates
from footprint.testing import table_doc as doc_of


def types(spec: str) -> list[str]:
    return [c.type for c in find_candidates(list(doc_of(spec).sents)[0])]


# "Dozens of traders blocked the main road at Kafanchan on Monday to protest against the killings of two
# farmers, until police asked them to leave."
GRIEVANCE = """
Dozens dozen NOUN NNS 3 nsubj
of of ADP IN 0 prep
traders trader NOUN NNS 1 pobj
blocked block VERB VBD 3 ROOT
the the DET DT 6 det
main main ADJ JJ 6 amod
road road NOUN NN 3 dobj
at at ADP IN 6 prep
Kafanchan Kafanchan PROPN NNP 7 pobj
on on ADP IN 3 prep
Monday Monday PROPN NNP 9 pobj
to to PART TO 12 aux
protest protest VERB VB 3 advcl
against against ADP IN 12 prep
the the DET DT 15 det
killings killing NOUN NNS 13 pobj
of of ADP IN 15 prep
two two NUM CD 18 nummod
farmers farmer NOUN NNS 16 pobj
, , PUNCT , 3 punct
until until SCONJ IN 22 mark
police police NOUN NNS 22 nsubj
asked ask VERB VBD 3 advcl
them they PRON PRP 22 dobj
to to PART TO 25 aux
leave leave VERB VB 22 xcomp
. . PUNCT . 3 punct
"""


def test_killings_a_protest_is_about_are_no_force_used_on_the_protesters():
    got = types(GRIEVANCE)
    assert "protest" in got
    assert "protest_excessive_force" not in got
    # the same words outside what is protested do tell force against the crowd
    shot = GRIEVANCE.replace("asked ask VERB VBD 3 advcl", "killed kill VERB VBD 3 advcl")
    assert "protest_excessive_force" in types(shot)


# "Villagers said a company of soldiers reached Dogo from Tahoua on Monday and set up camp near the well."
REACHED = """
Villagers villager NOUN NNS 1 nsubj
said say VERB VBD 1 ROOT
a a DET DT 3 det
company company NOUN NN 6 nsubj
of of ADP IN 3 prep
soldiers soldier NOUN NNS 4 pobj
reached reach VERB VBD 1 ccomp
Dogo Dogo PROPN NNP 6 dobj
from from ADP IN 6 prep
Tahoua Tahoua PROPN NNP 8 pobj
on on ADP IN 6 prep
Monday Monday PROPN NNP 10 pobj
and and CCONJ CC 6 cc
set set VERB VBD 6 conj
up up ADP RP 13 prt
camp camp NOUN NN 13 dobj
near near ADP IN 13 prep
the the DET DT 18 det
well well NOUN NN 16 pobj
. . PUNCT . 1 punct
"""

# "Soldiers and rebels reached an agreement in Niamey."
AGREEMENT = """
Soldiers soldier NOUN NNS 3 nsubj
and and CCONJ CC 0 cc
rebels rebel NOUN NNS 0 conj
reached reach VERB VBD 3 ROOT
an an DET DT 5 det
agreement agreement NOUN NN 3 dobj
in in ADP IN 5 prep
Niamey Niamey PROPN NNP 6 pobj
. . PUNCT . 3 punct
"""


def test_a_unit_of_soldiers_reaching_a_place_is_a_deployment_but_an_agreement_reached_is_not():
    assert types(REACHED)[0] == "deployment"
    assert types(AGREEMENT) == ["agreement_signed"]
    # what is not a force reaching a place is no deployment ("villagers reached Dogo")
    assert "deployment" not in types(REACHED.replace("soldiers soldier", "villagers villager"))
