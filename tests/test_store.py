"""The SQLite store: atomic writes, idempotence, filters, round trips, migrations."""

from __future__ import annotations

import json
import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from footprint.errors import NotFound, StoreError
from footprint.model import Event, Quantity
from footprint.store import EventFilter, open_store
from footprint.store.migrations import MIGRATIONS, migrate

from factories import make_document, make_event, make_result

TEXT = (
    "Gunmen attacked an army post near Gao on Monday. "
    "The army said twelve soldiers were killed. "
    "Separately, Wagner Group contractors arrived at the airport base."
)


def _doc(text=TEXT, **kw):
    return make_document(text, source="example.org", title="A test report", **kw)


def test_add_is_idempotent_and_keeps_events(tmp_store):
    doc = _doc()
    ev = make_event(doc, "Gunmen attacked an army post near Gao on Monday.", place=("Gao", 16.27, -0.04, "ML", "town"),
                    date=("2024-03-04", "2024-03-04", "day"))
    first = tmp_store.add(make_result(doc, ev))
    second = tmp_store.add(make_result(doc, ev))
    assert (first.status, first.events) == ("new", 1)
    assert (second.status, second.events) == ("exists", 1)
    assert tmp_store.count("documents") == 1 and tmp_store.count("events") == 1
    assert tmp_store.get_event(ev.id[:8]) == ev


def test_event_filters(tmp_store):
    doc = _doc()
    a = make_event(doc, "Gunmen attacked an army post near Gao on Monday.", actor="Unidentified gunmen", actor_id=None,
                   place=("Gao", 16.27, -0.04, "ML", "town"), date=("2024-03-04", "2024-03-04", "day"))
    b = make_event(doc, "Separately, Wagner Group contractors arrived at the airport base.", type_="deployment",
                   place=("Niamey", 13.5, 2.1, "NE", "town"), date=("2024-05-01", "2024-05-31", "month"))
    tmp_store.add(make_result(doc, a, b))
    ids = lambda flt: [e.id for e in tmp_store.events(flt)]
    assert ids(EventFilter()) == [a.id, b.id]
    assert ids(EventFilter(actor="wagner")) == [b.id]
    assert ids(EventFilter(actor="wagner-group")) == [b.id]
    assert ids(EventFilter(country="ml")) == [a.id]
    assert ids(EventFilter(type="deployment")) == [b.id]
    assert ids(EventFilter(since="2024-04-01")) == [b.id]
    assert ids(EventFilter(until="2024-04-01")) == [a.id]
    assert ids(EventFilter(bbox=(-5, 10, 1, 20))) == [a.id]
    assert ids(EventFilter(query="army post")) == [a.id]
    assert ids(EventFilter(limit=1, offset=1)) == [b.id]


def test_fts_query_is_never_parsed_as_syntax(tmp_store):
    doc = _doc()
    tmp_store.add(make_result(doc, make_event(doc, "Gunmen attacked an army post near Gao on Monday.")))
    for hostile in ['"', "NEAR(", "army OR", "*", "') ; DROP TABLE events; --"]:
        list(tmp_store.events(EventFilter(query=hostile)))
    assert tmp_store.count("events") == 1


def test_id_prefixes_are_literal_and_control_characters_are_not_search_syntax(tmp_store):
    doc = _doc()
    ev = make_event(doc, "Gunmen attacked an army post near Gao on Monday.")
    tmp_store.add(make_result(doc, ev))
    assert tmp_store.get_event(ev.id[:6]) == ev
    assert tmp_store.get_document(doc.id[:6]).id == doc.id
    for wildcard in ("%", "____", ev.id[:3] + "%"):
        with pytest.raises(NotFound):
            tmp_store.get_event(wildcard)
        with pytest.raises(NotFound):
            tmp_store.get_document(wildcard)
    assert [e.id for e in tmp_store.events(EventFilter(query="army\x00 post"))] == [ev.id]


def test_unknown_ids_raise_not_found(tmp_store):
    with pytest.raises(NotFound):
        tmp_store.get_event("nope")
    with pytest.raises(NotFound):
        tmp_store.get_document("nope")


def test_an_empty_id_is_named_as_empty_not_ambiguous(tmp_store):
    doc = _doc()
    tmp_store.add(make_result(doc, make_event(doc, "Gunmen attacked an army post near Gao on Monday.")))
    for blank in ("", "  "):
        with pytest.raises(NotFound, match="empty event id"):
            tmp_store.get_event(blank)
        with pytest.raises(NotFound, match="empty document id"):
            tmp_store.get_document(blank)


