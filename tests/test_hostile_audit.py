"""Bad input found by an outside-in audit of the input paths: each case gives a clear
``FootprintError`` naming the input, the rest of the batch is still read, and stores of
other applications are left as they were."""

from __future__ import annotations

import json
import os
import sqlite3
import threading
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from footprint.cli import app
from footprint.cli.common import fails_cleanly
from footprint.errors import EmptyInput, InputTooLarge, MalformedInput, StoreError
from footprint.ingest import MAX_CHARS, Failure, iter_inputs, read_bytes_as, read_text_document
from footprint.model import Document
from footprint.store import open_store

runner = CliRunner()
REPORT = "Militia fighters burned a market near Kaya on 4 April 2024, residents said."


def _read(paths) -> list[Document | Failure]:
    return list(iter_inputs([str(p) for p in paths]))


# -- JSON Lines ----------------------------------------------------------------------


def test_deeply_nested_json_line_is_malformed_and_the_next_line_is_read(tmp_path):
    f = tmp_path / "deep.jsonl"
    f.write_text("[" * 100_000 + "]" * 100_000 + "\n" + json.dumps({"text": REPORT}) + "\n")
    items = _read([f])
    assert isinstance(items[0], Failure) and isinstance(items[0].error, MalformedInput)
    assert items[0].source == f"{f}:1" and "nested too deeply" in items[0].reason
    assert isinstance(items[1], Document) and "Kaya" in items[1].text


# -- Markdown front matter -------------------------------------------------------------


def test_front_matter_date_that_is_no_date_is_kept_as_text():
    raw = f"---\ntitle: Market fire\ndate: 2024-13-45\n---\n{REPORT}\n".encode()
    (doc,) = read_bytes_as("markdown", raw, source_name="fire.md")
    assert doc.published is None and doc.meta["published_unparsed"] == "2024-13-45"
    assert doc.title == "Market fire"


def test_front_matter_date_that_is_a_date_is_still_read():
    raw = f"---\ndate: 2024-04-05\n---\n{REPORT}\n".encode()
    (doc,) = read_bytes_as("markdown", raw, source_name="fire.md")
    assert doc.published == "2024-04-05"


def test_front_matter_nested_thousands_deep_is_malformed():
    raw = ("---\na: " + "[" * 5000 + "]" * 5000 + f"\n---\n{REPORT}\n").encode()
    with pytest.raises(MalformedInput, match=r"^deep\.md: front matter is nested too deeply"):
        list(read_bytes_as("markdown", raw, source_name="deep.md"))


@pytest.mark.parametrize("field,value,kind", [("title", "[a, b]", "a list"), ("source", "{x: 1}", "a mapping"),
                                              ("url", "[1]", "a list")])
def test_front_matter_title_source_or_url_that_is_not_text_is_malformed(field, value, kind):
    raw = f"---\n{field}: {value}\n---\n{REPORT}\n".encode()
    with pytest.raises(MalformedInput, match=rf"^r\.md: front matter '{field}' is {kind}, not text"):
        list(read_bytes_as("markdown", raw, source_name="r.md"))


