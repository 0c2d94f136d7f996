"""Unit tests for rules read on wire-style sentences: weapons stopped in flight, parts of an arrest or of an
intervention, force used on a march, crowds that throw stones or stone people, figures that "explode", a strike
in a match, what caused a blast, people taken or picked up, places a side is driven out of, bases handed on,
successors, bans, understandings, people in an ambushed vehicle, "now controls", and what is told as the purpose
of a verb that carries an event: invented sentences with hand-built parses (no model is loaded)."""

from __future__ import annotations

from footprint.events import build_events
from footprint.events.classify import find_candidates
from footprint.testing import table_doc


def cands(spec: str, ents=()):
    return find_candidates(list(table_doc(spec, ents).sents)[0])


def types(spec: str, ents=()) -> list[str]:
    return [c.type for c in cands(spec, ents)]


# "Air defences shot down 12 of 15 drones launched overnight."
SHOT_DOWN = """
Air air NOUN NN 1 compound
defences defence NOUN NNS 2 nsubj
shot shoot VERB VBD 2 ROOT
down down ADV RB 2 advmod
12 12 NUM CD 6 quantmod
of of ADP IN 6 quantmod
15 15 NUM CD 7 nummod
drones drone NOUN NNS 2 dobj
launched launch VERB VBN 7 acl
overnight overnight ADV RB 8 advmod
. . PUNCT . 2 punct
"""

# "Soldiers arrested two men and seized rifles."
ARREST_SEIZE = """
Soldiers soldier NOUN NNS 1 nsubj
arrested arrest VERB VBD 1 ROOT
two two NUM CD 3 nummod
men man NOUN NNS 1 dobj
and and CCONJ CC 1 cc
seized seize VERB VBD 1 conj
rifles rifle NOUN NNS 5 dobj
. . PUNCT . 1 punct
"""

# "Police broke up a sit-in, arresting nine."
BROKE_UP = """
Police Police NOUN NNS 1 nsubj
broke break VERB VBD 1 ROOT
up up ADP RP 1 prt
a a DET DT 6 det
sit sit NOUN NN 6 compound
- - PUNCT HYPH 6 punct
in in NOUN NN 1 dobj
, , PUNCT , 1 punct
arresting arrest VERB VBG 1 advcl
nine nine NUM CD 8 dobj
. . PUNCT . 1 punct
"""

# "A man was killed when police fired on a peaceful march."
FIRED_ON_MARCH = """
A a DET DT 1 det
man man NOUN NN 3 nsubjpass
was be AUX VBD 3 auxpass
killed kill VERB VBN 3 ROOT
when when SCONJ WRB 6 advmod
police police NOUN NNS 6 nsubj
fired fire VERB VBD 3 advcl
on on ADP IN 6 prep
a a DET DT 10 det
peaceful peaceful ADJ JJ 10 amod
march march NOUN NN 7 pobj
. . PUNCT . 3 punct
"""

# "Officers shot dead a man taking part in a sit-in."
SIT_IN_VICTIMS = """
Officers officer NOUN NNS 1 nsubj
shot shoot VERB VBD 1 ROOT
dead dead ADJ JJ 1 acomp
a a DET DT 4 det
man man NOUN NN 1 dobj
taking take VERB VBG 4 acl
part part NOUN NN 5 dobj
in in ADP IN 5 prep
a a DET DT 11 det
sit sit NOUN NN 11 compound
- - PUNCT HYPH 11 punct
in in NOUN NN 7 pobj
. . PUNCT . 1 punct
"""

# "Oil prices exploded higher."
PRICES = """
Oil oil NOUN NN 1 compound
prices price NOUN NNS 2 nsubj
exploded explode VERB VBD 2 ROOT
higher higher ADV RBR 2 advmod
. . PUNCT . 2 punct
"""

# "A bomb exploded in a market."
BOMB = """
A a DET DT 1 det
bomb bomb NOUN NN 2 nsubj
exploded explode VERB VBD 2 ROOT
in in ADP IN 2 prep
a a DET DT 5 det
market market NOUN NN 3 pobj
. . PUNCT . 2 punct
"""

