"""A researcher's batch run from the command line: help texts, progress and summaries in a log, commands
that need an existing store. Small inputs built here; the spaCy model is never loaded."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

import pytest
from typer.testing import CliRunner

from footprint import process
from footprint.cli import app
from footprint.cli import common, ingest as ingest_cli
from footprint.store import open_store

runner = CliRunner()


def plain(text: str) -> str:
    return re.sub(r"\x1b\[[0-9;]*m", "", text)


@pytest.mark.parametrize("command", [[], ["ingest"], ["extract"], ["fuse"], ["serve"], ["eval", "events"]])
def test_help_shows_no_type_after_a_flag(command):
    result = runner.invoke(app, [*command, "--help"], env={"COLUMNS": "160"})
    assert result.exit_code == 0, result.output
    text = plain(result.output)
    assert "<bool>" not in text
    assert re.search(r"--help\s+Show this message", text)


def test_typer_still_has_the_hook_that_hides_a_flag_type():
    # the hook is looked up, not assumed: a Typer that renamed it must fail here, not crash every command
    assert common._value_type is not None, "typer.core.TyperOption.display_type_rich is gone: find its new name"
    assert common.TyperOption.display_type_rich is common._flag_type


def test_help_keeps_the_type_of_an_option_that_takes_a_value():
    text = plain(runner.invoke(app, ["ingest", "--help"], env={"COLUMNS": "160"}).output)
    assert re.search(r"--db\s+<path>", text)
    assert re.search(r"--quiet\s+-q\s+no progress", text)


@pytest.mark.parametrize("args", [["fuse"], ["reprocess"], ["merge", "abcd1234", "abcd5678"], ["split", "abcd1234"],
                                  ["presence"], ["timeline", "--actor", "x"], ["changes", "--since", "2024"]])
def test_store_commands_refuse_a_missing_store_instead_of_creating_one(tmp_path, args):
    db = tmp_path / "typo.db"
    result = runner.invoke(app, [*args, "--db", str(db)])
    assert result.exit_code == 1
    assert f"error: no store at {db}" in " ".join(result.output.split())
    assert not db.exists()


def test_fuse_on_an_existing_empty_store_still_works(tmp_path):
    db = tmp_path / "empty.db"
    open_store(db).close()
    result = runner.invoke(app, ["fuse", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "0 events, 0 links, 0 fused events" in result.output


def test_a_summary_line_is_never_wrapped_in_a_log(capsys):
    long = "ingested into /a/very/long/path/" + "x" * 120 + "/store.db: 15 new, 39 copies, 2 already stored, 4 failed"
    common.summary(long)
    err = capsys.readouterr().err
    assert err == long + "\n"


def test_a_summary_keeps_what_looks_like_markup(capsys):
    common.summary("ingested into [b]odd[/b].db: 1 new")
    assert capsys.readouterr().err == "ingested into [b]odd[/b].db: 1 new\n"


def test_progress_in_a_log_is_a_plain_line_now_and_then(capsys, monkeypatch):
    monkeypatch.setattr(ingest_cli, "LOG_EVERY", 0.0)
    with ingest_cli.progress_reporter(False, total=3) as step:
        for name in ("a.html", "b.html", "c.html"):
            step(f"/data/{name}", "new")
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 3
    assert lines[0].startswith("progress: 1/3 documents in ")
    assert lines[-1].startswith("progress: 3/3 documents in ") and lines[-1].endswith("(last: c.html)")
    assert not any("\x1b" in line for line in lines)


def test_progress_in_a_log_waits_between_lines(capsys, monkeypatch):
    monkeypatch.setattr(ingest_cli, "LOG_EVERY", 3600.0)
    with ingest_cli.progress_reporter(False) as step:
        for i in range(50):
            step(f"r{i}.txt", "new")
    assert capsys.readouterr().err == ""


def test_quiet_prints_no_progress(capsys, monkeypatch):
    monkeypatch.setattr(ingest_cli, "LOG_EVERY", 0.0)
    with ingest_cli.progress_reporter(True, total=2) as step:
        step("a.txt", "new")
    assert capsys.readouterr().err == ""


@dataclass
class _Result:
    document: object
    events: tuple = field(default_factory=tuple)

    def to_json(self) -> dict:
        return {"document": {"id": self.document.id}, "events": list(self.events)}


def _fake_extraction(monkeypatch):
    # the CLI's bookkeeping is under test here, not the pipeline: each document gets two "events"
    monkeypatch.setattr(process, "extract_documents", lambda docs, settings: (_Result(d, ({}, {})) for d in docs))


def test_extract_ends_with_a_summary_and_counts_failures(tmp_path, monkeypatch):
    _fake_extraction(monkeypatch)
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Soldiers patrolled the market town on Monday, officials said.\n")
    (folder / "b.txt").write_text("Gunmen burned a school near the river on Friday, residents said.\n")
    (folder / "empty.txt").write_text("")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 4)
    result = runner.invoke(app, ["extract", str(folder)])
    assert result.exit_code == 2
    out_lines = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert len(out_lines) == 2
    err = result.stderr
    assert err.count("failed: ") == 2
    assert "empty.txt" in err and "binary.txt" in err
    assert err.splitlines()[-1] == "extracted 2 documents, 4 events, 2 failed"


def test_extract_quiet_says_nothing_on_stderr(tmp_path, monkeypatch):
    _fake_extraction(monkeypatch)
    report = tmp_path / "a.txt"
    report.write_text("Soldiers patrolled the market town on Monday, officials said.\n")
    result = runner.invoke(app, ["extract", "--quiet", str(report)])
    assert result.exit_code == 0
    assert result.stderr == ""
    assert len(result.stdout.splitlines()) == 1


def test_timeline_jsonl_lines_open_with_the_table_columns(tmp_path, monkeypatch):
    from footprint import fuse
    from footprint.cli.fuse import TIMELINE_COLUMNS

    db = tmp_path / "t.db"
    open_store(db).close()
    rows = [
        {"type": "presence", "actors": "A", "place": "P", "precision": "town", "independent_sources": 1,
         "background": False, "id": "p1", "events": ["e1"], "date": "2024-01-05", "end": None, "kind": "presence started"},
        {"date": "2024-01-07", "end": "2024-01-07", "kind": "event", "type": "raid", "actors": "A", "place": "P",
         "precision": "town", "independent_sources": 2, "background": False, "id": "c1", "events": ["e2"]},
    ]
    monkeypatch.setattr(fuse, "timeline", lambda store, **kw: rows)
    result = runner.invoke(app, ["timeline", "--db", str(db), "--actor", "A", "-f", "jsonl"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [list(line)[: len(TIMELINE_COLUMNS)] for line in lines] == [TIMELINE_COLUMNS, TIMELINE_COLUMNS]
    assert lines[0]["events"] == ["e1"] and lines[0]["end"] is None


def test_files_a_folder_walk_leaves_out_are_counted_in_one_line(tmp_path, monkeypatch):
    _fake_extraction(monkeypatch)
    folder = tmp_path / "saved"
    (folder / "deeper").mkdir(parents=True)
    (folder / "a.txt").write_text("Soldiers patrolled the market town on Monday, officials said.\n")
    (folder / "links.csv").write_text("url\nhttps://example.org/a\n")
    (folder / "deeper" / "scan.pdf").write_bytes(b"%PDF-1.4 not really")
    (folder / "deeper" / "other.pdf").write_bytes(b"%PDF-1.4 not really")
    (folder / "README.md").write_text("what this folder holds\n")
    result = runner.invoke(app, ["extract", str(folder)])
    assert result.exit_code == 0, result.output
    lines = result.stderr.splitlines()
    assert lines == [
        "skipped 4 files in folders (documentation file: 1, unsupported file type .csv: 1, unsupported file type .pdf: 2);"
        " a folder is read for .atom .htm .html .jsonl .markdown .md .ndjson .rss .text .txt .xhtml .xml",
        "1 plain-text report with no publisher (a.txt): put the outlet's domain (example.com) alone on the first"
        " line, or save the report as .md with front matter 'source: example.com' (see docs/ingest.md)",
        "extracted 1 document, 2 events",
    ]


def test_no_skip_line_when_every_file_is_read_or_no_folder_is_given(tmp_path, monkeypatch):
    _fake_extraction(monkeypatch)
    report = tmp_path / "a.txt"
    report.write_text("Soldiers patrolled the market town on Monday, officials said.\n")
    result = runner.invoke(app, ["extract", str(report), str(tmp_path / "missing-folder")])
    assert result.exit_code == 2
    assert "skipped" not in result.stderr
    assert result.stderr.splitlines()[-1] == "extracted 1 document, 2 events, 1 failed"


@pytest.mark.parametrize("exists", [False, True])
def test_serve_says_when_it_starts_on_a_new_empty_store(tmp_path, monkeypatch, exists):
    uvicorn = pytest.importorskip("uvicorn")
    started = []
    monkeypatch.setattr(uvicorn, "run", lambda application, **kw: started.append(kw))
    db = tmp_path / "study.db"
    if exists:
        open_store(db).close()
    result = runner.invoke(app, ["serve", "--db", str(db), "--port", "8123"])
    assert result.exit_code == 0, result.output
    assert started and started[0]["port"] == 8123
    line = " ".join(result.stderr.split())
    assert f"(store: {db}" in line
    assert ("new and empty" in line) is not exists


def _interrupted(*args, **kwargs):
    raise KeyboardInterrupt


def test_ctrl_c_in_ingest_is_one_line_saying_what_is_kept(tmp_path, monkeypatch):
    monkeypatch.setattr(process, "ingest", _interrupted)
    report = tmp_path / "a.txt"
    report.write_text("Soldiers patrolled the market town on Monday, officials said.\n")
    result = runner.invoke(app, ["ingest", "--db", str(tmp_path / "s.db"), str(report)])
    assert result.exit_code == 130
    assert result.stderr == "interrupted: reports stored so far are kept; the same command again stores the rest\n"


def test_ctrl_c_elsewhere_is_one_line_too(tmp_path, monkeypatch):
    monkeypatch.setattr(process, "extract_documents", _interrupted)
    report = tmp_path / "a.txt"
    report.write_text("Soldiers patrolled the market town on Monday, officials said.\n")
    result = runner.invoke(app, ["extract", str(report)])
    assert result.exit_code == 130
    assert result.stderr == "interrupted\n"


def test_ingest_counts_skipped_files_and_languages_while_reading(tmp_path, monkeypatch):
    """The folder is walked once: what it leaves out and each stored document's language come from that walk."""
    from footprint.model import ExtractionResult

    monkeypatch.setattr(process, "extract_documents",
                        lambda docs, settings: (ExtractionResult(document=d, events=()) for d in docs))
    folder = tmp_path / "saved"
    folder.mkdir()
    (folder / "a.txt").write_text("Soldiers patrolled the market town on Monday, officials said.\n")
    french = " ".join(["Des hommes armés ont attaqué le marché du village lundi soir, selon des habitants."] * 6)
    (folder / "b.txt").write_text(french + "\n")
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4 not really")
    with open_store(tmp_path / "fp.db") as store:
        report = process.ingest(store, [str(folder)], fuse=False)
    assert dict(report.skipped) == {"unsupported file type .pdf": 1}
    assert sorted(report.languages) == [("en", 0), ("und", 0)]
    assert ingest_cli.skipped_in_folders(report.skipped).startswith("skipped 1 file in folders (unsupported")
    assert ingest_cli.skipped_in_folders(process.IngestReport().skipped) is None
