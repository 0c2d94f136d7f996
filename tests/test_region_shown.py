"""The region beside a place in `footprint show` and on the event page: one rule (``regionname.shown_region``),
so that a code ("ML-04", "01") never reads as a region's name in either."""

from __future__ import annotations

from typer.testing import CliRunner

from footprint.cli import app
from footprint.model import EventDate
from footprint.regionname import shown_region
from footprint.serve import create_app
from footprint.store import open_store
from footprint.testing import Client, document, event, location, result

runner = CliRunner()


def test_shown_region_names_only_a_region_other_than_the_place():
    assert shown_region("Tillabéri", "Ayorou") == "Tillabéri"
    assert shown_region("Tillabéri", "Tillabéri") is None  # the place itself
    assert all(shown_region(code, "Ayorou") is None for code in ("ML-04", "01", "12070575", "C3", "", None))


def test_a_code_like_region_is_shown_neither_by_show_nor_on_the_page(tmp_path):
    path = tmp_path / "codes.db"
    text = "Gunmen burned a granary outside Ayorou on 3 March. Herders were attacked near Ouallam on 9 March."
    doc = document(text, source="desk.example")
    first, second = (s.rstrip(".") + "." for s in text.split(". "))
    day = EventDate(start="2025-03-03", end="2025-03-03", precision="day", text="")
    coded = event(doc, first, "attack", location=location("Ayorou", 14.73, 0.92, "NE", "town", admin1="NE-6"), date=day)
    named = event(doc, second, "attack", location=location("Ouallam", 14.32, 2.09, "NE", "town", admin1="Tillabéri"),
                  date=day)
    with open_store(path) as store:
        store.add(result(doc, coded, named))
    res = runner.invoke(app, ["show", coded.id, "--db", str(path)])
    assert res.exit_code == 0, res.output
    assert "place: Ayorou [town] 14.73" in res.stdout and "NE-6" not in res.stdout
    res = runner.invoke(app, ["show", named.id, "--db", str(path)])
    assert "place: Ouallam [town] in Tillabéri 14.32" in res.stdout
    client = Client(create_app(path))
    try:
        page = client.get(f"/events/{coded.id}", headers={"Accept": "text/html"}).text
        assert 'class="region"' not in page and "in NE-6" not in page
        page = client.get(f"/events/{named.id}", headers={"Accept": "text/html"}).text
        assert 'class="region">in Tillabéri<' in page
    finally:
        client.close()
