"""The whole-file gold readers of ``eval events`` and ``eval fusion``: a gold file is read through the one strict
reader (``ingest.read_limited`` + ``strict_text``), so a pipe, a device or a huge file is refused at the size limit
with one ``EvalError`` line naming it, never read to its end."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from footprint.errors import EvalError
from footprint.eval import events as ev
from footprint.eval import fusion as fe

LOADERS = [pytest.param(ev, id="events"), pytest.param(fe, id="fusion")]


def _one_line(exc: EvalError, path: Path | str) -> str:
    text = str(exc)
    assert "\n" not in text and text.startswith(f"{path}: ")
    assert str(path) not in text.removeprefix(f"{path}: ")  # named once, not "PATH: PATH: …"
    return text


@pytest.mark.parametrize("mod", LOADERS)
@pytest.mark.parametrize("content,needle", [
    (b"", "empty"),
    (b"  \n\t\n", "empty"),
    (b"\x00\x01\x02\x03PK", "binary"),
    (b'{"a": "caf\xe9"}', "UTF-8"),
    (b"{\"events\": [", "invalid JSON"),
    (b"x" * 2_000, "over"),
])
def test_bad_gold_files_are_one_eval_error_naming_them(tmp_path, monkeypatch, mod, content, needle):
    monkeypatch.setattr(mod, "MAX_GOLD_BYTES", 1_000)
    path = tmp_path / "gold.json"
    path.write_bytes(content)
    with pytest.raises(EvalError) as err:
        mod.load_gold(path)
    assert needle in _one_line(err.value, path)


@pytest.mark.parametrize("mod", LOADERS)
def test_a_file_larger_than_the_limit_is_refused_before_it_is_read(tmp_path, monkeypatch, mod):
    monkeypatch.setattr(mod, "MAX_GOLD_BYTES", 1_000)
    path = tmp_path / "huge.json"
    with path.open("wb") as fh:
        fh.truncate(10 * 2**30)  # sparse: 10 GiB by its size, nothing on disk
    with pytest.raises(EvalError) as err:
        mod.load_gold(path)
    assert "over the limit" in _one_line(err.value, path)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
@pytest.mark.parametrize("mod", LOADERS)
def test_a_named_pipe_with_no_writer_does_not_hang(tmp_path, mod):
    path = tmp_path / "gold.json"
    os.mkfifo(path)
    with pytest.raises(EvalError) as err:
        mod.load_gold(path)
    assert "named pipe" in _one_line(err.value, path)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero here")
@pytest.mark.parametrize("mod", LOADERS)
def test_an_endless_device_is_cut_at_the_limit(monkeypatch, mod):
    # a character device reports size 0 and never ends: reading it whole would exhaust memory
    monkeypatch.setattr(mod, "MAX_GOLD_BYTES", 1_000)
    with pytest.raises(EvalError) as err:
        mod.load_gold(Path("/dev/zero"))
    assert "over the limit" in _one_line(err.value, "/dev/zero")


@pytest.mark.parametrize("mod", LOADERS)
def test_a_folder_and_a_missing_file(tmp_path, mod):
    with pytest.raises(EvalError) as err:
        mod.load_gold(tmp_path)
    assert "folder" in _one_line(err.value, tmp_path)
    with pytest.raises(EvalError) as err:
        mod.load_gold(tmp_path / "nope.json")
    assert "no such file" in _one_line(err.value, tmp_path / "nope.json")


@pytest.mark.parametrize("mod", LOADERS)
def test_hostile_json_is_refused_not_run(tmp_path, mod):
    path = tmp_path / "gold.json"
    path.write_text('{"events": ' + "[" * 50_000 + "]" * 50_000 + "}" if mod is ev else "[" * 50_000, encoding="utf-8")
    with pytest.raises(EvalError) as err:
        mod.load_gold(path)
    _one_line(err.value, path)
