"""A locality no installed list holds (``EventLocation.unplaced``): kept in the store, and shown beside the
wider place the event was put at, by `show` and on the event page. Stores filled by hand; no model."""

from __future__ import annotations

import dataclasses

from typer.testing import CliRunner

from footprint.cli import app
from footprint.serve import create_app
from footprint.store import open_store
from footprint.testing import Client, location

from fuse_factories import event, report, result

runner = CliRunner()

# invented: a hamlet too small for any list, placed at the country it lies in
DOC = report("Gunmen burned the hamlet of Tinwarsaghen in northern Mali on Tuesday, a local official said.")


def _stored(tmp_path, unplaced: str):
    ev = event(DOC, DOC.text, "attack_on_civilians", place="Mali")
    ev = dataclasses.replace(ev, location=location("Mali", 17.57, -3.99, "ML", "country", unplaced=unplaced))
    path = tmp_path / "unplaced.db"
    with open_store(path) as store:
        store.add(result(DOC, ev))
    return path, ev


def test_the_unplaced_locality_is_stored_and_read_back(tmp_path):
    path, ev = _stored(tmp_path, "Tinwarsaghen")
    with open_store(path, read_only=True) as store:
        back = store.get_event(ev.id)
    assert back.location.unplaced == "Tinwarsaghen"
    assert back == ev


def test_show_says_the_locality_beside_the_place(tmp_path):
    path, ev = _stored(tmp_path, "Tinwarsaghen")
    res = runner.invoke(app, ["show", "--db", str(path), ev.id[:10]], env={"COLUMNS": "300"})
    assert res.exit_code == 0, res.output
    assert "near Tinwarsaghen (not in the gazetteer; placed at Mali)" in res.stdout


def test_show_says_nothing_of_it_when_there_is_none(tmp_path):
    path, ev = _stored(tmp_path, "")
    res = runner.invoke(app, ["show", "--db", str(path), ev.id[:10]], env={"COLUMNS": "300"})
    assert res.exit_code == 0, res.output
    assert "not in the gazetteer" not in res.stdout


def test_event_page_says_the_locality_beside_the_place(tmp_path):
    path, ev = _stored(tmp_path, "Tinwarsaghen")
    c = Client(create_app(path, read_only=True))
    try:
        page = c.get(f"/events/{ev.id}")
        assert page.status_code == 200
        assert "near Tinwarsaghen (not in the gazetteer; placed at Mali)" in page.text
        assert c.get(f"/api/v1/events/{ev.id}").json()["location"]["unplaced"] == "Tinwarsaghen"
    finally:
        c.close()


def test_event_page_escapes_the_locality(tmp_path):
    path, ev = _stored(tmp_path, "<b>Tin</b>")
    c = Client(create_app(path, read_only=True))
    try:
        html = c.get(f"/events/{ev.id}").text
        assert "near &lt;b&gt;Tin&lt;/b&gt; (not in the gazetteer" in html and "<b>Tin</b>" not in html
    finally:
        c.close()


def test_the_events_listing_has_an_unplaced_column_in_every_format(tmp_path):
    import csv
    import io
    import json

    path, ev = _stored(tmp_path, "Tinwarsaghen")
    table = runner.invoke(app, ["events", "--db", str(path)], env={"COLUMNS": "300"})
    assert table.exit_code == 0, table.output
    header = next(line for line in table.stdout.splitlines() if "unplaced" in line)
    assert header.index("place") < header.index("unplaced") < header.index("country")
    # the cell may be cut to the column's width; the precision in brackets is shown, not read as markup
    assert "Tinwarsag" in table.stdout and "Mali [cou" in table.stdout
    rows = list(csv.DictReader(io.StringIO(runner.invoke(app, ["events", "--db", str(path), "-f", "csv"]).stdout)))
    assert [(r["location.name"], r["location.unplaced"]) for r in rows] == [("Mali", "Tinwarsaghen")]
    exported = list(csv.DictReader(io.StringIO(runner.invoke(app, ["export", "--db", str(path), "--format", "csv"]).stdout)))
    assert exported[0]["location.unplaced"] == "Tinwarsaghen"
    line = runner.invoke(app, ["events", "--db", str(path), "-f", "jsonl"]).stdout.splitlines()[0]
    assert json.loads(line)["location"]["unplaced"] == "Tinwarsaghen"


def test_the_unplaced_column_is_empty_when_the_place_is_mapped(tmp_path):
    import csv
    import io

    path, _ = _stored(tmp_path, "")
    rows = list(csv.DictReader(io.StringIO(runner.invoke(app, ["events", "--db", str(path), "-f", "csv"]).stdout)))
    assert rows[0]["location.unplaced"] == "" and rows[0]["location.name"] == "Mali"


def test_the_table_shows_a_locality_in_brackets_as_written(tmp_path):
    # a name that looks like Rich markup is printed, not read as styling
    path, _ = _stored(tmp_path, "[b]X[/b]")
    table = runner.invoke(app, ["events", "--db", str(path)], env={"COLUMNS": "300"})
    assert table.exit_code == 0, table.output
    assert "[b]X[/b]" in table.stdout
