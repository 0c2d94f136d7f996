"""Unit tests for what is told beside a fight or a raid and belongs to it: a side's own losses told under "deplore"
(the fight's toll, no protest), arms recovered after fighting, houses burned by those who kill in the same run of
verbs, a hold of a few hours, a withdrawal that ends the raid, arms seized told with the raid's dead. Invented
sentences with hand-built parses (no model is loaded)."""

from __future__ import annotations

from footprint.events import build_events
from footprint.events.classify import find_candidates
from footprint.events.tolls import loss_told, told_loss
from footprint.testing import table_doc, token_doc

from test_events_rules_w import types
from test_events_tolls_revisions import STAGES, count, report, tolls


def all_types(doc) -> list[str]:
    return [c.type for s in doc.sents for c in find_candidates(s)]


DEPLORE = """
On on ADP IN 5 prep
our our PRON PRP$ 2 poss
side side NOUN NN 0 pobj
, , PUNCT , 5 punct
we we PRON PRP 5 nsubj
deplore deplore VERB VBD 5 ROOT
three three NUM CD 7 nummod
soldiers soldier NOUN NNS 8 nsubj
wounded wound VERB VBN 5 ccomp
. . PUNCT . 5 punct
"""


def test_own_losses_told_under_deplore_are_no_protest():
    doc = table_doc(DEPLORE)
    assert loss_told(doc[5]) and told_loss(doc[8])
    assert "diplomatic_protest" not in types(DEPLORE)
    # deploring a killing of others stays a protest
    other = DEPLORE.replace("we we PRON PRP 5 nsubj", "we we PRON PRP 5 nsubj").replace(
        "wounded wound VERB VBN 5 ccomp", "attack attack NOUN NN 5 dobj").replace(
        "soldiers soldier NOUN NNS 8 nsubj", "rebel rebel NOUN NN 8 compound")
    assert not loss_told(table_doc(other)[5])
    assert "diplomatic_protest" in types(other)


FIGHT = [
    ("Rebels", "rebel", "NOUN", "NNS", 1, "nsubj"), ("attacked", "attack", "VERB", "VBD", 1, "ROOT"),
    ("a", "a", "DET", "DT", 3, "det"), ("camp", "camp", "NOUN", "NN", 1, "dobj"),
    (",", ",", "PUNCT", ",", 1, "punct"), ("killing", "kill", "VERB", "VBG", 1, "advcl"),
    ("four", "four", "NUM", "CD", 5, "dobj"), (".", ".", "PUNCT", ".", 1, "punct"),
]
OWN_LOSSES = [tuple(r.split()[:4]) + (int(r.split()[4]), r.split()[5]) for r in DEPLORE.strip().splitlines()]


def test_own_losses_after_a_fight_are_its_toll_not_a_new_event():
    doc, (a, b) = report(FIGHT, OWN_LOSSES)
    doc._.fp_quantities = [count(doc, a + 6, a + 6, 4), count(doc, b + 6, b + 7, 3, "injured")]
    events = build_events(doc, STAGES)
    assert len(events) == 1  # no protest, no second fight
    assert sorted(tolls(events)[0]) == [("fatalities", 4), ("injured", 3)]


AFTER_FIGHTING = """
After after ADP IN 6 prep
heavy heavy ADJ JJ 2 amod
fighting fighting NOUN NN 0 pobj
, , PUNCT , 6 punct
the the DET DT 5 det
soldiers soldier NOUN NNS 6 nsubj
killed kill VERB VBD 6 ROOT
six six NUM CD 8 nummod
rebels rebel NOUN NNS 6 dobj
and and CCONJ CC 6 cc
recovered recover VERB VBD 6 conj
four four NUM CD 12 nummod
rifles rifle NOUN NNS 10 dobj
. . PUNCT . 6 punct
"""


def test_arms_recovered_after_fighting_are_its_spoils():
    assert "disrupted_weapons" not in types(AFTER_FIGHTING)
    # taken before the fighting, they are a seizure of their own
    search = AFTER_FIGHTING.replace("After after ADP IN 6 prep", "Before before ADP IN 6 prep")
    assert "disrupted_weapons" in types(search)


BURNED_AND_SHOT = """
They they PRON PRP 1 nsubj
torched torch VERB VBD 1 ROOT
twelve twelve NUM CD 3 nummod
huts hut NOUN NNS 1 dobj
and and CCONJ CC 1 cc
shot shoot VERB VBD 1 conj
dead dead ADJ JJ 5 advcl
five five NUM CD 8 nummod
villagers villager NOUN NNS 5 dobj
. . PUNCT . 1 punct
"""


