"""Unit tests for type rules read on regional-press and bulletin wording: a verb of disapproval that reports the
news told before it, measures told in the passive or by "prohibit", "cut" and "suspend", "set on fire",
"interpellated", a toll hung on an attack on civilians, lethal force on a peaceful vigil, a march that disperses
of itself, "sexually abused", people seized by a gang, a vehicle seized, rocket launchers fired,
"combats", an armed group suspending its operations, "agreed to open", a weapon used "against" a target named
lower in the phrase, and a township captured: invented sentences with hand-built parses (no model is loaded)."""

from __future__ import annotations

from footprint.events.classify import find_candidates
from footprint.testing import table_doc


def types(spec: str) -> list[str]:
    return [c.type for c in find_candidates(list(table_doc(spec).sents)[0])]


# "Soldiers fired on marchers in the town, killing four, a rights group deplored."
REPORTED_DEPLORED = """
Soldiers soldier NOUN NNS 1 nsubj
fired fire VERB VBD 14 ccomp
on on ADP IN 1 prep
marchers marcher NOUN NNS 2 pobj
in in ADP IN 3 prep
the the DET DT 6 det
town town NOUN NN 4 pobj
, , PUNCT , 1 punct
killing kill VERB VBG 1 advcl
four four NUM CD 8 dobj
, , PUNCT , 14 punct
a a DET DT 13 det
rights right NOUN NNS 13 compound
group group NOUN NN 14 nsubj
deplored deplore VERB VBD 14 ROOT
. . PUNCT . 14 punct
"""

# "The ministry condemned the shooting of villagers."
CONDEMNED_SHOOTING = """
The the DET DT 1 det
ministry ministry NOUN NN 2 nsubj
condemned condemn VERB VBD 2 ROOT
the the DET DT 4 det
shooting shooting NOUN NN 2 dobj
of of ADP IN 4 prep
villagers villager NOUN NNS 5 pobj
. . PUNCT . 2 punct
"""

# "A curfew was instituted in the city."
CURFEW_INSTITUTED = """
A a DET DT 1 det
curfew curfew NOUN NN 3 nsubjpass
was be AUX VBD 3 auxpass
instituted institute VERB VBN 3 ROOT
in in ADP IN 3 prep
the the DET DT 6 det
city city NOUN NN 4 pobj
. . PUNCT . 3 punct
"""

# "The authorities prohibited the movement of motorcycles."
PROHIBITED = """
The the DET DT 1 det
authorities authority NOUN NNS 2 nsubj
prohibited prohibit VERB VBD 2 ROOT
the the DET DT 4 det
movement movement NOUN NN 2 dobj
of of ADP IN 4 prep
motorcycles motorcycle NOUN NNS 5 pobj
. . PUNCT . 2 punct
"""

# "The club prohibited fans from the ground."
CLUB_PROHIBITED = """
The the DET DT 1 det
club club NOUN NN 2 nsubj
prohibited prohibit VERB VBD 2 ROOT
fans fan NOUN NNS 2 dobj
from from ADP IN 2 prep
the the DET DT 6 det
ground ground NOUN NN 4 pobj
. . PUNCT . 2 punct
"""

# "The government cut the internet in the region."
CUT_INTERNET = """
The the DET DT 1 det
government government NOUN NN 2 nsubj
cut cut VERB VBD 2 ROOT
the the DET DT 4 det
internet internet NOUN NN 2 dobj
in in ADP IN 2 prep
the the DET DT 7 det
region region NOUN NN 5 pobj
. . PUNCT . 2 punct
"""

# "The company cut jobs."
CUT_JOBS = """
The the DET DT 1 det
company company NOUN NN 2 nsubj
cut cut VERB VBD 2 ROOT
jobs job NOUN NNS 2 dobj
. . PUNCT . 2 punct
"""

# "The junta suspended the activities of parties."
SUSPENDED_PARTIES = """
The the DET DT 1 det
junta junta NOUN NN 2 nsubj
suspended suspend VERB VBD 2 ROOT
the the DET DT 4 det
activities activity NOUN NNS 2 dobj
of of ADP IN 4 prep
parties party NOUN NNS 5 pobj
. . PUNCT . 2 punct
"""

