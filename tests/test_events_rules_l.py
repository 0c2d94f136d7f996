"""Unit tests for vehicles stopped on the road, deaths with the weapon that caused them, force used on a protest
named by a noun, and what a later clause shares with an earlier one: invented sentences with hand-built parses
(no model is loaded)."""

from __future__ import annotations

from footprint.events.records import shared_by_clauses
from footprint.events.classify import find_candidates
from footprint.model import EventActor, EventDate
from footprint.testing import document, event
from footprint.testing import table_doc as doc_of


def cands(spec: str):
    return find_candidates(list(doc_of(spec).sents)[0])


def types(spec: str) -> list[str]:
    return [c.type for c in cands(spec)]


# "Gunmen stopped a bus near Gusau."
STOPPED = """
Gunmen gunman NOUN NNS 1 nsubj
stopped stop VERB VBD 1 ROOT
a a DET DT 3 det
bus bus NOUN NN 1 dobj
near near ADP IN 1 prep
Gusau Gusau PROPN NNP 4 pobj
. . PUNCT . 1 punct
"""


def test_armed_men_stopping_a_vehicle_attack_its_people():
    got = cands(STOPPED)
    assert [c.type for c in got] == ["attack_on_civilians"]
    assert [t.text for t in got[0].actor_toks] == ["Gunmen"]


def test_police_stopping_a_vehicle_or_gunmen_stopping_an_army_truck_is_no_attack_on_civilians():
    assert types(STOPPED.replace("Gunmen gunman NOUN NNS", "Police police NOUN NNS")) == []
    army = STOPPED.replace("a a DET DT 3 det", "army army NOUN NN 3 compound")
    assert "attack_on_civilians" not in types(army)
    # stopping what is no vehicle ("stopped the talks") is nothing
    assert types(STOPPED.replace("bus bus NOUN NN", "talks talk NOUN NNS")) == []


# "Gunmen stopped a bus and abducted nine passengers."
STOPPED_AND_TOOK = """
Gunmen gunman NOUN NNS 1 nsubj
stopped stop VERB VBD 1 ROOT
a a DET DT 3 det
bus bus NOUN NN 1 dobj
and and CCONJ CC 1 cc
abducted abduct VERB VBD 1 conj
nine nine NUM CD 7 nummod
passengers passenger NOUN NNS 5 dobj
. . PUNCT . 1 punct
"""


def test_what_is_done_to_the_people_of_a_stopped_vehicle_carries_the_event():
    assert types(STOPPED_AND_TOOK) == ["abduction"]


# "Gunmen halted a convoy of trucks and shot dead three drivers."
HALTED = """
Gunmen gunman NOUN NNS 1 nsubj
halted halt VERB VBD 1 ROOT
a a DET DT 3 det
convoy convoy NOUN NN 1 dobj
of of ADP IN 3 prep
trucks truck NOUN NNS 4 pobj
and and CCONJ CC 1 cc
shot shoot VERB VBD 1 conj
dead dead ADJ JJ 7 acomp
three three NUM CD 10 nummod
drivers driver NOUN NNS 7 npadvmod
. . PUNCT . 1 punct
"""


def test_shooting_after_a_civilian_vehicle_is_halted_is_violence_against_civilians():
    assert types(HALTED) == ["attack_on_civilians"]
    # a convoy of soldiers halted and shot at is a fight between armed sides
    soldiers = HALTED.replace("trucks truck NOUN NNS 4 pobj", "soldiers soldier NOUN NNS 4 pobj").replace(
        "drivers driver NOUN NNS", "guards guard NOUN NNS")
    assert "attack_on_civilians" not in types(soldiers)


# "The attackers checked the papers of the passengers before shooting seven of them."
PARTITIVE = """
The the DET DT 1 det
attackers attacker NOUN NNS 2 nsubj
checked check VERB VBD 2 ROOT
the the DET DT 4 det
papers paper NOUN NNS 2 dobj
of of ADP IN 4 prep
the the DET DT 7 det
passengers passenger NOUN NNS 5 pobj
before before ADP IN 2 prep
shooting shoot VERB VBG 8 pcomp
seven seven NUM CD 9 dobj
of of ADP IN 10 prep
them they PRON PRP 11 pobj
. . PUNCT . 2 punct
"""