# "A late strike broke the deadlock."
MATCH = """
A a DET DT 2 det
late late ADJ JJ 2 amod
strike strike NOUN NN 3 nsubj
broke break VERB VBD 3 ROOT
the the DET DT 5 det
deadlock deadlock NOUN NN 3 dobj
. . PUNCT . 3 punct
"""

# "Youths hurled stones at police."
HURLED = """
Youths youth NOUN NNS 1 nsubj
hurled hurl VERB VBD 1 ROOT
stones stone NOUN NNS 1 dobj
at at ADP IN 1 prep
police police NOUN NNS 3 pobj
. . PUNCT . 1 punct
"""

# "Villagers stoned two suspected thieves."
STONED = """
Villagers villager NOUN NNS 1 nsubj
stoned stone VERB VBD 1 ROOT
two two NUM CD 4 nummod
suspected suspect VERB VBN 4 amod
thieves thief NOUN NNS 1 dobj
. . PUNCT . 1 punct
"""

# "Police arrested 14 people on suspicion of planning to disrupt protests."
PLANNED = """
Police Police NOUN NNS 1 nsubj
arrested arrest VERB VBD 1 ROOT
14 14 NUM CD 3 nummod
people people NOUN NNS 1 dobj
on on ADP IN 1 prep
suspicion suspicion NOUN NN 4 pobj
of of ADP IN 5 prep
planning plan VERB VBG 6 pobj
to to PART TO 9 aux
disrupt disrupt VERB VB 5 acl
protests protest NOUN NNS 9 dobj
. . PUNCT . 1 punct
"""

# "The blast was caused by a bomber wearing an explosives vest."
CAUSED = """
The the DET DT 1 det
blast blast NOUN NN 3 nsubjpass
was be AUX VBD 3 auxpass
caused cause VERB VBN 3 ROOT
by by ADP IN 3 agent
a a DET DT 6 det
bomber bomber NOUN NN 4 pobj
wearing wear VERB VBG 6 acl
an an DET DT 9 det
explosives explosive NOUN NNS 10 compound
vest vest ADJ JJ 7 dobj
. . PUNCT . 3 punct
"""

# "Gunmen took eight people, among them two children, from a village."
TOOK_FROM = """
Gunmen gunman NOUN NNS 1 nsubj
took take VERB VBD 1 ROOT
eight eight NUM CD 3 nummod
people people NOUN NNS 1 dobj
, , PUNCT , 1 punct
among among ADP IN 8 prep
them they PRON PRP 5 pobj
two two NUM CD 8 nummod
children child NOUN NNS 1 npadvmod
, , PUNCT , 8 punct
from from ADP IN 8 prep
a a DET DT 12 det
village village NOUN NN 10 pobj
. . PUNCT . 1 punct
"""

# "He was picked up by men in plain clothes and has not been heard from since."
PICKED_UP = """
He he PRON PRP 2 nsubjpass
was be AUX VBD 2 auxpass
picked pick VERB VBN 2 ROOT
up up ADP RP 2 prt
by by ADP IN 2 agent
men man NOUN NNS 4 pobj
in in ADP IN 5 prep
plain plain ADJ JJ 8 amod
clothes clothe NOUN NNS 6 pobj
and and CCONJ CC 2 cc
has have AUX VBZ 13 aux
not not PART RB 13 neg
been be AUX VBN 13 auxpass
heard hear VERB VBN 2 conj
from from ADP IN 13 prep
since since ADV RB 14 pcomp
. . PUNCT . 2 punct
"""

# "Troops drove the rebels out of Kalembe."
DROVE_OUT = """
Troops troop NOUN NNS 1 nsubj
drove drive VERB VBD 1 ROOT
the the DET DT 3 det
rebels rebel NOUN NNS 1 dobj
out out ADP IN 1 prep
of of ADP IN 4 prep
Kalembe Kalembe PROPN NNP 5 pobj
. . PUNCT . 1 punct
"""

