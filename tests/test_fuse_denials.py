"""Denials as voices on an incident, and reports of one day ordered by their time (hand-built stores)."""

from __future__ import annotations

import dataclasses
import itertools
import json

import pytest

from footprint import fuse
from footprint.fuse.clusters import moment
from footprint.fuse.grouping import cluster
from footprint.fuse.identity import judge
from footprint.fuse.sources import claim_voices
from footprint.store import open_store
from fuse_factories import F, event, key, personnel, report, result


@pytest.fixture(autouse=True)
def _declared_copies_only(monkeypatch):
    # copies are declared by hand (none here); the store's MinHash detection is tested elsewhere
    from footprint.store.sqlite import SQLiteStore

    monkeypatch.setattr(SQLiteStore, "near_copy_of", lambda self, document: None)


DAY = ("2024-03-03", "2024-03-03", "day")


def _ev(n, sentence, type_, **kw):
    """The features of the event ``sentence`` tells in a report of its own (outlet ``n``)."""
    doc = report(f"{sentence} Report {n}.", source=f"s{n}.example")
    return F(event(doc, sentence, type_, **kw))


def _edges(feats):
    out = []
    for x, y in itertools.combinations(feats, 2):
        j = judge(x, y)
        if j.match:
            out.append((j.score, min(x.id, y.id), max(x.id, y.id)))
    return out


# --- a denial joins the incident it denies ------------------------------------------------------


def test_a_denial_joins_its_incident_without_vetoing_or_bridging():
    s = "Wagner fighters attacked an army post near Gao on Sunday."
    a = _ev(0, s, "armed_clash", place="Gao", date=DAY)
    b = _ev(1, s, "armed_clash", place="Gao", date=DAY)
    # the group's denial: same place, same actor, dated a day later by the denial (one day of slack)
    d = _ev(2, "Wagner denied attacking the post.", "armed_clash", place="Gao",
            date=("2024-03-04", "2024-03-04", "day"), modality="denied")
    assert d.denied and not a.denied
    feats = [a, b, d]
    groups = cluster([f.id for f in feats], _edges(feats), {f.id: f for f in feats})
    assert groups == [sorted(f.id for f in feats)]
    # a report that conflicts with the denial (a day later than the slack allows) still joins the incident:
    # the denial's own date is the denier's telling, it vetoes nothing
    c = _ev(3, s, "armed_clash", place="Gao", date=("2024-03-02", "2024-03-03", "week"))
    assert judge(c, a).match
    feats = [a, b, c, d]
    edges = _edges(feats)
    groups = cluster([f.id for f in feats], edges, {f.id: f for f in feats})
    assert len(groups) == 1


def test_a_denial_never_links_two_incidents():
    # two attacks in two towns the same day; a denial with no place fits both: it joins neither
    gao = _ev(0, "Wagner attacked Gao.", "armed_clash", place="Gao", date=DAY)
    menaka = _ev(1, "Wagner attacked Menaka.", "armed_clash", place="Menaka", date=DAY)
    d = _ev(2, "Wagner denied the attacks.", "armed_clash", date=DAY, modality="denied")
    feats = [gao, menaka, d]
    edges = _edges(feats)
    assert {(x, y) for _s, x, y in edges} >= {tuple(sorted((gao.id, d.id))), tuple(sorted((menaka.id, d.id)))}
    groups = cluster([f.id for f in feats], edges, {f.id: f for f in feats})
    assert sorted(map(len, groups)) == [1, 1, 1]
    # with the Gao report alone, the denial is Gao's
    groups = cluster([gao.id, d.id], [e for e in edges if menaka.id not in e[1:]], {f.id: f for f in feats})
    assert groups == [sorted((gao.id, d.id))]


def test_two_denials_alone_are_no_incident():
    d1 = _ev(0, "Wagner denied the attack.", "armed_clash", place="Gao", date=DAY, modality="denied")
    d2 = _ev(1, "Wagner denied the raid.", "armed_clash", place="Gao", date=DAY, modality="denied")
    feats = {f.id: f for f in (d1, d2)}
    assert cluster(list(feats), _edges(feats.values()), feats) == sorted([[d1.id], [d2.id]])


def test_a_denial_dated_by_the_denial_is_weak():
    r = report("The group on Saturday denied killing civilians in Gao.")
    ev = event(r, r.text, "attack_on_civilians", place="Gao", date=("2024-03-09", "2024-03-09", "day"),
               modality="denied")
    ev = dataclasses.replace(ev, date=dataclasses.replace(ev.date, span_start=10, reason="own clause"),
                             attribution=dataclasses.replace(ev.attribution, cue_start=19))
    assert F(ev).weak_date  # "on Saturday" comes before "denied": the day of the denial
    # the act's own date inside what is denied ("denied that … on Thursday") stays the act's
    late = dataclasses.replace(ev, date=dataclasses.replace(ev.date, span_start=40))
    assert not F(late).weak_date
    told = dataclasses.replace(late, date=dataclasses.replace(late.date, reason="clause that holds the event's"))
    assert F(told).weak_date
    assert not F(dataclasses.replace(ev, attribution=dataclasses.replace(ev.attribution, modality="asserted"))).weak_date


