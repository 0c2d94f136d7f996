"""Fusion over a real temporary store: incremental updates, rebuilds, sources, presences, overrides."""

from __future__ import annotations

import json
import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from footprint import fuse
from footprint.errors import InputError, InvalidDate, NotFound, StoreError
from footprint.store import open_store

from fuse_factories import event, personnel, report, result


@pytest.fixture(autouse=True)
def _declared_copies_only(monkeypatch):
    # Copies are declared by hand here (Document.copy_of); the store's MinHash
    # detection is the store's to test, and the integration test runs it for real.
    from footprint.store.sqlite import SQLiteStore

    monkeypatch.setattr(SQLiteStore, "near_copy_of", lambda self, document: None)


def key(actor_id, name):
    return "a:" + actor_id if actor_id else "n:" + " ".join(name.lower().split())


def add(store, doc, *events):
    out = store.add(result(doc, *events))
    fuse.update(store, [doc.id], actor_key=key)
    return out


def snapshot(store):
    """What fusion derived: clusters, presences and links as stored."""
    conn = store.conn
    clusters = sorted((json.loads(r[0]) for r in conn.execute("SELECT json FROM fuse_clusters")),
                      key=lambda c: c["id"])
    presences = sorted((json.loads(r[0]) for r in conn.execute("SELECT json FROM fuse_presences")),
                       key=lambda p: p["id"])
    links = sorted(tuple(r) for r in conn.execute("SELECT a, b, score, reasons FROM fuse_links"))
    return clusters, presences, links


# -- a small world of reports ----------------------------------------------------

R1 = report("Wagner Group contractors arrived at Gao airport in March 2024, reported by Alpha. "
            "Around 300 fighters were seen.", source="alpha.example", published="2024-03-20")
R2 = report("A second outlet says Wagner moved into the Gao airport base this March with 600 men.",
            source="beta.example", published="2024-03-25")
R3 = report("Citing Reuters, a third outlet says Wagner took over the Gao airport base in March.",
            source="gamma.example", published="2024-03-28")
R4 = report("A fourth outlet, also citing Reuters, reports the Wagner arrival at the Gao airport base.",
            source="delta.example", published="2024-03-29")
W = report("Wagner Group left Mali in May 2025, an official said.", source="epsilon.example",
           published="2025-05-30")


def e1():
    return event(R1, "Wagner Group contractors arrived at Gao airport in March 2024, reported by Alpha.",
                 "deployment", place="Gao airport", date=("2024-03-01", "2024-03-31", "month"),
                 quantities=(personnel(300, approximate=True),))


def e2():
    return event(R2, "A second outlet says Wagner moved into the Gao airport base this March with 600 men.",
                 "base_occupied", place="Gao airport", date=("2024-03-01", "2024-03-31", "month"),
                 quantities=(personnel(600),))


def e3():
    return event(R3, "Citing Reuters, a third outlet says Wagner took over the Gao airport base in March.",
                 "base_occupied", place="Gao airport", date=("2024-03-01", "2024-03-31", "month"),
                 claimant="Reuters")


def e4():
    return event(R4, "A fourth outlet, also citing Reuters, reports the Wagner arrival at the Gao airport base.",
                 "deployment", place="Gao airport", date=("2024-03-01", "2024-03-31", "month"),
                 claimant="Reuters")


def withdrawal():
    return event(W, "Wagner Group left Mali in May 2025, an official said.", "withdrawal", place="Mali",
                 date=("2025-05-01", "2025-05-31", "month"))


def test_four_reports_one_event_three_independent_sources(tmp_store):
    add(tmp_store, R1, e1())
    add(tmp_store, R2, e2())
    add(tmp_store, R3, e3())
    add(tmp_store, R4, e4())
    (c,) = fuse.fused_events(tmp_store)
    assert len(c["events"]) == 4 and len(c["docs"]) == 4
    # alpha, beta and Reuters (cited twice): three voices
    assert c["independent_sources"] == 3 and c["sources"] == ["alpha", "beta", "reuters"]
    assert c["links"] and all(l["reasons"] for l in c["links"])
    strength = [x for x in c["contradictions"] if x["field"] == "strength"]
    assert strength and {cl["min"] for cl in strength[0]["claims"]} == {300, 600}
    rows = fuse.presences(tmp_store, actor="wagner")
    facility = next(p for p in rows if p["place"]["precision"] == "facility")
    country = next(p for p in rows if p["place"]["precision"] == "country")
    assert facility["parent_id"] == country["id"] and country["implied"]
    assert facility["independent_sources"] == 3 == country["independent_sources"]
    assert facility["start"] == "2024-03-01" and facility["status"] == "active"
    assert {(s["min"], s["measure"]) for s in facility["strength"]} == {(300, "head_count"), (600, "head_count")}
    assert country["strength"] == []  # a facility's numbers are not the country's


