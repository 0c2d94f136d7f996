"""Quantities: what a number counts when the noun is elsewhere (before it, elided, shared with a later number),
multiword heads, things that are never people (equipment, animals), and whose a nationality or a transfer makes
a force or its equipment."""

from __future__ import annotations

import pytest

from footprint.actors import find_actors
from footprint.model import ActorMention
from footprint.quantities import find_quantities


def quantities(nlp, text):
    doc = nlp(text)
    return find_quantities(doc, find_actors(doc), [])


def rows(nlp, text):
    return [(q.text, q.kind, q.min, q.max) for q in quantities(nlp, text)]


# --- a change from one number to another ------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("The mission will shrink from 9,000 to 5,500 soldiers by June.",
     [("9,000", "personnel", 9000, 9000), ("5,500 soldiers", "personnel", 5500, 5500)]),
    ("Its fleet rose from 12 to 30 drones in a year.",
     [("12", "equipment", 12, 12), ("30 drones", "equipment", 30, 30)]),
])
def test_from_one_number_to_another_is_two_counts(nlp, text, expected):
    assert rows(nlp, text) == expected


@pytest.mark.parametrize("text,lo,hi", [
    ("Each convoy carried between 40 and 60 fighters.", 40, 60),
    ("Estimates ranging from 300 to 450 troops were given.", 300, 450),
    ("A force of 300 to 450 troops waits at the border.", 300, 450),
])
def test_ranges_stay_one_count(nlp, text, lo, hi):
    qs = quantities(nlp, text)
    assert [(q.min, q.max) for q in qs] == [(lo, hi)]


# --- the counted noun before the number or elided ---------------------------------------------------------------

def test_noun_before_numbering(nlp):
    q = quantities(nlp, "Demonstrators numbering roughly 3,000 gathered outside the assembly.")
    assert [(x.text, x.kind, x.min, x.approximate) for x in q] == [("roughly 3,000", "other", 3000, True)]
    q = quantities(nlp, "Reinforcements totalling 800 reached the town.")
    assert [(x.text, x.kind, x.min) for x in q] == [("800", "personnel", 800)]


def test_elided_noun_refers_back_to_the_last_count(nlp):
    q = quantities(nlp, "Last year the militia had some 4,000 fighters; now it has fewer than 1,500.")
    assert [(x.text, x.kind, x.min, x.max) for x in q] == [
        ("some 4,000 fighters", "personnel", 4000, 4000), ("fewer than 1,500", "personnel", None, 1499)]


def test_n_of_them_refers_back(nlp):
    q = quantities(nlp, "The village has 600 residents and 250 of them are children.")
    assert [(x.text, x.kind, x.min) for x in q][:2] == [("600 residents", "other", 600), ("250", "other", 250)]


def test_a_bare_number_with_nothing_to_refer_to_is_still_no_count(nlp):
    assert rows(nlp, "The convoy left at dawn and 300 arrived later.") == []
    assert rows(nlp, "He scored 300.") == []


# --- equipment and animals are never people ---------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Militants seized four BMP-2 vehicles from the outpost.", [("four BMP-2 vehicles", "equipment", 4, 4)]),
    ("Insurgents captured two T-55 tanks and a dozen armoured vehicles.",
     [("two T-55 tanks", "equipment", 2, 2), ("a dozen armoured vehicles", "equipment", 12, 12)]),
    ("The raiders abducted nine pickup trucks.", [("nine pickup trucks", "equipment", 9, 9)]),
])
def test_seized_equipment_is_equipment(nlp, text, expected):
    assert rows(nlp, text) == expected


def test_multiword_heads_keep_the_last_noun(nlp):
    q = quantities(nlp, "The unit received 20 pickup trucks and six attack helicopters.")
    assert [(x.text, x.unit) for x in q] == [("20 pickup trucks", "trucks"), ("six attack helicopters", "helicopters")]


@pytest.mark.parametrize("text,unit", [
    ("Raiders stole around 300 cattle and killed two herders.", "cattle"),
    ("Gunmen took 40 goats from the village.", "goats"),
])
def test_animals_are_other(nlp, text, unit):
    q = quantities(nlp, text)[0]
    assert (q.kind, q.unit) == ("other", unit)


def test_the_people_killed_next_to_animals_still_count(nlp):
    q = quantities(nlp, "Raiders stole around 300 cattle and killed two herders.")
    assert [(x.kind, x.min) for x in q] == [("other", 300), ("fatalities", 2)]


# --- "lost N men" -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,lo", [
    ("The battalion lost 14 soldiers in the assault.", 14),
    ("The garrison lost eleven men during the siege.", 11),
    ("The militia says it has lost about 30 fighters.", 30),
])
def test_lost_men_are_fatalities(nlp, text, lo):
    q = quantities(nlp, text)
    assert [(x.kind, x.min) for x in q] == [("fatalities", lo)]


def test_lost_things_are_not_fatalities(nlp):
    q = quantities(nlp, "The army lost three helicopters in a week.")
    assert [(x.kind, x.min) for x in q] == [("equipment", 3)]


# --- sides ------------------------------------------------------------------------------------------------------

def test_a_nationality_on_forces_or_military_equipment_is_the_armed_forces(nlp):
    q = quantities(nlp, "Drones struck 11 Ukrainian tanks near the river.")
    assert [(x.kind, x.side) for x in q] == [("equipment", "armed_forces.ua")]
    q = quantities(nlp, "The strike destroyed five Russian helicopters at the airfield.")
    assert [(x.kind, x.side) for x in q] == [("equipment", "armed_forces.ru")]


def test_a_nationality_on_civilians_is_no_state(nlp):
    q = quantities(nlp, "Kidnappers seized four Turkish engineers at the dam site.")
    assert [(x.kind, x.min) for x in q] == [("abducted", 4)]
    assert q[0].side is None or not q[0].side.startswith(("country.", "armed_forces.", "government."))


def test_recipient_of_a_transfer_owns_the_equipment(nlp):
    q = quantities(nlp, "Ankara delivered 8 armoured vehicles to the Nigerien armed forces last month.")
    assert [(x.kind, x.side) for x in q] == [("equipment", "armed_forces.ne")]


def test_supplier_alone_owns_nothing_supplied(nlp):
    q = quantities(nlp, "Turkey has supplied 12 drones to the army of its ally.")
    assert q[0].kind == "equipment" and q[0].side != "government.tr"


def _mention(doc, word, actor_id, via):
    tok = next(t for t in doc if t.text == word)
    return ActorMention(tok.idx, tok.idx + len(tok), tok.text, actor_id, actor_id, "state_force", actor_id[-2:],
                        via=via)


def test_a_bare_force_noun_takes_a_context_force_only_when_the_passage_names_it(nlp):
    doc = nlp("A mine hit a patrol near the border, wounding eight soldiers.")
    q = find_quantities(doc, [_mention(doc, "soldiers", "armed_forces.bf", "coref")], [])
    assert q[0].side is None or "." not in q[0].side
    doc = nlp("Burkinabe troops clashed with gunmen; eight soldiers were wounded.")
    named = ActorMention(0, 15, "Burkinabe troops", "armed_forces.bf", "armed_forces.bf", "state_force", "bf",
                         via="demonym")
    q = find_quantities(doc, [named, _mention(doc, "soldiers", "armed_forces.bf", "coref")], [])
    assert [(x.kind, x.side) for x in q] == [("injured", "armed_forces.bf")]
