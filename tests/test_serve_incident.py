"""A reader checking one claim: `show` and the event page give every field's characters and the fused
incident, every report of it with who says so, how firmly and with which numbers; copies count once."""

from __future__ import annotations

import dataclasses

import pytest
from typer.testing import CliRunner

from footprint import fuse
from footprint.cli import app
from footprint.serve import create_app
from footprint.serve.queries import incident_of
from footprint.store import open_store
from footprint.testing import Client

from fuse_factories import event, personnel, report, result

runner = CliRunner()

# invented: one raid told by two outlets with different tolls, and the army denying it
A = report("Soldiers and foreign fighters killed 14 villagers in Menaka on 5 March, residents said.",
           source="alpha.example", published="2024-03-08", title="Villagers killed in Menaka")
B = report("Twenty people died when soldiers raided Menaka on 5 March, a rights group said.",
           source="beta.example", published="2024-03-09")
C = report("The army denied that its soldiers killed anyone in Menaka on 5 March.",
           source="gamma.example", published="2024-03-10")
ACTOR = (("Malian Armed Forces", "armed_forces.ml"),)
DAY = ("2024-03-05", "2024-03-05", "day")


@pytest.fixture
def store_path(tmp_path, monkeypatch):
    from footprint.store.sqlite import SQLiteStore

    monkeypatch.setattr(SQLiteStore, "near_copy_of", lambda self, document: None)
    path = tmp_path / "claim.db"
    first = event(A, A.text, "attack_on_civilians", actors=ACTOR, place="Menaka", date=DAY, claimant="residents",
                  modality="reported", quantities=(personnel(14, kind="fatalities"),))
    at = A.text.index("Menaka")
    first = dataclasses.replace(first, location=dataclasses.replace(first.location, start=at, end=at + 6))
    evs = [
        first,
        event(B, B.text, "attack_on_civilians", actors=ACTOR, place="Menaka", date=DAY, claimant="a rights group",
              modality="reported", quantities=(personnel(20, kind="fatalities"),)),
        event(C, C.text, "attack_on_civilians", actors=ACTOR, place="Menaka", date=DAY, claimant="The army",
              modality="denied"),
    ]
    with open_store(path) as store:
        for doc, ev in zip((A, B, C), evs, strict=True):
            store.add(result(doc, ev))
        fuse.update(store, [A.id, B.id, C.id])
    return path, evs


def test_incident_lists_every_report_with_claimant_modality_and_numbers(store_path):
    path, evs = store_path
    with open_store(path, read_only=True) as store:
        inc = incident_of(store, evs[0].id)
    assert inc is not None and len(inc["reports"]) == 3
    assert [r["this"] for r in inc["reports"]] == [True, False, False]
    assert [r["modality"] for r in inc["reports"]] == ["reported", "reported", "denied"]
    # the denial is a report of the incident but no source for it: two voices say it happened
    assert inc["independent_sources"] == 2 and inc["sources"] == ["a rights group", "alpha"]
    assert {c["field"] for c in inc["contradictions"]} >= {"modality", "strength"}


def test_show_gives_offsets_and_the_incident(store_path):
    path, evs = store_path
    res = runner.invoke(app, ["show", "--db", str(path), evs[0].id[:10]], env={"COLUMNS": "300"})
    assert res.exit_code == 0, res.output
    text = res.stdout

    start = A.text.index("Menaka")
    assert f"'Menaka' at {start}-{start + 6}" in text
    assert f"evidence: characters {evs[0].evidence.start}-{evs[0].evidence.end} of document {A.id}" in text
    assert "3 reports, 2 independent sources (a rights group, alpha;" in text
    assert "a rights group, reported, fatalities 20" in text and "The army, denied" in text
    assert "disagree on modality" in text and "disagree on strength" in text


def test_event_page_shows_the_incident_reports(store_path):
    path, evs = store_path
    c = Client(create_app(path, read_only=True))
    try:
        page = c.get(f"/events/{evs[1].id}")
        assert page.status_code == 200
        html = page.text
        assert "The incident in every report" in html and "2 independent sources" in html
        assert f'href="/events/{evs[0].id}"' in html and f'href="/events/{evs[1].id}"' not in html
        assert "denied" in html and "Reports disagree on modality" in html
        data = c.get(f"/api/v1/events/{evs[1].id}").json()
        assert [r["event_id"] for r in data["incident"]["reports"]] == [e.id for e in evs]
    finally:
        c.close()


def test_an_event_without_fusion_has_no_incident(tmp_path):
    path = tmp_path / "plain.db"
    ev = event(A, A.text, "attack_on_civilians", actors=ACTOR, place="Menaka", date=DAY)
    with open_store(path) as store:
        store.add(result(A, ev))
        assert incident_of(store, ev.id) is None
    res = runner.invoke(app, ["show", "--db", str(path), ev.id[:10]])
    assert res.exit_code == 0, res.output
    assert "incident" not in res.stdout



def test_document_page_says_a_document_is_not_in_english(tmp_path):
    from footprint.model import ExtractionResult
    from footprint.testing import document

    fr = document("Des hommes armés ont attaqué un marché dimanche, selon un élu local.", language="fr",
                  meta={"declared_language": "fr"})
    en = document("Gunmen attacked a market on Sunday, a local official said.")
    path = tmp_path / "lang.db"
    with open_store(path) as store:
        store.add(ExtractionResult(document=fr, events=()))
        store.add(ExtractionResult(document=en, events=()))
    c = Client(create_app(path, read_only=True))
    try:
        assert "Not in English (fr; the page declares fr)" in c.get(f"/documents/{fr.id}").text
        assert "Not in English" not in c.get(f"/documents/{en.id}").text
    finally:
        c.close()