def test_failed_write_leaves_nothing_behind(tmp_store):
    doc = _doc()
    good = make_event(doc, "Gunmen attacked an army post near Gao on Monday.")
    broken = make_event(doc, "The army said twelve soldiers were killed.")
    # an event that cannot be serialized aborts the whole document's transaction
    broken = Event(**{**broken.__dict__, "confidence": object()})
    with pytest.raises((StoreError, TypeError, sqlite3.Error)):
        tmp_store.add(make_result(doc, good, broken))
    assert tmp_store.count("documents") == 0 and tmp_store.count("events") == 0 and tmp_store.count("spans") == 0
    tmp_store.add(make_result(doc, good))
    assert tmp_store.count("events") == 1


def test_replace_extraction_swaps_events(tmp_store):
    doc = _doc()
    old = make_event(doc, "Gunmen attacked an army post near Gao on Monday.")
    new = make_event(doc, "The army said twelve soldiers were killed.", type_="statement")
    tmp_store.add(make_result(doc, old))
    tmp_store.replace_extraction(make_result(doc, new))
    assert [e.id for e in tmp_store.events()] == [new.id]
    assert list(tmp_store.events(EventFilter(query="Gunmen"))) == []


def test_near_copy_is_recorded(tmp_store):
    original = _doc()
    copy = make_document(TEXT + " Read more at the source.", source="mirror.example", title="Another title")
    tmp_store.add(make_result(original))
    outcome = tmp_store.add(make_result(copy))
    assert outcome.status == "copy" and outcome.copy_of == original.id
    other = make_document("Protesters gathered in Niamey on Friday to demand the departure of foreign troops. "
                          "Police dispersed them with tear gas, witnesses said.")
    assert tmp_store.add(make_result(other)).status == "new"


def test_read_only_store_refuses_missing_file(tmp_path):
    with pytest.raises(StoreError):
        open_store(tmp_path / "absent.db", read_only=True)


def test_garbage_file_is_a_store_error(tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError):
        open_store(bad)


def test_migrations_are_unique_recorded_and_rerunnable(tmp_path):
    names = [n for n, _ in MIGRATIONS]
    assert len(names) == len(set(names))
    conn = sqlite3.connect(tmp_path / "m.db")
    assert migrate(conn) == names
    assert migrate(conn) == []
    recorded = [r[0] for r in conn.execute("SELECT name FROM _migrations ORDER BY rowid")]
    assert recorded == names


def test_final_schema_has_the_core_tables(tmp_path):
    conn = sqlite3.connect(tmp_path / "m.db")
    migrate(conn)
    columns = {
        table: {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}
        for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
    }
    assert {"id", "raw_sha256", "text", "raw_text", "title", "source", "url", "published", "published_inferred",
            "segments", "copy_of", "fingerprint", "extractor_version"} <= columns["documents"]
    assert {"doc_id", "start", "end", "kind", "label", "text", "data"} <= columns["spans"]
    assert {"id", "doc_id", "type", "evidence_start", "evidence_end", "extractor_version", "json"} <= columns["events"]
    assert {"event_id", "actor_id", "name", "role"} <= columns["event_actors"]
    fks = {r[2] for r in conn.execute("PRAGMA foreign_key_list(events)")}
    assert fks == {"documents"}


words = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=40)


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(
    sentence=words.filter(lambda s: s.strip()),
    lo=st.integers(min_value=0, max_value=5000),
    span=st.integers(min_value=0, max_value=5000),
    approx=st.booleans(),
    modality=st.sampled_from(["asserted", "reported", "estimated", "alleged", "denied", "hedged"]),
)
def test_event_round_trips_through_json_and_store(tmp_path_factory, sentence, lo, span, approx, modality):
    doc = make_document(f"Intro. {sentence} Outro.")
    q = Quantity(kind="personnel", min=lo, max=lo + span, approximate=approx, text="x")
    ev = make_event(doc, sentence, quantities=(q,), modality=modality, claimant="A source <b>&</b>")
    assert Event.from_json(json.loads(json.dumps(ev.to_json()))) == ev
    store = open_store(tmp_path_factory.mktemp("rt") / "rt.db")
    try:
        store.add(make_result(doc, ev))
        assert store.get_event(ev.id) == ev
    finally:
        store.close()