# "Peacekeepers handed their base to the police."
HANDED = """
Peacekeepers peacekeeper NOUN NNS 1 nsubj
handed hand VERB VBD 1 ROOT
their their PRON PRP$ 3 poss
base base NOUN NN 1 dobj
to to ADP IN 1 prep
the the DET DT 6 det
police police NOUN NN 4 pobj
. . PUNCT . 1 punct
"""

# "He handed them leaflets."
LEAFLETS = """
He he PRON PRP 1 nsubj
handed hand VERB VBD 1 ROOT
them they PRON PRP 1 dative
leaflets leaflet NOUN NNS 1 dobj
. . PUNCT . 1 punct
"""

# "The group named a successor."
SUCCESSOR = """
The the DET DT 1 det
group group NOUN NN 2 nsubj
named name VERB VBD 2 ROOT
a a DET DT 4 det
successor successor NOUN NN 2 dobj
. . PUNCT . 2 punct
"""

# "The junta banned political activities."
BANNED = """
The the DET DT 1 det
junta junta NOUN NN 2 nsubj
banned ban VERB VBD 2 ROOT
political political ADJ JJ 4 amod
activities activity NOUN NNS 2 dobj
. . PUNCT . 2 punct
"""

# "The two sides reached an understanding."
UNDERSTANDING = """
The the DET DT 2 det
two two NUM CD 2 nummod
sides side NOUN NNS 3 nsubj
reached reach VERB VBD 3 ROOT
an an DET DT 5 det
understanding understanding NOUN NN 3 dobj
. . PUNCT . 3 punct
"""

# "Soldiers moved into a section of the base."
SECTION = """
Soldiers soldier NOUN NNS 1 nsubj
moved move VERB VBD 1 ROOT
into into ADP IN 1 prep
a a DET DT 4 det
section section NOUN NN 2 pobj
of of ADP IN 4 prep
the the DET DT 7 det
base base NOUN NN 5 pobj
. . PUNCT . 1 punct
"""


# "Police picked up three suspects in Kano."
POLICE_PICKED = """
Police Police NOUN NNS 1 nsubj
picked pick VERB VBD 1 ROOT
up up ADP RP 1 prt
three three NUM CD 4 nummod
suspects suspect NOUN NNS 1 dobj
in in ADP IN 4 prep
Kano Kano PROPN NNP 5 pobj
. . PUNCT . 1 punct
"""


def test_drones_shot_down_are_a_disrupted_weapon_use_not_a_drone_strike():
    # "down" tagged as an adverb after the verb is the verb's particle; the launch of what was stopped is no strike
    assert types(SHOT_DOWN) == ["disrupted_weapons"]


def test_weapons_seized_by_those_who_arrest_are_part_of_the_arrest():
    assert types(ARREST_SEIZE) == ["arrest"]


def test_arrests_made_while_breaking_up_a_protest_are_part_of_the_intervention():
    assert types(BROKE_UP) == ["protest_intervention"]


def test_a_death_when_police_fire_on_a_march_is_excessive_force():
    got = {c.token.text: c.type for c in cands(FIRED_ON_MARCH)}
    assert got["killed"] == "protest_excessive_force"
    assert got["fired"] == "protest_excessive_force"
    # fired on a market, not a march: violence against civilians
    other = {c.token.text: c.type for c in cands(FIRED_ON_MARCH.replace("march march NOUN", "market market NOUN"))}
    assert other["killed"] == "attack_on_civilians"


def test_people_shot_while_taking_part_in_a_sit_in_are_protesters():
    assert "protest_excessive_force" in types(SIT_IN_VICTIMS)
    assert "attack_on_civilians" not in types(SIT_IN_VICTIMS)


def test_figures_that_explode_are_no_blast():
    assert types(PRICES) == []
    assert types(BOMB) == ["ied_attack"]


def test_a_strike_in_a_match_is_no_air_strike():
    assert types(MATCH) == []
    assert types(MATCH.replace("deadlock deadlock NOUN", "bridge bridge NOUN")) == ["air_strike"]


