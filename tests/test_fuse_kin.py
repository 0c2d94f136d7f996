"""Kin groups in fusion: a report crediting a parent, a splinter or a declared affiliate does not veto the
link that place, date and type support, and is not counted as the same actor."""

from __future__ import annotations

from footprint.actors.registry import Registry, actor_from_entry, kin_table
from footprint.fuse.clusters import default_actor_key, summarize
from footprint.fuse.event_features import features
from footprint.fuse.identity import judge

from fuse_factories import event, report

DAY = ("2024-03-03", "2024-03-03", "day")


def _feat(sentence, source, actors, place="Menaka", date=DAY, targets=()):
    ev = event(report(sentence, source=source), sentence, "armed_clash", actors=actors, targets=targets,
               place=place, date=date)
    return features(ev, default_actor_key()), ev


def test_splinter_and_parent_do_not_veto_a_link_place_and_date_support():
    a, _ = _feat("Boko Haram fighters stormed a camp near the town on Sunday.", "one.example",
                 (("Boko Haram", "boko_haram"),))
    b, _ = _feat("ISWAP militants attacked a camp near the town on Sunday.", "two.example", (("ISWAP", "iswap"),))
    j = judge(a, b)
    assert j.veto is None and j.match, j
    assert not any(r.startswith("actors:") for r in j.reasons)  # kin are not one actor: no shared key, no points
    parent, _ = _feat("Islamic State fighters attacked a camp near the town on Sunday.", "three.example",
                      (("Islamic State", "islamic_state"),))
    assert judge(b, parent).match


def test_declared_affiliates_do_not_veto_but_rivals_still_do():
    jnim, _ = _feat("JNIM fighters ambushed a convoy near the town.", "one.example", (("JNIM", "jnim"),))
    aq, _ = _feat("Al-Qaeda's Sahel branch ambushed a convoy near the town.", "two.example", (("al-Qaeda", "al_qaeda"),))
    assert judge(jnim, aq).veto is None
    isgs, _ = _feat("Islamic State fighters ambushed a convoy near the town.", "three.example", (("ISGS", "isgs"),))
    assert judge(jnim, isgs).veto == "actors: none shared"
    iswap, _ = _feat("ISWAP fighters ambushed a convoy near the town.", "four.example", (("ISWAP", "iswap"),))
    assert judge(isgs, iswap).veto is None  # the Sahel wing once declared under the West Africa province
    iskp, _ = _feat("ISKP fighters ambushed a convoy near the town.", "five.example", (("ISKP", "iskp"),))
    assert judge(iswap, iskp).veto == "actors: none shared"  # siblings under one parent are not kin


def test_kin_alone_is_no_link_without_a_close_place():
    a, _ = _feat("Boko Haram fighters raided villages in the country on Sunday.", "one.example",
                 (("Boko Haram", "boko_haram"),), place="Niger")
    b, _ = _feat("ISWAP fighters raided villages in the country on Sunday.", "two.example", (("ISWAP", "iswap"),),
                 place="Niger")
    j = judge(a, b)
    assert not j.match and j.veto.startswith("score")  # not vetoed by the actors, but kin score nothing
    same, _ = _feat("Boko Haram gunmen raided villages in the country on Sunday.", "three.example",
                    (("Boko Haram", "boko_haram"),), place="Niger")
    assert judge(a, same).match  # where one shared actor carries a country-level match


def test_a_kin_target_does_not_excuse_an_attacker_that_differs():
    a, _ = _feat("JNIM fighters attacked soldiers near the town.", "one.example", (("JNIM", "jnim"),),
                 targets=(("Malian army", "armed_forces.ml", None),))
    b, _ = _feat("ISGS fighters attacked soldiers near the town.", "two.example", (("ISGS", "isgs"),),
                 targets=(("Islamic State", "islamic_state", None),))
    assert judge(a, b).veto == "actors: none shared"


def test_kin_stay_two_actors_of_the_fused_event():
    a, ea = _feat("Boko Haram fighters stormed a camp near the town on Sunday.", "one.example",
                  (("Boko Haram", "boko_haram"),))
    b, eb = _feat("ISWAP militants attacked a camp near the town on Sunday.", "two.example", (("ISWAP", "iswap"),))
    summary = summarize([ea, eb], {}, default_actor_key(), [], [])
    assert {x["key"] for x in summary["actors"]} == {"a:boko_haram", "a:iswap"}


def _reg(*entries):
    reg = Registry()
    for e in entries:
        reg.add(actor_from_entry({"type": "armed_group", "name": e["id"], **e}, source="test"))
    return reg


def test_kin_table_is_symmetric_follows_every_ancestor_and_skips_siblings():
    reg = _reg({"id": "core"}, {"id": "branch", "parent": "core"}, {"id": "cell", "parent": "branch"},
               {"id": "other_branch", "parent": "core"}, {"id": "splinter", "split_from": ["branch"]},
               {"id": "ally", "affiliations": ["cell"]}, {"id": "loner"})
    kin = kin_table(reg)
    assert kin["cell"] == {"branch", "core", "ally"}
    assert kin["core"] == {"branch", "cell", "other_branch"}
    assert "other_branch" not in kin["branch"]
    assert kin["splinter"] == {"branch"} and "splinter" in kin["branch"]
    assert "loner" not in kin
    for x, ys in kin.items():
        assert all(x in kin[y] for y in ys)