# "Gunmen set on fire the market of the village."
SET_ON_FIRE = """
Gunmen gunman NOUN NNS 1 nsubj
set set VERB VBN 1 ROOT
on on ADP IN 1 prep
fire fire NOUN NN 2 pobj
the the DET DT 5 det
market market NOUN NN 1 dobj
of of ADP IN 5 prep
the the DET DT 8 det
village village NOUN NN 6 pobj
. . PUNCT . 1 punct
"""

# "Police interpellated a former minister in the capital."
INTERPELLATED = """
Police Police NOUN NNS 1 nsubj
interpellated interpellate VERB VBD 1 ROOT
a a DET DT 4 det
former former ADJ JJ 4 amod
minister minister NOUN NN 1 dobj
in in ADP IN 1 prep
the the DET DT 7 det
capital capital NOUN NN 5 pobj
. . PUNCT . 1 punct
"""

# "Gunmen opened fire on worshippers, killing 12."
FIRE_ON_WORSHIPPERS = """
Gunmen gunman NOUN NNS 1 nsubj
opened open VERB VBD 1 ROOT
fire fire NOUN NN 1 dobj
on on ADP IN 1 prep
worshippers worshipper NOUN NNS 3 pobj
, , PUNCT , 1 punct
killing kill VERB VBG 1 advcl
12 12 NUM CD 6 dobj
. . PUNCT . 1 punct
"""

# "Gunmen shot at a peaceful vigil, killing two."
SHOT_AT_VIGIL = """
Gunmen gunman NOUN NNS 1 nsubj
shot shoot VERB VBD 1 ROOT
at at ADP IN 1 prep
a a DET DT 5 det
peaceful peaceful ADJ JJ 5 amod
vigil vigil NOUN NN 2 pobj
, , PUNCT , 1 punct
killing kill VERB VBG 1 advcl
two two NUM CD 7 dobj
. . PUNCT . 1 punct
"""

# "Hundreds marched in the city and dispersed without incident."
DISPERSED_CALMLY = """
Hundreds hundred NOUN NNS 1 nsubj
marched march VERB VBD 1 ROOT
in in ADP IN 1 prep
the the DET DT 4 det
city city NOUN NN 2 pobj
and and CCONJ CC 1 cc
dispersed disperse VERB VBD 1 conj
without without ADP IN 6 prep
incident incident NOUN NN 7 pobj
. . PUNCT . 1 punct
"""

# "A girl was sexually abused by a soldier."
SEXUALLY_ABUSED = """
A a DET DT 1 det
girl girl NOUN NN 4 nsubjpass
was be AUX VBD 4 auxpass
sexually sexually ADV RB 4 advmod
abused abuse VERB VBN 4 ROOT
by by ADP IN 4 agent
a a DET DT 7 det
soldier soldier NOUN NN 5 pobj
. . PUNCT . 4 punct
"""

# "He abused his power."
ABUSED_POWER = """
He he PRON PRP 1 nsubj
abused abuse VERB VBD 1 ROOT
his his PRON PRP$ 3 poss
power power NOUN NN 1 dobj
. . PUNCT . 1 punct
"""

# "Gang members seized six passengers."
GANG_SEIZED = """
Gang gang NOUN NN 1 compound
members member NOUN NNS 2 nsubj
seized seize VERB VBD 2 ROOT
six six NUM CD 4 nummod
passengers passenger NOUN NNS 2 dobj
. . PUNCT . 2 punct
"""

# "The vehicle was seized by soldiers."
VEHICLE_SEIZED = """
The the DET DT 1 det
vehicle vehicle NOUN NN 3 nsubjpass
was be AUX VBD 3 auxpass
seized seize VERB VBN 3 ROOT
by by ADP IN 3 agent
soldiers soldier NOUN NNS 4 pobj
. . PUNCT . 3 punct
"""

