"""`footprint events --place` and the web's ``place`` filter: one rule (``fuse.queries.place_matches``) for
both, matching the event's place, the locality it stands for, its region or its country, case and accents
ignored."""

from __future__ import annotations

import csv
import io
import sqlite3

import pytest
from typer.testing import CliRunner

from footprint.cli import app
from footprint.fuse.queries import place_matches
from footprint.model import EventDate
from footprint.serve import create_app
from footprint.store import EventFilter, open_store
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
    for query in ("menaka", "MÉNAKA", " Ménaka ", "near menaka", "ml", "Mali"):
        assert place_matches(loc, query), query
    for query in ("Gao", "niger", "BF", "near men", "men", "aka"):
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


@pytest.mark.parametrize("value", ["x" * 201, "Gao\x00", "Gao\nKidal"])
def test_a_bad_place_is_one_clear_line_for_the_timeline_too(db, value):
    res = runner.invoke(app, ["timeline", "--db", str(db[0]), "--place", value])
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


def test_place_words_are_whole_words_and_two_letters_are_a_country_code():
    mopti = {"name": "Mopti", "country": "ML", "precision": "town"}
    region = {"name": "Mopti Region", "country": "ML", "precision": "admin1"}
    suburb = {"name": "Moptiville", "country": "ML", "precision": "town"}
    assert place_matches(mopti, "mopti") and place_matches(region, "MOPTI") and not place_matches(suburb, "mopti")
    assert place_matches(region, "mopti region") and not place_matches(mopti, "mopti region")
    niger_state = {"name": "Minna", "admin1": "Niger State", "country": "NG"}
    assert place_matches({"name": "Niamey", "country": "NE"}, "niger")
    assert place_matches(niger_state, "Niger")  # a run of words inside a name is a match
    assert not place_matches({"name": "Kano", "admin1": "Kano", "country": "NG"}, "niger")
    assert place_matches({"name": "Kano", "country": "NG"}, "Nigeria")
    # two letters: the code only, never a word or a part of a name
    for code in ("ng", "NG", "Ng"):
        assert place_matches(niger_state, code)
    assert not place_matches({"name": "Ng Village", "admin1": "Ng", "country": "KE"}, "ng")
    # hyphens, underscores and apostrophes as users type them
    assert place_matches({"name": "Bir al-Abd", "country": "EG"}, "al abd")
    assert place_matches({"name": "N\u2019Djamena", "country": "TD"}, "n'djamena")
    assert place_matches({"name": "N'Djamena", "country": "TD"}, "ndjamena")
    for nothing in ("", "  ", "--", "[]"):
        assert not place_matches(mopti, nothing), nothing


def test_a_name_with_its_precision_in_brackets_is_that_place_only():
    town = {"name": "Ménaka", "admin1": "Ménaka", "country": "ML", "precision": "town"}
    region = {"name": "Ménaka", "admin1": "Ménaka", "country": "ML", "precision": "admin1"}
    near = {"name": "near Ménaka", "admin1": "Ménaka", "country": "ML", "precision": "area"}
    country = {"name": "Mali", "country": "ML", "precision": "country"}
    assert [place_matches(p, "Ménaka [admin1]") for p in (town, region, near)] == [False, True, False]
    assert [place_matches(p, "menaka [TOWN]") for p in (town, region, near)] == [True, False, False]
    assert place_matches(near, "Near Menaka [area]") and not place_matches(near, "Menaka [area]")
    assert place_matches(country, "Mali [country]") and not place_matches(town, "Mali [country]")
    assert not place_matches(town, "[town]")


@pytest.fixture
def sahel(tmp_path):
    """Events in Niger, Nigeria and Mali, named so that parts of names would match other places."""
    path = tmp_path / "sahel.db"
    text = "Fighters attacked Niamey. Gunmen attacked Minna. Soldiers were killed in Moptiville. Mopti was shelled."
    doc = document(text, source="desk.example")
    sentences = [s.rstrip(".") + "." for s in text.split(". ")]
    niamey = _event(doc, sentences[0], location("Niamey", 13.51, 2.11, "NE", "town", admin1="Niamey"), "2024-02-01")
    minna = _event(doc, sentences[1], location("Minna", 9.61, 6.55, "NG", "town", admin1="Niger State"),
                   "2024-02-02")
    ville = _event(doc, sentences[2], location("Moptiville", 14.0, -4.0, "ML", "town", admin1="Ségou"), "2024-02-03")
    mopti = _event(doc, sentences[3], location("Mopti", 14.49, -4.19, "ML", "town", admin1="Mopti"), "2024-02-04")
    with open_store(path) as store:
        store.add(result(doc, niamey, minna, ville, mopti))
    return path, niamey, minna, ville, mopti


def test_the_store_filter_matches_whole_words(sahel):
    path, niamey, minna, ville, mopti = sahel

    def listed(*args):
        res = runner.invoke(app, ["events", "--db", str(path), *args, "-f", "csv"])
        assert res.exit_code == 0, res.output
        return _ids(res.stdout)

    assert listed("--place", "niger") == {niamey.id, minna.id}  # Niger, and Niger State; not every Nigerian town
    assert listed("--place", "Nigeria") == {minna.id}
    assert listed("--place", "mopti") == {mopti.id}
    assert listed("--place", "ne") == {niamey.id} and listed("--place", "ML") == {ville.id, mopti.id}
    assert listed("--place", "mo") == set()  # two letters are a code, never the start of a name
    assert listed("--place", "Mopti [town]") == {mopti.id}
    client = Client(create_app(path))
    try:
        body = client.get("/api/v1/events", params={"place": "NIGER"}).json()
        assert {e["id"] for e in body["items"]} == {niamey.id, minna.id}
    finally:
        client.close()


def test_a_stored_location_that_is_no_object_matches_nothing_and_stops_no_listing(sahel):
    """A hand-edited row (a location that is a string, a number, a list, or an object with a list for a name)
    is passed over by the filter inside SQLite; the other rows still list."""
    path, niamey, minna, ville, mopti = sahel
    conn = sqlite3.connect(path)
    for event_id, odd in ((niamey.id, '"Niamey"'), (minna.id, "7"), (ville.id, '[1, 2]')):
        conn.execute("UPDATE events SET json = json_set(json, '$.location', json(?)) WHERE id = ?", (odd, event_id))
    conn.execute("UPDATE events SET json = json_set(json, '$.location.admin1', json('[\"Mopti\"]')) WHERE id = ?",
                 (mopti.id,))
    conn.commit()
    conn.close()
    with open_store(path, read_only=True) as store:
        assert {e.id for e in store.events(EventFilter(place="niger"))} == set()
        assert {e.id for e in store.events(EventFilter(place="mopti"))} == {mopti.id}
