"""What `merge`, `timeline` and `changes` say to an analyst, over a store filled by hand (no model)."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from footprint import fuse
from footprint.cli import app
from footprint.cli.fuse import TIMELINE_COLUMNS
from footprint.store import open_store

from fuse_factories import event, personnel, report, result

runner = CliRunner()

# invented reports: two outlets on one arrival at a town, one of them with a head count
A = report("Some 300 foreign instructors reached Kidal on 12 May, a local official said.", source="alpha.example",
           published="2024-05-13")
B = report("Foreign instructors were seen in Kidal on 12 May.", source="beta.example", published="2024-05-14")


@pytest.fixture
def store_path(tmp_path, monkeypatch):
    from footprint.store.sqlite import SQLiteStore

    monkeypatch.setattr(SQLiteStore, "near_copy_of", lambda self, document: None)  # copies declared by hand
    path = tmp_path / "wording.db"
    actor = (("Russian Armed Forces", "russia_armed_forces"),)
    one = event(A, A.text, "deployment", actors=actor, place="Kidal",
                date=("2024-05-12", "2024-05-12", "day"), quantities=(personnel(300),))
    two = event(B, B.text, "deployment", actors=actor, place="Kidal", date=("2024-05-12", "2024-05-12", "day"))
    with open_store(path) as store:
        for doc, ev in ((A, one), (B, two)):
            store.add(result(doc, ev))
            fuse.update(store, [doc.id])
    return path, one, two


def _lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


@pytest.mark.parametrize("args,said", [
    (["merge", "abcd"], "merge: give at least two different event ids"),
    (["merge", "abcd", "abcd"], "merge: give at least two different event ids"),
    (["changes", "--since", "2024", "--by", "rumour"], "--by: unknown value 'rumour' (evidence or ingest)"),
    (["presence", "--status", "gone"], "--status: unknown value 'gone'"),
])
def test_an_error_names_its_command_or_option_once(store_path, args, said):
    path, *_ = store_path
    res = runner.invoke(app, [args[0], "--db", str(path), *args[1:]])
    assert res.exit_code == 1
    (line,) = _lines(res.output)
    assert said in line
    # the prefix before the first colon is not said again in the message
    head, _, rest = line.removeprefix("error: ").partition(": ")
    assert head not in rest, line


def test_merge_of_one_event_says_what_to_give(store_path):
    path, one, _ = store_path
    res = runner.invoke(app, ["merge", "--db", str(path), one.id])
    assert res.exit_code == 1
    assert _lines(res.output) == ["error: merge: give at least two different event ids"]


def test_timeline_presence_rows_say_presence_and_keep_precision_apart(store_path):
    path, *_ = store_path
    res = runner.invoke(app, ["timeline", "--db", str(path), "--actor", "russia", "--format", "jsonl"])
    assert res.exit_code == 0, res.output
    rows = [json.loads(line) for line in res.stdout.splitlines()]
    events = [r for r in rows if r["kind"] == "event"]
    presence = [r for r in rows if r["kind"] != "event"]
    assert events and presence
    assert {r["type"] for r in events} == {"deployment"}
    assert {r["type"] for r in presence} == {"presence"}
    # a town-level event, a presence in the town and the one it implies in the country: the precision
    # has its own column, the place cell holds only the name
    assert {r["precision"] for r in events} == {"town"}
    assert {(r["place"], r["precision"]) for r in presence} == {("Kidal", "town"), ("Mali", "country")}
    assert any(r["kind"] == "presence started" for r in presence)
    for r in rows:
        assert set(TIMELINE_COLUMNS) <= set(r), r
    strength = [r for r in presence if r["kind"].startswith("strength")]
    assert strength and strength[0]["kind"] == "strength 300 personnel (head_count)"


def test_timeline_columns_are_the_same_in_every_format(store_path):
    path, *_ = store_path
    base = ["timeline", "--db", str(path), "--place", "Kidal"]
    res = runner.invoke(app, [*base, "--format", "csv"])
    assert res.exit_code == 0, res.output
    reader = csv.DictReader(io.StringIO(res.stdout))
    assert reader.fieldnames == TIMELINE_COLUMNS
    table = list(reader)
    jsonl = [json.loads(line) for line in runner.invoke(app, [*base, "--format", "jsonl"]).stdout.splitlines()]
    assert [[r[c] for c in TIMELINE_COLUMNS] for r in table] == \
        [["" if r[c] is None else str(r[c]) for c in TIMELINE_COLUMNS] for r in jsonl]
    assert not any(r["type"] in {"town", "country", "facility"} for r in table)
    res = runner.invoke(app, [*base, "--format", "table"], env={"COLUMNS": "200"})
    assert res.exit_code == 0, res.output
    header = next(line for line in res.stdout.splitlines() if "kind" in line)
    assert all(c in header for c in ("date", "kind", "type", "actors", "place", "precision", "id"))
    assert sum(" presence " in line and " town " in line for line in res.stdout.splitlines()) == 2


def test_changes_write_a_head_count_as_the_presence_table_does(store_path):
    path, *_ = store_path
    res = runner.invoke(app, ["changes", "--db", str(path), "--since", "2024-05", "--format", "csv"])
    assert res.exit_code == 0, res.output
    rows = list(csv.DictReader(io.StringIO(res.stdout)))
    (est,) = [r for r in rows if r["change"] == "strength estimate"]
    assert est["detail"] == "300 personnel (head_count, alpha)"
    assert "300.0" not in res.stdout
    board = runner.invoke(app, ["presence", "--db", str(path), "--format", "table"], env={"COLUMNS": "200"})
    assert "300 personnel" in board.stdout


@pytest.mark.parametrize("low,high,approximate,said", [
    (300.0, 300.0, False, "300 personnel"),
    (50.0, 80.0, True, "~50-80 personnel"),
    (12.0, None, False, "12+ personnel"),
    (None, 40.0, False, "up to 40 personnel"),
])
def test_change_rows_detail_uses_the_shared_amounts(low, high, approximate, said):
    report_ = {"new_presences": [], "ended_presences": [], "stale_presences": [], "events": [],
               "strength": [{"id": "p1", "date": "2024-05-12", "actor": "X", "place": "Kidal", "kind": "personnel",
                             "unit": None, "measure": "head_count", "min": low, "max": high,
                             "approximate": approximate, "source": "alpha.example"}]}
    (row,) = fuse.change_rows(report_)
    assert row["detail"] == f"{said} (head_count, alpha.example)"
