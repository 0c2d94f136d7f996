"""A report that names only the region, and groups with no features: hand-built events and small stores
(docs/fusion.md, "Matching rule")."""

from __future__ import annotations

import json

from footprint import fuse
from footprint.fuse.engine import _denials_only
from footprint.fuse.grouping import cluster
from footprint.fuse.identity import features, judge
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