def test_same_report_twice_or_a_syndicated_copy_does_not_add_a_source(tmp_store):
    add(tmp_store, R1, e1())
    add(tmp_store, R2, e2())
    before = fuse.presences(tmp_store, actor="wagner")
    assert {p["independent_sources"] for p in before} == {2}
    # the same report again: the store keeps one document, fusion nothing new
    outcome = add(tmp_store, R1, e1())
    assert outcome.status == "exists"
    assert fuse.presences(tmp_store, actor="wagner") == before
    # a syndicated copy under another title, URL and publisher line
    copy = report(R1.text + " ", source="syndicate.example", title="Other title", url="https://syndicate.example/x",
                  published="2024-03-21", copy_of=R1.id)
    copied = event(copy, "Wagner Group contractors arrived at Gao airport in March 2024, reported by Alpha.",
                   "deployment", place="Gao airport", date=("2024-03-01", "2024-03-31", "month"))
    assert copy.id != R1.id
    add(tmp_store, copy, copied)
    after = fuse.presences(tmp_store, actor="wagner")
    assert {p["independent_sources"] for p in after} == {2}
    (c,) = fuse.fused_events(tmp_store)
    assert len(c["events"]) == 3 and c["independent_sources"] == 2


def test_withdrawal_ends_presence_and_stale_rule(tmp_store):
    add(tmp_store, R1, e1())
    (fac,) = [p for p in fuse.presences(tmp_store) if p["place"]["precision"] == "facility"]
    assert fac["status"] == "active"
    assert fuse.presences(tmp_store, at="2025-12-01")[0]["status"] == "stale"
    assert fuse.presences(tmp_store, at="2024-02-01") == []  # nothing known yet then
    add(tmp_store, W, withdrawal())
    rows = {p["place"]["precision"]: p for p in fuse.presences(tmp_store)}
    assert rows["facility"]["status"] == rows["country"]["status"] == "ended"
    assert rows["country"]["ended_by"] == withdrawal().id and rows["country"]["end"] == "2025-05-01"
    # as of before the withdrawal, it was still there
    assert {p["status"] for p in fuse.presences(tmp_store, at="2024-06-01")} == {"active"}


def test_denied_claims_stay_beside_reported_ones(tmp_store):
    add(tmp_store, R1, e1())
    denial = event(R2, "A second outlet says Wagner moved into the Gao airport base this March with 600 men.",
                   "base_occupied", place="Gao airport", date=("2024-03-01", "2024-03-31", "month"),
                   modality="denied")
    add(tmp_store, R2, denial)
    (c,) = fuse.fused_events(tmp_store)
    modality = next(x for x in c["contradictions"] if x["field"] == "modality")
    assert {cl["modality"] for cl in modality["claims"]} == {"asserted", "denied"}
    assert c["independent_sources"] == 1  # a denial corroborates nothing
    fac = next(p for p in fuse.presences(tmp_store) if p["place"]["precision"] == "facility")
    assert fac["independent_sources"] == 1 and fac["contradictions"]


def test_update_after_reprocess_and_removal_matches_rebuild(tmp_store):
    add(tmp_store, R1, e1())
    add(tmp_store, R2, e2())
    add(tmp_store, R3, e3())
    # R2 re-extracted: its event now sits in Menaka, so it leaves the Gao cluster
    moved = event(R2, "A second outlet says Wagner moved into the Gao airport base this March with 600 men.",
                  "base_occupied", place="Menaka", date=("2024-03-01", "2024-03-31", "month"))
    tmp_store.replace_extraction(result(R2, moved))
    fuse.update(tmp_store, [R2.id], actor_key=key)
    incremental = snapshot(tmp_store)
    assert len(incremental[0]) == 2
    fuse.rebuild(tmp_store, actor_key=key)
    assert snapshot(tmp_store) == incremental
    # R3 loses its event entirely
    tmp_store.replace_extraction(result(R3))
    fuse.update(tmp_store, [R3.id], actor_key=key)
    incremental = snapshot(tmp_store)
    fuse.rebuild(tmp_store, actor_key=key)
    assert snapshot(tmp_store) == incremental
    assert all(e3().id not in c["events"] for c in incremental[0])