def test_huts_burned_by_those_who_kill_in_the_same_run_are_part_of_the_attack():
    assert "looting" not in types(BURNED_AND_SHOT)
    assert types(BURNED_AND_SHOT)
    # a killing by others, with a subject of its own, leaves the burning an event of its own
    assert "looting" in types(OTHERS_SHOT)


OTHERS_SHOT = """
They they PRON PRP 1 nsubj
torched torch VERB VBD 1 ROOT
twelve twelve NUM CD 3 nummod
huts hut NOUN NNS 1 dobj
and and CCONJ CC 1 cc
soldiers soldier NOUN NNS 6 nsubj
shot shoot VERB VBD 1 conj
dead dead ADJ JJ 6 advcl
five five NUM CD 9 nummod
villagers villager NOUN NNS 6 dobj
. . PUNCT . 1 punct
"""


HELD_HOURS = """
Rebels rebel NOUN NNS 1 nsubj
held hold VERB VBD 1 ROOT
the the DET DT 3 det
town town NOUN NN 1 dobj
for for ADP IN 1 prep
three three NUM CD 6 nummod
hours hour NOUN NNS 4 pobj
. . PUNCT . 1 punct
"""


def test_a_town_held_for_hours_is_no_take_over():
    doc = table_doc(HELD_HOURS, [(3, 4, "GPE")])
    assert not {"territory_overtaken", "territory_transfer"} & set(all_types(doc))
    # held since March: a take-over
    since = HELD_HOURS.replace("for for ADP IN 1 prep", "since since ADP IN 1 prep").replace(
        "three three NUM CD 6 nummod", "early early ADJ JJ 6 amod").replace(
        "hours hour NOUN NNS 4 pobj", "March March PROPN NNP 4 pobj")
    assert {"territory_overtaken", "territory_transfer"} & set(all_types(table_doc(since, [(3, 4, "GPE")])))


STORMED_AND_LEFT = """
Rebels rebel NOUN NNS 1 nsubj
stormed storm VERB VBD 1 ROOT
the the DET DT 3 det
camp camp NOUN NN 1 dobj
and and CCONJ CC 1 cc
held hold VERB VBD 1 conj
it it PRON PRP 5 dobj
for for ADP IN 5 prep
a a DET DT 9 det
day day NOUN NN 7 pobj
before before ADP IN 5 prep
withdrawing withdraw VERB VBG 10 pcomp
. . PUNCT . 1 punct
"""


def test_a_withdrawal_that_ends_a_raid_is_no_event_of_its_own():
    found = types(STORMED_AND_LEFT)
    assert "withdrawal" not in found and "territory_overtaken" not in found
    assert found


SAID_AND_SEIZED = [
    ("They", "they", "PRON", "PRP", 1, "nsubj"), ("said", "say", "VERB", "VBD", 1, "ROOT"),
    ("two", "two", "NUM", "CD", 3, "nummod"), ("guards", "guard", "NOUN", "NNS", 5, "nsubjpass"),
    ("were", "be", "AUX", "VBD", 5, "auxpass"), ("killed", "kill", "VERB", "VBN", 1, "ccomp"),
    ("and", "and", "CCONJ", "CC", 5, "cc"), ("that", "that", "SCONJ", "IN", 10, "mark"),
    ("they", "they", "PRON", "PRP", 10, "nsubj"), ("had", "have", "AUX", "VBD", 10, "aux"),
    ("seized", "seize", "VERB", "VBN", 5, "conj"), ("five", "five", "NUM", "CD", 12, "nummod"),
    ("rifles", "rifle", "NOUN", "NNS", 10, "dobj"), (".", ".", "PUNCT", ".", 1, "punct"),
]
STORMED = [
    ("Rebels", "rebel", "NOUN", "NNS", 1, "nsubj"), ("attacked", "attack", "VERB", "VBD", 1, "ROOT"),
    ("the", "the", "DET", "DT", 3, "det"), ("camp", "camp", "NOUN", "NN", 1, "dobj"), (".", ".", "PUNCT", ".", 1, "punct"),
]


def test_arms_seized_told_with_the_raids_dead_are_its_spoils():
    doc, _ = report(STORMED, SAID_AND_SEIZED)
    assert "disrupted_weapons" not in all_types(doc)
    # with no raid told, arms seized where guards were killed are still a seizure
    alone = token_doc(SAID_AND_SEIZED)
    assert "disrupted_weapons" in all_types(alone)
