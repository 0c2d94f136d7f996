"""The store's version: a counter in the store that every committed write raises, read by
the web app's caches. Hand-built documents, no model."""

from __future__ import annotations

import sqlite3

import pytest

from footprint.errors import StoreError
from footprint.model import Attribution, EventActor, EventDate, EventLocation, ExtractionResult
from footprint.store import open_store
from footprint.store.base import Store
from footprint.testing import document, event

FORCE = EventActor("Eastern Test Column", "actor", "Eastern Test Column", id="eastern-test-column")


def report(n: int, *, kind: str = "deployment", lat: float = 18.44) -> ExtractionResult:
    """An invented report with two events; ``kind`` and ``lat`` change its events, not its text."""
    text = (f"Bulletin {n}: the Eastern Test Column moved into Kidal in May 2024. "
            "The Eastern Test Column left Kidal in June 2024.")
    doc = document(text, title=f"Column {n}", source=f"desk{n}.example", published="2024-07-01")
    first, second = text.split(". ", 1)
    place = EventLocation("Kidal", lat, 1.41, "ML", "town", text="Kidal")
    return ExtractionResult(
        document=doc,
        events=tuple(
            event(doc, sentence, kind, actors=(FORCE,), location=place,
                  date=EventDate(start, end, "month"), attribution=Attribution(publisher=doc.source, modality="reported"))
            for sentence, start, end in ((first + ".", "2024-05-01", "2024-05-31"), (second, "2024-06-01", "2024-06-30"))
        ),
        extractor_version="test",
    )


@pytest.fixture()
def store(tmp_path):
    s = open_store(tmp_path / "v.db")
    yield s
    s.close()


def test_a_new_store_has_a_version(store):
    store_id, counter = store.version()
    assert len(store_id) == 32 and int(store_id, 16) >= 0 and counter == 0


def test_two_stores_never_share_a_version(tmp_path):
    with open_store(tmp_path / "a.db") as a, open_store(tmp_path / "b.db") as b:
        assert a.version() != b.version()
        a.add(report(1))
        b.add(report(1))  # the same writes on both: still told apart
        assert a.version()[1] == b.version()[1] == 1 and a.version() != b.version()


def test_every_store_write_raises_the_counter(store):
    seen = [store.version()]

    def moved() -> bool:
        seen.append(store.version())
        return seen[-1] != seen[-2] and seen[-1][0] == seen[0][0]

    store.add(report(1))
    assert moved()
    store.add_many([report(2), report(3)])
    assert moved()
    store.replace_extraction(report(2, kind="withdrawal"))
    assert moved()
    counters = [v[1] for v in seen]
    assert counters == sorted(counters) and len(set(counters)) == len(counters)


def test_a_write_that_changes_nothing_keeps_the_version(store):
    store.add(report(1))
    before = store.version()
    assert store.add(report(1)).status == "exists"
    assert store.add_many([report(1)])[0].status == "exists"
    with store.transaction():
        pass
    assert store.version() == before


def test_a_rolled_back_write_keeps_the_version(store):
    store.add(report(1))
    before = store.version()
    with pytest.raises(RuntimeError):
        with store.transaction() as conn:
            conn.execute("DELETE FROM events")
            raise RuntimeError("stop")
    assert store.version() == before and store.count("events") == 2
    # a batch that fails part way keeps none of it, counter included
    bad = report(9)
    object.__setattr__(bad.document, "format", None)  # NOT NULL column: the insert fails
    with pytest.raises(StoreError):
        store.add_many([report(8), bad])
    assert store.version() == before


def test_fusion_writes_raise_the_counter(store):
    fuse = pytest.importorskip("footprint.fuse")
    store.add_many([report(1), report(2)])
    v0 = store.version()
    fuse.update(store, [report(1).document.id, report(2).document.id])
    v1 = store.version()
    fuse.rebuild(store)
    v2 = store.version()
    ids = [e.id for e in store.events()]
    fuse.split(store, ids[0])
    v3 = store.version()
    fuse.merge(store, ids[:2])
    v4 = store.version()
    assert len({v0, v1, v2, v3, v4}) == 5, (v0, v1, v2, v3, v4)


def test_other_connections_see_each_commit(tmp_path):
    db = tmp_path / "shared.db"
    with open_store(db) as writer, open_store(db, read_only=True) as reader:
        seen = reader.version()
        writer.add(report(1))
        assert reader.version() == writer.version() != seen
        # a rewrite in place: same document, same number of events, same rowids
        marks = reader.conn.execute("SELECT count(*), max(rowid) FROM events").fetchone()[:]
        seen = reader.version()
        writer.replace_extraction(report(1, lat=18.45))
        assert reader.conn.execute("SELECT count(*), max(rowid) FROM events").fetchone()[:] == marks
        assert reader.version() != seen


def test_a_store_made_before_versions_is_migrated_on_a_writable_open(tmp_path):
    db = tmp_path / "old.db"
    with open_store(db) as s:
        s.add(report(1))
    conn = sqlite3.connect(db)  # as a store written before the version table existed
    conn.execute("DROP TABLE store_version")
    conn.execute("DELETE FROM _migrations WHERE name = 'store_001_version'")
    conn.commit()
    conn.close()
    with open_store(db, read_only=True) as ro:
        assert ro.version() is None  # cannot tell: callers keep nothing
        assert ro.count("events") == 2
    with open_store(db) as s:
        assert s.version()[1] == 0
        s.add(report(2))
        assert s.version()[1] == 1


def test_a_store_without_versions_says_so():
    assert Store.version(object.__new__(type("Bare", (), {}))) is None  # the interface's default


def test_date_filter_bound_follows_a_rewrite_in_place(store):
    from footprint.store import EventFilter

    store.add(report(1))
    assert store._longest_event_days() == 31
    # the same events made longer: same count, same rowids; the bound must follow
    longer = report(1)
    events = tuple(e.__class__(**{**e.__dict__, "date": EventDate("2023-01-01", e.date.end, "range")})
                   for e in longer.events)
    store.replace_extraction(ExtractionResult(document=longer.document, events=events, extractor_version="test"))
    assert store._longest_event_days() > 500
    assert len(list(store.events(EventFilter(since="2024-05-15")))) == 2
