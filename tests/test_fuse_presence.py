"""Presence strength is the present actor's own numbers: read by each quantity's side (hand-built events)."""

from __future__ import annotations

import dataclasses

import pytest

from footprint import fuse
from footprint.fuse.clusters import side_key
from footprint.fuse.presence import own_strength, summarize
from footprint.model import EventActor, Quantity

from fuse_factories import event, report, result


@pytest.fixture(autouse=True)
def _declared_copies_only(monkeypatch):
    from footprint.store.sqlite import SQLiteStore

    monkeypatch.setattr(SQLiteStore, "near_copy_of", lambda self, document: None)


def key(actor_id, name):
    return "a:" + actor_id if actor_id else "n:" + " ".join(name.lower().split())


def count(n, *, side=None, kind="personnel", approximate=False):
    return Quantity(kind=kind, min=n, max=n, approximate=approximate, text=str(n), side=side)


def typed(ev, *actors):
    """The event with these actors: (name, id, role, type)."""
    return dataclasses.replace(ev, actors=tuple(EventActor(name=n, role=r, text=n, id=i, type=t)
                                                for n, i, r, t in actors))


def strength(store, actor, precision="town"):
    rows = fuse.presences(store, actor=actor)
    p = next(p for p in rows if p["place"]["precision"] == precision)
    return sorted((s["kind"], s["min"]) for s in p["strength"])


ARMY = ("Malian Armed Forces", "armed_forces.ml", "actor", "state_force")

R = report("About 1,000 Malian troops deployed to Menaka in April 2024. "
           "A militia of 300 fighters fought the army near Menaka the same week, and 12 soldiers were killed. "
           "The army evacuated 40 civilians from Menaka.", source="alpha.example", published="2024-04-20")
APRIL = ("2024-04-01", "2024-04-30", "month")


def deployment():
    ev = event(R, "About 1,000 Malian troops deployed to Menaka in April 2024.", "deployment", place="Menaka",
               date=APRIL, quantities=(count(1000, side="armed_forces.ml", approximate=True),))
    return typed(ev, ARMY)


def clash():
    ev = event(R, "A militia of 300 fighters fought the army near Menaka the same week, and 12 soldiers were killed.",
               "armed_clash", place="Menaka", date=APRIL,
               quantities=(count(300, side="militia"), count(12, side="armed_forces.ml", kind="fatalities")))
    return typed(ev, ("militia", None, "actor", "armed_group"), ARMY[:2] + ("target", "state_force"))


def evacuation():
    ev = event(R, "The army evacuated 40 civilians from Menaka.", "deployment", place="Menaka", date=APRIL,
               quantities=(count(40, side="civilians"),))
    return typed(ev, ARMY)


def test_only_the_actors_own_numbers_become_its_strength(tmp_store):
    tmp_store.add(result(R, deployment(), clash(), evacuation()))
    fuse.update(tmp_store, [R.id], actor_key=key)
    # the militia's 300 fighters, the 12 soldiers killed and the 40 civilians are not the army's strength
    assert strength(tmp_store, "armed_forces.ml") == [("personnel", 1000)]


def test_another_armed_groups_numbers_stay_its_own(tmp_store):
    r = report("JNIM attacked an army post in Gao in May 2024 with some 300 fighters.", published="2024-05-20")
    ev = event(r, "JNIM attacked an army post in Gao in May 2024 with some 300 fighters.", "armed_clash",
               place="Gao", date=("2024-05-01", "2024-05-31", "month"), quantities=(count(300, side="jnim"),))
    ev = typed(ev, ("JNIM", "jnim", "actor", "armed_group"), ARMY[:2] + ("target", "state_force"))
    tmp_store.add(result(r, ev))
    fuse.update(tmp_store, [r.id], actor_key=key)
    assert strength(tmp_store, "armed_forces.ml") == []
    assert strength(tmp_store, "jnim") == [("personnel", 300)]


def test_contradictions_of_a_presence_compare_its_own_numbers_only(tmp_store):
    tmp_store.add(result(R, deployment(), clash()))
    fuse.update(tmp_store, [R.id], actor_key=key)
    p = next(p for p in fuse.presences(tmp_store, actor="armed_forces.ml") if p["place"]["precision"] == "town")
    # 1,000 troops beside 300 militia fighters or 12 dead is no disagreement about the army's strength
    assert not [c for c in p["contradictions"] if c["field"] == "strength"]


# -- the rule, item by item ------------------------------------------------------------------------

def item(quantities, actor_keys=("a:armed_forces.ml",)):
    return {"quantities": quantities, "actor_keys": list(actor_keys)}