def test_manual_merge_and_split_survive_rebuild(tmp_store):
    add(tmp_store, R1, e1())
    add(tmp_store, R2, e2())
    far = event(R3, "Citing Reuters, a third outlet says Wagner took over the Gao airport base in March.",
                "base_occupied", place="Kidal", date=("2024-03-01", "2024-03-31", "month"))
    add(tmp_store, R3, far)
    assert len(fuse.fused_events(tmp_store)) == 2
    out = fuse.merge(tmp_store, [e1().id, far.id[:10]], note="same convoy")
    assert out["action"] == "merge"

    def groups():
        return sorted(sorted(c["events"]) for c in fuse.fused_events(tmp_store))

    # e1 joins far by hand; e2 cannot follow, since Gao and Kidal are too far apart to be one place
    merged = sorted([sorted([e1().id, far.id]), [e2().id]])
    assert groups() == merged
    fuse.rebuild(tmp_store, actor_key=key)
    assert groups() == merged
    c = next(c for c in fuse.fused_events(tmp_store) if far.id in c["events"])
    assert c["manual"] and c["manual"][0]["note"] == "same convoy"
    # a later split of far voids the earlier merge for it: e1 goes back to e2
    fuse.split(tmp_store, far.id)
    apart = sorted([sorted([e1().id, e2().id]), [far.id]])
    assert groups() == apart
    fuse.rebuild(tmp_store, actor_key=key)
    assert groups() == apart
    # re-extracting a document keeps the decisions (event ids are content hashes)
    tmp_store.replace_extraction(result(R2, e2()))
    fuse.update(tmp_store, [R2.id], actor_key=key)
    assert groups() == apart
    # ids that disappear leave the records in place and are ignored
    tmp_store.replace_extraction(result(R3))
    fuse.update(tmp_store, [R3.id], actor_key=key)
    assert groups() == [sorted([e1().id, e2().id])]
    assert len(tmp_store.conn.execute("SELECT * FROM fuse_overrides").fetchall()) == 2


def test_merge_and_split_reject_bad_ids(tmp_store):
    add(tmp_store, R1, e1())
    with pytest.raises(NotFound):
        fuse.merge(tmp_store, [e1().id, "nope"])
    with pytest.raises(InputError):
        fuse.merge(tmp_store, [e1().id, e1().id])
    with pytest.raises(NotFound):
        fuse.split(tmp_store, "\x00\xff")


def test_bad_dates_in_queries_fail_cleanly(tmp_store):
    add(tmp_store, R1, e1())
    for bad in ("yesterday", "2024-13", "", "9" * 5000):
        if bad == "":
            assert fuse.presences(tmp_store, at=bad)
            continue
        with pytest.raises(InvalidDate, match="--at"):
            fuse.presences(tmp_store, at=bad)
    with pytest.raises(InvalidDate, match="--since"):
        fuse.changes(tmp_store, "\x00binary")
    with pytest.raises(InputError):
        fuse.changes(tmp_store, "2024-01-01", by="gossip")
    with pytest.raises(InputError):
        fuse.timeline(tmp_store)


def test_store_without_fusion_tables_is_a_clear_error(tmp_path):
    import sqlite3

    def read(path):
        with open_store(path, read_only=True) as ro:
            return fuse.presences(ro)

    # another application's database is refused on opening, before fusion looks for its tables
    foreign = tmp_path / "foreign.db"
    sqlite3.connect(foreign).execute("CREATE TABLE x (y)").connection.commit()
    with pytest.raises(StoreError, match="not a Footprint store"):
        read(foreign)
    # a store of ours from before fusion opens read-only (nothing migrated) and lacks fusion's tables
    old = tmp_path / "old.db"
    sqlite3.connect(old).execute("CREATE TABLE _migrations (name TEXT PRIMARY KEY, applied_at TEXT)").connection.commit()
    with pytest.raises(StoreError, match="fusion tables"):
        read(old)


