"""Bulk loading and fusion's fast paths: same results as the plain ones, by construction checked here.

* ``SQLiteStore.add_many`` writes exactly what ``add`` writes, one transaction per batch.
* ``features_of_json`` (a rebuild reads features straight from stored JSON) equals ``features`` of the Event.
* Links between two chunks of an ``IN (…)`` list are listed once, and update equals rebuild with tiny chunks.
* The benchmark's synthetic world grows with the number of events (blocks keep their density).
"""

from __future__ import annotations

import importlib.util
import json
import sqlite3
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from footprint import fuse
from footprint.errors import StoreError
from footprint.fuse import repository
from footprint.fuse.event_features import features, features_of_json
from footprint.model import Event
from footprint.store import open_store

from fuse_factories import event, key, personnel, PLACES, report, result

TABLES = {
    "documents": "SELECT id, raw_sha256, text, title, source, url, published, copy_of, meta, segments FROM documents",
    "events": "SELECT id, doc_id, type, country, lat, lon, precision, date_start, date_end, modality, claimant, json"
              " FROM events",
    "event_actors": "SELECT event_id, actor_id, name, role FROM event_actors",
    "events_fts": "SELECT event_id, sentence FROM events_fts",
    "documents_fts": "SELECT doc_id, title, text FROM documents_fts",
    "document_bands": "SELECT band, hash, doc_id FROM document_bands",
    "spans": "SELECT doc_id, start, end, kind, label, text, data FROM spans",
}


def rows(store) -> dict[str, list]:
    return {t: sorted(tuple(r) for r in store.conn.execute(sql)) for t, sql in TABLES.items()}


def world():
    a = report("Wagner Group contractors arrived at Gao airport in March 2024. More later.", source="alpha.example")
    b = report("In Gao, Wagner moved into the airport base in March with 600 men.", source="beta.example",
               published="2024-03-25")
    c = report("Wagner Group contractors arrived at Gao airport in March 2024. More later. Copied.",
               source="copy.example", copy_of=a.id)
    ea = event(a, "Wagner Group contractors arrived at Gao airport in March 2024.", "deployment",
               place="Gao airport", date=("2024-03-01", "2024-03-31", "month"))
    eb = event(b, "In Gao, Wagner moved into the airport base in March with 600 men.", "base_occupied",
               place="Gao airport", date=("2024-03-01", "2024-03-31", "month"), quantities=(personnel(600),))
    ec = event(c, "Wagner Group contractors arrived at Gao airport in March 2024.", "deployment",
               place="Gao airport", date=("2024-03-01", "2024-03-31", "month"), claimant="Reuters")
    return [result(a, ea), result(b, eb), result(c, ec)]


def test_add_many_writes_what_add_writes(tmp_path):
    results = world()
    with open_store(tmp_path / "one.db") as one, open_store(tmp_path / "bulk.db") as bulk:
        plain = [one.add(r) for r in results]
        outcomes = bulk.add_many(results, near_copies=False)
        assert [(o.doc_id, o.status, o.copy_of, o.events) for o in outcomes] == \
               [(o.doc_id, o.status, o.copy_of, o.events) for o in plain]
        assert outcomes[2].status == "copy" and outcomes[2].copy_of == results[0].document.id
        assert rows(one) == rows(bulk)
        # again, and twice in one batch: nothing is written twice
        again = bulk.add_many(results + results[:1])
        assert [o.status for o in again] == ["exists"] * 4 and again[0].events == 1
        assert rows(one) == rows(bulk)


def test_add_many_finds_near_copies_within_the_batch(tmp_path):
    text = ("Gunmen attacked an army post near Gao on Monday, killing twelve soldiers, the army said in a statement "
            "read on state television on Tuesday evening.")
    first = report(text, source="one.example")
    first = first.__class__(**{**first.__dict__, "meta": {}})  # let the store compute the MinHash fingerprint
    copy = report(text + " Read more at the source.", source="two.example", title="Another title")
    copy = copy.__class__(**{**copy.__dict__, "meta": {}})
    with open_store(tmp_path / "s.db") as store:
        out = store.add_many([result(first), result(copy)])
        assert [o.status for o in out] == ["new", "copy"] and out[1].copy_of == first.id
        assert store.add_many([result(copy.__class__(**{**copy.__dict__, "id": "f" * 16}))],
                              near_copies=False)[0].status == "new"