# "Troops fired MLRS at the city."
FIRED_MLRS = """
Troops troop NOUN NNS 1 nsubj
fired fire VERB VBD 1 ROOT
MLRS mlrs NOUN NN 1 dobj
at at ADP IN 1 prep
the the DET DT 5 det
city city NOUN NN 3 pobj
. . PUNCT . 1 punct
"""

# "After fierce combats, the rebels took the town as the army retreated."
AFTER_COMBATS = """
After after ADP IN 6 prep
fierce fierce ADJ JJ 2 amod
combats combat NOUN NNS 0 pobj
, , PUNCT , 6 punct
the the DET DT 5 det
rebels rebel NOUN NNS 6 nsubj
took take VERB VBD 6 ROOT
the the DET DT 8 det
town town NOUN NN 6 dobj
as as SCONJ IN 12 mark
the the DET DT 11 det
army army NOUN NN 12 nsubj
retreated retreat VERB VBD 6 advcl
. . PUNCT . 6 punct
"""

# "The rebels suspended offensive actions."
SUSPENDED_ACTIONS = """
The the DET DT 1 det
rebels rebel NOUN NNS 2 nsubj
suspended suspend VERB VBD 2 ROOT
offensive offensive ADJ JJ 4 amod
actions action NOUN NNS 2 dobj
. . PUNCT . 2 punct
"""

# "The army suspended operations."
ARMY_SUSPENDED = """
The the DET DT 1 det
army army NOUN NN 2 nsubj
suspended suspend VERB VBD 2 ROOT
operations operation NOUN NNS 2 dobj
. . PUNCT . 2 punct
"""

# "The two sides agreed to open corridors."
AGREED_TO_OPEN = """
The the DET DT 2 det
two two NUM CD 2 nummod
sides side NOUN NNS 3 nsubj
agreed agree VERB VBD 3 ROOT
to to PART TO 5 aux
open open VERB VB 3 xcomp
corridors corridor NOUN NNS 5 dobj
. . PUNCT . 3 punct
"""

# "They used munitions containing chemical agents against the positions."
USED_AGAINST = """
They they PRON PRP 1 nsubj
used use VERB VBD 1 ROOT
munitions munition NOUN NNS 1 dobj
containing contain VERB VBG 2 acl
chemical chemical ADJ JJ 5 amod
agents agent NOUN NNS 3 dobj
against against ADP IN 3 prep
the the DET DT 8 det
positions position NOUN NNS 6 pobj
. . PUNCT . 1 punct
"""

# "Rebels captured the township."
CAPTURED_TOWNSHIP = """
Rebels rebel NOUN NNS 1 nsubj
captured capture VERB VBD 1 ROOT
the the DET DT 3 det
township township NOUN NN 1 dobj
. . PUNCT . 1 punct
"""


def test_disapproval_that_reports_the_news_told_before_it_is_no_protest_of_its_own():
    got = types(REPORTED_DEPLORED)
    assert "diplomatic_protest" not in got
    assert got and set(got) == {"protest_excessive_force"}


def test_disapproval_with_an_object_stays_a_diplomatic_protest():
    assert types(CONDEMNED_SHOOTING) == ["diplomatic_protest"]


def test_measure_in_the_passive_is_other():
    assert set(types(CURFEW_INSTITUTED)) == {"other"}


def test_prohibit_by_an_authority_is_other_but_not_by_a_club():
    assert types(PROHIBITED) == ["other"]
    assert types(CLUB_PROHIBITED) == []


def test_cutting_the_internet_is_a_measure_cutting_jobs_is_none():
    assert types(CUT_INTERNET) == ["other"]
    assert types(CUT_JOBS) == []


def test_suspending_the_activities_of_parties_is_other():
    assert types(SUSPENDED_PARTIES) == ["other"]


def test_set_on_fire_is_looting():
    assert types(SET_ON_FIRE) == ["looting"]


def test_interpellated_is_an_arrest():
    assert types(INTERPELLATED) == ["arrest"]


def test_toll_hung_on_an_attack_on_worshippers_counts_civilians():
    assert types(FIRE_ON_WORSHIPPERS) == ["attack_on_civilians", "attack_on_civilians"]


