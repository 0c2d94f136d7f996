"""The web's upload results say, as `footprint ingest` does, when a report is not in English: the one
line from ``ingest.language.other_languages``. The ingest itself is replaced by a hand-made report (no model)."""

from __future__ import annotations

import pytest

from footprint.ingest.language import other_languages
from footprint.process import IngestReport
from footprint.serve import create_app, upload
from footprint.store import AddOutcome
from footprint.testing import Client


def _fake_ingest(languages):
    def ingest(store, inputs, *, settings, **kwargs):
        return IngestReport(outcomes=[AddOutcome(f"doc{i}", "new", events=n) for i, (_, n) in enumerate(languages)],
                            languages=list(languages))
    return ingest


@pytest.fixture
def client(tmp_path, monkeypatch):
    def use(languages):
        monkeypatch.setattr(upload, "ingest_function", lambda: _fake_ingest(languages))
        return c

    c = Client(create_app(tmp_path / "web.db"))
    yield use
    c.close()


def _post(c, path):
    return c.post(path, files={"file": ("report.txt", b"Quelques mots.", "text/plain")},
                  headers={"X-Requested-With": "test"})


def test_the_api_answer_carries_the_not_english_line(client):
    c = client([("fr", 0), ("en", 2)])
    body = _post(c, "/api/v1/documents").json()
    assert body["languages"] == other_languages([("fr", 0), ("en", 2)])
    assert body["languages"].startswith("1 document not in English (fr 1)")


def test_the_add_page_shows_the_line_once(client):
    c = client([("sw", 0)])
    page = _post(c, "/add")
    assert page.status_code in (200, 201), page.text
    assert page.text.count("1 document not in English (sw 1)") == 1


def test_english_reports_get_no_line(client):
    c = client([("en", 3)])
    body = _post(c, "/api/v1/documents").json()
    assert body["languages"] is None
    assert "not in English" not in _post(c, "/add").text
