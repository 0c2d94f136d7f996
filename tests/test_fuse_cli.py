"""`presence`, `changes`, `timeline`, `merge`, `split` and `fuse` over a store filled by hand (no model)."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from footprint import fuse
from footprint.cli import app
from footprint.store import open_store

from fuse_factories import event, personnel, report, result

runner = CliRunner()

R1 = report("Russian instructors arrived at Gao airport on 3 March, the army said. More.",
            source="news.example", published="2024-03-05", title="<script>alert(1)</script>")
R2 = report("On 3 March Russian trainers landed at the airport of Gao with 200 men.", source="other.example",
            published="2024-03-06")


@pytest.fixture
def db(tmp_path, monkeypatch):
    from footprint.store.sqlite import SQLiteStore

    monkeypatch.setattr(SQLiteStore, "near_copy_of", lambda self, document: None)  # copies declared by hand
    path = tmp_path / "fuse.db"
    a = event(R1, "Russian instructors arrived at Gao airport on 3 March, the army said.", "deployment",
              actors=(("Russian Armed Forces", "russia_armed_forces"),), place="Gao airport",
              date=("2024-03-03", "2024-03-03", "day"), claimant="Malian Armed Forces")
    b = event(R2, "On 3 March Russian trainers landed at the airport of Gao with 200 men.", "deployment",
              actors=(("Russian Armed Forces", "russia_armed_forces"),), place="Gao airport",
              date=("2024-03-03", "2024-03-03", "day"), quantities=(personnel(200),))
    with open_store(path) as store:
        for doc, ev in ((R1, a), (R2, b)):
            store.add(result(doc, ev))
            fuse.update(store, [doc.id])
    return path, a, b


def test_presence_formats(db):
    path, a, b = db
    res = runner.invoke(app, ["presence", "--db", str(path), "--format", "jsonl"])
    assert res.exit_code == 0, res.output
    rows = [json.loads(l) for l in res.stdout.splitlines()]
    fac = next(r for r in rows if r["place"]["precision"] == "facility")
    assert set(fac) >= {"actor", "place", "start", "last_seen", "status", "strength", "independent_sources",
                        "evidence"}
    assert fac["actor"]["name"] == "Russian Armed Forces" and fac["actor"]["id"] == "russia_armed_forces"
    assert set(fac["place"]) >= {"name", "lat", "lon", "country", "precision"}
    assert fac["independent_sources"] == 2 and sorted(fac["evidence"]) == sorted([a.id, b.id])
    assert fac["strength"][0]["min"] == 200 and fac["strength"][0]["measure"] == "head_count"
    res = runner.invoke(app, ["presence", "--db", str(path), "--format", "geojson", "--country", "ML"])
    gj = json.loads(res.stdout)
    assert gj["type"] == "FeatureCollection" and len(gj["features"]) == 2
    assert any(f["geometry"] and f["geometry"]["coordinates"][1] > 16 for f in gj["features"])
    res = runner.invoke(app, ["presence", "--db", str(path), "--format", "csv", "--actor", "russia"])
    table = list(csv.DictReader(io.StringIO(res.stdout)))
    assert len(table) == 2 and table[0]["independent_sources"] == "2"
    res = runner.invoke(app, ["presence", "--db", str(path), "--actor", "nobody-at-all", "--format", "jsonl"])
    assert res.exit_code == 0 and res.stdout == ""
    res = runner.invoke(app, ["presence", "--db", str(path)])
    assert res.exit_code == 0 and "2 presences" in res.output and "Presence" in res.stdout


def test_changes_timeline_merge_split(db):
    path, a, b = db
    res = runner.invoke(app, ["changes", "--db", str(path), "--since", "2024-01-01", "--format", "jsonl"])
    assert res.exit_code == 0, res.output
    (rep,) = [json.loads(l) for l in res.stdout.splitlines()]
    assert rep["events_by_type"] == {"deployment": 1} and len(rep["new_presences"]) == 2
    res = runner.invoke(app, ["changes", "--db", str(path), "--since", "2024-01-01", "--by", "ingest",
                              "--format", "csv"])
    assert res.exit_code == 0 and "presence started" in res.stdout
    res = runner.invoke(app, ["changes", "--db", str(path), "--since", "2024-01-01"])
    assert res.exit_code == 0 and "new events by type: deployment 1" in res.output
    res = runner.invoke(app, ["timeline", "--db", str(path), "--actor", "Russian", "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(res.stdout)))
    assert rows[0]["kind"] == "event" and rows[0]["date"] == "2024-03-03"
    res = runner.invoke(app, ["split", "--db", str(path), b.id[:12], "--note", "different flight"])
    assert res.exit_code == 0, res.output
    with open_store(path, read_only=True) as store:
        assert len(fuse.fused_events(store)) == 2
    res = runner.invoke(app, ["merge", "--db", str(path), a.id, b.id])
    assert res.exit_code == 0, res.output
    res = runner.invoke(app, ["fuse", "--db", str(path), "--quiet"])
    assert res.exit_code == 0, res.output
    with open_store(path, read_only=True) as store:
        assert len(fuse.fused_events(store)) == 1


@pytest.mark.parametrize("args,needle", [
    (["presence", "--at", "last tuesday"], "--at"),
    (["presence", "--status", "<b>bogus</b>"], "--status"),
    (["changes", "--since", "20245-01-01"], "--since"),
    (["changes", "--since", "2024-01-01", "--by", "vibes"], "--by"),
    (["timeline"], "--actor"),
    (["merge", "abc"], "at least two"),
    (["merge", "deadbeef00", "feedface00"], "no event"),
    (["split", "\udcff\udcfe"], "no event"),
])
def test_bad_input_is_one_clean_line(db, args, needle):
    path, *_ = db
    res = runner.invoke(app, [args[0], "--db", str(path), *args[1:]])
    assert res.exit_code == 1
    assert needle in res.output and "Traceback" not in res.output
    assert len([l for l in res.output.splitlines() if l.strip()]) <= 2


@pytest.mark.parametrize("command", ["presence", "changes", "timeline"])
def test_a_negative_stale_after_is_refused(db, command):
    path, *_ = db
    extra = {"changes": ["--since", "2024-01-01"], "timeline": ["--actor", "wagner"]}.get(command, [])
    res = runner.invoke(app, [command, "--db", str(path), "--stale-after", "-5", *extra])
    assert res.exit_code == 2 and "--stale-after" in res.output


def test_missing_or_hostile_store_is_one_clean_line(tmp_path):
    res = runner.invoke(app, ["presence", "--db", str(tmp_path / "absent.db")])
    assert res.exit_code == 1 and "no store" in res.output
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"\x00\xff" * 4096)
    res = runner.invoke(app, ["presence", "--db", str(junk)])
    assert res.exit_code == 1 and "Traceback" not in res.output
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    res = runner.invoke(app, ["changes", "--db", str(empty), "--since", "2024-01-01"])
    assert res.exit_code == 1 and "Traceback" not in res.output


@pytest.mark.parametrize("width", [80, 120, 160])
def test_presence_table_fits_the_terminal(db, monkeypatch, width):
    from footprint.cli import common

    path, *_ = db
    monkeypatch.setattr(common.out, "width", width)
    res = runner.invoke(app, ["presence", "--db", str(path)])
    assert res.exit_code == 0, res.output
    lines = [l for l in res.stdout.splitlines() if l.strip()]
    assert max(len(l) for l in lines) <= width
    header = next(l for l in lines if "actor" in l)
    assert header.index("id") < header.index("actor") < header.index("status, sources")  # id first, summary last
    text = res.stdout
    assert "2024-03-03" in text and "2 sources" in text and "200 personnel" in text  # dates never cut
    assert ("precision" in header) is (width >= 110)


def test_presence_with_open_ended_strength_in_every_format(tmp_path, monkeypatch):
    from footprint.model import Quantity
    from footprint.store.sqlite import SQLiteStore

    monkeypatch.setattr(SQLiteStore, "near_copy_of", lambda self, document: None)
    doc = report("Up to 500 soldiers and more than 40 trucks were sent to Kidal in May 2024.", source="x.example")
    ev = event(doc, "Up to 500 soldiers and more than 40 trucks were sent to Kidal in May 2024.", "deployment",
               place="Kidal", date=("2024-05-01", "2024-05-31", "month"),
               quantities=(Quantity("personnel", None, 500, text="Up to 500"),
                           Quantity("equipment", 41, None, unit="trucks", text="more than 40")))
    path = tmp_path / "open.db"
    with open_store(path) as store:
        store.add(result(doc, ev))
        fuse.update(store, [doc.id])
    res = runner.invoke(app, ["presence", "--db", str(path)])
    assert res.exit_code == 0, res.output
    assert "up to 500 personnel" in res.stdout and "41+ trucks" in res.stdout
    res = runner.invoke(app, ["presence", "--db", str(path), "--format", "csv"])
    assert res.exit_code == 0, res.output
    table = list(csv.DictReader(io.StringIO(res.stdout)))
    assert {"id", "actor.id", "place.lat", "end", "ended_by", "parent_id", "implied", "sources"} <= set(table[0])
    town = next(r for r in table if r["place.precision"] == "town")
    assert "up to 500 head_count" in town["strength"] and town["place.name"] == "Kidal"
    res = runner.invoke(app, ["presence", "--db", str(path), "--format", "jsonl"])
    town = next(json.loads(l) for l in res.stdout.splitlines() if '"town"' in l)
    assert town["strength"][0]["min"] is None or town["strength"][1]["min"] is None
