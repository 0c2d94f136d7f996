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
