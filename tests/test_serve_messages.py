"""A refused request parameter is named with plain words, not the validator's jargon."""

from __future__ import annotations

import pytest

from browser.sample import Client, build_store
from footprint.serve import create_app
from footprint.serve.app import plain_message


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    db = tmp_path_factory.mktemp("messages") / "sample.db"
    build_store(db, fuse=False)
    c = Client(create_app(db))
    yield c
    c.close()


def message(resp) -> str:
    assert resp.status_code == 422, resp.text
    return resp.json()["error"]["message"]


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("/api/v1/events/zz", "event_id: too short: at least 4 characters"),
        ("/api/v1/events/" + "a" * 65, "event_id: too long: at most 64 characters"),
        ("/api/v1/events/ab_cd", "event_id: not a valid id"),
        ("/api/v1/jobs/nothex", "job_id: not a valid id"),
        ("/api/v1/events?limit=5000", "limit: must be at most 1000"),
        ("/api/v1/events?limit=many", "limit: not a whole number"),
        ("/api/v1/search", "q: required"),
    ],
)
def test_plain_words(client, url, expected):
    assert message(client.get(url)) == expected


def test_the_html_page_says_the_same(client):
    html = client.get("/events/zz", headers={"Accept": "text/html"})
    assert html.status_code == 422 and "event_id: too short: at least 4 characters" in html.text
    assert "String should" not in html.text


def test_unknown_kinds_keep_the_validator_text():
    assert plain_message({"type": "uuid_parsing", "msg": "Input should be a valid UUID"}) == "Input should be a valid UUID"


def test_a_template_missing_its_context_falls_back():
    assert plain_message({"type": "string_too_short", "msg": "too short", "ctx": {}}) == "too short"
