"""Unit tests for type rules on raids on villages and hamlets, a bulletin's "retake" read as a noun, an arrest
told with a place taken, a contest "fought with rifles" and a warning of what another side could do: invented
sentences with hand-built parses (no model is loaded)."""

from __future__ import annotations

from footprint.events.classify import find_candidates
from footprint.testing import table_doc


def cands(spec: str, ents=(), mention_types=None):
    return find_candidates(list(table_doc(spec, ents).sents)[0], mention_types=mention_types)


def types(spec: str, ents=(), mention_types=None) -> list[str]:
    return [c.type for c in cands(spec, ents, mention_types)]


VILLAGE = """
Militiamen militiaman NOUN NNS 1 nsubj
attacked attack VERB VBD 1 ROOT
Kabeya Kabeya PROPN NNP 1 dobj
, , PUNCT , 2 punct
a a DET DT 5 det
village village NOUN NN 2 appos
, , PUNCT , 2 punct
with with ADP IN 1 prep
machetes machete NOUN NNS 7 pobj
. . PUNCT . 1 punct
"""


def test_armed_men_falling_on_a_village_with_machetes_attack_civilians():
    assert types(VILLAGE, [(2, 3, "GPE")]) == ["attack_on_civilians"]
    # with rifles and nobody told killed, the attack on the place stays a clash
    rifles = VILLAGE.replace("machetes machete NOUN", "rifles rifle NOUN")
    assert types(rifles, [(2, 3, "GPE")]) == ["armed_clash"]
    # an army camp is no home of civilians
    camp = VILLAGE.replace("a a DET DT 5 det", "army army NOUN NN 5 compound").replace(
        "village village NOUN", "camp camp NOUN")
    assert "attack_on_civilians" not in types(camp, [(2, 3, "GPE")])


HAMLET = """
Militiamen militiaman NOUN NNS 1 nsubj
raided raid VERB VBD 6 ccomp
the the DET DT 3 det
hamlet hamlet NOUN NN 1 dobj
; ; PUNCT : 6 punct
residents resident NOUN NNS 6 nsubj
say say VERB VBP 6 ROOT
eight eight NUM CD 8 nummod
civilians civilian NOUN NNS 10 nsubjpass
were be AUX VBD 10 auxpass
killed kill VERB VBN 6 ccomp
. . PUNCT . 6 punct
"""


def test_a_hamlet_raided_with_civilians_killed_in_another_clause_is_an_attack_on_civilians():
    assert "attack_on_civilians" in types(HAMLET)
    assert "armed_clash" not in types(HAMLET)
    # soldiers killed there: the hamlet was defended
    soldiers = HAMLET.replace("civilians civilian NOUN", "soldiers soldier NOUN")
    assert "attack_on_civilians" not in types(soldiers)


RETAKE = """
Soldiers soldier NOUN NNS 3 nsubj
and and CCONJ CC 0 cc
VDP VDP PROPN NNP 0 conj
retake retake NOUN NN 3 ROOT
the the DET DT 5 det
village village NOUN NN 3 dobj
. . PUNCT . 3 punct
"""


def test_soldiers_and_a_militia_retaking_a_village_regain_it_led_by_the_soldiers():
    found = cands(RETAKE, mention_types={2: "armed_group"})
    assert [c.type for c in found] == ["territory_regained"]
    assert [t.text for t in found[0].actor_toks][:1] == ["Soldiers"]
    # the militia alone overtakes it
    alone = RETAKE.replace("Soldiers soldier NOUN NNS 3 nsubj", "Fighters fighter NOUN NNS 3 nsubj")
    assert types(alone, mention_types={2: "armed_group"}) == ["territory_overtaken"]


CHECKPOINT = """
Rebels rebel NOUN NNS 1 nsubj
took take VERB VBD 1 ROOT
the the DET DT 3 det
checkpoint checkpoint NOUN NN 1 dobj
and and CCONJ CC 1 cc
arrested arrest VERB VBD 1 conj
eleven eleven NUM CD 7 nummod
men man NOUN NNS 5 dobj
. . PUNCT . 1 punct
"""

ARREST_ONLY = """
Rebels rebel NOUN NNS 1 nsubj
arrested arrest VERB VBD 1 ROOT
eleven eleven NUM CD 3 nummod
men man NOUN NNS 1 dobj
. . PUNCT . 1 punct
"""


def test_a_side_that_takes_a_checkpoint_and_arrests_men_there_makes_a_takeover_and_an_arrest():
    found = types(CHECKPOINT)
    assert "arrest" in found and "abduction" not in found
    assert any(t.startswith("territory_") for t in found)
    # rebels holding no place they took abduct
    assert types(ARREST_ONLY) == ["abduction"]


CONTEST = """
Disputes dispute NOUN NNS 3 nsubjpass
are be AUX VBP 3 auxpass
now now ADV RB 3 advmod
fought fight VERB VBN 3 ROOT
with with ADP IN 3 prep
rifles rifle NOUN NNS 4 pobj
. . PUNCT . 3 punct
"""


def test_disputes_that_are_fought_with_rifles_are_no_clash():
    assert types(CONTEST) == []
    # fighters who fought: a fight told
    fighters = CONTEST.replace("Disputes dispute NOUN NNS 3 nsubjpass", "Fighters fighter NOUN NNS 3 nsubj").replace(
        "are be AUX VBP 3 auxpass", "have have AUX VBP 3 aux")
    assert types(fighters) == ["armed_clash"]


WARNING = """
He he PRON PRP 1 nsubj
warned warn VERB VBD 1 ROOT
residents resident NOUN NNS 1 dobj
that that SCONJ IN 6 mark
Russia Russia PROPN NNP 6 nsubj
could could AUX MD 6 aux
step step VERB VB 2 relcl
up up ADP RP 6 prt
attacks attack NOUN NNS 6 dobj
. . PUNCT . 1 punct
"""


def test_a_warning_to_residents_of_what_another_side_could_do_is_no_threat():
    assert "threat" not in types(WARNING, [(4, 5, "GPE")])
    # what a side would do to them, told in the same misparsed clause, is threatened
    would = WARNING.replace("could could AUX MD 6 aux", "would would AUX MD 6 aux").replace(
        "step step VERB VB 2 relcl", "strike strike VERB VB 2 relcl").replace(
        "up up ADP RP 6 prt", "the the DET DT 8 det").replace("attacks attack NOUN NNS 6 dobj",
                                                             "villages village NOUN NNS 6 dobj")
    assert "threat" in types(would, [(4, 5, "GPE")])


ROBBED = """
Gunmen gunman NOUN NNS 1 nsubj
stopped stop VERB VBD 1 ROOT
a a DET DT 3 det
truck truck NOUN NN 1 dobj
, , PUNCT , 1 punct
took take VERB VBD 1 conj
the the DET DT 7 det
fuel fuel NOUN NN 5 dobj
and and CCONJ CC 7 cc
the the DET DT 10 det
money money NOUN NN 7 conj
. . PUNCT . 1 punct
"""


def test_a_truck_stopped_and_its_fuel_and_money_taken_is_a_robbery():
    assert types(ROBBED) == ["looting"]
    # people taken from it: no robbery of goods
    people = ROBBED.replace("fuel fuel NOUN NN 5 dobj", "driver driver NOUN NN 5 dobj")
    assert "looting" not in types(people)
