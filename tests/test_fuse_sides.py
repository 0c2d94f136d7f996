"""Two sides of one fight, two voices in one report, a town inside its district or region: hand-built events
and a small hand-built store (docs/fusion.md, "Matching rule")."""

from __future__ import annotations

import pytest

from footprint import fuse
from footprint.fuse.event_features import features
from footprint.fuse.identity import judge
from footprint.model import Attribution, EventActor, EventDate
from footprint.testing import event, location

from fuse_factories import report, result

DAY = EventDate(start="2024-11-16", end="2024-11-16", precision="day")
DJIBO = dict(name="Djibo", lat=14.1022, lon=-1.6306, country="BF", precision="town", admin1="Sahel")


def key(actor_id, name):
    return "a:" + actor_id if actor_id else "n:" + " ".join(name.lower().split())


def F(ev):
    return features(ev, key)


def ev(doc, sentence, type_="armed_clash", *, actors=(), targets=(), place=DJIBO, date=DAY, claimant=None):
    """``actors``/``targets``: (name, registry id or None); ``claimant``: (words, registry id)."""
    people = tuple(EventActor(name=n, role="actor", text=n, id=i) for n, i in actors)
    people += tuple(EventActor(name=n, role="target", text=n, id=i) for n, i in targets)
    said = Attribution(publisher=doc.source, claimant=claimant[0], claimant_id=claimant[1], modality="reported") \
        if claimant else Attribution(publisher=doc.source)
    return event(doc, sentence, type_, actors=people, location=location(**place) if place else None, date=date,
                 attribution=said)


ARMY = ("the army", "armed_forces.bf")
GROUP = ("JNIM", "jnim")

# -- two sides of one fight ---------------------------------------------------------------------------------

S_ARMY = "Troops repelled an attack on their post in Djibo on Saturday, the army said."
S_GROUP = "JNIM said its fighters stormed the army post in Djibo on Saturday."
S_OTHER = "Islamic State fighters attacked a post in Djibo on Saturday, residents said."


def test_the_army_acting_and_the_group_acting_are_two_sides_of_one_fight():
    a = F(ev(report(S_ARMY, source="one.example"), S_ARMY, actors=(("Burkinabe Armed Forces", "armed_forces.bf"),)))
    b = F(ev(report(S_GROUP, source="two.example"), S_GROUP, actors=(("JNIM", "jnim"),)))
    j = judge(a, b)
    assert j.match, j  # before: "actors: none shared" (two different attackers)
    assert not any(r.startswith("actors:") for r in j.reasons)  # no actor shared: the town carries it


def test_two_armed_groups_or_two_armies_acting_still_veto():
    group = F(ev(report(S_GROUP, source="two.example"), S_GROUP, actors=(("JNIM", "jnim"),)))
    other = F(ev(report(S_OTHER, source="three.example"), S_OTHER, actors=(("ISGS", "isgs"),)))
    assert judge(group, other).veto == "actors: none shared"
    army = F(ev(report(S_ARMY, source="one.example"), S_ARMY, actors=(("Burkinabe Armed Forces", "armed_forces.bf"),)))
    mali = F(ev(report(S_OTHER, source="three.example"), S_OTHER, actors=(("Malian Armed Forces", "armed_forces.ml"),)))
    assert judge(army, mali).veto == "actors: none shared"


def test_sides_excuse_only_fights():
    s1, s2 = "The army deployed to Djibo on Saturday.", "JNIM fighters moved into Djibo on Saturday."
    a = F(ev(report(s1, source="one.example"), s1, "deployment", actors=(("Burkinabe Armed Forces", "armed_forces.bf"),)))
    b = F(ev(report(s2, source="two.example"), s2, "deployment", actors=(("JNIM", "jnim"),)))
    assert judge(a, b).veto == "actors: none shared"


def test_a_side_that_mixes_state_and_group_is_judged_by_roles():
    mixed = F(ev(report(S_ARMY, source="one.example"), S_ARMY,
                 actors=(("Burkinabe Armed Forces", "armed_forces.bf"), ("ISGS", "isgs"))))
    group = F(ev(report(S_GROUP, source="two.example"), S_GROUP, actors=(("JNIM", "jnim"),)))
    assert judge(mixed, group).veto == "actors: none shared"


# -- two voices in one report -------------------------------------------------------------------------------

T_ARMY = "Jihadists attacked a military convoy near Djibo on Saturday, the army said on Monday."
T_CLAIM = "JNIM said in a message that its fighters had destroyed the convoy and killed 32 soldiers."
T_OTHER = "Police said gunmen also attacked a market in Djibo on Saturday."
WIRE = report(f"{T_ARMY} {T_CLAIM} {T_OTHER}", source="wire.example", published="2024-11-18")


def army_account(doc=WIRE):
    return ev(doc, T_ARMY, actors=(("Jihadists", None),), targets=(("Burkinabe Armed Forces", "armed_forces.bf"),),
              claimant=ARMY)


def group_claim(doc=WIRE):
    return ev(doc, T_CLAIM, actors=(("JNIM", "jnim"),), targets=(("Burkinabe Armed Forces", "armed_forces.bf"),),
              claimant=GROUP)


