"""The web app on the example reports in ../shared, ingested by the real pipeline (integration).

What must show is read from the gold file: every gold event that has a place
is on the map near that place, and its event page shows the evidence with the
place marked; every gold presence is on the presence board.
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path

import pytest

from browser.sample import Client

pytestmark = pytest.mark.integration

SHARED = Path(__file__).resolve().parents[2] / "shared"


def km(lat1, lon1, lat2, lon2) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(a))


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    if not (SHARED / "seeds").is_dir() or not (SHARED / "eval" / "seeds-gold.json").is_file():
        pytest.skip("../shared not present: seeds and their gold file are not available here")
    from footprint import process
    from footprint.serve import create_app
    from footprint.store import open_store

    db = tmp_path_factory.mktemp("seeds") / "seeds.db"
    with open_store(db) as store:
        report = process.ingest(store, sorted((SHARED / "seeds").glob("*.txt")))
        assert report.ok, report.failures
    client = Client(create_app(db, read_only=True))
    yield client, json.loads((SHARED / "eval" / "seeds-gold.json").read_text(encoding="utf-8"))
    client.close()


def test_gold_events_are_on_the_map_with_their_evidence(served):
    client, gold = served
    points = client.get("/api/v1/map").json()["points"]
    checked = 0
    for entry in gold["events"]:
        place = gold["places"].get(entry.get("place") or "", {})
        if "lat" not in place or not entry.get("evidence_contains"):
            continue
        near = [p for p in points if km(p[1], p[2], place["lat"], place["lon"]) <= place["radius_km"]]
        assert near, f"{entry['id']}: nothing on the map near {entry['place']}"
        pages = [client.get(f"/events/{p[0]}", headers={"Accept": "text/html"}).text for p in near]
        evidence = [re.search(r'<blockquote class="evidence" id="evidence">(.*?)</blockquote>', html, re.S) for html in pages]
        shown = [e.group(1) for e in evidence if e and entry["evidence_contains"] in re.sub(r"<[^>]+>", "", e.group(1))]
        assert shown, f"{entry['id']}: no event page near {entry['place']} shows {entry['evidence_contains']!r}"
        assert any('<mark class="span-place"' in s for s in shown), entry["id"]
        checked += 1
    assert checked >= 2


def test_gold_presences_are_on_the_board(served):
    client, gold = served
    items = client.get("/api/v1/presence", params={"limit": 1000}).json()["items"]
    aliases = {k: [a.lower() for a in v] for k, v in gold["actor_aliases"].items()}
    for entry in gold["presence"]:
        place = gold["places"][entry["place"]]
        names = [a for key in entry["actor_any"] for a in aliases.get(key, [key])]

        def matches(p):
            actor = " ".join([p["actor"]["name"], *(p["actor"].get("names") or [])]).lower()
            if not any(n in actor for n in names):
                return False
            if "lat" in place:
                lat, lon = p["place"].get("lat"), p["place"].get("lon")
                return lat is not None and km(lat, lon, place["lat"], place["lon"]) <= place["radius_km"]
            return p["place"].get("country") == place.get("country")

        assert any(matches(p) for p in items), entry["id"]
    html = client.get("/presence", params={"limit": 1000}, headers={"Accept": "text/html"}).text
    assert "presence-cell" in html
