"""A region read in the wrong country (names recur across borders: Est in Burkina Faso and Cameroon): hand-built
events (docs/fusion.md, "Matching rule")."""

from __future__ import annotations

from footprint.fuse.grouping import cluster
from footprint.fuse.event_features import features
from footprint.fuse.identity import judge
from footprint.model import Attribution, EventActor, EventDate
from footprint.testing import event, location

from fuse_factories import report

DAY = EventDate(start="2024-05-02", end="2024-05-02", precision="day")
#: The region as a wrong reading gives it (Cameroon's East region) and the country the other report names.
EST_CM = dict(name="Est", lat=4.0, lon=14.0, country="CM", precision="region", admin1="East")
BURKINA = dict(name="Burkina Faso", lat=12.24, lon=-1.56, country="BF", precision="country")
ARMY_BF = ("Burkinabe Armed Forces", "armed_forces.bf")
ARMY_CM = ("Cameroonian Armed Forces", "armed_forces.cm")

S_REGION = "Suspected JNIM fighters killed four soldiers in Burkina Faso's Est region on Thursday, a wire said."
S_COUNTRY = "Burkina Faso: four soldiers died when gunmen attacked a patrol near Kantchari on Thursday, the army said."
S_ARMY = "The Burkinabe army said on Friday that gunmen had ambushed a patrol near Kantchari on Thursday."


def key(actor_id, name):
    return "a:" + actor_id if actor_id else "n:" + " ".join(name.lower().split())


def F(ev):
    return features(ev, key)


def ev(sentence, source, *, actors=(), targets=(), place=None, date=DAY):
    doc = report(sentence, source=source)
    people = tuple(EventActor(name=n, role="actor", text=n, id=i) for n, i in actors)
    people += tuple(EventActor(name=n, role="target", text=n, id=i) for n, i in targets)
    return event(doc, sentence, "armed_clash", actors=people, location=location(**place) if place else None,
                 date=date, attribution=Attribution(publisher=doc.source))


def test_a_region_whose_forces_are_the_other_reports_country_does_not_veto():
    region = F(ev(S_REGION, "one.example", actors=(("JNIM", "jnim"),), targets=(ARMY_BF,), place=EST_CM))
    country = F(ev(S_COUNTRY, "two.example", actors=(("gunmen", None),), targets=(ARMY_BF,), place=BURKINA))
    j = judge(region, country)
    assert j.match, j  # before: "place: BF vs CM"
    assert "actors: a:armed_forces.bf" in j.reasons
    assert not any(r.startswith("place:") and "km" in r for r in j.reasons)  # the place scores nothing


def test_the_country_still_vetoes_other_forces_a_finer_place_or_a_report_without_those_forces():
    country = F(ev(S_COUNTRY, "two.example", actors=(("gunmen", None),), targets=(ARMY_BF,), place=BURKINA))
    # the region's own country's forces beside the other's, or no forces: the region reading stands
    both = F(ev(S_REGION, "one.example", actors=(("JNIM", "jnim"),), targets=(ARMY_BF, ARMY_CM), place=EST_CM))
    assert judge(both, country).veto in ("place: CM vs BF", "place: BF vs CM")
    none = F(ev(S_REGION, "one.example", actors=(("JNIM", "jnim"),), place=EST_CM))
    assert judge(none, country).veto in ("place: CM vs BF", "place: BF vs CM")
    # a town is not a region name shared across borders
    town = F(ev(S_REGION, "one.example", actors=(("JNIM", "jnim"),), targets=(ARMY_BF,),
                place=dict(EST_CM, name="Bertoua", precision="town")))
    assert judge(town, country).veto in ("place: CM vs BF", "place: BF vs CM")
    # the other report names no such forces: nothing ties the two to one country
    plain = F(ev(S_COUNTRY, "two.example", actors=(("gunmen", None),), place=BURKINA))
    region = F(ev(S_REGION, "one.example", actors=(("JNIM", "jnim"),), targets=(ARMY_BF,), place=EST_CM))
    assert judge(region, plain).veto in ("place: CM vs BF", "place: BF vs CM")


def test_a_placeless_statement_joins_both_reports_once_they_no_longer_conflict():
    region = F(ev(S_REGION, "one.example", actors=(("JNIM", "jnim"),), targets=(ARMY_BF,), place=EST_CM))
    country = F(ev(S_COUNTRY, "two.example", actors=(("gunmen", None),), targets=(ARMY_BF,), place=BURKINA))
    army = F(ev(S_ARMY, "three.example", actors=(("gunmen", None),), targets=(ARMY_BF,)))
    feats = {f.id: f for f in (region, country, army)}
    edges = [(j.score, x.id, y.id) for x, y in ((region, country), (region, army), (country, army))
             if (j := judge(x, y)).match]
    assert len(edges) == 3
    # before: the statement fitted two events that could not be one, so it took no link and all three stood alone
    assert cluster(sorted(feats), edges, feats) == [sorted(feats)]