def test_lethal_fire_on_a_peaceful_vigil_is_excessive_force_whoever_fires():
    assert types(SHOT_AT_VIGIL)[0] == "protest_excessive_force"


def test_a_march_that_disperses_without_incident_stays_peaceful():
    assert types(DISPERSED_CALMLY) == ["protest"]


def test_sexually_abused_is_sexual_violence_abused_power_is_none():
    assert types(SEXUALLY_ABUSED) == ["sexual_violence"]
    assert types(ABUSED_POWER) == []


def test_people_seized_by_a_gang_are_abducted():
    assert types(GANG_SEIZED) == ["abduction"]


def test_a_seized_vehicle_is_no_person_taken():
    assert "abduction" not in types(VEHICLE_SEIZED) and "arrest" not in types(VEHICLE_SEIZED)


def test_rocket_launchers_fired_at_a_city_are_shelling():
    assert types(FIRED_MLRS) == ["shelling"]


def test_combats_make_a_takeover_forceful():
    got = types(AFTER_COMBATS)
    assert "territory_overtaken" in got and "territory_transfer" not in got
    assert got[0] == "armed_clash"


def test_an_armed_group_suspending_offensive_actions_changes_its_activity():
    assert types(SUSPENDED_ACTIONS) == ["group_change"]
    assert types(ARMY_SUSPENDED) == []


def test_sides_agreeing_to_open_corridors_make_an_agreement():
    assert types(AGREED_TO_OPEN) == ["agreement_signed"]


def test_weapon_used_against_a_target_named_lower_down_is_an_attack_by_its_mode():
    assert types(USED_AGAINST) == ["chemical_attack"]


def test_a_captured_township_is_territory():
    assert types(CAPTURED_TOWNSHIP) == ["territory_overtaken"]

# "Kharkiv region: air defence shoots down 9 drones overnight."
SHOOTS_DOWN_LINE = """
Kharkiv kharkiv NOUN NN 1 compound
region region NOUN NN 1 ROOT
: : PUNCT : 1 punct
air air NOUN NN 4 compound
defence defence NOUN NN 5 compound
shoots shoot NOUN NNS 1 appos
down down ADP IN 5 advmod
9 9 NUM CD 8 nummod
drones drone NOUN NNS 6 pobj
overnight overnight ADV RB 5 advmod
. . PUNCT . 1 punct
"""

# "Ituri: CODECO and Zaire exchange fire near Djugu."
EXCHANGE_FIRE_LINE = """
Ituri Ituri PROPN NNP 0 ROOT
: : PUNCT : 0 punct
CODECO CODECO PROPN NNP 6 nmod
and and CCONJ CC 2 cc
Zaire Zaire PROPN NNP 2 conj
exchange exchange NOUN NN 6 compound
fire fire NOUN NN 0 appos
near near ADP IN 6 prep
Djugu Djugu PROPN NNP 7 pobj
. . PUNCT . 0 punct
"""

# "Officials say artillery shells hit the market."
SHELLS_LANDED = """
Officials official NOUN NNS 1 nsubj
say say VERB VBP 1 ROOT
artillery artillery NOUN NN 3 compound
shells shell NOUN NNS 4 nsubj
hit hit VERB VBD 1 ccomp
the the DET DT 6 det
market market NOUN NN 4 dobj
. . PUNCT . 1 punct
"""

# "Demonstrators threw stones at the police; three officers were wounded."
STONES_THEN_WOUNDED = """
Demonstrators demonstrator NOUN NNS 1 nsubj
threw throw VERB VBD 10 ccomp
stones stone NOUN NNS 1 dobj
at at ADP IN 1 prep
the the DET DT 5 det
police police NOUN NN 3 pobj
; ; PUNCT : 10 punct
three three NUM CD 8 nummod
officers officer NOUN NNS 10 nsubjpass
were be AUX VBD 10 auxpass
wounded wound VERB VBN 10 ROOT
. . PUNCT . 10 punct
"""

