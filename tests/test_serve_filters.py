"""The web app reads its filters with the CLI's rules: same values accepted, same words when
refused (the parameter is named without the CLI's ``--``), as a 422 in the one error shape."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from browser.sample import Client, build_store
from footprint import userfilter
from footprint.errors import ConfigError
from footprint.serve import create_app
from footprint.serve.queries import Query


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    db = tmp_path_factory.mktemp("filters") / "sample.db"
    return db, build_store(db)


@pytest.fixture(scope="module")
def client(sample):
    c = Client(create_app(sample[0]))
    yield c
    c.close()


def ids(resp):
    assert resp.status_code == 200, resp.text
    return {e["id"] for e in resp.json()["items"]}


def error_message(resp) -> str:
    assert resp.status_code == 422, resp.text
    body = resp.json()
    assert set(body) == {"error"} and body["error"]["code"] == "invalid_request"
    return body["error"]["message"]


def cli_message(**options) -> str | None:
    try:
        userfilter.event_filter(**options, flag="--")
    except ConfigError as exc:
        return str(exc)
    return None


def test_years_and_months_cover_whole_periods(client):
    def q(**params):
        return ids(client.get("/api/v1/events", params=params))

    assert q(since="2023") == q(since="2023-01-01") != set()
    assert q(until="2022-05") == q(until="2022-05-31") != set()
    assert q(since="2022-06", until="2022-06") == q(since="2022-06-01", until="2022-06-30")
    body = client.get("/api/v1/events", params={"since": "2022", "until": "2022-02"}).json()
    assert body["filters"]["since"] == "2022-01-01" and body["filters"]["until"] == "2022-02-28"
    assert q(since="", until="") == q()  # a form's untouched fields
    for url in ("/api/v1/map", "/api/v1/timeline"):
        assert client.get(url, params={"since": "2023", "until": "2024-02"}).status_code == 200


VALUES = {
    "since": ["2024-02-30", "0000", "2024-1-1", " 2024 ", "２０２４", "yesterday", "9" * 3000, "2024-01-01T10:00",
              "<script>", "2024", "2024-02"],
    "until": ["2023-13", "٢٠٢٤", "2024-"],
    "country": ["Mali", "M1", "ml", "ＭＬ"],
    "actor": ["a\x01b", "x" * 201, "jnim"],
    "bbox": ["1,2,3", "0,95,1,96", "a,b,c,d", "-6,12,-3,16"],
    "type": ["t" * 61, "attack"],
}


@pytest.mark.parametrize("name,value", [(n, v) for n, vs in VALUES.items() for v in vs])
def test_web_and_cli_accept_and_refuse_alike(client, name, value):
    expected = cli_message(**{name: value})
    resp = client.get("/api/v1/events", params={name: value})
    if expected is None:
        assert resp.status_code == 200, resp.text
    else:
        assert error_message(resp) == expected.replace("--", "")


def test_a_reversed_range_is_refused_alike(client):
    resp = client.get("/api/v1/events", params={"since": "2024-05", "until": "2024-04"})
    assert error_message(resp) == "since 2024-05 is after until 2024-04"
    assert cli_message(since="2024-05", until="2024-04") == "--since 2024-05 is after --until 2024-04"


_FLAG = re.compile(r"(^|\s)--(since|until|country|actor|bbox|type|modality|query|q)\b")


@settings(max_examples=200, deadline=None)
@example("--", "since")
@example("\x1b", "query")
@given(st.text(max_size=30), st.sampled_from(["since", "until", "country", "actor", "bbox", "type", "modality", "query"]))
def test_query_parameters_follow_the_cli_rules(value, name):
    """Query.parse (what every list, map and timeline endpoint uses) against the CLI's reading."""
    key = "q" if name == "query" else name
    expected = cli_message(**{name: value})
    try:
        q = Query.parse({key: value})
    except ConfigError as exc:
        # the CLI names its options as flags ("--since"); the value itself may hold dashes too
        assert expected is not None and str(exc) == _FLAG.sub(r"\1\2", expected), (str(exc), expected)
        return
    assert expected is None
    flt = userfilter.event_filter(**{name: value}, flag="--", limit=7)
    assert q.event_filter(limit=7, offset=0) == flt


def test_presence_and_changes_read_dates_alike(client):
    assert client.get("/api/v1/presence", params={"at": "2030"}).status_code == 200
    assert client.get("/api/v1/presence", params={"at": "2030"}).json()["items"] == \
        client.get("/api/v1/presence", params={"at": "2030-12-31"}).json()["items"]
    message = error_message(client.get("/api/v1/presence", params={"at": "2024-02-30"}))
    assert message == "at: '2024-02-30' is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)"
    assert error_message(client.get("/api/v1/presence", params={"country": "Mali"})).startswith("country: 'Mali'")
    assert client.get("/api/v1/changes", params={"since": "2023"}).json()["since"] == "2023-01-01"
    assert error_message(client.get("/api/v1/changes", params={"since": ""})).startswith("since: a date is required")
    assert error_message(client.get("/api/v1/changes", params={"since": "0000"})).startswith("since: '0000'")


def test_html_pages_refuse_in_the_same_words(client):
    resp = client.get("/presence", params={"at": "2024-13"}, headers={"Accept": "application/json"})
    assert error_message(resp).startswith("at: '2024-13' is not a date")
    resp = client.get("/events", params={"since": "2024-1-1"}, headers={"Accept": "application/json"})
    assert error_message(resp).startswith("since: '2024-1-1' is not a date")
    assert client.get("/presence", params={"at": "2030-01-01"}).status_code == 200
