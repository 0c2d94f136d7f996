"""Blocking for events with no place: actor blocks by week, and the ambiguity rule (hand-built events)."""

from __future__ import annotations

import itertools

from footprint import fuse
from footprint.fuse.grouping import cluster
from footprint.fuse.blocks import probe_ranges, stored_keys
from footprint.fuse.event_features import NO_PLACE_SPAN
from footprint.fuse.identity import judge

from fuse_factories import F, event, key, meets, report

ELN = (("ELN", "eln"),)
DAY = ("2024-09-10", "2024-09-10", "day")


def test_a_placeless_report_meets_and_links_its_placed_twin():
    a = report("ELN guerrillas attacked a patrol near Gao on Tuesday.", source="one.example")
    b = report("ELN guerrillas attacked a patrol on Tuesday, the army said.", source="two.example")
    placed = F(event(a, a.text, "armed_clash", actors=ELN, place="Gao", date=DAY))
    placeless = F(event(b, b.text, "armed_clash", actors=ELN, date=DAY))
    assert placeless.placeless and not placed.placeless
    assert meets(placeless, placed) and meets(placed, placeless)  # from both sides, as rebuild and update need
    assert judge(placed, placeless).match


def test_placeless_events_of_other_actors_or_weeks_do_not_link():
    docs = [report(f"Report {i} of an attack.", source=f"s{i}.example") for i in range(4)]
    base = F(event(docs[0], docs[0].text, "armed_clash", actors=ELN, place="Gao", date=DAY))
    other_actor = F(event(docs[1], docs[1].text, "armed_clash", actors=(("JNIM", "jnim"),), date=DAY))
    other_week = F(event(docs[2], docs[2].text, "armed_clash", actors=ELN,
                         date=("2024-09-20", "2024-09-20", "day")))
    for ev in (other_actor, other_week):
        assert not meets(ev, base) and not meets(base, ev)
        assert not judge(base, ev).match
    # a whole year is too loose for a match without a place: such an event stays out of the actor blocks
    yearly = F(event(docs[3], docs[3].text, "armed_clash", actors=ELN, date=("2024-01-01", "2024-12-31", "year")))
    assert not yearly.actor_blocked and not meets(yearly, base) and not judge(base, yearly).match


def test_events_with_neither_place_nor_registry_actor_stay_out_of_actor_blocks():
    d = report("Gunmen attacked a village on Tuesday.")
    ev = F(event(d, d.text, "armed_clash", actors=(("gunmen", None),), date=DAY))
    assert ev.placeless and not ev.actor_blocked
    assert not any(k.startswith(("actor|", "noplace|")) for k in stored_keys(ev))


def test_every_placeless_pair_that_can_match_meets_and_two_placed_events_never_meet_by_actor():
    docs = [report(f"Report number {i} about ELN.", source=f"s{i}.example") for i in range(7)]
    dates = [DAY, ("2024-09-01", "2024-09-30", "month"), ("2024-09-08", "2024-09-08", "day"),
             ("2024-09-11", "2024-09-11", "day"), ("2024-08-31", "2024-09-09", "day"), DAY, DAY]
    places = [None, None, "Gao", "Menaka", None, "Kidal", None]
    evs = [F(event(d, d.text, "armed_clash", actors=ELN, place=p, date=dt))
           for d, p, dt in zip(docs, places, dates)]
    for x, y in itertools.combinations(evs, 2):
        if judge(x, y).match and (x.placeless or y.placeless):
            assert meets(x, y) and meets(y, x)
        if not x.placeless and not y.placeless:
            assert not any(lo <= k <= hi for k in stored_keys(y) for lo, hi in probe_ranges(x)
                           if k.startswith("actor|"))
    assert NO_PLACE_SPAN == 31  # follows the date points: a month is the loosest date a placeless pair can use


def test_a_placeless_event_that_fits_two_different_events_takes_no_link():
    a = report("ELN guerrillas attacked a patrol near Gao on Tuesday night.", source="one.example")
    b = report("ELN guerrillas attacked a post near Kidal on Tuesday night.", source="two.example")
    c = report("ELN guerrillas attacked on Tuesday night, the army said.", source="three.example")
    ga = F(event(a, a.text, "armed_clash", actors=ELN, place="Gao", date=DAY))
    ki = F(event(b, b.text, "armed_clash", actors=ELN, place="Kidal", date=DAY))
    x = F(event(c, c.text, "armed_clash", actors=ELN, date=DAY))
    feats = {f.id: f for f in (ga, ki, x)}
    edges = [(judge(p, q).score, *sorted((p.id, q.id))) for p, q in itertools.combinations(feats.values(), 2)
             if judge(p, q).match]
    assert len(edges) == 2  # x fits both; Gao and Kidal are too far apart to be one
    assert cluster(sorted(feats), edges, feats) == sorted([[ga.id], [ki.id], [x.id]])
    # with only one fit it links
    feats.pop(ki.id)
    edges = [e for e in edges if ki.id not in e]
    assert cluster(sorted(feats), edges, feats) == [sorted([ga.id, x.id])]


