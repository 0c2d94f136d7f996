"""Unit tests for the type and role rules measured on the d-dev snippets: each rule on invented sentences,
hand-built parses (no model is loaded)."""

from __future__ import annotations

from footprint.events import build_events
from footprint.events.classify import find_candidates
from footprint.events.filters import blocked
from footprint.events.vocabulary import lexicon
from footprint.testing import table_doc as doc_of


def types(spec: str, ents=()) -> list[str]:
    return [c.type for c in find_candidates(list(doc_of(spec, ents).sents)[0])]


def actors(spec: str) -> list[tuple[str, str]]:
    return [(a.name, a.role) for e in build_events(doc_of(spec)) for a in e.actors]


# "The rebels took control of Kamba Tesi, a ridge." (the small model tags the name as a person's)
RIDGE = """
The the DET DT 1 det
rebels rebel NOUN NNS 2 nsubj
took take VERB VBD 2 ROOT
control control NOUN NN 2 dobj
of of ADP IN 3 prep
Kamba Kamba PROPN NNP 6 compound
Tesi Tesi PROPN NNP 4 pobj
, , PUNCT , 6 punct
a a DET DT 9 det
ridge ridge NOUN NN 6 appos
. . PUNCT . 2 punct
"""


def test_a_name_with_a_place_apposition_is_a_place_taken():
    assert types(RIDGE, [(5, 7, "PERSON")]) == ["territory_overtaken"]
    # an apposition naming a person keeps it a person: no place was taken
    person = RIDGE.replace("ridge ridge NOUN NN 6 appos", "commander commander NOUN NN 6 appos")
    assert "territory_overtaken" not in types(person, [(5, 7, "PERSON")])


# "Insurgents overran the district headquarters on Monday."
OVERRAN = """
Insurgents insurgent NOUN NNS 1 nsubj
overran overrun VERB VBD 1 ROOT
the the DET DT 4 det
district district NOUN NN 4 compound
headquarters headquarters NOUN NN 1 dobj
on on ADP IN 1 prep
Monday Monday PROPN NNP 5 pobj
. . PUNCT . 1 punct
"""


def test_overrunning_held_ground_takes_it_and_overrunning_a_position_is_a_fight():
    assert types(OVERRAN, [(6, 7, "DATE")]) == ["territory_overtaken"]
    position = OVERRAN.replace("headquarters headquarters NOUN NN 1 dobj", "position position NOUN NN 1 dobj")
    assert types(position, [(6, 7, "DATE")]) == ["armed_clash"]


# "A helicopter dropped a cylinder of gas on the town."
CYLINDER = """
A a DET DT 1 det
helicopter helicopter NOUN NN 2 nsubj
dropped drop VERB VBD 2 ROOT
a a DET DT 4 det
cylinder cylinder NOUN NN 2 dobj
of of ADP IN 4 prep
gas gas NOUN NN 5 pobj
on on ADP IN 2 prep
the the DET DT 9 det
town town NOUN NN 7 pobj
. . PUNCT . 2 punct
"""


def test_a_gas_released_from_a_dropped_cylinder_is_a_chemical_attack():
    assert types(CYLINDER) == ["chemical_attack"]
    bomb = CYLINDER.replace("cylinder cylinder NOUN NN 2 dobj", "bomb bomb NOUN NN 2 dobj").replace(
        "gas gas NOUN NN 5 pobj", "explosives explosive NOUN NNS 5 pobj")
    assert types(bomb) == ["air_strike"]
    # tear gas is crowd control, never a chemical weapon
    tear = CYLINDER.replace("of of ADP IN 4 prep", "of of ADP IN 4 prep\ntear tear ADJ JJ 7 amod").replace(
        "gas gas NOUN NN 5 pobj", "gas gas NOUN NN 5 pobj").replace(" 7 pobj", " 7 pobj")
    assert "chemical_attack" not in types(_shift(tear, 6))


def _shift(spec: str, at: int) -> str:
    """Token table with one line inserted at ``at``: heads past it move by one."""
    rows = [line.split() for line in spec.strip().splitlines()]
    out = []
    for i, r in enumerate(rows):
        head = int(r[4])
        if i != at:
            head = head + 1 if head >= at else head
        out.append(" ".join(r[:4] + [str(head), r[5]]))
    return "\n".join(out)


# "Leaders must act before anger triggers protests."
BEFORE = """
Leaders leader NOUN NNS 2 nsubj
must must AUX MD 2 aux
act act VERB VB 2 ROOT
before before SCONJ IN 5 mark
anger anger NOUN NN 5 nsubj
triggers trigger VERB VBZ 2 advcl
protests protest NOUN NNS 5 dobj
. . PUNCT . 2 punct
"""


def test_a_present_tense_clause_of_before_tells_what_has_not_happened():
    assert blocked(doc_of(BEFORE)[6], lexicon()) == "conditional"
    past = BEFORE.replace("triggers trigger VERB VBZ", "triggered trigger VERB VBD")
    assert blocked(doc_of(past)[6], lexicon()) != "conditional"


