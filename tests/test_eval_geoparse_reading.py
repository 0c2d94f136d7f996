"""Reading the geoparsing eval's corpus, gold and baseline files: bad files give one EvalError naming them."""

from __future__ import annotations

import os

import pytest
from typer.testing import CliRunner

from footprint.cli import app
from footprint.errors import EvalError
from footprint.eval import geoparse as gp

CORPUS = (
    '<?xml version="1.0" ?>\n<articles><article file="0"><text>Shots near Gao.\nLater, in Mopti.</text><toponyms>\n'
    "<toponym><extractedName>Gao</extractedName><start>11</start><end>14</end>"
    "<geonamesID>2457163</geonamesID><latitude>16.27</latitude><longitude>-0.04</longitude></toponym>\n"
    "<toponym><extractedName>Mopti</extractedName><start>26</start><end>31</end>"
    "<geonamesID>2453348</geonamesID><latitude>14.49</latitude><longitude>-4.19</longitude></toponym>\n"
    "</toponyms></article></articles>\n"
)


def _refused(path) -> EvalError:
    with pytest.raises(EvalError) as err:
        gp.load_corpus(path)
    msg = str(err.value)
    assert "\n" not in msg, msg
    return err.value


@pytest.mark.parametrize("content, needle", [
    (b"", "empty"),
    (b" \n\t \r\n", "empty"),
    (b"\xef\xbb\xbf \n", "empty"),  # a byte-order mark and blanks
    (b"<articles>\x00\x01</articles>", "binary"),
    (b"<articles><text>caf\xe9</text></articles>", "UTF-8"),
    (b"<articles><article><text>x</text>", "malformed XML"),
    (b"<articles><article><text>a</b></article></articles>", "malformed XML"),
    (b"<?xml version='1.0'?><!DOCTYPE a [<!ENTITY e SYSTEM 'file:///etc/passwd'>]><articles>&e;</articles>", "XML"),
])
def test_bad_corpus_file_is_one_error_naming_it(tmp_path, content, needle):
    path = tmp_path / "corpus.xml"
    path.write_bytes(content)
    err = _refused(path)
    assert err.source == str(path) and needle in str(err)


def test_oversized_file_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(gp, "MAX_FILE_BYTES", 1_000)
    path = tmp_path / "corpus.xml"
    path.write_text(CORPUS + " " * 2_000, encoding="utf-8")
    err = _refused(path)
    assert err.source == str(path) and "over" in str(err)


def test_sparse_huge_file_is_refused_before_reading(tmp_path):
    path = tmp_path / "corpus.xml"
    with path.open("wb") as fh:
        fh.truncate(10 * 2**30)  # 10 GiB by its size, nothing on disk
    err = _refused(path)
    assert err.source == str(path) and "over the limit" in str(err)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_named_pipe_with_no_writer_does_not_hang(tmp_path):
    path = tmp_path / "corpus.xml"
    os.mkfifo(path)
    err = _refused(path)
    assert err.source == str(path) and "named pipe" in str(err)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_gold_file_that_is_a_named_pipe(tmp_path):
    (tmp_path / "c.xml").write_text(CORPUS, encoding="utf-8")
    os.mkfifo(tmp_path / "gold.txt")
    err = _refused(tmp_path)
    assert err.source == str(tmp_path / "gold.txt") and "named pipe" in str(err)


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_endless_device_is_cut_at_the_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(gp, "MAX_FILE_BYTES", 4_096)
    link = tmp_path / "corpus.xml"
    link.symlink_to("/dev/zero")
    err = _refused(link)
    assert err.source == str(link) and "over" in str(err)


def test_a_folder_where_a_file_should_be(tmp_path):
    (tmp_path / "c.xml").mkdir()  # the glob finds it as the corpus file
    err = _refused(tmp_path)
    assert err.source == str(tmp_path / "c.xml") and "folder" in str(err)


def test_a_missing_corpus_or_baseline(tmp_path):
    err = _refused(tmp_path / "nope.xml")
    assert "not found" in str(err) and "nope.xml" in str(err)
    (tmp_path / "c.xml").write_text(CORPUS, encoding="utf-8")
    (tmp_path / "baselines").mkdir()
    (tmp_path / "baselines" / "Gone.txt").symlink_to(tmp_path / "missing-target.txt")
    err = _refused(tmp_path)
    assert err.source == str(tmp_path / "baselines" / "Gone.txt") and "symbolic link" in str(err)


def test_bad_baseline_file_named(tmp_path):
    (tmp_path / "c.xml").write_text(CORPUS, encoding="utf-8")
    (tmp_path / "baselines").mkdir()
    (tmp_path / "baselines" / "Tool.txt").write_bytes(b"\xff\xfeGao")
    err = _refused(tmp_path)
    assert err.source == str(tmp_path / "baselines" / "Tool.txt") and "UTF-8" in str(err)


def test_crlf_and_bom_read_as_before(tmp_path):
    """Offsets stay those of the text the XML parser gives (it folds CR and CRLF to LF itself); gold lines
    split on any newline; a leading byte-order mark is dropped."""
    lf = tmp_path / "lf"
    crlf = tmp_path / "crlf"
    for d in (lf, crlf):
        d.mkdir()
    (lf / "c.xml").write_bytes(CORPUS.encode())
    (crlf / "c.xml").write_bytes(b"\xef\xbb\xbf" + CORPUS.replace("\n", "\r\n").encode())
    gold = "Gao,,Gao,,16.27,,-0.04,,11,,14||Mopti,,Mopti,,14.49,,-4.19,,26,,31||\n"
    (lf / "gold.txt").write_bytes(gold.encode())
    (crlf / "gold.txt").write_bytes(gold.replace("\n", "\r\n").encode())
    a, b = gp.load_corpus(lf), gp.load_corpus(crlf)
    assert a.texts == b.texts and a.gold == b.gold
    text = a.texts[0]
    assert [text[t.start:t.end] for t in a.gold[0]] == ["Gao", "Mopti"]
    crlf_file = gp.load_corpus(crlf / "c.xml")  # the XML's own toponyms, not gold.txt
    assert [crlf_file.texts[0][t.start:t.end] for t in crlf_file.gold[0]] == ["Gao", "Mopti"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_cli_prints_one_line_and_fails(tmp_path):
    path = tmp_path / "corpus.xml"
    os.mkfifo(path)
    result = CliRunner().invoke(app, ["eval", "geoparse", str(path)])
    assert result.exit_code == 1
    assert str(path) in result.output and "named pipe" in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
