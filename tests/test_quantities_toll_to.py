"""Quantities: the number a toll is brought to counts deaths, also with words of what the toll counts between
them ("bringing the death toll from the blast to three"). Invented sentences with hand-built parses (no model is
loaded)."""

from __future__ import annotations

from footprint.quantities import find_quantities
from footprint.testing import table_doc

# This brought the toll from the blast to three .
BROUGHT = """
This this PRON DT 1 nsubj
brought bring VERB VBD 1 ROOT
the the DET DT 3 det
toll toll NOUN NN 1 dobj
from from ADP IN 3 prep
the the DET DT 6 det
blast blast NOUN NN 4 pobj
to to ADP IN 1 prep
three three NUM CD 7 pobj
. . PUNCT . 1 punct
"""


def kinds(spec: str) -> list[tuple[str, float | None]]:
    return [(q.kind, q.min) for q in find_quantities(table_doc(spec), [], [])]


def test_the_number_a_toll_is_brought_to_is_a_death_count():
    assert kinds(BROUGHT) == [("fatalities", 3.0)]


def test_a_number_after_to_with_no_toll_before_it_counts_nothing():
    # This brought the visit from the capital to three .
    plain = BROUGHT.replace("toll toll NOUN NN 1 dobj", "visit visit NOUN NN 1 dobj")
    assert kinds(plain) == []


# The toll from Sunday 's ambush on the river road rose to 14 .: the attack named between the toll and its number
# puts the toll past the window a cue is looked for in
ROSE_FAR = """
The the DET DT 1 det
toll toll NOUN NN 12 nsubj
from from ADP IN 1 prep
Sunday Sunday PROPN NNP 5 poss
's 's PART POS 3 case
ambush ambush NOUN NN 2 pobj
on on ADP IN 5 prep
the the DET DT 10 det
river river NOUN NN 10 compound
road road NOUN NN 6 pobj
, , PUNCT , 12 punct
then then ADV RB 12 advmod
rose rise VERB VBD 12 ROOT
to to ADP IN 12 prep
14 14 NUM CD 13 pobj
. . PUNCT . 12 punct
"""


def test_the_number_a_toll_rises_to_is_a_death_count_past_the_named_attack():
    assert kinds(ROSE_FAR) == [("fatalities", 14.0)]


def test_a_number_a_visit_rises_to_counts_nothing():
    assert kinds(ROSE_FAR.replace("toll toll NOUN NN 12 nsubj", "price price NOUN NN 12 nsubj")) == []



# The toll for the new bridge on the river road , then rose to 14 .: a fee, far from its number
FEE = """
The the DET DT 1 det
toll toll NOUN NN 12 nsubj
for for ADP IN 1 prep
the the DET DT 5 det
new new ADJ JJ 5 amod
bridge bridge NOUN NN 2 pobj
on on ADP IN 5 prep
the the DET DT 9 det
river river NOUN NN 9 compound
road road NOUN NN 6 pobj
, , PUNCT , 12 punct
then then ADV RB 12 advmod
rose rise VERB VBD 12 ROOT
to to ADP IN 12 prep
14 14 NUM CD 13 pobj
. . PUNCT . 12 punct
"""


def test_a_toll_that_says_not_what_it_counts_is_a_fee_past_the_window():
    assert kinds(FEE) == []
    # The death toll for the new bridge ...: "death" before it makes the toll a count of the dead
    assert kinds(FEE.replace("The the DET DT 1 det", "death death NOUN NN 1 compound")) == [("fatalities", 14.0)]
