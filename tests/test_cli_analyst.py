"""Rough edges a first-time user meets on the command line: what `show` prints for an open-ended count,
listings that keep the same facts in every format, JSON Lines that are lines, and stderr kept clean."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace

import pytest
from rich.console import Console
from typer.testing import CliRunner

from footprint.amounts import amount
from footprint.cli import app
from footprint.model import EventActor, Quantity
from footprint.store import open_store

from factories import make_document, make_event, make_result

runner = CliRunner()

TEXT = "Gunmen stormed a police post in Dori on Tuesday and killed at least seven officers, the police said."


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "first.db"
    doc = make_document(TEXT, source="wire.example", title="Police post stormed")
    attack = make_event(
        doc, TEXT, actor="Gunmen", actor_id=None, place=("Dori", 14.03, -0.03, "BF", "town"),
        date=("2024-06-04", "2024-06-04", "day"), claimant="the police", modality="reported",
        quantities=(Quantity("fatalities", 7, None, unit="personnel", text="at least seven officers",
                             side="police.bf"),),
    )
    police = EventActor(name="Burkinabe Police", role="target", text="police post", id="police.bf")
    # the target named twice ("police post", "officers"): one actor, two mentions
    attack = replace(attack, mode="attack", actors=attack.actors + (police, replace(police, text="officers")))
    with open_store(path) as store:
        store.add(make_result(doc, attack))
    return path, attack


@pytest.mark.parametrize(
    ("lo", "hi", "approx", "text"),
    [(7, 7, False, "7"), (7, None, False, "7+"), (None, 300, False, "up to 300"), (5, 10, False, "5-10"),
     (100, 100, True, "~100"), (None, None, False, "?"), (2.5, 2.5, False, "2.5")],
)
def test_amount_reads_as_people_write_it(lo, hi, approx, text):
    assert amount(lo, hi, approx) == text


def test_show_writes_an_open_count_as_at_least_and_the_type_once(db):
    path, attack = db
    result = runner.invoke(app, ["show", attack.id[:8], "--db", str(path)])
    assert result.exit_code == 0, result.output
    assert "None" not in result.stdout and "7.0" not in result.stdout
    assert "quantity: fatalities 7+ personnel ('at least seven officers') of police.bf" in result.stdout
    first = result.stdout.splitlines()[0]
    assert first == f"attack  id {attack.id}"  # mode equal to the type is not repeated as "attack (attack)"


def test_table_names_each_actor_once_per_role(db):
    from footprint.cli.events import event_row

    _, attack = db
    assert event_row(attack)["actors"] == "Gunmen (actor); Burkinabe Police (target)"


@pytest.mark.parametrize("command", ["events", "export"])
def test_csv_keeps_who_and_how_many_that_the_table_shows(db, command):
    path, attack = db
    result = runner.invoke(app, [command, "--db", str(path), "--format", "csv"])
    assert result.exit_code == 0, result.output
    [row] = list(csv.DictReader(io.StringIO(result.stdout)))
    assert row["actors"] == "Gunmen (actor); Burkinabe Police (target)"
    assert row["quantities"] == "fatalities 7+ (police.bf)"
    assert row["id"] == attack.id and row["location.name"] == "Dori"


def test_jsonl_still_carries_every_actor_mention(db):
    path, attack = db
    result = runner.invoke(app, ["events", "--db", str(path), "--format", "jsonl"])
    [row] = [json.loads(line) for line in result.stdout.splitlines()]
    assert [a["text"] for a in row["actors"]] == ["Gunmen", "police post", "officers"]


def test_timex_jsonl_on_a_text_is_one_timex_a_line(tmp_path):
    p = tmp_path / "r.txt"
    p.write_text("The convoy left on 2 May and was ambushed on 4 May.", encoding="utf-8")
    result = runner.invoke(app, ["timex", str(p), "--dct", "2024-05-06", "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["value"] for r in rows] == ["2024-05-02", "2024-05-04"]
    assert all(isinstance(r, dict) for r in rows)


def test_timex_jsonl_on_an_empty_finding_prints_nothing(tmp_path):
    p = tmp_path / "r.txt"
    p.write_text("Nothing dated here.", encoding="utf-8")
    result = runner.invoke(app, ["timex", str(p), "--dct", "2024-05-06", "--format", "jsonl"])
    assert result.exit_code == 0 and result.stdout == ""


def test_negative_min_sources_is_refused_by_the_parser(db):
    path, _ = db
    result = runner.invoke(app, ["presence", "--db", str(path), "--min-sources", "-1"])
    assert result.exit_code == 2 and "--min-sources" in result.output


def test_progress_is_silent_off_a_terminal(monkeypatch):
    from footprint.cli import ingest

    buf = io.StringIO()
    monkeypatch.setattr(ingest, "console", Console(file=buf, force_terminal=False))
    with ingest.progress_reporter(False, 2) as step:
        step("a.txt", "done")
        step("b.txt", "done")
    assert buf.getvalue() == ""  # no bar frame, no empty line left above the summary


def test_progress_draws_on_a_terminal(monkeypatch):
    from footprint.cli import ingest

    buf = io.StringIO()
    monkeypatch.setattr(ingest, "console", Console(file=buf, force_terminal=True, width=100))
    with ingest.progress_reporter(False, 1) as step:
        step("report.txt", "done")
    assert "report.txt" in buf.getvalue() or "1/1" in buf.getvalue()


def test_a_missing_input_leaves_no_empty_line(tmp_path):
    result = runner.invoke(app, ["ingest", "--db", str(tmp_path / "s.db"), str(tmp_path / "absent.txt")])
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    assert lines[0].startswith("failed: ") and "absent.txt" in lines[0]
    assert "" not in lines
