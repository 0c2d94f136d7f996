"""`footprint ingest` and `extract` end to end: bad inputs, idempotence, a kill mid-ingest.

These run the real pipeline, so they are integration tests.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.integration

REPORT = """Gunmen attacked a gendarmerie post in {town} on {day} March 2024, killing {n} gendarmes, the army said.
Witnesses said the attackers came on motorbikes and withdrew towards the border.
"""
TOWNS = ["Gao", "Mopti", "Segou", "Kayes", "Sikasso", "Koutiala", "Kidal", "Menaka", "Niono", "Bougouni"]


def footprint(*args: str, env: dict | None = None, timeout: int = 600) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(Path(sys.executable).parent / "footprint"), *args],
        capture_output=True, text=True, timeout=timeout, env={**os.environ, **(env or {})},
    )


def write_reports(folder: Path, n: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        text = REPORT.format(town=TOWNS[i % len(TOWNS)], day=i % 27 + 1, n=i + 2)
        (folder / f"report_{i:03d}.txt").write_text(f"Attack reported in {TOWNS[i % len(TOWNS)]} ({i})\n\n{text}")


def test_bad_inputs_fail_one_line_each_and_the_rest_is_ingested(tmp_path):
    folder = tmp_path / "batch"
    write_reports(folder, 2)
    (folder / "empty.txt").write_text("")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02\xff" * 500)
    (folder / "broken.html").write_text("<html><body><div><p>unclosed <b>tags & stray < brackets")
    (folder / "feed.xml").write_text("<rss><channel><item><title>t</title>")
    (folder / "huge.txt").write_text("word " * 2000)
    db = tmp_path / "f.db"
    result = footprint("ingest", "--db", str(db), "--quiet", str(folder), env={"FOOTPRINT_MAX_BYTES": "5000"})
    assert result.returncode == 2, result.stderr
    failed = [line for line in result.stderr.splitlines() if line.startswith("failed:")]
    assert any("empty.txt" in line for line in failed)
    assert any("binary.txt" in line for line in failed)
    assert any("huge.txt" in line for line in failed)
    assert "Traceback" not in result.stderr
    with sqlite3.connect(db) as conn:
        paths = {Path(p).name for (p,) in conn.execute("SELECT path FROM documents")}
    assert {"report_000.txt", "report_001.txt"} <= paths
    assert not {"empty.txt", "binary.txt", "huge.txt"} & paths


def test_ingest_twice_is_idempotent(tmp_path):
    folder = tmp_path / "batch"
    write_reports(folder, 3)
    db = tmp_path / "f.db"
    first = footprint("ingest", "--db", str(db), str(folder))
    assert first.returncode == 0, first.stderr
    with sqlite3.connect(db) as conn:
        before = conn.execute("SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM events)").fetchone()
    second = footprint("ingest", "--db", str(db), str(folder))
    assert "3 already stored" in second.stderr
    with sqlite3.connect(db) as conn:
        after = conn.execute("SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM events)").fetchone()
    assert before == after and before[0] == 3


def test_kill_mid_ingest_leaves_a_consistent_store_that_a_rerun_completes(tmp_path):
    folder = tmp_path / "batch"
    write_reports(folder, 60)
    db = tmp_path / "f.db"
    exe = str(Path(sys.executable).parent / "footprint")
    proc = subprocess.Popen([exe, "ingest", "--db", str(db), "--quiet", str(folder)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 300
    stored = 0
    while time.time() < deadline and proc.poll() is None:
        time.sleep(0.2)
        try:
            with sqlite3.connect(db, timeout=1) as conn:
                stored = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        except sqlite3.Error:
            continue
        if stored >= 3:
            proc.send_signal(signal.SIGKILL)
            break
    proc.wait()
    if proc.returncode == 0:
        pytest.skip("ingest finished before it could be killed on this machine")
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        # no document was half-written: its search rows and its events' search rows are all there
        docs = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        assert 0 < docs < 60
        assert conn.execute("SELECT count(*) FROM documents_fts").fetchone()[0] == docs
        events = conn.execute("SELECT count(*) FROM events").fetchone()[0]
        assert conn.execute("SELECT count(*) FROM events_fts").fetchone()[0] == events
    rerun = footprint("ingest", "--db", str(db), str(folder))
    assert rerun.returncode == 0, rerun.stderr
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 60


def test_extract_is_stateless_jsonl_with_paths_and_record_ids(tmp_path):
    (tmp_path / "a.txt").write_text("Attack in Gao\n\n" + REPORT.format(town="Gao", day=4, n=3))
    (tmp_path / "b.jsonl").write_text(
        json.dumps({"id": "r1", "text": REPORT.format(town="Mopti", day=5, n=4), "published": "2024-03-09"}) + "\n"
        + "{not json\n"
    )
    result = footprint("extract", "--quiet", str(tmp_path / "a.txt"), str(tmp_path / "b.jsonl"))
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [Path(line["document"]["path"]).name for line in lines] == ["a.txt", "b.jsonl"]
    assert lines[1]["document"]["record_id"] == "r1"
    assert all(set(line) == {"document", "events"} for line in lines)
    assert result.returncode == 2 and "b.jsonl" in result.stderr  # the broken line is reported
    assert not list(tmp_path.glob("*.db"))