# -- files that are not plain files ---------------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_named_pipe_with_no_writer_does_not_hang(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    good = tmp_path / "good.txt"
    good.write_text(REPORT)
    items: list = []
    reader = threading.Thread(target=lambda: items.extend(_read([fifo, good])), daemon=True)
    reader.start()
    reader.join(timeout=20)
    assert not reader.is_alive(), "reading a named pipe with no writer blocked"
    assert isinstance(items[0], Failure) and isinstance(items[0].error, EmptyInput)
    assert items[0].source == str(fifo) and "named pipe" in items[0].reason
    assert isinstance(items[1], Document)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_named_pipe_being_written_is_read(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    writer = threading.Thread(target=lambda: fifo.write_text(REPORT), daemon=True)
    writer.start()  # opening for writing blocks until the reader below opens it
    items: list = []
    threading.Event().wait(0.3)  # a head start: the writer is waiting on the pipe when the reader opens it
    reader = threading.Thread(target=lambda: items.extend(_read([fifo])), daemon=True)
    reader.start()
    reader.join(timeout=20)
    writer.join(timeout=5)
    assert items and isinstance(items[0], Document) and "Kaya" in items[0].text


# -- text too long for the pipeline ---------------------------------------------------------


def test_text_over_the_pipeline_limit_fails_by_name_and_the_batch_goes_on(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text(REPORT + " " + "x" * (MAX_CHARS + 10))
    good = tmp_path / "good.txt"
    good.write_text(REPORT)
    items = _read([big, good])
    assert isinstance(items[0], Failure) and isinstance(items[0].error, InputTooLarge)
    assert items[0].source == str(big) and "characters" in items[0].reason
    assert isinstance(items[1], Document)


def test_json_line_over_the_pipeline_limit_names_its_record(tmp_path):
    f = tmp_path / "many.jsonl"
    f.write_text(json.dumps({"id": "r1", "text": "x" * (MAX_CHARS + 1)}) + "\n" + json.dumps({"text": REPORT}) + "\n")
    items = _read([f])
    assert isinstance(items[0], Failure) and items[0].source == f"{f}#r1"
    assert isinstance(items[1], Document)


def test_text_given_directly_over_the_limit_is_input_too_large():
    with pytest.raises(InputTooLarge, match="^pasted: "):
        read_text_document("Troops left. " + "y" * MAX_CHARS, source_path="pasted", kind="text")


# -- stores ------------------------------------------------------------------------------


def _other_app_db(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE moz_places (url TEXT)")
    conn.execute("INSERT INTO moz_places VALUES ('https://example.org')")
    conn.commit()
    conn.close()


def _tables(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        conn.close()


@pytest.mark.parametrize("read_only", [False, True])
def test_sqlite_file_of_another_application_is_refused_and_left_alone(tmp_path, read_only):
    db = tmp_path / "places.sqlite"
    _other_app_db(db)
    with pytest.raises(StoreError, match=r"places\.sqlite: not a Footprint store.*moz_places"):
        open_store(db, read_only=read_only)
    assert _tables(db) == {"moz_places"}


def test_empty_file_opened_read_only_is_not_a_store(tmp_path):
    db = tmp_path / "empty.db"
    db.write_bytes(b"")
    with pytest.raises(StoreError, match=r"empty\.db: not a Footprint store: an empty database"):
        open_store(db, read_only=True)


def test_empty_file_opened_for_writing_becomes_a_store(tmp_path):
    db = tmp_path / "empty.db"
    db.write_bytes(b"")
    with open_store(db) as store:
        assert store.count("documents") == 0


@pytest.mark.parametrize("read_only", [False, True])
def test_store_path_that_is_a_folder(tmp_path, read_only):
    with pytest.raises(StoreError, match=r"is a folder, not a store file"):
        open_store(tmp_path, read_only=read_only)


@pytest.mark.parametrize("read_only", [False, True])
def test_random_bytes_are_not_a_store(tmp_path, read_only):
    db = tmp_path / "noise.db"
    db.write_bytes(bytes(range(256)) * 40)
    with pytest.raises(StoreError, match=r"noise\.db: cannot open store: file is not a database"):
        open_store(db, read_only=read_only)


def test_store_reopened_after_a_write_is_accepted(tmp_path):
    db = tmp_path / "fp.db"
    with open_store(db):
        pass
    with open_store(db, read_only=True) as store:
        assert store.count("events") == 0


@pytest.mark.parametrize("command", [["events"], ["export"], ["show", "abc"], ["presence"], ["changes", "--since", "2024"]])
def test_commands_on_another_applications_database_print_one_line(tmp_path, command):
    db = tmp_path / "places.sqlite"
    _other_app_db(db)
    result = runner.invoke(app, [*command, "--db", str(db)])
    assert result.exit_code == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and "places.sqlite" in lines[0] and "not a Footprint store" in lines[0]


def test_a_store_damaged_past_its_first_page_is_one_line_naming_it(tmp_path):
    probe = typer.Typer()

    @probe.command()
    @fails_cleanly
    def read(db: Path = typer.Option(...)) -> None:
        raise sqlite3.DatabaseError("database disk image is malformed")

    result = runner.invoke(probe, ["--db", str(tmp_path / "damaged.db")])
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and "damaged.db" in lines[0] and "malformed" in lines[0], result.output


# -- gold files --------------------------------------------------------------------------


@pytest.mark.parametrize("name,text,why", [
    ("deep.jsonl", "[" * 100_000 + "]" * 100_000, "line 1: nested too deeply"),
    ("deep.json", '{"events": ' + "[" * 100_000 + "]" * 100_000 + "}", "gold file is nested too deeply"),
])
def test_events_gold_nested_thousands_deep_is_an_eval_error(tmp_path, name, text, why):
    from footprint.errors import EvalError
    from footprint.eval.events import load_gold

    gold = tmp_path / name
    gold.write_text(text)
    with pytest.raises(EvalError, match=f"{name}: {why}"):
        load_gold(gold)
