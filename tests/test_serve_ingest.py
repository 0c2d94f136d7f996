"""Adding reports through the web app with the real ingest pipeline (integration: loads the model)."""

from __future__ import annotations

import pytest

from browser.sample import Client
from footprint.serve import create_app

pytestmark = pytest.mark.integration

REPORT = (
    "Sahel Monitor\n"
    "Mercenaries leave a northern airstrip\n\n"
    "Foreign mercenaries withdrew from the airstrip at Tessalit in northern Mali in March 2023, "
    "according to residents quoted by a local radio station.\n"
)


@pytest.fixture
def client(tmp_path):
    c = Client(create_app(tmp_path / "web.db"))
    yield c
    c.close()


def test_uploaded_report_is_ingested_and_browsable(client):
    resp = client.post("/api/v1/documents", files={"file": ("airstrip.txt", REPORT.encode(), "text/plain")})
    assert resp.status_code == 201, resp.text
    body = resp.json()
    (doc,) = body["documents"]
    assert doc["status"] == "new"
    page = client.get(doc["links"]["html"], headers={"Accept": "text/html"})
    assert page.status_code == 200 and "Tessalit" in page.text
    stored = client.get(doc["links"]["self"]).json()
    assert stored["path"] == "upload:airstrip.txt"  # the upload's name, not the server's temporary file
    again = client.post("/api/v1/documents", files={"file": ("copy.txt", REPORT.encode(), "text/plain")})
    assert again.json()["documents"][0]["status"] == "exists"


def test_private_addresses_are_refused_by_the_ingest_rules(client):
    resp = client.post("/api/v1/documents", data={"url": "http://127.0.0.1:9/report"})
    assert resp.status_code == 400
    body = resp.json()
    assert body["ok"] is False and body["documents"] == []
    assert body["failures"] and "127.0.0.1" in body["failures"][0]["source"]
