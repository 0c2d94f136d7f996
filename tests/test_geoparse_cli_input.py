"""``footprint geoparse`` refuses bad input with one line naming it, before any model or index loads."""

import os
import sys

import pytest
from typer.testing import CliRunner

from footprint.cli import app
from footprint.cli import places as places_cli

runner = CliRunner()


def _run(*args):
    return runner.invoke(app, ["geoparse", *args])


def test_deeply_nested_json_line_is_malformed_input(tmp_path):
    f = tmp_path / "nested.jsonl"
    f.write_text("[" * 100_000 + "]" * 100_000 + "\n")
    r = _run(str(f))
    assert r.exit_code != 0
    assert "nested too deeply" in r.output and "nested.jsonl" in r.output
    assert "Traceback" not in r.output


def test_a_folder_is_named(tmp_path):
    r = _run(str(tmp_path))
    assert r.exit_code != 0 and "folder" in r.output and str(tmp_path) in r.output


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this system")
def test_a_named_pipe_with_no_writer_does_not_hang(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    r = _run(str(fifo))
    assert r.exit_code != 0 and "nothing written" in r.output


@pytest.mark.skipif(not os.path.exists("/dev/zero") or sys.platform == "win32", reason="no /dev/zero")
def test_an_endless_device_is_cut_at_the_size_limit(monkeypatch):
    monkeypatch.setattr(places_cli, "MAX_INPUT", 4096)
    r = _run("/dev/zero")
    assert r.exit_code != 0 and "/dev/zero" in r.output and "limit" in r.output