def test_victims_named_by_a_pronoun_are_the_people_named_before_it():
    assert types(PARTITIVE) == ["attack_on_civilians"]
    fighters = PARTITIVE.replace("passengers passenger NOUN NNS", "militants militant NOUN NNS")
    assert types(fighters) == ["armed_clash"]


# "The deaths of two boys, caused by unexploded ordnance, were reported."
DEATHS = """
The the DET DT 1 det
deaths death NOUN NNS 10 nsubjpass
of of ADP IN 1 prep
two two NUM CD 4 nummod
boys boy NOUN NNS 2 pobj
, , PUNCT , 1 punct
caused cause VERB VBN 1 acl
by by ADP IN 6 agent
unexploded unexploded ADJ JJ 9 amod
ordnance ordnance NOUN NN 7 pobj
were be AUX VBD 11 auxpass
reported report VERB VBN 11 ROOT
. . PUNCT . 11 punct
"""


def test_deaths_caused_by_a_remnant_explosive_are_an_explosive_attack():
    assert types(DEATHS) == ["ied_attack"]
    # a death with no weapon named as its cause ("caused by an illness") is no event
    assert types(DEATHS.replace("unexploded unexploded ADJ JJ 9 amod", "a a DET DT 9 det").replace(
        "ordnance ordnance NOUN NN", "illness illness NOUN NN")) == []


# "The march was broken up by riot police."
BROKEN_UP = """
The the DET DT 1 det
march march NOUN NN 3 nsubjpass
was be AUX VBD 3 auxpass
broken break VERB VBN 3 ROOT
up up ADP RP 3 prt
by by ADP IN 3 agent
riot riot NOUN NN 7 compound
police police NOUN NNS 5 pobj
. . PUNCT . 3 punct
"""

# "Riot police broke up the march."
BROKE_UP = """
Riot riot NOUN NN 1 compound
police police NOUN NNS 2 nsubj
broke break VERB VBD 2 ROOT
up up ADP RP 2 prt
the the DET DT 5 det
march march NOUN NN 2 dobj
. . PUNCT . 2 punct
"""


def test_the_force_that_breaks_up_a_protest_named_by_a_noun_is_its_actor():
    for spec in (BROKEN_UP, BROKE_UP):
        got = [c for c in cands(spec) if c.type == "protest_intervention"]
        assert got, spec
        assert [t.text for t in got[0].actor_toks] == ["police"]


def _date(day: str, reason: str = "own clause") -> EventDate:
    return EventDate(start=day, end=day, precision="day", text="Monday", value=day, reason=reason)


UNDATED = EventDate(start=None, end="2025-04-16", precision="unknown",
                    reason="no date in the text for it; on or before the report date")


def test_a_later_clause_with_no_date_shares_the_date_of_the_clause_before_it():
    sentence = "Drones hit a car in Orikhiv on Monday, and artillery shelled ten villages over the day."
    doc = document(sentence + " Shelling went on.")
    first = event(doc, sentence, "drone_strike", date=_date("2025-04-14"))
    later = event(doc, sentence, "shelling", date=UNDATED)
    other = event(doc, "Shelling went on.", "shelling", date=UNDATED)
    got = shared_by_clauses([first, later, other])
    assert got[1].date.start == "2025-04-14" and "shared" in got[1].date.reason
    assert got[2].date == UNDATED  # another sentence shares nothing
    # an earlier undated clause takes nothing from a later dated one
    back = shared_by_clauses([later, first])
    assert back[0].date == UNDATED


def test_a_later_intervention_with_no_actor_shares_the_force_of_the_first():
    sentence = "Riot police broke up the march; 15 students were arrested."
    doc = document(sentence)
    police = EventActor(name="Riot police", role="actor", text="Riot police", type="state_force")
    students = EventActor(name="students", role="target", text="students")
    first = event(doc, sentence, "protest_intervention", actors=(police,))
    later = event(doc, sentence, "protest_intervention", actors=(students,))
    got = shared_by_clauses([first, later])
    assert [a.name for a in got[1].actors] == ["Riot police", "students"]
    # an arrest outside a protest takes no one's actor
    arrest = event(doc, sentence, "arrest", actors=(students,))
    assert shared_by_clauses([first, arrest])[1].actors == (students,)