# "Police dispersed the crowd with tear gas; forty were detained."
DISPERSED_THEN_DETAINED = """
Police Police NOUN NNS 1 nsubj
dispersed disperse VERB VBD 10 ccomp
the the DET DT 3 det
crowd crowd NOUN NN 1 dobj
with with ADP IN 1 prep
tear tear ADJ JJ 6 amod
gas gas NOUN NN 4 pobj
; ; PUNCT : 10 punct
forty forty NOUN NN 10 nsubjpass
were be AUX VBD 10 auxpass
detained detain VERB VBN 10 ROOT
. . PUNCT . 10 punct
"""

# "Police detained forty men in the town."
DETAINED_IN_TOWN = """
Police Police NOUN NNS 1 nsubj
detained detain VERB VBD 1 ROOT
forty forty NUM CD 3 nummod
men man NOUN NNS 1 dobj
in in ADP IN 1 prep
the the DET DT 6 det
town town NOUN NN 4 pobj
. . PUNCT . 1 punct
"""


def test_a_bulletin_verb_read_as_a_noun_opens_its_verb_frame():
    assert types(SHOOTS_DOWN_LINE) == ["disrupted_weapons"]
    assert types(EXCHANGE_FIRE_LINE) == ["armed_clash"]


def test_a_noun_before_a_verb_stays_a_noun():
    assert types(SHELLS_LANDED) == ["shelling"]


def test_forces_wounded_in_a_sentence_that_tells_a_riot_are_its_toll():
    assert types(STONES_THEN_WOUNDED) == ["riot", "riot"]


def test_arrests_after_a_crowd_dispersed_with_tear_gas_are_the_intervention():
    assert types(DISPERSED_THEN_DETAINED) == ["protest_intervention"]
    assert types(DETAINED_IN_TOWN) == ["arrest"]

# "The village passed under the control of the militia without a fight."
PASSED_UNDER_CONTROL = """
The the DET DT 1 det
village village NOUN NN 2 nsubj
passed pass VERB VBD 2 ROOT
under under ADP IN 2 prep
the the DET DT 5 det
control control NOUN NN 3 pobj
of of ADP IN 5 prep
the the DET DT 8 det
militia militia NOUN NN 6 pobj
without without ADP IN 2 prep
a a DET DT 11 det
fight fight NOUN NN 9 pobj
. . PUNCT . 2 punct
"""

# "The bill passed under pressure."
PASSED_UNDER_PRESSURE = """
The the DET DT 1 det
bill bill NOUN NN 2 nsubj
passed pass VERB VBD 2 ROOT
under under ADP IN 2 prep
pressure pressure NOUN NN 3 pobj
. . PUNCT . 2 punct
"""


def test_a_place_that_passes_under_a_sides_control_changes_hands():
    assert types(PASSED_UNDER_CONTROL) == ["territory_transfer"]
    assert types(PASSED_UNDER_PRESSURE) == []

# "Drones struck a fuel depot, setting two tanks on fire."
STRUCK_SETTING_ON_FIRE = """
Drones drone NOUN NNS 1 nsubj
struck strike VERB VBD 1 ROOT
a a DET DT 4 det
fuel fuel NOUN NN 4 compound
depot depot NOUN NN 1 dobj
, , PUNCT , 1 punct
setting set VERB VBG 1 advcl
two two NUM CD 8 nummod
tanks tank NOUN NNS 6 dobj
on on ADP IN 6 prep
fire fire NOUN NN 9 pobj
. . PUNCT . 1 punct
"""


def test_fire_set_by_a_strike_is_what_the_strike_did():
    assert types(STRUCK_SETTING_ON_FIRE) == ["drone_strike"]

# "The aid agency suspended its activities in the camp."
AGENCY_SUSPENDED = """
The the DET DT 2 det
aid aid NOUN NN 2 compound
agency agency NOUN NN 3 nsubj
suspended suspend VERB VBD 3 ROOT
its its PRON PRP$ 5 poss
activities activity NOUN NNS 3 dobj
in in ADP IN 3 prep
the the DET DT 8 det
camp camp NOUN NN 6 pobj
. . PUNCT . 3 punct
"""


def test_an_aid_agency_suspending_its_activities_changes_no_armed_group():
    assert types(AGENCY_SUSPENDED) == []