def test_the_army_statement_and_the_group_claim_in_one_report_are_one_event():
    j = judge(F(army_account()), F(group_claim()))
    assert j.match, j
    assert j.reasons[0] == "one report: two voices (a:armed_forces.bf, a:jnim)"


def test_one_voice_telling_two_attacks_stays_two_events():
    police = ("police", "police.bf")
    a = ev(WIRE, T_ARMY, actors=(("Jihadists", None),), claimant=police)
    b = ev(WIRE, T_OTHER, "attack_on_civilians", actors=(("gunmen", None),), claimant=police)
    assert judge(F(a), F(b)).veto == "same document"
    # no claimant on one side, or a claimant that is no party to its event (a bystander's count): as before
    plain = ev(WIRE, T_CLAIM, actors=(("JNIM", "jnim"),), targets=(("Burkinabe Armed Forces", "armed_forces.bf"),))
    assert judge(F(army_account()), F(plain)).veto == "same document"
    counted = ev(WIRE, T_CLAIM, actors=(("JNIM", "jnim"),), claimant=("OCHA", "ocha"))
    assert judge(F(army_account()), F(counted)).veto == "same document"
    # kin voices (the group and its parent) are one side, not two accounts
    kin = ev(WIRE, T_CLAIM, actors=(("al-Qaeda", "al_qaeda"),), claimant=("al-Qaeda", "al_qaeda"))
    jk = ev(WIRE, T_ARMY, actors=(("JNIM", "jnim"),), claimant=GROUP)
    assert judge(F(kin), F(jk)).veto == "same document"


S_LOCAL = "Fighters ambushed an army convoy outside Djibo on Saturday, killing 20 soldiers, residents said."


@pytest.fixture()
def store(tmp_path, monkeypatch):
    from footprint.store import open_store
    from footprint.store.sqlite import SQLiteStore

    monkeypatch.setattr(SQLiteStore, "near_copy_of", lambda self, document: None)  # copies declared by hand
    s = open_store(tmp_path / "sides.db")
    yield s
    s.close()


def _clusters(store):
    return sorted(sorted(c["events"]) for c in fuse.fused_events(store))


def test_a_store_joins_both_accounts_of_a_wire_report_to_a_local_report(store):
    local = report(S_LOCAL, source="local.example", published="2024-11-17")
    e_local = ev(local, S_LOCAL, "ambush", targets=(("Burkinabe Armed Forces", "armed_forces.bf"),))
    e_army, e_claim = army_account(), group_claim()
    e_other = ev(WIRE, T_OTHER, "attack_on_civilians", actors=(("gunmen", None),), claimant=("police", "police.bf"))
    store.add(result(local, e_local))
    fuse.update(store, [local.id], actor_key=key)
    store.add(result(WIRE, e_army, e_claim, e_other))
    fuse.update(store, [WIRE.id], actor_key=key)
    incremental = _clusters(store)
    assert sorted([e_local.id, e_army.id, e_claim.id]) in incremental
    assert [e_other.id] in incremental  # the market attack the police told stays apart
    fuse.rebuild(store, actor_key=key)
    assert _clusters(store) == incremental


# -- a town inside its district or region ------------------------------------------------------------------

TOMBOUCTOU = dict(name="Tombouctou", lat=20.5, lon=-3.5, country="ML", precision="region", admin1="Tombouctou")
LERE = dict(name="Léré", lat=15.71, lon=-4.91, country="ML", precision="town", admin1="Tombouctou")
SEVARE = dict(name="Sévaré", lat=14.53, lon=-4.09, country="ML", precision="town", admin1="Mopti")
S1, S2 = "Wagner fighters clashed with militants in the region on Saturday.", "Wagner clashed with militants on Saturday."


def _placed(place, sentence, source):
    return F(ev(report(sentence, source=source), sentence, actors=(("Wagner Group", "wagner_group"),), place=place))


def test_a_town_in_its_region_far_from_the_centre_is_inside():
    j = judge(_placed(TOMBOUCTOU, S1, "one.example"), _placed(LERE, S2, "two.example"))
    assert j.match, j  # about 550 km from the region's centre: vetoed before
    assert "place: in the region (tombouctou)" in j.reasons
    other = judge(_placed(TOMBOUCTOU, S1, "one.example"), _placed(SEVARE, S2, "two.example"))
    assert other.veto.startswith("place:") and "km apart" in other.veto  # a town of another region


def test_a_district_reaches_as_far_as_its_radius():
    wide = dict(name="Gourma", lat=12.0, lon=0.0, country="BF", precision="district", admin1="Est", radius_km=70.0)
    near = dict(name="A", lat=12.0, lon=0.72, country="BF", precision="town", admin1="Est")  # about 78 km
    far = dict(name="B", lat=12.0, lon=1.0, country="BF", precision="town", admin1="Est")  # about 109 km
    j = judge(_placed(wide, S1, "one.example"), _placed(near, S2, "two.example"))
    assert j.match and "place: within the district's radius (70 km)" in j.reasons
    assert "km apart" in judge(_placed(wide, S1, "one.example"), _placed(far, S2, "two.example")).veto
    bare = dict(wide, radius_km=None)  # no radius: the fixed 60 km, as before
    assert "km apart" in judge(_placed(bare, S1, "one.example"), _placed(near, S2, "two.example")).veto