SF = {"key": "a:armed_forces.ml", "id": "armed_forces.ml", "names": ["Malian Armed Forces"], "type": "state_force"}


def q(kind="personnel", side=None, side_key=None, n=100):
    return {"kind": kind, "min": n, "max": n, "side": side, "side_key": side_key}


def test_a_side_that_is_the_actor_counts_whatever_else_the_event_names():
    it = item([q(side="armed_forces.ml", side_key="a:armed_forces.ml")], ["a:armed_forces.ml", "a:jnim"])
    assert len(own_strength(it, SF["key"], SF)) == 1


def test_a_number_without_side_counts_only_when_the_event_names_no_one_else():
    assert len(own_strength(item([q("capacity"), q("equipment")]), SF["key"], SF)) == 2
    assert own_strength(item([q("capacity")], ["a:armed_forces.ml", "a:wagner_group"]), SF["key"], SF) == []


def test_a_capacity_measures_the_place_whoever_it_is_meant_for_when_the_event_names_no_one_else():
    barracks = q("capacity", side="wagner_group", side_key="a:wagner_group")
    assert own_strength(item([barracks]), SF["key"], SF) == [barracks]
    assert own_strength(item([barracks], ["a:armed_forces.ml", "a:wagner_group"]), SF["key"], SF) == []
    # a head count of that side is not the actor's, alone or not
    assert own_strength(item([q(side="wagner_group", side_key="a:wagner_group")]), SF["key"], SF) == []


def test_a_bare_force_noun_counts_only_for_an_actor_of_its_kind_alone_in_the_event():
    troops = q(side="troops", side_key="n:troops")
    assert len(own_strength(item([troops]), SF["key"], SF)) == 1
    fighters = q(side="fighters", side_key="n:fighters")
    assert own_strength(item([fighters]), SF["key"], SF) == []  # fighters are an armed group's, not an army's
    assert own_strength(item([troops], ["a:armed_forces.ml", "n:militia"]), SF["key"], SF) == []


def test_casualties_victims_and_other_sides_never_count():
    it = item([q("fatalities", "armed_forces.ml", "a:armed_forces.ml"), q("injured"), q("abducted"),
               q(side="civilians", side_key="n:civilians"), q(side="civilian volunteers", side_key="n:civilian volunteers"),
               q(side="wagner_group", side_key="a:wagner_group"), q("other", side="armed_forces.ml",
                                                                 side_key="a:armed_forces.ml")])
    assert own_strength(it, SF["key"], SF) == []


def test_evidence_stored_before_sides_had_keys_is_judged_by_the_side_words():
    old = {"kind": "personnel", "min": 300, "max": 300, "side": "jnim"}
    assert own_strength(item([old], ["a:armed_forces.ml"]), SF["key"], SF) == []
    mine = dict(old, side="armed_forces.ml")
    assert own_strength(item([mine], ["a:armed_forces.ml"]), SF["key"], SF) == [mine]
    # and a stored presence whose items carry no strength yet is filtered when summarized
    presence = {"id": "p1", "actor": {"key": SF["key"], "id": SF["id"], "names": SF["names"]},
                "place": {}, "items": [{"kind": "support", "event_id": "e", "doc_id": "d", "voice": "v",
                                         "group": "d", "publisher_voice": "v", "start": "2024-01-01",
                                         "seen": "2024-01-02", "quantities": [old, mine],
                                         "actor_keys": [SF["key"], "a:jnim"]}]}
    assert [s["min"] for s in summarize(presence)["strength"]] == [300]


# -- the side's key, as fusion stores it --------------------------------------------------------------

def test_the_side_key_folds_like_the_event_actors():
    r = report("Members of the Wagner Group, about 1,000, and 300 gunmen were in Gao.")
    ev = event(r, "Members of the Wagner Group, about 1,000, and 300 gunmen were in Gao.", "deployment",
               actors=(("Wagner Group", "wagner_group"), ("gunmen", None)))
    folded = lambda i, n: "a:" + ("wagner_group" if i == "africa_corps" else i) if i else "n:" + n.lower()  # noqa: E731
    assert side_key("wagner_group", ev, folded) == "a:wagner_group"
    assert side_key("gunmen", ev, folded) == "n:gunmen"
    assert side_key(None, ev, folded) is None
    # an id the event's actors do not carry is still an id when the registry knows it (successor folded)
    assert side_key("africa_corps", ev, folded) == "a:wagner_group"
    # words that name no registry entry stay words
    assert side_key("civilian volunteers", ev, folded) == "n:civilian volunteers"