# "Amid the deadlock, a strike hit a depot."
DEADLOCK_WAR = """
Amid amid ADP IN 6 prep
the the DET DT 2 det
deadlock deadlock NOUN NN 0 pobj
, , PUNCT , 6 punct
a a DET DT 5 det
strike strike NOUN NN 6 nsubj
hit hit VERB VBD 6 ROOT
a a DET DT 8 det
depot depot NOUN NN 6 dobj
. . PUNCT . 6 punct
"""


def test_one_word_shared_with_war_news_does_not_make_a_match():
    assert "air_strike" in types(DEADLOCK_WAR)
    assert "air_strike" not in types(DEADLOCK_WAR.replace("depot depot NOUN", "goal goal NOUN"))  # two such words do


def test_a_crowd_throwing_stones_riots():
    assert types(HURLED) == ["riot"]
    # soldiers throwing stones are no crowd: nothing without a weapon word
    assert types(HURLED.replace("Youths youth NOUN", "Soldiers soldier NOUN")) == []


def test_a_crowd_stoning_people_with_no_protest_is_a_mob():
    assert types(STONED) == ["mob_violence"]


def test_a_protest_only_planned_makes_arrests_no_intervention():
    assert types(PLANNED)[0] == "arrest"
    assert "protest_intervention" not in [c.type for c in cands(PLANNED) if c.token.text == "arrested"]


def test_what_caused_a_blast_gives_its_mode():
    assert types(CAUSED) == ["suicide_bombing"]


def test_people_taken_from_a_village_are_abducted_wherever_the_parser_hangs_from():
    assert types(TOOK_FROM) == ["abduction"]


def test_picked_up_with_no_word_since_is_an_abduction():
    assert types(PICKED_UP) == ["abduction"]
    # the state's police picking up people with no word that they vanished arrest them
    assert types(POLICE_PICKED) == ["arrest"]


def test_a_side_driven_out_of_a_place_loses_it():
    got = cands(DROVE_OUT, ents=[(6, 7, "GPE")])
    assert [c.type for c in got] == ["territory_regained"]
    assert {t.text for t in got[0].target_toks} >= {"Kalembe", "rebels"}
    # driven out of nowhere named: no place changes hands
    assert types(DROVE_OUT.replace("Kalembe Kalembe PROPN NNP 5 pobj", "it it PRON PRP 5 pobj")) == []


def test_a_base_handed_to_another_force_is_a_handover():
    assert types(HANDED) == ["handover"]
    assert types(LEAFLETS) == []


def test_a_successor_named_is_a_leadership_change():
    assert types(SUCCESSOR) == ["leadership_change"]


def test_a_ban_by_an_authority_is_another_strategic_development():
    assert types(BANNED) == ["other"]
    assert types(BANNED.replace("junta junta NOUN", "club club NOUN")) == []


def test_an_understanding_reached_is_an_agreement():
    assert types(UNDERSTANDING) == ["agreement_signed"]


def test_moving_into_a_section_of_a_base_occupies_it():
    assert types(SECTION) == ["base_occupied"]

# "Gunmen ambushed a bus carrying traders near Kaya."
MINIBUS = """
Gunmen gunman NOUN NNS 1 nsubj
ambushed ambush VERB VBD 1 ROOT
a a DET DT 3 det
bus bus NOUN NN 1 dobj
carrying carry VERB VBG 3 acl
traders trader NOUN NNS 4 dobj
near near ADP IN 5 prep
Kaya Kaya PROPN NNP 6 pobj
. . PUNCT . 1 punct
"""

# "Supporters stormed the electoral office, burning ballot boxes and injuring two officials."
STORMED = """
Supporters supporter NOUN NNS 1 nsubj
stormed storm VERB VBD 1 ROOT
the the DET DT 4 det
electoral electoral ADJ JJ 4 amod
office office NOUN NN 1 dobj
, , PUNCT , 1 punct
burning burn VERB VBG 1 advcl
ballot ballot NOUN NN 8 compound
boxes box NOUN NNS 6 dobj
and and CCONJ CC 6 cc
injuring injure VERB VBG 6 conj
two two NUM CD 12 nummod
officials official NOUN NNS 10 dobj
. . PUNCT . 1 punct
"""