def test_store_update_and_rebuild_link_a_placeless_report_without_self_or_repeated_pairs(tmp_store):
    a = report("ELN guerrillas attacked a patrol near Gao on Tuesday.", source="one.example")
    b = report("ELN guerrillas attacked a patrol on Tuesday, the army said.", source="two.example")
    c = report("JNIM fighters attacked a convoy on Tuesday.", source="three.example")
    results = [fuse_result(a, event(a, a.text, "armed_clash", actors=ELN, place="Gao", date=DAY)),
               fuse_result(b, event(b, b.text, "armed_clash", actors=ELN, date=DAY)),
               fuse_result(c, event(c, c.text, "armed_clash", actors=(("JNIM", "jnim"),), date=DAY))]
    judged: list[tuple[str, str]] = []
    real = fuse.engine.judge

    def counting(x, y):
        judged.append(tuple(sorted((x.id, y.id))))
        assert x.id != y.id
        return real(x, y)

    fuse.engine.judge = counting
    try:
        for r in results:
            tmp_store.add(r)
            rep = fuse.update(tmp_store, [r.document.id], actor_key=key)
            assert rep.pairs == len(set(judged[-rep.pairs:])) if rep.pairs else True
        linked = {tuple(sorted(e for e in cl["events"])) for cl in fuse.fused_events(tmp_store) if len(cl["events"]) > 1}
        judged.clear()
        rep = fuse.rebuild(tmp_store, actor_key=key)
    finally:
        fuse.engine.judge = real
    assert len(judged) == len(set(judged)) == rep.pairs  # no pair twice, no event with itself
    ids = {r.document.id: r.events[0].id for r in results}
    assert linked == {tuple(sorted((ids[a.id], ids[b.id])))}
    after = {tuple(sorted(cl["events"])) for cl in fuse.fused_events(tmp_store) if len(cl["events"]) > 1}
    assert after == linked


def fuse_result(doc, ev):
    from fuse_factories import result

    return result(doc, ev)


# -- name blocks: an event with neither place nor registry actor --------------------------------------

POLICE = (("police", None), ("officers", None))


def test_a_placeless_report_naming_no_registry_actor_meets_its_placed_twin_by_shared_words():
    # the town read as a name, not a place: only the words and the date can bring the two together
    a = report("Rebels bombed the police station in Gao on Tuesday, wounding four officers.", source="one.example")
    b = report("Tuesday's assault on the Gao police post wounded four officers, the police said.",
               source="two.example")
    placed = F(event(a, a.text, "ied_attack", actors=(("ELN", "eln"), *POLICE), place="Gao", date=DAY))
    placeless = F(event(b, b.text, "armed_clash", actors=(("Gao", None), *POLICE), date=DAY))
    assert placeless.placeless and not placeless.actor_blocked and placeless.name_blocked
    assert meets(placeless, placed) and meets(placed, placeless)  # from both sides, as rebuild and update need
    assert judge(placed, placeless).match


def test_name_blocks_need_a_shared_word_and_week_and_never_join_two_placed_events():
    docs = [report(f"Report {i} of an assault.", source=f"s{i}.example") for i in range(5)]
    placed = F(event(docs[0], docs[0].text, "armed_clash", actors=POLICE, place="Gao", date=DAY))
    other_words = F(event(docs[1], docs[1].text, "armed_clash", actors=(("villagers", None),), date=DAY))
    other_week = F(event(docs[2], docs[2].text, "armed_clash", actors=POLICE,
                         date=("2024-09-20", "2024-09-20", "day")))
    yearly = F(event(docs[3], docs[3].text, "armed_clash", actors=POLICE, date=("2024-01-01", "2024-12-31", "year")))
    for ev in (other_words, other_week, yearly):
        assert not meets(ev, placed) and not meets(placed, ev)
        assert not judge(placed, ev).match
    assert not yearly.name_blocked  # a year is too loose for a match without a place
    placed_too = F(event(docs[4], docs[4].text, "armed_clash", actors=POLICE, place="Kidal", date=DAY))
    assert not any(lo <= k <= hi for k in stored_keys(placed_too) for lo, hi in probe_ranges(placed)
                   if k.startswith(("name|", "noplacename|")))


def test_a_placeless_word_only_event_that_fits_two_towns_takes_no_link():
    a = report("Gunmen killed five villagers in Gao on Sunday night.", source="one.example")
    b = report("Gunmen killed four villagers in Kidal on Sunday night.", source="two.example")
    c = report("Armed men raided a village on Sunday night, killing five villagers.", source="three.example")
    gao = F(event(a, a.text, "attack_on_civilians", actors=(("villagers", None),), place="Gao", date=DAY))
    kidal = F(event(b, b.text, "attack_on_civilians", actors=(("villagers", None),), place="Kidal", date=DAY))
    x = F(event(c, c.text, "attack_on_civilians", actors=(("armed men", None), ("villagers", None)), date=DAY))
    assert meets(x, gao) and meets(x, kidal)
    feats = {f.id: f for f in (gao, kidal, x)}
    edges = [(judge(p, q).score, *sorted((p.id, q.id))) for p, q in itertools.combinations(feats.values(), 2)
             if judge(p, q).match]
    assert len(edges) == 2
    assert cluster(sorted(feats), edges, feats) == sorted([[gao.id], [kidal.id], [x.id]])


def test_store_update_and_rebuild_agree_on_a_word_only_placeless_report(tmp_store):
    a = report("Rebels bombed the police station in Gao on Tuesday, wounding four officers.", source="one.example")
    b = report("Tuesday's assault on the Gao police post wounded four officers, the police said.",
               source="two.example")
    results = [fuse_result(b, event(b, b.text, "armed_clash", actors=(("Gao", None), *POLICE), date=DAY)),
               fuse_result(a, event(a, a.text, "ied_attack", actors=(("ELN", "eln"), *POLICE), place="Gao",
                                    date=DAY))]
    for r in results:  # the placeless report first: the placed one must find it from its own side
        tmp_store.add(r)
        fuse.update(tmp_store, [r.document.id], actor_key=key)
    linked = {tuple(sorted(cl["events"])) for cl in fuse.fused_events(tmp_store) if len(cl["events"]) > 1}
    assert linked == {tuple(sorted(r.events[0].id for r in results))}
    fuse.rebuild(tmp_store, actor_key=key)
    assert {tuple(sorted(cl["events"])) for cl in fuse.fused_events(tmp_store) if len(cl["events"]) > 1} == linked
