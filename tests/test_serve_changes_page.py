"""The changes page reads as the `footprint changes` table does: one row per change, not a dump of
the report's fields; its JSON twin stays the API's report."""

from __future__ import annotations

import re

import pytest

from browser.sample import Client, build_store
from footprint import fuse
from footprint.serve import create_app
from footprint.serve.pages import change_rows
from footprint.store import open_store


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """(store path, client) over the browser tests' sample store, fused."""
    db = tmp_path_factory.mktemp("changes") / "sample.db"
    build_store(db)
    c = Client(create_app(db))
    yield db, c
    c.close()


@pytest.fixture(scope="module")
def client(served):
    return served[1]


def body_rows(html: str) -> list[list[str]]:
    tbody = re.search(r"<tbody>(.*?)</tbody>", html, re.S).group(1)
    return [[re.sub(r"<[^>]+>", "", cell).strip() for cell in re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)]
            for row in re.findall(r"<tr>(.*?)</tr>", tbody, re.S)]


def test_each_change_is_a_row_as_on_the_command_line(client, served):
    with open_store(served[0], read_only=True) as store:
        expected = fuse.change_rows(fuse.changes(store, "2000"))
    assert expected, "the sample store should have changes"
    html = client.get("/changes", params={"since": "2000"}, headers={"Accept": "text/html"})
    assert html.status_code == 200
    rows = body_rows(html.text)
    assert [r[1] for r in rows] == [e["change"] for e in expected]
    assert [r[5] for r in rows] == [e["id"] for e in expected]
    assert "<b>id</b>" not in html.text and "<b>actor</b>" not in html.text  # no raw field dump
    assert f"{len(expected)} changes since 2000-01-01" in html.text


def test_no_changes_says_so(client):
    html = client.get("/changes", params={"since": "2999"}, headers={"Accept": "text/html"})
    assert html.status_code == 200
    assert "No changes since 2999-01-01." in html.text


def test_without_a_date_the_page_says_what_to_pick(client):
    html = client.get("/changes", headers={"Accept": "text/html"})
    assert html.status_code == 200 and "Pick a date" in html.text and "<table>" not in html.text


def test_json_twin_is_still_the_report(client):
    twin = client.get("/changes", params={"since": "2000", "format": "json"}).json()
    api = client.get("/api/v1/changes", params={"since": "2000"}).json()
    assert "rows" not in twin and twin["new_presences"] == api["new_presences"]


def test_actor_text_from_reports_is_escaped_in_rows():
    report = {"new_presences": [{"id": "p1", "actor": "<script>x</script>", "place": "Dori", "precision": "town",
                                 "date": "2024-01-02"}], "ended_presences": [], "stale_presences": [],
              "strength": [], "events": []}
    from footprint.serve.pages import env

    html = env.get_template("changes.html").render(data=report | {"since": "2024-01-01", "by": "evidence",
                                                                   "events_by_type": {}},
                                                   title="Changes", api_url=None, json_url=None, path="/changes",
                                                   read_only=True, tiles="")
    assert "<script>x</script>" not in html and "&lt;script&gt;x&lt;/script&gt;" in html


def test_a_report_without_the_lists_gives_no_rows():
    assert change_rows({"since": "2024-01-01", "items": [], "note": "fusion is off"}) == []
