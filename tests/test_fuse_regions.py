"""A report that names only the region, and groups with no features: hand-built events and small stores
(docs/fusion.md, "Matching rule")."""

from __future__ import annotations

import json

from footprint import fuse
from footprint.fuse.engine import _denials_only
from footprint.fuse.grouping import cluster
from footprint.fuse.event_features import features
from footprint.fuse.identity import judge
from footprint.fuse.regions import ambiguous_region_links, contained, region_link
from footprint.model import Attribution, EventActor, EventDate
from footprint.store import open_store
from footprint.testing import event, location

from fuse_factories import report, result

SUNDAY = EventDate(start="2025-03-09", end="2025-03-09", precision="day")
REGION = dict(name="Tillabéri", lat=14.2, lon=1.45, country="NE", precision="region", admin1="Tillabéri")
TOWN = dict(name="Ayorou", lat=14.73, lon=0.92, country="NE", precision="town", admin1="Tillabéri")
OTHER_TOWN = dict(name="Téra", lat=14.01, lon=0.75, country="NE", precision="town", admin1="Tillabéri")
ELSEWHERE = dict(name="Tahoua", lat=14.89, lon=5.27, country="NE", precision="town", admin1="Tahoua")


def key(actor_id, name):
    return "a:" + actor_id if actor_id else "n:" + " ".join(name.lower().split())


def F(ev):
    return features(ev, key)


def ev(sentence, source, place, *, type_="attack_on_civilians", actors=(("gunmen", None),), date=SUNDAY,
       modality="asserted"):
    doc = report(sentence, source=source)
    people = tuple(EventActor(name=n, role="actor", text=n, id=i) for n, i in actors)
    return event(doc, sentence, type_, actors=people, location=location(**place), date=date,
                 attribution=Attribution(publisher=doc.source, modality=modality))


def _region(source="radio.example", **kw):
    return ev("Unidentified gunmen killed ten people in the Tillabéri region on Sunday.", source, REGION, **kw)


def _town(source="wire.example", place=TOWN, **kw):
    return ev(f"Islamic State fighters killed ten villagers near {place['name']} on Sunday.", source, place,
              actors=(("Islamic State Sahel Province", "issp"),), **kw)


def test_a_town_of_the_region_matches_the_region_report_without_a_shared_actor():
    region, town = F(_region()), F(_town())
    assert contained(region, town) and contained(town, region) and region_link(region, town)
    j = judge(region, town)
    assert j.match and j.score == 4.5, j  # same type 1 + region 1 + in it 0.5 + day 2
    assert "place: in the region (tillabéri)" in j.reasons
    assert judge(town, region) == j


def test_containment_needs_the_same_region_the_same_type_a_close_date_and_a_finer_place():
    region = F(_region())
    other = F(_town(place=ELSEWHERE))
    assert not contained(region, other) and not judge(region, other).match  # a town of another region
    clash = F(_town(type_="armed_clash"))  # same group only: 0.5 + 1.5 + 2 stays under the threshold
    assert not judge(region, clash).match
    month = EventDate(start="2025-03-01", end="2025-03-31", precision="month")
    assert not judge(region, F(_town(date=month))).match  # a month scores 1.5: 4.0
    both = F(ev("Armed men killed ten people in the Tillabéri region.", "third.example", REGION,
                actors=(("armed men", None),)))
    assert not contained(region, both) and not judge(region, both).match  # two regions pin no place
    no_admin = F(ev("Gunmen killed ten people in the region on Sunday.", "fourth.example", dict(REGION, admin1=None)))
    assert not contained(no_admin, F(_town()))


def test_a_shared_actor_gets_no_containment_points():
    region = F(_region(actors=(("Islamic State Sahel Province", "issp"),)))
    j = judge(region, F(_town()))
    assert j.match and j.score == 6.0 and not any("in the region" in r for r in j.reasons)
    assert not region_link(region, F(_town()))


def test_a_region_report_that_fits_two_towns_takes_neither_link():
    region, ayorou, tera = F(_region()), F(_town()), F(_town(source="local.example", place=OTHER_TOWN))
    feats = {f.id: f for f in (region, ayorou, tera)}
    edges = [(judge(region, t).score, *sorted((region.id, t.id))) for t in (ayorou, tera)]
    assert all(judge(region, t).match for t in (ayorou, tera))
    assert ambiguous_region_links(edges, feats, lambda a, b: judge(a, b).veto is not None) == {
        tuple(sorted((region.id, t.id))) for t in (ayorou, tera)}
    assert cluster(sorted(feats), edges, feats) == [[x] for x in sorted(feats)]
    # with one town only it joins it
    alone = {region.id: region, ayorou.id: ayorou}
    assert cluster(sorted(alone), edges[:1], alone) == [sorted(alone)]


