"""`events`, `show` and `export` over a store filled by hand (no model)."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from footprint.cli import app
from footprint.model import Quantity
from footprint.store import open_store

from factories import make_document, make_event, make_result

runner = CliRunner()

TEXT = (
    "Russian instructors arrived at the air base in Gao on 3 March, the army said. "
    "Gunmen killed nine soldiers near Menaka."
)


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "cli.db"
    doc = make_document(TEXT, source="news.example", title="<script>alert(1)</script>", url="https://news.example/a")
    deploy = make_event(
        doc, "Russian instructors arrived at the air base in Gao on 3 March, the army said.", type_="deployment",
        actor="Russian Armed Forces", actor_id="russia-armed-forces", place=("Gao", 16.27, -0.04, "ML", "facility"),
        date=("2024-03-03", "2024-03-03", "day"), claimant="Malian Armed Forces", modality="reported",
    )
    attack = make_event(
        doc, "Gunmen killed nine soldiers near Menaka.", actor="Unidentified gunmen", actor_id=None,
        place=("Menaka", 15.92, 2.4, "ML", "town"), quantities=(Quantity("fatalities", 9, 9, text="nine"),),
    )
    with open_store(path) as store:
        store.add(make_result(doc, deploy, attack))
    return path, deploy, attack


def test_events_table_lists_both(db):
    path, deploy, attack = db
    result = runner.invoke(app, ["events", "--db", str(path)])
    assert result.exit_code == 0, result.output
    assert deploy.id[:10] in result.stdout and attack.id[:10] in result.stdout


def test_events_jsonl_is_the_interchange_format(db):
    path, deploy, _ = db
    result = runner.invoke(app, ["events", "--db", str(path), "--format", "jsonl", "--type", "deployment"])
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows == [deploy.to_json()]
    for key in ("id", "doc_id", "type", "plover", "acled", "actors", "location", "date", "quantities",
                "attribution", "background", "evidence", "confidence", "extractor_version"):
        assert key in rows[0]


def test_events_csv_and_filters(db):
    path, _, attack = db
    result = runner.invoke(app, ["events", "--db", str(path), "--format", "csv", "--actor", "gunmen"])
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [r["id"] for r in rows] == [attack.id]
    assert rows[0]["evidence.sentence"] == attack.evidence.sentence and rows[0]["location.name"] == "Menaka"


def test_bad_date_is_one_clear_line(db):
    path, _, _ = db
    result = runner.invoke(app, ["events", "--db", str(path), "--since", "last tuesday"])
    assert result.exit_code == 1
    assert "--since: 'last tuesday' is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)" in result.output
    assert "Traceback" not in result.output


def test_missing_store_is_one_clear_line(tmp_path):
    result = runner.invoke(app, ["events", "--db", str(tmp_path / "nothing.db")])
    assert result.exit_code == 1 and "no store at" in result.output


def test_show_explains_the_event(db):
    path, deploy, _ = db
    result = runner.invoke(app, ["show", deploy.id[:8], "--db", str(path)])
    assert result.exit_code == 0, result.output
    for expected in ("deployment", "Russian Armed Forces", "Gao [facility]", "2024-03-03", "reported",
                     "https://news.example/a", "Russian instructors arrived"):
        assert expected in result.stdout


def test_show_unknown_event(db):
    path, _, _ = db
    result = runner.invoke(app, ["show", "ffffffff", "--db", str(path)])
    assert result.exit_code == 1 and "no event" in result.output


def test_export_geojson(db):
    path, deploy, attack = db
    result = runner.invoke(app, ["export", "--db", str(path), "--format", "geojson"])
    collection = json.loads(result.stdout)
    assert collection["type"] == "FeatureCollection"
    coords = {f["id"]: f["geometry"]["coordinates"] for f in collection["features"]}
    assert coords[deploy.id] == [-0.04, 16.27] and coords[attack.id] == [2.4, 15.92]


def test_export_csv_has_flat_columns(db):
    path, _, _ = db
    result = runner.invoke(app, ["export", "--db", str(path), "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert {r["location.name"] for r in rows} == {"Gao", "Menaka"}