# "The rebels now control Paletwa, a town on the river."
NOW_TOWN = """
The the DET DT 1 det
rebels rebel NOUN NNS 3 nsubj
now now ADV RB 3 advmod
control control VERB VBP 3 ROOT
Paletwa Paletwa PROPN NNP 3 dobj
, , PUNCT , 4 punct
a a DET DT 7 det
town town NOUN NN 4 appos
on on ADP IN 7 prep
the the DET DT 10 det
river river NOUN NN 8 pobj
. . PUNCT . 3 punct
"""

# "The rebels now control most roads around the town."
NOW_ROADS = """
The the DET DT 1 det
rebels rebel NOUN NNS 3 nsubj
now now ADV RB 3 advmod
control control VERB VBP 3 ROOT
most most ADJ JJS 5 amod
roads road NOUN NNS 3 dobj
around around ADP IN 5 prep
the the DET DT 8 det
town town NOUN NN 6 pobj
. . PUNCT . 3 punct
"""

# "Troops dropped munitions loaded with CS gas on enemy positions."
CS_GAS = """
Troops troop NOUN NNS 1 nsubj
dropped drop VERB VBD 1 ROOT
munitions munition NOUN NNS 1 dobj
loaded load VERB VBN 2 acl
with with ADP IN 3 prep
CS CS PROPN NNP 6 compound
gas gas NOUN NN 4 pobj
on on ADP IN 1 prep
enemy enemy NOUN NN 9 compound
positions position NOUN NNS 7 pobj
. . PUNCT . 1 punct
"""

# "Police detained supporters who tried to march to the commission."
TRIED_MARCH = """
Police Police NOUN NNS 1 nsubj
detained detain VERB VBD 1 ROOT
supporters supporter NOUN NNS 1 dobj
who who PRON WP 4 nsubj
tried try VERB VBD 2 relcl
to to PART TO 6 aux
march march VERB VB 4 xcomp
to to ADP IN 6 prep
the the DET DT 9 det
commission commission NOUN NN 7 pobj
. . PUNCT . 1 punct
"""


def test_people_in_a_vehicle_ambushed_are_its_targets():
    got = cands(MINIBUS)
    assert [c.type for c in got] == ["attack_on_civilians"]
    assert "traders" in [t.text for t in got[0].target_toks]
    # a bus carrying troops: a clash
    assert types(MINIBUS.replace("traders trader NOUN", "soldiers soldier NOUN")) == ["ambush"]


def test_a_crowd_storming_a_building_riots_and_what_it_does_on_the_way_is_the_riot():
    got = types(STORMED)
    assert got[0] == "riot" and "mob_violence" not in got and "attack_on_civilians" not in got


def test_now_controls_a_town_is_a_capture_but_controls_roads_is_a_state():
    assert types(NOW_TOWN, ents=[(4, 5, "GPE")]) == ["territory_overtaken"]
    assert types(NOW_TOWN.replace("now now ADV RB 3 advmod", "still still ADV RB 3 advmod"), ents=[(4, 5, "GPE")]) == []
    assert types(NOW_ROADS) == []


def test_cs_gas_dropped_on_positions_is_a_chemical_weapon():
    assert types(CS_GAS) == ["chemical_attack"]


def test_a_march_people_tried_makes_the_arrest_an_intervention():
    assert types(TRIED_MARCH)[:1] == ["protest_intervention"]

# "Residents staged a sit-in to demand protection from rebel attacks."
STAGED = """
Residents resident NOUN NNS 1 nsubj
staged stag VERB VBD 1 ROOT
a a DET DT 5 det
sit sit NOUN NN 5 compound
- - PUNCT HYPH 5 punct
in in NOUN NN 1 dobj
to to PART TO 7 aux
demand demand VERB VB 1 advcl
protection protection NOUN NN 7 dobj
from from ADP IN 8 prep
rebel rebel NOUN NN 11 compound
attacks attack NOUN NNS 9 pobj
. . PUNCT . 1 punct
"""

