"""Unit tests for a single body found (one death where the sentence counts none) and for trends told by a verb of
more or fewer ("stepped up bombings"). Invented sentences with hand-built parses (no model is loaded)."""

from __future__ import annotations

from footprint.events.abuses import dead_counted
from footprint.events.classify import find_candidates
from footprint.events.filters import blocked
from footprint.events.vocabulary import lexicon
from footprint.model import Quantity
from footprint.testing import table_doc

# "The body of a shepherd was found near the well ."
ONE_BODY = """
The the DET DT 1 det
body body NOUN NN 6 nsubjpass
of of ADP IN 1 prep
a a DET DT 4 det
shepherd shepherd NOUN NN 2 pobj
was be AUX VBD 6 auxpass
found find VERB VBN 6 ROOT
near near ADP IN 6 prep
the the DET DT 9 det
well well NOUN NN 7 pobj
. . PUNCT . 6 punct
"""

# "The bodies of the shepherds were found near the well ."
BODIES = ONE_BODY.replace("The the DET DT 1 det\nbody body NOUN NN", "The the DET DT 1 det\nbodies body NOUN NNS").replace(
    "a a DET DT 4 det\nshepherd shepherd NOUN NN", "the the DET DT 4 det\nshepherds shepherd NOUN NNS").replace(
    "was be AUX VBD", "were be AUX VBD")

# "The body of two shepherds was found near the well ."
BODY_OF_TWO = ONE_BODY.replace("a a DET DT 4 det\nshepherd shepherd NOUN NN", "two two NUM CD 4 nummod\nshepherds shepherd NOUN NNS")


def found(spec: str):
    doc = table_doc(spec)
    return doc, next(c for c in find_candidates(list(doc.sents)[0]) if c.type == "attack_on_civilians")


def test_a_single_body_found_counts_one_death():
    doc, cand = found(ONE_BODY)
    [q] = dead_counted(cand, [])
    assert (q.kind, q.min, q.max) == ("fatalities", 1.0, 1.0) and q.text.startswith("The body of a shepherd")


def test_bodies_without_a_count_or_a_body_of_several_add_no_death():
    for spec in (BODIES, BODY_OF_TWO):
        doc, cand = found(spec)
        assert not any(q.kind == "fatalities" for q in dead_counted(cand, [])), spec


def test_a_death_already_counted_is_not_counted_again():
    doc, cand = found(ONE_BODY)
    toll = Quantity(kind="fatalities", min=3.0, max=3.0, text="three", start=200, end=205)
    assert dead_counted(cand, [toll]) == [toll]


# "Militants have stepped up bombings on the road ."
STEPPED_UP = """
Militants militant NOUN NNS 2 nsubj
have have AUX VBP 2 aux
stepped step VERB VBN 2 ROOT
up up ADP RP 2 prt
bombings bombing NOUN NNS 2 dobj
on on ADP IN 4 prep
the the DET DT 7 det
road road NOUN NN 5 pobj
. . PUNCT . 2 punct
"""

# "Militants stepped up the bombing on Monday ." (one dated event with a determiner)
ONE_BOMBING = """
Militants militant NOUN NNS 1 nsubj
stepped step VERB VBD 1 ROOT
up up ADP RP 1 prt
the the DET DT 4 det
bombing bombing NOUN NN 1 dobj
on on ADP IN 1 prep
Monday Monday PROPN NNP 5 pobj
. . PUNCT . 1 punct
"""

# "Militants stepped on mines ." (no particle: no trend verb)
STEPPED_ON = """
Militants militant NOUN NNS 1 nsubj
stepped step VERB VBD 1 ROOT
on on ADP IN 1 prep
mines mine NOUN NNS 2 pobj
. . PUNCT . 1 punct
"""


def test_a_verb_of_more_with_a_bare_plural_of_attacks_is_a_trend():
    assert blocked(table_doc(STEPPED_UP)[4], lexicon()) == "habitual"


def test_a_single_or_unstepped_attack_is_no_trend():
    assert blocked(table_doc(ONE_BOMBING)[4], lexicon()) != "habitual"
    assert blocked(table_doc(STEPPED_ON)[3], lexicon()) != "habitual"
