"""``footprint timex``: text, stdin and .jsonl input, and every bad input giving one clear line."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from footprint.cli import app

runner = CliRunner()


def test_timex_from_file(tmp_path):
    p = tmp_path / "r.txt"
    text = "Gunmen attacked the camp on 6 January, days after a raid in late 2021."
    p.write_text(text, encoding="utf-8")
    r = runner.invoke(app, ["timex", str(p), "--dct", "2022-01-10", "--format", "json"])
    assert r.exit_code == 0, r.output
    out = json.loads(r.stdout)
    assert [t["value"] for t in out] == ["2022-01-06", "2021"]
    first = out[0]
    assert set(first) == {"start", "end", "text", "type", "value", "interval", "precision"}
    assert text[first["start"] : first["end"]] == "6 January"
    assert out[1]["interval"] == ["2021-09-01", "2021-12-31"]


def test_timex_from_stdin():
    r = runner.invoke(app, ["timex", "-", "--dct", "2022-01-10"], input="It happened last week.")
    assert r.exit_code == 0
    assert json.loads(r.stdout)[0]["value"] == "2022-W01"


def test_timex_jsonl_records(tmp_path):
    p = tmp_path / "in.jsonl"
    p.write_text(
        json.dumps({"id": "a", "text": "Talks began yesterday.", "dct": "2022-01-10"}) + "\n\n"
        + json.dumps({"id": "b", "text": "A raid in March 2020 and another in May."}) + "\n",
        encoding="utf-8",
    )
    r = runner.invoke(app, ["timex", str(p)])
    assert r.exit_code == 0, r.output
    lines = [json.loads(x) for x in r.stdout.splitlines()]
    assert [x["id"] for x in lines] == ["a", "b"]
    assert lines[0]["timexes"][0]["value"] == "2022-01-09"
    assert lines[1]["dct_inferred"]["not_before"] == "2020-03-01"


def _fails(args, input=None, needle="", code=1):
    r = runner.invoke(app, args, input=input)
    assert r.exit_code == code, r.output
    # a whole input refused: "error:", exit 1; a bad record of a batch: "failed:", exit 2
    assert ("error:" if code == 1 else "failed:") in r.stderr and needle in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1


def test_bad_inputs(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"  \n")
    _fails(["timex", str(empty)], needle="empty.txt")
    binary = tmp_path / "bin.txt"
    binary.write_bytes(b"\x00\x01\x02PK\x03\x04" * 50)
    _fails(["timex", str(binary)], needle="bin.txt")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("caf\xe9 in 2020".encode("latin-1"))
    _fails(["timex", str(latin)], needle="latin.txt")
    _fails(["timex", str(tmp_path / "missing.txt")], needle="missing.txt")
    _fails(["timex", str(tmp_path)], needle=str(tmp_path))
    _fails(["timex", "-", "--dct", "10/01/2022"], input="in 2020", needle="--dct")


def test_malformed_jsonl(tmp_path):
    p = tmp_path / "bad.jsonl"
    p.write_text('{"id": 1, "text": "in 2020"}\n{not json\n', encoding="utf-8")
    r = runner.invoke(app, ["timex", str(p)])
    # a bad line is one error line naming it; the good lines are still tagged; exit status 2
    assert r.exit_code == 2
    assert "bad.jsonl:2" in r.stderr and len(r.stderr.strip().splitlines()) == 1
    assert [json.loads(x)["id"] for x in r.stdout.splitlines()] == [1]
    q = tmp_path / "notext.jsonl"
    q.write_text('{"id": 1, "body": "x"}\n', encoding="utf-8")
    _fails(["timex", str(q)], needle="notext.jsonl:1", code=2)


def test_oversized_input(tmp_path, monkeypatch):
    from footprint.dates import cli as dates_cli

    monkeypatch.setattr(dates_cli, "MAX_BYTES", 100)
    p = tmp_path / "big.txt"
    p.write_text("in 2020 " * 50, encoding="utf-8")
    _fails(["timex", str(p)], needle="big.txt")


def test_nested_json_pipes_and_endless_devices_fail_in_one_line(tmp_path, monkeypatch):
    import os

    from footprint.dates import cli as dates_cli

    nested = tmp_path / "nested.jsonl"
    nested.write_text("[" * 100_000 + "]" * 100_000 + "\n", encoding="utf-8")
    _fails(["timex", str(nested)], needle="nested.jsonl:1", code=2)
    if hasattr(os, "mkfifo"):
        fifo = tmp_path / "pipe.txt"
        os.mkfifo(fifo)
        _fails(["timex", str(fifo)], needle="pipe.txt")
    if os.path.exists("/dev/zero"):
        monkeypatch.setattr(dates_cli, "MAX_BYTES", 4096)
        _fails(["timex", "/dev/zero"], needle="/dev/zero")


def test_eval_timex_on_a_tiny_corpus(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "d.tml").write_text(
        '<?xml version="1.0" ?>\n<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1999-03-10" '
        'functionInDocument="CREATION_TIME">March 10</TIMEX3></DCT>\n<TEXT>\nThe talks ended '
        '<TIMEX3 tid="t1" type="DATE" value="1999-03-09">yesterday</TIMEX3> after '
        '<TIMEX3 tid="t2" type="DURATION" value="P3D">three days</TIMEX3> &amp; more.\n</TEXT></TimeML>\n',
        encoding="utf-8",
    )
    r = runner.invoke(app, ["eval", "timex", str(tmp_path), "--format", "jsonl"])
    assert r.exit_code == 0, r.output
    rows = {x["set"]: x for x in map(json.loads, r.stdout.splitlines())}
    assert rows["all"]["gold"] == 2 and rows["all"]["value_f1"] == 1.0 and rows["sub"]["docs"] == 1


def test_eval_timex_bad_folder(tmp_path):
    _fails(["eval", "timex", str(tmp_path / "nope")], needle="nope")
    (tmp_path / "x.tml").write_text("<TimeML>no text</TimeML>", encoding="utf-8")
    _fails(["eval", "timex", str(tmp_path)], needle="x.tml")


def test_dct_option_read_like_every_typed_date(tmp_path):
    # the same strict rule as --since/--published: a day or a datetime, ASCII digits, nothing around
    for bad in ("2022-02-30", "2022-01", "2022", " 2022-01-10", "２０２２-01-10", "x" * 10_000):
        _fails(["timex", "-", "--dct", bad], input="in 2020", needle="--dct")
    # checked before the input is read: a missing file is not what the error names
    _fails(["timex", str(tmp_path / "missing.txt"), "--dct", "2022-13-01"], needle="--dct")
    r = runner.invoke(app, ["timex", "-", "--dct", "2022-01-10T08:30:00Z"], input="It happened on Monday.")
    assert r.exit_code == 0, r.stderr
    assert '"2022-01-10"' in r.stdout