# "Police detained ten activists ahead of a planned rally."
PLANNED = """
Police police NOUN NNS 1 nsubj
detained detain VERB VBD 1 ROOT
ten ten NUM CD 3 nummod
activists activist NOUN NNS 1 dobj
ahead ahead ADV RB 1 advmod
of of ADP IN 4 prep
a a DET DT 8 det
planned plan VERB VBN 8 amod
rally rally NOUN NN 5 pobj
. . PUNCT . 1 punct
"""

# "Police dispersed a march and detained ten people."
MARCH = """
Police police NOUN NNS 1 nsubj
dispersed disperse VERB VBD 1 ROOT
a a DET DT 3 det
march march NOUN NN 1 dobj
and and CCONJ CC 1 cc
detained detain VERB VBD 1 conj
ten ten NUM CD 7 nummod
people people NOUN NNS 5 dobj
. . PUNCT . 1 punct
"""


def test_arrests_before_a_planned_protest_are_arrests_and_at_a_march_an_intervention():
    assert blocked(doc_of(PLANNED)[8], lexicon()) == "intended"
    assert types(PLANNED)[0] == "arrest"
    assert types(PLANNED.replace("planned plan VERB VBN 8 amod", "large large ADJ JJ 8 amod"))[0] == "arrest"
    held = """
Police police NOUN NNS 1 nsubj
detained detain VERB VBD 1 ROOT
ten ten NUM CD 3 nummod
activists activist NOUN NNS 1 dobj
at at ADP IN 1 prep
a a DET DT 6 det
rally rally NOUN NN 4 pobj
. . PUNCT . 1 punct
"""
    assert types(held)[0] == "protest_intervention"
    assert "protest_intervention" in types(MARCH)
    plain = MARCH.replace("march march NOUN NN 1 dobj", "crowd crowd NOUN NN 1 dobj")
    assert "protest_intervention" not in types(plain)


# "Youths set ablaze the police headquarters." (burning a building of the police is no materiel lost in a fight)
ABLAZE = """
Youths youth NOUN NNS 1 nsubj
set set VERB VBD 1 ROOT
ablaze ablaze ADP RP 1 prt
the the DET DT 5 det
police police NOUN NN 5 compound
headquarters headquarters NOUN NN 1 dobj
. . PUNCT . 1 punct
"""


def test_youths_burning_a_police_headquarters_riot():
    assert types(ABLAZE) == ["riot"]
    trucks = ABLAZE.replace("headquarters headquarters NOUN NN 1 dobj", "trucks truck NOUN NNS 1 dobj").replace(
        "police police NOUN NN 5 compound", "army army NOUN NN 5 compound")
    assert types(trucks) == []


# "A crowd of residents attacked a family."
CROWD = """
A a DET DT 1 det
crowd crowd NOUN NN 4 nsubj
of of ADP IN 1 prep
residents resident NOUN NNS 2 pobj
attacked attack VERB VBD 4 ROOT
a a DET DT 6 det
family family NOUN NN 4 dobj
. . PUNCT . 4 punct
"""


def test_a_crowd_of_people_acts_as_the_crowd_and_one_attacked_is_its_people():
    got = actors(CROWD)
    assert ("crowd", "actor") in [(n.lower().removeprefix("a "), r) for n, r in got]
    assert not any(n == "residents" and r == "actor" for n, r in got)


# "Two soldiers were killed in a clash with rebels."
CLASH = """
Two two NUM CD 1 nummod
soldiers soldier NOUN NNS 3 nsubjpass
were be AUX VBD 3 auxpass
killed kill VERB VBN 3 ROOT
in in ADP IN 3 prep
a a DET DT 6 det
clash clash NOUN NN 4 pobj
with with ADP IN 6 prep
rebels rebel NOUN NNS 7 pobj
. . PUNCT . 3 punct
"""


def test_deaths_in_a_clash_with_a_side_make_both_sides_act():
    got = actors(CLASH)
    roles = {n.lower(): r for n, r in got}
    assert roles.get("rebels") == "actor" and roles.get("soldiers") == "actor"
    # deaths in an ambush of someone keep the dead as targets
    ambush = CLASH.replace("clash clash NOUN NN 4 pobj", "ambush ambush NOUN NN 4 pobj").replace(
        "with with ADP IN 6 prep", "by by ADP IN 6 prep")
    assert {n.lower(): r for n, r in actors(ambush)}.get("soldiers") == "target"


# "Shells landed on the market; the rebels claimed the barrage."
BARRAGE = """
Shells shell NOUN NNS 1 nsubj
landed land VERB VBD 1 ROOT
on on ADP IN 1 prep
the the DET DT 4 det
market market NOUN NN 2 pobj
; ; PUNCT : 1 punct
the the DET DT 7 det
rebels rebel NOUN NNS 8 nsubj
claimed claim VERB VBD 1 conj
the the DET DT 10 det
barrage barrage NOUN NN 8 dobj
. . PUNCT . 1 punct
"""


def test_a_claim_of_the_barrage_names_who_fired_it():
    from footprint.events.roles import claimed_by

    doc = doc_of(BARRAGE)
    sent = list(doc.sents)[0]
    assert [t.text for t in claimed_by(doc[1], sent, lexicon())] == ["rebels"]
    talk = doc_of(BARRAGE.replace("barrage barrage NOUN NN 8 dobj", "victory victory NOUN NN 8 dobj"))
    assert claimed_by(talk[1], list(talk.sents)[0], lexicon()) == []