def test_changes_by_evidence_and_by_ingest(tmp_store):
    add(tmp_store, R1, e1())
    add(tmp_store, W, withdrawal())
    ch = fuse.changes(tmp_store, "2025-01-01")
    assert not ch["new_presences"] and {r["precision"] for r in ch["ended_presences"]} == {"facility", "country"}
    assert ch["events_by_type"] == {"withdrawal": 1}
    ch = fuse.changes(tmp_store, "2024-03-01")
    assert len(ch["new_presences"]) == 2 and ch["strength"][0]["min"] == 300
    assert ch["events_by_type"] == {"deployment": 1, "withdrawal": 1}
    learned = fuse.changes(tmp_store, "2000-01-01", by="ingest")
    assert len(learned["new_presences"]) == 2
    assert fuse.changes(tmp_store, "2999-01-01", by="ingest")["new_presences"] == []
    rows = fuse.change_rows(ch)
    assert [r["date"] for r in rows] == sorted(r["date"] for r in rows)
    line = fuse.timeline(tmp_store, actor="wagner")
    kinds = [r["kind"] for r in line]
    assert "event" in kinds and "presence started" in kinds and "presence ended" in kinds
    assert [r["date"] for r in line] == sorted(r["date"] for r in line)
    assert fuse.timeline(tmp_store, place="Gao airport")


# -- order independence ------------------------------------------------------------

WORLD = [(R1, e1), (R2, e2), (R3, e3), (R4, e4), (W, withdrawal)]
EXTRA = report("Wagner fighters and JNIM clashed near Menaka on 4 April 2024.", source="zeta.example",
               published="2024-04-06")
EXTRA2 = report("Clashes near Menaka on 4 April pitted Wagner against jihadists.", source="eta.example",
                published="2024-04-07")


def extra():
    return event(EXTRA, "Wagner fighters and JNIM clashed near Menaka on 4 April 2024.", "armed_clash",
                 actors=(("Wagner Group", "wagner"), ("JNIM", "jnim")), place="Menaka",
                 date=("2024-04-04", "2024-04-04", "day"), quantities=(personnel(12, kind="fatalities"),))


def extra2():
    return event(EXTRA2, "Clashes near Menaka on 4 April pitted Wagner against jihadists.", "ambush",
                 actors=(("Wagner Group", "wagner"),), place="Menaka", date=("2024-04-04", "2024-04-04", "day"))


ALL = WORLD + [(EXTRA, extra), (EXTRA2, extra2)]


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.permutations(list(range(len(ALL)))), st.integers(1, 3))
def test_result_does_not_depend_on_ingest_order(tmp_path_factory, order, batch):
    stores = []
    for n, seq in enumerate((list(range(len(ALL))), order)):
        store = open_store(tmp_path_factory.mktemp("order") / f"s{n}.db")
        for i in range(0, len(seq), batch):
            chunk = [ALL[j] for j in seq[i : i + batch]]
            for doc, make in chunk:
                store.add(result(doc, make()))
            fuse.update(store, [doc.id for doc, _ in chunk], actor_key=key)
        stores.append(store)
    a, b = (snapshot(s) for s in stores)
    assert a == b
    fuse.rebuild(stores[1], actor_key=key)
    assert snapshot(stores[1]) == a
    for s in stores:
        s.close()


def test_shuffled_syndication_keeps_the_same_sources(tmp_path):
    # the copy relation points at whichever arrived first; the count and the voices must not care
    base = report("Wagner Group contractors arrived at Kidal in March 2024, said a local outlet.",
                  source="local.example", published="2024-03-20")
    results = []
    for n, first in enumerate((0, 1)):
        store = open_store(tmp_path / f"c{n}.db")
        copy = report(base.text + "\n", source="aggregator.example", title="Reposted", published="2024-03-22")
        docs = [base, copy]
        original, dup = docs[first], docs[1 - first]
        import dataclasses

        dup = dataclasses.replace(dup, copy_of=original.id)
        for doc in (original, dup):
            ev = event(doc, "Wagner Group contractors arrived at Kidal in March 2024, said a local outlet.",
                       "deployment", place="Kidal", date=("2024-03-01", "2024-03-31", "month"))
            store.add(result(doc, ev))
            fuse.update(store, [doc.id], actor_key=key)
        results.append([(p["independent_sources"], p["sources"]) for p in fuse.presences(store)])
        store.close()
    assert results[0] == results[1] and results[0][0][0] == 1
    random.seed(0)


