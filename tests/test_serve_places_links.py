"""The web Places page: each row's link lists exactly the events the row counts (a country row is the events
placed at the country, not every event in it; two towns of one name are two rows and two lists)."""

from __future__ import annotations

import html
import re
from urllib.parse import parse_qsl, urlsplit

import pytest

from footprint.model import EventDate
from footprint.serve import create_app
from footprint.serve.queries import place_row_filters
from footprint.store import open_store
from footprint.testing import Client, document, event, location, result

TEXT = (
    "Troops were deployed across Mali in March. "
    "Officials said fighting spread in Mali in April. "
    "Gunmen attacked Gao in May. "
    "A convoy was hit near Ménaka in June. "
    "Shelling hit Ménaka in July. "
    "Fighting was reported in the Ménaka region in August. "
    "Raiders burned Kouri in the south in September. "
    "Raiders burned Kouri in the east in October."
)


#: (place, month) of each sentence of ``TEXT``, in order
PLACES = [
    (location("Mali", 17.57, -3.99, "ML", "country"), 3),
    (location("Mali", 17.57, -3.99, "ML", "country"), 4),
    (location("Gao", 16.27, -0.04, "ML", "town", admin1="Gao"), 5),
    (location("near Ménaka", 15.92, 2.40, "ML", "area", admin1="Ménaka"), 6),
    (location("Ménaka", 15.92, 2.40, "ML", "town", admin1="Ménaka"), 7),
    (location("Ménaka", 15.92, 2.40, "ML", "admin1", admin1="Ménaka"), 8),
    (location("Kouri", 11.2, -5.6, "ML", "town", admin1="Sikasso"), 9),  # two towns of one name: two rows
    (location("Kouri", 14.9, 0.3, "ML", "town", admin1="Gao"), 10),
]


@pytest.fixture
def client(tmp_path):
    path = tmp_path / "places.db"
    doc = document(TEXT, source="desk.example")
    sentences = [x.rstrip(".") + "." for x in TEXT.split(". ")]
    events = []
    for sentence, (place, month) in zip(sentences, PLACES, strict=True):
        day = f"2024-{month:02d}-01"
        events.append(event(doc, sentence, "attack", location=place,
                            date=EventDate(start=day, end=day, precision="day", text="")))
    with open_store(path) as store:
        store.add(result(doc, *events))
    c = Client(create_app(path))
    yield c
    c.close()


def _rows(page: str) -> list[tuple[str, str, int]]:
    """(place cell text, link of the place cell, events count) of each row of the Places table."""
    out = []
    for row in re.findall(r"<tr>(.*?)</tr>", page, flags=re.S):
        cells = re.findall(r"<td[^>]*>(.*?)</td>", row, flags=re.S)
        if len(cells) != 7:
            continue
        link = re.search(r'href="([^"]+)"', cells[0])
        out.append((html.unescape(re.sub(r"<[^>]+>", "", cells[0])), html.unescape(link[1]) if link else "",
                    int(cells[4])))
    return out


def test_every_row_links_to_exactly_the_events_it_counts(client):
    page = client.get("/places", headers={"Accept": "text/html"})
    assert page.status_code == 200
    rows = _rows(page.text)
    assert sorted(count for _, _, count in rows) == [1, 1, 1, 1, 1, 1, 2]
    for name, link, count in rows:
        url = urlsplit(link)
        assert url.path == "/events", link
        params = dict(parse_qsl(url.query))
        listed = client.get("/api/v1/events", params={**params, "limit": "1000"}).json()["items"]
        assert len(listed) == count, (name, link, [e["location"]["name"] for e in listed])
        assert {e["location"]["name"] for e in listed} == {name}
        assert client.get(link, headers={"Accept": "text/html"}).status_code == 200


def test_a_country_row_is_the_country_itself_not_every_event_in_it():
    row = {"name": "Mali", "country": "ML", "precision": "country", "lat": 17.57, "lon": -3.99, "events": 2}
    assert place_row_filters(row) == {"place": "Mali [country]", "country": "ML", "bbox": "-3.9905,17.5695,-3.9895,17.5705"}
    # no point, or no precision: the name (and country) alone; no name: no link
    assert place_row_filters({"name": "Gao", "country": "ML", "precision": "town", "lat": None, "lon": None}) == {
        "place": "Gao [town]", "country": "ML"}
    assert place_row_filters({"name": "Gao", "country": None, "precision": None, "lat": None}) == {"place": "Gao"}
    assert place_row_filters({"name": None, "country": "ML", "precision": "country", "lat": 1.0, "lon": 2.0}) is None
    # at the antimeridian and the poles the box stays inside the world
    edge = place_row_filters({"name": "Pole", "precision": "facility", "lat": 90.0, "lon": 180.0})
    assert edge["bbox"] == "179.9995,89.9995,180.0000,90.0000"
