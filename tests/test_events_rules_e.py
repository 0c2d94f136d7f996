"""Unit tests for the classification rules measured on snippets-d-dev: each rule on invented sentences,
hand-built parses (no model is loaded)."""

from __future__ import annotations

from footprint.events.classify import find_candidates
from footprint.events.filters import blocked
from footprint.events.vocabulary import lexicon
from footprint.testing import table_doc as doc_of


def types(spec: str) -> list[str]:
    return [c.type for c in find_candidates(list(doc_of(spec).sents)[0])]


# "Police shot dead ten pilgrims who had gathered to protest."
SHOT_GATHERED = """
Police police NOUN NNS 1 nsubj
shot shoot VERB VBD 1 ROOT
dead dead ADJ JJ 1 oprd
ten ten NUM CD 4 nummod
pilgrims pilgrim NOUN NNS 1 dobj
who who PRON WP 7 nsubj
had have AUX VBD 7 aux
gathered gather VERB VBN 4 relcl
to to PART TO 9 aux
protest protest VERB VB 7 advcl
. . PUNCT . 1 punct
"""


def test_people_shot_while_protesting_is_excessive_force():
    assert "protest_excessive_force" in types(SHOT_GATHERED)
    assert "attack_on_civilians" not in types(SHOT_GATHERED)
    # the same shooting with no protest in the relative clause stays an attack on civilians
    plain = SHOT_GATHERED.replace("protest protest VERB VB 7 advcl", "pray pray VERB VB 7 advcl")
    assert "attack_on_civilians" in types(plain)


# "A march by farmers was broken up by riot police."
BROKEN_UP = """
A a DET DT 1 det
march march NOUN NN 5 nsubjpass
by by ADP IN 1 prep
farmers farmer NOUN NNS 2 pobj
was be AUX VBD 5 auxpass
broken break VERB VBN 5 ROOT
up up ADP RP 5 prt
by by ADP IN 5 agent
riot riot NOUN NN 9 compound
police police NOUN NNS 7 pobj
. . PUNCT . 5 punct
"""


def test_riot_police_breaking_up_a_march_is_an_intervention_not_a_riot():
    got = types(BROKEN_UP)
    assert "protest_intervention" in got and "riot" not in got
    rioting = BROKEN_UP.replace("riot riot NOUN NN 9 compound", "violent violent ADJ JJ 9 amod").replace(
        "march march NOUN NN", "protest protest NOUN NN")
    assert "riot" in types(rioting)


# "Bikers took to the streets to protest the ban."
STREETS = """
Bikers biker NOUN NNS 1 nsubj
took take VERB VBD 1 ROOT
to to ADP IN 1 prep
the the DET DT 4 det
streets street NOUN NNS 2 pobj
to to PART TO 6 aux
protest protest VERB VB 1 advcl
the the DET DT 8 det
ban ban NOUN NN 6 dobj
. . PUNCT . 1 punct
"""


def test_protesting_a_decision_in_the_street_is_a_protest_not_diplomacy():
    assert "protest" in types(STREETS) and "diplomatic_protest" not in types(STREETS)
    note = STREETS.replace("took take VERB VBD 1 ROOT", "wrote write VERB VBD 1 ROOT").replace(
        "streets street NOUN NNS 2 pobj", "papers paper NOUN NNS 2 pobj")
    assert "diplomatic_protest" in types(note)


# "Traders formed a human chain."
HUMAN_CHAIN = """
Traders trader NOUN NNS 1 nsubj
formed form VERB VBD 1 ROOT
a a DET DT 4 det
human human ADJ JJ 4 amod
chain chain NOUN NN 1 dobj
. . PUNCT . 1 punct
"""


def test_a_human_chain_is_a_protest_and_forms_no_group():
    got = types(HUMAN_CHAIN.replace("Traders trader", "Groups group"))
    assert "group_change" not in got and "protest" in got
    faction = HUMAN_CHAIN.replace("human human ADJ JJ 4 amod", "new new ADJ JJ 4 amod").replace(
        "chain chain NOUN NN 1 dobj", "faction faction NOUN NN 1 dobj")
    assert "group_change" in types(faction)


