"""Goods taken from a vehicle or the people in it by armed men are a looting, told once: invented sentences with
hand-built parses (no model is loaded)."""

from __future__ import annotations

from footprint.events.classify import find_candidates
from footprint.testing import table_doc


def types(spec: str) -> list[str]:
    return [c.type for c in find_candidates(list(table_doc(spec).sents)[0])]


FROM_LORRY = """
Bandits bandit NOUN NNS 1 nsubj
took take VERB VBD 1 ROOT
the the DET DT 3 det
fuel fuel NOUN NN 1 dobj
and and CCONJ CC 3 cc
the the DET DT 6 det
driver driver NOUN NN 8 poss
's 's PART POS 6 case
money money NOUN NN 3 conj
from from ADP IN 1 prep
a a DET DT 11 det
lorry lorry NOUN NN 9 pobj
. . PUNCT . 1 punct
"""

FROM_PASSENGERS = """
Gunmen gunman NOUN NNS 1 nsubj
took take VERB VBD 1 ROOT
phones phone NOUN NNS 1 dobj
and and CCONJ CC 2 cc
cash cash NOUN NN 2 conj
from from ADP IN 1 prep
the the DET DT 7 det
passengers passenger NOUN NNS 5 pobj
. . PUNCT . 1 punct
"""

STOP_THEN_TAKE = """
Gunmen gunman NOUN NNS 1 nsubj
stopped stop VERB VBD 1 ROOT
a a DET DT 3 det
bus bus NOUN NN 1 dobj
and and CCONJ CC 1 cc
took take VERB VBD 1 conj
the the DET DT 7 det
fuel fuel NOUN NN 5 dobj
and and CCONJ CC 7 cc
the the DET DT 10 det
driver driver NOUN NN 12 poss
's 's PART POS 10 case
money money NOUN NN 7 conj
. . PUNCT . 1 punct
"""


def test_armed_men_taking_goods_from_a_vehicle_or_its_travellers_loot():
    assert types(FROM_LORRY) == ["looting"]
    assert types(FROM_PASSENGERS) == ["looting"]


def test_a_vehicle_stopped_first_makes_one_robbery_not_two():
    assert types(STOP_THEN_TAKE) == ["looting"]


def test_goods_from_no_vehicle_or_by_the_police_or_people_are_no_looting():
    # taken from a depot: no vehicle or traveller named
    assert "looting" not in types(FROM_LORRY.replace("lorry lorry NOUN", "depot depot NOUN").replace(
        "driver driver NOUN", "owner owner NOUN"))
    # police taking fuel from a lorry seize it
    assert "looting" not in types(FROM_LORRY.replace("Bandits bandit NOUN", "Police police NOUN"))
    # a person taken is no goods
    assert "looting" not in types(FROM_PASSENGERS.replace("phones phone NOUN NNS", "women woman NOUN NNS"))


def test_goods_lemmatised_as_good_are_goods_taken_from_a_stopped_bus():
    # the lemmatizer gives "goods" the lemma "good"
    spec = STOP_THEN_TAKE.replace("fuel fuel NOUN NN 5 dobj", "goods good NOUN NNS 5 dobj").replace(
        "money money NOUN NN 7 conj", "phones phone NOUN NNS 7 conj")
    assert types(spec) == ["looting"]