def test_a_lone_denial_makes_no_fused_event(tmp_path):
    store = open_store(tmp_path / "f.db")
    try:
        alone = report("The group denied attacking Kidal.", source="a.example")
        store.add(result(alone, event(alone, alone.text, "armed_clash", place="Kidal", date=DAY,
                                      modality="denied")))
        fuse.update(store, [alone.id], actor_key=key)
        assert store.conn.execute("SELECT COUNT(*) FROM fuse_clusters").fetchone()[0] == 0
        # the attack it denies arrives: the denial joins it, and is no voice (a contradiction)
        told = report("Wagner fighters attacked Kidal on Sunday, residents said.", source="b.example")
        store.add(result(told, event(told, told.text, "armed_clash", place="Kidal", date=DAY,
                                     claimant="residents", modality="reported")))
        fuse.update(store, [told.id], actor_key=key)
        (record,) = [json.loads(r[0]) for r in store.conn.execute("SELECT json FROM fuse_clusters")]
        assert len(record["events"]) == 2
        assert record["independent_sources"] == 1
        before = record
        fuse.rebuild(store, actor_key=key)
        (after,) = [json.loads(r[0]) for r in store.conn.execute("SELECT json FROM fuse_clusters")]
        assert after == before
    finally:
        store.close()


# --- reports of one day ordered by the time they give ------------------------------------------


def test_moment_reads_a_time_of_the_reports_day():
    assert moment("2025-06-14", "2025-06-14T08:10:00+03:00") == "2025-06-14T05:10:00"
    assert moment("2025-06-14", "2025-06-14 17:45") == "2025-06-14T17:45:00"
    assert moment("2025-06-14", "2025-06-14T17:45:00Z") == "2025-06-14T17:45:00"
    for stamp in ("2025-06-14", "2025-06-13T08:10", "yesterday 08:10", "2025-06-14T25:99", None, 1718000000, ""):
        assert moment("2025-06-14", stamp) is None, stamp
    assert moment(None, "2025-06-14T08:10") is None


def _told(group, pubs, claimant, day, at, *numbers):
    return {"group": group, "publisher_voice": f"publisher:{min(pubs)}", "publishers": list(pubs),
            "claimant": claimant, "claimant_key": None, "modality": "reported", "published": day,
            "published_at": at, "quantities": [{"kind": k, "min": n, "max": n, "side": None} for k, n in numbers]}


def test_a_correction_the_same_afternoon_reminds_the_morning_report():
    morning = _told("g1", ["red sea post"], "the health office", "2025-06-14", "2025-06-14T05:10:00",
                    ("fatalities", 3))
    evening = _told("g2", ["red sea post"], None, "2025-06-14", "2025-06-14T14:45:00", ("fatalities", 3))
    assert claim_voices([morning, evening]) == ("health office",)
    assert claim_voices([evening, morning]) == ("health office",)
    # told before the cited report, the uncited one is the outlet's own reporting
    early = dict(evening, published_at="2025-06-14T04:00:00")
    assert claim_voices([morning, early]) == ("health office", "red sea post")
    # a day alone cannot order two reports of one day
    assert claim_voices([morning, dict(evening, published_at=None)]) == ("health office", "red sea post")
    assert claim_voices([dict(morning, published_at=None), evening]) == ("health office", "red sea post")
    # a later report of the same day with another number is the outlet's own reporting
    revised = _told("g2", ["red sea post"], None, "2025-06-14", "2025-06-14T14:45:00", ("fatalities", 7))
    assert claim_voices([morning, revised]) == ("health office", "red sea post")


def test_the_store_orders_reports_of_one_day_by_their_front_matter_time(tmp_path):
    def timed(text, stamp):
        doc = report(text, source="post.example", published="2025-06-14")
        return dataclasses.replace(doc, meta={**doc.meta, "published": stamp})

    store = open_store(tmp_path / "t.db")
    try:
        first = timed("A drone struck the market in Gao on Friday, killing three, the health office said.",
                      "2025-06-14T08:10:00+03:00")
        second = timed("The drone that killed three in Gao on Friday hit a wedding party.", "2025-06-14T17:45:00+03:00")
        date = ("2025-06-13", "2025-06-13", "day")
        store.add(result(first, event(first, first.text, "drone_strike", place="Gao", date=date,
                                      claimant="the health office", modality="reported",
                                      quantities=(personnel(3, kind="fatalities"),))))
        store.add(result(second, event(second, second.text, "drone_strike", place="Gao", date=date,
                                       quantities=(personnel(3, kind="fatalities"),))))
        fuse.rebuild(store, actor_key=key)
        (record,) = [json.loads(r[0]) for r in store.conn.execute("SELECT json FROM fuse_clusters")]
        assert record["sources"] == ["health office"]
    finally:
        store.close()
