"""Typed dates on every command that takes one: events/export --since/--until, presence --at,
changes --since, ingest/extract --published. One reading, one error line (no model)."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from footprint import fuse
from footprint.cli import app
from footprint.model import ExtractionResult
from footprint.store import open_store

from factories import make_document, make_event, make_result
from fuse_factories import event, report, result

runner = CliRunner()

SENTENCES = {
    "2023-12-31": "Gunmen burned a market in Djibo.",
    "2024-01-01": "Soldiers repelled an assault on a checkpoint near Dori.",
    "2024-03-31": "A convoy was ambushed on the road to Gao.",
    "2024-04-01": "Militants seized a village west of Menaka.",
}
EXPECTED = "(expected YYYY, YYYY-MM or YYYY-MM-DD)"


@pytest.fixture
def events_db(tmp_path):
    """One event on each side of a year's and a month's boundary."""
    path = tmp_path / "dates.db"
    doc = make_document(" ".join(SENTENCES.values()), source="wire.example")
    evs = [make_event(doc, s, place=("Gao", 16.27, -0.04, "ML", "town"), date=(d, d, "day"))
           for d, s in SENTENCES.items()]
    with open_store(path) as store:
        store.add(make_result(doc, *evs))
    return path


def dates_listed(path, *args: str, command: str = "events") -> list[str]:
    fmt = ["--format", "jsonl"] if command == "events" else []
    res = runner.invoke(app, [command, "--db", str(path), *fmt, *args])
    assert res.exit_code == 0, res.output
    return [json.loads(line)["date"]["start"] for line in res.stdout.splitlines()]


@pytest.mark.parametrize("command", ["events", "export"])
def test_since_and_until_cover_whole_years_and_months(events_db, command):
    def listed(*args):
        return dates_listed(events_db, *args, command=command)

    assert listed("--since", "2024") == ["2024-01-01", "2024-03-31", "2024-04-01"]
    assert listed("--until", "2023") == ["2023-12-31"]
    assert listed("--until", "2024-03") == ["2023-12-31", "2024-01-01", "2024-03-31"]
    assert listed("--since", "2024-03", "--until", "2024-03") == ["2024-03-31"]
    assert listed("--since", "2024-01-01", "--until", "2024-01-01") == ["2024-01-01"]
    assert listed("--since", "") == list(SENTENCES)  # an empty option is no filter


@pytest.mark.parametrize("command", ["events", "export"])
@pytest.mark.parametrize("option", ["--since", "--until"])
@pytest.mark.parametrize("bad", ["2024-02-30", "0000", "2024-1-1", " 2024 ", "２０２４", "last tuesday",
                                 "9" * 10_000, "[/red]2024", "2024-13"])
def test_bad_dates_are_one_clear_line(events_db, command, option, bad):
    res = runner.invoke(app, [command, "--db", str(events_db), option, bad])
    assert res.exit_code == 1
    lines = [line for line in res.output.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith(f"error: {option}: ") and lines[0].endswith(EXPECTED), lines
    assert "Traceback" not in res.output


def test_a_range_that_ends_before_it_starts_is_refused(events_db):
    res = runner.invoke(app, ["events", "--db", str(events_db), "--since", "2024-04", "--until", "2024-03"])
    assert res.exit_code == 1 and "--since 2024-04 is after --until 2024-03" in res.output


def test_country_is_checked_as_on_the_web(events_db):
    res = runner.invoke(app, ["events", "--db", str(events_db), "--country", "Mali"])
    assert res.exit_code == 1 and "--country: 'Mali' is not an ISO 3166 alpha-2 country code" in res.output
    assert len(dates_listed(events_db, "--country", "ml")) == 4


# --- presence and changes --------------------------------------------------------------

R = report("Russian instructors arrived at Gao airport on 3 March, the army said.", source="news.example",
           published="2024-03-05")


@pytest.fixture
def fused_db(tmp_path):
    path = tmp_path / "fused.db"
    ev = event(R, "Russian instructors arrived at Gao airport on 3 March, the army said.", "deployment",
               actors=(("Russian Armed Forces", "russia_armed_forces"),), place="Gao airport",
               date=("2024-03-03", "2024-03-03", "day"))
    with open_store(path) as store:
        store.add(result(R, ev))
        fuse.update(store, [R.id])
    return path


def presences(path, *args):
    res = runner.invoke(app, ["presence", "--db", str(path), "--format", "jsonl", *args])
    assert res.exit_code == 0, res.output
    return [json.loads(line) for line in res.stdout.splitlines()]


def test_presence_at_is_the_end_of_the_period(fused_db):
    everything = presences(fused_db)
    assert everything
    assert presences(fused_db, "--at", "2024") == everything == presences(fused_db, "--at", "2024-03")
    assert presences(fused_db, "--at", "2024-02") == []  # nothing was known by 29 February
    assert presences(fused_db, "--at", "2023") == []
    assert presences(fused_db, "--at", "2024-03-03") == everything


@pytest.mark.parametrize("bad", ["2024-02-30", "0000", "", "2024-1-1", "\x00", "9" * 10_000])
def test_presence_bad_at_is_one_clear_line(fused_db, bad):
    res = runner.invoke(app, ["presence", "--db", str(fused_db), "--at", bad])
    if bad == "":  # an empty option is no filter, as everywhere
        assert res.exit_code == 0, res.output
        return
    assert res.exit_code == 1 and "Traceback" not in res.output
    assert res.output.startswith("error: --at: ") and EXPECTED in res.output


def test_changes_since_is_the_start_of_the_period(fused_db):
    def changes(since):
        res = runner.invoke(app, ["changes", "--db", str(fused_db), "--since", since, "--format", "jsonl"])
        assert res.exit_code == 0, res.output
        return json.loads(res.stdout)

    year = changes("2024")
    assert year["since"] == "2024-01-01" and year["new_presences"]
    assert changes("2024-03")["since"] == "2024-03-01" and changes("2024-03")["new_presences"]
    later = changes("2024-04")
    assert later["since"] == "2024-04-01" and later["new_presences"] == []


@pytest.mark.parametrize("bad", ["2024-02-30", "0000", "2024-1-1", " 2024 ", "٢٠٢٤"])
def test_changes_bad_since_is_one_clear_line(fused_db, bad):
    res = runner.invoke(app, ["changes", "--db", str(fused_db), "--since", bad])
    assert res.exit_code == 1 and "Traceback" not in res.output
    assert res.output.startswith("error: --since: ") and EXPECTED in res.output


# --- ingest / extract --published --------------------------------------------------------


@pytest.fixture
def no_model(monkeypatch):
    """Extraction replaced by an empty result per document: these tests are about reading options."""
    from footprint import process

    def extract_documents(documents, settings):
        for doc in documents:
            yield ExtractionResult(document=doc, events=(), extractor_version="test")

    monkeypatch.setattr(process, "extract_documents", extract_documents)


@pytest.mark.parametrize("value,day", [("2024-03-05", "2024-03-05"), ("2024-03-05T22:15:00Z", "2024-03-05"),
                                       ("2024-03-05T23:30+05:30", "2024-03-05")])
def test_extract_published_accepts_a_day_or_a_datetime(tmp_path, no_model, value, day):
    src = tmp_path / "r.txt"
    src.write_text("Gunmen attacked a checkpoint near Dori, the army said.\n")
    res = runner.invoke(app, ["extract", str(src), "--published", value, "--quiet"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)["document"]["published"] == day


@pytest.mark.parametrize("command", ["ingest", "extract"])
@pytest.mark.parametrize("bad,why", [
    ("2024", "names a year"), ("2024-03", "names a month"), ("2024-02-30", "is not a date"),
    (" 2024-03-05", "is not a date"), ("2024-03-05T25:00", "is not a date"), ("x" * 10_000, "is not a date"),
])
def test_published_bad_value_is_one_clear_line_before_anything_runs(tmp_path, command, bad, why):
    src = tmp_path / "r.txt"
    src.write_text("Gunmen attacked a checkpoint near Dori.\n")
    db = tmp_path / "never.db"
    args = [command, str(src), "--published", bad, "--quiet"] + (["--db", str(db)] if command == "ingest" else [])
    res = runner.invoke(app, args)
    assert res.exit_code == 1 and "Traceback" not in res.output
    assert res.output.startswith("error: --published: ") and why in res.output
    assert "(expected YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][Z|±HH:MM])" in res.output
    assert not db.exists()  # refused before a store was created


def test_changes_needs_a_date(fused_db):
    res = runner.invoke(app, ["changes", "--db", str(fused_db), "--since", ""])
    assert res.exit_code == 1 and res.output.startswith("error: --since: a date is required") and EXPECTED in res.output