def test_copy_of_a_report_joins_its_original_sentence_by_sentence(tmp_store):
    # the copy's extraction placed the event elsewhere (no title to focus on): the sentence still ties them
    add(tmp_store, R1, e1())
    copy = report(R1.text, source="mirror.example", title="Mirror", published="2024-03-22", copy_of=R1.id)
    moved = event(copy, "Wagner Group contractors arrived at Gao airport in March 2024, reported by Alpha.",
                  "deployment", place=None, date=("2024-03-01", "2024-03-31", "month"))
    other = event(copy, "Around 300 fighters were seen.", "deployment", place="Gao airport",
                  date=("2024-03-01", "2024-03-31", "month"))
    add(tmp_store, copy, moved, other)
    clusters = {tuple(c["events"]): c for c in fuse.fused_events(tmp_store)}
    joined = next(c for ids, c in clusters.items() if moved.id in ids)
    assert e1().id in joined["events"] and joined["independent_sources"] == 1
    assert any("copy" in r for l in joined["links"] for r in l["reasons"])
    # another sentence of the same report is another event, as within one document
    assert (other.id,) in clusters


def test_presence_gold_checker(tmp_path, tmp_store):
    from footprint.errors import EvalError
    from footprint.fuse import gold

    add(tmp_store, R1, e1())
    add(tmp_store, R2, e2())
    spec = {
        "actor_aliases": {"wagner": ["Wagner Group", "Wagner"]},
        "places": {"gao_airport": {"lat": 16.25, "lon": -0.0, "radius_km": 10}, "mali": {"country": "ML"},
                   "kidal": {"lat": 18.44, "lon": 1.41, "radius_km": 10}},
        "presence": [
            {"id": "ok", "actor_any": ["wagner"], "place": "gao_airport", "start_within": ["2024-01-01", "2024-12-31"],
             "min_independent_sources": 2},
            {"id": "country", "actor_any": ["wagner"], "place": "mali", "last_seen_not_before": "2024-03-01"},
            {"id": "too-many", "actor_any": ["wagner"], "place": "mali", "min_independent_sources": 3},
            {"id": "wrong-place", "actor_any": ["wagner"], "place": "kidal"},
        ],
    }
    res = {r["id"]: r for r in gold.evaluate(fuse.presences(tmp_store), spec)}
    assert res["ok"]["holds"] and res["country"]["holds"]
    assert not res["too-many"]["holds"] and "independent sources" in res["too-many"]["missing"][0]
    assert res["wrong-place"]["missing"] == ["place"]
    with pytest.raises(EvalError, match="not defined"):
        gold.evaluate(fuse.presences(tmp_store), {"presence": [{"id": "x", "place": "atlantis"}]})
    for name, content in (("empty.json", b""), ("binary.json", b"\x00\xff\xfe"), ("list.json", b"[1, 2]"),
                          ("bad.json", b'{"presence": 7}'), ("trunc.json", b'{"presence": [')):
        (tmp_path / name).write_bytes(content)
        with pytest.raises(EvalError, match=name):
            gold.load(tmp_path / name)
    with pytest.raises(EvalError, match="no such"):
        gold.load(tmp_path / "absent.json")
    with pytest.raises(EvalError):
        gold.load(tmp_path)


def test_leaving_a_town_ends_its_facilities_not_the_country(tmp_store):
    add(tmp_store, R1, e1())
    other = report("Wagner Group patrols were reported in Kidal in April 2024.", source="kappa.example",
                   published="2024-04-30")
    add(tmp_store, other, event(other, other.text, "deployment", place="Kidal",
                                date=("2024-04-01", "2024-04-30", "month")))
    left = report("Wagner Group pulled out of Gao in June 2024, residents said.", source="lambda.example",
                  published="2024-06-30")
    add(tmp_store, left, event(left, left.text, "withdrawal", place="Gao",
                               date=("2024-06-01", "2024-06-30", "month")))
    status = {p["place"]["name"]: p["status"] for p in fuse.presences(tmp_store)}
    assert status == {"Gao airport": "ended", "Kidal": "active", "Mali": "active"}
