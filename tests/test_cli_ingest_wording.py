"""What `ingest` and `changes` say: counts in the right number, other languages named, change details labelled."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from footprint import fuse
from footprint.cli import app
from footprint.cli.ingest import other_languages
from footprint.process import IngestReport, InputFailure
from footprint.store import AddOutcome

runner = CliRunner()


def test_ingest_summary_counts_in_the_singular_and_plural():
    one = IngestReport(outcomes=[AddOutcome("a", "new", events=1), AddOutcome("b", "copy", "a")])
    assert one.summary() == "1 new, 1 copy, 0 already stored, 1 event"
    two = IngestReport(outcomes=[AddOutcome("a", "copy", "x", 2), AddOutcome("b", "copy", "x", 3)],
                       failures=[InputFailure("f.txt", "empty input")])
    assert two.summary() == "0 new, 2 copies, 0 already stored, 5 events, 1 failed"


def test_documents_in_other_languages_get_one_line():
    assert other_languages([("en", 3), ("en", 0)]) is None
    assert other_languages([]) is None
    line = other_languages([("en", 3), ("fr", 0), ("fr", 1), ("und", 0)])
    assert line == ("3 documents not in English (fr 2, undetermined 1) stored and read by the English-only "
                    "extractor: 1 event from them")
    assert other_languages([("ar", 0)]).startswith("1 document not in English (ar 1)")



def test_presence_change_details_are_labelled():
    base = {"id": "p1", "date": "2024-06-01", "actor": "X", "place": "Kidal", "precision": "town"}
    empty = {"new_presences": [], "ended_presences": [], "stale_presences": [], "strength": [], "events": []}
    (ended,) = fuse.change_rows(empty | {"ended_presences": [base | {"ended_by": "ev123"}]})
    assert ended["detail"] == "place precision: town; ended by event ev123"
    (stale,) = fuse.change_rows(empty | {"stale_presences": [base | {"last_seen": "2024-01-02"}]})
    assert stale["detail"] == "place precision: town; last seen 2024-01-02"
    (new,) = fuse.change_rows(empty | {"new_presences": [base]})
    assert new["detail"] == "place precision: town"


@pytest.mark.integration
def test_ingest_names_a_french_page_and_stores_its_language(tmp_path):
    import sqlite3

    body = ("Des hommes armés ont attaqué un poste de gendarmerie dimanche et tué trois gendarmes, "
            "a indiqué l'armée dans un communiqué publié lundi soir. ") * 3
    page = tmp_path / "page.html"
    page.write_text(f'<html lang="fr"><head><title>Attaque</title></head><body><article><p>{body}</p>'
                    "</article></body></html>", encoding="utf-8")
    db = tmp_path / "s.db"
    res = runner.invoke(app, ["ingest", "--db", str(db), str(page)])
    assert res.exit_code == 0, res.output
    assert "1 document not in English (fr 1) stored and read by the English-only extractor" in res.output
    with sqlite3.connect(db) as con:
        assert con.execute("select language from documents").fetchall() == [("fr",)]
