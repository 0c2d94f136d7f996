"""Unit tests for type and role rules on a bomber who blows herself up, men who clash with fighters, buildings
blown up with nobody hurt, a state's strikes on "infrastructure" and aircraft named by the rulers who fly them
("junta jets"): invented sentences with hand-built parses (no model is loaded)."""

from __future__ import annotations

from footprint.events import build_events
from footprint.events.classify import find_candidates
from footprint.events.roles import holders, national_weapon
from footprint.testing import table_doc


def types(spec: str, ents=(), meta=None) -> list[str]:
    return [c.type for c in find_candidates(list(table_doc(spec, ents, meta=meta).sents)[0])]


SELF_BLAST = """
A a DET DT 1 det
woman woman NOUN NN 2 nsubj
blew blow VERB VBD 2 ROOT
herself herself PRON PRP 2 dobj
up up ADP RP 2 prt
at at ADP IN 2 prep
a a DET DT 8 det
bus bus NOUN NN 8 compound
station station NOUN NN 5 pobj
. . PUNCT . 2 punct
"""


def test_a_bomber_who_blows_herself_up_is_a_suicide_bombing():
    assert types(SELF_BLAST) == ["suicide_bombing"]
    # "himself", "themselves" alike
    assert types(SELF_BLAST.replace("herself herself", "themselves themselves")) == ["suicide_bombing"]
    # "detonated herself among the crowd"
    detonated = SELF_BLAST.replace("blew blow VERB VBD 2 ROOT", "detonated detonate VERB VBD 2 ROOT").replace(
        "up up ADP RP 2 prt", "there there ADV RB 2 advmod")
    assert types(detonated) == ["suicide_bombing"]


DEMOLITION = """
Militiamen militiaman NOUN NNS 1 nsubj
blew blow VERB VBD 1 ROOT
up up ADP RP 1 prt
the the DET DT 4 det
school school NOUN NN 1 dobj
on on ADP IN 1 prep
the the DET DT 7 det
road road NOUN NN 5 pobj
to to ADP IN 7 prep
Gao Gao PROPN NNP 8 pobj
. . PUNCT . 1 punct
"""


def test_a_building_blown_up_with_nobody_hurt_is_property_destruction():
    assert types(DEMOLITION, [(9, 10, "GPE")]) == ["looting"]
    # a bomb as the doer: a blast, not a demolition
    bomb = DEMOLITION.replace("Militiamen militiaman NOUN NNS 1 nsubj", "Bombs bomb NOUN NNS 1 nsubj")
    assert types(bomb, [(9, 10, "GPE")]) == ["ied_attack"]
    # somebody killed: the blast is an attack on people, not only on the building
    killing = DEMOLITION.replace(". . PUNCT . 1 punct", """, , PUNCT , 1 punct
killing kill VERB VBG 1 advcl
two two NUM CD 14 nummod
pupils pupil NOUN NNS 12 dobj
. . PUNCT . 1 punct""")
    assert "looting" not in types(killing, [(9, 10, "GPE")])
    # a patrol blown up is forces hit, no property
    patrol = DEMOLITION.replace("school school NOUN NN 1 dobj", "patrol patrol NOUN NN 1 dobj")
    assert "looting" not in types(patrol, [(9, 10, "GPE")])


CLASHED = """
His his PRON PRP$ 1 poss
men man NOUN NNS 2 nsubj
clashed clash VERB VBD 2 ROOT
with with ADP IN 2 prep
the the DET DT 6 det
retreating retreat VERB VBG 6 amod
fighters fighter NOUN NNS 3 pobj
. . PUNCT . 2 punct
"""


def test_men_who_clash_with_fighters_fight_a_battle_not_a_mob():
    assert types(CLASHED) == ["armed_clash"]
    # men who clash with unarmed neighbours are still a crowd at blows
    villagers = CLASHED.replace("retreating retreat VERB VBG 6 amod", "angry angry ADJ JJ 6 amod").replace(
        "fighters fighter NOUN NNS 3 pobj", "villagers villager NOUN NNS 3 pobj")
    assert types(villagers) == ["mob_violence"]


KILLED_THEM = """
His his PRON PRP$ 1 poss
men man NOUN NNS 2 nsubj
clashed clash VERB VBD 2 ROOT
with with ADP IN 2 prep
the the DET DT 5 det
fighters fighter NOUN NNS 3 pobj
and and CCONJ CC 2 cc
killed kill VERB VBD 2 conj
three three NUM CD 7 dobj
of of ADP IN 8 prep
them they PRON PRP 9 pobj
. . PUNCT . 2 punct
"""