# "Rebels launched an attack on the town, killing five soldiers."
LAUNCHED = """
Rebels rebel NOUN NNS 1 nsubj
launched launch VERB VBD 1 ROOT
an an DET DT 3 det
attack attack NOUN NN 1 dobj
on on ADP IN 3 prep
the the DET DT 6 det
town town NOUN NN 4 pobj
, , PUNCT , 1 punct
killing kill VERB VBG 1 advcl
five five NUM CD 10 nummod
soldiers soldier NOUN NNS 8 dobj
. . PUNCT . 1 punct
"""


def test_an_event_in_the_purpose_of_a_verb_that_carries_a_protest_is_embedded():
    got = [(e.type, e.embedded) for e in build_events(table_doc(STAGED))]
    assert ("protest", False) in got and ("armed_clash", True) in got


def test_a_participle_of_a_launched_attack_is_no_purpose_and_stays_the_attack():
    assert all(not e.embedded for e in build_events(table_doc(LAUNCHED)))

# "A girl was gang-raped by soldiers near the camp."
SEX_PASSIVE = """
A a DET DT 1 det
girl girl NOUN NN 2 nsubj
was be AUX VBD 2 ROOT
gang gang NOUN NN 5 npadvmod
- - PUNCT HYPH 5 punct
raped rap VERB VBN 2 acomp
by by ADP IN 5 agent
soldiers soldier NOUN NNS 6 pobj
near near ADP IN 5 prep
the the DET DT 10 det
camp camp NOUN NN 8 pobj
. . PUNCT . 2 punct
"""

# "The fighting that raged for hours between the rebels and the militiamen ended at dawn."
RAGED = """
The the DET DT 1 det
fighting fighting NOUN NN 12 nsubj
that that PRON WDT 3 nsubj
raged rag VERB VBD 1 relcl
for for ADP IN 3 prep
hours hour NOUN NNS 4 pobj
between between ADP IN 5 prep
the the DET DT 8 det
rebels rebel NOUN NNS 6 pobj
and and CCONJ CC 8 cc
the the DET DT 11 det
militiamen militiaman NOUN NNS 8 conj
ended end VERB VBD 12 ROOT
at at ADP IN 12 prep
dawn dawn NOUN NN 13 pobj
. . PUNCT . 12 punct
"""

# "Soldiers fired live rounds into a crowd near the market."
INTO_CROWD = """
Soldiers soldier NOUN NNS 1 nsubj
fired fire VERB VBD 1 ROOT
live live ADJ JJ 3 amod
rounds round NOUN NNS 1 dobj
into into ADP IN 1 prep
a a DET DT 6 det
crowd crowd NOUN NN 4 pobj
near near ADP IN 6 prep
the the DET DT 9 det
market market NOUN NN 7 pobj
. . PUNCT . 1 punct
"""

# "Settlers torched two cars in the village."
SETTLERS = """
Settlers settler NOUN NNS 1 nsubj
torched torch VERB VBD 1 ROOT
two two NUM CD 3 nummod
cars car NOUN NNS 1 dobj
in in ADP IN 1 prep
the the DET DT 6 det
village village NOUN NN 4 pobj
. . PUNCT . 1 punct
"""


def roles_of(spec: str) -> set[tuple[str, str]]:
    return {(a.name, a.role) for e in build_events(table_doc(spec)) for a in e.actors}


def test_a_participle_hung_on_was_is_passive_the_subject_suffered_it():
    got = roles_of(SEX_PASSIVE)
    assert ("soldiers", "actor") in got and ("girl", "target") in got


def test_the_sides_of_a_fight_named_in_a_clause_on_it_fight_it():
    got = roles_of(RAGED)
    assert ("rebels", "actor") in got and ("militiamen", "actor") in got


def test_fire_into_a_crowd_aims_at_it():
    got = cands(INTO_CROWD)
    assert "crowd" in [t.text for c in got for t in c.target_toks]


def test_settlers_are_people_who_act():
    assert ("Settlers", "actor") in roles_of(SETTLERS)