# "Bandits ambushed a group of traders."
GROUP_OF = """
Bandits bandit NOUN NNS 1 nsubj
ambushed ambush VERB VBD 1 ROOT
a a DET DT 3 det
group group NOUN NN 1 dobj
of of ADP IN 3 prep
traders trader NOUN NNS 4 pobj
. . PUNCT . 1 punct
"""


def test_a_group_of_civilians_is_civilians():
    assert types(GROUP_OF) == ["attack_on_civilians"]
    assert types(GROUP_OF.replace("traders trader", "soldiers soldier")) == ["ambush"]


# "Gunmen held up a bus."
HELD_UP = """
Gunmen gunman NOUN NNS 1 nsubj
held hold VERB VBD 1 ROOT
up up ADP RP 1 prt
a a DET DT 4 det
bus bus NOUN NN 1 dobj
. . PUNCT . 1 punct
"""


def test_holding_up_a_vehicle_takes_no_place():
    assert "territory_overtaken" not in types(HELD_UP)


# "Troops captured a rebel commander."
COMMANDER = """
Troops troop NOUN NNS 1 nsubj
captured capture VERB VBD 1 ROOT
a a DET DT 4 det
rebel rebel NOUN NN 4 compound
commander commander NOUN NN 1 dobj
. . PUNCT . 1 punct
"""


def test_a_commander_captured_by_troops_is_arrested():
    assert types(COMMANDER) == ["arrest"]


# "The side shot down its rivals." / "Air defences shot down a drone."
SHOT_DOWN = """
The the DET DT 1 det
side side NOUN NN 2 nsubj
shot shoot VERB VBD 2 ROOT
down down ADP RP 2 prt
its its PRON PRP$ 5 poss
rivals rival NOUN NNS 2 dobj
. . PUNCT . 2 punct
"""


def test_shooting_down_what_does_not_fly_is_no_event():
    assert types(SHOT_DOWN) == []
    drone = SHOT_DOWN.replace("its its PRON PRP$ 5 poss", "a a DET DT 5 det").replace(
        "rivals rival NOUN NNS 2 dobj", "drone drone NOUN NN 2 dobj")
    assert types(drone) == ["disrupted_weapons"]


# "The two sides exchanged prisoners."
EXCHANGE = """
The the DET DT 2 det
two two NUM CD 2 nummod
sides side NOUN NNS 3 nsubj
exchanged exchange VERB VBD 3 ROOT
prisoners prisoner NOUN NNS 3 dobj
. . PUNCT . 3 punct
"""


def test_a_prisoner_exchange_is_an_agreement():
    assert types(EXCHANGE) == ["agreement_signed"]
    assert types(EXCHANGE.replace("prisoners prisoner", "views view")) == []


# "He stepped on a mine." / "Soldiers tossed a grenade."
STEPPED = """
He he PRON PRP 1 nsubj
stepped step VERB VBD 1 ROOT
on on ADP IN 1 prep
an an DET DT 4 det
antipersonnel antipersonnel ADJ JJ 5 amod
mine mine NOUN NN 2 pobj
. . PUNCT . 1 punct
"""


def test_stepping_on_a_mine_is_an_explosive_and_tossing_needs_a_weapon():
    assert types(STEPPED.replace("an an DET DT 4 det", "an an DET DT 5 det")) == ["ied_attack"]
    assert types(STEPPED.replace("mine mine NOUN NN", "rug rug NOUN NN").replace(
        "antipersonnel antipersonnel ADJ JJ", "old old ADJ JJ")) == []


# "Officials imposed a curfew following a spate of attacks."
SPATE = """
Officials official NOUN NNS 1 nsubj
imposed impose VERB VBD 1 ROOT
a a DET DT 3 det
curfew curfew NOUN NN 1 dobj
following follow VERB VBG 1 prep
a a DET DT 6 det
spate spate NOUN NN 4 pobj
of of ADP IN 6 prep
attacks attack NOUN NNS 7 pobj
. . PUNCT . 1 punct
"""


def test_a_run_of_attacks_given_as_a_cause_is_no_event():
    doc = doc_of(SPATE)
    assert blocked(doc[8], lexicon()) == "habitual"
    dated = SPATE.replace("following follow VERB VBG 1 prep", "with with ADP IN 1 prep")
    assert blocked(doc_of(dated)[8], lexicon()) == ""