def test_a_region_report_keeps_its_other_links_when_its_region_links_are_ambiguous():
    region = F(_region(actors=(("Islamic State Sahel Province", "issp"),)))  # shares the actor with Ayorou's
    plain = F(_region(source="second.example"))
    ayorou, tera = F(_town()), F(ev("Gunmen killed ten villagers near Téra on Sunday.", "local.example", OTHER_TOWN))
    feats = {f.id: f for f in (region, plain, ayorou, tera)}
    edges = []
    for x, y in ((region, ayorou), (plain, ayorou), (plain, tera), (plain, region)):
        j = judge(x, y)
        if j.match:
            edges.append((j.score, *sorted((x.id, y.id))))
    groups = cluster(sorted(feats), edges, feats)
    assert any({region.id, ayorou.id} <= set(g) for g in groups)  # its shared-actor link stands
    assert not any({ayorou.id, tera.id} <= set(g) for g in groups)


def test_update_and_rebuild_agree_on_a_region_report(tmp_path):
    store = open_store(tmp_path / "f.db")
    try:
        docs = []
        for e in (_town(), _region()):
            doc = report(e.evidence.sentence, source=e.attribution.publisher)  # the id the event was built with
            store.add(result(doc, e))
            docs.append(doc.id)
            fuse.update(store, [doc.id], actor_key=key)
        rows = [json.loads(r[0]) for r in store.conn.execute("SELECT json FROM fuse_clusters")]
        assert len(rows) == 1 and len(rows[0]["events"]) == 2
        assert any("in the region" in r for link in rows[0]["links"] for r in link["reasons"])
        fuse.rebuild(store, actor_key=key)
        again = [json.loads(r[0]) for r in store.conn.execute("SELECT json FROM fuse_clusters")]
        assert again == rows
        # a second town the same day arrives: the region report fits both and takes neither
        tera = _town(source="local.example", place=OTHER_TOWN)
        doc = report(tera.evidence.sentence, source="local.example")
        store.add(result(doc, tera))
        fuse.update(store, [doc.id], actor_key=key)
        after = sorted(len(json.loads(r[0])["events"]) for r in store.conn.execute("SELECT json FROM fuse_clusters"))
        fuse.rebuild(store, actor_key=key)
        rebuilt = sorted(len(json.loads(r[0])["events"]) for r in store.conn.execute("SELECT json FROM fuse_clusters"))
        assert after == rebuilt == [1, 1, 1]
    finally:
        store.close()


# --- a group with no features (engine._recluster) ---------------------------------------------------------


def test_only_a_group_known_to_be_all_denials_is_dropped():
    denial = F(_region(modality="denied"))
    told = F(_town())
    fe = {denial.id: denial, told.id: told}
    assert _denials_only([denial.id], fe)
    assert not _denials_only([denial.id, told.id], fe)
    # members with no stored features are not known to deny anything: the group is kept, not dropped
    assert not _denials_only(["unindexed"], fe)
    assert not _denials_only([denial.id, "unindexed"], fe)
    assert not _denials_only([], fe)


# --- a place spelled another way in a placeless event's sentence (fuse/spelling.py) -----------------------

OUALLAM = dict(name="Ouallam", lat=14.32, lon=2.09, country="NE", precision="town", admin1="Tillaberi")
FILINGUE = dict(name="Filingue", lat=14.35, lon=3.32, country="NE", precision="town", admin1="Tillaberi")


def _placeless(sentence, source="radio.example", **kw):
    doc = report(sentence, source=source)
    people = (EventActor(name="people", role="target", text="people"),)
    return event(doc, sentence, kw.pop("type_", "drone_strike"), actors=people, location=None,
                 date=kw.pop("date", SUNDAY), attribution=Attribution(publisher=doc.source))