def test_killing_the_fighters_named_before_is_no_mob_either():
    assert types(KILLED_THEM) == ["armed_clash", "armed_clash"]


STRUCK = """
The the DET DT 1 det
army army NOUN NN 2 nsubj
struck strike VERB VBD 2 ROOT
militant militant ADJ JJ 4 amod
infrastructure infrastructure NOUN NN 2 dobj
in in ADP IN 2 prep
Jilib Jilib PROPN NNP 5 pobj
. . PUNCT . 2 punct
"""


def test_a_state_striking_infrastructure_strikes_from_the_air():
    ents = [(6, 7, "GPE")]
    assert types(STRUCK, ents) == ["air_strike"]
    # striking fighters is no sign of aircraft
    assert types(STRUCK.replace("infrastructure infrastructure NOUN NN 2 dobj", "fighters fighter NOUN NNS 2 dobj"),
                 ents) == ["armed_clash"]
    # gunmen striking it are no air force
    gunmen = STRUCK.replace("The the DET DT 1 det", "Armed armed ADJ JJ 1 amod").replace(
        "army army NOUN NN 2 nsubj", "men man NOUN NNS 2 nsubj")
    assert types(gunmen, ents) != ["air_strike"]


JETS = """
Junta junta NOUN NN 1 compound
jets jet NOUN NNS 2 nsubj
bombed bomb VERB VBD 2 ROOT
the the DET DT 4 det
village village NOUN NN 2 dobj
. . PUNCT . 2 punct
"""


def test_aircraft_named_by_the_rulers_who_fly_them_are_the_armed_forces():
    doc = table_doc(JETS, meta={"doc_id": "d1", "places_focus": {"MM": 0.9}})
    x = national_weapon(doc[1], "actor")
    assert (x.id, x.text, x.inferred) == ("armed_forces.mm", "Junta jets", True)
    assert national_weapon(doc[1], "target") is None
    actors = [(a.id, a.role) for e in build_events(doc) for a in e.actors]
    assert ("armed_forces.mm", "actor") in actors
    # no country in focus: the jets are kept as the words say
    doc = table_doc(JETS, meta={"doc_id": "d1"})
    x = national_weapon(doc[1], "actor")
    assert (x.id, x.name) == (None, "Junta jets")
    # a word that names no ruler ("cargo jets") owns nothing
    doc = table_doc(JETS.replace("Junta junta", "Cargo cargo"), meta={"doc_id": "d1", "places_focus": {"MM": 0.9}})
    assert national_weapon(doc[1], "actor") is None


PERPETRATED = """
An an DET DT 1 det
attack attack NOUN NN 3 nsubjpass
was be AUX VBD 3 auxpass
perpetrated perpetrate VERB VBN 3 ROOT
against against ADP IN 3 prep
the the DET DT 7 det
weekly weekly ADJ JJ 7 amod
market market NOUN NN 4 pobj
. . PUNCT . 3 punct
"""


def test_an_attack_perpetrated_against_a_market_is_aimed_at_civilians():
    assert types(PERPETRATED) == ["attack_on_civilians"]
    # against an army post: forces
    post = PERPETRATED.replace("weekly weekly ADJ JJ 7 amod", "army army NOUN NN 7 compound").replace(
        "market market NOUN NN 4 pobj", "post post NOUN NN 4 pobj")
    assert types(post) == ["armed_clash"]
    # a verb that is no light verb ("was condemned against ...") lends the noun nothing
    other = PERPETRATED.replace("perpetrated perpetrate VERB VBN 3 ROOT", "planned plan VERB VBN 3 ROOT")
    assert types(other) != ["attack_on_civilians"]


DRONE_OF = """
A a DET DT 1 det
drone drone NOUN NN 4 nsubj
of of ADP IN 1 prep
occupiers occupier NOUN NNS 2 pobj
struck strike VERB VBD 4 ROOT
a a DET DT 6 det
car car NOUN NN 4 dobj
. . PUNCT . 4 punct
"""


def test_a_drone_of_a_force_is_flown_by_that_force():
    doc = table_doc(DRONE_OF)
    actors = [(a.text, a.role) for e in build_events(doc) for a in e.actors]
    assert ("occupiers", "actor") in actors
    assert holders(doc[1]) == [doc[3]]
    # a drone of a kind that names nobody ("a drone of the latest model") has no owner
    doc = table_doc(DRONE_OF.replace("occupiers occupier NOUN NNS 2 pobj", "design design NOUN NN 2 pobj"))
    assert holders(doc[1]) == []
