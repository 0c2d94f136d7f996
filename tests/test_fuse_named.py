"""A town neither report placed, named in both sentences: a placeless claim and a report placed only at the
region ("its fighters stormed the army post in Inates" beside "gunmen attacked an army post in Inates, in
the Tillabéri region") are told at one place (fuse/spelling.py ``named_keys``; hand-built events)."""

from __future__ import annotations

import json

from footprint import fuse
from footprint.fuse.event_features import GENERIC_ACTOR_WORDS, features
from footprint.fuse.identity import judge
from footprint.fuse.spelling import named_keys, skeleton
from footprint.model import Attribution, EventActor, EventDate
from footprint.store import open_store
from footprint.testing import event, location

from fuse_factories import meets, report, result

SUNDAY = EventDate(start="2025-03-09", end="2025-03-09", precision="day")
REGION = dict(name="Tillabéri", lat=14.2, lon=1.45, country="NE", precision="region", admin1="Tillabéri")
NIGER = dict(name="Niger", lat=17.6, lon=8.08, country="NE", precision="country")
INATES = skeleton("Inates")


def key(actor_id, name):
    return "a:" + actor_id if actor_id else "n:" + " ".join(name.lower().split())


def ev(sentence, place=None, *, actors=(("gunmen", None),), source="wire.example", type_="armed_clash",
       date=SUNDAY, claimant=None):
    doc = report(sentence, source=source)
    people = tuple(EventActor(name=n, role="actor", text=n, id=i) for n, i in actors)
    return event(doc, sentence, type_, actors=people, location=location(**place) if place else None, date=date,
                 attribution=Attribution(publisher=doc.source, claimant=claimant))


def F(e):
    return features(e, key)


CLAIM = "The group said its fighters stormed the army post in Inates on Sunday, killing 20 soldiers."
JNIM = (("JNIM", "jnim"),)


def _claim(**kw):
    return ev(CLAIM, actors=JNIM, source="monitor.example", claimant="JNIM", **kw)


def _regional(town="Inates", **kw):
    return ev(f"Gunmen attacked an army post in {town}, in the Tillabéri region, on Sunday, a security source "
              "told Sahel Dispatch.", REGION, claimant="a security source", **kw)


def test_names_of_a_sentence_leave_out_its_place_actors_pronouns_and_the_outlet_told():
    keys = named_keys("Jihadist fighters attacked a post in Inates, in the Tillabéri region, on Sunday, a source "
                      "told Sahel Dispatch.", "Tillabéri", "region", False, ("Jihadist fighters",),
                      GENERIC_ACTOR_WORDS)
    assert keys == {INATES}
    assert named_keys(CLAIM, None, "unknown", True, ("JNIM",)) == {INATES}
    assert named_keys("Fighters of JNIM stormed a camp near Inates.", None, "unknown", True, ("JNIM",)) == {INATES}
    # only names in a place slot count: the sentence's opening word, "Police", keys nothing
    assert named_keys("Police said bandits stormed a post outside Inates.", None, "unknown", True, ()) == {INATES}
    assert named_keys("In Inates, police said bandits stormed a post.", None, "unknown", True, ()) == {INATES}
    assert named_keys("Sentence 12 tells of a raid.", "Tillabéri", "region", False, ()) == frozenset()
    # a town, a district or a country: the place is read, or the sentence is a summary; nothing keyed
    for precision in ("town", "district", "country"):
        assert named_keys("Gunmen attacked Inates.", "Ayorou", precision, False, ()) == frozenset()
    assert named_keys("", None, "unknown", True, ()) == frozenset()
    assert named_keys("\x00\ufffd " * 1000, None, "unknown", True, ()) == frozenset()


def test_a_placeless_claim_matches_the_region_report_that_names_the_same_town():
    j = judge(F(_regional()), F(_claim()))
    assert j.match and j.score == 5.0, j  # same type 1 + the town 2 + day 2, no actor shared
    assert f"place: named in both sentences ({INATES})" in j.reasons
    # another town, another day, or a report placed only at the country: no match
    assert not judge(F(_regional("Abala")), F(_claim())).match
    monday = EventDate(start="2025-03-10", end="2025-03-10", precision="day")
    assert judge(F(_regional(date=EventDate(start="2025-03-14", end="2025-03-14", precision="day"))),
                 F(_claim(date=monday))).veto.startswith("date")
    country = ev("Gunmen attacked an army post in Inates on Sunday, the government said.", NIGER)
    assert not judge(F(country), F(_claim())).match


def test_two_placed_events_never_use_the_rule_and_the_blocks_bring_the_pair_together():
    a, b = F(_regional()), F(_regional(source="other.example"))
    assert "place: named in both sentences" not in " ".join(judge(a, b).reasons)
    assert meets(F(_claim()), a) or meets(a, F(_claim()))


def test_update_and_rebuild_agree(tmp_path):
    store = open_store(tmp_path / "f.db")
    try:
        later = EventDate(start="2025-03-16", end="2025-03-16", precision="day")
        for e in (_regional(), _claim(), _regional("Abala", source="radio.example", date=later)):
            doc = report(e.evidence.sentence, source=e.attribution.publisher)
            store.add(result(doc, e))
            fuse.update(store, [doc.id], actor_key=key)
        sizes = sorted(len(json.loads(r[0])["events"]) for r in store.conn.execute("SELECT json FROM fuse_clusters"))
        fuse.rebuild(store, actor_key=key)
        again = sorted(len(json.loads(r[0])["events"]) for r in store.conn.execute("SELECT json FROM fuse_clusters"))
        assert sizes == again == [1, 2]  # the claim joins the Inates report; Abala, a week later, stays alone
    finally:
        store.close()
