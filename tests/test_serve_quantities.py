"""An open-ended count reads as one on the event page: "at least seven" is 7+, never a bare 7."""

from __future__ import annotations

import re

import pytest

from browser.sample import Client
from footprint.model import Quantity
from footprint.serve import create_app
from footprint.serve.pages import env
from footprint.store import open_store

from factories import make_document, make_event, make_result

TEXT = "Gunmen killed at least seven villagers near Tera; up to 300 soldiers were sent to the area."


@pytest.fixture
def client(tmp_path):
    path = tmp_path / "q.db"
    doc = make_document(TEXT, source="wire.example", title="Villagers killed")
    event = make_event(doc, TEXT, actor="Gunmen", actor_id=None, quantities=(
        Quantity("fatalities", 7, None, text="at least seven villagers"),
        Quantity("personnel", None, 300, text="up to 300 soldiers", approximate=True),
    ))
    with open_store(path) as store:
        store.add(make_result(doc, event))
    c = Client(create_app(path))
    yield c, event
    c.close()


def test_event_page_writes_bounds_as_the_cli_does(client):
    c, event = client
    html = c.get(f"/events/{event.id}", headers={"Accept": "text/html"}).text
    items = [re.sub(r"<[^>]+>", "", li) for li in re.findall(r"<li>((?:fatalities|personnel).*?)</li>", html, re.S)]
    assert items[0].startswith("fatalities: 7+ personnel")
    assert items[1].startswith("personnel: up to 300 personnel (approx.)")


def test_presence_strength_cell_uses_the_same_words():
    template = env.from_string("{% for s in items %}[{{ s|amount }}]{% endfor %}")
    items = [{"min": 40, "max": 40}, {"min": 5, "max": None}, {"min": None, "max": 12}, {"min": 2, "max": 4}]
    assert template.render(items=items) == "[40][5+][up to 12][2-4]"