def test_add_many_is_all_or_nothing(tmp_path):
    good, bad = world()[0], world()[1]
    broken = bad.events[0].__class__(**{**bad.events[0].__dict__, "confidence": object()})
    with open_store(tmp_path / "s.db") as store:
        with pytest.raises((StoreError, TypeError, sqlite3.Error)):
            store.add_many([good, result(bad.document, broken)])
        assert store.count("documents") == 0 and store.count("events") == 0 and store.count("spans") == 0
        # a foreign-key failure (a copy of a document that is not there) names the document and keeps nothing
        orphan = report("A copy of a report this store never saw.", copy_of="0" * 16)
        with pytest.raises(StoreError, match="none of the batch") as err:
            store.add_many([good, result(orphan)], near_copies=False)
        assert orphan.id in str(err.value)
        assert store.count("documents") == 0
        assert [o.status for o in store.add_many([good])] == ["new"]


def test_add_many_repeated_event_id_in_one_document_is_stored_once(tmp_path):
    r = world()[0]
    doubled = result(r.document, r.events[0], r.events[0])
    with open_store(tmp_path / "a.db") as a, open_store(tmp_path / "b.db") as b:
        a.add(doubled)
        b.add_many([doubled])
        assert rows(a) == rows(b)
        assert b.conn.execute("SELECT count(*) FROM events_fts").fetchone()[0] == 1


_place = st.one_of(st.none(), st.sampled_from(sorted(PLACES)))
_date = st.one_of(st.none(), st.sampled_from([("2024-03-01", "2024-03-31", "month"), ("2024-03-03", "2024-03-03", "day"),
                                               ("2024", "2024", "year"), (None, "2024-05-01", "day"),
                                               ("2024-04-30", "2024-04-01", "day"), ("bogus", None, "day")]))


@settings(max_examples=60, deadline=None)
@given(_place, _date, st.sampled_from(["deployment", "air_strike", "attack", "unheard_of"]),
       st.sampled_from([(), (("Wagner Group", "wagner"),), (("  ", None), ("The Army", None))]),
       st.sampled_from([None, "ambush"]))
def test_features_of_json_equal_features_of_the_event(place, date, type_, actors, mode):
    doc = report("Something happened somewhere. Then more.")
    ev = event(doc, "Something happened somewhere.", type_, place=place, date=date, actors=actors, mode=mode)
    data = json.loads(json.dumps(ev.to_json()))  # as the store keeps it
    assert features_of_json(data, key, "g1") == features(Event.from_json(data), key, "g1")
    assert features_of_json(data, key) == features(ev, key)


def test_links_across_chunks_are_listed_once_and_update_equals_rebuild(tmp_path, monkeypatch):
    monkeypatch.setattr(repository, "CHUNK", 2)  # every region spans several IN (…) chunks
    texts = [f"Report {i}: Wagner Group contractors arrived at Gao airport in March 2024." for i in range(5)]
    docs = [report(t, source=f"outlet{i}.example") for i, t in enumerate(texts)]
    evs = [event(d, t, "deployment", place="Gao airport", date=("2024-03-01", "2024-03-31", "month"))
           for d, t in zip(docs, texts)]
    with open_store(tmp_path / "s.db") as store:
        for d, e in zip(docs, evs):
            store.add(result(d, e))
            fuse.update(store, [d.id], actor_key=key)
        incremental = _derived(store)
        (cluster,) = incremental[0]
        pairs = [(l["a"], l["b"]) for l in cluster["links"]]
        assert len(pairs) == len(set(pairs)) == 10  # five reports of one event: every pair once
        fuse.rebuild(store, actor_key=key)
        assert _derived(store) == incremental


def _derived(store):
    c = store.conn
    return ([json.loads(r[0]) for r in c.execute("SELECT json FROM fuse_clusters ORDER BY id")],
            [json.loads(r[0]) for r in c.execute("SELECT json FROM fuse_presences ORDER BY id")],
            sorted(tuple(r) for r in c.execute("SELECT a, b, score, reasons FROM fuse_links")))


def _bench():
    path = Path(__file__).resolve().parents[1] / "benchmarks" / "fusion_scale.py"
    spec = importlib.util.spec_from_file_location("fusion_scale", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_benchmark_world_keeps_its_density_as_it_grows():
    bench = _bench()
    density = []
    for n in (10_000, 40_000, 90_000):
        countries, days = bench.world_shape(n)
        density.append(n / (len(countries) * days))
        assert len(set(countries)) == len(countries)
    assert max(density) / min(density) < 1.1  # events per country-day stay about the same
    fixed = [bench.world_shape(n, fixed=True) for n in (10_000, 90_000)]
    assert fixed[0] == fixed[1]
    small = bench.make_world(200, world=30_000)
    assert sum(len(r.events) for r in small) == 200
    assert len({e.location.country for r in small for e in r.events}) > 20