def test_skeletons_fold_accents_vowels_and_doubled_letters():
    from footprint.fuse.spelling import skeleton, spelled_keys

    assert skeleton("Ouallam") == skeleton("Oualam") == "olm"
    assert skeleton("Ménaka") == skeleton("Menaka") == "mnk"
    assert skeleton("Woldia") == skeleton("Weldiya")
    assert skeleton("Gao") == "" and skeleton("") == "" and skeleton("123") == ""  # too short: keys nothing
    assert skeleton("Ouallam") != skeleton("Filingue") != skeleton("Oualata")
    keys = spelled_keys("A drone hit a market in Dansadau on Sunday in March.", None, "unknown", True)
    assert spelled_keys("", "Dan Sadau", "town", False) == {"dnsd"} and "dnsd" in keys  # two words in a row
    assert skeleton("Sunday") not in keys and skeleton("March") not in keys
    assert spelled_keys("Ouallam", "Niger", "country", False) == frozenset()  # a country is not keyed
    assert spelled_keys("\x00\ufffd", None, "unknown", True) == frozenset()


def test_a_placeless_event_that_spells_the_town_another_way_matches_it():
    placed = F(ev("A drone of the army struck a street in Ouallam on Sunday.", "wire.example", OUALLAM,
                  type_="drone_strike", actors=(("civilians", None),)))
    loose = F(_placeless("Residents said a drone strike flattened a shop in Oualam on Sunday afternoon."))
    assert loose.placeless and loose.spelled and placed.spelled
    j = judge(placed, loose)
    assert j.match and j.score == 5.0, j  # same type 1 + town 2 + day 2
    assert "place: spelled in the sentence (olm, town)" in j.reasons
    # a town it does not name, another day, or another kind of event: no match
    assert not judge(F(ev("A drone struck a street in Filingue on Sunday.", "w2.example", FILINGUE, type_="drone_strike",
                          actors=(("civilians", None),))), loose).match
    later = EventDate(start="2025-03-12", end="2025-03-12", precision="day")
    assert judge(placed, F(_placeless("A drone strike hit Oualam on Wednesday.", date=later))).veto.startswith("date")
    assert not judge(placed, F(_placeless("Protesters marched in Oualam on Sunday.", type_="protest"))).match


def test_the_spelling_blocks_bring_a_placeless_event_to_its_placed_twin_only():
    from fuse_factories import meets

    placed = F(ev("A drone of the army struck a street in Ouallam on Sunday.", "wire.example", OUALLAM,
                  type_="drone_strike", actors=(("civilians", None),)))
    loose = F(_placeless("Residents said a drone strike flattened a shop in Oualam on Sunday afternoon."))
    assert meets(loose, placed) or meets(placed, loose)
    other = F(ev("A drone struck a street in Ouallam on Sunday.", "w3.example", OUALLAM, type_="drone_strike",
                 actors=(("traders", None),)))
    assert not any(k.startswith("spell|") and k in _keys(other) for k in _probe_keys(placed))  # placed never meet


def _keys(f):
    from footprint.fuse.blocks import stored_keys

    return set(stored_keys(f))


def _probe_keys(f):
    from footprint.fuse.blocks import probe_ranges

    return {lo for lo, hi in probe_ranges(f) if lo == hi}


def test_a_placeless_event_that_spells_two_towns_events_takes_no_link(tmp_path):
    store = open_store(tmp_path / "f.db")
    try:
        first = ev("A drone struck a street in Ouallam on Sunday.", "wire.example", OUALLAM, type_="drone_strike",
                   actors=(("civilians", None),))
        loose = _placeless("A drone strike hit a street in Oualam on Sunday.")
        second = ev("A drone struck the market in Ouallam on Sunday, far from the first.", "w2.example",
                    dict(OUALLAM, lat=14.88), type_="drone_strike", actors=(("traders", None),))
        for e in (first, loose, second):
            doc = report(e.evidence.sentence, source=e.attribution.publisher)
            store.add(result(doc, e))
            fuse.update(store, [doc.id], actor_key=key)
            if e is loose:  # the placeless report joins the one strike it spells
                rows = [json.loads(r[0]) for r in store.conn.execute("SELECT json FROM fuse_clusters")]
                assert [len(r["events"]) for r in rows] == [2]
        sizes = sorted(len(json.loads(r[0])["events"]) for r in store.conn.execute("SELECT json FROM fuse_clusters"))
        fuse.rebuild(store, actor_key=key)
        again = sorted(len(json.loads(r[0])["events"]) for r in store.conn.execute("SELECT json FROM fuse_clusters"))
        assert sizes == again == [1, 1, 1]  # about 62 km apart: two strikes, and the placeless one fits both
    finally:
        store.close()
