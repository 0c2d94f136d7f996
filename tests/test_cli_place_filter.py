"""`footprint events --place` and the web's ``place`` filter: one rule (``fuse.queries.place_matches``) for
both, matching the event's place, the locality it stands for, its region or its country, case and accents
ignored."""

from __future__ import annotations

import csv
import io

import pytest
from typer.testing import CliRunner

from footprint.cli import app
from footprint.fuse.queries import place_matches
from footprint.model import EventDate
from footprint.serve import create_app
from footprint.store import open_store
from footprint.testing import Client, document, event, location, result

runner = CliRunner()

TEXT = (
    "Fighters raided a market near Ménaka on 4 April. "
    "A convoy was ambushed outside Tidermène in May. "
    "Soldiers were killed in Gao in January. "
    "Shelling hit a village near Kidal in June."
)


def _event(doc, sentence, place, day):
    return event(doc, sentence, "attack", location=place, date=EventDate(start=day, end=day, precision="day", text=""))


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "places.db"
    doc = document(TEXT, source="desk.example")
    sentences = [s.rstrip(".") + "." for s in TEXT.split(". ")]
    near = _event(doc, sentences[0], location("near Ménaka", 15.9, 2.4, "ML", "area", admin1="Ménaka"),
                  "2024-04-04")
    # a locality no list holds, placed at its region: the region's name and the unplaced name both find it
    village = _event(doc, sentences[1], location("Ménaka", 15.9, 2.4, "ML", "admin1", admin1="Ménaka",
                                                 unplaced="Tidermène"), "2024-05-10")
    gao = _event(doc, sentences[2], location("Gao", 16.27, -0.04, "ML", "town", admin1="Gao"), "2024-01-12")
    kidal = _event(doc, sentences[3], location("near Kidal", 18.4, 1.4, "ML", "area", admin1="Kidal"), "2024-06-02")
    with open_store(path) as store:
        store.add(result(doc, near, village, gao, kidal))
    return path, near, village, gao, kidal


def _ids(output: str) -> set[str]:
    return {row["id"] for row in csv.DictReader(io.StringIO(output))}


def test_place_matches_names_regions_and_countries_without_accents():
    loc = {"name": "near Ménaka", "admin1": "Ménaka", "country": "ML", "unplaced": ""}
    for query in ("menaka", "MÉNAKA", " Ménaka ", "near men", "ml", "Mali"):
        assert place_matches(loc, query), query
    for query in ("Gao", "niger", "BF"):
        assert not place_matches(loc, query), query
    assert place_matches({"name": "Ménaka", "unplaced": "Tidermène"}, "tidermene")
    assert not place_matches(None, "Gao") and not place_matches({}, "Gao")


def test_events_place_filter_as_csv(db):
    path, near, village, gao, kidal = db
    res = runner.invoke(app, ["events", "--db", str(path), "--place", "menaka", "--since", "2024-03", "-f", "csv"])
    assert res.exit_code == 0, res.output
    assert _ids(res.stdout) == {near.id, village.id}
    res = runner.invoke(app, ["events", "--db", str(path), "--place", "Tidermene", "-f", "csv"])
    assert _ids(res.stdout) == {village.id}
    res = runner.invoke(app, ["events", "--db", str(path), "--place", "MALI", "--until", "2024-02", "-f", "csv"])
    assert _ids(res.stdout) == {gao.id}
    res = runner.invoke(app, ["export", "--db", str(path), "--place", "kidal", "-f", "csv"])
    assert res.exit_code == 0, res.output
    assert _ids(res.stdout) == {kidal.id}


def test_a_place_nothing_lies_in_lists_nothing_in_one_line(db, tmp_path):
    res = runner.invoke(app, ["events", "--db", str(db[0]), "--place", "Timbuktu"])
    assert res.exit_code == 0, res.output
    assert res.stdout.strip() == "" and res.stderr.strip() == "0 events match these filters"
    with open_store(tmp_path / "empty.db"):
        pass
    res = runner.invoke(app, ["events", "--db", str(tmp_path / "empty.db")])
    assert res.exit_code == 0 and res.stdout.strip() == ""
    assert res.stderr.strip().startswith("0 events: the store has none yet")


def test_show_and_the_event_page_name_the_region_the_filter_matched(db):
    path, near, village, gao, kidal = db
    res = runner.invoke(app, ["show", village.id, "--db", str(path)])
    assert "place: Ménaka [admin1] " in res.stdout  # the region itself: not "Ménaka in Ménaka"
    res = runner.invoke(app, ["show", near.id, "--db", str(path)])
    assert "place: near Ménaka [area] in Ménaka 15.9,2.4 ML" in res.stdout
    client = Client(create_app(path))
    try:
        page = client.get(f"/events/{kidal.id}", headers={"Accept": "text/html"})
        assert 'class="region">in Kidal<' in page.text
    finally:
        client.close()


@pytest.mark.parametrize("value", ["x" * 201, "Gao\x00", "Gao\nKidal"])
def test_a_bad_place_is_one_clear_line(db, value):
    res = runner.invoke(app, ["events", "--db", str(db[0]), "--place", value])
    assert res.exit_code != 0
    lines = [line for line in res.output.splitlines() if line.strip()]
    assert len(lines) == 1 and "--place" in lines[0], res.output


def test_the_web_filters_by_place_with_the_same_rule(db):
    path, near, village, gao, kidal = db
    client = Client(create_app(path))
    try:
        body = client.get("/api/v1/events", params={"place": "MENAKA", "since": "2024-03"}).json()
        assert {e["id"] for e in body["items"]} == {near.id, village.id}
        assert body["filters"]["place"] == "MENAKA"
        page = client.get("/events", params={"place": "kidal"})
        assert page.status_code == 200 and kidal.id in page.text and gao.id not in page.text
        assert 'name="place" value="kidal"' in page.text
        bad = client.get("/api/v1/events", params={"place": "y" * 201})
        assert bad.status_code == 422 and "place" in bad.json()["error"]["message"]
    finally:
        client.close()
